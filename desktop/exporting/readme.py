"""The README.txt an export carries: who exported what and when, a warning about the
personal data in it, every file with its columns, how values are written, and the codes."""

from __future__ import annotations

from datetime import datetime

from .. import __version__
from .codes import CODE_LISTS
from .tables import TABLES

WORKBOOK = "senim-export.xlsx"
README = "README.txt"


def readme_text(tables, counts: dict[str, int], started: datetime, *, actor: str, role: str,
                school_name: str, notes_line: str) -> str:
    """`tables`: the (TableSpec, columns) pairs exported; the others are named as not seen
    by this account. `notes_line` says whether the confidential notes are in, and why not."""
    shown = {t.name for t, _cols in tables}
    missing = [t.name for t in TABLES if t.name not in shown]
    lines = [
        "SENIM: EXPORT OF THE JOURNAL",
        "",
        f"Exported:        {started:%Y-%m-%d %H:%M} (this computer's clock)",
        f"By:              {actor} ({role})",
        f"School:          {school_name}",
        f"Senim version:   {__version__}",
        f"Confidential session notes: {notes_line}",
    ]
    if missing:
        lines.append("Not exported (this account may not see them): "
                     + ", ".join(f"{n}.csv" for n in missing))
    lines += [
        "",
        "WARNING: PERSONAL DATA. These files hold children's names, IINs, dates of birth,",
        "family contacts and what happened to them. Unlike the journal they are NOT",
        "encrypted. Keep them on an encrypted disk or in a locked place, never send them by",
        "e-mail or messenger, and delete them when they are no longer needed.",
        "",
        "FILES",
        "",
        f"{WORKBOOK}: every table below as one sheet, for Excel or LibreOffice Calc.",
        "    Open this one in Excel: it keeps IINs with their leading zeros and dates as",
        "    dates. Texts longer than Excel's 32,767 characters are cut there; the CSV",
        "    files always hold the whole text.",
        f"{README}: this file.",
        "",
    ]
    for t, cols in tables:
        n = counts.get(t.name, 0)
        lines.append(f"{t.name}.csv ({n} {'row' if n == 1 else 'rows'}): {t.description}")
        for c in cols:
            codes = f" See CODES: {c.codes}." if c.codes else ""
            lines.append(f"    {c.name}: {c.description}{codes}")
        lines.append("")
    lines += [
        "HOW VALUES ARE WRITTEN",
        "",
        "- CSV files: UTF-8 with a byte order mark, comma-separated, one header row.",
        "- Dates: YYYY-MM-DD. Times: YYYY-MM-DD HH:MM; event times (sessions,",
        "  observations, concerns) are the school's local time, created_at and updated_at",
        "  are UTC.",
        "- yes / no for yes-or-no columns; an empty cell for no value.",
        "- Ids are UUIDs: a *_id column holds the id of a row in another file.",
        "- Codes are written as stored; their meanings are listed below.",
        "- In the CSV files a text that a spreadsheet would run as a formula (one that",
        "  starts with = + - @) begins with an extra apostrophe ('). The workbook keeps",
        "  such texts unchanged and stores them as text.",
        "- Deleted records are not exported; a link to one (a *_id column) is left empty.",
        "",
        "CODES",
        "",
    ]
    used = dict.fromkeys(c.codes for _t, cols in tables for c in cols if c.codes)
    for name in used:
        lines.append(f"{name}:")
        lines += [f"    {code} = {meaning}" for code, meaning in CODE_LISTS[name].items()]
        lines.append("")
    return "\n".join(lines)
