"""The parental consent form for psychological work with a pupil (Order No. 377 of
25.08.2022), printed in Kazakh or Russian to be signed on paper.

The pupil's name, class and date of birth and the guardian's name are printed when given
and left as lines to fill in by hand when not. The form says what the work is (diagnostics,
counselling, correctional-developmental sessions, trainings), that consent can be withdrawn
at any time, what stays confidential, and asks for consent to the processing of personal
data (Law No. 94-V of 21.05.2013); then signature and date lines for the guardian and the
psychologist.
"""

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer, Table

from ..models.referral import ConsentFormData
from .layout import (
    GREY, TEXT_WIDTH, Decorations, build_pdf, escape, serialised, styles, table_style,
)
from .wording import date_text, texts


@serialised
def render_consent_form(data: ConsentFormData) -> bytes:
    """The form as PDF bytes (one A4 page)."""
    t = texts(data.language)
    st = styles()
    story = [Paragraph(escape(data.school_name), st["school"])]
    if data.school_address.strip():
        story.append(Paragraph(escape(data.school_address.strip()), st["school_line"]))
    story.append(HRFlowable(width="100%", thickness=1.2, color=GREY, spaceBefore=4,
                            spaceAfter=4))
    story.append(Paragraph(escape(t["consent_title"]), st["form_title"]))
    story.append(_fields(data, t, st))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(t["form_consent"]), st["form_body"]))
    story.append(Paragraph(escape(t["form_includes"]), st["form_body"]))
    story += _bullets(t["form_work"], st)
    story.append(Paragraph(escape(t["form_informed"]), st["form_body"]))
    story += _bullets(t["form_rights"], st)
    story.append(Paragraph(escape(t["form_personal_data"]), st["form_body"]))
    story.append(Paragraph(escape(t["form_term"]), st["form_body"]))
    story.append(_signatures(data, t, st))
    decorations = Decorations(t["confidential"], t["page"])
    return build_pdf(story, decorations, title=t["consent_title"], author=data.school_name,
                     lang=data.language)


def _fields(data: ConsentFormData, t, st) -> Table:
    """Label and value rows; an empty value is a line to write on."""
    rows = [
        (t["guardian_name"], data.guardian_name),
        (t["form_pupil"], data.pupil_name),
        (t["class"], data.class_name),
        (t["birth_date"], date_text(data.birth_date, data.language)),
        (t["guardian_phone"], ""),
    ]
    table = Table([[Paragraph(escape(label), st["label"]),
                    Paragraph(f"<b>{escape(value.strip())}</b>", st["cell"])]
                   for label, value in rows],
                  colWidths=[0.36 * TEXT_WIDTH, 0.64 * TEXT_WIDTH])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]))
    return table


def _bullets(lines: str, st) -> list:
    items = [x.strip() for x in lines.split("\n") if x.strip()]
    last = len(items) - 1
    out = [Paragraph(escape(x + (";" if i < last else ".")), st["form_bullet"], bulletText="•")
           for i, x in enumerate(items)]
    return [*out, Spacer(1, 3)]


def _signatures(data: ConsentFormData, t, st) -> KeepTogether:
    """Guardian and psychologist: signature, name, date; kept on one page."""

    def row(role: str, name: str) -> list:
        # Columns: role, signature, gap, name, gap, date (the gaps part the lines).
        return [[Paragraph(escape(role), st["form_sign"]), "", "",
                 Paragraph(escape(name.strip()), st["form_sign"]), "", ""],
                ["", Paragraph(escape(t["signature"]), st["hint"]), "",
                 Paragraph(escape(t["full_name"]), st["hint"]), "",
                 Paragraph(escape(t["date_hint"]), st["hint"])]]

    rows = row(t["form_guardian_sign"], data.guardian_name) + row(t["psychologist"],
                                                                  data.psychologist)
    w = TEXT_WIDTH
    table = Table(rows, colWidths=[0.23 * w, 0.18 * w, 0.02 * w, 0.37 * w, 0.02 * w, 0.18 * w])
    style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
             ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 1), (-1, 1), 1),
             ("TOPPADDING", (0, 3), (-1, 3), 1)]
    for r in (0, 2):
        style += [("TOPPADDING", (0, r), (-1, r), 22)]
        style += [("LINEBELOW", (c, r), (c, r), 0.7, "black") for c in (1, 3, 5)]
    table.setStyle(table_style(style))
    return KeepTogether([Spacer(1, 4 * mm), table])
