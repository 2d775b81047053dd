"""Record an observation (a bullying incident): when, where, what forms, how serious, and
which pupils in which roles (Order No. 506; the ДосболLIKE complaint → analysis path)."""

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QWidget,
)

from ..models.enums import ObservationStatus, Role
from ..models.journal import ObservationInput, ObservationRead, Participant
from . import pupil_picker
from .fmt import format_datetime, from_qdatetime, to_qdatetime
from .form_widgets import (
    add_under, chain_tab_order, choice_column, choice_value, code_combo, combo_value,
    commit_table_edit, datetime_edit, fit_rows, hint_label, pupil_line, set_combo,
    setup_table, text_box,
)
from .labels import choices, label
from .record_dialog import RecordDialog

ID_ROLE = Qt.ItemDataRole.UserRole
PUPIL_COL, ROLE_COL = 0, 1
FORM_COLUMNS = 2


class ObservationDialog(RecordDialog):
    def __init__(self, services, observation_id: uuid.UUID | None = None,
                 pupil_ids: Iterable[uuid.UUID] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.observation_id = observation_id
        self.setWindowTitle(self.tr("New observation") if observation_id is None
                            else self.tr("Observation"))
        self.setMinimumSize(640, 560)
        self.resize(780, 780)
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

        self.participants = self.add_field("participants", self.tr("Pupils &involved"),
                                           QTableWidget(0, 2))
        table = self.participants
        table.setHorizontalHeaderLabels([self.tr("Pupil"), self.tr("Role")])
        setup_table(table)
        self.role_choices = choice_column(table, ROLE_COL, "role", self.tr("— choose a role —"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(PUPIL_COL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        fit_rows(table)
        table.setMinimumHeight(150)
        self.add_pupils_button = QPushButton(self.tr("&Add pupils…"))
        self.remove_pupil_button = QPushButton(self.tr("&Remove"))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_pupils_button)
        row.addWidget(self.remove_pupil_button)
        row.addStretch(1)
        add_under(table, buttons)

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
        self.add_pupils_button.clicked.connect(self.choose_pupils)
        self.remove_pupil_button.clicked.connect(self.remove_pupil)
        table.itemSelectionChanged.connect(self._update_buttons)

        chain_tab_order([
            self.occurred_at, self.place, *self.form_boxes.values(), self.severity,
            self.participants, self.add_pupils_button, self.remove_pupil_button, self.reporter,
            self.reporter_name, self.description, self.immediate_actions, self.notified,
            self.status,
        ])

        with self.quietly():
            set_combo(self.status, ObservationStatus.OPEN.value)
            if observation_id is not None:
                self.load(self.services.observations.get, observation_id)
            else:
                self.add_pupils(list(pupil_ids))
        self._update_severity_help()
        self._update_buttons()
        self.occurred_at.setFocus()

    # --- filling ------------------------------------------------------------------------------

    def fill(self, o: ObservationRead) -> None:
        self.setWindowTitle(self.tr("Observation of {when}").format(
            when=format_datetime(o.occurred_at)))
        self.occurred_at.setDateTime(to_qdatetime(o.occurred_at))
        set_combo(self.place, o.place)
        for code, box in self.form_boxes.items():
            box.setChecked(code in o.forms)
        set_combo(self.severity, str(o.severity))
        self.participants.setRowCount(0)
        for p in o.participants:
            self._add_row(p.pupil.id, pupil_line(p.pupil.full_name, p.pupil.class_name), p.role)
        set_combo(self.reporter, o.reporter)
        self.reporter_name.setText(o.reporter_name)
        self.description.setPlainText(o.description)
        self.immediate_actions.setPlainText(o.immediate_actions)
        self.notified.setText(o.notified)
        set_combo(self.status, o.status)

    # --- participants ---------------------------------------------------------------------------

    def chosen_ids(self) -> list[uuid.UUID]:
        return [self.participants.item(r, PUPIL_COL).data(ID_ROLE)
                for r in range(self.participants.rowCount())]

    def roles(self) -> list[str | None]:
        return [choice_value(self.participants, r, ROLE_COL)
                for r in range(self.participants.rowCount())]

    def add_pupils(self, ids: list[uuid.UUID]) -> None:
        """Add pupils; with no target yet, the first one added is taken to be the target."""
        have = set(self.chosen_ids())
        new = [i for i in dict.fromkeys(ids) if i not in have]
        for ref in self.services.pupils.refs(new):
            role = None if Role.TARGET.value in self.roles() else Role.TARGET.value
            self._add_row(ref.id, pupil_line(ref.full_name, ref.class_name), role)

    def _add_row(self, pupil_id: uuid.UUID, text: str, role: str | None) -> None:
        table = self.participants
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setData(ID_ROLE, pupil_id)
        item.setToolTip(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, PUPIL_COL, item)
        table.setItem(row, ROLE_COL, self.role_choices.choice_item(role))

    def choose_pupils(self) -> None:
        ids = pupil_picker.pick_pupils(self.services, self, multi=True, exclude=self.chosen_ids())
        if ids:
            first_new = self.participants.rowCount()
            self.add_pupils(ids)
            # Straight on to the first new pupil's role: type or pick it, Tab to the next.
            self.participants.setFocus()
            self.participants.setCurrentCell(first_new, ROLE_COL)
            self.participants.editItem(self.participants.item(first_new, ROLE_COL))

    def remove_pupil(self) -> None:
        row = self.participants.currentRow()
        if row >= 0:
            self.participants.removeRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_pupil_button.setEnabled(self.participants.currentRow() >= 0)

    # --- severity -------------------------------------------------------------------------------

    def _update_severity_help(self, *_args) -> None:
        code = combo_value(self.severity)
        self.severity_help.setText(label("severity_help", code) if code else
                                   self.tr("Choose how serious it is; a description of each "
                                           "level appears here."))

    # --- saving ---------------------------------------------------------------------------------

    def collect(self) -> ObservationInput:
        commit_table_edit(self.participants)  # a role still being chosen counts
        severity = combo_value(self.severity)
        return ObservationInput(
            occurred_at=from_qdatetime(self.occurred_at.dateTime()),
            place=combo_value(self.place),
            forms=[code for code, box in self.form_boxes.items() if box.isChecked()],
            severity=int(severity) if severity else None,
            participants=[Participant(pupil_id, role)
                          for pupil_id, role in zip(self.chosen_ids(), self.roles())],
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
