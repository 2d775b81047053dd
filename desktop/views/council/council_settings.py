"""The council's lists the school keeps itself: its members (name, position, still on the
council) and the grounds for accompaniment (shipped with the law's categories; renamed,
added, switched off here: the ministry's rules are still being drafted)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ...models.accompaniment import GroundInput
from ...models.council import MemberInput
from ...services.context import COUNCIL_WRITE
from ..record_actions import show_dialog
from ..widgets.form_widgets import hint_label, setup_table
from ..widgets.record_dialog import RecordDialog
from .council_words import ground_name

ID_ROLE = Qt.ItemDataRole.UserRole


class MemberDialog(RecordDialog):
    def __init__(self, services, member=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.member = services, member
        self.setWindowTitle(self.tr("Council member"))
        self.setMinimumSize(460, 220)
        self.name = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.position = self.add_field("position", self.tr("&Position"), QLineEdit())
        self.position.setPlaceholderText(self.tr("e.g. deputy director for upbringing"))
        self.active = self.add_field("active", self.tr("On the &council"), QCheckBox())
        self.active.setChecked(True)
        if member is not None:
            with self.quietly():
                self.name.setText(member.name)
                self.position.setText(member.position)
                self.active.setChecked(member.active)

    def submit(self):
        return self.services.council.save_member(
            self.member.id if self.member else None,
            MemberInput(self.name.text(), self.position.text(), self.active.isChecked())).id


class GroundDialog(RecordDialog):
    def __init__(self, services, ground=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.ground = services, ground
        self.setWindowTitle(self.tr("Ground for accompaniment"))
        self.setMinimumSize(520, 260)
        self.code = self.add_field("code", self.tr("&Code"), QLineEdit())
        self.code.setPlaceholderText(self.tr("Latin letters, e.g. family_move"))
        self.name_kk = self.add_field("name_kk", self.tr("Name in &Kazakh"), QLineEdit())
        self.name_ru = self.add_field("name_ru", self.tr("Name in &Russian"), QLineEdit())
        self.active = self.add_field("active", self.tr("&In use"), QCheckBox())
        self.active.setChecked(True)
        if ground is not None:
            with self.quietly():
                self.code.setText(ground.code)
                self.code.setReadOnly(True)
                self.name_kk.setText(ground.name_kk)
                self.name_ru.setText(ground.name_ru)
                self.active.setChecked(ground.active)

    def submit(self):
        return self.services.accompaniment.save_ground(
            self.ground.id if self.ground else None,
            GroundInput(self.code.text(), self.name_ru.text(), self.name_kk.text(),
                        self.active.isChecked())).id


class _ListTab(QWidget):
    """A short list with Add / Edit; double-click edits."""

    changed = Signal()

    def __init__(self, services, headers: list[str], hint: str, parent=None):
        super().__init__(parent)
        self.services = services
        self.rows: list = []
        self.table = QTableWidget(0, len(headers))
        setup_table(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        writable = services.ctx.can(COUNCIL_WRITE)
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable)
        bar = QHBoxLayout()
        bar.addWidget(hint_label(hint), 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.rows = self.read()
        self.table.setRowCount(0)
        for r, row in enumerate(self.rows):
            self.table.insertRow(r)
            for c, text in enumerate(self.cells(row)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def edit(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.services.ctx.can(COUNCIL_WRITE):
            self.open_dialog(self.rows[row])

    def _saved(self, *_args) -> None:
        self.refresh()
        self.changed.emit()


class MembersTab(_ListTab):
    def __init__(self, services, parent=None):
        super().__init__(services, [self.tr("Name"), self.tr("Position"), self.tr("On the council")],
                         self.tr("Who sits on the school's prevention council. A member who "
                                 "left stays in the minutes they signed."), parent)
        self.refresh()

    def read(self):
        return self.services.council.members(include_inactive=True)

    def cells(self, m):
        return [m.name, m.position, self.tr("yes") if m.active else self.tr("no")]

    def open_dialog(self, member) -> None:
        self.dialog = show_dialog(MemberDialog(self.services, member, self), self._saved)


class GroundsTab(_ListTab):
    def __init__(self, services, parent=None):
        super().__init__(services, [self.tr("Ground"), self.tr("Code"), self.tr("In use")],
                         self.tr("The grounds for accompaniment: the law's categories are "
                                 "shipped; the school may rename them, add its own and switch "
                                 "any off."), parent)
        self.refresh()

    def read(self):
        return self.services.accompaniment.grounds(include_inactive=True)

    def cells(self, g):
        return [ground_name(g), g.code, self.tr("yes") if g.active else self.tr("no")]

    def open_dialog(self, ground) -> None:
        self.dialog = show_dialog(GroundDialog(self.services, ground, self), self._saved)
