"""The school's profile: used on letterheads and in the window title."""

from dataclasses import dataclass


@dataclass
class SchoolInput:
    name_kk: str = ""
    name_ru: str = ""
    address: str = ""
    phone: str = ""
    director: str = ""
    psychologist: str = ""
    # Outgoing numbers of referral letters: {n} the number within the school year, {year}
    # the school year as "2025-26"; "{n}/{year}" gives 15/2025-26.
    referral_number_pattern: str = "{n}/{year}"


# The profile is small and has no rules of its own, so reading and editing share one shape.
SchoolRead = SchoolInput
