"""The message for an error nobody expected (the app's sys.excepthook), as Vorta's exception
dialog does: what happened in plain words, "Copy details" for whoever helps, and "Open the log
folder".

The details are the version, the system and the error's kind and place in Senim's code: never
the error's message (the database layer's can quote what was typed), never a value, never a
path outside Senim's own files (a home folder holds the user's name).
"""

import platform
import traceback
from pathlib import Path

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget,
)

from ... import __version__

# The innermost frames the details name: enough to find the place, short enough to paste.
FRAMES = 6


def details(exc: BaseException) -> str:
    """What "Copy details" copies: plain text, no personal data."""
    kind = type(exc)
    lines = [f"Senim {__version__}",
             f"Python {platform.python_version()}, Qt {qVersion()}, "
             f"{platform.system()} {platform.release()} ({platform.machine()})",
             f"Error: {kind.__module__}.{kind.__qualname__}"]
    frames = traceback.extract_tb(exc.__traceback__)[-FRAMES:]
    if frames:
        lines.append("Where (innermost last):")
        lines += [f"  {_code_path(f.filename)}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)


def _code_path(filename: str) -> str:
    """desktop/… for Senim's files, the file's name alone for any other (a library's path
    would show where it is installed, which can be a home folder)."""
    parts = Path(filename).parts
    if "desktop" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("desktop"):])
    return Path(filename).name


class UnexpectedErrorDialog(QDialog):
    """UnexpectedErrorDialog(text, exc, log_folder=None): `text` says what happened and what
    to do; without a log folder (no log was set up) its button is not shown."""

    def __init__(self, text: str, exc: BaseException, log_folder: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Senim")
        self.details = details(exc)
        self.log_folder = log_folder

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(360)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setToolTip(self.tr(
            "The version and the kind of error, for whoever helps you: no names, no notes."))
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = QPushButton(self.tr("Open the &log folder"))
        self.open_button.clicked.connect(self.open_log_folder)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(log_folder is not None)
        self.buttons.accepted.connect(self.accept)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))

    def open_log_folder(self) -> None:
        if self.log_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))
