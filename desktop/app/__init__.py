"""Wiring: the Qt application, the language, signing in, the services, the main window.

The window shows first, with the sign-in panel (or, on a new data folder, the set-up
wizard). Signing in (Argon2id, then SQLAlchemy's slow import and the database) runs on a
worker thread, and the window is filled when the journal is open.

Locking (Ctrl+L, or after the idle minutes in settings.json) closes the database, drops every
reference to it and rebuilds the window empty, with the sign-in panel fixed to the same user;
open record forms are only hidden, and come back as they were when that user signs in again.
The blank screen (F12) only covers everything; Esc brings it back.
"""

import gc
import importlib
import logging
import os
import sys
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from shiboken6 import isValid

from ..config import KEYRING_FILE, RESTORE_JOURNAL_FILE
from ..instance_lock import LOCK_FILE, take_instance_lock  # noqa: F401 - the tests use LOCK_FILE
from ..logs import describe_exception, setup_logging
from ..settings import Settings, check_auto_lock_minutes
from ..startclock import seconds_since_process_start
from ..views.accounts.lock import (
    IdleWatch, close_popups, close_windows, descends, discard_forms, holds_password,
    is_blank_key, is_lock_key, is_return_key, windows_of,
)

log = logging.getLogger(__name__)


def settle_memory() -> None:
    """After start-up: move what exists now (SQLAlchemy, Qt wrappers, the first page) out of
    the garbage collector's sight. Its full collections then stop rescanning them, which
    cut the worst search keystroke from ~80 ms to ~30 ms on the benchmark database."""
    gc.collect()
    gc.freeze()


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


class _Locked:
    """What a lock keeps: who was signed in, where they were, and their unsaved forms."""

    def __init__(self, user: str, state: dict, dialogs: list):
        self.user, self.state, self.dialogs = user, state, dialogs


class _CloseGuard(QObject):
    """While locked: closing the window would lose the kept forms; ask first."""

    def __init__(self, window, senim):
        super().__init__(window)
        self._senim = senim
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close and not self._senim.may_drop_kept_forms():
            event.ignore()
            return True
        return False


