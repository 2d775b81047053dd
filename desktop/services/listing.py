"""Query helpers for the long lists (100,000 records): the views ask for one page at a time."""

import uuid

from sqlmodel import Session, col, select

from ..models import Pupil
from ..models.text import full_name, search_form
from .filters import ListFilter

__all__ = ["ListFilter", "matching_pupil_ids", "names_by_record"]


def matching_pupil_ids(s: Session, text: str) -> list[uuid.UUID] | None:
    """Ids of pupils whose name holds every word of `text`, or None when there is no text."""
    words = search_form(text).split()
    if not words:
        return None
    stmt = select(Pupil.id).where(Pupil.deleted_at.is_(None))
    for w in words:
        stmt = stmt.where(col(Pupil.search_key).contains(w, autoescape=True))
    return list(s.exec(stmt).all())


def names_by_record(s: Session, link, record_col, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """'Surname Given, Surname Given' for each record id through a pupil link table."""
    if not ids:
        return {}
    rows = s.exec(
        select(record_col, Pupil.surname, Pupil.given_name, Pupil.patronymic)
        .join(Pupil, Pupil.id == link.pupil_id)
        .where(record_col.in_(ids), Pupil.deleted_at.is_(None))
        .order_by(Pupil.surname)
    ).all()
    out: dict[uuid.UUID, list[str]] = {}
    for rid, sur, given, patr in rows:
        out.setdefault(rid, []).append(full_name(sur, given))
    return {k: ", ".join(v) for k, v in out.items()}
