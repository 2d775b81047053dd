"""Managing accounts and passwords through the dialogs, on a real keyring."""

import pytest

from desktop.models.account import AccountInput
from desktop.security import BadCredentials
from desktop.vault import set_up, sign_in
from desktop.views.accounts_dialog import AccountsDialog, ChangePasswordDialog
from ui_helpers import type_text

PASSWORD = "Психолог-2026"


@pytest.fixture
def journal(tmp_path, qapp):
    from desktop.views.i18n import install_language

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
