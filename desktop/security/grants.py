"""Keys per role: each account's identity (a key pair) and the keys granted to it.

A role is the set of keys an account can unwrap (KeySet.role):
- "journal": the database's SQLCipher key (every record);
- "notes": the key that seals confidential session notes and drafts of them (NotesCipher);
- "summaries": the key of the published, already-suppressed counts.
A psychologist holds all three, a counsellor the journal and the summaries, a head teacher
only the summaries (ROLE_KEYS).

Each account has an identity: an X25519 key pair (to receive keys) and an Ed25519 key pair
(to sign what it writes). The two private keys are wrapped with the account's password
(keyring.py); the public keys are in the clear. A key is granted to an account by sealing it
to the account's X25519 public key (an ephemeral key agreement, HKDF-SHA256, AES-256-GCM,
with the key's name and the account's lookup as associated data, so a grant cannot be moved
to another account or passed off as another key). Whoever holds a key can grant it, and only
they: a counsellor can never give anyone the notes key, so no edit of a record or of
keys.json raises a role. Changing one's password rewraps only the identity; the grants stay.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
JOURNAL, NOTES, SUMMARIES = "journal", "notes", "summaries"
KEY_NAMES = (JOURNAL, NOTES, SUMMARIES)
ROLE_KEYS: dict[str, frozenset[str]] = {
    "psychologist": frozenset({JOURNAL, NOTES, SUMMARIES}),
    "counsellor": frozenset({JOURNAL, SUMMARIES}),
    # No key to the records: the head teacher reads the published summaries only
    # (desktop/services/published.py).
    "head": frozenset({SUMMARIES}),
}
CHECK_LABEL = b"senim-key-check"
_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()


def check_value(key: bytes) -> bytes:
    """An HMAC of a key: recognises the right key without keeping it (keyring's checks)."""
    return hmac.new(bytes(key), CHECK_LABEL, hashlib.sha256).digest()


def role_of(names: frozenset[str] | set[str]) -> str | None:
    """The role a set of keys makes (None: none). The keys to the records decide: the
    journal and notes keys a psychologist, the journal key a counsellor, the summaries key
    alone a head teacher; the summaries key beside the journal key only lets an account
    publish the head teacher's counts. Sign-in takes the lower of this and the account's
    record (RANK), so the record can lower a role, never raise it."""
    held = frozenset(names)
    if JOURNAL in held:
        return "psychologist" if NOTES in held else "counsellor"
    return "head" if SUMMARIES in held else None


RANK = {"head": 0, "counsellor": 1, "psychologist": 2}


def lower_role(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return None
    return a if RANK.get(a, -1) <= RANK.get(b, -1) else b


def keys_for(role: str) -> frozenset[str]:
    try:
        return ROLE_KEYS[role]
    except KeyError:
        raise ValueError(f"unknown role: {role}") from None


# -- an account's identity ---------------------------------------------------------------------


@dataclass(frozen=True)
class PublicIdentity:
    box: bytes  # X25519 public key: keys are sealed to it
    sign: bytes  # Ed25519 public key: what the account signs is checked with it


class Identity:
    """An account's two private keys, in memory only while it is signed in."""

    SECRET_BYTES = 2 * KEY_BYTES

    def __init__(self, secret: bytes | bytearray):
        if len(secret) != self.SECRET_BYTES:
            raise ValueError("an identity is 64 bytes")
        self._secret = bytearray(secret)

    @classmethod
    def new(cls) -> Identity:
        return cls(secrets.token_bytes(cls.SECRET_BYTES))

    @property
    def secret(self) -> bytes:
        return bytes(self._secret)

    def _box(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(bytes(self._secret[:KEY_BYTES]))

    def _signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(bytes(self._secret[KEY_BYTES:]))

    def public(self) -> PublicIdentity:
        return PublicIdentity(
            self._box().public_key().public_bytes(_RAW, _RAW_PUBLIC),
            self._signer().public_key().public_bytes(_RAW, _RAW_PUBLIC),
        )

    def sign(self, message: bytes) -> bytes:
        return self._signer().sign(message)

    def open_grant(self, grant: Grant, name: str, lookup: str) -> bytes | None:
        """The granted key, or None if this grant was not sealed to this identity for
        `name` and `lookup` (a grant moved, renamed or altered)."""
        try:
            peer = X25519PublicKey.from_public_bytes(grant.ephemeral)
            shared = self._box().exchange(peer)
            recipient = self._box().public_key().public_bytes(_RAW, _RAW_PUBLIC)
            key = _grant_key(shared, grant.ephemeral, recipient, name, lookup)
            return AESGCM(key).decrypt(grant.nonce, grant.sealed, _grant_ad(name, lookup))
        except (InvalidTag, ValueError):
            return None

    def wipe(self) -> None:
        for i in range(len(self._secret)):
            self._secret[i] = 0


def verify_signature(public_sign: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_sign).verify(signature, message)
        return True
    except (InvalidSignature, ValueError):
        return False


# -- grants --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grant:
    ephemeral: bytes  # the sender's one-time X25519 public key
    nonce: bytes
    sealed: bytes  # the key, AES-GCM sealed (32 bytes + 16-byte tag)

    SEALED_BYTES = KEY_BYTES + 16


def seal_grant(key: bytes, recipient_box: bytes, name: str, lookup: str) -> Grant:
    """`key` sealed to an account's X25519 public key, for `name` and that account only."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box))
    wrap_key = _grant_key(shared, ephemeral_public, recipient_box, name, lookup)
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(wrap_key).encrypt(nonce, bytes(key), _grant_ad(name, lookup))
    return Grant(ephemeral_public, nonce, sealed)


def _grant_ad(name: str, lookup: str) -> bytes:
    return f"senim-grant|{name}|{lookup}".encode()


def _grant_key(shared: bytes, ephemeral: bytes, recipient: bytes, name: str,
               lookup: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + recipient,
                info=_grant_ad(name, lookup)).derive(shared)


# -- what an unlocked account holds ----------------------------------------------------------------


@dataclass
class KeySet:
    """The keys an account unwrapped, by name, and its identity (None for an account still
    in the format of earlier versions: one wrap of the journal key, no identity).
    `legacy`: unwrapped from such a wrap. wipe() overwrites all of it at sign-out and lock."""

    keys: dict[str, bytearray] = field(default_factory=dict)
    identity: Identity | None = None
    legacy: bool = False
    # While the keys are being changed (keyring.Keyring.begin_rotation): the new keys this
    # account will hold, until the change is finished or abandoned.
    pending: KeySet | None = None

    @classmethod
    def of(cls, identity: Identity | None = None, legacy: bool = False,
           **keys: bytes | None) -> KeySet:
        return cls({n: bytearray(k) for n, k in keys.items() if k is not None}, identity, legacy)

    def copy(self) -> KeySet:
        """Its own copy (the original may be wiped at sign-out while this one is used)."""
        identity = None if self.identity is None else Identity(self.identity.secret)
        return KeySet({n: bytearray(k) for n, k in self.keys.items()}, identity, self.legacy,
                      None if self.pending is None else self.pending.copy())

    def get(self, name: str) -> bytes | None:
        key = self.keys.get(name)
        return None if key is None else bytes(key)

    @property
    def journal(self) -> bytes | None:
        return self.get(JOURNAL)

    @property
    def notes(self) -> bytes | None:
        return self.get(NOTES)

    @property
    def summaries(self) -> bytes | None:
        return self.get(SUMMARIES)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.keys)

    @property
    def role(self) -> str | None:
        return role_of(self.names)

    def wipe(self) -> None:
        for key in self.keys.values():
            for i in range(len(key)):
                key[i] = 0
        if self.identity is not None:
            self.identity.wipe()
        if self.pending is not None:
            self.pending.wipe()


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


# -- what only a psychologist can vouch for --------------------------------------------------------
#
# Identities are certified, and the audit trail's head sealed, with a key derived from the
# notes key: only psychologists (and the recovery key) hold it, so a counsellor can neither
# vouch for an identity they made nor move the psychologists' anchor of the audit trail.


def cert_key(notes_key: bytes) -> bytes:
    return hmac.new(bytes(notes_key), b"senim-certify", hashlib.sha256).digest()


def certify(key: bytes, lookup: str, sign_public: bytes) -> bytes:
    """That this signing key is the identity of this account (or the recovery key's)."""
    return hmac.new(key, b"senim-identity|" + lookup.encode() + b"|" + sign_public,
                    hashlib.sha256).digest()


def seal_head(key: bytes, seq: int, digest: str) -> bytes:
    """The audit trail's head as a psychologist saw it."""
    return hmac.new(key, f"senim-audit-head|{int(seq)}|{digest}".encode(), hashlib.sha256).digest()
