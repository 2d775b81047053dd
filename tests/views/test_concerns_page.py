"""The concerns register page: unanswered first by the nearest deadline, overdue in red and
counted, repeated concerns marked, scopes; and concerns in the pupil card's chronology.

NOW (tests/views/conftest.py) is Friday 20 November 2026, 10:00."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.models.concern import ConcernInput, ResponseInput
from desktop.views.concerns.concerns_page import ConcernsPage
from desktop.views.widgets.paged_model import ALERT, MUTED, WARN
from desktop.views.pupils.pupil_card import PupilCard

RECEIVED, PUPILS, FROM, CHANNEL, STATUS, SAID = range(6)


def concern(services, pupil_ids, received_at, summary, **kw):
    return services.concerns.create(ConcernInput(
        received_at=received_at, source=kw.pop("source", "parent"),
        channel=kw.pop("channel", "in_person"),
        from_name=kw.pop("from_name", "Жақсыбеков Серік"), pupil_ids=list(pupil_ids),
        summary=summary))


@pytest.fixture
def register(services, make_pupil):
    dana = make_pupil("Жақсыбекова", "Дана")
    erlan = make_pupil("Омаров", "Ерлан", sex="male")
    late = concern(services, [dana.id], datetime(2026, 11, 17, 9, 0), "Қызымды мазақтайды")
    answered = concern(services, [erlan.id], datetime(2026, 11, 10, 9, 0), "Телефонын тартып алды",
                       source="teacher", from_name="Сейітова Гүлнар")
    services.concerns.add_response(answered.id, ResponseInput("written_answer", date(2026, 11, 13),
                                                              "Психолог"))
    again = concern(services, [dana.id], datetime(2026, 11, 20, 8, 30),
                    "Тағы да мазақтады\nекінші жол", channel="phone")
    anonymous = concern(services, [], datetime(2026, 11, 19, 16, 0),
                        "7Ә сыныбында балаларды видеоға түсіреді", source="anonymous",
                        channel="line_111", from_name="")
    return dict(dana=dana, erlan=erlan, late=late, answered=answered, again=again,
                anonymous=anonymous)


@pytest.fixture
def page(services, register, qtbot):
    p = ConcernsPage(services)
    qtbot.addWidget(p)
    p.resize(1100, 500)
    p.show()
    return p


def col(page, c):
    m = page.model
    return [m.data(m.index(r, c)) for r in range(m.rowCount())]


def color(page, row, c):
    brush = page.model.data(page.model.index(row, c), Qt.ItemDataRole.ForegroundRole)
    return None if brush is None else brush.color()


def test_open_concerns_nearest_deadline_first_overdue_in_red(page):
    assert page.scope_combo.currentText() == "Open"
    assert col(page, SAID) == ["Қызымды мазақтайды", "7Ә сыныбында балаларды видеоға түсіреді",
                               "Тағы да мазақтады"]
    assert col(page, STATUS) == ["Acknowledge: overdue by 2 days",  # due on the 18th
                                 "Acknowledge: due today", "Acknowledge: 1 working day left"]
    assert col(page, PUPILS) == ["Жақсыбекова Дана", "No pupil named",
                                 "Repeated: Жақсыбекова Дана"]
    assert col(page, FROM)[:2] == ["Parent: Жақсыбеков Серік", "Anonymous"]
    assert col(page, CHANNEL) == ["In person", "111 line", "Phone"]
    assert col(page, RECEIVED)[0] == "17/11/2026 09:00"
    assert color(page, 0, SAID) == ALERT
    assert page.model.data(page.model.index(0, RECEIVED), Qt.ItemDataRole.FontRole).bold()
    assert color(page, 1, SAID) is None
    assert page.late_label.text() == "Overdue: 1"
    assert page.count_label.text() == "Found: 3"


def test_a_repeated_concern_is_marked_and_explained(page):
    assert color(page, 2, PUPILS) == WARN
    tip = page.model.data(page.model.index(2, PUPILS), Qt.ItemDataRole.ToolTipRole)
    # The whole cell (a narrow column cuts it), then why it is marked.
    assert tip.split("\n\n")[1].startswith("Repeated: an earlier concern about this pupil")
    status_tip = page.model.data(page.model.index(0, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert status_tip == ("Acknowledge: overdue by 2 days\n\n"
                          "Acknowledge by 18/11/2026 — overdue by 2 days\n"
                          "Written answer by 08/12/2026 — 12 working days left")


def test_scopes_and_search(page):
    for text, expected in (("Overdue", 1), ("Answered", 1), ("All", 4), ("Open", 3)):
        page.scope_combo.setCurrentIndex(page.scope_combo.findText(text))
        assert page.model.rowCount() == expected, text
    page.scope_combo.setCurrentIndex(page.scope_combo.findText("Answered"))
    assert col(page, STATUS) == ["Answered 13/11/2026"]
    assert color(page, 0, STATUS) == MUTED
    page.scope_combo.setCurrentIndex(page.scope_combo.findText("All"))
    page.search.setText("омаров")
    page.flush_search()
    assert col(page, SAID) == ["Телефонын тартып алды"]


def test_a_response_saved_elsewhere_takes_it_out_of_overdue(page, services, register, qtbot):
    services.concerns.add_response(register["late"].id,
                                   ResponseInput("acknowledged", date(2026, 11, 20), "Психолог"))
    with qtbot.waitSignal(page.late_changed) as counted:
        page.refresh()
    assert counted.args == [0]
    assert page.late_label.text() == "Nothing overdue"
    assert col(page, STATUS)[2] == "Answer: 12 working days left"  # due 8 December


def test_new_and_open_go_to_the_concern_form(page, register, fake_dialogs, qtbot):
    assert page.new_button.text() == "New concern…" and page.new_button.isEnabled()
    page.new_button.click()
    assert fake_dialogs[-1].name == "ConcernDialog" and fake_dialogs[-1].kwargs["concern_id"] is None
    page.table.activated.emit(page.model.index(0, 0))
    assert fake_dialogs[-1].kwargs["concern_id"] == register["late"].id
    with qtbot.waitSignals([page.changed, page.late_changed]):
        fake_dialogs[-1].saved.emit(register["late"].id)


def test_qt_model_tester_on_the_register(page, qtmodeltester):
    qtmodeltester.check(page.model, force_py=False)


# --- the pupil card ----------------------------------------------------------------------


def test_concerns_in_the_pupil_card_open_their_form(services, register, qtbot, fake_dialogs):
    card = PupilCard(services)
    qtbot.addWidget(card)
    card.resize(900, 600)
    card.show()
    card.show_pupil(register["dana"].id)
    m = card.chronology
    rows = [[m.data(m.index(r, c)) for c in range(5)] for r in range(m.rowCount())]
    assert rows == [
        ["20/11/2026 08:30", "Concern", "From: Parent", "Open", "Тағы да мазақтады"],
        ["17/11/2026 09:00", "Concern", "From: Parent", "Overdue", "Қызымды мазақтайды"],
    ]
    brush = m.data(m.index(1, 3), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color() == ALERT
    card.chronology_view.activated.emit(m.index(1, 0))
    assert fake_dialogs[-1].name == "ConcernDialog"
    assert fake_dialogs[-1].kwargs["concern_id"] == register["late"].id
