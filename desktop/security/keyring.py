"""keys.json: the database's data key, wrapped once per account and once for the recovery key.

The database is encrypted with a random 256-bit data key that never changes. Each account
stores that key encrypted (AES-256-GCM) with a key derived from its password (Argon2id,
see kdf.py); the recovery key shown once on first run is one more such wrap. Changing or
resetting a password therefore only rewrites one small wrap: the database is never
re-encrypted, so a power cut during a password change cannot damage the records.

What the file holds, and why it is safe to copy: salts, nonces, the wraps, a check value
(an HMAC of the data key, to recognise the right key without a password), the back-off
counter of
earlier versions (now in signin-failures.json, see _FailureCounter), and for each account a "lookup" - SHA-256 of a random per-file pepper and the
user name - instead of the name. Nothing readable and nothing secret is in the clear.
The lookup only hides names from a casual reader: someone holding the file can still
confirm a guessed name, which is why login errors never depend on whether it exists.

The list of user names to show (account management) has to live in the database itself.

Format 1:
    {"format": 1, "pepper": b64, "check": b64,
     "accounts": [{"lookup": hex, "kdf": {"alg": "argon2id", "t", "m", "p", "salt": b64},
                   "nonce": b64, "wrapped": b64}, ...],
     "recovery": {"lookup": "recovery", ...same...},
     "failures": {"count": int, "last": epoch seconds}}

Writes are atomic (temporary file in the same folder, fsync, os.replace), so the file is
always either the old version or the new one.
"""

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..config import KEYRING_FILE
from ..file_modes import private_dir, private_file
from .kdf import KEY_BYTES, KdfParams, check_stored, default_params, derive_key

FILE_NAME = KEYRING_FILE
FORMAT = 1
RECOVERY_LOOKUP = "recovery"
SALT_BYTES = 16
NONCE_BYTES = 12
PEPPER_BYTES = 16
WRAPPED_BYTES = KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
CHECK_LABEL = b"senim-key-check"

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300.0

# The back-off counter's own file and the lock that makes each attempt one step (see
# _FailureCounter). Both stay in the data folder: backups and restores never carry them.
COUNTER_FILE = "signin-failures.json"
LOCK_FILE = "keys.json.lock"

# Recovery key: 160 random bits as 32 Crockford base32 characters in 8 groups of 4.
RECOVERY_BYTES = 20
RECOVERY_CHARS = 32
RECOVERY_GROUP = 4
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Forgiving input: I and L read as 1, O as 0, and the Cyrillic capitals that look like
# Latin ones (the key may be typed with the Kazakh or Russian layout switched on).
_READ_AS = str.maketrans(
    {"I": "1", "L": "1", "O": "0", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
     "Н": "H", "О": "0", "Р": "P", "С": "C", "Т": "T", "Х": "X"}
)


class KeyringError(Exception):
    """Something about keys.json or an account went wrong."""


class BadCredentials(KeyringError):
    """Wrong user name or wrong password (or recovery key); deliberately not saying which."""

    def __init__(self) -> None:
        super().__init__("wrong user name or password")


