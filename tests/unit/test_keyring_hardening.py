"""Issue 14's findings on the keyring: the back-off counter atomic under a lock and out of
keys.json's reach, Argon2 costs bounded when read and tuned from several measurements with
a floor, and an unknown name costing what the slowest account costs."""

import json
import multiprocessing
import threading

import pytest

from desktop.security import kdf as kdf_module
from desktop.security import keyring as keyring_module
from desktop.security import BadCredentials, KdfParams, Keyring, KeyringDamaged, TooSoon
from desktop.security.kdf import FAST_ENV, TUNED_FLOOR, tune

FAST = KdfParams(1, 1024, 1)
SLOW = KdfParams(3, 4096, 1)
USER, PASSWORD = "aigerim", "Қазақстан-2024"
T0 = 1_700_000_000.0


@pytest.fixture(autouse=True)
def _no_tuning(monkeypatch):
    monkeypatch.setenv(FAST_ENV, "1")


@pytest.fixture
def made(tmp_path):
    keyring, data_key, recovery = Keyring.create(tmp_path, USER, PASSWORD, params=FAST)
    return keyring, data_key, recovery


def counter(folder) -> int:
    return json.loads((folder / keyring_module.COUNTER_FILE).read_text("utf-8"))["count"]


# --- the back-off counter ---------------------------------------------------------------------


def _hammer(folder: str, attempts: int) -> None:
    keyring = Keyring.load(folder, params=FAST)  # each its own instance and file handles
    for _ in range(attempts):
        with pytest.raises(BadCredentials):
            keyring.unlock(USER, "wrong")


def test_parallel_threads_lose_no_failure(made, tmp_path, monkeypatch):
    monkeypatch.setattr(keyring_module, "FREE_ATTEMPTS", 10**6)  # count, never wait
    threads = [threading.Thread(target=_hammer, args=(str(tmp_path), 15)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counter(tmp_path) == 90


@pytest.mark.skipif(multiprocessing.get_start_method(allow_none=False) != "fork"
                    and "fork" not in multiprocessing.get_all_start_methods(),
                    reason="needs fork (the patched limit goes with the process)")
def test_parallel_processes_lose_no_failure(made, tmp_path, monkeypatch):
    monkeypatch.setattr(keyring_module, "FREE_ATTEMPTS", 10**6)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_hammer, args=(str(tmp_path), 12)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert counter(tmp_path) == 48


def test_parallel_attempts_still_meet_the_back_off(made, tmp_path):
    """Many at once: only the free ones are checked; the rest wait, none slips through."""
    results = []

    def attempt():
        try:
            Keyring.load(tmp_path, params=FAST).unlock(USER, "wrong", now=T0)
        except (BadCredentials, TooSoon) as exc:
            results.append(type(exc))

    threads = [threading.Thread(target=attempt) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(BadCredentials) == keyring_module.FREE_ATTEMPTS
    assert results.count(TooSoon) == 10 - keyring_module.FREE_ATTEMPTS
    assert counter(tmp_path) == keyring_module.FREE_ATTEMPTS


def test_an_old_or_edited_keys_json_does_not_reset_the_counter(made, tmp_path):
    keyring, _, _ = made
    before = Keyring.path(tmp_path).read_bytes()  # e.g. the copy in last week's backup
    for i in range(5):
        with pytest.raises(BadCredentials):
            keyring.unlock(USER, "wrong", now=T0 + 100 * i)
    Keyring.path(tmp_path).write_bytes(before)
    data = json.loads(before)
    assert data["failures"]["count"] == 0
    with pytest.raises(TooSoon):
        Keyring.load(tmp_path, params=FAST).unlock(USER, PASSWORD, now=T0 + 401)


def test_a_count_kept_in_keys_json_by_an_earlier_version_still_counts(made, tmp_path):
    data = json.loads(Keyring.path(tmp_path).read_text("utf-8"))
    data["failures"] = {"count": 6, "last": T0}
    Keyring.path(tmp_path).write_text(json.dumps(data), "utf-8")
    keyring = Keyring.load(tmp_path, params=FAST)
    assert keyring.seconds_to_wait(T0) == 8.0
    keyring.unlock(USER, PASSWORD, now=T0 + 8)  # a success resets both
    assert json.loads(Keyring.path(tmp_path).read_text("utf-8"))["failures"]["count"] == 0
    assert counter(tmp_path) == 0


def test_an_unreadable_counter_means_a_wait_not_a_fresh_start(made, tmp_path):
    keyring, _, _ = made
    (tmp_path / keyring_module.COUNTER_FILE).write_text("{count: 0", "utf-8")
    mtime = (tmp_path / keyring_module.COUNTER_FILE).stat().st_mtime
    assert keyring.seconds_to_wait(mtime) == 1.0


# --- Argon2 costs -----------------------------------------------------------------------------


@pytest.mark.parametrize("field, value", [("m", 4 * 1024 * 1024), ("t", 10**6), ("p", 64),
                                          ("m", 256 * 1024 + 1024)])
def test_a_keyring_asking_for_absurd_costs_is_refused_not_obeyed(made, tmp_path, monkeypatch,
                                                                  field, value):
    derived = []
    monkeypatch.setattr(keyring_module, "derive_key", lambda *a: derived.append(a))
    data = json.loads(Keyring.path(tmp_path).read_text("utf-8"))
    data["accounts"][0]["kdf"][field] = value
    Keyring.path(tmp_path).write_text(json.dumps(data), "utf-8")
    with pytest.raises(KeyringDamaged, match="tampered"):
        Keyring.load(tmp_path)
    assert derived == []


def test_what_tuning_sets_is_always_accepted():
    top = KdfParams(kdf_module.MAX_TUNED_TIME_COST, kdf_module.MAX_TUNED_MEMORY_KIB, 1)
    kdf_module.check_stored(top)
    kdf_module.check_stored(TUNED_FLOOR)


def test_tune_takes_the_median_of_several_measurements(monkeypatch):
    # One measurement in three falls on a busy moment (4x slower): the median ignores it.
    times = iter([0.1, 0.4, 0.1] * 3)
    calls = []

    def fake(params):
        calls.append(params)
        return next(times)

    monkeypatch.setattr(kdf_module, "_time_derivation", fake)
    params = tune(0.5)
    assert len(calls) == kdf_module.TUNING_RUNS
    assert params == KdfParams(15, 64 * 1024, 1)  # 0.1 s for 3 passes: 15 passes for 0.5 s


@pytest.mark.parametrize("seconds", [10.0, 0.5, 0.001])
def test_tune_never_goes_below_three_passes_at_64_mib(monkeypatch, seconds):
    monkeypatch.setattr(kdf_module, "_time_derivation", lambda p: seconds)
    params = tune(0.5)
    assert params.at_least(TUNED_FLOOR)
    assert params.time_cost <= kdf_module.MAX_TUNED_TIME_COST


# --- an unknown name ---------------------------------------------------------------------------


def test_an_unknown_name_costs_what_the_slowest_account_costs(made, monkeypatch):
    keyring, data_key, _ = made
    keyring._params = SLOW
    keyring.add_account("second", "pw-2", "counsellor", data_key)  # a newer, costlier wrap
    keyring._params = FAST
    keyring.add_account("third", "pw-3", "counsellor", data_key)
    used = []
    real = keyring_module.derive_key
    monkeypatch.setattr(keyring_module, "derive_key",
                        lambda secret, salt, params: used.append(params) or real(secret, salt,
                                                                                  params))
    with pytest.raises(BadCredentials):
        keyring.unlock("nobody", "pw", now=T0)
    assert used == [SLOW]
