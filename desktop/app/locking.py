"""Locking and the blank screen: the idle clock, the lock and blank keys from any window, the
forms a lock keeps for the same user, changing every key, and the lock's minutes.

Locking (Ctrl+L, or after the idle minutes in settings.json) closes the database, drops every
reference to it and rebuilds the window empty, with the sign-in panel fixed to the same user;
open record forms are only hidden, and come back as they were when that user signs in again.
The blank screen (F12) only covers everything; Esc brings it back.
"""

import gc
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from ..logs import describe_exception
from ..models.text import user_key
from ..settings import check_auto_lock_minutes
from ..views.accounts.lock import (
    BlankScreen, IdleWatch, LockAfterDialog, close_popups, close_windows, descends, discard_forms,
    holds_password, is_blank_key, is_lock_key, is_return_key, windows_of,
)
from ..views.first_window import Qt
from .signing_in import sign_out

log = logging.getLogger(__name__)


class Locked:
    """What a lock keeps: who was signed in, where they were, and their unsaved forms."""

    def __init__(self, user: str, state: dict, dialogs: list):
        self.user, self.state, self.dialogs = user, state, dialogs


class _CloseGuard(QObject):
    """While locked: closing the window would lose the kept forms; ask first."""

    def __init__(self, window, locking):
        super().__init__(window)
        self._locking = locking
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close and not self._locking.may_drop_kept_forms():
            event.ignore()
            return True
        return False


