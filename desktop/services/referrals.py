"""Referrals of pupils to the organisations in the directory (the rules, the number and the
letter's shape are in desktop/models/referral_record.py; read its docstring first).

Decisions, written down:
- A draft is changed freely; sending freezes it. update() and delete() of a sent referral
  raise ValidationError "referral.frozen" / "referral.delete_sent"; the form then offers
  "Add amendment…".
- The number: send() takes the highest number_seq of the school year of its date (every
  referral of that year, deleted ones too, so a number is never handed out twice) plus one,
  inside the single UPDATE that stores it, so two computers sending at once cannot both take
  it (SQLite runs one writer at a time; the unique index ux_referral_number backs it).
  School years run 1 September – 31 August: a letter of 31 August 2026 is in 2025-2026, one
  of 1 September 2026 is number 1 of 2026-2027.
- The letter as sent: send() builds the ReferralLetter in the referral's language from the
  records at that moment (school profile, organisation, pupil, guardians) and stores it as
  JSON. letter() returns it unchanged afterwards; `amended=True` adds the amendments to
  that same letter (an "amended copy"); another language is refused
  ("referral.letter_language"): a sent letter reprints in its own language only. A draft's
  letter is built live, in the language asked for, without number or date.
- Status: advance() moves one step forward, each step with its date; SENT goes through
  send(). Feedback text is required for "feedback received".
- Waiting: sent or acknowledged WAIT_DAYS (30) days ago or more with no feedback.
- A deleted pupil's referrals leave the lists with them (as their follow-ups do).
- Rights: REFERRALS_READ / REFERRALS_WRITE (psychologist, counsellor); counts need only
  COUNTS_READ. The summary drafted from sessions reads their reason and outcome, never the
  confidential notes.
"""

import uuid
from dataclasses import replace
from datetime import date, datetime, time

from sqlalchemy import and_, func, or_, union_all, update
from sqlmodel import Session, col, select

from ..db import Database
from ..models import (
    BullyingCase, CounsellingSession, Guardian, Observation, ObservationForm, ObservationPupil,
    Organisation, Pupil, Referral, ReferralAmendment, School, SessionPupil,
)
from ..models.other_pupils import Replaced, replace_other_pupils
from ..models.referral import ConsentFormData, LetterGuardian, ReferralLetter
from ..models.referral_record import (
    ACKNOWLEDGED, CLOSED, DRAFT, FEEDBACK, SENT, AmendmentInput, AmendmentRead, ReferralInput,
    ReferralRead, ReferralRow, SummaryIncident, SummarySession, build_letter, check_amendment,
    check_referral, check_sending, check_step, consent_form_data, draft_summary_text,
    format_number, is_waiting, letter_language, school_year, status_date, waiting_since,
)
from ..models.text import full_name
from ..models.validation import Checker, FieldError, ValidationError, clean
from .common import get_live, pupil_ref, soft_delete, stamp
from .context import (
    OBSERVATIONS_READ, PUPILS_READ, REFERRALS_READ, REFERRALS_WRITE, SESSIONS_READ, Context,
)
from .errors import NotFound
from .filters import CLOSED as SCOPE_CLOSED, DRAFTS, OPEN, WAITING, ListFilter
from .listing import name_matches, ordered, pupil_matches, require_count
from .organisations import _read as organisation_read

_DATE_OF = {SENT: "sent_on", ACKNOWLEDGED: "acknowledged_on", FEEDBACK: "feedback_on",
            CLOSED: "closed_on"}


def _refuse(field_name: str, code: str, **params) -> ValidationError:
    return ValidationError([FieldError(field_name, code, params)])


def _local_date(moment: datetime) -> date:
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


