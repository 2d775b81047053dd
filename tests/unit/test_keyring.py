"""keys.json: unlocking, back-off, password changes, recovery, damage, and what the file
must never contain. All derivations use tiny Argon2id parameters to stay fast."""

import base64
import json
import os
import unicodedata
from dataclasses import replace

import pytest

from desktop.security import (
    KeySet,
    NoKeyToGrant,
    FAST_ENV,
    FAST_PARAMS,
    OWASP_MINIMUM,
    BadCredentials,
    KdfParams,
    Keyring,
    KeyringDamaged,
    KeyringError,
    TooSoon,
    UnknownAccount,
    default_params,
    derive_key,
    parse_recovery_key,
    tune,
)
from desktop.security import kdf as kdf_module
from desktop.security.grants import check_value
from desktop.security import keyring as keyring_module

FAST = KdfParams(1, 1024, 1)
OTHER = KdfParams(2, 2048, 1)
USER = "Айгерім Әсемқызы"  # Й decomposes (И + breve); Ә has no decomposition
PASSWORD = "Қазақстан-2024 жүйе"
T0 = 1_700_000_000.0


@pytest.fixture(autouse=True)
def _no_tuning(monkeypatch):
    """A test that forgot to pass params would otherwise tune for seconds."""
    monkeypatch.setenv(FAST_ENV, "1")


@pytest.fixture
def made(tmp_path):
    keyring, data_key, recovery = Keyring.create(tmp_path, USER, PASSWORD, params=FAST)
    return keyring, data_key, recovery


@pytest.fixture
def derivations(monkeypatch):
    """Records the parameters of every derivation the keyring makes."""
    calls = []

    def spy(secret, salt, params):
        calls.append(params)
        return derive_key(secret, salt, params)

    monkeypatch.setattr(keyring_module, "derive_key", spy)
    return calls


def read_file(tmp_path) -> dict:
    return json.loads(Keyring.path(tmp_path).read_text("utf-8"))


def read_counter(tmp_path) -> dict:
    return json.loads((tmp_path / keyring_module.COUNTER_FILE).read_text("utf-8"))


def write_file(tmp_path, data) -> None:
    Keyring.path(tmp_path).write_text(json.dumps(data), "utf-8")


# -- create and unlock ---------------------------------------------------------------------


def test_create_then_unlock_returns_the_same_key(tmp_path, made):
    keyring, data_key, _ = made
    assert len(data_key.journal) == 32 and data_key.role == "psychologist"
    assert keyring.unlock(USER, PASSWORD, now=T0) == data_key.journal
    assert Keyring.load(tmp_path).unlock(USER, PASSWORD, now=T0) == data_key.journal


def test_each_keyring_has_its_own_random_key(tmp_path):
    _, key_a, rec_a = Keyring.create(tmp_path / "a", USER, PASSWORD, params=FAST)
    _, key_b, rec_b = Keyring.create(tmp_path / "b", USER, PASSWORD, params=FAST)
    assert key_a.journal != key_b.journal and rec_a != rec_b


def test_path_and_exists(tmp_path):
    assert Keyring.path(tmp_path) == tmp_path / "keys.json"
    assert not Keyring.exists(tmp_path)
    Keyring.create(tmp_path, USER, PASSWORD, params=FAST)
    assert Keyring.exists(tmp_path)


def test_create_refuses_an_existing_keyring(tmp_path, made):
    before = Keyring.path(tmp_path).read_bytes()
    with pytest.raises(KeyringError):
        Keyring.create(tmp_path, "someone", "else", params=FAST)
    assert Keyring.path(tmp_path).read_bytes() == before


def test_load_without_a_file_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        Keyring.load(tmp_path)


@pytest.mark.parametrize("user, password", [("", "x"), ("   ", "x"), ("a", "")])
def test_empty_user_name_or_password_is_refused(tmp_path, user, password):
    with pytest.raises(KeyringError):
        Keyring.create(tmp_path, user, password, params=FAST)
    assert not Keyring.exists(tmp_path)


def test_wrong_password_and_unknown_user_look_the_same(made, derivations):
    keyring, _, _ = made
    with pytest.raises(BadCredentials) as wrong_password:
        keyring.unlock(USER, "not the password", now=T0)
    with pytest.raises(BadCredentials) as unknown_user:
        keyring.unlock("nobody", PASSWORD, now=T0)
    assert str(wrong_password.value) == str(unknown_user.value)
    # Same work either way: one derivation with the account's parameters.
    assert derivations == [FAST, FAST]


