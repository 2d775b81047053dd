"""The school calendar as data: a school year ("2025-2026"), its four quarters (четверти /
тоқсандар) and its breaks (каникулы / каникул; not «демалыс», a day off). The ministry
sets the dates by an order every year, so they are typed in or imported
(services/calendar_file.py), never computed as fact: proposed_next_year() only gives a starting point for the user to check against the
order, and says what it guessed. A year is `confirmed` once a user saved it in the dialog
or a calendar file (the district office's) brought it; until then screens mark it "check
against the ministry's order".

Error fields: "name", "starts_on", "ends_on", "terms" (their count), "terms.{i}.starts_on" /
"terms.{i}.ends_on" and "breaks.{i}.starts_on" / "breaks.{i}.ends_on", i from 0.
"""

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from .school_year import school_year
from .term_summary import YEAR_PART_ROWS, Period
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
    confirmed: bool = True  # checked against the ministry's order (see the module's note)


@dataclass(frozen=True)
class YearRead:
    id: uuid.UUID
    name: str
    starts_on: date
    ends_on: date
    terms: tuple[Span, ...]  # quarters 1-4 in order
    breaks: tuple[Break, ...]  # by first day
    confirmed: bool = True

    def term(self, number: int) -> Span:
        return self.terms[number - 1]

    def to_input(self) -> YearInput:
        return YearInput(self.name, self.starts_on, self.ends_on, list(self.terms),
                         list(self.breaks), self.confirmed)


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


# --- the proposal for the next year -----------------------------------------------------------

@dataclass(frozen=True)
class ProposalNote:
    """One thing proposed_next_year() guessed, for the user to check: a message code (the
    views and the command line translate it) with its dates, and why a day was refused
    (`why`: "holiday" with the DayOff in `holiday`, "saturday" or "sunday")."""

    code: str  # proposal.year_start | proposal.term_start | proposal.term_end |
    # proposal.year_end | proposal.first_september | proposal.extra_break
    params: dict = field(default_factory=dict, compare=False, hash=False)
    why: str = ""
    holiday: object | None = None  # models.holidays.DayOff


@dataclass
class Proposal:
    data: YearInput
    notes: list[ProposalNote]


FIRST_SEPTEMBER = (9, 1)  # the school year begins on 1 September (Law on Education, art. 1)


def same_date_next_year(day: date) -> date:
    """The same calendar date a year later; 29 February becomes 28 February."""
    if day.month == 2 and day.day == 29:
        return date(day.year + 1, 2, 28)
    return day.replace(year=day.year + 1)


def _why(holidays, day: date) -> tuple[str, object | None]:
    """Why `day` is not a working day: ("holiday", DayOff), ("saturday"|"sunday", None)."""
    named = holidays.days_off(day, day)
    if named:
        return "holiday", named[0]
    return ("saturday" if day.weekday() == 5 else "sunday"), None


def _back_off_holidays(holidays, day: date) -> date:
    """`day` itself unless it is a public holiday; else the last working day before it. A
    quarter may end on a Sunday (the ministry's do), but not on a holiday."""
    if not holidays.days_off(day, day):
        return day
    day -= timedelta(days=1)
    while not holidays.is_working_day(day):
        day -= timedelta(days=1)
    return day


