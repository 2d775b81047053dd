"""Every file and folder dialog of the app, in one place. Each opens in the folder last used
for its kind of file (a PDF, an export, a backup, a list of pupils, a calendar file), and
the first time in the user's Documents folder, never in the folder the process was started
from. The folders are remembered in settings.json (desktop/settings.py: `last_folders`)
across restarts once the app has said where (`remember_folders_in`, at start); without it
(the tests, a dialog used on its own) each dialog opens in Documents.

`kind` is a short code: PDF, SPREADSHEET, EXPORT, BACKUP, PUPIL_LIST, CALENDAR."""

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...logs import describe_exception
from ...settings import Settings

log = logging.getLogger(__name__)

PDF, SPREADSHEET, EXPORT, BACKUP, PUPIL_LIST, CALENDAR = (
    "pdf", "spreadsheet", "export", "backup", "pupil_list", "calendar")

_store: list[tuple[Settings, Path]] = []  # the app's settings and their folder, once set


def remember_folders_in(settings: Settings, data_dir: Path) -> None:
    """Keep the last folders in these settings, saved in `data_dir` (the app, at start)."""
    _store[:] = [(settings, Path(data_dir))]


def forget_folders() -> None:
    """Back to Documents every time, nothing saved (tests)."""
    _store.clear()


def documents_folder() -> Path:
    # lazy: as QFileDialog below
    from PySide6.QtCore import QStandardPaths

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def start_folder(kind: str) -> Path:
    """Where a dialog for this kind of file opens: the last folder used, if it is still
    there, else Documents."""
    if _store:
        last = _store[0][0].last_folders.get(kind)
        if last and Path(last).is_dir():
            return Path(last)
    return documents_folder()


def remember_folder(kind: str, folder: Path) -> None:
    if not _store:
        return
    settings, data_dir = _store[0]
    if settings.last_folders.get(kind) == str(folder):
        return
    settings.last_folders[kind] = str(folder)
    try:
        settings.save(data_dir)
    except OSError as exc:  # the folder is only a convenience: the file itself was chosen
        log.warning("the last folder could not be remembered: %s", describe_exception(exc))


def ask_save_path(parent: QWidget | None, kind: str, title: str, suggested: str,
                  file_filter: str) -> str:
    """The file to write, chosen in the platform's save dialog ("" when none)."""
    # lazy: the dialogs' classes load when first used, not before the first window (start-up)
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getSaveFileName(parent, title,
                                                str(start_folder(kind) / suggested), file_filter)
    if path:
        remember_folder(kind, Path(path).parent)
    return path


def ask_open_path(parent: QWidget | None, kind: str, title: str, file_filter: str) -> str:
    """The file to read, chosen in the platform's open dialog ("" when none)."""
    # lazy: as in ask_save_path
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)),
                                                file_filter)
    if path:
        remember_folder(kind, Path(path).parent)
    return path


def ask_folder_path(parent: QWidget | None, kind: str, title: str, current: str = "") -> str:
    """A folder chosen in the platform's dialog ("" when none); it opens on `current` when
    given (the folder already in the field), else as start_folder()."""
    # lazy: as in ask_save_path
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(parent, title, current or str(start_folder(kind)))
    if folder:
        remember_folder(kind, Path(folder))
    return folder


__all__ = ["BACKUP", "CALENDAR", "EXPORT", "PDF", "PUPIL_LIST", "SPREADSHEET", "ask_folder_path",
           "ask_open_path", "ask_save_path", "documents_folder", "forget_folders",
           "remember_folder", "remember_folders_in", "start_folder"]
