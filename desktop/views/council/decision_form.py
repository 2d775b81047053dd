"""The council's decision on one agenda item: start accompaniment (its grounds, who is
responsible, how often it is reviewed), change its plan, end it (with the outcome), refer
(to a support centre, the ПМПК, the КДН or the juvenile police inspector: a referral draft
is written), or no measure. Only the fields the chosen decision needs are shown; what is
wrong is said beside its field and nothing is saved."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QSizePolicy, QSpinBox, QWidget,
)

from ...models.accompaniment import REVIEW_DAYS_DEFAULT, REVIEW_DAYS_MAX
from ...models.council import PUPIL_DECISIONS, REFER_KINDS, Decision, DecisionInput
from ...models.organisation import organisation_name
from ..widgets.fmt import format_date
from ..widgets.form_widgets import (
    code_combo, combo_value, ignore_wheel_unless_focused, natural_width, rows_high, text_box,
)
from ..widgets.record_dialog import RecordDialog
from .council_words import ground_name, paper_language

ID_ROLE = Qt.ItemDataRole.UserRole


def ground_list(grounds, chosen=()) -> QListWidget:
    """The grounds as check boxes (the accompaniment form uses it too)."""
    box = QListWidget()
    for g in grounds:
        item = QListWidgetItem(ground_name(g))
        item.setData(ID_ROLE, g.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if g.code in chosen else Qt.CheckState.Unchecked)
        box.addItem(item)
    rows_high(box, min(max(len(grounds), 3), 7))
    return box


def checked_codes(box: QListWidget) -> list[str]:
    return [box.item(r).data(ID_ROLE) for r in range(box.count())
            if box.item(r).checkState() == Qt.CheckState.Checked]


def review_days_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, REVIEW_DAYS_MAX * 10)  # room to type too many: the check explains
    box.setSpecialValueText(" ")
    box.setValue(REVIEW_DAYS_DEFAULT)
    ignore_wheel_unless_focused(box)
    natural_width(box)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("1800") + 40)
    return box


class DecisionDialog(RecordDialog):
    def __init__(self, services, meeting, item, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.meeting, self.item = services, meeting, item
        self.setWindowTitle(self.tr("Decision of meeting No. {number}").format(
            number=meeting.number))
        self.setMinimumSize(560, 420)
        self.resize(680, 560)
        about = QLabel(f"<b>{item.subject}</b>")
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(about)

        self.decision = self.add_field("decision", self.tr("&Decision"),
                                       code_combo("council_decision", empty=self.tr("— choose —")))
        if item.pupil_id is None:  # another item: «heard and noted»
            for code in PUPIL_DECISIONS:
                self.decision.removeItem(self.decision.findData(code))
        self.decided = self.add_field("decided", self.tr("Decided, in &words"), text_box(3))
        grounds = services.accompaniment.grounds()
        self.grounds = self.add_field("grounds", self.tr("&Grounds"), ground_list(grounds))
        self.responsible = self.add_field("responsible", self.tr("&Responsible"), QLineEdit())
        self.responsible.setPlaceholderText(self.tr("Who carries out the plan"))
        self.review_days = self.add_field("review_days", self.tr("Review &every (days)"),
                                          review_days_box())
        self.outcome = self.add_field("outcome", self.tr("&Outcome"), text_box(3))
        self.organisation = self.add_field("organisation_id", self.tr("Refer &to"), QComboBox())
        self.organisation.addItem(self.tr("— choose —"), None)
        language = paper_language()
        for org in services.organisations.list():
            if org.kind in REFER_KINDS:
                self.organisation.addItem(organisation_name(org.name_kk, org.name_ru, language),
                                          org.id)
        ignore_wheel_unless_focused(self.organisation)
        for widget in self.fields.widgets().values():  # each row as tall as its field
            widget.parentWidget().setSizePolicy(QSizePolicy.Policy.Preferred,
                                                QSizePolicy.Policy.Maximum)
        room = QWidget()  # what the hidden fields leave stays below the last one shown
        room.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.form.addRow(room)
        self.decision.currentIndexChanged.connect(self._shown_fields)
        self._open = self._open_accompaniment()
        with self.quietly():
            if self._open is not None:  # the council usually changes or ends it
                self.decision.setCurrentIndex(self.decision.findData(Decision.CHANGE_PLAN.value))
        self._shown_fields()
        self.decision.setFocus()

    def _open_accompaniment(self):
        if self.item.pupil_id is None:
            return None
        return next((a for a in self.services.accompaniment.of_pupil(self.item.pupil_id)
                     if a.open), None)

    def _shown_fields(self, *_args) -> None:
        code = combo_value(self.decision)
        shown = {"grounds": code == Decision.START.value,
                 "responsible": code == Decision.START.value,
                 "review_days": code == Decision.START.value,
                 "outcome": code == Decision.END.value,
                 "organisation_id": code == Decision.REFER.value}
        for name, visible in shown.items():
            self.form.setRowVisible(self.fields.widget(name).parentWidget(), visible)
        if self._open is not None and code == Decision.START.value:
            self.show_banner(self.tr("Accompanied since {date}: the council may change the "
                                     "plan or end it.").format(
                date=format_date(self._open.started_on)))
        else:
            self.banner.hide()

    def collect(self) -> DecisionInput:
        return DecisionInput(
            decision=combo_value(self.decision), decided=self.decided.toPlainText(),
            grounds=checked_codes(self.grounds), responsible=self.responsible.text(),
            review_days=self.review_days.value() or None, outcome=self.outcome.toPlainText(),
            organisation_id=self.organisation.currentData())

    def submit(self):
        self.services.council.decide(self.item.id, self.collect())
        return self.meeting.id
