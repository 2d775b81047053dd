"""Settings → Early warning: the thresholds of the rules, the bullying window (the school
year, as Order No. 506 sets no time limit, or the last N days), the concern deadlines in
working days, and the crisis contacts shown beside a risk of self-harm. The days off the
working-day clocks skip are Settings → Holidays (holidays_dialog.py)."""

from PySide6.QtWidgets import (
    QButtonGroup, QLineEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from ...models.warnings import THRESHOLD_LIMITS, Thresholds
from ...services.context import SCHOOL_WRITE
from ..widgets.form_widgets import add_under, button_row, chain_tab_order, hint_label, text_box
from ..widgets.record_dialog import RecordDialog, fit_to_screen


class WarningSettingsDialog(RecordDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Early warning"))
        self.setMinimumSize(640, 600)
        fit_to_screen(self, 720, 600)
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
        # Order No. 506: "two or more times", with no time limit. The school year by default.
        self.school_year_window = QRadioButton(self.tr("this &school year (since 1 September)"))
        self.days_window = QRadioButton(self.tr("in the &last"))
        self.window_choice = QButtonGroup(self)
        self.window_choice.addButton(self.school_year_window)
        self.window_choice.addButton(self.days_window)
        self.bullying_window_days = QSpinBox()
        self.bullying_window_days.setRange(*THRESHOLD_LIMITS["bullying_window_days"])
        self.bullying_window_days.setSuffix(day_suffix)
        # One choice a line: side by side they do not fit in Kazakh or Russian.
        window = QWidget()
        choices = QVBoxLayout(window)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.school_year_window)
        choices.addWidget(button_row(self.days_window, self.bullying_window_days))
        self.add_field("bullying_window_days", self.tr("… counted"), window)
        add_under(window, hint_label(self.tr(
            "Order No. 506 calls bullying humiliation repeated two or more times, with no time "
            "limit: by default the incidents of the current school year count.")))
        self.days_window.toggled.connect(self.bullying_window_days.setEnabled)
        self.watch(self.days_window, self.bullying_window_days)
        self.follow_up_days = days(
            "follow_up_days", self.tr("Incident with no &follow-up after"), work_suffix)
        self.lookback_days = days(
            "lookback_days", self.tr("Serious incidents and &risks: look back"), day_suffix)
        self.ack_working_days = days(
            "ack_working_days", self.tr("Concern: &acknowledge within"), work_suffix)
        self.answer_working_days = days(
            "answer_working_days", self.tr("Concern: &written answer within"), work_suffix)
        add_under(self.answer_working_days, hint_label(self.tr(
            "The Administrative Procedural Code (art. 76) gives 15 working days to answer an "
            "appeal; the school may promise less. Days off are in Settings → Holidays.")))
        self.repeat_concern_days = days(
            "repeat_concern_days", self.tr("Repeated concerns &within"), day_suffix)
        self.min_monitoring_days = days(
            "min_monitoring_days", self.tr("Bullying case: &monitor at least"), day_suffix)
        add_under(self.min_monitoring_days, hint_label(self.tr(
            "Closing a case watched for less time after its measures asks first.")))

        self.line_111 = self.add_field("line_111", self.tr("&111 contact centre: phone"),
                                       QLineEdit())
        self.support_centre = self.add_field(
            "support_centre", self.tr("Psychological &support centre"), text_box(3))
        self.support_centre.setPlaceholderText(self.tr(
            "The regional centre's name, address and phone, shown beside a risk of self-harm"))

        chain_tab_order([
            self.bullying_min_incidents, self.school_year_window, self.days_window,
            self.bullying_window_days, self.follow_up_days,
            self.lookback_days, self.ack_working_days, self.answer_working_days,
            self.repeat_concern_days, self.min_monitoring_days, self.line_111,
            self.support_centre,
        ])
        with self.quietly():
            self.fill(services.warning_settings.get())
        self.bullying_min_incidents.setFocus()
        if not services.ctx.can(SCHOOL_WRITE):
            self.read_only(self.tr("Only the psychologist can change the early-warning settings."))

    def fill(self, t: Thresholds) -> None:
        for name in THRESHOLD_LIMITS:
            getattr(self, name).setValue(getattr(t, name))
        (self.school_year_window if t.bullying_window_school_year
         else self.days_window).setChecked(True)
        self.bullying_window_days.setEnabled(not t.bullying_window_school_year)
        self.line_111.setText(t.line_111)
        self.support_centre.setPlainText(t.support_centre)

    def collect(self) -> Thresholds:
        return Thresholds(
            **{name: getattr(self, name).value() for name in THRESHOLD_LIMITS},
            bullying_window_school_year=self.school_year_window.isChecked(),
            line_111=self.line_111.text(), support_centre=self.support_centre.toPlainText())

    def submit(self) -> None:
        self.services.warning_settings.save(self.collect())
        return None
