"""The session form: consent rule shown live, errors beside fields, nothing saved half-way."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import choose, focus_chain, never_block, save_button, shown, type_text

from desktop.models.journal import SessionInput
from desktop.views.pupils import pupil_picker
from desktop.views.sessions.session_form import SessionDialog

NOW = datetime(2026, 11, 20, 10, 0)


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def dialog(qtbot, services):
    def make(session_id=None, pupil_ids=()):
        d = SessionDialog(services, session_id=session_id, pupil_ids=pupil_ids)
        qtbot.addWidget(d)
        return d

    return make


@pytest.fixture
def no_consent(make_pupil):
    return make_pupil("Құрманғалиев", "Данияр", sex="male", consent_status="not_asked",
                      consent_date=None, consent_by="").id


@pytest.fixture
def consented(make_pupil):
    return make_pupil("Нұрланова", "Әсем").id


def session_count(services):
    return services.sessions.count()


def fill(d, reason="Сыныптастарымен қарым-қатынас"):
    choose(d.initiator, "teacher")
    type_text(d.reason, reason)


def test_a_new_session_starts_now_for_45_minutes_as_held(dialog, consented):
    d = dialog(pupil_ids=[consented])
    assert d.windowTitle() == "New session"
    assert d.starts_at.dateTime().toPython() == NOW
    assert d.starts_at.calendarPopup()
    assert d.starts_at.displayFormat() == "dd/MM/yyyy HH:mm"
    assert d.duration_min.value() == 45
    assert d.status.currentData() == "held"
    assert d.chosen_ids() == [consented]
    assert d.pupil_ids.item(0).text() == "Нұрланова Әсем — 7Ә"


def test_a_session_with_consent_saves_every_field(qtbot, services, dialog, consented):
    d = dialog(pupil_ids=[consented])
    assert not shown(d.consent_notice) and not shown(d.no_consent_reason)
    d.starts_at.setDateTime(d.starts_at.dateTime().addDays(-1))
    d.duration_min.setValue(30)
    choose(d.kind, "diagnostic")
    fill(d, "Мазасыздық деңгейін анықтау")
    type_text(d.other_participants, "Сынып жетекшісі Әлиева Қ.")
    type_text(d.notes, "Құпия жазба")
    type_text(d.outcome, "Ұсыныстар берілді")
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    s = services.sessions.get(saved.args[0])
    assert s.starts_at == datetime(2026, 11, 19, 10, 0) and s.duration_min == 30
    assert (s.kind, s.initiator, s.status) == ("diagnostic", "teacher", "held")
    assert [p.id for p in s.pupils] == [consented]
    assert s.reason == "Мазасыздық деңгейін анықтау"
    assert s.other_participants == "Сынып жетекшісі Әлиева Қ."
    assert (s.notes, s.outcome) == ("Құпия жазба", "Ұсыныстар берілді")


def test_without_consent_the_notice_names_the_pupil_and_asks_why(dialog, no_consent, consented):
    d = dialog(pupil_ids=[consented, no_consent])
    assert shown(d.consent_notice) and shown(d.no_consent_reason)
    assert "No written parental consent for: Құрманғалиев Данияр — 7Ә." in d.consent_notice.text()
    assert "Нұрланова" not in d.consent_notice.text()


def test_saving_without_a_reason_shows_the_message_and_saves_nothing(services, dialog, no_consent):
    d = dialog(pupil_ids=[no_consent])
    fill(d)
    assert not d.save()
    assert d.error_text("no_consent_reason") == (
        "No written parental consent for: Құрманғалиев Данияр. Work without it is allowed only "
        "as an urgent crisis response; write why.")
    assert session_count(services) == 0


def test_with_a_reason_the_session_is_saved(services, dialog, no_consent):
    d = dialog(pupil_ids=[no_consent])
    choose(d.kind, "crisis")
    fill(d)
    type_text(d.no_consent_reason, "Оқушы өзіне зиян келтіремін деді, ата-анасы хабарласпады")
    assert d.save()
    s = services.sessions.get(d.session_id)
    assert s.no_consent_reason == "Оқушы өзіне зиян келтіремін деді, ата-анасы хабарласпады"


def test_a_parent_consultation_hides_the_notice(services, dialog, no_consent):
    d = dialog(pupil_ids=[no_consent])
    assert shown(d.consent_notice)
    choose(d.kind, "parent")
    assert not shown(d.consent_notice) and not shown(d.no_consent_reason)
    fill(d)
    assert d.save()
    assert services.sessions.get(d.session_id).kind == "parent"


def test_the_notice_follows_status_and_pupils(qtbot, dialog, no_consent, consented):
    d = dialog(pupil_ids=[no_consent, consented])
    choose(d.status, "planned")
    assert not shown(d.consent_notice)
    choose(d.status, "held")
    assert shown(d.consent_notice)
    d.pupil_ids.setCurrentRow(0)
    qtbot.mouseClick(d.remove_pupil_button, Qt.MouseButton.LeftButton)
    assert d.chosen_ids() == [consented]
    assert not shown(d.consent_notice)


def test_a_held_session_in_the_future_is_refused_beside_the_date(services, dialog, consented):
    d = dialog(pupil_ids=[consented])
    d.starts_at.setDateTime(d.starts_at.dateTime().addDays(2))
    fill(d)
    assert not d.save()
    assert d.error_text("starts_at") == (
        "A session that was held cannot be in the future. Mark it as planned or correct the date.")
    assert session_count(services) == 0
    choose(d.status, "planned")
    assert d.save()
    assert services.sessions.get(d.session_id).starts_at == datetime(2026, 11, 22, 10, 0)


def test_no_pupils_and_no_reason(services, dialog):
    d = dialog()
    assert not d.save()
    assert d.error_text("pupil_ids") == "Add at least one pupil."
    assert d.error_text("reason") == "This field is required."
    assert d.error_text("initiator") == "This field is required."
    assert session_count(services) == 0


def test_add_pupils_uses_the_picker_and_the_notice_appears(qtbot, monkeypatch, dialog, no_consent,
                                                           consented):
    d = dialog(pupil_ids=[consented])
    asked = {}

    def fake_pick(services, parent, multi=True, exclude=()):
        asked.update(multi=multi, exclude=list(exclude))
        return [no_consent]

    monkeypatch.setattr(pupil_picker, "pick_pupils", fake_pick)
    qtbot.mouseClick(d.add_pupils_button, Qt.MouseButton.LeftButton)
    assert asked == {"multi": True, "exclude": [consented]}
    assert d.chosen_ids() == [consented, no_consent]
    assert shown(d.consent_notice) and d.dirty


def test_editing_shows_the_session(qtbot, services, dialog, no_consent):
    sid = services.sessions.create(SessionInput(
        starts_at=datetime(2026, 11, 3, 14, 30), duration_min=40, kind="crisis",
        initiator="line_111", pupil_ids=[no_consent], reason="111 желісінен хабар",
        notes="Жазба", outcome="ЦПП-ға жолдама", no_consent_reason="Шұғыл жағдай")).id
    d = dialog(session_id=sid)
    assert d.windowTitle() == "Session of 03/11/2026 14:30"
    assert d.starts_at.dateTime().toPython() == datetime(2026, 11, 3, 14, 30)
    assert d.duration_min.value() == 40
    assert d.kind.currentData() == "crisis" and d.initiator.currentData() == "line_111"
    assert d.chosen_ids() == [no_consent]
    assert d.reason.text() == "111 желісінен хабар"
    assert d.notes.toPlainText() == "Жазба" and d.outcome.toPlainText() == "ЦПП-ға жолдама"
    assert d.no_consent_reason.toPlainText() == "Шұғыл жағдай" and shown(d.no_consent_reason)
    assert not d.dirty
    qtbot.keyClick(d.outcome, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(d.outcome, ". Ата-анасы хабардар.")
    assert d.save()
    assert services.sessions.get(sid).outcome == "ЦПП-ға жолдама. Ата-анасы хабардар."


def test_cancel_after_typing_asks_first(qtbot, monkeypatch, services, dialog, consented):
    d = dialog(pupil_ids=[consented])
    d.show()
    type_text(d.reason, "Кеңес")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert d.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    d.reject()  # "Save" in the question saves; a reason is missing, so it stays open
    assert d.isVisible() and d.error_text("initiator") == "This field is required."
    choose(d.initiator, "pupil")
    d.reject()
    assert not d.isVisible()
    assert session_count(services) == 1


def test_tab_order_follows_the_form(dialog, no_consent):
    d = dialog(pupil_ids=[no_consent])
    expected = [d.starts_at, d.duration_min, d.kind, d.initiator, d.status, d.pupil_ids,
                d.add_pupils_button, d.no_consent_reason, d.other_participants, d.reason,
                d.notes, d.outcome]
    assert focus_chain(d.starts_at, expected) == expected
    assert d.notes.tabChangesFocus()


def test_refused_consent_counts_as_no_consent(make_pupil, dialog):
    pid = make_pupil("Сейітқали", "Ақжол", sex="male", consent_status="refused",
                     consent_date=date(2026, 9, 1)).id
    d = dialog(pupil_ids=[pid])
    assert shown(d.consent_notice)
