"""Early warning: which pupils need attention, and why. Computed from the records, one
grouped, indexed query per rule; dismissals hide a warning until a newer record raises it
again. The bullying rules over the school year read tally_bullying, kept by triggers in the
records' own transaction (migration 0020). A rule's rows are kept until a table its query
reads is written: each table has a version, one more on every write, also kept by triggers
in the writing transaction (migrations 0017, 0024), so nothing kept can fall out of date
(tests/unit/test_attention_versions.py checks it against a fresh read).

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

from dataclasses import astuple, dataclass, field
from datetime import date, datetime, time, timedelta
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import and_, case, func, literal_column, or_
from sqlmodel import select

from ..db import Database
from ..models import (
    BullyingCase, CasePupil, Concern, ConcernPupil, CounsellingSession, FollowUp,
    Observation, ObservationPupil, SessionPupil, WarningDismissal,
)
from ..models.enums import CaseStage, ObservationStatus, Role, SessionStatus
from ..models.tally import TallyBullying
from ..models.validation import Checker, clean
from ..models.warnings import RULE_ORDER, Rule, Thresholds, Warning
from ..models.working_days import latest_start
from .common import as_stored, plain_rows, stamp
from .concerns import late_concerns
from .context import ATTENTION_DISMISS, ATTENTION_READ, Context
from .holidays import HolidaysService
from .studying_pupils import StudyingPupils
from .table_versions import read_versions
from .warning_settings import WarningSettingsService

_ACTORS = (Role.TARGET.value, Role.AGGRESSOR.value)
REASON_MAX = 1000
_RANK = {rule: n for n, rule in enumerate(RULE_ORDER)}
# The tables a rule's query reads, each with a version kept by triggers (table_version,
# migrations 0017 and 0024); and those every rule's warnings depend on besides: the pupils'
# names and classes (studying_pupils.py), and the dismissals.
# tests/unit/test_attention_versions.py checks that each rule reads only the tables named.
_INCIDENTS = ("observation", "observation_pupil")
_CONCERNS = ("concern", "concern_pupil")
_EVERY_RULE_READS = ("pupil", "warning_dismissal")


# A Warning made as the tuple it is: its named tuple's own __new__ is Python code, and the
# dashboard makes tens of thousands at a refresh on a large journal.
_new = tuple.__new__


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _unindexed(column):
    """+column: SQLite may not use an index on it. Grouping by +pupil_id keeps it from
    walking the pupil index (every link row ever written); +status keeps it on the date
    index, whose recent slice is smaller than all open incidents."""
    return literal_column(f"+{column.table.name}.{column.name}")


class _Found(NamedTuple):
    """What one of the rules' queries found: its rows, read at `read_at` (the versions of the
    tables it reads), and its rules' warnings, built at `stamp` (those and the pupils' and
    dismissals' versions)."""

    read_at: tuple
    rows: list
    stamp: tuple
    warnings: list


@dataclass
class _Built:
    """The rules' statements as built for `key` (thresholds, today, the follow-up deadline),
    and what each found: {its place in `queries`: _Found}."""

    key: tuple
    queries: list
    found: dict = field(default_factory=dict)


