"""The school's early-warning thresholds and crisis contacts (Settings → Early warning).
Everyone who works with pupils reads them; the psychologist changes them. The holidays the
working-day clocks skip are services/holidays.py (Settings → Holidays)."""

from ..db import Database
from ..models import WarningSettings
from ..models.validation import clean
from ..models.warnings import THRESHOLD_LIMITS, Thresholds, check_thresholds
from .audit import append_entries
from .context import SCHOOL_WRITE, Context

_TEXT = ("line_111", "support_centre")
_FLAGS = ("bullying_window_school_year",)


class WarningSettingsService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def get(self) -> Thresholds:
        with self.db.session() as s:
            row = s.get(WarningSettings, 1) or WarningSettings()
            return Thresholds(**{f: getattr(row, f)
                                 for f in (*THRESHOLD_LIMITS, *_TEXT, *_FLAGS)})

    def save(self, t: Thresholds) -> Thresholds:
        self.ctx.require(SCHOOL_WRITE)
        check_thresholds(t).raise_if_any()
        with self.db.session() as s:
            row = s.get(WarningSettings, 1) or WarningSettings(id=1)
            for f in (*THRESHOLD_LIMITS, *_FLAGS):
                setattr(row, f, getattr(t, f))
            for f in _TEXT:
                setattr(row, f, clean(getattr(t, f)))
            s.add(row)
            append_entries(s, [("update", "warning_settings", "1",
                                ",".join((*THRESHOLD_LIMITS, *_FLAGS, *_TEXT)))])
        return self.get()
