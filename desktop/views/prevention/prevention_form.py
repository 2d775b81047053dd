"""A preventive activity of the work log: when, which programme, the topic, for whom (a
class or a group), how many took part and who led it. A number, never a list of names."""

import uuid

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from ...models.enums import Audience, Programme
from ...models.prevention import PARTICIPANTS_MAX, ActivityInput, ActivityRead
from ...services.context import PREVENTION_WRITE
from ..widgets.fmt import from_qdate, to_qdate
from ..widgets.form_widgets import (
    chain_tab_order, code_combo, combo_value, date_edit, ignore_wheel_unless_focused,
    natural_width, set_combo,
)
from ..widgets.record_dialog import RecordDialog

# The audience a programme is usually for: chosen with the programme until the user picks one.
USUAL_AUDIENCE = {Programme.TEACHER_TRAINING.value: Audience.TEACHERS.value,
                  Programme.PARENT_MEETING.value: Audience.PARENTS.value}


class PreventionDialog(RecordDialog):
    draft_kind, draft_id_attr = "prevention", "activity_id"

    def __init__(self, services, activity_id: uuid.UUID | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.activity_id = activity_id
        self._audience_chosen = activity_id is not None
        self.setWindowTitle(self.tr("New preventive activity") if activity_id is None
                            else self.tr("Preventive activity"))
        self.setMinimumSize(600, 480)

        self.held_on = self.add_field("held_on", self.tr("&Date"),
                                      date_edit(services.ctx.today()))
        self.programme = self.add_field("programme", self.tr("&Programme"),
                                        code_combo("programme", empty=self.tr("— choose —")))
        self.topic = self.add_field("topic", self.tr("&Topic"), QLineEdit())
        self.topic.setPlaceholderText(self.tr("What the activity was about"))
        self.audience = self.add_field("audience", self.tr("&Audience"), code_combo("audience"))
        self.class_name = self.add_field("class_name", self.tr("&Class"), QLineEdit())
        self.class_name.setPlaceholderText(self.tr("e.g. 7Ә"))
        self.class_name.setMaxLength(4)
        natural_width(self.class_name)
        self.class_name.setMinimumWidth(
            self.class_name.fontMetrics().horizontalAdvance(self.class_name.placeholderText()) + 24)
        self.group_name = self.add_field("group_name", self.tr("&Or group"), QLineEdit())
        self.group_name.setPlaceholderText(self.tr("Several classes or a group, e.g. 7th grades"))
        participants = QSpinBox()
        # 0 shows blank (not entered yet); the upper bound leaves room to type a number too
        # big, which the check then explains beside the field.
        participants.setRange(0, PARTICIPANTS_MAX * 10)
        participants.setSpecialValueText(" ")
        ignore_wheel_unless_focused(participants)
        natural_width(participants)
        participants.setMinimumWidth(participants.fontMetrics().horizontalAdvance("20000") + 40)
        self.participants = self.add_field("participants", self.tr("&Participants"), participants)
        self.led_by = self.add_field("led_by", self.tr("&Led by"), QLineEdit())
        self.led_by.setPlaceholderText(self.tr("Who led it"))

        self.programme.currentIndexChanged.connect(self._programme_changed)
        self.audience.activated.connect(self._audience_picked)
        chain_tab_order([self.held_on, self.programme, self.topic, self.audience,
                         self.class_name, self.group_name, self.participants, self.led_by])

        with self.quietly():
            if activity_id is not None:
                self.load(services.prevention.get, activity_id)
            else:
                self.led_by.setText(self._default_leader())
        if not services.ctx.can(PREVENTION_WRITE):
            self.read_only(self.tr("Your role may read the preventive work log but not change it."))
        (self.topic if activity_id is not None else self.programme).setFocus()

    def _default_leader(self) -> str:
        account = self.services.accounts.by_user_name(self.services.ctx.actor)
        if account is not None:
            return account.display_name
        school = self.services.school.get()
        return school.psychologist if school else ""

    # --- filling ------------------------------------------------------------------------------

    def fill(self, a: ActivityRead) -> None:
        self.held_on.setDate(to_qdate(a.held_on))
        set_combo(self.programme, a.programme)
        self.topic.setText(a.topic)
        set_combo(self.audience, a.audience)
        self.class_name.setText(a.class_name)
        self.group_name.setText(a.group_name)
        self.participants.setValue(a.participants)
        self.led_by.setText(a.led_by)

    def _programme_changed(self, *_args) -> None:
        if not self._audience_chosen:
            set_combo(self.audience, USUAL_AUDIENCE.get(combo_value(self.programme),
                                                        Audience.PUPILS.value))

    def _audience_picked(self, *_args) -> None:
        self._audience_chosen = True

    # --- saving ---------------------------------------------------------------------------------

    def collect(self) -> ActivityInput:
        return ActivityInput(
            held_on=from_qdate(self.held_on.date()),
            programme=combo_value(self.programme),
            topic=self.topic.text(),
            audience=combo_value(self.audience),
            class_name=self.class_name.text(),
            group_name=self.group_name.text(),
            participants=self.participants.value() or None,
            led_by=self.led_by.text(),
        )

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.activity_id is None:
            saved = self.services.prevention.create(data)
            self.activity_id = saved.id
        else:
            saved = self.services.prevention.update(self.activity_id, data)
        return saved.id
