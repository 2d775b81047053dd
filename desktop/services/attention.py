"""Early warning: which pupils need attention, and why. Computed from the records each time
(nothing to fall out of date), one grouped, indexed query per rule; dismissals hide a
warning until a newer record raises it again.

The rules, with the thresholds from Settings → Early warning (models/warnings.py):
- REPEATED_TARGET: a target in N or more incidents within the window (Order No. 506:
  bullying is "two or more times", with no time limit: by default the window is the current
  school year, from 1 September; the school may choose the last N days instead);
- SEVERE_INCIDENT: in an open incident of severity 3 or 4 (as target or aggressor) that
  nobody has yet taken into monitoring or resolved;
- SELF_HARM_RISK: a session marked with a risk of self-harm;
- TARGET_AND_AGGRESSOR: both a target and an aggressor within the bullying window;
- CONCERN_OVERDUE: a concern about the pupil not acknowledged or answered in time;
- REPEAT_CONCERN: two or more concerns about the pupil;
- NO_FOLLOW_UP: an open incident (target or aggressor) with no follow-up action after N
  working days (services/holidays.py; an action of the incident's case counts);
- ACTION_OVERDUE: a follow-up action past its due date;
- REVIEW_DUE: a case in monitoring whose review date has passed (listed under its targets).
Severe incidents, risks and missing follow-ups look back `lookback_days`.
"""

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import String, and_, case, exists, func, literal_column, or_, type_coerce
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
from ..models.working_days import latest_start
from .common import stamp
from .context import ATTENTION_DISMISS, ATTENTION_READ, Context
from .holidays import HolidaysService
from .warning_settings import WarningSettingsService

_ACTORS = (Role.TARGET.value, Role.AGGRESSOR.value)
REASON_MAX = 1000


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _text(column):
    """The column as SQLite stores it (ids as 32 hex digits, times as ISO text)."""
    return type_coerce(column, String)


def _unindexed(column):
    """+column: SQLite may not use an index on it. Grouping by +pupil_id keeps it from
    walking the pupil index (every link row ever written); +status keeps it on the date
    index, whose recent slice is smaller than all open incidents."""
    return literal_column(f"+{column.table.name}.{column.name}")


