"""How a value is written: a CSV cell's text, and what a spreadsheet would take for a
formula. Dates YYYY-MM-DD; times YYYY-MM-DD HH:MM (bookkeeping times as UTC wall time);
yes/no; codes as stored; ids (UUID) kept so files can be joined."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

# A text a spreadsheet would take for a formula; a phone number or a plain number is not one.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_LIKE = re.compile(r"[+-][0-9 ()\-.]*")


def formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START) and not _NUMBER_LIKE.fullmatch(text)


def naive(value: datetime) -> datetime:
    """Bookkeeping times may come back timezone-aware (UTC): written as UTC wall time."""
    if value.tzinfo is None:
        return value
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if formula_like(value) else value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return naive(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
