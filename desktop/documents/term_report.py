"""The term summary as a PDF for the head teacher's desk: A4, one or two pages, counts only.

Page one: the outgoing number (when the school numbers its reports) and the director's
approval block («УТВЕРЖДАЮ» / «БЕКІТЕМІН», a line to sign, the date, the place for the stamp,
М.П. / М.О.), the school, the title («Отчёт о работе педагога-психолога за 2 четверть …»),
the period and what it is compared with, "as of" the day it was made when the period
reaches today (and that a running quarter's figures are not final), the key figures as tiles (this period large, the
others beside it), and three small bar charts (this period against the one before). Then
every breakdown in two balanced columns, the footnote on «<5» and «×», and the
psychologist's sign-off with the date. Suppressed figures are drawn as no bar with their
mark written, never as a made-up height.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.flowables import BalancedColumns

from ..models.organisation import organisation_name
from ..models.school import SchoolRead
from ..models.term_summary import CURRENT, PREVIOUS, Figure, Mark, Table as Breakdown
from ..models.term_summary import TermSummary, shown
from .fonts import BOLD, ITALIC, REGULAR
from .layout import (
    GREY, TEXT_WIDTH, Decorations, build_pdf, escape, serialised, styles, table_style,
)
from .summary_wording import (
    chart_title, column_heads, compared_line, date_text, dates, report_title, row_label,
    shown_columns, status_lines, table_title, texts,
)

CURRENT_COLOUR = Color(0.15, 0.35, 0.52)
PREVIOUS_COLOUR = Color(0.70, 0.77, 0.84)
RULE = Color(0.75, 0.75, 0.75)
TILE_FILL = Color(0.95, 0.96, 0.97)
ZERO = Color(0.55, 0.55, 0.55)
RUNNING = Color(0.62, 0.22, 0.05)

# The charts: a breakdown each, this period against the one before.
CHARTS = ("incidents_by_form", "sessions_by_kind", "activities_by_programme")
TILES_PER_ROW = 4
_CELL = 7.5  # the font size of the breakdowns
COLUMN_GAP = 6 * mm


@serialised
def render_term_report(summary: TermSummary, school: SchoolRead | None, language: str,
                       signed_by: str, signed_on: date, number: str = "") -> bytes:
    """The summary as PDF bytes in `language` ("kk", "ru" or "en"); `number`, the outgoing
    number, is printed when given."""
    t = texts(language)
    title = report_title(summary.periods[CURRENT], language)
    school_name = organisation_name(school.name_kk, school.name_ru, language) if school else ""
    st = _styles()
    story = [_approval(school, school_name, number, signed_on, language, st),
             HRFlowable(width="100%", thickness=1, color=GREY, spaceBefore=1, spaceAfter=4),
             Paragraph(escape(title), st["title"])]
    story.append(Paragraph(escape(t["period_line"].format(
        dates=dates(summary.periods[CURRENT], language))), st["period"]))
    story.append(Paragraph(escape(compared_line(summary, language)), st["compared"]))
    for line in status_lines(summary, language):
        story.append(Paragraph(escape(line), st["status"]))
    story.append(_tiles(summary, language, st))
    story.append(Spacer(1, 3 * mm))
    story.append(_charts(summary, language, st))
    story.append(Spacer(1, 2 * mm))
    story.append(BalancedColumns([_breakdown(table, summary, language, st)
                                  for table in summary.tables
                                  if table.key not in NOT_PRINTED],
                                 nCols=2, innerPadding=COLUMN_GAP, leftPadding=0,
                                 rightPadding=0, topPadding=0, bottomPadding=0))
    story.append(KeepTogether([Spacer(1, 2 * mm),
                               Paragraph(escape(t["footnote"]), st["footnote"]),
                               _sign_off(signed_by, signed_on, language, st)]))
    running_head = t["running_head"].format(dates=dates(summary.periods[CURRENT], language))
    decorations = Decorations(t["confidential"], t["page"], running_head=running_head,
                              first_page_head=False)
    return build_pdf(story, decorations, title=title, author=school_name or "Senim",
                     lang=language, created=signed_on)


# On screen, in the published counts and in the export, not on the two printed pages (which
# are full): of individual accompaniment, the report prints the pupils accompanied.
NOT_PRINTED = frozenset({"accompanied_by_grade", "accompanied_by_ground",
                         "accompaniments_started", "accompaniments_ended",
                         "accompaniment_reviews_overdue"})


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["body"]

    def style(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **{"spaceAfter": 0, **kw})

    return {
        "school": style("ts_school", fontName=BOLD, fontSize=11, leading=13.5),
        "title": style("ts_title", fontName=BOLD, fontSize=13, leading=16.5, alignment=1,
                       spaceBefore=2, spaceAfter=3),
        "period": style("ts_period", fontName=BOLD, fontSize=9.5, leading=12, alignment=1),
        "compared": style("ts_compared", fontSize=8.5, leading=10.5, alignment=1,
                          textColor=GREY, spaceAfter=5),
        "heading": style("ts_heading", fontName=BOLD, fontSize=10, leading=12.5,
                         spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "figure": style("ts_figure", fontName=BOLD, fontSize=15, leading=16.5),
        "tile_label": style("ts_tile_label", fontSize=7.8, leading=9.2),
        "tile_other": style("ts_tile_other", fontSize=6.8, leading=8, textColor=GREY,
                            alignment=2),
        "chart_title": style("ts_chart_title", fontName=BOLD, fontSize=8, leading=9.4),
        "table_title": style("ts_table_title", fontName=BOLD, fontSize=7.8, leading=9.2),
        "head": style("ts_head", fontSize=6, leading=6.8, alignment=2, textColor=GREY),
        "cell": style("ts_cell", fontSize=_CELL, leading=_CELL + 1.3),
        "footnote": style("ts_footnote", fontName=ITALIC, fontSize=7.5, leading=9.2,
                          textColor=GREY),
        "sign": style("ts_sign", fontSize=9.5, leading=11.5),
        "hint": style("ts_hint", fontName=ITALIC, fontSize=7.5, leading=9, alignment=1,
                      textColor=GREY),
        "status": style("ts_status", fontName=BOLD, fontSize=9, leading=11, alignment=1,
                        textColor=RUNNING, spaceAfter=2),
        "approve": style("ts_approve", fontSize=8.8, leading=11),
        "approve_head": style("ts_approve_head", fontName=BOLD, fontSize=9.5, leading=12),
        "number": style("ts_number", fontSize=8.8, leading=11, spaceBefore=2),
    }


# --- the key figures ----------------------------------------------------------------------


def _tiles(summary: TermSummary, language: str, st) -> Table:
    """Each key figure as a tile: this period large with the others small beside it, then
    what it is."""
    columns = shown_columns(summary)
    short = column_heads(summary.periods[CURRENT], language, short=True)
    width = TEXT_WIDTH / TILES_PER_ROW
    cells = []
    printed = [row for row in summary.headline.rows if row.key not in NOT_PRINTED]
    for row in printed:
        others = "<br/>".join(escape(f"{short[c]}: {shown(row.figures[c])}")
                              for c in columns[1:])
        figure = shown(row.figures[CURRENT])
        figure_width = stringWidth(figure, BOLD, st["figure"].fontSize) + 6
        top = Table([[Paragraph(escape(figure), st["figure"]),
                      Paragraph(others, st["tile_other"])]],
                    colWidths=[figure_width, width - figure_width - 9])
        top.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        cells.append([top, Paragraph(escape(row_label("headline", row.key, language)),
                                     st["tile_label"])])
    cells += [""] * (-len(cells) % TILES_PER_ROW)
    grid = [cells[i:i + TILES_PER_ROW] for i in range(0, len(cells), TILES_PER_ROW)]
    table = Table(grid, colWidths=[width] * TILES_PER_ROW)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i in range(len(printed)):
        cell = (i % TILES_PER_ROW, i // TILES_PER_ROW)
        commands += [("BACKGROUND", cell, cell, TILE_FILL), ("BOX", cell, cell, 2.5, "white")]
    table.setStyle(table_style(commands))
    return table


# --- the charts ---------------------------------------------------------------------------

_LABEL_SIZE, _VALUE_SIZE, _BAR, _GAP = 6.6, 6.3, 3.6, 0.6
_LABEL_LEAD = _LABEL_SIZE + 1.0  # a wrapped label's next line
_DESCENT = 2.4  # room under a label's baseline for its descenders (у, р, қ), above the bar
_BLOCK = _LABEL_SIZE + _DESCENT + 2 * _BAR + _GAP + 2.4


def _charts(summary: TermSummary, language: str, st) -> Table:
    width = (TEXT_WIDTH - 2 * COLUMN_GAP) / 3
    short = column_heads(summary.periods[CURRENT], language, short=True)
    cells = [[Paragraph(escape(chart_title(key, language)), st["chart_title"]),
              Spacer(1, 2), _chart(summary.table(key), language, width, short)]
             for key in CHARTS]
    table = Table([cells], colWidths=[width + COLUMN_GAP, width + COLUMN_GAP, width])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), COLUMN_GAP),
                                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """The text in lines no wider than `width`, broken between words (a word longer than
    the width stands alone): a long label is wrapped, never cut."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _chart(table: Breakdown, language: str, width: float, short) -> Drawing:
    """Horizontal bars, two per row (this period dark, the one before light). Both figures
    are written on one line after the longer bar, this period's dark and the other grey, so
    two labels never lie over each other; a «<5» or «×» has no bar, its mark is written
    where the bar starts. A long row label wraps onto a second line."""
    legend = 11
    labels = [_wrap(row_label(table.key, row.key, language), REGULAR, _LABEL_SIZE, width)
              for row in table.rows]
    height = legend + sum(_BLOCK + (len(lines) - 1) * _LABEL_LEAD for lines in labels)
    # Our font from the start: reportlab's default, Helvetica, would be listed unembedded.
    d = Drawing(width, height, initialFontName=REGULAR, initialFontSize=_VALUE_SIZE)
    x = 0
    for colour, head in ((CURRENT_COLOUR, short[0]), (PREVIOUS_COLOUR, short[1])):
        d.add(Rect(x, height - 7, 7, 6, fillColor=colour, strokeColor=None))
        d.add(String(x + 9, height - 6.5, head, fontName=REGULAR, fontSize=_VALUE_SIZE))
        x += 9 + stringWidth(head, REGULAR, _VALUE_SIZE) + 8
    numbers = [f for row in table.rows for f in row.figures[:2] if not isinstance(f, Mark)]
    room = width - 2 * stringWidth("0000", REGULAR, _VALUE_SIZE) - 8  # both figures after
    scale = room / max(max(numbers, default=0), 1)
    y = height - legend
    for row, lines in zip(table.rows, labels, strict=True):
        for n, line in enumerate(lines):
            d.add(String(0, y - _LABEL_SIZE - n * _LABEL_LEAD, line, fontName=REGULAR,
                         fontSize=_LABEL_SIZE))
        y -= (len(lines) - 1) * _LABEL_LEAD
        first = bar_y = y - _LABEL_SIZE - _DESCENT - _BAR
        ends = []
        for figure, colour in ((row.figures[CURRENT], CURRENT_COLOUR),
                               (row.figures[PREVIOUS], PREVIOUS_COLOUR)):
            ends.append(_bar(d, figure, colour, bar_y, scale))
            bar_y -= _BAR + _GAP
        middle = first - _GAP / 2  # between the two bars
        _values(d, row.figures[CURRENT], row.figures[PREVIOUS], max(ends) + 2,
                middle - 0.35 * _VALUE_SIZE)
        y -= _BLOCK
    return d


