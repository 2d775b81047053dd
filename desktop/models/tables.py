"""The SQLModel tables. Kept apart from the input and read shapes so that the interface
can import those (and start) without loading SQLAlchemy."""

import uuid
from datetime import date, datetime

from sqlalchemy import DateTime, Index, text
from sqlmodel import Field, SQLModel

from .base import Tracked, utcnow
from .sealed import SealedText
from .enums import ConsentStatus, ObservationStatus, SessionStatus
from . import tally  # noqa: F401 - the term summary's tallies (not records), same metadata


class Account(Tracked, table=True):
    """A person who signs in. The password lives only as a wrap of the data key in the
    keyring (keys.json); here are the name, the role and whether the account may sign in."""

    user_name: str = Field(max_length=60, unique=True)  # NFC, case-folded
    display_name: str = Field(max_length=150)
    role: str = Field(max_length=20)
    active: bool = Field(default=True)


class School(Tracked, table=True):
    name_kk: str = Field(default="", max_length=300)
    name_ru: str = Field(default="", max_length=300)
    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=50)
    director: str = Field(default="", max_length=150)
    psychologist: str = Field(default="", max_length=150)
    # In Kazakh (0014): `address` and `director` are the ones letters in Russian use.
    address_kk: str = Field(default="", max_length=300, sa_column_kwargs={"server_default": ""})
    director_kk: str = Field(default="", max_length=150, sa_column_kwargs={"server_default": ""})
    # Outgoing numbers of referral letters: {n} the number in the school year, {year} e.g.
    # "2025-26" (so "{n}/{year}" gives 15/2025-26).
    referral_number_pattern: str = Field(default="{n}/{year}", max_length=60,
                                         sa_column_kwargs={"server_default": "{n}/{year}"})


class Pupil(Tracked, table=True):
    __table_args__ = (
        # An IIN belongs to one living record; soft-deleted rows and empty IINs don't count.
        Index(
            "ux_pupil_iin",
            "iin",
            unique=True,
            sqlite_where=text("iin IS NOT NULL AND deleted_at IS NULL"),
        ),
        # Is this pupil living? From the index alone (the term summary's pupils served:
        # thousands of pupils in a year, 0020).
        Index("ix_pupil_living", "id", "deleted_at", sqlite_where=text("deleted_at IS NULL")),
        # The pupils still studying, counted after each save and named by the dashboard's
        # rules, from the index alone (0024; the queries write "active = 1", as here).
        Index("ix_pupil_studying", "id", "surname", "given_name", "patronymic", "class_name",
              "deleted_at", "active", sqlite_where=text("deleted_at IS NULL AND active = 1")),
    )

    surname: str = Field(max_length=60)
    given_name: str = Field(max_length=60)
    patronymic: str = Field(default="", max_length=60)
    sex: str = Field(max_length=10)
    birth_date: date
    iin: str | None = Field(default=None, max_length=12)
    class_name: str = Field(max_length=4, index=True)
    grade: int = Field(index=True)
    study_language: str = Field(max_length=2)
    consent_status: str = Field(default=ConsentStatus.NOT_ASKED.value, max_length=10)
    consent_date: date | None = None
    consent_by: str = Field(default="", max_length=150)
    active: bool = Field(default=True)
    left_date: date | None = None
    search_key: str = Field(default="", max_length=200, index=True)
    address: str = Field(default="", max_length=300, sa_column_kwargs={"server_default": ""})
    # Who accepted that the IIN's digits give another birth date or sex than the record's
    # (lawful since 2013), and when; None and "" when there is no such difference.
    iin_mismatch_accepted_at: datetime | None = None
    iin_mismatch_accepted_by: str = Field(default="", max_length=100,
                                          sa_column_kwargs={"server_default": ""})


class Guardian(Tracked, table=True):
    pupil_id: uuid.UUID = Field(foreign_key="pupil.id", index=True)
    name: str = Field(max_length=150)
    relation: str = Field(max_length=20)
    phone: str = Field(default="", max_length=30)


