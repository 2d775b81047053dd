"""The school's early-warning thresholds, holidays and crisis contacts (Settings → Early
warning). Everyone who works with pupils reads them; the psychologist changes them."""

from sqlmodel import delete, select

from ..db import Database
from ..models import Holiday, WarningSettings
from ..models.validation import clean
from ..models.warnings import THRESHOLD_LIMITS, Thresholds, check_thresholds
from .context import SCHOOL_WRITE, Context

_TEXT = ("line_111", "support_centre")


class WarningSettingsService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def get(self) -> Thresholds:
        with self.db.session() as s:
            row = s.get(WarningSettings, 1) or WarningSettings()
            holidays = s.exec(select(Holiday.day).order_by(Holiday.day)).all()
            return Thresholds(**{f: getattr(row, f) for f in (*THRESHOLD_LIMITS, *_TEXT)},
                              holidays=list(holidays))

    def save(self, t: Thresholds) -> Thresholds:
        self.ctx.require(SCHOOL_WRITE)
        check_thresholds(t).raise_if_any()
        with self.db.session() as s:
            row = s.get(WarningSettings, 1) or WarningSettings(id=1)
            for f in THRESHOLD_LIMITS:
                setattr(row, f, getattr(t, f))
            for f in _TEXT:
                setattr(row, f, clean(getattr(t, f)))
            s.add(row)
            names = dict(s.exec(select(Holiday.day, Holiday.name)).all())
            s.exec(delete(Holiday))
            s.add_all(Holiday(day=d, name=names.get(d, "")) for d in sorted(set(t.holidays)))
            from .audit import append_entries  # settings rows are not Tracked: say it here

            append_entries(s, [("update", "warning_settings", "1",
                                ",".join((*THRESHOLD_LIMITS, *_TEXT, "holidays")))])
        return self.get()

    def holidays(self) -> frozenset:
        with self.db.session() as s:
            return frozenset(s.exec(select(Holiday.day)).all())
