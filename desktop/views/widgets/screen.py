"""The room a window has: the screen's available area (without the task bar), and sizing a
dialog to what it wants but never beyond that room, so its buttons stay on the screen.

Every window asks `available()`, so the size tests set the screen they test (one process
cannot have several real screens)."""

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 30  # a window's title bar and frame, drawn by the system around it


def available(widget: QWidget | None = None) -> QRect:
    """The screen's area without the task bar: the widget's screen, else the primary one."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def room(widget: QWidget | None = None) -> QSize:
    """The largest a window's inside may be: the available area less its title bar."""
    area = available(widget)
    return QSize(area.width(), area.height() - TITLE_BAR)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to `width` x `height`, or less where the screen has less room."""
    limit = room(window)
    window.resize(min(width, limit.width()), min(height, limit.height()))
