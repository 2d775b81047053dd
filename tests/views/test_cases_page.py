"""The list of bullying cases: newest opened first, the stage, an overdue review in red, the
open actions; open / review due / closed / all; found by a pupil's name."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.models.case import CaseInput, StageInput
from desktop.models.journal import FollowUpInput, Participant
from desktop.views.cases.cases_page import CasesPage
from desktop.views.widgets.paged_model import ALERT, MUTED

TODAY = date(2026, 11, 20)


def stage(services, case_id, code, on_date, **kw):
    outcome = kw.pop("outcome", None)
    return services.cases.move(case_id, StageInput(code, on_date, "Сәрсенбаева Гүлнұр", **kw),
                               outcome)


@pytest.fixture
def cases(services, make_pupil):
    asem = make_pupil()
    arman = make_pupil("Серіков", "Арман", sex="male")
    darya = make_pupil("Ёлкина", "Дарья", class_name="6А")

    def case(title, opened, *people):
        return services.cases.create(CaseInput(
            title=title, opened_on=opened, responsible="Сәрсенбаева Гүлнұр",
            participants=[Participant(p.id, role) for p, role in people]))

    chat = case("Чаттағы қорлау", TODAY - timedelta(days=30), (asem, "aggressor"), (arman, "target"))
    for code, days in (("analysis", 28), ("help_plan", 25)):
        stage(services, chat.id, code, TODAY - timedelta(days=days))
    stage(services, chat.id, "monitoring", TODAY - timedelta(days=20),
          review_date=TODAY - timedelta(days=1))
    services.cases.add_action(chat.id, FollowUpInput(
        pupil_id=asem.id, what="Кеңес", due_date=TODAY - timedelta(days=3), responsible="Психолог"))
    services.cases.add_action(chat.id, FollowUpInput(
        pupil_id=asem.id, what="Сынып сағаты", due_date=TODAY + timedelta(days=3),
        responsible="Психолог"))
    money = case("Ақша талап ету", TODAY - timedelta(days=2), (darya, "target"))
    fight = case("Төбелес", TODAY - timedelta(days=60), (arman, "target"))
    stage(services, fight.id, "analysis", TODAY - timedelta(days=50))
    stage(services, fight.id, "closed", TODAY - timedelta(days=40), outcome="Расталмады")
    return dict(chat=chat, money=money, fight=fight)


@pytest.fixture
def page(services, cases, qtbot):
    p = CasesPage(services)
    qtbot.addWidget(p)
    p.resize(1100, 500)
    p.show()
    return p


def col(page, c):
    m = page.model
    return [m.data(m.index(r, c)) for r in range(m.rowCount())]


def test_open_cases_newest_first_with_stage_review_and_actions(page):
    assert col(page, 0) == ["18/11/2026", "21/10/2026"]
    assert col(page, 1) == ["Ақша талап ету", "Чаттағы қорлау"]
    assert col(page, 2) == ["Ёлкина Дарья", "Серіков Арман, Нұрланова Әсем"]  # targets first
    assert col(page, 3) == ["Complaint", "Monitoring"]
    assert col(page, 4) == ["", "19/11/2026: review overdue"]
    assert col(page, 5) == ["", "2, overdue 1"]
    m = page.model
    review = m.index(1, 4)
    assert m.data(review, Qt.ItemDataRole.ForegroundRole).color() == ALERT
    assert m.data(review, Qt.ItemDataRole.FontRole).bold()
    assert m.data(m.index(0, 4), Qt.ItemDataRole.ForegroundRole) is None
    assert page.late_label.text() == "Review overdue: 1"
    assert page.count_label.text() == "Found: 2"


def test_scopes_review_due_closed_and_all(page):
    page.scope_combo.setCurrentIndex(page.scope_combo.findData("review_due"))
    assert col(page, 1) == ["Чаттағы қорлау"]
    page.scope_combo.setCurrentIndex(page.scope_combo.findData("closed"))
    assert col(page, 1) == ["Төбелес"] and col(page, 3) == ["Closed 11/10/2026"]
    m = page.model
    assert m.data(m.index(0, 1), Qt.ItemDataRole.ForegroundRole).color() == MUTED
    page.scope_combo.setCurrentIndex(page.scope_combo.findData(None))
    assert col(page, 1) == ["Ақша талап ету", "Чаттағы қорлау", "Төбелес"]
    assert [page.scope_combo.itemText(i) for i in range(4)] == [
        "Open", "Review due", "Closed", "All"]


def test_find_a_case_by_a_pupils_name(page, type_text):
    page.scope_combo.setCurrentIndex(page.scope_combo.findData(None))
    type_text(page.search, "серіков")
    page.flush_search()
    assert col(page, 1) == ["Чаттағы қорлау", "Төбелес"]
    assert page.count_label.text() == "Found: 2"


def test_a_review_date_passing_and_a_move_update_the_page(services, cases, page, qtbot):
    with qtbot.waitSignal(page.late_changed) as signal:
        stage(services, cases["chat"].id, "closed", TODAY, outcome="Тоқтады")
        page.saved(cases["chat"].id)
    assert signal.args == [0]
    assert page.late_label.text() == "No review overdue"
    assert col(page, 1) == ["Ақша талап ету"]


def test_double_click_opens_the_case_and_new_starts_one(page, cases, fake_dialogs, qtbot):
    view = page.table
    rect = view.visualRect(page.model.index(1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fake_dialogs[-1].name == "CaseDialog"
    assert fake_dialogs[-1].kwargs["case_id"] == cases["chat"].id
    page.new_button.click()
    assert fake_dialogs[-1].kwargs == {"case_id": None, "pupil_ids": [], "observation_id": None}


def test_the_page_state_keeps_the_scope(page, services, qtbot):
    page.scope_combo.setCurrentIndex(page.scope_combo.findData("closed"))
    other = CasesPage(services)
    qtbot.addWidget(other)
    other.restore_state(page.state())
    assert other.scope_combo.currentData() == "closed"
    assert other.model.rowCount() == 1
