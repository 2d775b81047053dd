"""Turning a password into a key: Argon2id, with parameters measured on this machine.

Argon2id is slow and memory-hungry on purpose, so that someone who copies keys.json cannot
try millions of passwords a second. How slow is a trade-off: we aim for about half a
second per derivation here (once per sign-in), and never go below TUNED_FLOOR (64 MiB,
three passes; OWASP's minimum is m=19 MiB, t=2) even on a slow school computer, where that
floor may take a second. The time is the median of several measurements, not one.

Parameters read from keys.json are bounded (check_stored): more than a little above what
tuning ever sets means the file is damaged or tampered with, and it is refused.

The parameters are recorded with each wrapped key (see keyring.py), so a wrap made on
another machine, or before a later re-tuning, still opens.

Tests must not pay half a second per derivation. Two ways to avoid it:

- pass explicit small parameters (e.g. ``KdfParams(1, 1024, 1)``) to ``Keyring``;
- set the environment variable ``SENIM_KDF_FAST=1``: ``default_params()`` then returns
  ``FAST_PARAMS`` instead of tuning. Never set it outside tests: it makes passwords cheap
  to guess.
"""

import functools
import os
import statistics
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
FAST_ENV = "SENIM_KDF_FAST"
# 64 MiB: more would push the app's peak memory past its 300 MB goal on a school laptop
# (the derivation's memory is in use while the rest of the app is loaded); beyond this
# cap, tuning adds passes instead.
MAX_TUNED_MEMORY_KIB = 64 * 1024
MAX_TUNED_TIME_COST = 16
TUNING_RUNS = 3  # measurements per tuning; their median counts
# What a stored wrap may ask for (keyring.py refuses more as damaged or tampered): room for a
# later version to raise the tuning (4x the memory, 2x the passes, 2x the work), but no more.
# At most about 32 x 64 MiB-passes: some seconds on a school laptop, never minutes.
MAX_STORED_MEMORY_KIB = 4 * MAX_TUNED_MEMORY_KIB
MAX_STORED_TIME_COST = 2 * MAX_TUNED_TIME_COST
MAX_STORED_PARALLELISM = 8
MAX_STORED_WORK = 2 * MAX_TUNED_MEMORY_KIB * MAX_TUNED_TIME_COST


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters: passes over memory, memory in KiB, lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def __post_init__(self) -> None:
        if self.time_cost < 1 or self.parallelism < 1 or self.memory_kib < 8 * self.parallelism:
            raise ValueError(f"invalid Argon2id parameters: {self}")

    def at_least(self, floor: "KdfParams") -> bool:
        """True when every cost is at least the floor's."""
        return (
            self.time_cost >= floor.time_cost
            and self.memory_kib >= floor.memory_kib
            and self.parallelism >= floor.parallelism
        )


OWASP_MINIMUM = KdfParams(time_cost=2, memory_kib=19456, parallelism=1)
# The least tune() sets (issue 14): 64 MiB and three passes, whatever the measurement says.
TUNED_FLOOR = KdfParams(time_cost=3, memory_kib=MAX_TUNED_MEMORY_KIB, parallelism=1)
FAST_PARAMS = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # tests only


def derive_key(secret: str | bytes, salt: bytes, params: KdfParams) -> bytes:
    """32 raw bytes from the secret. Text is NFC-normalized first: "Ә" can be typed as one
    code point or as "А" plus a combining mark depending on the keyboard layout, and the
    same password must give the same key either way."""
    if isinstance(secret, str):
        secret = unicodedata.normalize("NFC", secret).encode("utf-8")
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _time_derivation(params: KdfParams) -> float:
    """Seconds one derivation takes here. Tests replace this to make tune() instant."""
    start = time.perf_counter()
    derive_key(b"senim-tuning", b"senim-tuning-salt", params)
    return time.perf_counter() - start


def measure(params: KdfParams, runs: int = TUNING_RUNS) -> float:
    """The median of `runs` derivations: one alone may fall on a moment when the antivirus
    or an update was busy (105 ms to 450 ms were seen for the same parameters)."""
    return statistics.median(_time_derivation(params) for _ in range(runs))


def tune(target_seconds: float = 0.5, floor: KdfParams = TUNED_FLOOR) -> KdfParams:
    """Parameters that take about target_seconds here, never below floor.

    The floor already has the memory we allow (64 MiB: see MAX_TUNED_MEMORY_KIB) and three
    passes; a faster machine gets more passes, up to MAX_TUNED_TIME_COST. Argon2's cost is
    proportional to passes at a fixed memory, so one measurement of the floor (the median
    of TUNING_RUNS derivations) is enough to scale it; about a second of tuning in all.
    A floor with less memory (an explicit one) is first raised in memory, as before.
    """
    params = floor
    if floor.memory_kib < MAX_TUNED_MEMORY_KIB:
        elapsed = max(measure(params), 1e-4)
        params = _params_for_work(params.memory_kib * params.time_cost
                                  * target_seconds / elapsed, floor)
        if params.memory_kib < MAX_TUNED_MEMORY_KIB:
            return params
    elapsed = max(measure(params), 1e-4)
    per_pass = elapsed / params.time_cost
    passes = min(MAX_TUNED_TIME_COST, max(floor.time_cost, round(target_seconds / per_pass)))
    return KdfParams(passes, params.memory_kib, params.parallelism)


def _params_for_work(work: float, floor: KdfParams) -> KdfParams:
    """The cheapest-in-passes parameters doing about `work` KiB-passes, at least floor."""
    cap = max(MAX_TUNED_MEMORY_KIB, floor.memory_kib)
    memory = int(work / floor.time_cost) // 1024 * 1024  # whole MiB
    memory = min(cap, max(floor.memory_kib, memory))
    return KdfParams(floor.time_cost, memory, floor.parallelism)


def check_stored(params: KdfParams) -> None:
    """ValueError when parameters read from a file ask for more than Senim ever sets
    (tuning stays within MAX_TUNED_*): a tampered keys.json must not make the app allocate
    gigabytes or spin for minutes before the password is even checked."""
    if (params.memory_kib > MAX_STORED_MEMORY_KIB or params.time_cost > MAX_STORED_TIME_COST
            or params.parallelism > MAX_STORED_PARALLELISM
            or params.memory_kib * params.time_cost > MAX_STORED_WORK):
        raise ValueError(f"Argon2id parameters beyond what Senim sets: {params}")


def default_params() -> KdfParams:
    """FAST_PARAMS when SENIM_KDF_FAST=1 (tests), else tune() measured once per process."""
    if os.environ.get(FAST_ENV) == "1":
        return FAST_PARAMS
    return _tuned()


@functools.cache
def _tuned() -> KdfParams:
    return tune()