class CounsellingSession(Tracked, table=True):
    __tablename__ = "counselling_session"
    __table_args__ = (
        Index("ix_counselling_session_self_harm", "starts_at",
              sqlite_where=text("self_harm_risk = 1 AND deleted_at IS NULL")),
        # Notes not sealed yet, which each sign-in seals (vault.seal_plain_notes; 0023).
        Index("ix_session_plain_notes", "id",
              sqlite_where=text("notes != '' AND substr(notes, 1, 15) != 'senim-sealed:1:'")),
        # Counts by period and status (the counts page, term summaries) from the index alone.
        Index("ix_counselling_session_period", "starts_at", "status", "kind", "deleted_at",
              sqlite_where=text("deleted_at IS NULL")),
        # The term summary: sessions by kind and initiator, and their pupils (by id).
        Index("ix_counselling_session_summary", "starts_at", "status", "kind", "initiator",
              "id", "deleted_at", sqlite_where=text("deleted_at IS NULL")),
    )

    starts_at: datetime = Field(sa_type=DateTime, index=True)  # school's local wall clock
    duration_min: int
    kind: str = Field(max_length=20, index=True)
    initiator: str = Field(max_length=20)
    other_participants: str = Field(default="", max_length=300)
    reason: str = Field(max_length=500)
    # Confidential: the psychologist's own notes, sealed with the notes key (sealed.py).
    notes: str = Field(default="", sa_type=SealedText)
    outcome: str = Field(default="", max_length=5000)
    status: str = Field(default=SessionStatus.HELD.value, max_length=10)
    no_consent_reason: str = Field(default="", max_length=1000)
    # The psychologist saw a risk of self-harm: the pupil goes to the top of the dashboard
    # with the 111 line and the support centre's contacts.
    self_harm_risk: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    case_id: uuid.UUID | None = Field(default=None, foreign_key="bullying_case.id", index=True)


class SessionPupil(SQLModel, table=True):
    """Who took part. Link rows carry no timestamps: their session does."""

    __tablename__ = "session_pupil"

    session_id: uuid.UUID = Field(foreign_key="counselling_session.id", primary_key=True)
    pupil_id: uuid.UUID = Field(foreign_key="pupil.id", primary_key=True, index=True)


class Observation(Tracked, table=True):
    __table_args__ = (
        # Early warning reads recent incidents only: this index answers it without the rows
        # (deleted_at too: SQLite reads a partial index's own condition from its columns).
        Index("ix_observation_recent", "occurred_at", "id", "status", "severity", "case_id",
              "deleted_at", sqlite_where=text("deleted_at IS NULL")),
        # The term summary: incidents by severity and place, their forms and pupils (by id).
        Index("ix_observation_summary", "occurred_at", "severity", "place", "id", "deleted_at",
              sqlite_where=text("deleted_at IS NULL")),
        # The head teacher's count of incidents not resolved: only those, with their ids
        # (0020; the query names 'resolved' as written here, or SQLite cannot use it).
        Index("ix_observation_unresolved", "id", "status", "deleted_at",
              sqlite_where=text("status != 'resolved' AND deleted_at IS NULL")),
    )

    occurred_at: datetime = Field(sa_type=DateTime, index=True)  # school's local wall clock
    place: str = Field(max_length=20)
    severity: int
    reporter: str = Field(max_length=20)
    reporter_name: str = Field(default="", max_length=150)
    description: str = Field(max_length=5000)
    immediate_actions: str = Field(default="", max_length=3000)
    notified: str = Field(default="", max_length=500)
    status: str = Field(default=ObservationStatus.OPEN.value, max_length=12, index=True)
    case_id: uuid.UUID | None = Field(default=None, foreign_key="bullying_case.id", index=True)


class ObservationForm(SQLModel, table=True):
    __tablename__ = "observation_form"

    observation_id: uuid.UUID = Field(foreign_key="observation.id", primary_key=True)
    form: str = Field(max_length=20, primary_key=True)


class ObservationPupil(SQLModel, table=True):
    __tablename__ = "observation_pupil"
    __table_args__ = (Index("ix_observation_pupil_role", "observation_id", "role", "pupil_id"),)

    observation_id: uuid.UUID = Field(foreign_key="observation.id", primary_key=True)
    pupil_id: uuid.UUID = Field(foreign_key="pupil.id", primary_key=True, index=True)
    role: str = Field(max_length=12)


