"""Wiring: the Qt application, the language, signing in, the services, the main window.

The window shows first, with the sign-in panel (or, on a new data folder, the set-up
wizard). Signing in (Argon2id, then SQLAlchemy's slow import and the database) runs on a
worker thread, and the window is filled when the journal is open.
"""

import gc
import importlib
import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

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


class _Opener(QObject):
    """Carries the worker thread's result back to the GUI thread (queued signals)."""

    opened = Signal(object)
    refused = Signal()  # wrong user name or password
    wait = Signal(float)  # too many failures: seconds to wait
    failed = Signal()  # anything else; the log has the details


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
        self.sign_in_panel = None
        self._opener = _Opener()
        self._opener.opened.connect(self._opened)
        self._opener.refused.connect(lambda: self.sign_in_panel.failed())
        self._opener.wait.connect(lambda s: self.sign_in_panel.wait(s))
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

    def ask_to_sign_in(self) -> None:
        from .views.sign_in import SignInPanel

        self.sign_in_panel = SignInPanel()
        self.sign_in_panel.submitted.connect(self.sign_in)
        self.window.show_opening(self.sign_in_panel)
        _FirstPaint(self.window, _warm_up)

    def sign_in(self, user: str, password: str) -> None:
        """On a worker thread: the keyring's Argon2id and the database's imports take a while."""

        def work():
            from .security import BadCredentials, TooSoon
            from .vault import sign_in

            try:
                services = sign_in(self.data_dir, user, password)
            except BadCredentials:
                self._opener.refused.emit()
            except TooSoon as exc:
                self._opener.wait.emit(exc.seconds)
            except Exception as exc:  # noqa: BLE001 - a plain message, never a traceback
                log.error("could not open the journal: %s", describe_exception(exc))
                self._opener.failed.emit()
            else:
                self._opener.opened.emit(services)

        threading.Thread(target=work, name="sign-in", daemon=True).start()

    def set_up(self) -> None:
        """A new data folder: the wizard makes the journal; closing it quits."""
        from .views.setup_wizard import SetupWizard

        wizard = SetupWizard(self.data_dir, self.window)
        if wizard.exec() and wizard.services is not None:
            self._opened(wizard.services)
        else:
            self.app.quit()

    def _opened(self, services) -> None:
        self.services = services
        self.window.attach(services)
        QTimer.singleShot(0, settle_memory)

    def _failed(self) -> None:
        self.sign_in_panel.set_busy(False)
        self.sign_in_panel.show_error(QCoreApplication.translate(
            "App", "Senim could not open the journal in {folder}. Check that the folder exists, "
            "is writable and is not used by another Senim; the details are in the log.").format(
                folder=self.data_dir))

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


def _warm_up() -> None:
    """While the user types the password: import the database layer (about half a second
    of SQLAlchemy) on a worker thread, so signing in is only Argon2id and the open."""

    def work():
        for name in ("db", "services.accounts", "services.pupils", "services.chronology",
                     "services.sessions", "services.observations", "services.followups"):
            importlib.import_module(f"{__package__}.{name}")

    threading.Thread(target=work, name="warm-up", daemon=True).start()


def start(app: QApplication, data_dir: Path, lang: str | None = None) -> Senim:
    """Show the main window with the sign-in panel, or the set-up wizard on a new data
    folder (what `senim` does before the event loop)."""
    from .security import Keyring
    from .views.i18n import install_language

    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(data_dir)
    install_language(app, lang or settings.language)
    senim = Senim(app, data_dir, settings)
    senim.show()
    if Keyring.exists(data_dir):
        senim.ask_to_sign_in()
    else:
        QTimer.singleShot(0, senim.set_up)
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
    """--bench-startup: print when the window is first painted and when the journal is in
    it; signs in with SENIM_USER / SENIM_PASSWORD so the journal can be timed too."""
    from .config import ENV_PASSWORD, ENV_USER

    def painted():
        print(f"first-window-shown {seconds_since_process_start():.3f}", flush=True)
        user, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
        if senim.sign_in_panel is not None and user and password:
            senim.sign_in(user, password)
        else:
            app.quit()

    _FirstPaint(senim.window, painted)

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
