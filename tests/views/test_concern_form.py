"""The concern form: the clocks in words, errors beside the fields, responses that stop the
clocks, anonymous concerns, and the notice of a repeated concern.

NOW (tests/views/conftest.py) is Friday 20 November 2026, 10:00; dates show as dd/MM/yyyy."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from ui_helpers import choose, never_block, save_button, type_text

from desktop.models.concern import ConcernInput, ResponseInput
from desktop.views.widgets.colors import ALERT
from desktop.views.concerns.concern_form import BY_COL, DATE_COL, KIND_COL, ConcernDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def dialog(qtbot, services):
    def make(concern_id=None, pupil_ids=()):
        d = ConcernDialog(services, concern_id=concern_id, pupil_ids=pupil_ids)
        qtbot.addWidget(d)
        d.show()
        return d

    return make


@pytest.fixture
def dana(make_pupil):
    return make_pupil("Жақсыбекова", "Дана", class_name="6Ғ")


def concern(services, pupil_ids, received_at=datetime(2026, 11, 20, 9, 0), **kw):
    return services.concerns.create(ConcernInput(
        received_at=received_at, source=kw.pop("source", "parent"),
        channel=kw.pop("channel", "phone"), from_name=kw.pop("from_name", "Жақсыбеков Серік, әкесі"),
        pupil_ids=list(pupil_ids), summary=kw.pop("summary", "Қызымды сыныптастары мазақтайды"),
        **kw))


def ok_button(d):
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_concern_recorded_through_the_form(qtbot, services, dialog, dana):
    d = dialog(pupil_ids=[dana.id])
    assert d.windowTitle() == "New concern"
    assert d.chosen_ids() == [dana.id]
    assert d.pupil_ids.item(0).text() == "Жақсыбекова Дана — 6Ғ"
    # The clocks are there before anything is saved: received on a Friday.
    assert d.ack_label.text() == "Acknowledge by 23/11/2026 — 1 working day left"
    assert d.answer_label.text() == "Written answer by 11/12/2026 — 15 working days left"
    assert not d.repeat_shown()

    choose(d.source, "parent")
    type_text(d.from_name, "Жақсыбеков Серік, әкесі")
    type_text(d.contact, "+7 705 111 22 33")
    choose(d.channel, "messenger")
    type_text(d.summary, "Қызымды сыныптастары бір жыл бойы мазақтайды")
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    c = services.concerns.get(saved.args[0])
    assert c.received_at == datetime(2026, 11, 20, 10, 0)
    assert (c.source, c.channel) == ("parent", "messenger")
    assert (c.from_name, c.contact) == ("Жақсыбеков Серік, әкесі", "+7 705 111 22 33")
    assert c.summary == "Қызымды сыныптастары бір жыл бойы мазақтайды"
    assert [p.id for p in c.pupils] == [dana.id]
    assert (c.ack_due, c.answer_due) == (date(2026, 11, 23), date(2026, 12, 11))
    assert not d.isVisible()


def test_a_deadline_in_a_year_nobody_knows_says_so_in_one_line(services, dialog, dana):
    d = dialog(pupil_ids=[dana.id])
    assert d.unknown_holidays_label.isHidden()
    d.received_at.setDateTime(QDateTime(QDate(2027, 12, 20), QTime(9, 0)))
    assert d.answer_label.text().startswith("Written answer by 13/01/2028")
    assert not d.unknown_holidays_label.isHidden()
    assert d.unknown_holidays_label.text() == (
        "Holidays of 2028 are not known for certain: the deadline counts the expected days "
        "off and may miss a transferred one. Check them in Settings → Holidays.")
    services.holidays.replace_corrections(2028, [], confirmed=True)
    d.received_at.setDateTime(QDateTime(QDate(2027, 12, 21), QTime(9, 0)))
    assert d.unknown_holidays_label.isHidden()


def test_an_empty_form_shows_each_error_beside_its_field(services, dialog):
    d = dialog()
    assert d.no_pupils_hint.isVisibleTo(d)
    assert not d.save()
    for name in ("source", "channel", "from_name", "summary"):
        assert d.error_text(name) == "This field is required.", name
    assert d.error_text("received_at") == ""
    assert d.isVisible()  # the form stays open with its errors
    assert services.concerns.count() == 0


def test_a_future_time_and_a_vague_summary_without_pupils(services, dialog):
    d = dialog()
    d.received_at.setDateTime(d.received_at.dateTime().addDays(1))
    choose(d.source, "teacher")
    type_text(d.from_name, "Сейітова Гүлнар")
    choose(d.channel, "in_person")
    type_text(d.summary, "Буллинг")
    assert not d.save()
    assert d.error_text("received_at") == "This date is in the future."
    assert d.error_text("summary").startswith("No pupil is named: say whom the concern is about")
    assert services.concerns.count() == 0


def test_an_anonymous_concern_keeps_no_name(qtbot, services, dialog):
    d = dialog()
    type_text(d.from_name, "Әлдекім")
    choose(d.source, "anonymous")
    assert not d.from_name.isEnabled() and d.from_name.text() == ""
    assert d.from_name.placeholderText() == "Anonymous: no name is kept"
    choose(d.channel, "line_111")
    type_text(d.summary, "7Ә сыныбында бір оқушыны видеоға түсіріп, мазақ етеді")
    with qtbot.waitSignal(d.saved) as saved:
        assert d.save()
    c = services.concerns.get(saved.args[0])
    assert (c.source, c.from_name, c.pupils) == ("anonymous", "", ())
    # Chosen by mistake and changed back: the name typed comes back.
    d2 = dialog()
    type_text(d2.from_name, "Әлдекім")
    choose(d2.source, "anonymous")
    choose(d2.source, "parent")
    assert d2.from_name.isEnabled() and d2.from_name.text() == "Әлдекім"


def test_an_overdue_acknowledgement_is_red(services, dialog, dana):
    c = concern(services, [dana.id], received_at=datetime(2026, 11, 18, 15, 0))
    d = dialog(concern_id=c.id)
    assert d.windowTitle() == "Concern of 18/11/2026 15:00"
    assert d.ack_label.text() == "Acknowledge by 19/11/2026 — overdue by 1 day"
    assert ALERT.name() in d.ack_label.styleSheet()
    assert d.answer_label.text() == "Written answer by 09/12/2026 — 13 working days left"
    assert d.answer_label.styleSheet() == ""


def test_a_written_answer_added_stops_both_clocks(qtbot, services, dialog, dana):
    c = concern(services, [dana.id], received_at=datetime(2026, 11, 18, 15, 0))
    d = dialog(concern_id=c.id)
    with qtbot.waitSignal(d.saved):
        d.add_response_button.click()
        r = d.response_dialog
        assert r.isVisible() and r.kind.currentData() == "acknowledged"  # nothing given yet
        choose(r.kind, "written_answer")
        r.by.clear()
        type_text(r.by, "Сәрсенбаева Әйгерім")
        type_text(r.note, "Шығыс № 15-04/233")
        qtbot.mouseClick(ok_button(r), Qt.MouseButton.LeftButton)
    assert not r.isVisible()
    assert d.responses.rowCount() == 1
    assert [d.responses.item(0, col).text() for col in (DATE_COL, KIND_COL, BY_COL)] == [
        "20/11/2026", "Written answer", "Сәрсенбаева Әйгерім"]
    assert d.ack_label.text() == "Acknowledged on 20/11/2026 — late: it was due 19/11/2026"
    assert d.ack_label.styleSheet() == ""
    assert d.answer_label.text() == "Answered in writing on 20/11/2026"
    saved = services.concerns.get(c.id)
    assert saved.answered_on == date(2026, 11, 20) and saved.responses[0].note == "Шығыс № 15-04/233"
    assert not d.dirty  # the response is saved already: nothing to lose on closing


def test_a_response_dated_before_the_concern_is_refused_beside_its_date(services, dialog, dana):
    c = concern(services, [dana.id])
    d = dialog(concern_id=c.id)
    r = d.add_response()
    type_text(r.by, "Сәрсенбаева Әйгерім")
    r.on_date.setDate(r.on_date.date().addDays(-3))
    assert not r.save()
    assert r.error_text("on_date") == (
        "A response cannot be dated before the concern came in (20/11/2026).")
    assert r.isVisible()
    assert services.concerns.get(c.id).responses == ()


def test_editing_and_deleting_a_response(qtbot, services, dialog, dana, monkeypatch):
    c = concern(services, [dana.id], received_at=datetime(2026, 11, 18, 15, 0))
    services.concerns.add_response(c.id, ResponseInput("meeting", date(2026, 11, 19), "Психолог"))
    d = dialog(concern_id=c.id)
    assert d.ack_label.text() == "Acknowledged on 19/11/2026"
    d.responses.setCurrentCell(0, DATE_COL)
    r = d.edit_response()
    assert (r.kind.currentData(), r.by.text()) == ("meeting", "Психолог")
    r.on_date.setDate(r.on_date.date().addDays(1))
    assert r.save()
    assert d.responses.item(0, DATE_COL).text() == "20/11/2026"
    assert d.ack_label.text() == "Acknowledged on 20/11/2026 — late: it was due 19/11/2026"

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    d.responses.setCurrentCell(0, DATE_COL)
    with qtbot.waitSignal(d.saved):
        assert d.remove_response()
    assert d.responses.rowCount() == 0
    assert d.ack_label.text() == "Acknowledge by 19/11/2026 — overdue by 1 day"
    assert services.concerns.get(c.id).acknowledged_on is None


def test_add_response_on_a_new_concern_saves_it_first(qtbot, services, dialog, dana):
    from desktop.models.school import SchoolInput

    services.school.save(SchoolInput(name_kk="№ 12 мектеп", psychologist="Сәрсенбаева Әйгерім"))
    d = dialog(pupil_ids=[dana.id])
    d.add_response_button.click()  # nothing filled in: the errors, and no response dialog
    assert d.error_text("source") == "This field is required."
    assert d.response_dialog is None and services.concerns.count() == 0

    choose(d.source, "pupil")
    type_text(d.from_name, "Жақсыбекова Дана")
    choose(d.channel, "in_person")
    type_text(d.summary, "Сыныптастары сөйлеспейді")
    with qtbot.waitSignal(d.saved):
        d.add_response_button.click()
    assert services.concerns.count() == 1
    assert d.isVisible() and d.concern_id is not None  # the form stays open
    assert d.windowTitle() == "Concern of 20/11/2026 10:00"
    r = d.response_dialog
    assert r.isVisible()
    # Given today by the school's psychologist unless changed.
    assert (r.kind.currentData(), r.by.text()) == ("acknowledged", "Сәрсенбаева Әйгерім")
    assert r.save()
    assert services.concerns.get(d.concern_id).acknowledged_on == date(2026, 11, 20)
    assert d.ack_label.text() == "Acknowledged on 20/11/2026"


def test_a_second_concern_about_the_same_pupil_is_flagged(qtbot, services, dialog, dana,
                                                          make_pupil, fake_dialogs):
    other = make_pupil("Омаров", "Ерлан", sex="male")
    earlier = concern(services, [dana.id], received_at=datetime(2026, 11, 16, 9, 0))
    d = dialog(pupil_ids=[other.id])
    assert not d.repeat_shown()
    d.add_pupils([dana.id])  # as soon as she is chosen, the form says so
    assert d.repeat_shown()
    assert "Repeated: an earlier concern about Жақсыбекова Дана is still open." in (
        d.repeat_notice.text())
    assert "Open the concern of 16/11/2026" in d.repeat_notice.text()

    choose(d.source, "parent")
    type_text(d.from_name, "Жақсыбеков Серік")
    choose(d.channel, "written")
    type_text(d.summary, "Екінші рет жазып отырмын")
    with qtbot.waitSignal(d.saved) as saved:
        assert d.save()
    assert services.concerns.get(saved.args[0]).previous_id == earlier.id

    again = dialog(concern_id=saved.args[0])
    assert again.repeat_shown()
    again.repeat_notice.linkActivated.emit("earlier")
    assert fake_dialogs[-1].name == "ConcernDialog"
    assert fake_dialogs[-1].kwargs["concern_id"] == earlier.id


def test_tab_goes_through_the_form_in_order(dialog):
    from ui_helpers import focus_chain

    d = dialog()
    wanted = [d.received_at, d.source, d.from_name, d.contact, d.channel, d.pupil_ids,
              d.add_pupils_button, d.summary, d.responses, d.add_response_button]
    assert focus_chain(d.received_at, wanted) == wanted
