"""keys.json: each account's identity wrapped with its password, and the keys granted to it.

Three random 256-bit keys protect the journal (grants.py): the journal key (SQLCipher, every
record), the notes key (confidential session notes) and the summaries key (published
counts). Each account has an identity (two key pairs) wrapped (AES-256-GCM) with a key
derived from its password (Argon2id, kdf.py), and the keys of its role sealed to its public
key; the recovery key shown once on first run is one more identity, holding every key.
Changing a password rewraps one identity; resetting one makes a new identity and seals the
same keys to it. The database is never re-encrypted by either, so a power cut during a
password change cannot damage the records.

What the file holds, and why it is safe to copy: salts, nonces, the wraps, public keys, the
sealed grants, a check value per key (an HMAC of it, to recognise the right key without a
password), the back-off counter of earlier versions (now in signin-failures.json, see
_FailureCounter), and for each account a "lookup" - SHA-256 of a random per-file pepper and
the user name - instead of the name. Nothing readable and nothing secret is in the clear.
The lookup only hides names from a casual reader: someone holding the file can still
confirm a guessed name, which is why login errors never depend on whether it exists. The
names of the keys granted to a lookup are in the clear: a role is not a secret.

The list of user names to show (account management) has to live in the database itself.

Format 2:
    {"format": 2, "pepper": b64, "check": b64 (the journal key's),
     "key_checks": {"notes": b64, "summaries": b64},
     "accounts": [{"lookup": hex, "kdf": {"alg": "argon2id", "t", "m", "p", "salt": b64},
                   "nonce": b64, "wrapped": b64 (the identity, 64 bytes + tag),
                   "public": {"box": b64, "sign": b64},
                   "grants": {"journal": {"ephemeral", "nonce", "sealed"}, ...}}, ...],
     "recovery": {"lookup": "recovery", ...same...},
     "failures": {"count": int, "last": epoch seconds}, "audit_head": {"seq", "hash"}}
Format 1 (earlier versions) has no key_checks, public or grants: "wrapped" is the journal key
itself. Such wraps still open, and become identities as their accounts sign in
(Keyring.upgrade_legacy).

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
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..config import KEYRING_FILE
from ..file_modes import private_dir, private_file, write_private
from .grants import (
    JOURNAL,
    KEY_NAMES,
    NOTES,
    SUMMARIES,
    Grant,
    Identity,
    KeySet,
    PublicIdentity,
    cert_key,
    certify,
    check_value,
    keys_for,
    new_key,
    seal_grant,
    seal_head,
)
from .kdf import KEY_BYTES, KdfParams, check_stored, default_params, derive_key

FILE_NAME = KEYRING_FILE
FORMAT = 2  # 2: identities and grants (grants.py); 1, earlier versions': one key, wrapped
RECOVERY_LOOKUP = "recovery"
SALT_BYTES = 16
NONCE_BYTES = 12
PEPPER_BYTES = 16
WRAPPED_BYTES = Identity.SECRET_BYTES + 16  # AES-GCM appends a 16-byte tag
LEGACY_WRAPPED_BYTES = KEY_BYTES + 16  # format 1: the journal key itself

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
class _Entry:
    """One account's (or the recovery key's) wrap. With `public`, `wrapped` holds its
    identity (grants.Identity, 64 bytes) and `grants` the keys sealed to it; without (a wrap
    made by earlier versions: `legacy`), `wrapped` holds the journal key itself."""

    lookup: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    public: PublicIdentity | None = None
    grants: tuple[tuple[str, Grant], ...] = ()
    # A psychologist's (grants.certify) that public.sign is this account's signing key; None
    # until one vouches for it (an identity a counsellor made by signing in after the update).
    cert: bytes | None = None
    # The new keys sealed to it while the keys are being changed (begin_rotation).
    pending: tuple[tuple[str, Grant], ...] = ()

    @property
    def legacy(self) -> bool:
        return self.public is None

    @property
    def granted(self) -> frozenset[str]:
        return frozenset({JOURNAL}) if self.legacy else frozenset(n for n, _ in self.grants)


@dataclass(frozen=True)
class _State:
    pepper: bytes
    check: bytes  # the journal key's check value
    accounts: tuple[_Entry, ...]
    recovery: _Entry
    failures: int = 0
    last_failure: float = 0.0
    # The audit trail's head (last seq, its hash) when last anchored: outside the database,
    # so removing or rewriting the trail's end there shows (desktop/services/audit.py).
    audit_head: tuple[int, str] | None = None
    # The other keys' check values (grants.py); none before a psychologist's first sign-in
    # after the update from format 1 (see Keyring.upgrade_legacy).
    key_checks: tuple[tuple[str, bytes], ...] = ()
    # Signing keys of identities replaced since (a reset, a recovery): (lookup, sign public
    # key, cert), kept so the audit entries they signed still check out.
    retired: tuple[tuple[str, bytes, bytes], ...] = ()
    # The audit trail's head as a psychologist last anchored it: (seq, hash, seal), the seal
    # made with a key only psychologists hold (grants.seal_head).
    sealed_head: tuple[int, str, bytes] | None = None
    # The new keys' check values while the keys are being changed (begin_rotation).
    pending_checks: tuple[tuple[str, bytes], ...] = ()

    def checks(self) -> dict[str, bytes]:
        return {JOURNAL: self.check, **dict(self.key_checks)}


class NoKeyToGrant(KeyringError):
    """Granting a key the granting account does not hold itself (it never can)."""


class NotUpgraded(KeyringError):
    """The account's wrap is still in the format of earlier versions (no identity to grant
    keys to): it must sign in once, or get a new password from a psychologist."""


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
    ) -> tuple["Keyring", KeySet, str]:
        """A new keyring for a new journal: returns it, the first account's keys (a
        psychologist's: every key, all new) and the recovery key to show the user once (it is
        not kept anywhere; it holds every key too)."""
        path = cls.path(data_dir)
        if path.exists():
            raise KeyringError(f"{FILE_NAME} already exists")
        _check_new_credentials(user, password)
        keys = KeySet.of(**{name: new_key() for name in KEY_NAMES})
        recovery_raw = secrets.token_bytes(RECOVERY_BYTES)
        params = params or default_params()
        pepper = secrets.token_bytes(PEPPER_BYTES)
        checks = {name: check_value(keys.get(name)) for name in KEY_NAMES}
        first, keys.identity = _make_entry(_lookup(pepper, user), password, keys, KEY_NAMES,
                                           params)
        state = _State(
            pepper=pepper,
            check=checks.pop(JOURNAL),
            accounts=(first,),
            recovery=_new_entry(RECOVERY_LOOKUP, recovery_raw, keys, KEY_NAMES, params),
            key_checks=tuple(sorted(checks.items())),
        )
        private_dir(data_dir)
        keyring = cls(path, state, params)
        keyring._commit(state)
        return keyring, keys, format_recovery_key(recovery_raw)

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
    def adopt(cls, data_dir: Path, raw: bytes) -> "Keyring":
        """The school's keyring, as its server holds it, made this new laptop's keys.json: the
        accounts and their grants as they are, without the other laptop's anchors of its own
        audit trail (each device has its trail). KeyringDamaged if it cannot be read."""
        path = cls.path(data_dir)
        if path.exists():
            raise KeyringError(f"{FILE_NAME} already exists")
        keyring = cls._from_bytes(path, raw, None)
        keyring._state = replace(keyring._state, audit_head=None, sealed_head=None,
                                 failures=0, last_failure=0.0)
        private_dir(data_dir)
        keyring._commit(keyring._state)
        return keyring

    def take_accounts_from(self, raw: bytes) -> int:
        """The accounts another copy of this school's keyring (its server's) has and this one
        has not, taken in (a colleague added on another laptop can sign in here too). Entries
        this one has stay as they are. Returns how many were taken; KeyringDamaged if `raw`
        cannot be read; KeyringError if it is another journal's keyring (another pepper or
        journal key)."""
        other = Keyring._from_bytes(self._path, raw, None)._state
        if other.pepper != self._state.pepper or other.check != self._state.check:
            raise KeyringError("the server's keyring is another journal's")
        mine = {a.lookup for a in self._state.accounts}
        new = tuple(a for a in other.accounts if a.lookup not in mine)
        if new:
            self._commit(replace(self._state, accounts=self._state.accounts + new))
        return len(new)

    def entry_of(self, user: str) -> tuple[str, dict] | None:
        """(lookup, the account's entry as keys.json holds it), or None: what the school's
        server keeps per account, so that a new password or new grants reach every laptop."""
        lookup = _lookup(self._state.pepper, user)
        entry = self._find(lookup)
        return None if entry is None else (lookup, _serialize_wrap(entry))

    def take_entries(self, entries, keep=()) -> int:
        """The accounts' entries as the school's server has them, (user name, lookup, entry)
        each, in place of these (or added), except the users in `keep` (changed here, not yet
        sent). An entry whose lookup is not its user name's under this keyring's pepper is
        refused, so nobody can put their entry in another account's place. Returns how many
        changed; KeyringDamaged if one cannot be read."""
        kept = {_lookup(self._state.pepper, u) for u in keep}
        accounts = {a.lookup: a for a in self._state.accounts}
        changed = 0
        for user, lookup, body in entries:
            if lookup != _lookup(self._state.pepper, user) or lookup in kept:
                continue
            try:
                entry = _parse_wrap(body)
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                raise KeyringDamaged("an account's entry on the school server is damaged") \
                    from exc
            if entry.lookup != lookup:
                continue
            old = accounts.get(lookup)
            if old is None or _serialize_wrap(old) != _serialize_wrap(entry):
                accounts[lookup] = entry
                changed += 1
        if changed:
            self._commit(replace(self._state, accounts=tuple(accounts.values())))
        return changed

    def raw(self) -> bytes:
        """keys.json as it is written (for the school's server)."""
        return (json.dumps(_serialize(self._state), indent=2) + "\n").encode("utf-8")

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

    def open(self, user: str, password: str, now: float | None = None) -> KeySet:
        """The keys this account holds (its role: KeySet.role), or BadCredentials whether the
        name or the password is wrong.

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
            keys = self._try_open(user, password)
            if keys is None:
                self._counter.write(failures + 1, now)
                raise BadCredentials()
            if failures:
                self._reset_failures()
            return keys

    def unlock(self, user: str, password: str, now: float | None = None) -> bytes:
        """The journal's key, for what needs only that (restoring a backup). BadCredentials
        also for a right password whose account holds no journal key (deactivated)."""
        keys = self.open(user, password, now)
        journal = keys.journal
        keys.wipe()
        if journal is None:
            raise BadCredentials()
        return journal

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

    def _try_open(self, user: str, password: str) -> KeySet | None:
        lookup = _lookup(self._state.pepper, user)
        entry = self._find(lookup)
        if entry is None:
            # The same work as the slowest account's attempt, so the time taken does not
            # tell an unknown name from a known one.
            derive_key(password, secrets.token_bytes(SALT_BYTES), self._slowest_params())
            return None
        return self._open_entry(entry, password)

    def _slowest_params(self) -> KdfParams:
        if not self._state.accounts:
            return self._new_params()
        return max((a.params for a in self._state.accounts),
                   key=lambda p: (p.memory_kib * p.time_cost, -p.parallelism))

    # -- what the file says about accounts (no secrets) ---------------------------------------

    def has_account(self, user: str) -> bool:
        return self._find(_lookup(self._state.pepper, user)) is not None

    def granted(self, user: str) -> frozenset[str] | None:
        """The names of the keys granted to this account (None: no wrap at all). An earlier
        version's wrap holds the journal key only."""
        entry = self._find(_lookup(self._state.pepper, user))
        return None if entry is None else entry.granted

    def is_legacy(self, user: str) -> bool:
        entry = self._find(_lookup(self._state.pepper, user))
        return entry is not None and entry.legacy

    def public_sign_key(self, user: str) -> bytes | None:
        """The account's Ed25519 public key (what it signs is checked with it)."""
        entry = self._find(_lookup(self._state.pepper, user))
        return None if entry is None or entry.public is None else entry.public.sign

    @property
    def has_role_keys(self) -> bool:
        """The notes and summaries keys exist (not so in a keyring of earlier versions until
        a psychologist signs in: Keyring.upgrade_legacy)."""
        return NOTES in dict(self._state.key_checks)

    # -- account management ---------------------------------------------------------------

    def add_account(self, user: str, password: str, role: str, granter: KeySet) -> None:
        """A new account with the keys of `role`, granted from the granter's own."""
        _check_new_credentials(user, password)
        lookup = _lookup(self._state.pepper, user)
        if self._find(lookup) is not None:
            raise KeyringError("an account with this user name already exists")
        entry = self._with_pending(_new_entry(lookup, password, granter, self._names_for(role),
                                              self._new_params(), self._state.checks()),
                                   granter)
        self._commit(replace(self._state, accounts=self._state.accounts + (entry,)))

    def set_role(self, user: str, role: str, granter: KeySet) -> None:
        """Give the account exactly the keys of `role` (a role changed, an account allowed to
        sign in again): NotUpgraded for a wrap of earlier versions."""
        entry = self._existing(user)
        if entry.legacy:
            raise NotUpgraded("this account has not signed in since the update")
        grants = _grants_for(entry.lookup, entry.public.box, granter, self._names_for(role),
                             self._state.checks())
        self._put(replace(entry, grants=grants, cert=_cert_by(granter, entry.lookup,
                                                             entry.public) or entry.cert))

    def revoke(self, user: str) -> None:
        """The account's wrap opens nothing any more (deactivated): its grants go; a wrap of
        earlier versions (the journal key itself) goes whole. What the account may have
        copied while it could sign in is not taken back by this: rotate the keys for that."""
        entry = self._find(_lookup(self._state.pepper, user))
        if entry is None:
            return
        if entry.legacy:
            accounts = tuple(a for a in self._state.accounts if a.lookup != entry.lookup)
            self._commit(replace(self._state, accounts=accounts))
            return
        self._put(replace(entry, grants=()))

    def remove_account(self, user: str) -> None:
        """Refuses to remove the last account: the recovery key can only reset the password
        of an existing account, so nobody could ever sign in again."""
        lookup = self._existing(user).lookup
        if len(self._state.accounts) == 1:
            raise KeyringError("cannot remove the last account")
        accounts = tuple(a for a in self._state.accounts if a.lookup != lookup)
        self._commit(replace(self._state, accounts=accounts))

    def change_password(self, user: str, old_password: str, new_password: str) -> None:
        """One's own password: the old one must be right (it counts as a sign-in attempt).
        Only the identity is wrapped anew; the grants (sealed to it) stay as they are."""
        _check_new_credentials(user, new_password)
        keys = self.open(user, old_password)
        try:
            entry = self._existing(user)
            secret = keys.journal if keys.identity is None else keys.identity.secret
            self._put(_rewrap(entry, new_password, secret, self._new_params()))
        finally:
            keys.wipe()

    def reset_password(self, user: str, new_password: str, granter: KeySet,
                       reset_failures: bool = False, role: str | None = None) -> None:
        """Another account's password, by someone signed in: a new identity, granted the keys
        the account held (or those of `role`) from the granter's own. With reset_failures
        (a recovery) the sign-in back-off starts again. An account without a wrap (one whose
        earlier-version wrap was revoked) gets one."""
        _check_new_credentials(user, new_password)
        lookup = _lookup(self._state.pepper, user)
        old = self._find(lookup)
        if role is not None:
            names = self._names_for(role)
        elif old is not None:
            names = old.granted
        else:  # its earlier-version wrap was revoked: a new one, holding nothing yet
            names = frozenset()
        entry = self._with_pending(_new_entry(lookup, new_password, granter, names,
                                              self._new_params(), self._state.checks()),
                                   granter)
        if old is None:
            state = replace(self._state, accounts=self._state.accounts + (entry,))
        else:
            state = replace(self._state, accounts=tuple(
                entry if a.lookup == lookup else a for a in self._state.accounts),
                retired=_retire(self._state.retired, old))
        if reset_failures:
            state = replace(state, failures=0, last_failure=0.0)
        self._commit(state)
        if reset_failures:
            with self._counter.locked():
                self._counter.write(0, 0.0)

    def recover(self, recovery_key: str, user: str, new_password: str) -> KeySet:
        """Set a new password with the recovery key; returns the recovery key's keys.

        No back-off here: a recovery key has 160 random bits, so guessing is hopeless, and
        someone who forgot their password may already be waiting out the sign-in back-off.
        The key is checked before the user name, so a wrong key says nothing about names.
        """
        _check_new_credentials(user, new_password)
        keys = self.open_recovery(recovery_key)
        self._existing(user)
        self.reset_password(user, new_password, keys, reset_failures=True)
        return keys

    def open_recovery(self, recovery_key: str) -> KeySet:
        """The keys the recovery key unwraps (every key), or BadCredentials; nothing is
        changed (desktop/vault.recover opens the journal with it to record the recovery)."""
        try:
            raw = parse_recovery_key(recovery_key)
        except ValueError:
            raise BadCredentials() from None
        keys = self._open_entry(self._state.recovery, raw)
        if keys is None:
            raise BadCredentials()
        return keys

    def replace_recovery_key(self, granter: KeySet) -> str:
        """A new recovery key (the old one stops working), for when the printed one is lost
        or seen by someone else, holding every key there is: only a psychologist can make it.
        Returns it to show once."""
        names = frozenset(self._state.checks())
        raw = secrets.token_bytes(RECOVERY_BYTES)
        entry = _new_entry(RECOVERY_LOOKUP, raw, granter, names, self._new_params(),
                           self._state.checks())
        self._commit(replace(self._state, recovery=entry,
                             retired=_retire(self._state.retired, self._state.recovery)))
        return format_recovery_key(raw)

    def upgrade_legacy(self, user: str, password: str, keys: KeySet,
                       record_role: str) -> tuple[KeySet, str | None]:
        """An account signed in with a wrap of earlier versions (the journal key itself):
        its wrap becomes an identity with grants. Returns its keys now, and a new recovery
        key to show once when this made the role keys.

        - The first psychologist (by the journal's record) to sign in after the update makes
          the notes and summaries keys, holds every key, and gets a new recovery key (the old
          one held only the journal key and cannot be rewrapped without being typed).
        - Anyone else keeps the journal key only; a psychologist gives them their role's keys
          (Keyring.set_role, the accounts dialog).
        Until this runs, an old keyring is exactly as strong as before the update: this is
        the one step that cannot be done for accounts that are not signing in.
        """
        entry = self._existing(user)
        if not entry.legacy:
            return keys, None
        recovery = None
        # A head teacher holds no key to the records: the journal key goes, and their role's
        # key (summaries) can only be given by a psychologist.
        held = KeySet() if record_role == "head" else KeySet.of(journal=keys.journal)
        state = self._state
        if record_role == "psychologist" and not self.has_role_keys:
            for name in (NOTES, SUMMARIES):
                held.keys[name] = bytearray(new_key())
            checks = tuple(sorted((n, check_value(held.get(n))) for n in (NOTES, SUMMARIES)))
            raw = secrets.token_bytes(RECOVERY_BYTES)
            state = replace(state, key_checks=checks, recovery=_new_entry(
                RECOVERY_LOOKUP, raw, held, KEY_NAMES, self._new_params()))
            # An earlier version's recovery wrap held the journal key only; it goes.
            recovery = format_recovery_key(raw)
        new, held.identity = _make_entry(entry.lookup, password, held, held.names,
                                         self._new_params(), state.checks())
        self._commit(replace(state, accounts=tuple(
            new if a.lookup == new.lookup else a for a in state.accounts)))
        keys.wipe()
        return held, recovery

    # -- changing the keys (desktop/key_rotation.py runs the steps) --------------------------

    @property
    def rotation_pending(self) -> bool:
        return bool(self._state.pending_checks)

    def begin_rotation(self, granter: KeySet) -> KeySet:
        """New keys, sealed beside the present ones to every account's identity that holds
        the same names (and to the recovery key's); returns them. Only someone holding every
        key (a psychologist) can. Accounts still in the format of earlier versions get none:
        their wraps stop working when the change is finished."""
        names = frozenset(self._state.checks())
        if not names <= granter.names:
            raise NoKeyToGrant("only an account holding every key can change the keys")
        new = KeySet.of(**{name: new_key() for name in names})
        checks = {name: check_value(new.get(name)) for name in names}

        def with_pending(entry: _Entry) -> _Entry:
            if entry.legacy:
                return entry
            return replace(entry, pending=_grants_for(entry.lookup, entry.public.box, new,
                                                      entry.granted, checks))

        self._commit(replace(
            self._state, accounts=tuple(with_pending(a) for a in self._state.accounts),
            recovery=with_pending(self._state.recovery),
            pending_checks=tuple(sorted(checks.items()))))
        return new

    def finish_rotation(self, old_notes: bytes, new_notes: bytes) -> None:
        """The new keys become the keys: the old grants go, wraps of earlier versions go, and
        what a psychologist had vouched for (identities, the sealed head) is vouched for
        again with the new notes key; what did not check out with the old one stays out."""
        if not self.rotation_pending:
            return
        old_key, new_key_ = cert_key(old_notes), cert_key(new_notes)

        def again(lookup: str, sign: bytes, cert: bytes | None) -> bytes | None:
            if cert is None or not hmac.compare_digest(certify(old_key, lookup, sign), cert):
                return None
            return certify(new_key_, lookup, sign)

        def moved(entry: _Entry) -> _Entry:
            return replace(entry, grants=entry.pending, pending=(),
                           cert=again(entry.lookup, entry.public.sign, entry.cert))

        checks = dict(self._state.pending_checks)
        retired = tuple((lk, sign, c) for lk, sign, cert in self._state.retired
                        if (c := again(lk, sign, cert)) is not None)
        sealed = self._state.sealed_head
        if sealed is not None and sealed[0] >= 0 and hmac.compare_digest(
                seal_head(old_key, sealed[0], sealed[1]), sealed[2]):
            sealed = (sealed[0], sealed[1], seal_head(new_key_, sealed[0], sealed[1]))
        self._commit(replace(
            self._state,
            accounts=tuple(moved(a) for a in self._state.accounts if not a.legacy),
            recovery=moved(self._state.recovery),
            check=checks.pop(JOURNAL), key_checks=tuple(sorted(checks.items())),
            pending_checks=(), retired=retired, sealed_head=sealed))

    def abandon_rotation(self) -> None:
        """The journal was never rekeyed: the new keys are forgotten, nothing else changes."""
        if not self.rotation_pending:
            return
        self._commit(replace(
            self._state, accounts=tuple(replace(a, pending=()) for a in self._state.accounts),
            recovery=replace(self._state.recovery, pending=()), pending_checks=()))

    # -- the audit trail's anchor -----------------------------------------------------------

    @property
    def audit_head(self) -> tuple[int, str] | None:
        return self._state.audit_head

    def set_audit_head(self, seq: int, digest: str) -> None:
        """Written atomically like every change; not a secret (the hash of the last entry)."""
        if self._state.audit_head == (seq, digest):
            return
        self._commit(replace(self._state, audit_head=(int(seq), str(digest))))

    def set_sealed_head(self, seq: int, digest: str, notes_key: bytes) -> None:
        """The head as a psychologist anchors it (sealed with a key only they hold)."""
        seal = seal_head(cert_key(notes_key), seq, digest)
        if self._state.sealed_head == (seq, digest, seal):
            return
        self._commit(replace(self._state, sealed_head=(int(seq), str(digest), seal)))

    def sealed_head(self, notes_key: bytes) -> tuple[int, str] | None | bool:
        """The psychologists' anchor: (seq, hash), None if there is none, False if its seal
        does not check out (keys.json was edited)."""
        found = self._state.sealed_head
        if found is None:
            return None
        seq, digest, seal = found
        if seq < 0 or not hmac.compare_digest(seal_head(cert_key(notes_key), seq, digest), seal):
            return False
        return seq, digest

    def sign_keys(self, user: str, notes_key: bytes) -> frozenset[bytes]:
        """The signing keys a psychologist has vouched for as this account's (its present
        identity and those replaced since), and the recovery key's (whoever holds it may act
        for any account). What the audit trail checks its entries' signatures against."""
        key = cert_key(notes_key)
        lookup = _lookup(self._state.pepper, user)
        found = set()
        candidates = [(e.lookup, e.public.sign, e.cert) for e in
                      (*self._state.accounts, self._state.recovery)
                      if e.public is not None and e.cert is not None]
        candidates += list(self._state.retired)
        for owner, sign, cert in candidates:
            if owner in (lookup, RECOVERY_LOOKUP) and hmac.compare_digest(
                    certify(key, owner, sign), cert):
                found.add(sign)
        return frozenset(found)

    # -- internals -------------------------------------------------------------------------

    def _new_params(self) -> KdfParams:
        return self._params or default_params()

    def role_keys(self, role: str) -> frozenset[str]:
        """The names of the keys an account of `role` holds in this keyring."""
        return self._names_for(role)

    def _names_for(self, role: str) -> frozenset[str]:
        """The keys of `role` that exist in this keyring (an old one has no notes key yet)."""
        return keys_for(role) & frozenset(self._state.checks())

    def _with_pending(self, entry: _Entry, granter: KeySet) -> _Entry:
        """While a change of keys waits to be finished, a new identity gets the new keys
        too (from the granter's, when it holds them), or it would lose its keys at the end."""
        pending = granter.pending
        if not self.rotation_pending or pending is None or entry.public is None:
            return entry
        names = entry.granted & pending.names
        return replace(entry, pending=_grants_for(entry.lookup, entry.public.box, pending, names,
                                                  dict(self._state.pending_checks)))

    def _find(self, lookup: str) -> _Entry | None:
        found = None
        for entry in self._state.accounts:
            if hmac.compare_digest(entry.lookup, lookup):
                found = entry
        return found

    def _existing(self, user: str) -> _Entry:
        entry = self._find(_lookup(self._state.pepper, user))
        if entry is None:
            raise UnknownAccount("no such account")
        return entry

    def _put(self, entry: _Entry) -> None:
        accounts = tuple(entry if a.lookup == entry.lookup else a for a in self._state.accounts)
        self._commit(replace(self._state, accounts=accounts))

    @staticmethod
    def _open_entry_identity(entry: _Entry, secret: str | bytes) -> bytes:
        kek = derive_key(secret, entry.salt, entry.params)
        return AESGCM(kek).decrypt(entry.nonce, entry.wrapped, entry.lookup.encode())

    def _open_entry(self, entry: _Entry, secret: str | bytes) -> KeySet | None:
        """The entry's keys with this password (or recovery key), None if it is wrong."""
        try:
            inner = self._open_entry_identity(entry, secret)
        except InvalidTag:
            return None
        checks = self._state.checks()
        if entry.legacy:
            if not hmac.compare_digest(check_value(inner), checks[JOURNAL]):
                # Only a hand-made file gets here: the wrap opens but holds another key.
                raise KeyringDamaged(f"{FILE_NAME} holds a key that does not match its check value")
            return KeySet.of(journal=inner, legacy=True)
        identity = Identity(inner)
        if identity.public() != entry.public:
            raise KeyringDamaged(f"{FILE_NAME} holds an identity that does not match its keys")
        keys = KeySet(identity=identity)
        for name, grant in entry.grants:
            key = identity.open_grant(grant, name, entry.lookup)
            # A grant that does not open, or holds another key than the one checked, was not
            # made by Senim. Said as damage, never used: a forged grant cannot raise a role.
            if key is None or name not in checks or not hmac.compare_digest(
                    check_value(key), checks[name]):
                keys.wipe()
                raise KeyringDamaged(f"{FILE_NAME} holds a key that does not match its check "
                                     f"value")
            keys.keys[name] = bytearray(key)
        pending_checks = dict(self._state.pending_checks)
        if entry.pending and pending_checks:
            keys.pending = KeySet()
            for name, grant in entry.pending:
                key = identity.open_grant(grant, name, entry.lookup)
                if key is not None and name in pending_checks and hmac.compare_digest(
                        check_value(key), pending_checks[name]):
                    keys.pending.keys[name] = bytearray(key)
        return keys

    def _commit(self, state: _State) -> None:
        """Write the new state, then adopt it; if writing fails, nothing has changed."""
        text = json.dumps(_serialize(state), indent=2) + "\n"
        _write_atomically(self._path, text.encode("utf-8"))
        self._state = state


def _new_entry(lookup: str, secret: str | bytes, granter: KeySet, names, params: KdfParams,
               checks: dict[str, bytes] | None = None) -> _Entry:
    """A new identity wrapped with `secret`, holding `names` from the granter's keys."""
    entry, identity = _make_entry(lookup, secret, granter, names, params, checks)
    identity.wipe()
    return entry


def _make_entry(lookup: str, secret: str | bytes, granter: KeySet, names, params: KdfParams,
                checks: dict[str, bytes] | None = None) -> tuple[_Entry, Identity]:
    identity = Identity.new()
    try:
        entry = _wrap(lookup, secret, identity.secret, params)
        public = identity.public()
        grants = _grants_for(lookup, public.box, granter, names, checks)
    except BaseException:
        identity.wipe()
        raise
    return replace(entry, public=public, grants=grants,
                   cert=_cert_by(granter, lookup, public)), identity


def _cert_by(granter: KeySet, lookup: str, public: PublicIdentity) -> bytes | None:
    """A psychologist's granter vouches for the identity; anyone else cannot."""
    notes = granter.notes
    return None if notes is None else certify(cert_key(notes), lookup, public.sign)


def _retire(retired, old: _Entry) -> tuple[tuple[str, bytes, bytes], ...]:
    if old.public is None or old.cert is None:
        return retired
    return (*retired, (old.lookup, old.public.sign, old.cert))


def _grants_for(lookup: str, box: bytes, granter: KeySet, names,
                checks: dict[str, bytes] | None) -> tuple[tuple[str, Grant], ...]:
    grants = []
    for name in sorted(names):
        key = granter.get(name)
        if key is None or (checks is not None and name in checks and not hmac.compare_digest(
                check_value(key), checks[name])):
            raise NoKeyToGrant(f"the {name} key cannot be granted by an account without it")
        grants.append((name, seal_grant(key, box, name, lookup)))
    return tuple(grants)


def _rewrap(entry: _Entry, password: str, secret: bytes, params: KdfParams) -> _Entry:
    fresh = _wrap(entry.lookup, password, secret, params)
    return replace(entry, params=fresh.params, salt=fresh.salt, nonce=fresh.nonce,
                   wrapped=fresh.wrapped)


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
        # lazy: the platform's own file-locking module (msvcrt on Windows, fcntl elsewhere)
        import msvcrt

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for 10 s, then OSError
                return
            except OSError:
                continue
    # lazy: the platform's own file-locking module (msvcrt on Windows, fcntl elsewhere)
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX)


def _unlock_fd(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        # lazy: the platform's own file-locking module (msvcrt on Windows, fcntl elsewhere)
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    # lazy: the platform's own file-locking module (msvcrt on Windows, fcntl elsewhere)
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


def _check_new_credentials(user: str, password: str) -> None:
    if not _canonical_user(user):
        raise KeyringError("the user name is empty")
    if not password:
        raise KeyringError("the password is empty")


def _wrap(lookup: str, secret: str | bytes, inner: bytes, params: KdfParams) -> _Entry:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    kek = derive_key(secret, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(inner), lookup.encode())
    return _Entry(lookup, params, salt, nonce, wrapped)


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


def _serialize_wrap(w: _Entry) -> dict:
    p = w.params
    out = {
        "lookup": w.lookup,
        "kdf": {"alg": "argon2id", "t": p.time_cost, "m": p.memory_kib, "p": p.parallelism,
                "salt": _b64(w.salt)},
        "nonce": _b64(w.nonce),
        "wrapped": _b64(w.wrapped),
    }
    if w.public is not None:
        out["public"] = {"box": _b64(w.public.box), "sign": _b64(w.public.sign)}
        out["grants"] = _grants_json(w.grants)
        if w.cert is not None:
            out["cert"] = _b64(w.cert)
        if w.pending:
            out["pending"] = _grants_json(w.pending)
    return out


def _grants_json(grants) -> dict:
    return {name: {"ephemeral": _b64(g.ephemeral), "nonce": _b64(g.nonce),
                   "sealed": _b64(g.sealed)} for name, g in grants}


def _serialize(s: _State) -> dict:
    return {
        "format": FORMAT,
        "pepper": _b64(s.pepper),
        "check": _b64(s.check),
        "key_checks": {name: _b64(value) for name, value in s.key_checks},
        "accounts": [_serialize_wrap(a) for a in s.accounts],
        "recovery": _serialize_wrap(s.recovery),
        "failures": {"count": s.failures, "last": s.last_failure},
        **({"audit_head": {"seq": s.audit_head[0], "hash": s.audit_head[1]}}
           if s.audit_head else {}),
        **({"sealed_head": {"seq": s.sealed_head[0], "hash": s.sealed_head[1],
                            "seal": _b64(s.sealed_head[2])}} if s.sealed_head else {}),
        **({"retired": [{"lookup": lk, "sign": _b64(sign), "cert": _b64(cert)}
                        for lk, sign, cert in s.retired]} if s.retired else {}),
        **({"pending_checks": {name: _b64(value) for name, value in s.pending_checks}}
           if s.pending_checks else {}),
    }


def _parse_wrap(d: dict) -> _Entry:
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
    public, grants = None, ()
    if "public" in d:
        public = PublicIdentity(_unb64(d["public"]["box"], KEY_BYTES),
                                _unb64(d["public"]["sign"], KEY_BYTES))
        grants = _parse_grants(d["grants"])
    cert = _unb64(d["cert"], 32) if public is not None and "cert" in d else None
    pending = _parse_grants(d["pending"]) if public is not None and "pending" in d else ()
    return _Entry(
        cert=cert,
        pending=pending,
        lookup=lookup,
        params=params,
        salt=_unb64(kdf["salt"], SALT_BYTES),
        nonce=_unb64(d["nonce"], NONCE_BYTES),
        wrapped=_unb64(d["wrapped"], LEGACY_WRAPPED_BYTES if public is None else WRAPPED_BYTES),
        public=public,
        grants=grants,
    )


def _parse_grants(d: dict) -> tuple[tuple[str, Grant], ...]:
    return tuple(sorted(
        (_key_name(name), Grant(_unb64(g["ephemeral"], KEY_BYTES),
                                _unb64(g["nonce"], NONCE_BYTES),
                                _unb64(g["sealed"], Grant.SEALED_BYTES)))
        for name, g in d.items()))


def _key_name(name: object) -> str:
    if name not in KEY_NAMES:
        raise ValueError("unknown key name")
    return name


def _parse(d: dict) -> _State:
    if d["format"] not in (1, FORMAT):  # format 1: earlier versions' (no identities)
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
        key_checks=tuple(sorted((_key_name(n), _unb64(v, 32))
                                for n, v in d.get("key_checks", {}).items() if n != JOURNAL)),
        retired=tuple((_lookup_text(r["lookup"]), _unb64(r["sign"], KEY_BYTES),
                       _unb64(r["cert"], 32)) for r in d.get("retired", [])),
        sealed_head=_sealed_head(d.get("sealed_head")),
        pending_checks=tuple(sorted((_key_name(n), _unb64(v, 32))
                                    for n, v in d.get("pending_checks", {}).items())),
    )


def _lookup_text(value: object) -> str:
    if not isinstance(value, str) or (value != RECOVERY_LOOKUP and (
            len(value) != 64 or value.strip("0123456789abcdef"))):
        raise ValueError("bad lookup")
    return value


def _sealed_head(head) -> tuple[int, str, bytes] | None:
    """An unreadable one reads as (-1, "", b""): the audit trail's check reports it."""
    if head is None:
        return None
    try:
        digest = head["hash"]
        if not isinstance(digest, str) or len(digest) != 64 or digest.strip("0123456789abcdef"):
            raise ValueError("bad audit head")
        return _int(head["seq"], 0, 2**62), digest, _unb64(head["seal"], 32)
    except (ValueError, TypeError, KeyError):
        return -1, "", b""


def _write_atomically(path: Path, data: bytes) -> None:
    """Atomic and private (desktop/file_modes.write_private)."""
    write_private(path, data)
