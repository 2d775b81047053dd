"""Early warnings in plain words: a short reason for the list and the morning print-out, and
an explanation of the rule (with the school's thresholds) for whoever wonders why."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...models.warnings import Rule, Thresholds, Warning
from ..widgets.fmt import format_date


def bullying_window(t: Thresholds, today: date | None = None) -> str:
    """The bullying window in words: "this school year (since 1 September 2026)" or "in the
    last 30 days"."""
    if t.bullying_window_school_year:
        return QCoreApplication.translate("Warnings", "this school year (since {date})").format(
            date=format_date(t.bullying_since(today or date.today())))
    return QCoreApplication.translate("Warnings", "in the last {days} days").format(
        days=t.bullying_window_days)


def reason(w: Warning, t: Thresholds, today: date | None = None) -> str:
    n = w.count
    rule = Rule(w.rule)
    if rule is Rule.SELF_HARM_RISK:
        return QCoreApplication.translate("Warnings", "Risk of self-harm noted in a session")
    if rule is Rule.SEVERE_INCIDENT:
        return QCoreApplication.translate(
            "Warnings", "Serious incident (severity 3–4) still open")
    if rule is Rule.REPEATED_TARGET:
        return QCoreApplication.translate(
            "Warnings", "Targeted in {n} incidents {window}").format(
            n=n, window=bullying_window(t, today))
    if rule is Rule.TARGET_AND_AGGRESSOR:
        return QCoreApplication.translate(
            "Warnings", "Both a target and an aggressor in recent incidents")
    if rule is Rule.CONCERN_OVERDUE:
        return QCoreApplication.translate(
            "Warnings", "A concern about the pupil was not answered in time")
    if rule is Rule.REPEAT_CONCERN:
        return QCoreApplication.translate(
            "Warnings", "{n} concerns about the pupil within {days} days").format(
            n=n, days=t.repeat_concern_days)
    if rule is Rule.NO_FOLLOW_UP:
        return QCoreApplication.translate(
            "Warnings", "An incident with no follow-up action after {days} working days").format(
            days=t.follow_up_days)
    if rule is Rule.ACTION_OVERDUE:
        return QCoreApplication.translate(
            "Warnings", "Follow-up actions overdue: {n}").format(n=n)
    return QCoreApplication.translate(
        "Warnings", "The review date of a bullying case under monitoring has passed")


def explanation(rule: str, t: Thresholds, today: date | None = None) -> str:
    rule = Rule(rule)
    if rule is Rule.SELF_HARM_RISK:
        return QCoreApplication.translate(
            "Warnings",
            "A session in the last {days} days was marked with a risk of self-harm. Make sure "
            "the pupil is safe today, tell the parents, and refer to the psychological "
            "support centre; the 111 line helps children and families round the clock."
        ).format(days=t.lookback_days)
    if rule is Rule.SEVERE_INCIDENT:
        return QCoreApplication.translate(
            "Warnings",
            "The pupil was a target or an aggressor in an incident of severity 3 or 4 in the "
            "last {days} days that is still open: nobody has taken it into monitoring or "
            "resolved it.").format(days=t.lookback_days)
    if rule is Rule.REPEATED_TARGET:
        return QCoreApplication.translate(
            "Warnings",
            "The pupil was the target in {min} or more incidents {window}. Under Order "
            "No. 506 bullying is humiliation, harassment or intimidation repeated two or more "
            "times, with no time limit: open a bullying case if there is none.").format(
            min=t.bullying_min_incidents, window=bullying_window(t, today))
    if rule is Rule.TARGET_AND_AGGRESSOR:
        return QCoreApplication.translate(
            "Warnings",
            "The pupil was a target in one incident and an aggressor in another {window}: "
            "children who are bullied sometimes pass it on, and both need help."
        ).format(window=bullying_window(t, today))
    if rule is Rule.CONCERN_OVERDUE:
        return QCoreApplication.translate(
            "Warnings",
            "A concern about the pupil was not acknowledged within {ack} working days or not "
            "answered in writing within {answer} working days.").format(
            ack=t.ack_working_days, answer=t.answer_working_days)
    if rule is Rule.REPEAT_CONCERN:
        return QCoreApplication.translate(
            "Warnings",
            "Two or more concerns about the pupil came within {days} days: a family that "
            "complains again was not helped the first time.").format(days=t.repeat_concern_days)
    if rule is Rule.NO_FOLLOW_UP:
        return QCoreApplication.translate(
            "Warnings",
            "An open incident with the pupil as target or aggressor has had no follow-up "
            "action for {days} working days or more (weekends and days off do not count)."
        ).format(days=t.follow_up_days)
    if rule is Rule.ACTION_OVERDUE:
        return QCoreApplication.translate(
            "Warnings", "A follow-up action for the pupil is past its due date.")
    return QCoreApplication.translate(
        "Warnings",
        "A bullying case with the pupil is in monitoring and its review date has passed: "
        "review it and record the next stage.")
