"""Signing in: the panel, the password checked and the journal opened on a worker thread,
what went wrong said on the panel; the first-run wizard; a forgotten password; signing out.

The window shows first; while the user types, the database layer is imported in the
background (_warm_up), so signing in is only Argon2id and the open.
"""

import importlib
import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from ..faults import DAMAGED, EMPTY, KEYRING_MISSING, MISSING, fault_of, newest_backup
from ..logs import describe_exception
from .team_sync import login_if_joined
from ..views.accounts.sign_in import SignInPanel
from ..views.record_actions import show_dialog
from ..views.widgets.messages import fault_message
from ..views.widgets.tasks import wait_journal_work

log = logging.getLogger(__name__)


class SigningIn:
    """The sign-in panel and what it leads to. `senim` holds the window, the services and the
    other concerns (desktop/app/senim.py)."""

    def __init__(self, senim):
        self.senim = senim
        self.panel = None  # the sign-in panel, while the window shows it
        # What a sign-in on the worker thread came to, handled on the GUI thread.
        self._outcomes = {
            "opened": self._signed_in,
            "refused": lambda: self.panel.failed(),  # wrong user name or password
            "wait": lambda s: self.panel.wait(s),  # too many failures: seconds to wait
            "failed": self.failed,  # a fault (desktop/faults.py) named, or "" for anything else
            # senim.db missing or empty: (the key, for a restore; code)
            "missing": lambda key, code: senim.health.show_damaged(key, missing=code),
            "upgrade_failed": self.upgrade_failed,  # where the copy made first is
            "damaged": senim.health.show_damaged,  # its key (for restoring a backup)
        }
        self.on_signed_in: list = []  # called with the services after each sign-in opened them

    def ask(self, locked_user: str | None = None) -> None:
        senim = self.senim
        self.panel = SignInPanel()
        self.panel.submitted.connect(self.sign_in)
        self.panel.sign_out_requested.connect(senim.locking.sign_out_locked)
        self.panel.forgot_password.connect(self.recover_password)
        if locked_user is not None:
            self.panel.lock_to(locked_user)
        senim.window.show_opening(self.panel)
        if locked_user is None:
            FirstPaint(senim.window, _warm_up)

    def recover_password(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from ..views.accounts.recovery_dialog import RecoveryDialog

        panel = self.panel
        dialog = RecoveryDialog(self.senim.data_dir, panel.user.text(), self.senim.window)
        return show_dialog(dialog, lambda user: panel.password_recovered(user))

    def sign_in(self, user: str, password: str) -> None:
        """On a worker thread: the keyring's Argon2id and the database's imports take a while.
        The work returns what it came to, (outcome, *arguments), handled on the GUI thread."""
        # lazy: loads when first used, not before the first window (start-up)
        from ..views.widgets.tasks import run_task

        data_dir = self.senim.data_dir

        def work():
            # lazy: the journal's modules load after the first window (start-up)
            from ..security import BadCredentials, TooSoon
            from ..vault import sign_in

            from ..services.published import NothingPublished, PublishedUnreadable
            from ..vault import AwaitingKeys

            try:
                services = sign_in(data_dir, user, password)
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
                # lazy: the journal's modules load after the first window (start-up)
                from ..db import MigrationFailed

                log.error("could not open the journal: %s", describe_exception(exc))
                # A full disk or a locked file is never "damaged" (desktop/faults.py).
                code = fault_of(exc, data_dir)
                if isinstance(exc, MigrationFailed):
                    return ("upgrade_failed", str(exc.backup or ""))
                if code in (MISSING, EMPTY):
                    return self._missing(code, user, password)
                if code == DAMAGED and (key := _key_for_restore(data_dir, exc, user,
                                                                password)) is not None:
                    return ("damaged", key)
                return ("failed", code or "")
            try:
                services.team_login = login_if_joined(services, user, password)
            except Exception as exc:  # noqa: BLE001 - the journal opens; sync says why not
                log.error("the school server's login: %s", describe_exception(exc))
            return ("opened", services)

        run_task(work, lambda outcome: self._outcomes[outcome[0]](*outcome[1:]),
                 name="sign-in")

    def _missing(self, code: str, user: str, password: str) -> tuple:
        """On the sign-in thread: the journal's file is missing or empty (found before the
        password was tried; nothing was created). The password unwraps the key, only to
        restore a backup (encrypted with it): the missing-journal screen offers it."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..security import BadCredentials, Keyring, TooSoon

        try:
            key = Keyring.load(self.senim.data_dir).unlock(user, password)
        except BadCredentials:
            return ("refused",)
        except TooSoon as exc:
            return ("wait", exc.seconds)
        except Exception as exc:  # noqa: BLE001 - the panel keeps saying what is missing
            log.error("no key for a restore: %s", describe_exception(exc))
            return ("failed", code)
        return ("missing", key, code)

    def _signed_in(self, services) -> None:
        self.senim.opened(services)
        for hook in self.on_signed_in:
            hook(services)

    def say_fault(self, code: str) -> None:
        """The fault (desktop/faults.py) on the sign-in panel, in one paragraph."""
        data_dir = self.senim.data_dir
        backup = (newest_backup(data_dir, self.senim.settings.backup_dir)
                  if code in (MISSING, EMPTY, DAMAGED) else None)
        panel = self.panel
        panel.show_error(fault_message(code, data_dir, backup, in_app=True))
        if code == KEYRING_MISSING:  # no password can open it: nothing to sign in to
            for w in (panel.user, panel.password, panel.button, panel.forgot_button):
                w.setEnabled(False)

    def set_up(self) -> None:
        """A new data folder: the wizard makes the journal; closing it quits."""
        # lazy: loads when first opened, not before the first window (start-up)
        from ..views.accounts.setup_wizard import SetupWizard

        senim = self.senim
        wizard = SetupWizard(senim.data_dir, senim.window)
        if wizard.exec() and wizard.services is not None:
            senim.opened(wizard.services)
        elif wizard.restored_at is not None:  # a backup brought back: the normal sign-in
            self.ask()
            senim.health.restored(wizard.restored_at)
        elif wizard.joined is not None:  # the school's journal came from its server
            self.ask()
        else:
            senim.app.quit()

    def failed(self, code: str = "") -> None:
        self.panel.set_busy(False)
        if code in _SIGN_IN_NOTES:
            self.panel.show_error(_SIGN_IN_NOTES[code]())
            return
        if code:
            self.say_fault(code)
            return
        self.panel.show_error(QCoreApplication.translate(
            "App", "Senim could not open the journal in {folder}. Check that the folder exists, "
            "is writable and is not used by another Senim; the details are in the log.").format(
                folder=self.senim.data_dir))

    def upgrade_failed(self, backup: str) -> None:
        self.panel.set_busy(False)
        text = QCoreApplication.translate(
            "App", "This version of Senim could not bring the journal up to date, so it was left "
            "as it was and nothing is lost.")
        if backup:
            text += " " + QCoreApplication.translate(
                "App", "A copy made just before is in {file}.").format(file=backup)
        self.panel.show_error(text)


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
    # lazy: the journal's modules load after the first window (start-up)
    from ..services.published import needs_publishing, publish

    try:
        if needs_publishing(services):
            publish(services)
    except Exception as exc:  # noqa: BLE001 - the older counts stay published
        log.error("publishing the head teacher's counts failed: %s", describe_exception(exc))


def sign_out(services) -> None:
    """The head teacher's counts published if the journal changed, the sign-out goes into
    the audit trail (if this version records it) and the database is closed either way.
    Sync with the school's server stops first (a round under way finishes)."""
    # lazy: the journal's modules load after the first window (start-up)
    from ..vault import sign_out

    if getattr(services, "stop_team_sync", None) is not None:
        services.stop_team_sync()
    # The screens' reads on the journal's worker end before it is closed (db.py's rules):
    # quitting while a page was reading after the sign-in crashed the process.
    wait_journal_work()

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
        # lazy: the journal's modules load after the first window (start-up)
        from ..security import Keyring

        return Keyring.load(data_dir).unlock(user, password)
    except Exception as again:  # noqa: BLE001 - then only the plain failure is said
        log.error("no key for a restore: %s", describe_exception(again))
        return None


class FirstPaint(QObject):
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


def _warm_up() -> None:
    """While the user types the password: import the database layer (about half a second
    of SQLAlchemy) and read the holidays on a worker thread, so signing in is only Argon2id
    and the open."""

    def work():
        for name in ("db", "services.accounts", "services.pupils", "services.chronology",
                     "services.sessions", "services.observations", "services.followups"):
            importlib.import_module(f"desktop.{name}")
        # The holidays package and this year's days (about 0.2 s the first time): the
        # dashboard's clocks need them at once after signing in.
        # lazy: this is the warm-up itself, after the first paint (start-up)
        from ..models.holidays import package_days_off

        this_year = date.today().year
        for year in (this_year - 1, this_year, this_year + 1):
            package_days_off(year)

    threading.Thread(target=work, name="warm-up", daemon=True).start()
