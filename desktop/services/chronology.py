"""One pupil's chronology: every session, observation and follow-up, newest first."""

import uuid
from datetime import datetime, time

from sqlmodel import select

from ..db import Database
from ..models import CounsellingSession, FollowUp, Observation, ObservationForm, ObservationPupil, SessionPupil
from ..models.journal import ChronologyEntry, is_overdue
from .context import Context, PUPILS_READ


class ChronologyService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def for_pupil(self, pupil_id: uuid.UUID) -> list[ChronologyEntry]:
        self.ctx.require(PUPILS_READ)
        today = self.ctx.today()
        entries: list[ChronologyEntry] = []
        with self.db.session() as s:
            sessions = s.exec(
                select(CounsellingSession.id, CounsellingSession.starts_at, CounsellingSession.kind,
                       CounsellingSession.reason, CounsellingSession.status)
                .join(SessionPupil, SessionPupil.session_id == CounsellingSession.id)
                .where(SessionPupil.pupil_id == pupil_id, CounsellingSession.deleted_at.is_(None))
            ).all()
            entries += [ChronologyEntry("session", r.id, r.starts_at, r.kind, r.reason, r.status)
                        for r in sessions]

            observations = s.exec(
                select(Observation.id, Observation.occurred_at, Observation.description,
                       Observation.status, Observation.severity, ObservationPupil.role)
                .join(ObservationPupil, ObservationPupil.observation_id == Observation.id)
                .where(ObservationPupil.pupil_id == pupil_id, Observation.deleted_at.is_(None))
            ).all()
            forms: dict[uuid.UUID, list[str]] = {}
            if observations:
                for oid, form in s.exec(
                    select(ObservationForm.observation_id, ObservationForm.form)
                    .join(ObservationPupil, ObservationPupil.observation_id == ObservationForm.observation_id)
                    .where(ObservationPupil.pupil_id == pupil_id)
                ):
                    forms.setdefault(oid, []).append(form)
            entries += [
                ChronologyEntry("observation", r.id, r.occurred_at, ",".join(sorted(forms.get(r.id, []))),
                                r.description, r.status, role=r.role, severity=r.severity)
                for r in observations
            ]

            follow_ups = s.exec(
                select(FollowUp.id, FollowUp.due_date, FollowUp.what, FollowUp.done_date)
                .where(FollowUp.pupil_id == pupil_id, FollowUp.deleted_at.is_(None))
            ).all()
            entries += [
                # At the end of its due day: due today sorts above today's sessions.
                ChronologyEntry("followup", r.id, datetime.combine(r.due_date, time(23, 59)), "followup",
                                r.what, "done" if r.done_date else "open",
                                overdue=is_overdue(r.due_date, r.done_date, today))
                for r in follow_ups
            ]
        entries.sort(key=lambda e: e.when, reverse=True)
        return entries
