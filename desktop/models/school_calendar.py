"""The school calendar as data: a school year ("2025-2026"), its four quarters (четверти /
тоқсандар) and its breaks (каникулы / каникул; not «демалыс», a day off). The ministry
sets the dates by an order every year, so they are typed in, never computed as fact:
proposed_next_year() only gives a starting point for the user to check against the order.

Error fields: "name", "starts_on", "ends_on", "terms" (their count), "terms.{i}.starts_on" /
"terms.{i}.ends_on" and "breaks.{i}.starts_on" / "breaks.{i}.ends_on", i from 0.
"""

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from .term_summary import Period
from .validation import Checker, clean

TERMS = 4
FIRST_YEAR = 2000  # the date editors start in 2000
_NAME = re.compile(r"^(\d{4})-(\d{4})$")

Span = tuple[date, date]  # a quarter: first and last day, both included
Break = tuple[date, date, bool]  # first and last day, and whether for grade 1 only


@dataclass
class YearInput:
    name: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    terms: list[Span] = field(default_factory=list)  # quarters 1-4 in order
    breaks: list[Break] = field(default_factory=list)


@dataclass(frozen=True)
class YearRead:
    id: uuid.UUID
    name: str
    starts_on: date
    ends_on: date
    terms: tuple[Span, ...]  # quarters 1-4 in order
    breaks: tuple[Break, ...]  # by first day

    def term(self, number: int) -> Span:
        return self.terms[number - 1]

    def to_input(self) -> YearInput:
        return YearInput(self.name, self.starts_on, self.ends_on, list(self.terms),
                         list(self.breaks))


def year_bounds(name: str) -> tuple[int, int] | None:
    """(2025, 2026) for "2025-2026"; None unless the name is two consecutive years."""
    m = _NAME.match(clean(name))
    if not m:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    return (first, second) if second == first + 1 and first >= FIRST_YEAR else None


def year_window(name: str) -> tuple[date, date] | None:
    """Where a school year's dates may fall: 1 August of its first year to 31 August of its
    second (the summer on either side, so a year may begin a few days early)."""
    bounds = year_bounds(name)
    return (date(bounds[0], 8, 1), date(bounds[1], 8, 31)) if bounds else None


def previous_year_name(name: str) -> str | None:
    bounds = year_bounds(name)
    return f"{bounds[0] - 1}-{bounds[0]}" if bounds else None


def next_year_name(name: str) -> str | None:
    bounds = year_bounds(name)
    return f"{bounds[1]}-{bounds[1] + 1}" if bounds else None


def check_year(data: YearInput) -> Checker:
    c = Checker()
    if not clean(data.name):
        c.add("name", "required")
    elif year_bounds(data.name) is None:
        c.add("name", "year.name_format")
    window = year_window(data.name)

    year = _check_span(c, "", data.starts_on, data.ends_on, window, "year.outside_window",
                       "calendar.end_before_start")
    inside = year or window  # quarters and breaks: inside the year (or at least its window)
    outside = "calendar.outside_year" if year else "year.outside_window"

    if len(data.terms) != TERMS:
        c.add("terms", "year.four_terms", n=TERMS)
    previous: tuple[int, date] | None = None  # (index, last day) of the quarter before
    for i, span in enumerate(data.terms[:TERMS]):
        start, end = span if span else (None, None)
        ok = _check_span(c, f"terms.{i}.", start, end, inside, outside,
                         "calendar.end_before_start")
        if ok and previous and start <= previous[1]:
            c.add(f"terms.{i}.starts_on", "term.not_after_previous", n=i + 1, previous=i,
                  date=previous[1])
        previous = (i, end) if ok else None

    for i, item in enumerate(data.breaks):
        start, end, _first = item if item else (None, None, False)
        _check_span(c, f"breaks.{i}.", start, end, inside, "break.outside_year",
                    "break.end_before_start", start=start, end=end)
    return c


def _check_span(c: Checker, prefix: str, begins, ends, inside: Span | None, outside_code: str,
                order_code: str, **params) -> Span | None:
    """Both days given, in order and inside `inside` (when known): the span, else None."""
    if begins is None or ends is None:
        for name, value in (("starts_on", begins), ("ends_on", ends)):
            if value is None:
                c.add(prefix + name, "required")
        return None
    ok = True
    if inside is not None:
        for name, value in (("starts_on", begins), ("ends_on", ends)):
            if not inside[0] <= value <= inside[1]:
                c.add(prefix + name, outside_code, first=inside[0], last=inside[1], **params)
                ok = False
                break  # once: both days share the row their message is shown in
    if ends < begins:
        c.add(prefix + "ends_on", order_code, **params)
        ok = False
    return (begins, ends) if ok else None


def proposed_next_year(latest: YearInput | YearRead) -> YearInput:
    """The year after `latest`, every date moved by 52 weeks so each falls on the same
    weekday (a quarter that began on a Monday still does). Only a proposal: the ministry's
    order for that year decides, and the user checks each date against it."""
    def shift(d: date) -> date:
        return d + timedelta(weeks=52)

    return YearInput(
        name=next_year_name(latest.name) or "",
        starts_on=shift(latest.starts_on), ends_on=shift(latest.ends_on),
        terms=[(shift(a), shift(b)) for a, b in latest.terms],
        breaks=[(shift(a), shift(b), first) for a, b, first in latest.breaks])


# --- periods the calendar does not hold: shifted dates ---------------------------------------

def a_year_earlier(day: date) -> date:
    """The same date a year earlier; 29 February becomes 28 February."""
    if day.month == 2 and day.day == 29:
        return date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def days_just_before(starts_on: date, ends_on: date) -> Period:
    """A free range of as many days as starts_on..ends_on, ending the day before it."""
    length = ends_on - starts_on
    end = starts_on - timedelta(days=1)
    return Period(end - length, end)


def dates_a_year_earlier(starts_on: date, ends_on: date) -> Period:
    return Period(a_year_earlier(starts_on), a_year_earlier(ends_on))
