"""Data out: every record the signed-in user may see, as CSV files with a README, plus one
workbook (senim-export.xlsx) with a sheet per table; and the pupil list alone as one .csv or
.xlsx file (`senim pupils export`).

What is exported is the declarative list TABLES below: one TableSpec per file, each with its
columns (a header, a one-line description for the README, the SQL expression), the right
the user needs (desktop/services/context.py) and the query. A later table is one more entry
(and its code lists one more entry in CODE_LISTS); nothing else changes.

Decisions, written down:
- Roles: the whole export needs PUPILS_READ (a head teacher sees counts, never names, and is
  refused with NotAllowed). A table is written only when the user has its right. The
  confidential session notes are a column only with include_notes=True, which needs
  NOTES_READ (asked for by anyone else: NotAllowed); without them the column is absent, not
  empty, so nobody mistakes "not exported" for "no notes".
- Soft-deleted rows are never exported, nor rows that hang off a deleted pupil (guardians,
  links, follow-ups, dismissed warnings) or a deleted case or concern (its pupils, stages,
  responses), nor links to a deleted session, observation, concern or case (left empty).
- Values: dates YYYY-MM-DD; times YYYY-MM-DD HH:MM (event times in the school's local time,
  created_at/updated_at in UTC); yes/no; codes as stored (language-neutral and stable; the
  README lists what each means); ids (UUID) kept so files can be joined.
- CSV: UTF-8 with a BOM (Excel then reads Cyrillic right), comma-separated, CRLF. A text that
  a spreadsheet would run as a formula (starting with = + - @, a tab or CR; a phone number
  such as +7 701 … excepted) gets a leading apostrophe. The workbook keeps the text as it is
  but stores it as text (never as a formula), with Excel's quote prefix.
- The output: DIR/senim-export-YYYY-MM-DD-HHMM/ (a new folder; "-2", "-3" … if taken), so an
  export never overwrites anything. It is written into a hidden ".partial" folder in DIR and
  renamed into place when complete: a cancelled or failed export leaves nothing behind.
  openpyxl's own temporary sheet files go into that folder too, not the system temp folder.
- A killed export (the app or `senim export` ended by force) cannot clean up after itself, and
  its ".partial" folder may hold the notes in plain text. Such folders are removed at the next
  export into the same folder, and at the app's start (every export's working folder is listed
  in <data dir>/exports-pending.txt until it is gone); see export_cleanup.py.
- Files are 0600 and the export's folder 0700 on POSIX (desktop/file_modes.py); the target
  folder the user chose keeps its mode.
- Streaming: rows are read in batches from one read transaction (a consistent snapshot, so
  links never point at a row that is missing from its file), never all at once.
- The audit trail gets one EXPORT entry with the row counts and whether notes were
  included; never a name or the folder (a path can hold a person's name).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Uuid, and_, case, func, select
from sqlalchemy.orm import aliased

from .. import __version__
from ..file_modes import private_file
from .export_cleanup import _forget_pending, _remember_pending, remove_stale_exports
from ..models import (
    BullyingCase, CasePupil, CaseStageEntry, Concern, ConcernPupil, ConcernResponse,
    CounsellingSession, FollowUp, Guardian, Observation, ObservationForm, ObservationPupil,
    Organisation, Pupil, Referral, ReferralAmendment, School, SessionPupil, WarningDismissal,
    AcademicYear, HolidayCorrection, PreventiveActivity, SchoolBreak, Term,
)
from ..models.audit import EXPORT
from ..models.enums import (
    BullyingForm, CaseStage, Channel, ConcernSource, ConsentHow, ConsentStatus, GuardianRelation,
    Initiator, LetterLanguage, ObservationStatus, OrganisationKind, Place, ReferralStatus,
    Reporter, ResponseKind, Role, SessionKind, SessionStatus, Sex, StudyLanguage, Urgency,
    Audience, Programme,
)
from ..models.text import collation_key
from ..models.warnings import Rule
from .context import (
    ATTENTION_READ, CASES_READ, CONCERNS_READ, FOLLOWUPS_READ, NOTES_READ, OBSERVATIONS_READ,
    PUPILS_READ, REFERRALS_READ, SESSIONS_READ, Context, NotAllowed,
    PREVENTION_READ,
)

if TYPE_CHECKING:
    from ..db import Database

WORKBOOK = "senim-export.xlsx"
README = "README.txt"
FOLDER_PREFIX = "senim-export-"
PARTIAL_SUFFIX = ".partial"
_BATCH = 1000  # rows per read, and per progress report
_XLSX_CELL_MAX = 32767  # Excel's limit on the text in one cell
# SQLite orders by code point (Ә after Я); this collation follows the Kazakh alphabet.
_COLLATION = "senim_kk"


class ExportCancelled(Exception):
    """The user cancelled; nothing was left in the target folder."""


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
    right: str | None  # what the user needs to get this file; None: anyone who may export
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
    return (pupil.surname.collate(_COLLATION), pupil.given_name.collate(_COLLATION),
            pupil.patronymic.collate(_COLLATION), pupil.id)


def _by_class(pupil=Pupil):
    return (pupil.grade, pupil.class_name.collate(_COLLATION), *_by_name(pupil))


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


def _follow_ups_query(cols):
    return (select(*cols).join(Pupil, Pupil.id == FollowUp.pupil_id)
            .outerjoin(_LinkedSession, _live_link(_LinkedSession, FollowUp.session_id))
            .outerjoin(_LinkedObservation, _live_link(_LinkedObservation, FollowUp.observation_id))
            .outerjoin(_LinkedCase, _live_link(_LinkedCase, FollowUp.case_id))
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
            .order_by(Organisation.kind, Organisation.name_ru.collate(_COLLATION),
                      Organisation.name_kk.collate(_COLLATION), Organisation.id))


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


_PUPIL_REF = "The pupil's id (pupils.csv)."
_YEAR_REF = "The school year's id (academic_years.csv)."
_PUPIL_NAME = "The pupil's full name, for reading; pupils.csv has the details."
_PUPIL_CLASS = "The pupil's class now."
_CASE_LINK = "The bullying case it belongs to (bullying_cases.csv); may be empty."
_CASE_REF = "The bullying case's id (bullying_cases.csv)."
_CONCERN_REF = "The concern's id (concerns.csv)."

TABLES: list[TableSpec] = [
    TableSpec("school", "The school's profile (one row).", None, (
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
    TableSpec("pupils", "One row per pupil, those who have left the school included.",
              PUPILS_READ, (
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
    TableSpec("guardians", "Parents and other guardians, one row per person and pupil.",
              PUPILS_READ, (
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
              "who took part are in session_pupils.csv.", SESSIONS_READ, (
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
              "pupil.", SESSIONS_READ, (
        _col("session_id", SessionPupil.session_id, "The session's id (sessions.csv)."),
        _col("pupil_id", SessionPupil.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("class_name", Pupil.class_name, _PUPIL_CLASS),
    ), _session_pupils_query),
    TableSpec("observations", "Observed or reported bullying incidents, oldest first; forms "
              "in observation_forms.csv, pupils in observation_pupils.csv.",
              OBSERVATIONS_READ, (
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
              "observation and form.", OBSERVATIONS_READ, (
        _col("observation_id", ObservationForm.observation_id,
             "The observation's id (observations.csv)."),
        _col("form", ObservationForm.form, "Form of bullying (code).", codes="form"),
    ), _observation_forms_query),
    TableSpec("observation_pupils", "The pupils involved in each observation and their "
              "roles: one row per observation and pupil.", OBSERVATIONS_READ, (
        _col("observation_id", ObservationPupil.observation_id,
             "The observation's id (observations.csv)."),
        _col("pupil_id", ObservationPupil.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("class_name", Pupil.class_name, _PUPIL_CLASS),
        _col("role", ObservationPupil.role, "The pupil's role (code).", codes="role"),
    ), _observation_pupils_query),
    TableSpec("follow_ups", "Follow-up actions: what, for which pupil, by when, by whom.",
              FOLLOWUPS_READ, (
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
        *_bookkeeping(FollowUp),
    ), _follow_ups_query),
    TableSpec("concerns", "Concerns (обращения) from parents, pupils, teachers and others, "
              "oldest first, with their deadlines; the pupils they are about in "
              "concern_pupils.csv, the school's responses in concern_responses.csv.",
              CONCERNS_READ, (
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
              "pupil (a concern may name none).", CONCERNS_READ, (
        _col("concern_id", ConcernPupil.concern_id, _CONCERN_REF),
        _col("pupil_id", ConcernPupil.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("class_name", Pupil.class_name, _PUPIL_CLASS),
    ), _concern_pupils_query),
    TableSpec("concern_responses", "What the school did in reply to each concern: one row "
              "per response.", CONCERNS_READ, (
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
              "actions in follow_ups.csv (case_id).", CASES_READ, (
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
              "case and pupil.", CASES_READ, (
        _col("case_id", CasePupil.case_id, _CASE_REF),
        _col("pupil_id", CasePupil.pupil_id, _PUPIL_REF),
        _col("pupil_name", _pupil_name(), _PUPIL_NAME),
        _col("class_name", Pupil.class_name, _PUPIL_CLASS),
        _col("role", CasePupil.role, "The pupil's role (code).", codes="role"),
    ), _case_pupils_query),
    TableSpec("case_stages", "Each bullying case's way through the stages: one row per step, "
              "the complaint first.", CASES_READ, (
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
              "warning again.", ATTENTION_READ, (
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
              "deactivated ones included.", REFERRALS_READ, (
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
              "they were sent, drafts last; amendments in referral_amendments.csv.",
              REFERRALS_READ, (
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
              "with its own date: one row per amendment.", REFERRALS_READ, (
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
              "in terms.csv, its breaks in school_breaks.csv).", None, (
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
              "quarter.", None, (
        _col("year_id", Term.year_id, _YEAR_REF),
        _col("number", Term.number, "The quarter's number, 1 to 4."),
        _col("starts_on", Term.starts_on, "Its first day."),
        _col("ends_on", Term.ends_on, "Its last day."),
    ), _terms_query),
    TableSpec("school_breaks", "Breaks (каникулы / каникул) of each school year: one row per "
              "break, those between the quarters and extra ones such as grade 1's week in "
              "February.", None, (
        _col("id", SchoolBreak.id, "The break's id."),
        _col("year_id", SchoolBreak.year_id, _YEAR_REF),
        _col("starts_on", SchoolBreak.starts_on, "Its first day."),
        _col("ends_on", SchoolBreak.ends_on, "Its last day."),
        _col("first_grade_only", SchoolBreak.first_grade_only,
             "yes: for grade 1 only; no: for the whole school."),
    ), _school_breaks_query),
    TableSpec("holiday_corrections", "The school's own changes to the public holidays and "
              "days off that the law sets (Settings → Holidays): one row per day.", None, (
        _col("day", HolidayCorrection.day, "The day."),
        _col("kind", HolidayCorrection.kind,
             "day_off: a day off the law's list lacks (a decree, the akimat); working: a "
             "day the school works although the law has it off, or a working Saturday."),
        _col("name", HolidayCorrection.name, "The name the school gave a day off; may be "
             "empty."),
    ), _holiday_corrections_query),
    TableSpec("preventive_activities", "The preventive work log: group activities (lessons, "
              "ДосболLIKE sessions, trainings, meetings with parents, class hours), oldest "
              "first. Who took part is a number, never names.", PREVENTION_READ, (
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
]


def _codes(enum, meanings: dict[str, str]) -> dict[str, str]:
    """The enum's codes in order, each with its English meaning (KeyError if one is missing:
    a code nobody can read is not exported)."""
    return {member.value: meanings[member.value] for member in enum}


CODE_LISTS: dict[str, dict[str, str]] = {
    "sex": _codes(Sex, {"male": "male", "female": "female"}),
    "study_language": _codes(StudyLanguage, {"kk": "Kazakh", "ru": "Russian", "en": "English"}),
    "consent": _codes(ConsentStatus, {"given": "consent given", "refused": "consent refused",
                                      "not_asked": "consent not asked yet"}),
    "relation": _codes(GuardianRelation, {
        "mother": "mother", "father": "father", "grandmother": "grandmother",
        "grandfather": "grandfather", "guardian": "legal guardian", "other": "other relative"}),
    "session_kind": _codes(SessionKind, {
        "individual": "individual consultation", "group": "group session",
        "parent": "consultation with a parent", "teacher": "consultation with a teacher",
        "diagnostic": "diagnostics", "correctional": "correctional-developmental session",
        "crisis": "crisis intervention"}),
    "initiator": _codes(Initiator, {
        "pupil": "the pupil", "parent": "a parent", "teacher": "a teacher",
        "administration": "the school administration", "psychologist": "the psychologist",
        "line_111": "the 111 contact centre", "support_centre": "a psychological support centre",
        "police": "the police"}),
    "session_status": _codes(SessionStatus, {"planned": "planned", "held": "held",
                                             "cancelled": "cancelled"}),
    "place": _codes(Place, {
        "classroom": "classroom", "corridor": "corridor", "canteen": "canteen",
        "toilets": "toilets", "sports_ground": "sports ground", "school_bus": "school bus",
        "online": "online", "outside_school": "outside school"}),
    "severity": {
        "1": "low: a single hurtful remark, teasing or pushing; no harm done",
        "2": "moderate: repeated teasing, insults or exclusion; the pupil is upset",
        "3": "serious: systematic bullying, threats, cyberbullying or damaged property",
        "4": "critical: injury, sexual harassment, extortion or a risk to life or health",
    },
    "reporter": _codes(Reporter, {
        "pupil": "a pupil", "parent": "a parent", "teacher": "a teacher",
        "anonymous": "anonymous", "line_111": "the 111 contact centre"}),
    "observation_status": _codes(ObservationStatus, {
        "open": "open", "monitoring": "monitoring", "resolved": "resolved"}),
    "form": _codes(BullyingForm, {
        "physical": "physical", "verbal": "verbal", "social": "social (exclusion, rumours)",
        "cyber": "cyberbullying", "sexual": "sexual harassment",
        "property": "property (damage, theft)", "extortion": "extortion",
        "threats": "threats"}),
    "role": _codes(Role, {"target": "target", "aggressor": "aggressor", "witness": "witness"}),
    "concern_source": _codes(ConcernSource, {
        "parent": "a parent", "pupil": "a pupil", "teacher": "a teacher",
        "line_111": "the 111 contact centre", "support_centre": "a psychological support centre",
        "anonymous": "anonymous"}),
    "channel": _codes(Channel, {
        "in_person": "in person", "phone": "by phone", "written": "in writing",
        "messenger": "by messenger", "line_111": "through the 111 contact centre"}),
    "response_kind": _codes(ResponseKind, {
        "acknowledged": "acknowledged (any first response acknowledges a concern)",
        "meeting": "a meeting", "written_answer": "a written answer (it answers the concern)"}),
    "case_stage": _codes(CaseStage, {
        "complaint": "ДосболLIKE stage 1, complaint: the case is opened",
        "analysis": "ДосболLIKE stage 2, analysis: what happened and who is involved",
        "help_plan": "ДосболLIKE stage 3, help plan: actions for the pupils (follow_ups.csv)",
        "monitoring": "ДосболLIKE stage 4, monitoring: watched until its review date",
        "closed": "closed with an outcome"}),
    "organisation_kind": _codes(OrganisationKind, {
        "support_centre": "a psychological support centre (ЦПП)",
        "pmpk": "a psychological-medical-pedagogical consultation (ПМПК)",
        "juvenile_police": "the juvenile police inspector",
        "kdn": "the commission on minors' affairs and the protection of their rights "
               "(КДНиЗП)",
        "health": "a health organisation", "other": "another organisation"}),
    "referral_status": _codes(ReferralStatus, {
        "draft": "a draft, not sent yet (no number)", "sent": "sent",
        "acknowledged": "acknowledged by the organisation",
        "feedback": "the organisation's feedback received", "closed": "closed"}),
    "urgency": _codes(Urgency, {"routine": "routine",
                                "urgent": "urgent (may go without consent, with the reason)"}),
    "consent_how": _codes(ConsentHow, {"written": "in writing (a signed form)",
                                       "oral": "orally, in person or by phone"}),
    "letter_language": _codes(LetterLanguage, {"kk": "Kazakh", "ru": "Russian"}),
    "programme": _codes(Programme, {
        "personal_safety": "a «Личная безопасность» (personal safety) lesson",
        "dosbol_like": "a session of the ДосболLIKE anti-bullying programme",
        "teacher_training": "a training or seminar for teachers",
        "parent_meeting": "a meeting with parents", "class_hour": "a class hour",
        "other": "another activity"}),
    "audience": _codes(Audience, {"pupils": "pupils", "parents": "parents",
                                  "teachers": "teachers", "mixed": "a mixed group"}),
    "warning_rule": _codes(Rule, {
        "self_harm_risk": "a risk of self-harm was noted in a session",
        "severe_incident": "a target or aggressor in a serious incident (severity 3-4) still "
                           "open",
        "repeated_target": "the target in several incidents within the bullying window",
        "target_and_aggressor": "both a target and an aggressor in recent incidents",
        "concern_overdue": "a concern about the pupil was not acknowledged or answered in time",
        "repeat_concern": "two or more concerns about the pupil within the set days",
        "no_follow_up": "an open incident with no follow-up action after the set days",
        "action_overdue": "a follow-up action for the pupil is past its due date",
        "review_due": "the review date of a bullying case under monitoring has passed"}),
}


def spec(name: str) -> TableSpec:
    return next(t for t in TABLES if t.name == name)


def pupil_list_columns() -> tuple[ExportColumn, ...]:
    """The pupil list's columns: those of pupils.csv that have a list title."""
    return tuple(c for c in spec("pupils").columns if c.list_title)


