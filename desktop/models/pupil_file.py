"""The printable pupil file: the pupil's card and chronology for a chosen period, for a case
conference or a hand-over to another school (documents/pupil_file.py prints it). Plain
data, in the document's language; built by services/pupil_file.py from what the signed-in
role may see (never a session's confidential notes, which the chronology does not carry)."""

from dataclasses import dataclass, field
from datetime import date

from .referral import LetterGuardian


@dataclass(frozen=True)
class FileEntry:
    when: date
    what: str  # «Консультация: индивидуальная консультация», worded in the file's language
    text: str  # the record's own words (other pupils' names replaced)
    status: str = ""  # worded too: «закрыт», «выполнено»…


@dataclass(frozen=True)
class PupilFileData:
    language: str  # "kk" or "ru"
    school_name: str
    pupil_name: str
    birth_date: date
    class_name: str
    address: str
    guardians: tuple[LetterGuardian, ...]
    consent: str  # the parental consent to psychological work, worded
    starts_on: date
    ends_on: date
    entries: tuple[FileEntry, ...]  # oldest first
    made_on: date
    made_by: str  # the signed-in user's name
    replaced: tuple[str, ...] = field(default_factory=tuple)  # other pupils' names left out
