"""What an export holds: the declarative list TABLES, one TableSpec per file, each with its
columns (a header, a one-line description for the README, the SQL expression) and the
query (FROM, joins, WHERE: live rows only, ORDER BY). A later table is one more entry here
(its code list one more in codes.py, the right it needs one more in services/export.py);
nothing else changes.

Soft-deleted rows are never exported, nor rows that hang off a deleted pupil (guardians,
links, follow-ups, dismissed warnings) or a deleted case or concern (its pupils, stages,
responses), nor links to a deleted session, observation, concern or case (left empty).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from ..models import (
    BullyingCase, CasePupil, CaseStageEntry, Concern, ConcernPupil, ConcernResponse,
    CounsellingSession, FollowUp, Guardian, Observation, ObservationForm, ObservationPupil,
    Organisation, Pupil, Referral, ReferralAmendment, School, SessionPupil, WarningDismissal,
    AcademicYear, HolidayCorrection, PreventiveActivity, SchoolBreak, Term,
    Accompaniment, AccompanimentGround, AccompanimentReview, CouncilAttendance, CouncilItem,
    CouncilMeeting, CouncilMember, CouncilProposal,
)

# SQLite orders by code point (Ә after Я); this collation follows the Kazakh alphabet
# (registered on the export's connection by writer.Snapshot).
COLLATION = "senim_kk"

# --- the declarative part ---------------------------------------------------------------------


@dataclass(frozen=True)
class ExportColumn:
    name: str  # the CSV header and the workbook's column title
    description: str  # one line in the README
    expr: Any  # the SQL expression selected
    codes: str = ""  # the CODE_LISTS entry its values come from
    confidential: bool = False  # only with include_notes, for who may read notes
    list_title: str = ""  # in the pupil list (`senim pupils export`): its (Russian) header


@dataclass(frozen=True)
class TableSpec:
    name: str  # the file (NAME.csv) and the sheet
    description: str  # what one row is, for the README
    columns: tuple[ExportColumn, ...]
    # Given the labelled column expressions, the statement: FROM, joins, WHERE (live rows
    # only), ORDER BY.
    query: Callable[[list], Any]

    def visible_columns(self, notes: bool) -> tuple[ExportColumn, ...]:
        return tuple(c for c in self.columns if notes or not c.confidential)

    def statement(self, columns: tuple[ExportColumn, ...]):
        return self.query([c.expr.label(c.name) for c in columns])


def _col(name: str, expr, description: str, **kw) -> ExportColumn:
    return ExportColumn(name, description, expr, **kw)


def _bookkeeping(model) -> tuple[ExportColumn, ...]:
    return (
        _col("created_at", model.created_at, "When the record was made (UTC)."),
        _col("updated_at", model.updated_at, "When it was last changed (UTC)."),
        _col("updated_by", model.updated_by, "The user name of who changed it last."),
    )


def _pupil_name(pupil=Pupil):
    return func.trim(pupil.surname + " " + pupil.given_name + " " + pupil.patronymic)


def _by_name(pupil=Pupil):
    return (pupil.surname.collate(COLLATION), pupil.given_name.collate(COLLATION),
            pupil.patronymic.collate(COLLATION), pupil.id)


def _by_class(pupil=Pupil):
    return (pupil.grade, pupil.class_name.collate(COLLATION), *_by_name(pupil))


_LIVE_PUPIL = Pupil.deleted_at.is_(None)


def _pupils_query(cols):
    return select(*cols).where(_LIVE_PUPIL).order_by(*_by_class())


def _guardians_query(cols):
    return (select(*cols).join(Pupil, Pupil.id == Guardian.pupil_id)
            .where(Guardian.deleted_at.is_(None), _LIVE_PUPIL)
            .order_by(*_by_class(), Guardian.created_at, Guardian.id))


# A link to a bullying case, concern, session or observation deleted since is left empty:
# each query joins the linked row (an alias, live rows only) and the column is
# `case((Linked.id IS NOT NULL, link))`.
_LinkedCase = aliased(BullyingCase)
_LinkedSession = aliased(CounsellingSession)
_LinkedObservation = aliased(Observation)
_EarlierConcern = aliased(Concern)


def _live_link(alias, link):
    """The outer join's ON: the linked row, if it is not deleted."""
    return and_(alias.id == link, alias.deleted_at.is_(None))


def _case_link(model):
    """The column: model.case_id while the case is live, else empty."""
    return case((_LinkedCase.id.is_not(None), model.case_id))


def _sessions_query(cols):
    return (select(*cols)
            .outerjoin(_LinkedCase, _live_link(_LinkedCase, CounsellingSession.case_id))
            .where(CounsellingSession.deleted_at.is_(None))
            .order_by(CounsellingSession.starts_at, CounsellingSession.id))


def _session_pupils_query(cols):
    return (select(*cols)
            .join(CounsellingSession, CounsellingSession.id == SessionPupil.session_id)
            .join(Pupil, Pupil.id == SessionPupil.pupil_id)
            .where(CounsellingSession.deleted_at.is_(None), _LIVE_PUPIL)
            .order_by(CounsellingSession.starts_at, SessionPupil.session_id, *_by_name()))


def _observations_query(cols):
    return (select(*cols).outerjoin(_LinkedCase, _live_link(_LinkedCase, Observation.case_id))
            .where(Observation.deleted_at.is_(None))
            .order_by(Observation.occurred_at, Observation.id))


