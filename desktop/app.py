"""Wiring: the Qt application, the language, the database, the services, the main window.

The window shows first; the database (and SQLAlchemy, the slow import) opens on a worker
thread, and the window is filled when it is ready.
"""

import gc
import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from .config import DB_FILE
from .logs import describe_exception, setup_logging
from .settings import Settings
from .startclock import seconds_since_process_start

log = logging.getLogger(__name__)


def settle_memory() -> None:
    """After start-up: move what exists now (SQLAlchemy, Qt wrappers, the first page) out of
    the garbage collector's sight. Its full collections then stop rescanning them, which
    cut the worst search keystroke from ~80 ms to ~30 ms on the benchmark database."""
    gc.collect()
    gc.freeze()


def open_services(data_dir: Path):
    """Open (and migrate) the database and build the services. Runs on a worker thread."""
    from .db import open_database
    from .services import Services

    return Services.build(open_database(data_dir / DB_FILE))


class _Opener(QObject):
    """Carries the worker thread's result back to the GUI thread (queued signals)."""

    opened = Signal(object)
    failed = Signal()


class _FirstPaint(QObject):
    """Calls `then` once, right after the window's first paint."""

    def __init__(self, window, then):
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class Senim:
    """Owns the main window; rebuilds it when the interface language changes."""

    def __init__(self, app: QApplication, data_dir: Path, settings: Settings, services=None):
        self.app, self.data_dir, self.settings, self.services = app, data_dir, settings, services
        self.window = None
        self._opener = _Opener()
        self._opener.opened.connect(self._opened)
        self._opener.failed.connect(self._failed)

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

    def open_after_first_paint(self) -> None:
        """The worker's imports hold the GIL for a while: let the window paint first."""
        _FirstPaint(self.window, self.open_in_background)

    def open_in_background(self) -> None:
        def work():
            try:
                services = open_services(self.data_dir)
            except Exception as exc:  # noqa: BLE001 - a plain message, never a traceback
                log.error("could not open the database: %s", describe_exception(exc))
                self._opener.failed.emit()
                return
            self._opener.opened.emit(services)

        threading.Thread(target=work, name="open-database", daemon=True).start()

    def _opened(self, services) -> None:
        self.services = services
        self.window.attach(services)
        QTimer.singleShot(0, settle_memory)

    def _failed(self) -> None:
        QMessageBox.critical(self.window, "Senim", QCoreApplication.translate(
            "App", "Senim could not open its database in {folder}. Check that the folder "
            "exists, is writable and is not used by another Senim.").format(folder=self.data_dir))
        self.app.exit(1)

    def change_language(self, code: str) -> None:
        from .views.i18n import install_language

        self.settings.language = code
        self.settings.save(self.data_dir)
        install_language(self.app, code)
        # Rebuild after the current event (the menu action) has finished.
        QTimer.singleShot(0, self.show)

    def close(self) -> None:
        if self.services is not None:
            self.services.db.dispose()


def start(app: QApplication, data_dir: Path, lang: str | None = None) -> Senim:
    """Show the main window and start opening the data folder (what `senim` does before
    the event loop); the window fills itself when the database is open."""
    from .views.i18n import install_language

    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(data_dir)
    install_language(app, lang or settings.language)
    senim = Senim(app, data_dir, settings)
    senim.show()
    senim.open_after_first_paint()
    return senim


def run_app(data_dir: Path, lang: str | None = None, bench_startup: bool = False) -> int:
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(data_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Senim")
    app.setOrganizationName("Senim")
    sys.excepthook = _show_unexpected
    senim = start(app, data_dir, lang)
    if bench_startup:
        _report_startup(app, senim)
    code = app.exec()
    senim.close()
    return code


def _report_startup(app: QApplication, senim: Senim) -> None:
    """--bench-startup: print when the window is first painted and when the journal is in it."""
    _FirstPaint(senim.window, lambda: print(
        f"first-window-shown {seconds_since_process_start():.3f}", flush=True))

    def ready():
        print(f"journal-shown {seconds_since_process_start():.3f}", flush=True)
        app.quit()

    senim._opener.opened.connect(lambda _s: QTimer.singleShot(0, ready))


def _show_unexpected(exc_type, exc, tb) -> None:
    exc.__traceback__ = tb
    log.error("unexpected error: %s", describe_exception(exc))
    QMessageBox.warning(None, "Senim", QCoreApplication.translate(
        "App", "Something went wrong. Your saved records are safe; the details were written "
        "to the log. If it happens again, restart Senim."))