class FollowUp(Tracked, table=True):
    __tablename__ = "follow_up"
    __table_args__ = (
        # The overdue count runs after every save: only open follow-ups are in this index;
        # with their pupils and ids, the dashboard's overdue actions and the counts of open
        # and overdue ones (with their cell keys) are read from it alone (0020).
        Index("ix_follow_up_open_due", "due_date", "pupil_id", "id", "done_date", "deleted_at",
              sqlite_where=text("done_date IS NULL AND deleted_at IS NULL")),
        # "An incident with no follow-up" asks, for every recent incident, whether a live
        # action points at it or at its case: answered from these alone (0020).
        Index("ix_follow_up_live_observation", "observation_id", "deleted_at",
              sqlite_where=text("deleted_at IS NULL")),
        Index("ix_follow_up_live_case", "case_id", "deleted_at",
              sqlite_where=text("deleted_at IS NULL")),
    )

    pupil_id: uuid.UUID = Field(foreign_key="pupil.id", index=True)
    session_id: uuid.UUID | None = Field(default=None, foreign_key="counselling_session.id")
    # Indexed: "an incident with no follow-up" asks this of every recent incident.
    observation_id: uuid.UUID | None = Field(default=None, foreign_key="observation.id",
                                             index=True)
    what: str = Field(max_length=1000)
    due_date: date = Field(index=True)
    responsible: str = Field(max_length=150)
    done_date: date | None = None
    # An action of a bullying case's help plan.
    case_id: uuid.UUID | None = Field(default=None, foreign_key="bullying_case.id", index=True)
    # A measure of an accompaniment's individual plan (0016).
    accompaniment_id: uuid.UUID | None = Field(default=None, foreign_key="accompaniment.id",
                                               index=True)


class BullyingCase(Tracked, table=True):
    """One bullying situation worked through the ДосболLIKE stages. Its incidents, sessions,
    concerns and help-plan actions point at it (case_id)."""

    __tablename__ = "bullying_case"

    title: str = Field(max_length=200)
    opened_on: date
    stage: str = Field(max_length=12, index=True)  # the latest CaseStageEntry's stage
    review_date: date | None = Field(default=None, index=True)  # monitoring's next review
    outcome: str = Field(default="", max_length=3000)  # required to close
    closed_on: date | None = None


class CasePupil(SQLModel, table=True):
    __tablename__ = "case_pupil"

    case_id: uuid.UUID = Field(foreign_key="bullying_case.id", primary_key=True)
    pupil_id: uuid.UUID = Field(foreign_key="pupil.id", primary_key=True, index=True)
    role: str = Field(max_length=12)


class CaseStageEntry(Tracked, table=True):
    """A step of a case through the stages: when, who is responsible, a note."""

    __tablename__ = "case_stage"

    case_id: uuid.UUID = Field(foreign_key="bullying_case.id", index=True)
    stage: str = Field(max_length=12)
    on_date: date
    responsible: str = Field(max_length=150)
    note: str = Field(default="", max_length=3000)


class Concern(Tracked, table=True):
    """A concern (обращение) with its response clock. acknowledged_on and answered_on mirror
    the responses so that the overdue checks are indexed queries."""

    __table_args__ = (
        Index("ix_concern_waiting_answer", "answer_due",
              sqlite_where=text("answered_on IS NULL AND deleted_at IS NULL")),
        # Late concerns (services/concerns.py late_concerns): not acknowledged in time (0022).
        Index("ix_concern_waiting_ack", "ack_due",
              sqlite_where=text("acknowledged_on IS NULL AND deleted_at IS NULL")),
        # The term summary: concerns by source and answer in a period, from the index (0020).
        Index("ix_concern_summary", "received_at", "source", "answered_on", "answer_due", "id",
              "deleted_at", sqlite_where=text("deleted_at IS NULL")),
    )

    received_at: datetime = Field(sa_type=DateTime, index=True)  # school's local wall clock
    source: str = Field(max_length=20)
    channel: str = Field(max_length=20)
    from_name: str = Field(default="", max_length=150)  # empty when anonymous
    contact: str = Field(default="", max_length=100)
    summary: str = Field(max_length=5000)  # what was said
    ack_due: date
    answer_due: date
    acknowledged_on: date | None = None
    answered_on: date | None = None
    # The concern about the same pupil that was still open when this one came.
    previous_id: uuid.UUID | None = Field(default=None, foreign_key="concern.id")
    case_id: uuid.UUID | None = Field(default=None, foreign_key="bullying_case.id", index=True)


