"""Record an observation (a bullying incident): when, where, what forms, how serious, and
which pupils in which roles (Order No. 506; the ДосболLIKE complaint → analysis path)."""

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget,
)

from ...models.enums import ObservationStatus
from ...models.journal import ObservationInput, ObservationRead
from ...models.rules import check_observation
from ...services.context import CASES_READ, CASES_WRITE
from ...services.errors import NotFound
from ..widgets.fmt import format_datetime, from_qdatetime, to_qdatetime
from ..widgets.form_widgets import (
    add_under, chain_tab_order, code_combo, combo_value, datetime_edit, hint_label, set_combo,
    text_box,
)
from ..widgets.labels import choices, label
from ..pupils.participants import (  # noqa: F401 (tests use them)
    PUPIL_COL, ROLE_COL, ParticipantsEditor,
)
from ..record_actions import open_case
from ..widgets.record_dialog import RecordDialog, fit_to_screen

FORM_COLUMNS = 2


class ObservationDialog(RecordDialog):
    draft_kind, draft_id_attr = "observation", "observation_id"

    def __init__(self, services, observation_id: uuid.UUID | None = None,
                 pupil_ids: Iterable[uuid.UUID] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.observation_id = observation_id
        self.setWindowTitle(self.tr("New observation") if observation_id is None
                            else self.tr("Observation"))
        self.setMinimumSize(640, 560)
        fit_to_screen(self, 780, 780)
        now = services.ctx.now().replace(second=0, microsecond=0)

        self.occurred_at = self.add_field("occurred_at", self.tr("&When it happened"),
                                          datetime_edit(now))
        self.place = self.add_field("place", self.tr("&Place"),
                                    code_combo("place", empty=self.tr("— choose —")))

        forms_box = QWidget()
        grid = QGridLayout(forms_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.form_boxes: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(choices("form")):
            box = QCheckBox(text)
            self.form_boxes[code] = box
            grid.addWidget(box, i // FORM_COLUMNS, i % FORM_COLUMNS)
        forms_box.setFocusProxy(next(iter(self.form_boxes.values())))
        self.forms = self.add_field("forms", self.tr("&Forms of bullying"), forms_box)
        self.watch(*self.form_boxes.values())

        self.severity = self.add_field(
            "severity", self.tr("Se&verity"), code_combo("severity", empty=self.tr("— choose —")))
        self.severity_help = hint_label()
        self.severity_help.setObjectName("severityHelp")
        add_under(self.severity, self.severity_help)

        self.people = self.add_field("participants", self.tr("Pupils &involved"),
                                     ParticipantsEditor(services))
        self.participants = self.people.table
        self.watch(self.participants)
        self.add_pupils_button = self.people.add_button
        self.remove_pupil_button = self.people.remove_button

        self.reporter = self.add_field("reporter", self.tr("Reported &by"),
                                       code_combo("reporter", empty=self.tr("— choose —")))
        self.reporter_name = self.add_field("reporter_name", self.tr("Reporter's na&me"),
                                            QLineEdit())
        self.reporter_name.setPlaceholderText(self.tr("Leave empty for an anonymous report"))
        self.description = self.add_field("description", self.tr("What &happened"),
                                          text_box(6, grow=True))
        self.immediate_actions = self.add_field(
            "immediate_actions", self.tr("Immediate a&ctions"), text_box(3))
        self.notified = self.add_field("notified", self.tr("Who was &notified"), QLineEdit())
        self.notified.setPlaceholderText(self.tr("Class teacher, parents, deputy director…"))
        self.status = self.add_field("status", self.tr("&Status"),
                                     code_combo("observation_status"))

        self.severity.currentIndexChanged.connect(self._update_severity_help)

        chain_tab_order([
            self.occurred_at, self.place, *self.form_boxes.values(), self.severity,
            self.participants, self.add_pupils_button, self.remove_pupil_button, self.reporter,
            self.reporter_name, self.description, self.immediate_actions, self.notified,
            self.status,
        ])

        # A saved incident starts a bullying case, or opens the one it belongs to.
        self.case_id: uuid.UUID | None = None
        self.case_row = QWidget()
        row = QHBoxLayout(self.case_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.case_label = QLabel()
        self.case_label.setObjectName("caseLabel")
        self.case_label.setTextFormat(Qt.TextFormat.PlainText)
        self.case_button = QPushButton(self.tr("New bullying cas&e…"))
        self.case_button.clicked.connect(self.open_case)
        row.addWidget(self.case_label)
        row.addWidget(self.case_button)
        row.addStretch(1)
        self.form.addRow(self.tr("Bullying case"), self.case_row)

        with self.quietly():
            set_combo(self.status, ObservationStatus.OPEN.value)
            if observation_id is not None:
                self.load(self.services.observations.get, observation_id)
            else:
                self.add_pupils(list(pupil_ids))
        self._update_severity_help()
        self._update_case_button()
        self.occurred_at.setFocus()

    # --- filling ------------------------------------------------------------------------------

    def fill(self, o: ObservationRead) -> None:
        self.case_id = o.case_id
        self.setWindowTitle(self.tr("Observation of {when}").format(
            when=format_datetime(o.occurred_at)))
        self.occurred_at.setDateTime(to_qdatetime(o.occurred_at))
        set_combo(self.place, o.place)
        for code, box in self.form_boxes.items():
            box.setChecked(code in o.forms)
        set_combo(self.severity, str(o.severity))
        self.people.set_participants(o.participants)
        set_combo(self.reporter, o.reporter)
        self.reporter_name.setText(o.reporter_name)
        self.description.setPlainText(o.description)
        self.immediate_actions.setPlainText(o.immediate_actions)
        self.notified.setText(o.notified)
        set_combo(self.status, o.status)

    # --- participants ---------------------------------------------------------------------------

    def chosen_ids(self) -> list[uuid.UUID]:
        return self.people.chosen_ids()

    def roles(self) -> list[str | None]:
        return self.people.roles()

    def add_pupils(self, ids: list[uuid.UUID]) -> None:
        """Add pupils; with no target yet, the first one added is taken to be the target."""
        self.people.add_pupils(ids)

    # --- its bullying case -----------------------------------------------------------------------

    def _update_case_button(self) -> None:
        ctx = self.services.ctx
        case = None
        if self.case_id is not None and ctx.can(CASES_READ):
            try:
                case = self.services.cases.get(self.case_id)
            except NotFound:
                pass
        if case is not None:
            self.case_label.setText(self.tr("“{title}”, stage: {stage}").format(
                title=case.title, stage=label("case_stage", case.stage)))
            self.case_button.setText(self.tr("&Open the case…"))
            self.case_button.setToolTip("")
            shown = True
        else:
            self.case_label.setText(self.tr("Not in a case"))
            self.case_button.setText(self.tr("New bullying cas&e…"))
            self.case_button.setToolTip(self.tr(
                "Start a bullying case from this incident: its pupils in their roles, linked "
                "to the case"))
            shown = self.observation_id is not None and ctx.can(CASES_WRITE)
        self.form.setRowVisible(self.case_row, shown)

    def open_case(self):
        if self.case_id is not None:
            return open_case(self.services, self, case_id=self.case_id, on_saved=self._case_saved)
        return open_case(self.services, self, observation_id=self.observation_id,
                         on_saved=self._case_saved)

    def _case_saved(self, _case_id=None) -> None:
        try:
            self.case_id = self.services.observations.get(self.observation_id).case_id
        except NotFound:
            return
        self._update_case_button()

    # --- severity -------------------------------------------------------------------------------

    def _update_severity_help(self, *_args) -> None:
        code = combo_value(self.severity)
        self.severity_help.setText(label("severity_help", code) if code else
                                   self.tr("Choose how serious it is; a description of each "
                                           "level appears here."))

    # --- saving ---------------------------------------------------------------------------------

    def rules(self, data):
        return check_observation(data, self.services.ctx.now())

    def collect(self) -> ObservationInput:
        severity = combo_value(self.severity)
        return ObservationInput(
            occurred_at=from_qdatetime(self.occurred_at.dateTime()),
            place=combo_value(self.place),
            forms=[code for code, box in self.form_boxes.items() if box.isChecked()],
            severity=int(severity) if severity else None,
            participants=self.people.participants(),
            reporter=combo_value(self.reporter),
            reporter_name=self.reporter_name.text(),
            description=self.description.toPlainText(),
            immediate_actions=self.immediate_actions.toPlainText(),
            notified=self.notified.text(),
            status=combo_value(self.status),
        )

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.observation_id is None:
            saved = self.services.observations.create(data)
            self.observation_id = saved.id
        else:
            saved = self.services.observations.update(self.observation_id, data)
        return saved.id