class ReferralService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- the record ------------------------------------------------------------------------

    def create(self, data: ReferralInput) -> ReferralRead:
        self.ctx.require(REFERRALS_WRITE)
        return self._save(None, data)

    def update(self, referral_id: uuid.UUID, data: ReferralInput) -> ReferralRead:
        """Only while a draft: a sent referral raises "referral.frozen" (add an amendment)."""
        self.ctx.require(REFERRALS_WRITE)
        return self._save(referral_id, data)

    def delete(self, referral_id: uuid.UUID) -> None:
        """Soft delete of a draft; a sent referral stays ("referral.delete_sent")."""
        self.ctx.require(REFERRALS_WRITE)
        with self.db.session() as s:
            row = get_live(s, Referral, referral_id)
            if row.status != DRAFT:
                raise _refuse("status", "referral.delete_sent", number=row.number)
            soft_delete(row, self.ctx)
            s.add(row)

    def _save(self, referral_id: uuid.UUID | None, data: ReferralInput) -> ReferralRead:
        with self.db.session() as s:
            row = get_live(s, Referral, referral_id) if referral_id else None
            if row is not None and row.status != DRAFT:
                raise _refuse("status", "referral.frozen", date=row.sent_on, number=row.number)
            checker = Checker()
            kind = self._organisation_kind(s, data.organisation_id, checker,
                                           keep=row.organisation_id if row else None)
            checker.errors[:0] = check_referral(data, kind, self.ctx.today()).errors
            if data.pupil_id is not None:
                self._live_pupil(s, data.pupil_id, checker)
            if data.case_id is not None:
                case = s.get(BullyingCase, data.case_id)
                if case is None or case.deleted_at is not None:
                    checker.add("case_id", "not_found")
            checker.raise_if_any()
            row = row or Referral(status=DRAFT)
            row.pupil_id, row.organisation_id = data.pupil_id, data.organisation_id
            row.case_id = data.case_id
            row.language, row.urgency = data.language, data.urgency
            row.reason, row.summary = clean(data.reason), clean(data.summary)
            row.measures = clean(data.measures)
            if data.has_consent:
                row.consent_by, row.consent_date = clean(data.consent_by), data.consent_date
                row.consent_how, row.no_consent_reason = data.consent_how, ""
            else:
                row.consent_by, row.consent_date, row.consent_how = "", None, ""
                row.no_consent_reason = clean(data.no_consent_reason)
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get(new_id)

    @staticmethod
    def _organisation_kind(s: Session, organisation_id, checker: Checker, keep=None) -> str | None:
        """The organisation's kind; a deleted one, or a deactivated one newly chosen, is an
        error on organisation_id (a draft may keep the one it had)."""
        if organisation_id is None:
            return None
        org = s.get(Organisation, organisation_id)
        if org is None or org.deleted_at is not None:
            checker.add("organisation_id", "organisation.missing")
            return None
        if not org.active and organisation_id != keep:
            checker.add("organisation_id", "organisation.inactive")
        return org.kind

    @staticmethod
    def _live_pupil(s: Session, pupil_id, checker: Checker) -> Pupil | None:
        p = s.get(Pupil, pupil_id)
        if p is None or p.deleted_at is not None:
            checker.add("pupil_id", "pupils.missing")
            return None
        return p

    def get(self, referral_id: uuid.UUID) -> ReferralRead:
        self.ctx.require(REFERRALS_READ)
        today = self.ctx.today()
        with self.db.session() as s:
            r = get_live(s, Referral, referral_id)
            pupil = s.get(Pupil, r.pupil_id)
            if pupil is None or pupil.deleted_at is not None:
                raise NotFound(f"Referral {referral_id}: its pupil is gone")
            org = s.get(Organisation, r.organisation_id)
            amendments = s.exec(
                select(ReferralAmendment)
                .where(ReferralAmendment.referral_id == r.id,
                       ReferralAmendment.deleted_at.is_(None))
                .order_by(ReferralAmendment.on_date, ReferralAmendment.created_at)).all()
            return ReferralRead(
                id=r.id, pupil=pupil_ref(pupil), organisation=organisation_read(org, 0),
                case_id=r.case_id, language=r.language, urgency=r.urgency, reason=r.reason,
                summary=r.summary, measures=r.measures, consent_by=r.consent_by,
                consent_date=r.consent_date, consent_how=r.consent_how,
                no_consent_reason=r.no_consent_reason, status=r.status,
                school_year=r.school_year, number=r.number, created_on=_local_date(r.created_at),
                sent_on=r.sent_on, acknowledged_on=r.acknowledged_on, feedback_on=r.feedback_on,
                closed_on=r.closed_on, feedback=r.feedback,
                amendments=tuple(AmendmentRead(a.id, a.on_date, a.text, a.number)
                                 for a in amendments),
                waiting=is_waiting(r.status, r.sent_on, today),
            )

    # --- sending and the steps after it ------------------------------------------------------

    def send(self, referral_id: uuid.UUID, on_date: date) -> ReferralRead:
        """Number the referral in the school year of `on_date`, store its letter as sent,
        and freeze it. The draft must be complete (the same checks as saving)."""
        self.ctx.require(REFERRALS_WRITE)
        with self.db.session() as s:
            row = get_live(s, Referral, referral_id)
            if row.status != DRAFT:
                raise _refuse("status", "referral.frozen", date=row.sent_on, number=row.number)
            data = _input_of(row)
            checker = Checker()
            kind = self._organisation_kind(s, row.organisation_id, checker)
            checker.errors[:0] = check_referral(data, kind, self.ctx.today()).errors
            checker.errors += check_sending(on_date, row.consent_date, self.ctx.today()).errors
            self._live_pupil(s, row.pupil_id, checker)
            checker.raise_if_any()
            year = school_year(on_date)
            # The next number of the year, taken and stored in one statement.
            s.connection().execute(update(Referral.__table__)
                                   .where(Referral.__table__.c.id == row.id)
                                   .values(number_seq=_next_number(year), school_year=year))
            s.refresh(row)
            school = _school(s)
            row.number = format_number(school.referral_number_pattern if school else "",
                                       row.number_seq, year)
            row.letter = self._build(s, row, row.language, school, number=row.number,
                                     letter_date=on_date).to_json()
            row.status, row.sent_on = SENT, on_date
            stamp(row, self.ctx)
            s.add(row)
        return self.get(referral_id)

    def advance(self, referral_id: uuid.UUID, status: str, on_date: date,
                feedback: str | None = None) -> ReferralRead:
        """One step forward (sent → acknowledged → feedback received → closed) on `on_date`;
        the feedback is what the organisation answered (required for FEEDBACK)."""
        if status == SENT:
            return self.send(referral_id, on_date)
        self.ctx.require(REFERRALS_WRITE)
        with self.db.session() as s:
            row = get_live(s, Referral, referral_id)
            last = status_date(row.status, row.sent_on, row.acknowledged_on, row.feedback_on,
                               row.closed_on)
            check_step(row.status, last, status, on_date, feedback,
                       self.ctx.today()).raise_if_any()
            setattr(row, _DATE_OF[status], on_date)
            if status == FEEDBACK:
                row.feedback = clean(feedback)
            row.status = status
            stamp(row, self.ctx)
            s.add(row)
        return self.get(referral_id)

    def add_amendment(self, referral_id: uuid.UUID, on_date: date | None,
                      text: str) -> ReferralRead:
        """A change after sending, with its own date; the letter as sent stays as it was."""
        self.ctx.require(REFERRALS_WRITE)
        data = AmendmentInput(on_date, text)
        with self.db.session() as s:
            row = get_live(s, Referral, referral_id)
            if row.status == DRAFT:
                raise _refuse("amendments", "referral.amend_draft")
            check_amendment(data, row.sent_on, self.ctx.today()).raise_if_any()
            amendment = ReferralAmendment(referral_id=row.id, on_date=data.on_date,
                                          text=clean(data.text))
            stamp(amendment, self.ctx)
            s.add(amendment)
            s.flush()
            # It goes out as a letter of its own: the next outgoing number of its year.
            year = school_year(data.on_date)
            table = ReferralAmendment.__table__
            s.connection().execute(update(table).where(table.c.id == amendment.id)
                                   .values(number_seq=_next_number(year), school_year=year))
            s.refresh(amendment)
            school = _school(s)
            amendment.number = format_number(school.referral_number_pattern if school else "",
                                             amendment.number_seq, year)
            s.add(amendment)
        return self.get(referral_id)

    # --- the letter --------------------------------------------------------------------------

    def letter(self, referral_id: uuid.UUID, language: str | None = None,
               amended: bool = False) -> ReferralLetter:
        """A draft: built now, in `language` (default: the referral's), without number or
        date. Sent: the letter as sent; `amended` lists the amendments at its end; another
        language raises ValidationError "referral.letter_language"."""
        self.ctx.require(REFERRALS_READ)
        with self.db.session() as s:
            row = get_live(s, Referral, referral_id)
            if row.status == DRAFT:
                return self._build(s, row, language or row.language, _school(s))
            if language and language != row.language:
                raise _refuse("language", "referral.letter_language", language=row.language)
            if row.letter:
                stored = ReferralLetter.from_json(row.letter)
            else:  # sent before letters were stored: the best that can be done now
                stored = self._build(s, row, row.language, _school(s), number=row.number,
                                     letter_date=row.sent_on)
            if amended:
                rows = s.exec(select(ReferralAmendment.on_date, ReferralAmendment.text,
                                     ReferralAmendment.number)
                              .where(ReferralAmendment.referral_id == row.id,
                                     ReferralAmendment.deleted_at.is_(None))
                              .order_by(ReferralAmendment.on_date,
                                        ReferralAmendment.created_at)).all()
                stored = replace(stored, amendments=tuple((d, t) for d, t, _n in rows))
                if rows and rows[-1].number:
                    # The amended letter is a letter of its own: the latest amendment's
                    # number and date, referring to the letter it amends.
                    stored = replace(stored, number=rows[-1].number,
                                     letter_date=rows[-1].on_date,
                                     amends_number=stored.number,
                                     amends_date=stored.letter_date)
            return stored

    @staticmethod
    def _build(s: Session, row: Referral, language: str, school, number: str = "",
               letter_date: date | None = None) -> ReferralLetter:
        org = s.get(Organisation, row.organisation_id)
        pupil = s.get(Pupil, row.pupil_id)
        guardians = s.exec(select(Guardian).where(Guardian.pupil_id == pupil.id,
                                                  Guardian.deleted_at.is_(None))
                           .order_by(Guardian.created_at, Guardian.id)).all()
        return build_letter(
            language, school=school, organisation_kk=org.name_kk, organisation_ru=org.name_ru,
            organisation_head=org.head, organisation_address=org.address,
            organisation_kind=org.kind, organisation_head_kk=org.head_kk,
            organisation_address_kk=org.address_kk, addressee_kk=org.addressee_kk,
            addressee_ru=org.addressee_ru,
            pupil_name=full_name(pupil.surname, pupil.given_name, pupil.patronymic),
            birth_date=pupil.birth_date, class_name=pupil.class_name,
            pupil_address=pupil.address,
            guardians=tuple(LetterGuardian(g.name, g.relation, g.phone) for g in guardians),
            data=_input_of(row), number=number, letter_date=letter_date)

    def consent_form(self, pupil_id: uuid.UUID, language: str | None = None) -> ConsentFormData:
        """The parental consent form filled in for a pupil: in their language of study when
        it is Kazakh or Russian, else Russian; the first guardian as the parent."""
        self.ctx.require(PUPILS_READ)
        with self.db.session() as s:
            p = get_live(s, Pupil, pupil_id)
            guardian = s.exec(select(Guardian.name).where(Guardian.pupil_id == p.id,
                                                          Guardian.deleted_at.is_(None))
                              .order_by(Guardian.created_at, Guardian.id)).first()
            return consent_form_data(
                _school(s), language or letter_language(p.study_language),
                full_name(p.surname, p.given_name, p.patronymic), p.class_name, p.birth_date,
                guardian or "")

    # --- the summary drafted from records ----------------------------------------------------

    def draft_summary(self, pupil_id: uuid.UUID, observation_ids=(), session_ids=(),
                      language: str = "ru") -> str:
        """compose_summary's text."""
        return self.compose_summary(pupil_id, observation_ids, session_ids, language).text

    def compose_summary(self, pupil_id: uuid.UUID, observation_ids=(), session_ids=(),
                        language: str = "ru") -> Replaced:
        """The case in a few lines from the chosen incidents and sessions of the pupil, in
        the letter's language: dates, forms, the pupil's role, severity and what happened;
        the sessions' kind, reason and outcome. Never the sessions' notes. Other pupils'
        names in what was written are replaced by «another pupil» (models/other_pupils.py);
        `names` says which, for the user to see before keeping it."""
        self.ctx.require(PUPILS_READ)
        observation_ids, session_ids = list(observation_ids), list(session_ids)
        if observation_ids:
            self.ctx.require(OBSERVATIONS_READ)
        if session_ids:
            self.ctx.require(SESSIONS_READ)
        incidents, sessions = [], []
        with self.db.session() as s:
            if observation_ids:
                rows = s.exec(
                    select(Observation.id, Observation.occurred_at, Observation.severity,
                           Observation.description, ObservationPupil.role)
                    .join(ObservationPupil, ObservationPupil.observation_id == Observation.id)
                    .where(Observation.id.in_(observation_ids),
                           ObservationPupil.pupil_id == pupil_id,
                           Observation.deleted_at.is_(None))).all()
                forms: dict[uuid.UUID, list[str]] = {}
                for oid, form in s.exec(select(ObservationForm.observation_id, ObservationForm.form)
                                        .where(ObservationForm.observation_id.in_(observation_ids))):
                    forms.setdefault(oid, []).append(form)
                order = {f: i for i, f in enumerate(
                    ("physical", "verbal", "social", "cyber", "sexual", "property", "extortion",
                     "threats"))}
                incidents = [SummaryIncident(r.occurred_at.date(),
                                             tuple(sorted(forms.get(r.id, []),
                                                          key=lambda f: order.get(f, 99))),
                                             r.role, r.severity, r.description) for r in rows]
            if session_ids:
                # Reason and outcome only: the notes column is not even selected.
                rows = s.exec(
                    select(CounsellingSession.starts_at, CounsellingSession.kind,
                           CounsellingSession.reason, CounsellingSession.outcome)
                    .join(SessionPupil, SessionPupil.session_id == CounsellingSession.id)
                    .where(CounsellingSession.id.in_(session_ids),
                           SessionPupil.pupil_id == pupil_id,
                           CounsellingSession.deleted_at.is_(None))).all()
                sessions = [SummarySession(r.starts_at.date(), r.kind, r.reason, r.outcome)
                            for r in rows]
            names = s.exec(select(Pupil.id, Pupil.surname, Pupil.given_name,
                                  Pupil.patronymic)).all()
        own = next(((n.surname, n.given_name, n.patronymic) for n in names
                    if n.id == pupil_id), ("", "", ""))
        others = [(n.surname, n.given_name, n.patronymic) for n in names if n.id != pupil_id]
        return replace_other_pupils(draft_summary_text(language, incidents, sessions), others,
                                    own, language)

    # --- the list ----------------------------------------------------------------------------

    def _filtered(self, f: ListFilter, stmt):
        stmt = (stmt.join(Pupil, Pupil.id == Referral.pupil_id)
                .where(Referral.deleted_at.is_(None), Pupil.deleted_at.is_(None)))
        if f.kind == OPEN:
            stmt = stmt.where(Referral.status != CLOSED)
        elif f.kind == WAITING:
            stmt = stmt.where(_waiting(self.ctx.today()))
        elif f.kind == DRAFTS:
            stmt = stmt.where(Referral.status == DRAFT)
        elif f.kind == SCOPE_CLOSED:
            stmt = stmt.where(Referral.status == CLOSED)
        if f.status:
            stmt = stmt.where(Referral.status == f.status)
        if f.grade:
            stmt = stmt.where(*pupil_matches(ListFilter(grade=f.grade)))
        words = name_matches(f.text)
        if words:
            stmt = stmt.where(or_(and_(*words),
                                  col(Referral.number).contains(f.text.strip(), autoescape=True)))
        return stmt

    def count(self, f: ListFilter = ListFilter()) -> int:
        require_count(self.ctx, f, REFERRALS_READ)
        with self.db.session() as s:
            return s.exec(self._filtered(f, select(func.count(Referral.id)))).one()

    def waiting_count(self) -> int:
        """Referrals sent 30 days ago or more with no feedback yet."""
        return self.count(ListFilter(kind=WAITING))

    def page(self, f: ListFilter, offset: int, limit: int) -> list[ReferralRow]:
        """Drafts first, then the newest sent; the waiting scope shows the longest waiting
        first."""
        self.ctx.require(REFERRALS_READ)
        today = self.ctx.today()
        if f.kind == WAITING:
            order = (Referral.sent_on, Referral.number_seq, Referral.id)
        else:
            order = (Referral.sent_on.is_(None).desc(), Referral.sent_on.desc(),
                     Referral.number_seq.desc(), Referral.created_at.desc(), Referral.id)
        order = ordered(f, {
            "number": (Referral.sent_on.is_not(None), Referral.school_year, Referral.number_seq),
            "date": (func.coalesce(Referral.sent_on, func.date(Referral.created_at)),),
            "pupil": (Pupil.search_key,),
            "organisation_kk": (Organisation.name_kk,),
            "organisation_ru": (Organisation.name_ru,),
            "status": (Referral.status,),
        }, order, Referral.id)
        with self.db.session() as s:
            rows = s.exec(self._filtered(f, select(
                Referral.id, Referral.number, Referral.created_at, Referral.sent_on,
                Referral.acknowledged_on, Referral.feedback_on, Referral.closed_on,
                Referral.status, Referral.urgency, Pupil.surname, Pupil.given_name,
                Pupil.patronymic, Pupil.class_name, Organisation.name_kk, Organisation.name_ru,
                Organisation.kind,
            ).join(Organisation, Organisation.id == Referral.organisation_id))
                .order_by(*order).offset(offset).limit(limit)).all()
        return [ReferralRow(
            id=r.id, number=r.number, created_on=_local_date(r.created_at), sent_on=r.sent_on,
            pupil_name=full_name(r.surname, r.given_name, r.patronymic),
            class_name=r.class_name, organisation_kk=r.name_kk, organisation_ru=r.name_ru,
            organisation_kind=r.kind, status=r.status,
            status_on=status_date(r.status, r.sent_on, r.acknowledged_on, r.feedback_on,
                                  r.closed_on),
            waiting=is_waiting(r.status, r.sent_on, today), urgent=r.urgency == "urgent",
        ) for r in rows]

    def waiting(self, limit: int = 50) -> list[ReferralRow]:
        """The dashboard's list: waiting for feedback, the longest first."""
        return self.page(ListFilter(kind=WAITING), 0, limit)


