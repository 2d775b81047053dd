"""The referral letter (направление / жолдама) as a PDF: A4, in the letter's own language.

First page: the school's letterhead, the outgoing number and date (blanks and a draft mark
on a draft) beside the addressee, the title and, if urgent, an urgency mark. Then the pupil
(name, date of birth, class, address, guardians), the reason, the summary (any length: it
flows onto further pages with its paragraphs kept), the measures already taken, any
amendments, the consent line, and the signatures of the psychologist and the director with
the place for the stamp, kept together on one page. Every page carries the confidentiality
mark and "page / pages".
"""

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer, Table

from ..models.referral import LetterGuardian, ReferralLetter
from ..models.referral_record import CONSENT_NOT_REQUIRED
from .layout import (
    GREY, TEXT_WIDTH, Decorations, build_pdf, chunks, escape, paragraphs, serialised, styles,
    table_style, unbroken,
)
from .wording import consent_how_word, date_text, relation_word, texts


@serialised
def render_referral(letter: ReferralLetter) -> bytes:
    """The letter as PDF bytes. The same letter always gives the same bytes."""
    t = texts(letter.language)
    st = styles()
    number = letter.number.strip()
    heading = t["amended_title"] if letter.amends_number else t["letter_title"]
    title = (f"{heading} № {number}" if number
             else f"{heading} ({t['draft_mark']})")
    story = []
    story += _letterhead(letter, t, st)
    story.append(_number_and_addressee(letter, t, st))
    story.append(Paragraph(escape(heading), st["title"]))
    if letter.urgent:
        story.append(_urgent_mark(t, st))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(t["intro"]), st["body"]))
    story.append(Spacer(1, 1.5 * mm))
    story.append(_pupil_table(letter, t, st))
    story += _section(t["reason"], letter.reason, t, st)
    story += _section(t["summary"], letter.summary, t, st)
    story += _section(t["measures"], letter.measures, t, st)
    if letter.amendments:
        story.append(Paragraph(escape(t["amendments"]), st["heading"]))
        for on_date, text in letter.amendments:
            story += _dated(date_text(on_date, letter.language), text, st)
    story.append(_closing(letter, t, st))
    decorations = Decorations(t["confidential"], t["page"], running_head=title,
                              draft_mark=t["draft_mark"] if letter.draft else "",
                              first_page_head=False)
    return build_pdf(story, decorations, title=title, author=letter.school_name,
                     lang=letter.language, created=letter.letter_date)


# --- the parts ----------------------------------------------------------------------------


def _letterhead(letter: ReferralLetter, t, st) -> list:
    out = [Paragraph(escape(letter.school_name), st["school"])]
    phone = letter.school_phone.strip()
    contact = [escape(letter.school_address.strip()),
               escape(t["phone"].format(phone=unbroken(phone))) if phone else ""]
    if any(contact):
        out.append(Paragraph(", ".join(x for x in contact if x), st["school_line"]))
    out.append(HRFlowable(width="100%", thickness=1.2, color=GREY, spaceBefore=4,
                          spaceAfter=8))
    return out


def _number_and_addressee(letter: ReferralLetter, t, st) -> Table:
    if letter.draft:
        left = [Paragraph(escape(t["number_blank"]), st["left"]),
                Spacer(1, 1.5 * mm), Paragraph(escape(t["draft_note"]), st["hint_left"])]
    else:
        left = [Paragraph(escape(t["number"].format(
            number=letter.number.strip(), date=date_text(letter.letter_date, letter.language)
            or "______________")), st["left"])]
        if letter.amends_number:  # an amended letter: which letter it amends
            left.append(Paragraph(escape(t["amends"].format(
                number=letter.amends_number.strip(),
                date=date_text(letter.amends_date, letter.language))), st["left"]))
    # The addressee line in the dative («Руководителю … Жақыповой А.С.» / «… орталығының
    # басшысы А.С. Жақыповаға»), then the address. Letters stored before there was a line:
    # the organisation, «Руководителю» / «басшысына» and the head's name as typed.
    if letter.addressee_line.strip():
        right = [Paragraph(escape(letter.addressee_line.strip()), st["addressee_bold"])]
    else:
        right = [Paragraph(escape(letter.addressee.strip()), st["addressee_bold"]),
                 Paragraph(escape(t["to_head"]), st["addressee"])]
        if letter.addressee_head.strip():
            right.append(Paragraph(escape(letter.addressee_head.strip()), st["addressee"]))
    if letter.addressee_address.strip():
        right.append(Paragraph(escape(letter.addressee_address.strip()), st["addressee"]))
    table = Table([[left, right]], colWidths=[0.47 * TEXT_WIDTH, 0.53 * TEXT_WIDTH])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    return table


