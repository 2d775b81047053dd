"""The school profile form."""

import pytest
from PySide6.QtCore import Qt
from ui_helpers import focus_chain, never_block, save_button, type_text

from desktop.models.school import SchoolInput
from desktop.views.referrals.school_form import SchoolDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def dialog(qtbot, services):
    def make():
        d = SchoolDialog(services)
        qtbot.addWidget(d)
        return d

    return make


def test_saving_the_profile(qtbot, services, dialog):
    d = dialog()
    assert d.windowTitle() == "School profile"
    type_text(d.name_kk, "Алматы қаласының №145 жалпы білім беретін мектебі")
    type_text(d.name_ru, "Общеобразовательная школа №145 города Алматы")
    type_text(d.address, "Алматы қ., Әуезов ауданы, Жандосов к-сі, 58")
    type_text(d.phone, "+7 727 123 45 67")
    type_text(d.director, "Сәрсенбаева Г. Қ.")
    type_text(d.psychologist, "Әбілқасымова Ә. Н.")
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert saved.args == [None]
    assert services.school.get() == SchoolInput(
        name_kk="Алматы қаласының №145 жалпы білім беретін мектебі",
        name_ru="Общеобразовательная школа №145 города Алматы",
        address="Алматы қ., Әуезов ауданы, Жандосов к-сі, 58", phone="+7 727 123 45 67",
        director="Сәрсенбаева Г. Қ.", psychologist="Әбілқасымова Ә. Н.")


def test_the_saved_profile_fills_the_form(services, dialog):
    services.school.save(SchoolInput(name_kk="№12 мектеп-гимназия", director="Омаров Б."))
    d = dialog()
    assert d.name_kk.text() == "№12 мектеп-гимназия"
    assert d.director.text() == "Омаров Б." and d.name_ru.text() == ""
    assert not d.dirty


def test_a_name_is_required_and_nothing_is_saved(services, dialog):
    d = dialog()
    type_text(d.director, "Сәрсенбаева Г. Қ.")
    assert not d.save()
    assert d.error_text("name_ru") == "Enter the school's name in Kazakh or in Russian."
    assert services.school.get() is None


def test_a_bad_phone(services, dialog):
    d = dialog()
    type_text(d.name_kk, "№145 мектеп")
    type_text(d.phone, "қоңырау шалыңыз")
    assert not d.save()
    assert d.error_text("phone") == "Enter a phone number, e.g. +7 701 234 56 78."
    assert services.school.get() is None


def test_tab_order_follows_the_form(dialog):
    d = dialog()
    expected = [d.name_kk, d.name_ru, d.address, d.phone, d.director, d.psychologist]
    assert focus_chain(d.name_kk, expected) == expected


def test_the_referral_number_pattern_with_its_example_and_its_check(services, dialog):
    d = dialog()
    assert d.referral_number_pattern.text() == "{n}/{year}"
    assert d.number_hint.text().endswith("The 15th letter of 2025-26 gets No. 15/2025-26.")
    type_text(d.name_kk, "№145 мектеп")
    d.referral_number_pattern.clear()
    type_text(d.referral_number_pattern, "ПС-{year}")
    assert "15th letter" not in d.number_hint.text()
    assert not d.save()
    assert d.error_text("referral_number_pattern").startswith("Write {n} where the number goes")
    assert services.school.get() is None
    d.referral_number_pattern.clear()
    type_text(d.referral_number_pattern, "{n}-ПС/{year}")
    assert d.number_hint.text().endswith("gets No. 15-ПС/2025-26.")
    assert d.save()
    assert services.school.get().referral_number_pattern == "{n}-ПС/{year}"
