"""Wiring: the Qt application, the language, the log, the unexpected-error message, and the
application object (senim.py: the window, wiring signing in, locking and the storage's health).

The window shows first, with the sign-in panel (or, on a new data folder, the set-up
wizard). Signing in (Argon2id, then SQLAlchemy's slow import and the database) runs on a
worker thread, and the window is filled when the journal is open.
"""

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..config import ENV_PASSWORD, ENV_USER, KEYRING_FILE, RESTORE_JOURNAL_FILE
from ..faults import KEYRING_MISSING, files_fault
from ..instance_lock import LOCK_FILE, take_instance_lock  # noqa: F401 - the tests use LOCK_FILE
from ..logs import describe_exception, keep_log_rotating, setup_logging
from ..resources import resource_path
from ..settings import Settings
from ..startclock import seconds_since_process_start
from ..views.storage.file_dialogs import remember_folders_in
from ..views.first_window import Qt
from ..views.widgets.gui_gc import GuiThreadCollector
from ..views.widgets.i18n import install_language
from .senim import Senim, settle_memory  # noqa: F401 - the bench uses settle_memory
from .signing_in import FirstPaint

log = logging.getLogger(__name__)


def start(app: QApplication, data_dir: Path, lang: str | None = None) -> Senim:
    """Show the main window with the sign-in panel, or the set-up wizard on a new data
    folder (what `senim` does before the event loop)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(data_dir)
    install_language(app, lang or settings.language)
    remember_folders_in(settings, data_dir)  # file dialogs open where last used
    senim = Senim(app, data_dir, settings)
    senim.show()
    fault = files_fault(data_dir)  # a journal without its keyring, or the other way round
    if (data_dir / KEYRING_FILE).exists() or fault == KEYRING_MISSING:
        senim.ask_to_sign_in()
        if fault is not None:
            senim.say_fault(fault)
    else:
        QTimer.singleShot(0, senim.set_up)
    return senim


def already_open_box(data_dir: Path):
    """A QMessageBox: Senim is open on this journal already."""
    # lazy: message boxes load when first shown, not before the first window (start-up)
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "Senim", QCoreApplication.translate(
        "App", "Senim is already open on this computer with this journal ({folder}). Switch to "
        "that window (look in the taskbar); a second Senim on the same journal is not "
        "started.").format(folder=data_dir))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def run_app(data_dir: Path, lang: str | None = None, bench_startup: bool = False) -> int:
    data_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Senim")
    app.setOrganizationName("Senim")
    _set_icon(app)
    instance_lock = take_instance_lock(data_dir)
    if instance_lock is None:  # the other Senim's journal is not touched, nor its log
        install_language(app, lang or Settings.load(data_dir).language)
        already_open_box(data_dir).exec()
        return 1
    _log_folder[:] = [setup_logging(data_dir, rotating=False)]  # rotating after the first paint
    sys.excepthook = _show_unexpected
    if (data_dir / RESTORE_JOURNAL_FILE).exists():
        # lazy: the journal's modules load after the first window (start-up)
        from ..backups import finish_interrupted_restore

        # A restore killed midway (the app's or a command's): finished or rolled back, under
        # the lock, before anything looks at the journal (desktop/backups.py).
        finish_interrupted_restore(data_dir)
    GuiThreadCollector(app)  # lives as the app's child; see gui_gc.py
    senim = start(app, data_dir, lang)
    FirstPaint(senim.window, lambda: _after_first_paint(data_dir))
    _damage_handlers[:] = [senim.damaged_while_open]
    if bench_startup:
        # Timed runs that quit once the journal is shown: no backup at sign-in or on exit
        # (at a million records each would copy and verify 1.7 GB for minutes).
        senim.health.backups = False
        _report_startup(app, senim)

    code = app.exec()
    senim.close()
    instance_lock.unlock()
    return code


def _after_first_paint(data_dir: Path) -> None:
    """What need not delay the first window: the log's rotation (desktop/logs.py), and a
    killed export's hidden folder (notes in plain text, perhaps: exporting/cleanup.py)."""
    keep_log_rotating()
    # lazy: shutil and the export's helpers load after the first window (start-up)
    from ..exporting.cleanup import remove_stale_exports

    remove_stale_exports(data_dir)


def _set_icon(app: QApplication) -> None:
    """The window and taskbar icon, in every size there is (resources/icons)."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("senim-*.png")):
        icon.addFile(str(path))
    app.setWindowIcon(icon)


def _report_startup(app: QApplication, senim: Senim) -> None:
    """--bench-startup: print when the window is first painted and when the journal is in
    it; signs in with SENIM_USER / SENIM_PASSWORD so the journal can be timed too."""
    def painted():
        print(f"first-window-shown {seconds_since_process_start():.3f}", flush=True)
        user, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
        if senim.sign_in_panel is not None and user and password:
            senim.sign_in(user, password)
        else:
            app.quit()

    FirstPaint(senim.window, painted)

    def ready():
        print(f"journal-shown {seconds_since_process_start():.3f}", flush=True)
        app.quit()

    senim.signing.on_signed_in.append(lambda _s: QTimer.singleShot(0, ready))


_damage_handlers: list = []  # the running Senim's damaged_while_open


def _show_unexpected(exc_type, exc, tb) -> None:
    exc.__traceback__ = tb
    log.error("unexpected error: %s", describe_exception(exc))
    if any(handler(exc) for handler in _damage_handlers):
        return
    _say_unexpected(exc)


_log_folder: list[Path] = []  # the running Senim's logs/ (run_app sets it up)


def _say_unexpected(exc: BaseException) -> None:
    """Something went wrong, said plainly, with "Copy details" (the version and the error's
    kind, no personal data) and "Open the log folder"."""
    # lazy: loads when first opened, not before the first window (start-up)
    from ..views.widgets.unexpected import UnexpectedErrorDialog

    dialog = UnexpectedErrorDialog(QCoreApplication.translate(
        "App", "Something went wrong. Your saved records are safe; the details were written "
        "to the log. If it happens again, restart Senim."), exc,
        _log_folder[0] if _log_folder else None)
    dialog.exec()
