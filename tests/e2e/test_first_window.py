"""The way to the first window (views/first_window.py): the sign-in panel is painted
before Qt's namespace is made, as a psychologist's laptop starts Senim on its journal. Its
enums are 15 ms of the start; a module on the way that looked one up would bring them back
unseen by any other test (bench/run.py measures the start)."""

import os
import subprocess
import sys
from pathlib import Path

from journals import demo_journal_with_backup

ROOT = Path(__file__).resolve().parents[2]

# The app as `senim` starts it, told to quit at its first paint, saying then whether Qt's
# namespace was made (PySide6 puts a class in its module's dict when it first makes it).
STARTED = """
import sys
from pathlib import Path

from PySide6 import QtCore, QtWidgets

import desktop.app as app
from desktop.app.signing_in import FirstPaint

start = app.start


def start_and_watch(qapp, data_dir, lang=None):
    senim = start(qapp, data_dir, lang)

    def painted():
        panel = senim.signing.panel
        print("painted", "sign-in panel" if panel is not None and panel.isVisible() else "?",
              "Qt made" if "Qt" in vars(QtCore) else "Qt not made", flush=True)
        QtWidgets.QApplication.instance().quit()

    FirstPaint(senim.window, painted)
    return senim


app.start = start_and_watch
sys.exit(app.run_app(Path(sys.argv[1]), lang=sys.argv[2]))
"""


def test_the_sign_in_panel_is_painted_before_qts_namespace_is_made(tmp_path):
    journal = demo_journal_with_backup(tmp_path / "journal", "--pupils", "5", "--records", "10")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SENIM_USER", None)
    env.pop("SENIM_PASSWORD", None)
    for lang in ("kk", "ru"):
        done = subprocess.run([sys.executable, "-c", STARTED, str(journal), lang], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "painted sign-in panel Qt not made" in done.stdout, (done.stdout, done.stderr)
