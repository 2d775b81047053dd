"""The pupil form, driven as a user would: typing, choosing, pressing Save."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import (
    choose, choose_in_cell, focus_chain, never_block, save_button, shown, type_text,
)

from desktop.models.iin import make_iin
from desktop.views.widgets.form_widgets import choice_value
from desktop.views.pupils.pupil_form import NAME_COL, PHONE_COL, RELATION_COL, PupilDialog

BORN = date(2013, 5, 4)


def valid_iin(born=BORN, sex="female"):
    return next(i for i in (make_iin(born, sex, n) for n in range(1, 50)) if i)


def bad_checksum(iin):
    return iin[:11] + str((int(iin[11]) + 1) % 10)


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def dialog(qtbot, services):
    def make(pupil_id=None):
        d = PupilDialog(services, pupil_id)
        qtbot.addWidget(d)
        return d

    return make


def fill_minimum(qtbot, d, surname="Сәрсенбаев", given="Ерұлан"):
    type_text(d.surname, surname)
    type_text(d.given_name, given)
    choose(d.sex, "male")
    qtbot.keyClicks(d.birth_date, "04052013")
    type_text(d.class_name, "7Ә")
    choose(d.study_language, "kk")


def test_creating_a_pupil_saves_every_field(qtbot, services, dialog):
    d = dialog()
    assert d.windowTitle() == "New pupil"
    iin = valid_iin()
    type_text(d.surname, "Жұмабекқызы")
    type_text(d.given_name, "Әйгерім")
    type_text(d.patronymic, "Қайратқызы")
    choose(d.sex, "female")
    qtbot.keyClicks(d.birth_date, "04052013")
    type_text(d.iin, iin)
    type_text(d.class_name, "7ә")
    choose(d.study_language, "kk")
    choose(d.consent_status, "given")
    d.consent_date.setDate(d.consent_date.date().addDays(-30))
    type_text(d.consent_by, "Сейітқалиева Гүлнар")

    qtbot.mouseClick(d.add_guardian_button, Qt.MouseButton.LeftButton)
    editor = d.guardians.indexWidget(d.guardians.currentIndex())  # the name cell opened
    type_text(editor, "Сейітқалиева Гүлнар Өмірбекқызы")
    choose_in_cell(qtbot, d.guardians, 0, RELATION_COL, "mother")
    d.guardians.item(0, PHONE_COL).setText("+7 701 555 12 34")

    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    p = services.pupils.get(saved.args[0])
    assert (p.surname, p.given_name, p.patronymic) == ("Жұмабекқызы", "Әйгерім", "Қайратқызы")
    assert p.sex == "female" and p.birth_date == BORN and p.iin == iin
    assert p.class_name == "7Ә" and p.study_language == "kk"
    assert p.consent_status == "given" and p.consent_date == date(2026, 10, 21)
    assert p.consent_by == "Сейітқалиева Гүлнар"
    assert p.active is True and p.left_date is None
    assert [(g.name, g.relation, g.phone) for g in p.guardians] == [
        ("Сейітқалиева Гүлнар Өмірбекқызы", "mother", "+7 701 555 12 34")]
    assert d.result() == d.DialogCode.Accepted


def test_editing_shows_the_pupils_values(services, make_pupil, dialog):
    iin = valid_iin()
    pid = make_pupil("Өмірзақова", "Ұлжан", patronymic="Ғаниқызы", iin=iin, class_name="10Б",
                     study_language="ru").id
    d = dialog(pid)
    assert "Өмірзақова Ұлжан Ғаниқызы" in d.windowTitle()
    assert d.surname.text() == "Өмірзақова"
    assert d.given_name.text() == "Ұлжан"
    assert d.patronymic.text() == "Ғаниқызы"
    assert d.sex.currentData() == "female"
    assert d.birth_date.value() == BORN
    assert d.iin.text() == iin
    assert d.class_name.text() == "10Б"
    assert d.study_language.currentData() == "ru"
    assert d.consent_status.currentData() == "given"
    assert d.consent_by.text() == "Нұрланова Гүлнар"
    assert d.active.isChecked()
    assert d.guardians.rowCount() == 1
    assert d.guardians.item(0, NAME_COL).text() == "Нұрланова Гүлнар"
    assert d.guardians.item(0, RELATION_COL).text() == "Mother"
    assert choice_value(d.guardians, 0, RELATION_COL) == "mother"
    assert not d.dirty  # filling the form is not an edit


def test_changing_a_pupil_and_marking_them_left(qtbot, services, make_pupil, dialog):
    pid = make_pupil("Өмірзақова", "Ұлжан").id
    d = dialog(pid)
    assert not d.left_date.isEnabled()
    qtbot.keyClick(d.active, Qt.Key.Key_Space)
    assert d.left_date.isEnabled()
    d.class_name.clear()
    type_text(d.class_name, "8Ә")
    assert d.save()
    p = services.pupils.get(pid)
    assert p.class_name == "8Ә" and p.active is False and p.left_date == date(2026, 11, 20)


def test_a_bad_iin_shows_the_checksum_message_and_saves_nothing(qtbot, services, dialog):
    d = dialog()
    fill_minimum(qtbot, d)
    type_text(d.iin, bad_checksum(valid_iin(sex="male")))
    assert not d.save()
    assert d.error_text("iin") == "The check digit does not match: there is a typo in this IIN."
    assert services.pupils.count() == 0
    assert d.isVisible() or d.result() != d.DialogCode.Accepted


def test_a_missing_surname_is_required(qtbot, services, dialog):
    d = dialog()
    fill_minimum(qtbot, d, surname="")
    assert not d.save()
    assert d.error_text("surname") == "This field is required."
    assert d.error_text("given_name") == ""
    assert services.pupils.count() == 0


def test_an_empty_form_lists_every_missing_field(dialog):
    d = dialog()
    assert not d.save()
    for name in ("surname", "given_name", "sex", "birth_date", "class_name", "study_language"):
        assert d.error_text(name) == "This field is required.", name


def test_the_iin_hint_shows_the_encoded_birth_date_and_fills_blanks(qtbot, dialog):
    d = dialog()
    assert d.birth_date.value() is None
    type_text(d.iin, valid_iin())
    assert d.iin_hint.text() == "This IIN is for: born 04/05/2013, female."
    assert d.birth_date.value() == BORN  # blank fields take what the IIN says
    assert d.sex.currentData() == "female"


def test_the_iin_hint_never_overwrites_what_was_chosen(qtbot, dialog):
    d = dialog()
    choose(d.sex, "male")
    type_text(d.iin, valid_iin(sex="female"))
    assert d.sex.currentData() == "male"
    assert d.iin_warning_text() == (
        "Warning: The IIN's 7th digit gives the other sex. Since 2013 an IIN may differ "
        "from the sex: check it against the pupil's documents.")


def test_an_iin_for_another_birth_date_is_a_warning_saved_once_accepted(qtbot, services,
                                                                        dialog):
    # Since Decree No. 853 (2013) an IIN need not give the birth date: never a refusal.
    d = dialog()
    fill_minimum(qtbot, d)  # born 04.05.2013, male
    other = valid_iin(date(2013, 5, 5), "male")
    type_text(d.iin, other)
    assert d.iin_warning_text().startswith(
        "Warning: The IIN's digits give the birth date 05/05/2013.")
    assert shown(d.iin_accept) and not d.iin_accept.isChecked()
    assert "color: #9a5b00" in d.iin_warning.styleSheet()  # amber, not an error's red
    assert d.error_text("iin") == ""

    assert not d.save()  # first Save: not saved silently; the box asks for the acceptance
    assert services.pupils.count() == 0
    assert d.error_text("iin") == ""  # still a warning, not an error
    assert d.iin_accept.hasFocus() or d.focusWidget() is d.iin_accept
    assert d.iin_warning_text().startswith("Warning: The IIN's digits give the birth date")

    qtbot.keyClick(d.iin_accept, Qt.Key.Key_Space)
    assert d.iin_accept.isChecked()
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    p = services.pupils.get(saved.args[0])
    assert p.iin == other and p.birth_date == BORN
    assert p.iin_mismatch_accepted_at is not None
    assert p.iin_mismatch_accepted_by == services.ctx.actor

    # Opened again, the acceptance shows; another birth date asks for it anew.
    again = dialog(p.id)
    assert shown(again.iin_accept) and again.iin_accept.isChecked()
    assert not again.dirty
    again.birth_date.set_value(date(2013, 5, 3))
    assert again.iin_warning_text() and not again.iin_accept.isChecked()
    # Correcting the birth date to the IIN's takes the warning away.
    again.birth_date.set_value(date(2013, 5, 5))
    assert again.iin_warning_text() == "" and not shown(again.iin_accept)
    assert again.save()
    assert services.pupils.get(p.id).iin_mismatch_accepted_at is None


def test_an_iin_whose_digits_are_no_date_is_saved_without_a_warning(qtbot, services, dialog):
    from desktop.models.iin import with_check_digit

    d = dialog()
    fill_minimum(qtbot, d)
    iin = next(i for n in range(100) if (i := with_check_digit(f"1313997{n:04d}")))
    type_text(d.iin, iin)
    assert d.iin_hint.text() == (
        "The digits of this IIN do not give a birth date or sex: since 2013 they need not "
        "encode them.")
    assert d.iin_warning_text() == "" and not shown(d.iin_accept)
    assert d.save()
    [row] = services.pupils.search()
    assert row.iin == iin


def test_a_business_number_is_named_in_a_warning(qtbot, services, dialog):
    from desktop.models.iin import with_check_digit

    d = dialog()
    fill_minimum(qtbot, d)
    bin_ = next(i for n in range(100) if (i := with_check_digit(f"130540{n:05d}")))
    type_text(d.iin, bin_)
    assert "business identification number (BIN" in d.iin_warning_text()
    assert not d.save()
    d.iin_accept.setChecked(True)
    assert d.save()
    assert services.pupils.search()[0].iin == bin_


@pytest.mark.parametrize("shape", ["\ufeff{}", " {} ", "{}\u200b", "\u00a0{}\u00a0",
                                   "{g1} {g2} {g3} {g4}", "{g1}\u2060{g2}\u200c{g3}\u200d{g4}"])
def test_a_pasted_iin_is_cleaned(qtbot, dialog, shape):
    from PySide6.QtGui import QGuiApplication

    d = dialog()
    iin = valid_iin()
    QGuiApplication.clipboard().setText(shape.format(iin, g1=iin[:6], g2=iin[6], g3=iin[7:11],
                                                     g4=iin[11]))
    d.iin.setFocus()
    d.iin.paste()
    assert d.iin.text() == iin
    assert d.iin_hint.text() == "This IIN is for: born 04/05/2013, female."


def test_the_iin_hint_warns_while_typing(qtbot, dialog):
    d = dialog()
    type_text(d.iin, "1305")
    assert d.iin_hint.text() == "4 of 12 digits"
    type_text(d.iin, "abc")  # letters are not accepted
    assert d.iin.text() == "1305"
    type_text(d.iin, bad_checksum(valid_iin())[4:])
    assert "check digit" in d.iin_hint.text()


def test_consent_date_and_signer_only_when_consent_was_asked(dialog):
    d = dialog()
    assert d.consent_status.currentData() == "not_asked"
    assert not d.consent_date.isEnabled() and not d.consent_by.isEnabled()
    choose(d.consent_status, "refused")
    assert d.consent_date.isEnabled() and d.consent_by.isEnabled()
    assert not d.save()
    assert d.error_text("consent_by") == "This field is required."


def test_a_guardian_with_a_bad_phone_is_named_and_nothing_changes(qtbot, services, make_pupil,
                                                                   dialog):
    pid = make_pupil("Өмірзақова", "Ұлжан").id
    d = dialog(pid)
    type_text(d.surname, "ева")
    qtbot.mouseClick(d.add_guardian_button, Qt.MouseButton.LeftButton)
    d.guardians.item(1, NAME_COL).setText("Өмірзақов Ғани")
    choose_in_cell(qtbot, d.guardians, 1, RELATION_COL, "father")
    d.guardians.item(1, PHONE_COL).setText("телефон жоқ")
    assert not d.save()
    assert d.error_text("guardians") == "Guardian 2: Enter a phone number, e.g. +7 701 234 56 78."
    assert d.guardians.currentRow() == 1
    p = services.pupils.get(pid)
    assert p.surname == "Өмірзақова" and len(p.guardians) == 1


def test_removing_a_guardian(qtbot, services, make_pupil, dialog):
    pid = make_pupil("Өмірзақова", "Ұлжан").id
    d = dialog(pid)
    assert not d.remove_guardian_button.isEnabled()
    d.guardians.selectRow(0)
    qtbot.mouseClick(d.remove_guardian_button, Qt.MouseButton.LeftButton)
    assert d.guardians.rowCount() == 0 and d.dirty
    assert d.save()
    assert services.pupils.get(pid).guardians == ()


def test_rejecting_after_typing_asks_and_cancel_keeps_the_form(qtbot, monkeypatch, services,
                                                               dialog):
    d = dialog()
    d.show()
    type_text(d.surname, "Сәрсенбаев")
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    d.reject()
    assert asked == ["This form has changes that are not saved."]
    assert d.isVisible() and d.surname.text() == "Сәрсенбаев"

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    d.reject()
    assert not d.isVisible()
    assert services.pupils.count() == 0


def test_closing_an_untouched_form_does_not_ask(qtbot, monkeypatch, make_pupil, dialog):
    d = dialog(make_pupil().id)
    d.show()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked"))
    d.reject()
    assert not d.isVisible()


def test_ctrl_s_saves(qtbot, services, dialog):
    d = dialog()
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    fill_minimum(qtbot, d)
    qtbot.mouseClick(d.add_guardian_button, Qt.MouseButton.LeftButton)
    choose_in_cell(qtbot, d.guardians, 0, RELATION_COL, "mother")
    d.guardians.setCurrentCell(0, NAME_COL)
    d.guardians.editItem(d.guardians.item(0, NAME_COL))
    editor = d.guardians.indexWidget(d.guardians.currentIndex())
    type_text(editor, "Сәрсенбаева Айгүл")  # still being typed when Ctrl+S comes
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.keyClick(d.surname, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    p = services.pupils.get(saved.args[0])
    assert p.surname == "Сәрсенбаев"
    assert [(g.name, g.relation) for g in p.guardians] == [("Сәрсенбаева Айгүл", "mother")]


def test_a_guardian_is_typed_with_tab_from_cell_to_cell(qtbot, services, dialog):
    d = dialog()
    d.show()
    fill_minimum(qtbot, d)
    qtbot.mouseClick(d.add_guardian_button, Qt.MouseButton.LeftButton)
    table = d.guardians

    def editor_at(column):
        return table.indexWidget(table.model().index(0, column))

    type_text(editor_at(NAME_COL), "Сәрсенбаева Айгүл")
    qtbot.keyClick(editor_at(NAME_COL), Qt.Key.Key_Tab)
    relation = editor_at(RELATION_COL)
    assert relation is not None and relation.currentData() is None  # a list opened
    choose(relation, "grandmother")
    qtbot.keyClick(relation, Qt.Key.Key_Tab)
    type_text(editor_at(PHONE_COL), "+7 705 111 22 33")
    qtbot.keyClick(editor_at(PHONE_COL), Qt.Key.Key_Return)
    assert table.item(0, RELATION_COL).text() == "Grandmother"
    assert d.save()
    p = services.pupils.get(d.pupil_id)
    assert [(g.name, g.relation, g.phone) for g in p.guardians] == [
        ("Сәрсенбаева Айгүл", "grandmother", "+7 705 111 22 33")]


def test_an_unexpected_failure_shows_a_plain_message_and_keeps_the_text(qtbot, monkeypatch,
                                                                        services, dialog):
    d = dialog()
    fill_minimum(qtbot, d)

    def boom(data):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(services.pupils, "create", boom)
    assert not d.save()
    assert d.banner.text().startswith("Something went wrong and nothing was saved.")
    assert d.surname.text() == "Сәрсенбаев"


def test_a_deleted_pupil_opens_with_a_notice(services, make_pupil, dialog):
    pid = make_pupil().id
    services.pupils.delete(pid)
    d = dialog(pid)
    assert d.banner.text() == "This record has been deleted or no longer exists."
    assert not save_button(d).isEnabled()


def test_a_blank_birth_date_starts_from_a_school_age_year(qtbot, dialog):
    d = dialog()
    assert d.birth_date.value() is None
    assert d.birth_date.text() == "not entered"
    qtbot.keyClick(d.birth_date, Qt.Key.Key_Up)
    assert d.birth_date.value() == date(2016, 1, 1)


def test_tab_order_follows_the_form(dialog):
    d = dialog()
    expected = [d.surname, d.given_name, d.patronymic, d.sex, d.birth_date, d.iin, d.class_name,
                d.study_language, d.consent_status, d.consent_date, d.consent_by, d.active,
                d.left_date, d.guardians, d.add_guardian_button]
    assert focus_chain(d.surname, expected) == expected


def test_the_home_address_is_saved_and_shown_again(qtbot, services, dialog):
    d = dialog()
    fill_minimum(qtbot, d)
    type_text(d.address, "Алматы қ., Әуезов ауданы, Жандосов к-сі, 58, 12-пәтер")
    assert d.save()
    (row,) = services.pupils.search()
    assert services.pupils.get(row.id).address == "Алматы қ., Әуезов ауданы, Жандосов к-сі, 58, 12-пәтер"
    again = dialog(row.id)
    assert again.address.text() == "Алматы қ., Әуезов ауданы, Жандосов к-сі, 58, 12-пәтер"
    assert not again.dirty


def test_errors_are_live_and_move_nothing(qtbot, services, dialog):
    """A message leaves when its field is mended (and stays while it is still wrong), its
    line is kept so the fields below never jump, and the first error is scrolled to and
    focused."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QScrollArea

    d = dialog()
    d.resize(760, 300)  # a low screen: the form scrolls
    d.show()
    qtbot.waitExposed(d)
    fill_minimum(qtbot, d)
    wrong = bad_checksum(valid_iin(sex="male"))
    type_text(d.iin, wrong)
    below = d.class_name.mapTo(d, d.class_name.rect().topLeft()).y() - \
        d.surname.mapTo(d, d.surname.rect().topLeft()).y()
    scroll = d.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    assert not d.save()
    QApplication.processEvents()
    assert d.error_text("iin") == "The check digit does not match: there is a typo in this IIN."
    assert QApplication.focusWidget() is d.iin
    top = d.iin.mapTo(scroll.viewport(), d.iin.rect().topLeft()).y()
    assert 0 <= top < scroll.viewport().height()  # in view
    assert d.class_name.mapTo(d, d.class_name.rect().topLeft()).y() - \
        d.surname.mapTo(d, d.surname.rect().topLeft()).y() == below  # nothing moved
    # Still wrong after an edit: still said. Mended: gone at once, before saving.
    qtbot.keyClick(d.iin, Qt.Key.Key_Backspace)
    assert d.error_text("iin") not in ("", "The check digit does not match: there is a typo "
                                           "in this IIN.")  # what is wrong now
    d.iin.clear()
    type_text(d.iin, valid_iin(sex="male"))
    assert d.error_text("iin") == ""
    assert not d.findChild(type(d.iin_hint), "error_iin").isVisible()
