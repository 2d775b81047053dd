"""The real application with the journal's file missing or empty beside keys.json, keys.json
missing beside the journal, the file locked by another process, and a full disk: the sign-in
panel says which, before any password for the first two; nothing is created; a missing
journal is restored from the screen the sign-in opens."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid
from ui_helpers import never_block, type_text

from desktop.app import start
from desktop.vault import DEMO_PASSWORD, DEMO_USER
from journals import demo_journal_with_backup



@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    return demo_journal_with_backup(tmp_path_factory.mktemp("journal"), "--pupils", "7",
                                    "--records", "10", "--seed", "3")


@pytest.fixture
def data_dir(journal, tmp_path):
    path = tmp_path / "data"
    shutil.copytree(journal, path)
    for suffix in ("-wal", "-shm"):
        (path / f"senim.db{suffix}").unlink(missing_ok=True)
    return path


def submit(qtbot, senim, password=DEMO_PASSWORD):
    panel = senim.sign_in_panel
    panel.user.clear()
    type_text(panel.user, DEMO_USER)
    panel.password.clear()
    type_text(panel.password, password)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)


def finish(senim):
    senim._join_backup()
    if isValid(senim.window):
        senim.window.close()
    senim.close()


def dialog_shown(senim):
    d = senim.damaged_dialog
    return d is not None and isValid(d) and d.isVisible()


def test_a_missing_journal_is_said_before_sign_in_and_restored(qapp, qtbot, data_dir,
                                                              monkeypatch):
    never_block(monkeypatch)
    (data_dir / "senim.db").unlink()
    before = {p.name for p in data_dir.iterdir()}
    senim = start(qapp, data_dir, lang="en")
    panel = senim.sign_in_panel
    text = panel.message.text().replace("\u200b", "")
    assert panel.message.isVisible()
    assert text.startswith("The journal file senim.db is missing from")
    assert "nothing was created" in text and "Sign in to restore the latest verified backup" in text

    submit(qtbot, senim, "not-the-password")
    qtbot.waitUntil(lambda: panel.button.isEnabled(), timeout=10000)
    assert panel.message.text() == "The user name or the password is wrong."
    assert not dialog_shown(senim)
    # The log, and the sign-in back-off's own files (a failed attempt counts): no journal.
    assert {p.name for p in data_dir.iterdir()} - before <= {
        "senim.log", "logs", "signin-failures.json", "keys.json.lock"}
    assert not (data_dir / "senim.db").exists()

    submit(qtbot, senim)
    qtbot.waitUntil(lambda: dialog_shown(senim), timeout=15000)
    dialog = senim.damaged_dialog
    assert dialog.windowTitle() == "The journal is missing"
    assert dialog.heading.text() == "The journal file is missing"
    assert "Senim has created nothing in its place" in dialog.explanation.text()
    assert "in place of the missing journal" in dialog.advice.text()
    assert not (data_dir / "senim.db").exists() and senim.services is None
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "back in place" in senim.sign_in_panel.message.text(),
                    timeout=20000)
    submit(qtbot, senim)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)
    assert senim.services.pupils.count() == 7
    finish(senim)


def test_an_empty_journal_without_backups_says_so_and_stays_empty(qapp, qtbot, data_dir,
                                                                 monkeypatch):
    never_block(monkeypatch)
    (data_dir / "senim.db").write_bytes(b"")
    shutil.rmtree(data_dir / "backups")
    senim = start(qapp, data_dir, lang="en")
    text = senim.sign_in_panel.message.text().replace("\u200b", "")
    assert "is empty although this folder has its keys" in text
    assert "There is no verified backup to restore" in text
    submit(qtbot, senim)
    qtbot.waitUntil(lambda: dialog_shown(senim), timeout=15000)
    dialog = senim.damaged_dialog
    assert dialog.heading.text() == "The journal file is empty"
    assert not dialog.restore_button.isVisible()
    assert "Do not set up a new journal" in dialog.advice.text()
    assert (data_dir / "senim.db").stat().st_size == 0
    assert not (data_dir / "senim.db-wal").exists()
    dialog.quit()
    finish(senim)


def test_a_journal_without_its_keyring_is_said_and_nothing_is_set_up(qapp, qtbot, data_dir,
                                                                    monkeypatch):
    never_block(monkeypatch)
    (data_dir / "keys.json").unlink()
    wizards = []
    monkeypatch.setattr("desktop.app.Senim.set_up", lambda self: wizards.append(self))
    senim = start(qapp, data_dir, lang="en")
    qtbot.wait(50)
    panel = senim.sign_in_panel
    assert wizards == [] and panel is not None
    assert "its keyring (keys.json) is missing" in panel.message.text()
    assert not panel.button.isEnabled() and not panel.password.isEnabled()
    assert not (data_dir / "keys.json").exists()
    finish(senim)


HOLD = """
import sys, sqlcipher3
from pathlib import Path
from desktop.security import Keyring
folder = Path(sys.argv[1])
key = Keyring.load(folder).unlock(sys.argv[2], sys.argv[3])
conn = sqlcipher3.connect(str(folder / "senim.db"), isolation_level=None)
conn.execute("PRAGMA cipher_log_level = NONE")
conn.execute("PRAGMA key = \\"x'" + key.hex() + "'\\"")
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT count(*) FROM pupil").fetchone()
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_locked_journal_is_said_locked_not_damaged(qapp, qtbot, data_dir, monkeypatch):
    never_block(monkeypatch)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir), DEMO_USER,
                               DEMO_PASSWORD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "SENIM_KDF_FAST": "1"})
    try:
        assert holder.stdout.readline().strip() == "locked"
        senim = start(qapp, data_dir, lang="en")
        submit(qtbot, senim)
        panel = senim.sign_in_panel
        qtbot.waitUntil(lambda: panel.button.isEnabled() and panel.message.isVisible(),
                        timeout=20000)
        assert "is locked by another program" in panel.message.text().replace("\u200b", "")
        assert not dialog_shown(senim) and senim.services is None
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    submit(qtbot, senim)  # once the other program lets go, the journal opens as it was
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)
    finish(senim)