def _bar(d: Drawing, figure: Figure, colour: Color, y: float, scale: float) -> float:
    """The bar of a number (none for a mark or 0); where it ends."""
    if isinstance(figure, Mark) or not figure:
        return 0.0
    length = max(figure * scale, 0.8)
    d.add(Rect(0, y, length, _BAR, fillColor=colour, strokeColor=None))
    return length


def _values(d: Drawing, now: Figure, before: Figure, x: float, y: float) -> None:
    """«55  60» on one line at x: this period's figure dark (a mark bold), the previous
    one grey."""
    for figure, colour in ((now, black), (before, GREY)):
        text = shown(figure)
        font = BOLD if isinstance(figure, Mark) else REGULAR
        fill = ZERO if figure == 0 else colour
        d.add(String(x, y, text, fontName=font, fontSize=_VALUE_SIZE, fillColor=fill))
        x += stringWidth(text, font, _VALUE_SIZE) + 4


# --- the breakdowns -----------------------------------------------------------------------


class _Breakdown(Table):
    """A breakdown that splits between columns or pages only with its title and two rows
    or more on each side, never leaving one stray row (or its total) alone."""

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and min(len(p._cellvalues) for p in parts) < 3:
            return []
        return parts


def _breakdown(table: Breakdown, summary: TermSummary, language: str, st) -> Table:
    """A breakdown: its title with the column heads beside it, a line per row, the total."""
    columns = shown_columns(summary)
    short = column_heads(summary.periods[CURRENT], language, short=True)
    number_width = 12 * mm
    label_width = (TEXT_WIDTH - COLUMN_GAP) / 2 - number_width * len(columns) - 1
    rows = [[Paragraph(escape(table_title(table.key, language)), st["table_title"]),
             *(Paragraph(escape(short[c]), st["head"]) for c in columns)]]
    lines = list(table.rows) + ([table.total] if table.total else [])
    for line in lines:
        label = (texts(language)["total"] if line is table.total
                 else row_label(table.key, line.key, language))
        # A plain string when it fits on a line: tables of strings lay out much faster.
        cell = (label if stringWidth(label, REGULAR, _CELL) < label_width - 3
                else Paragraph(escape(label), st["cell"]))
        rows.append([cell, *(shown(line.figures[c]) for c in columns)])
    grid = _Breakdown(rows, colWidths=[label_width] + [number_width] * len(columns),
                      repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (1, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONTSIZE", (0, 1), (-1, -1), _CELL),
        ("LEADING", (0, 1), (-1, -1), _CELL + 1.3),
        ("FONTNAME", (1, 1), (1, -1), BOLD),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5), ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    for r, line in enumerate(lines, start=1):
        for c, column in enumerate(columns, start=1):
            if line.figures[column] == 0:
                commands.append(("TEXTCOLOR", (c, r), (c, r), ZERO))
    if table.total:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.6, GREY),
                     ("FONTNAME", (0, -1), (-1, -1), BOLD)]
    grid.setStyle(table_style(commands))
    return grid


