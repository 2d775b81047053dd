"""g) The dashboard over the 100,000-record journal: every early-warning rule, the concerns
awaiting a response, this week's actions and today's planned sessions, as the first screen
reads them after each save.

Two figures, each beside a baseline from the same run:
- the services (what one refresh asks of the database) vs a `SELECT 1` round trip;
- the whole page's refresh (services and tables filled) vs the counts-only page a head
  teacher sees (six aggregate counts).
Goal: under 200 ms. Run on its own with `.venv/bin/python bench/dashboard_bench.py`
(after `make bench` has built .bench-data/).
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ms, ratio, run_alone, section, stats, timed, verdict  # noqa: E402 - bench/common.py

GOAL = 0.200  # seconds
RUNS = 15


def refresh_data(services) -> int:
    """What AttentionPage.refresh() reads; returns the number of warnings."""
    t = services.warning_settings.get()
    warnings = services.attention.warnings(t)
    services.dashboard.actions_this_week()
    services.dashboard.sessions_today()
    awaiting = getattr(services, "concerns", None)
    if awaiting is not None:
        awaiting.awaiting()
    return len(warnings)


def measure_dashboard(report, services) -> None:
    """Timed as the app runs it: the automatic garbage collector off, its collections made
    between refreshes (desktop/views/widgets/gui_gc.py does it from a timer on the GUI
    thread), not inside a refresh that builds tens of thousands of warnings."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        _measure_dashboard(report, services)
    finally:
        if enabled:
            gc.enable()


_collecting: list[float] = []  # the collections between runs (not in the figures)


def _timed(fn, repeat: int) -> list[float]:
    """timed(), with the collector's turn after each run and outside its time."""
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.views.widgets.gui_gc import collect_if_due

    out = []
    for _ in range(repeat):
        out += timed(fn, 1)
        t0 = time.perf_counter()
        collect_if_due()
        _collecting.append(time.perf_counter() - t0)
    return out


def _measure_dashboard(report, services) -> None:
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from sqlalchemy import text

    section("g) dashboard: who needs attention")

    def select_one():
        with services.db.session() as s:
            s.exec(text("SELECT 1")).one()

    n = refresh_data(services)  # warm up
    times = _timed(lambda: refresh_data(services), RUNS)
    base = timed(select_one, RUNS)
    med, _p95, worst = stats(times)
    bmed, _bp95, _bworst = stats(base)
    print(f"{n} warnings; services median {ms(med)}, worst {ms(worst)}; SELECT 1 {ms(bmed)}")
    report.add("dashboard refresh, services (median)", ms(med), ms(bmed), ratio(med, bmed),
               "< " + ms(GOAL), verdict(med < GOAL))
    report.add("dashboard refresh, services (worst)", ms(worst), ms(bmed), ratio(worst, bmed),
               "< " + ms(GOAL), verdict(worst < GOAL))

    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.views.dashboard.attention_page import AttentionPage
    from desktop.views.dashboard.dashboard_page import DashboardPage

    page, counts = AttentionPage(services), DashboardPage(services)
    page.resize(1200, 760)
    page.show()
    app.processEvents()

    def page_refresh():
        page.refresh()
        app.processEvents()

    def counts_refresh():
        counts.refresh()
        app.processEvents()

    ptimes, ctimes = _timed(page_refresh, RUNS), _timed(counts_refresh, RUNS)
    pmed, _pp95, pworst = stats(ptimes)
    cmed, _cp95, _cworst = stats(ctimes)
    print(f"page refresh median {ms(pmed)}, worst {ms(pworst)}; counts page {ms(cmed)}")
    report.add("dashboard refresh, page (median)", ms(pmed), ms(cmed) + " (counts)",
               ratio(pmed, cmed), "< " + ms(GOAL), verdict(pmed < GOAL))
    report.add("dashboard refresh, page (worst)", ms(pworst), ms(cmed) + " (counts)",
               ratio(pworst, cmed), "< " + ms(GOAL), verdict(pworst < GOAL))
    page.close()
    counts.close()
    if _collecting:
        print(f"garbage collection between runs (as the app's timer does): median "
              f"{ms(stats(_collecting)[0])}, worst {ms(max(_collecting))}")


def main() -> int:
    return run_alone(measure_dashboard)


if __name__ == "__main__":
    sys.exit(main())