def test_user_names_ignore_case_composition_and_spaces(made):
    keyring, data_key, _ = made
    decomposed = unicodedata.normalize("NFD", USER)
    assert decomposed != USER
    for typed in (USER.upper(), USER.lower(), decomposed, decomposed.upper(), f"  {USER} "):
        assert keyring.unlock(typed, PASSWORD, now=T0) == data_key.journal
        assert keyring.has_account(typed)
    keyring.add_account("Äsem", "pw", "psychologist", data_key)  # Kazakh Latin alphabet
    assert keyring.has_account(unicodedata.normalize("NFD", "ÄSEM"))


def test_passwords_are_case_sensitive_but_composition_insensitive(made):
    keyring, data_key, _ = made
    decomposed = unicodedata.normalize("NFD", PASSWORD)
    assert decomposed != PASSWORD
    assert keyring.unlock(USER, decomposed, now=T0) == data_key.journal
    with pytest.raises(BadCredentials):
        keyring.unlock(USER, PASSWORD.upper(), now=T0)


# -- what the file contains -----------------------------------------------------------------


def test_file_holds_no_name_password_key_or_recovery_key(tmp_path, made):
    keyring, data_key, recovery = made
    keyring.add_account("Бекзат", "екінші құпия сөз", "psychologist", data_key)
    raw = Keyring.path(tmp_path).read_bytes()
    recovery_raw = parse_recovery_key(recovery)
    needles = []
    for text in (USER, USER.casefold(), "Бекзат", "бекзат", PASSWORD, "екінші құпия сөз"):
        needles += [text.encode("utf-8"), json.dumps(text).encode("ascii")]
        needles += [unicodedata.normalize("NFD", text).encode("utf-8")]
    needles += ["Бекз".encode("utf-8"), json.dumps("Бекз")[1:-1].encode("ascii")]
    for secret in (data_key.journal, data_key.notes, data_key.summaries, recovery_raw):
        needles += [
            secret,
            secret.hex().encode(),
            secret.hex().upper().encode(),
            base64.b64encode(secret),
            base64.b64encode(secret).rstrip(b"="),
            base64.urlsafe_b64encode(secret).rstrip(b"="),
        ]
    needles += [recovery.encode(), recovery.replace("-", "").encode(), recovery[:9].encode()]
    for needle in needles:
        assert needle not in raw, needle
    # And the layout is the documented one.
    data = read_file(tmp_path)
    assert data["format"] == 2
    assert set(data) == {"format", "pepper", "check", "key_checks", "accounts", "recovery",
                         "failures"}
    assert set(data["accounts"][1]["grants"]) == {"journal", "notes", "summaries"}
    assert len(data["accounts"]) == 2
    assert data["recovery"]["lookup"] == "recovery"
    assert data["failures"] == {"count": 0, "last": 0.0}


def test_wraps_record_the_params_they_were_made_with(tmp_path, made, derivations):
    keyring, data_key, _ = made
    data = read_file(tmp_path)
    for entry in (data["accounts"][0], data["recovery"]):
        assert entry["kdf"] == {"alg": "argon2id", "t": 1, "m": 1024, "p": 1,
                                "salt": entry["kdf"]["salt"]}
    # A keyring loaded with other params makes new wraps with those; old wraps still open
    # with their own.
    later = Keyring.load(tmp_path, params=OTHER)
    later.add_account("second", "pw-2", "psychologist", data_key)
    data = read_file(tmp_path)
    assert [(a["kdf"]["t"], a["kdf"]["m"]) for a in data["accounts"]] == [(1, 1024), (2, 2048)]
    derivations.clear()
    assert later.unlock(USER, PASSWORD, now=T0) == data_key.journal
    assert later.unlock("second", "pw-2", now=T0) == data_key.journal
    assert derivations == [FAST, OTHER]


def test_every_wrap_has_its_own_salt_and_nonce(tmp_path, made):
    keyring, data_key, _ = made
    keyring.add_account("second", PASSWORD, "psychologist", data_key)
    data = read_file(tmp_path)
    entries = data["accounts"] + [data["recovery"]]
    assert len({e["kdf"]["salt"] for e in entries}) == 3
    assert len({e["nonce"] for e in entries}) == 3
    assert len({e["wrapped"] for e in entries}) == 3


