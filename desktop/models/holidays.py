"""Kazakhstan's public holidays and days off, as the government sets them, with the school's
own corrections on top.

The source is the pinned `holidays` package (python-holidays): the fixed holidays, Kurban
Ait (estimated until the year's date is announced), the days off that move when a holiday
falls on a weekend, and the days transferred by government decree with the working
Saturdays (or Sundays) they create. Nothing here is a hand-written list of dates.

The school's corrections (a day added, a day removed, a working weekend day) are data in the
journal; `HolidayCalendar` applies them over the package's days. A calendar answers for any
day: the package's years are read when first asked for. A year whose holidays are not
*known* (`knows`: past KNOWN_THROUGH the package applies the law's fixed days and weekend
rule but knows no decree's transfers, and Kurban Ait is estimated) still counts the
package's days, which are the law, with the school's corrections; whoever shows a clock
that runs into such a year says so, until the school confirms the year (Settings →
Holidays) or a calendar file brings its days.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

SATURDAY = 5
# The pinned package is trusted for years up to this one: later years' transfers and Kurban
# Ait are not yet known to it, so a clock that reaches them says so (the school can confirm a
# year by importing or correcting its holidays).
KNOWN_THROUGH = 2027
KNOWN_FROM = 2002  # the package's observed-day rule for Kazakhstan starts in 2002
# Outside these the package is not asked at all (a mistyped year 9999 must not load it).
_PACKAGE_FROM, _PACKAGE_THROUGH = 1991, 2100

# What a correction does to a day.
DAY_OFF = "day_off"  # not a working day, although the package says it is
WORKING = "working"  # a working day: a working Saturday, or a holiday the school works
KINDS = (DAY_OFF, WORKING)


@dataclass(frozen=True)
class Correction:
    day: date
    kind: str  # DAY_OFF or WORKING
    name: str = ""


@dataclass(frozen=True)
class DayOff:
    """One day that is not a working day although it is not a weekend (or a weekend day that
    is named as a holiday). `name_kk` and `name_en` come from the package; a school's own day
    carries the name it was given in both (empty when it was given none)."""

    day: date
    name_kk: str
    name_en: str
    estimated: bool = False  # Kurban Ait before its date is announced
    school: bool = False  # added by the school, not by the law


@lru_cache(maxsize=64)
def _package_year(year: int) -> tuple[dict[date, DayOff], frozenset[date]]:
    """The package's days off of one year and its working weekend days (cached: the pinned
    package does not change while the app runs)."""
    if not _PACKAGE_FROM <= year <= _PACKAGE_THROUGH:
        return {}, frozenset()
    import holidays  # lazy: loaded on first use: about 40 ms

    kk = holidays.country_holidays("KZ", years=year, language="kk")
    en = holidays.country_holidays("KZ", years=year, language="en_US")
    off = {}
    for day, name in kk.items():
        name_en = en.get(day, name)
        off[day] = DayOff(day, name, name_en, "(estimated)" in name_en or "бағаланған" in name)
    return off, frozenset(d for d in kk.weekend_workdays if d.year == year)


def package_days_off(year: int) -> list[DayOff]:
    """The law's days off of `year` as the package has them, in order (no corrections)."""
    off, _ = _package_year(year)
    return [off[d] for d in sorted(off)]


def package_working_weekend_days(year: int) -> list[date]:
    """The weekend days of `year` the package has as working days (transfers by decree)."""
    return sorted(_package_year(year)[1])


class HolidayCalendar:
    """Working days: Monday to Friday, less the days off, plus the working weekend days; the
    package's days with the school's corrections applied.

    `years` are the years read up front (others are read when a day in them is asked for);
    `confirmed_years` are the years the school has said it knows completely."""

    def __init__(self, years: Iterable[int] = (), corrections: Iterable[Correction] = (),
                 confirmed_years: Iterable[int] = ()):
        self.years = frozenset(years)
        self.confirmed_years = frozenset(confirmed_years)
        self.corrections = {c.day: c for c in corrections}
        for year in self.years:
            self._law(year)

    def knows(self, year: int) -> bool:
        """Whether the holidays of `year` are known: the package's years, or a year the
        school has confirmed."""
        return KNOWN_FROM <= year <= KNOWN_THROUGH or year in self.confirmed_years

    def unknown_years(self, first: date, last: date) -> tuple[int, ...]:
        """The years from first to last whose holidays are not known, in order."""
        return tuple(y for y in range(first.year, last.year + 1) if not self.knows(y))

    def _law(self, year: int) -> tuple[dict[date, DayOff], frozenset[date]]:
        """The package's days of `year`, known or not: the fixed holidays are the law
        either way, and a clock past the known years says it may miss a transfer."""
        return _package_year(year)

    def is_working_day(self, day: date) -> bool:
        c = self.corrections.get(day)
        if c is not None:
            return c.kind == WORKING
        off, working = self._law(day.year)
        if day in working:
            return True
        return day.weekday() < SATURDAY and day not in off

    def _off(self, day: date) -> DayOff | None:
        c = self.corrections.get(day)
        if c is not None:
            return DayOff(day, c.name, c.name, school=True) if c.kind == DAY_OFF else None
        return self._law(day.year)[0].get(day)

    def day_off(self, day: date) -> DayOff | None:
        """The named day off on `day`, or None."""
        return self._off(day)

    def days_off(self, first: date, last: date) -> list[DayOff]:
        """The named days off from first to last, in order."""
        days = {d for y in range(first.year, last.year + 1) for d in self._law(y)[0]}
        days |= {d for d, c in self.corrections.items() if c.kind == DAY_OFF}
        out = (self._off(d) for d in sorted(days) if first <= d <= last)
        return [o for o in out if o is not None]

    def working_weekend_days(self, first: date, last: date) -> list[date]:
        days = {d for y in range(first.year, last.year + 1) for d in self._law(y)[1]}
        days |= {d for d, c in self.corrections.items() if c.kind == WORKING}
        return sorted(d for d in days if first <= d <= last and d.weekday() >= SATURDAY
                      and self.is_working_day(d))

    def next_working_day(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day
