"""The dashboard: counts every role may see, the head teacher included (aggregate queries;
no name, note or IIN), and, for those who work with pupils, the week's actions and today's
planned sessions. Who needs attention comes from AttentionService.

A role that may not see records (the head teacher) gets each count as the term summary
publishes it (the cell-key method, models/cell_key.py): 0, «<5» or a multiple of 5 fixed
by the records counted, so that today's tile minus yesterday's, or a tile minus a
summary, gives no small count away. Those who see the records get exact counts."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, literal_column
from sqlmodel import select

from ..db import Database
from ..models import CounsellingSession, FollowUp, Observation, Pupil, SessionPupil
from ..models.enums import ObservationStatus, SessionStatus
from ..models.journal import FollowUpRow, SessionRow
from ..models.school_year import school_year_start
from ..models.suppression import published
from ..models.tally import TallyIncident, TallySession
from ..models.term_summary import Figure
from ..models.text import full_name
from .cell_keys import record_key
from .context import COUNTS_READ, FOLLOWUPS_READ, PUPILS_READ, SESSIONS_READ, Context
from .listing import names_by_record
from .table_versions import Kept


@dataclass(frozen=True)
class DashboardCounts:
    since: date  # the start of the current school year
    # Exact counts for those who see records; else int or «<5» (models.term_summary.Mark).
    pupils: Figure  # studying now
    sessions_held: Figure
    observations: Figure
    observations_open: Figure  # open or under monitoring
    followups_open: Figure
    followups_overdue: Figure


class DashboardService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx
        # The week's actions and today's sessions, kept until a table they come from is
        # written (services/table_versions.py): the dashboard reads them after every save,
        # and after an incident saved neither has changed.
        self._actions = Kept("follow_up", "pupil")
        self._sessions = Kept("counselling_session", "session_pupil", "pupil")

    def counts(self) -> DashboardCounts:
        self.ctx.require(COUNTS_READ)
        today = self.ctx.today()
        since = school_year_start(today)

        exact = self.ctx.can(PUPILS_READ)

        def one(s, table, *where) -> Figure:
            count, keys = s.exec(select(func.count(), func.sum(record_key(table.id)))
                                 .select_from(table).where(*where)).one()
            return count if exact else published(count, keys or 0)

        def tallied(s, tally, column) -> Figure:
            """Held, live sessions or live incidents since 1 September: the day tallies'
            sums (migration 0017, kept by triggers), not every record of the year with its
            key computed (a school year of a large journal holds 100,000 of them)."""
            count, keys = s.exec(select(func.sum(column), func.sum(tally.keys))
                                 .where(tally.day >= since.isoformat())).one()
            return (count or 0) if exact else published(count or 0, keys or 0)

        with self.db.session() as s:
            return DashboardCounts(
                since=since,
                # "= 1": from ix_pupil_studying alone (0024), as the count says.
                pupils=one(s, Pupil, Pupil.deleted_at.is_(None),
                           Pupil.active == True),  # noqa: E712
                sessions_held=tallied(s, TallySession, TallySession.sessions),
                observations=tallied(s, TallyIncident, TallyIncident.incidents),
                # 'resolved' written out, as ix_observation_unresolved's condition says: a
                # bound parameter would keep SQLite from that index (and on every incident).
                observations_open=one(
                    s, Observation, Observation.deleted_at.is_(None),
                    Observation.status != literal_column(
                        f"'{ObservationStatus.RESOLVED.value}'")),
                followups_open=one(s, FollowUp, FollowUp.deleted_at.is_(None),
                                   FollowUp.done_date.is_(None)),
                followups_overdue=one(s, FollowUp, FollowUp.deleted_at.is_(None),
                                      FollowUp.done_date.is_(None), FollowUp.due_date < today),
            )

    def actions_this_week(self) -> list[FollowUpRow]:
        """Follow-up actions not done and due from today to Sunday, earliest first."""
        self.ctx.require(FOLLOWUPS_READ)
        today = self.ctx.today()
        with self.db.session() as s:
            return list(self._actions.get(s, today, lambda: self._read_actions(s, today)))

    def sessions_today(self) -> list[SessionRow]:
        """Today's planned sessions, by time."""
        self.ctx.require(SESSIONS_READ)
        today = self.ctx.today()
        with self.db.session() as s:
            return list(self._sessions.get(s, today, lambda: self._read_sessions(s, today)))

    @staticmethod
    def _read_actions(s, today: date) -> list[FollowUpRow]:
        sunday = today + timedelta(days=6 - today.weekday())
        rows = s.exec(select(
            FollowUp.id, FollowUp.due_date, FollowUp.what, FollowUp.responsible,
            Pupil.surname, Pupil.given_name, Pupil.patronymic, Pupil.class_name,
        ).join(Pupil, Pupil.id == FollowUp.pupil_id).where(
            FollowUp.deleted_at.is_(None), FollowUp.done_date.is_(None),
            FollowUp.due_date >= today, FollowUp.due_date <= sunday,
        ).order_by(FollowUp.due_date, Pupil.surname)).all()
        return [FollowUpRow(r.id, r.due_date, full_name(r.surname, r.given_name, r.patronymic),
                            r.class_name, r.what, r.responsible, None, False) for r in rows]

    @staticmethod
    def _read_sessions(s, today: date) -> list[SessionRow]:
        start = datetime.combine(today, time.min)
        rows = s.exec(select(
            CounsellingSession.id, CounsellingSession.starts_at, CounsellingSession.kind,
            CounsellingSession.status, CounsellingSession.reason,
        ).where(
            CounsellingSession.deleted_at.is_(None),
            CounsellingSession.status == SessionStatus.PLANNED.value,
            CounsellingSession.starts_at >= start,
            CounsellingSession.starts_at < start + timedelta(days=1),
        ).order_by(CounsellingSession.starts_at)).all()
        names = names_by_record(s, SessionPupil, SessionPupil.session_id, [r.id for r in rows])
        return [SessionRow(r.id, r.starts_at, r.kind, r.status, names.get(r.id, ""), r.reason)
                for r in rows]
