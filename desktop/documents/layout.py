"""What the documents share: the A4 page with its margins, the paragraph styles, the page
decorations (the confidentiality mark and the draft mark on every page, "1 / 2" at the
foot), and turning the user's text into paragraphs safely.

reportlab's Paragraph reads a small XML markup, so every text a user typed goes through
`escape` (a «<», «&» or «>» in a summary prints as itself, never as markup, never as an
error).
"""

import functools
import io
import re
import threading
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, TableStyle

from .fonts import BOLD, ITALIC, REGULAR, ensure_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 15 * mm, 22 * mm, 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
GREY = Color(0.35, 0.35, 0.35)
WATERMARK = Color(0.86, 0.86, 0.86)

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n+")


def unbroken(text: str) -> str:
    """Spaces that never break a line (a phone number, «№ 15»)."""
    return text.replace(" ", "\u00a0")


def escape(text: str) -> str:
    """Plain text for a Paragraph: the markup characters escaped, line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _xml_escape(text).replace("\n", "<br/>")


def chunks(text: str) -> list[str]:
    """The user's text as escaped paragraph markup: a blank line starts a new paragraph, a
    single line break stays a line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return [escape(chunk.strip("\n")) for chunk in _BLANK_LINES.split(text) if chunk.strip()]


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """The user's text as paragraphs (see `chunks`); long text flows across pages."""
    return [Paragraph(chunk, style) for chunk in chunks(text)]


