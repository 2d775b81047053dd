"""Issue 8: a form's text survives the process being killed (SIGKILL, as a power cut or a
crash would end it) and is offered back at the next sign-in."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.db import open_database
from desktop.services import Services
from desktop.services.context import Context
from fixture_keys import TEST_KEY, psychologist_keys

TEXT = "Қайрат said he was pushed on the stairs; Әсем saw it"

CHILD = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.db import open_database
    from desktop.services import Services
    from desktop.services.context import Context
    from desktop.views.widgets import drafting
    from desktop.views.sessions.session_form import SessionDialog
    from fixture_keys import TEST_KEY, psychologist_keys

    drafting.INTERVAL_MS = 200
    app = QApplication([])
    services = Services.build(open_database({db!r}, TEST_KEY, keys=psychologist_keys()), Context(actor="test"))
    form = SessionDialog(services)
    form.show()
    form.notes.setFocus()
    form.notes.insertPlainText({text!r})  # as typed: the form is dirty

    def kill_when_kept():
        if services.drafts.mine():
            os.kill(os.getpid(), signal.SIGKILL)  # no save, no cancel, no clean-up

    timer = QTimer()
    timer.timeout.connect(kill_when_kept)
    timer.start(100)
    QTimer.singleShot(20000, lambda: sys.exit(3))  # never kept: fail, do not hang
    app.exec()
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_text_of_a_form_survives_a_kill(tmp_path):
    db_path = tmp_path / "senim.db"
    open_database(db_path, TEST_KEY).dispose()
    tests = str(Path(__file__).resolve().parents[1])
    script = CHILD.format(tests=tests, db=str(db_path), text=TEXT)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "SENIM_KDF_FAST": "1"})
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]

    db = open_database(db_path, TEST_KEY, keys=psychologist_keys())
    try:
        (draft,) = Services.build(db, Context(actor="test")).drafts.mine()
        assert draft.kind == "session" and draft.fields["notes"] == TEXT
        assert Services.build(db, Context(actor="someone else")).drafts.mine() == []
    finally:
        db.dispose()