class TooSoon(KeyringError):
    """Too many failed attempts: try again in `seconds`. The attempt was not checked."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"too many failed attempts; try again in {seconds:.0f} s")
        self.seconds = seconds


class KeyringDamaged(KeyringError):
    """keys.json cannot be read: not JSON, unknown format, or values out of shape (among them
    Argon2 costs beyond what Senim ever sets: a damaged or tampered file, not obeyed)."""


class _Tampered(ValueError):
    """A value in keys.json that Senim never writes (caught in load)."""


class UnknownAccount(KeyringError):
    """No such account (account management only; sign-in never says this)."""


@dataclass(frozen=True)
class _Wrap:
    lookup: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class _State:
    pepper: bytes
    check: bytes
    accounts: tuple[_Wrap, ...]
    recovery: _Wrap
    failures: int = 0
    last_failure: float = 0.0
    # The audit trail's head (last seq, its hash) when last anchored: outside the database,
    # so removing or rewriting the trail's end there shows (desktop/services/audit.py).
    audit_head: tuple[int, str] | None = None


class Keyring:
    """keys.json in memory. Use create() or load(); every change is written at once.

    `params` are the Argon2id parameters for new wraps; None means kdf.default_params()
    (measured once per process, or the fast test parameters under SENIM_KDF_FAST=1).
    Existing wraps always open with the parameters recorded in them.
    """

    def __init__(self, path: Path, state: _State, params: KdfParams | None = None) -> None:
        self._path = path
        self._state = state
        self._params = params
        self._counter = _FailureCounter(path.parent)

    # -- the file --------------------------------------------------------------------------

    @staticmethod
    def path(data_dir: Path) -> Path:
        return Path(data_dir) / FILE_NAME

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return Keyring.path(data_dir).exists()

    @classmethod
    def create(
        cls, data_dir: Path, user: str, password: str, params: KdfParams | None = None
    ) -> tuple["Keyring", bytes, str]:
        """A new keyring for a new database: returns it, the new data key, and the recovery
        key to show the user once (it is not kept anywhere)."""
        path = cls.path(data_dir)
        if path.exists():
            raise KeyringError(f"{FILE_NAME} already exists")
        _check_new_credentials(user, password)
        data_key = secrets.token_bytes(KEY_BYTES)
        recovery_raw = secrets.token_bytes(RECOVERY_BYTES)
        params = params or default_params()
        pepper = secrets.token_bytes(PEPPER_BYTES)
        state = _State(
            pepper=pepper,
            check=_check_value(data_key),
            accounts=(_wrap(_lookup(pepper, user), password, data_key, params),),
            recovery=_wrap(RECOVERY_LOOKUP, recovery_raw, data_key, params),
        )
        private_dir(data_dir)
        keyring = cls(path, state, params)
        keyring._commit(state)
        return keyring, data_key, format_recovery_key(recovery_raw)

    @classmethod
    def load(cls, data_dir: Path, params: KdfParams | None = None) -> "Keyring":
        """FileNotFoundError if there is no keys.json, KeyringDamaged if it is unreadable."""
        path = cls.path(data_dir)
        raw = path.read_bytes()
        private_file(path)  # one written by an earlier version was 0644
        return cls._from_bytes(path, raw, params)

    @classmethod
    def load_copy(cls, path: Path, counter_dir: Path) -> "Keyring":
        """A copy of a keyring kept beside a backup (read only: nothing is written to it, and
        its folder may be a read-only stick), to sign in against before restoring it; failed
        attempts count in `counter_dir`'s back-off counter (the data folder restored into).
        FileNotFoundError if there is no such file, KeyringDamaged if it is unreadable."""
        keyring = cls._from_bytes(Path(path), Path(path).read_bytes(), None)
        keyring._counter = _FailureCounter(Path(counter_dir))
        # An earlier version's count kept in the copy itself is not reset there (never written).
        keyring._state = replace(keyring._state, failures=0, last_failure=0.0)
        return keyring

    @classmethod
    def _from_bytes(cls, path: Path, raw: bytes, params: KdfParams | None) -> "Keyring":
        try:
            state = _parse(json.loads(raw.decode("utf-8")))
        except _Tampered as exc:
            raise KeyringDamaged(f"{FILE_NAME} is damaged or was tampered with: it asks for "
                                 f"more work to check a password than Senim ever sets") from exc
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            # JSONDecodeError and UnicodeDecodeError are ValueErrors too.
            raise KeyringDamaged(f"{FILE_NAME} is damaged") from exc
        return cls(path, state, params)

    # -- signing in ------------------------------------------------------------------------

    def unlock(self, user: str, password: str, now: float | None = None) -> bytes:
        """The data key, or BadCredentials whether the name or the password is wrong.

        After FREE_ATTEMPTS failures in a row each further attempt must wait 2**(n-3)
        seconds (at most 5 minutes) after the last failure; earlier ones raise TooSoon
        without being checked. The counter is kept in a file of its own (see
        _FailureCounter), so restarting the app does not reset it; a success does. The
        whole attempt (look at the counter, derive, count) holds the counter's lock: attempts
        from several windows or commands at once are taken one by one, and none is lost.
        """
        with self._counter.locked():
            now = time.time() if now is None else now
            failures, last = self._failures()
            wait = _wait(failures, last, now)
            if wait > 0:
                raise TooSoon(wait)
            data_key = self._try_unwrap(user, password)
            if data_key is None:
                self._counter.write(failures + 1, now)
                raise BadCredentials()
            if failures:
                self._reset_failures()
            return data_key

    def seconds_to_wait(self, now: float | None = None) -> float:
        """How long the next sign-in attempt must wait (0 if it may go ahead now)."""
        now = time.time() if now is None else now
        return _wait(*self._failures(), now)

    def _failures(self) -> tuple[int, float]:
        """The failures in a row and the last one's time: the larger of the counter file's
        and keys.json's (the counter of earlier versions), so neither an edited keys.json
        nor one copied from a backup lowers it."""
        count, last = self._counter.read()
        return max(count, self._state.failures), max(last, self._state.last_failure)

    def _reset_failures(self) -> None:
        self._counter.write(0, 0.0)
        if self._state.failures:  # once: the count an earlier version kept in keys.json
            self._commit(replace(self._state, failures=0, last_failure=0.0))

    def _try_unwrap(self, user: str, password: str) -> bytes | None:
        lookup = _lookup(self._state.pepper, user)
        entry = self._find(lookup)
        if entry is None:
            # The same work as the slowest account's attempt, so the time taken does not
            # tell an unknown name from a known one.
            derive_key(password, secrets.token_bytes(SALT_BYTES), self._slowest_params())
            return None
        return self._unwrap(entry, password)

    def _slowest_params(self) -> KdfParams:
        if not self._state.accounts:
            return self._new_params()
        return max((a.params for a in self._state.accounts),
                   key=lambda p: (p.memory_kib * p.time_cost, -p.parallelism))

    # -- account management ---------------------------------------------------------------

    def has_account(self, user: str) -> bool:
        return self._find(_lookup(self._state.pepper, user)) is not None

    def add_account(self, user: str, password: str, data_key: bytes) -> None:
        self._require_data_key(data_key)
        _check_new_credentials(user, password)
        lookup = _lookup(self._state.pepper, user)
        if self._find(lookup) is not None:
            raise KeyringError("an account with this user name already exists")
        entry = _wrap(lookup, password, data_key, self._new_params())
        self._commit(replace(self._state, accounts=self._state.accounts + (entry,)))

    def remove_account(self, user: str) -> None:
        """Refuses to remove the last account: the recovery key can only reset the password
        of an existing account, so nobody could ever sign in again."""
        lookup = self._existing(user).lookup
        if len(self._state.accounts) == 1:
            raise KeyringError("cannot remove the last account")
        accounts = tuple(a for a in self._state.accounts if a.lookup != lookup)
        self._commit(replace(self._state, accounts=accounts))

    def change_password(self, user: str, old_password: str, new_password: str) -> None:
        """One's own password: the old one must be right (it counts as a sign-in attempt)."""
        _check_new_credentials(user, new_password)
        data_key = self.unlock(user, old_password)
        self._rewrap(user, new_password, data_key)

    def reset_password(self, user: str, new_password: str, data_key: bytes,
                       reset_failures: bool = False) -> None:
        """Another account's password, by someone signed in (who holds the data key); with
        reset_failures (a recovery) the sign-in back-off starts again."""
        self._require_data_key(data_key)
        _check_new_credentials(user, new_password)
        self._rewrap(user, new_password, data_key, reset_failures=reset_failures)

    def recover(self, recovery_key: str, user: str, new_password: str) -> bytes:
        """Set a new password with the recovery key; returns the data key.

        No back-off here: a recovery key has 160 random bits, so guessing is hopeless, and
        someone who forgot their password may already be waiting out the sign-in back-off.
        The key is checked before the user name, so a wrong key says nothing about names.
        """
        _check_new_credentials(user, new_password)
        data_key = self.open_recovery(recovery_key)
        self._rewrap(user, new_password, data_key, reset_failures=True)
        return data_key

    def open_recovery(self, recovery_key: str) -> bytes:
        """The data key the recovery key unwraps, or BadCredentials; nothing is changed
        (desktop/vault.recover opens the journal with it to record the recovery first)."""
        try:
            raw = parse_recovery_key(recovery_key)
        except ValueError:
            raise BadCredentials() from None
        data_key = self._unwrap(self._state.recovery, raw)
        if data_key is None:
            raise BadCredentials()
        return data_key

    def replace_recovery_key(self, data_key: bytes) -> str:
        """A new recovery key (the old one stops working), for when the printed one is lost
        or seen by someone else. Returns it to show once."""
        self._require_data_key(data_key)
        raw = secrets.token_bytes(RECOVERY_BYTES)
        entry = _wrap(RECOVERY_LOOKUP, raw, data_key, self._new_params())
        self._commit(replace(self._state, recovery=entry))
        return format_recovery_key(raw)

    # -- the audit trail's anchor -----------------------------------------------------------

    @property
    def audit_head(self) -> tuple[int, str] | None:
        return self._state.audit_head

    def set_audit_head(self, seq: int, digest: str) -> None:
        """Written atomically like every change; not a secret (the hash of the last entry)."""
        if self._state.audit_head == (seq, digest):
            return
        self._commit(replace(self._state, audit_head=(int(seq), str(digest))))

    # -- internals -------------------------------------------------------------------------

    def _new_params(self) -> KdfParams:
        return self._params or default_params()

    def _find(self, lookup: str) -> _Wrap | None:
        found = None
        for entry in self._state.accounts:
            if hmac.compare_digest(entry.lookup, lookup):
                found = entry
        return found

    def _existing(self, user: str) -> _Wrap:
        entry = self._find(_lookup(self._state.pepper, user))
        if entry is None:
            raise UnknownAccount("no such account")
        return entry

    def _unwrap(self, entry: _Wrap, secret: str | bytes) -> bytes | None:
        kek = derive_key(secret, entry.salt, entry.params)
        try:
            data_key = AESGCM(kek).decrypt(entry.nonce, entry.wrapped, entry.lookup.encode())
        except InvalidTag:
            return None
        if not hmac.compare_digest(_check_value(data_key), self._state.check):
            # Only a hand-made file gets here: the wrap opens but holds another key.
            raise KeyringDamaged(f"{FILE_NAME} holds a key that does not match its check value")
        return data_key

    def _require_data_key(self, data_key: bytes) -> None:
        if not isinstance(data_key, bytes) or not hmac.compare_digest(
            _check_value(data_key), self._state.check
        ):
            raise KeyringError("this is not the key of this database")

    def _rewrap(self, user: str, password: str, data_key: bytes, reset_failures=False) -> None:
        old = self._existing(user)
        new = _wrap(old.lookup, password, data_key, self._new_params())
        accounts = tuple(new if a.lookup == old.lookup else a for a in self._state.accounts)
        state = replace(self._state, accounts=accounts)
        if reset_failures:
            state = replace(state, failures=0, last_failure=0.0)
        self._commit(state)
        if reset_failures:
            with self._counter.locked():
                self._counter.write(0, 0.0)

    def _commit(self, state: _State) -> None:
        """Write the new state, then adopt it; if writing fails, nothing has changed."""
        text = json.dumps(_serialize(state), indent=2) + "\n"
        _write_atomically(self._path, text.encode("utf-8"))
        self._state = state