# -- back-off ---------------------------------------------------------------------------------


def fail(keyring, now):
    with pytest.raises(BadCredentials):
        keyring.unlock(USER, "wrong", now=now)


def test_three_failures_are_free_then_the_fourth_must_wait(made, derivations):
    keyring, data_key, _ = made
    fail(keyring, T0)
    fail(keyring, T0 + 0.1)
    fail(keyring, T0 + 0.2)
    derivations.clear()
    with pytest.raises(TooSoon) as too_soon:
        keyring.unlock(USER, PASSWORD, now=T0 + 0.5)  # even the right password
    assert too_soon.value.seconds == pytest.approx(0.7)
    assert derivations == []  # not even checked
    fail(keyring, T0 + 1.3)  # after the 1 s wait it is checked again
    with pytest.raises(TooSoon) as too_soon:
        keyring.unlock(USER, PASSWORD, now=T0 + 2.3)
    assert too_soon.value.seconds == pytest.approx(1.0)  # 4 failures: 2 s after the last
    assert keyring.unlock(USER, PASSWORD, now=T0 + 3.3) == data_key.journal


def test_wait_doubles_and_is_capped_at_five_minutes(made):
    keyring, _, _ = made
    now = T0
    for _ in range(15):
        fail(keyring, now)
        now += 1000
    assert keyring.seconds_to_wait(now - 1000) == 300.0
    for failures, wait in ((3, 1), (4, 2), (5, 4), (8, 32), (11, 256), (12, 300)):
        keyring._counter.write(failures, T0)
        assert keyring.seconds_to_wait(T0) == wait


def test_a_clock_set_backwards_waits_at_most_one_full_wait(made):
    keyring, _, _ = made
    for i in range(4):
        fail(keyring, T0 + 100 * i)
    assert keyring.seconds_to_wait(T0 - 86400) == 2.0


def test_failures_survive_a_restart(tmp_path, made):
    keyring, _, _ = made
    for i in range(3):
        fail(keyring, T0 + i)
    assert read_counter(tmp_path) == {"count": 3, "last": T0 + 2}
    with pytest.raises(TooSoon):
        Keyring.load(tmp_path, params=FAST).unlock(USER, PASSWORD, now=T0 + 2.5)


def test_success_resets_the_counter(tmp_path, made):
    keyring, data_key, _ = made
    fail(keyring, T0)
    fail(keyring, T0 + 1)
    assert keyring.unlock(USER, PASSWORD, now=T0 + 2) == data_key.journal
    assert read_counter(tmp_path)["count"] == 0
    fail(keyring, T0 + 3)
    fail(keyring, T0 + 4)
    fail(keyring, T0 + 5)  # three in a row allowed again
    with pytest.raises(TooSoon):
        keyring.unlock(USER, PASSWORD, now=T0 + 5.5)


def test_unknown_user_counts_as_a_failure(made):
    keyring, _, _ = made
    for i in range(3):
        with pytest.raises(BadCredentials):
            keyring.unlock(f"nobody{i}", PASSWORD, now=T0 + i)
    with pytest.raises(TooSoon):
        keyring.unlock(USER, PASSWORD, now=T0 + 2.5)


def test_too_soon_uses_the_clock_by_default(made, monkeypatch):
    keyring, _, _ = made
    monkeypatch.setattr(keyring_module.time, "time", lambda: T0)
    for _ in range(3):
        fail(keyring, None)
    with pytest.raises(TooSoon):
        keyring.unlock(USER, PASSWORD)


# -- passwords ----------------------------------------------------------------------------------


def test_change_password(tmp_path, made):
    keyring, data_key, _ = made
    keyring.change_password(USER, PASSWORD, "new secret")
    reloaded = Keyring.load(tmp_path, params=FAST)
    with pytest.raises(BadCredentials):
        reloaded.unlock(USER, PASSWORD, now=T0)
    assert reloaded.unlock(USER, "new secret", now=T0) == data_key.journal


def test_change_password_needs_the_old_one(tmp_path, made):
    keyring, data_key, _ = made
    before = read_file(tmp_path)["accounts"]
    with pytest.raises(BadCredentials):
        keyring.change_password(USER, "wrong", "new secret")
    assert read_file(tmp_path)["accounts"] == before
    assert read_counter(tmp_path)["count"] == 1
    assert keyring.unlock(USER, PASSWORD, now=T0) == data_key.journal


