"""The pupil picker: filters as you type, Enter or a double-click picks."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_helpers import type_text

from desktop.views.pupils.pupil_picker import PupilPickerDialog, pick_pupils


@pytest.fixture
def pupils(make_pupil):
    return {
        "asem": make_pupil("Нұрланова", "Әсем", patronymic="Ерланқызы").id,
        "daniyar": make_pupil("Құрманғалиев", "Данияр", sex="male", class_name="8Б").id,
        "nursultan": make_pupil("Өмірзақов", "Нұрсұлтан", sex="male", class_name="5А").id,
    }


@pytest.fixture
def picker(qtbot, services):
    def make(**kw):
        p = PupilPickerDialog(services, **kw)
        qtbot.addWidget(p)
        return p

    return make


def lines(p):
    return [p.results.item(i).text() for i in range(p.results.count())]


def test_lists_every_pupil_by_class_with_name_and_class(picker, pupils):
    p = picker()
    assert lines(p) == ["Өмірзақов Нұрсұлтан — 5А", "Нұрланова Әсем Ерланқызы — 7Ә",
                        "Құрманғалиев Данияр — 8Б"]


def test_typing_filters_at_once(picker, pupils):
    p = picker()
    type_text(p.search_edit, "нұр")
    assert lines(p) == ["Өмірзақов Нұрсұлтан — 5А", "Нұрланова Әсем Ерланқызы — 7Ә"]
    type_text(p.search_edit, "л")
    assert lines(p) == ["Нұрланова Әсем Ерланқызы — 7Ә"]
    type_text(p.search_edit, "ж")
    assert lines(p) == [] and p.status.text() == "No pupils found."


def test_enter_in_the_search_field_picks_the_highlighted_pupil(qtbot, picker, pupils):
    p = picker(multi=False)
    type_text(p.search_edit, "Құрман")
    qtbot.keyClick(p.search_edit, Qt.Key.Key_Return)
    assert p.result() == p.DialogCode.Accepted
    assert p.selected_ids() == [pupils["daniyar"]]


def test_arrow_keys_move_from_the_search_field_into_the_list(qtbot, picker, pupils):
    p = picker(multi=False)
    qtbot.keyClick(p.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(p.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(p.search_edit, Qt.Key.Key_Return)
    assert p.selected_ids() == [pupils["daniyar"]]


def test_double_click_picks(qtbot, picker, pupils):
    p = picker(multi=False)
    p.show()
    item = p.results.item(1)
    rect = p.results.visualItemRect(item)
    # A real double-click is a click followed by a double-click event.
    qtbot.mouseClick(p.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(p.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert p.result() == p.DialogCode.Accepted
    assert p.selected_ids() == [pupils["asem"]]


def test_ticked_pupils_survive_a_new_search(qtbot, picker, pupils):
    p = picker()
    type_text(p.search_edit, "Өмір")
    p.toggle(0)
    p.search_edit.clear()
    type_text(p.search_edit, "Құрман")
    p.toggle(0)
    p.search_edit.clear()
    assert [p.results.item(i).checkState() == Qt.CheckState.Checked
            for i in range(p.results.count())] == [True, False, True]
    assert p.status.text() == "Found: 3   Chosen: 2"
    qtbot.keyClick(p.results, Qt.Key.Key_Return)
    assert p.result() == p.DialogCode.Accepted
    assert p.selected_ids() == [pupils["nursultan"], pupils["daniyar"]]


def test_space_ticks_in_the_list(qtbot, picker, pupils):
    p = picker()
    p.show()
    p.results.setFocus()
    p.results.setCurrentRow(2)
    qtbot.keyClick(p.results, Qt.Key.Key_Space)
    assert p.selected_ids() == [pupils["daniyar"]]


def test_pupils_already_in_the_form_are_not_offered(picker, pupils):
    p = picker(exclude=[pupils["asem"]])
    assert "Нұрланова Әсем Ерланқызы — 7Ә" not in lines(p)
    assert len(lines(p)) == 2


def test_nothing_found_picks_nothing(qtbot, picker, pupils):
    p = picker()
    type_text(p.search_edit, "Жоқ")
    qtbot.keyClick(p.search_edit, Qt.Key.Key_Return)
    assert p.result() != p.DialogCode.Accepted and p.selected_ids() == []


def test_pick_pupils_shows_the_dialog_and_returns_the_choice(qtbot, services, pupils):
    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PupilPickerDialog)
        type_text(dialog.search_edit, "Әсем")
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    assert pick_pupils(services, None, multi=False) == [pupils["asem"]]


def test_pick_pupils_cancelled_returns_nothing(qtbot, services, pupils):
    def cancel():
        QApplication.activeModalWidget().reject()

    QTimer.singleShot(0, cancel)
    assert pick_pupils(services, None) == []


def test_a_russian_keyboard_spelling_finds_kazakh_names(picker, pupils, qtbot):
    p = picker()
    type_text(p.search_edit, "омирзаков нурсултан")
    assert lines(p) == ["Өмірзақов Нұрсұлтан — 5А"]
