"""i) The term summary over the 100,000-record journal: a whole school year (2025-2026, with
2024-2025 beside it), counted with aggregate queries, shown on the screen, and made into
the PDF a head teacher gets.

Figures, each beside a baseline from the same run: the head teacher's six counts of today
(DashboardService.counts, the cheapest screen there is). Goals: under 500 ms to the screen
and under 1 s to PDF. Run on its own with `.venv/bin/python bench/summary_bench.py` (after
`make bench` has built .bench-data/).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ms, ratio, run_alone, section, stats, timed, verdict  # noqa: E402 - bench/common.py

SCREEN_GOAL, PDF_GOAL = 0.500, 1.0  # seconds
RUNS = 7
YEAR = "2025-2026"


def measure_summary(report, services) -> None:
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.documents.term_report import render_term_report

    section("i) term summary: a whole school year")
    current = services.calendar.period(YEAR, None)
    previous, last_year = services.calendar.comparison_periods(current)

    def count():
        return services.term_summary.summary(current, previous, last_year)

    first = timed(count, 1)[0]
    summary = count()
    times = timed(count, RUNS)
    base = timed(services.dashboard.counts, RUNS)
    med, _p95, worst = stats(times)
    bmed, _bp95, _bworst = stats(base)
    print(f"counting median {ms(med)}, worst {ms(worst)}, first {ms(first)}; "
          f"today's counts {ms(bmed)}")
    report.add("year summary, counting (median)", ms(med), ms(bmed) + " (counts)",
               ratio(med, bmed), "< " + ms(SCREEN_GOAL), verdict(med < SCREEN_GOAL))

    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.views.reports.term_summary_page import WHOLE_YEAR, TermSummaryPage

    page = TermSummaryPage(services)
    page.resize(1200, 760)
    page.show()
    app.processEvents()

    def to_screen():  # what choosing "Whole year" does: count, fill tiles, tables, charts
        page.restore_state({"year": YEAR, "part": WHOLE_YEAR})
        app.processEvents()

    stimes = timed(to_screen, RUNS)
    assert page.summary.periods == summary.periods, (page.summary.periods, summary.periods)
    smed, _sp95, sworst = stats(stimes)
    print(f"to the screen median {ms(smed)}, worst {ms(sworst)}")
    report.add("year summary, to the screen (median)", ms(smed), ms(bmed) + " (counts)",
               ratio(smed, bmed), "< " + ms(SCREEN_GOAL), verdict(smed < SCREEN_GOAL))
    page.close()

    school = services.school.get()

    def to_pdf():
        render_term_report(count(), school, "ru", "Бенчмарк Ә.", date.today())

    ptimes = timed(to_pdf, RUNS)
    pmed, _pp95, pworst = stats(ptimes)
    print(f"to PDF (counting included) median {ms(pmed)}, worst {ms(pworst)}; "
          f"{len(summary.tables)} tables")
    report.add("year summary, to PDF (median)", ms(pmed), ms(bmed) + " (counts)",
               ratio(pmed, bmed), "< " + ms(PDF_GOAL), verdict(pmed < PDF_GOAL))


def main() -> int:
    return run_alone(measure_summary)


if __name__ == "__main__":
    sys.exit(main())
