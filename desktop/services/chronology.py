"""One pupil's chronology: every session, observation and follow-up, newest first."""

import uuid
from datetime import datetime, time

from sqlmodel import select

from ..db import Database
from ..models import CounsellingSession, FollowUp, Observation, ObservationForm, ObservationPupil, SessionPupil
from ..models.journal import ChronologyEntry, is_overdue
from .context import Context, PUPILS_READ
from ..models import BullyingCase, CasePupil
from ..models.case import is_review_due
from .context import CASES_READ
from ..models import Concern, ConcernPupil
from ..models.concern import concern_overdue
from .context import CONCERNS_READ
from ..models import Organisation, Referral
from ..models.organisation import organisation_name
from ..models.referral_record import is_waiting
from .context import REFERRALS_READ
from ..models import Accompaniment, AccompanimentGround, AccompanimentReview, Pupil
from ..models.accompaniment import is_review_overdue
from .context import COUNCIL_READ
from .referrals import chronology_when


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
            if self.ctx.can(CASES_READ):
                entries += self._cases(s, pupil_id, today)
            if self.ctx.can(CONCERNS_READ):
                entries += self._concerns(s, pupil_id, today)
            if self.ctx.can(REFERRALS_READ):
                entries += self._referrals(s, pupil_id, today)
            if self.ctx.can(COUNCIL_READ):
                entries += self._accompaniments(s, pupil_id, today)
        entries.sort(key=lambda e: e.when, reverse=True)
        return entries

    @staticmethod
    def _concerns(s, pupil_id: uuid.UUID, today) -> list[ChronologyEntry]:
        """Concerns about the pupil: title is the source, status "open" or "answered"."""
        rows = s.exec(
            select(Concern.id, Concern.received_at, Concern.source, Concern.summary,
                   Concern.ack_due, Concern.acknowledged_on, Concern.answer_due,
                   Concern.answered_on)
            .join(ConcernPupil, ConcernPupil.concern_id == Concern.id)
            .where(ConcernPupil.pupil_id == pupil_id, Concern.deleted_at.is_(None))
        ).all()
        return [ChronologyEntry("concern", r.id, r.received_at, r.source, r.summary,
                                "answered" if r.answered_on else "open",
                                overdue=concern_overdue(today, r.ack_due, r.acknowledged_on,
                                                        r.answer_due, r.answered_on))
                for r in rows]

    @staticmethod
    def _referrals(s, pupil_id: uuid.UUID, today) -> list[ChronologyEntry]:
        """Referrals of the pupil, on the day they were sent (a draft: the day it was
        written): title is the organisation's name in the letter's language, summary the
        reason, status the referral's; overdue while it waits for feedback."""
        rows = s.exec(
            select(Referral.id, Referral.sent_on, Referral.created_at, Referral.reason,
                   Referral.status, Referral.language, Organisation.name_kk,
                   Organisation.name_ru)
            .join(Organisation, Organisation.id == Referral.organisation_id)
            .where(Referral.pupil_id == pupil_id, Referral.deleted_at.is_(None))
        ).all()
        return [ChronologyEntry("referral", r.id, chronology_when(r.sent_on, r.created_at),
                                organisation_name(r.name_kk, r.name_ru, r.language), r.reason,
                                r.status, overdue=is_waiting(r.status, r.sent_on, today))
                for r in rows]

    @staticmethod
    def _cases(s, pupil_id: uuid.UUID, today) -> list[ChronologyEntry]:
        """Bullying cases the pupil is part of, on the day they were opened: title and status
        are the stage, the summary is the case's title, overdue when its review is due."""
        rows = s.exec(
            select(BullyingCase.id, BullyingCase.opened_on, BullyingCase.title,
                   BullyingCase.stage, BullyingCase.review_date, CasePupil.role)
            .join(CasePupil, CasePupil.case_id == BullyingCase.id)
            .where(CasePupil.pupil_id == pupil_id, BullyingCase.deleted_at.is_(None))
        ).all()
        return [ChronologyEntry("case", r.id, datetime.combine(r.opened_on, time(23, 59)),
                                r.stage, r.title, r.stage, role=r.role,
                                overdue=is_review_due(r.stage, r.review_date, today))
                for r in rows]

    @staticmethod
    def _accompaniments(s, pupil_id: uuid.UUID, today) -> list[ChronologyEntry]:
        """Individual accompaniment: its start (summary: the grounds' codes), each review
        (title "review", status its progress; never the confidential note) and its end
        (summary: the outcome). Its measures are follow-ups, listed as such. Status "open"
        or "ended"; the start is overdue while a review is."""
        study = s.exec(select(Pupil.study_language).where(Pupil.id == pupil_id)).first()
        names = {g.code: (g.name_kk if study == "kk" else g.name_ru) or g.code
                 for g in s.exec(select(AccompanimentGround)).all()}
        entries = []
        rows = s.exec(select(Accompaniment).where(Accompaniment.pupil_id == pupil_id,
                                                  Accompaniment.deleted_at.is_(None))).all()
        for a in rows:
            reviews = s.exec(select(AccompanimentReview.id, AccompanimentReview.on_date,
                                    AccompanimentReview.progress, AccompanimentReview.note)
                             .where(AccompanimentReview.accompaniment_id == a.id,
                                    AccompanimentReview.deleted_at.is_(None))).all()
            last = max((r.on_date for r in reviews), default=None)
            status = "ended" if a.ended_on else "open"
            entries.append(ChronologyEntry(
                "accompaniment", a.id, datetime.combine(a.started_on, time(23, 58)), "start",
                "; ".join(names.get(c, c) for c in a.grounds.split(",") if c), status,
                overdue=is_review_overdue(a.started_on, last, a.review_days, a.ended_on, today)))
            entries += [ChronologyEntry("accompaniment", a.id,
                                        datetime.combine(r.on_date, time(23, 57)), "review",
                                        r.note, r.progress) for r in reviews]
            if a.ended_on:
                entries.append(ChronologyEntry("accompaniment", a.id,
                                               datetime.combine(a.ended_on, time(23, 59)),
                                               "end", a.outcome, status))
        return entries
