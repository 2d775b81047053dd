"""Wiring: the Qt application, the language, the database, the services, the main window."""

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .config import DB_FILE
from .logs import describe_exception, setup_logging
from .settings import Settings

log = logging.getLogger(__name__)


def _seconds_since_process_start() -> float:
    """For --bench-startup: from the process's birth, not from this module's import."""
    try:
        ticks = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19])
        uptime = float(open("/proc/uptime").read().split()[0])
        import os

        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


class Senim:
    """Owns the main window; rebuilds it when the interface language changes."""

    def __init__(self, app: QApplication, data_dir: Path, services, settings: Settings):
        self.app, self.data_dir, self.services, self.settings = app, data_dir, services, settings
        self.window = None

    def show(self) -> None:
        from .views.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.services, self.settings, self.data_dir,
                                 on_language_change=self.change_language)
        if old is not None:
            self.window.restore_state(old.current_state())
            self.window.setGeometry(old.geometry())
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def change_language(self, code: str) -> None:
        from .views.i18n import install_language

        self.settings.language = code
        self.settings.save(self.data_dir)
        install_language(self.app, code)
        # Rebuild after the current event (the settings dialog) has finished.
        QTimer.singleShot(0, self.show)


class DatabaseUnavailable(Exception):
    """The database could not be opened; the user gets a plain message."""


def start(app: QApplication, data_dir: Path, lang: str | None = None) -> "Senim":
    """Open the data folder and show the main window (what `senim` does before the event loop)."""
    from .views.i18n import install_language

    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(data_dir)
    install_language(app, lang or settings.language)
    try:
        from .db import open_database
        from .services import Services

        db = open_database(data_dir / DB_FILE)
    except Exception as exc:  # noqa: BLE001 - a plain message, never a traceback
        log.error("could not open the database: %s", describe_exception(exc))
        raise DatabaseUnavailable from None
    senim = Senim(app, data_dir, Services.build(db), settings)
    senim.show()
    return senim


def run_app(data_dir: Path, lang: str | None = None, bench_startup: bool = False) -> int:
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(data_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Senim")
    app.setOrganizationName("Senim")
    sys.excepthook = _show_unexpected
    try:
        senim = start(app, data_dir, lang)
    except DatabaseUnavailable:
        QMessageBox.critical(None, "Senim", QCoreApplication.translate(
            "App", "Senim could not open its database in {folder}. Check that the folder "
            "exists, is writable and is not used by another Senim.").format(folder=data_dir))
        return 1
    if bench_startup:
        def report():
            print(f"first-window-shown {_seconds_since_process_start():.3f}", flush=True)
            app.quit()
        QTimer.singleShot(0, report)
    code = app.exec()
    senim.services.db.dispose()
    return code


def _show_unexpected(exc_type, exc, tb) -> None:
    exc.__traceback__ = tb
    log.error("unexpected error: %s", describe_exception(exc))
    QMessageBox.warning(None, "Senim", QCoreApplication.translate(
        "App", "Something went wrong. Your saved records are safe; the details were written "
        "to the log. If it happens again, restart Senim."))