class ConcernPupil(SQLModel, table=True):
    __tablename__ = "concern_pupil"

    concern_id: uuid.UUID = Field(foreign_key="concern.id", primary_key=True)
    pupil_id: uuid.UUID = Field(foreign_key="pupil.id", primary_key=True, index=True)


class ConcernResponse(Tracked, table=True):
    __tablename__ = "concern_response"

    concern_id: uuid.UUID = Field(foreign_key="concern.id", index=True)
    kind: str = Field(max_length=20)
    on_date: date
    by: str = Field(max_length=150)
    note: str = Field(default="", max_length=3000)


class WarningDismissal(Tracked, table=True):
    """Someone looked at a warning and decided it needs nothing more, and said why. The
    subject names the records that raised it: a new record raises the warning again."""

    __tablename__ = "warning_dismissal"
    __table_args__ = (Index("ix_warning_dismissal_key", "pupil_id", "rule", "subject"),)

    pupil_id: uuid.UUID = Field(foreign_key="pupil.id")
    rule: str = Field(max_length=30)
    subject: str = Field(max_length=80)
    reason: str = Field(max_length=1000)


class HolidayCorrection(SQLModel, table=True):
    """The school's correction of the law's days off (models/holidays.py): a day off the
    package does not have (`day_off`, with the name the school gave it), or a day the school
    works although the package has it off, or a working Saturday (`working`)."""

    __tablename__ = "holiday_correction"

    day: date = Field(primary_key=True)
    kind: str = Field(max_length=20)
    name: str = Field(default="", max_length=150)


class HolidayYear(SQLModel, table=True):
    """A year whose days off the school has confirmed as complete (the package's own years
    need no confirming): its clocks no longer say the holidays are not known."""

    __tablename__ = "holiday_year"

    year: int = Field(primary_key=True)


class WarningSettings(SQLModel, table=True):
    """The school's early-warning thresholds and the contacts shown beside a self-harm risk.
    One row (id 1)."""

    __tablename__ = "warning_settings"

    id: int = Field(default=1, primary_key=True)
    bullying_window_days: int = 30
    # Order No. 506 sets no window for "two or more times": by default the school year.
    bullying_window_school_year: bool = True
    bullying_min_incidents: int = 2  # Order No. 506: "two or more times"
    lookback_days: int = 90  # how far back severe incidents and self-harm risks are raised
    follow_up_days: int = 3
    ack_working_days: int = 1
    answer_working_days: int = 15  # Administrative Procedural Code, art. 76
    repeat_concern_days: int = 90
    # A bullying case is watched at least this long (monitoring) before it closes quietly.
    min_monitoring_days: int = Field(default=30, sa_column_kwargs={"server_default": "30"})
    line_111: str = Field(default="111", max_length=100)
    support_centre: str = Field(default="", max_length=500)  # the regional ЦПП's contacts


class Organisation(Tracked, table=True):
    """A destination of referrals: a psychological support centre, the ПМПК, the juvenile
    police inspector, the КДН, a health organisation. Typed in by the school."""

    kind: str = Field(max_length=20)
    name_kk: str = Field(default="", max_length=300)
    name_ru: str = Field(default="", max_length=300)
    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=50)
    head: str = Field(default="", max_length=150)  # whom the letter is addressed to
    active: bool = Field(default=True)
    # In Kazakh (0014): `address` and `head` are the ones letters in Russian use. The
    # addressee line as the school corrected it, per language; "" = proposed by Senim.
    address_kk: str = Field(default="", max_length=300, sa_column_kwargs={"server_default": ""})
    head_kk: str = Field(default="", max_length=150, sa_column_kwargs={"server_default": ""})
    addressee_kk: str = Field(default="", max_length=400, sa_column_kwargs={"server_default": ""})
    addressee_ru: str = Field(default="", max_length=400, sa_column_kwargs={"server_default": ""})


