"""Settings → Early warning: the thresholds of the rules, the concern deadlines in working
days, the public holidays those skip, and the crisis contacts shown beside a risk of
self-harm."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QWidget,
)

from ..models.warnings import THRESHOLD_LIMITS, Thresholds
from ..services.context import SCHOOL_WRITE
from .fmt import format_date
from .form_widgets import add_under, button_row, chain_tab_order, date_edit, hint_label, rows_high, text_box
from .record_dialog import RecordDialog


class WarningSettingsDialog(RecordDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Early warning"))
        self.setMinimumSize(640, 640)
        self.form.addRow(hint_label(self.tr(
            "When a pupil is raised on the dashboard, and how long the school has to respond "
            "to a concern. Changes apply at once to every warning; deadlines of concerns "
            "already received stay as they were.")))

        def days(name: str, text: str, suffix: str) -> QSpinBox:
            box = QSpinBox()
            box.setRange(*THRESHOLD_LIMITS[name])
            box.setSuffix(suffix)
            return self.add_field(name, text, box)

        day_suffix = self.tr(" days")
        work_suffix = self.tr(" working days")
        self.bullying_min_incidents = days(
            "bullying_min_incidents", self.tr("Bullying: incidents &against one pupil"),
            self.tr(" or more"))
        self.bullying_window_days = days(
            "bullying_window_days", self.tr("… &within"), day_suffix)
        self.follow_up_days = days(
            "follow_up_days", self.tr("Incident with no &follow-up after"), day_suffix)
        self.lookback_days = days(
            "lookback_days", self.tr("Serious incidents and &risks: look back"), day_suffix)
        self.ack_working_days = days(
            "ack_working_days", self.tr("Concern: &acknowledge within"), work_suffix)
        self.answer_working_days = days(
            "answer_working_days", self.tr("Concern: &written answer within"), work_suffix)
        self.repeat_concern_days = days(
            "repeat_concern_days", self.tr("Repeated concerns &within"), day_suffix)

        self.line_111 = self.add_field("line_111", self.tr("&111 contact centre: phone"),
                                       QLineEdit())
        self.support_centre = self.add_field(
            "support_centre", self.tr("Psychological &support centre"), text_box(3))
        self.support_centre.setPlaceholderText(self.tr(
            "The regional centre's name, address and phone, shown beside a risk of self-harm"))

        self.holidays = self.add_field("holidays", self.tr("Public &holidays"), QListWidget())
        rows_high(self.holidays, 6)
        self.new_holiday = date_edit(date.today())
        self.add_holiday_button = QPushButton(self.tr("A&dd"))
        self.remove_holiday_button = QPushButton(self.tr("&Remove"))
        row = button_row(self.new_holiday, self.add_holiday_button, self.remove_holiday_button)
        add_under(self.holidays, row, hint_label(self.tr(
            "Days off that concern deadlines skip besides weekends: add Kurban Ait and the "
            "days the government moves each year.")))
        self.add_holiday_button.clicked.connect(self.add_holiday)
        self.remove_holiday_button.clicked.connect(self.remove_holiday)

        chain_tab_order([
            self.bullying_min_incidents, self.bullying_window_days, self.follow_up_days,
            self.lookback_days, self.ack_working_days, self.answer_working_days,
            self.repeat_concern_days, self.line_111, self.support_centre, self.holidays,
            self.new_holiday, self.add_holiday_button, self.remove_holiday_button,
        ])
        with self.quietly():
            self.fill(services.warning_settings.get())
        self.bullying_min_incidents.setFocus()
        if not services.ctx.can(SCHOOL_WRITE):
            self.read_only(self.tr("Only the psychologist can change the early-warning settings."))

    def fill(self, t: Thresholds) -> None:
        for name in THRESHOLD_LIMITS:
            getattr(self, name).setValue(getattr(t, name))
        self.line_111.setText(t.line_111)
        self.support_centre.setPlainText(t.support_centre)
        self.holidays.clear()
        for day in t.holidays:
            self._add_item(day)

    def _add_item(self, day: date) -> None:
        item = QListWidgetItem(format_date(day))
        item.setData(Qt.ItemDataRole.UserRole, day)
        self.holidays.addItem(item)

    def holiday_dates(self) -> list[date]:
        return [self.holidays.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.holidays.count())]

    def add_holiday(self) -> None:
        day = self.new_holiday.date().toPython()
        days = self.holiday_dates()
        if day not in days:
            days = sorted([*days, day])
            self.holidays.clear()
            for d in days:
                self._add_item(d)
            self.mark_dirty()
        self.holidays.setCurrentRow(self.holiday_dates().index(day))

    def remove_holiday(self) -> None:
        row = self.holidays.currentRow()
        if row >= 0:
            self.holidays.takeItem(row)
            self.mark_dirty()

    def collect(self) -> Thresholds:
        return Thresholds(
            **{name: getattr(self, name).value() for name in THRESHOLD_LIMITS},
            line_111=self.line_111.text(), support_centre=self.support_centre.toPlainText(),
            holidays=self.holiday_dates())

    def submit(self) -> None:
        self.services.warning_settings.save(self.collect())
        return None
