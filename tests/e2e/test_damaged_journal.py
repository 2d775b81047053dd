"""Start-up checks through the real application: one Senim per data folder; a damaged
journal (pages overwritten in the encrypted file) shows the damaged-journal screen at sign-in,
the latest verified backup is restored from it, and signing in again finds the records; the
quick check after sign-in closes a journal it finds damaged and shows the same screen; a
journal closed (damaged, or locked) while the sign-in's backup still reads it closes after
that backup, not under it."""

import os
import shutil
import socket
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid
from ui_helpers import never_block, type_text

from desktop import cli
from desktop.app import LOCK_FILE, run_app, start, take_instance_lock
from desktop.backups import list_backups
from desktop.vault import DEMO_PASSWORD, DEMO_USER


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    path = tmp_path_factory.mktemp("journal")
    assert cli.main(["--data-dir", str(path), "demo", "--pupils", "40", "--records", "80",
                     "--seed", "5"]) == 0
    return path


@pytest.fixture
def data_dir(journal, tmp_path):
    path = tmp_path / "data"
    shutil.copytree(journal, path)
    return path


def submit(qtbot, senim):
    panel = senim.sign_in_panel
    if not panel.user.text():
        type_text(panel.user, DEMO_USER)
    type_text(panel.password, DEMO_PASSWORD)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)


def pupil_count(senim) -> int:
    return len(senim.services.pupils.search(""))


def finish(senim):
    senim._join_backup()
    if isValid(senim.window):
        senim.window.close()
    senim.close()


def overwrite_pages(path, pages=6):
    """Random bytes over whole pages in the middle of the encrypted file."""
    size = path.stat().st_size
    start = size // 2 // 4096 * 4096
    with open(path, "r+b") as f:
        f.seek(start)
        f.write(os.urandom(4096 * pages))


def as_run_app_does(monkeypatch, senim):
    """Errors in slots go to Senim's own excepthook, which run_app installs; anything it
    would show as "something went wrong" fails the test."""
    import sys

    from desktop import app as app_module

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(app_module, "_say_unexpected", warnings.append)
    monkeypatch.setattr(sys, "excepthook", app_module._show_unexpected)
    monkeypatch.setattr(app_module, "_damage_handlers", [senim.damaged_while_open])
    return warnings


@pytest.mark.qt_no_exception_capture
def test_a_damaged_journal_is_restored_from_the_screen(qapp, qtbot, data_dir, monkeypatch):
    never_block(monkeypatch)
    senim = start(qapp, data_dir, lang="en")
    submit(qtbot, senim)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)
    pupils = pupil_count(senim)
    finish(senim)  # the exit's backup, verified
    assert list_backups(data_dir / "backups")[0].verified
    assert not (data_dir / "senim.db-wal").exists() or \
        (data_dir / "senim.db-wal").stat().st_size == 0
    overwrite_pages(data_dir / "senim.db")

    senim = start(qapp, data_dir, lang="en")
    warnings = as_run_app_does(monkeypatch, senim)
    submit(qtbot, senim)
    qtbot.waitUntil(lambda: senim.damaged_dialog is not None
                    and isValid(senim.damaged_dialog)
                    and senim.damaged_dialog.isVisible(), timeout=20000)
    dialog = senim.damaged_dialog
    assert not senim.window.ready and senim.services is None
    assert warnings == []  # no "something went wrong" over it
    assert dialog.heading.text() == "The journal file is damaged"
    assert dialog.restore_button.text().startswith("&Restore the latest verified backup (from ")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "back in place" in senim.sign_in_panel.message.text(),
                    timeout=20000)
    [aside] = data_dir.glob("before-restore-*")
    assert (aside / "senim.db").exists()  # the damaged file is kept

    submit(qtbot, senim)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)
    assert pupil_count(senim) == pupils
    qtbot.wait(300)  # the quick check of the restored journal finds nothing
    assert senim.services is not None and senim.window.ready
    finish(senim)


