"""Referral letters: what a letter says, as plain data.

`ReferralLetter` is everything the PDF needs, in the letter's own language (Kazakh or
Russian, chosen per letter, whatever the interface language). The service builds it from the
records; when a referral is sent it is stored as JSON with the referral, so the letter as
sent can be printed again exactly, whatever changes later. `ConsentFormData` is the same for
the blank parental consent form. No Qt and no SQLAlchemy here.
"""

import json
from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class LetterGuardian:
    name: str
    relation: str  # a GuardianRelation code; the PDF words it in the letter's language
    phone: str = ""


@dataclass(frozen=True)
class ReferralLetter:
    language: str  # "kk" or "ru"
    # The school (the letterhead and the signatures), from the school profile.
    school_name: str
    school_address: str
    school_phone: str
    director: str
    psychologist: str
    # The organisation, in the letter's language.
    addressee: str  # its name
    addressee_head: str  # to whom: its head, may be ""
    addressee_address: str
    # The pupil.
    pupil_name: str
    birth_date: date
    class_name: str
    pupil_address: str
    guardians: tuple[LetterGuardian, ...]
    # What the school writes.
    reason: str
    summary: str
    measures: str
    urgent: bool
    # Consent: who, when and how (a ConsentHow code); or why the referral could not wait.
    consent_by: str = ""
    consent_date: date | None = None
    consent_how: str = ""
    no_consent_reason: str = ""
    # The outgoing number and the letter's date; both empty on a draft (printed with a
    # "draft" mark and blanks to fill in).
    number: str = ""
    letter_date: date | None = None
    amendments: tuple[tuple[date, str], ...] = field(default_factory=tuple)
    # The organisation's kind (an OrganisationKind code): a report to the juvenile police
    # inspector or the КДНиЗП says consent is not required. "" in letters stored before.
    addressee_kind: str = ""
    # The addressee line in the letter's language, in the dative («Руководителю … Жақыповой
    # А.С.»; models/addressee.py). "" in letters stored before: the name and head instead.
    addressee_line: str = ""
    # The details printed in the other language because the school profile or the
    # directory lacks them in this one (models/text_language.py names them).
    not_in_language: tuple[str, ...] = ()
    # An amended letter: its own number and date above, and the letter it amends («к исх.
    # № 13/2026-27 от 02.11.2026»); both empty on the letter as first sent.
    amends_number: str = ""
    amends_date: date | None = None

    @property
    def draft(self) -> bool:
        return not self.number

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, default=_iso)

    @classmethod
    def from_json(cls, text: str) -> "ReferralLetter":
        raw = json.loads(text)
        for key in ("birth_date", "consent_date", "letter_date", "amends_date"):
            if raw.get(key):
                raw[key] = date.fromisoformat(raw[key])
        raw["guardians"] = tuple(LetterGuardian(**g) for g in raw.get("guardians", ()))
        raw["amendments"] = tuple((date.fromisoformat(d), t) for d, t in raw.get("amendments", ()))
        raw["not_in_language"] = tuple(raw.get("not_in_language", ()))
        return cls(**raw)


@dataclass(frozen=True)
class ConsentFormData:
    """The parental consent form for psychological work with a pupil (Order No. 377),
    printed to be signed on paper. Pupil fields may be "" to leave blanks to fill in."""

    language: str  # "kk" or "ru"
    school_name: str
    school_address: str
    director: str
    psychologist: str
    pupil_name: str = ""
    class_name: str = ""
    birth_date: date | None = None
    guardian_name: str = ""


def _iso(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")
