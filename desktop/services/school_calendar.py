"""The school calendar: years, their quarters and breaks (models/school_calendar.py has the
rules), and the periods a term summary compares.

- Rights: reading needs COUNTS_READ (every role, the head teacher's summary too); adding,
  changing and removing a year need SCHOOL_WRITE (the psychologist).
- update() replaces a year's quarters and breaks in the same transaction as the year: a
  failure leaves the year as it was.
- remove() deletes a year for good (the audit trail records it as a permanent delete). A
  year is settings, not a record about anyone, nothing refers to it by id, and its name is
  unique in the table: a soft-deleted "2026-2027" would stop the user adding it again.
- The calendar is a handful of rows, so each call loads it whole and works in Python.
- "Today" is the context's clock (Context.today()), never the machine's date, so a test or
  a demo can set it: today() says which year and quarter a day falls in, or that the
  calendar lacks its year.
- A year is confirmed (checked against the ministry's order) once create()/update() save
  it with `confirmed` True (the dialog always does), confirm() marks it, or
  import_years() brings it from a calendar file (services/calendar_file.py).
"""

import uuid
from datetime import date, timedelta

from sqlmodel import Session, delete, select

from ..db import Database
from ..models import AcademicYear, SchoolBreak, Term
from ..models.school_calendar import (
    Proposal, Today, YearInput, YearRead, check_year, dates_a_year_earlier, days_just_before,
    previous_year_name, proposed_next_year, whole_year, where_is,
)
from ..models.term_summary import Period
from ..models.validation import Checker, clean
from .calendar_file import CalendarFileError, LineError, year_errors
from .common import stamp
from .context import COUNTS_READ, SCHOOL_WRITE, Context
from .errors import NotFound, ValidationError
from .holidays import HolidaysService, replace_between

DEFAULT_DAY_SEARCH = 120  # days: past the longest break and its holidays, never a loop


