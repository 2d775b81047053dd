"""Bullying cases through the ДосболLIKE stages (the rules are in desktop/models/case.py).

A case links its records by their case_id: incidents (observations), sessions, concerns
and the help plan's actions (follow-ups with case_id; they are in the follow-up list and
its overdue count like any other). Linking decides:
- a record must be about at least one of the case's pupils (candidates() offers only
  those), otherwise it is refused: a case file must not collect other children's records;
- a record belongs to one case at a time: one linked elsewhere is refused until it is
  unlinked there.
Linking changes only the record's case_id, so a counsellor may link a session (never
reading or changing it). Refs to sessions carry their reason, never their notes.

Every call is one transaction. The audit trail gets the changes through the save hook:
the case, its stage entries and each linked record are Tracked rows; its pupils
(CasePupil) are link rows, recorded as a change of the case, which is stamped with them.
"""

import uuid
from datetime import date

from sqlalchemy import case as sql_case, func
from sqlmodel import Session, delete, select

from ..db import Database
from ..models import (
    BullyingCase, CasePupil, CaseStageEntry, Concern, ConcernPupil, CounsellingSession, FollowUp,
    Observation, ObservationForm, ObservationPupil, Pupil, SessionPupil, WarningSettings,
)
from ..models.case import (
    CLOSED, COMPLAINT, CONCERN, MONITORING, OBSERVATION, SESSION, CaseInput, CaseRead,
    CaseRecordRef, CaseRow, StageEntryRead, StageInput, check_case, check_stage_move,
    closing_warnings, is_review_due,
)
from ..models.enums import ObservationStatus, Role
from ..models.journal import FollowUpInput, FollowUpRead, ParticipantRead, is_overdue
from ..models.text import full_name
from ..models.validation import Checker, clean
from ..models.warnings import Thresholds
from .common import get_live, pupil_refs, soft_delete, stamp
from .context import (
    CASES_READ, CASES_WRITE, CONCERNS_READ, OBSERVATIONS_READ, SESSIONS_READ, Context,
)
from .errors import NotFound
from .filters import CLOSED as SCOPE_CLOSED, OPEN, REVIEW_DUE, ListFilter
from .followups import FollowUpService
from .listing import (
    first_pupil_name, involves_pupil_named, names_by_record, ordered, require_count,
)
from .pupils import is_living_pupil, require_pupils

_ROLE_ORDER = {r.value: i for i, r in enumerate(Role)}  # targets first

# kind -> (table, its pupil link, the link's record column, the right to read it)
_KINDS = {
    OBSERVATION: (Observation, ObservationPupil, ObservationPupil.observation_id, OBSERVATIONS_READ),
    SESSION: (CounsellingSession, SessionPupil, SessionPupil.session_id, SESSIONS_READ),
    CONCERN: (Concern, ConcernPupil, ConcernPupil.concern_id, CONCERNS_READ),
}


def _first_line(text: str) -> str:
    return (text or "").strip().split("\n", 1)[0]


