"""A text column sealed with the notes key (desktop/security/notes.py).

The cipher lives on the database engine's dialect (`dialect.senim_notes`, set by
desktop/db.py from the signed-in account's keys), so every way of writing or reading the
column - the services, exports, the demo - seals and opens it, and none can forget to.
Without the notes key (a counsellor, a head teacher) the column reads as empty and cannot be
written: a psychologist's notes are never overwritten by someone who cannot read them.
"""

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator


class NotesLocked(PermissionError):
    """Writing sealed text without the notes key."""

    def __init__(self) -> None:
        super().__init__("confidential notes can only be written with the notes key")


class SealedText(TypeDecorator):
    impl = String  # VARCHAR, as the column always was: no migration
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if not value:
            return value
        cipher = getattr(dialect, "senim_notes", None)
        if cipher is None:
            raise NotesLocked()
        return cipher.seal(value)

    def process_result_value(self, value, dialect):
        if not value:
            return "" if value is None else value
        cipher = getattr(dialect, "senim_notes", None)
        return "" if cipher is None else cipher.open(value)
