"""Turning a password into a key: Argon2id, with parameters measured on this machine.

Argon2id is slow and memory-hungry on purpose, so that someone who copies keys.json cannot
try millions of passwords a second. How slow is a trade-off: we aim for about half a
second per derivation here (once per sign-in), and never go below OWASP's minimum
(m=19 MiB, t=2, p=1) even on a slow school computer.

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


def tune(target_seconds: float = 0.5, floor: KdfParams = OWASP_MINIMUM) -> KdfParams:
    """Parameters that take about target_seconds here, never below floor.

    Memory is raised first (it is what makes guessing on graphics cards expensive), up to
    MAX_TUNED_MEMORY_KIB; only then the number of passes. The cost of Argon2 is roughly
    proportional to memory x passes, so each measurement rescales the work; at most four
    derivations are made, which keeps tuning itself to a couple of seconds.
    """
    params = floor
    for _ in range(4):
        elapsed = max(_time_derivation(params), 1e-4)
        ratio = target_seconds / elapsed
        if 0.8 <= ratio <= 1.25:
            break
        proposed = _params_for_work(params.memory_kib * params.time_cost * ratio, floor)
        if proposed == params:
            break
        params = proposed
    return params


def _params_for_work(work: float, floor: KdfParams) -> KdfParams:
    """The cheapest-in-passes parameters doing about `work` KiB-passes, at least floor."""
    cap = max(MAX_TUNED_MEMORY_KIB, floor.memory_kib)
    memory = int(work / floor.time_cost) // 1024 * 1024  # whole MiB
    memory = min(cap, max(floor.memory_kib, memory))
    time_cost = floor.time_cost
    if memory == cap:
        time_cost = min(MAX_TUNED_TIME_COST, max(floor.time_cost, round(work / memory)))
    return KdfParams(time_cost, memory, floor.parallelism)


def default_params() -> KdfParams:
    """FAST_PARAMS when SENIM_KDF_FAST=1 (tests), else tune() measured once per process."""
    if os.environ.get(FAST_ENV) == "1":
        return FAST_PARAMS
    return _tuned()


@functools.cache
def _tuned() -> KdfParams:
    return tune()
