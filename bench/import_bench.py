"""f) Importing 5,000 pupils from an .xlsx list: reading the file, the preview (every row
matched and checked) and writing, as File → Import pupils… and `senim pupils import` do.

Two cases on a fresh encrypted journal each run: a new school (5,000 pupils added), then the
same list again a term later (every pupil matched by IIN, one in ten moved to another class).
The workbook is written before the clock starts. Baseline: openpyxl alone reading the same
file in read-only mode, the floor under any import of it.

Run on its own: `.venv/bin/python bench/import_bench.py`; `make bench` runs it too.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from common import ratio, Report, section, verdict  # noqa: E402 - bench/common.py

PUPILS = 5000
RUNS = 3
GOAL_SECONDS = 5.0


def write_list(path: Path, n: int, seed: int = 1, moved: float = 0.0) -> None:
    """A school's list as its office exports it: ФИО in one column, ИИН, birth date,
    class, sex. `moved`: the share of pupils in another class (the list a term later)."""
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from openpyxl import Workbook

    from desktop.models.iin import make_iin
    from desktop.demo.generator import KK_BOYS, KK_FATHERS, KK_GIRLS, KK_SURNAMES, RU_BOYS
    from desktop.demo.generator import RU_FATHERS, RU_GIRLS, RU_SURNAMES

    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "Оқушылар"
    ws.append(["Список обучающихся на 2026-2027 учебный год"])
    ws.append(["№", "ФИО", "ИИН/ЖСН", "Дата рождения", "Класс/Сынып", "Пол"])
    taken: set[str] = set()
    moves = random.Random(seed + 1)
    for i in range(n):
        male = rng.random() < 0.5
        grade = rng.randrange(12)
        born = date(2026 - 7 - grade, 9, 2) + timedelta(days=rng.randrange(365))
        if rng.random() < 0.7:
            surname = rng.choice(KK_SURNAMES) + ("" if male else "а")
            given = rng.choice(KK_BOYS if male else KK_GIRLS)
            patronymic = rng.choice(KK_FATHERS) + ("ұлы" if male else "қызы")
        else:
            surname = rng.choice(RU_SURNAMES) + ("" if male else "а")
            given = rng.choice(RU_BOYS if male else RU_GIRLS)
            patronymic = rng.choice(RU_FATHERS)[1 if male else 2]
        sex = "male" if male else "female"
        iin = None
        while iin is None or iin in taken:
            iin = make_iin(born, sex, rng.randrange(10000))
        taken.add(iin)
        letter = "АӘБВ"[rng.randrange(4)]
        if moves.random() < moved:
            letter = "Г"
        ws.append([i + 1, f"{surname} {given} {patronymic}", iin, born, f"{grade}{letter}",
                   "м" if male else "ж"])
    wb.save(path)


def _journal(folder: Path):
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.db import open_database
    from desktop.services import Services
    from desktop.services.context import Context

    db = open_database(folder / "senim.db", os.urandom(32))  # encrypted, like any journal
    return Services.build(db, Context(actor="bench"))


def import_once(services, path: Path) -> tuple[float, float, float, object]:
    """(read, preview, write) seconds and the summary."""
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.importing.headers import guess
    from desktop.importing.readers import read_table

    t0 = time.perf_counter()
    table = read_table(path)
    mapping = guess(table.header, table.rows, table.merged)
    t1 = time.perf_counter()
    plan = services.pupil_import.plan(table, mapping)
    t2 = time.perf_counter()
    summary = services.pupil_import.apply(plan)
    t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2, summary


def openpyxl_read(path: Path) -> float:
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from openpyxl import load_workbook

    t0 = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    ws = wb.active
    ws.reset_dimensions()
    for _row in ws.iter_rows(values_only=True):
        pass
    wb.close()
    return time.perf_counter() - t0


def measure(runs: int = RUNS) -> dict:
    """Median seconds of each case, and the baseline."""
    results: dict[str, list] = {"new": [], "again": [], "baseline": []}
    with tempfile.TemporaryDirectory(prefix="senim-import-bench-") as tmp:
        tmp = Path(tmp)
        first, later = tmp / "list.xlsx", tmp / "list-later.xlsx"
        write_list(first, PUPILS)
        write_list(later, PUPILS, moved=0.1)
        for run in range(runs):
            folder = tmp / f"journal{run}"
            folder.mkdir()
            services = _journal(folder)
            try:
                r, p, w, summary = import_once(services, first)
                assert summary.added == PUPILS, summary
                results["new"].append((r, p, w))
                r, p, w, summary = import_once(services, later)
                assert summary.added == 0 and summary.updated > 0, summary
                results["again"].append((r, p, w, summary.updated))
            finally:
                services.db.dispose()
            results["baseline"].append(openpyxl_read(first))
    return results


def _median_parts(parts: list[tuple]) -> tuple[float, float, float, float]:
    totals = [sum(p[:3]) for p in parts]
    i = totals.index(statistics.median_low(totals))
    r, p, w = parts[i][:3]
    return r, p, w, totals[i]


def measure_import(report) -> None:
    """The bench's section f), added to `report` (bench/run.py's Report)."""
    section(f"f) importing {PUPILS:,} pupils from an .xlsx (read + preview + write)")
    results = measure()
    base = statistics.median(results["baseline"])
    for key, title in (("new", "new school"), ("again", "same list again")):
        r, p, w, total = _median_parts(results[key])
        extra = (f", {results[key][0][3]:,} updated" if key == "again" else "")
        print(f"{title}: read {r:.2f} s, preview {p:.2f} s, write {w:.2f} s; total "
              f"{total:.2f} s{extra} (median of {len(results[key])}); openpyxl read alone "
              f"{base:.2f} s", flush=True)
        report.add(f"import {PUPILS:,} pupils .xlsx, {title} (median)", f"{total:.2f} s",
                   f"{base:.2f} s (openpyxl read)", ratio(total, base),
                   f"< {GOAL_SECONDS:.0f} s", verdict(total < GOAL_SECONDS))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    out = Report()
    measure_import(out)
    out.print_table()
