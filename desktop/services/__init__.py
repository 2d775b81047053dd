"""Use cases. Nothing here imports Qt; views get a Services object through their constructors.

The service modules load SQLAlchemy, so they are imported in Services.build(), not here:
the interface imports desktop.services.filters and .errors before the database is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .context import Context

if TYPE_CHECKING:
    from ..db import Database
    from .accompaniment import AccompanimentService
    from .accounts import AccountService
    from .attention import AttentionService
    from .audit import AuditService
    from .cases import CaseService
    from .chronology import ChronologyService
    from .concerns import ConcernService
    from .council import CouncilService
    from .dashboard import DashboardService
    from .drafts import DraftService
    from .export import ExportService
    from .followups import FollowUpService
    from .holidays import HolidaysService
    from .observations import ObservationService
    from .organisations import OrganisationService
    from .prevention import PreventionService
    from .pupil_import import PupilImportService
    from .pupils import PupilService
    from .referrals import ReferralService
    from .school import SchoolService
    from .school_calendar import SchoolCalendarService
    from .sessions import SessionService
    from .team import TeamService
    from .term_summary import TermSummaryService
    from .warning_settings import WarningSettingsService


@dataclass
class Services:
    db: Database
    ctx: Context
    accounts: AccountService
    attention: AttentionService
    audit: AuditService
    school: SchoolService
    pupils: PupilService
    sessions: SessionService
    observations: ObservationService
    followups: FollowUpService
    cases: CaseService
    chronology: ChronologyService
    concerns: ConcernService
    dashboard: DashboardService
    team: TeamService
    drafts: DraftService
    export: ExportService
    warning_settings: WarningSettingsService
    pupil_import: PupilImportService
    organisations: OrganisationService
    referrals: ReferralService
    calendar: SchoolCalendarService
    prevention: PreventionService
    term_summary: TermSummaryService
    holidays: HolidaysService = None  # Settings → Holidays; the working-day clocks
    council: CouncilService = None  # the prevention council (Law No. 245-VIII)
    accompaniment: AccompanimentService = None  # individual pedagogical accompaniment
    # Set by desktop/vault.sign_in when signing in made the role keys of a keyring from an
    # earlier version: the new recovery key, to show once.
    new_recovery_key: str | None = None
    # The app's, for a journal joined to a school server (desktop/app/team_sync.py): the
    # server login made at sign-in, and how signing out stops the sync first.
    team_login: object | None = None
    stop_team_sync: object | None = None

    @classmethod
    def build(cls, db: Database, ctx: Context | None = None) -> Services:
        # lazy: they load SQLAlchemy; the first window imports this package without them
        # (start-up, see the module's docstring)
        from .accompaniment import AccompanimentService
        from .accounts import AccountService
        from .attention import AttentionService
        from .audit import AuditService
        from .cases import CaseService
        from .chronology import ChronologyService
        from .concerns import ConcernService
        from .council import CouncilService
        from .dashboard import DashboardService
        from .drafts import DraftService
        from .export import ExportService
        from .followups import FollowUpService
        from .holidays import HolidaysService
        from .observations import ObservationService
        from .organisations import OrganisationService
        from .prevention import PreventionService
        from .pupil_import import PupilImportService
        from .pupils import PupilService
        from .referrals import ReferralService
        from .school import SchoolService
        from .school_calendar import SchoolCalendarService
        from .sessions import SessionService
        from .team import TeamService
        from .term_summary import TermSummaryService
        from .warning_settings import WarningSettingsService

        ctx = ctx or Context()
        return cls(
            db=db, ctx=ctx,
            accounts=AccountService(db, ctx),
            attention=AttentionService(db, ctx),
            audit=AuditService(db, ctx),
            school=SchoolService(db, ctx),
            pupils=PupilService(db, ctx),
            sessions=SessionService(db, ctx),
            observations=ObservationService(db, ctx),
            followups=FollowUpService(db, ctx),
            cases=CaseService(db, ctx),
            chronology=ChronologyService(db, ctx),
            concerns=ConcernService(db, ctx),
            dashboard=DashboardService(db, ctx),
            team=TeamService(db, ctx),
            drafts=DraftService(db, ctx),
            export=ExportService(db, ctx),
            warning_settings=WarningSettingsService(db, ctx),
            pupil_import=PupilImportService(db, ctx),
            organisations=OrganisationService(db, ctx),
            referrals=ReferralService(db, ctx),
            term_summary=TermSummaryService(db, ctx),
            calendar=SchoolCalendarService(db, ctx),
            prevention=PreventionService(db, ctx),
            holidays=HolidaysService(db, ctx),
            council=CouncilService(db, ctx),
            accompaniment=AccompanimentService(db, ctx),
        )


__all__ = ["Services", "Context"]