def _wait(failures: int, last_failure: float, now: float) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    wait = min(MAX_WAIT_SECONDS, 2.0 ** min(failures - FREE_ATTEMPTS, 30))
    # A clock set backwards must not lock anyone out for longer than one full wait.
    return max(0.0, min(wait, last_failure + wait - now))


class _FailureCounter:
    """The sign-in back-off counter: signin-failures.json beside keys.json, changed only
    under an exclusive lock on keys.json.lock (fcntl.flock on POSIX, msvcrt.locking on
    Windows), so attempts made at once from several processes or threads are each counted.

    What it stops, and what it does not:
    - It is not in keys.json, which backups carry and restores bring back: copying an old
      keys.json in, or editing its "failures", cannot lower it (the larger of the two
      counts; keys.json's is the counter of earlier versions and is only ever reset).
    - A counter file that cannot be read counts as FREE_ATTEMPTS failures at its own time
      (a wait follows), never as none.
    - It is not authenticated by a secret, because there is none to use: before a password
      is right the app holds no key, so anything it can write, someone with the same file
      access can write too. Deleting the file resets the count. Whoever can do that can also
      copy keys.json and guess offline at full speed, where no counter helps; against that
      the defence is Argon2's cost per guess (kdf.py). The back-off is for guesses made
      through Senim's own sign-in (the window or the commands).
    """

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / COUNTER_FILE
        self.lock_path = Path(folder) / LOCK_FILE

    @contextmanager
    def locked(self) -> Iterator[None]:
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_fd(fd)
            try:
                yield
            finally:
                _unlock_fd(fd)
        finally:
            os.close(fd)

    def read(self) -> tuple[int, float]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return 0, 0.0
        try:
            data = json.loads(raw.decode("utf-8"))
            count = _int(data["count"], 0, 2**31)
            last = data["last"]
            if type(last) not in (int, float) or last != last:
                raise ValueError("bad time")
            return count, float(last)
        except (ValueError, TypeError, KeyError, AttributeError):
            try:
                return FREE_ATTEMPTS, self.path.stat().st_mtime
            except OSError:
                return FREE_ATTEMPTS, time.time()

    def write(self, count: int, last: float) -> None:
        text = json.dumps({"count": count, "last": last}) + "\n"
        _write_atomically(self.path, text.encode("utf-8"))


