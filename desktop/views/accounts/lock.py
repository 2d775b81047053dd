"""The parts of locking that are widgets or events: the idle watch, the blank screen, the
"Lock after" dialog, and finding and closing the windows that must not stay open. The lock
itself (dropping the key, keeping the unsaved forms) is the application's: see Locking.lock()
in desktop/app/locking.py."""

import math
import sys
import time
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)
from shiboken6 import isValid

from ...settings import AUTO_LOCK_MAX, AUTO_LOCK_MIN
from ..first_window import Qt

# What counts as someone at the computer. Moves of the mouse reach the application's
# filter even over widgets that do not track the mouse (they are sent to the window first).
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})
_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})


@cache
def _modifiers():
    """Shift, Ctrl, Alt and Meta: made at the first key, not before the first window."""
    return (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


def _clock() -> Callable[[], float]:
    """Seconds on a clock that keeps counting while the computer sleeps: a laptop closed for
    an hour was idle for an hour. (time.monotonic stops during sleep on Linux and macOS.)"""
    if hasattr(time, "CLOCK_BOOTTIME"):  # Linux
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":  # CLOCK_MONOTONIC counts sleep there
        return lambda: time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic  # Windows: counts sleep


LOCK_SHORTCUT = "Ctrl+L"
BLANK_SHORTCUT = "F12"  # Pause blanks the screen too


def is_lock_key(event: QKeyEvent) -> bool:
    return (event.key() == Qt.Key.Key_L
            and event.modifiers() & _modifiers() == Qt.KeyboardModifier.ControlModifier)


def is_blank_key(event: QKeyEvent) -> bool:
    return (event.key() in (Qt.Key.Key_F12, Qt.Key.Key_Pause)
            and not event.modifiers() & _modifiers())


def is_return_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Escape and not event.modifiers() & _modifiers()


class IdleWatch(QObject):
    """Installed on the application: every key press, click, mouse move, wheel turn or touch,
    in any window, puts the idle clock back to zero; `idle` is emitted when it reaches the
    interval. Runs only between start() and stop() (signed in and not locked), and only
    then is it installed: before the first window every event of every widget being built
    would pass through Python, and the first unknown internal class among them makes PySide
    create the Python classes of Qt's every enum (≈ 40 ms of the start).

    It also hands every key event to `on_key(receiver, event)`, if set, which returns True to
    swallow it: the lock and blank keys must work from a window-modal form too, where the main
    window's shortcuts are shadowed.

    The clock is a time stamp, not a timer restarted on each event: mouse moves come by the
    hundred, and the timer then only wakes up when the interval could be over. The first
    input after the interval is over (the timer is late after the computer slept) locks
    instead of counting: it and any that follow before the lock are swallowed."""

    idle = Signal()

    def __init__(self, app, minutes: Callable[[], int]):
        super().__init__()
        self._app = app
        self._minutes = minutes
        self.timeout_ms: int | None = None  # instead of the minutes (tests)
        self.on_key: Callable[[QObject, QKeyEvent], bool] | None = None
        self.clock = _clock()
        self._last = self.clock()
        self._running = False
        self._expired = False  # time is up: input is swallowed until stop() or start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    @property
    def running(self) -> bool:
        return self._running

    def interval_ms(self) -> int:
        return self.timeout_ms if self.timeout_ms is not None else self._minutes() * 60_000

    def idle_ms(self) -> float:
        """How long since the last input."""
        return (self.clock() - self._last) * 1000

    def start(self) -> None:
        """(Re)start counting from now, with the current interval."""
        self._last = self.clock()
        self._running, self._expired = True, False
        self._timer.start(self.interval_ms())
        self._app.installEventFilter(self)  # once: Qt moves a filter installed again

    def stop(self) -> None:
        self._running = self._expired = False
        self._timer.stop()
        self._app.removeEventFilter(self)

    def close(self) -> None:
        self.stop()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in _INPUT:
            if self._expired:
                return True
            now = self.clock()
            if self._running and (now - self._last) * 1000 >= self.interval_ms():
                self._time_is_up()
                return True
            self._last = now
            if kind in _KEYS and self.on_key is not None:
                return self.on_key(obj, event)
        return False

    def _check(self) -> None:
        if not self._running:
            return
        left = self.interval_ms() - self.idle_ms()
        if left > 0:
            self._timer.start(max(1, math.ceil(left)))
            return
        self._time_is_up()

    def _time_is_up(self) -> None:
        self._running, self._expired = False, True
        self._timer.stop()
        # After the current event: the lock rebuilds the window that may be receiving it.
        QTimer.singleShot(0, self.idle.emit)


class BlankScreen(QWidget):
    """A plain cover over a window: nothing under it shows. Over the main window it says how
    to come back (Esc, or the Show button) and nothing else; over other windows (a message
    box, the pupil picker) it is empty."""

    show_requested = Signal()

    def __init__(self, window: QWidget, hint: bool = True):
        super().__init__(window)
        self.setObjectName("blankScreen")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint = self.button = None
        if hint:
            self.hint = QLabel(self.tr("Press Esc to return."))
            self.hint.setObjectName("blankHint")
            self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.hint.setEnabled(False)  # greyed: small and neutral
            self.button = QPushButton(self.tr("Show"))
            self.button.setObjectName("blankShow")
            self.button.clicked.connect(self.show_requested)
            lay = QVBoxLayout(self)
            lay.addStretch(1)
            lay.addWidget(self.hint)
            lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
            lay.addStretch(1)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        self.setFocus()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
            self.raise_()
        return False

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab stays on the cover: never on a field hidden under it

    def remove(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class LockAfterDialog(QDialog):
    """Settings → Lock after…: the idle minutes before the journal locks itself (1 to 120;
    never is not offered)."""

    def __init__(self, minutes: int, parent: QWidget | None = None):
        # lazy: the lock's minutes are set long after the first window (start-up)
        from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

        from ..widgets.record_dialog import fit_to_screen

        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock after"))
        text = QLabel(self.tr("Lock the journal after this many minutes without use. Signing "
                              "in again opens it where you left off."))
        text.setWordWrap(True)
        self.minutes_box = QSpinBox()
        self.minutes_box.setObjectName("autoLockMinutes")
        self.minutes_box.setRange(AUTO_LOCK_MIN, AUTO_LOCK_MAX)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.minutes_box.setValue(minutes)
        text.setBuddy(self.minutes_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.minutes_box, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.buttons)
        self.minutes_box.setFocus()
        fit_to_screen(self, 380, self.sizeHint().height())

    def minutes(self) -> int:
        return self.minutes_box.value()


# --- windows at a lock -------------------------------------------------------------------

def holds_password(dialog) -> bool:
    """A form with a password field (an account's) is never kept across a lock."""
    return any(e.echoMode() != QLineEdit.EchoMode.Normal for e in dialog.findChildren(QLineEdit))


def windows_of(window) -> list[QWidget]:
    """The visible windows in front of the main window (dialogs, message boxes), deepest first."""
    found = [w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()
             and not w.windowType() == Qt.WindowType.Popup]

    def depth(w):
        n = 0
        while (w := w.parentWidget()) is not None:
            n += 1
        return n

    return sorted(found, key=depth, reverse=True)


def descends(widget: QWidget, ancestor: QWidget) -> bool:
    """`widget` is inside `ancestor`, across windows too (QWidget.isAncestorOf stops at one)."""
    while (widget := widget.parentWidget()) is not None:
        if widget is ancestor:
            return True
    return False


def close_windows(windows) -> None:
    """Cancel them: a message box as with Esc, a dialog as with Cancel (a form with unsaved
    changes is discarded: see lock())."""
    # lazy: loads when first opened, not before the first window (start-up)
    from PySide6.QtWidgets import QMessageBox

    from ..widgets.record_dialog import RecordDialog

    for w in windows:
        if not isValid(w):
            continue
        if isinstance(w, RecordDialog):
            w.discard()
        elif isinstance(w, QMessageBox):
            w.close()
        elif isinstance(w, QDialog):
            w.reject()
        else:
            w.close()


def discard_forms(dialogs) -> None:
    for dialog in dialogs:
        if isValid(dialog):
            dialog.discard()


def close_popups() -> None:
    """Open menus and drop-down lists close first (they may show names)."""
    for _ in range(20):
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()
