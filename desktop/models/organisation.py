"""The directory of organisations a pupil is referred to: a psychological support centre
(ЦПП), the ПМПК, the juvenile police inspector, the КДН, a health organisation, another.

The school types them in (Settings → Organisations): the directory starts empty, with the
kinds as its starting set, and no address is invented. An organisation needs its name in
Kazakh or in Russian (a letter in the other language uses the one there is) and its kind.
One that referrals went to is never deleted: it is deactivated, so the letters that went
there still name it, and new referrals no longer offer it.
"""

import uuid
from dataclasses import dataclass

from .enums import OrganisationKind
from .validation import Checker, check_phone, clean

NAME_MAX, ADDRESS_MAX, PHONE_MAX, HEAD_MAX = 300, 300, 50, 150


@dataclass
class OrganisationInput:
    kind: str | None = None
    name_kk: str = ""
    name_ru: str = ""
    address: str = ""
    phone: str = ""
    head: str = ""  # whom the letter is addressed to: the head's name and title


@dataclass(frozen=True)
class OrganisationRead:
    id: uuid.UUID
    kind: str
    name_kk: str
    name_ru: str
    address: str
    phone: str
    head: str
    active: bool
    referrals: int = 0  # referrals (not deleted) that went or go there

    def name(self, language: str) -> str:
        """The name in "kk" or "ru", else the one there is."""
        return organisation_name(self.name_kk, self.name_ru, language)

    def to_input(self) -> OrganisationInput:
        return OrganisationInput(kind=self.kind, name_kk=self.name_kk, name_ru=self.name_ru,
                                 address=self.address, phone=self.phone, head=self.head)


def organisation_name(name_kk: str, name_ru: str, language: str) -> str:
    if language == "kk":
        return name_kk or name_ru
    return name_ru or name_kk


def check_organisation(data: OrganisationInput) -> Checker:
    c = Checker()
    c.choice("kind", data.kind, OrganisationKind)
    c.text("name_kk", data.name_kk, required=False, max_len=NAME_MAX)
    c.text("name_ru", data.name_ru, required=False, max_len=NAME_MAX)
    if not clean(data.name_kk) and not clean(data.name_ru):
        c.add("name_ru", "organisation.name_required")
    c.text("address", data.address, required=False, max_len=ADDRESS_MAX)
    c.text("head", data.head, required=False, max_len=HEAD_MAX)
    c.text("phone", data.phone, required=False, max_len=PHONE_MAX)
    if not c.has("phone"):
        check_phone(c, "phone", data.phone)
    return c
