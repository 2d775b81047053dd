"""What the demo generators share: the invented school and its staff, the clock's
conversions and the school days they keep to. Plain data and functions, no database."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

# Almaty wall clock is UTC+5; bookkeeping columns are UTC.
UTC_OFFSET = timedelta(hours=5)

SCHOOL = dict(
    name_kk="№ 47 жалпы білім беретін мектеп",
    name_ru="Общеобразовательная школа № 47",
    address="050000, г. Алматы, Алатауский район, мкр. Жаңа Өмір, ул. Шұғыла, 14",
    phone="+7 727 300 47 47",
    director="Сәрсенбаева Гүлнар Қайратқызы",
    psychologist="Омарова Динара Серікқызы",
)
SOCIAL_PEDAGOGUE = "Ковалёва Ирина Викторовна"
DEPUTY = "Тұрсынов Асқар Болатұлы"


def utc(local: datetime | date, hour: int = 11) -> datetime:
    """A local wall-clock time as the aware UTC time the bookkeeping columns need; a date
    alone is taken at `hour` o'clock."""
    if not isinstance(local, datetime):
        local = datetime.combine(local, time(hour, 0))
    return (local - UTC_OFFSET).replace(tzinfo=timezone.utc)


def afternoon(day: date) -> datetime:
    """The UTC moment of 15:00 local on `day`: when the day's paperwork is written up."""
    return utc(datetime.combine(day, time(15, 0)))


def _holidays(year: int) -> set[date]:
    """Breaks and public holidays of the school year starting 1 Sept `year` (a convention)."""
    out: set[date] = set()

    def span(a: date, b: date) -> None:
        d = a
        while d <= b:
            out.add(d)
            d += timedelta(days=1)

    span(date(year, 10, 27), date(year, 11, 2))
    span(date(year, 12, 29), date(year + 1, 1, 7))
    span(date(year + 1, 3, 19), date(year + 1, 3, 29))
    span(date(year + 1, 5, 26), date(year + 1, 8, 31))
    for y, m, d in ((year, 10, 25), (year, 12, 16), (year + 1, 3, 8), (year + 1, 5, 1),
                    (year + 1, 5, 7), (year + 1, 5, 9)):
        out.add(date(y, m, d))
    return out


def school_days(first: date, last: date) -> list[date]:
    """Weekdays from first to last that are not breaks or holidays."""
    off: set[date] = set()
    for y in range(first.year - 1, last.year + 1):
        off |= _holidays(y)
    days, d = [], first
    while d <= last:
        if d.weekday() < 5 and d not in off:
            days.append(d)
        d += timedelta(days=1)
    return days


def quarters(year: int) -> list[tuple[date, date]]:
    """The quarters of the school year starting in `year`, as in DOMAIN.md's calendar."""
    return [(date(year, 9, 1), date(year, 10, 26)), (date(year, 11, 3), date(year, 12, 28)),
            (date(year + 1, 1, 8), date(year + 1, 3, 18)),
            (date(year + 1, 3, 30), date(year + 1, 5, 25))]
