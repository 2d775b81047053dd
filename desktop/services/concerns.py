"""The concerns register (обращения): who raised a concern, how, about whom, what was said,
and the school's responses against two clocks, counted in working days from the day it came
(Settings → Early warning; defaults: acknowledge within 1, answer in writing within 15, as
the Administrative Procedural Code, art. 76, sets for an appeal). Working days are those of
the holidays calendar (services/holidays.py: the law's days off and the school's
corrections); a deadline that runs into a year whose holidays are not known for certain is
counted on the expected days off and says so (`unknown_years` on the read shapes).

- The deadlines (ack_due, answer_due) are fixed when a concern is saved and recomputed only
  when its received date changes: a later change of the settings does not move them.
- acknowledged_on and answered_on mirror the responses (any response acknowledges; only a
  written answer answers; the earliest counts) and are kept in step on every response
  saved or removed, so "overdue" is a plain indexed query.
- A concern about a pupil who already had an open concern when it came (received earlier,
  not answered by then, not deleted) is linked to the most recent such one (previous_id)
  and flagged as repeated. The link is worked out each time the concern itself is saved.

Rights: reading and writing need CONCERNS_READ / CONCERNS_WRITE (psychologist, counsellor);
counts need only COUNTS_READ (the head teacher's summaries).
"""

import uuid
from datetime import date, datetime

from sqlalchemy import and_, case, func, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, delete, select

from ..db import Database
from ..models import Concern, ConcernPupil, ConcernResponse, WarningSettings
from ..models.concern import (
    ACK_OVERDUE, ANSWER_OVERDUE, REPEATED, ConcernInput, ConcernRead,
    ConcernRow, Deadlines, EarlierConcern, ResponseInput, ResponseRead, clock,
)
from ..models.enums import ConcernSource, ResponseKind
from ..models.rules import check_concern, check_response
from ..models.validation import Checker, clean
from ..models.working_days import add_working_days, days_left
from .common import get_live, pupil_refs, soft_delete, stamp
from .context import COUNTS_READ, CONCERNS_READ, CONCERNS_WRITE, Context
from .holidays import load_calendar
from .filters import ANSWERED, OPEN, OVERDUE, ListFilter
from .listing import (
    first_pupil_name, involves_pupil_named, names_by_record, ordered, require_count,
)
from .pupils import is_living_pupil, require_pupils


# The concern a concern follows up (one alias for every call: SQLAlchemy memoizes its columns
# per alias, and a new one each call cost a millisecond and a half of the dashboard's read).
_PREVIOUS = aliased(Concern)


