"""Inputs and read shapes of the journal: sessions, observations (incidents), follow-ups."""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import ObservationStatus, SessionStatus
from .pupil import PupilRef


# --- inputs (all optional: see models/pupil.py) ---------------------------------------


@dataclass
class SessionInput:
    starts_at: datetime | None = None
    duration_min: int | None = 45
    kind: str | None = None
    initiator: str | None = None
    pupil_ids: list[uuid.UUID] = field(default_factory=list)
    other_participants: str = ""
    reason: str = ""
    notes: str = ""
    outcome: str = ""
    status: str = SessionStatus.HELD.value
    no_consent_reason: str = ""
    self_harm_risk: bool = False


@dataclass
class Participant:
    pupil_id: uuid.UUID
    role: str | None


@dataclass
class ObservationInput:
    occurred_at: datetime | None = None
    place: str | None = None
    forms: list[str] = field(default_factory=list)
    severity: int | None = None
    participants: list[Participant] = field(default_factory=list)
    reporter: str | None = None
    reporter_name: str = ""
    description: str = ""
    immediate_actions: str = ""
    notified: str = ""
    status: str = ObservationStatus.OPEN.value


@dataclass
class FollowUpInput:
    pupil_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    observation_id: uuid.UUID | None = None
    what: str = ""
    due_date: date | None = None
    responsible: str = ""
    done_date: date | None = None
    case_id: uuid.UUID | None = None  # an action of this bullying case's help plan
    accompaniment_id: uuid.UUID | None = None  # a measure of this accompaniment's plan


# --- reads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRead:
    id: uuid.UUID
    starts_at: datetime
    duration_min: int
    kind: str
    initiator: str
    pupils: tuple[PupilRef, ...]
    other_participants: str
    reason: str
    notes: str
    outcome: str
    status: str
    no_consent_reason: str
    notes_hidden: bool = False  # the reader may not see the confidential notes
    self_harm_risk: bool = False

    def to_input(self) -> SessionInput:
        return SessionInput(
            starts_at=self.starts_at,
            duration_min=self.duration_min,
            kind=self.kind,
            initiator=self.initiator,
            pupil_ids=[p.id for p in self.pupils],
            other_participants=self.other_participants,
            reason=self.reason,
            notes=self.notes,
            outcome=self.outcome,
            status=self.status,
            no_consent_reason=self.no_consent_reason,
            self_harm_risk=self.self_harm_risk,
        )


@dataclass(frozen=True)
class ParticipantRead:
    pupil: PupilRef
    role: str


@dataclass(frozen=True)
class ObservationRead:
    id: uuid.UUID
    occurred_at: datetime
    place: str
    forms: tuple[str, ...]
    severity: int
    participants: tuple[ParticipantRead, ...]
    reporter: str
    reporter_name: str
    description: str
    immediate_actions: str
    notified: str
    status: str
    case_id: uuid.UUID | None = None  # the bullying case it belongs to (linked by the case)

    def to_input(self) -> ObservationInput:
        return ObservationInput(
            occurred_at=self.occurred_at,
            place=self.place,
            forms=list(self.forms),
            severity=self.severity,
            participants=[Participant(p.pupil.id, p.role) for p in self.participants],
            reporter=self.reporter,
            reporter_name=self.reporter_name,
            description=self.description,
            immediate_actions=self.immediate_actions,
            notified=self.notified,
            status=self.status,
        )


@dataclass(frozen=True)
class FollowUpRead:
    id: uuid.UUID
    pupil: PupilRef
    session_id: uuid.UUID | None
    observation_id: uuid.UUID | None
    what: str
    due_date: date
    responsible: str
    done_date: date | None
    overdue: bool
    case_id: uuid.UUID | None = None
    accompaniment_id: uuid.UUID | None = None

    def to_input(self) -> FollowUpInput:
        return FollowUpInput(
            pupil_id=self.pupil.id,
            session_id=self.session_id,
            observation_id=self.observation_id,
            what=self.what,
            due_date=self.due_date,
            responsible=self.responsible,
            done_date=self.done_date,
            case_id=self.case_id,
            accompaniment_id=self.accompaniment_id,
        )


def is_overdue(due_date: date, done_date: date | None, today: date) -> bool:
    return done_date is None and due_date < today


# --- list rows -------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    starts_at: datetime
    kind: str
    status: str
    pupils: str  # names, comma separated
    reason: str


@dataclass(frozen=True)
class ObservationRow:
    id: uuid.UUID
    occurred_at: datetime
    severity: int
    place: str
    status: str
    pupils: str
    description: str


@dataclass(frozen=True)
class FollowUpRow:
    id: uuid.UUID
    due_date: date
    pupil_name: str
    class_name: str
    what: str
    responsible: str
    done_date: date | None
    overdue: bool


@dataclass(frozen=True)
class ChronologyEntry:
    """One line of a pupil's chronology; `kind` is "session", "observation", "followup" or
    "case" (a bullying case: `title` and `status` are its stage, `summary` its title)."""

    kind: str
    id: uuid.UUID
    when: datetime
    title: str  # a kind / form code the view translates
    summary: str
    status: str
    role: str = ""  # the pupil's role in an observation
    severity: int = 0
    overdue: bool = False
