"""Settings → School year…: the school calendar. The years on the left; on the right the
chosen year's name, first and last day, its four quarters and its breaks.

The ministry sets the dates by an order every year, so nothing here is computed as fact:
"Add next year" fills the year after the newest with the same dates a year on, moved onto
working days (services.calendar.proposal()), lists what it guessed and says plainly that they
are a proposal to check against the order. A year Senim guessed (2026-2027 from schema 0010)
is marked "check against the ministry's order" until it is saved here or confirmed with
"Confirm against the order". Save checks the whole year and shows each problem beside its
field; nothing is written until all is right. Only the psychologist edits; everyone else
sees the calendar read-only."""

from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QFrame, QScrollArea, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...models.school_calendar import TERMS, YearInput, YearRead, next_year_name, year_bounds
from ...models.validation import ValidationError
from ...models.school_year import school_year, school_year_start
from ...services.context import SCHOOL_WRITE
from .calendar_import import import_calendar_file
from .calendar_texts import proposal_note_text
from ..widgets.colors import WARN
from ..widgets.field_form import FieldForm, make_banner
from ..widgets.fmt import from_qdate, to_qdate
from ..widgets.form_widgets import button_row, chain_tab_order, date_edit, hint_label
from ..widgets.record_dialog import ask_about_unsaved, fit_to_screen

DATE_FORMAT = "dd.MM.yyyy"  # as the ministry's orders write them
FIRST, LAST, GRADE_1 = range(3)  # the breaks table's columns


