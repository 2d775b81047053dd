"""A concern's two clocks in words, for the form, the register and the dashboard:
"Acknowledge by 23.11.2026 — due today", "Written answer by 04.12.2026 — 3 working days
left", "… — overdue by 2 days". Each function returns the text and whether it is late
(shown in red)."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from ..widgets.fmt import format_date


def clock_words(days_left: int) -> str:
    """0: due today; more: working days left; less: calendar days late."""
    if days_left == 0:
        return QCoreApplication.translate("ConcernClock", "due today")
    if days_left == 1:
        return QCoreApplication.translate("ConcernClock", "1 working day left")
    if days_left > 1:
        return QCoreApplication.translate("ConcernClock", "{n} working days left").format(
            n=days_left)
    if days_left == -1:
        return QCoreApplication.translate("ConcernClock", "overdue by 1 day")
    return QCoreApplication.translate("ConcernClock", "overdue by {n} days").format(n=-days_left)


def ack_line(ack_due: date, acknowledged_on: date | None, days_left: int | None) -> tuple[str, bool]:
    """The acknowledgement: its deadline and clock, or when it was acknowledged."""
    if acknowledged_on is not None:
        if acknowledged_on > ack_due:
            return QCoreApplication.translate(
                "ConcernClock", "Acknowledged on {date} — late: it was due {due}"
            ).format(date=format_date(acknowledged_on), due=format_date(ack_due)), False
        return QCoreApplication.translate("ConcernClock", "Acknowledged on {date}").format(
            date=format_date(acknowledged_on)), False
    return QCoreApplication.translate("ConcernClock", "Acknowledge by {date} — {clock}").format(
        date=format_date(ack_due), clock=clock_words(days_left or 0)), (days_left or 0) < 0


def answer_line(answer_due: date, answered_on: date | None, days_left: int | None) -> tuple[str, bool]:
    """The written answer: its deadline and clock, or when it was given."""
    if answered_on is not None:
        if answered_on > answer_due:
            return QCoreApplication.translate(
                "ConcernClock", "Answered in writing on {date} — late: it was due {due}"
            ).format(date=format_date(answered_on), due=format_date(answer_due)), False
        return QCoreApplication.translate("ConcernClock", "Answered in writing on {date}").format(
            date=format_date(answered_on)), False
    return QCoreApplication.translate("ConcernClock", "Written answer by {date} — {clock}").format(
        date=format_date(answer_due), clock=clock_words(days_left or 0)), (days_left or 0) < 0


def unknown_years_line(years) -> str:
    """The deadlines run into years whose holidays are not known (Deadlines.unknown_years):
    one line saying so, or "" when every year is known."""
    if not years:
        return ""
    return QCoreApplication.translate(
        "ConcernClock", "Holidays of {years} are not known for certain: the deadline counts "
        "the expected days off and may miss a transferred one. Check them in Settings → "
        "Holidays.").format(
        years=", ".join(str(y) for y in years))


def status_line(row) -> tuple[str, bool]:
    """One line for a list (a ConcernRow): the clock that runs now. An unacknowledged
    concern shows the acknowledgement, unless its answer is already late too. A running
    clock whose holidays are not known says so at the end (the tooltip says more)."""
    text, late = _status(row)
    if row.answered_on is None and getattr(row, "unknown_years", ()):
        text = QCoreApplication.translate(
            "ConcernClock", "{clock} (holidays of {years} not known)").format(
            clock=text, years=", ".join(str(y) for y in row.unknown_years))
    return text, late


def status_tip(row) -> str:
    """Both clocks of a list's row, and the unknown holidays line if any."""
    lines = [ack_line(row.ack_due, row.acknowledged_on, row.ack_days_left)[0],
             answer_line(row.answer_due, row.answered_on, row.answer_days_left)[0]]
    unknown = unknown_years_line(getattr(row, "unknown_years", ()))
    return "\n".join([*lines, unknown] if unknown else lines)


def _status(row) -> tuple[str, bool]:
    if row.answered_on is not None:
        return QCoreApplication.translate("ConcernClock", "Answered {date}").format(
            date=format_date(row.answered_on)), False
    answer_left = row.answer_days_left
    if row.acknowledged_on is None and not answer_left < 0:
        return QCoreApplication.translate("ConcernClock", "Acknowledge: {clock}").format(
            clock=clock_words(row.ack_days_left)), row.ack_days_left < 0
    return QCoreApplication.translate("ConcernClock", "Answer: {clock}").format(
        clock=clock_words(answer_left)), answer_left < 0
