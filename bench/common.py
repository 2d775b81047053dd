"""What the benchmark's steps share: the report table, the figures' formats, timing and
statistics, launching a program to time its start, and running one step on its own.
bench/run.py runs them all; each bench/<step>.py can run alone (run_alone)."""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The sizes of bench journal (`make bench`, `make bench-large`): pupils, records, folder and
# school years of history (generate_demo's `years`: 1 is last school year and this one).
# "large" is issue 20's school: 20,000 pupil records over ten years; "dense" the same counts
# in 15 months, a stress case. `bench/run.py --large` (--dense) sets SENIM_BENCH_SIZE=large
# (dense), and so can a step run on its own.
SIZES = {"default": (2000, 100_000, ".bench-data", 1),
         "large": (20_000, 1_000_000, ".bench-data-large", 10),
         "dense": (20_000, 1_000_000, ".bench-data-dense", 1)}
SIZE = os.environ.get("SENIM_BENCH_SIZE", "default")
if SIZE not in SIZES:
    raise SystemExit(f"SENIM_BENCH_SIZE must be one of {', '.join(SIZES)}, not {SIZE!r}")
PUPILS, RECORDS, _FOLDER, YEARS = SIZES[SIZE]
DATA = ROOT / _FOLDER  # the bench journal, built by bench/run.py
STARTUP_TIMEOUT = 120.0


@dataclass
class Row:
    measure: str
    value: str
    baseline: str = ""
    ratio: str = ""
    goal: str = ""
    verdict: str = ""  # "ok", "MISSED", or why there is no figure


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *args, **kwargs) -> None:
        self.rows.append(Row(*args, **kwargs))

    def print_table(self) -> None:
        head = Row("measure", "Senim", "baseline", "ratio", "goal", "verdict")
        rows = [head] + self.rows
        cols = list(vars(head))
        widths = {c: max(len(getattr(r, c)) for r in rows) for c in cols}
        line = "-+-".join("-" * widths[c] for c in cols)
        print()
        print("=" * len(line))
        for i, r in enumerate(rows):
            print(" | ".join(getattr(r, c).ljust(widths[c]) for c in cols))
            if i == 0:
                print(line)
        print("=" * len(line))
        for n in self.notes:
            print(f"* {n}")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}x" if b > 0 else "-"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def section(title: str) -> None:
    print(f"\n== {title} ==", flush=True)


def timed(fn, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


@contextmanager
def collector_as_in_the_app():
    """The garbage collector as the app runs it: automatic collection off, its collections
    made between runs (desktop/views/widgets/gui_gc.py does it from a timer on the GUI
    thread), not inside a run: an automatic collection of the bench's large heap landing
    inside a run would count the collector's work as the run's."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


COLLECTING: list[float] = []  # the collections made between runs (not in the figures)


def timed_between_collections(fn, repeat: int, before=None) -> list[float]:
    """timed(), with `before` (a write, say) ahead of each run and the collector's turn after
    it, both outside its time; within collector_as_in_the_app()."""
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.views.widgets.gui_gc import collect_if_due

    out = []
    for _ in range(repeat):
        if before is not None:
            before()
        out += timed(fn, 1)
        t0 = time.perf_counter()
        collect_if_due()
        COLLECTING.append(time.perf_counter() - t0)
    return out


def stats(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95, ordered[-1]


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


@dataclass
class Launch:
    reported: float | None  # what the process printed: seconds since its own start
    seen: float | None  # when the bench read the line, from just before spawning
    wall: float  # spawn to exit
    rss_mb: float | None
    code: int | None
    stderr: str
    journal: float | None = None  # reported: the pupil list is on screen (database open)


def _max_rss_mb(rusage) -> float:
    # Linux reports kilobytes, macOS bytes.
    return rusage.ru_maxrss / (2**20 if sys.platform == "darwin" else 1024)


def vm_hwm_mb(pid: int) -> float | None:
    """The process's peak resident size so far (Linux). Unlike ru_maxrss from wait4, it
    starts afresh at exec: ru_maxrss keeps the high-water mark of the forked copy of this
    (large) bench process, so every child would look as big as the bench itself."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def launch(cmd: list[str], write_bytecode: bool = False) -> Launch:
    """`write_bytecode`: the run leaves each module's compiled bytecode (__pycache__) as an
    installed app has it, even where the environment says not to (PYTHONDONTWRITEBYTECODE,
    as on the CI's and this project's machines): without it every start compiled the
    modules changed since their bytecode was written, about 40 ms of the app's start."""
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.vault import DEMO_PASSWORD, DEMO_USER

    # The app signs in with these (--bench-startup only), so "journal shown" can be timed.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1",
               SENIM_USER=DEMO_USER, SENIM_PASSWORD=DEMO_PASSWORD)
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err)
        found: dict = {}

        def read() -> None:
            for raw in p.stdout:
                line = raw.decode("utf-8", "replace").strip()
                if line.startswith("journal-shown"):
                    try:
                        found["journal"] = float(line.split()[1])
                    except (IndexError, ValueError):
                        pass
                if line.startswith("first-window-shown") and "seen" not in found:
                    found["seen"] = time.perf_counter() - t0
                    try:
                        found["reported"] = float(line.split()[1])
                    except (IndexError, ValueError):
                        pass

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        rss = None
        code = None
        if hasattr(os, "wait4"):
            deadline = t0 + STARTUP_TIMEOUT
            hwm = None
            while True:
                now_hwm = vm_hwm_mb(p.pid)
                if now_hwm is not None:
                    hwm = max(hwm or 0.0, now_hwm)
                pid, status, usage = os.wait4(p.pid, os.WNOHANG)
                if pid:
                    wall = time.perf_counter() - t0
                    code = os.waitstatus_to_exitcode(status)
                    p.returncode = code
                    rss = hwm if hwm is not None else _max_rss_mb(usage)
                    break
                if time.perf_counter() > deadline:
                    # Still working (a large journal's backup on exit): the peak so far.
                    p.kill()
                    p.wait()
                    wall = time.perf_counter() - t0
                    rss = hwm
                    break
                time.sleep(0.002)
        else:
            try:
                code = p.wait(timeout=STARTUP_TIMEOUT)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
            wall = time.perf_counter() - t0
        reader.join(timeout=5)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return Launch(found.get("reported"), found.get("seen"), wall, rss, code, stderr,
                  found.get("journal"))


def run_alone(measure) -> int:
    """A step run on its own (`python bench/<step>.py`): sign in to the bench journal as
    `make bench` does, run `measure(report, services)`, print its table."""
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.app import settle_memory
    from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in

    if not (DATA / "senim.db").exists():
        print(f"No bench database: run `make bench` (or `make bench-large`, `bench/run.py "
              f"--dense`) once to build "
              f"{_FOLDER}/.")
        return 2
    report = Report()
    services = sign_in(DATA, DEMO_USER, DEMO_PASSWORD)
    settle_memory()  # as the app does once its journal is open
    try:
        measure(report, services)
    finally:
        services.db.dispose()
    report.print_table()
    return 0