class ConcernService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- writing -----------------------------------------------------------------------------

    def create(self, data: ConcernInput) -> ConcernRead:
        self.ctx.require(CONCERNS_WRITE)
        return self._save(None, data)

    def update(self, concern_id: uuid.UUID, data: ConcernInput) -> ConcernRead:
        self.ctx.require(CONCERNS_WRITE)
        return self._save(concern_id, data)

    def delete(self, concern_id: uuid.UUID) -> None:
        """Soft delete: the concern leaves the register, the lists, the counts and the
        chronology; its responses stay with it."""
        self.ctx.require(CONCERNS_WRITE)
        with self.db.session() as s:
            soft_delete(get_live(s, Concern, concern_id), self.ctx)

    def add_response(self, concern_id: uuid.UUID, data: ResponseInput) -> ConcernRead:
        self.ctx.require(CONCERNS_WRITE)
        with self.db.session() as s:
            concern = get_live(s, Concern, concern_id)
            check_response(data, concern.received_at.date(), self.ctx.today()).raise_if_any()
            response = ConcernResponse(concern_id=concern.id)
            self._fill_response(response, data)
            s.add(response)
            self._sync(s, concern)
        return self.get(concern_id)

    def update_response(self, response_id: uuid.UUID, data: ResponseInput) -> ConcernRead:
        self.ctx.require(CONCERNS_WRITE)
        with self.db.session() as s:
            response = get_live(s, ConcernResponse, response_id)
            concern = get_live(s, Concern, response.concern_id)
            check_response(data, concern.received_at.date(), self.ctx.today()).raise_if_any()
            self._fill_response(response, data)
            s.add(response)
            self._sync(s, concern)
            concern_id = concern.id
        return self.get(concern_id)

    def delete_response(self, response_id: uuid.UUID) -> ConcernRead:
        """Remove a response (soft); the concern's clocks run again if it was the one that
        stopped them."""
        self.ctx.require(CONCERNS_WRITE)
        with self.db.session() as s:
            response = get_live(s, ConcernResponse, response_id)
            concern = get_live(s, Concern, response.concern_id)
            soft_delete(response, self.ctx)
            s.add(response)
            self._sync(s, concern)
            concern_id = concern.id
        return self.get(concern_id)

    def _fill_response(self, response: ConcernResponse, data: ResponseInput) -> None:
        response.kind, response.on_date = data.kind, data.on_date
        response.by, response.note = clean(data.by), clean(data.note)
        stamp(response, self.ctx)

    def _sync(self, s: Session, concern: Concern) -> None:
        """acknowledged_on / answered_on from the living responses: the earliest of any, and
        the earliest written answer."""
        s.flush()
        rows = s.exec(select(ConcernResponse.kind, ConcernResponse.on_date).where(
            ConcernResponse.concern_id == concern.id, ConcernResponse.deleted_at.is_(None))).all()
        acknowledged = min((d for _k, d in rows), default=None)
        answered = min((d for k, d in rows if k == ResponseKind.WRITTEN_ANSWER.value), default=None)
        if (concern.acknowledged_on, concern.answered_on) != (acknowledged, answered):
            concern.acknowledged_on, concern.answered_on = acknowledged, answered
            stamp(concern, self.ctx)
            s.add(concern)

    def _save(self, concern_id: uuid.UUID | None, data: ConcernInput) -> ConcernRead:
        checker = check_concern(data, self.ctx.now())
        with self.db.session() as s:
            if data.pupil_ids:
                require_pupils(s, data.pupil_ids, "pupil_ids", checker)
            row = get_live(s, Concern, concern_id) if concern_id else Concern()
            if concern_id and data.received_at:
                self._check_not_after_responses(s, row.id, data.received_at.date(), checker)
            checker.raise_if_any()
            received = data.received_at.replace(second=0, microsecond=0)
            if concern_id is None or row.received_at.date() != received.date():
                ack_days, answer_days, calendar = _settings(s)
                row.ack_due = add_working_days(received.date(), ack_days, calendar)
                row.answer_due = add_working_days(received.date(), answer_days, calendar)
            row.received_at = received
            row.source, row.channel = data.source, data.channel
            anonymous = data.source == ConcernSource.ANONYMOUS.value
            row.from_name = "" if anonymous else clean(data.from_name)
            row.contact, row.summary = clean(data.contact), clean(data.summary)
            earlier = self._earlier(s, data.pupil_ids, received, exclude=row.id)
            row.previous_id = earlier[0] if earlier else None
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            # Links to pupils deleted since stay: the record is theirs too if they come back.
            s.exec(delete(ConcernPupil).where(ConcernPupil.concern_id == row.id,
                                              is_living_pupil(ConcernPupil.pupil_id)))
            s.add_all(ConcernPupil(concern_id=row.id, pupil_id=p) for p in dict.fromkeys(data.pupil_ids))
            new_id = row.id
        return self.get(new_id)

    @staticmethod
    def _check_not_after_responses(s: Session, concern_id: uuid.UUID, received_on: date,
                                   checker: Checker) -> None:
        first = s.exec(select(func.min(ConcernResponse.on_date)).where(
            ConcernResponse.concern_id == concern_id, ConcernResponse.deleted_at.is_(None))).one()
        if first is not None and received_on > first:
            checker.add("received_at", "concern.after_responses", date=first)

    @staticmethod
    def _earlier(s: Session, pupil_ids, received: datetime, exclude: uuid.UUID | None):
        """(id, received_at) of the most recent concern about any of these pupils that came
        before `received` and was not answered by that day; None when there is none."""
        if not pupil_ids:
            return None
        return s.exec(
            select(Concern.id, Concern.received_at)
            .join(ConcernPupil, ConcernPupil.concern_id == Concern.id)
            .where(ConcernPupil.pupil_id.in_(list(pupil_ids)), Concern.deleted_at.is_(None),
                   Concern.received_at < received, Concern.id != exclude,
                   or_(Concern.answered_on.is_(None), Concern.answered_on >= received.date()))
            .order_by(Concern.received_at.desc(), Concern.id)
            .limit(1)
        ).first()

    # --- reading -------------------------------------------------------------------------------

    def get(self, concern_id: uuid.UUID) -> ConcernRead:
        self.ctx.require(CONCERNS_READ)
        today = self.ctx.today()
        with self.db.session() as s:
            row = get_live(s, Concern, concern_id)
            ids = s.exec(select(ConcernPupil.pupil_id)
                         .where(ConcernPupil.concern_id == concern_id)).all()
            pupils = tuple(sorted(pupil_refs(s, ids).values(), key=lambda r: r.full_name))
            responses = s.exec(
                select(ConcernResponse)
                .where(ConcernResponse.concern_id == concern_id,
                       ConcernResponse.deleted_at.is_(None))
                .order_by(ConcernResponse.on_date, ConcernResponse.created_at)).all()
            calendar = load_calendar(s)
            previous = self._previous(s, row, set(ids))
            ack_left = clock(today, row.ack_due, row.acknowledged_on, calendar)
            answer_left = clock(today, row.answer_due, row.answered_on, calendar)
            flags = set()
            if previous is not None:
                flags.add(REPEATED)
            if ack_left is not None and ack_left < 0:
                flags.add(ACK_OVERDUE)
            if answer_left is not None and answer_left < 0:
                flags.add(ANSWER_OVERDUE)
            return ConcernRead(
                id=row.id, received_at=row.received_at, source=row.source, channel=row.channel,
                from_name=row.from_name, contact=row.contact, pupils=pupils, summary=row.summary,
                responses=tuple(ResponseRead(r.id, r.kind, r.on_date, r.by, r.note)
                                for r in responses),
                ack_due=row.ack_due, answer_due=row.answer_due,
                acknowledged_on=row.acknowledged_on, answered_on=row.answered_on,
                ack_days_left=ack_left, answer_days_left=answer_left,
                previous=previous, case_id=row.case_id, flags=frozenset(flags),
                unknown_years=_unknown(calendar, row.received_at.date(), row.answer_due),
            )

    def _previous(self, s: Session, row: Concern, pupil_ids: set) -> EarlierConcern | None:
        if row.previous_id is None:
            return None
        prev = s.get(Concern, row.previous_id)
        if prev is None or prev.deleted_at is not None:
            return None  # removed since (entered by mistake, say): no longer a repeat
        shared = s.exec(select(ConcernPupil.pupil_id)
                        .where(ConcernPupil.concern_id == prev.id)).all()
        refs = pupil_refs(s, [p for p in shared if p in pupil_ids])
        names = ", ".join(sorted(r.full_name for r in refs.values()))
        return EarlierConcern(prev.id, prev.received_at, names, prev.answered_on is None)

    def earlier_open(self, pupil_ids: list[uuid.UUID], received_at: datetime,
                     exclude: uuid.UUID | None = None) -> EarlierConcern | None:
        """The concern a concern about these pupils received at `received_at` would repeat
        (for the form, before it is saved)."""
        self.ctx.require(CONCERNS_READ)
        received = received_at.replace(second=0, microsecond=0)
        with self.db.session() as s:
            found = self._earlier(s, pupil_ids, received, exclude)
            if found is None:
                return None
            prev = s.get(Concern, found[0])
            shared = s.exec(select(ConcernPupil.pupil_id).where(
                ConcernPupil.concern_id == prev.id,
                ConcernPupil.pupil_id.in_(list(pupil_ids)))).all()
            names = ", ".join(sorted(r.full_name for r in pupil_refs(s, shared).values()))
            return EarlierConcern(prev.id, prev.received_at, names, prev.answered_on is None)

    def deadlines(self, received_on: date) -> Deadlines:
        """The deadlines a concern received on this day gets under today's settings, with
        their clocks (for the form, before it is saved)."""
        self.ctx.require(CONCERNS_READ)
        today = self.ctx.today()
        with self.db.session() as s:
            ack_days, answer_days, calendar = _settings(s)
        ack_due = add_working_days(received_on, ack_days, calendar)
        answer_due = add_working_days(received_on, answer_days, calendar)
        return Deadlines(ack_due, answer_due, days_left(today, ack_due, calendar),
                         days_left(today, answer_due, calendar),
                         _unknown(calendar, received_on, answer_due))

    # --- the long list -------------------------------------------------------------------------

    def _filtered(self, f: ListFilter, stmt):
        today = self.ctx.today()
        stmt = stmt.where(Concern.deleted_at.is_(None))
        if f.kind == OPEN:
            stmt = stmt.where(Concern.answered_on.is_(None))
        elif f.kind == OVERDUE:
            stmt = stmt.where(_overdue(today))
        elif f.kind == ANSWERED:
            stmt = stmt.where(Concern.answered_on.is_not(None))
        named = involves_pupil_named(ConcernPupil, Concern.id, f.text, f.grade)
        if named is not None:
            stmt = stmt.where(named)
        return stmt

    def count(self, f: ListFilter = ListFilter()) -> int:
        require_count(self.ctx, f, CONCERNS_READ)
        with self.db.session() as s:
            return s.exec(self._filtered(f, select(func.count(Concern.id)))).one()

    def overdue_count(self) -> int:
        self.ctx.require(COUNTS_READ)
        return self.count(ListFilter(kind=OVERDUE))

    def page(self, f: ListFilter, offset: int, limit: int) -> list[ConcernRow]:
        """Unanswered first, the nearest deadline on top (acknowledgement, or once
        acknowledged the written answer); then answered ones, newest first."""
        self.ctx.require(CONCERNS_READ)
        today = self.ctx.today()
        prev = _PREVIOUS
        next_due = case((Concern.answered_on.is_not(None), None),
                        (Concern.acknowledged_on.is_(None), Concern.ack_due),
                        else_=Concern.answer_due)
        order = ordered(f, {
            "received": (Concern.received_at,),
            "pupils": (first_pupil_name(ConcernPupil, Concern.id),),
            "from": (Concern.source, Concern.from_name),
            "channel": (Concern.channel,),
            "status": (Concern.answered_on.is_not(None), next_due),
            "summary": (Concern.summary,),
        }, (Concern.answered_on.is_not(None), next_due, Concern.received_at.desc(), Concern.id),
            Concern.id)
        with self.db.session() as s:
            stmt = self._filtered(f, select(
                Concern.id, Concern.received_at, Concern.source, Concern.from_name,
                Concern.channel, Concern.summary, Concern.ack_due, Concern.answer_due,
                Concern.acknowledged_on, Concern.answered_on, prev.id.label("previous"),
            ).outerjoin(prev, and_(prev.id == Concern.previous_id, prev.deleted_at.is_(None))))
            rows = s.exec(stmt.order_by(*order)
                          .offset(offset).limit(limit)).all()
            names = names_by_record(s, ConcernPupil, ConcernPupil.concern_id, [r.id for r in rows])
            calendar = load_calendar(s)
        return [ConcernRow(
            r.id, r.received_at, names.get(r.id, ""), r.source, r.from_name, r.channel, r.summary,
            r.ack_due, r.answer_due, r.acknowledged_on, r.answered_on,
            clock(today, r.ack_due, r.acknowledged_on, calendar),
            clock(today, r.answer_due, r.answered_on, calendar),
            r.previous is not None,
            _unknown(calendar, r.received_at.date(), r.answer_due)) for r in rows]

    def awaiting(self, limit: int = 20) -> list[ConcernRow]:
        """Concerns not yet answered, the nearest deadline first, with their clocks (the
        dashboard's "waiting for an answer"): the register's first page of open ones."""
        return self.page(ListFilter(kind=OPEN), 0, limit)


def late_concerns(today: date):
    """The ids of the live concerns past a deadline: not acknowledged by their ack_due, or
    not answered by their answer_due. A union of the two, each read from its own index
    (ix_concern_waiting_ack, ix_concern_waiting_answer), not one OR, for which SQLite reads
    every concern."""
    live = Concern.deleted_at.is_(None)
    return select(Concern.id).where(
        live, Concern.acknowledged_on.is_(None), Concern.ack_due < today,
    ).union(select(Concern.id).where(
        live, Concern.answered_on.is_(None), Concern.answer_due < today))


def _overdue(today: date):
    return Concern.id.in_(late_concerns(today))


def _unknown(calendar, received_on: date, answer_due: date) -> tuple[int, ...]:
    """The years from the day a concern came to its answer deadline whose holidays are not
    known for certain: the deadlines were counted there on the expected days off."""
    return calendar.unknown_years(received_on, answer_due)


def _settings(s: Session):
    """(working days to acknowledge, working days to answer, the holidays calendar)."""
    row = s.get(WarningSettings, 1) or WarningSettings()
    return row.ack_working_days, row.answer_working_days, load_calendar(s)
