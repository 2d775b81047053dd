"""The school's prevention council (rules in desktop/models/council.py): members, meetings
numbered per school year, the agenda, a decision per item, the minutes' data, and the
agenda proposals from early warnings.

A decision is applied in its own transaction, with what it does: START opens the pupil's
accompaniment (services/accompaniment.py), END closes it with its outcome, CHANGE_PLAN
links the item to it, REFER writes a referral draft (reason and summary from the item) for
the referrals page to complete and send. Refused beside the field, with nothing saved: a
START for a pupil already accompanied (the message offers «Change the plan»), a
CHANGE_PLAN or END with none open, an END without an outcome, a decision at a meeting not
yet held or with no one present.

Proposals: a pupil with warnings of two or more rules, or a repeated target (Order No. 506:
"two or more times"), who is not accompanied and not already on an undecided agenda item,
is proposed with the rules as reasons. The secretary accepts one (an agenda item of the
next meeting) or dismisses it with a reason; either is recorded (CouncilProposal, audited)
and holds until new warnings raise the pupil again, as a dismissed warning does.
"""

import hashlib
import uuid

from sqlalchemy import func
from sqlmodel import Session, select

from ..db import Database
from ..documents.wording import date_text
from ..models import (
    Accompaniment, AccompanimentGround, CouncilAttendance, CouncilItem, CouncilMeeting,
    CouncilMember, CouncilProposal, Guardian, Organisation, Pupil, Referral, School,
)
from ..models.accompaniment import split_codes
from ..models.council import (
    HEARD_MAX, NEEDS_OPEN, REASON_MAX as PROPOSAL_REASON_MAX, Decision, DecisionInput,
    ItemRead, MeetingInput, MeetingRead, MeetingRow, MemberInput, MemberRead,
    Proposal, ProposalDecision, check_decision, check_dismissal, check_meeting, check_member,
)
from ..models.council_documents import (
    MinutesData, MinutesItem, NoticeData, Person, PlanData, PlanMeasure, PlanReview,
)
from ..models.referral_record import REASON_MAX, letter_language
from ..models.school_year import school_year
from ..models.text import full_name
from ..models.validation import FieldError, ValidationError, clean
from ..models.warnings import Rule
from . import accompaniment as acc
from .common import get_live, soft_delete, stamp
from .context import ATTENTION_READ, COUNCIL_READ, COUNCIL_WRITE, REFERRALS_WRITE, Context
from .errors import NotFound


def _refuse(field_name: str, code: str, **params) -> ValidationError:
    return ValidationError([FieldError(field_name, code, params)])


def _member(row: CouncilMember | None) -> MemberRead | None:
    return None if row is None else MemberRead(row.id, row.name, row.position, row.active)


