"""Checks that need no database. Services add the ones that do (IIN uniqueness, links)."""

import re
from datetime import date, datetime

from .enums import (
    KINDS_NEEDING_CONSENT,
    SEVERITIES,
    BullyingForm,
    ConsentStatus,
    GuardianRelation,
    Initiator,
    ObservationStatus,
    Place,
    Reporter,
    Role,
    SessionKind,
    SessionStatus,
    Sex,
    StaffRole,
    StudyLanguage,
)
from .account import AccountInput
from .iin import IinInfo, InvalidIin, parse_iin
from .journal import FollowUpInput, ObservationInput, SessionInput
from .pupil import PupilInput
from .referral_record import check_number_pattern
from .school import SchoolInput
from .school_class import parse_class
from .validation import Checker, check_phone, clean
from .concern import ConcernInput, ResponseInput
from .enums import Channel, ConcernSource, ResponseKind

MIN_AGE, MAX_AGE = 4, 20
EARLIEST = date(2000, 1, 1)
MAX_SESSION_MIN = 480
NAME_MAX = 60
_NAME = re.compile(r"^[^\W\d_]+(?:[ '’\-][^\W\d_]+)*$")


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


PASSWORD_MIN = 8
_USER_NAME = re.compile(r"^[^\W_][\w.\-]{1,59}$")


def check_account(data: AccountInput, *, with_password: bool = True) -> Checker:
    c = Checker()
    user = clean(data.user_name)
    c.text("user_name", user, required=True, max_len=60)
    if user and not c.has("user_name") and not _USER_NAME.match(user):
        c.add("user_name", "user_name.invalid")
    c.text("display_name", data.display_name, required=True, max_len=150)
    c.choice("role", data.role, StaffRole)
    if with_password:
        check_password(c, "password", data.password)
    return c


def check_password(c: Checker, field_name: str, password: str) -> None:
    if not password:
        c.add(field_name, "required")
    elif len(password) < PASSWORD_MIN:
        c.add(field_name, "password.too_short", min=PASSWORD_MIN)


def check_school(data: SchoolInput) -> Checker:
    c = Checker()
    c.text("name_kk", data.name_kk, required=False, max_len=300)
    c.text("name_ru", data.name_ru, required=False, max_len=300)
    if not clean(data.name_kk) and not clean(data.name_ru):
        c.add("name_ru", "school.name_required")
    c.text("address", data.address, required=False, max_len=300)
    c.text("director", data.director, required=False, max_len=150)
    c.text("address_kk", data.address_kk, required=False, max_len=300)
    c.text("director_kk", data.director_kk, required=False, max_len=150)
    c.text("psychologist", data.psychologist, required=False, max_len=150)
    check_phone(c, "phone", data.phone)
    check_number_pattern(c, "referral_number_pattern", data.referral_number_pattern)
    return c


def check_pupil(data: PupilInput, today: date) -> Checker:
    c = Checker()
    for name, required in (("surname", True), ("given_name", True), ("patronymic", False)):
        value = clean(getattr(data, name))
        c.text(name, value, required=required, max_len=NAME_MAX)
        if value and not c.has(name) and not _NAME.match(value):
            c.add(name, "name.invalid")
    c.choice("sex", data.sex, Sex)
    if c.present("birth_date", data.birth_date):
        age = age_on(data.birth_date, today)
        if not MIN_AGE <= age <= MAX_AGE:
            c.add("birth_date", "birth_date.age", min=MIN_AGE, max=MAX_AGE)
    if c.present("class_name", clean(data.class_name)) and parse_class(data.class_name) is None:
        c.add("class_name", "class.invalid")
    c.choice("study_language", data.study_language, StudyLanguage)
    _iin(c, data)
    c.text("address", data.address, required=False, max_len=300)
    _consent(c, data, today)
    if not data.active:
        if c.present("left_date", data.left_date) and data.left_date > today:
            c.add("left_date", "date.future")
    for i, g in enumerate(data.guardians):
        c.text(f"guardians.{i}.name", g.name, required=True, max_len=150)
        c.choice(f"guardians.{i}.relation", g.relation, GuardianRelation)
        check_phone(c, f"guardians.{i}.phone", g.phone)
    return c


def _iin(c: Checker, data: PupilInput) -> None:
    """Only a number that cannot be an IIN is an error. Since Decree No. 853 (2013) the
    digits need not give the birth date or sex, so a difference from the record is a
    warning; so is a business number (BIN), most likely a typing slip, but the user has the
    documents and the last word."""
    iin = clean(data.iin)
    if not iin:
        return
    try:
        info = parse_iin(iin)
    except InvalidIin as e:
        c.add("iin", f"iin.{e.code}")
        return
    for code, params in iin_warnings(info, data.birth_date, data.sex):
        c.warn("iin", code, **params)


def iin_warnings(info: IinInfo, birth_date: date | None, sex: str | None) -> list[tuple[str, dict]]:
    """(code, params) for what the user should check about a well-formed IIN: a business
    number, or digits that give another birth date or sex than the record's."""
    if info.is_bin:
        return [("iin.bin", {})]
    out: list[tuple[str, dict]] = []
    if info.birth_date is not None and birth_date and info.birth_date != birth_date:
        out.append(("iin.birth_date_mismatch", {"birth_date": info.birth_date}))
    if (info.sex is not None and sex in (Sex.MALE.value, Sex.FEMALE.value)
            and info.sex != sex):
        out.append(("iin.sex_mismatch", {}))
    return out