class Senim:
    """Owns the main window; rebuilds it when the interface language changes, and when the
    journal is locked."""

    def __init__(self, app: QApplication, data_dir: Path, settings: Settings, services=None):
        self.app, self.data_dir, self.settings, self.services = app, data_dir, settings, services
        self.window = None
        self.sign_in_panel = None
        # What a sign-in on the worker thread came to, handled on the GUI thread.
        self._sign_in_outcomes = {
            "opened": self._signed_in,
            "refused": lambda: self.sign_in_panel.failed(),  # wrong user name or password
            "wait": lambda s: self.sign_in_panel.wait(s),  # too many failures: seconds to wait
            "failed": self._failed,  # a fault (desktop/faults.py) named, or "" for anything else
            # senim.db missing or empty: (the key, for a restore; code)
            "missing": lambda key, code: self.show_damaged(key, missing=code),
            "upgrade_failed": self._upgrade_failed,  # where the copy made first is
            "damaged": self.show_damaged,  # its key (for restoring a backup)
        }
        self.on_signed_in: list = []  # called with the services after each sign-in opened them
        self.damaged_dialog = None
        self._locked: _Locked | None = None
        self._covers: list[QWidget] = []  # the blank screen: one cover per window
        self._blank_hidden: list[QDialog] = []  # the forms it hid
        self._blank_focus: QWidget | None = None
        self._backup_task = None  # the sign-in's backup (views/widgets/tasks.py)
        # The idle clock runs only while signed in and not locked.
        self.idle = IdleWatch(app, lambda: self.settings.auto_lock_minutes)
        self.idle.idle.connect(self.lock)
        self.idle.on_key = self._key

    def _new_window(self, services):
        from ..views.main_window import MainWindow

        window = MainWindow(services, self.settings, self.data_dir,
                            on_language_change=self.change_language)
        window.lock_requested.connect(self.lock)
        window.rotate_keys_requested.connect(self.rotate_keys)
        window.blank_requested.connect(self.blank)
        window.lock_after_requested.connect(self.edit_lock_after)
        window.restore_requested.connect(self.restore_now)
        return window

    def show(self) -> None:
        old = self.window
        self.window = self._new_window(self.services)
        if old is not None:
            self.window.restore_state(old.current_state())
            self.window.setGeometry(old.geometry())
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def ask_to_sign_in(self, locked_user: str | None = None) -> None:
        from ..views.accounts.sign_in import SignInPanel

        self.sign_in_panel = SignInPanel()
        self.sign_in_panel.submitted.connect(self.sign_in)
        self.sign_in_panel.sign_out_requested.connect(self.sign_out_locked)
        self.sign_in_panel.forgot_password.connect(self.recover_password)
        if locked_user is not None:
            self.sign_in_panel.lock_to(locked_user)
        self.window.show_opening(self.sign_in_panel)
        if locked_user is None:
            _FirstPaint(self.window, _warm_up)

    def recover_password(self):
        from ..views.record_actions import show_dialog
        from ..views.accounts.recovery_dialog import RecoveryDialog

        panel = self.sign_in_panel
        dialog = RecoveryDialog(self.data_dir, panel.user.text(), self.window)
        return show_dialog(dialog, lambda user: panel.password_recovered(user))

    def sign_in(self, user: str, password: str) -> None:
        """On a worker thread: the keyring's Argon2id and the database's imports take a while.
        The work returns what it came to, (outcome, *arguments), handled on the GUI thread."""
        from ..views.widgets.tasks import run_task

        def work():
            from ..security import BadCredentials, TooSoon
            from ..vault import sign_in

            from ..services.published import NothingPublished, PublishedUnreadable
            from ..vault import AwaitingKeys

            try:
                services = sign_in(self.data_dir, user, password)
            except BadCredentials:
                return ("refused",)
            except NothingPublished:
                return ("failed", _NOTHING_PUBLISHED)
            except PublishedUnreadable:
                log.error("the published summaries do not open with the summaries key")
                return ("failed", _PUBLISHED_UNREADABLE)
            except AwaitingKeys:
                return ("failed", _AWAITING_KEYS)
            except TooSoon as exc:
                return ("wait", exc.seconds)
            except Exception as exc:  # noqa: BLE001 - a plain message, never a traceback
                from ..db import MigrationFailed
                from ..faults import DAMAGED, EMPTY, MISSING, fault_of

                log.error("could not open the journal: %s", describe_exception(exc))
                # A full disk or a locked file is never "damaged" (desktop/faults.py).
                code = fault_of(exc, self.data_dir)
                if isinstance(exc, MigrationFailed):
                    return ("upgrade_failed", str(exc.backup or ""))
                if code in (MISSING, EMPTY):
                    return self._missing(code, user, password)
                if code == DAMAGED and (key := _key_for_restore(self.data_dir, exc, user,
                                                                password)) is not None:
                    return ("damaged", key)
                return ("failed", code or "")
            return ("opened", services)

        run_task(work, lambda outcome: self._sign_in_outcomes[outcome[0]](*outcome[1:]),
                 name="sign-in")

    def _missing(self, code: str, user: str, password: str) -> tuple:
        """On the sign-in thread: the journal's file is missing or empty (found before the
        password was tried; nothing was created). The password unwraps the key, only to
        restore a backup (encrypted with it): the missing-journal screen offers it."""
        from ..security import BadCredentials, Keyring, TooSoon

        try:
            key = Keyring.load(self.data_dir).unlock(user, password)
        except BadCredentials:
            return ("refused",)
        except TooSoon as exc:
            return ("wait", exc.seconds)
        except Exception as exc:  # noqa: BLE001 - the panel keeps saying what is missing
            log.error("no key for a restore: %s", describe_exception(exc))
            return ("failed", code)
        return ("missing", key, code)

    def _signed_in(self, services) -> None:
        self._opened(services)
        for hook in self.on_signed_in:
            hook(services)

    def say_fault(self, code: str) -> None:
        """The fault (desktop/faults.py) on the sign-in panel, in one paragraph."""
        from ..faults import DAMAGED, EMPTY, KEYRING_MISSING, MISSING, newest_backup
        from ..views.widgets.messages import fault_message

        backup = (newest_backup(self.data_dir, self.settings.backup_dir)
                  if code in (MISSING, EMPTY, DAMAGED) else None)
        panel = self.sign_in_panel
        panel.show_error(fault_message(code, self.data_dir, backup, in_app=True))
        if code == KEYRING_MISSING:  # no password can open it: nothing to sign in to
            for w in (panel.user, panel.password, panel.button, panel.forgot_button):
                w.setEnabled(False)

    def set_up(self) -> None:
        """A new data folder: the wizard makes the journal; closing it quits."""
        from ..views.accounts.setup_wizard import SetupWizard

        wizard = SetupWizard(self.data_dir, self.window)
        if wizard.exec() and wizard.services is not None:
            self._opened(wizard.services)
        elif wizard.restored_at is not None:  # a backup brought back: the normal sign-in
            self.ask_to_sign_in()
            self._restored(wizard.restored_at)
        else:
            self.app.quit()

    def _opened(self, services) -> None:
        from ..models.text import user_key

        self.services = services
        locked, self._locked = self._locked, None
        if locked is not None and user_key(services.ctx.actor) != user_key(locked.user):
            # Not the user who locked it (the panel does not allow it; never show their forms).
            discard_forms(locked.dialogs)
            locked = None
        if locked is not None:
            self.window.restore_state(locked.state)  # applied when attached
        try:
            self.window.attach(services)
        except Exception as exc:
            from ..db import is_damage

            if not is_damage(exc):
                raise
            discard_forms(locked.dialogs if locked is not None else [])
            self._check_found(services, f"the first pages cannot be read "
                                        f"({type(exc).__name__})")
            return
        held = set()
        if locked is not None:
            for dialog in locked.dialogs:
                if isValid(dialog):
                    dialog.services = services
                    self.window.adopt_dialog(dialog)
                    dialog.show()
                    held.add(dialog.draft_id)
        if not self.window.counts_only:
            from ..views.storage.drafts_dialog import offer_drafts

            # Not if the journal was closed meanwhile (found damaged while the window filled).
            QTimer.singleShot(0, lambda: offer_drafts(self.window, services, held)
                              if services is self.services else None)
        self.idle.start()
        QTimer.singleShot(0, settle_memory)
        if services.new_recovery_key:
            self._show_new_recovery_key(services)
        if services.db is not None:  # not the head teacher's published counts
            self._backup_if_due(services)
            self._check_quickly(services)

    def _show_new_recovery_key(self, services) -> None:
        """The first psychologist's sign-in since keys per role made the role keys: the new
        recovery key, shown once (the key is dropped from the services right after)."""
        from ..views.accounts.recovery_key_view import NewRecoveryKeyDialog

        key, services.new_recovery_key = services.new_recovery_key, None
        dialog = NewRecoveryKeyDialog(key, self.window)
        dialog.setModal(True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # --- a damaged journal: the quick check after sign-in, and the damaged-journal screen ------

    def _check_quickly(self, services) -> None:
        """On a worker thread, with a connection of its own: damage found is brought back to
        the GUI thread and shown there."""
        from ..db import quick_check
        from ..views.widgets.tasks import run_task

        db = services.db

        def found(reason) -> None:
            if reason is not None:
                self._check_found(services, reason)

        def no_verdict(exc) -> None:  # the file busy: said in the log
            log.warning("the quick check could not run: %s", describe_exception(exc))

        run_task(lambda: quick_check(db), found, no_verdict, name="quick-check")

    def _check_found(self, services, reason: str) -> None:
        """The open journal is damaged: it is closed at once, with nothing more written to it
        (no sign-out entry, no backup of a damaged file), and the damaged screen shown."""
        log.error("the quick check found the journal damaged: %s", reason)
        if services is not self.services:
            return  # locked or closed meanwhile; the next sign-in checks again
        key = services.db.key
        self._close_journal(services, keep_drafts=False)  # nothing written to a damaged file
        services.db.dispose()
        del services
        self.ask_to_sign_in()
        self.show_damaged(key)

    def restore_now(self, path) -> None:
        """Settings → Backups → Restore now: the journal is signed out and closed (open forms
        keep their text as drafts), the backup put in its place with the current journal
        kept aside, and the sign-in panel says what happened."""
        from ..backups import BackupError, backup_summary, restore_backup

        services = self.services
        if services is None:
            return
        key = services.db.key
        try:
            taken_at = backup_summary(path, key).taken_at
        except BackupError as exc:
            from ..views.widgets.messages import message

            log.error("the backup to restore cannot be read: %s", describe_exception(exc))
            QMessageBox.warning(self.window, "Senim", message("unexpected"))
            return
        self._join_backup()  # the sign-in's backup thread holds a connection
        self._close_journal(services, keep_drafts=True)
        _sign_out(services)
        del services
        self.ask_to_sign_in()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restore_backup(path, self.data_dir, key)
        except Exception as exc:  # noqa: BLE001 - the journal was put back as it was
            log.error("restoring a backup failed: %s", describe_exception(exc))
            self.sign_in_panel.show_error(QCoreApplication.translate(
                "App", "The backup could not be restored; the journal is as it was. The "
                "details were written to the log."))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._restored(taken_at)

    def _close_journal(self, services, keep_drafts: bool) -> None:
        """Drop the open journal from the window: forms closed (with `keep_drafts`, their
        text is kept as drafts first; without, nothing more is written), the window rebuilt
        empty. The caller closes the database."""
        from ..views.widgets.record_dialog import RecordDialog

        self.idle.stop()
        self._end_blank()
        close_popups()
        old = self.window
        for form in old.findChildren(RecordDialog):
            if keep_drafts:
                form.keep_draft()
            form.services = None  # closing it writes nothing more
        close_windows(windows_of(old))
        self.services = None
        self._replace_window(old)

    def _replace_window(self, old, kept=()) -> None:
        """An empty window (the sign-in panel's) in place of `old`, which goes with its pages;
        `kept` dialogs move to the new one first."""
        self.window = self._new_window(None)
        self.window.setGeometry(old.geometry())
        self.window.setWindowState(old.windowState())
        for dialog in kept:  # out of the old window before it goes
            dialog.setParent(self.window, dialog.windowFlags())
        self.window.show()
        old.hide()
        old.services = None
        old.deleteLater()  # its pages and their models with it

    def damaged_while_open(self, exc: BaseException) -> bool:
        """A read failed on a damaged journal anywhere in the window (sys.excepthook): the
        damaged screen instead of "something went wrong". True when handled."""
        from ..db import is_damage

        if not is_damage(exc):
            return False
        services, reason = self.services, f"a read failed ({type(exc).__name__})"
        if services is not None:  # after the slot that failed (the window may be mid-build)
            QTimer.singleShot(0, lambda: self._check_found(services, reason))
        return True

    def show_damaged(self, key: bytes, missing: str | None = None):
        """The damaged-journal screen over the sign-in panel; restoring needs the journal's
        key (the backups are encrypted with it), which the closure keeps until it closes.
        `missing` (faults.MISSING / EMPTY): the journal's file is not there, or is empty."""
        from ..backups import restore_backup
        from ..views.storage.damaged_dialog import DamagedDialog

        if self.sign_in_panel is not None and isValid(self.sign_in_panel):
            self.sign_in_panel.set_busy(False)
        data_dir = self.data_dir
        dialog = DamagedDialog(data_dir, self.settings.backup_dir,
                               lambda path: restore_backup(path, data_dir, key), self.window,
                               missing=missing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.quit_requested.connect(self.app.quit)
        self.damaged_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, taken_at) -> None:
        from ..views.widgets.fmt import format_datetime

        panel = self.sign_in_panel
        if panel is None or not isValid(panel):
            return
        panel.show_error(QCoreApplication.translate(
            "App", "The backup of {when} is back in place. Sign in to go on.").format(
                when=format_datetime(taken_at)))
        panel.message.setStyleSheet("font-weight: bold;")  # good news, not an error
        panel.password.clear()
        panel.password.setFocus()

    # --- backups: at sign-in when the last is a day old, and always on exit -------------------

    def _backup_if_due(self, services) -> None:
        """Say plainly if the last automatic backup failed; then, on a worker thread, back up
        if the newest verified backup is a day old (or there is none)."""
        from datetime import datetime

        from ..backups import last_outcome

        outcome = last_outcome(self.data_dir)
        if outcome is not None and not outcome[1]:
            from ..views.widgets.fmt import format_date

            self.window.statusBar().showMessage(QCoreApplication.translate(
                "App", "The last backup, on {date}, failed. Settings → Backups… shows why and "
                "makes a new one.").format(date=format_date(outcome[0].date())))
        db, data_dir, second = services.db, self.data_dir, self.settings.backup_dir

        def work():
            from ..backups import is_due, safe_backup

            if is_due(data_dir, datetime.now()):
                safe_backup(db, data_dir, second, datetime.now())

        from ..views.widgets.tasks import run_task

        self._join_backup()
        self._backup_task = run_task(work, name="backup")

    def _join_backup(self) -> None:
        task = self._backup_task
        if task is not None and task.alive:
            task.wait(timeout=120)

    def _backup_on_exit(self, services) -> None:
        """After the window is gone: a verified backup, unless the newest one already holds
        every record as it is (nothing was added, changed or deleted). Never blocks closing:
        a failure is logged and shown at the next sign-in."""
        from datetime import datetime

        from ..backups import safe_backup

        self._join_backup()
        safe_backup(services.db, self.data_dir, self.settings.backup_dir, datetime.now(),
                    only_if_changed=True)

    def _failed(self, code: str = "") -> None:
        self.sign_in_panel.set_busy(False)
        if code in _SIGN_IN_NOTES:
            self.sign_in_panel.show_error(_SIGN_IN_NOTES[code]())
            return
        if code:
            self.say_fault(code)
            return
        self.sign_in_panel.show_error(QCoreApplication.translate(
            "App", "Senim could not open the journal in {folder}. Check that the folder exists, "
            "is writable and is not used by another Senim; the details are in the log.").format(
                folder=self.data_dir))

    def _upgrade_failed(self, backup: str) -> None:
        self.sign_in_panel.set_busy(False)
        text = QCoreApplication.translate(
            "App", "This version of Senim could not bring the journal up to date, so it was left "
            "as it was and nothing is lost.")
        if backup:
            text += " " + QCoreApplication.translate(
                "App", "A copy made just before is in {file}.").format(file=backup)
        self.sign_in_panel.show_error(text)

    def change_language(self, code: str) -> None:
        from ..views.widgets.i18n import install_language

        self.settings.language = code
        self.settings.save(self.data_dir)
        install_language(self.app, code)
        # Rebuild after the current event (the menu action) has finished, unless the window
        # was closed meanwhile: a closed journal must not reappear.
        old = self.window
        QTimer.singleShot(0, lambda: self.show() if old is self.window and old.isVisible()
                          else None)

    def close(self) -> None:
        """The application ends: the sign-out is recorded and the database closed."""
        self.idle.close()
        if self.services is not None:
            services, self.services = self.services, None
            if self.window is not None and isValid(self.window):
                self.window.hide()  # the backup takes a moment; the journal is already gone
            if services.db is not None:  # the head teacher's published counts: no journal
                self._backup_on_exit(services)
            _sign_out(services)

    # --- locking and the blank screen ------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked is not None

    @property
    def blanked(self) -> bool:
        return bool(self._covers)

    def lock(self) -> None:
        """Close the journal until the same user signs in again: the database is closed and
        every reference to it dropped (the key goes with it), the window is rebuilt empty, and
        the sign-in panel asks for this user's password. Open record forms are hidden, not
        closed, and come back as they were; a form with a password in it is closed."""
        from ..views.widgets.record_dialog import RecordDialog

        self.idle.stop()
        if self.services is None or self._locked is not None:
            return
        hidden = self._end_blank()
        old = self.window
        close_popups()
        forms = [d for d in old.findChildren(RecordDialog)
                 if isValid(d) and (d.isVisible() or d in hidden)]
        kept = [d for d in forms
                if d.parentWidget() is not None and d.parentWidget().window() is old
                and not holds_password(d)]
        for dialog in forms:
            dialog.keep_draft()  # while the journal is still open
        close_windows([w for w in windows_of(old) if w not in forms])
        discard_forms([d for d in forms if d not in kept])
        state = old.current_state()
        user = self.services.ctx.actor
        for dialog in kept:
            dialog.hide()
            dialog.services = None

        services, self.services = self.services, None
        self._replace_window(old, kept)
        _sign_out(services)
        del services
        self._locked = _Locked(user, state, kept)
        _CloseGuard(self.window, self)
        self.ask_to_sign_in(locked_user=user)
        # Whatever still held the old services (the old window's Python side, in cycles)
        # goes now, the frozen start-up objects included; settle_memory freezes again later.
        QTimer.singleShot(0, _forget)

    def rotate_keys(self) -> None:
        """Change every key (Settings → Accounts → Change all keys…): the journal is locked
        (forms kept), the keys changed with a copy of the psychologist's, and the lock screen
        asks for the password again. A failure is said; a change cut off is finished or
        undone at the next sign-in (desktop/key_rotation.py)."""
        from ..vault import rotate_keys

        if self.services is None:
            return
        keys, actor = self.services.db.keys.copy(), self.services.ctx.actor
        self.lock()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rotate_keys(self.data_dir, keys, actor)
        except Exception as exc:  # noqa: BLE001 - said on the panel, the details in the log
            log.error("changing the keys failed: %s", describe_exception(exc))
            self.sign_in_panel.show_error(QCoreApplication.translate(
                "App", "The keys could not be changed. Sign in: what was begun is finished or "
                "undone then, and nothing is lost. The details were written to the log."))
        else:
            self.sign_in_panel.show_notice(QCoreApplication.translate(
                "App", "Every key of the journal was changed. Sign in again with your "
                "password."))
        finally:
            QApplication.restoreOverrideCursor()
            keys.wipe()

    def sign_out_locked(self) -> None:
        """The lock screen's "Sign out": the kept forms are discarded (after asking, if any
        has unsaved changes) and anyone may sign in."""
        if self._locked is None or not self.may_drop_kept_forms():
            return
        locked, self._locked = self._locked, None
        discard_forms(locked.dialogs)
        self.sign_in_panel.lock_to(None)

    def may_drop_kept_forms(self) -> bool:
        """Locked with unsaved forms kept: ask before they are lost. True: go ahead."""
        if self._locked is None:
            return True
        unsaved = [d for d in self._locked.dialogs if isValid(d) and d.dirty]
        if not unsaved:
            return True
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        # Spelled out: lupdate only recognises QCoreApplication.translate by its full name.
        box.setWindowTitle(QCoreApplication.translate("App", "Unsaved forms"))
        box.setText(QCoreApplication.translate(
            "App", "Forms with unsaved changes were open when Senim was locked. Signing out or "
            "quitting now closes them, and those changes are lost."))
        box.setStandardButtons(QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Discard:
            return False
        for dialog in unsaved:
            discard_forms([dialog])
        return True

    def blank(self) -> None:
        """Cover everything at once, names included; Esc (or Show) brings it back. The journal
        stays open: the idle clock still runs and may lock it."""
        from ..views.accounts.lock import BlankScreen
        from ..views.widgets.record_dialog import RecordDialog

        if self.services is None or self._locked is not None or self._covers:
            return
        close_popups()
        self._blank_focus = QApplication.focusWidget()
        windows = windows_of(self.window)
        # Forms are hidden; a window with a window of its own on top (a form asking about
        # unsaved changes, the pupil picker) may be waiting for it, and is covered instead.
        forms = [w for w in windows if isinstance(w, RecordDialog)
                 and not any(descends(o, w) for o in windows if o is not w)]
        for dialog in forms:
            dialog.hide()
        self._blank_hidden = forms
        cover = BlankScreen(self.window)
        cover.show_requested.connect(self.unblank)
        self._covers = [cover] + [BlankScreen(w, hint=False) for w in windows if w not in forms]
        self.window.menuBar().setEnabled(False)
        self.window.activateWindow()
        cover.setFocus()

    def unblank(self) -> None:
        """Everything back as it was before the blank screen."""
        forms = self._end_blank()
        for dialog in forms:
            dialog.show()
        focus, self._blank_focus = self._blank_focus, None
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus()

    def _end_blank(self) -> list[QDialog]:
        """Remove the covers; the forms the blank screen hid (still hidden) are returned."""
        for cover in self._covers:
            if isValid(cover):
                cover.remove()
        if self._covers and isValid(self.window):
            self.window.menuBar().setEnabled(True)
        self._covers = []
        forms, self._blank_hidden = self._blank_hidden, []
        return [d for d in forms if isValid(d)]

    def _key(self, obj, event) -> bool:
        """The lock and blank keys, from any window (IdleWatch hands every key here). While
        the screen is blank every other key is swallowed: no shortcut, no typing into a field
        under the cover. True: swallowed."""
        if self.services is None or not isinstance(obj, QWidget):
            return False
        press = event.type() == QEvent.Type.KeyPress
        if self._covers:
            if not press:  # a shortcut override: taken, so no shortcut fires
                event.accept()
                return True
            if is_return_key(event):
                QTimer.singleShot(0, self.unblank)
                return True
            if is_lock_key(event):
                QTimer.singleShot(0, self.lock)
                return True
            main = self._covers[0]
            return not (isValid(main) and (obj is main or main.isAncestorOf(obj)))
        if press and is_lock_key(event):
            QTimer.singleShot(0, self.lock)
            return True
        if press and is_blank_key(event):
            QTimer.singleShot(0, self.blank)
            return True
        return False

    def edit_lock_after(self):
        """Settings → Lock after…: the idle minutes, kept in settings.json."""
        from ..views.accounts.lock import LockAfterDialog

        dialog = LockAfterDialog(self.settings.auto_lock_minutes, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_auto_lock_minutes(dialog.minutes()))
        dialog.open()
        return dialog

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.settings.auto_lock_minutes = check_auto_lock_minutes(minutes)
        self.settings.save(self.data_dir)
        if self.idle.running:
            self.idle.start()  # counted from now with the new interval


# Sign-ins that find no journal to open for the account (not faults of the journal).
_NOTHING_PUBLISHED, _PUBLISHED_UNREADABLE, _AWAITING_KEYS = (
    "nothing_published", "published_unreadable", "awaiting_keys")
_SIGN_IN_NOTES = {
    _NOTHING_PUBLISHED: lambda: QCoreApplication.translate(
        "App", "Nothing is published for the head teacher yet. The counts are published when "
        "the psychologist or a counsellor closes or locks the journal after working in it."),
    _PUBLISHED_UNREADABLE: lambda: QCoreApplication.translate(
        "App", "The published counts cannot be read: the file was changed or comes from "
        "another journal. The next time the psychologist or a counsellor closes the "
        "journal, they are published again."),
    _AWAITING_KEYS: lambda: QCoreApplication.translate(
        "App", "Your account is waiting for its keys since Senim was updated: ask the "
        "psychologist to give them (Settings → Accounts → Give its role's keys), then sign "
        "in again."),
}


def _publish_for_head(services) -> None:
    """Before the journal closes after changes: the head teacher's counts (never blocks
    closing or locking: a failure is logged, the older publication stays)."""
    from ..services.published import needs_publishing, publish

    try:
        if needs_publishing(services):
            publish(services)
    except Exception as exc:  # noqa: BLE001 - the older counts stay published
        log.error("publishing the head teacher's counts failed: %s", describe_exception(exc))


def _sign_out(services) -> None:
    """The head teacher's counts published if the journal changed, the sign-out goes into
    the audit trail (if this version records it) and the database is closed either way."""
    from ..vault import sign_out

    if not getattr(services, "published", False):
        _publish_for_head(services)
    try:
        sign_out(services)  # closes the database even when the entry cannot be written
    except Exception as exc:  # noqa: BLE001 - locking must not fail on the audit entry
        log.error("could not record the sign-out: %s", describe_exception(exc))


def _key_for_restore(data_dir: Path, exc: Exception, user: str, password: str) -> bytes | None:
    """The journal's key after a sign-in found it damaged: open_database hands it over; a
    read that failed later (the accounts) costs unwrapping it again. None: no key, no offer."""
    key = getattr(exc, "key", None)
    if key is not None:
        return key
    try:
        from ..security import Keyring

        return Keyring.load(data_dir).unlock(user, password)
    except Exception as again:  # noqa: BLE001 - then only the plain failure is said
        log.error("no key for a restore: %s", describe_exception(again))
        return None


def _forget() -> None:
    gc.unfreeze()
    gc.collect()


def _warm_up() -> None:
    """While the user types the password: import the database layer (about half a second
    of SQLAlchemy) and read the holidays on a worker thread, so signing in is only Argon2id
    and the open."""

    def work():
        for name in ("db", "services.accounts", "services.pupils", "services.chronology",
                     "services.sessions", "services.observations", "services.followups"):
            importlib.import_module(f"..{name}", __package__)
        # The holidays package and this year's days (about 0.2 s the first time): the
        # dashboard's clocks need them at once after signing in.
        from ..models.holidays import package_days_off

        this_year = date.today().year
        for year in (this_year - 1, this_year, this_year + 1):
            package_days_off(year)

    threading.Thread(target=work, name="warm-up", daemon=True).start()


def start(app: QApplication, data_dir: Path, lang: str | None = None) -> Senim:
    """Show the main window with the sign-in panel, or the set-up wizard on a new data
    folder (what `senim` does before the event loop)."""
    from ..views.widgets.i18n import install_language

    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.load(data_dir)
    install_language(app, lang or settings.language)
    senim = Senim(app, data_dir, settings)
    senim.show()
    # A file check, not the keyring module: argon2 and cryptography can load after the
    # first paint (the start-up benchmark counts every import before it).
    from ..faults import KEYRING_MISSING, files_fault

    fault = files_fault(data_dir)  # a journal without its keyring, or the other way round
    if (data_dir / KEYRING_FILE).exists() or fault == KEYRING_MISSING:
        senim.ask_to_sign_in()
        if fault is not None:
            senim.say_fault(fault)
    else:
        QTimer.singleShot(0, senim.set_up)
    return senim


def already_open_box(data_dir: Path) -> QMessageBox:
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
        from ..views.widgets.i18n import install_language

        install_language(app, lang or Settings.load(data_dir).language)
        already_open_box(data_dir).exec()
        return 1
    _log_folder[:] = [setup_logging(data_dir)]
    sys.excepthook = _show_unexpected
    if (data_dir / RESTORE_JOURNAL_FILE).exists():
        from ..backups import finish_interrupted_restore

        # A restore killed midway (the app's or a command's): finished or rolled back, under
        # the lock, before anything looks at the journal (desktop/backups.py).
        finish_interrupted_restore(data_dir)
    from ..exporting.cleanup import remove_stale_exports

    # A killed export's hidden folder (notes in plain text, perhaps): see exporting/cleanup.py.
    QTimer.singleShot(0, lambda: remove_stale_exports(data_dir))
    from ..views.widgets.gui_gc import GuiThreadCollector

    GuiThreadCollector(app)  # lives as the app's child; see gui_gc.py
    senim = start(app, data_dir, lang)
    _damage_handlers[:] = [senim.damaged_while_open]
    if bench_startup:
        _report_startup(app, senim)

    code = app.exec()
    senim.close()
    instance_lock.unlock()
    return code


def _set_icon(app: QApplication) -> None:
    """The window and taskbar icon, in every size there is (resources/icons)."""
    from PySide6.QtGui import QIcon

    from ..resources import resource_path

    icon = QIcon()
    for path in sorted(resource_path("icons").glob("senim-*.png")):
        icon.addFile(str(path))
    app.setWindowIcon(icon)


def _report_startup(app: QApplication, senim: Senim) -> None:
    """--bench-startup: print when the window is first painted and when the journal is in
    it; signs in with SENIM_USER / SENIM_PASSWORD so the journal can be timed too."""
    from ..config import ENV_PASSWORD, ENV_USER

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

    senim.on_signed_in.append(lambda _s: QTimer.singleShot(0, ready))


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
    from ..views.widgets.unexpected import UnexpectedErrorDialog

    dialog = UnexpectedErrorDialog(QCoreApplication.translate(
        "App", "Something went wrong. Your saved records are safe; the details were written "
        "to the log. If it happens again, restart Senim."), exc,
        _log_folder[0] if _log_folder else None)
    dialog.exec()
