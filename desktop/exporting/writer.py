"""Writing an export: every file from one read transaction, into a hidden working folder that
is renamed into place when complete, so a cancelled or failed export leaves nothing behind.

- The output: DIR/senim-export-YYYY-MM-DD-HHMM/ (a new folder; "-2", "-3" … if taken), so an
  export never overwrites anything. It is written into a hidden ".partial" folder in DIR and
  renamed into place when complete. openpyxl's own temporary sheet files go into that
  folder too, not the system temp folder (files.py).
- A killed export (the app or `senim export` ended by force) cannot clean up after itself, and
  its ".partial" folder may hold the notes in plain text. Such folders are removed at the next
  export into the same folder, and at the app's start (every export's working folder is listed
  in <data dir>/exports-pending.txt until it is gone); see cleanup.py.
- Files are 0600 and the export's folder 0700 on POSIX (desktop/file_modes.py); the target
  folder the user chose keeps its mode.
- Streaming: rows are read in batches from one read transaction (a consistent snapshot, so
  links never point at a row that is missing from its file), never all at once.

Who may export what, and the audit entry, are the use case's (services/export.py): it hands
in the tables and is called back to write the README and the audit entry.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ..file_modes import private_file
from ..models.text import collation_key
from .cleanup import _forget_pending, _remember_pending, remove_stale_exports
from .files import CsvSink, Workbook
from .readme import README, WORKBOOK
from .tables import COLLATION

if TYPE_CHECKING:
    from ..db import Database

FOLDER_PREFIX = "senim-export-"
PARTIAL_SUFFIX = ".partial"
BATCH = 1000  # rows per read, and per progress report

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """The user cancelled; nothing was left in the target folder."""


@dataclass(frozen=True)
class ExportResult:
    path: Path  # the folder (full export) or the file (pupil list)
    counts: dict[str, int] = field(default_factory=dict)  # rows per file
    notes_included: bool = False

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def write_export(db: Database, out_dir: Path, tables, started: datetime, *,
                 readme: Callable[[dict[str, int]], str],
                 audit: Callable[[dict[str, int]], None],
                 progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> tuple[Path, dict[str, int]]:
    """Every (TableSpec, columns) of `tables` as NAME.csv and a sheet of the workbook, with
    `readme(counts)` as README.txt, into a new folder in out_dir (created if missing).
    `audit(counts)` runs once all is written, before the folder is put in place. Returns
    the folder and the rows per file. Raises ExportCancelled or OSError (the disk); either
    way nothing is left behind. `progress(done, total)` is called every BATCH rows."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data_dir = _data_dir(db)
    remove_stale_exports(data_dir, out_dir)
    work = _new_work_folder(data_dir, ".senim-export-", out_dir)
    try:
        counts = _write_all(db, work, tables, readme, progress, cancel)
        check(cancel)
        for file in work.iterdir():
            private_file(file)
        audit(counts)
        final = _free_name(out_dir, f"{FOLDER_PREFIX}{started:%Y-%m-%d-%H%M}")
        os.rename(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        _forget_pending(data_dir, work)
    return final, counts


def check_list_path(path: Path, overwrite: bool) -> str:
    """The pupil list's kind by the file's extension (".csv" or ".xlsx"); ValueError for
    another, FileExistsError for a file already there unless overwrite."""
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise ValueError(f"the pupil list is a .csv or .xlsx file, not {path.name!r}")
    if path.exists() and not overwrite:
        raise FileExistsError(str(path))
    return kind


def write_list(db: Database, path: Path, stmt, columns, headers: list[str], *,
               audit: Callable[[int], None], progress: Progress | None = None,
               cancel: threading.Event | None = None) -> int:
    """The rows of `stmt` as one .csv or .xlsx file at `path` (check_list_path first), under
    `headers`; `audit(rows)` runs before the file is put in place. Returns the rows."""
    kind = path.suffix.lower()
    data_dir = _data_dir(db)
    remove_stale_exports(data_dir, path.parent)
    work = _new_work_folder(data_dir, ".senim-pupils-", path.parent)
    try:
        out = work / f"pupils{kind}"
        book = Workbook(work) if kind == ".xlsx" else None
        try:
            with Snapshot(db) as conn:
                total = count(conn, stmt)
                report(progress, 0, total)
                sink = (book.sheet("pupils", headers, [c.expr.type for c in columns])
                        if book is not None else CsvSink(out, headers))
                try:
                    done = copy_rows(conn, stmt, [sink], 0, total, progress, cancel)
                finally:
                    sink.close()
            check(cancel)
            if book is not None:
                book.save(out)
        except BaseException:
            if book is not None:
                book.discard()
            raise
        audit(done)
        private_file(out)
        os.replace(out, path)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        _forget_pending(data_dir, work)
        raise
    shutil.rmtree(work, ignore_errors=True)
    _forget_pending(data_dir, work)
    return done


def _data_dir(db: Database) -> Path:
    return Path(db.path).parent


def _new_work_folder(data_dir: Path, prefix: str, parent: Path) -> Path:
    """A hidden working folder (mkdtemp: 0700), listed in the data folder's
    exports-pending.txt first, so a killed export's folder is found at the next start."""
    work = Path(tempfile.mkdtemp(prefix=prefix, suffix=PARTIAL_SUFFIX, dir=parent))
    try:
        _remember_pending(data_dir, work)
    except OSError:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return work


def _write_all(db: Database, work: Path, tables, readme, progress: Progress | None,
               cancel) -> dict[str, int]:
    statements = [(t, cols, t.statement(cols)) for t, cols in tables]
    book = Workbook(work)
    try:
        with Snapshot(db) as conn:
            counts = {t.name: count(conn, stmt) for t, _cols, stmt in statements}
            total = sum(counts.values())
            report(progress, 0, total)
            done = 0
            for t, cols, stmt in statements:
                headers = [c.name for c in cols]
                csv_sink = CsvSink(work / f"{t.name}.csv", headers)
                try:
                    sheet = book.sheet(t.name, headers, [c.expr.type for c in cols])
                    written = copy_rows(conn, stmt, [csv_sink, sheet], done, total,
                                        progress, cancel)
                finally:
                    csv_sink.close()
                counts[t.name] = written - done
                done = written
        (work / README).write_text(readme(counts), encoding="utf-8-sig", newline="\r\n")
        check(cancel)
        book.save(work / WORKBOOK)
    except BaseException:
        book.discard()
        raise
    return counts


# --- reading ----------------------------------------------------------------------------------


class Snapshot:
    """One connection in one read transaction: every file from the same moment. The driver
    opens a transaction only before a write, so BEGIN is sent by hand."""

    def __init__(self, db: Database):
        self.db = db

    def __enter__(self):
        self.conn = self.db.engine.connect()
        raw = self.conn.connection.driver_connection
        raw.create_collation(COLLATION, _compare)
        self.conn.exec_driver_sql("BEGIN")
        return self.conn

    def __exit__(self, *exc) -> None:
        try:
            self.conn.rollback()  # nothing was written; ends the read transaction
        finally:
            self.conn.close()


def _compare(a: str, b: str) -> int:
    ka, kb = collation_key(a), collation_key(b)
    return (ka > kb) - (ka < kb)


def count(conn, stmt) -> int:
    counting = select(func.count()).select_from(stmt.order_by(None).subquery())
    return conn.execute(counting).scalar_one()


def copy_rows(conn, stmt, sinks, done: int, total: int, progress, cancel) -> int:
    result = conn.execution_options(yield_per=BATCH).execute(stmt)
    try:
        for part in result.partitions():
            check(cancel)
            for row in part:
                for sink in sinks:
                    sink.write(row)
            done += len(part)
            report(progress, done, total)
    finally:
        result.close()
    return done


def check(cancel) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled()


def report(progress, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _free_name(parent: Path, name: str) -> Path:
    candidate, n = parent / name, 1
    while candidate.exists():
        n += 1
        candidate = parent / f"{name}-{n}"
    return candidate
