"""The dashboard's "needs attention" list has one row per pupil with the reasons beside,
gravest first; the title says what it counts; it sorts by each column (a risk of self-harm
staying on top) and narrows by class and name; dismissing asks which warning when a pupil
has several. Pickers filter by class; a help-plan action's picker offers the case's pupils
first.

NOW (tests/views/conftest.py) is Friday 20 November 2026, 10:00."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import click_header, column_texts

from desktop.models.case import CaseInput
from desktop.models.journal import Participant
from desktop.views.dashboard.attention_page import AttentionPage
from desktop.views.followups.followup_form import FollowUpDialog
from desktop.views.pupils.pupil_picker import PupilPickerDialog

NOW = datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def school(make_pupil, records):
    """Әлиева (5Ә): two incidents as a target, one of them serious; Бекова (5А): a serious
    incident; Серіков (10Б): a risk of self-harm noted in a session."""
    aliya = make_pupil("Әлиева", "Айгерім", class_name="5Ә")
    dana = make_pupil("Бекова", "Дана", class_name="5А")
    arman = make_pupil("Серіков", "Арман", sex="male", class_name="10Б")
    records.observation([(aliya.id, "target")], occurred_at=NOW - timedelta(days=9), severity=3)
    records.observation([(aliya.id, "target")], occurred_at=NOW - timedelta(days=2), severity=2)
    records.observation([(dana.id, "target")], occurred_at=NOW - timedelta(days=5), severity=4)
    records.session([arman.id], starts_at=NOW - timedelta(days=1), self_harm_risk=True)
    return dict(aliya=aliya, dana=dana, arman=arman)


@pytest.fixture
def page(services, qtbot):
    p = AttentionPage(services)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    return p


column = column_texts


def test_one_row_per_pupil_with_the_reasons_beside_the_gravest_first(services, school, page):
    warnings = services.attention.warnings()
    aliya = [w for w in warnings if w.pupil_id == school["aliya"].id]
    assert len(aliya) >= 2  # a serious incident, and targeted twice
    assert column(page.attention, 0)[0] == "Серіков Арман"  # a risk of self-harm on top
    assert sorted(column(page.attention, 0)) == sorted(
        ["Серіков Арман", "Бекова Дана", "Әлиева Айгерім"])  # each pupil once
    row = column(page.attention, 0).index("Әлиева Айгерім")
    why = column(page.attention, 3)[row]
    assert why.startswith("Serious incident (severity 3–4) still open; ")
    assert "Targeted in 2 incidents" in why
    newest = max(w.since for w in aliya)
    assert column(page.attention, 2)[row] == newest.strftime("%d/%m/%Y")  # the newest
    assert page.attention_box.title() == (
        f"Needs attention — pupils: 3, warnings: {len(warnings)}")
    # The explanation under the list covers every reason of the pupil selected.
    page.attention.selectRow(row)
    assert "severity 3 or 4" in page.why.text() and "Order No. 506" in page.why.text()


def test_sorting_keeps_a_risk_of_self_harm_on_top_in_bold_red(school, page, qtbot):
    table = page.attention
    click_header(qtbot, table, 0)  # by name
    assert column(table, 0) == ["Серіков Арман", "Әлиева Айгерім", "Бекова Дана"]
    click_header(qtbot, table, 0)
    assert column(table, 0) == ["Серіков Арман", "Бекова Дана", "Әлиева Айгерім"]
    click_header(qtbot, table, 1)  # by class: 5А, 5Ә, 10Б — but the risk first
    assert column(table, 1) == ["10Б", "5А", "5Ә"]
    click_header(qtbot, table, 1)
    assert column(table, 1) == ["10Б", "5Ә", "5А"]
    assert table.horizontalHeader().sortIndicatorSection() == 1
    assert table.model().index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_filter_by_class_and_by_name(school, page, type_text):
    page.attention_class.setCurrentIndex(page.attention_class.findData("5Ә"))
    assert column(page.attention, 0) == ["Әлиева Айгерім"]
    assert page.attention_box.title().startswith("Needs attention — pupils: 1, warnings: ")
    page.attention_class.setCurrentIndex(0)
    assert len(column(page.attention, 0)) == 3
    type_text(page.attention_search, "5а")  # a class typed: 5А
    assert column(page.attention, 0) == ["Бекова Дана"]
    page.attention_search.clear()
    type_text(page.attention_search, "али")  # «Әлиева» found as a Russian keyboard types it
    assert column(page.attention, 0) == ["Әлиева Айгерім"]
    type_text(page.attention_search, "x")
    assert column(page.attention, 0) == []
    assert page.attention_box.title() == "Needs attention — pupils: 0, warnings: 0"
    assert not page.dismiss_button.isEnabled()


def test_dismissing_asks_which_of_the_pupils_warnings(services, school, page, qtbot,
                                                      type_text):
    before = services.attention.warnings()
    row = column(page.attention, 0).index("Әлиева Айгерім")
    page.attention.selectRow(row)
    dialog = page.dismiss_selected()
    assert dialog.choice.isVisibleTo(dialog) and dialog.choice.count() >= 2
    assert dialog.choice.item(0).text().startswith("Serious incident")
    dialog.choice.setCurrentRow(1)  # the second: targeted twice
    type_text(dialog.reason, "Сынып жетекшісімен сөйлестік")
    with qtbot.waitSignal(page.changed):
        dialog.accept()
    after = services.attention.warnings()
    assert len(after) == len(before) - 1
    gone = {(w.pupil_id, w.rule) for w in before} - {(w.pupil_id, w.rule) for w in after}
    assert gone == {(school["aliya"].id, "repeated_target")}
    # She stays, with the serious incident left.
    row = column(page.attention, 0).index("Әлиева Айгерім")
    why = column(page.attention, 3)[row]
    assert why.startswith("Serious incident (severity 3–4) still open") and "Targeted" not in why


def test_a_pupil_with_one_warning_is_dismissed_without_a_choice(services, school, page):
    assert [w.rule for w in services.attention.warnings()
            if w.pupil_id == school["arman"].id] == ["self_harm_risk"]
    row = column(page.attention, 0).index("Серіков Арман")
    page.attention.selectRow(row)
    dialog = page.dismiss_selected()
    assert not dialog.choice.isVisibleTo(dialog)
    dialog.reject()


def test_the_other_boxes_sort_too(services, school, records, page, qtbot):
    for days, what in ((2, "Үшінші"), (0, "Бірінші"), (1, "Екінші")):
        records.follow_up(school["dana"].id, due_date=NOW.date() + timedelta(days=days),
                          what=what)
    page.refresh()
    click_header(qtbot, page.actions, 0)
    assert column(page.actions, 3) == ["Бірінші", "Екінші", "Үшінші"]
    click_header(qtbot, page.actions, 0)
    assert column(page.actions, 3) == ["Үшінші", "Екінші", "Бірінші"]


# --- pickers ---------------------------------------------------------------------------------

def lines(p):
    return [p.results.item(i).text() for i in range(p.results.count())]


def test_the_picker_filters_by_a_class_chosen_or_typed(services, school, qtbot, type_text):
    p = PupilPickerDialog(services)
    qtbot.addWidget(p)
    assert lines(p) == ["Бекова Дана — 5А", "Әлиева Айгерім — 5Ә", "Серіков Арман — 10Б"]
    combo = p.class_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All classes", "5А", "5Ә", "10Б"]
    combo.setCurrentIndex(combo.findData("5Ә"))
    assert lines(p) == ["Әлиева Айгерім — 5Ә"]
    combo.setCurrentIndex(0)
    type_text(p.search_edit, "5Ә")
    assert lines(p) == ["Әлиева Айгерім — 5Ә"]
    p.search_edit.clear()
    type_text(p.search_edit, "10б сер")
    assert lines(p) == ["Серіков Арман — 10Б"]


def test_a_help_plan_actions_picker_offers_the_cases_pupils_first(
        services, school, qtbot, monkeypatch):
    case = services.cases.create(CaseInput(
        title="Чаттағы қорлау", opened_on=date(2026, 11, 16), responsible="Психолог",
        participants=[Participant(school["arman"].id, "target"),
                      Participant(school["aliya"].id, "aggressor")]))
    seen = {}

    def look(dialog_self):
        seen["lines"] = lines(dialog_self)
        seen["bold"] = [dialog_self.results.item(i).font().bold()
                        for i in range(dialog_self.results.count())]
        return 0

    monkeypatch.setattr(PupilPickerDialog, "exec", look)
    d = FollowUpDialog(services, case_id=case.id)
    qtbot.addWidget(d)
    d.choose_pupil()
    assert seen["lines"] == ["Серіков Арман — 10Б", "Әлиева Айгерім — 5Ә", "Бекова Дана — 5А"]
    assert seen["bold"] == [True, True, False]
