"""On a new laptop, from the first-run wizard: join the school's journal on its server (as
`senim join`). The account's name and password log in to the server and open the school's
keyring; the laptop then holds what that account may see. The work runs on a worker thread;
the dialog says what went wrong in one line, and a failed join leaves the folder empty."""

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ...logs import describe_exception
from ...security import BadCredentials
from ..widgets.field_form import ERROR_STYLE
from ..widgets.tasks import run_task
from .team_status import fault_text


class JoinServerDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.joined = None  # the server's Joined, once done
        self.setWindowTitle(self.tr("Join the school's journal"))
        intro = QLabel(self.tr(
            "The school keeps one journal on its own server. Give the server's address (from "
            "the school's IT person) and your Senim name and password: this laptop gets what "
            "your role may see, and keeps working without the network."))
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://HOST:5432/DATABASE")
        # The address is long: never narrower than its example (a Russian intro wraps the
        # dialog narrow enough to cut it).
        self.url.setMinimumWidth(self.url.fontMetrics().horizontalAdvance(
            self.url.placeholderText()) + 24)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server's address:"), self.url)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Join"))
        self.buttons.accepted.connect(self._join)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def _join(self) -> None:
        # lazy: the server's modules load only when a laptop joins one
        from ...server.joining import join

        url, user, password = self.url.text().strip(), self.user.text().strip(), \
            self.password.text()
        if not url or not user or not password:
            self._fail(self.tr("Give the server's address, your user name and your password."))
            return
        self.buttons.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Joining: the school's records are coming…"))
        run_task(lambda: join(url, self.data_dir, user, password), self._done, self._failed,
                 name="join")

    def _done(self, joined) -> None:
        self.unsetCursor()
        self.joined = joined
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        self.buttons.setEnabled(True)
        if isinstance(exc, BadCredentials):
            self._fail(self.tr("The school's keyring does not open with this name and "
                               "password."))
            return
        code = getattr(exc, "code", None)
        if code is None:
            logging.getLogger(__name__).error("joining failed: %s", describe_exception(exc))
        self._fail(fault_text(code or type(exc).__name__))

    def _fail(self, text: str) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(text)
