"""The observation form: pupils in roles, forms of bullying, severity explained as you choose."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from ui_helpers import (
    choose, choose_in_cell, focus_chain, never_block, save_button, type_text,
)

from desktop.models.journal import ObservationInput, Participant
from desktop.views.pupils import pupil_picker
from desktop.views.observations.observation_form import ROLE_COL, ObservationDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def dialog(qtbot, services):
    def make(observation_id=None, pupil_ids=()):
        d = ObservationDialog(services, observation_id=observation_id, pupil_ids=pupil_ids)
        qtbot.addWidget(d)
        return d

    return make


@pytest.fixture
def three(make_pupil):
    return [make_pupil("Нұрланова", "Әсем").id,
            make_pupil("Құрманғалиев", "Данияр", sex="male").id,
            make_pupil("Өмірзақов", "Нұрсұлтан", sex="male", class_name="7Б").id]


def fill(d, severity="2"):
    choose(d.place, "canteen")
    choose(d.severity, severity)
    choose(d.reporter, "teacher")
    type_text(d.description, "Асханада кезекте итеріп, мазақ етті")


def test_preset_pupils_make_the_first_one_the_target(dialog, three):
    d = dialog(pupil_ids=three)
    assert d.windowTitle() == "New observation"
    assert d.chosen_ids() == three
    assert d.roles() == ["target", None, None]
    assert d.participants.item(0, 0).text() == "Нұрланова Әсем — 7Ә"
    assert d.occurred_at.dateTime().toPython() == datetime(2026, 11, 20, 10, 0)
    assert d.status.currentData() == "open"


def test_three_pupils_in_three_roles_and_two_forms_are_saved(qtbot, services, dialog, three):
    d = dialog(pupil_ids=three)
    d.occurred_at.setDateTime(d.occurred_at.dateTime().addSecs(-3600))
    qtbot.keyClick(d.form_boxes["verbal"], Qt.Key.Key_Space)
    d.form_boxes["cyber"].setChecked(True)
    choose_in_cell(qtbot, d.participants, 1, ROLE_COL, "aggressor")
    choose_in_cell(qtbot, d.participants, 2, ROLE_COL, "witness")
    fill(d, severity="3")
    type_text(d.reporter_name, "Әлиева Қарлығаш")
    type_text(d.immediate_actions, "Әңгімелесу жүргізілді")
    type_text(d.notified, "Сынып жетекшісі, ата-аналар")
    choose(d.status, "monitoring")
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    o = services.observations.get(saved.args[0])
    assert o.occurred_at == datetime(2026, 11, 20, 9, 0)
    assert o.place == "canteen" and o.severity == 3 and o.forms == ("cyber", "verbal")
    assert {p.pupil.id: p.role for p in o.participants} == {
        three[0]: "target", three[1]: "aggressor", three[2]: "witness"}
    assert (o.reporter, o.reporter_name) == ("teacher", "Әлиева Қарлығаш")
    assert o.description == "Асханада кезекте итеріп, мазақ етті"
    assert o.immediate_actions == "Әңгімелесу жүргізілді"
    assert o.notified == "Сынып жетекшісі, ата-аналар"
    assert o.status == "monitoring"


def test_the_severity_description_follows_the_choice(dialog):
    d = dialog()
    assert "Choose how serious" in d.severity_help.text()
    choose(d.severity, "1")
    assert d.severity_help.text().startswith("A single hurtful remark")
    choose(d.severity, "4")
    assert d.severity_help.text().startswith("Injury, sexual harassment, extortion")
    assert d.severity.currentText() == "4 — Critical"


def test_no_target_is_refused_beside_the_participants(qtbot, services, dialog, three):
    d = dialog(pupil_ids=three[:2])
    choose_in_cell(qtbot, d.participants, 0, ROLE_COL, "aggressor")
    choose_in_cell(qtbot, d.participants, 1, ROLE_COL, "witness")
    d.form_boxes["physical"].setChecked(True)
    fill(d)
    assert not d.save()
    assert d.error_text("participants") == "At least one pupil must be the target."
    assert services.observations.count() == 0


def test_a_pupil_without_a_role_and_no_forms(services, dialog, three):
    d = dialog(pupil_ids=three[:2])
    fill(d)
    assert not d.save()
    assert d.error_text("participants") == "Give every pupil a role."
    assert d.error_text("forms") == "Choose at least one form of bullying."
    assert services.observations.count() == 0


def test_an_empty_form(services, dialog):
    d = dialog()
    assert not d.save()
    assert d.error_text("participants") == "Add the pupils involved."
    for name in ("place", "severity", "reporter", "description"):
        assert d.error_text(name) == "This field is required.", name


def test_an_incident_in_the_future_is_refused(services, dialog, three):
    d = dialog(pupil_ids=three[:1])
    d.occurred_at.setDateTime(d.occurred_at.dateTime().addDays(1))
    d.form_boxes["threats"].setChecked(True)
    fill(d)
    assert not d.save()
    assert d.error_text("occurred_at") == "This date is in the future."


def test_adding_pupils_with_the_picker(qtbot, monkeypatch, dialog, three):
    d = dialog()
    monkeypatch.setattr(pupil_picker, "pick_pupils",
                        lambda services, parent, multi=True, exclude=(): three[:2])
    qtbot.mouseClick(d.add_pupils_button, Qt.MouseButton.LeftButton)
    assert d.chosen_ids() == three[:2] and d.roles() == ["target", None]
    assert d.participants.item(1, ROLE_COL).text() == "— choose a role —"
    # the first new pupil's role is open for choosing straight away
    assert d.participants.indexWidget(d.participants.model().index(0, ROLE_COL)) is not None
    monkeypatch.setattr(pupil_picker, "pick_pupils",
                        lambda services, parent, multi=True, exclude=(): [three[2]])
    qtbot.mouseClick(d.add_pupils_button, Qt.MouseButton.LeftButton)
    assert d.roles() == ["target", None, None]  # a target is there already
    d.participants.selectRow(0)
    qtbot.mouseClick(d.remove_pupil_button, Qt.MouseButton.LeftButton)
    assert d.chosen_ids() == three[1:] and d.dirty


def test_editing_shows_the_observation(services, dialog, three):
    oid = services.observations.create(ObservationInput(
        occurred_at=datetime(2026, 11, 12, 11, 30), place="online", forms=["cyber", "threats"],
        severity=3,
        participants=[Participant(three[0], "target"), Participant(three[1], "aggressor")],
        reporter="parent", reporter_name="Нұрланова Гүлнар", description="Чатта қорқытты",
        status="monitoring")).id
    d = dialog(observation_id=oid)
    assert d.windowTitle() == "Observation of 12/11/2026 11:30"
    assert d.place.currentData() == "online"
    assert [c for c, b in d.form_boxes.items() if b.isChecked()] == ["cyber", "threats"]
    assert d.severity.currentData() == "3"
    assert d.severity_help.text().startswith("Systematic bullying")
    assert dict(zip(d.chosen_ids(), d.roles())) == {three[0]: "target", three[1]: "aggressor"}
    assert d.reporter.currentData() == "parent"
    assert d.reporter_name.text() == "Нұрланова Гүлнар"
    assert d.description.toPlainText() == "Чатта қорқытты"
    assert d.status.currentData() == "monitoring"
    assert not d.dirty
    choose(d.status, "resolved")
    assert d.dirty
    assert d.save()
    assert services.observations.get(oid).status == "resolved"


def test_tab_order_follows_the_form(dialog, three):
    d = dialog(pupil_ids=three)
    boxes = list(d.form_boxes.values())
    expected = [d.occurred_at, d.place, *boxes, d.severity, d.participants, d.add_pupils_button,
                d.reporter, d.reporter_name, d.description, d.immediate_actions, d.notified,
                d.status]
    assert focus_chain(d.occurred_at, expected) == expected


def test_a_role_still_being_chosen_when_saving_counts(services, dialog, three):
    d = dialog(pupil_ids=three[:2])
    table = d.participants
    table.setCurrentCell(1, ROLE_COL)
    table.editItem(table.item(1, ROLE_COL))
    choose(table.indexWidget(table.currentIndex()), "aggressor")  # the list is still open
    d.form_boxes["extortion"].setChecked(True)
    fill(d)
    assert d.save()
    o = services.observations.get(d.observation_id)
    assert {p.pupil.id: p.role for p in o.participants} == {three[0]: "target",
                                                           three[1]: "aggressor"}


def test_one_click_on_a_role_opens_the_list(qtbot, dialog, three):
    d = dialog(pupil_ids=three[:2])
    d.show()
    table = d.participants
    rect = table.visualRect(table.model().index(1, ROLE_COL))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.indexWidget(table.model().index(1, ROLE_COL))
    assert editor is not None and editor.currentText() == "— choose a role —"
    assert [editor.itemData(i) for i in range(editor.count())] == [
        None, "target", "aggressor", "witness"]
