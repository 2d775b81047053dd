"""The audit trail's shapes and its hash chain. Pure Python: no SQLAlchemy, no Qt.

Every entry's hash covers its own fields and the hash of the entry before it, so changing,
removing or reordering any entry breaks the chain from that entry on. An entry says what
happened to which record, never what the record says: an update names the changed columns,
not their values.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

# The first entry's prev_hash.
GENESIS = "0" * 64

# Actions. Records change through the save hook (create, update, delete); the rest are
# recorded explicitly by the code that does them (AuditService.record).
SIGN_IN, SIGN_OUT = "sign_in", "sign_out"
CREATE, UPDATE, DELETE = "create", "update", "delete"
READ_NOTES = "read_notes"
EXPORT, PRINT, PDF = "export", "print", "pdf"
IMPORT = "import"  # a list of pupils imported: counts only (desktop/services/pupil_import.py)
# A password changed by its owner, reset by a psychologist, or set anew with the recovery
# key: the entry names the account (its id), never a password or a key.
PASSWORD_CHANGE, PASSWORD_RESET, RECOVERY = "password_change", "password_reset", "recovery"
# Every key of the journal changed by a psychologist (desktop/key_rotation.py).
KEY_ROTATION = "key_rotation"
ACTIONS = frozenset({SIGN_IN, SIGN_OUT, CREATE, UPDATE, DELETE, READ_NOTES, EXPORT, PRINT, PDF,
                     IMPORT, PASSWORD_CHANGE, PASSWORD_RESET, RECOVERY, KEY_ROTATION})


def entry_hash(seq: int, at: datetime, actor: str, action: str, entity: str, entity_id: str,
               detail: str, prev_hash: str) -> str:
    """sha256 (hex) over a canonical serialization: a JSON array, UTF-8, no spaces.

    `at` is serialized as ISO 8601 in UTC with microseconds, so the value read back from
    the database hashes exactly like the value written.
    """
    if at.utcoffset() is None:
        raise ValueError("audit times are timezone-aware")
    stamp = at.astimezone(timezone.utc).isoformat(timespec="microseconds")
    payload = json.dumps([seq, stamp, actor, action, entity, entity_id, detail, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditFilter:
    """Entries matching every field given. `since` is inclusive and `until` exclusive;
    both are timezone-aware (the view turns the user's local days into them)."""

    actor: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime | None  # UTC, aware; None if the stored time is damaged
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str


@dataclass(frozen=True)
class VerifyResult:
    """ok, or the first entry that breaks the chain (None when the trouble is not one
    entry, e.g. the table itself) and why, in plain words."""

    ok: bool
    checked: int
    first_broken_seq: int | None = None
    reason: str = ""
