"""Working days for concern deadlines: Monday to Friday, less the public holidays the school
keeps in its settings."""

from collections.abc import Collection
from datetime import date, timedelta

SATURDAY = 5


def is_working_day(day: date, holidays: Collection[date]) -> bool:
    return day.weekday() < SATURDAY and day not in holidays


def add_working_days(start: date, days: int, holidays: Collection[date]) -> date:
    """The date `days` working days after `start` (the day a concern came in does not
    count): received on Friday, one working day is Monday, or Tuesday if Monday is a
    holiday. Zero days means the same day."""
    if days < 0:
        raise ValueError("days must be zero or more")
    day = start
    while days:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            days -= 1
    return day


def days_left(today: date, due: date, holidays: Collection[date]) -> int:
    """A deadline's clock: the working days left before it (0 on the day it falls due), or,
    once it has passed, minus the calendar days it is late (-1 the day after)."""
    if due < today:
        return -(today - due).days
    return sum(1 for n in range(1, (due - today).days + 1)
               if is_working_day(today + timedelta(days=n), holidays))
