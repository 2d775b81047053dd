"""Sync with the school's server while the journal is open, never in the window's way: a round
at sign-in, every few minutes, a little after each save, and on «Sync now»; each on a worker
thread of its own (views/widgets/tasks.py), one at a time. The status bar says where it stands;
what a round pulled refreshes the pages that show it. Signing out, locking and closing stop
it and wait for a round under way (the journal is closed only after its workers are done).

The login (desktop/server/sync.Login: the secret derived from the password) is made at sign-in,
on the sign-in's worker, and kept in memory with the open journal only.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from ..logs import describe_exception

log = logging.getLogger(__name__)

EVERY_MS = 3 * 60 * 1000  # a round every three minutes
AFTER_SAVE_MS = 10 * 1000  # and ten seconds after a save (saves close together make one)


def login_if_joined(services, user: str, password: str):
    """At sign-in (on its worker): the server login (server.sync.Login) of a journal joined to
    a school server; None for a journal of its own."""
    # lazy: the server's modules load only for a journal joined to one (start-up)
    from ..server.sync import Login

    if getattr(services, "db", None) is None:
        return None
    status = services.team.status()
    if status is None:
        return None
    return Login.of(status.server_url, user, password, services.ctx.role)


class TeamSync:
    def __init__(self, senim):
        self.senim = senim
        self.services = None
        self.login = None  # server.sync.Login while a joined journal is open
        self.task = None
        self.dialog = None
        self.timer = QTimer()
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer()
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_SAVE_MS)
        self.soon.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.pending

    def start(self, services) -> None:
        """The journal is open: if it is joined, sync from now on."""
        self.services, self.login = services, getattr(services, "team_login", None)
        services.team_login = None
        services.stop_team_sync = self.stop
        self.show_status()
        if self.login is None:
            return
        services.db.on_change(self._saved)
        self.timer.start()
        QTimer.singleShot(1500, self.sync_now)

    def stop(self) -> None:
        """Before the journal closes: no new round, and the one under way finished."""
        self.timer.stop()
        self.soon.stop()
        if self.task is not None:
            self.task.wait(60)
        self.services, self.login = None, None

    def password_changed(self, password: str) -> None:
        """The user's new password: the login for the rounds from now on (made on a worker:
        Argon2id). The server learns it from the next round, logged in with the old one."""
        # lazy: the server's modules load only for a journal joined to one (start-up)
        from ..server.sync import Login
        from ..views.widgets.tasks import run_task

        if self.login is None or self.services is None:
            return
        services, old = self.services, self.login
        status = services.team.status()
        if status is None:
            return

        def done(login):
            if self.services is services and self.login is old:
                self.login = login
                self.soon.start()

        run_task(lambda: Login.of(status.server_url, services.ctx.actor, password, old.role),
                 done, name="team-login")

    def _saved(self, changes) -> None:
        # The journal's listener, on the thread that committed: a timer restarted there would
        # be another thread's; the window's signal brings it to this one.
        QTimer.singleShot(0, self.soon.start) if self.login is not None else None

    def show_status(self) -> None:
        window = self.senim.window
        if window is None or self.services is None or getattr(self.services, "db", None) is None:
            return
        window.show_team_status(self.services.team.status(), self.running)

    def sync_now(self) -> None:
        # lazy: the server's modules load only for a journal joined to one (start-up)
        from ..server.sync import sync_once
        from ..views.widgets.tasks import run_task

        if self.login is None or self.services is None or self.running:
            return
        services, login = self.services, self.login
        self.task = run_task(lambda: sync_once(services.db, login),
                             lambda outcome: self._done(services, outcome),
                             lambda exc: self._failed(services, exc), name="team-sync")
        self.show_status()

    def _done(self, services, outcome) -> None:
        if services is not self.services:
            return
        window = self.senim.window
        if outcome.pulled and window is not None:
            # lazy: models/changes.py loads uuid (and platform), after the first window (start-up)
            from ..models.changes import EVERYTHING

            window.records_changed.emit(EVERYTHING)
        self.show_status()
        if self.dialog is not None:
            self.dialog.synced(services.team.status(), outcome.pushed, outcome.pulled,
                               outcome.conflicts)

    def _failed(self, services, exc: BaseException) -> None:
        from ..server.connection import ServerFault  # lazy: loaded by the round that failed

        if isinstance(exc, ServerFault):
            log.info("sync: %s", exc.code)
            reason = str(exc)
        else:
            log.error("sync failed: %s", describe_exception(exc))
            reason = type(exc).__name__
        if services is not self.services:
            return
        self.show_status()
        if self.dialog is not None:
            from ..views.server.team_status import fault_text  # lazy: with the dialog

            self.dialog.failed(fault_text(getattr(exc, "code", reason)),
                               services.team.status())

    # -- Settings → School server ------------------------------------------------------------

    def open_dialog(self) -> None:
        # lazy: the dialog loads when first opened
        from ..views.server.school_server_dialog import SchoolServerDialog

        services = self.services
        if services is None or getattr(services, "db", None) is None:
            return
        dialog = SchoolServerDialog(services.team.status(),
                                    services.ctx.role == "psychologist", self.senim.window)
        dialog.sync_requested.connect(self.sync_now)
        dialog.conflicts_requested.connect(self.open_conflicts)
        dialog.set_up_requested.connect(self._set_up)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def open_conflicts(self) -> None:
        # lazy: the dialog loads when first opened
        from ..views.server.conflicts_dialog import ConflictsDialog

        if self.services is None:
            return
        dialog = ConflictsDialog(self.services, self.dialog or self.senim.window)
        dialog.finished.connect(lambda _r: self.show_status())
        dialog.open()

    def _set_up(self, url: str, owner_password: str, password: str) -> None:
        # lazy: setting a server up is rare; its modules load then
        from ..security import Keyring
        from ..server.connection import ServerFault
        from ..server.founding import found_school
        from ..views.server.team_status import fault_text
        from ..views.widgets.tasks import run_task

        services = self.services
        user = services.ctx.actor
        data_dir = self.senim.data_dir

        def work():
            Keyring.load(data_dir).open(user, password).wipe()  # BadCredentials: a wrong one
            founded = found_school(url, owner_password, services.db,
                                   Keyring.path(data_dir).read_bytes(), user, password)
            return founded, login_if_joined(services, user, password)

        def done(result):
            founded, login = result
            if self.dialog is not None:
                self.dialog.set_up_done(founded.records)
            if services is self.services:
                services.team_login = login
                self.start(services)

        def failed(exc):
            # lazy: the keyring's modules load after the first window (start-up)
            from ..security import BadCredentials

            if isinstance(exc, BadCredentials):
                if self.dialog is not None:
                    self.dialog.failed(self.dialog.tr("Your password is not right."))
                return
            if not isinstance(exc, ServerFault):
                log.error("setting the school server up failed: %s", describe_exception(exc))
            if self.dialog is not None:
                self.dialog.failed(fault_text(getattr(exc, "code", type(exc).__name__)))

        run_task(work, done, failed, name="server-init")
