"""The sign-in panel: the first thing the window shows. It says nothing about whether a
user name exists, and counts down when the keyring asks to wait after failed attempts."""

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from .field_form import ERROR_STYLE


class SignInPanel(QWidget):
    submitted = Signal(str, str)  # user name, password

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        card = QFrame()
        card.setObjectName("signInCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(460)
        title = QLabel("Senim")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Sign in to open the journal."))
        subtitle.setWordWrap(True)

        self.user = QLineEdit()
        self.user.setObjectName("userName")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        user_label = QLabel(self.tr("&User name"))
        user_label.setBuddy(self.user)
        password_label = QLabel(self.tr("&Password"))
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.user)
        form.addRow(password_label, self.password)

        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.status = QLabel()
        self.status.setObjectName("signInStatus")
        self.status.hide()
        self.button = QPushButton(self.tr("&Sign in"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.status)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.user)

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        if not self.user.text().strip() or not self.password.text():
            self.show_error(self.tr("Enter your user name and password."))
            return
        self.set_busy(True)
        self.submitted.emit(self.user.text().strip(), self.password.text())

    def set_busy(self, busy: bool) -> None:
        for w in (self.user, self.password, self.button):
            w.setEnabled(not busy)
        self.status.setText(self.tr("Opening the journal…"))
        self.status.setVisible(busy)
        if busy:
            self.message.hide()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def failed(self) -> None:
        """Wrong user name or password: which one is never said."""
        self.set_busy(False)
        self.password.clear()
        self.show_error(self.tr("The user name or the password is wrong."))
        self.password.setFocus()

    def wait(self, seconds: float) -> None:
        """Too many failures: no attempt is checked until the wait is over."""
        self.set_busy(False)
        # Whole seconds, rounded up: the button never comes back before the keyring allows.
        self._wait_left = math.ceil(seconds)
        self.button.setEnabled(False)
        self.password.setFocus()  # the typed password was not checked: Enter after the wait
        self._tick(first=True)
        if self._wait_left > 0:
            self._timer.start()

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._timer.stop()
            pass
            self.show_error(self.tr("You may try again now."))
            return
        self.show_error(self.tr("Too many failed attempts. Try again in {seconds} s.").format(
            seconds=self._wait_left))