def calendar_date_edit(value: date | None = None) -> QDateEdit:
    edit = date_edit(value)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class SchoolCalendarDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.can_write = services.ctx.can(SCHOOL_WRITE)
        self.years: list[YearRead] = []
        self.current: YearRead | None = None  # None while a new year is being added
        self._dirty = self._quiet = False
        self.setWindowTitle(self.tr("School year"))
        self.setMinimumSize(760, 600)
        fit_to_screen(self, 880, 640)  # with its title bar, inside a 1024×700 screen too

        # --- the list of years -------------------------------------------------------------
        self.year_list = QListWidget()
        self.year_list.setObjectName("years")
        self.year_list.setMaximumWidth(180)
        self.add_button = QPushButton(self.tr("Add &next year"))
        self.remove_button = QPushButton(self.tr("De&lete year…"))
        self.import_button = QPushButton(self.tr("&Import file…"))
        self.import_button.setToolTip(self.tr(
            "A calendar file from the district office: its school years and holiday changes"))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("School &years")))
        left.itemAt(0).widget().setBuddy(self.year_list)
        left.addWidget(self.year_list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        left.addWidget(self.import_button)

        # --- the chosen year ---------------------------------------------------------------
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.banner = make_banner()
        self.proposal_note = hint_label()
        self.proposal_note.setObjectName("proposalNote")
        self.proposal_note.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.proposal_note.hide()
        self.unconfirmed_note = hint_label(self.tr(
            "Check against the ministry's order: these dates are Senim's best guess. Save "
            "them once they match the order, or press “Confirm against the order”."))
        self.unconfirmed_note.setObjectName("unconfirmedNote")
        self.unconfirmed_note.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.confirm_button = QPushButton(self.tr("&Confirm against the order"))
        self.confirm_button.setObjectName("confirmYear")
        self.confirm_button.setToolTip(self.tr(
            "The dates shown match the ministry's order for this year"))
        self.unconfirmed_row = QWidget()
        unconfirmed_lay = QHBoxLayout(self.unconfirmed_row)
        unconfirmed_lay.setContentsMargins(0, 0, 0, 0)
        unconfirmed_lay.addWidget(self.unconfirmed_note, 1)
        unconfirmed_lay.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)
        self.unconfirmed_row.hide()
        self.body = QWidget()
        form = QFormLayout()
        body_layout = QVBoxLayout(self.body)
        body_layout.addLayout(form)
        body_layout.addStretch(1)  # the rows keep their height in a tall window
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldForm(form, self.banner)
        self.name = self.fields.add("name", self.tr("Na&me"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. 2026-2027"))
        self.starts_on = self.fields.add("starts_on", self.tr("&First day"), calendar_date_edit())
        self.ends_on = self.fields.add("ends_on", self.tr("La&st day"), calendar_date_edit())
        self.terms: list[tuple[QDateEdit, QDateEdit]] = []
        for i in range(TERMS):
            first, last = calendar_date_edit(), calendar_date_edit()
            row = button_row(first, QLabel("–"), last)
            self.fields.add(f"terms.{i}", self.tr("Quarter &{n}").format(n=i + 1), row)
            self.fields.layout.labelForField(row.parentWidget()).setBuddy(first)
            self.terms.append((first, last))
        self.fields.alias("terms", "terms.0")

        self.breaks = QTableWidget(0, 3)
        self.breaks.setObjectName("breaks")
        self.breaks.setHorizontalHeaderLabels(
            [self.tr("First day"), self.tr("Last day"), self.tr("Grade 1 only")])
        self.breaks.verticalHeader().hide()
        self.breaks.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.breaks.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.breaks.setTabKeyNavigation(False)
        header = self.breaks.horizontalHeader()
        for column in (FIRST, LAST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        row_height = calendar_date_edit().sizeHint().height() + 2
        self.breaks.verticalHeader().setDefaultSectionSize(row_height)
        self.breaks.setFixedHeight(header.sizeHint().height() + 5 * row_height
                                   + 2 * self.breaks.frameWidth())  # five breaks in view
        self.fields.add("breaks", self.tr("&Breaks"), self.breaks)
        self.add_break_button = QPushButton(self.tr("A&dd break"))
        self.remove_break_button = QPushButton(self.tr("&Remove break"))
        form.addRow("", button_row(self.add_break_button, self.remove_break_button))
        form.addRow("", hint_label(self.tr(
            "Breaks between the quarters, and extra ones such as grade 1's week in February "
            "(tick “Grade 1 only”). Public holidays are kept in Settings → Holidays.")))

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.banner)
        right.addWidget(self.proposal_note)
        right.addWidget(self.unconfirmed_row)
        scroll = QScrollArea()  # long Kazakh labels or a small screen scroll, never clip
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        right.addWidget(scroll, 1)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)

        self.status = QLabel()
        self.status.setObjectName("calendarStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        outer = QVBoxLayout(self)
        outer.addWidget(hint_label(self.tr(
            "The quarters and breaks of each school year, as the ministry's order sets them. "
            "Term summaries count by these dates.")))
        outer.addLayout(columns, 1)
        outer.addWidget(self.status)
        outer.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.year_list.currentRowChanged.connect(self._year_chosen)
        self.add_button.clicked.connect(self.add_next_year)
        self.remove_button.clicked.connect(self.remove_year)
        self.import_button.clicked.connect(self.import_file)
        self.confirm_button.clicked.connect(self.confirm_year)
        self.add_break_button.clicked.connect(lambda: self.add_break())
        self.remove_break_button.clicked.connect(self.remove_break)
        self.name.textEdited.connect(self.mark_dirty)
        for edit in (self.starts_on, self.ends_on, *(e for pair in self.terms for e in pair)):
            edit.dateChanged.connect(self.mark_dirty)
        self.breaks.itemChanged.connect(self.mark_dirty)
        chain_tab_order([self.year_list, self.add_button, self.remove_button,
                         self.import_button, self.name,
                         self.starts_on, self.ends_on, *(e for pair in self.terms for e in pair),
                         self.breaks, self.add_break_button, self.remove_break_button])

        self.refresh()

    # --- reading -----------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload the years and show `select` (a name), else the one shown, else today's
        (the context's clock), else the newest."""
        keep = (select or (self.current.name if self.current else None)
                or self.services.calendar.today().year_name)
        self.years = self.services.calendar.years()
        self.year_list.blockSignals(True)
        self.year_list.clear()
        for y in self.years:
            item = QListWidgetItem(y.name)
            if not y.confirmed:
                item.setForeground(WARN)
                item.setToolTip(self.tr("Check against the ministry's order"))
            self.year_list.addItem(item)
        names = [y.name for y in self.years]
        row = names.index(keep) if keep in names else 0
        if self.years:
            self.year_list.setCurrentRow(row)
        self.year_list.blockSignals(False)
        self._show(self.years[row] if self.years else None)

    def _show(self, year: YearRead | None, data: YearInput | None = None) -> None:
        """Fill the form with a saved year, or with `data` for a new one."""
        self.current = year
        self.fields.clear()
        self._show_read_only_note()
        with self._quietly():
            self.fill(data or (year.to_input() if year else YearInput()))
        if year is None:
            self.heading.setText(self.tr("New school year (not saved yet)"))
        elif year.confirmed:
            self.heading.setText(self.tr("School year {name}").format(name=year.name))
        else:
            self.heading.setText(self.tr("School year {name} (check against the ministry's "
                                         "order)").format(name=year.name))
        self.proposal_note.setVisible(year is None and data is not None)
        self.unconfirmed_row.setVisible(year is not None and not year.confirmed)
        self._update_buttons()

    def fill(self, data: YearInput) -> None:
        self.name.setText(data.name)
        fallback = data.starts_on or school_year_start(self.services.ctx.today())
        self.starts_on.setDate(to_qdate(data.starts_on or fallback))
        self.ends_on.setDate(to_qdate(data.ends_on or fallback))
        for i, (first, last) in enumerate(self.terms):
            a, b = data.terms[i] if i < len(data.terms) else (fallback, fallback)
            first.setDate(to_qdate(a))
            last.setDate(to_qdate(b))
        self.breaks.setRowCount(0)
        for a, b, grade_1 in data.breaks:
            self.add_break(a, b, grade_1)

    def collect(self) -> YearInput:
        return YearInput(
            name=self.name.text(), starts_on=from_qdate(self.starts_on.date()),
            ends_on=from_qdate(self.ends_on.date()),
            terms=[(from_qdate(a.date()), from_qdate(b.date())) for a, b in self.terms],
            breaks=[(from_qdate(self.breaks.cellWidget(r, FIRST).date()),
                     from_qdate(self.breaks.cellWidget(r, LAST).date()),
                     self.breaks.item(r, GRADE_1).checkState() == Qt.CheckState.Checked)
                    for r in range(self.breaks.rowCount())])

    def error_text(self, name: str) -> str:
        """The message shown beside a field ("" when none); tests read it."""
        return self.fields.error_text(name)

    # --- breaks ------------------------------------------------------------------------------

    def add_break(self, first: date | None = None, last: date | None = None,
                  grade_1: bool = False) -> int:
        """A row for a break; a new one starts on the year's first day for the user to set."""
        day = first or from_qdate(self.starts_on.date())
        row = self.breaks.rowCount()
        self.breaks.insertRow(row)
        for column, value in ((FIRST, day), (LAST, last or day)):
            edit = calendar_date_edit(value)
            edit.dateChanged.connect(self.mark_dirty)
            self.breaks.setCellWidget(row, column, edit)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                       | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if grade_1 else Qt.CheckState.Unchecked)
        self.breaks.setItem(row, GRADE_1, check)
        self.mark_dirty()
        if first is None:
            self.breaks.selectRow(row)
            self.breaks.cellWidget(row, FIRST).setFocus()
        return row

    def remove_break(self) -> None:
        row = self.breaks.currentRow()
        if row >= 0:
            self.breaks.removeRow(row)
            self.mark_dirty()

    # --- acting ------------------------------------------------------------------------------

    def add_next_year(self) -> None:
        """A new year after the newest, its dates a proposal moved by 52 weeks; with no year
        at all, the current school year's name and dates left for the user to type."""
        if not self._may_leave():
            return
        proposal = self.services.calendar.proposal() if self.years else None
        if proposal is not None:
            data = proposal.data
            lines = [self.tr(
                "These dates are a proposal: those of {name} a year on, each quarter starting "
                "on a working day. Check every date against the ministry's order for {new} "
                "before saving.").format(name=self.years[0].name, new=data.name)]
            lines += ["• " + proposal_note_text(note) for note in proposal.notes]
            self.proposal_note.setText("\n".join(lines))
        else:
            today = self.services.ctx.today()
            data = YearInput(name=school_year(today), starts_on=school_year_start(today))
            self.proposal_note.setText(self.tr(
                "Type the dates of the quarters and breaks from the ministry's order for "
                "{new}.").format(new=data.name))
        self.year_list.blockSignals(True)
        self.year_list.setCurrentRow(-1)
        self.year_list.blockSignals(False)
        self._show(None, data)
        self.status.clear()
        self._dirty = True  # nothing of it is saved yet
        self.name.setFocus()

    def import_file(self) -> list[str]:
        """Settings → School year… → Import file… (views/calendar/calendar_import.py)."""
        if not self._may_leave():
            return []
        names = import_calendar_file(self, self.services)
        if names:
            self.refresh(select=names[0])
            self.status.setText(self.tr("Imported: {names}.").format(names=", ".join(names)))
        return names

    def open_year(self, name: str) -> None:
        """Show the year `name`; when the calendar lacks it, start adding it (the proposal
        when it is the year after the newest, else empty dates to type)."""
        names = [y.name for y in self.years]
        if name in names:
            self.year_list.setCurrentRow(names.index(name))
            return
        if not self.can_write:
            return
        if self.years and next_year_name(self.years[0].name) == name:
            self.add_next_year()
            return
        bounds = year_bounds(name)
        self._start_new(YearInput(name=name, starts_on=date(bounds[0], 9, 1) if bounds
                                  else None), self.tr(
            "Type the dates of the quarters and breaks from the ministry's order for "
            "{new}.").format(new=name))

    def _start_new(self, data: YearInput, note: str) -> None:
        if not self._may_leave():
            return
        self.proposal_note.setText(note)
        self.year_list.blockSignals(True)
        self.year_list.setCurrentRow(-1)
        self.year_list.blockSignals(False)
        self._show(None, data)
        self.status.clear()
        self._dirty = True
        self.name.setFocus()

    def confirm_year(self) -> bool:
        """The shown year's dates match the ministry's order: mark it so (unsaved changes
        are saved, which confirms it too)."""
        year = self.current
        if year is None or not self.can_write:
            return False
        if self._dirty:
            return self.save()
        ok, saved = self.fields.attempt(lambda: self.services.calendar.confirm(year.name),
                                        "confirming a school year")
        if ok:
            self.refresh(select=saved.name)
            self.status.setText(self.tr("School year {name} is confirmed against the "
                                        "ministry's order.").format(name=saved.name))
        return ok

    def save(self) -> bool:
        if not self.can_write:
            return False
        data, calendar, current = self.collect(), self.services.calendar, self.current
        refused: list[str] = []  # the fields with errors

        def write() -> YearRead:
            try:
                return (calendar.update(current.id, data) if current
                        else calendar.create(data))
            except ValidationError as exc:
                refused.extend(e.field for e in exc.errors)
                raise

        ok, saved = self.fields.attempt(write, "saving the school calendar")
        if not ok:
            self._point_at_break(refused)
            return False
        self._dirty = False
        self.current = saved
        self.refresh(select=saved.name)
        self.status.setText(self.tr("School year {name} is saved.").format(name=saved.name))
        return True

    def _point_at_break(self, fields: list[str]) -> None:
        """A break's errors show under the table: select the first break they are about."""
        for name in fields:
            parts = name.split(".")
            if parts[0] == "breaks" and len(parts) > 1 and parts[1].isdigit():
                self.breaks.selectRow(int(parts[1]))
                return

    def remove_year(self) -> bool:
        year = self.current
        if year is None or not self.can_write:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete school year"))
        box.setText(self.tr("Delete the school year {name} with its quarters and breaks?")
                    .format(name=year.name))
        box.setInformativeText(self.tr(
            "Term summaries of that year will no longer know its quarters."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        ok, _ = self.fields.attempt(lambda: self.services.calendar.remove(year.id),
                                    "deleting a school year")
        if ok:
            self._dirty = False
            self.current = None
            self.refresh()
            self.status.setText(self.tr("School year {name} was deleted.").format(name=year.name))
        return ok

    # --- moving between years and closing ------------------------------------------------------

    def _year_chosen(self, row: int) -> None:
        if row < 0 or row >= len(self.years) or self.years[row] is self.current:
            return
        if not self._may_leave():
            self.year_list.blockSignals(True)
            names = [y.name for y in self.years]
            self.year_list.setCurrentRow(names.index(self.current.name) if self.current
                                         and self.current.name in names else -1)
            self.year_list.blockSignals(False)
            return
        self._dirty = False
        self.status.clear()
        self._show(self.years[row])

    def _may_leave(self) -> bool:
        """Unsaved changes: Save (and go on only if it worked), Discard, or stay."""
        if not self._dirty:
            return True
        answer = ask_about_unsaved(self, self.tr("Unsaved changes"),
                                   self.tr("This school year has changes that are not saved."))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._dirty = False
            return True
        return False

    def reject(self) -> None:
        if self._may_leave():
            self._dirty = False
            super().reject()

    def closeEvent(self, event) -> None:
        if not self._may_leave():
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)

    # --- state -------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args) -> None:
        if not self._quiet:
            self._dirty = True

    @contextmanager
    def _quietly(self):
        """Fill the form without making it dirty."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _show_read_only_note(self) -> None:
        if not self.can_write:
            self.banner.setStyleSheet("font-weight: bold;")  # a note, not an error
            self.banner.setText(self.tr("Only the psychologist can change the school calendar."))
            self.banner.show()

    def _update_buttons(self) -> None:
        self.body.setEnabled(self.can_write)  # read-only: shown, greyed, not editable
        self.save_button.setEnabled(self.can_write)
        self.add_button.setEnabled(self.can_write)
        self.remove_button.setEnabled(self.can_write and self.current is not None)
        self.import_button.setEnabled(self.can_write)
        self.confirm_button.setEnabled(self.can_write)