def proposal_subject(warnings) -> str:
    """The warnings behind a proposal, as a short stable key: new ones give another."""
    key = "|".join(sorted(f"{w.rule}:{w.subject}" for w in warnings))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class CouncilService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- members --------------------------------------------------------------------------

    def members(self, include_inactive: bool = False) -> list[MemberRead]:
        self.ctx.require(COUNCIL_READ)
        with self.db.session() as s:
            stmt = select(CouncilMember).where(CouncilMember.deleted_at.is_(None))
            if not include_inactive:
                stmt = stmt.where(CouncilMember.active.is_(True))
            return [_member(r) for r in s.exec(stmt.order_by(CouncilMember.name)).all()]

    def save_member(self, member_id: uuid.UUID | None, data: MemberInput) -> MemberRead:
        self.ctx.require(COUNCIL_WRITE)
        check_member(data).raise_if_any()
        with self.db.session() as s:
            row = get_live(s, CouncilMember, member_id) if member_id else CouncilMember()
            row.name, row.position = clean(data.name), clean(data.position)
            row.active = bool(data.active)
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            return _member(row)

    # --- meetings -------------------------------------------------------------------------

    def create_meeting(self, data: MeetingInput) -> MeetingRead:
        self.ctx.require(COUNCIL_WRITE)
        return self._save(None, data)

    def update_meeting(self, meeting_id: uuid.UUID, data: MeetingInput) -> MeetingRead:
        self.ctx.require(COUNCIL_WRITE)
        return self._save(meeting_id, data)

    def delete_meeting(self, meeting_id: uuid.UUID) -> None:
        """Soft delete of a meeting none of whose items has been decided."""
        self.ctx.require(COUNCIL_WRITE)
        with self.db.session() as s:
            row = get_live(s, CouncilMeeting, meeting_id)
            items = self._items(s, meeting_id)
            if any(i.decision for i in items):
                raise _refuse("items", "council.delete_decided")
            for r in [*items, *self._attendance(s, meeting_id), row]:
                soft_delete(r, self.ctx)
                s.add(r)

    def get_meeting(self, meeting_id: uuid.UUID) -> MeetingRead:
        self.ctx.require(COUNCIL_READ)
        with self.db.session() as s:
            return self._read(s, get_live(s, CouncilMeeting, meeting_id))

    def _read(self, s: Session, row: CouncilMeeting) -> MeetingRead:
        present = sorted((_member(m) for m in s.exec(
            select(CouncilMember).join(CouncilAttendance,
                                       CouncilAttendance.member_id == CouncilMember.id)
            .where(CouncilAttendance.meeting_id == row.id,
                   CouncilAttendance.deleted_at.is_(None))).all()), key=lambda m: m.name)
        pupils = {p.id: p for p in s.exec(select(Pupil).where(Pupil.id.in_(
            [i.pupil_id for i in self._items(s, row.id) if i.pupil_id]))).all()}
        items = []
        for i in self._items(s, row.id):
            p = pupils.get(i.pupil_id)
            if i.pupil_id and (p is None or p.deleted_at is not None):
                continue  # a deleted pupil's items go with them
            items.append(ItemRead(
                i.id, i.position, i.pupil_id,
                full_name(p.surname, p.given_name, p.patronymic) if p else "",
                p.class_name if p else "", i.title, i.heard, i.decision, i.decided,
                i.accompaniment_id, i.referral_id))
        return MeetingRead(
            id=row.id, held_on=row.held_on, school_year=row.school_year, number=row.number,
            chair=_member(s.get(CouncilMember, row.chair_id)) if row.chair_id else None,
            secretary=_member(s.get(CouncilMember, row.secretary_id)) if row.secretary_id else None,
            present=tuple(present), items=tuple(items))

    @staticmethod
    def _items(s: Session, meeting_id: uuid.UUID) -> list[CouncilItem]:
        return list(s.exec(select(CouncilItem).where(CouncilItem.meeting_id == meeting_id,
                                                     CouncilItem.deleted_at.is_(None))
                           .order_by(CouncilItem.position, CouncilItem.created_at)).all())

    @staticmethod
    def _attendance(s: Session, meeting_id: uuid.UUID) -> list[CouncilAttendance]:
        return list(s.exec(select(CouncilAttendance).where(
            CouncilAttendance.meeting_id == meeting_id,
            CouncilAttendance.deleted_at.is_(None))).all())

    def _save(self, meeting_id: uuid.UUID | None, data: MeetingInput) -> MeetingRead:
        checker = check_meeting(data, self.ctx.today())
        with self.db.session() as s:
            row = get_live(s, CouncilMeeting, meeting_id) if meeting_id else None
            members = set(s.exec(select(CouncilMember.id).where(
                CouncilMember.deleted_at.is_(None))).all())
            if any(m not in members for m in data.present):
                checker.add("present", "council.member_missing")
            for name in ("chair_id", "secretary_id"):
                if getattr(data, name) is not None and getattr(data, name) not in members:
                    checker.add(name, "council.member_missing")
            wanted = [i.pupil_id for i in data.items if i.pupil_id]
            living = set(s.exec(select(Pupil.id).where(Pupil.id.in_(wanted),
                                                       Pupil.deleted_at.is_(None))).all())
            if any(p not in living for p in wanted):
                checker.add("items", "pupils.missing")
            items = {i.id: i for i in self._items(s, meeting_id)} if row else {}
            kept = {i.id for i in data.items if i.id is not None}
            for old in items.values():
                new = next((i for i in data.items if i.id == old.id), None)
                if old.decision and (new is None or new.pupil_id != old.pupil_id):
                    checker.add("items", "council.decided_item_kept")
                    break
            if row is not None and data.held_on != row.held_on and any(
                    i.decision in (Decision.START.value, Decision.END.value)
                    for i in items.values()):
                checker.add("held_on", "council.date_fixed_by_decisions", date=row.held_on)
            if row is not None and data.held_on and data.held_on > self.ctx.today() and any(
                    i.decision for i in items.values()):
                checker.add("held_on", "council.decided_in_future")
            checker.raise_if_any()

            year = school_year(data.held_on)
            if row is None or row.school_year != year:
                row = row or CouncilMeeting()
                row.school_year = year
                row.number = (s.exec(select(func.max(CouncilMeeting.number)).where(
                    CouncilMeeting.school_year == year,
                    CouncilMeeting.deleted_at.is_(None))).one() or 0) + 1
            row.held_on = data.held_on
            row.chair_id, row.secretary_id = data.chair_id, data.secretary_id
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            for old in items.values():
                if old.id not in kept:
                    soft_delete(old, self.ctx)
                    s.add(old)
            for position, item in enumerate(data.items, start=1):
                old = items.get(item.id) if item.id else None
                target = old or CouncilItem(meeting_id=row.id)
                values = (position, item.pupil_id, clean(item.title), clean(item.heard))
                if old is None or (old.position, old.pupil_id, old.title, old.heard) != values:
                    target.position, target.pupil_id, target.title, target.heard = values
                    stamp(target, self.ctx)
                    s.add(target)
            present = {a.member_id: a for a in self._attendance(s, row.id)}
            for member_id, a in present.items():
                if member_id not in data.present:
                    soft_delete(a, self.ctx)
                    s.add(a)
            for member_id in data.present:
                if member_id not in present:
                    a = CouncilAttendance(meeting_id=row.id, member_id=member_id)
                    stamp(a, self.ctx)
                    s.add(a)
            s.flush()
            return self._read(s, row)

    def meetings(self, year: str | None = None) -> list[MeetingRow]:
        """Meetings of a school year (all when None), the latest first."""
        self.ctx.require(COUNCIL_READ)
        with self.db.session() as s:
            stmt = select(CouncilMeeting).where(CouncilMeeting.deleted_at.is_(None))
            if year:
                stmt = stmt.where(CouncilMeeting.school_year == year)
            rows = s.exec(stmt.order_by(CouncilMeeting.held_on.desc(),
                                        CouncilMeeting.number.desc())).all()
            ids = [r.id for r in rows]
            present = dict(s.exec(select(CouncilAttendance.meeting_id,
                                         func.count(CouncilAttendance.id))
                                  .where(CouncilAttendance.meeting_id.in_(ids),
                                         CouncilAttendance.deleted_at.is_(None))
                                  .group_by(CouncilAttendance.meeting_id)).all()) if ids else {}
            counts: dict[uuid.UUID, list[int]] = {}
            for mid, decision in s.exec(select(CouncilItem.meeting_id, CouncilItem.decision)
                                        .where(CouncilItem.meeting_id.in_(ids),
                                               CouncilItem.deleted_at.is_(None))).all():
                n = counts.setdefault(mid, [0, 0])
                n[0] += 1
                n[1] += 0 if decision else 1
        return [MeetingRow(r.id, r.held_on, r.number, r.school_year, present.get(r.id, 0),
                           *counts.get(r.id, (0, 0))) for r in rows]

    def next_meeting(self) -> MeetingRow | None:
        """The earliest meeting dated today or later: where accepted proposals go."""
        today = self.ctx.today()
        coming = [m for m in self.meetings() if m.held_on >= today]
        return min(coming, key=lambda m: (m.held_on, m.number)) if coming else None

    # --- decisions ------------------------------------------------------------------------

    def decide(self, item_id: uuid.UUID, data: DecisionInput) -> MeetingRead:
        """Record the item's decision and do what it says (see the module's docstring)."""
        self.ctx.require(COUNCIL_WRITE)
        with self.db.session() as s:
            item = get_live(s, CouncilItem, item_id)
            meeting = get_live(s, CouncilMeeting, item.meeting_id)
            if item.decision:
                raise _refuse("decision", "council.already_decided")
            if meeting.held_on > self.ctx.today():
                raise _refuse("decision", "council.meeting_not_held", date=meeting.held_on)
            if not self._attendance(s, meeting.id):
                raise _refuse("present", "council.nobody_present")
            checker = check_decision(data, item.pupil_id is not None)
            checker.raise_if_any()
            current = acc.open_accompaniment(s, item.pupil_id) if item.pupil_id else None
            decision = data.decision
            if decision == Decision.START.value:
                if current is not None:
                    checker.add("decision", "accompaniment.already_open",
                                date=current.started_on)
                acc.check_grounds_known(s, data.grounds, checker)
            elif decision in NEEDS_OPEN and current is None:
                checker.add("decision", "accompaniment.none_open")
            elif decision == Decision.REFER.value:
                self.ctx.require(REFERRALS_WRITE)
                org = s.get(Organisation, data.organisation_id)
                if org is None or org.deleted_at is not None:
                    checker.add("organisation_id", "not_found")
            checker.raise_if_any()
            if decision == Decision.START.value:
                current = acc.start(s, self.ctx, item.pupil_id, meeting.held_on, data.grounds,
                                    data.responsible, data.review_days)
            elif decision == Decision.END.value:
                acc.end(s, self.ctx, current, meeting.held_on, data.outcome)
            elif decision == Decision.REFER.value:
                item.referral_id = self._referral_draft(s, item, data)
            if current is not None and decision in (Decision.START.value, *NEEDS_OPEN):
                item.accompaniment_id = current.id
            item.decision, item.decided = decision, clean(data.decided)
            stamp(item, self.ctx)
            s.add(item)
            s.flush()
            return self._read(s, meeting)

    def _referral_draft(self, s: Session, item: CouncilItem, data: DecisionInput) -> uuid.UUID:
        """A draft as the referral form would save it before its consent is known: the
        referrals page completes it (consent, summary) and sends it."""
        pupil = s.get(Pupil, item.pupil_id)
        reason = clean(data.decided) or clean(item.title) or clean(item.heard)
        row = Referral(pupil_id=item.pupil_id, organisation_id=data.organisation_id,
                       reason=reason[:REASON_MAX], summary=clean(item.heard),
                       language=letter_language(pupil.study_language), status="draft")
        stamp(row, self.ctx)
        s.add(row)
        s.flush()
        return row.id

    # --- proposals from early warnings ----------------------------------------------------

    def proposals(self, warnings=None) -> list[Proposal]:
        """Pupils to propose for the next meeting's agenda, gravest first. `warnings`: the
        attention service's list when the caller already has it."""
        from .attention import AttentionService  # lazy: early warning, only when asked

        self.ctx.require(COUNCIL_READ, ATTENTION_READ)
        if warnings is None:
            warnings = AttentionService(self.db, self.ctx).warnings()
        by_pupil: dict[uuid.UUID, list] = {}
        for w in warnings:
            by_pupil.setdefault(w.pupil_id, []).append(w)
        with self.db.session() as s:
            accompanied = set(s.exec(select(Accompaniment.pupil_id).where(
                Accompaniment.ended_on.is_(None), Accompaniment.deleted_at.is_(None))).all())
            on_agenda = set(s.exec(select(CouncilItem.pupil_id)
                                   .join(CouncilMeeting,
                                         CouncilMeeting.id == CouncilItem.meeting_id)
                                   .where(CouncilItem.decision == "",
                                          CouncilItem.pupil_id.is_not(None),
                                          CouncilItem.deleted_at.is_(None),
                                          CouncilMeeting.deleted_at.is_(None))).all())
            answered = set(s.exec(select(CouncilProposal.pupil_id, CouncilProposal.subject)
                                  .where(CouncilProposal.deleted_at.is_(None))).all())
        out = []
        for pupil_id, ws in by_pupil.items():
            rules = tuple(dict.fromkeys(w.rule for w in ws))
            if len(rules) < 2 and Rule.REPEATED_TARGET.value not in rules:
                continue
            if pupil_id in accompanied or pupil_id in on_agenda:
                continue
            subject = proposal_subject(ws)
            if (pupil_id, subject) in answered:
                continue
            out.append(Proposal(pupil_id, ws[0].pupil_name, ws[0].class_name, rules, subject,
                                tuple(ws)))
        return out

    def accept(self, proposal: Proposal, meeting_id: uuid.UUID, heard: str = "") -> MeetingRead:
        """Put the pupil on the agenda of a meeting not yet held; `heard` the reasons in
        words (the view writes them in the interface's language)."""
        self.ctx.require(COUNCIL_WRITE)
        with self.db.session() as s:
            meeting = get_live(s, CouncilMeeting, meeting_id)
            if meeting.held_on < self.ctx.today():
                raise _refuse("meeting_id", "council.meeting_past", date=meeting.held_on)
            if any(i.pupil_id == proposal.pupil_id for i in self._items(s, meeting.id)):
                raise _refuse("meeting_id", "council.pupil_on_agenda")
            last = max((i.position for i in self._items(s, meeting.id)), default=0)
            item = CouncilItem(meeting_id=meeting.id, position=last + 1,
                               pupil_id=proposal.pupil_id, heard=clean(heard)[:HEARD_MAX])
            stamp(item, self.ctx)
            s.add(item)
            self._answer(s, proposal, ProposalDecision.ACCEPTED.value, "", meeting.id)
            s.flush()
            return self._read(s, meeting)

    def dismiss(self, proposal: Proposal, reason: str) -> None:
        """Not for the council, and why: recorded, and the audit trail says who and when."""
        self.ctx.require(COUNCIL_WRITE)
        check_dismissal(reason).raise_if_any()
        with self.db.session() as s:
            self._answer(s, proposal, ProposalDecision.DISMISSED.value, clean(reason), None)

    def _answer(self, s: Session, p: Proposal, decision: str, reason: str, meeting_id) -> None:
        row = CouncilProposal(pupil_id=p.pupil_id, subject=p.subject, rules=",".join(p.rules),
                              decision=decision, reason=reason[:PROPOSAL_REASON_MAX],
                              meeting_id=meeting_id)
        stamp(row, self.ctx)
        s.add(row)

    # --- documents' data ------------------------------------------------------------------

    def minutes(self, meeting_id: uuid.UUID, language: str) -> MinutesData:
        """The minutes of a meeting held: refused while no one is marked present."""
        self.ctx.require(COUNCIL_READ)
        with self.db.session() as s:
            m = self._read(s, get_live(s, CouncilMeeting, meeting_id))
            if not m.present:
                raise _refuse("present", "council.nobody_present")
            names = _ground_names(s, language)
            items = []
            for i in m.items:
                extra = {}
                if i.accompaniment_id and i.decision in (Decision.START.value,
                                                         Decision.END.value):
                    a = s.get(Accompaniment, i.accompaniment_id)
                    if i.decision == Decision.START.value:
                        extra = {"grounds": tuple(names.get(c, c) for c in split_codes(a.grounds)),
                                 "responsible": a.responsible}
                    else:
                        extra = {"outcome": a.outcome}
                if i.referral_id:
                    ref = s.get(Referral, i.referral_id)
                    org = s.get(Organisation, ref.organisation_id) if ref else None
                    if org is not None:
                        extra = {"organisation": (org.name_kk if language == "kk" else "")
                                 or org.name_ru or org.name_kk}
                items.append(MinutesItem(i.subject, i.heard, i.decision, i.decided, **extra))
            return MinutesData(
                language=language, school_name=_school_name(s, language), number=m.number,
                school_year=m.school_year, held_on=m.held_on,
                chair=Person(m.chair.name, m.chair.position) if m.chair else None,
                secretary=Person(m.secretary.name, m.secretary.position) if m.secretary else None,
                present=tuple(Person(p.name, p.position) for p in m.present),
                items=tuple(items))

    def _paper(self, accompaniment_id: uuid.UUID, language: str | None):
        """What the plan and the notice start from: the accompaniment, its pupil's row, the
        paper's language (the pupil's language of study by default) and the grounds' names
        in it."""
        a = acc.AccompanimentService(self.db, self.ctx).get(accompaniment_id)
        with self.db.session() as s:
            pupil = s.get(Pupil, a.pupil.id)
            language = language or letter_language(pupil.study_language)
            return a, pupil, language, _ground_names(s, language)

    def plan(self, accompaniment_id: uuid.UUID, language: str | None = None) -> PlanData:
        """The pupil's individual prevention plan as printed: never a confidential note."""
        a, pupil, language, names = self._paper(accompaniment_id, language)
        with self.db.session() as s:
            return PlanData(
                language=language, school_name=_school_name(s, language),
                pupil_name=a.pupil.full_name, birth_date=pupil.birth_date,
                class_name=pupil.class_name, grounds=tuple(names.get(c, c) for c in a.grounds),
                started_on=a.started_on, decision=_decision_ref(a, language),
                responsible=a.responsible, parents_informed_on=a.parents_informed_on,
                parents_informed_how=a.parents_informed_how, review_days=a.review_days,
                measures=tuple(PlanMeasure(m.what, m.responsible, m.due_date, m.done_date)
                               for m in a.measures),
                reviews=tuple(PlanReview(r.on_date, r.progress, r.note) for r in a.reviews),
                ended_on=a.ended_on, outcome=a.outcome, made_by=_school_psychologist(s),
                made_on=self.ctx.today())

    def notice(self, accompaniment_id: uuid.UUID, language: str | None = None) -> NoticeData:
        """The notice to the parents that the council decided to accompany their child."""
        a, pupil, language, names = self._paper(accompaniment_id, language)
        with self.db.session() as s:
            school = s.exec(select(School).where(School.deleted_at.is_(None))).first()
            guardians = s.exec(select(Guardian.name).where(Guardian.pupil_id == pupil.id,
                                                           Guardian.deleted_at.is_(None))
                               .order_by(Guardian.created_at, Guardian.id)).all()
            return NoticeData(
                language=language, school_name=_school_name(s, language),
                school_address=((school.address_kk if language == "kk" else "")
                                or school.address) if school else "",
                director=((school.director_kk if language == "kk" else "")
                          or school.director) if school else "",
                psychologist=school.psychologist if school else "",
                pupil_name=a.pupil.full_name, class_name=pupil.class_name,
                guardians=tuple(guardians), started_on=a.started_on,
                decision=_decision_ref(a, language),
                grounds=tuple(names.get(c, c) for c in a.grounds), responsible=a.responsible,
                review_days=a.review_days, made_on=self.ctx.today())


def _ground_names(s: Session, language: str) -> dict[str, str]:
    return {g.code: (g.name_kk if language == "kk" else g.name_ru) or g.name_ru or g.code
            for g in s.exec(select(AccompanimentGround)).all()}


def _school_name(s: Session, language: str) -> str:
    school = s.exec(select(School).where(School.deleted_at.is_(None))).first()
    if school is None:
        return ""
    return (school.name_kk if language == "kk" else school.name_ru) or school.name_ru or \
        school.name_kk


def _school_psychologist(s: Session) -> str:
    school = s.exec(select(School).where(School.deleted_at.is_(None))).first()
    return school.psychologist if school else ""


def _decision_ref(a, language: str) -> str:
    """«протокол № 3 от 12.11.2026» of the decision that began the accompaniment."""
    first = next((st for st in a.steps if st.decision == Decision.START.value), None)
    if first is None:
        return ""
    when = date_text(first.held_on, language)
    if language == "kk":
        return f"{when} № {first.number} хаттама"
    return f"протокол № {first.number} от {when}"


__all__ = ["CouncilService", "NotFound", "proposal_subject"]
