"""Follow-up actions: what, for whom, by when, by whom; overdue when due and not done."""

import uuid
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from ..db import Database
from ..models import (
    Accompaniment, BullyingCase, CasePupil, CounsellingSession, FollowUp, Observation, ObservationPupil, Pupil,
    SessionPupil,
)
from ..models.journal import FollowUpInput, FollowUpRead, FollowUpRow, is_overdue
from ..models.rules import check_follow_up
from ..models.text import full_name
from ..models.validation import clean
from .context import COUNTS_READ, Context, FOLLOWUPS_READ, FOLLOWUPS_WRITE
from .common import get_live, pupil_refs, soft_delete, stamp
from .errors import NotFound
from .filters import DONE, OPEN, OVERDUE, ListFilter
from .listing import class_order, ordered, pupil_matches, require_count


class FollowUpService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def create(self, data: FollowUpInput) -> FollowUpRead:
        self.ctx.require(FOLLOWUPS_WRITE)
        return self._save(None, data)

    def update(self, follow_up_id: uuid.UUID, data: FollowUpInput) -> FollowUpRead:
        self.ctx.require(FOLLOWUPS_WRITE)
        return self._save(follow_up_id, data)

    def mark_done(self, follow_up_id: uuid.UUID, done: date | None = None) -> FollowUpRead:
        self.ctx.require(FOLLOWUPS_WRITE)
        data = self.get(follow_up_id).to_input()
        data.done_date = done or self.ctx.today()
        return self._save(follow_up_id, data)

    def delete(self, follow_up_id: uuid.UUID) -> None:
        self.ctx.require(FOLLOWUPS_WRITE)
        with self.db.session() as s:
            soft_delete(get_live(s, FollowUp, follow_up_id), self.ctx)

    def get(self, follow_up_id: uuid.UUID) -> FollowUpRead:
        self.ctx.require(FOLLOWUPS_READ)
        with self.db.session() as s:
            row = get_live(s, FollowUp, follow_up_id)
            ref = pupil_refs(s, [row.pupil_id]).get(row.pupil_id)
            if ref is None:  # the pupil was deleted: so, in effect, is the follow-up
                raise NotFound(f"FollowUp {follow_up_id}")
            return FollowUpRead(
                id=row.id, pupil=ref, session_id=row.session_id, observation_id=row.observation_id,
                what=row.what, due_date=row.due_date, responsible=row.responsible,
                done_date=row.done_date,
                overdue=is_overdue(row.due_date, row.done_date, self.ctx.today()),
                case_id=row.case_id, accompaniment_id=row.accompaniment_id,
            )

    def _save(self, follow_up_id: uuid.UUID | None, data: FollowUpInput) -> FollowUpRead:
        checker = check_follow_up(data, self.ctx.today())
        with self.db.session() as s:
            if data.pupil_id and not pupil_refs(s, [data.pupil_id]):
                checker.add("pupil_id", "pupils.missing")
            if data.session_id and not self._involves(s, SessionPupil, SessionPupil.session_id,
                                                      CounsellingSession, data.session_id, data.pupil_id):
                checker.add("session_id", "link.pupil_not_involved")
            if data.observation_id and not self._involves(s, ObservationPupil,
                                                          ObservationPupil.observation_id, Observation,
                                                          data.observation_id, data.pupil_id):
                checker.add("observation_id", "link.pupil_not_involved")
            if data.case_id and data.pupil_id and not self._involves(
                    s, CasePupil, CasePupil.case_id, BullyingCase, data.case_id, data.pupil_id):
                checker.add("pupil_id", "case.pupil_not_in_case")  # a help-plan action
            if data.accompaniment_id and not self._accompanies(s, data.accompaniment_id,
                                                               data.pupil_id):
                checker.add("pupil_id", "accompaniment.other_pupil")  # a plan's measure
            checker.raise_if_any()
            row = get_live(s, FollowUp, follow_up_id) if follow_up_id else FollowUp()
            row.pupil_id, row.session_id, row.observation_id = (
                data.pupil_id, data.session_id, data.observation_id)
            row.case_id, row.accompaniment_id = data.case_id, data.accompaniment_id
            row.what, row.responsible = clean(data.what), clean(data.responsible)
            row.due_date, row.done_date = data.due_date, data.done_date
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get(new_id)

    @staticmethod
    def _involves(s: Session, link, link_col, record, record_id, pupil_id) -> bool:
        row = s.get(record, record_id)
        if row is None or row.deleted_at is not None:
            return False
        return s.exec(select(link.pupil_id).where(link_col == record_id,
                                                  link.pupil_id == pupil_id)).first() is not None

    @staticmethod
    def _accompanies(s: Session, accompaniment_id, pupil_id) -> bool:
        row = s.get(Accompaniment, accompaniment_id)
        return row is not None and row.deleted_at is None and row.pupil_id == pupil_id

    # --- the long list -------------------------------------------------------------------

    def _filtered(self, s: Session, f: ListFilter, stmt):
        # A deleted pupil's follow-ups leave the lists and the overdue count with them.
        stmt = stmt.join(Pupil, Pupil.id == FollowUp.pupil_id).where(
            FollowUp.deleted_at.is_(None), Pupil.deleted_at.is_(None))
        today = self.ctx.today()
        if f.kind == OPEN:
            stmt = stmt.where(FollowUp.done_date.is_(None))
        elif f.kind == OVERDUE:
            stmt = stmt.where(FollowUp.done_date.is_(None), FollowUp.due_date < today)
        elif f.kind == DONE:
            stmt = stmt.where(FollowUp.done_date.is_not(None))
        return stmt.where(*pupil_matches(f))

    def count(self, f: ListFilter = ListFilter()) -> int:
        require_count(self.ctx, f)
        with self.db.session() as s:
            return s.exec(self._filtered(s, f, select(func.count(FollowUp.id)).select_from(FollowUp))).one()

    def page(self, f: ListFilter, offset: int, limit: int) -> list[FollowUpRow]:
        """Earliest due first: what must be done next is on top."""
        self.ctx.require(FOLLOWUPS_READ)
        today = self.ctx.today()
        with self.db.session() as s:
            stmt = self._filtered(s, f, select(
                FollowUp.id, FollowUp.due_date, FollowUp.what, FollowUp.responsible,
                FollowUp.done_date, Pupil.surname, Pupil.given_name, Pupil.patronymic,
                Pupil.class_name))
            rows = s.exec(stmt.order_by(*ordered(f, {
                "due": (FollowUp.due_date,),
                "pupil": (Pupil.search_key,),
                "class": class_order(grade=Pupil.grade),
                "status": (FollowUp.done_date.is_not(None), FollowUp.done_date, FollowUp.due_date),
                "responsible": (FollowUp.responsible,),
                "what": (FollowUp.what,),
            }, (FollowUp.done_date.is_not(None), FollowUp.due_date, FollowUp.id), FollowUp.id))
                          .offset(offset).limit(limit)).all()
        return [FollowUpRow(r.id, r.due_date, full_name(r.surname, r.given_name, r.patronymic),
                            r.class_name, r.what, r.responsible, r.done_date,
                            is_overdue(r.due_date, r.done_date, today)) for r in rows]

    def overdue_count(self) -> int:
        self.ctx.require(COUNTS_READ)
        return self.count(ListFilter(kind=OVERDUE))
