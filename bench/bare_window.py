"""The startup baseline: an empty QMainWindow, shown the way Senim shows its main window.

Prints `first-window-shown <seconds since process start>` once the event loop has run with
the window shown, then exits: the same line `python -m desktop --bench-startup` prints.
"""

import os
import sys
import time

_IMPORTED = time.perf_counter()


def seconds_since_process_start() -> float:
    """From the process's birth (Linux /proc), else from this module's import."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1100, 700)
    window.show()

    def report() -> None:
        print(f"first-window-shown {seconds_since_process_start():.3f}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
