"""Individual pedagogical accompaniment (the rules are in desktop/models/accompaniment.py).

An accompaniment begins and ends only by a council decision (services/council.py calls
`start` and `end` here, in the council's transaction); between them the psychologist or the
counsellor keeps its details, its plan's measures (follow-ups with accompaniment_id, so
they are in Follow-ups, the chronology and the dashboard like any other) and its reviews.
A review's confidential note is sealed with the notes key (models/sealed.py): without it
the note reads as empty and writing one is refused beside the field. The head teacher
gets counts only (`counts`).

Every call is one transaction; the audit trail gets the Tracked rows through the save hook.
"""

import uuid
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from ..db import Database
from ..models import (
    Accompaniment, AccompanimentGround, AccompanimentReview, CouncilItem, CouncilMeeting,
    FollowUp, Pupil,
)
from ..models.accompaniment import (
    REVIEW_DAYS_DEFAULT, AccompanimentCounts, AccompanimentFact, AccompanimentInput,
    AccompanimentRead, AccompanimentRow, CouncilStep, GroundInput, GroundRead, ReviewInput,
    ReviewRead, check_accompaniment, check_ground, check_review, count_period,
    is_review_overdue, join_codes, next_review, split_codes,
)
from ..models.journal import FollowUpInput, FollowUpRead, is_overdue
from ..models.school_class import class_sort_key
from ..models.text import collation_key, full_name
from ..models.validation import Checker, FieldError, ValidationError, clean
from .common import get_live, pupil_refs, stamp
from .context import COUNCIL_READ, COUNCIL_WRITE, COUNTS_READ, NOTES_READ, Context
from .errors import NotFound
from .filters import CLOSED, OPEN, REVIEW_DUE, ListFilter
from .listing import pupil_matches, require_count


def _refuse(field_name: str, code: str, **params) -> ValidationError:
    return ValidationError([FieldError(field_name, code, params)])


def open_accompaniment(s: Session, pupil_id: uuid.UUID) -> Accompaniment | None:
    return s.exec(select(Accompaniment).where(
        Accompaniment.pupil_id == pupil_id, Accompaniment.ended_on.is_(None),
        Accompaniment.deleted_at.is_(None))).first()


def check_grounds_known(s: Session, codes: list[str], checker: Checker,
                        keep: tuple[str, ...] = ()) -> None:
    """Each ground a known one, active when newly chosen (`keep`: those already saved)."""
    if not codes:
        return
    active = {g.code: g.active for g in s.exec(select(AccompanimentGround).where(
        AccompanimentGround.code.in_(codes), AccompanimentGround.deleted_at.is_(None))).all()}
    if any(c not in active or (not active[c] and c not in keep) for c in codes):
        checker.add("grounds", "accompaniment.ground_unknown")


def start(s: Session, ctx: Context, pupil_id: uuid.UUID, on_date: date, grounds: list[str],
          responsible: str, review_days: int | None) -> Accompaniment:
    """A new accompaniment by a council decision of `on_date` (the caller has checked that
    the pupil has none open)."""
    row = Accompaniment(pupil_id=pupil_id, grounds=join_codes(grounds), started_on=on_date,
                        responsible=clean(responsible),
                        review_days=review_days or REVIEW_DAYS_DEFAULT)
    stamp(row, ctx)
    s.add(row)
    s.flush()
    return row


def end(s: Session, ctx: Context, row: Accompaniment, on_date: date, outcome: str) -> None:
    if on_date < row.started_on:
        raise _refuse("decision", "accompaniment.end_before_start", date=row.started_on)
    last = _last_review(s, row.id)
    if last is not None and on_date < last:
        raise _refuse("decision", "accompaniment.end_before_review", date=last)
    row.ended_on, row.outcome = on_date, clean(outcome)
    stamp(row, ctx)
    s.add(row)


def _last_review(s: Session, accompaniment_id: uuid.UUID) -> date | None:
    return s.exec(select(func.max(AccompanimentReview.on_date)).where(
        AccompanimentReview.accompaniment_id == accompaniment_id,
        AccompanimentReview.deleted_at.is_(None))).one()


