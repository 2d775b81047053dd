"""The school calendar as screens mention it: one reusable line with a button (CalendarNote)
for "the calendar lacks this school year" and "this year's dates are a guess to check
against the ministry's order" (its texts and the others about the calendar are in
calendar_texts.py).

Every screen that needs the current quarter shows a CalendarNote; its button opens Settings
→ School year… on the year concerned, and `calendar_changed` fires when the dialog closes so
the screen can read the calendar again. "Today" is the services' context clock."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from ...models.school_calendar import Today
from ...services.context import SCHOOL_WRITE
from .calendar_texts import note_text, where_text
from ..widgets.colors import WARN
from ..widgets.fmt import from_qdate
from ..widgets.form_widgets import OptionalDateEdit, hint_label


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
        # lazy: the dialog loads when first opened, not with every page that shows the note
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


def school_day_hint(services, edit: QDateEdit) -> QLabel:
    """A gentle line for under a due or review date: the day picked is not a school day (a
    weekend, a holiday, the school's own day off, a break). The date stays as picked; the
    line keeps its room while hidden, so nothing moves."""
    hint = hint_label()
    hint.setObjectName("schoolDayHint")

    def update() -> None:
        picked = edit.value() if isinstance(edit, OptionalDateEdit) else from_qdate(edit.date())
        off = picked is not None and services.calendar.school_day(picked) != picked
        hint.setText(QCoreApplication.translate("CalendarNote", "Not a school day.")
                     if off else "")
        hint.setVisible(off)

    edit.dateChanged.connect(update)
    update()
    return hint
