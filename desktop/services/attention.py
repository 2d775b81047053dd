"""Early warning: which pupils need attention, and why. Computed from the records each time
(nothing to fall out of date), one grouped, indexed query per rule; dismissals hide a
warning until a newer record raises it again.

The rules, with the thresholds from Settings → Early warning (models/warnings.py):
- REPEATED_TARGET: a target in N or more incidents within the window (Order No. 506:
  bullying is "two or more times");
- SEVERE_INCIDENT: in an unresolved incident of severity 3 or 4 (as target or aggressor);
- SELF_HARM_RISK: a session marked with a risk of self-harm;
- TARGET_AND_AGGRESSOR: both a target and an aggressor;
- CONCERN_OVERDUE: a concern about the pupil not acknowledged or answered in time;
- REPEAT_CONCERN: two or more concerns about the pupil;
- NO_FOLLOW_UP: an unresolved incident (target or aggressor) with no follow-up action after
  N days (an action of the incident's case counts);
- ACTION_OVERDUE: a follow-up action past its due date;
- REVIEW_DUE: a case in monitoring whose review date has passed.
Severe incidents, risks, roles and missing follow-ups look back `lookback_days`.
"""

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, exists, func, or_
from sqlmodel import select

from ..db import Database
from ..models import (
    BullyingCase, CasePupil, Concern, ConcernPupil, CounsellingSession, FollowUp,
    Observation, ObservationPupil, Pupil, SessionPupil, WarningDismissal,
)
from ..models.enums import CaseStage, ObservationStatus, Role, SessionStatus
from ..models.text import full_name
from ..models.validation import Checker, clean
from ..models.warnings import RULE_ORDER, Rule, Thresholds, Warning
from .common import stamp
from .context import ATTENTION_DISMISS, ATTENTION_READ, Context
from .warning_settings import WarningSettingsService

_ACTORS = (Role.TARGET.value, Role.AGGRESSOR.value)
REASON_MAX = 1000


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _as_date(value) -> date:
    return value.date() if isinstance(value, datetime) else value


def _live_observation():
    return and_(Observation.deleted_at.is_(None),
                Observation.status != ObservationStatus.RESOLVED.value)


