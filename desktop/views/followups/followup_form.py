"""A follow-up action: what is to be done for a pupil, by when and by whom; optionally
tied to the session or observation it came from, or an action of a bullying case's help
plan."""

import uuid
from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...models.journal import FollowUpInput, FollowUpRead
from ...models.pupil import PupilRef
from ...models.rules import check_follow_up
from ...services.errors import NotAllowed, NotFound
from ..pupils import pupil_picker
from ..widgets.fmt import format_date, from_qdate, to_qdate
from ..calendar.calendar_note import school_day_hint
from ..widgets.form_widgets import add_under, chain_tab_order, date_edit, pupil_line, text_box
from ..widgets.record_dialog import RecordDialog

DEFAULT_DAYS = 7


class FollowUpDialog(RecordDialog):
    draft_kind, draft_id_attr = "followup", "follow_up_id"

    def __init__(self, services, follow_up_id: uuid.UUID | None = None,
                 pupil_id: uuid.UUID | None = None, session_id: uuid.UUID | None = None,
                 observation_id: uuid.UUID | None = None, parent: QWidget | None = None,
                 case_id: uuid.UUID | None = None):
        super().__init__(parent)
        self.services = services
        self.follow_up_id = follow_up_id
        self.pupil_id = pupil_id
        self.session_id = session_id
        self.observation_id = observation_id
        self.case_id = case_id
        self.accompaniment_id = None  # kept when a measure of an accompaniment's plan is edited
        self._given_pupil = pupil_id is not None
        self._pupil_ref: PupilRef | None = None
        self.setWindowTitle(self.tr("New follow-up") if follow_up_id is None
                            else self.tr("Follow-up"))
        self.setMinimumSize(640, 560)
        today = services.ctx.today()

        # The record this follow-up came from; link errors are shown here.
        self.link_label = QLabel()
        self.link_label.setObjectName("linkLabel")
        self.link_label.setWordWrap(True)
        self.add_field("session_id", self.tr("Linked to"), self.link_label)
        self.fields.alias("observation_id", "session_id")  # one row for either link

        pupil_box = QWidget()
        row = QHBoxLayout(pupil_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.pupil_label = QLabel()
        self.pupil_label.setObjectName("pupilLabel")
        self.pupil_label.setWordWrap(True)
        self.choose_pupil_button = QPushButton(self.tr("&Choose pupil…"))
        row.addWidget(self.pupil_label, 1)
        row.addWidget(self.choose_pupil_button)
        pupil_box.setFocusProxy(self.choose_pupil_button)
        self.add_field("pupil_id", self.tr("Pupil"), pupil_box)

        self.what = self.add_field("what", self.tr("&What is to be done"), text_box(4, grow=True))
        self.due_date = self.add_field("due_date", self.tr("D&ue date"),
                                       date_edit(services.calendar.school_day(
                                           today + timedelta(days=DEFAULT_DAYS))))
        add_under(self.due_date, school_day_hint(services, self.due_date))
        self.responsible = self.add_field("responsible", self.tr("&Responsible"), QLineEdit())
        self.responsible.setPlaceholderText(self.tr("Who will do it"))
        self.is_done = self.add_field("done", self.tr("Progress"), QCheckBox(self.tr("D&one")))
        self.done_date = self.add_field("done_date", self.tr("Done o&n"), date_edit(today))

        self.choose_pupil_button.clicked.connect(self.choose_pupil)
        self.is_done.toggled.connect(self._update_enabled)
        chain_tab_order([self.choose_pupil_button, self.what, self.due_date, self.responsible,
                         self.is_done, self.done_date])

        with self.quietly():
            school = services.school.get()
            if school and school.psychologist:
                self.responsible.setText(school.psychologist)
            if follow_up_id is not None:
                self.load(self.services.followups.get, follow_up_id)
            else:
                self._preset_pupil()
                self._given_pupil = self.pupil_id is not None
        self._show_pupil()
        self._show_link()
        self._update_enabled()
        self.what.setFocus()

    # --- filling ------------------------------------------------------------------------------

    def fill(self, f: FollowUpRead) -> None:
        self.pupil_id = f.pupil.id
        self._pupil_ref = f.pupil
        self.session_id, self.observation_id = f.session_id, f.observation_id
        self.case_id = f.case_id
        self.accompaniment_id = f.accompaniment_id  # a measure of an accompaniment's plan
        self.what.setPlainText(f.what)
        self.due_date.setDate(to_qdate(f.due_date))
        self.responsible.setText(f.responsible)
        self.is_done.setChecked(f.done_date is not None)
        if f.done_date:
            self.done_date.setDate(to_qdate(f.done_date))

    def _preset_pupil(self) -> None:
        """From a record with a single pupil, that pupil is the one meant."""
        if self.pupil_id is not None:
            return
        try:
            if self.session_id:
                pupils = [r.id for r in self.services.sessions.get(self.session_id).pupils]
            elif self.observation_id:
                pupils = [p.pupil.id for p in
                          self.services.observations.get(self.observation_id).participants]
            elif self.case_id:
                pupils = [p.pupil.id for p in self.services.cases.get(self.case_id).participants]
            else:
                return
        except NotFound:
            return
        if len(pupils) == 1:
            self.pupil_id = pupils[0]

    # --- pupil and link ------------------------------------------------------------------------

    def _ref(self) -> PupilRef | None:
        if self.pupil_id is None:
            return None
        if self._pupil_ref is not None and self._pupil_ref.id == self.pupil_id:
            return self._pupil_ref
        refs = self.services.pupils.refs([self.pupil_id])
        self._pupil_ref = refs[0] if refs else None
        return self._pupil_ref

    def _show_pupil(self) -> None:
        ref = self._ref()
        fixed = self._pupil_fixed()
        if ref is not None:
            self.pupil_label.setText(pupil_line(ref.full_name, ref.class_name))
        else:
            self.pupil_label.setText(self.tr("No pupil chosen yet."))
        self.choose_pupil_button.setVisible(not fixed)
        self.choose_pupil_button.setText(self.tr("&Change…") if ref else self.tr("&Choose pupil…"))

    def _pupil_fixed(self) -> bool:
        """The pupil was given by the caller or the record already exists: show, don't ask."""
        return self._given_pupil or self.follow_up_id is not None

    def _record_pupils(self) -> list:
        """The pupils of the case (targets first), session or observation this action is
        for: the picker offers them first."""
        try:
            if self.case_id:
                return [p.pupil.id for p in self.services.cases.get(self.case_id).participants]
            if self.session_id:
                return [p.id for p in self.services.sessions.get(self.session_id).pupils]
            if self.observation_id:
                return [p.pupil.id for p in
                        self.services.observations.get(self.observation_id).participants]
        except (NotFound, NotAllowed):
            pass  # deleted meanwhile, or not this role's to read: every pupil, as before
        return []

    def choose_pupil(self) -> None:
        ids = pupil_picker.pick_pupils(self.services, self, multi=False,
                                       first=self._record_pupils())
        if ids:
            self.pupil_id = ids[0]
            self.mark_dirty()
            self._show_pupil()
            self.what.setFocus()

    def _show_link(self) -> None:
        text = ""
        try:
            if self.session_id:
                s = self.services.sessions.get(self.session_id)
                text = self.tr("Linked to the session of {date}").format(
                    date=format_date(s.starts_at.date()))
            elif self.observation_id:
                o = self.services.observations.get(self.observation_id)
                text = self.tr("Linked to the observation of {date}").format(
                    date=format_date(o.occurred_at.date()))
            elif self.case_id:
                text = self.tr("An action of the help plan of the case “{title}”").format(
                    title=self.services.cases.get(self.case_id).title)
        except NotFound:
            text = self.tr("Linked to a record that has been deleted")
        self.link_label.setText(text)
        self.form.setRowVisible(self.link_label.parentWidget(), bool(text))

    # --- done -----------------------------------------------------------------------------------

    def _update_enabled(self, *_args) -> None:
        self.done_date.setEnabled(self.is_done.isChecked())

    # --- saving ---------------------------------------------------------------------------------

    def rules(self, data):
        return check_follow_up(data, self.services.ctx.today())

    def collect(self) -> FollowUpInput:
        return FollowUpInput(
            pupil_id=self.pupil_id,
            session_id=self.session_id,
            observation_id=self.observation_id,
            what=self.what.toPlainText(),
            due_date=from_qdate(self.due_date.date()),
            responsible=self.responsible.text(),
            done_date=from_qdate(self.done_date.date()) if self.is_done.isChecked() else None,
            case_id=self.case_id,
            accompaniment_id=self.accompaniment_id,
        )

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.follow_up_id is None:
            saved = self.services.followups.create(data)
            self.follow_up_id = saved.id
        else:
            saved = self.services.followups.update(self.follow_up_id, data)
        return saved.id