def _lock_fd(fd: int) -> None:
    """Blocks until this open file holds the lock (flock: threads of one process too)."""
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for 10 s, then OSError
                return
            except OSError:
                continue
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX)


def _unlock_fd(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


# -- recovery key text -------------------------------------------------------------------------


def format_recovery_key(raw: bytes) -> str:
    """20 bytes as "K7QX-2M9P-..." (8 groups of 4 Crockford base32 characters)."""
    if len(raw) != RECOVERY_BYTES:
        raise ValueError("a recovery key is 20 bytes")
    number = int.from_bytes(raw, "big")
    chars = [_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(RECOVERY_CHARS))]
    starts = range(0, RECOVERY_CHARS, RECOVERY_GROUP)
    return "-".join("".join(chars[i : i + RECOVERY_GROUP]) for i in starts)


def parse_recovery_key(text: str) -> bytes:
    """The 20 bytes of a typed recovery key, forgiving case, spaces, dashes and look-alike
    letters; ValueError if it cannot be one (wrong length or characters)."""
    cleaned = "".join(ch for ch in text.upper().translate(_READ_AS) if ch.isalnum())
    if len(cleaned) != RECOVERY_CHARS or any(ch not in _CROCKFORD for ch in cleaned):
        raise ValueError("not a recovery key")
    number = 0
    for ch in cleaned:
        number = number * 32 + _CROCKFORD.index(ch)
    return number.to_bytes(RECOVERY_BYTES, "big")


