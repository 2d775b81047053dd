"""Senim's benchmark: `make bench` (or `.venv/bin/python bench/run.py`).

Builds (or reuses) a database of 2,000 pupils and 100,000 sessions + observations in
.bench-data/, then measures, each beside a baseline taken in the same run:

  a) process start -> first window shown: `python -m desktop --bench-startup` vs an empty
     QMainWindow (bench/bare_window.py); median of several runs, offscreen Qt;
  b) a keystroke in the pupil search -> results: PupilService.search (and the PupilsPage
     widget when it exists) vs a `SELECT 1` round trip (and a plain QLineEdit);
  c) opening a pupil card with 1,000 chronology entries vs one with 10;
  d) peak memory (max RSS) of the app's startup vs the bare window;
  f) importing 5,000 pupils from an .xlsx, preview included (bench/import_bench.py) vs
     openpyxl alone reading the file;
  g) refreshing the dashboard (every early-warning rule, concerns, actions, sessions;
     bench/dashboard_bench.py) vs a `SELECT 1` round trip and the counts-only page;
  h) a referral letter as PDF, one and two pages (bench/pdf_bench.py) vs reportlab writing
     a one-line PDF with the same fonts.
  k) the app's peak memory after a look at every page (bench/look_round.py) vs its peak
     when the journal is first shown.

A benchmark, not a test: it reports, it does not fail on a missed goal.
Options: --rebuild (build the database again), --runs N (startup runs, default 5),
--large (`make bench-large`: 20,000 pupil records and 1,000,000 records over ten school
years in .bench-data-large/), --dense (the same counts in 15 months, .bench-data-dense/),
--build-only (build or upgrade the database, measure nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _size in ("large", "dense"):  # before bench/common.py reads the size
    if f"--{_size}" in sys.argv[1:]:
        os.environ["SENIM_BENCH_SIZE"] = _size

from common import (  # noqa: E402 - bench/common.py, after the paths above
    DATA, PUPILS, RECORDS, YEARS, Report, launch, median, ms, ratio, section, stats, timed,
    verdict,
)

DB_FILE = DATA / "senim.db"
META_FILE = DATA / "bench.json"
SEED = 1
HEAVY, LIGHT = 1000, 10  # chronology lines of the two extra pupils
META_VERSION = 4  # 2: encrypted, with the demo account; 3: Argon2id capped at 64 MiB;
# 4: concerns, bullying cases and self-harm risks in the demo data

GOAL_STARTUP_RATIO = 1.5
GOAL_SEARCH = 0.050  # seconds
GOAL_CARD = 0.100
GOAL_SAVE = 0.100
GOAL_MEMORY_MB = 300.0


# --- results -------------------------------------------------------------------------------


# --- the database --------------------------------------------------------------------------


def _schema_head() -> str:
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.migrations import HEAD

    return HEAD


def _wanted_meta() -> dict:
    return {"version": META_VERSION, "pupils": PUPILS, "records": RECORDS, "years": YEARS,
            "seed": SEED, "heavy": HEAVY, "light": LIGHT, "schema": _schema_head()}


def _reusable() -> dict | None:
    if not (DB_FILE.exists() and META_FILE.exists()):
        return None
    try:
        meta = json.loads(META_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    wanted = _wanted_meta()
    # An older schema is fine: signing in migrates the journal, as it does a user's.
    meta.setdefault("years", 1)  # built before the bench had sizes over several years
    if any(meta.get(k) != v for k, v in wanted.items() if k != "schema"):
        return None
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from sqlalchemy import text

    from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in

    try:
        db = sign_in(DATA, DEMO_USER, DEMO_PASSWORD).db
    except Exception:  # noqa: BLE001 - no keyring, an old plain database: build again
        return None
    try:
        if db.schema_revision() != wanted["schema"]:
            return None
        with db.engine.connect() as conn:
            pupils = conn.execute(text("SELECT count(*) FROM pupil")).scalar()
            ids = [meta["heavy_id"], meta["light_id"]]
            found = conn.execute(text("SELECT count(*) FROM pupil WHERE id IN (:a, :b)"),
                                 {"a": ids[0].replace("-", ""), "b": ids[1].replace("-", "")}).scalar()
    except Exception:  # noqa: BLE001 - anything odd: build again
        return None
    finally:
        db.dispose()
    if pupils != PUPILS + 2 or found != 2:
        return None
    if meta.get("schema") != wanted["schema"]:
        meta["schema"] = wanted["schema"]
        META_FILE.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta


def _span() -> str:
    """The school years the bench journal's records span, as its table's note says."""
    return ("last school year and this one" if YEARS == 1
            else f"{YEARS} school years before this one and this one")


def build_database(rebuild: bool) -> dict:
    """The bench database and its meta (ids of the heavy and light pupils)."""
    section("bench database")
    meta = None if rebuild else _reusable()
    if meta is not None:
        print(f"reusing {DB_FILE.relative_to(ROOT)} (built {meta['built_at']} in "
              f"{meta['build_seconds']:.1f} s: {PUPILS:,} pupils, {RECORDS:,} records, "
              f"{_span()})")
        return meta
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.models.account import AccountInput
    from desktop.demo.generator import add_pupil_with_history, generate_demo
    from desktop.vault import DEMO_PASSWORD, DEMO_USER, set_up

    DATA.mkdir(exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{DB_FILE}{suffix}").unlink(missing_ok=True)
    (DATA / "keys.json").unlink(missing_ok=True)
    META_FILE.unlink(missing_ok=True)
    print(f"building {DB_FILE.relative_to(ROOT)}: {PUPILS:,} pupils, {RECORDS:,} records, "
          f"{_span()} ...", flush=True)
    t0 = time.perf_counter()
    services, _recovery = set_up(DATA, AccountInput(
        user_name=DEMO_USER, display_name="Bench", password=DEMO_PASSWORD))
    db, ctx = services.db, services.ctx
    summary = generate_demo(db, ctx, pupils=PUPILS, records=RECORDS, seed=SEED, years=YEARS)
    t_demo = time.perf_counter() - t0
    heavy = add_pupil_with_history(db, ctx, HEAVY, seed=SEED)
    light = add_pupil_with_history(db, ctx, LIGHT, seed=SEED + 1)
    db.dispose()
    seconds = time.perf_counter() - t0
    print(f"generate_demo: {summary.pupils:,} pupils, {summary.sessions:,} sessions, "
          f"{summary.observations:,} observations, {summary.follow_ups:,} follow-ups "
          f"in {t_demo:.1f} s")
    print(f"built in {seconds:.1f} s in all (with the {HEAVY:,}- and {LIGHT}-entry pupils); "
          f"file {DB_FILE.stat().st_size / 2**20:.0f} MB")
    meta = dict(_wanted_meta(), heavy_id=str(heavy), light_id=str(light),
                build_seconds=seconds, demo_seconds=t_demo,
                built_at=time.strftime("%Y-%m-%d %H:%M"))
    META_FILE.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta


# --- a) startup and d) memory ----------------------------------------------------------------


def measure_startup(report: Report, runs: int) -> None:
    section(f"a) start -> first window shown, d) peak memory ({runs} runs each, offscreen)")
    app_cmd = [sys.executable, "-m", "desktop", "--data-dir", str(DATA), "--bench-startup"]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    # One warm-up each (bytecode and disk caches), then alternate so drift hits both alike.
    first = launch(app_cmd, write_bytecode=True)
    if first.reported is None:
        why = ("timed out" if first.code is None else f"exit code {first.code}")
        tail = "\n".join(first.stderr.strip().splitlines()[-8:])
        print(f"the app did not print 'first-window-shown' ({why}); is --bench-startup "
              f"implemented in desktop/app/?\n{tail}")
        report.add("start -> first window", "n/a", goal=f"<= {GOAL_STARTUP_RATIO:g}x bare",
                   verdict="app has no --bench-startup line")
        report.add("peak memory (startup)", "n/a", goal=f"< {GOAL_MEMORY_MB:.0f} MB",
                   verdict="app has no --bench-startup line")
        return
    launch(bare_cmd, write_bytecode=True)
    app_runs, bare_runs = [], []
    for i in range(runs):
        app_runs.append(launch(app_cmd))
        bare_runs.append(launch(bare_cmd))
        a, b = app_runs[-1], bare_runs[-1]
        print(f"run {i + 1}: app {a.reported if a.reported is not None else '-'} s reported, "
              f"{a.wall:.3f} s wall, {a.rss_mb or 0:.0f} MB | bare {b.reported} s reported, "
              f"{b.wall:.3f} s wall, {b.rss_mb or 0:.0f} MB", flush=True)
    app_rep, bare_rep = median(r.reported for r in app_runs), median(r.reported for r in bare_runs)
    app_seen, bare_seen = median(r.seen for r in app_runs), median(r.seen for r in bare_runs)
    app_wall, bare_wall = median(r.wall for r in app_runs), median(r.wall for r in bare_runs)
    if app_rep is None or bare_rep is None:
        report.add("start -> first window", "n/a", verdict="no figure in some runs")
    else:
        report.add("start -> first window (reported, median)", f"{app_rep:.3f} s",
                   f"{bare_rep:.3f} s", ratio(app_rep, bare_rep), f"<= {GOAL_STARTUP_RATIO:g}x",
                   verdict(app_rep <= GOAL_STARTUP_RATIO * bare_rep))
        app_journal = median(r.journal for r in app_runs)
        if app_journal is not None:
            report.add("start -> pupil list shown (median)", f"{app_journal:.3f} s", f"{bare_rep:.3f} s",
                       ratio(app_journal, bare_rep), "(info: database opened off the GUI thread)")
        report.add("start -> line read by bench (median)", f"{app_seen:.3f} s", f"{bare_seen:.3f} s",
                   ratio(app_seen, bare_seen), "(cross-check)")
    report.add("start -> process exit, wall (median)", f"{app_wall:.3f} s", f"{bare_wall:.3f} s",
               ratio(app_wall, bare_wall), "(info)")
    app_rss = [r.rss_mb for r in app_runs if r.rss_mb is not None]
    bare_rss = [r.rss_mb for r in bare_runs if r.rss_mb is not None]
    if app_rss and bare_rss:
        peak = max(app_rss)
        report.add("peak memory, VmHWM/max RSS (worst run)", f"{peak:.0f} MB", f"{max(bare_rss):.0f} MB",
                   ratio(peak, max(bare_rss)), f"< {GOAL_MEMORY_MB:.0f} MB",
                   verdict(peak < GOAL_MEMORY_MB))
    else:
        report.add("peak memory (startup)", "n/a", goal=f"< {GOAL_MEMORY_MB:.0f} MB",
                   verdict="no os.wait4 on this platform")


def measure_look_round(report: Report) -> None:
    """k) A session reads more than the start: the dashboard, then every page in turn, in a
    process of its own (bench/look_round.py), its peak memory against the same process's
    when the journal was first shown."""
    section("k) peak memory after a look at every page (one run, offscreen)")
    env = {k: v for k, v in os.environ.items() if k not in ("SENIM_USER", "SENIM_PASSWORD")}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "look_round.py"), str(DATA)],
                          capture_output=True, text=True, timeout=600, env=env)
    found = dict(line.split() for line in done.stdout.splitlines()
                 if line.startswith(("journal-shown-peak ", "look-round-peak ")))
    if "look-round-peak" not in found:
        print(done.stderr[-2000:])
        report.add("peak memory after every page", "n/a", goal=f"< {GOAL_MEMORY_MB:.0f} MB",
                   verdict="no figure, see above")
        return
    shown, peak = float(found["journal-shown-peak"]), float(found["look-round-peak"])
    print(f"peak memory: {shown:.0f} MB when the journal is shown, {peak:.0f} MB after every "
          f"page")
    report.add("peak memory after a look at every page", f"{peak:.0f} MB",
               f"{shown:.0f} MB (journal shown)", ratio(peak, shown),
               f"< {GOAL_MEMORY_MB:.0f} MB", verdict(peak < GOAL_MEMORY_MB))


# --- b) search and c) the card --------------------------------------------------------------


def typed_queries(services, count: int = 25) -> list[str]:
    """What people type, one keystroke at a time: prefixes of real surnames, then the given
    name's first letters, and a few IIN prefixes."""
    rng = random.Random(SEED)
    rows = services.pupils.search()
    queries: list[str] = []
    for row in rng.sample(rows, min(count, len(rows))):
        surname, given = row.full_name.split()[:2]
        word = surname.lower()
        queries += [word[:n] for n in range(1, min(len(word), 7) + 1)]
        queries += [f"{word} {given.lower()[:n]}" for n in range(1, 3)]
    iins = [r.iin for r in rows if r.iin]
    for iin in rng.sample(iins, min(5, len(iins))):
        queries += [iin[:n] for n in (2, 4, 6)]
    return queries


