"""Valid inputs with invented names, a fixed "now" and an IIN builder written from DOMAIN.md.

A separate module with a unique name (not conftest) so test files can import it safely.
"""

import itertools
import uuid
from datetime import date, datetime, timedelta

from desktop.models.enums import (
    BullyingForm,
    ConsentStatus,
    GuardianRelation,
    Initiator,
    Place,
    Reporter,
    SessionKind,
    SessionStatus,
    Sex,
    StudyLanguage,
)
from desktop.models.journal import FollowUpInput, ObservationInput, Participant, SessionInput
from desktop.models.pupil import GuardianInput, PupilInput
from desktop.models.case import CaseInput, StageInput
from desktop.models.concern import ConcernInput, ResponseInput

NOW = datetime(2026, 11, 20, 10, 0)
TODAY = NOW.date()

_IIN_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_check_digit(first_eleven: str) -> int | None:
    """The check digit per DOMAIN.md, written here independently of desktop.models.iin."""
    digits = [int(ch) for ch in first_eleven]
    first = sum(d * w for d, w in zip(digits, _IIN_WEIGHTS_1)) % 11
    if first != 10:
        return first
    second = sum(d * w for d, w in zip(digits, _IIN_WEIGHTS_2)) % 11
    return None if second == 10 else second


def build_iin(born: date, sex: str, serial: int = 1) -> str:
    """A valid IIN for this birth date and sex (21st/20th century), trying serials upwards."""
    century = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100]
    marker = century + (0 if sex == "male" else 1)
    for s in range(serial, serial + 100):
        first = f"{born:%y%m%d}{marker}{s:04d}"
        digit = iin_check_digit(first)
        if digit is not None:
            return first + str(digit)
    raise AssertionError("no serial with a check digit")  # pragma: no cover


# --- factories ---------------------------------------------------------------------------

_serials = itertools.count(1)


def pupil_input(**overrides) -> PupilInput:
    """A valid pupil: a 7th-grader born 2013 with a matching IIN and one guardian."""
    born = overrides.get("birth_date", date(2013, 5, 14))
    sex = overrides.get("sex", Sex.MALE.value)
    data = PupilInput(
        surname="Әлібеков",
        given_name="Нұрғали",
        patronymic="Қуанышұлы",
        sex=sex,
        birth_date=born,
        iin="" if "iin" in overrides else build_iin(born, sex, next(_serials) * 7 % 9000 + 1),
        class_name="7Ә",
        study_language=StudyLanguage.KAZAKH.value,
        consent_status=ConsentStatus.GIVEN.value,
        consent_date=date(2026, 9, 2),
        consent_by="Әлібекова Ұлжан",
        guardians=[GuardianInput("Әлібекова Ұлжан", GuardianRelation.MOTHER.value, "+7 701 123 45 67")],
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def session_input(pupil_ids, **overrides) -> SessionInput:
    """A held individual session an hour before NOW."""
    data = SessionInput(
        starts_at=NOW - timedelta(hours=1),
        duration_min=45,
        kind=SessionKind.INDIVIDUAL.value,
        initiator=Initiator.TEACHER.value,
        pupil_ids=list(pupil_ids),
        reason="Конфликт с одноклассниками",
        notes="Жалуется на насмешки",
        outcome="Рекомендована повторная встреча",
        status=SessionStatus.HELD.value,
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def observation_input(participants, **overrides) -> ObservationInput:
    """An incident yesterday; `participants` is a list of (pupil_id, role) pairs."""
    data = ObservationInput(
        occurred_at=NOW - timedelta(days=1),
        place=Place.CORRIDOR.value,
        forms=[BullyingForm.VERBAL.value],
        severity=2,
        participants=[Participant(pid, role) for pid, role in participants],
        reporter=Reporter.TEACHER.value,
        reporter_name="Өмірзақова Іңкәр",
        description="Обзывали на перемене",
        immediate_actions="Беседа с классным руководителем",
        notified="Родители",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def followup_input(pupil_id: uuid.UUID, **overrides) -> FollowUpInput:
    data = FollowUpInput(
        pupil_id=pupil_id,
        what="Повторная консультация",
        due_date=TODAY + timedelta(days=7),
        responsible="Психолог",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def concern_input(pupil_ids=(), **overrides) -> ConcernInput:
    """A mother's concern about bullying, in person, an hour before NOW (a Friday)."""
    data = ConcernInput(
        received_at=NOW - timedelta(hours=1),
        source="parent",
        channel="in_person",
        from_name="Жақсыбекова Гүлназ, мать",
        contact="+7 701 555 12 34",
        pupil_ids=list(pupil_ids),
        summary="Одноклассники высмеивают дочь в чате класса, она не хочет идти в школу",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def response_input(kind="acknowledged", on_date=None, **overrides) -> ResponseInput:
    data = ResponseInput(kind=kind, on_date=on_date or TODAY, by="Сәрсенбаева Әйгерім, психолог",
                         note="")
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def case_input(participants, **overrides) -> CaseInput:
    """A bullying case opened three days before NOW; `participants` is a list of
    (pupil_id, role) pairs."""
    data = CaseInput(
        title="Қорлау: 7Ә сыныбындағы чат",
        opened_on=TODAY - timedelta(days=3),
        participants=[Participant(pid, role) for pid, role in participants],
        responsible="Сәрсенбаева Гүлнұр, психолог",
        note="Анасы өтініш жазды: қызын сынып чатында мазақ етеді",
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def stage_input(stage, on_date=None, **overrides) -> StageInput:
    """A move of a case to `stage` today, by the psychologist."""
    data = StageInput(stage=stage, on_date=on_date or TODAY,
                      responsible="Сәрсенбаева Гүлнұр, психолог", note="")
    for key, value in overrides.items():
        setattr(data, key, value)
    return data
