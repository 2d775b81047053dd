"""Concerns (обращения): inputs, read shapes and the list's rows.

A concern has two clocks, counted in working days from the day it was received (settings:
Early warning): acknowledge it (any response does) and answer it in writing (only a
written answer does). The deadlines are fixed when the concern is saved; `*_days_left`
are the clocks on the day they are read: working days left, 0 on the due day, negative
once late (minus the calendar days late), None when the clock has stopped.

Pupils are optional: an anonymous letter may be about a class without names. The summary
then has to say whom it is about (rules.check_concern asks for a longer summary), and the
concern appears in no pupil's chronology and is never linked as a repeat.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from .pupil import PupilRef
from .working_days import days_left

# ConcernRead.flags
REPEATED = "repeated"  # an earlier concern about one of its pupils was open when it came
ACK_OVERDUE = "ack_overdue"
ANSWER_OVERDUE = "answer_overdue"


# --- inputs (all optional: see models/pupil.py) ---------------------------------------


@dataclass
class ConcernInput:
    received_at: datetime | None = None
    source: str | None = None
    channel: str | None = None
    from_name: str = ""  # ignored when the source is anonymous
    contact: str = ""
    pupil_ids: list[uuid.UUID] = field(default_factory=list)
    summary: str = ""


@dataclass
class ResponseInput:
    kind: str | None = None
    on_date: date | None = None
    by: str = ""
    note: str = ""


# --- reads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResponseRead:
    id: uuid.UUID
    kind: str
    on_date: date
    by: str
    note: str

    def to_input(self) -> ResponseInput:
        return ResponseInput(kind=self.kind, on_date=self.on_date, by=self.by, note=self.note)


@dataclass(frozen=True)
class EarlierConcern:
    """The concern a new one repeats: still open (unanswered) when the new one came."""

    id: uuid.UUID
    received_at: datetime
    pupils: str  # the shared pupils' names, comma separated
    still_open: bool  # not answered yet today


@dataclass(frozen=True)
class Deadlines:
    ack_due: date
    answer_due: date
    ack_days_left: int
    answer_days_left: int
    # Years the deadlines run through whose holidays are not known (models/holidays.py):
    # their working days were counted on the expected days off, so a transferred day off
    # may be missing and the dates early.
    unknown_years: tuple[int, ...] = ()


@dataclass(frozen=True)
class ConcernRead:
    id: uuid.UUID
    received_at: datetime
    source: str
    channel: str
    from_name: str
    contact: str
    pupils: tuple[PupilRef, ...]
    summary: str
    responses: tuple[ResponseRead, ...]  # oldest first
    ack_due: date
    answer_due: date
    acknowledged_on: date | None
    answered_on: date | None
    ack_days_left: int | None  # None once acknowledged
    answer_days_left: int | None  # None once answered
    previous: EarlierConcern | None  # the open concern this one repeats (not deleted)
    case_id: uuid.UUID | None
    flags: frozenset[str] = frozenset()
    unknown_years: tuple[int, ...] = ()  # as Deadlines.unknown_years

    @property
    def previous_id(self) -> uuid.UUID | None:
        return self.previous.id if self.previous else None

    @property
    def overdue(self) -> bool:
        return ACK_OVERDUE in self.flags or ANSWER_OVERDUE in self.flags

    def to_input(self) -> ConcernInput:
        return ConcernInput(
            received_at=self.received_at, source=self.source, channel=self.channel,
            from_name=self.from_name, contact=self.contact,
            pupil_ids=[p.id for p in self.pupils], summary=self.summary,
        )


# --- the list and the dashboard ------------------------------------------------------------


@dataclass(frozen=True)
class ConcernRow:
    id: uuid.UUID
    received_at: datetime
    pupils: str  # names, comma separated
    source: str
    from_name: str
    channel: str
    summary: str
    ack_due: date
    answer_due: date
    acknowledged_on: date | None
    answered_on: date | None
    ack_days_left: int | None
    answer_days_left: int | None
    repeated: bool
    unknown_years: tuple[int, ...] = ()  # as Deadlines.unknown_years

    @property
    def ack_overdue(self) -> bool:
        return self.ack_days_left is not None and self.ack_days_left < 0

    @property
    def answer_overdue(self) -> bool:
        return self.answer_days_left is not None and self.answer_days_left < 0

    @property
    def overdue(self) -> bool:
        return self.ack_overdue or self.answer_overdue


def clock(today: date, due: date, stopped_on: date | None, calendar) -> int | None:
    """A deadline's clock (working_days.days_left on the calendar), or None once it has
    stopped."""
    return None if stopped_on is not None else days_left(today, due, calendar)


def concern_overdue(today: date, ack_due: date, acknowledged_on: date | None,
                    answer_due: date, answered_on: date | None) -> bool:
    """Not acknowledged, or not answered, by the end of its due day."""
    return ((acknowledged_on is None and ack_due < today)
            or (answered_on is None and answer_due < today))
