"""Managing accounts and passwords through the dialogs, on a real keyring."""

import pytest

from desktop.models.account import AccountInput
from desktop.security import BadCredentials
from desktop.vault import set_up, sign_in
from desktop.views.accounts.accounts_dialog import AccountsDialog, ChangePasswordDialog
from ui_helpers import type_text

PASSWORD = "Психолог-2026"


@pytest.fixture
def journal(tmp_path, qapp):
    from desktop.views.widgets.i18n import install_language

    install_language(qapp, "en")
    services, _ = set_up(tmp_path, AccountInput(
        user_name="aigerim", display_name="Айгерім Сапарқызы", password=PASSWORD))
    yield tmp_path, services
    services.db.dispose()


def test_adding_a_counsellor(qtbot, journal):
    folder, services = journal
    accounts = AccountsDialog(services)
    qtbot.addWidget(accounts)
    assert accounts.table.rowCount() == 1
    form = accounts.add()
    type_text(form.user_name, "dana.k")
    type_text(form.display_name, "Дана Қасымова")
    type_text(form.password, "Әлеумет-педагог")
    type_text(form.repeat, "Әлеумет-педагог-")
    assert not form.save()
    assert form.error_text("repeat") == "The two passwords are not the same."
    form.repeat.setText("Әлеумет-педагог")
    assert form.save()
    assert accounts.table.rowCount() == 2
    assert accounts.table.item(1, 2).text() == "Counsellor / social pedagogue"
    dana = sign_in(folder, "dana.k", "Әлеумет-педагог")
    assert dana.ctx.role == "counsellor"
    dana.db.dispose()


def test_a_new_account_shows_it_is_being_created_and_is_made_once(qtbot, journal):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    _, services = journal
    accounts = AccountsDialog(services)
    qtbot.addWidget(accounts)
    form = accounts.add()
    form.show()
    type_text(form.user_name, "dana.k")
    type_text(form.display_name, "Дана Қасымова")
    type_text(form.password, "Әлеумет-педагог")
    type_text(form.repeat, "Әлеумет-педагог")
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    seen = []

    def look():  # while Argon2id runs: the form painted, busy, deaf to a second click
        seen.append((save.text(), save.isEnabled(), QApplication.overrideCursor() is not None))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert seen == [("Creating…", False, True)]
    assert not form.isVisible() and QApplication.overrideCursor() is None
    assert [a.user_name for a in services.accounts.list()] == ["aigerim", "dana.k"]


def test_stopping_oneself_is_refused_with_a_message(qtbot, journal):
    _, services = journal
    accounts = AccountsDialog(services)
    qtbot.addWidget(accounts)
    accounts.table.selectRow(0)
    accounts.toggle()
    assert "your own account" in accounts.banner.text()
    assert services.accounts.list()[0].active


def test_changing_ones_own_password(qtbot, journal):
    folder, services = journal
    form = ChangePasswordDialog(services)
    qtbot.addWidget(form)
    type_text(form.old_password, "not-it")
    type_text(form.password, "Жаңа-құпиясөз")
    type_text(form.repeat, "Жаңа-құпиясөз")
    assert not form.save()
    assert form.error_text("old_password") == "This is not your current password."
    form.old_password.setText(PASSWORD)
    assert form.save()
    with pytest.raises(BadCredentials):
        sign_in(folder, "aigerim", PASSWORD)
    sign_in(folder, "aigerim", "Жаңа-құпиясөз").db.dispose()


def test_a_record_raised_outside_senim_shows_and_its_keys_can_be_given(qtbot, journal):
    """A counsellor's record edited to 'psychologist' (outside Senim): the list says what its
    keys make, and the psychologist decides; giving the role's keys is a deliberate step."""
    from sqlalchemy import text

    folder, services = journal
    services.accounts.add(AccountInput(user_name="dana", display_name="Дана", role="counsellor",
                                       password="Әлеумет-педагог"))
    with services.db.session() as s:
        s.execute(text("UPDATE account SET role = 'psychologist' WHERE user_name = 'dana'"))
    accounts = AccountsDialog(services)
    qtbot.addWidget(accounts)
    row = [a.user_name for a in accounts.accounts].index("dana")
    assert accounts.table.item(row, 2).text() == (
        "Psychologist (its keys: Counsellor / social pedagogue)")
    assert accounts.keys_button.isVisibleTo(accounts)
    accounts.table.selectRow(row)
    assert accounts.keys_button.isEnabled()
    accounts.give_keys()
    assert accounts.table.item(row, 2).text() == "Psychologist"
    assert not accounts.keys_button.isVisibleTo(accounts)
    dana = sign_in(folder, "dana", "Әлеумет-педагог")
    assert dana.ctx.role == "psychologist"
    dana.db.dispose()


def test_the_new_recovery_key_cannot_be_closed_before_it_is_saved(qtbot, qapp):
    from desktop.views.accounts.recovery_key_view import NewRecoveryKeyDialog

    dialog = NewRecoveryKeyDialog("K7QX-2M9P-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.view.key.text().startswith("K7QX") and not dialog.ok.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    dialog.view.saved.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_the_new_recovery_key_is_headed_with_the_school_and_the_account(qtbot, qapp, journal):
    from desktop.app.senim import Senim
    from desktop.models.school import SchoolInput
    from desktop.settings import Settings
    from desktop.views.accounts.recovery_key_view import NewRecoveryKeyDialog

    folder, services = journal
    services.school.save(SchoolInput(name_kk="№ 47 мектеп", name_ru="Школа № 47"))
    senim = Senim(qapp, folder, Settings(), services)
    senim.show()
    qtbot.addWidget(senim.window)
    services.new_recovery_key = "K7QX-2M9P-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
    senim._show_new_recovery_key(services)
    dialog = senim.window.findChildren(NewRecoveryKeyDialog)[-1]
    assert dialog.view.key.text().startswith("K7QX") and services.new_recovery_key is None
    assert (dialog.view.school, dialog.view.account) == ("Школа № 47",
                                                         "Айгерім Сапарқызы (aigerim)")
    sheet = dialog.view.sheet().toPlainText()
    assert "Школа № 47" in sheet and "Айгерім Сапарқызы (aigerim)" in sheet
    dialog.view.saved.setChecked(True)
    dialog.accept()
