"""What the screens say about the school calendar: where a day falls (where_text), the
note about a missing or unconfirmed year (note_text), and what "Add next year" guessed
(proposal_note_text). Texts only, in the "CalendarNote" translation context."""

from PySide6.QtCore import QCoreApplication

from ...models.school_calendar import ProposalNote, Today
from ..widgets.fmt import format_date
from .holiday_names import holiday_name


def where_text(today: Today) -> str:
    """"Quarter 2 of 2026-2027", "Break after quarter 1 of 2026-2027", or "" when unknown."""
    if today.year is None or today.term is None:
        return ""
    if today.on_break:
        if today.term == len(today.year.terms):
            return QCoreApplication.translate("CalendarNote", "Summer holidays after {year}").format(year=today.year_name)
        return QCoreApplication.translate("CalendarNote", "Break after quarter {n} of {year}").format(
            n=today.term, year=today.year_name)
    return QCoreApplication.translate("CalendarNote", "Quarter {n} of {year}").format(n=today.term, year=today.year_name)


def note_text(today: Today) -> str:
    """The one line a screen shows about the calendar ("" when there is nothing to say)."""
    if today.missing:
        return QCoreApplication.translate("CalendarNote", "The school calendar has no school year {year}: quarters cannot "
                            "be shown until it is added.").format(year=today.year_name)
    if today.unconfirmed:
        return QCoreApplication.translate("CalendarNote", "The dates of {year} are Senim's best guess: check them against "
                            "the ministry's order.").format(year=today.year_name)
    return ""


def _why(note: ProposalNote) -> str:
    if note.why == "holiday" and note.holiday is not None:
        name = holiday_name(note.holiday)
        return QCoreApplication.translate("CalendarNote", "a public holiday ({name})").format(name=name)
    if note.why == "saturday":
        return QCoreApplication.translate("CalendarNote", "a Saturday")
    if note.why == "sunday":
        return QCoreApplication.translate("CalendarNote", "a Sunday")
    return ""


def proposal_note_text(note: ProposalNote) -> str:
    """One guess of proposed_next_year(), as a sentence."""
    p = {k: format_date(v) if hasattr(v, "isoformat") else v for k, v in note.params.items()}
    why = _why(note)
    texts = {
        "proposal.year_start": QCoreApplication.translate(
            "CalendarNote", "Lessons would begin on {was}, {why}: moved to {now}."),
        "proposal.term_start": QCoreApplication.translate(
            "CalendarNote", "Quarter {n} would begin on {was}, {why}: moved to {now}."),
        "proposal.term_end": QCoreApplication.translate(
            "CalendarNote", "Quarter {n} would end on {was}, {why}: moved back to {now}."),
        "proposal.year_end": QCoreApplication.translate(
            "CalendarNote", "Lessons would end on {was}, {why}: moved back to {now}."),
        "proposal.first_september": QCoreApplication.translate(
            "CalendarNote", "Lessons begin on 1 September, or the first working day after it: "
                      "{now} (last year: {was})."),
        "proposal.extra_break": (
            QCoreApplication.translate("CalendarNote", "Grade 1's extra break keeps its weekdays: {first} – {last}.")
            if note.params.get("grade_1") else
            QCoreApplication.translate("CalendarNote", "An extra break keeps its weekdays: {first} – {last}.")),
    }
    template = texts.get(note.code, note.code)
    try:
        return template.format(why=why, **p)
    except (KeyError, IndexError):
        return template
