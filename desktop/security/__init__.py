"""Keys and passwords, without Qt: Argon2id key derivation (kdf) and keys.json (keyring).

The journal's keys (journal, notes, summaries) are granted per role to each account's
identity (grants.py); keys.json keeps the identities wrapped with their passwords and the
recovery key (keyring.py says the file format).
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
from .grants import JOURNAL, NOTES, SUMMARIES, KeySet, lower_role, role_of
from .keyring import (
    BadCredentials,
    Keyring,
    KeyringDamaged,
    KeyringError,
    NoKeyToGrant,
    NotUpgraded,
    TooSoon,
    UnknownAccount,
    format_recovery_key,
    parse_recovery_key,
)

__all__ = [
    "FAST_ENV",
    "FAST_PARAMS",
    "OWASP_MINIMUM",
    "JOURNAL",
    "NOTES",
    "SUMMARIES",
    "BadCredentials",
    "KeySet",
    "NoKeyToGrant",
    "NotUpgraded",
    "lower_role",
    "role_of",
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
