"""Tables and their input/read shapes. No Qt here."""

from .base import Tracked, utcnow
from .journal import (
    CounsellingSession,
    FollowUp,
    Observation,
    ObservationForm,
    ObservationPupil,
    SessionPupil,
)
from .pupil import Guardian, Pupil
from .school import School

TABLES = (
    School,
    Pupil,
    Guardian,
    CounsellingSession,
    SessionPupil,
    Observation,
    ObservationForm,
    ObservationPupil,
    FollowUp,
)

__all__ = [
    "Tracked",
    "utcnow",
    "TABLES",
    "School",
    "Pupil",
    "Guardian",
    "CounsellingSession",
    "SessionPupil",
    "Observation",
    "ObservationForm",
    "ObservationPupil",
    "FollowUp",
]