def _urgent_mark(t, st) -> Table:
    mark = Table([[Paragraph(escape(t["urgent"]), st["mark"])]], colWidths=[40 * mm],
                 hAlign="CENTER")
    mark.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1.2, "black"),
                              ("TOPPADDING", (0, 0), (-1, -1), 2),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return mark


def _guardian_line(g: LetterGuardian, language: str) -> str:
    line = escape(f"{g.name.strip()} ({relation_word(g.relation, language)})")
    return f"{line}, {escape(unbroken(g.phone.strip()))}" if g.phone.strip() else line


def _pupil_table(letter: ReferralLetter, t, st) -> Table:
    guardians = "<br/>".join(_guardian_line(g, letter.language)
                             for g in letter.guardians if g.name.strip())

    def value(text: str) -> str:
        return escape(text.strip()) if text.strip() else escape(t["empty"])

    rows = [
        (t["pupil_name"], f"<b>{value(letter.pupil_name)}</b>"),
        (t["birth_date"], value(date_text(letter.birth_date, letter.language))),
        (t["class"], value(letter.class_name)),
        (t["address"], value(letter.pupil_address)),
        (t["guardians"], guardians or escape(t["empty"])),
    ]
    table = Table([[Paragraph(escape(label), st["label"]), Paragraph(text, st["cell"])]
                   for label, text in rows],
                  colWidths=[0.3 * TEXT_WIDTH, 0.7 * TEXT_WIDTH])
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), 0.5, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _section(heading: str, text: str, t, st) -> list:
    body = paragraphs(text, st["body"]) or [Paragraph(escape(t["empty"]), st["body"])]
    return [Paragraph(escape(heading), st["heading"]), *body]


def _dated(when: str, text: str, st) -> list:
    parts = chunks(text) or [""]
    parts[0] = f"<b>{escape(when)}</b> — {parts[0]}"
    return [Paragraph(part, st["body"]) for part in parts]


def _consent_text(letter: ReferralLetter, t) -> str:
    if letter.consent_by.strip():
        details = ", ".join(x for x in (
            letter.consent_by.strip(), date_text(letter.consent_date, letter.language),
            consent_how_word(letter.consent_how, letter.language)) if x)
        return t["consent"].format(details=details)
    if letter.addressee_kind in CONSENT_NOT_REQUIRED:
        return t[f"consent_not_required_{letter.addressee_kind}"]
    if letter.no_consent_reason.strip():
        return t["no_consent"].format(reason=letter.no_consent_reason.strip())
    return t["consent_blank"]


def _closing(letter: ReferralLetter, t, st) -> KeepTogether:
    """The consent line and the signatures, never split across pages."""
    rows = [
        [Paragraph(escape(t["psychologist"]), st["sign"]), "",
         Paragraph(escape(letter.psychologist.strip()), st["sign_right"])],
        ["", Paragraph(escape(t["signature"]), st["hint"]), ""],
        [Paragraph(escape(t["director"]), st["sign"]), "",
         Paragraph(escape(letter.director.strip()), st["sign_right"])],
        [Paragraph(f"<b>{escape(t['stamp'])}</b>", st["sign"]),
         Paragraph(escape(t["signature"]), st["hint"]), ""],
    ]
    signatures = Table(rows, colWidths=[0.28 * TEXT_WIDTH, 0.27 * TEXT_WIDTH, 0.45 * TEXT_WIDTH])
    signatures.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, 0), 0.7, "black"),
        ("LINEBELOW", (1, 2), (1, 2), 0.7, "black"),
        ("TOPPADDING", (0, 0), (-1, 0), 18),
        ("TOPPADDING", (0, 2), (-1, 2), 22),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("TOPPADDING", (0, 3), (-1, 3), 1),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("LEFTPADDING", (1, 0), (1, -1), 8),
        ("RIGHTPADDING", (1, 0), (1, -1), 8),
    ]))
    return KeepTogether([
        Spacer(1, 4 * mm),
        Paragraph(escape(_consent_text(letter, t)), st["body"]),
        Spacer(1, 4 * mm),
        signatures,
    ])
