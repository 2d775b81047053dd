"""The school year: 1 September to 31 August (the quarters themselves are data, DOMAIN.md)."""

from datetime import date


def school_year_start(day: date) -> date:
    """1 September of the school year `day` belongs to."""
    return date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def school_year(day: date) -> str:
    """The school year `day` belongs to, as written in records: "2025-2026"."""
    start = school_year_start(day).year
    return f"{start}-{start + 1}"
