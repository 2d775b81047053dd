"""The school's prevention council (Law No. 245-VIII of 30.12.2025): its members, its
meetings with their agenda, and a decision on each item. No Qt and no SQLAlchemy here.

A meeting has a date, a number within its school year (assigned when it is first saved,
«3» of 2026-2027), a chair and a secretary among the members, those present, and an agenda:
items about a pupil, or other items (a report, a plan). Each item has what was heard and,
once the meeting has been held, a decision. On a pupil:
- START: individual pedagogical accompaniment begins (its grounds and the responsible
  member are given with the decision); refused if the pupil is already accompanied;
- CHANGE_PLAN: the open accompaniment's plan is changed (measures, reviews);
- END: the open accompaniment ends on the meeting's date, with its outcome;
- REFER: a referral draft to an organisation (support centre, ПМПК, КДН, the juvenile
  police inspector) is created for the referrals page to complete and send;
- NO_MEASURE: heard, nothing decided for now.
Other items take NO_MEASURE («heard and noted») with what was decided in words.

A decision is applied once: a decided item is not decided again (the next meeting decides
anew). Council text (heard, decided) is not confidential: it is what the minutes say.

The minutes: a meeting held (dated today or earlier) names at least one member present.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .accompaniment import check_review_days
from .rules import EARLIEST
from .validation import Checker, clean

NAME_MAX, POSITION_MAX, TITLE_MAX, HEARD_MAX, DECIDED_MAX = 150, 150, 300, 3000, 3000
OUTCOME_MAX, RESPONSIBLE_MAX, REASON_MAX = 3000, 150, 1000
ITEMS_MAX = 40


class Decision(str, Enum):
    START = "start"
    CHANGE_PLAN = "change_plan"
    END = "end"
    REFER = "refer"
    NO_MEASURE = "no_measure"


# Decisions that need a pupil on the item, and those that need an open accompaniment.
PUPIL_DECISIONS = (Decision.START.value, Decision.CHANGE_PLAN.value, Decision.END.value,
                   Decision.REFER.value)
NEEDS_OPEN = (Decision.CHANGE_PLAN.value, Decision.END.value)
# The organisations a council refers to (OrganisationKind codes).
REFER_KINDS = ("support_centre", "pmpk", "kdn", "juvenile_police")


class ProposalDecision(str, Enum):
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


# --- inputs -------------------------------------------------------------------------------


@dataclass
class MemberInput:
    name: str = ""
    position: str = ""  # «заместитель директора по воспитательной работе»
    active: bool = True


@dataclass
class ItemInput:
    """An agenda item: about a pupil, or another item with its title. `id` keeps an
    existing item (and its decision) when the meeting is saved again."""

    pupil_id: uuid.UUID | None = None
    title: str = ""
    heard: str = ""  # «Слушали»: what was reported
    id: uuid.UUID | None = None


@dataclass
class MeetingInput:
    held_on: date | None = None
    chair_id: uuid.UUID | None = None
    secretary_id: uuid.UUID | None = None
    present: list[uuid.UUID] = field(default_factory=list)
    items: list[ItemInput] = field(default_factory=list)


@dataclass
class DecisionInput:
    decision: str | None = None
    decided: str = ""  # «Постановили», in words
    # START: the accompaniment's grounds (AccompanimentGround codes), who is responsible,
    # and how often it is reviewed.
    grounds: list[str] = field(default_factory=list)
    responsible: str = ""
    review_days: int | None = None
    # END: the outcome.
    outcome: str = ""
    # REFER: where to.
    organisation_id: uuid.UUID | None = None


# --- reads --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRead:
    id: uuid.UUID
    name: str
    position: str
    active: bool

    def to_input(self) -> MemberInput:
        return MemberInput(self.name, self.position, self.active)


@dataclass(frozen=True)
class ItemRead:
    id: uuid.UUID
    position: int
    pupil_id: uuid.UUID | None
    pupil_name: str  # "" for other items
    class_name: str
    title: str
    heard: str
    decision: str  # a Decision code, "" while not decided
    decided: str
    accompaniment_id: uuid.UUID | None
    referral_id: uuid.UUID | None

    @property
    def subject(self) -> str:
        """What the item is about, as the agenda shows it."""
        if self.pupil_name:
            who = f"{self.pupil_name}, {self.class_name}" if self.class_name else self.pupil_name
            return f"{who}: {self.title}" if self.title else who
        return self.title


@dataclass(frozen=True)
class MeetingRead:
    id: uuid.UUID
    held_on: date
    school_year: str
    number: int
    chair: MemberRead | None
    secretary: MemberRead | None
    present: tuple[MemberRead, ...]
    items: tuple[ItemRead, ...]

    @property
    def held(self) -> bool:
        return bool(self.present)

    def to_input(self) -> MeetingInput:
        return MeetingInput(
            held_on=self.held_on,
            chair_id=self.chair.id if self.chair else None,
            secretary_id=self.secretary.id if self.secretary else None,
            present=[m.id for m in self.present],
            items=[ItemInput(i.pupil_id, i.title, i.heard, i.id) for i in self.items])


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    held_on: date
    number: int
    school_year: str
    present: int  # how many
    items: int
    undecided: int  # items without a decision


@dataclass(frozen=True)
class Proposal:
    """A pupil proposed for the next meeting's agenda, with the reasons (warning rules)."""

    pupil_id: uuid.UUID
    pupil_name: str
    class_name: str
    rules: tuple[str, ...]  # models.warnings.Rule codes, gravest first
    subject: str  # the warnings behind it: a decision holds until new ones come
    warnings: tuple = ()  # the models.warnings.Warning tuples themselves, for their words


