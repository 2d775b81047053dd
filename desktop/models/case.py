"""Bullying cases worked through the ДосболLIKE stages: inputs, read shapes and the stage rules.

A case groups the incidents, sessions, concerns and help-plan actions about one situation,
with the pupils in their roles, and moves complaint → analysis → help plan → monitoring →
closed. Every move is a stage entry with a date, a responsible person and a note.

The rules of a move (check_stage_move):
- forward one stage at a time: complaint → analysis → help plan → monitoring;
- closing is allowed from any open stage, always with an outcome: a complaint that the
  analysis did not confirm, or a pupil who left the school, ends the case there; the
  outcome says so. Closing sets the case's closed_on to the move's date;
- back to an earlier working stage (analysis, help plan or monitoring), never to the
  complaint, with a note saying why (a case under monitoring whose bullying started again
  returns to the help plan). Reopening a closed case is such a move back; it clears
  closed_on and keeps the last outcome so that closing again starts from it;
- a move's date is not before the latest entry's and not in the future;
- monitoring needs the date of its next review, not before the move's date; the review
  date stays with the case (the list raises it when it has passed).
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import CASE_STAGES, CaseStage, Role
from .journal import FollowUpRead, Participant, ParticipantRead
from .validation import Checker, clean

TITLE_MAX, RESPONSIBLE_MAX, NOTE_MAX, OUTCOME_MAX = 200, 150, 3000, 3000

# Kinds of record a case links (their tables carry case_id), as in the chronology.
OBSERVATION, SESSION, CONCERN = "observation", "session", "concern"
RECORD_KINDS = (OBSERVATION, SESSION, CONCERN)

_WORKING = (CaseStage.COMPLAINT.value, CaseStage.ANALYSIS.value, CaseStage.HELP_PLAN.value,
            CaseStage.MONITORING.value)
CLOSED = CaseStage.CLOSED.value
MONITORING = CaseStage.MONITORING.value
COMPLAINT = CaseStage.COMPLAINT.value


# --- inputs -------------------------------------------------------------------------------


@dataclass
class CaseInput:
    """The case itself. `responsible` and `note` are the complaint's stage entry: who took
    the complaint and what it says (the case opens at the complaint stage)."""

    title: str = ""
    opened_on: date | None = None
    participants: list[Participant] = field(default_factory=list)
    responsible: str = ""
    note: str = ""
    review_date: date | None = None


@dataclass
class StageInput:
    stage: str | None = None
    on_date: date | None = None
    responsible: str = ""
    note: str = ""
    review_date: date | None = None  # moving to monitoring: the next review


# --- reads --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageEntryRead:
    id: uuid.UUID
    stage: str
    on_date: date
    responsible: str
    note: str


@dataclass(frozen=True)
class CaseRecordRef:
    """A record linked to a case (or offered for linking), as a short line: never a
    session's confidential notes. `title` is a code the view translates (an observation's
    forms, a session's kind, a concern's source); `summary` the first line of what it says."""

    kind: str  # OBSERVATION, SESSION or CONCERN
    id: uuid.UUID
    when: datetime
    title: str
    summary: str
    pupils: str = ""  # names, comma separated


@dataclass(frozen=True)
class CaseRead:
    id: uuid.UUID
    title: str
    opened_on: date
    stage: str
    participants: tuple[ParticipantRead, ...]  # targets first
    stages: tuple[StageEntryRead, ...]  # in order, the complaint first
    review_date: date | None
    review_due: bool  # under monitoring and the review date has passed
    outcome: str
    closed_on: date | None
    records: tuple[CaseRecordRef, ...]  # newest first
    actions: tuple[FollowUpRead, ...]  # the help plan, earliest due first

    @property
    def closed(self) -> bool:
        return self.stage == CLOSED

    @property
    def complaint(self) -> StageEntryRead | None:
        return self.stages[0] if self.stages else None

    def to_input(self) -> CaseInput:
        first = self.complaint
        return CaseInput(
            title=self.title,
            opened_on=self.opened_on,
            participants=[Participant(p.pupil.id, p.role) for p in self.participants],
            responsible=first.responsible if first else "",
            note=first.note if first else "",
            review_date=self.review_date,
        )


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    opened_on: date
    title: str
    pupils: str  # targets first, comma separated
    stage: str
    review_date: date | None
    review_due: bool
    open_actions: int
    overdue_actions: int
    closed_on: date | None


# --- rules --------------------------------------------------------------------------------


def is_review_due(stage: str, review_date: date | None, today: date) -> bool:
    """Under monitoring with a review date that has passed (due today is not yet overdue)."""
    return stage == MONITORING and review_date is not None and review_date < today


def stage_index(stage: str) -> int:
    return [s.value for s in CASE_STAGES].index(stage)


def next_stage(stage: str) -> str | None:
    """The next working stage (None from monitoring and closed: monitoring ends by closing)."""
    if stage not in _WORKING[:-1]:
        return None
    return _WORKING[_WORKING.index(stage) + 1]


def allowed_moves(stage: str) -> list[str]:
    """Where a case at `stage` may go: the next stage, closing, and back to an earlier
    working stage (never the complaint). In the order a form offers them."""
    moves = []
    nxt = next_stage(stage)
    if nxt:
        moves.append(nxt)
    if stage != CLOSED:
        moves.append(CLOSED)
    moves += [s for s in _WORKING[1:] if stage_index(s) < stage_index(stage)][::-1]
    return moves


def is_back(current: str, target: str) -> bool:
    return stage_index(target) < stage_index(current)


def check_case(data: CaseInput, today: date) -> Checker:
    c = Checker()
    c.text("title", data.title, required=True, max_len=TITLE_MAX)
    if c.present("opened_on", data.opened_on):
        if data.opened_on > today:
            c.add("opened_on", "date.future")
        elif data.opened_on < date(2000, 1, 1):
            c.add("opened_on", "date.too_old")
    _participants(c, data.participants)
    c.text("responsible", data.responsible, required=True, max_len=RESPONSIBLE_MAX)
    c.text("note", data.note, required=False, max_len=NOTE_MAX)
    if data.review_date and data.opened_on and data.review_date < data.opened_on:
        c.add("review_date", "case.review_before_opened")
    return c


def _participants(c: Checker, participants: list[Participant]) -> None:
    if not participants:
        c.add("participants", "participants.required")
        return
    ids = [p.pupil_id for p in participants]
    if len(set(ids)) != len(ids):
        c.add("participants", "pupils.duplicate")
    if any(p.role not in {r.value for r in Role} for p in participants):
        c.add("participants", "participants.role_required")


def check_stage_move(current: str, last_date: date, data: StageInput, outcome: str | None,
                     review_date: date | None, today: date) -> Checker:
    """A move of a case now at `current`, whose latest entry is dated `last_date`;
    `review_date` is the case's review date before the move."""
    c = Checker()
    target = data.stage
    c.choice("stage", target, CaseStage)
    if not c.has("stage"):
        if target == current:
            c.add("stage", "stage.same")
        elif target not in allowed_moves(current):
            nxt = next_stage(current)
            if nxt and stage_index(target) > stage_index(nxt):
                c.add("stage", "stage.skip")
            else:
                c.add("stage", "stage.not_allowed")
    if c.present("on_date", data.on_date):
        if data.on_date > today:
            c.add("on_date", "date.future")
        elif data.on_date < last_date:
            c.add("on_date", "stage.date_before_previous", date=last_date)
    c.text("responsible", data.responsible, required=True, max_len=RESPONSIBLE_MAX)
    c.text("note", data.note, required=False, max_len=NOTE_MAX)
    if c.has("stage"):
        return c
    if is_back(current, target) and not clean(data.note):
        c.add("note", "stage.back_note_required")
    if target == MONITORING:
        review = data.review_date or review_date
        if review is None:
            c.add("review_date", "case.review_required")
        elif data.on_date and review < data.on_date:
            c.add("review_date", "case.review_before_stage")
    if target == CLOSED:
        if not clean(outcome):
            c.add("outcome", "case.outcome_required")
        else:
            c.text("outcome", outcome, required=True, max_len=OUTCOME_MAX)
    return c


def closing_warnings(case: "CaseRead", on_date: date | None, min_monitoring_days: int) -> Checker:
    """What closing `case` on `on_date` should make the user think twice about (warnings,
    accepted by closing anyway): help-plan actions still open, and a monitoring period
    shorter than the school's minimum (none at all when the case never reached monitoring)."""
    c = Checker()
    open_actions = sum(1 for a in case.actions if a.done_date is None)
    if open_actions:
        c.warn("stage", "case.open_actions", count=open_actions)
    since = next((e.on_date for e in reversed(case.stages) if e.stage == MONITORING), None)
    watched = max((on_date - since).days, 0) if since and on_date else 0
    if watched < min_monitoring_days:
        c.warn("stage", "case.monitoring_short", days=watched, min=min_monitoring_days)
    return c