def proposed_next_year(latest: YearInput | YearRead, holidays) -> Proposal:
    """The year after `latest` as a proposal, with notes on what was guessed. `holidays` is a
    models.holidays.HolidayCalendar that knows both calendar years of the new school year.

    - Every date is first the same calendar date a year later (not 52 weeks later: that
      drifts a day a year, and put the year's start on 31 August and quarter 3 on 7 January,
      Orthodox Christmas).
    - A year that began in the first week of September begins on 1 September, or the first
      working day after it (2025 began on 2 September only because 1 September was the
      observed Constitution Day).
    - A quarter's first day moves forward to the next working day (never a weekend or a
      public holiday); its last day moves back off a public holiday to the last working day
      before it (a Sunday is fine) and stays before the next quarter.
    - A break that filled the gap between two quarters fills the new gap; any other break
      (grade 1's week) keeps its weekdays (the nearest same weekday, 52 weeks on).
    Only a proposal: the ministry's order for that year decides; the result is unconfirmed."""
    notes: list[ProposalNote] = []

    def start(day: date, code: str, **params) -> date:
        moved = holidays.next_working_day(day)
        if moved != day:
            why, holiday = _why(holidays, day)
            notes.append(ProposalNote(code, dict(params, was=day, now=moved), why, holiday))
        return moved

    def end(day: date, code: str, **params) -> date:
        moved = _back_off_holidays(holidays, day)
        if moved != day:
            why, holiday = _why(holidays, day)
            notes.append(ProposalNote(code, dict(params, was=day, now=moved), why, holiday))
        return moved

    old_start = latest.starts_on
    if old_start.month == 9 and old_start.day <= 7:
        first = date(old_start.year + 1, *FIRST_SEPTEMBER)
        starts_on = start(first, "proposal.year_start")
        if starts_on != same_date_next_year(old_start):
            notes.append(ProposalNote("proposal.first_september",
                                      {"was": old_start, "now": starts_on}))
    else:
        starts_on = start(same_date_next_year(old_start), "proposal.year_start")

    terms: list[Span] = []
    for n, (a, b) in enumerate(latest.terms, start=1):
        first = (starts_on if a == old_start
                 else start(same_date_next_year(a), "proposal.term_start", n=n))
        terms.append((first, same_date_next_year(b)))
    for i, (a, b) in enumerate(terms):
        following = terms[i + 1][0] if i + 1 < len(terms) else None
        last = end(b, "proposal.term_end", n=i + 1)
        if following is not None and last >= following:
            last = following - timedelta(days=1)
        terms[i] = (a, last)

    old_end = latest.ends_on
    ends_on = same_date_next_year(old_end)
    if latest.terms and old_end == latest.terms[-1][1] and terms:
        ends_on = terms[-1][1]  # the last quarter's last day, already checked
    else:
        ends_on = end(ends_on, "proposal.year_end")

    gaps = {(b + timedelta(days=1), c - timedelta(days=1)): i
            for i, ((_a, b), (c, _d)) in enumerate(zip(latest.terms, latest.terms[1:]))}
    breaks: list[Break] = []
    for a, b, grade_1 in latest.breaks:
        i = gaps.get((a, b))
        if i is not None and i + 1 < len(terms):
            breaks.append((terms[i][1] + timedelta(days=1),
                           terms[i + 1][0] - timedelta(days=1), grade_1))
        else:
            new = (a + timedelta(weeks=52), b + timedelta(weeks=52))
            breaks.append((*new, grade_1))
            notes.append(ProposalNote("proposal.extra_break",
                                      {"first": new[0], "last": new[1], "grade_1": grade_1}))
    breaks.sort()
    notes.sort(key=lambda n: n.params.get("was") or n.params.get("first"))  # in date order
    data = YearInput(name=next_year_name(latest.name) or "", starts_on=starts_on,
                     ends_on=ends_on, terms=terms, breaks=breaks, confirmed=False)
    return Proposal(data, notes)


# --- where a day falls ------------------------------------------------------------------------

@dataclass(frozen=True)
class Today:
    """Where a day falls in the calendar (SchoolCalendarService.today()).

    `year_name` is the school year containing the day: the year whose first to last day
    hold it, else (between years, in summer) the one named by models/school_year.school_year.
    `year` is that year as the calendar holds it, None when the calendar lacks it. `term` is
    the quarter under way, or on a break the quarter just ended (`on_break` True); None
    before the first quarter or when the year is missing."""

    day: date
    year_name: str
    year: YearRead | None
    term: int | None
    on_break: bool

    @property
    def missing(self) -> bool:
        return self.year is None

    @property
    def unconfirmed(self) -> bool:
        return self.year is not None and not self.year.confirmed


def where_is(years: list[YearRead], day: date) -> Today:
    year = next((y for y in years if y.starts_on <= day <= y.ends_on), None)
    if year is None:
        name = school_year(day)
        year = next((y for y in years if y.name == name), None)
    name = year.name if year else school_year(day)
    term, on_break = None, False
    if year is not None:
        for n, (a, b) in enumerate(year.terms, start=1):
            if a <= day <= b:
                term, on_break = n, False
                break
            if a <= day:
                term, on_break = n, True
    return Today(day, name, year, term, on_break)

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


# --- the whole school year, part by part -----------------------------------------------------

# The parts of a school year, in order: the days before the first quarter (1 September, when
# lessons begin on the 2nd), the quarters, the breaks between them (with whatever else lies
# between two quarters), and the summer after the fourth (to 31 August). Together they are
# every day of the year once: work in a break or in June is counted somewhere.
PARTS = YEAR_PART_ROWS[:-1]
UNKNOWN_PART = YEAR_PART_ROWS[-1]  # a year the calendar lacks: its days are not split


def whole_year(year: YearRead) -> tuple[date, date]:
    """1 September to 31 August of the school year (or wider, if its dates begin in August:
    a school may start early)."""
    bounds = year_bounds(year.name)
    first, last = ((date(bounds[0], 9, 1), date(bounds[1], 8, 31)) if bounds
                   else (year.starts_on, year.ends_on))
    days = [year.starts_on, year.ends_on, *(d for span in year.terms for d in span)]
    return min(first, *days), max(last, *days)


def year_parts(year: YearRead) -> list[tuple[str, date, date]]:
    """(part, first day, last day) for the parts of the year that have days, in order."""
    first, last = whole_year(year)
    edges = [first]
    for start, end in year.terms:
        edges += [start, end + timedelta(days=1)]
    edges.append(last + timedelta(days=1))
    found = []
    for key, (starts, after) in zip(PARTS, zip(edges, edges[1:])):
        if starts < after:
            found.append((key, starts, after - timedelta(days=1)))
    return found
