"""The application while it runs: the main window, and the one place its concerns are wired.

- signing_in.py: the sign-in panel, opening the journal on a worker thread, the first run;
- locking.py: the idle clock, locking (forms kept for the same user), the blank screen;
- storage_health.py: backups, the quick check and damage found, restoring a backup;
- here: the window, built again when the language changes or the journal closes; the journal
  attached to it when opened; closing at the end.
"""

import gc
import logging
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ..settings import Settings
from ..views.accounts.lock import close_popups, close_windows, discard_forms, windows_of
from ..views.main_window import MainWindow
from ..views.first_window import Qt
from ..views.widgets.i18n import install_language
from .locking import Locking
from .signing_in import SigningIn, sign_out
from .storage_health import StorageHealth
from .team_sync import TeamSync

log = logging.getLogger(__name__)


def settle_memory() -> None:
    """After start-up: move what exists now (SQLAlchemy, Qt wrappers, the first page) out of
    the garbage collector's sight. Its full collections then stop rescanning them, which
    cut the worst search keystroke from ~80 ms to ~30 ms on the benchmark database."""
    gc.collect()
    gc.freeze()


class Senim:
    """Owns the main window; rebuilds it when the interface language changes, and when the
    journal is locked. `signing`, `locking` and `health` are its concerns; the methods below
    the window's are theirs, named here for the window's menus and the tests."""

    def __init__(self, app: QApplication, data_dir: Path, settings: Settings, services=None):
        self.app, self.data_dir, self.settings, self.services = app, data_dir, settings, services
        self.window = None
        self.health = StorageHealth(self)
        self.locking = Locking(self)
        self.team = TeamSync(self)  # sync with the school's server, when joined to one
        self.signing = SigningIn(self)  # its outcomes name the other two

    # --- the window -----------------------------------------------------------------------------

    def _new_window(self, services):
        window = MainWindow(services, self.settings, self.data_dir,
                            on_language_change=self.change_language)
        window.lock_requested.connect(self.lock)
        window.sign_out_requested.connect(self.sign_out)
        window.rotate_keys_requested.connect(self.rotate_keys)
        window.blank_requested.connect(self.blank)
        window.lock_after_requested.connect(self.edit_lock_after)
        window.restore_requested.connect(self.restore_now)
        window.school_server_requested.connect(self.team.open_dialog)
        window.team_conflicts_requested.connect(self.team.open_conflicts)
        window.password_changed.connect(self.team.password_changed)
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

    def opened(self, services) -> None:
        """The journal is open (signed in, or made by the first-run wizard): into the window,
        with the forms a lock kept for this user; then the idle clock, the backup and the
        quick check."""
        self.services = services
        locked = self.locking.take_kept(services.ctx.actor)
        if locked is not None:
            self.window.restore_state(locked.state)  # applied when attached
        try:
            self.window.attach(services)
        except Exception as exc:
            # lazy: the journal's modules load after the first window (start-up)
            from ..db import is_damage

            if not is_damage(exc):
                raise
            discard_forms(locked.dialogs if locked is not None else [])
            self.health.check_found(services, f"the first pages cannot be read "
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
            # lazy: loads when first opened, not before the first window (start-up)
            from ..views.storage.drafts_dialog import offer_drafts

            # Not if the journal was closed meanwhile (found damaged while the window filled).
            QTimer.singleShot(0, lambda: offer_drafts(self.window, services, held)
                              if services is self.services else None)
        self.idle.start()
        QTimer.singleShot(0, settle_memory)
        if services.new_recovery_key:
            self._show_new_recovery_key(services)
        if services.db is not None:  # not the head teacher's published counts
            self.health.backup_if_due(services)
            self.health.check_quickly(services)
            self.team.start(services)

    def _show_new_recovery_key(self, services) -> None:
        """The first psychologist's sign-in since keys per role made the role keys: the new
        recovery key, shown once (the key is dropped from the services right after)."""
        # lazy: loads when first opened, not before the first window (start-up)
        from ..views.accounts.recovery_key_view import (
            NewRecoveryKeyDialog, account_text, school_name,
        )

        key, services.new_recovery_key = services.new_recovery_key, None
        school_text, account = "", account_text("", services.ctx.actor)
        try:  # the printout's heading; the key is shown whatever happens here
            school = services.school.get()
            me = services.accounts.by_user_name(services.ctx.actor)
            school_text = school_name(school.name_kk, school.name_ru) if school else ""
            account = account_text(me.display_name if me else "", services.ctx.actor)
        except Exception as exc:  # noqa: BLE001 - never lose the key over its heading
            log.warning("the recovery key's heading could not be read: %s", type(exc).__name__)
        dialog = NewRecoveryKeyDialog(key, self.window, school=school_text, account=account)
        dialog.setModal(True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def close_journal(self, services, keep_drafts: bool) -> None:
        """Drop the open journal from the window: forms closed (with `keep_drafts`, their
        text is kept as drafts first; without, nothing more is written), the window rebuilt
        empty. The caller closes the database."""
        # lazy: loads when first opened, not before the first window (start-up)
        from ..views.widgets.record_dialog import RecordDialog

        self.idle.stop()
        self.locking.end_blank()
        self.health.stop_journal_work()
        close_popups()
        old = self.window
        for form in old.findChildren(RecordDialog):
            if keep_drafts:
                form.keep_draft()
            form.services = None  # closing it writes nothing more
        close_windows(windows_of(old))
        # The screens' reads on the journal's worker end before the caller closes it.
        from ..views.widgets.tasks import wait_journal_work  # lazy: as RecordDialog above

        wait_journal_work()
        self.services = None
        self.replace_window(old)

    def replace_window(self, old, kept=()) -> None:
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

    def change_language(self, code: str) -> None:
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
        self.health.stop_check()  # a check still reading would crash the process as it ends
        if self.services is not None:
            services, self.services = self.services, None
            if self.window is not None and isValid(self.window):
                self.window.hide()  # the backup takes a moment; the journal is already gone
            if services.db is not None:  # the head teacher's published counts: no journal
                self.health.backup_on_exit(services)
            sign_out(services)

    # --- the concerns' parts the window's menus, start-up and the tests name ---------------------

    @property
    def sign_in_panel(self):
        return self.signing.panel

    @property
    def idle(self):
        return self.locking.idle

    @property
    def locked(self) -> bool:
        return self.locking.locked

    @property
    def blanked(self) -> bool:
        return self.locking.blanked

    @property
    def damaged_dialog(self):
        return self.health.damaged_dialog

    def ask_to_sign_in(self, locked_user: str | None = None) -> None:
        self.signing.ask(locked_user)

    def sign_in(self, user: str, password: str) -> None:
        self.signing.sign_in(user, password)

    def say_fault(self, code: str) -> None:
        self.signing.say_fault(code)

    def set_up(self) -> None:
        self.signing.set_up()

    def lock(self) -> None:
        self.locking.lock()

    def sign_out(self) -> None:
        self.locking.sign_out()

    def blank(self) -> None:
        self.locking.blank()

    def rotate_keys(self) -> None:
        self.locking.rotate_keys()

    def edit_lock_after(self):
        return self.locking.edit_lock_after()

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.locking.set_auto_lock_minutes(minutes)

    def restore_now(self, path) -> None:
        self.health.restore_now(path)

    def damaged_while_open(self, exc: BaseException) -> bool:
        return self.health.damaged_while_open(exc)

    def _join_backup(self) -> None:
        self.health.join_backup()