# --- the approval block -------------------------------------------------------------------


def _approval(school: SchoolRead | None, school_name: str, number: str, made_on: date,
              language: str, st) -> Table:
    """Left: the school, its address and phone, «Исх. № 15 от 20.11.2026» when numbered.
    Right: «УТВЕРЖДАЮ / Директор: name / ________ М.П. / «___» ________ 20__ г.» (the
    signature, the place for the stamp, the date)."""
    t = texts(language)
    director = school.director_in(language).strip() if school else ""
    director = f"{t['director']}: {director}" if director else t["director"]
    block = [Paragraph(escape(t["approve"]), st["approve_head"]),
             Paragraph(escape(director), st["approve"]),
             Spacer(1, 8),
             Paragraph(escape("_" * 22) + "&nbsp;" * 8 + escape(t["stamp"]), st["approve"]),
             Paragraph(escape(t["approve_date"]), st["approve"])]
    left = []
    if school_name:
        left.append(Paragraph(escape(school_name), st["school"]))
        contact = ", ".join(x.strip() for x in (school.address_in(language), school.phone)
                            if x.strip())
        if contact:
            left.append(Paragraph(escape(contact), st["number"]))
    if number.strip():
        left.append(Paragraph(escape(t["outgoing"].format(
            number=number.strip(), date=date_text(made_on, language))), st["number"]))
    table = Table([[left or "", block]], colWidths=[0.55 * TEXT_WIDTH, 0.45 * TEXT_WIDTH])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("LEFTPADDING", (1, 0), (1, 0), 14),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


# --- the sign-off -------------------------------------------------------------------------


def _sign_off(signed_by: str, signed_on: date, language: str, st) -> Table:
    """«Педагог-психолог ______ (подпись)  ФИО (ФИО)   Дата 21.11.2026»."""
    t = texts(language)
    rows = [[Paragraph(escape(t["psychologist"]), st["sign"]), "",
             Paragraph(escape(signed_by.strip()), st["sign"]),
             Paragraph(escape(f"{t['date']}: {date_text(signed_on, language)}"), st["sign"])],
            ["", Paragraph(escape(t["signature"]), st["hint"]),
             Paragraph(escape(t["full_name"]), st["hint"]), ""]]
    table = Table(rows, colWidths=[0.21 * TEXT_WIDTH, 0.18 * TEXT_WIDTH, 0.38 * TEXT_WIDTH,
                                   0.23 * TEXT_WIDTH])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (2, 0), 0.7, black),
        ("TOPPADDING", (0, 0), (-1, 0), 16), ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("LEFTPADDING", (1, 0), (2, -1), 6), ("RIGHTPADDING", (1, 0), (2, -1), 6),
        ("LEFTPADDING", (3, 0), (3, -1), 10),
    ]))
    return table
