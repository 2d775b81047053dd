"""Kazakhstan's holidays for the working-day clocks and the school calendar: the package's
days (models/holidays.py) with the school's corrections from the journal."""

from collections.abc import Iterable
from datetime import date

from ..db import Database
from ..models.holidays import HolidayCalendar
from .context import Context


class HolidaysService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def calendar(self, years: Iterable[int] | None = None) -> HolidayCalendar:
        """The working-day calendar for `years` (by default the year before today's to the
        year after it, which covers every clock and school year in use)."""
        if years is None:
            today = self.ctx.today()
            years = range(today.year - 1, today.year + 2)
        return HolidayCalendar(years)

    def is_working_day(self, day: date) -> bool:
        return self.calendar([day.year]).is_working_day(day)