class SchoolCalendarService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- reading -----------------------------------------------------------------------------

    def years(self) -> list[YearRead]:
        """Every year, the newest first."""
        self.ctx.require(COUNTS_READ)
        with self.db.session() as s:
            return _load(s)

    def get(self, name: str) -> YearRead:
        year = self._find(name)
        if year is None:
            raise NotFound(f"AcademicYear {name}")
        return year

    def _find(self, name: str | None) -> YearRead | None:
        return next((y for y in self.years() if y.name == name), None) if name else None

    def today(self, day: date | None = None) -> Today:
        """Where `day` (by default the context's today) falls: its school year as the
        calendar holds it (or that the calendar lacks it), the quarter under way or just
        ended (on a break), and whether the year is confirmed."""
        return where_is(self.years(), day or self.ctx.today())

    def school_day(self, day: date) -> date:
        """The date a form proposes for something due (a follow-up, a review): `day` when
        pupils and staff are at school, else the first such day after it - not a weekend, a
        holiday or the school's own day off (HolidaysService), nor inside a break of the
        school calendar (grade 1's extra week aside). A date the user picks is never moved:
        only the default. Needs no right: it says nothing about anyone."""
        with self.db.session() as s:
            breaks = [(a, b) for y in _load(s) for a, b, grade_1 in y.breaks if not grade_1]
        holidays = HolidaysService(self.db, self.ctx).calendar(range(day.year, day.year + 2))
        for _ in range(DEFAULT_DAY_SEARCH):
            if holidays.is_working_day(day) and not any(a <= day <= b for a, b in breaks):
                return day
            day += timedelta(days=1)
        return day

    def proposal(self) -> Proposal | None:
        """The year after the newest, proposed from it with Kazakhstan's holidays (see
        models/school_calendar.proposed_next_year); None when the calendar is empty."""
        years = self.years()
        if not years:
            return None
        latest = years[0]
        first = latest.starts_on.year + 1
        holidays = HolidaysService(self.db, self.ctx).calendar(range(first, first + 2))
        return proposed_next_year(latest, holidays)

    def term_of(self, day: date) -> tuple[str, int] | None:
        """(year, quarter number) of the quarter `day` falls in; None on a break, in the
        summer, or when the calendar lacks that year. Grade 1's extra week lies inside a
        quarter and belongs to it."""
        for year in self.years():
            for number, (first, last) in enumerate(year.terms, start=1):
                if first <= day <= last:
                    return year.name, number
        return None

    def latest_term(self, day: date) -> tuple[str, int] | None:
        """The quarter under way on `day`, or else the last one to begin before it (on a
        break, the quarter just ended): what a summary screen opens on."""
        begun = [(first, year.name, number) for year in self.years()
                 for number, (first, _last) in enumerate(year.terms, start=1) if first <= day]
        return max(begun)[1:] if begun else None

    def period(self, year: str, term: int | None = None) -> Period:
        """A quarter (term 1-4) or, with term None, the whole school year."""
        found = self._period(self.years(), year, term)
        if found is None:
            raise NotFound(f"AcademicYear {year} term {term}")
        return found

    @staticmethod
    def _period(years: list[YearRead], name: str | None, term: int | None) -> Period | None:
        year = next((y for y in years if y.name == name), None)
        if year is None:
            return None
        if term is None:  # 1 September to 31 August: the breaks and the summer too
            return Period(*whole_year(year), year.name)
        if not 1 <= term <= len(year.terms):
            return None
        first, last = year.term(term)
        return Period(first, last, year.name, term)

    def comparison_periods(self, current: Period) -> tuple[Period, Period]:
        """(previous, last_year) to set beside `current`.

        A quarter: the quarter before (Q4 of the year before, for Q1) and the same quarter
        of the year before. A whole year: the year before, twice. What the calendar lacks,
        and a free range, falls back to shifted dates with no year or term: as many days
        just before, and the same dates a year earlier (29 February → 28 February); for a
        whole year both fall back to the dates a year earlier."""
        years = self.years()
        earlier = previous_year_name(current.year) if current.year else None
        shifted_back = dates_a_year_earlier(current.starts_on, current.ends_on)
        if current.is_term:
            before = ((current.year, current.term - 1) if current.term > 1
                      else (earlier, 4))
            previous = (self._period(years, *before)
                        or days_just_before(current.starts_on, current.ends_on))
            last_year = self._period(years, earlier, current.term) or shifted_back
            return previous, last_year
        if current.is_year:
            last_year = self._period(years, earlier, None) or shifted_back
            return last_year, last_year
        return days_just_before(current.starts_on, current.ends_on), shifted_back

    def periods_for_range(self, starts_on: date, ends_on: date) -> list[Period]:
        """The calendar's quarters that share a day with starts_on..ends_on, whole and in
        order (a summary of a free range can say which quarters it touches)."""
        return sorted((Period(first, last, year.name, number) for year in self.years()
                       for number, (first, last) in enumerate(year.terms, start=1)
                       if first <= ends_on and starts_on <= last), key=lambda p: p.starts_on)

    def range_period(self, starts_on: date, ends_on: date) -> Period:
        """starts_on..ends_on as the quarter or year it is exactly, if it is one (so its
        comparisons come from the calendar); else a free range."""
        for year in self.years():
            if (starts_on, ends_on) == whole_year(year):
                return Period(starts_on, ends_on, year.name)
            for number, span in enumerate(year.terms, start=1):
                if (starts_on, ends_on) == span:
                    return Period(starts_on, ends_on, year.name, number)
        return Period(starts_on, ends_on)

    # --- writing -----------------------------------------------------------------------------

    def create(self, data: YearInput) -> YearRead:
        self.ctx.require(SCHOOL_WRITE)
        return self._save(None, data)

    def update(self, name_or_id: str | uuid.UUID, data: YearInput) -> YearRead:
        """Changes the year and replaces its quarters and breaks, all in one transaction."""
        self.ctx.require(SCHOOL_WRITE)
        return self._save(name_or_id, data)

    def confirm(self, name: str) -> YearRead:
        """Mark the year as checked against the ministry's order, its dates unchanged."""
        self.ctx.require(SCHOOL_WRITE)
        with self.db.session() as s:
            row = _row(s, name)
            row.confirmed = True
            stamp(row, self.ctx)
            s.add(row)
        return self.get(name)

    def import_file(self, parsed) -> list[YearRead]:
        """A parsed calendar file (services/calendar_file.py): its years and holiday
        corrections, all or nothing; CalendarFileError names the lines refused."""
        self.ctx.require(SCHOOL_WRITE)
        years = [y.data for y in parsed.years]
        try:
            with self.db.session() as s:
                names = self.import_years(years, session=s)
                if parsed.corrections:  # in the same transaction as the years
                    replace_between(s, *parsed.span, parsed.corrections)
        except ValidationError as exc:
            errors = []
            for e in exc.errors:
                index, _, rest = e.field.partition(".")
                if index == "corrections":  # a holiday correction: its own line
                    errors.append(LineError(parsed.correction_lines[int(rest)], e.code,
                                            e.params))
                    continue
                year = parsed.years[int(index)] if index.isdigit() else parsed.years[0]
                errors += year_errors(year, [type(e)(rest or e.field, e.code, e.params)])
            raise CalendarFileError(sorted(errors, key=lambda e: e.line)) from exc
        return [self.get(name) for name in names]

    def import_years(self, years: list[YearInput], session: Session | None = None
                     ) -> list[str]:
        """Adds each year, or replaces the one of the same name, all in one transaction:
        one refused year leaves the calendar as it was. Raises ValidationError whose field
        names are prefixed with the year's index in `years` ("0.terms.1.starts_on").
        `session`: the caller's unit of work (to write holiday corrections with it); the
        years' names are returned, to read once it is committed."""
        self.ctx.require(SCHOOL_WRITE)
        c = Checker()
        for i, data in enumerate(years):
            for e in check_year(data).errors:
                c.add(f"{i}.{e.field}", e.code, **e.params)
        c.raise_if_any()
        if session is None:
            with self.db.session() as s:
                self._import(s, years)
        else:
            self._import(session, years)
        return [clean(y.name) for y in years]

    def _import(self, s: Session, years: list[YearInput]) -> None:
        ids = []
        for i, data in enumerate(years):
            name = clean(data.name)
            row = s.exec(select(AcademicYear).where(AcademicYear.name == name)).first()
            if row is None:
                row = AcademicYear()
            row.deleted_at = None
            c = Checker()
            _check_against_others(c, s, row.id, data)
            if c.errors:
                raise ValidationError([type(e)(f"{i}.{e.field}", e.code, e.params)
                                       for e in c.errors])
            row.name, row.starts_on, row.ends_on = name, data.starts_on, data.ends_on
            row.confirmed = bool(data.confirmed)
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            _drop_parts(s, row.id)
            s.add_all(_parts(row.id, data))
            s.flush()
            ids.append(row.id)

    def remove(self, year_id: uuid.UUID) -> None:
        """Deletes the year with its quarters and breaks, for good (see the module's note)."""
        self.ctx.require(SCHOOL_WRITE)
        with self.db.session() as s:
            row = _row(s, year_id)
            _drop_parts(s, row.id)
            s.delete(row)

    def _save(self, name_or_id, data: YearInput) -> YearRead:
        c = check_year(data)
        with self.db.session() as s:
            row = _row(s, name_or_id) if name_or_id is not None else AcademicYear()
            _check_against_others(c, s, row.id, data)
            c.raise_if_any()
            row.name = clean(data.name)
            row.starts_on, row.ends_on = data.starts_on, data.ends_on
            row.confirmed = bool(data.confirmed)
            stamp(row, self.ctx)
            s.add(row)
            s.flush()  # the year's row first: its quarters and breaks refer to it
            _drop_parts(s, row.id)
            s.add_all(_parts(row.id, data))
            name = row.name
        return self.get(name)