# -- helpers -----------------------------------------------------------------------------------


def _canonical_user(user: str) -> str:
    """User names match regardless of case, surrounding spaces and Unicode composition."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", user.strip()).casefold())


def _lookup(pepper: bytes, user: str) -> str:
    return hashlib.sha256(pepper + _canonical_user(user).encode("utf-8")).hexdigest()


def _check_value(data_key: bytes) -> bytes:
    return hmac.new(data_key, CHECK_LABEL, hashlib.sha256).digest()


def _check_new_credentials(user: str, password: str) -> None:
    if not _canonical_user(user):
        raise KeyringError("the user name is empty")
    if not password:
        raise KeyringError("the password is empty")


def _wrap(lookup: str, secret: str | bytes, data_key: bytes, params: KdfParams) -> _Wrap:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = derive_key(secret, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, lookup.encode())
    return _Wrap(lookup, params, salt, nonce, wrapped)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    try:
        data = base64.b64decode(value, validate=True)
    except binascii.Error as exc:
        raise ValueError("bad base64") from exc
    if len(data) != length:
        raise ValueError("wrong length")
    return data


def _int(value: object, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ValueError("integer out of range")
    return value


def _serialize_wrap(w: _Wrap) -> dict:
    p = w.params
    return {
        "lookup": w.lookup,
        "kdf": {"alg": "argon2id", "t": p.time_cost, "m": p.memory_kib, "p": p.parallelism,
                "salt": _b64(w.salt)},
        "nonce": _b64(w.nonce),
        "wrapped": _b64(w.wrapped),
    }


def _serialize(s: _State) -> dict:
    return {
        "format": FORMAT,
        "pepper": _b64(s.pepper),
        "check": _b64(s.check),
        "accounts": [_serialize_wrap(a) for a in s.accounts],
        "recovery": _serialize_wrap(s.recovery),
        "failures": {"count": s.failures, "last": s.last_failure},
        **({"audit_head": {"seq": s.audit_head[0], "hash": s.audit_head[1]}}
           if s.audit_head else {}),
    }


def _parse_wrap(d: dict) -> _Wrap:
    kdf = d["kdf"]
    if kdf["alg"] != "argon2id":
        raise ValueError("unknown key derivation")
    parallelism = _int(kdf["p"], 1, 2**24)
    params = KdfParams(
        time_cost=_int(kdf["t"], 1, 2**32 - 1),
        memory_kib=_int(kdf["m"], 8 * parallelism, 2**32 - 1),
        parallelism=parallelism,
    )
    try:
        check_stored(params)
    except ValueError as exc:
        raise _Tampered(str(exc)) from exc
    lookup = d["lookup"]
    if not isinstance(lookup, str):
        raise ValueError("bad lookup")
    return _Wrap(
        lookup=lookup,
        params=params,
        salt=_unb64(kdf["salt"], SALT_BYTES),
        nonce=_unb64(d["nonce"], NONCE_BYTES),
        wrapped=_unb64(d["wrapped"], WRAPPED_BYTES),
    )


def _parse(d: dict) -> _State:
    if d["format"] != FORMAT:
        raise ValueError("unknown format")
    accounts = tuple(_parse_wrap(a) for a in d["accounts"])
    lookups = [a.lookup for a in accounts]
    if not accounts or len(set(lookups)) != len(lookups):
        raise ValueError("no accounts, or the same account twice")
    if any(len(x) != 64 or x.strip("0123456789abcdef") for x in lookups):
        raise ValueError("bad lookup")
    recovery = _parse_wrap(d["recovery"])
    if recovery.lookup != RECOVERY_LOOKUP:
        raise ValueError("bad recovery entry")
    last = d["failures"]["last"]
    if type(last) not in (int, float) or last != last:  # last != last: NaN
        raise ValueError("bad failure time")
    head = d.get("audit_head")
    audit_head = None
    if head is not None:
        # An unreadable anchor does not lock anyone out: it reads as (-1, ""), which the
        # audit trail's check reports (desktop/services/audit.py).
        try:
            digest = head["hash"]
            if not isinstance(digest, str) or len(digest) != 64 or digest.strip(
                    "0123456789abcdef"):
                raise ValueError("bad audit head")
            audit_head = (_int(head["seq"], 0, 2**62), digest)
        except (ValueError, TypeError, KeyError):
            audit_head = (-1, "")
    return _State(
        pepper=_unb64(d["pepper"], PEPPER_BYTES),
        check=_unb64(d["check"], 32),
        accounts=accounts,
        recovery=recovery,
        failures=_int(d["failures"]["count"], 0, 2**31),
        last_failure=float(last),
        audit_head=audit_head,
    )


def _write_atomically(path: Path, data: bytes) -> None:
    """Temporary file beside the target, fsync, rename over it, fsync the folder."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable. Windows cannot open a folder this way; skip there."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