# --- the values -----------------------------------------------------------------------------

# A text a spreadsheet would take for a formula; a phone number or a plain number is not one.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_LIKE = re.compile(r"[+-][0-9 ()\-.]*")


def formula_like(text: str) -> bool:
    return text.startswith(_FORMULA_START) and not _NUMBER_LIKE.fullmatch(text)


def _naive(value: datetime) -> datetime:
    """Bookkeeping times may come back timezone-aware (UTC): written as UTC wall time."""
    if value.tzinfo is None:
        return value
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if formula_like(value) else value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return _naive(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class ExportResult:
    path: Path  # the folder (full export) or the file (pupil list)
    counts: dict[str, int] = field(default_factory=dict)  # rows per file
    notes_included: bool = False

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


Progress = Callable[[int, int], None]


# --- the service ----------------------------------------------------------------------------


class ExportService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def may_export(self) -> bool:
        return self.ctx.can(PUPILS_READ)

    def may_include_notes(self) -> bool:
        return self.ctx.can(NOTES_READ)

    def tables(self, include_notes: bool = False
               ) -> list[tuple[TableSpec, tuple[ExportColumn, ...]]]:
        """The files this user gets, each with its columns."""
        self.ctx.require(PUPILS_READ)
        if include_notes:
            self.ctx.require(NOTES_READ)
        return [(t, t.visible_columns(include_notes)) for t in TABLES
                if t.right is None or self.ctx.can(t.right)]

    def export_all(self, out_dir: Path, include_notes: bool = False,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> ExportResult:
        """Every file into a new folder in out_dir (created if missing); its path is returned.
        Raises NotAllowed, ExportCancelled, or OSError (the disk); either way nothing is left
        behind. `progress(done, total)` is called from this thread every _BATCH rows."""
        tables = self.tables(include_notes)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_exports(self._data_dir(), out_dir)
        started = self.ctx.now()
        work = self._new_work_folder(".senim-export-", out_dir)
        try:
            counts = self._write_all(work, tables, started, include_notes, progress, cancel)
            _check(cancel)
            for file in work.iterdir():
                private_file(file)
            self._audit("", {"notes": "yes" if include_notes else "no", **counts})
            final = _free_name(out_dir, f"{FOLDER_PREFIX}{started:%Y-%m-%d-%H%M}")
            os.rename(work, final)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        finally:
            _forget_pending(self._data_dir(), work)
        return ExportResult(final, counts, include_notes)

    def export_pupils(self, path: Path, include_left: bool = False, overwrite: bool = False,
                      progress: Progress | None = None,
                      cancel: threading.Event | None = None) -> ExportResult:
        """The pupil list, by the file's extension (.csv or .xlsx), with the list titles of
        pupils.csv's columns as headers. FileExistsError unless overwrite; ValueError for
        another extension."""
        self.ctx.require(PUPILS_READ)
        path = Path(path)
        kind = path.suffix.lower()
        if kind not in (".csv", ".xlsx"):
            raise ValueError(f"the pupil list is a .csv or .xlsx file, not {path.name!r}")
        if path.exists() and not overwrite:
            raise FileExistsError(str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        pupils = spec("pupils")
        columns = pupil_list_columns()
        stmt = pupils.statement(columns)
        if not include_left:
            stmt = stmt.where(Pupil.active.is_(True))
        headers = [c.list_title for c in columns]
        remove_stale_exports(self._data_dir(), path.parent)
        work = self._new_work_folder(".senim-pupils-", path.parent)
        try:
            out = work / f"pupils{kind}"
            book = _Workbook(work) if kind == ".xlsx" else None
            try:
                with self._snapshot() as conn:
                    total = _count(conn, stmt)
                    _report(progress, 0, total)
                    sink = (book.sheet("pupils", headers, [c.expr.type for c in columns])
                            if book is not None else _CsvSink(out, headers))
                    try:
                        done = _copy_rows(conn, stmt, [sink], 0, total, progress, cancel)
                    finally:
                        sink.close()
                _check(cancel)
                if book is not None:
                    book.save(out)
            except BaseException:
                if book is not None:
                    book.discard()
                raise
            self._audit("pupil", {"list": kind[1:], "rows": done})
            private_file(out)
            os.replace(out, path)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            _forget_pending(self._data_dir(), work)
            raise
        shutil.rmtree(work, ignore_errors=True)
        _forget_pending(self._data_dir(), work)
        return ExportResult(path, {"pupils": done})

    def _data_dir(self) -> Path:
        return Path(self.db.path).parent

    def _new_work_folder(self, prefix: str, parent: Path) -> Path:
        """A hidden working folder (mkdtemp: 0700), listed in the data folder's
        exports-pending.txt first, so a killed export's folder is found at the next start."""
        work = Path(tempfile.mkdtemp(prefix=prefix, suffix=PARTIAL_SUFFIX, dir=parent))
        try:
            _remember_pending(self._data_dir(), work)
        except OSError:
            shutil.rmtree(work, ignore_errors=True)
            raise
        return work

    # --- inside -------------------------------------------------------------------------------

    def _write_all(self, work: Path, tables, started: datetime, notes: bool,
                   progress: Progress | None, cancel) -> dict[str, int]:
        statements = [(t, cols, t.statement(cols)) for t, cols in tables]
        book = _Workbook(work)
        try:
            with self._snapshot() as conn:
                counts = {t.name: _count(conn, stmt) for t, _cols, stmt in statements}
                total = sum(counts.values())
                _report(progress, 0, total)
                done = 0
                for t, cols, stmt in statements:
                    headers = [c.name for c in cols]
                    csv_sink = _CsvSink(work / f"{t.name}.csv", headers)
                    try:
                        sheet = book.sheet(t.name, headers, [c.expr.type for c in cols])
                        written = _copy_rows(conn, stmt, [csv_sink, sheet], done, total,
                                             progress, cancel)
                    finally:
                        csv_sink.close()
                    counts[t.name] = written - done
                    done = written
            (work / README).write_text(self._readme(tables, counts, started, notes),
                                       encoding="utf-8-sig", newline="\r\n")
            _check(cancel)
            book.save(work / WORKBOOK)
        except BaseException:
            book.discard()
            raise
        return counts

    def _snapshot(self):
        return _Snapshot(self.db)

    def _audit(self, entity: str, detail: dict) -> None:
        from .audit import AuditService

        AuditService(self.db, self.ctx).record(
            EXPORT, entity, "", ",".join(f"{k}={v}" for k, v in detail.items()))

    def _readme(self, tables, counts: dict[str, int], started: datetime, notes: bool) -> str:
        from .school import SchoolService

        school = SchoolService(self.db, self.ctx).get()
        school_name = (school.name_kk or school.name_ru) if school else ""
        if notes:
            notes_line = "INCLUDED (sessions.csv, column notes)"
        elif self.ctx.can(NOTES_READ):
            notes_line = "not included (not chosen for this export)"
        else:
            notes_line = "not included (this account may not read them)"
        shown = {t.name for t, _cols in tables}
        missing = [t.name for t in TABLES if t.name not in shown]
        lines = [
            "SENIM: EXPORT OF THE JOURNAL",
            "",
            f"Exported:        {started:%Y-%m-%d %H:%M} (this computer's clock)",
            f"By:              {self.ctx.actor} ({self.ctx.role})",
            f"School:          {school_name}",
            f"Senim version:   {__version__}",
            f"Confidential session notes: {notes_line}",
        ]
        if missing:
            lines.append("Not exported (this account may not see them): "
                         + ", ".join(f"{n}.csv" for n in missing))
        lines += [
            "",
            "WARNING: PERSONAL DATA. These files hold children's names, IINs, dates of birth,",
            "family contacts and what happened to them. Unlike the journal they are NOT",
            "encrypted. Keep them on an encrypted disk or in a locked place, never send them by",
            "e-mail or messenger, and delete them when they are no longer needed.",
            "",
            "FILES",
            "",
            f"{WORKBOOK}: every table below as one sheet, for Excel or LibreOffice Calc.",
            "    Open this one in Excel: it keeps IINs with their leading zeros and dates as",
            "    dates. Texts longer than Excel's 32,767 characters are cut there; the CSV",
            "    files always hold the whole text.",
            f"{README}: this file.",
            "",
        ]
        for t, cols in tables:
            n = counts.get(t.name, 0)
            lines.append(f"{t.name}.csv ({n} {'row' if n == 1 else 'rows'}): {t.description}")
            for c in cols:
                codes = f" See CODES: {c.codes}." if c.codes else ""
                lines.append(f"    {c.name}: {c.description}{codes}")
            lines.append("")
        lines += [
            "HOW VALUES ARE WRITTEN",
            "",
            "- CSV files: UTF-8 with a byte order mark, comma-separated, one header row.",
            "- Dates: YYYY-MM-DD. Times: YYYY-MM-DD HH:MM; event times (sessions,",
            "  observations, concerns) are the school's local time, created_at and updated_at",
            "  are UTC.",
            "- yes / no for yes-or-no columns; an empty cell for no value.",
            "- Ids are UUIDs: a *_id column holds the id of a row in another file.",
            "- Codes are written as stored; their meanings are listed below.",
            "- In the CSV files a text that a spreadsheet would run as a formula (one that",
            "  starts with = + - @) begins with an extra apostrophe ('). The workbook keeps",
            "  such texts unchanged and stores them as text.",
            "- Deleted records are not exported; a link to one (a *_id column) is left empty.",
            "",
            "CODES",
            "",
        ]
        used = dict.fromkeys(c.codes for _t, cols in tables for c in cols if c.codes)
        for name in used:
            lines.append(f"{name}:")
            lines += [f"    {code} = {meaning}" for code, meaning in CODE_LISTS[name].items()]
            lines.append("")
        return "\n".join(lines)


# --- reading and writing ---------------------------------------------------------------------


class _Snapshot:
    """One connection in one read transaction: every file from the same moment. The driver
    opens a transaction only before a write, so BEGIN is sent by hand."""

    def __init__(self, db: Database):
        self.db = db

    def __enter__(self):
        self.conn = self.db.engine.connect()
        raw = self.conn.connection.driver_connection
        raw.create_collation(_COLLATION, _compare)
        self.conn.exec_driver_sql("BEGIN")
        return self.conn

    def __exit__(self, *exc) -> None:
        try:
            self.conn.rollback()  # nothing was written; ends the read transaction
        finally:
            self.conn.close()


def _compare(a: str, b: str) -> int:
    ka, kb = collation_key(a), collation_key(b)
    return (ka > kb) - (ka < kb)


def _count(conn, stmt) -> int:
    counting = select(func.count()).select_from(stmt.order_by(None).subquery())
    return conn.execute(counting).scalar_one()


def _copy_rows(conn, stmt, sinks, done: int, total: int, progress, cancel) -> int:
    result = conn.execution_options(yield_per=_BATCH).execute(stmt)
    try:
        for part in result.partitions():
            _check(cancel)
            for row in part:
                for sink in sinks:
                    sink.write(row)
            done += len(part)
            _report(progress, done, total)
    finally:
        result.close()
    return done


def _check(cancel) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled()


def _report(progress, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _free_name(parent: Path, name: str) -> Path:
    candidate, n = parent / name, 1
    while candidate.exists():
        n += 1
        candidate = parent / f"{name}-{n}"
    return candidate


class _CsvSink:
    def __init__(self, path: Path, headers: list[str]):
        self.file = open(path, "w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.file)
        self.writer.writerow(headers)

    def write(self, row) -> None:
        self.writer.writerow([csv_value(v) for v in row])

    def close(self) -> None:
        self.file.close()


class _Workbook:
    """A write-only openpyxl workbook whose temporary sheet files live in `work` (the export's
    own folder, removed with it), not in the system's temp folder."""

    def __init__(self, work: Path):
        from openpyxl import Workbook

        self.work = work
        self.book = Workbook(write_only=True)

    def sheet(self, name: str, headers: list[str], types: list) -> _SheetSink:
        return _SheetSink(self, name, headers, types)

    def save(self, path: Path) -> None:
        self.book.save(path)

    def discard(self) -> None:
        """After a failure: close the sheets' open temporary files (Windows cannot delete an
        open file), so the work folder can go."""
        for ws in self.book.worksheets:
            for part in ("_rows", "_writer"):  # the rows' generator first, then the file
                try:
                    found = getattr(ws, part, None)
                    if found is not None:
                        found.close()
                except Exception:  # noqa: BLE001 - best effort; the folder goes anyway
                    pass


class _SheetSink:
    def __init__(self, book: _Workbook, name: str, headers: list[str], types: list):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self._cell, self._illegal = WriteOnlyCell, ILLEGAL_CHARACTERS_RE
        self.ws = ws = book.book.create_sheet(name[:31])
        ws.freeze_panes = "A2"
        for i, (header, type_) in enumerate(zip(headers, types), start=1):
            ws.column_dimensions[get_column_letter(i)].width = _width(header, type_)
        _own_temp_file(ws, book.work / f".sheet-{len(book.book.worksheets)}.xml")
        bold = Font(bold=True)
        cells = []
        for header in headers:
            cell = WriteOnlyCell(ws, value=header)
            cell.font = bold
            cells.append(cell)
        ws.append(cells)

    def write(self, row) -> None:
        self.ws.append([self._value(v) for v in row])

    def _value(self, value):
        if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            text = self._illegal.sub("", value)[:_XLSX_CELL_MAX]
            if text.startswith(_FORMULA_START):
                cell = self._cell(self.ws, value=text)
                cell.data_type = "s"  # text, never a formula
                cell.quotePrefix = True  # and stays text when edited in Excel
                return cell
            return text
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, datetime):
            cell = self._cell(self.ws, value=_naive(value))
            cell.number_format = "yyyy-mm-dd hh:mm"
            return cell
        if isinstance(value, date):
            return value  # openpyxl's date format is yyyy-mm-dd
        if isinstance(value, uuid.UUID):
            return str(value)
        return str(value)

    def close(self) -> None:
        pass  # the workbook closes its sheets when saved


def _width(header: str, type_) -> float:
    if isinstance(type_, DateTime):
        wide = 17
    elif isinstance(type_, Date):
        wide = 12
    elif isinstance(type_, Uuid):
        wide = 14
    elif isinstance(type_, (Integer, Boolean)):
        wide = 8
    elif isinstance(type_, String) and type_.length and type_.length <= 60:
        wide = 20
    else:
        wide = 40
    return max(len(header) + 3, wide)


def _own_temp_file(ws, path: Path) -> None:
    """openpyxl (3.1) writes a write-only sheet to a NamedTemporaryFile in the system temp
    folder; point it at `path` instead. Private API: if it has changed, openpyxl's default is
    kept (the file is still removed when the workbook is saved)."""
    try:
        from openpyxl.worksheet import _writer as sheet_writer

        if ws._writer is not None:
            return
        out = str(path)
        writer = sheet_writer.WorksheetWriter(ws, out=out)
        sheet_writer.ALL_TEMP_FILES.append(out)  # its cleanup() removes it from this list
        ws._writer = writer
        writer.write_top()
    except (AttributeError, ImportError, TypeError):
        pass


__all__ = [
    "CODE_LISTS", "ExportCancelled", "ExportColumn", "ExportResult", "ExportService",
    "NotAllowed", "README", "TABLES", "TableSpec", "WORKBOOK", "pupil_list_columns", "spec",
]