def measure_services(report: Report, meta: dict) -> tuple:
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    import uuid

    from sqlalchemy import text

    from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in

    section("b) pupil search, c) pupil card: services")
    services = sign_in(DATA, DEMO_USER, DEMO_PASSWORD)
    db = services.db
    queries = typed_queries(services)
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.app import settle_memory

    settle_memory()  # as the app does once its journal is open

    def select_one():
        with db.session() as s:
            s.exec(text("SELECT 1")).one()

    for q in queries[:5]:  # warm up caches and the statement cache
        services.pupils.search(q)
        select_one()
    search_times, sizes = [], []
    for q in queries:
        t0 = time.perf_counter()
        rows = services.pupils.search(q)
        search_times.append(time.perf_counter() - t0)
        sizes.append(len(rows))
    base_times = timed(select_one, len(queries))
    med, p95, worst = stats(search_times)
    bmed, _bp95, bworst = stats(base_times)
    slowest = queries[search_times.index(max(search_times))]
    print(f"{len(queries)} typed queries, {min(sizes)}-{max(sizes)} results each; "
          f"search median {ms(med)}, p95 {ms(p95)}, worst {ms(worst)} (for {slowest!r}); "
          f"SELECT 1 median {ms(bmed)}")
    report.add("search keystroke, service (median)", ms(med), ms(bmed), ratio(med, bmed),
               "< " + ms(GOAL_SEARCH), verdict(med < GOAL_SEARCH))
    report.add("search keystroke, service (worst)", ms(worst), ms(bworst), ratio(worst, bworst),
               "< " + ms(GOAL_SEARCH), verdict(worst < GOAL_SEARCH))

    heavy, light = uuid.UUID(meta["heavy_id"]), uuid.UUID(meta["light_id"])
    n_heavy = len(services.chronology.for_pupil(heavy))
    n_light = len(services.chronology.for_pupil(light))

    def open_card(pid):
        def run():
            services.pupils.get(pid)
            services.chronology.for_pupil(pid)
        return run

    heavy_times = timed(open_card(heavy), 30)
    light_times = timed(open_card(light), 30)
    hmed, _hp95, hworst = stats(heavy_times)
    lmed, _lp95, lworst = stats(light_times)
    print(f"card data: {n_heavy} entries median {ms(hmed)}, worst {ms(hworst)}; "
          f"{n_light} entries median {ms(lmed)}")
    report.add(f"card data, {n_heavy} entries (median)", ms(hmed), ms(lmed) + f" ({n_light})",
               ratio(hmed, lmed), "< " + ms(GOAL_CARD), verdict(hmed < GOAL_CARD))
    report.add(f"card data, {n_heavy} entries (worst)", ms(hworst), ms(lworst) + f" ({n_light})",
               ratio(hworst, lworst), "< " + ms(GOAL_CARD), verdict(hworst < GOAL_CARD))
    measure_save(report, services, heavy, light, select_one)
    return services, queries, heavy, light


