"""Settings → Backups…: the list with states, Back up now, the second folder, the restore
preview, Open folder; and the menu item is the psychologist's only."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desktop.backups import make_backup
from desktop.settings import Settings
from desktop.views.storage.backups_dialog import BackupsDialog


@pytest.fixture
def data_dir(services, tmp_path):
    (tmp_path / "keys.json").write_text("{}", encoding="utf-8")
    return tmp_path


@pytest.fixture
def settings():
    return Settings(language="en")


@pytest.fixture
def dialog(qtbot, services, settings, data_dir):
    d = BackupsDialog(services, settings, data_dir)
    qtbot.addWidget(d)
    d.show()
    return d


def rows(d):
    t = d.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_back_up_now_lists_a_verified_backup(qtbot, dialog, data_dir, make_pupil):
    make_pupil()
    assert rows(dialog) == [] and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    [row] = rows(dialog)
    assert row[2] == "✓ verified" and row[3] == "This computer" and row[1].endswith("KB")
    assert dialog.status.text() == "Backed up and verified."
    assert len(list((data_dir / "backups").glob("senim-*.db"))) == 1
    assert dialog.restore_button.isEnabled()


def test_a_damaged_backup_shows_failed_with_its_reason(qtbot, services, settings, data_dir):
    from desktop.backups import verify_backup

    info = make_backup(services.db, data_dir, data_dir / "backups", datetime(2026, 11, 19, 18))
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    info.path.write_bytes(bytes(data))
    verify_backup(info.path, services.db.key)
    d = BackupsDialog(services, settings, data_dir)
    qtbot.addWidget(d)
    [row] = rows(d)
    assert row[2].startswith("✗ failed: ")
    assert not d.restore_button.isEnabled()  # only a verified backup is offered


def test_second_folder_is_saved_and_gets_backups_too(qtbot, dialog, data_dir, tmp_path,
                                                     monkeypatch):
    stick = tmp_path / "stick"
    monkeypatch.setattr(dialog, "ask_folder", lambda: str(stick))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert Settings.load(data_dir).backup_dir == str(stick)
    assert str(stick) in dialog.where.text()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    wheres = sorted(r[3] for r in rows(dialog))
    assert wheres == sorted(["This computer", str(stick)])
    assert len(list(stick.glob("senim-*.keys.json"))) == 1


def test_restore_shows_the_preview_then_asks_the_app_to_restore(qtbot, services, settings,
                                                                data_dir, make_pupil):
    make_pupil()
    make_pupil(surname="Серікова")
    info = make_backup(services.db, data_dir, data_dir / "backups", datetime(2026, 11, 19, 18))
    d = BackupsDialog(services, settings, data_dir)
    qtbot.addWidget(d)
    qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    box = d.restore_box
    assert box is not None and box.isVisible()
    assert "Pupils: 2" in box.text()
    assert "kept aside" in box.informativeText()
    assert "a password changed since then no longer works" in box.informativeText()
    [restore] = [b for b in box.buttons() if b.text().replace("&", "") == "Restore now"]
    with qtbot.waitSignal(d.restore_requested) as asked:
        restore.click()
    assert asked.args == [info.path]  # the application closes the journal and restores it
    assert not d.isVisible()


def test_open_folder_opens_the_backup_folder(qtbot, dialog, data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr("desktop.views.storage.backups_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(data_dir / "backups")]


def test_the_last_failure_is_shown(qtbot, services, settings, data_dir, tmp_path):
    from desktop.backups import safe_backup

    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not safe_backup(services.db, data_dir, blocker / "stick", datetime(2026, 11, 19, 18))
    d = BackupsDialog(services, settings, data_dir)
    qtbot.addWidget(d)
    assert d.status.text().startswith("The last automatic backup, on ")
    assert "failed" in d.status.text()


def test_the_menu_item_is_for_the_psychologist(qtbot, services, tmp_path):
    from desktop.views.main_window import MainWindow

    window = MainWindow(services, Settings(language="en"), tmp_path)
    qtbot.addWidget(window)
    assert window.backups_action.isEnabled()
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    dialog.close()
    services.ctx.role = "counsellor"
    other = MainWindow(services, Settings(language="en"), tmp_path)
    qtbot.addWidget(other)
    assert not other.backups_action.isEnabled()
