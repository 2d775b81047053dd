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
