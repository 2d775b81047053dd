"""Collect what each transaction changes (models/changes.py), from the same flush hook that
writes the audit trail (services/audit.py), into the session's info; db.Database announces
it after the commit. Raw SQL written past the ORM is not seen: such writers say it with
`note_kinds`."""

from __future__ import annotations

import uuid

from sqlmodel import Session

from ..models.changes import Changes

_KEY = "changes"


def collect(session: Session) -> None:
    """The objects about to be flushed: their tables, and the pupils they are about."""
    kinds, pupils = set(), set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__tablename__", None)
        if not isinstance(table, str) or table == "audit_entry" or table == "draft":
            continue
        kinds.add(table)
        pupil = obj.id if table == "pupil" else getattr(obj, "pupil_id", None)
        if isinstance(pupil, uuid.UUID):
            pupils.add(pupil)
    if kinds:
        _add(session, Changes(frozenset(kinds), frozenset(pupils)))


def note_kinds(session: Session, *kinds: str) -> None:
    """Changes written without the ORM's objects (an import's bulk rows, settings)."""
    _add(session, Changes(frozenset(k for k in kinds if k)))


def taken(session: Session) -> Changes:
    """What the session changed, once (called after its commit)."""
    return session.info.pop(_KEY, Changes())


def _add(session: Session, changes: Changes) -> None:
    session.info[_KEY] = session.info.get(_KEY, Changes()) | changes
