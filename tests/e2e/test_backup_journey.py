"""Backups through the real application: one at sign-in when none is a day old, one always
when the journal closes; a failure does not stop closing and is shown at the next sign-in."""

import json
from dataclasses import replace

from shiboken6 import isValid
from ui_helpers import type_text
from PySide6.QtCore import Qt

from desktop import cli
from desktop.app import start
from desktop.backups import list_backups
from desktop.settings import Settings
from desktop.vault import DEMO_PASSWORD, DEMO_USER


def sign_in(qtbot, senim):
    panel = senim.sign_in_panel
    type_text(panel.user, DEMO_USER)
    type_text(panel.password, DEMO_PASSWORD)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)


def test_backups_at_sign_in_and_on_exit(qapp, qtbot, tmp_path):
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo", "--pupils", "5", "--records", "5"]) == 0
    senim = start(qapp, data, lang="en")
    sign_in(qtbot, senim)
    senim._join_backup()
    [at_sign_in] = list_backups(data / "backups")
    assert at_sign_in.state == "verified"
    pupil = senim.services.pupils.search("")[0]
    senim.services.pupils.update(pupil.id, replace(senim.services.pupils.get(pupil.id).to_input(),
                                                   address="Қарағанды, Әлиханов көшесі 7"))
    senim.window.close()
    senim.close()
    # A record changed: the exit's backup is made, verified, and (same day) replaces the
    # sign-in's one.
    [on_exit] = list_backups(data / "backups")
    assert on_exit.state == "verified" and on_exit.path != at_sign_in.path
    assert not at_sign_in.path.exists()


def test_no_exit_backup_when_nothing_changed(qapp, qtbot, tmp_path):
    """Signing in, reading and closing changes no record: the newest backup already holds
    the journal, so closing does not copy it again (a large journal takes seconds)."""
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo", "--pupils", "5", "--records", "5"]) == 0
    senim = start(qapp, data, lang="en")
    sign_in(qtbot, senim)
    senim._join_backup()
    [at_sign_in] = list_backups(data / "backups")
    senim.services.pupils.search("")  # reading only
    senim.window.close()
    senim.close()
    assert list_backups(data / "backups") == [at_sign_in]
    status = json.loads((data / "backups" / "last-backup.json").read_text())
    assert status["ok"] is True


def test_a_timed_start_makes_no_backup(qapp, qtbot, tmp_path):
    """`senim --bench-startup` (bench/run.py's start-up runs) quits once the journal is shown:
    no backup at sign-in or on exit, even though one is due and a record changed."""
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo", "--pupils", "5", "--records", "5"]) == 0
    senim = start(qapp, data, lang="en")
    senim.health.backups = False  # what run_app does for --bench-startup
    sign_in(qtbot, senim)
    senim._join_backup()
    pupil = senim.services.pupils.search("")[0]
    senim.services.pupils.update(pupil.id, replace(senim.services.pupils.get(pupil.id).to_input(),
                                                   address="Қарағанды, Әлиханов көшесі 7"))
    senim.window.close()
    senim.close()
    assert list_backups(data / "backups") == []


def test_a_failed_exit_backup_closes_anyway_and_is_shown_next_time(qapp, qtbot, tmp_path):
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo", "--pupils", "3", "--records", "0"]) == 0
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    settings = Settings.load(data)
    settings.backup_dir = str(blocker / "stick")
    settings.save(data)
    senim = start(qapp, data, lang="en")
    sign_in(qtbot, senim)
    senim._join_backup()
    senim.window.close()
    senim.close()
    assert senim.services is None  # closed
    status = json.loads((data / "backups" / "last-backup.json").read_text())
    assert status["ok"] is False and str(blocker) in status["problems"][0]
    again = start(qapp, data, lang="en")
    sign_in(qtbot, again)
    assert "The last backup, on" in again.window.statusBar().currentMessage()
    again._join_backup()
    if isValid(again.window):
        again.window.close()
    again.close()


def test_a_failed_upgrade_is_said_plainly_at_sign_in(qapp, qtbot, tmp_path, monkeypatch):
    """The journal stays as it was; the panel says so and where the copy made first is."""
    from desktop.db import MigrationFailed

    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo", "--pupils", "3", "--records", "0"]) == 0
    copy = data / "backups" / "before-upgrade" / "senim-before.db"

    def refuse(*_args, **_kwargs):
        raise MigrationFailed("0004", copy, "the upgrade failed; nothing was changed")

    monkeypatch.setattr("desktop.vault.sign_in", refuse)
    senim = start(qapp, data, lang="en")
    panel = senim.sign_in_panel
    type_text(panel.user, DEMO_USER)
    type_text(panel.password, DEMO_PASSWORD)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "up to date" in panel.message.text(), timeout=15000)
    shown = panel.message.text().replace("\u200b", "")  # break points the label adds to paths
    assert "nothing is lost" in shown and str(copy) in shown
    assert not senim.window.ready
    senim.window.close()
    senim.close()


def test_restore_now_from_the_backups_screen_and_undo_is_possible(qapp, qtbot, tmp_path,
                                                                   monkeypatch):
    """Settings → Backups → Restore…: the preview, Restore now; the journal is closed, the
    backup put in place, the current journal kept aside; signing in again shows the backup's
    records."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.models.pupil import PupilInput

    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo", "--pupils", "4", "--records", "0"]) == 0
    senim = start(qapp, data, lang="en")
    sign_in(qtbot, senim)
    senim._join_backup()
    [backup] = list_backups(data / "backups")
    before = senim.services.pupils.count()
    from datetime import date

    senim.services.pupils.create(PupilInput(
        surname="Жаңабаев", given_name="Нұрлан", sex="male", birth_date=date(2014, 3, 2),
        class_name="6Ә", study_language="kk"))
    assert senim.services.pupils.count() == before + 1

    dialog = senim.window.show_backups()
    dialog.table.selectRow(0)
    box = dialog.restore()
    assert "holds:" in box.text() and f"Pupils: {before}" in box.text()
    [restore] = [b for b in box.buttons() if b.text().replace("&", "") == "Restore now"]
    restore.click()
    qtbot.waitUntil(lambda: "is back in place" in senim.sign_in_panel.message.text(),
                    timeout=15000)
    assert senim.services is None and not senim.window.ready
    assert list(data.glob("before-restore-*/senim.db"))  # the journal as it was, kept aside

    sign_in(qtbot, senim)
    assert senim.services.pupils.count() == before  # as the backup held it
    senim._join_backup()
    senim.window.close()
    senim.close()
