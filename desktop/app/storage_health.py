"""The journal's health while the app runs: backups (at sign-in when the last is a day old,
and on exit), the quick check after sign-in and damage found later, the damaged-journal
screen, and restoring a backup (Settings → Backups → Restore now)."""

import logging
import time
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ..logs import describe_exception
from ..views.first_window import Qt
from ..views.widgets.fmt import format_date, format_datetime
from ..views.widgets.messages import message
from .signing_in import sign_out

log = logging.getLogger(__name__)


class StorageHealth:
    """`senim` holds the window, the services and the other concerns (desktop/app/senim.py)."""

    def __init__(self, senim):
        self.senim = senim
        self.damaged_dialog = None
        self._backup_task = None  # the sign-in's backup (views/widgets/tasks.py)
        self._check_task = None  # the sign-in's quick check, and its connection while open
        self._check_connection = None
        # False only for `--bench-startup` (desktop/app/__init__.py): a timed start that
        # quits once the journal is shown makes no backup, at sign-in or on exit.
        self.backups = True

    # --- backups: at sign-in when the last is a day old, and always on exit -------------------

    def backup_if_due(self, services) -> None:
        """Say plainly if the last automatic backup failed; then, on a worker thread, back up
        if the newest verified backup is a day old (or there is none)."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..backups import last_outcome
        from ..views.widgets.tasks import run_task

        if not self.backups:
            return
        senim = self.senim
        outcome = last_outcome(senim.data_dir)
        if outcome is not None and not outcome[1]:
            senim.window.statusBar().showMessage(QCoreApplication.translate(
                "App", "The last backup, on {date}, failed. Settings → Backups… shows why and "
                "makes a new one.").format(date=format_date(outcome[0].date())))
        db, data_dir, second = services.db, senim.data_dir, senim.settings.backup_dir

        def work():
            # lazy: the journal's modules load after the first window (start-up)
            from ..backups import is_due, safe_backup

            if is_due(data_dir, datetime.now()):
                safe_backup(db, data_dir, second, datetime.now())

        self.join_backup()
        self._backup_task = run_task(work, name="backup")

    def join_backup(self) -> None:
        task = self._backup_task
        if task is not None and task.alive:
            task.wait(timeout=120)

    def stop_journal_work(self) -> None:
        """The journal is closing (locked, damaged, restored over): the quick check is
        interrupted and the sign-in's backup waited for. Each holds a connection of its own,
        and closing one under its running statement crashed the process."""
        self.stop_check()
        self.join_backup()

    def backup_on_exit(self, services) -> None:
        """After the window is gone: a verified backup, unless the newest one already holds
        every record as it is (nothing was added, changed or deleted). Never blocks closing:
        a failure is logged and shown at the next sign-in."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..backups import safe_backup

        self.join_backup()
        if not self.backups:
            return
        safe_backup(services.db, self.senim.data_dir, self.senim.settings.backup_dir,
                    datetime.now(), only_if_changed=True)

    # --- a damaged journal: the quick check after sign-in, and the damaged-journal screen ------

    def check_quickly(self, services) -> None:
        """On a worker thread, with a connection of its own: damage found is brought back to
        the GUI thread and shown there."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..db import quick_check
        from ..views.widgets.tasks import run_task

        db = services.db

        def found(reason) -> None:
            if reason is not None:
                self.check_found(services, reason)

        def no_verdict(exc) -> None:  # the file busy: said in the log
            log.warning("the quick check could not run: %s", describe_exception(exc))

        def opened(connection) -> None:
            self._check_connection = connection

        self._check_task = run_task(lambda: quick_check(db, opened), found, no_verdict,
                                    name="quick-check")

    def stop_check(self, timeout: float = 10.0) -> None:
        """Interrupt a quick check still reading (minutes on a large journal) and wait for
        its thread: the journal is closing, or the app is; a check left reading while the
        process ended crashed it. The next sign-in checks again."""
        task = self._check_task
        deadline = time.monotonic() + timeout
        while task is not None and task.alive and time.monotonic() < deadline:
            connection = self._check_connection
            if connection is not None:
                try:
                    connection.interrupt()  # SQLite's own way to stop a statement
                except Exception:  # noqa: BLE001 - closed meanwhile: the check has ended
                    pass
            task.wait(0.05)  # again until it ends: an interrupt between statements is lost
        if task is not None:
            task.forget()  # its verdict is for a journal that is closing
        self._check_task = self._check_connection = None

    def check_found(self, services, reason: str) -> None:
        """The open journal is damaged: it is closed at once, with nothing more written to it
        (no sign-out entry, no backup of a damaged file), and the damaged screen shown."""
        log.error("the quick check found the journal damaged: %s", reason)
        senim = self.senim
        if services is not senim.services:
            return  # locked or closed meanwhile; the next sign-in checks again
        key = services.db.key
        senim.close_journal(services, keep_drafts=False)  # nothing written to a damaged file
        services.db.dispose()
        del services
        senim.signing.ask()
        self.show_damaged(key)

    def damaged_while_open(self, exc: BaseException) -> bool:
        """A read failed on a damaged journal anywhere in the window (sys.excepthook): the
        damaged screen instead of "something went wrong". True when handled."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..db import is_damage

        if not is_damage(exc):
            return False
        services, reason = self.senim.services, f"a read failed ({type(exc).__name__})"
        if services is not None:  # after the slot that failed (the window may be mid-build)
            QTimer.singleShot(0, lambda: self.check_found(services, reason))
        return True

    def show_damaged(self, key: bytes, missing: str | None = None):
        """The damaged-journal screen over the sign-in panel; restoring needs the journal's
        key (the backups are encrypted with it), which the closure keeps until it closes.
        `missing` (faults.MISSING / EMPTY): the journal's file is not there, or is empty."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..backups import restore_backup
        from ..views.storage.damaged_dialog import DamagedDialog

        senim = self.senim
        panel = senim.signing.panel
        if panel is not None and isValid(panel):
            panel.set_busy(False)
        data_dir = senim.data_dir
        dialog = DamagedDialog(data_dir, senim.settings.backup_dir,
                               lambda path: restore_backup(path, data_dir, key), senim.window,
                               missing=missing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.restored)
        dialog.quit_requested.connect(senim.app.quit)
        self.damaged_dialog = dialog
        dialog.open()
        return dialog

    # --- restoring a backup ---------------------------------------------------------------------

    def restore_now(self, path) -> None:
        """Settings → Backups → Restore now: the journal is signed out and closed (open forms
        keep their text as drafts), the backup put in its place with the current journal
        kept aside, and the sign-in panel says what happened."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..backups import BackupError, backup_summary, restore_backup

        senim = self.senim
        services = senim.services
        if services is None:
            return
        key = services.db.key
        try:
            taken_at = backup_summary(path, key).taken_at
        except BackupError as exc:
            log.error("the backup to restore cannot be read: %s", describe_exception(exc))
            # lazy: message boxes load when first shown, not before the first window (start-up)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(senim.window, "Senim", message("unexpected"))
            return
        senim.close_journal(services, keep_drafts=True)
        sign_out(services)
        del services
        senim.signing.ask()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restore_backup(path, senim.data_dir, key)
        except Exception as exc:  # noqa: BLE001 - the journal was put back as it was
            log.error("restoring a backup failed: %s", describe_exception(exc))
            senim.signing.panel.show_error(QCoreApplication.translate(
                "App", "The backup could not be restored; the journal is as it was. The "
                "details were written to the log."))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.restored(taken_at)

    def restored(self, taken_at) -> None:
        panel = self.senim.signing.panel
        if panel is None or not isValid(panel):
            return
        panel.show_error(QCoreApplication.translate(
            "App", "The backup of {when} is back in place. Sign in to go on.").format(
                when=format_datetime(taken_at)))
        panel.message.setStyleSheet("font-weight: bold;")  # good news, not an error
        panel.password.clear()
        panel.password.setFocus()
