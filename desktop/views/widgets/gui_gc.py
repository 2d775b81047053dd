"""Python's garbage collector, run on the GUI thread only.

The automatic collector runs in whichever thread happens to allocate when a threshold is
crossed. When that is a worker thread (signing in, a backup, an import, an export) and the
garbage holds a Qt object in a reference cycle, PySide deletes the C++ object from the wrong
thread, and the process can die with a segmentation fault (it did, in an import test). So
the automatic collector is switched off and the same generational collections are made here,
from a timer on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 500


def collect_if_due() -> None:
    """Collect the generations whose thresholds the allocations have passed, as the
    automatic collector would have done."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] >= thresholds[generation]:
            gc.collect(generation)
            return


class GuiThreadCollector(QObject):
    """Owns the timer; keep a reference for as long as the application runs."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start()
