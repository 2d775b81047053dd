"""The dashboard's reasons say which bullying window they used, and that the follow-up rule
counts working days."""

import uuid
from dataclasses import replace
from datetime import date

from desktop.models.warnings import Rule, Thresholds, Warning
from desktop.views.concerns.concern_clock import status_line, status_tip
from desktop.views.dashboard.warning_text import explanation, reason

TODAY = date(2026, 11, 20)


def warning(rule: Rule, count: int = 3) -> Warning:
    return Warning(uuid.uuid4(), "Жақсыбекова Дана", "6Ғ", rule.value, TODAY, "x", count)


def test_the_repeated_target_reason_names_its_window(services):
    t = Thresholds()
    assert reason(warning(Rule.REPEATED_TARGET), t, TODAY) == \
        "Targeted in 3 incidents this school year (since 01/09/2026)"
    assert "with no time limit" in explanation(Rule.REPEATED_TARGET.value, t, TODAY)
    days = replace(t, bullying_window_school_year=False, bullying_window_days=30)
    assert reason(warning(Rule.REPEATED_TARGET), days, TODAY) == \
        "Targeted in 3 incidents in the last 30 days"


def test_the_follow_up_rule_counts_working_days(services):
    t = Thresholds()
    assert reason(warning(Rule.NO_FOLLOW_UP), t, TODAY) == \
        "An incident with no follow-up action after 3 working days"
    assert "3 working days or more" in explanation(Rule.NO_FOLLOW_UP.value, t, TODAY)


def test_a_clock_into_an_unknown_year_says_so_in_the_lists(services):
    class Row:
        received_at = None
        ack_due, answer_due = date(2027, 12, 21), date(2028, 1, 10)
        acknowledged_on, answered_on = date(2027, 12, 20), None
        ack_days_left, answer_days_left = None, 15
        unknown_years = (2028,)

    assert status_line(Row())[0] == "Answer: 15 working days left (holidays of 2028 not known)"
    assert status_tip(Row()).endswith(
        "Holidays of 2028 are not known for certain: the deadline counts the expected days "
        "off and may miss a transferred one. Check them in Settings → Holidays.")
