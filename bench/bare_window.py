"""The startup baseline: an empty QMainWindow, shown the way Senim shows its main window.

Prints `first-window-shown <seconds since process start>` after the window's first paint,
then exits: the same line, at the same moment, as `python -m desktop --bench-startup`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktop.startclock import seconds_since_process_start  # noqa: E402  (no Qt, no SQL)


def main() -> int:
    # lazy: the baseline loads Qt where the app does, after the start clock
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, report)
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1200, 760)
    painted = FirstPaint(window)
    window.installEventFilter(painted)
    window.show()

    def report() -> None:
        print(f"first-window-shown {seconds_since_process_start():.3f}", flush=True)
        app.quit()

    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
