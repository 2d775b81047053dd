"""The school calendar as screens mention it: one reusable line with a button (CalendarNote)
for "the calendar lacks this school year" and "this year's dates are a guess to check
against the ministry's order", and the short texts for where a day falls (where_text) and
for what "Add next year" guessed (proposal_note_text).

Every screen that needs the current quarter shows a CalendarNote; its button opens Settings
→ School year… on the year concerned, and `calendar_changed` fires when the dialog closes so
the screen can read the calendar again. "Today" is the services' context clock."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from ..models.school_calendar import ProposalNote, Today
from ..services.context import SCHOOL_WRITE
from .colors import WARN
from .fmt import format_date
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


class CalendarNote(QWidget):
    """CalendarNote(services, show_where=False): a line and a button, hidden when the
    calendar has nothing to say; with show_where, a first line says where today falls
    ("Quarter 2 of 2026-2027"). show_for(today) shows them for a services.calendar.today()
    result; the button opens the school year dialog on that year (adding it when it is the
    next one)."""

    calendar_changed = Signal()

    def __init__(self, services, parent: QWidget | None = None, show_where: bool = False):
        super().__init__(parent)
        self.services = services
        self.show_where = show_where
        self.today: Today | None = None
        self.setObjectName("calendarNote")
        self.where = QLabel()
        self.where.setObjectName("calendarWhere")
        self.where.setStyleSheet("font-weight: bold;")
        self.where.hide()
        self.label = QLabel()
        self.label.setObjectName("calendarNoteText")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {WARN.name()};")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton()
        self.button.setObjectName("calendarNoteButton")
        self.button.clicked.connect(self.open_dialog)
        self.note_row = QWidget()
        row = QHBoxLayout(self.note_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.where)
        lay.addWidget(self.note_row)
        self.dialog = None
        self.hide()

    def show_for(self, today: Today) -> None:
        self.today = today
        text = note_text(today)
        self.label.setText(text)
        self.button.setText(self.tr("Add the school year…") if today.missing
                            else self.tr("Check the dates…"))
        self.note_row.setVisible(bool(text))
        # Only who may change the calendar gets the button (not a head teacher or counsellor).
        self.button.setVisible(self.services.ctx.can(SCHOOL_WRITE))
        self.where.setText(where_text(today) if self.show_where else "")
        self.where.setVisible(bool(self.where.text()))
        self.setVisible(bool(text or self.where.text()))

    def has_note(self) -> bool:
        """Whether the line about a missing or unconfirmed year is shown."""
        return self.isVisible() and self.note_row.isVisible()

    def refresh(self) -> None:
        """Read the calendar again for the context's today."""
        self.show_for(self.services.calendar.today())

    def open_dialog(self):
        """Settings → School year… on the year this note is about; returns the dialog."""
        from .school_calendar_dialog import SchoolCalendarDialog

        dialog = SchoolCalendarDialog(self.services, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.today is not None:
            dialog.open_year(self.today.year_name)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, _result=None) -> None:
        self.dialog = None
        self.refresh()
        self.calendar_changed.emit()