def measure_save(report: Report, services, heavy, light, select_one, runs: int = 15) -> None:
    """Saving a held session of the two bench pupils into their chronology (what the
    session form's Save does, the tallies' triggers included), each soft-deleted afterwards
    so that the journal stays the same size."""
    # lazy: loaded by the measure that needs it
    from datetime import datetime, timedelta

    from desktop.models.enums import Initiator, SessionKind, SessionStatus
    from desktop.models.journal import SessionInput

    def session(n: int) -> SessionInput:
        return SessionInput(
            starts_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=n + 1),
            duration_min=40, kind=SessionKind.INDIVIDUAL.value,
            initiator=Initiator.TEACHER.value, pupil_ids=[heavy, light],
            reason="Бенчмарк: сақтау", status=SessionStatus.HELD.value)

    saved, times = [], []
    for n in range(runs):
        t0 = time.perf_counter()
        saved.append(services.sessions.create(session(n)).id)
        times.append(time.perf_counter() - t0)
    for sid in saved:
        services.sessions.delete(sid)
    base = timed(select_one, runs)
    med, _p95, worst = stats(times)
    bmed, _bp95, _bworst = stats(base)
    print(f"save a session: median {ms(med)}, worst {ms(worst)}; SELECT 1 {ms(bmed)}")
    report.add("save to chronology (median)", ms(med), ms(bmed), ratio(med, bmed),
               "< " + ms(GOAL_SAVE), verdict(med < GOAL_SAVE))
    report.add("save to chronology (worst)", ms(worst), ms(bmed), ratio(worst, bmed),
               "< " + ms(GOAL_SAVE), verdict(worst < GOAL_SAVE))