class AttentionService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx
        # The living pupils still studying, named: after a pupil is edited, that pupil alone
        # is read again, not the 12,000 of a large school.
        self._studying = StudyingPupils()
        self._built: _Built | None = None  # the rules' statements and what they found

    def warnings(self, thresholds: Thresholds | None = None) -> list[Warning]:
        """Every warning nobody has dismissed, gravest rule first, then the oldest."""
        self.ctx.require(ATTENTION_READ)
        t = thresholds or WarningSettingsService(self.db, self.ctx).get()
        today = self.ctx.today()
        again = []  # (its place, rules, read_at, stamp, its rows kept or None: read them)
        dismissed = None
        # Core, not the ORM: thousands of plain tuples, no identity map to fill.
        with self.db.engine.connect() as s:
            # The versions first: rows read after them are at least as new.
            versions = read_versions(s)
            built = self._rules(t, today)
            generation, pupils = self._studying.get(s, versions.get("pupil"))
            for n, (rules, tables, _query) in enumerate(built.queries):
                # A rule's rows are kept while the tables its query reads are at the versions
                # they were read at; its warnings, while the pupils' names (their generation)
                # and the dismissals are too (a renamed pupil builds them again from the rows
                # kept).
                read_at = tuple(versions.get(name) for name in tables)
                stamp = (*read_at, generation, versions.get("warning_dismissal"))
                kept = built.found.get(n)
                if kept is not None and kept.stamp == stamp and None not in stamp:
                    continue
                reread = kept is None or kept.read_at != read_at or None in read_at
                again.append((n, rules, read_at, stamp, None if reread else kept.rows))
            if again:
                dismissed = self._dismissed(s)
        # Each query on a connection's checkout of its own, and the warnings built after it
        # is returned: a screen's read after a save borrows the GUI thread's connection,
        # which then waits for one query at most (connection_sharing.py).
        for i, (n, rules, read_at, stamp, rows) in enumerate(again):
            if rows is None:
                with self.db.engine.connect() as s:
                    # Tens of thousands of rows of text and integers: the driver's tuples.
                    again[i] = (n, rules, read_at, stamp,
                                plain_rows(s.execute(built.queries[n][2])))
        if again:
            for n, rules, read_at, stamp, rows in again:
                built.found[n] = _Found(read_at, rows, stamp, self._warnings_of(
                    rules, rows, pupils, dismissed))
        ranked: list[list[Warning]] = [[] for _ in RULE_ORDER]
        for n in range(len(built.queries)):
            for rule, found in built.found[n].warnings:
                ranked[_RANK[rule]] = found
        out: list[Warning] = []
        for found in ranked:
            out.extend(found)
        return out

    @staticmethod
    def _dismissed(conn) -> set[tuple[str, str, str]]:
        """(pupil's hex id, rule, subject) of every live dismissal. All of them, not an IN list
        of thousands of ids: a school has a few hundred dismissals and a thousand or two pupils
        at most."""
        return set(conn.execute(
            select(as_stored(WarningDismissal.pupil_id), WarningDismissal.rule,
                   WarningDismissal.subject)
            .where(WarningDismissal.deleted_at.is_(None))).all())

    @staticmethod
    def _warnings_of(rules, rows, pupils, dismissed) -> list[tuple[Rule, list[Warning]]]:
        """One query's warnings for each of its rules, from its rows, each by (since, pupil's
        name). Ids and times come as the text SQLite stores: the pupil's UUID is read once per
        pupil, not per warning."""
        days: dict[str, date] = {}  # a few hundred different days among thousands of rows
        # Per rule: (since as stored text + pupil's name, the warning); sorted by that key,
        # the fixed-width day first, it is the order of (since, name).
        lists: list[tuple[Rule, list[tuple[str, Warning]]]] = [(rule, []) for rule in rules]
        columns = [(1 + 3 * i, rule.value, found) for i, (rule, found) in enumerate(lists)]
        for row in rows:
            pupil = pupils.get(row[0])
            if pupil is None:  # left the journal or no longer studying
                continue
            for i, rule, found in columns:
                count = row[i + 2]
                if not count:
                    continue
                # The newest record and how many: a new one raises a dismissed warning again.
                subject = f"{row[i + 1]}/{count}"
                if dismissed and (row[0], rule, subject) in dismissed:
                    continue
                day = row[i][:10]
                since = days.get(day)
                if since is None:
                    since = days[day] = date.fromisoformat(day)
                found.append((day + pupil[1], _new(Warning, (
                    pupil[0], pupil[1], pupil[2], rule, since, subject, count))))
        out = []
        for rule, found in lists:
            found.sort(key=itemgetter(0))
            out.append((rule, [f[1] for f in found]))
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

    def _rules(self, t: Thresholds, today: date) -> "_Built":
        """_queries' statements, built again only when what they are built from changes (the
        thresholds, today, the follow-up deadline's day): building them cost a few
        milliseconds of every refresh. What they found goes with them."""
        calendar = HolidaysService(self.db, self.ctx).calendar([today.year - 1, today.year])
        # The newest day an incident may have happened on and have waited follow_up_days
        # working days by today.
        waited = latest_start(today, t.follow_up_days, calendar)
        key = (astuple(t), today, waited)
        built = self._built
        if built is None or built.key != key:
            built = self._built = _Built(key, list(self._queries(t, today, waited)))
        return built

    def _queries(self, t: Thresholds, today: date, waited: date):
        """(rules, the tables read, query): each query gives a pupil's hex id and, for each of its
        rules, the first and newest record (as stored text) and how many (0: not raised).
        `waited`: the newest day an incident may have happened on and be past its follow-up
        deadline today."""
        look = _start(today - timedelta(days=t.lookback_days))
        window = _start(t.bullying_since(today))
        op, o = ObservationPupil, Observation

        def raised(when, n=None):
            return as_stored(func.min(when)), as_stored(func.max(when)), n if n is not None else func.count()

        def incidents(since: datetime, *where):
            # From ix_observation_recent to ix_observation_pupil_role: indexes only.
            return select(as_stored(op.pupil_id), *raised(o.occurred_at)).select_from(o).join(
                op, op.observation_id == o.id).where(
                o.occurred_at >= since, o.deleted_at.is_(None), *where,
            ).group_by(_unindexed(op.pupil_id))

        s = CounsellingSession
        yield (Rule.SELF_HARM_RISK,), ("counselling_session", "session_pupil"), select(
            as_stored(SessionPupil.pupil_id), *raised(s.starts_at),
        ).join(s, s.id == SessionPupil.session_id).where(
            s.deleted_at.is_(None), s.self_harm_risk == True,  # noqa: E712 - "= 1", as the index says
            s.status != SessionStatus.CANCELLED.value, s.starts_at >= look,
        ).group_by(_unindexed(SessionPupil.pupil_id))

        yield (Rule.SEVERE_INCIDENT,), _INCIDENTS, incidents(
            look, o.severity >= 3, _unindexed(o.status) == ObservationStatus.OPEN.value,
            op.role.in_(_ACTORS))

        # Both bullying rules read the window's targets and aggressors once: from the tally
        # by school year (migration 0020) when the window is the school year, else from the
        # incidents of the last N days.
        both_rules = (Rule.REPEATED_TARGET, Rule.TARGET_AND_AGGRESSOR)
        if t.bullying_window_school_year:
            yield both_rules, ("tally_bullying",), self._bullying_by_year(t, window.year)
        else:
            targeted = func.count().filter(op.role == Role.TARGET.value)
            aggressor = func.count().filter(op.role == Role.AGGRESSOR.value)
            first_target = func.min(o.occurred_at).filter(op.role == Role.TARGET.value)
            last_target = func.max(o.occurred_at).filter(op.role == Role.TARGET.value)
            both = and_(targeted > 0, aggressor > 0)
            yield both_rules, _INCIDENTS, select(
                as_stored(op.pupil_id), as_stored(first_target), as_stored(last_target),
                case((targeted >= t.bullying_min_incidents, targeted), else_=0),
                *raised(o.occurred_at, case((both, func.count()), else_=0)),
            ).select_from(o).join(op, op.observation_id == o.id).where(
                o.occurred_at >= window, o.deleted_at.is_(None), op.role.in_(_ACTORS),
            ).group_by(_unindexed(op.pupil_id)).having(
                or_(targeted >= t.bullying_min_incidents, both))

        # An incident has had its follow-up when an action points at it, or at its case.
        # Selecting a column of the index (not EXISTS's "*") keeps each check in the index
        # of live follow-ups (ix_follow_up_live_observation, _case).
        live = FollowUp.deleted_at.is_(None)
        followed = or_(
            select(FollowUp.deleted_at).where(FollowUp.observation_id == o.id, live).exists(),
            and_(o.case_id.is_not(None), select(FollowUp.deleted_at).where(
                FollowUp.case_id == o.case_id, live).exists()),
        )
        yield (Rule.NO_FOLLOW_UP,), (*_INCIDENTS, "follow_up"), incidents(
            look, _unindexed(o.status) == ObservationStatus.OPEN.value, op.role.in_(_ACTORS),
            o.occurred_at < _start(waited + timedelta(days=1)),
            ~followed)

        c, cp = Concern, ConcernPupil
        late = c.id.in_(late_concerns(today))
        missed = case((and_(c.acknowledged_on.is_(None), c.ack_due < today), c.ack_due),
                      else_=c.answer_due)
        yield (Rule.CONCERN_OVERDUE,), _CONCERNS, select(
            as_stored(cp.pupil_id), as_stored(func.min(missed)), as_stored(func.max(c.received_at)),
            func.count(),
        ).join(c, c.id == cp.concern_id).where(
            c.deleted_at.is_(None), late).group_by(_unindexed(cp.pupil_id))

        yield (Rule.REPEAT_CONCERN,), _CONCERNS, select(
            as_stored(cp.pupil_id), *raised(c.received_at)).join(
            c, c.id == cp.concern_id).where(
            c.deleted_at.is_(None),
            c.received_at >= _start(today - timedelta(days=t.repeat_concern_days)),
        ).group_by(_unindexed(cp.pupil_id)).having(func.count() >= 2)

        f = FollowUp
        yield (Rule.ACTION_OVERDUE,), ("follow_up",), select(
            as_stored(f.pupil_id), *raised(f.due_date)).where(
            f.deleted_at.is_(None), f.done_date.is_(None), f.due_date < today,
        ).group_by(_unindexed(f.pupil_id))

        b = BullyingCase
        yield (Rule.REVIEW_DUE,), ("bullying_case", "case_pupil"), select(
            as_stored(CasePupil.pupil_id), *raised(b.review_date)).join(
            b, b.id == CasePupil.case_id).where(
            b.deleted_at.is_(None), b.stage == CaseStage.MONITORING.value,
            b.review_date < today, CasePupil.role == Role.TARGET.value,
        ).group_by(_unindexed(CasePupil.pupil_id))

    @staticmethod
    def _bullying_by_year(t: Thresholds, school_year: int):
        """The bullying rules' figures (as the query over the incidents gives them) from
        tally_bullying's rows of the school year: one row per pupil, read as a range of its
        key and filtered there, not every incident of the year walked to its pupils (the
        window starts on 1 September of this school year, and incidents are never dated
        after today: validation refuses it)."""
        tb = TallyBullying
        both = and_(tb.targeted > 0, tb.aggressor > 0)
        return select(
            as_stored(tb.pupil_id), tb.first_target, tb.last_target,
            case((tb.targeted >= t.bullying_min_incidents, tb.targeted), else_=0),
            tb.first_actor, tb.last_actor,
            case((both, tb.targeted + tb.aggressor), else_=0),
        ).where(tb.school_year == school_year,
                or_(tb.targeted >= t.bullying_min_incidents, both))
