"""j) Saving a session from the pupil card on the 100,000-record journal, to the chronology
shown: the window maximised at 1366×768 on the Pupils page, the card of a pupil with ten
entries open; the session form opened from the card, filled, saved; timed until the card's
chronology lists the new session (whatever the window refreshes after a save, on screen and
in the background, is inside the figure), the GUI thread waiting in Qt's event loop as the
app's does. Also, in five more saves, the longest time the GUI thread was busy in one go in
that span (a freeze the user would feel; its timer takes the GIL at every idle turn, so it
is kept out of the timed saves), and the median with the card of the pupil with 1,000
entries.

Baseline, from the same run: the same session saved through SessionService.create alone
(the database's part: checks, the write, the audit trail, the commit). Goal: median under
100 ms to the chronology. Run on its own with `.venv/bin/python bench/save_bench.py` (after
`make bench` has built .bench-data/).
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import (  # noqa: E402 - bench/common.py
    DATA, collector_as_in_the_app, ms, ratio, run_alone, section, stats, verdict,
)

GOAL = 0.100  # seconds
RUNS = 15
FREEZE_RUNS = 5  # more saves, with the GUI's freezes measured (not in the timed figures)
TIMEOUT = 10.0


class _Stalls:
    """The longest gap between two turns of the event loop: how long the GUI was frozen.
    Its zero-interval timer takes the GIL at every idle turn, which slows the journal's
    worker, so it runs in runs of its own, not in the timed ones."""

    def __init__(self, app):
        # lazy: loaded by the measure that needs it, after the bench's set-up
        from PySide6.QtCore import QTimer

        self.app, self.longest, self._last = app, 0.0, time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def _session_ids(card) -> set:
    model = card.chronology
    return {model.row_id(r) for r in range(model.rowCount())}


def _save_from_card(app, window, stalls=None) -> tuple[float, float | None]:
    """Open the form from the card, fill it, save; seconds to the chronology showing the
    new session, and with `stalls` the longest freeze of the GUI thread meanwhile."""
    # lazy: loaded by the measure that needs it, after the bench's set-up
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.views.widgets.gui_gc import collect_if_due
    from desktop.views.widgets.list_page import select_row  # noqa: F401 - loaded before timing

    card = window.pupils_page.card
    before = _session_ids(card)
    dialog = card.new_session()
    app.processEvents()
    dialog.reason.setText(f"{SAVED_REASON} {uuid.uuid4().hex[:6]}")
    dialog.initiator.setCurrentIndex(dialog.initiator.findData("teacher"))
    if dialog.consent_reason_shown():
        dialog.no_consent_reason.setPlainText("Бенчмарк: согласие не требуется для замера")
    # The GUI thread waits in Qt's event loop, as the app's does (polling it from Python
    # took the GIL from the journal's worker every half millisecond and slowed its read
    # 2-4 times); each time the chronology's model is filled again, its rows are looked at.
    loop, found = QEventLoop(), []

    def filled():
        if dialog.session_id in _session_ids(card) - before:
            found.append(time.perf_counter())
            loop.quit()

    card.chronology.modelReset.connect(filled)
    QTimer.singleShot(int(TIMEOUT * 1000), loop.quit)
    if stalls is not None:
        stalls.start()
    start = time.perf_counter()
    if not dialog.save():
        errors = {n: dialog.error_text(n) for n in dialog.fields.widgets() if dialog.error_text(n)}
        raise RuntimeError(f"the form did not save: {errors} {dialog.fields.banner.text()}")
    if not found:
        loop.exec()
    if not found:
        raise TimeoutError("the chronology never showed the new session")
    took = found[0] - start
    card.chronology.modelReset.disconnect(filled)
    for _ in range(50):  # let whatever else the save set going end before the next run
        app.processEvents()
        time.sleep(0.001)
    freeze = stalls.stop() if stalls is not None else None
    # The collector's turn, between runs as the app's GUI-thread timer takes it (a
    # collection started by the journal's worker inside a run froze the GUI for 100 ms).
    collect_if_due()
    return took, freeze


def _service_save(services, pupil_id) -> float:
    # lazy: loaded by the measure that needs it, after the bench's set-up
    from desktop.models.journal import SessionInput

    data = SessionInput(starts_at=services.ctx.now().replace(second=0, microsecond=0),
                        duration_min=45, kind="individual", initiator="teacher",
                        pupil_ids=[pupil_id], reason=SAVED_REASON, status="held")
    start = time.perf_counter()
    services.sessions.create(data)
    return time.perf_counter() - start


SAVED_REASON = "Бенчмарк"  # the reason of every session this bench saves


def _clear_saved(services) -> int:
    """Soft-delete the sessions this bench saved (all of them: an interrupted run's too), so
    that the pupils keep their 10 and 1,000 entries. Earlier runs left theirs: the pupil
    "with 10 entries" had 630 at a million records, and the figures measured that."""
    # lazy: loaded by the measure that needs it, after the bench's set-up
    from sqlalchemy import text

    with services.db.session() as s:
        ids = [uuid.UUID(hex=r[0]) for r in s.execute(text(
            "SELECT id FROM counselling_session WHERE deleted_at IS NULL AND "
            "(reason = :exact OR reason LIKE :prefix)"),
            {"exact": SAVED_REASON, "prefix": SAVED_REASON + " %"}).all()]
    for session_id in ids:
        services.sessions.delete(session_id)
    return len(ids)


def measure_save(report, services) -> None:
    """With the garbage collector as the app runs it (collector_as_in_the_app)."""
    with collector_as_in_the_app():
        _measure_save(report, services)


def _measure_save(report, services) -> None:
    # lazy: loaded by the measure that needs it, after the bench's set-up
    from PySide6.QtWidgets import QApplication

    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow
    try:
        # lazy: an older Senim measured for comparison may not have it
        from desktop.views.widgets.tasks import settle_journal_work
    except ImportError:  # an older Senim, measured for comparison: it reads on the GUI thread
        def settle_journal_work():
            return None

    section("j) saving a session from the pupil card, to the chronology shown")
    left = _clear_saved(services)
    if left:
        print(f"{left} sessions saved by earlier runs removed first")
    meta = json.loads((DATA / "bench.json").read_text(encoding="utf-8"))
    light, heavy = uuid.UUID(meta["light_id"]), uuid.UUID(meta["heavy_id"])
    app = QApplication.instance() or QApplication([])
    window = MainWindow(services, Settings(), DATA)
    window.resize(1366, 698)
    window.show()
    stalls = _Stalls(app)
    figures = {}
    for name, pupil in (("10 entries", light), ("1,000 entries", heavy)):
        window.show_pupil(pupil)
        for _ in range(20):
            app.processEvents()
        settle_journal_work()
        _save_from_card(app, window)  # warm up: the form's module, the queries
        times = [_save_from_card(app, window)[0] for _ in range(RUNS)]
        freezes = [_save_from_card(app, window, stalls)[1] for _ in range(FREEZE_RUNS)]
        figures[name] = (times, freezes)
    base = []
    for _ in range(RUNS):
        base.append(_service_save(services, light))
        # The window's reads after the save end first: they hold the GUI thread's connection
        # (db.py's pool), which the next save would wait for.
        settle_journal_work()
    window.close()
    settle_journal_work()
    _clear_saved(services)  # the journal as it was: the next run measures the same pupils
    bmed, _bp95, _bworst = stats(base)
    for name, (times, freezes) in figures.items():
        med, p95, worst = stats(times)
        fmed, _fp95, fworst = stats(freezes)
        print(f"pupil with {name}: save to chronology median {ms(med)}, p95 {ms(p95)}, worst "
              f"{ms(worst)}; GUI frozen at most {ms(fworst)} at a time (median {ms(fmed)}); "
              f"service save alone {ms(bmed)}")
        report.add(f"save from the card to the chronology, {name} (median)", ms(med),
                   ms(bmed) + " (service)", ratio(med, bmed), "< " + ms(GOAL),
                   verdict(med < GOAL))
        report.add(f"  longest GUI freeze in it, {name} (worst)", ms(fworst), "", "", "info",
                   "")


def main() -> int:
    return run_alone(measure_save)


if __name__ == "__main__":
    sys.exit(main())