def _observation_forms_query(cols):
    return (select(*cols).join(Observation, Observation.id == ObservationForm.observation_id)
            .where(Observation.deleted_at.is_(None))
            .order_by(Observation.occurred_at, ObservationForm.observation_id,
                      ObservationForm.form))


def _observation_pupils_query(cols):
    return (select(*cols).join(Observation, Observation.id == ObservationPupil.observation_id)
            .join(Pupil, Pupil.id == ObservationPupil.pupil_id)
            .where(Observation.deleted_at.is_(None), _LIVE_PUPIL)
            .order_by(Observation.occurred_at, ObservationPupil.observation_id, *_by_name()))


_LinkedAccompaniment = aliased(Accompaniment)


def _follow_ups_query(cols):
    return (select(*cols).join(Pupil, Pupil.id == FollowUp.pupil_id)
            .outerjoin(_LinkedSession, _live_link(_LinkedSession, FollowUp.session_id))
            .outerjoin(_LinkedObservation, _live_link(_LinkedObservation, FollowUp.observation_id))
            .outerjoin(_LinkedCase, _live_link(_LinkedCase, FollowUp.case_id))
            .outerjoin(_LinkedAccompaniment,
                       _live_link(_LinkedAccompaniment, FollowUp.accompaniment_id))
            .where(FollowUp.deleted_at.is_(None), _LIVE_PUPIL)
            .order_by(FollowUp.due_date, FollowUp.id))


_LIVE_CONCERN = Concern.deleted_at.is_(None)
_LIVE_CASE = BullyingCase.deleted_at.is_(None)


def _concerns_query(cols):
    return (select(*cols)
            .outerjoin(_EarlierConcern, _live_link(_EarlierConcern, Concern.previous_id))
            .outerjoin(_LinkedCase, _live_link(_LinkedCase, Concern.case_id))
            .where(_LIVE_CONCERN)
            .order_by(Concern.received_at, Concern.id))


def _concern_pupils_query(cols):
    return (select(*cols).join(Concern, Concern.id == ConcernPupil.concern_id)
            .join(Pupil, Pupil.id == ConcernPupil.pupil_id)
            .where(_LIVE_CONCERN, _LIVE_PUPIL)
            .order_by(Concern.received_at, ConcernPupil.concern_id, *_by_name()))


def _concern_responses_query(cols):
    return (select(*cols).join(Concern, Concern.id == ConcernResponse.concern_id)
            .where(ConcernResponse.deleted_at.is_(None), _LIVE_CONCERN)
            .order_by(Concern.received_at, ConcernResponse.concern_id, ConcernResponse.on_date,
                      ConcernResponse.created_at, ConcernResponse.id))


def _cases_query(cols):
    return select(*cols).where(_LIVE_CASE).order_by(BullyingCase.opened_on, BullyingCase.id)


def _case_pupils_query(cols):
    return (select(*cols).join(BullyingCase, BullyingCase.id == CasePupil.case_id)
            .join(Pupil, Pupil.id == CasePupil.pupil_id)
            .where(_LIVE_CASE, _LIVE_PUPIL)
            .order_by(BullyingCase.opened_on, CasePupil.case_id, *_by_name()))


def _case_stages_query(cols):
    return (select(*cols).join(BullyingCase, BullyingCase.id == CaseStageEntry.case_id)
            .where(CaseStageEntry.deleted_at.is_(None), _LIVE_CASE)
            .order_by(BullyingCase.opened_on, CaseStageEntry.case_id, CaseStageEntry.on_date,
                      CaseStageEntry.created_at, CaseStageEntry.id))


def _warning_dismissals_query(cols):
    return (select(*cols).join(Pupil, Pupil.id == WarningDismissal.pupil_id)
            .where(WarningDismissal.deleted_at.is_(None), _LIVE_PUPIL)
            .order_by(WarningDismissal.created_at, WarningDismissal.id))


def _school_query(cols):
    return select(*cols).where(School.deleted_at.is_(None))


_LIVE_REFERRAL = Referral.deleted_at.is_(None)


def _organisations_query(cols):
    return (select(*cols).where(Organisation.deleted_at.is_(None))
            .order_by(Organisation.kind, Organisation.name_ru.collate(COLLATION),
                      Organisation.name_kk.collate(COLLATION), Organisation.id))


def _referrals_query(cols):
    # A referral hangs off its pupil: a deleted pupil's referrals go with them.
    return (select(*cols).join(Pupil, Pupil.id == Referral.pupil_id)
            .outerjoin(_LinkedCase, _live_link(_LinkedCase, Referral.case_id))
            .where(_LIVE_REFERRAL, _LIVE_PUPIL)
            .order_by(Referral.sent_on.is_(None), Referral.sent_on, Referral.created_at,
                      Referral.id))


def _referral_amendments_query(cols):
    return (select(*cols).join(Referral, Referral.id == ReferralAmendment.referral_id)
            .join(Pupil, Pupil.id == Referral.pupil_id)
            .where(ReferralAmendment.deleted_at.is_(None), _LIVE_REFERRAL, _LIVE_PUPIL)
            .order_by(Referral.sent_on, ReferralAmendment.referral_id, ReferralAmendment.on_date,
                      ReferralAmendment.created_at, ReferralAmendment.id))


_LIVE_YEAR = AcademicYear.deleted_at.is_(None)


