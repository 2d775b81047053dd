"""k) The app's memory after a look at every page: signed in to the bench journal as
`senim` signs in, the dashboard read, then each page of the navigation shown in turn, each
given time to read what it shows (its lists read on the journal's worker). Prints
`journal-shown-peak <MB>` and `look-round-peak <MB>` (the process's VmHWM, Linux), then quits.

Run by bench/run.py in a process of its own (`python bench/look_round.py <data folder>`):
the start-up runs stop when the journal is shown, and a session reads more than that.
"""

import gc
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import vm_hwm_mb  # noqa: E402 - bench/common.py (no Qt, no SQL)

PAGE_SECONDS = 1.5  # each page's time on screen: long enough for its reads at 1M


def main(data_dir: Path) -> int:
    # As desktop/cli.py does before the app: no automatic collector, the quicker check.
    gc.disable()
    # lazy: after the collector is off, as in desktop/cli.py
    from desktop.feature_scan import quicken

    quicken()
    # lazy: Qt and the app after the quicker check is in place, as in desktop/cli.py
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.app import start
    from desktop.vault import DEMO_PASSWORD, DEMO_USER
    from desktop.views.widgets.gui_gc import GuiThreadCollector

    app = QApplication(sys.argv)
    GuiThreadCollector(app)  # as run_app does
    senim = start(app, data_dir)
    senim.health.backups = False  # as --bench-startup: no copy of the journal at sign-in

    def wait(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def look_round(_services) -> None:
        window = senim.window
        wait(PAGE_SECONDS)  # the dashboard, the first page
        print(f"journal-shown-peak {vm_hwm_mb(os.getpid()) or 0:.0f}", flush=True)
        for index in range(window.nav.count()):
            window.show_page(index)
            wait(PAGE_SECONDS)
        print(f"look-round-peak {vm_hwm_mb(os.getpid()) or 0:.0f}", flush=True)
        app.quit()

    senim.signing.on_signed_in.append(lambda services: QTimer.singleShot(
        0, lambda: look_round(services)))
    QTimer.singleShot(0, lambda: senim.sign_in(DEMO_USER, DEMO_PASSWORD))
    code = app.exec()
    senim.close()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
