"""Observations: bullying incidents with several pupils in roles."""

import uuid

from sqlalchemy import func
from sqlmodel import Session, delete, select

from ..db import Database
from ..models import Observation, ObservationForm, ObservationPupil
from ..models.journal import ObservationInput, ObservationRead, ObservationRow, ParticipantRead
from ..models.rules import check_observation
from ..models.validation import clean
from .context import Context, OBSERVATIONS_READ, OBSERVATIONS_WRITE
from .common import get_live, pupil_refs, soft_delete, stamp
from .listing import (
    ListFilter, first_pupil_name, involves_pupil_named, names_by_record, ordered, require_count,
)
from .pupils import is_living_pupil, require_pupils

_TEXT = ("reporter_name", "description", "immediate_actions", "notified")


class ObservationService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def create(self, data: ObservationInput) -> ObservationRead:
        self.ctx.require(OBSERVATIONS_WRITE)
        return self._save(None, data)

    def update(self, observation_id: uuid.UUID, data: ObservationInput) -> ObservationRead:
        self.ctx.require(OBSERVATIONS_WRITE)
        return self._save(observation_id, data)

    def delete(self, observation_id: uuid.UUID) -> None:
        self.ctx.require(OBSERVATIONS_WRITE)
        with self.db.session() as s:
            soft_delete(get_live(s, Observation, observation_id), self.ctx)

    def get(self, observation_id: uuid.UUID) -> ObservationRead:
        self.ctx.require(OBSERVATIONS_READ)
        with self.db.session() as s:
            row = get_live(s, Observation, observation_id)
            forms = s.exec(select(ObservationForm.form)
                           .where(ObservationForm.observation_id == observation_id)).all()
            links = s.exec(select(ObservationPupil)
                           .where(ObservationPupil.observation_id == observation_id)).all()
            refs = pupil_refs(s, [l.pupil_id for l in links])
            participants = tuple(sorted(
                (ParticipantRead(refs[l.pupil_id], l.role) for l in links if l.pupil_id in refs),
                key=lambda p: p.pupil.full_name))
            return ObservationRead(
                id=row.id, occurred_at=row.occurred_at, place=row.place, forms=tuple(sorted(forms)),
                severity=row.severity, participants=participants, reporter=row.reporter,
                status=row.status, case_id=row.case_id, **{f: getattr(row, f) for f in _TEXT},
            )

    def _save(self, observation_id: uuid.UUID | None, data: ObservationInput) -> ObservationRead:
        checker = check_observation(data, self.ctx.now())
        with self.db.session() as s:
            if data.participants:
                require_pupils(s, [p.pupil_id for p in data.participants], "participants", checker)
            checker.raise_if_any()
            row = get_live(s, Observation, observation_id) if observation_id else Observation()
            row.occurred_at = data.occurred_at.replace(second=0, microsecond=0)
            row.place, row.severity = data.place, int(data.severity)
            row.reporter, row.status = data.reporter, data.status
            for f in _TEXT:
                setattr(row, f, clean(getattr(data, f)))
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            s.exec(delete(ObservationForm).where(ObservationForm.observation_id == row.id))
            # Links to pupils deleted since stay: the record is theirs too if they come back.
            s.exec(delete(ObservationPupil).where(ObservationPupil.observation_id == row.id,
                                                  is_living_pupil(ObservationPupil.pupil_id)))
            s.add_all(ObservationForm(observation_id=row.id, form=f) for f in dict.fromkeys(data.forms))
            s.add_all(ObservationPupil(observation_id=row.id, pupil_id=p.pupil_id, role=p.role)
                      for p in data.participants)
            new_id = row.id
        return self.get(new_id)

    # --- the long list -------------------------------------------------------------------

    def _filtered(self, s: Session, f: ListFilter, stmt):
        stmt = stmt.where(Observation.deleted_at.is_(None))
        if f.status:
            stmt = stmt.where(Observation.status == f.status)
        named = involves_pupil_named(ObservationPupil, Observation.id, f.text, f.grade)
        if named is not None:
            stmt = stmt.where(named)
        return stmt

    def count(self, f: ListFilter = ListFilter()) -> int:
        require_count(self.ctx, f)
        with self.db.session() as s:
            return s.exec(self._filtered(s, f, select(func.count(Observation.id)))).one()

    def page(self, f: ListFilter, offset: int, limit: int) -> list[ObservationRow]:
        self.ctx.require(OBSERVATIONS_READ)
        order = ordered(f, {
            "date": (Observation.occurred_at,),
            "pupils": (first_pupil_name(ObservationPupil, Observation.id),),
            "severity": (Observation.severity,),
            "place": (Observation.place,),
            "status": (Observation.status,),
            "description": (Observation.description,),
        }, (Observation.occurred_at.desc(), Observation.id), Observation.id)
        with self.db.session() as s:
            stmt = self._filtered(s, f, select(
                Observation.id, Observation.occurred_at, Observation.severity, Observation.place,
                Observation.status, Observation.description))
            rows = s.exec(stmt.order_by(*order)
                          .offset(offset).limit(limit)).all()
            names = names_by_record(s, ObservationPupil, ObservationPupil.observation_id,
                                    [r.id for r in rows])
        return [ObservationRow(r.id, r.occurred_at, r.severity, r.place, r.status,
                               names.get(r.id, ""), r.description) for r in rows]