def table_style(commands: list) -> TableStyle:
    """A table style whose plain-text cells use our font too (reportlab's default,
    Helvetica, has no Cyrillic and would be listed in the PDF without being embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    ensure_fonts()
    # Ragged right: without hyphenation, justified lines of long Kazakh words gape.
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=14.5,
                          alignment=TA_LEFT, spaceAfter=4, splitLongWords=1)
    return {
        "body": body,
        "left": ParagraphStyle("left", parent=body, alignment=TA_LEFT, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10.5, leading=13.5,
                               alignment=TA_LEFT, spaceAfter=0),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, fontSize=10.5,
                                leading=13.5, alignment=TA_LEFT, spaceAfter=0),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, alignment=TA_LEFT,
                                  spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "school": ParagraphStyle("school", parent=body, fontName=BOLD, fontSize=13,
                                 leading=16, alignment=TA_CENTER, spaceAfter=2),
        "school_line": ParagraphStyle("school_line", parent=body, fontSize=9.5, leading=12,
                                      alignment=TA_CENTER, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19,
                                alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
        "form_title": ParagraphStyle("form_title", parent=body, fontName=BOLD, fontSize=12.5,
                                     leading=16, alignment=TA_CENTER, spaceBefore=4,
                                     spaceAfter=4),
        "mark": ParagraphStyle("mark", parent=body, fontName=BOLD, fontSize=12, leading=15,
                               alignment=TA_CENTER, spaceAfter=0),
        "addressee": ParagraphStyle("addressee", parent=body, fontSize=11, leading=14,
                                    alignment=TA_LEFT, spaceAfter=0),
        "addressee_bold": ParagraphStyle("addressee_bold", parent=body, fontName=BOLD,
                                         fontSize=11, leading=14, alignment=TA_LEFT,
                                         spaceAfter=0),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3,
                                 spaceAfter=2, bulletFontName=REGULAR),
        # The consent form is denser: it must stay on one sheet.
        "form_body": ParagraphStyle("form_body", parent=body, fontSize=9.8, leading=12.6,
                                    spaceAfter=2.5),
        "form_bullet": ParagraphStyle("form_bullet", parent=body, fontSize=9.8, leading=12.6,
                                      leftIndent=14, bulletIndent=3, spaceAfter=0.5,
                                      bulletFontName=REGULAR, bulletFontSize=9.8),
        "form_sign": ParagraphStyle("form_sign", parent=body, fontSize=10, leading=12.5,
                                    alignment=TA_LEFT, spaceAfter=0),
        "hint": ParagraphStyle("hint", parent=body, fontName=ITALIC, fontSize=8, leading=10,
                               alignment=TA_CENTER, textColor=GREY, spaceAfter=0),
        "hint_left": ParagraphStyle("hint_left", parent=body, fontName=ITALIC, fontSize=8.5,
                                    leading=10.5, alignment=TA_LEFT, textColor=GREY,
                                    spaceAfter=0),
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_LEFT, spaceAfter=0),
        "sign_right": ParagraphStyle("sign_right", parent=body, alignment=TA_RIGHT,
                                     spaceAfter=0),
    }


# --- the page -----------------------------------------------------------------------------


class Decorations:
    """What is drawn on every page: a running head (left), the confidentiality mark
    (right), the draft mark across the page for a draft, and the page number at the foot,
    "1 / 2" (drawn once the number of pages is known)."""

    def __init__(self, confidential: str, page_format: str, running_head: str = "",
                 draft_mark: str = "", first_page_head: bool = True):
        self.confidential = confidential
        self.page_format = page_format
        self.running_head = running_head
        self.draft_mark = draft_mark
        self.first_page_head = first_page_head

    def on_page(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        if self.draft_mark:
            canvas.setFillColor(WATERMARK)
            canvas.setFont(BOLD, 96)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -34, self.draft_mark)
            canvas.rotate(-45)
            canvas.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
        y = PAGE_HEIGHT - 12 * mm
        canvas.setFillColor(GREY)
        canvas.setFont(ITALIC, 8)
        canvas.drawRightString(PAGE_WIDTH - RIGHT, y, self.confidential)
        head = self.running_head if (doc.page > 1 or self.first_page_head) else ""
        if self.draft_mark:
            canvas.setFillColor(black)
            canvas.setFont(BOLD, 9)
            canvas.drawString(LEFT, y, self.draft_mark)
        elif head:
            canvas.setFont(REGULAR, 8)
            canvas.drawString(LEFT, y, head)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, y - 2.5 * mm, PAGE_WIDTH - RIGHT, y - 2.5 * mm)
        canvas.restoreState()

    def page_number(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(black)
        canvas.drawCentredString(PAGE_WIDTH / 2, 10 * mm,
                                 self.page_format.format(page=page, pages=pages))
        canvas.restoreState()


def _numbered_canvas(decorations: Decorations, created: date | None) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each can say "X / Y"; its
    metadata carries `created` as the creation date (else reportlab's fixed one)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            if created is not None:
                stamp = f"D:{created:%Y%m%d}000000+05'00'"  # the day, Kazakhstan's time
                self.setDateFormatter(lambda *_ymdhms: stamp)

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorations.page_number(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(flowables: Iterable, decorations: Decorations, *, title: str, author: str,
              subject: str = "", lang: str = "", created: date | None = None) -> bytes:
    """The flowables on A4 pages with the decorations, as PDF bytes. `invariant`: the same
    document gives the same bytes every time (no clock, no random id), so a letter as sent
    can be printed again exactly. `created`, the document's own date (a letter's, a report's
    day), is its metadata's creation date: real, and still the same on every printing."""
    ensure_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                          topMargin=TOP, bottomMargin=BOTTOM, title=title, author=author,
                          subject=subject, creator="Senim", invariant=1, pageCompression=1,
                          lang=lang or None, initialFontName=REGULAR, initialFontSize=11)
    frame = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorations.on_page)])
    with _BUILDING:
        doc.build(list(flowables), canvasmaker=_numbered_canvas(decorations, created))
    return out.getvalue()


# One document at a time. The registered TrueType fonts are shared by every document, and
# reportlab embeds a font's subset by reading the font file through a parser that keeps its
# read position on the object (TTFontFile.makeSubset via _pos) and keeps each document's
# glyph map in the shared font too: two documents built at once on two threads (a preview
# and a report) interleave those reads and give a KeyError or, worse, wrong glyphs. A letter
# takes about 15 ms, so waiting for the other one costs nothing a user notices.
# Re-entrant: a whole document is made under it (`serialised`), its build_pdf included.
_BUILDING = threading.RLock()


def serialised(render):
    """A document function made under the lock from its first paragraph to its last byte:
    measuring text (stringWidth, Paragraph wrapping) reads the same shared fonts."""
    @functools.wraps(render)
    def wrapper(*args, **kwargs):
        with _BUILDING:
            return render(*args, **kwargs)

    return wrapper
