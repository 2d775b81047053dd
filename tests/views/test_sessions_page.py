"""Sessions: newest first, filtered by pupil, kind and status; a long list stays lazy."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desktop.views.sessions.sessions_page import SessionsPage


@pytest.fixture
def pupils(make_pupil):
    return make_pupil(), make_pupil("Серіков", "Арман", sex="male")


@pytest.fixture
def sessions(pupils, records):
    asem, arman = pupils
    return [
        records.session([asem.id], starts_at=datetime(2026, 11, 2, 9, 0), kind="individual",
                        reason="Первая встреча"),
        records.session([arman.id], starts_at=datetime(2026, 11, 18, 11, 45), kind="parent",
                        reason="Мама просит совета"),
        records.session([asem.id, arman.id], starts_at=datetime(2026, 11, 10, 13, 0),
                        kind="group", reason="Конфликт в классе"),
        records.session([asem.id], starts_at=datetime(2026, 11, 25, 10, 0), kind="individual",
                        reason="Повторная встреча", status="planned"),
    ]


def make_page(services, qtbot):
    p = SessionsPage(services)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    p.show()
    return p


def col(page, c):
    m = page.model
    return [m.data(m.index(r, c)) for r in range(m.rowCount())]


def test_newest_first_with_date_time_pupils_kind_and_status(services, sessions, qtbot):
    page = make_page(services, qtbot)
    assert col(page, 0) == ["25/11/2026 10:00", "18/11/2026 11:45", "10/11/2026 13:00",
                            "02/11/2026 09:00"]
    assert col(page, 1)[2] == "Нұрланова Әсем, Серіков Арман"
    assert col(page, 2)[1] == "Parent consultation"
    assert col(page, 3) == ["Planned", "Held", "Held", "Held"]
    assert col(page, 4)[0] == "Повторная встреча"
    assert page.count_label.text() == "Found: 4"


def test_filter_by_pupil_name_after_a_typing_pause(services, sessions, qtbot, type_text):
    page = make_page(services, qtbot)
    type_text(page.search, "АРМАН")
    assert page.model.rowCount() == 4  # no query per keystroke on the long lists...
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)  # ...but after a pause
    assert col(page, 4) == ["Мама просит совета", "Конфликт в классе"]
    assert page.count_label.text() == "Found: 2"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=2000)


def test_enter_in_the_search_runs_it_at_once_and_moves_into_the_list(services, sessions, qtbot,
                                                                     type_text):
    page = make_page(services, qtbot)
    type_text(page.search, "арман")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 2
    assert page.current_id() == sessions[1].id


def test_filter_by_kind_and_status(services, sessions, qtbot):
    page = make_page(services, qtbot)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("individual"))
    assert col(page, 4) == ["Повторная встреча", "Первая встреча"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("planned"))
    assert col(page, 4) == ["Повторная встреча"]
    page.kind_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData("held"))
    assert page.model.rowCount() == 3


def test_enter_opens_the_session_new_opens_an_empty_one(services, sessions, qtbot, fake_dialogs):
    page = make_page(services, qtbot)
    page.table.setCurrentIndex(page.model.index(1, 0))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert fake_dialogs[-1].name == "SessionDialog"
    assert fake_dialogs[-1].kwargs == {"session_id": sessions[1].id, "pupil_ids": []}
    page.new_button.click()
    assert fake_dialogs[-1].kwargs == {"session_id": None, "pupil_ids": []}


def test_a_saved_session_appears_and_the_selection_stays(services, pupils, sessions, records,
                                                        qtbot, fake_dialogs):
    page = make_page(services, qtbot)
    page.table.setCurrentIndex(page.model.index(2, 0))
    page.new_button.click()
    new = records.session([pupils[0].id], starts_at=datetime(2026, 11, 19, 8, 0), reason="Новая")
    with qtbot.waitSignal(page.changed):
        fake_dialogs[-1].saved.emit(new.id)
    assert col(page, 4)[1] == "Новая"
    assert page.current_id() == sessions[2].id  # still the group session, now one row lower


def test_a_long_list_reads_only_what_is_shown(services, make_pupil, records, qtbot):
    pupil = make_pupil()
    ids = records.bulk_sessions(pupil.id, 1500)
    page = make_page(services, qtbot)
    assert page.model.rowCount() == 1500
    qtbot.waitUntil(lambda: page.model.cached_pages != [])
    assert page.model.cached_pages == [0]  # only the first screen was read
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(page.model.cached_pages) > 1)
    assert page.model.cached_pages == [0, 7]
    page.table.setCurrentIndex(page.model.index(1499, 0))
    assert page.current_id() == ids[1499]
    assert page.model.data(page.model.index(1499, 4)) == "Reason 1499"
    assert page.count_label.text() == "Found: 1,500"