class Locking:
    """`senim` holds the window, the services and the other concerns (desktop/app/senim.py)."""

    def __init__(self, senim):
        self.senim = senim
        self.kept: Locked | None = None  # while locked
        self._covers: list[QWidget] = []  # the blank screen: one cover per window
        self._blank_hidden: list[QDialog] = []  # the forms it hid
        self._blank_focus: QWidget | None = None
        # The idle clock runs only while signed in and not locked.
        self.idle = IdleWatch(senim.app, lambda: senim.settings.auto_lock_minutes)
        self.idle.idle.connect(self.lock)
        self.idle.on_key = self._key

    @property
    def locked(self) -> bool:
        return self.kept is not None

    @property
    def blanked(self) -> bool:
        return bool(self._covers)

    def lock(self) -> None:
        """Close the journal until the same user signs in again: the database is closed and
        every reference to it dropped (the key goes with it), the window is rebuilt empty, and
        the sign-in panel asks for this user's password. Open record forms are hidden, not
        closed, and come back as they were; a form with a password in it is closed."""
        # lazy: loads when first opened, not before the first window (start-up)
        from ..views.widgets.record_dialog import RecordDialog

        senim = self.senim
        self.idle.stop()
        if senim.services is None or self.kept is not None:
            return
        senim.health.stop_journal_work()  # the sign-in's check and backup: it is closing
        hidden = self.end_blank()
        old = senim.window
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
        user = senim.services.ctx.actor
        for dialog in kept:
            dialog.hide()
            dialog.services = None

        services, senim.services = senim.services, None
        senim.replace_window(old, kept)
        sign_out(services)
        del services
        self.kept = Locked(user, state, kept)
        _CloseGuard(senim.window, self)
        senim.signing.ask(locked_user=user)
        # Whatever still held the old services (the old window's Python side, in cycles)
        # goes now, the frozen start-up objects included; settle_memory freezes again later.
        QTimer.singleShot(0, _forget)

    def take_kept(self, user: str) -> Locked | None:
        """After a sign-in: what the lock kept, if the same user signed in (the panel does
        not allow another; never show their forms); another user's kept forms are discarded."""
        locked, self.kept = self.kept, None
        if locked is not None and user_key(user) != user_key(locked.user):
            discard_forms(locked.dialogs)
            locked = None
        return locked

    def rotate_keys(self) -> None:
        """Change every key (Settings → Accounts → Change all keys…): the journal is locked
        (forms kept), the keys changed with a copy of the psychologist's, and the lock screen
        asks for the password again. A failure is said; a change cut off is finished or
        undone at the next sign-in (desktop/key_rotation.py)."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..vault import rotate_keys

        senim = self.senim
        if senim.services is None:
            return
        if senim.services.team.status() is not None:
            # Every laptop of the school holds the keys: changing them from one would leave
            # the others' notes unreadable. Not yet done for a team journal: said, not tried.
            # lazy: message boxes load when first shown, not before the first window (start-up)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(senim.window, QCoreApplication.translate(
                "App", "Change all keys"), QCoreApplication.translate(
                "App", "This journal is the school's, shared through its server: every laptop "
                "holds its keys, so they cannot yet be changed from one laptop. Stop the "
                "account you no longer trust instead (Accounts): it signs in nowhere and "
                "syncs no more."))
            return
        keys, actor = senim.services.db.keys.copy(), senim.services.ctx.actor
        self.lock()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rotate_keys(senim.data_dir, keys, actor)
        except Exception as exc:  # noqa: BLE001 - said on the panel, the details in the log
            log.error("changing the keys failed: %s", describe_exception(exc))
            senim.signing.panel.show_error(QCoreApplication.translate(
                "App", "The keys could not be changed. Sign in: what was begun is finished or "
                "undone then, and nothing is lost. The details were written to the log."))
        else:
            senim.signing.panel.show_notice(QCoreApplication.translate(
                "App", "Every key of the journal was changed. Sign in again with your "
                "password."))
        finally:
            QApplication.restoreOverrideCursor()
            keys.wipe()

    def sign_out(self) -> None:
        """File → Sign out: the journal is locked (forms kept), then the lock is given up
        for anyone to sign in; forms with unsaved changes are asked about first (staying
        locked for this user when the answer is to keep them)."""
        self.lock()
        self.sign_out_locked()

    def sign_out_locked(self) -> None:
        """The lock screen's "Sign out": the kept forms are discarded (after asking, if any
        has unsaved changes) and anyone may sign in."""
        if self.kept is None or not self.may_drop_kept_forms():
            return
        locked, self.kept = self.kept, None
        discard_forms(locked.dialogs)
        self.senim.signing.panel.lock_to(None)

    def may_drop_kept_forms(self) -> bool:
        """Locked with unsaved forms kept: ask before they are lost. True: go ahead."""
        if self.kept is None:
            return True
        unsaved = [d for d in self.kept.dialogs if isValid(d) and d.dirty]
        if not unsaved:
            return True
        # lazy: message boxes load when first shown, not before the first window (start-up)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.senim.window)
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

    # --- the blank screen -----------------------------------------------------------------------

    def blank(self) -> None:
        """Cover everything at once, names included; Esc (or Show) brings it back. The journal
        stays open: the idle clock still runs and may lock it."""
        # lazy: loads when first opened, not before the first window (start-up)
        from ..views.widgets.record_dialog import RecordDialog

        senim = self.senim
        if senim.services is None or self.kept is not None or self._covers:
            return
        close_popups()
        self._blank_focus = QApplication.focusWidget()
        windows = windows_of(senim.window)
        # Forms are hidden; a window with a window of its own on top (a form asking about
        # unsaved changes, the pupil picker) may be waiting for it, and is covered instead.
        forms = [w for w in windows if isinstance(w, RecordDialog)
                 and not any(descends(o, w) for o in windows if o is not w)]
        for dialog in forms:
            dialog.hide()
        self._blank_hidden = forms
        cover = BlankScreen(senim.window)
        cover.show_requested.connect(self.unblank)
        self._covers = [cover] + [BlankScreen(w, hint=False) for w in windows if w not in forms]
        senim.window.menuBar().setEnabled(False)
        senim.window.activateWindow()
        cover.setFocus()

    def unblank(self) -> None:
        """Everything back as it was before the blank screen."""
        forms = self.end_blank()
        for dialog in forms:
            dialog.show()
        focus, self._blank_focus = self._blank_focus, None
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus()

    def end_blank(self) -> list[QDialog]:
        """Remove the covers; the forms the blank screen hid (still hidden) are returned."""
        for cover in self._covers:
            if isValid(cover):
                cover.remove()
        if self._covers and isValid(self.senim.window):
            self.senim.window.menuBar().setEnabled(True)
        self._covers = []
        forms, self._blank_hidden = self._blank_hidden, []
        return [d for d in forms if isValid(d)]

    def _key(self, obj, event) -> bool:
        """The lock and blank keys, from any window (IdleWatch hands every key here). While
        the screen is blank every other key is swallowed: no shortcut, no typing into a field
        under the cover. True: swallowed."""
        if self.senim.services is None or not isinstance(obj, QWidget):
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

    # --- the lock's minutes ---------------------------------------------------------------------

    def edit_lock_after(self):
        """Settings → Lock after…: the idle minutes, kept in settings.json."""
        senim = self.senim
        dialog = LockAfterDialog(senim.settings.auto_lock_minutes, senim.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_auto_lock_minutes(dialog.minutes()))
        dialog.open()
        return dialog

    def set_auto_lock_minutes(self, minutes: int) -> None:
        senim = self.senim
        senim.settings.auto_lock_minutes = check_auto_lock_minutes(minutes)
        senim.settings.save(senim.data_dir)
        if self.idle.running:
            self.idle.start()  # counted from now with the new interval


def _forget() -> None:
    gc.unfreeze()
    gc.collect()