def _next_number(year: str):
    """The next outgoing number of the school year `year`, as a scalar subquery: referrals
    and amendments share one sequence (each amendment goes out as a letter)."""
    taken = union_all(
        select(Referral.number_seq.label("seq")).where(Referral.school_year == year),
        select(ReferralAmendment.number_seq.label("seq"))
        .where(ReferralAmendment.school_year == year)).subquery("taken")
    return select(func.coalesce(func.max(taken.c.seq), 0) + 1).scalar_subquery()


def _waiting(today: date):
    return and_(Referral.status.in_((SENT, ACKNOWLEDGED)),
                Referral.sent_on <= waiting_since(today))


def _school(s: Session):
    return s.exec(select(School).where(School.deleted_at.is_(None))).first()


def _input_of(row: Referral) -> ReferralInput:
    return ReferralInput(
        pupil_id=row.pupil_id, organisation_id=row.organisation_id, language=row.language,
        urgency=row.urgency, reason=row.reason, summary=row.summary, measures=row.measures,
        consent_by=row.consent_by, consent_date=row.consent_date,
        consent_how=row.consent_how or None, no_consent_reason=row.no_consent_reason,
        case_id=row.case_id)


def chronology_when(sent_on: date | None, created_at: datetime) -> datetime:
    """Where a referral sits in a pupil's chronology: at the end of the day it was sent (a
    draft: the day it was written)."""
    return datetime.combine(sent_on or _local_date(created_at), time(23, 59))


__all__ = ["ReferralService", "chronology_when"]
