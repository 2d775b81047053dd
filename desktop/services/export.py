"""Data out, the use case: who may export what. The files themselves (CSV, the workbook, the
README, the pupil list) are written by desktop/exporting/.

Decisions, written down:
- Roles: the whole export needs PUPILS_READ (a head teacher sees counts, never names, and is
  refused with NotAllowed). A file is written only when the user has its right (RIGHTS).
  The confidential session notes are a column only with include_notes=True, which needs
  NOTES_READ (asked for by anyone else: NotAllowed); without them the column is absent, not
  empty, so nobody mistakes "not exported" for "no notes".
- The audit trail gets one EXPORT entry with the row counts and whether notes were
  included; never a name or the folder (a path can hold a person's name).
- What is in each file, and how values are written: exporting/tables.py and values.py.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..exporting.readme import readme_text
from ..exporting.tables import TABLES, ExportColumn, TableSpec, pupil_list_columns, spec
from ..exporting.writer import (
    ExportCancelled, ExportResult, Progress, check_list_path, write_export, write_list,
)
from ..models import Pupil
from ..models.audit import EXPORT
from .audit import AuditService
from .context import (
    ATTENTION_READ, CASES_READ, COUNCIL_READ, CONCERNS_READ, FOLLOWUPS_READ, NOTES_READ, OBSERVATIONS_READ,
    PREVENTION_READ, PUPILS_READ, REFERRALS_READ, SESSIONS_READ, Context, NotAllowed,
)
from .school import SchoolService

if TYPE_CHECKING:
    from ..db import Database

# The right each file needs; None: anyone who may export at all. A new table in
# exporting/tables.py needs its entry here (a KeyError says so).
RIGHTS: dict[str, str | None] = {
    "school": None, "pupils": PUPILS_READ, "guardians": PUPILS_READ,
    "sessions": SESSIONS_READ, "session_pupils": SESSIONS_READ,
    "observations": OBSERVATIONS_READ, "observation_forms": OBSERVATIONS_READ,
    "observation_pupils": OBSERVATIONS_READ, "follow_ups": FOLLOWUPS_READ,
    "concerns": CONCERNS_READ, "concern_pupils": CONCERNS_READ,
    "concern_responses": CONCERNS_READ, "bullying_cases": CASES_READ,
    "case_pupils": CASES_READ, "case_stages": CASES_READ,
    "warning_dismissals": ATTENTION_READ, "organisations": REFERRALS_READ,
    "referrals": REFERRALS_READ, "referral_amendments": REFERRALS_READ,
    "academic_years": None, "terms": None, "school_breaks": None, "holiday_corrections": None,
    "preventive_activities": PREVENTION_READ,
    "council_members": COUNCIL_READ, "council_meetings": COUNCIL_READ,
    "council_attendance": COUNCIL_READ, "council_items": COUNCIL_READ,
    "accompaniment_grounds": COUNCIL_READ, "accompaniments": COUNCIL_READ,
    "accompaniment_reviews": COUNCIL_READ, "council_proposals": COUNCIL_READ,
}


class ExportService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def may_export(self) -> bool:
        return self.ctx.can(PUPILS_READ)

    def may_include_notes(self) -> bool:
        return self.ctx.can(NOTES_READ)

    def tables(self, include_notes: bool = False
               ) -> list[tuple[TableSpec, tuple[ExportColumn, ...]]]:
        """The files this user gets, each with its columns."""
        self.ctx.require(PUPILS_READ)
        if include_notes:
            self.ctx.require(NOTES_READ)
        return [(t, t.visible_columns(include_notes)) for t in TABLES
                if RIGHTS[t.name] is None or self.ctx.can(RIGHTS[t.name])]

    def export_all(self, out_dir: Path, include_notes: bool = False,
                   progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> ExportResult:
        """Every file into a new folder in out_dir (created if missing); its path is returned.
        Raises NotAllowed, ExportCancelled, or OSError (the disk); either way nothing is left
        behind. `progress(done, total)` is called from this thread every BATCH rows."""
        tables = self.tables(include_notes)
        started = self.ctx.now()
        final, counts = write_export(
            self.db, Path(out_dir), tables, started,
            readme=lambda counts: self._readme(tables, counts, started, include_notes),
            audit=lambda counts: self._audit(
                "", {"notes": "yes" if include_notes else "no", **counts}),
            progress=progress, cancel=cancel)
        return ExportResult(final, counts, include_notes)

    def export_pupils(self, path: Path, include_left: bool = False, overwrite: bool = False,
                      progress: Progress | None = None,
                      cancel: threading.Event | None = None) -> ExportResult:
        """The pupil list, by the file's extension (.csv or .xlsx), with the list titles of
        pupils.csv's columns as headers. FileExistsError unless overwrite; ValueError for
        another extension."""
        self.ctx.require(PUPILS_READ)
        path = Path(path)
        kind = check_list_path(path, overwrite)
        path.parent.mkdir(parents=True, exist_ok=True)
        columns = pupil_list_columns()
        stmt = spec("pupils").statement(columns)
        if not include_left:
            stmt = stmt.where(Pupil.active.is_(True))
        done = write_list(
            self.db, path, stmt, columns, [c.list_title for c in columns],
            audit=lambda rows: self._audit("pupil", {"list": kind[1:], "rows": rows}),
            progress=progress, cancel=cancel)
        return ExportResult(path, {"pupils": done})

    def _audit(self, entity: str, detail: dict) -> None:
        AuditService(self.db, self.ctx).record(
            EXPORT, entity, "", ",".join(f"{k}={v}" for k, v in detail.items()))

    def _readme(self, tables, counts: dict[str, int], started: datetime, notes: bool) -> str:
        school = SchoolService(self.db, self.ctx).get()
        if notes:
            notes_line = "INCLUDED (sessions.csv, column notes)"
        elif self.ctx.can(NOTES_READ):
            notes_line = "not included (not chosen for this export)"
        else:
            notes_line = "not included (this account may not read them)"
        return readme_text(
            tables, counts, started, actor=self.ctx.actor, role=self.ctx.role,
            school_name=(school.name_kk or school.name_ru) if school else "",
            notes_line=notes_line)


__all__ = ["ExportCancelled", "ExportResult", "ExportService", "NotAllowed", "RIGHTS"]
