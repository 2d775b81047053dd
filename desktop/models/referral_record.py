"""Referral records (направления / жолдамалар): inputs, read shapes, the rules, the
outgoing number, and the letter's data built from the records (models/referral.py holds the
letter's shape). No Qt and no SQLAlchemy here.

A referral's way: draft → sent → acknowledged → feedback received → closed, one step at a
time, each step with its date (not before the step before it, not in the future).
- While a draft, everything can change; it has no number and its letter prints with a
  "draft" mark.
- Sending gives it the next outgoing number of the school year of the day it is sent
  (1 September – 31 August: "2025-2026"), written by the school's pattern ({n} the number,
  {year} "2025-26"), and freezes it: the letter as sent is stored with it and reprints
  exactly, whatever changes later in the pupil's card, the school profile or the
  directory. It cannot be changed or deleted any more.
- A change after sending is an amendment with its own date. Amendments are listed with the
  referral; the letter as sent is never rewritten: an "amended copy" prints the same letter
  with the amendments listed at its end (ReferralService.letter(..., amended=True)).
- A sent letter reprints in its own language only: it was sent in that language, and a
  translation would not be the letter that was sent.
- Consent (Order No. 377, DOMAIN.md): who gave it, when and how; without it, only an urgent
  referral, with the reason written. A referral to the ПМПК always needs it, and in writing
  (never oral). A report to the juvenile police inspector or to the commission on minors'
  affairs (КДНиЗП) needs none: a parent may be the one who harms the child. Consent given
  anyway is still recorded and printed.
- Waiting: sent (or acknowledged) 30 days ago or more and no feedback yet.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from .school_year import school_year  # noqa: F401 - the referral's numbering year
from .enums import ConsentHow, LetterLanguage, OrganisationKind, ReferralStatus, Urgency
from .addressee import proposed_addressee
from .organisation import OrganisationRead, organisation_name
from .pupil import PupilRef
from .referral import ConsentFormData, LetterGuardian, ReferralLetter
from .validation import Checker, clean

WAIT_DAYS = 30  # sent this many days ago and no feedback: waiting
REASON_MAX, SUMMARY_MAX, MEASURES_MAX = 1000, 10000, 5000
CONSENT_BY_MAX, NO_CONSENT_MAX, FEEDBACK_MAX, AMENDMENT_MAX = 150, 1000, 5000, 3000
NUMBER_MAX, PATTERN_MAX = 40, 60
DEFAULT_PATTERN = "{n}/{year}"
EARLIEST = date(2000, 1, 1)

# Recipients a report goes to without the parents' consent (DOMAIN.md).
CONSENT_NOT_REQUIRED = frozenset({OrganisationKind.JUVENILE_POLICE.value,
                                  OrganisationKind.KDN.value})
# Recipients that need the parents' consent in writing, even when urgent.
WRITTEN_CONSENT_REQUIRED = frozenset({OrganisationKind.PMPK.value})

DRAFT, SENT = ReferralStatus.DRAFT.value, ReferralStatus.SENT.value
ACKNOWLEDGED, FEEDBACK = ReferralStatus.ACKNOWLEDGED.value, ReferralStatus.FEEDBACK.value
CLOSED = ReferralStatus.CLOSED.value
STATUSES = (DRAFT, SENT, ACKNOWLEDGED, FEEDBACK, CLOSED)
URGENT = Urgency.URGENT.value


# --- the school year and the number ---------------------------------------------------------


def short_year(year: str) -> str:
    """"2025-2026" → "2025-26", as numbers are written."""
    first, _sep, second = year.partition("-")
    return f"{first}-{second[-2:]}" if second else year


def format_number(pattern: str, n: int, year: str) -> str:
    """The outgoing number by the school's pattern; the default pattern if it cannot be used."""
    try:
        text = (pattern or DEFAULT_PATTERN).format(n=n, year=short_year(year))
    except (KeyError, IndexError, ValueError, AttributeError):
        text = DEFAULT_PATTERN.format(n=n, year=short_year(year))
    return text[:NUMBER_MAX]


def check_number_pattern(c: Checker, field_name: str, pattern: str | None) -> None:
    """{n} (the number) is required, {year} optional, nothing else in braces."""
    pattern = clean(pattern)
    if len(pattern) > PATTERN_MAX:
        c.add(field_name, "too_long", max=PATTERN_MAX)
        return
    try:
        sample = pattern.format(n=999, year="2025-26")
    except (KeyError, IndexError, ValueError, AttributeError):
        c.add(field_name, "referral.number_pattern")
        return
    if "{n}" not in pattern.replace("{{", "").replace("}}", "") or len(sample) > NUMBER_MAX:
        c.add(field_name, "referral.number_pattern")


