"""Kazakhstan's holidays for the working-day clocks and the school calendar: the package's
days (models/holidays.py) with the school's corrections from the journal.

Public API (other services, the school-year calendar, `senim calendar import`):
- `HolidaysService(db, ctx).calendar(years=None)` -> HolidayCalendar: `.is_working_day(d)`,
  `.days_off(first, last)` -> [DayOff(day, name_kk, name_en, estimated, school)],
  `.knows(year)`, `.unknown_years(first, last)`, `.next_working_day(d)`,
  `.working_weekend_days(first, last)`.
- `.is_working_day(d)`, `.days_off(first, last)`, `.knows(year)`, `.next_working_day(d)`:
  the same, on a calendar read for the occasion.
- `.corrections(first, last)` -> [Correction(day, kind, name)], kind DAY_OFF or WORKING;
  `.confirmed_years()` -> frozenset of years the school confirmed.
- `.replace_corrections(years, corrections, confirmed=None)`: in bulk (an import, or the
  Settings → Holidays dialog for one year), every correction dated in `years` (an int or an
  iterable of ints) is replaced by `corrections` (which must all fall in those years);
  `confirmed=True/False` also marks those years confirmed or not (None leaves it). Needs
  SCHOOL_WRITE; validated (a WORKING day must be a weekend day or one the package has off,
  a DAY_OFF must not already be a day off of the package, one correction per day), audited.
- `replace_between(session, first, last, corrections)`: the same inside another service's
  transaction, for a span of dates (a calendar file's school years).
- `load_calendar(session, years)`: the same calendar inside another service's session.

A correction that changes nothing (a DAY_OFF on a day the law already has off, a WORKING
weekday that is a working day anyway) is refused rather than stored: the list the school
sees is then exactly what it changed.
"""

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, delete, select

from ..db import Database
from ..models import HolidayCorrection, HolidayYear
from ..models.holidays import DAY_OFF, KINDS, WORKING, Correction, DayOff, HolidayCalendar
from ..models.validation import Checker, clean
from .audit import append_entries
from .context import SCHOOL_WRITE, Context

NAME_MAX = 150


def load_calendar(s: Session, years: Iterable[int] = ()) -> HolidayCalendar:
    rows = s.exec(select(HolidayCorrection)).all()
    confirmed = s.exec(select(HolidayYear.year)).all()
    return HolidayCalendar(years, [Correction(r.day, r.kind, r.name) for r in rows], confirmed)


def _years(years: int | Iterable[int]) -> frozenset[int]:
    return frozenset([years] if isinstance(years, int) else years)


class HolidaysService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def calendar(self, years: Iterable[int] | None = None) -> HolidayCalendar:
        """The working-day calendar, with `years` read up front (by default the year before
        today's to the year after it, which covers every clock and school year in use; any
        other year is read when asked for)."""
        if years is None:
            today = self.ctx.today()
            years = range(today.year - 1, today.year + 2)
        with self.db.session() as s:
            return load_calendar(s, years)

    def is_working_day(self, day: date) -> bool:
        return self.calendar([day.year]).is_working_day(day)

    def days_off(self, first: date, last: date) -> list[DayOff]:
        return self.calendar(range(first.year, last.year + 1)).days_off(first, last)

    def knows(self, year: int) -> bool:
        return self.calendar([]).knows(year)

    def next_working_day(self, day: date) -> date:
        return self.calendar([day.year]).next_working_day(day)

    def corrections(self, first: date = date.min, last: date = date.max) -> list[Correction]:
        with self.db.session() as s:
            rows = s.exec(select(HolidayCorrection).where(
                HolidayCorrection.day >= first, HolidayCorrection.day <= last)
                .order_by(HolidayCorrection.day)).all()
            return [Correction(r.day, r.kind, r.name) for r in rows]

    def confirmed_years(self) -> frozenset[int]:
        with self.db.session() as s:
            return frozenset(s.exec(select(HolidayYear.year)).all())

    def replace_corrections(self, years: int | Iterable[int], corrections: Iterable[Correction],
                            confirmed: bool | None = None) -> list[Correction]:
        """Replace the school's corrections dated in `years` (see the module docstring)."""
        self.ctx.require(SCHOOL_WRITE)
        years = _years(years)
        first, last = date(min(years), 1, 1), date(max(years), 12, 31)
        with self.db.session() as s:
            replace_between(s, first, last, corrections, confirmed)
        return self.corrections(first, last)


def replace_between(s: Session, first: date, last: date, corrections: Iterable[Correction],
                    confirmed: bool | None = None) -> None:
    """Inside the caller's transaction (the caller checks SCHOOL_WRITE): every correction
    dated first..last is replaced by `corrections`, which must fall in that span;
    `confirmed` True/False marks the calendar years first.year..last.year (None leaves
    them). Refused whole with a ValidationError, fields "corrections.{n}"."""
    corrections = [Correction(c.day, c.kind, clean(c.name)) for c in corrections]
    years = frozenset(range(first.year, last.year + 1))
    known = set(s.exec(select(HolidayYear.year)).all())
    if confirmed is not None:
        known = known | years if confirmed else known - years
    check_corrections(first, last, corrections, known).raise_if_any()
    s.exec(delete(HolidayCorrection).where(HolidayCorrection.day >= first,
                                           HolidayCorrection.day <= last))
    s.add_all(HolidayCorrection(day=c.day, kind=c.kind, name=c.name if c.kind == DAY_OFF else "")
              for c in corrections)
    if confirmed is not None:
        s.exec(delete(HolidayYear).where(HolidayYear.year.in_(sorted(years))))
        if confirmed:
            s.add_all(HolidayYear(year=y) for y in sorted(years))
    detail = ",".join(f"{c.day.isoformat()}:{c.kind}"
                      for c in sorted(corrections, key=lambda c: c.day))
    if confirmed is not None:
        detail += f";confirmed={'yes' if confirmed else 'no'}"
    span = (f"{first.year}-{last.year}" if (first.month, first.day, last.month, last.day)
            == (1, 1, 12, 31) else f"{first.isoformat()}..{last.isoformat()}")
    append_entries(s, [("update", "holiday_correction", span, detail[:1000])])


def check_corrections(first: date, last: date, corrections: list[Correction],
                      confirmed_years: Iterable[int] = ()) -> Checker:
    """Each correction from first to last, one per day, and one that changes the law's day (as the
    calendar has it with these years confirmed or not)."""
    c = Checker()
    law = HolidayCalendar(confirmed_years=confirmed_years)  # without the school's corrections
    seen = set()
    for n, corr in enumerate(corrections):
        field = f"corrections.{n}"
        if corr.kind not in KINDS:
            c.add(field, "holidays.kind")
        elif not first <= corr.day <= last:
            c.add(field, "holidays.outside_year", year=corr.day.year)
        elif corr.day in seen:
            c.add(field, "holidays.twice", date=corr.day)
        elif corr.kind == DAY_OFF and not law.is_working_day(corr.day):
            c.add(field, "holidays.already_off", date=corr.day)
        elif corr.kind == WORKING and law.is_working_day(corr.day):
            c.add(field, "holidays.already_working", date=corr.day)
        elif len(corr.name) > NAME_MAX:
            c.add(field, "too_long", max=NAME_MAX)
        seen.add(corr.day)
    return c