def _type_key(widget, ch: str) -> None:
    # QTest.keyClicks gives up on letters outside ASCII (Ә, Ұ, ...): send the events ourselves.
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def _until_idle(app) -> None:
    """Every event the keystroke caused, handled: the repaint, and the layouts and updates
    Qt posts while handling it. One processEvents() leaves those posted meanwhile for the next
    call, which was the plain QLineEdit's turn: the page's work was timed as the baseline's."""
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from PySide6.QtCore import QEventLoop

    dispatcher = app.eventDispatcher()
    for _ in range(100):  # a timer that keeps firing would never let it be idle
        if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            return


def _sequences(queries: list[str]) -> list[str]:
    """The longest query of each typed run (the run's other queries are its prefixes)."""
    out = []
    for q in queries:
        if out and q.startswith(out[-1]):
            out[-1] = q
        else:
            out.append(q)
    return out


def measure_widgets(report: Report, services, queries: list[str], heavy, light) -> None:
    section("b) pupil search, c) pupil card: widgets (offscreen)")
    try:
        # lazy: loaded by the measure that needs it; the others' times and memory leave it out
        from desktop.views.pupils.pupils_page import PupilsPage
    except ImportError as exc:
        print(f"skipped: no PupilsPage yet ({exc})")
        report.notes.append("widget figures skipped: desktop/views/pupils/pupils_page.py "
                            "not importable")
        return
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QLineEdit

    def quiet(_mode, _context, message: str) -> None:
        # The offscreen platform complains about every window; nothing else is expected.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    page = PupilsPage(services)
    page.resize(1100, 700)
    page.show()
    app.processEvents()
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.app import settle_memory

    settle_memory()  # as the app does once its journal is open
    bare = QLineEdit()
    bare.show()
    page_times, bare_times = [], []
    for text in _sequences(queries):
        page.search.clear()
        bare.clear()
        _until_idle(app)
        for ch in text:
            t0 = time.perf_counter()
            _type_key(page.search, ch)
            _until_idle(app)  # the list searched, laid out and repainted
            page_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            _type_key(bare, ch)
            _until_idle(app)
            bare_times.append(time.perf_counter() - t0)
    med, _p95, worst = stats(page_times)
    bmed, _bp95, bworst = stats(bare_times)
    print(f"{len(page_times)} keystrokes into PupilsPage: median {ms(med)}, worst {ms(worst)}; "
          f"plain QLineEdit median {ms(bmed)}")
    report.add("search keystroke, PupilsPage (median)", ms(med), ms(bmed) + " (QLineEdit)",
               ratio(med, bmed), "< " + ms(GOAL_SEARCH), verdict(med < GOAL_SEARCH))
    report.add("search keystroke, PupilsPage (worst)", ms(worst), ms(bworst) + " (QLineEdit)",
               ratio(worst, bworst), "< " + ms(GOAL_SEARCH), verdict(worst < GOAL_SEARCH))

    try:
        card = page.card
        card.show_pupil(light, force=True)
        app.processEvents()

        def show(pid):
            def run():
                card.show_pupil(pid, force=True)
                app.processEvents()
            return run

        heavy_times, light_times = [], []
        for _ in range(15):
            heavy_times += timed(show(heavy))
            light_times += timed(show(light))
        hmed, _hp95, hworst = stats(heavy_times)
        lmed, _lp95, lworst = stats(light_times)
        print(f"PupilCard.show_pupil: {HEAVY} entries median {ms(hmed)}, worst {ms(hworst)}; "
              f"{LIGHT} entries median {ms(lmed)}")
        report.add(f"card shown, PupilCard {HEAVY} (median)", ms(hmed), ms(lmed) + f" ({LIGHT})",
                   ratio(hmed, lmed), "< " + ms(GOAL_CARD), verdict(hmed < GOAL_CARD))
        report.add(f"card shown, PupilCard {HEAVY} (worst)", ms(hworst), ms(lworst) + f" ({LIGHT})",
                   ratio(hworst, lworst), "< " + ms(GOAL_CARD), verdict(hworst < GOAL_CARD))
    except Exception as exc:  # noqa: BLE001 - report and carry on
        print(f"card widget skipped: {exc!r}")
        report.notes.append(f"PupilCard figures skipped: {exc!r}")
    page.close()
    bare.close()


