"""Sealing confidential text (session notes, drafts of them) with the notes key.

Only psychologists hold the notes key (grants.py), so a counsellor or anyone else who opens
the journal with the journal key reads sealed text only. Each value is sealed on its own
(AES-256-GCM, a random nonce) and stored as text: PREFIX, then base64 of nonce and sealed
bytes. A value without the prefix is plain text written by an earlier version, read as it is
until the first psychologist's sign-in after the update seals it (vault.seal_plain_notes).

What this does not hide: that a session has notes, and roughly how long they are.
The AES-GCM object keeps its own copy of the key inside OpenSSL, out of Python's reach; it
goes when the cipher is dropped at sign-out.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "senim-sealed:1:"
NONCE_BYTES = 12
_AD = b"senim-notes"


class NotesUnreadable(ValueError):
    """A sealed value that does not open with this key (altered, or sealed with another)."""


def is_sealed(value: str | None) -> bool:
    return bool(value) and value.startswith(PREFIX)


class NotesCipher:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("the notes key is 32 bytes")
        self._aead = AESGCM(bytes(key))

    def seal(self, text: str) -> str:
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), _AD)
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, value: str) -> str:
        if not is_sealed(value):
            return value  # plain text of an earlier version, until it is sealed
        try:
            raw = base64.b64decode(value[len(PREFIX):], validate=True)
            return self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _AD).decode("utf-8")
        except (InvalidTag, binascii.Error, ValueError) as exc:
            raise NotesUnreadable("sealed notes that do not open with the notes key") from exc