def test_changing_a_password_leaves_other_wraps_alone(tmp_path, made):
    keyring, data_key, recovery = made
    keyring.add_account("second", "pw-2", "psychologist", data_key)
    before = read_file(tmp_path)
    keyring.change_password("second", "pw-2", "pw-3")
    after = read_file(tmp_path)
    assert after["accounts"][0] == before["accounts"][0]
    assert after["recovery"] == before["recovery"]
    assert after["check"] == before["check"]
    assert after["accounts"][1] != before["accounts"][1]


def test_reset_password_with_the_data_key(tmp_path, made):
    keyring, data_key, _ = made
    keyring.add_account("colleague", "forgotten", "psychologist", data_key)
    keyring.reset_password("COLLEAGUE", "fresh", data_key)
    with pytest.raises(BadCredentials):
        keyring.unlock("colleague", "forgotten", now=T0)
    assert Keyring.load(tmp_path).unlock("colleague", "fresh", now=T0) == data_key.journal


def test_reset_password_refuses_a_wrong_data_key(tmp_path, made):
    keyring, data_key, _ = made
    before = Keyring.path(tmp_path).read_bytes()
    wrong = bytes(32 - 1) + b"\x01"
    journal = data_key.journal
    for key in (wrong, journal[:-1] + bytes([journal[-1] ^ 1])):
        granter = KeySet.of(journal=key, notes=data_key.notes, summaries=data_key.summaries)
        with pytest.raises(KeyringError):
            keyring.reset_password(USER, "taken over", granter)
    assert Keyring.path(tmp_path).read_bytes() == before
    assert keyring.unlock(USER, PASSWORD, now=T0) == data_key.journal


def test_reset_password_of_an_unknown_account_makes_a_wrap_that_opens_nothing(tmp_path, made):
    keyring, data_key, _ = made
    keyring.reset_password("nobody", "x", data_key)
    assert Keyring.load(tmp_path).open("nobody", "x", now=T0).names == frozenset()


# -- accounts ----------------------------------------------------------------------------------


def test_add_has_and_remove_accounts(tmp_path, made):
    keyring, data_key, _ = made
    assert not keyring.has_account("Бекзат")
    keyring.add_account("Бекзат", "pw-b", "psychologist", data_key)
    assert keyring.has_account("бекзат")
    assert keyring.unlock("БЕКЗАТ", "pw-b", now=T0) == data_key.journal
    with pytest.raises(KeyringError):
        keyring.add_account("бекзат", "other", "psychologist", data_key)  # same name, other case
    keyring.remove_account("Бекзат")
    assert not keyring.has_account("Бекзат")
    with pytest.raises(BadCredentials):
        Keyring.load(tmp_path).unlock("Бекзат", "pw-b", now=T0)
    with pytest.raises(UnknownAccount):
        keyring.remove_account("Бекзат")


def test_add_account_refuses_a_wrong_data_key(made):
    keyring, _, _ = made
    with pytest.raises(KeyringError):
        keyring.add_account("intruder", "pw", "counsellor", KeySet.of(journal=bytes(32)))
    assert not keyring.has_account("intruder")


def test_the_last_account_cannot_be_removed(made):
    keyring, data_key, _ = made
    with pytest.raises(KeyringError):
        keyring.remove_account(USER)
    assert keyring.unlock(USER, PASSWORD, now=T0) == data_key.journal


# -- recovery --------------------------------------------------------------------------------


def test_recovery_key_looks_like_groups_of_crockford_base32(made):
    _, _, recovery = made
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert set("".join(groups)) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert len(parse_recovery_key(recovery)) == 20  # 160 bits


def test_recover_with_a_casually_typed_recovery_key(tmp_path, made):
    keyring, data_key, recovery = made
    typed = " ".join(recovery.lower().split("-"))
    assert keyring.recover(typed, USER, "brand new").journal == data_key.journal
    with pytest.raises(BadCredentials):
        keyring.unlock(USER, PASSWORD, now=T0)
    assert Keyring.load(tmp_path).unlock(USER, "brand new", now=T0) == data_key.journal


