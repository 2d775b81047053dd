"""What stopped the journal from opening or a command from finishing, named as what it is.

One classifier for the app and every `senim` command: the journal's file missing (or empty)
beside its keyring, the keyring missing beside the journal, a full disk, a read-only folder,
the file locked by another program, a damaged file. The storage faults come from
services/errors.storage_problem (the driver's own SQLite codes and OS errnos), so a full disk
or a locked file is never called "damaged": following the advice for a damaged journal
(restore a backup over it) would throw a healthy journal away.

Qt-free; the messages people read are in desktop/views/widgets/messages.py ("open.*" codes).
"""

from __future__ import annotations

from pathlib import Path

from .config import DB_FILE, HEAD_LAPTOP_FILE, KEYRING_FILE
from .settings import Settings

MISSING = "open.missing"  # keys.json here, senim.db not
EMPTY = "open.empty"  # keys.json here, senim.db 0 bytes
KEYRING_MISSING = "keyring.missing"  # an encrypted senim.db, no keys.json
FULL = "open.full"
READ_ONLY = "open.read_only"
LOCKED = "open.locked"
DAMAGED = "open.damaged"

_BY_STORAGE = {"storage.full": FULL, "storage.read_only": READ_ONLY,
               "storage.locked": LOCKED, "storage.damaged": DAMAGED}  # services/errors.py
# Faults of the journal itself (restoring a backup is the way out) against faults of where
# it is kept (the journal is whole; free space, make the folder writable, close the program).
JOURNAL_FAULTS = frozenset({MISSING, EMPTY, KEYRING_MISSING, DAMAGED})


class KeyringMissing(Exception):
    """An encrypted journal is in the folder but its keyring (keys.json) is not: setting up
    anew would be useless (no key opens it) and is refused, changing nothing."""


class JournalMissing(Exception):
    """The keyring (keys.json) is in the folder but the journal (senim.db) is not, or is an
    empty file: signing in would create a new, empty journal beside the keys of the real
    one. Refused before any password is tried; nothing is created. `empty`: a 0-byte file."""

    def __init__(self, empty: bool):
        super().__init__("the journal file is " + ("empty" if empty else "missing"))
        self.empty = empty


def files_fault(data_dir: Path) -> str | None:
    """Before a password is tried or anything created, by looking at the files only (no
    import of the keyring's cryptography: the app asks this before its first paint):
    MISSING / EMPTY when keys.json is here and senim.db is not, or is empty (and has no WAL
    holding its pages); KEYRING_MISSING for an encrypted senim.db without keys.json; None
    for a whole pair, for a head teacher's laptop joined to a school server (keys.json and
    HEAD_LAPTOP_FILE, no journal), and for a new folder (neither)."""
    data_dir = Path(data_dir)
    db = data_dir / DB_FILE
    try:
        size = db.stat().st_size
    except FileNotFoundError:
        size = None
    if not size:
        wal = data_dir / (DB_FILE + "-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            size = -1  # pages only in the WAL: SQLite's to judge
    if (data_dir / KEYRING_FILE).exists():
        if size is None and (data_dir / HEAD_LAPTOP_FILE).exists():
            return None  # a head teacher's laptop: counts from the school server, no journal
        if size is None:
            return MISSING
        return EMPTY if size == 0 else None
    if size:
        try:
            with open(db, "rb") as f:
                plain = f.read(16) == b"SQLite format 3\x00"  # from before encryption
        except OSError:
            plain = False
        return None if plain else KEYRING_MISSING
    return None


def fault_of(exc: BaseException, where: Path | None = None) -> str | None:
    """The fault behind an exception as an "open.*" message code, or None (anything else).
    `where`, the data folder, lets the disk tell a full disk from a read-only one when
    SQLite says only "disk I/O error" (services/errors.storage_problem)."""
    # lazy: the app asks files_fault() before its first paint; the database layer (SQLAlchemy)
    # and the services' errors load later (start-up)
    from .db import JournalDamaged
    from .services.errors import storage_problem

    if isinstance(exc, JournalMissing):
        return EMPTY if exc.empty else MISSING
    if isinstance(exc, KeyringMissing):
        return KEYRING_MISSING
    # A storage fault named by the driver wins over JournalDamaged's own guess.
    found = storage_problem(exc, where)
    if found is not None:
        return _BY_STORAGE[found]
    if isinstance(exc, JournalDamaged):
        return DAMAGED
    return None


def newest_backup(data_dir: Path, second: str | Path | None = None):
    """The newest verified backup (desktop/backups.newest_backup), for the fault messages."""
    from .backups import newest_backup as newest  # lazy: only when a fault is shown (start-up)

    return newest(data_dir, second)
