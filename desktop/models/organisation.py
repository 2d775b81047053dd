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

NAME_MAX, ADDRESS_MAX, PHONE_MAX, HEAD_MAX, ADDRESSEE_MAX = 300, 300, 50, 150, 400


@dataclass
class OrganisationInput:
    kind: str | None = None
    name_kk: str = ""
    name_ru: str = ""
    address: str = ""
    phone: str = ""
    head: str = ""  # whom the letter is addressed to: the head's name and title
    # In Kazakh; `address` and `head` serve letters in Russian.
    address_kk: str = ""
    head_kk: str = ""
    # The addressee line as the school corrected it; "" = proposed (models/addressee.py).
    addressee_kk: str = ""
    addressee_ru: str = ""


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
    address_kk: str = ""
    head_kk: str = ""
    addressee_kk: str = ""
    addressee_ru: str = ""

    def name(self, language: str) -> str:
        """The name in "kk" or "ru", else the one there is."""
        return organisation_name(self.name_kk, self.name_ru, language)

    def to_input(self) -> OrganisationInput:
        return OrganisationInput(kind=self.kind, name_kk=self.name_kk, name_ru=self.name_ru,
                                 address=self.address, phone=self.phone, head=self.head,
                                 address_kk=self.address_kk, head_kk=self.head_kk,
                                 addressee_kk=self.addressee_kk,
                                 addressee_ru=self.addressee_ru)


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
    c.text("address_kk", data.address_kk, required=False, max_len=ADDRESS_MAX)
    c.text("head_kk", data.head_kk, required=False, max_len=HEAD_MAX)
    c.text("addressee_kk", data.addressee_kk, required=False, max_len=ADDRESSEE_MAX)
    c.text("addressee_ru", data.addressee_ru, required=False, max_len=ADDRESSEE_MAX)
    c.text("phone", data.phone, required=False, max_len=PHONE_MAX)
    if not c.has("phone"):
        check_phone(c, "phone", data.phone)
    return c
