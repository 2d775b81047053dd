"""Working days for the clocks (concern deadlines, incidents without follow-up): counted on a
calendar, i.e. any object with `is_working_day(day)` - normally models.holidays.HolidayCalendar
(the law's days off and the school's corrections). WEEKENDS_ONLY counts Monday to Friday."""

from datetime import date, timedelta
from typing import Protocol

SATURDAY = 5


class WorkingDays(Protocol):
    def is_working_day(self, day: date) -> bool: ...


class _WeekendsOnly:
    @staticmethod
    def is_working_day(day: date) -> bool:
        return day.weekday() < SATURDAY


WEEKENDS_ONLY = _WeekendsOnly()


def add_working_days(start: date, days: int, calendar: WorkingDays) -> date:
    """The date `days` working days after `start` (the day a concern came in does not
    count): received on Friday, one working day is Monday, or Tuesday if Monday is a
    holiday. Zero days means the same day."""
    if days < 0:
        raise ValueError("days must be zero or more")
    day = start
    while days:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            days -= 1
    return day


def latest_start(today: date, days: int, calendar: WorkingDays) -> date:
    """The latest day whose `days` working days have all passed by `today`: anything that
    began on it or before has waited `days` working days (add_working_days(d, days) <= today)."""
    day = today
    while add_working_days(day, days, calendar) > today:
        day -= timedelta(days=1)
    return day


def days_left(today: date, due: date, calendar: WorkingDays) -> int:
    """A deadline's clock: the working days left before it (0 on the due day), or, once it
    has passed, minus the calendar days it is late (-1 the day after)."""
    if due < today:
        return -(today - due).days
    return sum(1 for n in range(1, (due - today).days + 1)
               if calendar.is_working_day(today + timedelta(days=n)))
