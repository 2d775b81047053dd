"""Settings → School server: where the team journal stands and «Sync now», the conflicts; on a
journal of its own, setting the school's server up from it (as `senim server init` does).
The work itself is the application's (desktop/app/team_sync.py): this dialog asks for it by
its signals and is told the outcome."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from ...models.team import TeamStatus
from ..widgets.field_form import ERROR_STYLE
from .team_status import fault_text, when


class SchoolServerDialog(QDialog):
    sync_requested = Signal()
    conflicts_requested = Signal()
    # (the URL with the owner's name, the owner's password, the signed-in user's password)
    set_up_requested = Signal(str, str, str)

    def __init__(self, status: TeamStatus | None, may_set_up: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("School server"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout = QVBoxLayout(self)
        if status is not None:
            self._joined(layout, status)
        else:
            self._alone(layout, may_set_up)
        layout.addWidget(self.outcome)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    # -- a replica of the school's journal -------------------------------------------------

    def _joined(self, layout, status: TeamStatus) -> None:
        form = QFormLayout()
        self.url = QLabel(status.server_url)
        self.state = QLabel()
        self.state.setWordWrap(True)
        form.addRow(self.tr("Server:"), self.url)
        form.addRow(self.tr("State:"), self.state)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.clicked.connect(self._sync)
        self.conflicts_button = QPushButton(self.tr("&Conflicts…"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.conflicts_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.show_status(status)

    def show_status(self, status: TeamStatus) -> None:
        lines = []
        if status.last_success_at is not None:
            lines.append(self.tr("Last synced at {time}.").format(
                time=when(status.last_success_at)))
        else:
            lines.append(self.tr("Not synced yet."))
        if status.offline_since is not None:
            lines.append(self.tr("Offline since {time}: {reason}.").format(
                time=when(status.offline_since), reason=fault_text(status.last_error)))
        lines.append(self.tr("Changes waiting to be sent: {n}.").format(n=status.waiting))
        lines.append(self.tr("Open conflicts: {n}.").format(n=status.conflicts))
        self.state.setText("\n".join(lines))
        self.conflicts_button.setEnabled(status.conflicts > 0)

    def _sync(self) -> None:
        self.sync_button.setEnabled(False)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Syncing…"))
        self.sync_requested.emit()

    def synced(self, status: TeamStatus, pushed: int, pulled: int, conflicts: int) -> None:
        self.sync_button.setEnabled(True)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Sent {pushed}, received {pulled}, new conflicts: "
                                     "{conflicts}.").format(pushed=pushed, pulled=pulled,
                                                            conflicts=conflicts))
        self.show_status(status)

    def failed(self, reason: str, status: TeamStatus | None = None) -> None:
        if hasattr(self, "sync_button"):
            self.sync_button.setEnabled(True)
        if hasattr(self, "set_up_button"):
            self.set_up_button.setEnabled(True)
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(reason)
        if status is not None and hasattr(self, "state"):
            self.show_status(status)

    # -- a journal of its own --------------------------------------------------------------

    def _alone(self, layout, may_set_up: bool) -> None:
        intro = QLabel(self.tr(
            "This journal is on this laptop only. A school whose staff each have a laptop can "
            "share one journal through the school's own PostgreSQL server: each laptop keeps "
            "working with no network and syncs when the server answers. Confidential notes "
            "reach the server only encrypted."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not may_set_up:
            note = QLabel(self.tr("A psychologist sets the school's server up."))
            note.setWordWrap(True)
            layout.addWidget(note)
            return
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://OWNER@HOST:5432/DATABASE")
        self.url_edit.setMinimumWidth(self.url_edit.fontMetrics().horizontalAdvance(
            self.url_edit.placeholderText()) + 24)  # never narrower than its example
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server's address:"), self.url_edit)
        form.addRow(self.tr("Owner's password:"), self.password_edit)
        self.own_password_edit = QLineEdit()
        self.own_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Your password:"), self.own_password_edit)
        layout.addLayout(form)
        hint = QLabel(self.tr(
            "An empty database made by the school's IT person (README: «The school server»). "
            "This journal becomes the school's first copy; the other laptops then join it "
            "with `senim join`."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.set_up_button = QPushButton(self.tr("Set the school's server &up"))
        self.set_up_button.clicked.connect(self._set_up)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.set_up_button)
        layout.addLayout(row)

    def _set_up(self) -> None:
        url, password = self.url_edit.text().strip(), self.password_edit.text()
        own = self.own_password_edit.text()
        if not url or not password or not own:
            self.failed(self.tr("Give the server's address, its owner's password and your "
                                "own password (your login on the server is made from it)."))
            return
        self.set_up_button.setEnabled(False)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Setting the server up…"))
        self.set_up_requested.emit(url, password, own)

    def set_up_done(self, records: int) -> None:
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("The school's server is set up: {n} records sent. Close "
                                     "this window and open it again to see its state."
                                     ).format(n=records))
