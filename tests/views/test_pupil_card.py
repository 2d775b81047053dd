"""The pupil card: who the pupil is, consent, guardians, and the chronology newest first with
overdue follow-ups in red."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.views.widgets.paged_model import ALERT, ID_ROLE
from desktop.views.pupils.pupil_card import ChronologyModel, PupilCard


@pytest.fixture
def card(services, qtbot):
    c = PupilCard(services)
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    return c


@pytest.fixture
def history(services, make_pupil, records):
    today = services.ctx.today()
    asem = make_pupil()
    arman = make_pupil("Серіков", "Арман", sex="male", birth_date=date(2013, 2, 11))
    session = records.session([asem.id], starts_at=datetime(2026, 11, 10, 14, 30),
                              kind="individual", reason="Тревога перед контрольной\nспит плохо")
    observation = records.observation([(asem.id, "aggressor"), (arman.id, "target")],
                                      occurred_at=datetime(2026, 11, 16, 12, 15),
                                      forms=["verbal", "cyber"], severity=3)
    overdue = records.follow_up(asem.id, due_date=today - timedelta(days=2),
                                what="Встретиться с мамой")
    later = records.follow_up(asem.id, due_date=today + timedelta(days=5), what="Повторить тест")
    return dict(asem=asem, arman=arman, session=session, observation=observation,
                overdue=overdue, later=later)


def column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_empty_state_until_a_pupil_is_chosen(card, make_pupil):
    assert card.stack.currentIndex() == 0
    assert card.empty.text() == "Choose a pupil on the left"
    pupil = make_pupil()
    card.show_pupil(pupil.id)
    assert card.stack.currentIndex() == 1
    card.show_pupil(None)
    assert card.stack.currentIndex() == 0 and card.pupil_id is None


def test_chronology_newest_first(card, history):
    card.show_pupil(history["asem"].id)
    m = card.chronology
    assert column(m, 1) == ["Follow-up", "Follow-up", "Observation", "Session"]
    assert [m.data(m.index(r, 0), ID_ROLE) for r in range(4)] == [
        history["later"].id, history["overdue"].id, history["observation"].id, history["session"].id]
    assert column(m, 0)[2:] == ["16/11/2026 12:15", "10/11/2026 14:30"]  # date and time
    assert column(m, 0)[1] == "18/11/2026"  # a follow-up: the day it is due
    assert card.chronology_title.text() == "Chronology (4)"


def test_the_chronology_sorts_by_a_headers_click_and_keeps_it_when_read_again(
        card, history, qtbot, records):
    """Issue 16, Must have 3: oldest first by the date's header (dates, not their text:
    10/11 before 16/11 before 18/11), by kind of record on another; a save keeps the order."""
    from ui_helpers import click_header

    card.show()
    card.show_pupil(history["asem"].id)
    view, m = card.chronology_view, card.chronology
    click_header(qtbot, view, 0)
    assert column(m, 0)[:3] == ["10/11/2026 14:30", "16/11/2026 12:15", "18/11/2026"]
    click_header(qtbot, view, 0)  # the second click: the other way, the newest first
    assert column(m, 0)[0] == "25/11/2026"
    click_header(qtbot, view, 1)
    assert column(m, 1) == ["Follow-up", "Follow-up", "Observation", "Session"]
    click_header(qtbot, view, 1)
    assert column(m, 1)[0] == "Session"
    records.session([history["asem"].id], starts_at=datetime(2026, 11, 3, 9, 0))
    card.refresh()
    assert column(m, 1)[:2] == ["Session", "Session"]  # still by kind, the other way


def test_the_observation_shows_the_pupils_role_and_severity(card, history):
    card.show_pupil(history["asem"].id)
    what = card.chronology.data(card.chronology.index(2, 2))
    assert "Aggressor" in what and "3" in what
    assert "Verbal" in what and "Cyberbullying" in what
    card.show_pupil(history["arman"].id)
    assert "Target" in card.chronology.data(card.chronology.index(0, 2))


def test_the_session_shows_its_kind_and_the_first_line_of_its_reason(card, history):
    card.show_pupil(history["asem"].id)
    m = card.chronology
    assert m.data(m.index(3, 2)) == "Individual consultation"
    assert m.data(m.index(3, 4)) == "Тревога перед контрольной"
    assert m.data(m.index(3, 4), Qt.ItemDataRole.ToolTipRole).endswith("спит плохо")
    assert m.data(m.index(3, 3)) == "Held"


def test_a_follow_up_says_what_is_to_be_done(card, history, records, services):
    long = ("Встретиться с классным руководителем и родителями, обсудить план помощи\n"
            "и договориться о следующей встрече")
    records.follow_up(history["asem"].id, due_date=services.ctx.today() + timedelta(days=9),
                      what=long)
    card.show_pupil(history["asem"].id)
    m = card.chronology
    assert column(m, 2)[1:3] == ["To do: Повторить тест", "To do: Встретиться с мамой"]
    assert m.data(m.index(0, 2)) == "To do: Встретиться с классным руководителем и…"
    assert m.data(m.index(0, 2), Qt.ItemDataRole.ToolTipRole).endswith(long)  # all its words


def test_overdue_follow_up_is_red_bold_and_says_overdue(card, history):
    card.show_pupil(history["asem"].id)
    m = card.chronology
    overdue, later = m.index(1, 3), m.index(0, 3)
    assert m.data(overdue) == "Overdue"
    assert m.data(overdue, Qt.ItemDataRole.ForegroundRole).color() == ALERT
    assert m.data(m.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert m.data(later) == "Open"
    assert m.data(later, Qt.ItemDataRole.ForegroundRole) is None


def test_header_facts(card, services, make_pupil):
    from desktop.models.iin import make_iin

    iin = make_iin(date(2013, 5, 4), "female", 77) or make_iin(date(2013, 5, 4), "female", 78)
    pupil = make_pupil(patronymic="Серікқызы", iin=iin)
    card.show_pupil(pupil.id)
    assert card.name_label.text() == "Нұрланова Әсем Серікқызы"
    assert card.class_value.text() == "7Ә"
    assert card.age_value.text() == "13, born 04/05/2013"
    assert card.sex_value.text() == "Female"
    assert card.language_value.text() == "Kazakh"
    assert card.iin_value.text().endswith(iin[-4:]) and iin not in card.iin_value.text()
    assert card.consent_value.text() == "Given on 02/09/2025 by Нұрланова Гүлнар"
    assert card.status_value.text() == "Studying"
    assert "Mother: Нұрланова Гүлнар, +7 701 555 12 34" in card.guardians_value.text()


def test_consent_not_given_is_a_warning_and_left_pupils_say_so(card, make_pupil):
    pupil = make_pupil(consent_status="refused", consent_date=date(2025, 9, 3),
                       consent_by="Нұрланов Серік", active=False, left_date=date(2026, 10, 1))
    card.show_pupil(pupil.id)
    assert card.consent_value.text() == "Refused on 03/09/2025 by Нұрланов Серік"
    assert "#b00020" in card.consent_value.styleSheet()
    assert card.status_value.text() == "Left the school on 01/10/2026"
    other = make_pupil("Серіков", "Арман", sex="male", consent_status="not_asked",
                       consent_date=None, consent_by="", guardians=[])
    card.show_pupil(other.id)
    assert card.consent_value.text() == "Not asked yet"
    assert "consent" in card.consent_value.toolTip()
    assert card.consent_value.styleSheet() != ""
    assert card.guardians_value.text() == "None recorded"
    assert card.iin_value.text() == "not recorded"


def test_buttons_open_the_forms_for_this_pupil(card, history, fake_dialogs):
    pid = history["asem"].id
    card.show_pupil(pid)
    card.session_button.click()
    card.observation_button.click()
    card.followup_button.click()
    card.edit_button.click()
    got = [(d.name, d.kwargs) for d in fake_dialogs]
    assert got[0] == ("SessionDialog", {"session_id": None, "pupil_ids": [pid]})
    assert got[1] == ("ObservationDialog", {"observation_id": None, "pupil_ids": [pid]})
    assert got[2][0] == "FollowUpDialog" and got[2][1]["pupil_id"] == pid
    assert got[2][1]["follow_up_id"] is None
    assert got[3] == ("PupilDialog", {"pupil_id": pid})
    assert all(d.isVisible() and d.parent() is card for d in fake_dialogs)


def test_enter_opens_the_entrys_own_form(card, history, fake_dialogs, qtbot):
    card.show_pupil(history["asem"].id)
    card.focus_chronology()
    for row, expected in ((1, ("FollowUpDialog", "follow_up_id", "overdue")),
                          (2, ("ObservationDialog", "observation_id", "observation")),
                          (3, ("SessionDialog", "session_id", "session"))):
        card.chronology_view.setCurrentIndex(card.chronology.index(row, 0))
        qtbot.keyClick(card.chronology_view, Qt.Key.Key_Return)
        dialog = fake_dialogs[-1]
        name, key, record = expected
        assert dialog.name == name and dialog.kwargs[key] == history[record].id
        dialog.reject()


def test_the_card_reads_again_after_a_save(card, history, records, fake_dialogs, qtbot):
    pid = history["asem"].id
    card.show_pupil(pid)
    card.session_button.click()
    new = records.session([pid], starts_at=datetime(2026, 11, 19, 9, 0), kind="crisis")
    with qtbot.waitSignal(card.changed):
        fake_dialogs[-1].saved.emit(new.id)
    # Read again off the GUI thread (a large journal takes longer than a frame).
    qtbot.waitUntil(lambda: card.chronology.rowCount() == 5)
    assert card.chronology.data(card.chronology.index(1, 2)) == "Crisis intervention"


def test_real_forms_open_from_the_card(card, history, qtbot):
    from desktop.views.followups.followup_form import FollowUpDialog
    from desktop.views.observations.observation_form import ObservationDialog
    from desktop.views.sessions.session_form import SessionDialog

    card.show_pupil(history["asem"].id)
    for row, cls in ((1, FollowUpDialog), (2, ObservationDialog), (3, SessionDialog)):
        card.chronology_view.activated.emit(card.chronology.index(row, 0))
        dialog = card.findChild(cls)
        assert dialog is not None and dialog.isVisible()
        dialog.hide()  # the card's teardown deletes it


def test_qt_model_tester_on_the_chronology(services, history, qtmodeltester):
    model = ChronologyModel()
    model.set_rows(services.chronology.for_pupil(history["asem"].id))
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=False)


def test_the_pupil_file_prints_the_card_and_the_chronology_of_a_period(
        card, services, history, records, monkeypatch):
    import io

    import pypdf
    from pdf_stubs import fake_preview

    previews = fake_preview(monkeypatch)
    asem = history["asem"]
    records.session([asem.id], starts_at=datetime(2026, 11, 12, 10, 0), kind="individual",
                    reason="Серіков Арман мазақтайды", notes="ҚҰПИЯ ЖАЗБА")
    card.show_pupil(asem.id)
    dialog = card.pupil_file()
    dialog.starts.setDate(date(2026, 11, 1))
    dialog.ends.setDate(date(2026, 11, 20))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.make() is previews[-1]
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(
        io.BytesIO(previews[-1].pdf_bytes)).pages)
    assert "Сведения об обучающемся и хронология работы" in text
    assert asem.full_name in text and "Период: 01.11.2026 – 20.11.2026" in text
    assert "Тревога перед контрольной" in text and "10.11.2026" in text
    assert "ҚҰПИЯ" not in text  # confidential notes are never in it
    assert "Арман" not in text, text[text.find("Арман") - 150:text.find("Арман") + 60]
    assert "Другой ученик мазақтайды" in text
    # Printing it is in the audit trail, with the period and the language.
    previews[-1].on_printed()
    from desktop.models.audit import AuditFilter

    entries = services.audit.entries(AuditFilter(entity="pupil"))
    assert any(e.detail.startswith("file,ru,2026-11-01..2026-11-20") for e in entries)


def test_the_pupil_file_refuses_a_period_that_ends_before_it_begins(card, history):
    card.show_pupil(history["asem"].id)
    dialog = card.pupil_file()
    dialog.starts.setDate(date(2026, 11, 10))
    dialog.ends.setDate(date(2026, 11, 1))
    assert dialog.make() is None
    assert dialog.problem.isVisible() and "before the first day" in dialog.problem.text()