def test_recovery_key_parsing_forgives_look_alikes(made):
    _, _, recovery = made
    raw = parse_recovery_key(recovery)
    sloppy = recovery.replace("1", "l").replace("0", "O").replace("-", "")
    assert parse_recovery_key(sloppy) == raw
    assert parse_recovery_key(recovery.replace("1", "I").replace("0", "o")) == raw
    cyrillic = recovery.translate(str.maketrans("ABEKMHPCTX", "АВЕКМНРСТХ"))
    assert parse_recovery_key(cyrillic) == raw


@pytest.mark.parametrize("text", ["", "ABCD", "U" * 32, "0" * 31, "0" * 33, "!" * 32])
def test_malformed_recovery_keys_are_rejected(text):
    with pytest.raises(ValueError):
        parse_recovery_key(text)


def test_wrong_recovery_key_is_bad_credentials(tmp_path, made):
    keyring, data_key, recovery = made
    before = Keyring.path(tmp_path).read_bytes()
    last = recovery[-1]
    other = recovery[:-1] + ("0" if last != "0" else "1")
    for wrong in (other, "not a key at all", ""):
        with pytest.raises(BadCredentials):
            keyring.recover(wrong, USER, "brand new")
    # A wrong key says nothing about whether the user exists.
    with pytest.raises(BadCredentials):
        keyring.recover(other, "nobody", "brand new")
    assert Keyring.path(tmp_path).read_bytes() == before
    assert keyring.unlock(USER, PASSWORD, now=T0) == data_key.journal


def test_recover_for_an_unknown_account(made):
    keyring, _, recovery = made
    with pytest.raises(UnknownAccount):
        keyring.recover(recovery, "nobody", "brand new")


def test_recover_clears_the_back_off(made):
    keyring, data_key, recovery = made
    for i in range(5):
        fail(keyring, T0 + 100 * i)
    keyring.recover(recovery, USER, "brand new")
    assert keyring.seconds_to_wait(T0 + 400) == 0
    assert keyring.unlock(USER, "brand new", now=T0 + 400) == data_key.journal


def test_replace_recovery_key(made):
    keyring, data_key, old = made
    new = keyring.replace_recovery_key(data_key)
    assert new != old
    with pytest.raises(BadCredentials):
        keyring.recover(old, USER, "x")
    assert keyring.recover(new, USER, "x").journal == data_key.journal
    with pytest.raises(KeyringError):
        keyring.replace_recovery_key(KeySet.of(journal=data_key.journal))  # a counsellor's


# -- damage ---------------------------------------------------------------------------------------


def _mutations():
    def set_(path, value):
        def apply(d):
            *parents, last = path
            for key in parents:
                d = d[key]
            d[last] = value

        return apply

    def delete(key):
        return lambda d: d.pop(key)

    return {
        "format 3": set_(["format"], 3),
        "format as text": set_(["format"], "1"),
        "no accounts": set_(["accounts"], []),
        "accounts not a list": set_(["accounts"], {"a": 1}),
        "account not an object": set_(["accounts", 0], "x"),
        "missing recovery": delete("recovery"),
        "missing check": delete("check"),
        "missing failures": delete("failures"),
        "pepper not base64": set_(["pepper"], "***"),
        "pepper too short": set_(["pepper"], base64.b64encode(b"x").decode()),
        "salt as number": set_(["accounts", 0, "kdf", "salt"], 12),
        "nonce too long": set_(["accounts", 0, "nonce"], base64.b64encode(bytes(13)).decode()),
        "wrapped truncated": set_(["accounts", 0, "wrapped"], base64.b64encode(bytes(8)).decode()),
        "other algorithm": set_(["accounts", 0, "kdf", "alg"], "scrypt"),
        "absurd memory": set_(["accounts", 0, "kdf", "m"], 2**40),
        "zero passes": set_(["accounts", 0, "kdf", "t"], 0),
        "float passes": set_(["accounts", 0, "kdf", "t"], 1.5),
        "lookup not hex": set_(["accounts", 0, "lookup"], "Әсем"),
        "recovery lookup": set_(["recovery", "lookup"], "0" * 64),
        "negative count": set_(["failures", "count"], -1),
        "count as text": set_(["failures", "count"], "3"),
        "last as text": set_(["failures", "last"], "yesterday"),
    }


