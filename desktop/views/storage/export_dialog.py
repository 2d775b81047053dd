"""File → Export all data…: every record the user may see, as CSV files with a README and
one Excel workbook, into a new folder inside the folder chosen (desktop/services/export.py).

The export runs on a worker thread (the window stays usable) with a progress bar and a
Cancel that works; a cancelled or failed export leaves nothing in the folder. The box for
confidential session notes is enabled only for who may read them."""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from ...logs import describe_exception
from ...services.errors import NotAllowed
from ...services.export import ExportCancelled
from .file_dialogs import EXPORT, ask_folder_path, remember_folder, start_folder
from ..widgets.field_form import ERROR_STYLE
from ..widgets.fmt import format_count
from ..widgets.tasks import Task, journal_worker
from ..widgets.record_dialog import fit_to_screen

log = logging.getLogger(__name__)

NOTES_STYLE = "color: #8a4b00;"


class ExportDialog(QDialog):
    finished_export = Signal(str)  # "done", "cancelled" or "failed", once the worker ends

    def __init__(self, services, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Export all data"))
        self._task: Task | None = None  # the export under way
        self.result_path: Path | None = None

        intro = QLabel(self.tr(
            "Every record you may see is written as CSV files, with a README that describes "
            "each column, and as one Excel workbook. They go into a new folder inside the "
            "folder you choose; nothing there is overwritten."))
        intro.setWordWrap(True)
        warning = QLabel(self.tr(
            "These files are not encrypted and hold children's personal data, IINs included. "
            "Keep them on an encrypted disk and delete them when they are no longer needed."))
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")

        self.folder = QLineEdit(str(folder or start_folder(EXPORT)))
        self.folder.setObjectName("exportFolder")
        self.folder.textChanged.connect(self._update_buttons)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)

        self.notes = QCheckBox(self.tr("Include confidential session &notes"))
        allowed = services.export.may_include_notes()
        self.notes.setEnabled(allowed)
        self.notes_hint = QLabel(
            self.tr("Anyone who opens the files will be able to read the notes.") if allowed
            else self.tr("Only a psychologist may export confidential notes."))
        self.notes_hint.setWordWrap(True)
        self.notes_hint.setStyleSheet(NOTES_STYLE if allowed else "")

        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(
            self.tr("&Open the folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self._close_clicked)
        self.export_button.setDefault(True)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(warning)
        lay.addLayout(folder_row)
        lay.addWidget(self.notes)
        lay.addWidget(self.notes_hint)
        lay.addWidget(self.progress_bar)
        lay.addWidget(self.status)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 560, 320)
        self._update_buttons()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop)

    # --- the user's side ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None

    def choose_folder(self) -> None:
        chosen = ask_folder_path(self, EXPORT, self.tr("Export into which folder?"),
                                 self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        if self.running or not self.folder.text().strip():
            return
        target = Path(self.folder.text().strip()).expanduser()
        if target.is_dir():  # typed in rather than chosen: the next export starts there too
            remember_folder(EXPORT, target)
        notes = self.notes.isChecked() and self.notes.isEnabled()
        self.result_path = None
        self.progress_bar.setRange(0, 0)  # busy until the first count
        self.progress_bar.setVisible(True)
        self.open_button.setVisible(False)
        self._set_status(self.tr("Exporting…"))
        export, task = self.services.export, Task("export")
        task.progress.connect(self._progress)

        def work():
            try:
                return "done", export.export_all(target, include_notes=notes,
                                                 progress=task.progress.emit,
                                                 cancel=task.cancel)
            except ExportCancelled:
                return "cancelled", None
            except NotAllowed:
                return "failed", "not_allowed"
            except OSError as exc:
                log.error("export: the files could not be written: %s", describe_exception(exc))
                return "failed", "disk"
            except Exception as exc:  # noqa: BLE001 - a plain message, never a traceback
                log.error("export failed: %s", describe_exception(exc))
                return "failed", "unexpected"

        outcomes = {"done": self._done, "cancelled": lambda _none: self._cancelled(),
                    "failed": self._failed}
        # The journal's one kept thread, as the screens' reads: see tasks.journal_worker.
        self._task = task.run(work, lambda outcome: outcomes[outcome[0]](outcome[1]),
                              worker=journal_worker())
        self._update_buttons()

    def cancel(self) -> None:
        """Stop the export; the worker notices within a batch of rows."""
        if self.running:
            self._task.cancel.set()
            self._set_status(self.tr("Cancelling…"))
            self.close_button.setEnabled(False)

    def open_folder(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path)))

    def _close_clicked(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc, the window's close button, or the journal locking: an export under way is
        cancelled and waited for (its files removed) before the dialog goes."""
        self._stop()
        super().reject()

    def _stop(self) -> None:
        """Cancel an export under way and wait until its files are removed (also when the
        application quits: the journal is closed right after)."""
        if self.running:
            self._task.cancel.set()
            self._task.wait()

    # --- the worker's news ----------------------------------------------------------------------

    def _progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        if not self._task.cancel.is_set():
            self._set_status(self.tr("Exporting: {done} of {total} rows…").format(
                done=format_count(done), total=format_count(total)))

    def _finish(self) -> None:
        if self._task is not None:
            self._task.wait()
        self._task = None
        self.progress_bar.setVisible(False)
        self.close_button.setEnabled(True)
        self._update_buttons()

    def _done(self, result) -> None:
        self._finish()
        self.result_path = result.path
        self.open_button.setVisible(True)
        self._set_status(self.tr("Done: {rows} rows exported into the folder {folder}").format(
            rows=format_count(result.rows), folder=str(result.path)))
        self.finished_export.emit("done")

    def _cancelled(self) -> None:
        self._finish()
        self._set_status(self.tr("The export was cancelled; no files were left behind."))
        self.finished_export.emit("cancelled")

    def _failed(self, code: str) -> None:
        self._finish()
        if code == "not_allowed":
            text = self.tr("Your role does not allow this export; nothing was written.")
        elif code == "disk":
            text = self.tr("The files could not be written into {folder}. Check that the "
                           "folder can be written to and that the disk has free space; no "
                           "files were left behind.").format(folder=self.folder.text().strip())
        else:
            text = self.tr("Something went wrong and nothing was exported; the details are "
                           "in the log.")
        self._set_status(text, error=True)
        self.finished_export.emit("failed")

    # --- helpers --------------------------------------------------------------------------------

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def _update_buttons(self, *_args) -> None:
        running = self.running
        self.export_button.setEnabled(not running and bool(self.folder.text().strip()))
        self.folder.setEnabled(not running)
        self.choose_button.setEnabled(not running)
        self.notes.setEnabled(not running and self.services.export.may_include_notes())
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
