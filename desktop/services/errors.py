"""Errors services raise. Views translate ValidationError codes and show them by the field."""

import errno
import os
import shutil

from ..models.validation import FieldError, ValidationError
from .context import NotAllowed


class NotFound(LookupError):
    """The record is gone (deleted, or never existed)."""


# What went wrong with the storage, as a message code (desktop/views/widgets/messages.py).
STORAGE_FULL = "storage.full"
STORAGE_READ_ONLY = "storage.read_only"
STORAGE_LOCKED = "storage.locked"
STORAGE_DAMAGED = "storage.damaged"

# SQLite's primary result codes (the low byte of an extended code).
_BY_SQLITE_CODE = {
    13: STORAGE_FULL,  # SQLITE_FULL
    8: STORAGE_READ_ONLY,  # SQLITE_READONLY
    14: STORAGE_READ_ONLY,  # SQLITE_CANTOPEN
    10: STORAGE_READ_ONLY,  # SQLITE_IOERR
    3: STORAGE_READ_ONLY,  # SQLITE_PERM
    5: STORAGE_LOCKED,  # SQLITE_BUSY
    6: STORAGE_LOCKED,  # SQLITE_LOCKED
    11: STORAGE_DAMAGED,  # SQLITE_CORRUPT
    26: STORAGE_DAMAGED,  # SQLITE_NOTADB
}
# For a driver that gives no code: SQLite's own messages (they never quote a value).
_BY_SQLITE_MESSAGE = (
    ("database or disk is full", STORAGE_FULL),
    ("readonly database", STORAGE_READ_ONLY),
    ("unable to open database file", STORAGE_READ_ONLY),
    ("disk i/o error", STORAGE_READ_ONLY),
    ("database is locked", STORAGE_LOCKED),
    ("database table is locked", STORAGE_LOCKED),
    ("database disk image is malformed", STORAGE_DAMAGED),
    ("file is not a database", STORAGE_DAMAGED),
)
_BY_ERRNO = {errno.ENOSPC: STORAGE_FULL, errno.EDQUOT: STORAGE_FULL,
             errno.EFBIG: STORAGE_FULL,
             errno.EROFS: STORAGE_READ_ONLY, errno.EACCES: STORAGE_READ_ONLY,
             errno.EPERM: STORAGE_READ_ONLY, errno.EIO: STORAGE_READ_ONLY}


# SQLite says only "disk I/O error" (SQLITE_IOERR) or "unable to open" (SQLITE_CANTOPEN) for
# a write the disk refused: a full disk (its WAL index cannot grow) reads so too. `where`
# (the journal's folder) lets the disk itself say which it is.
_AMBIGUOUS_CODES = (10, 14)  # SQLITE_IOERR, SQLITE_CANTOPEN
FULL_BELOW = 1024 * 1024  # bytes free to an ordinary user: under a mebibyte is a full disk


def storage_problem(exc: BaseException, where=None) -> str | None:
    """The storage problem behind an exception (a full disk, a read-only folder, the journal
    locked by another program, a damaged file) as a message code, or None for anything else.
    Looks through SQLAlchemy's wrapping (`.orig`) and the exception's causes; trusts the
    driver's SQLite error code (sqlcipher3 and sqlite3 give `sqlite_errorcode`), else its
    message, which SQLite writes itself and which never holds a typed value. With `where`
    (the journal's folder), SQLite's vague I/O errors are told apart by asking the disk:
    no space left is a full disk, a read-only file system a read-only folder."""
    found = _storage_problem(exc)
    if found == STORAGE_READ_ONLY and where is not None and _is_ambiguous(exc):
        return _disk_says(where) or found
    return found


def _is_ambiguous(exc: BaseException) -> bool:
    e: BaseException | None = exc
    for _ in range(8):
        if e is None:
            return False
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(code, int):
            return (code & 0xFF) in _AMBIGUOUS_CODES
        if isinstance(e, OSError):
            return e.errno in (errno.EIO,)
        e = getattr(e, "orig", None) or e.__cause__
    return "disk i/o error" in str(exc).lower() or "unable to open" in str(exc).lower()


def _disk_says(where) -> str | None:
    try:
        if shutil.disk_usage(where).free < FULL_BELOW:
            return STORAGE_FULL
        if hasattr(os, "statvfs") and os.statvfs(where).f_flag & os.ST_RDONLY:
            return STORAGE_READ_ONLY
    except OSError:
        return None
    return None


def _storage_problem(exc: BaseException) -> str | None:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _BY_SQLITE_CODE:
            return _BY_SQLITE_CODE[code & 0xFF]
        if isinstance(e, OSError) and e.errno in _BY_ERRNO:
            return _BY_ERRNO[e.errno]
        if _is_driver_error(e):
            said = str(e).lower()
            found = next((c for text, c in _BY_SQLITE_MESSAGE if text in said), None)
            if found:
                return found
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]
    return None


def _is_driver_error(e: BaseException) -> bool:
    """An exception of a DB-API driver (sqlite3, sqlcipher3): named so, from such a module."""
    module = type(e).__module__ or ""
    return type(e).__name__ in ("OperationalError", "DatabaseError", "IntegrityError") and (
        module.startswith(("sqlite3", "sqlcipher3", "pysqlcipher3")))


__all__ = ["FieldError", "ValidationError", "NotFound", "NotAllowed", "storage_problem",
           "STORAGE_FULL", "STORAGE_READ_ONLY", "STORAGE_LOCKED", "STORAGE_DAMAGED"]
