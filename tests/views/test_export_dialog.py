"""File → Export all data…: choose a folder, maybe the notes, export on a worker thread with
progress, cancel, and a plain message saying where the files are."""

import csv
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.models.journal import SessionInput
from desktop.services import Services
from desktop.services.context import Context
from desktop.settings import Settings
from desktop.views.storage.export_dialog import ExportDialog
from desktop.views.main_window import MainWindow

NOTE = "Әкесі жиі ұрысады, бала қорқады"


@pytest.fixture
def journal(services, make_pupil):
    pupil = make_pupil()  # Нұрланова Әсем, 7Ә
    services.sessions.create(SessionInput(
        starts_at=services.ctx.now() - timedelta(hours=2), duration_min=40, kind="individual",
        initiator="pupil", pupil_ids=[pupil.id], reason="Жалоба на одноклассников", notes=NOTE))
    return pupil


def as_role(services, role) -> Services:
    return Services.build(services.db, Context(actor=role, role=role, clock=services.ctx.clock))


@pytest.fixture
def make_dialog(qtbot, tmp_path):
    def make(services):
        dialog = ExportDialog(services, folder=tmp_path / "out")
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def run_export(qtbot, dialog, expect="done"):
    with qtbot.waitSignal(dialog.finished_export, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.export_button, qtbot_left())
    assert blocker.args == [expect]


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def sessions_header(folder: Path) -> list[str]:
    with open(folder / "sessions.csv", encoding="utf-8-sig", newline="") as f:
        return next(csv.reader(f))


def test_export_says_where_the_files_are(qtbot, services, journal, make_dialog, tmp_path):
    dialog = make_dialog(services)
    assert dialog.notes.isEnabled() and not dialog.notes.isChecked()
    assert "read the notes" in dialog.notes_hint.text()
    run_export(qtbot, dialog)
    (folder,) = (tmp_path / "out").iterdir()
    assert str(folder) in dialog.status.text() and "Done" in dialog.status.text()
    assert (folder / "senim-export.xlsx").exists() and (folder / "README.txt").exists()
    assert "notes" not in sessions_header(folder)
    assert dialog.open_button.isVisible() and dialog.export_button.isEnabled()
    assert dialog.close_button.text() == "Close" and not dialog.progress_bar.isVisible()


def test_the_notes_only_when_ticked(qtbot, services, journal, make_dialog, tmp_path):
    dialog = make_dialog(services)
    dialog.notes.setChecked(True)
    run_export(qtbot, dialog)
    (folder,) = (tmp_path / "out").iterdir()
    assert "notes" in sessions_header(folder)
    assert NOTE in (folder / "sessions.csv").read_text(encoding="utf-8-sig")


def test_a_counsellor_cannot_tick_the_notes(qtbot, services, journal, make_dialog, tmp_path):
    dialog = make_dialog(as_role(services, "counsellor"))
    assert not dialog.notes.isEnabled()
    assert dialog.notes_hint.text() == "Only a psychologist may export confidential notes."
    dialog.notes.setChecked(True)  # even if it were ticked somehow
    run_export(qtbot, dialog)
    (folder,) = (tmp_path / "out").iterdir()
    assert "notes" not in sessions_header(folder)
    assert NOTE not in (folder / "sessions.csv").read_text(encoding="utf-8-sig")


def test_progress_shows_and_cancel_leaves_nothing(qtbot, services, journal, make_dialog,
                                                  records, tmp_path):
    records.bulk_sessions(journal.id, 4000)
    dialog = make_dialog(services)
    with qtbot.waitSignal(dialog.finished_export, timeout=30000) as blocker:
        dialog.start()
        assert dialog.running and dialog.progress_bar.isVisible()
        assert dialog.close_button.text() == "Cancel" and not dialog.export_button.isEnabled()
        assert not dialog.folder.isEnabled() and not dialog.notes.isEnabled()
        qtbot.mouseClick(dialog.close_button, qtbot_left())  # Cancel
        assert dialog.status.text() == "Cancelling…"
    assert blocker.args == ["cancelled"]
    assert list((tmp_path / "out").iterdir()) == []
    assert "cancelled" in dialog.status.text() and dialog.isVisible()
    assert dialog.export_button.isEnabled() and dialog.close_button.text() == "Close"


def test_the_window_keeps_working_while_it_exports(qtbot, services, journal, make_dialog,
                                                   records, tmp_path):
    records.bulk_sessions(journal.id, 4000)
    dialog = make_dialog(services)
    seen = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.finished_export, timeout=30000):
        dialog.start()
    # Progress arrived in steps while the event loop ran, not once at the end.
    assert len([v for v in seen if 0 < v < dialog.progress_bar.maximum()]) >= 2
    assert "rows exported" in dialog.status.text()


def test_closing_during_an_export_cancels_it(qtbot, services, journal, make_dialog, records,
                                             tmp_path):
    records.bulk_sessions(journal.id, 4000)
    dialog = make_dialog(services)
    dialog.start()
    dialog.reject()  # Esc, the title bar's close, or the journal locking
    assert not dialog.isVisible() and not dialog._task.alive
    assert list((tmp_path / "out").iterdir()) == []


def test_a_failure_gets_a_plain_message(qtbot, services, journal, make_dialog, tmp_path,
                                        monkeypatch):
    from desktop.exporting import files

    def full_disk(self, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.Workbook, "save", full_disk)
    dialog = make_dialog(services)
    run_export(qtbot, dialog, expect="failed")
    assert "could not be written" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()
    assert list((tmp_path / "out").iterdir()) == []
    assert dialog.export_button.isEnabled()


def test_choose_and_open_the_folder(qtbot, services, journal, make_dialog, tmp_path,
                                    monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "Флешка"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog = make_dialog(services)
    qtbot.mouseClick(dialog.choose_button, qtbot_left())
    assert dialog.folder.text() == str(chosen)
    run_export(qtbot, dialog)
    (folder,) = chosen.iterdir()
    qtbot.mouseClick(dialog.open_button, qtbot_left())
    assert [u.toLocalFile() for u in opened] == [str(folder)]
    dialog.folder.clear()
    assert not dialog.export_button.isEnabled()


def test_the_menu_opens_it_but_not_for_a_head_teacher(qtbot, services, journal, tmp_path):
    window = MainWindow(services, Settings(), tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert window.export_action.isEnabled() and window.export_action.isVisible()
    dialog = window.export_all_data()
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    dialog.reject()

    head = MainWindow(as_role(services, "head"), Settings(), tmp_path)
    qtbot.addWidget(head)
    head.show()
    assert not head.export_action.isVisible() and not head.export_action.isEnabled()
