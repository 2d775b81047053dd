"""The preventive work log (models/prevention.py has the rules).

- Rights: PREVENTION_READ to read, PREVENTION_WRITE to add, change and delete (the
  psychologist and the counsellor); the head teacher gets neither: the term summary gives
  their counts.
- remove() is a soft delete; the audit trail records create, change and delete through its
  save hook (services/audit.py), like every Tracked row.
- The list, newest first, pages like the other long lists (count + page), all in SQL: the
  search matches each word against a stored search_key (search_form of topic, group and
  class: any case, ё = е), as the pupil search does.
"""

import uuid

from sqlalchemy import func
from sqlmodel import col, select

from ..db import Database
from ..models import PreventiveActivity
from ..models.prevention import (
    ActivityFilter, ActivityInput, ActivityRead, activity_search_key, check_activity,
)
from ..models.school_class import normalize_class
from ..models.text import search_form
from ..models.validation import clean
from .common import get_live, soft_delete, stamp
from .context import PREVENTION_READ, PREVENTION_WRITE, Context
from .listing import class_order, ordered


class PreventionService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- reading -----------------------------------------------------------------------------

    def get(self, activity_id: uuid.UUID) -> ActivityRead:
        self.ctx.require(PREVENTION_READ)
        with self.db.session() as s:
            return _read(get_live(s, PreventiveActivity, activity_id))

    def count(self, f: ActivityFilter = ActivityFilter()) -> int:
        self.ctx.require(PREVENTION_READ)
        with self.db.session() as s:
            return s.exec(select(func.count()).select_from(
                self._matching(f).subquery())).one()

    def page(self, f: ActivityFilter, offset: int, limit: int) -> list[ActivityRead]:
        """Newest first."""
        self.ctx.require(PREVENTION_READ)
        P = PreventiveActivity
        stmt = self._matching(f).order_by(*ordered(f, {
            "date": (P.held_on, P.created_at),
            "programme": (P.programme,),
            "topic": (P.topic,),
            "audience": (P.audience,),
            "group": (P.class_name == "", *class_order(P.class_name), P.group_name),
            "participants": (P.participants,),
            "led_by": (P.led_by,),
        }, (P.held_on.desc(), P.created_at.desc(), P.id), P.id))
        with self.db.session() as s:
            return [_read(r) for r in s.exec(stmt.offset(offset).limit(limit)).all()]

    @staticmethod
    def _matching(f: ActivityFilter):
        stmt = select(PreventiveActivity).where(PreventiveActivity.deleted_at.is_(None))
        if f.programme:
            stmt = stmt.where(PreventiveActivity.programme == f.programme)
        if f.date_from:
            stmt = stmt.where(PreventiveActivity.held_on >= f.date_from)
        if f.date_to:
            stmt = stmt.where(PreventiveActivity.held_on <= f.date_to)
        if f.grade:
            stmt = stmt.where(PreventiveActivity.class_name
                              == (normalize_class(f.grade) or f.grade))
        for word in search_form(f.text).split():
            stmt = stmt.where(col(PreventiveActivity.search_key).contains(word, autoescape=True))
        return stmt

    # --- writing -----------------------------------------------------------------------------

    def create(self, data: ActivityInput) -> ActivityRead:
        self.ctx.require(PREVENTION_WRITE)
        return self._save(None, data)

    def update(self, activity_id: uuid.UUID, data: ActivityInput) -> ActivityRead:
        self.ctx.require(PREVENTION_WRITE)
        return self._save(activity_id, data)

    def remove(self, activity_id: uuid.UUID) -> None:
        self.ctx.require(PREVENTION_WRITE)
        with self.db.session() as s:
            row = get_live(s, PreventiveActivity, activity_id)
            soft_delete(row, self.ctx)
            s.add(row)

    def _save(self, activity_id: uuid.UUID | None, data: ActivityInput) -> ActivityRead:
        check_activity(data, self.ctx.today()).raise_if_any()
        with self.db.session() as s:
            row = (get_live(s, PreventiveActivity, activity_id) if activity_id
                   else PreventiveActivity())
            row.held_on, row.programme, row.audience = data.held_on, data.programme, data.audience
            row.topic, row.group_name = clean(data.topic), clean(data.group_name)
            row.class_name = normalize_class(data.class_name) or ""
            row.participants, row.led_by = data.participants, clean(data.led_by)
            row.search_key = activity_search_key(row.topic, row.group_name, row.class_name)
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            return _read(row)


def _read(row: PreventiveActivity) -> ActivityRead:
    return ActivityRead(row.id, row.held_on, row.programme, row.topic, row.audience,
                        row.class_name, row.group_name, row.participants, row.led_by)


__all__ = ["PreventionService"]
