"""Individual pedagogical accompaniment (индивидуальное педагогическое сопровождение / жеке
педагогикалық сүйемелдеу, Law No. 245-VIII): inputs, reads, rules and counts. No Qt and no
SQLAlchemy here.

An accompaniment begins and ends by a decision of the prevention council (models/council.py).
It has its grounds (a list the school may change: the law's categories are shipped), the
responsible member of staff, when and how the parents were informed, an individual plan
(measures: follow-up actions with who is responsible and by when, so that they appear in
Follow-ups, the chronology and the dashboard), and reviews at a set period (by default
monthly). The ministry is still drafting the implementing rules: grounds and the review
period are data, not code.

Rules:
- grounds: at least one, each known and active when chosen;
- the parents informed: a date not before the start and not in the future, and how;
- a review: dated not before the start, not after the end, not in the future; progress;
- the review period: 7 to 180 days; the next review is due that many days after the last
  review (or the start); it is overdue the day after, while the accompaniment is open.
A review may carry a confidential note: sealed with the psychologist's notes key, as a
session's notes are; every other text here is not confidential.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from .journal import FollowUpRead
from .pupil import PupilRef
from .validation import Checker

REVIEW_DAYS_DEFAULT, REVIEW_DAYS_MIN, REVIEW_DAYS_MAX = 30, 7, 180
NOTE_MAX, RESPONSIBLE_MAX, CODE_MAX, GROUND_NAME_MAX = 3000, 150, 30, 200


class InformedHow(str, Enum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    LETTER = "letter"  # the printed notice, handed or sent
    MESSENGER = "messenger"


class Progress(str, Enum):
    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


# --- inputs -------------------------------------------------------------------------------


@dataclass
class GroundInput:
    code: str = ""
    name_ru: str = ""
    name_kk: str = ""
    active: bool = True


@dataclass
class AccompanimentInput:
    grounds: list[str] = field(default_factory=list)
    responsible: str = ""
    parents_informed_on: date | None = None
    parents_informed_how: str | None = None
    review_days: int | None = REVIEW_DAYS_DEFAULT


@dataclass
class ReviewInput:
    on_date: date | None = None
    progress: str | None = None
    note: str = ""
    # Sealed with the psychologist's notes key; a counsellor neither reads nor writes it.
    confidential_note: str = ""


# --- reads --------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroundRead:
    id: uuid.UUID
    code: str
    name_ru: str
    name_kk: str
    active: bool

    def name(self, language: str) -> str:
        return (self.name_kk if language == "kk" else self.name_ru) or self.name_ru or self.code


@dataclass(frozen=True)
class ReviewRead:
    id: uuid.UUID
    on_date: date
    progress: str
    note: str
    confidential_note: str  # "" for whoever cannot read it


@dataclass(frozen=True)
class CouncilStep:
    """A council decision about the accompaniment: its start, plan changes, its end."""

    meeting_id: uuid.UUID
    held_on: date
    number: int
    decision: str
    decided: str


@dataclass(frozen=True)
class AccompanimentRead:
    id: uuid.UUID
    pupil: PupilRef
    grounds: tuple[str, ...]  # codes
    started_on: date
    responsible: str
    parents_informed_on: date | None
    parents_informed_how: str
    review_days: int
    ended_on: date | None
    outcome: str
    steps: tuple[CouncilStep, ...]  # the start first
    reviews: tuple[ReviewRead, ...]  # oldest first
    measures: tuple[FollowUpRead, ...]  # earliest due first, done last
    next_review: date | None  # None once ended
    review_overdue: bool

    @property
    def open(self) -> bool:
        return self.ended_on is None

    def to_input(self) -> AccompanimentInput:
        return AccompanimentInput(list(self.grounds), self.responsible, self.parents_informed_on,
                                  self.parents_informed_how or None, self.review_days)


@dataclass(frozen=True)
class AccompanimentRow:
    id: uuid.UUID
    pupil_name: str
    class_name: str
    grounds: tuple[str, ...]
    started_on: date
    responsible: str
    next_review: date | None
    review_overdue: bool
    ended_on: date | None
    open_measures: int


# --- rules --------------------------------------------------------------------------------


def check_review_days(c: Checker, days) -> None:
    if c.present("review_days", days) and (
            isinstance(days, bool) or not isinstance(days, int)
            or not REVIEW_DAYS_MIN <= days <= REVIEW_DAYS_MAX):
        c.add("review_days", "out_of_range", min=REVIEW_DAYS_MIN, max=REVIEW_DAYS_MAX)


def check_ground(data: GroundInput) -> Checker:
    c = Checker()
    code = (data.code or "").strip()
    if not code:
        c.add("code", "required")
    elif len(code) > CODE_MAX or not all(ch.isascii() and (ch.isalnum() or ch == "_")
                                         for ch in code):
        c.add("code", "accompaniment.ground_code")
    c.text("name_ru", data.name_ru, required=True, max_len=GROUND_NAME_MAX)
    c.text("name_kk", data.name_kk, required=True, max_len=GROUND_NAME_MAX)
    return c


def check_accompaniment(data: AccompanimentInput, started_on: date, today: date) -> Checker:
    c = Checker()
    if not data.grounds:
        c.add("grounds", "accompaniment.grounds_required")
    elif len(set(data.grounds)) != len(data.grounds):
        c.add("grounds", "accompaniment.ground_twice")
    c.text("responsible", data.responsible, required=True, max_len=RESPONSIBLE_MAX)
    if data.parents_informed_on is not None:
        if data.parents_informed_on > today:
            c.add("parents_informed_on", "date.future")
        elif data.parents_informed_on < started_on:
            c.add("parents_informed_on", "accompaniment.before_start", date=started_on)
        c.choice("parents_informed_how", data.parents_informed_how, InformedHow)
    elif data.parents_informed_how:
        c.add("parents_informed_on", "required")
    check_review_days(c, data.review_days)
    return c


def check_review(data: ReviewInput, started_on: date, ended_on: date | None,
                 today: date) -> Checker:
    c = Checker()
    if c.present("on_date", data.on_date):
        if data.on_date > today:
            c.add("on_date", "date.future")
        elif data.on_date < started_on:
            c.add("on_date", "accompaniment.review_before_start", date=started_on)
        elif ended_on is not None and data.on_date > ended_on:
            c.add("on_date", "accompaniment.review_after_end", date=ended_on)
    c.choice("progress", data.progress, Progress)
    c.text("note", data.note, required=False, max_len=NOTE_MAX)
    c.text("confidential_note", data.confidential_note, required=False, max_len=NOTE_MAX)
    return c


def next_review(started_on: date, last_review: date | None, review_days: int) -> date:
    return (last_review or started_on) + timedelta(days=review_days)


def is_review_overdue(started_on: date, last_review: date | None, review_days: int,
                      ended_on: date | None, today: date) -> bool:
    return ended_on is None and next_review(started_on, last_review, review_days) < today


# --- counts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AccompanimentFact:
    """One accompaniment as the counts need it: no name."""

    grade: int
    grounds: tuple[str, ...]
    started_on: date
    ended_on: date | None
    review_dates: tuple[date, ...]
    review_days: int


@dataclass(frozen=True)
class AccompanimentCounts:
    accompanied: int  # at the end of the period
    started: int
    ended: int
    by_ground: dict[str, int]  # accompanied at the end, by ground (a pupil under each)
    by_grade: dict[int, int]  # accompanied at the end, by grade
    reviews_overdue: int  # at the end of the period (or today, if sooner)


def count_period(facts, start: date, end: date, today: date) -> AccompanimentCounts:
    """What the term summary and the export count for the period start..end."""
    at = min(end, today)
    accompanied = started = ended = overdue = 0
    by_ground: dict[str, int] = {}
    by_grade: dict[int, int] = {}
    for f in facts:
        if start <= f.started_on <= end:
            started += 1
        if f.ended_on is not None and start <= f.ended_on <= end:
            ended += 1
        if f.started_on > end or (f.ended_on is not None and f.ended_on <= end):
            continue
        accompanied += 1
        for g in f.grounds:
            by_ground[g] = by_ground.get(g, 0) + 1
        by_grade[f.grade] = by_grade.get(f.grade, 0) + 1
        last = max((d for d in f.review_dates if d <= at), default=None)
        if is_review_overdue(f.started_on, last, f.review_days, None, at):
            overdue += 1
    return AccompanimentCounts(accompanied, started, ended, by_ground, by_grade, overdue)


def split_codes(text: str) -> tuple[str, ...]:
    return tuple(c for c in (text or "").split(",") if c)


def join_codes(codes) -> str:
    return ",".join(codes)
