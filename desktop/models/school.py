"""The school's profile: one row, used on letterheads and in the window title."""

from dataclasses import dataclass

from sqlmodel import Field

from .base import Tracked


class School(Tracked, table=True):
    name_kk: str = Field(default="", max_length=300)
    name_ru: str = Field(default="", max_length=300)
    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=50)
    director: str = Field(default="", max_length=150)
    psychologist: str = Field(default="", max_length=150)


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
