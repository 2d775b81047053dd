"""What the council's printed documents say, as plain data in the document's own language
(Kazakh or Russian, chosen per document): the minutes of a meeting, a pupil's individual
prevention plan, and the notice to the parents. Built by the services, printed by
desktop/documents/council_papers.py. No Qt and no SQLAlchemy here.

None of them carries a confidential note: a review's confidential note stays in the
journal, the psychologist's.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Person:
    name: str
    position: str = ""


@dataclass(frozen=True)
class MinutesItem:
    subject: str  # «Әлібеков Нұрғали, 7Ә» or another item's title
    heard: str
    decision: str  # a Decision code; "" not decided
    decided: str
    # What the decision carried, already in the document's language.
    grounds: tuple[str, ...] = ()
    responsible: str = ""
    outcome: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class MinutesData:
    language: str
    school_name: str
    number: int
    school_year: str
    held_on: date
    chair: Person | None
    secretary: Person | None
    present: tuple[Person, ...]
    items: tuple[MinutesItem, ...]


@dataclass(frozen=True)
class PlanMeasure:
    what: str
    responsible: str
    due_date: date
    done_date: date | None


@dataclass(frozen=True)
class PlanReview:
    on_date: date
    progress: str  # a Progress code
    note: str


@dataclass(frozen=True)
class PlanData:
    language: str
    school_name: str
    pupil_name: str
    birth_date: date
    class_name: str
    grounds: tuple[str, ...]  # in the document's language
    started_on: date
    decision: str  # «протокол № 3 от 12.11.2026», in the document's language
    responsible: str
    parents_informed_on: date | None
    parents_informed_how: str  # an InformedHow code or ""
    review_days: int
    measures: tuple[PlanMeasure, ...]
    reviews: tuple[PlanReview, ...]
    ended_on: date | None
    outcome: str
    made_by: str
    made_on: date


@dataclass(frozen=True)
class NoticeData:
    language: str
    school_name: str
    school_address: str
    director: str
    psychologist: str
    pupil_name: str
    class_name: str
    guardians: tuple[str, ...]
    started_on: date
    decision: str  # as in PlanData
    grounds: tuple[str, ...]
    responsible: str
    review_days: int
    made_on: date
