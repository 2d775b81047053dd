"""Small pieces every service uses: stamping who changed a row, live rows, pupil refs, plain
rows."""

import uuid
from collections.abc import Iterable

from sqlalchemy import String, type_coerce
from sqlmodel import Session, select

from ..models import Pupil, Tracked, utcnow
from ..models.pupil import PupilRef
from ..models.text import full_name
from .context import Context
from .errors import NotFound


def stamp(row: Tracked, ctx: Context) -> None:
    row.updated_at = utcnow()
    row.updated_by = ctx.actor


def soft_delete(row: Tracked, ctx: Context) -> None:
    row.deleted_at = utcnow()
    stamp(row, ctx)


def get_live(s: Session, model: type[Tracked], id_: uuid.UUID):
    row = s.get(model, id_)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"{model.__name__} {id_}")
    return row


def pupil_ref(p: Pupil) -> PupilRef:
    return PupilRef(p.id, full_name(p.surname, p.given_name, p.patronymic), p.class_name, p.consent_status)


def pupil_refs(s: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PupilRef]:
    ids = list(ids)
    if not ids:
        return {}
    rows = s.exec(select(Pupil).where(Pupil.id.in_(ids), Pupil.deleted_at.is_(None))).all()
    return {p.id: pupil_ref(p) for p in rows}


def plain_rows(result) -> list[tuple]:
    """A Core result's rows as the driver's own tuples, the result closed: for thousands of
    rows whose columns have no result processor (text, integers), SQLAlchemy's Row objects
    skipped."""
    rows = result.cursor.fetchall()
    result.close()
    return rows


def as_stored(column):
    """The column as SQLite stores it (ids as 32 hex digits, times as ISO text): read as
    text, no result processor making a UUID or a datetime of each value."""
    return type_coerce(column, String)
