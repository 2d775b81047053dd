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


# The profile is small and has no rules of its own, so reading and editing share one shape.
SchoolRead = SchoolInput