class AttentionService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def warnings(self, thresholds: Thresholds | None = None) -> list[Warning]:
        """Every warning nobody has dismissed, gravest rule first, then the oldest."""
        self.ctx.require(ATTENTION_READ)
        t = thresholds or WarningSettingsService(self.db, self.ctx).get()
        today = self.ctx.today()
        with self.db.session() as s:
            found: list[tuple[uuid.UUID, Rule, date, str, int]] = []
            for rule, query in self._queries(t, today):
                for pupil_id, since, latest, count in s.exec(query).all():
                    # The newest record and how many: a new one raises a dismissed warning again.
                    subject = f"{latest.isoformat() if latest else ''}/{count}"
                    found.append((pupil_id, rule, _as_date(since), subject, count))
            if not found:
                return []
            dismissed = set(s.exec(
                select(WarningDismissal.pupil_id, WarningDismissal.rule, WarningDismissal.subject)
                .where(WarningDismissal.deleted_at.is_(None),
                       WarningDismissal.pupil_id.in_({f[0] for f in found}))).all())
            found = [f for f in found if (f[0], f[1].value, f[3]) not in dismissed]
            pupils = {p.id: p for p in s.exec(select(Pupil).where(
                Pupil.id.in_({f[0] for f in found}), Pupil.deleted_at.is_(None),
                Pupil.active.is_(True))).all()}
        order = {rule: n for n, rule in enumerate(RULE_ORDER)}
        out = [
            Warning(pupil_id=pid, pupil_name=full_name(p.surname, p.given_name, p.patronymic),
                    class_name=p.class_name, rule=rule.value, since=since, subject=subject,
                    count=count)
            for pid, rule, since, subject, count in found if (p := pupils.get(pid)) is not None
        ]
        out.sort(key=lambda w: (order[Rule(w.rule)], w.since, w.pupil_name))
        return out

    def dismiss(self, w: Warning, reason: str) -> None:
        """Dismissing needs a reason; the audit trail records who and when."""
        self.ctx.require(ATTENTION_DISMISS)
        c = Checker()
        c.text("reason", reason, required=True, max_len=REASON_MAX)
        c.raise_if_any()
        with self.db.session() as s:
            row = WarningDismissal(pupil_id=w.pupil_id, rule=w.rule, subject=w.subject,
                                   reason=clean(reason))
            stamp(row, self.ctx)
            s.add(row)

    # --- the rules -------------------------------------------------------------------------

    def _queries(self, t: Thresholds, today: date):
        look = _start(today - timedelta(days=t.lookback_days))
        window = _start(today - timedelta(days=t.bullying_window_days))
        op, o = ObservationPupil, Observation

        def incidents(*where):
            return select(op.pupil_id, func.min(o.occurred_at), func.max(o.occurred_at),
                          func.count()).join(o, o.id == op.observation_id).where(
                o.deleted_at.is_(None), *where).group_by(op.pupil_id)

        yield Rule.SELF_HARM_RISK, select(
            SessionPupil.pupil_id, func.min(CounsellingSession.starts_at),
            func.max(CounsellingSession.starts_at), func.count(),
        ).join(CounsellingSession, CounsellingSession.id == SessionPupil.session_id).where(
            CounsellingSession.deleted_at.is_(None), CounsellingSession.self_harm_risk.is_(True),
            CounsellingSession.status != SessionStatus.CANCELLED.value,
            CounsellingSession.starts_at >= look,
        ).group_by(SessionPupil.pupil_id)

        yield Rule.SEVERE_INCIDENT, incidents(
            o.severity >= 3, o.status != ObservationStatus.RESOLVED.value, o.occurred_at >= look,
            op.role.in_(_ACTORS))

        yield Rule.REPEATED_TARGET, incidents(
            op.role == Role.TARGET.value, o.occurred_at >= window,
        ).having(func.count() >= t.bullying_min_incidents)

        yield Rule.TARGET_AND_AGGRESSOR, incidents(
            op.role.in_(_ACTORS), o.occurred_at >= look,
        ).having(func.count(op.role.distinct()) == 2)

        # An incident has had its follow-up when an action points at it, or at its case.
        followed = or_(
            exists().where(FollowUp.observation_id == o.id, FollowUp.deleted_at.is_(None)),
            and_(o.case_id.is_not(None), exists().where(
                FollowUp.case_id == o.case_id, FollowUp.deleted_at.is_(None))),
        )
        yield Rule.NO_FOLLOW_UP, incidents(
            o.status != ObservationStatus.RESOLVED.value, op.role.in_(_ACTORS),
            o.occurred_at >= look,
            o.occurred_at < _start(today - timedelta(days=t.follow_up_days - 1)),
            ~followed)

        c, cp = Concern, ConcernPupil
        late = or_(and_(c.acknowledged_on.is_(None), c.ack_due < today),
                   and_(c.answered_on.is_(None), c.answer_due < today))
        missed = func.min(case((and_(c.acknowledged_on.is_(None), c.ack_due < today),
                                c.ack_due), else_=c.answer_due))
        yield Rule.CONCERN_OVERDUE, select(
            cp.pupil_id, missed, func.max(c.received_at), func.count(),
        ).join(c, c.id == cp.concern_id).where(
            c.deleted_at.is_(None), late).group_by(cp.pupil_id)

        yield Rule.REPEAT_CONCERN, select(
            cp.pupil_id, func.min(c.received_at), func.max(c.received_at), func.count(),
        ).join(c, c.id == cp.concern_id).where(
            c.deleted_at.is_(None),
            c.received_at >= _start(today - timedelta(days=t.repeat_concern_days)),
        ).group_by(cp.pupil_id).having(func.count() >= 2)

        f = FollowUp
        yield Rule.ACTION_OVERDUE, select(
            f.pupil_id, func.min(f.due_date), func.max(f.due_date), func.count(),
        ).where(f.deleted_at.is_(None), f.done_date.is_(None), f.due_date < today
                ).group_by(f.pupil_id)

        b = BullyingCase
        yield Rule.REVIEW_DUE, select(
            CasePupil.pupil_id, func.min(b.review_date),
            func.max(b.review_date), func.count(),
        ).join(b, b.id == CasePupil.case_id).where(
            b.deleted_at.is_(None), b.stage == CaseStage.MONITORING.value,
            b.review_date < today, CasePupil.role.in_(_ACTORS),
        ).group_by(CasePupil.pupil_id)