# --- inputs -------------------------------------------------------------------------------


@dataclass
class ReferralInput:
    pupil_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    language: str | None = None  # the letter's: "kk" or "ru"
    urgency: str = Urgency.ROUTINE.value
    reason: str = ""
    summary: str = ""  # the case, drafted from records and edited by hand
    measures: str = ""  # what the school has already done
    consent_by: str = ""  # the parent or legal representative who consented
    consent_date: date | None = None
    consent_how: str | None = None  # a ConsentHow code
    no_consent_reason: str = ""  # urgent, without consent: why it could not wait
    case_id: uuid.UUID | None = None  # the bullying case it comes from, if any

    @property
    def has_consent(self) -> bool:
        return bool(clean(self.consent_by) or self.consent_date or self.consent_how)


@dataclass
class AmendmentInput:
    on_date: date | None = None
    text: str = ""


# --- reads --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AmendmentRead:
    id: uuid.UUID
    on_date: date
    text: str
    number: str = ""  # its own outgoing number ("" on amendments made before 0014)


@dataclass(frozen=True)
class ReferralRead:
    id: uuid.UUID
    pupil: PupilRef
    organisation: OrganisationRead
    case_id: uuid.UUID | None
    language: str
    urgency: str
    reason: str
    summary: str
    measures: str
    consent_by: str
    consent_date: date | None
    consent_how: str
    no_consent_reason: str
    status: str
    school_year: str
    number: str
    created_on: date
    sent_on: date | None
    acknowledged_on: date | None
    feedback_on: date | None
    closed_on: date | None
    feedback: str
    amendments: tuple[AmendmentRead, ...] = ()  # oldest first
    waiting: bool = False  # sent WAIT_DAYS ago or more, no feedback yet

    @property
    def draft(self) -> bool:
        return self.status == DRAFT

    @property
    def frozen(self) -> bool:
        return self.status != DRAFT

    @property
    def urgent(self) -> bool:
        return self.urgency == URGENT

    @property
    def status_date(self) -> date | None:
        return status_date(self.status, self.sent_on, self.acknowledged_on, self.feedback_on,
                           self.closed_on)

    @property
    def next_status(self) -> str | None:
        return next_status(self.status)

    def step_dates(self) -> list[tuple[str, date]]:
        """(status, date) of each step taken after the draft, in order."""
        dates = (self.sent_on, self.acknowledged_on, self.feedback_on, self.closed_on)
        return [(s, d) for s, d in zip(STATUSES[1:], dates) if d is not None]

    def to_input(self) -> ReferralInput:
        return ReferralInput(
            pupil_id=self.pupil.id, organisation_id=self.organisation.id,
            language=self.language, urgency=self.urgency, reason=self.reason,
            summary=self.summary, measures=self.measures, consent_by=self.consent_by,
            consent_date=self.consent_date, consent_how=self.consent_how or None,
            no_consent_reason=self.no_consent_reason, case_id=self.case_id)


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referrals list (and of the dashboard's waiting list)."""

    id: uuid.UUID
    number: str  # "" for a draft
    created_on: date
    sent_on: date | None
    pupil_name: str
    class_name: str
    organisation_kk: str
    organisation_ru: str
    organisation_kind: str
    status: str
    status_on: date | None  # the date of the status it is at (None for a draft)
    waiting: bool
    urgent: bool

    def organisation(self, language: str) -> str:
        return organisation_name(self.organisation_kk, self.organisation_ru, language)

    def waiting_days(self, today: date) -> int:
        return (today - self.sent_on).days if self.sent_on else 0


# --- rules --------------------------------------------------------------------------------


def next_status(status: str) -> str | None:
    if status not in STATUSES or status == CLOSED:
        return None
    return STATUSES[STATUSES.index(status) + 1]


def status_date(status: str, sent_on, acknowledged_on, feedback_on, closed_on) -> date | None:
    return {SENT: sent_on, ACKNOWLEDGED: acknowledged_on, FEEDBACK: feedback_on,
            CLOSED: closed_on}.get(status)


def is_waiting(status: str, sent_on: date | None, today: date) -> bool:
    """Sent WAIT_DAYS days ago or more and no feedback yet."""
    return (status in (SENT, ACKNOWLEDGED) and sent_on is not None
            and sent_on <= today - timedelta(days=WAIT_DAYS))


def waiting_since(today: date) -> date:
    """Referrals sent on or before this day and without feedback are waiting."""
    return today - timedelta(days=WAIT_DAYS)


def check_referral(data: ReferralInput, organisation_kind: str | None, today: date) -> Checker:
    """The record itself (a draft being saved, or about to be sent). `organisation_kind` is
    the chosen organisation's kind (None when it is not known)."""
    c = Checker()
    c.present("pupil_id", data.pupil_id)
    c.present("organisation_id", data.organisation_id)
    c.choice("language", data.language, LetterLanguage)
    c.choice("urgency", data.urgency, Urgency)
    c.text("reason", data.reason, required=True, max_len=REASON_MAX)
    c.text("summary", data.summary, required=False, max_len=SUMMARY_MAX)
    c.text("measures", data.measures, required=False, max_len=MEASURES_MAX)
    _consent(c, data, organisation_kind, today)
    return c


def consent_required(organisation_kind: str | None) -> bool:
    """Whether a referral to an organisation of this kind needs the parents' consent."""
    return organisation_kind not in CONSENT_NOT_REQUIRED


def _consent(c: Checker, data: ReferralInput, organisation_kind: str | None, today: date) -> None:
    if data.has_consent:
        c.text("consent_by", data.consent_by, required=True, max_len=CONSENT_BY_MAX)
        if c.present("consent_date", data.consent_date):
            if data.consent_date > today:
                c.add("consent_date", "date.future")
            elif data.consent_date < EARLIEST:
                c.add("consent_date", "date.too_old")
        c.choice("consent_how", data.consent_how, ConsentHow)
        if (organisation_kind in WRITTEN_CONSENT_REQUIRED and not c.has("consent_how")
                and data.consent_how != ConsentHow.WRITTEN.value):
            c.add("consent_how", "referral.pmpk_written")
        return
    if organisation_kind in CONSENT_NOT_REQUIRED:
        # Nothing is needed; a reason written anyway is kept, within its length.
        c.text("no_consent_reason", data.no_consent_reason, required=False,
               max_len=NO_CONSENT_MAX)
        return
    if organisation_kind in WRITTEN_CONSENT_REQUIRED:
        c.add("consent_by", "referral.pmpk_consent")
    elif data.urgency == URGENT:
        reason = clean(data.no_consent_reason)
        if not reason:
            c.add("no_consent_reason", "referral.no_consent_reason_required")
        else:
            c.text("no_consent_reason", reason, required=True, max_len=NO_CONSENT_MAX)
    else:
        c.add("consent_by", "referral.consent_required")


def check_sending(on_date: date | None, consent_date: date | None, today: date) -> Checker:
    c = Checker()
    if c.present("on_date", on_date):
        if on_date > today:
            c.add("on_date", "date.future")
        elif on_date < EARLIEST:
            c.add("on_date", "date.too_old")
        elif consent_date is not None and consent_date > on_date:
            c.add("on_date", "referral.sent_before_consent", date=consent_date)
    return c


def check_step(current: str, last_date: date | None, target: str | None, on_date: date | None,
               feedback: str | None, today: date) -> Checker:
    """A step forward from `current`, whose date is `last_date`."""
    c = Checker()
    c.choice("status", target, ReferralStatus)
    if not c.has("status") and target != next_status(current):
        c.add("status", "referral.status_not_next")
    if c.present("on_date", on_date):
        if on_date > today:
            c.add("on_date", "date.future")
        elif last_date is not None and on_date < last_date:
            c.add("on_date", "referral.date_before_previous", date=last_date)
    if target == FEEDBACK:
        if not clean(feedback):
            c.add("feedback", "referral.feedback_required")
        else:
            c.text("feedback", feedback, required=True, max_len=FEEDBACK_MAX)
    return c


def check_amendment(data: AmendmentInput, sent_on: date | None, today: date) -> Checker:
    c = Checker()
    if c.present("on_date", data.on_date):
        if data.on_date > today:
            c.add("on_date", "date.future")
        elif sent_on is not None and data.on_date < sent_on:
            c.add("on_date", "referral.amendment_before_sending", date=sent_on)
    c.text("text", data.text, required=True, max_len=AMENDMENT_MAX)
    return c


def letter_language(study_language: str | None) -> str:
    """A letter or form for a pupil: in the language they study in if Kazakh or Russian,
    else Russian."""
    return study_language if study_language in ("kk", "ru") else "ru"


# --- the letter's data --------------------------------------------------------------------


def build_letter(language: str, *, school, organisation_kk: str, organisation_ru: str,
                 organisation_head: str, organisation_address: str, pupil_name: str,
                 birth_date: date, class_name: str, pupil_address: str,
                 guardians: tuple[LetterGuardian, ...], data: ReferralInput,
                 number: str = "", letter_date: date | None = None,
                 amendments: tuple[tuple[date, str], ...] = (),
                 organisation_kind: str = "", organisation_head_kk: str = "",
                 organisation_address_kk: str = "", addressee_kk: str = "",
                 addressee_ru: str = "") -> ReferralLetter:
    """The letter in `language` ("kk" or "ru") from the records as they are. `school` is the
    school profile (models/school.py or its table row; None gives blanks). The organisation's
    head and address without a suffix are the Russian ones (or the only ones); `addressee_kk`
    / `addressee_ru` the lines the school corrected ("" = proposed)."""
    has_consent = data.has_consent
    missing: list[str] = []

    def pick(name: str, kk: str, other: str) -> str:
        """The Kazakh value in a Kazakh letter; the other one, noted, when there is none."""
        kk, other = (kk or "").strip(), (other or "").strip()
        if language != "kk":
            return other
        if not kk and other:
            missing.append(name)
        return kk or other

    addressee = organisation_name(organisation_kk, organisation_ru, language)
    if (organisation_kk if language == "kk" else organisation_ru).strip() == "":
        missing.append("addressee")
    head = pick("addressee_head", organisation_head_kk, organisation_head)
    corrected = (addressee_kk if language == "kk" else addressee_ru).strip()
    return ReferralLetter(
        language=language,
        school_name=_school_name(school, language),
        school_address=pick("school_address", getattr(school, "address_kk", ""),
                            getattr(school, "address", "")),
        school_phone=getattr(school, "phone", "") or "",
        director=pick("director", getattr(school, "director_kk", ""),
                      getattr(school, "director", "")),
        psychologist=getattr(school, "psychologist", "") or "",
        addressee=addressee,
        addressee_head=head,
        addressee_address=pick("addressee_address", organisation_address_kk,
                               organisation_address),
        addressee_line=corrected or proposed_addressee(language, addressee, head),
        not_in_language=tuple(missing),
        pupil_name=pupil_name, birth_date=birth_date, class_name=class_name,
        pupil_address=pupil_address, guardians=tuple(guardians),
        reason=clean(data.reason), summary=clean(data.summary), measures=clean(data.measures),
        urgent=data.urgency == URGENT,
        consent_by=clean(data.consent_by) if has_consent else "",
        consent_date=data.consent_date if has_consent else None,
        consent_how=(data.consent_how or "") if has_consent else "",
        no_consent_reason="" if has_consent else clean(data.no_consent_reason),
        number=number, letter_date=letter_date, amendments=tuple(amendments),
        addressee_kind=organisation_kind or "",
    )


def _school_name(school, language: str) -> str:
    if school is None:
        return ""
    return organisation_name(school.name_kk, school.name_ru, language)


def consent_form_data(school, language: str, pupil_name: str = "", class_name: str = "",
                      birth_date: date | None = None, guardian_name: str = "") -> ConsentFormData:
    """The parental consent form for a pupil (blanks where nothing is known)."""
    def pick(kk: str, other: str) -> str:
        return ((kk or "").strip() if language == "kk" else "") or (other or "")

    return ConsentFormData(
        language=language, school_name=_school_name(school, language),
        school_address=pick(getattr(school, "address_kk", ""), getattr(school, "address", "")),
        director=pick(getattr(school, "director_kk", ""), getattr(school, "director", "")),
        psychologist=getattr(school, "psychologist", "") or "",
        pupil_name=pupil_name, class_name=class_name, birth_date=birth_date,
        guardian_name=guardian_name)


# --- the summary drafted from records -----------------------------------------------------
# The words are the letter's, in Kazakh or Russian, whatever the interface language: the
# summary goes into the letter. (Russian, Kazakh) pairs.

_FORMS = {
    "physical": ("физическая", "физикалық"),
    "verbal": ("словесная", "сөзбен"),
    "social": ("социальная (исключение из общения, слухи)", "әлеуметтік (шеттету, өсек)"),
    "cyber": ("кибербуллинг", "кибербуллинг"),
    "sexual": ("сексуальные домогательства", "жыныстық қысым көрсету"),
    "property": ("порча или отнятие вещей", "заттарын бүлдіру не тартып алу"),
    "extortion": ("вымогательство", "қорқытып талап ету"),
    "threats": ("угрозы", "қоқан-лоққы"),
}
_ROLES = {
    "target": ("пострадавший", "зардап шегуші"),
    "aggressor": ("агрессор", "агрессор"),
    "witness": ("свидетель", "куә"),
}
_SESSION_KINDS = {
    "individual": ("индивидуальная консультация", "жеке кеңес"),
    "group": ("групповое занятие", "топтық сабақ"),
    "parent": ("консультация родителей", "ата-анаға кеңес"),
    "teacher": ("консультация педагога", "педагогке кеңес"),
    "diagnostic": ("диагностика", "диагностика"),
    "correctional": ("коррекционно-развивающее занятие", "түзету-дамыту сабағы"),
    "crisis": ("кризисное вмешательство", "дағдарыстық көмек"),
}
_WORDS = {
    "incidents": ("Инциденты буллинга:", "Буллинг оқиғалары:"),
    "sessions": ("Консультации и занятия:", "Кеңестер мен сабақтар:"),
    "role": ("роль: {role}", "рөлі: {role}"),
    "severity": ("тяжесть {severity} из 4", "ауырлығы: 4-тен {severity}"),
    "reason": ("Причина: {text}", "Себебі: {text}"),
    "outcome": ("Итог: {text}", "Нәтижесі: {text}"),
}


@dataclass(frozen=True)
class SummaryIncident:
    when: date
    forms: tuple[str, ...]
    role: str
    severity: int
    description: str


@dataclass(frozen=True)
class SummarySession:
    when: date
    kind: str
    reason: str
    outcome: str


def draft_summary_text(language: str, incidents: list[SummaryIncident],
                       sessions: list[SummarySession]) -> str:
    """A summary of the case from the chosen records, oldest first: dates, forms, roles,
    severities and what happened; the sessions' reasons and outcomes. Never session notes
    (they are not even asked for). The user edits it afterwards."""
    i = 1 if language == "kk" else 0

    def word(key: str, **kw) -> str:
        return _WORDS[key][i].format(**kw)

    def one_line(text: str) -> str:
        return " ".join(clean(text).split())

    blocks = []
    if incidents:
        lines = [word("incidents")]
        for inc in sorted(incidents, key=lambda x: x.when):
            forms = ", ".join(_FORMS.get(f, (f, f))[i] for f in inc.forms)
            parts = [p for p in (forms, word("role", role=_ROLES.get(inc.role, (inc.role,) * 2)[i])
                                 if inc.role else "",
                                 word("severity", severity=inc.severity) if inc.severity else "")
                     if p]
            line = f"{inc.when:%d.%m.%Y} — {'; '.join(parts)}."
            if clean(inc.description):
                line += f" {one_line(inc.description)}"
            lines.append(line)
        blocks.append("\n".join(lines))
    if sessions:
        lines = [word("sessions")]
        for ses in sorted(sessions, key=lambda x: x.when):
            line = f"{ses.when:%d.%m.%Y} — {_SESSION_KINDS.get(ses.kind, (ses.kind,) * 2)[i]}."
            if clean(ses.reason):
                line += " " + word("reason", text=one_line(ses.reason))
                line += "" if line.endswith((".", "!", "?")) else "."
            if clean(ses.outcome):
                line += " " + word("outcome", text=one_line(ses.outcome))
                line += "" if line.endswith((".", "!", "?")) else "."
            lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


__all__ = [
    "WAIT_DAYS", "ReferralInput", "AmendmentInput", "AmendmentRead", "ReferralRead",
    "ReferralRow", "check_referral", "check_step", "check_sending", "check_amendment",
    "school_year", "short_year", "format_number", "build_letter", "draft_summary_text",
    "consent_form_data", "is_waiting", "next_status", "letter_language", "consent_required",
    "CONSENT_NOT_REQUIRED", "WRITTEN_CONSENT_REQUIRED",
]