def test_the_quick_check_closes_a_damaged_journal(qapp, qtbot, data_dir, monkeypatch):
    never_block(monkeypatch)
    monkeypatch.setattr("desktop.db.quick_check",
                        lambda _db, _opened=None: "3 pages fail their checksum")
    senim = start(qapp, data_dir, lang="en")
    submit(qtbot, senim)
    qtbot.waitUntil(lambda: senim.damaged_dialog is not None
                    and isValid(senim.damaged_dialog)
                    and senim.damaged_dialog.isVisible(), timeout=20000)
    assert senim.services is None and not senim.window.ready  # closed, nothing written
    assert senim.sign_in_panel.isVisible()
    log_before = list(data_dir.glob("before-restore-*"))
    with qtbot.waitSignal(senim.damaged_dialog.quit_requested, timeout=1000):
        qtbot.mouseClick(senim.damaged_dialog.quit_button, Qt.MouseButton.LeftButton)
    assert list(data_dir.glob("before-restore-*")) == log_before
    finish(senim)
    # Closing wrote no backup of the damaged journal (only the sign-in's, if one was due).
    assert all(b.verified for b in list_backups(data_dir / "backups"))


def test_one_senim_per_data_folder(qapp, data_dir, monkeypatch):
    first = take_instance_lock(data_dir)
    assert first is not None
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    db_time = (data_dir / "senim.db").stat().st_mtime_ns
    assert run_app(data_dir, lang="en") == 1
    assert len(shown) == 1 and shown[0].startswith("Senim is already open on this computer "
                                                   "with this journal")
    assert (data_dir / "senim.db").stat().st_mtime_ns == db_time
    assert not (data_dir / "logs").exists()
    first.unlock()
    again = take_instance_lock(data_dir)
    assert again is not None
    again.unlock()


def test_a_lock_left_by_a_crashed_senim_is_taken_over(data_dir):
    dead = 2 ** 22 + 12345  # above Linux's default pid_max: no such process
    (data_dir / LOCK_FILE).write_text(f"{dead}\nsenim\n{socket.gethostname()}\n")
    lock = take_instance_lock(data_dir)
    assert lock is not None
    lock.unlock()


def backup_still_reading(monkeypatch, until: threading.Event):
    """The sign-in's backup replaced by one reading statement after statement (as a backup's
    verification reads, each one a moment the connection could be closed under) until
    `until` is set, then 200 more; returns (a set once it reads, the counts read, errors)."""
    reading, read, errors = threading.Event(), [], []

    def backup(db, *_args, **_kwargs):
        try:
            with db.engine.connect() as conn:
                reading.set()
                while not until.is_set():
                    read.append(conn.exec_driver_sql("SELECT count(*) FROM pupil").scalar())
                for _ in range(200):
                    read.append(conn.exec_driver_sql("SELECT count(*) FROM pupil").scalar())
        except Exception as exc:  # noqa: BLE001 - what the test looks at
            errors.append(exc)

    monkeypatch.setattr("desktop.backups.is_due", lambda *_args: True)
    monkeypatch.setattr("desktop.backups.safe_backup", backup)
    return reading, read, errors


def test_a_damaged_journal_closes_after_the_backup_thread_reading_it(
        qapp, qtbot, data_dir, monkeypatch):
    """The quick check finds damage while the sign-in's backup is still reading the journal
    on its own thread: the journal closes once that thread is done, not under its running
    statement (which crashed the whole process)."""
    never_block(monkeypatch)
    found = threading.Event()
    reading, read, errors = backup_still_reading(monkeypatch, until=found)

    def damage_found_meanwhile(_db, _opened=None):
        assert reading.wait(20)
        found.set()
        return "3 pages fail their checksum"

    monkeypatch.setattr("desktop.db.quick_check", damage_found_meanwhile)
    senim = start(qapp, data_dir, lang="en")
    submit(qtbot, senim)
    qtbot.waitUntil(lambda: senim.damaged_dialog is not None
                    and isValid(senim.damaged_dialog)
                    and senim.damaged_dialog.isVisible(), timeout=30000)
    assert errors == [] and len(read) >= 200 and len(set(read)) == 1  # read to its end
    assert senim.services is None and not senim.window.ready
    senim.damaged_dialog.close()
    finish(senim)


def test_locking_waits_for_the_backup_thread_reading_the_journal(
        qapp, qtbot, data_dir, monkeypatch):
    """Locked while the sign-in's backup still reads: the journal closes after it (locking
    under its running statement crashed the process)."""
    never_block(monkeypatch)
    locked = threading.Event()
    reading, read, errors = backup_still_reading(monkeypatch, until=locked)
    monkeypatch.setattr("desktop.db.quick_check", lambda _db, _opened=None: None)
    senim = start(qapp, data_dir, lang="en")
    submit(qtbot, senim)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=30000)
    assert reading.wait(20)
    threading.Timer(2.0, locked.set).start()  # the backup reads on well past the lock
    senim.lock()
    assert errors == [] and len(read) >= 200
    assert senim.services is None and senim.locking.locked
    finish(senim)
