"""Counts for the dashboard: what every role may see, the head teacher included. Aggregate
queries only; no name, note or IIN ever leaves here."""

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func
from sqlmodel import select

from ..db import Database
from ..models import CounsellingSession, FollowUp, Observation, Pupil
from ..models.enums import ObservationStatus, SessionStatus
from .context import COUNTS_READ, Context


@dataclass(frozen=True)
class DashboardCounts:
    since: date  # the start of the current school year
    pupils: int  # studying now
    sessions_held: int
    observations: int
    observations_open: int  # open or under monitoring
    followups_open: int
    followups_overdue: int


def school_year_start(today: date) -> date:
    """1 September of the current school year (the calendar itself arrives with term summaries)."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


class DashboardService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def counts(self) -> DashboardCounts:
        self.ctx.require(COUNTS_READ)
        today = self.ctx.today()
        since = school_year_start(today)
        start = datetime.combine(since, time.min)

        def one(s, stmt) -> int:
            return s.exec(stmt).one()

        with self.db.session() as s:
            return DashboardCounts(
                since=since,
                pupils=one(s, select(func.count()).select_from(Pupil).where(
                    Pupil.deleted_at.is_(None), Pupil.active.is_(True))),
                sessions_held=one(s, select(func.count()).select_from(CounsellingSession).where(
                    CounsellingSession.deleted_at.is_(None),
                    CounsellingSession.status == SessionStatus.HELD.value,
                    CounsellingSession.starts_at >= start)),
                observations=one(s, select(func.count()).select_from(Observation).where(
                    Observation.deleted_at.is_(None), Observation.occurred_at >= start)),
                observations_open=one(s, select(func.count()).select_from(Observation).where(
                    Observation.deleted_at.is_(None),
                    Observation.status != ObservationStatus.RESOLVED.value)),
                followups_open=one(s, select(func.count()).select_from(FollowUp).where(
                    FollowUp.deleted_at.is_(None), FollowUp.done_date.is_(None))),
                followups_overdue=one(s, select(func.count()).select_from(FollowUp).where(
                    FollowUp.deleted_at.is_(None), FollowUp.done_date.is_(None),
                    FollowUp.due_date < today)),
            )
