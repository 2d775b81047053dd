"""The pupil list: instant search in any case, ё = е, the class filter, masked IINs."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.models.iin import make_iin
from desktop.views.pupils.pupils_page import PupilsPage, PupilTableModel


def names(page: PupilsPage) -> list[str]:
    m = page.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


@pytest.fixture
def school(make_pupil):
    return {
        "asem": make_pupil("Нұрланова", "Әсем", class_name="7Ә",
                           iin=make_iin(date(2013, 5, 4), "female", 1234) or ""),
        "arman": make_pupil("Серіков", "Арман", sex="male", class_name="7Ә",
                            birth_date=date(2013, 2, 11)),
        "darya": make_pupil("Ёлкина", "Дарья", class_name="6А", birth_date=date(2014, 3, 8)),
        "nursultan": make_pupil("Қасымов", "Нұрсұлтан", sex="male", class_name="10Ә",
                                birth_date=date(2010, 1, 15), consent_status="not_asked",
                                consent_date=None, consent_by=""),
    }


@pytest.fixture
def page(services, school, qtbot):
    p = PupilsPage(services)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    with qtbot.waitActive(p):  # its shortcuts need an active window
        p.show()
    return p


def test_typing_finds_a_pupil_in_any_case(page, qtbot, type_text):
    assert len(names(page)) == 4
    type_text(page.search, "нұр")
    assert names(page) == ["Нұрланова Әсем", "Қасымов Нұрсұлтан"]  # by class: 7Ә, then 10Ә
    page.search.clear()
    type_text(page.search, "НҰР")
    assert names(page) == ["Нұрланова Әсем", "Қасымов Нұрсұлтан"]
    type_text(page.search, "Л")
    assert names(page) == ["Нұрланова Әсем"]
    assert page.count_label.text() == "Pupils found: 1"


def test_every_keystroke_filters(page, qtbot, type_text):
    seen = []
    for ch in "Сер":
        type_text(page.search, ch)
        seen.append(len(names(page)))
    assert seen[-1] == 1 and names(page) == ["Серіков Арман"]
    assert seen[0] > seen[-1]


def test_the_list_keeps_its_width_while_typing_and_makes_room_for_a_longer_name(
        page, make_pupil, qtbot, type_text):
    """The list is as wide as the widest surname and given name it can show, typed or not:
    narrowing at each letter relaid the whole page. A pupil with a longer name widens it."""
    fm = page.table.fontMetrics()
    widest = fm.horizontalAdvance("Нұрланова Әсем")
    least = page.list_pane.minimumWidth()
    assert page.table.column_fit.minimum_widths[0] >= widest
    for ch in "Сер":
        type_text(page.search, ch)
        assert page.list_pane.minimumWidth() == least
    assert names(page) == ["Серіков Арман"]
    make_pupil("Жұмабаева-Сейтқасымова", "Әйгерімгүл", class_name="7Ә")
    page.refresh()
    assert page.table.column_fit.minimum_widths[0] >= fm.horizontalAdvance(
        "Жұмабаева-Сейтқасымова Әйгерімгүл")
    assert page.list_pane.minimumWidth() > least


def test_yo_and_ye_are_the_same_letter(page, qtbot, type_text):
    type_text(page.search, "елкина")
    assert names(page) == ["Ёлкина Дарья"]
    page.search.clear()
    type_text(page.search, "ЁЛК")
    assert names(page) == ["Ёлкина Дарья"]


def test_search_by_the_start_of_an_iin(page, school, qtbot, type_text):
    type_text(page.search, school["asem"].iin[:6])
    assert names(page) == ["Нұрланова Әсем"]


def test_class_filter(page, qtbot, type_text):
    combo = page.class_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All classes", "6А", "7Ә", "10Ә"]
    combo.setCurrentIndex(combo.findData("7Ә"))
    assert sorted(names(page)) == ["Нұрланова Әсем", "Серіков Арман"]
    type_text(page.search, "арман")
    assert names(page) == ["Серіков Арман"]
    combo.setCurrentIndex(0)
    assert names(page) == ["Серіков Арман"]


def test_pupils_who_left_are_hidden_unless_asked(services, page, school):
    data = services.pupils.get(school["arman"].id).to_input()
    data.active, data.left_date = False, date(2026, 10, 1)
    services.pupils.update(school["arman"].id, data)
    page.refresh()
    assert "Серіков Арман" not in names(page)
    page.show_left.setChecked(True)
    assert "Серіков Арман" in names(page)
    row = names(page).index("Серіков Арман")
    assert page.model.data(page.model.index(row, 0), Qt.ItemDataRole.FontRole).italic()


def test_the_iin_is_masked_in_the_table(page, school):
    iin = school["asem"].iin
    row = names(page).index("Нұрланова Әсем")
    shown = page.model.data(page.model.index(row, 3))
    assert shown.endswith(iin[-4:]) and iin not in shown and iin[:8] not in shown
    assert len(shown) == 12
    other = names(page).index("Серіков Арман")
    assert page.model.data(page.model.index(other, 3)) == ""  # no IIN recorded


def test_consent_column_warns_when_not_asked(page):
    row = names(page).index("Қасымов Нұрсұлтан")
    index = page.model.index(row, 4)
    assert page.model.data(index) == "Not asked"
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    given = page.model.index(names(page).index("Нұрланова Әсем"), 4)
    assert page.model.data(given) == "Given"
    assert page.model.data(given, Qt.ItemDataRole.ForegroundRole) is None


def test_choosing_a_row_shows_the_card_and_search_keeps_it(page, school, qtbot, type_text):
    assert page.card.stack.currentIndex() == 0  # "Choose a pupil on the left"
    row = names(page).index("Серіков Арман")
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert page.card.pupil_id == school["arman"].id
    assert page.card.name_label.text() == "Серіков Арман"
    type_text(page.search, "сер")
    assert page.card.pupil_id == school["arman"].id
    assert page.table.currentIndex().row() == names(page).index("Серіков Арман")


def test_keyboard_from_search_to_card(page, school, qtbot, type_text):
    page.focus_search()
    type_text(page.search, "нұрлан")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.card.pupil_id == school["asem"].id
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.card.chronology_view.hasFocus() or not page.card.chronology_view.isVisible()


def test_ctrl_f_focuses_the_search(page, qtbot):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_escape_clears_the_search(page, qtbot, type_text):
    type_text(page.search, "zzz")
    assert names(page) == []
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and len(names(page)) == 4


def test_new_pupil_opens_the_form_and_lists_the_saved_pupil(page, services, make_pupil, qtbot):
    from desktop.views.pupils.pupil_form import PupilDialog

    page.new_button.click()
    dialog = page.findChild(PupilDialog)
    assert dialog is not None and dialog.isVisible()
    created = make_pupil("Төлеуова", "Гүлназ", class_name="9В", birth_date=date(2011, 11, 2))
    with qtbot.waitSignal(page.changed):
        dialog.saved.emit(created.id)
    assert "Төлеуова Гүлназ" in names(page)
    assert page.card.pupil_id == created.id
    assert "9В" in [page.class_combo.itemText(i) for i in range(page.class_combo.count())]
    dialog.hide()


def test_qt_model_tester_on_the_pupil_model(services, school, qtmodeltester):
    model = PupilTableModel()
    model.set_rows(services.pupils.search())
    qtmodeltester.check(model, force_py=False)
    model.set_rows([])
    qtmodeltester.check(model, force_py=False)


@pytest.mark.parametrize("typed", ["асем", "АСЕМ", "нурланова асем", "нурс"])
def test_a_russian_keyboard_spelling_finds_kazakh_names(page, qtbot, type_text, typed):
    """No ә, ұ, қ on a Russian keyboard: «асем» finds Әсем, «нурс» finds Нұрсұлтан."""
    type_text(page.search, typed)
    expected = {"нурс": ["Қасымов Нұрсұлтан"]}.get(typed, ["Нұрланова Әсем"])
    assert names(page) == expected
    assert page.count_label.text() == "Pupils found: 1"


def test_a_latin_letter_typed_among_cyrillic_ones_still_finds(page, qtbot, type_text):
    type_text(page.search, "Aсем")  # a Latin A: the keyboard was still on English
    assert names(page) == ["Нұрланова Әсем"]
    page.search.clear()
    type_text(page.search, "касымов")
    assert names(page) == ["Қасымов Нұрсұлтан"]