@pytest.mark.parametrize("name", sorted(_mutations()))
def test_damaged_fields_raise_keyring_damaged(tmp_path, made, name):
    data = read_file(tmp_path)
    _mutations()[name](data)
    write_file(tmp_path, data)
    with pytest.raises(KeyringDamaged):
        Keyring.load(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b"null", b"42", b'"keys"', b"\xff\xfe\x00garbage", b"{}"],
    ids=["empty", "open brace", "list", "null", "number", "string", "binary", "empty object"],
)
def test_garbled_files_raise_keyring_damaged(tmp_path, made, content):
    Keyring.path(tmp_path).write_bytes(content)
    with pytest.raises(KeyringDamaged):
        Keyring.load(tmp_path)


def test_truncated_file_raises_keyring_damaged(tmp_path, made):
    path = Keyring.path(tmp_path)
    raw = path.read_bytes()
    for cut in (1, len(raw) // 3, len(raw) // 2, len(raw) - 5):
        path.write_bytes(raw[:cut])
        with pytest.raises(KeyringDamaged):
            Keyring.load(tmp_path)


@pytest.mark.parametrize("field", ["wrapped", "nonce", "salt", "lookup-swap"])
def test_tampered_wrap_is_bad_credentials(tmp_path, made, field):
    keyring, data_key, _ = made
    keyring.add_account("second", "pw-2", "psychologist", data_key)
    data = read_file(tmp_path)
    entry = data["accounts"][0]
    if field == "lookup-swap":  # the wrap is bound to its account by the AAD
        a, b = data["accounts"]
        a["lookup"], b["lookup"] = b["lookup"], a["lookup"]
    else:
        holder = entry["kdf"] if field == "salt" else entry
        raw = bytearray(base64.b64decode(holder[field]))
        raw[0] ^= 1
        holder[field] = base64.b64encode(bytes(raw)).decode()
    write_file(tmp_path, data)
    with pytest.raises(BadCredentials):
        Keyring.load(tmp_path, params=FAST).unlock(USER, PASSWORD, now=T0)


def test_tampered_check_value_is_damaged_not_a_wrong_key(tmp_path, made):
    data = read_file(tmp_path)
    data["check"] = base64.b64encode(bytes(32)).decode()
    write_file(tmp_path, data)
    with pytest.raises(KeyringDamaged):
        Keyring.load(tmp_path).unlock(USER, PASSWORD, now=T0)


# -- atomic writes ----------------------------------------------------------------------------


def test_writes_leave_no_temporary_files(tmp_path, made):
    keyring, data_key, recovery = made
    fail(keyring, T0)
    keyring.add_account("second", "pw", "psychologist", data_key)
    keyring.change_password("second", "pw", "pw2")
    keyring.reset_password("second", "pw3", data_key)
    keyring.recover(recovery, USER, "new")
    keyring.remove_account("second")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "keys.json", "keys.json.lock", "signin-failures.json"]


def test_a_failed_write_keeps_the_old_file_and_state(tmp_path, made, monkeypatch):
    keyring, data_key, _ = made
    before = Keyring.path(tmp_path).read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(keyring_module.os, "replace", broken_replace)
    with pytest.raises(OSError):
        keyring.change_password(USER, PASSWORD, "new")
    monkeypatch.undo()
    assert Keyring.path(tmp_path).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.json", "keys.json.lock"]
    assert keyring.unlock(USER, PASSWORD, now=T0) == data_key.journal  # memory unchanged too


def test_the_file_is_replaced_not_rewritten_in_place(tmp_path, made):
    keyring, data_key, _ = made
    before = os.stat(Keyring.path(tmp_path)).st_ino
    keyring.add_account("second", "pw", "psychologist", data_key)
    assert os.stat(Keyring.path(tmp_path)).st_ino != before


# -- kdf ---------------------------------------------------------------------------------------


def test_derive_key_is_deterministic_and_normalizes_text():
    salt = bytes(range(16))
    key = derive_key("Айгерім", salt, FAST)
    assert len(key) == 32
    decomposed = unicodedata.normalize("NFD", "Айгерім")
    assert decomposed != "Айгерім"
    assert derive_key(decomposed, salt, FAST) == key
    assert derive_key("Айгерім".encode("utf-8"), salt, FAST) == key
    assert derive_key("Айгерім", salt, OTHER) != key
    assert derive_key("Айгерім", bytes(16), FAST) != key
    assert derive_key("айгерім", salt, FAST) != key


