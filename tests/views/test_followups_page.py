"""Follow-ups: open ones by due date, overdue in red and counted, Ctrl+D marks done."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.views.followups.followups_page import FollowUpsPage
from desktop.views.widgets.paged_model import ALERT


@pytest.fixture
def items(services, make_pupil, records):
    today = services.ctx.today()
    asem = make_pupil()
    arman = make_pupil("Серіков", "Арман", sex="male")
    done = records.follow_up(arman.id, due_date=today - timedelta(days=9), what="Отправить письмо")
    services.followups.mark_done(done.id, today - timedelta(days=8))
    return dict(
        asem=asem, arman=arman, done=done,
        late=records.follow_up(asem.id, due_date=today - timedelta(days=3), what="Встретиться с мамой"),
        late2=records.follow_up(arman.id, due_date=today - timedelta(days=1), what="Поговорить с классным руководителем"),
        soon=records.follow_up(asem.id, due_date=today + timedelta(days=5), what="Повторить тест"),
    )


@pytest.fixture
def page(services, items, qtbot):
    p = FollowUpsPage(services)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    with qtbot.waitActive(p):  # its shortcuts need an active window
        p.show()
    return p


def col(page, c):
    m = page.model
    return [m.data(m.index(r, c)) for r in range(m.rowCount())]


def select(page, *rows):
    sm = page.table.selectionModel()
    sm.setCurrentIndex(page.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    sm.clearSelection()
    for r in rows:
        sm.select(page.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                  | QItemSelectionModel.SelectionFlag.Rows)


def test_open_by_default_earliest_due_first_overdue_in_red(page):
    assert page.scope_combo.currentText() == "Open"
    assert col(page, 5) == ["Встретиться с мамой", "Поговорить с классным руководителем", "Повторить тест"]
    assert col(page, 3) == ["Overdue", "Overdue", "Open"]
    m = page.model
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() == ALERT
    assert m.data(m.index(0, 5), Qt.ItemDataRole.FontRole).bold()
    assert m.data(m.index(2, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert page.late_label.text() == "Overdue: 2"
    assert page.count_label.text() == "Found: 3"


def test_scopes(page):
    for text, expected in (("Overdue", 2), ("Done", 1), ("All", 4), ("Open", 3)):
        page.scope_combo.setCurrentIndex(page.scope_combo.findText(text))
        assert page.model.rowCount() == expected, text
    page.scope_combo.setCurrentIndex(page.scope_combo.findText("Done"))
    assert col(page, 3) == ["Done 12/11/2026"]


def test_ctrl_d_marks_done_and_moves_it_out_of_open(page, services, items, qtbot):
    assert not page.mark_done_button.isEnabled()  # nothing selected yet
    select(page, 0)
    assert page.mark_done_button.isEnabled()
    page.table.setFocus()
    with qtbot.waitSignal(page.changed), qtbot.waitSignal(page.late_changed) as counted:
        qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert counted.args == [1]
    assert services.followups.get(items["late"].id).done_date == services.ctx.today()
    assert "Встретиться с мамой" not in col(page, 5)
    assert page.model.rowCount() == 2
    assert page.late_label.text() == "Overdue: 1"
    # The next one is selected, ready for another Ctrl+D.
    assert page.current_id() == items["late2"].id
    page.scope_combo.setCurrentIndex(page.scope_combo.findText("Done"))
    assert "Встретиться с мамой" in col(page, 5)


def test_mark_several_done_with_the_button(page, services, items):
    select(page, 0, 1)
    assert page.mark_done() == 2
    assert page.late_label.text() == "Nothing overdue"
    assert col(page, 5) == ["Повторить тест"]
    assert services.followups.overdue_count() == 0


def test_mark_done_skips_what_is_already_done(page, services, items):
    page.scope_combo.setCurrentIndex(page.scope_combo.findText("All"))
    done_row = col(page, 5).index("Отправить письмо")
    select(page, done_row)
    assert page.mark_done() == 0
    assert services.followups.get(items["done"].id).done_date == services.ctx.today() - timedelta(days=8)


def test_search_by_pupil(page, type_text):
    type_text(page.search, "серік")
    page.flush_search()
    assert col(page, 1) == ["Серіков Арман"]


def test_enter_opens_the_follow_up_and_new_opens_an_empty_form(page, items, fake_dialogs, qtbot):
    select(page, 2)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert fake_dialogs[-1].name == "FollowUpDialog"
    assert fake_dialogs[-1].kwargs["follow_up_id"] == items["soon"].id
    page.new_button.click()
    assert fake_dialogs[-1].kwargs["follow_up_id"] is None
    assert fake_dialogs[-1].kwargs["pupil_id"] is None


def test_the_list_reads_again_after_a_save(page, items, records, fake_dialogs, services, qtbot):
    page.new_button.click()
    new = records.follow_up(items["asem"].id, due_date=services.ctx.today() - timedelta(days=10),
                            what="Самое старое")
    with qtbot.waitSignal(page.changed):
        fake_dialogs[-1].saved.emit(new.id)
    assert col(page, 5)[0] == "Самое старое"
    assert page.late_label.text() == "Overdue: 3"
