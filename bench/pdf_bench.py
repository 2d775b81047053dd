"""h) A referral letter as PDF (desktop/documents): a realistic letter with a one-page and a
two-page summary (tools/document_samples.py, Kazakh), rendered 20 times each after a first
render that also loads the fonts.

Baseline from the same run: reportlab writing a one-line PDF with the same fonts embedded
(what any PDF costs here). The parental consent form is timed too, for information.
Goal: one letter in under 100 ms after the first. Run on its own with
`.venv/bin/python bench/pdf_bench.py` (needs no bench database).
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import (  # noqa: E402 - bench/common.py
    collector_as_in_the_app, ms, ratio, Report, section, stats, timed,
    timed_between_collections, verdict,
)

GOAL = 0.100  # seconds
RUNS = 20


def one_line_pdf() -> bytes:
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.fonts import REGULAR, ensure_fonts

    ensure_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=REGULAR)
    canvas.setFont(REGULAR, 11)
    canvas.drawString(72, 760, "Әлібеков Нұрғали Қуанышұлы, 7Ә")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def measure_pdf(report) -> None:
    """Timed with the garbage collector as the app runs it (collector_as_in_the_app): in
    `make bench` the letters follow the dashboard and the card, whose heap the automatic
    collector would otherwise walk inside a render."""
    with collector_as_in_the_app():
        _measure_pdf(report)


def _measure_pdf(report) -> None:
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from tools.document_samples import sample_consent, sample_letter

    section("h) referral letter as PDF")
    letters = {1: sample_letter("kk", pages=1), 2: sample_letter("kk", pages=2)}
    t0 = time.perf_counter()
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.documents import render_consent_form, render_referral

    first = render_referral(letters[2])
    t_first = time.perf_counter() - t0
    base = timed(one_line_pdf, RUNS)
    bmed, _bp95, _bworst = stats(base)
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    import pypdf

    print(f"first letter (reportlab's import and the fonts included): {ms(t_first)}, "
          f"{len(pypdf.PdfReader(io.BytesIO(first)).pages)} pages, {len(first) // 1024} KB; "
          f"one-line PDF median {ms(bmed)}")
    report.add("letter PDF, first in the process", ms(t_first), ms(bmed) + " (1 line)",
               ratio(t_first, bmed), "(info: imports reportlab, loads fonts)")
    for pages, letter in letters.items():
        label = f"letter PDF, {pages} page{'s' if pages > 1 else ''}"
        size = len(render_referral(letter))
        times = timed_between_collections(lambda letter=letter: render_referral(letter), RUNS)
        med, _p95, worst = stats(times)
        print(f"{pages}-page letter ({size // 1024} KB): median {ms(med)}, worst {ms(worst)} "
              f"over {RUNS} runs")
        report.add(f"{label} (median)", ms(med), ms(bmed) + " (1 line)",
                   ratio(med, bmed), "< " + ms(GOAL), verdict(med < GOAL))
        report.add(f"{label} (worst)", ms(worst), ms(bmed) + " (1 line)",
                   ratio(worst, bmed), "< " + ms(GOAL), verdict(worst < GOAL))
    form = sample_consent("ru")
    times = timed_between_collections(lambda: render_consent_form(form), RUNS)
    med, _p95, worst = stats(times)
    print(f"consent form: median {ms(med)}, worst {ms(worst)}")
    report.add("consent form PDF (median)", ms(med), ms(bmed) + " (1 line)", ratio(med, bmed),
               "(info)")


def main() -> int:
    report = Report()
    measure_pdf(report)
    report.print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