def _check_against_others(c: Checker, s: Session, year_id, data: YearInput) -> None:
    """The name is free, and no other year shares a day with this one (once the dates are
    right in themselves)."""
    others = s.exec(select(AcademicYear).where(AcademicYear.id != year_id)).all()
    name = clean(data.name)
    if any(o.name == name for o in others):  # soft-deleted rows too: the name is unique
        c.add("name", "year.name_taken")
    if c.errors:
        return
    for o in others:
        if o.deleted_at is None and data.starts_on <= o.ends_on and o.starts_on <= data.ends_on:
            c.add("starts_on", "year.overlaps", name=o.name)
            break


def _row(s: Session, name_or_id) -> AcademicYear:
    column = AcademicYear.id if isinstance(name_or_id, uuid.UUID) else AcademicYear.name
    row = s.exec(select(AcademicYear).where(column == name_or_id,
                                            AcademicYear.deleted_at.is_(None))).first()
    if row is None:
        raise NotFound(f"AcademicYear {name_or_id}")
    return row


def _drop_parts(s: Session, year_id: uuid.UUID) -> None:
    s.exec(delete(Term).where(Term.year_id == year_id))
    s.exec(delete(SchoolBreak).where(SchoolBreak.year_id == year_id))


def _parts(year_id: uuid.UUID, data: YearInput) -> list:
    """The year's new Term and SchoolBreak rows."""
    return [*(Term(year_id=year_id, number=n, starts_on=a, ends_on=b)
              for n, (a, b) in enumerate(data.terms, start=1)),
            *(SchoolBreak(year_id=year_id, starts_on=a, ends_on=b, first_grade_only=bool(g))
              for a, b, g in data.breaks)]


def load_years(s: Session) -> list[YearRead]:
    """The calendar's years, latest first, read in the caller's session."""
    return _load(s)


def _load(s: Session) -> list[YearRead]:
    years = s.exec(select(AcademicYear).where(AcademicYear.deleted_at.is_(None))
                   .order_by(AcademicYear.starts_on.desc())).all()
    ids = [y.id for y in years]
    terms: dict[uuid.UUID, list] = {i: [] for i in ids}
    breaks: dict[uuid.UUID, list] = {i: [] for i in ids}
    if ids:
        for t in s.exec(select(Term).where(Term.year_id.in_(ids)).order_by(Term.number)):
            terms[t.year_id].append((t.starts_on, t.ends_on))
        for b in s.exec(select(SchoolBreak).where(SchoolBreak.year_id.in_(ids))
                        .order_by(SchoolBreak.starts_on, SchoolBreak.ends_on)):
            breaks[b.year_id].append((b.starts_on, b.ends_on, b.first_grade_only))
    return [YearRead(y.id, y.name, y.starts_on, y.ends_on, tuple(terms[y.id]),
                     tuple(breaks[y.id]), bool(y.confirmed)) for y in years]


__all__ = ["SchoolCalendarService"]