def _consent(c: Checker, data: PupilInput, today: date) -> None:
    c.choice("consent_status", data.consent_status, ConsentStatus)
    if data.consent_status in (ConsentStatus.GIVEN.value, ConsentStatus.REFUSED.value):
        if c.present("consent_date", data.consent_date) and data.consent_date > today:
            c.add("consent_date", "date.future")
        c.text("consent_by", data.consent_by, required=True, max_len=150)


def check_session(data: SessionInput, now: datetime) -> Checker:
    c = Checker()
    c.choice("status", data.status, SessionStatus)
    _event_time(c, "starts_at", data.starts_at, now, future_ok=data.status != SessionStatus.HELD.value)
    if c.present("duration_min", data.duration_min):
        if not 1 <= int(data.duration_min) <= MAX_SESSION_MIN:
            c.add("duration_min", "duration.range", min=1, max=MAX_SESSION_MIN)
    c.choice("kind", data.kind, SessionKind)
    c.choice("initiator", data.initiator, Initiator)
    if not data.pupil_ids:
        c.add("pupil_ids", "pupils.required")
    elif len(set(data.pupil_ids)) != len(data.pupil_ids):
        c.add("pupil_ids", "pupils.duplicate")
    c.text("other_participants", data.other_participants, required=False, max_len=300)
    c.text("reason", data.reason, required=True, max_len=500)
    c.text("notes", data.notes, required=False, max_len=20000)
    c.text("outcome", data.outcome, required=False, max_len=5000)
    c.text("no_consent_reason", data.no_consent_reason, required=False, max_len=1000)
    return c


def needs_consent(data: SessionInput) -> bool:
    """Psychological work with a pupil that was held needs a parent's written consent."""
    return data.status == SessionStatus.HELD.value and data.kind in KINDS_NEEDING_CONSENT


def check_observation(data: ObservationInput, now: datetime) -> Checker:
    c = Checker()
    _event_time(c, "occurred_at", data.occurred_at, now, future_ok=False)
    c.choice("place", data.place, Place)
    if not data.forms:
        c.add("forms", "forms.required")
    else:
        for form in data.forms:
            c.choice("forms", form, BullyingForm)
    if c.present("severity", data.severity) and data.severity not in SEVERITIES:
        c.add("severity", "severity.range")
    if not data.participants:
        c.add("participants", "participants.required")
    else:
        ids = [p.pupil_id for p in data.participants]
        if len(set(ids)) != len(ids):
            c.add("participants", "pupils.duplicate")
        for p in data.participants:
            if p.role not in {r.value for r in Role}:
                c.add("participants", "participants.role_required")
                break
        else:
            if not any(p.role == Role.TARGET.value for p in data.participants):
                c.add("participants", "participants.no_target")
    c.choice("reporter", data.reporter, Reporter)
    c.text("reporter_name", data.reporter_name, required=False, max_len=150)
    c.text("description", data.description, required=True, max_len=5000)
    c.text("immediate_actions", data.immediate_actions, required=False, max_len=3000)
    c.text("notified", data.notified, required=False, max_len=500)
    c.choice("status", data.status, ObservationStatus)
    return c


def check_follow_up(data: FollowUpInput, today: date) -> Checker:
    c = Checker()
    c.present("pupil_id", data.pupil_id)
    c.text("what", data.what, required=True, max_len=1000)
    if c.present("due_date", data.due_date) and data.due_date < EARLIEST:
        c.add("due_date", "date.too_old")
    c.text("responsible", data.responsible, required=True, max_len=150)
    if data.done_date and data.done_date > today:
        c.add("done_date", "date.future")
    return c


def _event_time(c: Checker, name: str, value: datetime | None, now: datetime, future_ok: bool):
    if not c.present(name, value):
        return
    if value.date() < EARLIEST:
        c.add(name, "date.too_old")
    elif not future_ok and value > now:
        c.add(name, "date.future_held" if name == "starts_at" else "date.future")


# --- concerns (обращения) ------------------------------------------------------------------

# With no pupil named, the summary must say whom the concern is about (a class, a group):
# a word or two ("травля") is not enough to act on.
SUMMARY_WITHOUT_PUPILS_MIN = 20


def check_concern(data: ConcernInput, now: datetime) -> Checker:
    c = Checker()
    _event_time(c, "received_at", data.received_at, now, future_ok=False)
    c.choice("source", data.source, ConcernSource)
    c.choice("channel", data.channel, Channel)
    if data.source != ConcernSource.ANONYMOUS.value:  # an anonymous concern has no name
        c.text("from_name", data.from_name, required=True, max_len=150)
    c.text("contact", data.contact, required=False, max_len=100)
    if len(set(data.pupil_ids)) != len(data.pupil_ids):
        c.add("pupil_ids", "pupils.duplicate")
    summary = clean(data.summary)
    c.text("summary", summary, required=True, max_len=5000)
    if summary and not data.pupil_ids and len(summary) < SUMMARY_WITHOUT_PUPILS_MIN:
        c.add("summary", "concern.summary_without_pupils", min=SUMMARY_WITHOUT_PUPILS_MIN)
    return c


def check_response(data: ResponseInput, received_on: date, today: date) -> Checker:
    """A response to a concern received on `received_on`."""
    c = Checker()
    c.choice("kind", data.kind, ResponseKind)
    if c.present("on_date", data.on_date):
        if data.on_date < received_on:
            c.add("on_date", "response.before_concern", date=received_on)
        elif data.on_date > today:
            c.add("on_date", "date.future")
    c.text("by", data.by, required=True, max_len=150)
    c.text("note", data.note, required=False, max_len=3000)
    return c
