"""What the window shows of the team journal (desktop/server/): read shapes only, no SQL."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class TeamStatus:
    server_url: str
    last_success_at: datetime | None  # UTC
    offline_since: datetime | None  # UTC; None while the server answers
    last_error: str  # the fault's code (connection.ServerFault.code), "" after a success
    waiting: int  # records changed here, not yet pushed
    conflicts: int  # open ones


@dataclass(frozen=True)
class ConflictRead:
    id: str
    kind: str  # the record's table
    record_id: str
    field: str
    mine: str  # as a person reads it (a note opened with the notes key)
    theirs: str  # the server's, the one kept
    found_at: datetime
    record_label: str  # what the record is, e.g. the pupil's name
    can_use_mine: bool  # a plain field the user may write (not a list of pupils, say)