def _academic_years_query(cols):
    return select(*cols).where(_LIVE_YEAR).order_by(AcademicYear.starts_on, AcademicYear.id)


def _terms_query(cols):
    return (select(*cols).join(AcademicYear, AcademicYear.id == Term.year_id).where(_LIVE_YEAR)
            .order_by(AcademicYear.starts_on, Term.number))


def _school_breaks_query(cols):
    return (select(*cols).join(AcademicYear, AcademicYear.id == SchoolBreak.year_id)
            .where(_LIVE_YEAR).order_by(SchoolBreak.starts_on, SchoolBreak.id))


def _holiday_corrections_query(cols):
    return select(*cols).order_by(HolidayCorrection.day)


def _preventive_activities_query(cols):
    return (select(*cols).where(PreventiveActivity.deleted_at.is_(None))
            .order_by(PreventiveActivity.held_on, PreventiveActivity.created_at,
                      PreventiveActivity.id))


_LIVE_MEETING = CouncilMeeting.deleted_at.is_(None)
_ACCOMPANIMENT_REF = "The accompaniment's id (accompaniments.csv)."
_MEETING_REF = "The meeting's id (council_meetings.csv)."


def _council_members_query(cols):
    return (select(*cols).where(CouncilMember.deleted_at.is_(None))
            .order_by(CouncilMember.name.collate(COLLATION), CouncilMember.id))


def _council_meetings_query(cols):
    return (select(*cols).where(_LIVE_MEETING)
            .order_by(CouncilMeeting.held_on, CouncilMeeting.number, CouncilMeeting.id))


def _council_attendance_query(cols):
    return (select(*cols).join(CouncilMeeting, CouncilMeeting.id == CouncilAttendance.meeting_id)
            .where(CouncilAttendance.deleted_at.is_(None), _LIVE_MEETING)
            .order_by(CouncilMeeting.held_on, CouncilAttendance.meeting_id,
                      CouncilAttendance.member_id))


def _council_items_query(cols):
    # An item about a pupil deleted since goes with them; other items stay.
    return (select(*cols).join(CouncilMeeting, CouncilMeeting.id == CouncilItem.meeting_id)
            .outerjoin(Pupil, Pupil.id == CouncilItem.pupil_id)
            .where(CouncilItem.deleted_at.is_(None), _LIVE_MEETING,
                   (CouncilItem.pupil_id.is_(None)) | (Pupil.deleted_at.is_(None)))
            .order_by(CouncilMeeting.held_on, CouncilItem.meeting_id, CouncilItem.position))


def _accompaniment_grounds_query(cols):
    return (select(*cols).where(AccompanimentGround.deleted_at.is_(None))
            .order_by(AccompanimentGround.position, AccompanimentGround.code))


def _accompaniments_query(cols):
    return (select(*cols).join(Pupil, Pupil.id == Accompaniment.pupil_id)
            .where(Accompaniment.deleted_at.is_(None), _LIVE_PUPIL)
            .order_by(Accompaniment.started_on, *_by_name()))


def _accompaniment_reviews_query(cols):
    return (select(*cols)
            .join(Accompaniment, Accompaniment.id == AccompanimentReview.accompaniment_id)
            .join(Pupil, Pupil.id == Accompaniment.pupil_id)
            .where(AccompanimentReview.deleted_at.is_(None), Accompaniment.deleted_at.is_(None),
                   _LIVE_PUPIL)
            .order_by(AccompanimentReview.on_date, AccompanimentReview.id))


def _council_proposals_query(cols):
    return (select(*cols).join(Pupil, Pupil.id == CouncilProposal.pupil_id)
            .where(CouncilProposal.deleted_at.is_(None), _LIVE_PUPIL)
            .order_by(CouncilProposal.created_at, CouncilProposal.id))


_PUPIL_REF = "The pupil's id (pupils.csv)."
_YEAR_REF = "The school year's id (academic_years.csv)."
_PUPIL_NAME = "The pupil's full name, for reading; pupils.csv has the details."
_PUPIL_CLASS = "The pupil's class now."
_CASE_LINK = "The bullying case it belongs to (bullying_cases.csv); may be empty."
_CASE_REF = "The bullying case's id (bullying_cases.csv)."
_CONCERN_REF = "The concern's id (concerns.csv)."

