"""The preventive work log: group activities (a «Личная безопасность» lesson, a ДосболLIKE
session, a training for teachers, a meeting with parents, a class hour), each with its
date, programme, topic, audience, the class or group it was for, how many took part and
who led it. Counts only: who came is a number, never a list of names.

A pupils' activity names its class (7Ә) or, for several classes or a mixed group, the
group ("7th grades"); a meeting of teachers or parents may name neither.
"""

import uuid
from dataclasses import dataclass
from datetime import date

from .enums import Audience, Programme
from .rules import EARLIEST
from .school_class import normalize_class
from .text import search_form
from .validation import Checker, clean

TOPIC_MAX, GROUP_MAX, LED_BY_MAX = 300, 150, 150
PARTICIPANTS_MIN, PARTICIPANTS_MAX = 1, 2000


@dataclass
class ActivityInput:
    held_on: date | None = None
    programme: str | None = None
    topic: str = ""
    audience: str | None = None
    class_name: str = ""  # one class, or else group_name
    group_name: str = ""
    participants: int | None = None
    led_by: str = ""


@dataclass(frozen=True)
class ActivityRead:
    id: uuid.UUID
    held_on: date
    programme: str
    topic: str
    audience: str
    class_name: str
    group_name: str
    participants: int
    led_by: str

    @property
    def class_or_group(self) -> str:
        return self.class_name or self.group_name

    def to_input(self) -> ActivityInput:
        return ActivityInput(held_on=self.held_on, programme=self.programme, topic=self.topic,
                             audience=self.audience, class_name=self.class_name,
                             group_name=self.group_name, participants=self.participants,
                             led_by=self.led_by)


@dataclass(frozen=True)
class ActivityFilter:
    """What the log's list shows: a period (either end open), a programme, and words of
    the topic or the group."""

    text: str = ""
    programme: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    grade: str | None = None  # a class («5Ә»): its own activities
    sort: str | None = None  # a column key (PreventionService knows them); ties go by id
    descending: bool = False


def check_activity(data: ActivityInput, today: date) -> Checker:
    c = Checker()
    if c.present("held_on", data.held_on):
        if data.held_on < EARLIEST:
            c.add("held_on", "date.too_old")
        elif data.held_on > today:
            c.add("held_on", "date.future")
    c.choice("programme", data.programme, Programme)
    c.text("topic", data.topic, required=True, max_len=TOPIC_MAX)
    c.choice("audience", data.audience, Audience)
    if clean(data.class_name) and normalize_class(data.class_name) is None:
        c.add("class_name", "class.invalid")
    c.text("group_name", data.group_name, required=False, max_len=GROUP_MAX)
    if (data.audience == Audience.PUPILS.value and not clean(data.class_name)
            and not clean(data.group_name)):
        c.add("class_name", "prevention.class_or_group")
    if c.present("participants", data.participants):
        n = data.participants
        if isinstance(n, bool) or not isinstance(n, int) or not (
                PARTICIPANTS_MIN <= n <= PARTICIPANTS_MAX):
            c.add("participants", "out_of_range", min=PARTICIPANTS_MIN, max=PARTICIPANTS_MAX)
    c.text("led_by", data.led_by, required=False, max_len=LED_BY_MAX)
    return c


__all__ = ["ActivityInput", "ActivityRead", "ActivityFilter", "check_activity"]


def activity_search_key(topic: str, group_name: str, class_name: str) -> str:
    """What the list's search matches (stored, as a pupil's search_key is)."""
    return search_form(f"{topic} {group_name} {class_name}")
