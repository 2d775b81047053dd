"""Log or plan a counselling session with one or more pupils.

Psychological work with a pupil needs a parent's written consent (Order No. 377). When a
held session of such a kind includes pupils without it, the form says so at once, names
them, and asks why the work went ahead (an urgent crisis response)."""

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget,
)

from ...models.enums import SessionKind, SessionStatus
from ...models.journal import SessionInput, SessionRead
from ...models.rules import MAX_SESSION_MIN, check_session, needs_consent
from ...services.context import SESSIONS_WRITE
from ..widgets.fmt import format_datetime, from_qdatetime, to_qdatetime
from ..widgets.form_widgets import (
    add_under, button_row, chain_tab_order, code_combo, combo_value, datetime_edit, ignore_wheel_unless_focused,
    natural_width, pupil_line, rows_high, set_combo, text_box,
)
from ..pupils.pupil_list import PupilListMixin, pupil_list
from ..widgets.record_dialog import RecordDialog, fit_to_screen

NOTICE_STYLE = ("background: #fff4e5; color: #5f3b00; border: 1px solid #f0a030;"
                " border-radius: 4px; padding: 8px;")


class SessionDialog(PupilListMixin, RecordDialog):
    draft_kind, draft_id_attr = "session", "session_id"

    def __init__(self, services, session_id: uuid.UUID | None = None,
                 pupil_ids: Iterable[uuid.UUID] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.setWindowTitle(self.tr("New session") if session_id is None else self.tr("Session"))
        self.setMinimumSize(640, 560)
        fit_to_screen(self, 760, 760)
        now = services.ctx.now().replace(second=0, microsecond=0)

        self.starts_at = self.add_field("starts_at", self.tr("&Date and time"), datetime_edit(now))
        duration = QSpinBox()
        duration.setRange(1, MAX_SESSION_MIN)
        duration.setSingleStep(5)
        duration.setValue(45)
        duration.setSuffix(self.tr(" min"))
        ignore_wheel_unless_focused(duration)
        natural_width(duration)
        self.duration_min = self.add_field("duration_min", self.tr("D&uration"), duration)
        self.kind = self.add_field("kind", self.tr("&Kind"), code_combo("session_kind"))
        self.initiator = self.add_field("initiator", self.tr("&Initiated by"),
                                        code_combo("initiator", empty=self.tr("— choose —")))
        self.status = self.add_field("status", self.tr("&Status"), code_combo("session_status"))

        self.pupil_ids = self.add_field("pupil_ids", self.tr("&Pupils"), pupil_list())
        self.pupil_ids.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rows_high(self.pupil_ids, 5)
        self.add_pupils_button = QPushButton(self.tr("&Add pupils…"))
        self.remove_pupil_button = QPushButton(self.tr("&Remove"))
        add_under(self.pupil_ids, button_row(self.add_pupils_button, self.remove_pupil_button))

        self.consent_notice = QLabel()
        self.consent_notice.setObjectName("consentNotice")
        self.consent_notice.setWordWrap(True)
        self.consent_notice.setStyleSheet(NOTICE_STYLE)
        self.consent_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.consent_notice)
        self.no_consent_reason = self.add_field(
            "no_consent_reason", self.tr("Why &without consent"), text_box(3))
        self.no_consent_reason.setPlaceholderText(
            self.tr("Why the work could not wait for a parent's signature"))

        self.other_participants = self.add_field(
            "other_participants", self.tr("Ot&her participants"), QLineEdit())
        self.other_participants.setPlaceholderText(self.tr("Parents, teachers, specialists"))
        self.reason = self.add_field("reason", self.tr("R&eason"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("Why the session took place, in a few words"))
        self.notes = self.add_field("notes", self.tr("Confidential &notes"),
                                    text_box(10, grow=True))
        self.outcome = self.add_field("outcome", self.tr("&Outcome and recommendations"),
                                      text_box(4))
        self.self_harm_risk = self.add_field("self_harm_risk", "", QCheckBox(
            self.tr("Risk of sel&f-harm: put this pupil at the top of the dashboard")))

        self.add_pupils_button.clicked.connect(self.choose_pupils)
        self.remove_pupil_button.clicked.connect(self.remove_pupil)
        self.pupil_ids.itemSelectionChanged.connect(self._update_buttons)
        self.pupil_ids.model().rowsInserted.connect(self.update_consent)
        self.pupil_ids.model().rowsRemoved.connect(self.update_consent)
        self.kind.currentIndexChanged.connect(self.update_consent)
        self.status.currentIndexChanged.connect(self.update_consent)

        chain_tab_order([
            self.starts_at, self.duration_min, self.kind, self.initiator, self.status,
            self.pupil_ids, self.add_pupils_button, self.remove_pupil_button,
            self.no_consent_reason, self.other_participants, self.reason, self.notes, self.outcome,
            self.self_harm_risk,
        ])

        with self.quietly():
            set_combo(self.kind, SessionKind.INDIVIDUAL.value)
            set_combo(self.status, SessionStatus.HELD.value)
            if session_id is not None:
                self.load(self.services.sessions.open, session_id)
            else:
                self.add_pupils(list(pupil_ids))
        self.update_consent()
        self._update_buttons()
        self.starts_at.setFocus()
        if not services.ctx.can(SESSIONS_WRITE):
            self.read_only(self.tr("Only the psychologist can record or change sessions."))

    # --- filling ------------------------------------------------------------------------------

    def fill(self, s: SessionRead) -> None:
        self.setWindowTitle(self.tr("Session of {when}").format(when=format_datetime(s.starts_at)))
        self.starts_at.setDateTime(to_qdatetime(s.starts_at))
        self.duration_min.setValue(s.duration_min)
        set_combo(self.kind, s.kind)
        set_combo(self.initiator, s.initiator)
        set_combo(self.status, s.status)
        self.show_pupils(s.pupils)
        self.other_participants.setText(s.other_participants)
        self.reason.setText(s.reason)
        self.notes.setPlainText(s.notes)
        if s.notes_hidden:
            self.notes.setEnabled(False)
            self.notes.setPlaceholderText(self.tr(
                "Confidential: only the psychologist can read these notes."))
        self.outcome.setPlainText(s.outcome)
        self.no_consent_reason.setPlainText(s.no_consent_reason)
        self.self_harm_risk.setChecked(s.self_harm_risk)

    # --- pupils ---------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.remove_pupil_button.setEnabled(self.pupil_ids.currentRow() >= 0)

    # --- consent --------------------------------------------------------------------------------

    def lacking_consent(self) -> list:
        """Pupils without written consent, when this session is work that needs it."""
        probe = SessionInput(kind=combo_value(self.kind), status=combo_value(self.status))
        ids = self.chosen_ids()
        if not ids or not needs_consent(probe):
            return []
        return self.services.sessions.without_consent(ids)

    def update_consent(self, *_args) -> None:
        lacking = self.lacking_consent()
        if lacking:
            names = ", ".join(pupil_line(r.full_name, r.class_name) for r in lacking)
            self.consent_notice.setText(self.tr(
                "No written parental consent for: {names}. Work without it is allowed only as "
                "an urgent crisis response — say why.").format(names=names))
        self.form.setRowVisible(self.consent_notice, bool(lacking))
        self.form.setRowVisible(self.no_consent_reason.parentWidget(), bool(lacking))

    def consent_reason_shown(self) -> bool:
        return not self.consent_notice.isHidden()

    # --- saving ---------------------------------------------------------------------------------

    def show_errors(self, exc) -> None:
        if any(e.field == "no_consent_reason" for e in exc.errors):
            self.form.setRowVisible(self.no_consent_reason.parentWidget(), True)
        super().show_errors(exc)

    def rules(self, data):
        return check_session(data, self.services.ctx.now())

    def collect(self) -> SessionInput:
        self.update_consent()  # a pupil's consent may have changed since the form opened
        return SessionInput(
            starts_at=from_qdatetime(self.starts_at.dateTime()),
            duration_min=self.duration_min.value(),
            kind=combo_value(self.kind),
            initiator=combo_value(self.initiator),
            pupil_ids=self.chosen_ids(),
            other_participants=self.other_participants.text(),
            reason=self.reason.text(),
            notes=self.notes.toPlainText(),
            outcome=self.outcome.toPlainText(),
            status=combo_value(self.status),
            no_consent_reason=(self.no_consent_reason.toPlainText()
                               if self.consent_reason_shown() else ""),
            self_harm_risk=self.self_harm_risk.isChecked(),
        )

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.session_id is None:
            saved = self.services.sessions.create(data)
            self.session_id = saved.id
        else:
            saved = self.services.sessions.update(self.session_id, data)
        return saved.id
