"""Pupils and their guardians.

Inputs are plain dataclasses with every field optional: a missing value becomes a
translated "required" message beside its field instead of a type error.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import ConsentStatus


@dataclass
class GuardianInput:
    name: str = ""
    relation: str | None = None
    phone: str = ""


@dataclass
class PupilInput:
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    sex: str | None = None
    birth_date: date | None = None
    iin: str = ""
    class_name: str = ""
    study_language: str | None = None
    consent_status: str = ConsentStatus.NOT_ASKED.value
    consent_date: date | None = None
    consent_by: str = ""
    active: bool = True
    left_date: date | None = None
    guardians: list[GuardianInput] = field(default_factory=list)
    address: str = ""  # home address, for referral letters
    # The user has seen the IIN warnings (its digits give another birth date or sex, or it
    # is a business number) and keeps the IIN as written; recorded on the pupil.
    iin_warnings_accepted: bool = False


@dataclass(frozen=True)
class GuardianRead:
    id: uuid.UUID
    name: str
    relation: str
    phone: str


@dataclass(frozen=True)
class PupilRow:
    """One line of the pupil list: only what the list shows."""

    id: uuid.UUID
    full_name: str
    class_name: str
    birth_date: date
    iin: str | None
    consent_status: str
    active: bool


@dataclass(frozen=True)
class ReferralConsent:
    """A parent's consent as recorded in a referral: who, when, how (a ConsentHow code)."""

    given_on: date
    by: str
    how: str


@dataclass(frozen=True)
class PupilRead:
    id: uuid.UUID
    surname: str
    given_name: str
    patronymic: str
    full_name: str
    sex: str
    birth_date: date
    iin: str | None
    class_name: str
    study_language: str
    consent_status: str
    consent_date: date | None
    consent_by: str
    active: bool
    left_date: date | None
    guardians: tuple[GuardianRead, ...]
    address: str = ""
    iin_mismatch_accepted_at: datetime | None = None  # see tables.Pupil
    iin_mismatch_accepted_by: str = ""
    # The newest consent recorded in one of the pupil's referrals (a consent to that referral,
    # not to psychological work at school): shown beside the pupil's own, never in its place.
    referral_consent: ReferralConsent | None = None

    def to_input(self) -> PupilInput:
        return PupilInput(
            surname=self.surname,
            given_name=self.given_name,
            patronymic=self.patronymic,
            sex=self.sex,
            birth_date=self.birth_date,
            iin=self.iin or "",
            class_name=self.class_name,
            study_language=self.study_language,
            consent_status=self.consent_status,
            consent_date=self.consent_date,
            consent_by=self.consent_by,
            active=self.active,
            left_date=self.left_date,
            guardians=[GuardianInput(g.name, g.relation, g.phone) for g in self.guardians],
            address=self.address,
            iin_warnings_accepted=self.iin_mismatch_accepted_at is not None,
        )


@dataclass(frozen=True)
class PupilRef:
    """A pupil as other records mention them."""

    id: uuid.UUID
    full_name: str
    class_name: str
    consent_status: str