# --- rules --------------------------------------------------------------------------------


def check_member(data: MemberInput) -> Checker:
    c = Checker()
    c.text("name", data.name, required=True, max_len=NAME_MAX)
    c.text("position", data.position, required=False, max_len=POSITION_MAX)
    return c


def check_meeting(data: MeetingInput, today: date) -> Checker:
    c = Checker()
    if c.present("held_on", data.held_on) and data.held_on < EARLIEST:
        c.add("held_on", "date.too_old")
    held = data.held_on is not None and data.held_on <= today
    if len(set(data.present)) != len(data.present):
        c.add("present", "council.member_twice")
    elif held and not data.present:
        c.add("present", "council.nobody_present")
    for name in ("chair_id", "secretary_id"):
        member = getattr(data, name)
        if member is not None and data.present and member not in data.present:
            c.add(name, "council.not_present")
    if data.chair_id is not None and data.chair_id == data.secretary_id:
        c.add("secretary_id", "council.chair_is_secretary")
    if len(data.items) > ITEMS_MAX:
        c.add("items", "council.too_many_items", max=ITEMS_MAX)
    pupils = [i.pupil_id for i in data.items if i.pupil_id is not None]
    if len(set(pupils)) != len(pupils):
        c.add("items", "pupils.duplicate")
    for item in data.items:
        if item.pupil_id is None and not clean(item.title):
            c.add("items", "council.item_title_required")
            break
    for item in data.items:
        if len(clean(item.title)) > TITLE_MAX or len(clean(item.heard)) > HEARD_MAX:
            c.add("items", "too_long", max=HEARD_MAX if len(clean(item.heard)) > HEARD_MAX
                  else TITLE_MAX)
            break
    return c


def check_decision(data: DecisionInput, has_pupil: bool) -> Checker:
    """What the decision needs by itself; the service adds what needs the journal (an
    accompaniment already open or none open, the meeting held, the organisation)."""
    c = Checker()
    c.choice("decision", data.decision, Decision)
    c.text("decided", data.decided, required=False, max_len=DECIDED_MAX)
    if c.has("decision"):
        return c
    if data.decision in PUPIL_DECISIONS and not has_pupil:
        c.add("decision", "council.decision_needs_pupil")
        return c
    if data.decision == Decision.START.value:
        if not data.grounds:
            c.add("grounds", "accompaniment.grounds_required")
        elif len(set(data.grounds)) != len(data.grounds):
            c.add("grounds", "accompaniment.ground_twice")
        c.text("responsible", data.responsible, required=True, max_len=RESPONSIBLE_MAX)
        check_review_days(c, data.review_days)
    elif data.decision == Decision.END.value:
        c.text("outcome", data.outcome, required=True, max_len=OUTCOME_MAX)
    elif data.decision == Decision.REFER.value:
        c.present("organisation_id", data.organisation_id)
    return c


def check_dismissal(reason: str) -> Checker:
    c = Checker()
    c.text("reason", reason, required=True, max_len=REASON_MAX)
    return c
