"""Set-up, signing in and encryption at rest, through the real files on disk."""

import pytest
from unit_factories import pupil_input

from desktop.db import open_database
from desktop.models.account import AccountInput
from desktop.models.school import SchoolInput
from desktop.models.validation import ValidationError
from desktop.security import BadCredentials, Keyring
from desktop.services import Context, Services
from desktop.vault import encrypt_in_place, is_plain_database, set_up, sign_in

NAME = "Жанәділова"  # a pupil's surname that must never be readable on disk
PASSWORD = "Сенім-2026-құпия"


def account(**kw) -> AccountInput:
    data = AccountInput(user_name="aigerim", display_name="Айгерім Сапарқызы", password=PASSWORD)
    for k, v in kw.items():
        setattr(data, k, v)
    return data


def raw_files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_set_up_then_sign_in_as_the_psychologist(tmp_path):
    services, recovery = set_up(tmp_path, account(), SchoolInput(name_kk="№ 12 мектеп"))
    assert recovery.count("-") >= 5
    services.db.dispose()
    again = sign_in(tmp_path, "AIGERIM", PASSWORD)
    try:
        assert (again.ctx.actor, again.ctx.role) == ("aigerim", "psychologist")
        assert again.school.get().name_kk == "№ 12 мектеп"
    finally:
        again.db.dispose()


def test_wrong_password_or_unknown_user_opens_nothing(tmp_path):
    set_up(tmp_path, account())[0].db.dispose()
    for user, password in (("aigerim", "wrong-password"), ("nobody", PASSWORD)):
        with pytest.raises(BadCredentials):
            sign_in(tmp_path, user, password)


def test_an_inactive_account_cannot_sign_in(tmp_path):
    services, _ = set_up(tmp_path, account())
    from desktop.models import Account
    from sqlmodel import select

    with services.db.session() as s:
        s.exec(select(Account)).one().active = False
    services.db.dispose()
    with pytest.raises(BadCredentials):
        sign_in(tmp_path, "aigerim", PASSWORD)


def test_no_pupil_name_in_the_database_its_wal_or_the_keyring(tmp_path):
    services, recovery = set_up(tmp_path, account())
    services.pupils.create(pupil_input(surname=NAME))
    # The WAL holds the newest pages until a checkpoint: read it while it does.
    files = raw_files(tmp_path)
    assert "senim.db-wal" in files and len(files["senim.db-wal"]) > 0
    services.db.dispose()
    files.update(raw_files(tmp_path))
    for name, data in files.items():
        for secret in (NAME, "aigerim", PASSWORD, recovery):
            assert secret.encode() not in data, f"{secret!r} readable in {name}"
    assert not is_plain_database(tmp_path / "senim.db")


def test_a_plain_database_from_an_earlier_version_is_encrypted_in_place(tmp_path):
    plain = open_database(tmp_path / "senim.db")
    kept = Services.build(plain, Context(actor="test")).pupils.create(pupil_input(surname=NAME))
    plain.dispose()
    assert NAME.encode() in (tmp_path / "senim.db").read_bytes()

    services, _ = set_up(tmp_path, account())
    try:
        assert services.pupils.get(kept.id).surname == NAME
        assert services.accounts.by_user_name("aigerim").role == "psychologist"
    finally:
        services.db.dispose()
    for name, data in raw_files(tmp_path).items():
        assert NAME.encode() not in data, f"the name is still readable in {name}"
    assert not list(tmp_path.glob("*.plain-copy")) and not list(tmp_path.glob("*.encrypting"))


def test_a_failed_encryption_leaves_the_original_untouched(tmp_path, monkeypatch):
    plain = open_database(tmp_path / "senim.db")
    Services.build(plain, Context(actor="test")).pupils.create(pupil_input(surname=NAME))
    plain.dispose()
    before = (tmp_path / "senim.db").read_bytes()
    import desktop.vault as vault

    def broken_check(conn, expected, what):
        if what == "the encrypted database":
            raise RuntimeError("row counts differ")
    monkeypatch.setattr(vault, "_check", broken_check)
    with pytest.raises(RuntimeError):
        encrypt_in_place(tmp_path / "senim.db", bytes(32))
    assert (tmp_path / "senim.db").read_bytes() == before


def test_bad_input_creates_nothing(tmp_path):
    with pytest.raises(ValidationError) as err:
        set_up(tmp_path, account(user_name="", password="short"), SchoolInput())
    assert err.value.codes() == {"user_name": "required", "password": "password.too_short",
                                 "name_ru": "school.name_required"}
    assert not Keyring.exists(tmp_path) and not (tmp_path / "senim.db").exists()


def test_a_failure_half_way_removes_the_new_keyring(tmp_path, monkeypatch):
    from desktop.services.accounts import AccountService

    def boom(self, data):
        raise OSError("disk full")
    monkeypatch.setattr(AccountService, "create", boom)
    with pytest.raises(OSError):
        set_up(tmp_path, account())
    assert not Keyring.exists(tmp_path)


def test_user_names_are_unique_whatever_the_case(tmp_path):
    services, _ = set_up(tmp_path, account())
    try:
        with pytest.raises(ValidationError) as err:
            services.accounts.create(AccountInput(user_name="AIGERIM", display_name="Тағы бір",
                                                  role="counsellor"))
        assert err.value.codes() == {"user_name": "user_name.taken"}
    finally:
        services.db.dispose()


def test_an_encrypted_journal_without_its_keyring_is_left_alone(tmp_path):
    from desktop.vault import KeyringMissing

    set_up(tmp_path, account())[0].db.dispose()
    Keyring.path(tmp_path).rename(tmp_path / "keys.json.elsewhere")
    before = (tmp_path / "senim.db").read_bytes()
    with pytest.raises(KeyringMissing):
        set_up(tmp_path, account())
    assert (tmp_path / "senim.db").read_bytes() == before and not Keyring.exists(tmp_path)