class AccompanimentService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- grounds (data, not code) ---------------------------------------------------------

    def grounds(self, include_inactive: bool = False) -> list[GroundRead]:
        self.ctx.require(COUNCIL_READ)
        with self.db.session() as s:
            stmt = select(AccompanimentGround).where(AccompanimentGround.deleted_at.is_(None))
            if not include_inactive:
                stmt = stmt.where(AccompanimentGround.active.is_(True))
            rows = s.exec(stmt.order_by(AccompanimentGround.position,
                                        AccompanimentGround.code)).all()
            return [GroundRead(r.id, r.code, r.name_ru, r.name_kk, r.active) for r in rows]

    def save_ground(self, ground_id: uuid.UUID | None, data: GroundInput) -> GroundRead:
        """Add a ground or rename / switch off one (its code stays: records keep it)."""
        self.ctx.require(COUNCIL_WRITE)
        checker = check_ground(data)
        with self.db.session() as s:
            row = get_live(s, AccompanimentGround, ground_id) if ground_id else None
            code = clean(data.code)
            if row is not None and row.code != code:
                checker.add("code", "accompaniment.ground_code_kept")
            elif row is None and not checker.has("code") and s.exec(select(
                    AccompanimentGround.id).where(AccompanimentGround.code == code)).first():
                checker.add("code", "accompaniment.ground_code_taken")
            checker.raise_if_any()
            if row is None:
                last = s.exec(select(func.max(AccompanimentGround.position))).one() or 0
                row = AccompanimentGround(code=code, position=last + 1)
            row.name_ru, row.name_kk = clean(data.name_ru), clean(data.name_kk)
            row.active = bool(data.active)
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            return GroundRead(row.id, row.code, row.name_ru, row.name_kk, row.active)

    # --- one accompaniment ----------------------------------------------------------------

    def get(self, accompaniment_id: uuid.UUID) -> AccompanimentRead:
        self.ctx.require(COUNCIL_READ)
        with self.db.session() as s:
            row = get_live(s, Accompaniment, accompaniment_id)
            ref = pupil_refs(s, [row.pupil_id]).get(row.pupil_id)
            if ref is None:  # the pupil was deleted: so, in effect, is this
                raise NotFound(f"Accompaniment {accompaniment_id}")
            return self._read(s, row, ref)

    def _read(self, s: Session, row: Accompaniment, ref) -> AccompanimentRead:
        today = self.ctx.today()
        notes = self.ctx.can(NOTES_READ)
        reviews = tuple(
            ReviewRead(r.id, r.on_date, r.progress, r.note,
                       r.confidential_note if notes else "")
            for r in s.exec(select(AccompanimentReview).where(
                AccompanimentReview.accompaniment_id == row.id,
                AccompanimentReview.deleted_at.is_(None))
                .order_by(AccompanimentReview.on_date, AccompanimentReview.created_at)).all())
        steps = tuple(
            CouncilStep(m.id, m.held_on, m.number, i.decision, i.decided)
            for i, m in s.exec(select(CouncilItem, CouncilMeeting)
                               .join(CouncilMeeting, CouncilMeeting.id == CouncilItem.meeting_id)
                               .where(CouncilItem.accompaniment_id == row.id,
                                      CouncilItem.deleted_at.is_(None),
                                      CouncilMeeting.deleted_at.is_(None),
                                      CouncilItem.decision != "")
                               .order_by(CouncilMeeting.held_on, CouncilItem.position)).all())
        measures = tuple(
            FollowUpRead(id=f.id, pupil=ref, session_id=f.session_id,
                         observation_id=f.observation_id, what=f.what, due_date=f.due_date,
                         responsible=f.responsible, done_date=f.done_date,
                         overdue=is_overdue(f.due_date, f.done_date, today), case_id=f.case_id,
                         accompaniment_id=f.accompaniment_id)
            for f in s.exec(select(FollowUp).where(FollowUp.accompaniment_id == row.id,
                                                   FollowUp.deleted_at.is_(None))
                            .order_by(FollowUp.done_date.is_not(None), FollowUp.due_date,
                                      FollowUp.created_at)).all())
        last = reviews[-1].on_date if reviews else None
        return AccompanimentRead(
            id=row.id, pupil=ref, grounds=split_codes(row.grounds), started_on=row.started_on,
            responsible=row.responsible, parents_informed_on=row.parents_informed_on,
            parents_informed_how=row.parents_informed_how, review_days=row.review_days,
            ended_on=row.ended_on, outcome=row.outcome, steps=steps, reviews=reviews,
            measures=measures,
            next_review=None if row.ended_on else next_review(row.started_on, last,
                                                               row.review_days),
            review_overdue=is_review_overdue(row.started_on, last, row.review_days,
                                             row.ended_on, today))

    def of_pupil(self, pupil_id: uuid.UUID) -> list[AccompanimentRead]:
        """The pupil's accompaniments, the latest first (the open one, if any, on top)."""
        self.ctx.require(COUNCIL_READ)
        with self.db.session() as s:
            ref = pupil_refs(s, [pupil_id]).get(pupil_id)
            if ref is None:
                return []
            rows = s.exec(select(Accompaniment).where(Accompaniment.pupil_id == pupil_id,
                                                      Accompaniment.deleted_at.is_(None))
                          .order_by(Accompaniment.started_on.desc())).all()
            return [self._read(s, r, ref) for r in rows]

    def update(self, accompaniment_id: uuid.UUID, data: AccompanimentInput) -> AccompanimentRead:
        """Its details: grounds, the responsible, the parents informed, the review period.
        Its start and end are the council's decisions."""
        self.ctx.require(COUNCIL_WRITE)
        with self.db.session() as s:
            row = get_live(s, Accompaniment, accompaniment_id)
            checker = check_accompaniment(data, row.started_on, self.ctx.today())
            check_grounds_known(s, data.grounds, checker, keep=split_codes(row.grounds))
            checker.raise_if_any()
            row.grounds, row.responsible = join_codes(data.grounds), clean(data.responsible)
            row.parents_informed_on = data.parents_informed_on
            row.parents_informed_how = (data.parents_informed_how or ""
                                        if data.parents_informed_on else "")
            row.review_days = data.review_days
            stamp(row, self.ctx)
            s.add(row)
        return self.get(accompaniment_id)

    def add_measure(self, accompaniment_id: uuid.UUID, data: FollowUpInput) -> FollowUpRead:
        """A measure of the individual plan: a follow-up for the accompanied pupil."""
        from .followups import FollowUpService  # lazy: one service's save, not a second copy

        self.ctx.require(COUNCIL_WRITE)
        with self.db.session() as s:
            row = get_live(s, Accompaniment, accompaniment_id)
            if row.ended_on is not None:
                raise _refuse("what", "accompaniment.ended", date=row.ended_on)
            data.pupil_id, data.accompaniment_id = row.pupil_id, row.id
        return FollowUpService(self.db, self.ctx).create(data)

    def add_review(self, accompaniment_id: uuid.UUID, data: ReviewInput) -> AccompanimentRead:
        self.ctx.require(COUNCIL_WRITE)
        with self.db.session() as s:
            row = get_live(s, Accompaniment, accompaniment_id)
            checker = check_review(data, row.started_on, row.ended_on, self.ctx.today())
            if clean(data.confidential_note) and not self.ctx.can(NOTES_READ):
                checker.add("confidential_note", "notes.psychologist_only")
            checker.raise_if_any()
            review = AccompanimentReview(accompaniment_id=row.id, on_date=data.on_date,
                                         progress=data.progress, note=clean(data.note),
                                         confidential_note=clean(data.confidential_note))
            stamp(review, self.ctx)
            s.add(review)
        return self.get(accompaniment_id)

    # --- the list -------------------------------------------------------------------------

    def _rows(self, s: Session, f: ListFilter) -> list[AccompanimentRow]:
        today = self.ctx.today()
        stmt = (select(Accompaniment, Pupil.surname, Pupil.given_name, Pupil.patronymic,
                       Pupil.class_name)
                .join(Pupil, Pupil.id == Accompaniment.pupil_id)
                .where(Accompaniment.deleted_at.is_(None), Pupil.deleted_at.is_(None),
                       *pupil_matches(f)))
        if f.kind in (OPEN, REVIEW_DUE):
            stmt = stmt.where(Accompaniment.ended_on.is_(None))
        elif f.kind == CLOSED:
            stmt = stmt.where(Accompaniment.ended_on.is_not(None))
        found = s.exec(stmt).all()
        ids = [a.id for a, *_ in found]
        last = dict(s.exec(select(AccompanimentReview.accompaniment_id,
                                  func.max(AccompanimentReview.on_date))
                           .where(AccompanimentReview.accompaniment_id.in_(ids),
                                  AccompanimentReview.deleted_at.is_(None))
                           .group_by(AccompanimentReview.accompaniment_id)).all()) if ids else {}
        measures = dict(s.exec(select(FollowUp.accompaniment_id, func.count(FollowUp.id))
                               .where(FollowUp.accompaniment_id.in_(ids),
                                      FollowUp.deleted_at.is_(None),
                                      FollowUp.done_date.is_(None))
                               .group_by(FollowUp.accompaniment_id)).all()) if ids else {}
        rows = []
        for a, sur, given, patr, class_name in found:
            overdue = is_review_overdue(a.started_on, last.get(a.id), a.review_days,
                                        a.ended_on, today)
            if f.kind == REVIEW_DUE and not overdue:
                continue
            rows.append(AccompanimentRow(
                a.id, full_name(sur, given, patr), class_name, split_codes(a.grounds),
                a.started_on, a.responsible,
                None if a.ended_on else next_review(a.started_on, last.get(a.id), a.review_days),
                overdue, a.ended_on, measures.get(a.id, 0)))
        if f.kind == REVIEW_DUE:
            rows.sort(key=lambda r: (r.next_review, r.pupil_name))
        else:
            rows.sort(key=lambda r: (r.ended_on is not None, -r.started_on.toordinal(),
                                     r.pupil_name))
        key = _SORT_KEYS.get(f.sort or "")
        if key is not None:  # stable: ties keep the usual order
            rows.sort(key=key, reverse=f.descending)
        return rows

    def page(self, f: ListFilter, offset: int, limit: int) -> list[AccompanimentRow]:
        """Open ones first, the latest started first; the overdue scope, longest overdue
        first. A school accompanies tens of pupils: read whole, then cut."""
        self.ctx.require(COUNCIL_READ)
        with self.db.session() as s:
            return self._rows(s, f)[offset:offset + limit]

    def count(self, f: ListFilter = ListFilter()) -> int:
        require_count(self.ctx, f, COUNCIL_READ)
        with self.db.session() as s:
            return len(self._rows(s, f))

    def review_overdue_count(self) -> int:
        """Open accompaniments whose review is overdue (no names: the head teacher too)."""
        return self.count(ListFilter(kind=REVIEW_DUE))

    # --- counts ---------------------------------------------------------------------------

    def facts(self) -> list[AccompanimentFact]:
        """Every accompaniment of a living pupil as the counts need it: no name, no id."""
        self.ctx.require(COUNTS_READ)
        with self.db.session() as s:
            rows = s.exec(select(Accompaniment, Pupil.grade)
                          .join(Pupil, Pupil.id == Accompaniment.pupil_id)
                          .where(Accompaniment.deleted_at.is_(None),
                                 Pupil.deleted_at.is_(None))).all()
            reviews: dict[uuid.UUID, list[date]] = {}
            for aid, on in s.exec(select(AccompanimentReview.accompaniment_id,
                                         AccompanimentReview.on_date)
                                  .where(AccompanimentReview.deleted_at.is_(None))).all():
                reviews.setdefault(aid, []).append(on)
        return [AccompanimentFact(grade, split_codes(a.grounds), a.started_on, a.ended_on,
                                  tuple(sorted(reviews.get(a.id, ()))), a.review_days)
                for a, grade in rows]

    def counts(self, start: date, end: date) -> AccompanimentCounts:
        return count_period(self.facts(), start, end, self.ctx.today())


__all__ = ["AccompanimentService", "NotFound"]


# The columns the list sorts by (ListFilter.sort), in memory: a school accompanies tens.
_SORT_KEYS = {
    "pupil": lambda r: collation_key(r.pupil_name),
    "class": lambda r: class_sort_key(r.class_name),
    "grounds": lambda r: tuple(r.grounds),
    "period": lambda r: (r.started_on, r.ended_on or date.max),
    "responsible": lambda r: collation_key(r.responsible),
    "review": lambda r: r.next_review or date.max,
}