class CaseService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- the case -------------------------------------------------------------------------

    def create(self, data: CaseInput) -> CaseRead:
        """A new case at the complaint stage: its first stage entry is the complaint, dated
        the day the case was opened."""
        self.ctx.require(CASES_WRITE)
        return self._save(None, data)

    def update(self, case_id: uuid.UUID, data: CaseInput) -> CaseRead:
        self.ctx.require(CASES_WRITE)
        return self._save(case_id, data)

    def delete(self, case_id: uuid.UUID) -> None:
        """Soft delete; its records and actions stay, no longer linked to it."""
        self.ctx.require(CASES_WRITE)
        with self.db.session() as s:
            row = get_live(s, BullyingCase, case_id)
            for model in (Observation, CounsellingSession, Concern, FollowUp):
                for rec in s.exec(select(model).where(model.case_id == case_id)).all():
                    rec.case_id = None
                    stamp(rec, self.ctx)
                    s.add(rec)
            soft_delete(row, self.ctx)
            s.add(row)

    def get(self, case_id: uuid.UUID) -> CaseRead:
        self.ctx.require(CASES_READ)
        today = self.ctx.today()
        with self.db.session() as s:
            row = get_live(s, BullyingCase, case_id)
            links = s.exec(select(CasePupil).where(CasePupil.case_id == case_id)).all()
            refs = pupil_refs(s, [l.pupil_id for l in links])
            participants = tuple(sorted(
                (ParticipantRead(refs[l.pupil_id], l.role) for l in links if l.pupil_id in refs),
                key=lambda p: (_ROLE_ORDER.get(p.role, 9), p.pupil.full_name)))
            stages = tuple(StageEntryRead(e.id, e.stage, e.on_date, e.responsible, e.note)
                           for e in self._entries(s, case_id))
            records = self._refs(s, lambda model: model.case_id == case_id)
            actions = self._actions(s, case_id, today)
            return CaseRead(
                id=row.id, title=row.title, opened_on=row.opened_on, stage=row.stage,
                participants=participants, stages=stages, review_date=row.review_date,
                review_due=is_review_due(row.stage, row.review_date, today),
                outcome=row.outcome, closed_on=row.closed_on, records=records, actions=actions,
            )

    def _save(self, case_id: uuid.UUID | None, data: CaseInput) -> CaseRead:
        checker = check_case(data, self.ctx.today())
        with self.db.session() as s:
            if data.participants:
                require_pupils(s, [p.pupil_id for p in data.participants], "participants", checker)
            row = get_live(s, BullyingCase, case_id) if case_id else None
            entries = self._entries(s, case_id) if case_id else []
            if row is not None:
                if row.stage == MONITORING and data.review_date is None:
                    checker.add("review_date", "case.review_required")
                later = entries[1:]
                if later and data.opened_on and data.opened_on > later[0].on_date:
                    checker.add("opened_on", "case.opened_after_stage", date=later[0].on_date)
            checker.raise_if_any()
            if row is None:
                row = BullyingCase(stage=COMPLAINT)
            row.title = clean(data.title)
            row.opened_on, row.review_date = data.opened_on, data.review_date
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            complaint = entries[0] if entries else CaseStageEntry(case_id=row.id, stage=COMPLAINT)
            wanted = (data.opened_on, clean(data.responsible), clean(data.note))
            if (complaint.on_date, complaint.responsible, complaint.note) != wanted:
                complaint.on_date, complaint.responsible, complaint.note = wanted
                stamp(complaint, self.ctx)
                s.add(complaint)
            # Links to pupils deleted since stay: the case is theirs too if they come back.
            s.exec(delete(CasePupil).where(CasePupil.case_id == row.id,
                                           is_living_pupil(CasePupil.pupil_id)))
            s.add_all(CasePupil(case_id=row.id, pupil_id=p.pupil_id, role=p.role)
                      for p in data.participants)
            new_id = row.id
        return self.get(new_id)

    @staticmethod
    def _entries(s: Session, case_id: uuid.UUID) -> list[CaseStageEntry]:
        return list(s.exec(select(CaseStageEntry)
                           .where(CaseStageEntry.case_id == case_id,
                                  CaseStageEntry.deleted_at.is_(None))
                           .order_by(CaseStageEntry.on_date, CaseStageEntry.created_at)).all())

    # --- stages ---------------------------------------------------------------------------

    def move(self, case_id: uuid.UUID, data: StageInput, outcome: str | None = None, *,
             accept_warnings: bool = True, resolve_incidents: bool = False) -> CaseRead:
        """Move the case to `data.stage` (see desktop/models/case.py for what is allowed).
        Closing needs `outcome`; it is ignored for other moves. Closing with open help-plan
        actions or a monitoring shorter than the school's minimum raises those warnings
        unless `accept_warnings`; `resolve_incidents` marks the case's open incidents
        resolved in the same transaction."""
        self.ctx.require(CASES_WRITE)
        if data.stage == CLOSED and not accept_warnings:
            minimum = self._min_monitoring_days()
            closing_warnings(self.get(case_id), data.on_date, minimum).raise_if_any(
                accepted=False)
        with self.db.session() as s:
            row = get_live(s, BullyingCase, case_id)
            entries = self._entries(s, case_id)
            last = entries[-1].on_date if entries else row.opened_on
            check_stage_move(row.stage, last, data, outcome, row.review_date,
                             self.ctx.today()).raise_if_any()
            if data.stage == CLOSED and resolve_incidents:
                for obs in s.exec(select(Observation).where(
                        Observation.case_id == case_id, Observation.deleted_at.is_(None),
                        Observation.status != ObservationStatus.RESOLVED.value)).all():
                    obs.status = ObservationStatus.RESOLVED.value
                    stamp(obs, self.ctx)
                    s.add(obs)
            entry = CaseStageEntry(case_id=case_id, stage=data.stage, on_date=data.on_date,
                                   responsible=clean(data.responsible), note=clean(data.note))
            stamp(entry, self.ctx)
            s.add(entry)
            if data.stage == MONITORING and data.review_date is not None:
                row.review_date = data.review_date
            if data.stage == CLOSED:
                row.outcome, row.closed_on = clean(outcome), data.on_date
            else:
                row.closed_on = None  # reopened, or never closed
            row.stage = data.stage
            stamp(row, self.ctx)
            s.add(row)
        return self.get(case_id)

    def _min_monitoring_days(self) -> int:
        with self.db.session() as s:
            row = s.get(WarningSettings, 1)
            return row.min_monitoring_days if row is not None else Thresholds().min_monitoring_days

    def open_incidents(self, case_id: uuid.UUID) -> int:
        """The case's incidents not yet resolved (closing may resolve them)."""
        self.ctx.require(CASES_READ)
        with self.db.session() as s:
            return len(s.exec(select(Observation.id).where(
                Observation.case_id == case_id, Observation.deleted_at.is_(None),
                Observation.status != ObservationStatus.RESOLVED.value)).all())

    # --- linked records -------------------------------------------------------------------

    def link(self, case_id: uuid.UUID, kind: str, record_id: uuid.UUID) -> CaseRead:
        """Put a record (OBSERVATION, SESSION or CONCERN) into the case."""
        model, link, link_col, right = self._kind(kind)
        self.ctx.require(CASES_WRITE, right)
        with self.db.session() as s:
            get_live(s, BullyingCase, case_id)
            rec = get_live(s, model, record_id)
            if rec.case_id != case_id:
                checker = Checker()
                other = s.get(BullyingCase, rec.case_id) if rec.case_id else None
                if other is not None and other.deleted_at is None:
                    checker.add("records", "case.record_in_other_case", title=other.title)
                elif not self._shares_pupils(s, case_id, link, link_col, record_id):
                    checker.add("records", "case.record_unrelated")
                checker.raise_if_any()
                rec.case_id = case_id
                stamp(rec, self.ctx)
                s.add(rec)
        return self.get(case_id)

    def unlink(self, case_id: uuid.UUID, kind: str, record_id: uuid.UUID) -> CaseRead:
        model, _link, _col, right = self._kind(kind)
        self.ctx.require(CASES_WRITE, right)
        with self.db.session() as s:
            get_live(s, BullyingCase, case_id)
            rec = s.get(model, record_id)
            if rec is not None and rec.case_id == case_id:
                rec.case_id = None
                stamp(rec, self.ctx)
                s.add(rec)
        return self.get(case_id)

    def candidates(self, case_id: uuid.UUID) -> list[CaseRecordRef]:
        """Records about the case's pupils that are in no case yet, newest first: what the
        case form offers to link."""
        self.ctx.require(CASES_READ)
        with self.db.session() as s:
            get_live(s, BullyingCase, case_id)
            pupils = select(CasePupil.pupil_id).where(CasePupil.case_id == case_id)

            def about_pupils(model):
                _m, link, link_col, _r = _KINDS[_kind_of(model)]
                return (model.case_id.is_(None)
                        & model.id.in_(select(link_col).where(link.pupil_id.in_(pupils))))

            return list(self._refs(s, about_pupils))

    @staticmethod
    def _kind(kind: str):
        if kind not in _KINDS:
            raise ValueError(f"unknown record kind {kind!r}")
        return _KINDS[kind]

    @staticmethod
    def _shares_pupils(s: Session, case_id, link, link_col, record_id) -> bool:
        return s.exec(select(link.pupil_id).where(
            link_col == record_id,
            link.pupil_id.in_(select(CasePupil.pupil_id).where(CasePupil.case_id == case_id)),
        ).limit(1)).first() is not None

    def _refs(self, s: Session, where) -> tuple[CaseRecordRef, ...]:
        """Short refs of the observations, sessions and concerns matching where(model) that
        the reader may see, newest first."""
        refs: list[CaseRecordRef] = []
        if self.ctx.can(OBSERVATIONS_READ):
            rows = s.exec(select(Observation.id, Observation.occurred_at, Observation.description)
                          .where(Observation.deleted_at.is_(None), where(Observation))).all()
            ids = [r.id for r in rows]
            forms: dict[uuid.UUID, list[str]] = {}
            if ids:
                for oid, form in s.exec(select(ObservationForm.observation_id, ObservationForm.form)
                                        .where(ObservationForm.observation_id.in_(ids))):
                    forms.setdefault(oid, []).append(form)
            names = names_by_record(s, ObservationPupil, ObservationPupil.observation_id, ids)
            refs += [CaseRecordRef(OBSERVATION, r.id, r.occurred_at, ",".join(sorted(forms.get(r.id, []))),
                                   _first_line(r.description), names.get(r.id, "")) for r in rows]
        if self.ctx.can(SESSIONS_READ):
            # The reason only: the confidential notes never leave the session service.
            rows = s.exec(select(CounsellingSession.id, CounsellingSession.starts_at,
                                 CounsellingSession.kind, CounsellingSession.reason)
                          .where(CounsellingSession.deleted_at.is_(None),
                                 where(CounsellingSession))).all()
            names = names_by_record(s, SessionPupil, SessionPupil.session_id, [r.id for r in rows])
            refs += [CaseRecordRef(SESSION, r.id, r.starts_at, r.kind, _first_line(r.reason),
                                   names.get(r.id, "")) for r in rows]
        if self.ctx.can(CONCERNS_READ):
            rows = s.exec(select(Concern.id, Concern.received_at, Concern.source, Concern.summary)
                          .where(Concern.deleted_at.is_(None), where(Concern))).all()
            names = names_by_record(s, ConcernPupil, ConcernPupil.concern_id, [r.id for r in rows])
            refs += [CaseRecordRef(CONCERN, r.id, r.received_at, r.source, _first_line(r.summary),
                                   names.get(r.id, "")) for r in rows]
        refs.sort(key=lambda r: r.when, reverse=True)
        return tuple(refs)

    # --- the help plan --------------------------------------------------------------------

    def add_action(self, case_id: uuid.UUID, data: FollowUpInput) -> FollowUpRead:
        """An action of the help plan: a follow-up for one of the case's pupils."""
        self.ctx.require(CASES_WRITE)
        with self.db.session() as s:
            get_live(s, BullyingCase, case_id)
        data.case_id = case_id
        return FollowUpService(self.db, self.ctx).create(data)

    def _actions(self, s: Session, case_id: uuid.UUID, today: date) -> tuple[FollowUpRead, ...]:
        rows = s.exec(select(FollowUp).where(FollowUp.case_id == case_id,
                                             FollowUp.deleted_at.is_(None))
                      .order_by(FollowUp.done_date.is_not(None), FollowUp.due_date,
                                FollowUp.created_at)).all()
        refs = pupil_refs(s, [r.pupil_id for r in rows])
        return tuple(
            FollowUpRead(id=r.id, pupil=refs[r.pupil_id], session_id=r.session_id,
                         observation_id=r.observation_id, what=r.what, due_date=r.due_date,
                         responsible=r.responsible, done_date=r.done_date,
                         overdue=is_overdue(r.due_date, r.done_date, today), case_id=r.case_id)
            for r in rows if r.pupil_id in refs)  # a deleted pupil's actions go with them

    # --- the list -------------------------------------------------------------------------

    def _filtered(self, f: ListFilter, stmt):
        stmt = stmt.where(BullyingCase.deleted_at.is_(None))
        if f.kind == OPEN:
            stmt = stmt.where(BullyingCase.stage != CLOSED)
        elif f.kind == REVIEW_DUE:
            stmt = stmt.where(BullyingCase.stage == MONITORING,
                              BullyingCase.review_date < self.ctx.today())
        elif f.kind == SCOPE_CLOSED:
            stmt = stmt.where(BullyingCase.stage == CLOSED)
        if f.status:
            stmt = stmt.where(BullyingCase.stage == f.status)
        named = involves_pupil_named(CasePupil, BullyingCase.id, f.text, f.grade)
        if named is not None:
            stmt = stmt.where(named)
        return stmt

    def count(self, f: ListFilter = ListFilter()) -> int:
        require_count(self.ctx, f)
        with self.db.session() as s:
            return s.exec(self._filtered(f, select(func.count(BullyingCase.id)))).one()

    def review_due_count(self) -> int:
        """Cases under monitoring whose review date has passed."""
        return self.count(ListFilter(kind=REVIEW_DUE))

    def page(self, f: ListFilter, offset: int, limit: int) -> list[CaseRow]:
        """Newest opened first; the review-due scope shows the longest overdue first."""
        self.ctx.require(CASES_READ)
        today = self.ctx.today()
        if f.kind == REVIEW_DUE:
            order = (BullyingCase.review_date, BullyingCase.id)
        else:
            order = (BullyingCase.opened_on.desc(), BullyingCase.created_at.desc(), BullyingCase.id)
        order = ordered(f, {
            "opened": (BullyingCase.opened_on, BullyingCase.created_at),
            "title": (BullyingCase.title,),
            "pupils": (first_pupil_name(CasePupil, BullyingCase.id),),
            "stage": (BullyingCase.stage,),
            "review": (BullyingCase.review_date,),
            "actions": (self._open_actions(today),),
        }, order, BullyingCase.id)
        with self.db.session() as s:
            rows = s.exec(self._filtered(f, select(
                BullyingCase.id, BullyingCase.opened_on, BullyingCase.title, BullyingCase.stage,
                BullyingCase.review_date, BullyingCase.closed_on,
            )).order_by(*order).offset(offset).limit(limit)).all()
            ids = [r.id for r in rows]
            names = self._names(s, ids)
            actions = self._action_counts(s, ids, today)
        return [CaseRow(r.id, r.opened_on, r.title, names.get(r.id, ""), r.stage, r.review_date,
                        is_review_due(r.stage, r.review_date, today), *actions.get(r.id, (0, 0)),
                        r.closed_on) for r in rows]

    @staticmethod
    def _open_actions(today: date):
        """A scalar subquery: the case's open help-plan actions, the overdue ones weighing
        more (the column shows "3 (1 overdue)")."""
        return (select(func.count(FollowUp.id)
                       + func.sum(sql_case((FollowUp.due_date < today, 1000), else_=0)))
                .join(Pupil, Pupil.id == FollowUp.pupil_id)
                .where(FollowUp.case_id == BullyingCase.id, FollowUp.deleted_at.is_(None),
                       FollowUp.done_date.is_(None), Pupil.deleted_at.is_(None))
                .scalar_subquery())

    @staticmethod
    def _names(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
        """'Surname Given, …' for each case, targets first."""
        if not ids:
            return {}
        rows = s.exec(select(CasePupil.case_id, CasePupil.role, Pupil.surname, Pupil.given_name)
                      .join(Pupil, Pupil.id == CasePupil.pupil_id)
                      .where(CasePupil.case_id.in_(ids), Pupil.deleted_at.is_(None))).all()
        out: dict[uuid.UUID, list[tuple]] = {}
        for cid, role, sur, given in rows:
            out.setdefault(cid, []).append((_ROLE_ORDER.get(role, 9), full_name(sur, given)))
        return {k: ", ".join(name for _o, name in sorted(v)) for k, v in out.items()}

    @staticmethod
    def _action_counts(s: Session, ids: list[uuid.UUID], today: date) -> dict[uuid.UUID, tuple[int, int]]:
        """(open, overdue) help-plan actions of each case."""
        if not ids:
            return {}
        rows = s.exec(select(FollowUp.case_id, func.count(FollowUp.id),
                             func.sum(sql_case((FollowUp.due_date < today, 1), else_=0)))
                      .join(Pupil, Pupil.id == FollowUp.pupil_id)
                      .where(FollowUp.case_id.in_(ids), FollowUp.deleted_at.is_(None),
                             FollowUp.done_date.is_(None), Pupil.deleted_at.is_(None))
                      .group_by(FollowUp.case_id)).all()
        return {cid: (n, int(overdue or 0)) for cid, n, overdue in rows}


def _kind_of(model) -> str:
    return next(k for k, v in _KINDS.items() if v[0] is model)


__all__ = ["CaseService", "NotFound"]
