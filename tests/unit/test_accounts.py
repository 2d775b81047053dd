"""Accounts for colleagues, passwords changed and reset, through the real keyring."""

import pytest

from desktop.models.account import AccountInput
from desktop.models.validation import ValidationError
from desktop.security import BadCredentials
from desktop.services.context import NotAllowed
from desktop.vault import set_up, sign_in

OWNER_PASSWORD = "Психолог-2026"


@pytest.fixture
def journal(tmp_path):
    services, _ = set_up(tmp_path, AccountInput(
        user_name="aigerim", display_name="Айгерім Сапарқызы", password=OWNER_PASSWORD))
    yield tmp_path, services
    services.db.dispose()


def colleague(**kw) -> AccountInput:
    data = AccountInput(user_name="dana.k", display_name="Дана Қасымова", role="counsellor",
                        password="Әлеумет-педагог")
    for k, v in kw.items():
        setattr(data, k, v)
    return data


def test_a_colleague_added_by_the_psychologist_signs_in_with_their_role(journal):
    folder, services = journal
    services.accounts.add(colleague())
    dana = sign_in(folder, "DANA.K", "Әлеумет-педагог")
    try:
        assert (dana.ctx.actor, dana.ctx.role) == ("dana.k", "counsellor")
        with pytest.raises(NotAllowed):
            dana.accounts.list()
        with pytest.raises(NotAllowed):
            dana.accounts.add(colleague(user_name="someone"))
    finally:
        dana.db.dispose()
    assert [a.user_name for a in services.accounts.list()] == ["aigerim", "dana.k"]


def test_bad_input_adds_nothing_anywhere(journal):
    folder, services = journal
    with pytest.raises(ValidationError) as err:
        services.accounts.add(colleague(user_name="AIGERIM", password="short", role="janitor"))
    assert err.value.codes() == {"user_name": "user_name.taken", "role": "invalid_choice",
                                 "password": "password.too_short"}
    assert len(services.accounts.list()) == 1
    with pytest.raises(BadCredentials):
        sign_in(folder, "aigerim", "short")


def test_if_the_keyring_cannot_be_written_the_record_is_not_kept(journal, monkeypatch):
    _, services = journal
    from desktop.security import Keyring

    def full_disk(self, *a):
        raise OSError("no space left on device")
    monkeypatch.setattr(Keyring, "add_account", full_disk)
    with pytest.raises(OSError):
        services.accounts.add(colleague())
    assert [a.user_name for a in services.accounts.list()] == ["aigerim"]


def test_changing_ones_own_password(journal):
    folder, services = journal
    with pytest.raises(ValidationError) as err:
        services.accounts.change_own_password("not-it", "Жаңа-құпиясөз")
    assert err.value.codes() == {"old_password": "password.wrong"}
    services.accounts.change_own_password(OWNER_PASSWORD, "Жаңа-құпиясөз")
    with pytest.raises(BadCredentials):
        sign_in(folder, "aigerim", OWNER_PASSWORD)
    again = sign_in(folder, "aigerim", "Жаңа-құпиясөз")
    again.db.dispose()


def test_reset_and_deactivate_a_colleague(journal):
    folder, services = journal
    dana = services.accounts.add(colleague())
    services.accounts.reset_password(dana.id, "Жаңа-пароль-1")
    sign_in(folder, "dana.k", "Жаңа-пароль-1").db.dispose()
    services.accounts.set_active(dana.id, False)
    with pytest.raises(BadCredentials):
        sign_in(folder, "dana.k", "Жаңа-пароль-1")
    services.accounts.set_active(dana.id, True)
    sign_in(folder, "dana.k", "Жаңа-пароль-1").db.dispose()


def test_the_last_psychologist_and_oneself_cannot_be_stopped(journal):
    _, services = journal
    me = services.accounts.by_user_name("aigerim")
    with pytest.raises(ValidationError) as err:
        services.accounts.set_active(me.id, False)
    assert err.value.codes() == {"active": "account.self"}