TABLES: list[TableSpec] = [
    TableSpec("school", "The school's profile (one row).", (
        _col("name_kk", School.name_kk, "The school's name in Kazakh."),
        _col("name_ru", School.name_ru, "The school's name in Russian."),
        _col("address", School.address, "Address."),
        _col("phone", School.phone, "Phone."),
        _col("director", School.director, "The director's name."),
        _col("psychologist", School.psychologist, "The school psychologist's name."),
        _col("address_kk", School.address_kk, "The address in Kazakh (address: in Russian)."),
        _col("director_kk", School.director_kk, "The director's name in Kazakh."),
        _col("referral_number_pattern", School.referral_number_pattern,
             "How outgoing numbers of referral letters are written: {n} the number within the "
             "school year, {year} the school year (2025-26)."),
    ), _school_query),
    TableSpec("pupils", "One row per pupil, those who have left the school included.", (
        _col("id", Pupil.id, "The pupil's id; the other files refer to it as pupil_id."),
        _col("surname", Pupil.surname, "Surname.", list_title="Фамилия"),
        _col("given_name", Pupil.given_name, "Given name.", list_title="Имя"),
        _col("patronymic", Pupil.patronymic, "Patronymic; may be empty.",
             list_title="Отчество"),
        _col("sex", Pupil.sex, "Sex (code).", codes="sex", list_title="Пол"),
        _col("birth_date", Pupil.birth_date, "Date of birth.", list_title="Дата рождения"),
        _col("iin", Pupil.iin, "IIN, the 12-digit individual identification number, in full; "
             "empty when not known.", list_title="ИИН"),
        _col("class_name", Pupil.class_name, "Class now, e.g. 7Ә.", list_title="Класс"),
        _col("study_language", Pupil.study_language, "Language of study (code).",
             codes="study_language", list_title="Язык обучения"),
        _col("consent_status", Pupil.consent_status,
             "Written parental consent to psychological work (code).", codes="consent",
             list_title="Согласие родителей"),
        _col("consent_date", Pupil.consent_date, "When consent was given or refused.",
             list_title="Дата согласия"),
        _col("consent_by", Pupil.consent_by, "Who gave or refused consent.",
             list_title="Кто дал согласие"),
        _col("studying", Pupil.active, "yes: studies at the school now; no: has left."),
        _col("left_date", Pupil.left_date, "When the pupil left the school.",
             list_title="Дата выбытия"),
        _col("address", Pupil.address, "Home address (for referral letters); may be empty."),
        _col("iin_mismatch_accepted_at", Pupil.iin_mismatch_accepted_at,
             "When the IIN was accepted as written although its digits give another birth "
             "date or sex, or make it a business number (lawful since 2013), in UTC; empty "
             "when there is no such difference."),
        _col("iin_mismatch_accepted_by", Pupil.iin_mismatch_accepted_by,
             "The user name of who accepted it; empty when there is no such difference."),
        *_bookkeeping(Pupil),
    ), _pupils_query),
    TableSpec("guardians", "Parents and other guardians, one row per person and pupil.", (
        _col("id", Guardian.id, "The guardian's id."),
        _col("pupil_id", Guardian.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("name", Guardian.name, "The guardian's full name."),
        _col("relation", Guardian.relation, "Who they are to the pupil (code).",
             codes="relation"),
        _col("phone", Guardian.phone, "Phone."),
        *_bookkeeping(Guardian),
    ), _guardians_query),
    TableSpec("sessions", "Counselling sessions and consultations, oldest first; the pupils "
              "who took part are in session_pupils.csv.", (
        _col("id", CounsellingSession.id, "The session's id."),
        _col("starts_at", CounsellingSession.starts_at, "Date and time (school's local time)."),
        _col("duration_min", CounsellingSession.duration_min, "Duration in minutes."),
        _col("kind", CounsellingSession.kind, "Kind of session (code).", codes="session_kind"),
        _col("initiator", CounsellingSession.initiator, "Who asked for it (code).",
             codes="initiator"),
        _col("status", CounsellingSession.status, "Status (code).", codes="session_status"),
        _col("other_participants", CounsellingSession.other_participants,
             "Other people present."),
        _col("reason", CounsellingSession.reason, "The reason for the session."),
        _col("notes", CounsellingSession.notes,
             "CONFIDENTIAL: the psychologist's own notes. Only in an export made by a "
             "psychologist who chose to include them.", confidential=True),
        _col("outcome", CounsellingSession.outcome, "Outcome and recommendations."),
        _col("no_consent_reason", CounsellingSession.no_consent_reason,
             "Why work went ahead without written parental consent (urgent crisis response)."),
        _col("self_harm_risk", CounsellingSession.self_harm_risk,
             "yes: the psychologist noted a risk of self-harm; no: not noted."),
        _col("case_id", _case_link(CounsellingSession), _CASE_LINK),
        *_bookkeeping(CounsellingSession),
    ), _sessions_query),
    TableSpec("session_pupils", "Who took part in each session: one row per session and "
              "pupil.", (
        _col("session_id", SessionPupil.session_id, "The session's id (sessions.csv)."),
        _col("pupil_id", SessionPupil.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("class_name", Pupil.class_name, _PUPIL_CLASS),
    ), _session_pupils_query),
    TableSpec("observations", "Observed or reported bullying incidents, oldest first; forms "
              "in observation_forms.csv, pupils in observation_pupils.csv.", (
        _col("id", Observation.id, "The observation's id."),
        _col("occurred_at", Observation.occurred_at,
             "When it happened (school's local time)."),
        _col("place", Observation.place, "Where (code).", codes="place"),
        _col("severity", Observation.severity, "Severity from 1 to 4 (code).",
             codes="severity"),
        _col("reporter", Observation.reporter, "Who reported it (code).", codes="reporter"),
        _col("reporter_name", Observation.reporter_name, "The reporter's name, if given."),
        _col("description", Observation.description, "What happened."),
        _col("immediate_actions", Observation.immediate_actions, "What was done at once."),
        _col("notified", Observation.notified, "Who was told."),
        _col("status", Observation.status, "Status (code).", codes="observation_status"),
        _col("case_id", _case_link(Observation), _CASE_LINK),
        *_bookkeeping(Observation),
    ), _observations_query),
    TableSpec("observation_forms", "The forms of bullying in each observation: one row per "
              "observation and form.", (
        _col("observation_id", ObservationForm.observation_id,
             "The observation's id (observations.csv)."),
        _col("form", ObservationForm.form, "Form of bullying (code).", codes="form"),
    ), _observation_forms_query),
    TableSpec("observation_pupils", "The pupils involved in each observation and their "
              "roles: one row per observation and pupil.", (
        _col("observation_id", ObservationPupil.observation_id,
             "The observation's id (observations.csv)."),
        _col("pupil_id", ObservationPupil.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("class_name", Pupil.class_name, _PUPIL_CLASS),
        _col("role", ObservationPupil.role, "The pupil's role (code).", codes="role"),
    ), _observation_pupils_query),
    TableSpec("follow_ups", "Follow-up actions: what, for which pupil, by when, by whom.", (
        _col("id", FollowUp.id, "The follow-up's id."),
        _col("pupil_id", FollowUp.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("what", FollowUp.what, "What is to be done."),
        _col("due_date", FollowUp.due_date, "By when."),
        _col("responsible", FollowUp.responsible, "Who is responsible."),
        _col("done_date", FollowUp.done_date, "When it was done; empty while open."),
        _col("session_id", case((_LinkedSession.id.is_not(None), FollowUp.session_id)),
             "The session it follows (sessions.csv); may be empty."),
        _col("observation_id",
             case((_LinkedObservation.id.is_not(None), FollowUp.observation_id)),
             "The observation it follows (observations.csv); may be empty."),
        _col("case_id", _case_link(FollowUp),
             "The bullying case whose help plan this action is part of (bullying_cases.csv); "
             "may be empty."),
        _col("accompaniment_id", case((_LinkedAccompaniment.id.is_not(None),
                                       FollowUp.accompaniment_id)),
             "The accompaniment whose individual plan this measure is part of "
             "(accompaniments.csv); may be empty."),
        *_bookkeeping(FollowUp),
    ), _follow_ups_query),
    TableSpec("concerns", "Concerns (обращения) from parents, pupils, teachers and others, "
              "oldest first, with their deadlines; the pupils they are about in "
              "concern_pupils.csv, the school's responses in concern_responses.csv.", (
        _col("id", Concern.id, "The concern's id."),
        _col("received_at", Concern.received_at, "When it came (school's local time)."),
        _col("source", Concern.source, "Who raised it (code).", codes="concern_source"),
        _col("channel", Concern.channel, "How it reached the school (code).",
             codes="channel"),
        _col("from_name", Concern.from_name, "Who it is from; empty when anonymous."),
        _col("contact", Concern.contact, "How to reach them."),
        _col("summary", Concern.summary, "What was said."),
        _col("ack_due", Concern.ack_due, "By when it is to be acknowledged (working days)."),
        _col("answer_due", Concern.answer_due,
             "By when it is to be answered in writing (working days)."),
        _col("acknowledged_on", Concern.acknowledged_on,
             "The date of the first response; empty while none."),
        _col("answered_on", Concern.answered_on,
             "The date of the first written answer; empty while none."),
        _col("previous_id", case((_EarlierConcern.id.is_not(None), Concern.previous_id)),
             "The earlier concern about the same pupil that was still open when this one came "
             "(concerns.csv); may be empty."),
        _col("case_id", _case_link(Concern), _CASE_LINK),
        *_bookkeeping(Concern),
    ), _concerns_query),
    TableSpec("concern_pupils", "The pupils each concern is about: one row per concern and "
              "pupil (a concern may name none).", (
        _col("concern_id", ConcernPupil.concern_id, _CONCERN_REF),
        _col("pupil_id", ConcernPupil.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("class_name", Pupil.class_name, _PUPIL_CLASS),
    ), _concern_pupils_query),
    TableSpec("concern_responses", "What the school did in reply to each concern: one row "
              "per response.", (
        _col("id", ConcernResponse.id, "The response's id."),
        _col("concern_id", ConcernResponse.concern_id, _CONCERN_REF),
        _col("kind", ConcernResponse.kind, "What kind of response (code).",
             codes="response_kind"),
        _col("on_date", ConcernResponse.on_date, "When."),
        _col("by", ConcernResponse.by, "Who responded."),
        _col("note", ConcernResponse.note, "A note."),
        *_bookkeeping(ConcernResponse),
    ), _concern_responses_query),
    TableSpec("bullying_cases", "Bullying cases worked through the ДосболLIKE stages, oldest "
              "first; pupils in case_pupils.csv, the stages in case_stages.csv, the help plan's "
              "actions in follow_ups.csv (case_id).", (
        _col("id", BullyingCase.id, "The case's id; the other files refer to it as case_id."),
        _col("title", BullyingCase.title, "A short title."),
        _col("opened_on", BullyingCase.opened_on, "When the case was opened."),
        _col("stage", BullyingCase.stage, "The stage it is at now (code).", codes="case_stage"),
        _col("review_date", BullyingCase.review_date,
             "Under monitoring: the date of the next review; may be empty."),
        _col("outcome", BullyingCase.outcome, "The outcome, written when the case is closed."),
        _col("closed_on", BullyingCase.closed_on, "When it was closed; empty while open."),
        *_bookkeeping(BullyingCase),
    ), _cases_query),
    TableSpec("case_pupils", "The pupils in each bullying case and their roles: one row per "
              "case and pupil.", (
        _col("case_id", CasePupil.case_id, _CASE_REF),
        _col("pupil_id", CasePupil.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("class_name", Pupil.class_name, _PUPIL_CLASS),
        _col("role", CasePupil.role, "The pupil's role (code).", codes="role"),
    ), _case_pupils_query),
    TableSpec("case_stages", "Each bullying case's way through the stages: one row per step, "
              "the complaint first.", (
        _col("id", CaseStageEntry.id, "The step's id."),
        _col("case_id", CaseStageEntry.case_id, _CASE_REF),
        _col("stage", CaseStageEntry.stage, "The stage the case moved to (code).",
             codes="case_stage"),
        _col("on_date", CaseStageEntry.on_date, "When."),
        _col("responsible", CaseStageEntry.responsible, "Who is responsible."),
        _col("note", CaseStageEntry.note, "A note (why, when the case went back a stage)."),
        *_bookkeeping(CaseStageEntry),
    ), _case_stages_query),
    TableSpec("warning_dismissals", "Early warnings someone dismissed, and why: one row per "
              "dismissal (created_at is when, updated_by who). A newer record raises the "
              "warning again.", (
        _col("id", WarningDismissal.id, "The dismissal's id."),
        _col("pupil_id", WarningDismissal.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("rule", WarningDismissal.rule, "Which warning (code).", codes="warning_rule"),
        _col("subject", WarningDismissal.subject,
             "Which records raised the warning: the newest one's time and how many "
             "(TIME/COUNT)."),
        _col("reason", WarningDismissal.reason, "Why it needs nothing more."),
        *_bookkeeping(WarningDismissal),
    ), _warning_dismissals_query),
    TableSpec("organisations", "The directory of organisations pupils are referred to, "
              "deactivated ones included.", (
        _col("id", Organisation.id,
             "The organisation's id; referrals.csv refers to it as organisation_id."),
        _col("kind", Organisation.kind, "What kind of organisation (code).",
             codes="organisation_kind"),
        _col("name_kk", Organisation.name_kk, "Its name in Kazakh; may be empty."),
        _col("name_ru", Organisation.name_ru, "Its name in Russian; may be empty."),
        _col("address", Organisation.address, "Address."),
        _col("phone", Organisation.phone, "Phone."),
        _col("head", Organisation.head, "Its head: whom letters are addressed to."),
        _col("address_kk", Organisation.address_kk, "The address in Kazakh (address: in "
             "Russian)."),
        _col("head_kk", Organisation.head_kk, "The head's name in Kazakh."),
        _col("addressee_kk", Organisation.addressee_kk,
             "The addressee line of letters in Kazakh as the school corrected it; empty: "
             "proposed by Senim."),
        _col("addressee_ru", Organisation.addressee_ru,
             "The addressee line of letters in Russian as the school corrected it; empty: "
             "proposed by Senim."),
        _col("active", Organisation.active,
             "yes: offered for new referrals; no: deactivated, kept for the referrals that "
             "went there."),
        *_bookkeeping(Organisation),
    ), _organisations_query),
    TableSpec("referrals", "Referrals of pupils to organisations (направления), by the day "
              "they were sent, drafts last; amendments in referral_amendments.csv.", (
        _col("id", Referral.id, "The referral's id."),
        _col("pupil_id", Referral.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("organisation_id", Referral.organisation_id,
             "Where the pupil is referred (organisations.csv)."),
        _col("case_id", _case_link(Referral), _CASE_LINK),
        _col("status", Referral.status, "Where the referral is now (code).",
             codes="referral_status"),
        _col("number", Referral.number,
             "The outgoing number as printed, e.g. 15/2025-26; empty for a draft."),
        _col("school_year", Referral.school_year,
             "The school year the number belongs to (1 September - 31 August), e.g. "
             "2025-2026; empty for a draft."),
        _col("number_seq", Referral.number_seq, "The number within that school year."),
        _col("language", Referral.language, "The letter's language (code).",
             codes="letter_language"),
        _col("urgency", Referral.urgency, "Routine or urgent (code).", codes="urgency"),
        _col("reason", Referral.reason, "The reason for the referral."),
        _col("summary", Referral.summary, "A summary of the case."),
        _col("measures", Referral.measures, "What the school had already done."),
        _col("consent_by", Referral.consent_by,
             "The parent or legal representative who consented; empty without consent."),
        _col("consent_date", Referral.consent_date, "When they consented."),
        _col("consent_how", Referral.consent_how, "How they consented (code).",
             codes="consent_how"),
        _col("no_consent_reason", Referral.no_consent_reason,
             "An urgent referral without consent: why it could not wait."),
        _col("sent_on", Referral.sent_on, "When it was sent (the letter's date)."),
        _col("acknowledged_on", Referral.acknowledged_on,
             "When the organisation acknowledged it."),
        _col("feedback_on", Referral.feedback_on, "When the organisation's feedback came."),
        _col("closed_on", Referral.closed_on, "When it was closed."),
        _col("feedback", Referral.feedback, "What the organisation answered."),
        _col("letter", Referral.letter,
             "The letter exactly as sent (JSON: the school, the addressee, the pupil and "
             "guardians, the texts, consent, number and date, as they were that day); empty "
             "for a draft."),
        *_bookkeeping(Referral),
    ), _referrals_query),
    TableSpec("referral_amendments", "Changes to referrals made after they were sent, each "
              "with its own date: one row per amendment.", (
        _col("id", ReferralAmendment.id, "The amendment's id."),
        _col("referral_id", ReferralAmendment.referral_id, "The referral's id (referrals.csv)."),
        _col("on_date", ReferralAmendment.on_date, "When."),
        _col("text", ReferralAmendment.text, "What changed."),
        _col("number", ReferralAmendment.number,
             "Its own outgoing number, as printed (it goes out as a letter); empty on "
             "amendments made before numbering."),
        _col("school_year", ReferralAmendment.school_year,
             "The school year whose numbering it took."),
        _col("number_seq", ReferralAmendment.number_seq,
             "The number within that school year (referrals and amendments share one "
             "sequence)."),
        *_bookkeeping(ReferralAmendment),
    ), _referral_amendments_query),
    TableSpec("academic_years", "The school calendar: one row per school year (its quarters "
              "in terms.csv, its breaks in school_breaks.csv).", (
        _col("id", AcademicYear.id, "The school year's id; the calendar files refer to it as "
             "year_id."),
        _col("name", AcademicYear.name, "The school year, e.g. 2025-2026."),
        _col("starts_on", AcademicYear.starts_on, "Its first day."),
        _col("ends_on", AcademicYear.ends_on, "Its last day of lessons."),
        _col("confirmed", AcademicYear.confirmed,
             "yes: checked against the ministry's order; no: Senim's best guess, to check."),
        *_bookkeeping(AcademicYear),
    ), _academic_years_query),
    TableSpec("terms", "The quarters (четверти / тоқсандар) of each school year: one row per "
              "quarter.", (
        _col("year_id", Term.year_id, _YEAR_REF),
        _col("number", Term.number, "The quarter's number, 1 to 4."),
        _col("starts_on", Term.starts_on, "Its first day."),
        _col("ends_on", Term.ends_on, "Its last day."),
    ), _terms_query),
    TableSpec("school_breaks", "Breaks (каникулы / каникул) of each school year: one row per "
              "break, those between the quarters and extra ones such as grade 1's week in "
              "February.", (
        _col("id", SchoolBreak.id, "The break's id."),
        _col("year_id", SchoolBreak.year_id, _YEAR_REF),
        _col("starts_on", SchoolBreak.starts_on, "Its first day."),
        _col("ends_on", SchoolBreak.ends_on, "Its last day."),
        _col("first_grade_only", SchoolBreak.first_grade_only,
             "yes: for grade 1 only; no: for the whole school."),
    ), _school_breaks_query),
    TableSpec("holiday_corrections", "The school's own changes to the public holidays and "
              "days off that the law sets (Settings → Holidays): one row per day.", (
        _col("day", HolidayCorrection.day, "The day."),
        _col("kind", HolidayCorrection.kind,
             "day_off: a day off the law's list lacks (a decree, the akimat); working: a "
             "day the school works although the law has it off, or a working Saturday."),
        _col("name", HolidayCorrection.name, "The name the school gave a day off; may be "
             "empty."),
    ), _holiday_corrections_query),
    TableSpec("preventive_activities", "The preventive work log: group activities (lessons, "
              "ДосболLIKE sessions, trainings, meetings with parents, class hours), oldest "
              "first. Who took part is a number, never names.", (
        _col("id", PreventiveActivity.id, "The activity's id."),
        _col("held_on", PreventiveActivity.held_on, "When it was held."),
        _col("programme", PreventiveActivity.programme, "Which programme (code).",
             codes="programme"),
        _col("topic", PreventiveActivity.topic, "The topic."),
        _col("audience", PreventiveActivity.audience, "Who it was for (code).",
             codes="audience"),
        _col("class_name", PreventiveActivity.class_name,
             "The class it was for, e.g. 7Ә; empty when a group is named instead."),
        _col("group_name", PreventiveActivity.group_name,
             "The group it was for (several classes, the parents of a grade, the staff); may "
             "be empty."),
        _col("participants", PreventiveActivity.participants, "How many took part."),
        _col("led_by", PreventiveActivity.led_by, "Who led it."),
        *_bookkeeping(PreventiveActivity),
    ), _preventive_activities_query),
    TableSpec("council_members", "The members of the school's prevention council (Law "
              "No. 245-VIII): one row per member, those who left included.", (
        _col("id", CouncilMember.id, "The member's id."),
        _col("name", CouncilMember.name, "Full name."),
        _col("position", CouncilMember.position, "Position at the school; may be empty."),
        _col("active", CouncilMember.active, "yes: on the council now; no: left it."),
        *_bookkeeping(CouncilMember),
    ), _council_members_query),
    TableSpec("council_meetings", "The prevention council's meetings, numbered within each "
              "school year, oldest first; those present in council_attendance.csv, the agenda "
              "in council_items.csv.", (
        _col("id", CouncilMeeting.id, "The meeting's id."),
        _col("held_on", CouncilMeeting.held_on, "The meeting's date."),
        _col("school_year", CouncilMeeting.school_year, "The school year, e.g. 2026-2027."),
        _col("number", CouncilMeeting.number, "The number of its minutes in that year."),
        _col("chair_id", CouncilMeeting.chair_id, "The chair (council_members.csv)."),
        _col("secretary_id", CouncilMeeting.secretary_id,
             "The secretary (council_members.csv)."),
        *_bookkeeping(CouncilMeeting),
    ), _council_meetings_query),
    TableSpec("council_attendance", "Who was present at each meeting: one row per member "
              "present.", (
        _col("id", CouncilAttendance.id, "The row's id."),
        _col("meeting_id", CouncilAttendance.meeting_id, _MEETING_REF),
        _col("member_id", CouncilAttendance.member_id, "The member (council_members.csv)."),
        *_bookkeeping(CouncilAttendance),
    ), _council_attendance_query),
    TableSpec("council_items", "The agenda of each meeting: one row per item, about a pupil "
              "or another item, with what was heard and decided (the minutes' text; not "
              "confidential).", (
        _col("id", CouncilItem.id, "The item's id."),
        _col("meeting_id", CouncilItem.meeting_id, _MEETING_REF),
        _col("position", CouncilItem.position, "Its place on the agenda, from 1."),
        _col("pupil_id", CouncilItem.pupil_id, "The pupil it is about; empty for another item."),
        _col("title", CouncilItem.title, "Another item's title; may be empty."),
        _col("heard", CouncilItem.heard, "What was heard («Слушали»)."),
        _col("decision", CouncilItem.decision, "The decision (code); empty while not decided.",
             codes="council_decision"),
        _col("decided", CouncilItem.decided, "What was decided, in words («Постановили»)."),
        _col("accompaniment_id", CouncilItem.accompaniment_id,
             "The accompaniment the decision started, changed or ended; may be empty."),
        _col("referral_id", CouncilItem.referral_id,
             "The referral draft the decision wrote (referrals.csv); may be empty."),
        *_bookkeeping(CouncilItem),
    ), _council_items_query),
    TableSpec("accompaniment_grounds", "The grounds for individual accompaniment the school "
              "uses: shipped with the law's categories, renamed, added or switched off by "
              "the school.", (
        _col("id", AccompanimentGround.id, "The ground's id."),
        _col("code", AccompanimentGround.code, "The code accompaniments.csv uses."),
        _col("position", AccompanimentGround.position, "Its place in the list."),
        _col("name_kk", AccompanimentGround.name_kk, "Its name in Kazakh."),
        _col("name_ru", AccompanimentGround.name_ru, "Its name in Russian."),
        _col("active", AccompanimentGround.active, "yes: offered for new accompaniments."),
        *_bookkeeping(AccompanimentGround),
    ), _accompaniment_grounds_query),
    TableSpec("accompaniments", "Individual pedagogical accompaniment (Law No. 245-VIII): one "
              "row per accompaniment of a pupil, from the council decision that began it to "
              "the one that ended it; its plan's measures are in follow_ups.csv "
              "(accompaniment_id), its reviews in accompaniment_reviews.csv.", (
        _col("id", Accompaniment.id, "The accompaniment's id."),
        _col("pupil_id", Accompaniment.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("grounds", Accompaniment.grounds,
             "Its grounds: codes of accompaniment_grounds.csv, comma-separated."),
        _col("started_on", Accompaniment.started_on, "The date of the decision that began it."),
        _col("responsible", Accompaniment.responsible, "Who is responsible for the plan."),
        _col("parents_informed_on", Accompaniment.parents_informed_on,
             "When the parents were informed; empty: not yet."),
        _col("parents_informed_how", Accompaniment.parents_informed_how,
             "How (code); empty: not yet.", codes="informed_how"),
        _col("review_days", Accompaniment.review_days,
             "Its reviews' period: the next review is due this many days after the last."),
        _col("ended_on", Accompaniment.ended_on, "When the council ended it; empty: open."),
        _col("outcome", Accompaniment.outcome, "The outcome the council recorded at its end."),
        *_bookkeeping(Accompaniment),
    ), _accompaniments_query),
    TableSpec("accompaniment_reviews", "The reviews of each accompaniment: date, progress "
              "and a note.", (
        _col("id", AccompanimentReview.id, "The review's id."),
        _col("accompaniment_id", AccompanimentReview.accompaniment_id, _ACCOMPANIMENT_REF),
        _col("on_date", AccompanimentReview.on_date, "When it was reviewed."),
        _col("progress", AccompanimentReview.progress, "Progress (code).",
             codes="review_progress"),
        _col("note", AccompanimentReview.note, "A note (not confidential)."),
        _col("confidential_note", AccompanimentReview.confidential_note,
             "The psychologist's confidential note.", confidential=True),
        *_bookkeeping(AccompanimentReview),
    ), _accompaniment_reviews_query),
    TableSpec("council_proposals", "The secretary's answers to the pupils proposed for the "
              "council's agenda from early warnings: accepted (put on a meeting's agenda) or "
              "dismissed, with the reason.", (
        _col("id", CouncilProposal.id, "The answer's id."),
        _col("pupil_id", CouncilProposal.pupil_id, _PUPIL_REF),
        _col("subject", CouncilProposal.subject,
             "A key of the warnings behind the proposal: new warnings propose the pupil again."),
        _col("rules", CouncilProposal.rules,
             "The warnings behind the proposal: codes, comma-separated.", codes="warning_rule"),
        _col("decision", CouncilProposal.decision, "accepted or dismissed.",
             codes="proposal_decision"),
        _col("reason", CouncilProposal.reason, "Why it was dismissed; empty when accepted."),
        _col("meeting_id", CouncilProposal.meeting_id,
             "The meeting whose agenda it was put on (council_meetings.csv); may be empty."),
        *_bookkeeping(CouncilProposal),
    ), _council_proposals_query),
]


def spec(name: str) -> TableSpec:
    return next(t for t in TABLES if t.name == name)


def pupil_list_columns() -> tuple[ExportColumn, ...]:
    """The pupil list's columns: those of pupils.csv that have a list title."""
    return tuple(c for c in spec("pupils").columns if c.list_title)
