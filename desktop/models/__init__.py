"""Tables, their input and read shapes, and the rules that need no database. No Qt here.

The tables (desktop.models.tables) load SQLAlchemy; they are imported on first use so that
the interface can import the pure modules here and show its window first.
"""

_TABLE_NAMES = {
    "TABLES", "Account", "School", "Pupil", "Guardian", "CounsellingSession", "SessionPupil",
    "Observation", "ObservationForm", "ObservationPupil", "FollowUp", "AuditEntry",
    "BullyingCase", "CasePupil", "CaseStageEntry", "Concern", "ConcernPupil",
    "ConcernResponse", "WarningDismissal", "HolidayCorrection", "HolidayYear", "WarningSettings", "Organisation",
    "Referral", "ReferralAmendment", "AcademicYear", "Term", "SchoolBreak",
    "PreventiveActivity", "Draft", "AccompanimentGround", "CouncilMember", "CouncilMeeting",
    "CouncilAttendance", "CouncilItem", "Accompaniment", "AccompanimentReview", "CouncilProposal",
}


def __getattr__(name: str):
    if name in _TABLE_NAMES:
        # lazy: the tables load SQLAlchemy; the first window uses this package without (start-up)
        from . import tables

        return getattr(tables, name)
    if name in ("Tracked", "utcnow"):
        # lazy: the tables load SQLAlchemy; the first window uses this package without (start-up)
        from . import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
