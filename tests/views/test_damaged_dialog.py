"""The damaged-journal screen: it says plainly what happened, offers the latest verified
backup (restored for real, the damaged file kept aside), or, with none, says to keep the
folder and not delete anything; Quit quits."""

import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desktop.backups import make_backup, restore_backup
from desktop.views.storage.damaged_dialog import DamagedDialog
from fixture_keys import TEST_KEY, psychologist_keys


@pytest.fixture
def data_dir(services, tmp_path):
    (tmp_path / "keys.json").write_text("{}", encoding="utf-8")
    return tmp_path


def damage(path):
    with open(path, "r+b") as f:
        f.seek(4096)
        f.write(os.urandom(4 * 4096))


def test_the_latest_verified_backup_is_offered_and_restored(qtbot, services, make_pupil,
                                                            data_dir):
    make_pupil(surname="Тоқтарова")
    make_backup(services.db, data_dir, data_dir / "backups", datetime(2026, 11, 18, 17, 5))
    make_pupil(surname="Серікова")
    newest = make_backup(services.db, data_dir, data_dir / "backups",
                         datetime(2026, 11, 20, 16, 40))
    older_failed = make_backup(services.db, data_dir, data_dir / "backups",
                               datetime(2026, 11, 21, 9, 0))
    older_failed.path.unlink()  # listed, but not verified any more: never offered
    services.db.dispose()
    damage(services.db.path)

    d = DamagedDialog(data_dir, None, lambda p: restore_backup(p, data_dir, TEST_KEY))
    qtbot.addWidget(d)
    d.show()
    assert d.heading.text() == "The journal file is damaged"
    assert "will write nothing more to it" in d.explanation.text()
    assert d.restore_button.isVisible() and "(from 20/11/2026 16:40)" in d.restore_button.text()
    assert "not deleted" in d.advice.text()
    assert "a password changed since then no longer works" in d.advice.text()
    assert d.open_button.text() == "Open the &Backups folder"
    assert d.folder() == data_dir / "backups"

    with qtbot.waitSignal(d.restored, timeout=20000) as restored:
        qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args == [newest.taken_at]
    assert not d.isVisible()
    [aside] = data_dir.glob("before-restore-*")
    assert (aside / "senim.db").exists()  # the damaged file is kept, never deleted
    from desktop.db import open_database, quick_check

    db = open_database(data_dir / "senim.db", TEST_KEY, keys=psychologist_keys())
    try:
        assert quick_check(db) is None
    finally:
        db.dispose()


def test_without_a_verified_backup_it_says_keep_everything(qtbot, data_dir):
    d = DamagedDialog(data_dir, None, lambda p: pytest.fail("nothing to restore"))
    qtbot.addWidget(d)
    d.show()
    assert not d.restore_button.isVisible()
    text = d.advice.text()
    assert "no verified backup" in text and "Do not delete anything" in text
    assert "senim check" in text and str(data_dir) in text
    assert d.open_button.text() == "Open the &data folder" and d.folder() == data_dir
    with qtbot.waitSignal(d.quit_requested, timeout=1000):
        qtbot.mouseClick(d.quit_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible()


def test_a_failed_restore_is_said_and_the_screen_stays(qtbot, services, data_dir):
    from desktop.backups import BackupError

    make_backup(services.db, data_dir, data_dir / "backups", datetime(2026, 11, 20, 16, 40))

    def refuse(_path):
        raise BackupError("the backup is not sound: damaged: 2 pages fail their checksum")

    d = DamagedDialog(data_dir, None, refuse)
    qtbot.addWidget(d)
    d.show()
    qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy, timeout=5000)
    assert d.isVisible()
    assert "could not be put in place" in d.status.text()
    assert "nothing was deleted" in d.status.text()
    assert d.restore_button.isEnabled() and d.quit_button.isEnabled()