def test_owasp_minimum_is_owasps():
    assert OWASP_MINIMUM == KdfParams(time_cost=2, memory_kib=19 * 1024, parallelism=1)


def test_invalid_params_are_refused():
    for args in ((0, 1024, 1), (1, 4, 1), (1, 1024, 0)):
        with pytest.raises(ValueError):
            KdfParams(*args)


@pytest.mark.parametrize("seconds_per_mib_pass", [1e-6, 1e-3, 0.02, 1.0])
def test_tune_never_goes_below_the_owasp_minimum(monkeypatch, seconds_per_mib_pass):
    """From an impossibly fast machine to an impossibly slow one; timing is simulated."""
    measured = []

    def fake_time(params):
        measured.append(params)
        return params.time_cost * params.memory_kib / 1024 * seconds_per_mib_pass

    monkeypatch.setattr(kdf_module, "_time_derivation", fake_time)
    params = tune(0.5)
    assert params.at_least(OWASP_MINIMUM)
    assert params.memory_kib <= kdf_module.MAX_TUNED_MEMORY_KIB
    assert len(measured) <= 4


def test_tune_reaches_the_target_on_a_simulated_machine(monkeypatch):
    # 1 ms per MiB per pass: 0.5 s is 500 MiB-passes, i.e. 250 MiB at t=2.
    monkeypatch.setattr(
        kdf_module, "_time_derivation", lambda p: p.time_cost * p.memory_kib / 1024 * 1e-3
    )
    params = tune(0.5)
    assert params.time_cost * params.memory_kib / 1024 * 1e-3 == pytest.approx(0.5, rel=0.25)
    # A fast machine raises memory to the cap, then passes.
    monkeypatch.setattr(
        kdf_module, "_time_derivation", lambda p: p.time_cost * p.memory_kib / 1024 * 1e-4
    )
    params = tune(0.5)
    assert params.memory_kib == kdf_module.MAX_TUNED_MEMORY_KIB
    assert params.time_cost > OWASP_MINIMUM.time_cost


def test_tune_respects_a_higher_floor(monkeypatch):
    monkeypatch.setattr(kdf_module, "_time_derivation", lambda p: 10.0)
    floor = KdfParams(3, 65536, 2)
    assert tune(0.5, floor) == floor


def test_default_params_fast_env_and_cached_tuning(monkeypatch):
    assert default_params() == FAST_PARAMS
    monkeypatch.delenv(FAST_ENV)
    calls = []
    monkeypatch.setattr(kdf_module, "tune", lambda: calls.append(1) or OTHER)
    kdf_module._tuned.cache_clear()
    try:
        assert default_params() == OTHER
        assert default_params() == OTHER
        assert calls == [1]  # measured once per process
    finally:
        kdf_module._tuned.cache_clear()


def test_keyring_without_params_uses_the_default(tmp_path, monkeypatch):
    monkeypatch.setattr(kdf_module, "FAST_PARAMS", OTHER)
    Keyring.create(tmp_path, USER, PASSWORD)
    kdf = read_file(tmp_path)["accounts"][0]["kdf"]
    assert (kdf["t"], kdf["m"], kdf["p"]) == (2, 2048, 1)


# -- keys per role ----------------------------------------------------------------------------


def test_each_role_holds_its_own_keys(tmp_path, made):
    keyring, keys, _ = made
    keyring.add_account("counsellor", "pw-c", "counsellor", keys)
    keyring.add_account("head", "pw-h", "head", keys)
    again = Keyring.load(tmp_path)
    assert again.open(USER, PASSWORD, now=T0).names == {"journal", "notes", "summaries"}
    counsellor = again.open("counsellor", "pw-c", now=T0)
    assert counsellor.notes is None and counsellor.journal == keys.journal
    assert counsellor.role == "counsellor"
    assert again.open("head", "pw-h", now=T0).notes is None


def test_a_counsellor_cannot_grant_the_notes_key_to_anyone(tmp_path, made):
    keyring, keys, _ = made
    keyring.add_account("counsellor", "pw-c", "counsellor", keys)
    counsellor = Keyring.load(tmp_path).open("counsellor", "pw-c", now=T0)
    before = Keyring.path(tmp_path).read_bytes()
    for attempt in (lambda: keyring.add_account("accomplice", "pw", "psychologist", counsellor),
                    lambda: keyring.set_role("counsellor", "psychologist", counsellor),
                    lambda: keyring.reset_password(USER, "taken over", counsellor)):
        with pytest.raises(NoKeyToGrant):
            attempt()
    assert Keyring.path(tmp_path).read_bytes() == before


