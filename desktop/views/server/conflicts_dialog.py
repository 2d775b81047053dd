"""The conflicts sync kept: the same field changed here and on the school's server. The
server's value was kept; each conflict shows both side by side, and whoever may write that
record keeps the server's or uses this laptop's (sent by the next sync)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...models.validation import ValidationError
from ...services.context import NotAllowed
from ..widgets.labels import label
from ..widgets.messages import message
from .team_status import when


class ConflictsDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Conflicts with the school's server"))
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.mine = _value_box()
        self.theirs = _value_box()
        self.explain = QLabel(self.tr(
            "The same field was changed on this laptop and by someone else. The server's "
            "value was kept; nothing is lost until you choose."))
        self.explain.setWordWrap(True)
        self.use_mine = QPushButton(self.tr("&Use this laptop's"))
        self.keep_theirs = QPushButton(self.tr("&Keep the server's"))
        self.use_mine.clicked.connect(lambda: self._resolve(True))
        self.keep_theirs.clicked.connect(lambda: self._resolve(False))
        sides = QGridLayout()
        sides.addWidget(QLabel(self.tr("On this laptop")), 0, 0)
        sides.addWidget(QLabel(self.tr("On the server (kept)")), 0, 1)
        sides.addWidget(self.mine, 1, 0)
        sides.addWidget(self.theirs, 1, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.use_mine)
        actions.addWidget(self.keep_theirs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.list, 1)
        layout.addLayout(sides, 2)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(820, 520)
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.services.team.conflicts()
        self.list.clear()
        for c in self.conflicts:
            what = label("audit_entity", c.kind) or c.kind
            who = f" — {c.record_label}" if c.record_label else ""
            item = QListWidgetItem(self.tr("{record}{who}: {field} ({when})").format(
                record=what, who=who, field=_field(c.field), when=when(c.found_at)))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        if not self.conflicts:
            self.list.addItem(self.tr("No open conflicts."))
        self.list.setCurrentRow(0)
        self._show(0 if self.conflicts else -1)

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        self.mine.setPlainText(conflict.mine if conflict else "")
        self.theirs.setPlainText(conflict.theirs if conflict else "")
        self.use_mine.setEnabled(bool(conflict and conflict.can_use_mine))
        self.keep_theirs.setEnabled(conflict is not None)

    def _resolve(self, use_mine: bool) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        try:
            self.services.team.resolve(self.conflicts[row].id, use_mine)
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc.errors[0].code))
        except NotAllowed:
            QMessageBox.warning(self, self.windowTitle(), message("not_allowed"))
        self.reload()


def _value_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    return box


def _field(name: str) -> str:
    if name == "(removed)":
        return QCoreApplication.translate("ConflictsDialog", "removed on one side")
    try:
        return label("audit_field", name)
    except KeyError:  # no field names translated yet: the column's own
        return name
