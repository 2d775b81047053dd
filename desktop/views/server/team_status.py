"""The status bar's word on the team journal: «Synced at 14:05», «Offline since 13:40»,
«waiting to be sent: 3», «conflicts: 2» (a link to the list). Hidden on a journal of its own."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:  # the status bar is built before the first window, the models' module after
    from ...models.team import TeamStatus
from ..widgets.colors import ALERT
from ..widgets.fmt import format_date, format_time


def local(utc: datetime) -> datetime:
    """A UTC time from the journal, on this laptop's clock."""
    return utc.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def when(utc: datetime) -> str:
    """Today's time alone; another day's with its date."""
    at = local(utc)
    return format_time(at) if at.date() == datetime.now().date() else \
        f"{format_date(at.date())} {format_time(at)}"


class TeamStatusLabel(QLabel):
    conflicts_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("teamStatus")
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(lambda _link: self.conflicts_clicked.emit())
        self.hide()

    def show_status(self, status: TeamStatus | None, syncing: bool = False) -> None:
        if status is None:
            self.hide()
            return
        parts = []
        if syncing:
            parts.append(self.tr("Syncing…"))
        elif status.offline_since is not None:
            parts.append(self.tr("Offline since {time}").format(time=when(status.offline_since)))
        elif status.last_success_at is not None:
            parts.append(self.tr("Synced at {time}").format(time=when(status.last_success_at)))
        else:
            parts.append(self.tr("Not synced yet"))
        if status.waiting:
            parts.append(self.tr("waiting to be sent: {n}").format(n=status.waiting))
        if status.conflicts:
            text = self.tr("conflicts: {n}").format(n=status.conflicts)
            parts.append(f"<a href=\"conflicts\" style=\"color: {ALERT.name()};\">{text}</a>")
        self.setText(" · ".join(parts))
        tip = self.tr("The school's server: {url}").format(url=status.server_url)
        if status.last_error:
            tip += "\n" + self.tr("Last attempt: {reason}").format(
                reason=fault_text(status.last_error))
        self.setToolTip(tip)
        self.show()


# A sync fault's code (desktop/server/connection.py, ServerFault.code) as a person reads it.
FAULTS = {
    "unreachable": QT_TRANSLATE_NOOP("TeamStatus", "the server could not be reached"),
    "bad-login": QT_TRANSLATE_NOOP("TeamStatus", "the server refused the name or the password"),
    "revoked": QT_TRANSLATE_NOOP("TeamStatus",
                                 "this account may no longer use the school server"),
    "update-senim": QT_TRANSLATE_NOOP("TeamStatus",
                                      "the server was set up by a newer Senim: update Senim"),
    "not-senim": QT_TRANSLATE_NOOP("TeamStatus", "the address is not a Senim school server"),
    "certificate": QT_TRANSLATE_NOOP("TeamStatus",
                                     "the server did not show the expected certificate"),
    "postgres-too-old": QT_TRANSLATE_NOOP(
        "TeamStatus", "the server's PostgreSQL is too old (15 or newer is needed)"),
    "bad-url": QT_TRANSLATE_NOOP("TeamStatus", "the server's address is wrong"),
    "folder-not-empty": QT_TRANSLATE_NOOP(
        "TeamStatus", "this data folder is not empty: a laptop joins into a new, empty one"),
    "not-empty": QT_TRANSLATE_NOOP(
        "TeamStatus",
        "the database is not empty: the server is set up only in a new, empty database"),
}


def fault_text(code: str) -> str:
    text = FAULTS.get(code)
    if text is None:
        return QCoreApplication.translate("TeamStatus", "an unexpected fault ({code})"
                                          ).format(code=code)
    return QCoreApplication.translate("TeamStatus", text)
