"""Who is acting (the signed-in user and role), what they may do, and what time it is.

Roles are enforced here, in the services, so no screen, export or command can get around
them: the psychologist may do everything; the counsellor works with pupils, observations
and follow-ups and sees that sessions happened, never their confidential notes; the head
teacher sees counts, never a name.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

# Rights, by what they open up.
PUPILS_READ, PUPILS_WRITE = "pupils.read", "pupils.write"
SESSIONS_READ, SESSIONS_WRITE, NOTES_READ = "sessions.read", "sessions.write", "notes.read"
OBSERVATIONS_READ, OBSERVATIONS_WRITE = "observations.read", "observations.write"
FOLLOWUPS_READ, FOLLOWUPS_WRITE = "followups.read", "followups.write"
SCHOOL_WRITE, ACCOUNTS_MANAGE, COUNTS_READ = "school.write", "accounts.manage", "counts.read"
AUDIT_READ = "audit.read"  # browse and check the audit trail
CONCERNS_READ, CONCERNS_WRITE = "concerns.read", "concerns.write"
CASES_READ, CASES_WRITE = "cases.read", "cases.write"
ATTENTION_READ, ATTENTION_DISMISS = "attention.read", "attention.dismiss"
# Referrals and the directory of organisations they go to; printing a letter is reading it.
REFERRALS_READ, REFERRALS_WRITE = "referrals.read", "referrals.write"
# The preventive work log (group activities: counts of participants, never names). The
# school calendar is edited with SCHOOL_WRITE; term summaries need only COUNTS_READ.
PREVENTION_READ, PREVENTION_WRITE = "prevention.read", "prevention.write"
# The prevention council and individual accompaniment (Law No. 245-VIII); a review's
# confidential note is NOTES_READ's, as a session's notes are.
COUNCIL_READ, COUNCIL_WRITE = "council.read", "council.write"

_COUNSELLOR = frozenset({
    PUPILS_READ, PUPILS_WRITE, SESSIONS_READ, OBSERVATIONS_READ, OBSERVATIONS_WRITE,
    FOLLOWUPS_READ, FOLLOWUPS_WRITE, COUNTS_READ, CONCERNS_READ, CONCERNS_WRITE,
    CASES_READ, CASES_WRITE, ATTENTION_READ, ATTENTION_DISMISS, REFERRALS_READ,
    REFERRALS_WRITE, PREVENTION_READ, PREVENTION_WRITE, COUNCIL_READ, COUNCIL_WRITE,
})
RIGHTS: dict[str, frozenset[str]] = {
    "psychologist": _COUNSELLOR | {SESSIONS_WRITE, NOTES_READ, SCHOOL_WRITE, ACCOUNTS_MANAGE,
                                   AUDIT_READ},
    "counsellor": _COUNSELLOR,
    "head": frozenset({COUNTS_READ}),
}


# The right needed to change each kind of record (table): the school server holds each role
# to the same (desktop/server/roles.py), and a conflict is settled by someone who may write it.
# A test keeps every synced kind here: a new table must say who writes it.
KIND_WRITE_RIGHT = {
    "account": ACCOUNTS_MANAGE, "school": SCHOOL_WRITE, "academic_year": SCHOOL_WRITE,
    "holiday_correction": SCHOOL_WRITE, "holiday_year": SCHOOL_WRITE,
    "warning_settings": SCHOOL_WRITE, "pupil": PUPILS_WRITE, "guardian": PUPILS_WRITE,
    "counselling_session": SESSIONS_WRITE, "observation": OBSERVATIONS_WRITE,
    "follow_up": FOLLOWUPS_WRITE, "bullying_case": CASES_WRITE, "case_stage": CASES_WRITE,
    "concern": CONCERNS_WRITE, "concern_response": CONCERNS_WRITE,
    "warning_dismissal": ATTENTION_DISMISS, "organisation": REFERRALS_WRITE,
    "referral": REFERRALS_WRITE, "referral_amendment": REFERRALS_WRITE,
    "preventive_activity": PREVENTION_WRITE,
    "council_member": COUNCIL_WRITE, "council_meeting": COUNCIL_WRITE,
    "council_attendance": COUNCIL_WRITE, "council_item": COUNCIL_WRITE,
    "council_proposal": COUNCIL_WRITE, "accompaniment_ground": COUNCIL_WRITE,
    "accompaniment": COUNCIL_WRITE, "accompaniment_review": COUNCIL_WRITE,
}


class NotAllowed(PermissionError):
    """The signed-in role may not do this. `right` names what was missing."""

    def __init__(self, right: str):
        super().__init__(f"not allowed: {right}")
        self.right = right


@dataclass
class Context:
    """One per signed-in session. The defaults (a psychologist) serve tests and scripts
    that build services directly; the app and the CLI always set the signed-in account."""

    actor: str = "psychologist"
    role: str = "psychologist"
    clock: Callable[[], datetime] = field(default=datetime.now)

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def today(self) -> date:
        return self.clock().date()

    def can(self, right: str) -> bool:
        return right in RIGHTS.get(self.role, frozenset())

    def require(self, *rights: str) -> None:
        for right in rights:
            if not self.can(right):
                raise NotAllowed(right)
