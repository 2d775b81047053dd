"""Dates and times in the interface language's locale (QLocale.setDefault in i18n.py)."""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def date_format() -> str:
    """The locale's short date format with a four-digit year (Kazakh's default has two)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def first_line(text: str | None) -> str:
    """The first line of a long text, for a list's cell (the tooltip holds the rest)."""
    return (text or "").strip().split("\n", 1)[0]


def shortened(text: str | None, limit: int) -> str:
    """The first line, cut after a whole word with "…" when longer than `limit` characters:
    a title that says what a record is about without filling a column."""
    line = first_line(text)
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] if " " in line[:limit] else line[:limit]
    return cut.rstrip(" ,.;:—-") + "…"


def format_count(n: int) -> str:
    """1 800 in Kazakh and Russian, 1,800 in English."""
    return QLocale().toString(n)


def format_date(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), date_format())


def format_datetime(dt: datetime | None) -> str:
    if dt is None:
        return ""
    return f"{format_date(dt.date())} {format_time(dt)}"


def format_time(dt: datetime) -> str:
    return QLocale().toString(QTime(dt.hour, dt.minute), "HH:mm")


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_qdatetime(dt: datetime) -> QDateTime:
    return QDateTime(to_qdate(dt.date()), QTime(dt.hour, dt.minute))


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def from_qdatetime(q: QDateTime) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