class Referral(Tracked, table=True):
    """A referral of a pupil to an organisation, from draft to closed. Once sent it is
    frozen: `letter` keeps the letter as sent (JSON of models.referral.ReferralLetter),
    later changes are amendments."""

    __table_args__ = (
        # One outgoing number per school year.
        Index("ux_referral_number", "school_year", "number_seq", unique=True,
              sqlite_where=text("number_seq IS NOT NULL AND deleted_at IS NULL")),
    )

    pupil_id: uuid.UUID = Field(foreign_key="pupil.id", index=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    case_id: uuid.UUID | None = Field(default=None, foreign_key="bullying_case.id")
    reason: str = Field(max_length=1000)
    summary: str = Field(default="", max_length=10000)
    measures: str = Field(default="", max_length=5000)  # what the school has already done
    urgency: str = Field(default="routine", max_length=10)
    consent_by: str = Field(default="", max_length=150)  # the parent who consented
    consent_date: date | None = None
    consent_how: str = Field(default="", max_length=10)
    no_consent_reason: str = Field(default="", max_length=1000)  # urgent, without consent
    language: str = Field(default="ru", max_length=2)  # the letter's language
    status: str = Field(default="draft", max_length=12, index=True)
    school_year: str = Field(default="", max_length=9)  # "2025-2026", set when sent
    number_seq: int | None = None  # the number within the school year
    number: str = Field(default="", max_length=40)  # as printed: "15/2025-26"
    sent_on: date | None = Field(default=None, index=True)
    acknowledged_on: date | None = None
    feedback_on: date | None = None
    closed_on: date | None = None
    feedback: str = Field(default="", max_length=5000)  # what the organisation answered
    letter: str = Field(default="")  # the letter as sent (JSON), for reprinting it exactly


class ReferralAmendment(Tracked, table=True):
    """A change to a referral after it was sent, with its own date. It goes out as a letter
    of its own: the next outgoing number of its school year, in the referrals' sequence
    (none on amendments made before 0014)."""

    __tablename__ = "referral_amendment"
    __table_args__ = (
        Index("ux_referral_amendment_number", "school_year", "number_seq", unique=True,
              sqlite_where=text("number_seq IS NOT NULL AND deleted_at IS NULL")),
    )

    referral_id: uuid.UUID = Field(foreign_key="referral.id", index=True)
    on_date: date
    text: str = Field(max_length=3000)
    school_year: str | None = Field(default=None, max_length=9)
    number_seq: int | None = None
    number: str = Field(default="", max_length=40, sa_column_kwargs={"server_default": ""})


class AcademicYear(Tracked, table=True):
    """A school year ("2025-2026") and its dates; its quarters are Term rows. Dates change
    every year (a ministry order), so they are data the user edits, not code."""

    __tablename__ = "academic_year"

    name: str = Field(max_length=9, unique=True)
    starts_on: date
    ends_on: date
    # Checked against the ministry's order: saved by a user or imported from a calendar
    # file. A year Senim guessed (2026-2027 in schema 0010) is False until then.
    confirmed: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class Term(SQLModel, table=True):
    """A quarter (четверть / тоқсан) of a school year: number 1-4 and its first and last day."""

    year_id: uuid.UUID = Field(foreign_key="academic_year.id", primary_key=True)
    number: int = Field(primary_key=True)
    starts_on: date
    ends_on: date


class SchoolBreak(SQLModel, table=True):
    """Breaks (каникулы / каникул) of a school year: those between the quarters, and extra
    ones such as grade 1's week in February (`first_grade_only`)."""

    __tablename__ = "school_break"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    year_id: uuid.UUID = Field(foreign_key="academic_year.id", index=True)
    starts_on: date
    ends_on: date
    first_grade_only: bool = False


class PreventiveActivity(Tracked, table=True):
    """One preventive group activity: a lesson, a ДосболLIKE session, a training, a meeting
    with parents, a class hour. Counts only: who came is a number, never a list of names."""

    __tablename__ = "preventive_activity"

    held_on: date = Field(index=True)
    programme: str = Field(max_length=20)
    topic: str = Field(max_length=300)
    audience: str = Field(max_length=10)
    class_name: str = Field(default="", max_length=4)  # one class, or else `group_name`
    group_name: str = Field(default="", max_length=150)  # "7th grades", "parents of 1А-1В"
    participants: int
    led_by: str = Field(default="", max_length=150)
    # search_form of topic, group and class, for the list's search (as Pupil.search_key)
    search_key: str = Field(default="", max_length=460,
                            sa_column_kwargs={"server_default": ""})


class AccompanimentGround(Tracked, table=True):
    """A ground for individual accompaniment: the law's categories are shipped (0016), the
    school may rename them, add its own and switch any off (models/accompaniment.py)."""

    __tablename__ = "accompaniment_ground"

    code: str = Field(max_length=30, unique=True)
    name_ru: str = Field(max_length=200)
    name_kk: str = Field(max_length=200)
    active: bool = Field(default=True)
    position: int = Field(default=0)


class CouncilMember(Tracked, table=True):
    """A member of the school's prevention council (models/council.py)."""

    __tablename__ = "council_member"

    name: str = Field(max_length=150)
    position: str = Field(default="", max_length=150)
    active: bool = Field(default=True)


class CouncilMeeting(Tracked, table=True):
    """A meeting of the prevention council, numbered within its school year."""

    __tablename__ = "council_meeting"
    __table_args__ = (
        Index("ux_council_meeting_number", "school_year", "number", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )

    held_on: date = Field(index=True)
    school_year: str = Field(max_length=9)  # "2026-2027"
    number: int
    chair_id: uuid.UUID | None = Field(default=None, foreign_key="council_member.id")
    secretary_id: uuid.UUID | None = Field(default=None, foreign_key="council_member.id")


class CouncilAttendance(Tracked, table=True):
    """A member present at a meeting. Tracked like every council row (the journal's sync
    replicates them): a member no longer marked present is soft-deleted."""

    __tablename__ = "council_attendance"

    meeting_id: uuid.UUID = Field(foreign_key="council_meeting.id", index=True)
    member_id: uuid.UUID = Field(foreign_key="council_member.id", index=True)


class CouncilItem(Tracked, table=True):
    """An agenda item of a meeting: about a pupil, or another item; what was heard and what
    was decided. Not confidential: it is what the minutes say."""

    __tablename__ = "council_item"

    meeting_id: uuid.UUID = Field(foreign_key="council_meeting.id", index=True)
    position: int
    pupil_id: uuid.UUID | None = Field(default=None, foreign_key="pupil.id", index=True)
    title: str = Field(default="", max_length=300)
    heard: str = Field(default="", max_length=3000)
    decision: str = Field(default="", max_length=12)  # a Decision code; "" not yet
    decided: str = Field(default="", max_length=3000)
    accompaniment_id: uuid.UUID | None = Field(default=None, foreign_key="accompaniment.id",
                                               index=True)
    referral_id: uuid.UUID | None = Field(default=None, foreign_key="referral.id")


class Accompaniment(Tracked, table=True):
    """A pupil's individual pedagogical accompaniment, from the council decision that began
    it to the one that ended it. Its plan's measures are follow-ups (accompaniment_id)."""

    __table_args__ = (
        # One open accompaniment per pupil.
        Index("ux_accompaniment_open", "pupil_id", unique=True,
              sqlite_where=text("ended_on IS NULL AND deleted_at IS NULL")),
    )

    pupil_id: uuid.UUID = Field(foreign_key="pupil.id", index=True)
    grounds: str = Field(max_length=600)  # AccompanimentGround codes, comma separated
    started_on: date = Field(index=True)
    responsible: str = Field(max_length=150)
    parents_informed_on: date | None = None
    parents_informed_how: str = Field(default="", max_length=12)
    review_days: int = Field(default=30)
    ended_on: date | None = Field(default=None, index=True)
    outcome: str = Field(default="", max_length=3000)


class AccompanimentReview(Tracked, table=True):
    __tablename__ = "accompaniment_review"

    accompaniment_id: uuid.UUID = Field(foreign_key="accompaniment.id", index=True)
    on_date: date
    progress: str = Field(max_length=10)
    note: str = Field(default="", max_length=3000)
    # Confidential: the psychologist's own, sealed with the notes key (sealed.py).
    confidential_note: str = Field(default="", sa_type=SealedText)


class CouncilProposal(Tracked, table=True):
    """The secretary's answer to a pupil proposed for the agenda from early warnings:
    accepted (an agenda item of `meeting_id`) or dismissed with a reason. The subject names
    the warnings behind the proposal: new ones propose the pupil again."""

    __tablename__ = "council_proposal"
    __table_args__ = (Index("ix_council_proposal_key", "pupil_id", "subject"),)

    pupil_id: uuid.UUID = Field(foreign_key="pupil.id")
    subject: str = Field(max_length=80)
    rules: str = Field(default="", max_length=300)  # the warning rules, comma separated
    decision: str = Field(max_length=10)  # accepted / dismissed
    reason: str = Field(default="", max_length=1000)
    meeting_id: uuid.UUID | None = Field(default=None, foreign_key="council_meeting.id")


class Draft(SQLModel, table=True):
    """Text typed into a form and not saved yet, kept every few seconds so that a crash, a
    power cut or a kill loses at most those seconds. Only the account that typed it is
    offered it back; saving or discarding the form deletes it. Not a record: not audited,
    not exported."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    account: str = Field(max_length=60, index=True)  # the user name, as signed in
    kind: str = Field(max_length=20)  # which form: "session", "observation", …
    record_id: uuid.UUID | None = None  # the record being edited; None for a new one
    fields: str  # JSON: {field name: text}
    saved_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """One event in the audit trail (desktop/models/audit.py has the chain, and
    desktop/services/audit.py the writing and checking). Not Tracked: entries are only ever
    added. The migration adds triggers that make the database refuse UPDATE and DELETE."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        # AUTOINCREMENT: SQLite remembers the highest seq ever used (sqlite_sequence), so
        # entries removed from the end still leave a trace for verify().
        {"sqlite_autoincrement": True},
    )

    seq: int | None = Field(default=None, primary_key=True)  # the chain's order, from 1
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(default="", max_length=60)  # the user name; "" for the system
    action: str = Field(max_length=20)
    entity: str = Field(default="", max_length=40)  # a table name
    entity_id: str = Field(default="", max_length=40)
    detail: str = Field(default="", max_length=1000)  # column names and codes, never text
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(default="", max_length=64)
    # The author's signing key (hex) and its Ed25519 signature over `hash` (hex); empty for
    # entries of earlier versions (desktop/services/audit.py).
    signer: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})
    signature: str = Field(default="", max_length=128,
                           sa_column_kwargs={"server_default": ""})


TABLES = (
    Account,
    School,
    Pupil,
    Guardian,
    CounsellingSession,
    SessionPupil,
    Observation,
    ObservationForm,
    ObservationPupil,
    FollowUp,
    BullyingCase,
    CasePupil,
    CaseStageEntry,
    Concern,
    ConcernPupil,
    ConcernResponse,
    WarningDismissal,
    HolidayCorrection,
    HolidayYear,
    WarningSettings,
    Organisation,
    Referral,
    ReferralAmendment,
    AcademicYear,
    Term,
    SchoolBreak,
    PreventiveActivity,
    AccompanimentGround,
    CouncilMember,
    CouncilMeeting,
    CouncilAttendance,
    Accompaniment,
    CouncilItem,
    AccompanimentReview,
    CouncilProposal,
    Draft,
    AuditEntry,
)

# The team journal's bookkeeping tables share the metadata (Alembic sees them); they are not
# records, so they are not in TABLES.
from . import sync  # noqa: E402,F401
