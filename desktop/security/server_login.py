"""An account's login on the school's server (desktop/server/): never its password.

`login_secret` derives a secret from the password with Argon2id, salted with the database's
and the user's names; the server keeps only SCRAM's verifier of that secret, made here
(`scram_verifier`), so the server never sees even the secret. A server administrator who
reads pg_authid learns nothing that opens a laptop's keyring, and guessing a password from
the verifier costs an Argon2id per guess. `login_role` names the account's PostgreSQL login
without its name in the clear.
"""

import base64
import hashlib
import hmac
import os
import secrets
import unicodedata

from .kdf import KdfParams, derive_key

# The same on every laptop (it must give the same secret), so not measured per machine.
# SENIM_KDF_FAST (the tests) makes it cheap, as it does the keyring's.
_LOGIN_KDF = KdfParams(time_cost=2, memory_kib=64 * 1024, parallelism=1)
_FAST_LOGIN_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def _user(name: str) -> str:
    return unicodedata.normalize("NFC", (name or "").strip()).casefold()


def login_role(dbname: str, user: str) -> str:
    digest = hashlib.sha256(f"senim-login\0{dbname}\0{_user(user)}".encode()).hexdigest()
    return "s_" + digest[:24]


def login_secret(dbname: str, user: str, password: str) -> str:
    params = _FAST_LOGIN_KDF if os.environ.get("SENIM_KDF_FAST") == "1" else _LOGIN_KDF
    salt = hashlib.sha256(f"senim-login-salt\0{dbname}\0{_user(user)}".encode()).digest()[:16]
    raw = derive_key(password, salt, params)
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def scram_verifier(secret: str, iterations: int = 4096) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier of `secret` (RFC 5802/7677), as ALTER ROLE ...
    PASSWORD accepts it already hashed."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def login_verifier(dbname: str, user: str, password: str) -> str:
    return scram_verifier(login_secret(dbname, user, password))
