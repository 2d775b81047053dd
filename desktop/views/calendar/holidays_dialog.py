"""Settings → Holidays…: the days off the working-day clocks skip (concern deadlines, the
incident follow-up rule), for one year at a time.

Above, read-only, the year's days off by law as the pinned holidays package has them (fixed
holidays, days moved from a weekend, days transferred by decree and the working weekend days
they create, Kurban Ait), named in the interface's language. Below, the school's own
changes: a day off added (with a name), a day worked although the law has it off, a working
Saturday. For a year the package does not know for certain (after models.holidays
.KNOWN_THROUGH) the law's list is the expected one: the clocks count it and say it is
unchecked until the school ticks "confirmed". Save replaces the edited years' changes (audited); only the
psychologist edits."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
    QTableWidget, QTableWidgetItem, QWidget,
)

from ...models.holidays import (
    DAY_OFF, WORKING, Correction, DayOff, HolidayCalendar, package_days_off,
    package_working_weekend_days,
)
from ...models.validation import FieldError, ValidationError
from ...services.context import SCHOOL_WRITE
from ..widgets.fmt import format_date, from_qdate, to_qdate
from ..widgets.form_widgets import (
    add_under, button_row, chain_tab_order, date_edit, hint_label, rows_high, setup_table,
)
from .holiday_names import holiday_name
from ..widgets.record_dialog import RecordDialog, fit_to_screen

DATA = Qt.ItemDataRole.UserRole


def _item(text: str, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)  # whole, when the column is narrower than the text
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(DATA, data)
    return item


def _table(columns: list[str], rows: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    setup_table(table)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    rows_high(table, rows)
    return table


class HolidaysDialog(RecordDialog):
    def __init__(self, services, parent: QWidget | None = None, year: int | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Holidays"))
        self.setMinimumSize(600, 560)
        fit_to_screen(self, 780, 600)  # the law's names whole, in Kazakh and Russian too
        self.form.addRow(hint_label(self.tr(
            "The days off that concern deadlines and the follow-up rule skip, besides "
            "weekends. The law's days come with Senim; add here only what your school does "
            "differently.")))
        self._edits: dict[int, list[Correction]] = {}  # years changed in this dialog
        self._confirmed: dict[int, bool] = {}
        self._saved_confirmed = services.holidays.confirmed_years()

        self.year = QSpinBox()
        self.year.setRange(2002, 2100)
        self.year.setValue(year or services.ctx.today().year)
        self.add_field("year", self.tr("&Year"), self.year)
        self.year.valueChanged.disconnect(self.mark_dirty)  # choosing a year changes nothing

        self.law = _table([self.tr("Date"), self.tr("Day off by law")], 14)
        self.law.setObjectName("lawDays")
        self.add_field("law", self.tr("By &law"), self.law)
        self.unknown_note = hint_label()
        self.confirmed = QCheckBox(self.tr("I have &checked these days against the "
                                           "government's decree"))
        add_under(self.law, self.unknown_note, self.confirmed)

        self.corrections = _table([self.tr("Date"), self.tr("At school"), self.tr("Name")], 7)
        self.corrections.setObjectName("schoolCorrections")
        self.add_field("corrections", self.tr("The &school's changes"), self.corrections)
        self.new_day = date_edit(services.ctx.today())
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name of the day off"))
        self.new_name.setMaxLength(150)
        self.new_name.setMinimumWidth(260)
        self.add_day_off_button = QPushButton(self.tr("Add a &day off"))
        self.add_working_button = QPushButton(self.tr("&Work on this day"))
        self.add_working_button.setToolTip(self.tr(
            "A working Saturday, or a holiday the school works"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        add_under(self.corrections,
                  button_row(self.new_day, self.new_name),
                  button_row(self.add_day_off_button, self.add_working_button,
                             self.remove_button))
        self.add_day_off_button.clicked.connect(lambda: self._add(DAY_OFF))
        self.add_working_button.clicked.connect(lambda: self._add(WORKING))
        self.remove_button.clicked.connect(self.remove_correction)
        self.confirmed.toggled.connect(self._confirmed_toggled)

        chain_tab_order([self.year, self.law, self.confirmed, self.corrections, self.new_day,
                         self.new_name, self.add_day_off_button, self.add_working_button,
                         self.remove_button])
        self._shown_year = self.year.value()
        with self.quietly():
            self._show_year(self._shown_year)
        self.year.valueChanged.connect(self._year_changed)
        self.year.setFocus()
        if not services.ctx.can(SCHOOL_WRITE):
            self.read_only(self.tr("Only the psychologist can change the holidays."))
            for w in (self.confirmed, self.add_day_off_button, self.add_working_button,
                      self.remove_button):
                w.setEnabled(False)

    # --- one year -------------------------------------------------------------------------

    def _known_by_package(self, year: int) -> bool:
        return HolidayCalendar().knows(year)

    def _year_changed(self, year: int) -> None:
        self._shown_year = year  # its changes, if any, are kept in _edits
        with self.quietly():
            self._show_year(year)

    def _show_year(self, year: int) -> None:
        first, last = date(year, 1, 1), date(year, 12, 31)
        rows: list[tuple[date, str]] = [(d.day, holiday_name(d)) for d in package_days_off(year)]
        rows += [(d, self.tr("Working day (moved by decree)"))
                 for d in package_working_weekend_days(year)]
        self.law.setRowCount(0)
        for day, name in sorted(rows):
            r = self.law.rowCount()
            self.law.insertRow(r)
            self.law.setItem(r, 0, _item(format_date(day), day))
            self.law.setItem(r, 1, _item(name))
        known = self._known_by_package(year)
        self.unknown_note.setVisible(not known)
        self.confirmed.setVisible(not known)
        self.confirmed.setChecked(self._confirmed.get(year, year in self._saved_confirmed))
        self.unknown_note.setText(self.tr(
            "Senim does not know the holidays of {year} for certain: these are the expected "
            "days (Kurban Ait and the decree's transfers are announced each year). Deadlines "
            "in {year} count them and say they are unchecked until you confirm them.").format(
            year=year))
        corrections = self._edits.get(year)
        if corrections is None:
            corrections = self.services.holidays.corrections(first, last)
        self._fill_corrections(corrections)
        self.new_day.setDateRange(to_qdate(first), to_qdate(last))
        today = self.services.ctx.today()
        self.new_day.setDate(to_qdate(today if today.year == year else first))

    def _fill_corrections(self, corrections: list[Correction]) -> None:
        self.corrections.setRowCount(0)
        for c in sorted(corrections, key=lambda c: c.day):
            r = self.corrections.rowCount()
            self.corrections.insertRow(r)
            self.corrections.setItem(r, 0, _item(format_date(c.day), c))
            self.corrections.setItem(r, 1, _item(self._kind_text(c)))
            name = holiday_name(DayOff(c.day, c.name, c.name, school=True)) \
                if c.kind == DAY_OFF else ""
            self.corrections.setItem(r, 2, _item(name))

    def _kind_text(self, c: Correction) -> str:
        if c.kind == DAY_OFF:
            return self.tr("Day off")
        if c.day.weekday() >= 5:
            return self.tr("Working day")
        return self.tr("Worked (not a day off)")

    def shown_corrections(self) -> list[Correction]:
        return [self.corrections.item(r, 0).data(DATA) for r in range(self.corrections.rowCount())]

    def _changed(self, corrections: list[Correction]) -> None:
        self._edits[self._shown_year] = corrections
        self._fill_corrections(corrections)
        self.mark_dirty()

    def _add(self, kind: str) -> None:
        day = from_qdate(self.new_day.date())
        name = self.new_name.text().strip() if kind == DAY_OFF else ""
        kept = [c for c in self.shown_corrections() if c.day != day]
        self._changed([*kept, Correction(day, kind, name)])
        self.new_name.clear()
        days = [c.day for c in self.shown_corrections()]
        self.corrections.setCurrentCell(days.index(day), 0)

    def remove_correction(self) -> None:
        row = self.corrections.currentRow()
        if row >= 0:
            corrections = self.shown_corrections()
            del corrections[row]
            self._changed(corrections)

    def _confirmed_toggled(self, checked: bool) -> None:
        if not self._quiet:
            self._confirmed[self._shown_year] = checked
            self._edits.setdefault(self._shown_year, self.shown_corrections())
            self.mark_dirty()

    # --- saving -----------------------------------------------------------------------------

    def fill(self, record) -> None:  # the dialog fills itself a year at a time
        pass

    def submit(self) -> None:
        for year in sorted(self._edits):
            confirmed = None if self._known_by_package(year) else self._confirmed.get(
                year, year in self._saved_confirmed)
            try:
                self.services.holidays.replace_corrections(year, self._edits[year], confirmed)
            except ValidationError as exc:
                if year != self._shown_year:
                    self.year.setValue(year)
                raise ValidationError([FieldError("corrections", e.code, e.params)
                                       for e in exc.errors]) from exc
        return None
