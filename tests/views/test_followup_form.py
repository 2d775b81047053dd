"""The follow-up form: for whom, what, by when, by whom; done; what it is linked to."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_helpers import focus_chain, never_block, save_button, shown, type_text

from desktop.models.journal import FollowUpInput, ObservationInput, Participant, SessionInput
from desktop.models.school import SchoolInput
from desktop.views.pupils import pupil_picker
from desktop.views.followups.followup_form import FollowUpDialog

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def dialog(qtbot, services):
    def make(**kw):
        d = FollowUpDialog(services, **kw)
        qtbot.addWidget(d)
        return d

    return make


@pytest.fixture
def pupil(make_pupil):
    return make_pupil("Нұрланова", "Әсем").id


def observation(services, *pupil_ids):
    return services.observations.create(ObservationInput(
        occurred_at=datetime(2026, 11, 12, 11, 30), place="corridor", forms=["verbal"], severity=2,
        participants=[Participant(p, "target" if i == 0 else "witness")
                      for i, p in enumerate(pupil_ids)],
        reporter="teacher", description="Дәлізде мазақ етті")).id


def test_a_new_follow_up_for_a_given_pupil(services, dialog, pupil):
    services.school.save(SchoolInput(name_kk="№145 мектеп", psychologist="Әбілқасымова Ә. Н."))
    d = dialog(pupil_id=pupil)
    assert d.windowTitle() == "New follow-up"
    assert d.pupil_label.text() == "Нұрланова Әсем — 7Ә"
    assert not shown(d.choose_pupil_button)
    assert d.due_date.date().toPython() == date(2026, 11, 27)
    assert d.responsible.text() == "Әбілқасымова Ә. Н."
    assert not d.is_done.isChecked() and not d.done_date.isEnabled()
    assert not shown(d.link_label)
    assert not d.dirty


def test_saves_with_due_date_and_marked_done(qtbot, services, dialog, pupil):
    d = dialog(pupil_id=pupil)
    type_text(d.what, "Ата-анасымен кездесу")
    d.due_date.setDate(d.due_date.date().addDays(3))
    type_text(d.responsible, "Сынып жетекшісі Әлиева Қ.")
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    f = services.followups.get(saved.args[0])
    assert f.pupil.id == pupil and f.what == "Ата-анасымен кездесу"
    assert f.due_date == date(2026, 11, 30) and f.done_date is None
    assert f.responsible == "Сынып жетекшісі Әлиева Қ."

    d2 = dialog(follow_up_id=f.id)
    assert d2.windowTitle() == "Follow-up"
    assert d2.what.toPlainText() == "Ата-анасымен кездесу"
    assert d2.pupil_label.text() == "Нұрланова Әсем — 7Ә" and not shown(d2.choose_pupil_button)
    qtbot.keyClick(d2.is_done, Qt.Key.Key_Space)
    assert d2.done_date.isEnabled() and d2.done_date.date().toPython() == TODAY
    d2.done_date.setDate(d2.done_date.date().addDays(-1))
    assert d2.save()
    f = services.followups.get(f.id)
    assert f.done_date == date(2026, 11, 19) and f.due_date == date(2026, 11, 30)


def test_done_in_the_future_is_refused(services, dialog, pupil):
    d = dialog(pupil_id=pupil)
    type_text(d.what, "Кеңес")
    type_text(d.responsible, "Әлиева Қ.")
    d.is_done.setChecked(True)
    d.done_date.setDate(d.done_date.date().addDays(1))
    assert not d.save()
    assert d.error_text("done_date") == "This date is in the future."
    assert services.followups.count() == 0


def test_without_a_pupil_the_picker_is_offered(qtbot, monkeypatch, services, dialog, pupil):
    d = dialog()
    assert shown(d.choose_pupil_button)
    assert d.pupil_label.text() == "No pupil chosen yet."
    type_text(d.what, "Бақылау")
    type_text(d.responsible, "Әлиева Қ.")
    assert not d.save()
    assert d.error_text("pupil_id") == "This field is required."
    assert services.followups.count() == 0

    def pick_one(services, parent, multi=True, exclude=(), first=()):
        return [] if multi else [pupil]

    monkeypatch.setattr(pupil_picker, "pick_pupils", pick_one)
    qtbot.mouseClick(d.choose_pupil_button, Qt.MouseButton.LeftButton)
    assert d.pupil_label.text() == "Нұрланова Әсем — 7Ә"
    assert d.save()
    assert services.followups.get(d.follow_up_id).pupil.id == pupil


def test_missing_what_and_responsible(services, dialog, pupil):
    d = dialog(pupil_id=pupil)
    assert not d.save()
    assert d.error_text("what") == "This field is required."
    assert d.error_text("responsible") == "This field is required."


def test_linked_to_an_observation(services, dialog, pupil, make_pupil):
    other = make_pupil("Құрманғалиев", "Данияр", sex="male").id
    oid = observation(services, pupil, other)
    d = dialog(observation_id=oid, pupil_id=pupil)
    assert shown(d.link_label)
    assert d.link_label.text() == "Linked to the observation of 12/11/2026"
    type_text(d.what, "Сыныппен тренинг")
    type_text(d.responsible, "Әлиева Қ.")
    assert d.save()
    assert services.followups.get(d.follow_up_id).observation_id == oid


def test_a_pupil_outside_the_linked_record_is_refused(services, dialog, pupil, make_pupil):
    stranger = make_pupil("Сейітқали", "Ақжол", sex="male").id
    oid = observation(services, pupil)
    d = dialog(observation_id=oid, pupil_id=stranger)
    type_text(d.what, "Кеңес")
    type_text(d.responsible, "Әлиева Қ.")
    assert not d.save()
    assert d.error_text("observation_id") == "This pupil does not take part in the chosen record."
    assert services.followups.count() == 0


def test_a_session_with_one_pupil_presets_that_pupil(services, dialog, pupil):
    sid = services.sessions.create(SessionInput(
        starts_at=datetime(2026, 11, 18, 9, 0), kind="individual", initiator="pupil",
        pupil_ids=[pupil], reason="Кеңес")).id
    d = dialog(session_id=sid)
    assert d.pupil_label.text() == "Нұрланова Әсем — 7Ә"
    assert not shown(d.choose_pupil_button)
    assert d.link_label.text() == "Linked to the session of 18/11/2026"


def test_editing_a_done_follow_up(services, dialog, pupil):
    fid = services.followups.create(FollowUpInput(
        pupil_id=pupil, what="ПМПК-ға жолдама", due_date=date(2026, 11, 10),
        responsible="Әбілқасымова Ә.", done_date=date(2026, 11, 9))).id
    d = dialog(follow_up_id=fid)
    assert not d.dirty
    assert d.is_done.isChecked() and d.done_date.date().toPython() == date(2026, 11, 9)
    assert d.due_date.date().toPython() == date(2026, 11, 10)
    d.is_done.setChecked(False)
    assert d.save()
    assert services.followups.get(fid).done_date is None


def test_tab_order_follows_the_form(dialog):
    d = dialog()
    expected = [d.choose_pupil_button, d.what, d.due_date, d.responsible, d.is_done, d.done_date]
    assert focus_chain(d.choose_pupil_button, expected) == expected
    assert d.due_date.calendarPopup() and d.due_date.displayFormat() == "dd/MM/yyyy"


def test_the_proposed_due_date_is_a_school_day_and_a_picked_sunday_is_kept(services, dialog,
                                                                          pupil):
    # A week after 9 December 2026 is Independence Day: the form proposes the day after.
    services.ctx.clock = lambda: datetime(2026, 12, 9, 10, 0)
    d = dialog(pupil_id=pupil)
    assert d.due_date.date().toPython() == date(2026, 12, 17)
    hint = d.findChild(QLabel, "schoolDayHint")
    assert not shown(hint)
    # The user's own choice stands, a Sunday too, with a word that it is one.
    type_text(d.what, "Ата-анасымен кездесу")
    type_text(d.responsible, "Әлиева Қ.")
    d.due_date.setDate(date(2026, 12, 20))
    assert shown(hint) and hint.text() == "Not a school day."
    assert d.save()
    assert services.followups.get(d.follow_up_id).due_date == date(2026, 12, 20)
