"""Accounts: who signs in, and with which role."""

import uuid
from dataclasses import dataclass


@dataclass
class AccountInput:
    user_name: str = ""
    display_name: str = ""
    role: str | None = None
    password: str = ""  # never stored: it only wraps the data key in the keyring


@dataclass(frozen=True)
class AccountRead:
    id: uuid.UUID
    user_name: str
    display_name: str
    role: str
    active: bool
    # The role its keys make (desktop/security/grants.py), filled in the accounts list: it
    # differs from `role` for an account from an earlier version not given its keys yet, or
    # for a record changed outside Senim. None: not looked up, or it holds no keys.
    held_role: str | None = None
    keys_match: bool = True  # it holds exactly its role's keys (filled in the accounts list)
