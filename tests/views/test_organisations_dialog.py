"""Settings → Organisations: an empty directory to start, adding and editing with errors
beside the fields, deactivating, and deleting one that referrals went to (kept, deactivated)."""

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import choose, never_block, type_text

from desktop.models.organisation import OrganisationInput
from desktop.models.referral_record import ReferralInput
from desktop.views.referrals.organisations_dialog import OrganisationDialog, OrganisationsDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def directory(qtbot, services):
    def make():
        d = OrganisationsDialog(services)
        qtbot.addWidget(d)
        d.show()
        return d

    return make


def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)


def names(d):
    return [d.model.index(r, 0).data() for r in range(d.model.rowCount())]


def test_the_directory_starts_empty_with_the_kinds_to_choose(directory):
    d = directory()
    assert d.windowTitle() == "Organisations"
    assert d.model.rowCount() == 0 and d.empty.isVisible()
    assert not d.edit_button.isEnabled()
    form = d.add()
    kinds = [form.kind.itemText(i) for i in range(form.kind.count())]
    assert kinds == ["— choose —", "Psychological support centre (ЦПП)",
                     "Psychological-medical-pedagogical consultation (ПМПК)",
                     "Juvenile police inspector",
                     "Commission on minors' affairs and the protection of their rights (КДНиЗП)",
                     "Health organisation", "Other organisation"]
    assert form.address.text() == "" and form.phone.text() == ""  # nothing invented


def test_adding_an_organisation(qtbot, services, directory):
    d = directory()
    form = d.add()
    choose(form.kind, "support_centre")
    type_text(form.name_kk, "Бостандық ауданының психологиялық қолдау орталығы")
    type_text(form.name_ru, "ЦПП Бостандыкского района")
    type_text(form.phone, "+7 727 111 22 33")
    type_text(form.head, "Әбенова Қ. Т., директор")
    with qtbot.waitSignal(d.changed):
        assert form.save()
    assert names(d) == ["ЦПП Бостандыкского района"]
    assert [d.model.index(0, c).data() for c in range(1, 4)] == [
        "Psychological support centre (ЦПП)", "+7 727 111 22 33", "0"]
    (org,) = services.organisations.list()
    assert org.name_kk == "Бостандық ауданының психологиялық қолдау орталығы"
    assert org.head == "Әбенова Қ. Т., директор"


def test_a_name_and_a_type_are_required(services, directory):
    form = directory().add()
    type_text(form.phone, "қоңырау")
    assert not form.save()
    assert form.error_text("kind") == "This field is required."
    assert form.error_text("name_ru") == "Enter the organisation's name in Kazakh or in Russian."
    assert form.error_text("phone") == "Enter a phone number, e.g. +7 701 234 56 78."
    assert services.organisations.list(include_inactive=True) == []


def test_editing_shows_the_kazakh_name_in_the_window_title(qtbot, services, directory):
    services.organisations.create(OrganisationInput(kind="kdn", name_kk="Кәмелетке толмағандар "
                                                    "істері жөніндегі комиссия", name_ru="КДН"))
    d = directory()
    form = d.edit()
    assert form.windowTitle() == "Organisation: КДН"
    form.name_ru.clear()
    type_text(form.name_ru, "КДН Медеуского района")
    assert form.save()
    assert names(d) == ["КДН Медеуского района"]


def test_deactivating_and_showing_inactive_ones(services, directory):
    services.organisations.create(OrganisationInput(kind="health", name_ru="Центр здоровья"))
    d = directory()
    assert d.active_button.text() == "&Deactivate"
    d.toggle_active()
    assert d.model.rowCount() == 0 and "no longer offered" in d.status.text()
    d.show_inactive.setChecked(True)
    assert names(d) == ["Центр здоровья"]
    assert d.model.index(0, 3).data() == "0; inactive"
    assert d.active_button.text() == "Make ac&tive"
    d.toggle_active()
    assert services.organisations.list()[0].active


def test_deleting_one_that_referrals_went_to_keeps_it_deactivated(services, directory,
                                                                  make_pupil, monkeypatch):
    org = services.organisations.create(OrganisationInput(kind="support_centre",
                                                          name_ru="ЦПП Алатау"))
    unused = services.organisations.create(OrganisationInput(kind="other",
                                                             name_ru="Центр семьи"))
    pupil = make_pupil()
    services.referrals.create(ReferralInput(
        pupil_id=pupil.id, organisation_id=org.id, language="ru", reason="Травля",
        consent_by="Нұрланова Гүлнар", consent_date=date(2026, 9, 1), consent_how="oral"))
    answer_yes(monkeypatch)
    d = directory()
    d.refresh(select=org.id)
    assert d.model.index(d.model.find_row(org.id), 3).data() == "1"
    assert d.remove() == "deactivated"
    assert "kept for them and deactivated" in d.status.text()
    d.refresh(select=unused.id)
    assert d.remove() == "deleted"
    assert names(d) == []
    assert [o.name_ru for o in services.organisations.list(include_inactive=True)] == [
        "ЦПП Алатау"]


def test_organisation_form_tab_order(qtbot, services):
    from ui_helpers import focus_chain

    form = OrganisationDialog(services)
    qtbot.addWidget(form)
    expected = [form.kind, form.name_kk, form.name_ru, form.address, form.phone, form.head]
    assert focus_chain(form.kind, expected) == expected


def test_the_addressee_lines_are_proposed_in_the_dative_and_may_be_corrected(qtbot, services):
    from desktop.views.referrals.organisations_dialog import OrganisationDialog

    d = OrganisationDialog(services)
    qtbot.addWidget(d)
    d.name_kk.setText("Алматы қаласының психологиялық қолдау орталығы")
    d.name_ru.setText("Центр психологической поддержки г. Алматы")
    d.head_kk.setText("Жақыпова Айгүл Серікқызы")
    d.head.setText("Жақыпова Айгүл Серікқызы")
    assert d.addressee_kk.placeholderText() == (
        "Алматы қаласының психологиялық қолдау орталығының басшысы А.С. Жақыповаға")
    assert d.addressee_ru.placeholderText() == (
        "Руководителю Центра психологической поддержки г. Алматы Жақыповой А.С.")
    d.addressee_ru.setText("Директору ЦПП г. Алматы Жақыповой А. С.")
    assert d.collect().addressee_ru == "Директору ЦПП г. Алматы Жақыповой А. С."
    assert d.collect().addressee_kk == ""  # the proposed line is used
