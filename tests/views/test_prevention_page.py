"""The preventive work log page: this school year's activities newest first, narrowed by
year, programme and words; New adds one that then shows, Edit opens it, Delete removes it."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import choose, never_block, save_button, type_text

from desktop.models.prevention import ActivityInput
from desktop.services import Services
from desktop.services.context import Context
from desktop.views.prevention.prevention_form import PreventionDialog
from desktop.views.prevention.prevention_page import PreventionPage


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


def activity(services, held_on, programme="personal_safety", topic="Личная безопасность",
             audience="pupils", class_name="7Ә", group_name="", participants=24):
    return services.prevention.create(ActivityInput(
        held_on=held_on, programme=programme, topic=topic, audience=audience,
        class_name=class_name, group_name=group_name, participants=participants,
        led_by="Сейітова Г. М."))


@pytest.fixture
def log(services):
    return dict(
        last_year=activity(services, date(2026, 2, 12), topic="Жеке қауіпсіздік: жол ережесі"),
        meeting=activity(services, date(2026, 10, 8), "parent_meeting", "Как распознать травлю",
                         "parents", "", "Родители 5-х классов", 64),
        lesson=activity(services, date(2026, 11, 17), "dosbol_like", "ДосболLIKE: достық",
                        class_name="6Б", participants=27),
    )


@pytest.fixture
def make_page(qtbot):
    def make(services):
        p = PreventionPage(services)
        qtbot.addWidget(p)
        p.resize(1100, 600)
        p.show()
        return p

    return make


@pytest.fixture
def page(services, log, make_page):
    return make_page(services)


def col(page, c):
    m = page.model
    return [m.data(m.index(r, c)) for r in range(m.rowCount())]


def test_this_school_year_newest_first_with_every_column(page):
    m = page.model
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())] == [
        "Date", "Programme", "Topic", "Audience", "Class or group", "Participants", "Led by"]
    assert col(page, 0) == ["17/11/2026", "08/10/2026"]
    assert col(page, 1) == ["ДосболLIKE session", "Meeting with parents"]
    assert col(page, 2) == ["ДосболLIKE: достық", "Как распознать травлю"]
    assert col(page, 3) == ["Pupils", "Parents"]
    assert col(page, 4) == ["6Б", "Родители 5-х классов"]
    assert col(page, 5) == ["27", "64"] and col(page, 6) == ["Сейітова Г. М."] * 2
    assert page.count_label.text() == "Found: 2"


def test_narrowed_by_year_programme_and_words(qtbot, page):
    choose(page.period_combo, "last_year")
    assert col(page, 2) == ["Жеке қауіпсіздік: жол ережесі"]
    choose(page.period_combo, "all")
    assert page.count_label.text() == "Found: 3"
    choose(page.programme_combo, "parent_meeting")
    assert col(page, 2) == ["Как распознать травлю"]
    choose(page.programme_combo, None)
    type_text(page.search, "РОДИТЕЛИ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert col(page, 4) == ["Родители 5-х классов"]


def test_new_adds_an_activity_that_then_shows(qtbot, services, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    d = page.findChild(PreventionDialog)
    choose(d.programme, "class_hour")
    type_text(d.topic, "Сынып сағаты: кибербуллинг")
    type_text(d.class_name, "9В")
    d.participants.setValue(29)
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert col(page, 2) == ["Сынып сағаты: кибербуллинг", "ДосболLIKE: достық",
                            "Как распознать травлю"]
    assert col(page, 4)[0] == "9В" and page.count_label.text() == "Found: 3"


def test_edit_opens_the_selected_activity(qtbot, page, log):
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.table.selectRow(1)
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    d = page.findChild(PreventionDialog)
    assert d.activity_id == log["meeting"].id and d.topic.text() == "Как распознать травлю"


def test_delete_asks_then_removes(monkeypatch, services, page, log):
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)
    assert not page.delete_current()
    assert page.model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    assert page.delete_current()
    assert col(page, 2) == ["Как распознать травлю"]
    assert services.prevention.count() == 2  # the other year's is still there


def test_a_counsellor_may_add_and_the_state_survives(services, log, make_page):
    counsellor = Services.build(services.db, Context(actor="c", role="counsellor",
                                                     clock=services.ctx.clock))
    page = make_page(counsellor)
    assert page.new_button.isEnabled()
    choose(page.programme_combo, "dosbol_like")
    state = page.state()
    other = make_page(counsellor)
    other.restore_state(state)
    assert other.programme_combo.currentData() == "dosbol_like"
    assert col(other, 2) == ["ДосболLIKE: достық"]


def test_the_table_model_is_a_sound_qt_model(qtmodeltester, page):
    qtmodeltester.check(page.model)
