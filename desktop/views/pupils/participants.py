"""Pupils in roles (target, aggressor, witness), as an observation and a bullying case list
them: a table with a role per pupil, and buttons to add and remove pupils."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...models.enums import Role
from ...models.journal import Participant, ParticipantRead
from . import pupil_picker
from ..widgets.form_widgets import (
    choice_column, choice_value, commit_table_edit, fit_rows, pupil_line, setup_table,
)

ID_ROLE = Qt.ItemDataRole.UserRole
PUPIL_COL, ROLE_COL = 0, 1


class ParticipantsEditor(QWidget):
    """`table` is the pupils with their roles (a form watches it for changes and Tab stops on
    it), `add_button` and `remove_button` under it. With no target yet, the first pupil
    added is taken to be the target."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.table = table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("Pupil"), self.tr("Role")])
        setup_table(table)
        self.role_choices = choice_column(table, ROLE_COL, "role", self.tr("— choose a role —"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(PUPIL_COL, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        fit_rows(table)
        table.setMinimumHeight(150)
        self.add_button = QPushButton(self.tr("&Add pupils…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(table, 1)
        lay.addLayout(buttons)
        self.setFocusProxy(table)

        self.add_button.clicked.connect(self.choose_pupils)
        self.remove_button.clicked.connect(self.remove_pupil)
        table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    # --- reading ------------------------------------------------------------------------------

    def chosen_ids(self) -> list[uuid.UUID]:
        return [self.table.item(r, PUPIL_COL).data(ID_ROLE) for r in range(self.table.rowCount())]

    def roles(self) -> list[str | None]:
        return [choice_value(self.table, r, ROLE_COL) for r in range(self.table.rowCount())]

    def participants(self) -> list[Participant]:
        commit_table_edit(self.table)  # a role still being chosen counts
        return [Participant(pupil_id, role) for pupil_id, role in zip(self.chosen_ids(), self.roles())]

    # --- filling ------------------------------------------------------------------------------

    def set_participants(self, participants: tuple[ParticipantRead, ...]) -> None:
        self.table.setRowCount(0)
        for p in participants:
            self.add_row(p.pupil.id, pupil_line(p.pupil.full_name, p.pupil.class_name), p.role)
        self.update_buttons()

    def add_pupils(self, ids: list[uuid.UUID]) -> None:
        """Add pupils; with no target yet, the first one added is taken to be the target."""
        have = set(self.chosen_ids())
        new = [i for i in dict.fromkeys(ids) if i not in have]
        for ref in self.services.pupils.refs(new):
            role = None if Role.TARGET.value in self.roles() else Role.TARGET.value
            self.add_row(ref.id, pupil_line(ref.full_name, ref.class_name), role)

    def add_row(self, pupil_id: uuid.UUID, text: str, role: str | None) -> None:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setData(ID_ROLE, pupil_id)
        item.setToolTip(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, PUPIL_COL, item)
        table.setItem(row, ROLE_COL, self.role_choices.choice_item(role))

    # --- buttons ------------------------------------------------------------------------------

    def choose_pupils(self) -> None:
        ids = pupil_picker.pick_pupils(self.services, self, multi=True, exclude=self.chosen_ids())
        if ids:
            first_new = self.table.rowCount()
            self.add_pupils(ids)
            # Straight on to the first new pupil's role: type or pick it, Tab to the next.
            self.table.setFocus()
            self.table.setCurrentCell(first_new, ROLE_COL)
            self.table.editItem(self.table.item(first_new, ROLE_COL))

    def remove_pupil(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self.update_buttons()

    def update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