# --- main ----------------------------------------------------------------------------------


def measure_unlock(report: Report, runs: int = 5) -> None:
    """e) signing in: Argon2id with this machine's tuned parameters, then opening the
    encrypted database; baseline: opening it with the key already in hand."""
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.db import open_database
    from desktop.security import Keyring
    from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in

    section("e) signing in (Argon2id + opening the encrypted database)")
    keyring = Keyring.load(DATA)
    derive, whole, open_only = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        key = keyring.unlock(DEMO_USER, DEMO_PASSWORD)
        derive.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        open_database(DB_FILE, key).dispose()
        open_only.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        sign_in(DATA, DEMO_USER, DEMO_PASSWORD).db.dispose()
        whole.append(time.perf_counter() - t0)
    params = json.loads((DATA / "keys.json").read_text())["accounts"][0]["kdf"]
    print(f"Argon2id t={params['t']} m={params['m']} KiB p={params['p']}: unwrap median "
          f"{statistics.median(derive) * 1000:.0f} ms; open median "
          f"{statistics.median(open_only) * 1000:.0f} ms; sign in median "
          f"{statistics.median(whole) * 1000:.0f} ms")
    report.add("sign in: Argon2id + open (median)", f"{statistics.median(whole):.3f} s",
               f"{statistics.median(open_only):.3f} s (open)",
               ratio(statistics.median(whole), statistics.median(open_only)),
               "about 0.5 s of Argon2id (info)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="build the bench database again")
    parser.add_argument("--runs", type=int, default=5, help="startup runs of each program")
    parser.add_argument("--large", action="store_true",
                        help="20,000 pupil records and 1,000,000 records over ten school "
                             "years in .bench-data-large/")
    parser.add_argument("--dense", action="store_true",
                        help="20,000 pupils and 1,000,000 records in 15 months in "
                             ".bench-data-dense/ (a stress case)")
    parser.add_argument("--build-only", action="store_true",
                        help="build (or check) the bench database, measure nothing")
    parser.add_argument("--skip-startup", action="store_true", help="skip a), d) and k)")
    args = parser.parse_args(argv)

    report = Report()
    meta = build_database(args.rebuild)
    report.notes.append(
        f"bench DB: {PUPILS:,} pupils + {RECORDS:,} sessions/observations over {_span()}; "
        f"building took "
        f"{meta['build_seconds']:.1f} s ({meta['demo_seconds']:.1f} s in generate_demo)")
    if args.build_only:
        return 0
    steps = []
    if not args.skip_startup:
        steps.append(("startup", lambda: measure_startup(report, max(1, args.runs))))
        steps.append(("look round", lambda: measure_look_round(report)))
    state: dict = {}
    steps.append(("unlock", lambda: measure_unlock(report)))
    steps.append(("services", lambda: state.update(zip(
        ("services", "queries", "heavy", "light"), measure_services(report, meta)))))
    steps.append(("widgets", lambda: measure_widgets(report, state["services"], state["queries"],
                                                     state["heavy"], state["light"])
                  if state else None))
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from dashboard_bench import measure_dashboard  # g) bench/dashboard_bench.py

    steps.append(("dashboard", lambda: measure_dashboard(report, state["services"])
                  if state else None))
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from import_bench import measure_import  # f) bench/import_bench.py

    steps.append(("import", lambda: measure_import(report)))
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from pdf_bench import measure_pdf  # h) bench/pdf_bench.py

    steps.append(("pdf", lambda: measure_pdf(report)))
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from summary_bench import measure_summary  # i) bench/summary_bench.py

    steps.append(("summary", lambda: measure_summary(report, state["services"])
                  if state else None))
    from save_bench import measure_save  # lazy: j) bench/save_bench.py, when measured

    steps.append(("save", lambda: measure_save(report, state["services"]) if state else None))
    for name, step in steps:
        try:
            step()
        except Exception:  # noqa: BLE001 - a crash in one part must not hide the others
            traceback.print_exc()
            report.add(name, "error", verdict="crashed, see above")
    report.print_table()
    if "services" in state:
        state["services"].db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
