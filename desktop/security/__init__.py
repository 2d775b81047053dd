"""Keys and passwords, without Qt: Argon2id key derivation (kdf) and keys.json (keyring).

The database is encrypted with a random data key; keys.json keeps that key wrapped once
per account password and once for the recovery key. See keyring.py for the file format.
"""

from .kdf import (
    FAST_ENV,
    FAST_PARAMS,
    OWASP_MINIMUM,
    KdfParams,
    default_params,
    derive_key,
    tune,
)
from .keyring import (
    BadCredentials,
    Keyring,
    KeyringDamaged,
    KeyringError,
    TooSoon,
    UnknownAccount,
    format_recovery_key,
    parse_recovery_key,
)

__all__ = [
    "FAST_ENV",
    "FAST_PARAMS",
    "OWASP_MINIMUM",
    "BadCredentials",
    "KdfParams",
    "Keyring",
    "KeyringDamaged",
    "KeyringError",
    "TooSoon",
    "UnknownAccount",
    "default_params",
    "derive_key",
    "format_recovery_key",
    "parse_recovery_key",
    "tune",
]