def test_a_grant_copied_from_another_account_opens_nothing(tmp_path, made):
    """A counsellor who edits keys.json to give themselves the psychologist's notes grant."""
    keyring, keys, _ = made
    keyring.add_account("counsellor", "pw-c", "counsellor", keys)
    data = read_file(tmp_path)
    psychologist, counsellor = data["accounts"]
    counsellor["grants"]["notes"] = psychologist["grants"]["notes"]
    write_file(tmp_path, data)
    with pytest.raises(KeyringDamaged):
        Keyring.load(tmp_path).open("counsellor", "pw-c", now=T0)


def test_a_grant_renamed_opens_nothing(tmp_path, made):
    keyring, keys, _ = made
    keyring.add_account("counsellor", "pw-c", "counsellor", keys)
    data = read_file(tmp_path)
    grants = data["accounts"][1]["grants"]
    grants["notes"] = grants["journal"]
    write_file(tmp_path, data)
    with pytest.raises(KeyringDamaged):
        Keyring.load(tmp_path).open("counsellor", "pw-c", now=T0)


def test_changing_a_password_keeps_the_keys_and_revoking_takes_them(tmp_path, made):
    keyring, keys, _ = made
    keyring.add_account("counsellor", "pw-c", "counsellor", keys)
    keyring.change_password("counsellor", "pw-c", "pw-c2")
    assert Keyring.load(tmp_path).open("counsellor", "pw-c2", now=T0).role == "counsellor"
    keyring.revoke("counsellor")
    assert Keyring.load(tmp_path).open("counsellor", "pw-c2", now=T0).names == frozenset()
    with pytest.raises(BadCredentials):  # a right password, but no journal key
        Keyring.load(tmp_path).unlock("counsellor", "pw-c2", now=T0)
    keyring.set_role("counsellor", "psychologist", keys)
    assert Keyring.load(tmp_path).open("counsellor", "pw-c2", now=T0).role == "psychologist"


def _format_1(tmp_path, journal_key: bytes, accounts: dict[str, str]) -> None:
    """A keyring as earlier versions wrote it: the journal key wrapped per password."""
    from desktop.security.keyring import (RECOVERY_LOOKUP, _lookup, _serialize_wrap, _wrap)

    pepper = os.urandom(16)
    wraps = [_serialize_wrap(_wrap(_lookup(pepper, u), p, journal_key, FAST))
             for u, p in accounts.items()]
    data = {"format": 1, "pepper": base64.b64encode(pepper).decode(),
            "check": base64.b64encode(check_value(journal_key)).decode(),
            "accounts": wraps,
            "recovery": _serialize_wrap(_wrap(RECOVERY_LOOKUP, os.urandom(20), journal_key, FAST)),
            "failures": {"count": 0, "last": 0.0}}
    write_file(tmp_path, data)


def test_a_format_1_keyring_upgrades_as_its_accounts_sign_in(tmp_path):
    journal = os.urandom(32)
    _format_1(tmp_path, journal, {"psy": "pw-p", "cou": "pw-c"})
    keyring = Keyring.load(tmp_path, params=FAST)
    old = keyring.open("cou", "pw-c", now=T0)
    assert old.legacy and old.journal == journal
    # A counsellor first: the journal key only; no role keys are made by them.
    cou, recovery = keyring.upgrade_legacy("cou", "pw-c", old, "counsellor")
    assert recovery is None and cou.names == {"journal"} and not keyring.has_role_keys
    # The psychologist: the role keys are made, with a new recovery key holding them all.
    psy, recovery = keyring.upgrade_legacy("psy", "pw-p", keyring.open("psy", "pw-p", now=T0),
                                           "psychologist")
    assert psy.role == "psychologist" and psy.journal == journal and recovery
    again = Keyring.load(tmp_path)
    assert again.open("psy", "pw-p", now=T0).names == {"journal", "notes", "summaries"}
    assert again.open_recovery(recovery).names == {"journal", "notes", "summaries"}
    assert again.open("cou", "pw-c", now=T0).names == {"journal"}
    again.set_role("cou", "counsellor", psy)
    assert Keyring.load(tmp_path).open("cou", "pw-c", now=T0).role == "counsellor"