class AttentionService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def warnings(self, thresholds: Thresholds | None = None) -> list[Warning]:
        """Every warning nobody has dismissed, gravest rule first, then the oldest."""
        self.ctx.require(ATTENTION_READ)
        t = thresholds or WarningSettingsService(self.db, self.ctx).get()
        today = self.ctx.today()
        order = {rule: n for n, rule in enumerate(RULE_ORDER)}
        # Core, not the ORM: thousands of plain tuples, no identity map to fill.
        with self.db.engine.connect() as s:
            # (rule's rank, pupil's hex id, rule, since, subject, count). Ids and times stay
            # the text SQLite stores: thousands of warnings need no UUID or datetime objects.
            found: list[tuple[int, str, str, date, str, int]] = []
            for rules, query in self._queries(t, today):
                for row in s.execute(query).all():
                    pupil_id = row[0]
                    for i, rule in enumerate(rules):
                        since, latest, count = row[1 + 3 * i: 4 + 3 * i]
                        if not count:
                            continue
                        # The newest record and how many: a new one raises a dismissed
                        # warning again.
                        found.append((order[rule], pupil_id, rule.value,
                                      date.fromisoformat(since[:10]), f"{latest}/{count}", count))
            if not found:
                return []
            # All of them, not an IN list of thousands of ids: a school has a few hundred
            # dismissals and a thousand or two pupils at most.
            dismissed = set(s.execute(
                select(_text(WarningDismissal.pupil_id), WarningDismissal.rule,
                       WarningDismissal.subject)
                .where(WarningDismissal.deleted_at.is_(None))).all())
            pupils = {r[0]: (r[0], full_name(r.surname, r.given_name, r.patronymic),
                             r.class_name)
                      for r in s.execute(select(
                          _text(Pupil.id), Pupil.surname, Pupil.given_name, Pupil.patronymic,
                          Pupil.class_name).where(Pupil.deleted_at.is_(None),
                                                  Pupil.active.is_(True))).all()}
        found.sort(key=lambda f: (f[0], f[3], pupils.get(f[1], ("", ""))[1]))
        ids = {pid: uuid.UUID(pid) for pid in {f[1] for f in found} if pid in pupils}
        return [
            Warning(pupil_id=ids[pid], pupil_name=pupils[pid][1],
                    class_name=pupils[pid][2], rule=rule, since=since, subject=subject,
                    count=count)
            for _rank, pid, rule, since, subject, count in found
            if pid in pupils and (pid, rule, subject) not in dismissed
        ]

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
        """(rules, query) pairs: each query gives a pupil's hex id and, for each of its
        rules, the first and newest record (as stored text) and how many (0: not raised)."""
        look = _start(today - timedelta(days=t.lookback_days))
        window = _start(t.bullying_since(today))
        calendar = HolidaysService(self.db, self.ctx).calendar([today.year - 1, today.year])
        # The newest day an incident may have happened on and have waited follow_up_days
        # working days by today.
        waited = latest_start(today, t.follow_up_days, calendar)
        op, o = ObservationPupil, Observation

        def raised(when, n=None):
            return _text(func.min(when)), _text(func.max(when)), n if n is not None else func.count()

        def incidents(since: datetime, *where):
            # From ix_observation_recent to ix_observation_pupil_role: indexes only.
            return select(_text(op.pupil_id), *raised(o.occurred_at)).select_from(o).join(
                op, op.observation_id == o.id).where(
                o.occurred_at >= since, o.deleted_at.is_(None), *where,
            ).group_by(_unindexed(op.pupil_id))

        s = CounsellingSession
        yield (Rule.SELF_HARM_RISK,), select(
            _text(SessionPupil.pupil_id), *raised(s.starts_at),
        ).join(s, s.id == SessionPupil.session_id).where(
            s.deleted_at.is_(None), s.self_harm_risk == True,  # noqa: E712 - "= 1", as the index says
            s.status != SessionStatus.CANCELLED.value, s.starts_at >= look,
        ).group_by(_unindexed(SessionPupil.pupil_id))

        yield (Rule.SEVERE_INCIDENT,), incidents(
            look, o.severity >= 3, _unindexed(o.status) == ObservationStatus.OPEN.value,
            op.role.in_(_ACTORS))

        # Both bullying rules read the window's targets and aggressors once.
        targeted = func.count().filter(op.role == Role.TARGET.value)
        aggressor = func.count().filter(op.role == Role.AGGRESSOR.value)
        first_target = func.min(o.occurred_at).filter(op.role == Role.TARGET.value)
        last_target = func.max(o.occurred_at).filter(op.role == Role.TARGET.value)
        both = and_(targeted > 0, aggressor > 0)
        yield (Rule.REPEATED_TARGET, Rule.TARGET_AND_AGGRESSOR), select(
            _text(op.pupil_id), _text(first_target), _text(last_target),
            case((targeted >= t.bullying_min_incidents, targeted), else_=0),
            *raised(o.occurred_at, case((both, func.count()), else_=0)),
        ).select_from(o).join(op, op.observation_id == o.id).where(
            o.occurred_at >= window, o.deleted_at.is_(None), op.role.in_(_ACTORS),
        ).group_by(_unindexed(op.pupil_id)).having(
            or_(targeted >= t.bullying_min_incidents, both))

        # An incident has had its follow-up when an action points at it, or at its case.
        followed = or_(
            exists().where(FollowUp.observation_id == o.id, FollowUp.deleted_at.is_(None)),
            and_(o.case_id.is_not(None), exists().where(
                FollowUp.case_id == o.case_id, FollowUp.deleted_at.is_(None))),
        )
        yield (Rule.NO_FOLLOW_UP,), incidents(
            look, _unindexed(o.status) == ObservationStatus.OPEN.value, op.role.in_(_ACTORS),
            o.occurred_at < _start(waited + timedelta(days=1)),
            ~followed)

        c, cp = Concern, ConcernPupil
        late = or_(and_(c.acknowledged_on.is_(None), c.ack_due < today),
                   and_(c.answered_on.is_(None), c.answer_due < today))
        missed = case((and_(c.acknowledged_on.is_(None), c.ack_due < today), c.ack_due),
                      else_=c.answer_due)
        yield (Rule.CONCERN_OVERDUE,), select(
            _text(cp.pupil_id), _text(func.min(missed)), _text(func.max(c.received_at)),
            func.count(),
        ).join(c, c.id == cp.concern_id).where(
            c.deleted_at.is_(None), late).group_by(_unindexed(cp.pupil_id))

        yield (Rule.REPEAT_CONCERN,), select(_text(cp.pupil_id), *raised(c.received_at)).join(
            c, c.id == cp.concern_id).where(
            c.deleted_at.is_(None),
            c.received_at >= _start(today - timedelta(days=t.repeat_concern_days)),
        ).group_by(_unindexed(cp.pupil_id)).having(func.count() >= 2)

        f = FollowUp
        yield (Rule.ACTION_OVERDUE,), select(_text(f.pupil_id), *raised(f.due_date)).where(
            f.deleted_at.is_(None), f.done_date.is_(None), f.due_date < today,
        ).group_by(_unindexed(f.pupil_id))

        b = BullyingCase
        yield (Rule.REVIEW_DUE,), select(_text(CasePupil.pupil_id), *raised(b.review_date)).join(
            b, b.id == CasePupil.case_id).where(
            b.deleted_at.is_(None), b.stage == CaseStage.MONITORING.value,
            b.review_date < today, CasePupil.role == Role.TARGET.value,
        ).group_by(_unindexed(CasePupil.pupil_id))
