"""The preventive activity form: a user fills it and the activity is in the log; a bad
number of participants or a missing topic is said beside its field and nothing is saved."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from ui_helpers import choose, focus_chain, never_block, save_button, type_text

from desktop.models.prevention import ActivityFilter, ActivityInput
from desktop.models.school import SchoolInput
from desktop.services import Services
from desktop.services.context import Context
from desktop.views.prevention.prevention_form import PreventionDialog

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def dialog(qtbot, services):
    def make(svc=None, **kw):
        d = PreventionDialog(svc or services, **kw)
        qtbot.addWidget(d)
        return d

    return make


def in_log(services):
    return services.prevention.page(ActivityFilter(), 0, 100)


def test_a_user_fills_the_form_and_the_activity_is_logged(qtbot, services, dialog):
    services.school.save(SchoolInput(name_kk="№145 мектеп", psychologist="Әбілқасымова Ә. Н."))
    d = dialog()
    assert d.windowTitle() == "New preventive activity"
    assert d.held_on.date().toPython() == TODAY
    assert d.led_by.text() == "Әбілқасымова Ә. Н."
    choose(d.programme, "dosbol_like")
    assert d.audience.currentData() == "pupils"
    type_text(d.topic, "ДосболLIKE: сыныптағы достық")
    type_text(d.class_name, "6ә")
    d.participants.setFocus()
    qtbot.keyClicks(d.participants, "26")
    d.held_on.setDate(d.held_on.date().addDays(-2))
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    a = services.prevention.get(saved.args[0])
    assert (a.held_on, a.programme, a.topic, a.audience, a.class_name, a.participants,
            a.led_by) == (date(2026, 11, 18), "dosbol_like", "ДосболLIKE: сыныптағы достық",
                          "pupils", "6Ә", 26, "Әбілқасымова Ә. Н.")
    assert in_log(services) == [a]


def test_a_parents_meeting_brings_its_audience_and_needs_no_class(services, dialog):
    d = dialog()
    choose(d.programme, "parent_meeting")
    assert d.audience.currentData() == "parents"
    type_text(d.topic, "Как распознать травлю")
    d.participants.setValue(48)
    assert d.save()
    assert [(a.audience, a.class_or_group) for a in in_log(services)] == [("parents", "")]


@pytest.mark.parametrize("participants, expected", [
    (0, "This field is required."),
    (2500, "Give a whole number from 1 to 2000."),
])
def test_a_bad_number_of_participants_is_said_beside_it(services, dialog, participants, expected):
    d = dialog()
    choose(d.programme, "class_hour")
    type_text(d.topic, "Сынып сағаты: кибербуллинг")
    type_text(d.class_name, "8Б")
    d.participants.setValue(participants)
    assert not d.save()
    assert d.error_text("participants") == expected
    assert d.error_text("topic") == ""
    assert in_log(services) == []


def test_a_missing_topic_and_class_are_said_beside_them(services, dialog):
    d = dialog()
    choose(d.programme, "personal_safety")
    d.participants.setValue(25)
    assert not d.save()
    assert d.error_text("topic") == "This field is required."
    assert d.error_text("class_name") == (
        "Name the class (e.g. 7Ә) or the group the activity was for.")
    assert d.error_text("participants") == ""
    assert in_log(services) == []


def test_editing_an_activity(services, dialog):
    saved = services.prevention.create(ActivityInput(
        held_on=date(2026, 10, 5), programme="teacher_training", topic="Буллингтің белгілері",
        audience="teachers", group_name="Педагогтер", participants=34, led_by="Сейітова Г. М."))
    d = dialog(activity_id=saved.id)
    assert d.windowTitle() == "Preventive activity"
    assert d.topic.text() == "Буллингтің белгілері" and d.participants.value() == 34
    assert d.audience.currentData() == "teachers" and not d.dirty
    choose(d.programme, "other")  # an edited record keeps the audience it has
    assert d.audience.currentData() == "teachers"
    d.participants.setValue(36)
    assert d.save()
    assert services.prevention.get(saved.id).participants == 36


def test_the_counsellor_may_change_it(services, dialog):
    saved = services.prevention.create(ActivityInput(
        held_on=date(2026, 10, 5), programme="class_hour", topic="Сынып сағаты",
        audience="pupils", class_name="5А", participants=22))
    counsellor = Services.build(services.db, Context(actor="c", role="counsellor",
                                                     clock=services.ctx.clock))
    assert save_button(dialog(counsellor, activity_id=saved.id)).isEnabled()


def test_tab_order_follows_the_form(dialog):
    d = dialog()
    expected = [d.held_on, d.programme, d.topic, d.audience, d.class_name, d.group_name,
                d.participants, d.led_by]
    assert focus_chain(d.held_on, expected) == expected
