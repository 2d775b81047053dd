"""The sign-in panel: the first thing the window shows. It says nothing about whether a
user name exists, and counts down when the keyring asks to wait after failed attempts.

Locked (lock_to(user)), it opens the journal again for the user who locked it: the user name
is fixed, and "Sign out" lets someone else sign in instead (the app asks first when that
would discard unsaved forms)."""

import math
import re

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ..widgets.colors import ERROR_STYLE
from ..first_window import Qt, centred


_LONG_WORD = re.compile(r"\S{30,}")


def _breakable(text: str) -> str:
    """Long runs without spaces (a data folder's path in a message) may wrap after a path
    separator, instead of being cut off at the card's edge. Other text is left as it is."""
    return _LONG_WORD.sub(lambda m: re.sub(r"([\\/_])", "\\1\u200b", m.group()), text)


class SignInPanel(QWidget):
    submitted = Signal(str, str)  # user name, password
    sign_out_requested = Signal()  # locked: someone else wants to sign in
    forgot_password = Signal()  # set a new one with the recovery key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        card = QFrame()
        card.setObjectName("signInCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        # A fixed width: the fields fit a long user name, the card does not jump when a
        # message appears, and wrapped messages get the height they need at this width.
        card.setFixedWidth(440)
        title = QLabel("Senim")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.subtitle = subtitle = QLabel(self.tr("Sign in to open the journal."))
        subtitle.setObjectName("signInSubtitle")
        subtitle.setWordWrap(True)
        self._locked_user: str | None = None

        self.user = QLineEdit()
        self.user.setObjectName("userName")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        # Someone else at the locked laptop: their attempt never counts against the locked
        # user, whose name cannot be typed over (the field is read-only while locked).
        self.sign_out_button = QPushButton(self.tr("Sign in as &someone else"))
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.sign_out_button.hide()
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
        self.forgot_button = QPushButton(self.tr("&Forgot the password?"))
        self.forgot_button.setObjectName("forgotPassword")
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        inner.addLayout(buttons)
        # Its own row: beside the other two its words would be cut in Kazakh and Russian.
        alone = QHBoxLayout()
        alone.addWidget(self.sign_out_button)
        alone.addStretch(1)
        inner.addLayout(alone)

        # Centred by stretches, not by an alignment flag: with the flag the layout measures
        # the wrapped messages at its own full width and squeezes the card's fields.
        centred(card, self, below=2)
        self.setFocusProxy(self.user)

    @property
    def locked_user(self) -> str | None:
        """The user the journal is locked for, or None when anyone may sign in."""
        return self._locked_user

    def password_recovered(self, user: str) -> None:
        """A new password was set with the recovery key: sign in with it."""
        if self.user.isEnabled() and not self.user.isReadOnly():
            self.user.setText(user)
        self.show_notice(self.tr("A new password is set. Sign in with it."))
        self.password.clear()
        self.password.setFocus()

    def show_notice(self, text: str) -> None:
        """Good news or a plain fact (not an error), in the message's place."""
        self.show_error(text)
        self.message.setStyleSheet("font-weight: bold;")

    def lock_to(self, user: str | None) -> None:
        """Locked for `user`: only their password is asked for. None: the ordinary panel."""
        self._locked_user = user
        self.user.setText(user or "")
        self.user.setReadOnly(user is not None)
        self.user.setFocusPolicy(Qt.FocusPolicy.NoFocus if user is not None
                                 else Qt.FocusPolicy.StrongFocus)
        self.password.clear()
        self.message.hide()
        self.subtitle.setText(
            self.tr("{user}'s journal is locked. Sign in again to go on.").format(user=user)
            if user is not None else self.tr("Sign in to open the journal."))
        self.sign_out_button.setVisible(user is not None)
        field = self.password if user is not None else self.user
        self.setFocusProxy(field)
        if self.isVisible():
            field.setFocus()

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        if not self.user.text().strip() or not self.password.text():
            self.show_error(self.tr("Enter your user name and password."))
            (self.password if self.user.text().strip() else self.user).setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(self.user.text().strip(), self.password.text())

    def set_busy(self, busy: bool) -> None:
        for w in (self.user, self.password, self.button, self.sign_out_button):
            w.setEnabled(not busy)
        self.status.setText(self.tr("Opening the journal…"))
        self.status.setVisible(busy)
        if busy:
            self.message.hide()

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(_breakable(text))
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
            self.button.setEnabled(True)
            self.show_error(self.tr("You may try again now."))
            return
        self.show_error(self.tr("Too many failed attempts. Try again in {seconds} s.").format(
            seconds=self._wait_left))
