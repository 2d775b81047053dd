"""The damaged-journal screen: the journal file cannot be read (found when signing in, or by
the quick check that runs after). Senim has closed it and writes nothing more to it; the
screen offers the latest verified backup, the backups folder, and quitting.

Restoring runs the same restore as `senim restore` (desktop/backups.py): the backup is
verified, the damaged file moves aside into before-restore-<time>/ (never deleted), and the
backup takes its place. Then the user signs in again.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QStyle, QVBoxLayout, QWidget,
)

from ...faults import EMPTY
from ..widgets.field_form import ERROR_STYLE
from ..widgets.fmt import format_datetime
from ..widgets.tasks import Task, run_task


def latest_verified(data_dir: Path, second: str | None):
    """The newest verified backup in the data folder's backups/ and the second folder."""
    # lazy: this can be the first window; backups (SQLAlchemy) load when asked (start-up)
    from ...backups import backup_folders, newest_verified

    found = [b for f in backup_folders(data_dir, second) if (b := newest_verified(f))]
    return max(found, key=lambda b: b.taken_at, default=None)


class DamagedDialog(QDialog):
    """`restore(path)` puts the backup at `path` in place of the journal (raises BackupError);
    it runs on a worker thread."""

    restored = Signal(object)  # the restored backup's time (datetime)
    quit_requested = Signal()

    def __init__(self, data_dir: Path, second: str | None, restore: Callable[[Path], object],
                 parent: QWidget | None = None, missing: str | None = None):
        """`missing`: faults.MISSING or faults.EMPTY when the journal's file is not there
        (or is empty) beside its keyring, rather than damaged."""
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._restore = restore
        self._task: Task | None = None  # the restore under way
        self.backup = latest_verified(self.data_dir, second)
        self.missing = missing
        self.setWindowTitle(self.tr("The journal is missing") if missing
                            else self.tr("The journal is damaged"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self.tr("The journal file is damaged"))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.explanation = QLabel(self.tr(
            "Part of the journal file on this computer can no longer be read. Senim has closed "
            "it and will write nothing more to it, so nothing more is lost."))
        self.advice = QLabel()
        if missing:
            self.heading.setText(self.tr("The journal file is empty") if missing == EMPTY
                                 else self.tr("The journal file is missing"))
            self.explanation.setText(self.tr(
                "The journal file senim.db is missing from {folder} (or is empty), although "
                "the folder has its keys (keys.json). Senim has created nothing in its "
                "place.").format(folder=self.data_dir))
        for label in (self.explanation, self.advice):
            label.setWordWrap(True)
            label.setMinimumWidth(560)  # wrapped text sizes the window, never clipped
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(560)
        self.status.hide()

        self.restore_button = QPushButton()
        self.open_button = QPushButton()
        self.quit_button = QPushButton(self.tr("&Quit Senim"))
        if self.backup is not None and missing:
            when = format_datetime(self.backup.taken_at)
            self.advice.setText(self.tr(
                "The latest verified backup is from {when}. Restoring it puts it in place of "
                "the missing journal; anything entered after {when} is not in it.").format(
                    when=when))
        elif missing:
            self.advice.setText(self.tr(
                "There is no verified backup to restore. Do not set up a new journal: quit "
                "Senim and put senim.db back into {folder} from where it was moved or copied, "
                "or ask a technician.").format(folder=self.data_dir))
        if self.backup is not None:
            when = format_datetime(self.backup.taken_at)
            self.advice.setText(self.advice.text() or self.tr(
                "The latest verified backup is from {when}. Restoring it puts it in place of "
                "the journal; anything entered after {when} is not in it. The damaged file is "
                "not deleted: it is kept in a before-restore folder in {folder}.").format(
                    when=when, folder=self.data_dir))
            self.advice.setText(self.advice.text() + " " + self.tr(
                "Accounts and passwords come back as they were then: a password changed since "
                "then no longer works."))
            self.restore_button.setText(
                self.tr("&Restore the latest verified backup (from {when})").format(when=when))
            self.open_button.setText(self.tr("Open the &Backups folder"))
        else:
            self.advice.setText(self.advice.text() or self.tr(
                "There is no verified backup to restore. Do not delete anything: quit Senim, "
                "copy the whole folder {folder} to a USB stick as it is, and give it to a "
                "technician, who can check it with the command senim check.").format(
                    folder=self.data_dir))
            self.restore_button.hide()
            self.open_button.setText(self.tr("Open the &data folder"))
        self.restore_button.clicked.connect(self.restore)
        self.open_button.clicked.connect(self.open_folder)
        self.quit_button.clicked.connect(self.quit)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        text.addWidget(self.advice)
        text.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addSpacing(8)
        lay.addLayout(buttons)
        (self.restore_button if self.backup is not None else self.open_button).setDefault(True)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def folder(self) -> Path:
        return self.backup.path.parent if self.backup is not None else self.data_dir

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))

    def restore(self) -> None:
        """On a worker thread: the backup is checked again and copied in."""
        if self.backup is None or self._task is not None:
            return
        # lazy: this can be the first window; backups (SQLAlchemy) load when asked (start-up)
        from ...backups import BackupError

        path = self.backup.path

        def work():  # the BackupError's plain reason, or None when restored
            try:
                self._restore(path)
            except BackupError as exc:
                return str(exc)
            except Exception as exc:  # noqa: BLE001 - said plainly; the log has the type
                return type(exc).__name__
            return None

        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Restoring the backup…"))
        self.status.show()
        self._task = run_task(work, self._finished, name="restore")

    def _set_busy(self, busy: bool) -> None:
        for b in (self.restore_button, self.open_button, self.quit_button):
            b.setEnabled(not busy)

    def _finished(self, problem) -> None:
        self._task = None
        self._set_busy(False)
        if problem is None:
            self.restored.emit(self.backup.taken_at)
            self.accept()
            return
        # The reason is the check's own words (English, no personal data), as in Backups….
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr(
            "The backup could not be put in place ({reason}). The journal was left as it "
            "was; nothing was deleted.").format(reason=problem))

    def quit(self) -> None:
        self.reject()
        self.quit_requested.emit()

    def reject(self) -> None:
        if self._task is None:  # never closed halfway through a restore
            super().reject()
