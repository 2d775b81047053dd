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
    from .accounts import AccountService
    from .audit import AuditService
    from .chronology import ChronologyService
    from .dashboard import DashboardService
    from .followups import FollowUpService
    from .observations import ObservationService
    from .pupils import PupilService
    from .school import SchoolService
    from .sessions import SessionService
    from .warning_settings import WarningSettingsService


@dataclass
class Services:
    db: Database
    ctx: Context
    accounts: AccountService
    audit: AuditService
    school: SchoolService
    pupils: PupilService
    sessions: SessionService
    observations: ObservationService
    followups: FollowUpService
    chronology: ChronologyService
    dashboard: DashboardService
    warning_settings: WarningSettingsService

    @classmethod
    def build(cls, db: Database, ctx: Context | None = None) -> Services:
        from .accounts import AccountService
        from .audit import AuditService
        from .chronology import ChronologyService
        from .dashboard import DashboardService
        from .followups import FollowUpService
        from .observations import ObservationService
        from .pupils import PupilService
        from .school import SchoolService
        from .sessions import SessionService
        from .warning_settings import WarningSettingsService

        ctx = ctx or Context()
        return cls(
            db=db, ctx=ctx,
            accounts=AccountService(db, ctx),
            audit=AuditService(db, ctx),
            school=SchoolService(db, ctx),
            pupils=PupilService(db, ctx),
            sessions=SessionService(db, ctx),
            observations=ObservationService(db, ctx),
            followups=FollowUpService(db, ctx),
            chronology=ChronologyService(db, ctx),
            dashboard=DashboardService(db, ctx),
            warning_settings=WarningSettingsService(db, ctx),
        )


__all__ = ["Services", "Context"]
