"""Kazakhstan's public holidays and days off, as the government sets them, with the school's
own corrections on top.

The source is the pinned `holidays` package (python-holidays): the fixed holidays, Kurban
Ait (estimated until the year's date is announced), the days off that move when a holiday
falls on a weekend, and the days transferred by government decree with the working
Saturdays (or Sundays) they create. Nothing here is a hand-written list of dates.

The school's corrections (a day added, a day removed, a working weekend day) are data in the
journal; `HolidayCalendar` applies them over the package's days.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

SATURDAY = 5
# The pinned package is trusted for years up to this one: later years' transfers and Kurban
# Ait are not yet known to it, so a clock that reaches them says so (the school can confirm a
# year by importing or correcting its holidays).
KNOWN_THROUGH = 2027
KNOWN_FROM = 2002  # the package's observed-day rule for Kazakhstan starts in 2002

# What a correction does to a day.
DAY_OFF = "day_off"  # not a working day, although the package says it is
WORKING = "working"  # a working day: a working Saturday, or a holiday the school works


@dataclass(frozen=True)
class Correction:
    day: date
    kind: str  # DAY_OFF or WORKING
    name: str = ""


@dataclass(frozen=True)
class DayOff:
    """One day that is not a working day although it is not a weekend (or a weekend day that
    is named as a holiday). `name_kk` and `name_en` come from the package; a school's own day
    carries the name it was given in both."""

    day: date
    name_kk: str
    name_en: str
    estimated: bool = False  # Kurban Ait before its date is announced
    school: bool = False  # added by the school, not by the law


def _package_days(years: Iterable[int]) -> tuple[dict[date, tuple[str, str, bool]], set[date]]:
    """{day: (Kazakh name, English name, estimated)} and the working weekend days."""
    import holidays  # loaded on first use: about 40 ms

    years = sorted(set(years))
    if not years:
        return {}, set()
    kk = holidays.country_holidays("KZ", years=years, language="kk")
    en = holidays.country_holidays("KZ", years=years, language="en_US")
    out = {}
    for day, name in kk.items():
        out[day] = (name, en.get(day, name), "бағаланған" in name)
    return out, set(kk.weekend_workdays)


class HolidayCalendar:
    """Working days for the years asked for: Monday to Friday, less the days off, plus the
    working weekend days; the package's days with the school's corrections applied."""

    def __init__(self, years: Iterable[int], corrections: Iterable[Correction] = (),
                 confirmed_years: Iterable[int] = ()):
        self.years = frozenset(years)
        self.confirmed_years = frozenset(confirmed_years)
        package, weekend_workdays = _package_days(self.years)
        self._off: dict[date, DayOff] = {
            d: DayOff(d, kk, en, estimated) for d, (kk, en, estimated) in package.items()}
        self._working: set[date] = set(weekend_workdays)
        for c in corrections:
            if c.kind == DAY_OFF:
                self._working.discard(c.day)
                self._off[c.day] = DayOff(c.day, c.name, c.name, school=True)
            elif c.kind == WORKING:
                self._off.pop(c.day, None)
                self._working.add(c.day)

    def knows(self, year: int) -> bool:
        """Whether the holidays of `year` are known: the package's years, or a year the
        school has confirmed."""
        return KNOWN_FROM <= year <= KNOWN_THROUGH or year in self.confirmed_years

    def is_working_day(self, day: date) -> bool:
        if day in self._working:
            return True
        return day.weekday() < SATURDAY and day not in self._off

    def days_off(self, first: date, last: date) -> list[DayOff]:
        """The named days off from first to last, in order."""
        return [self._off[d] for d in sorted(self._off) if first <= d <= last]

    def working_weekend_days(self, first: date, last: date) -> list[date]:
        return sorted(d for d in self._working if first <= d <= last and d.weekday() >= SATURDAY)

    def next_working_day(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day
