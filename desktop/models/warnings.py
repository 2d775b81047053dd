"""Early warning: the thresholds the school sets, and the shapes of a raised warning."""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple

from .school_year import school_year_start
from .validation import Checker


class Rule(str, Enum):
    """Why a pupil needs attention. Each is explained in plain words on screen
    (desktop/views/widgets/labels.py)."""

    SELF_HARM_RISK = "self_harm_risk"  # a session marked with a risk of self-harm
    SEVERE_INCIDENT = "severe_incident"  # severity 3 or 4
    REPEATED_TARGET = "repeated_target"  # targeted in N incidents within the window
    TARGET_AND_AGGRESSOR = "target_and_aggressor"
    CONCERN_OVERDUE = "concern_overdue"  # not acknowledged or not answered in time
    REPEAT_CONCERN = "repeat_concern"  # a second concern about the same pupil
    NO_FOLLOW_UP = "no_follow_up"  # an incident with no follow-up action after N days
    ACTION_OVERDUE = "action_overdue"
    REVIEW_DUE = "review_due"  # a case's monitoring review date has passed


# The order a list of warnings is shown in: the gravest first.
RULE_ORDER = tuple(Rule)


@dataclass
class Thresholds:
    bullying_window_days: int = 30  # used when bullying_window_school_year is off
    # Order No. 506: bullying is "two or more times", with no time limit; by default the
    # incidents of the current school year count (1 September to today).
    bullying_window_school_year: bool = True
    bullying_min_incidents: int = 2  # Order No. 506: bullying is "two or more times"
    lookback_days: int = 90  # how far back severe incidents, risks and roles are raised
    follow_up_days: int = 3  # working days
    ack_working_days: int = 1
    # The Administrative Procedural Code, art. 76: an appeal is answered within 15 working
    # days; the school may promise less.
    answer_working_days: int = 15
    repeat_concern_days: int = 90
    # Closing a bullying case monitored for less than this warns (the school's minimum).
    min_monitoring_days: int = 30
    line_111: str = "111"
    support_centre: str = ""  # the regional psychological support centre's contacts

    def bullying_since(self, today: date) -> date:
        """The first day of the bullying window on `today`: 1 September of the current
        school year, or `bullying_window_days` days back."""
        if self.bullying_window_school_year:
            return school_year_start(today)
        return today - timedelta(days=self.bullying_window_days)


THRESHOLD_LIMITS = {
    "bullying_window_days": (1, 365),
    "bullying_min_incidents": (2, 20),
    "lookback_days": (1, 730),
    "follow_up_days": (1, 60),
    "ack_working_days": (0, 30),
    "answer_working_days": (1, 60),
    "repeat_concern_days": (1, 730),
    "min_monitoring_days": (1, 365),
}


def check_thresholds(t: Thresholds) -> Checker:
    c = Checker()
    for name, (low, high) in THRESHOLD_LIMITS.items():
        value = getattr(t, name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            c.add(name, "out_of_range", min=low, max=high)
    # Compared only once both are whole numbers in range (an empty field is None).
    if (not c.has("ack_working_days") and not c.has("answer_working_days")
            and t.ack_working_days > t.answer_working_days):
        c.add("answer_working_days", "warnings.answer_before_ack")
    c.text("line_111", t.line_111, required=False, max_len=100)
    c.text("support_centre", t.support_centre, required=False, max_len=500)
    if not isinstance(t.bullying_window_school_year, bool):
        c.add("bullying_window_school_year", "required")
    return c


class Warning(NamedTuple):
    """One pupil, one reason. `since` is when the signal began; `subject` names the records
    that raised it, so a dismissal holds until a new record raises it again. A named tuple,
    not a frozen dataclass: the dashboard builds thousands of them at every refresh, and a
    frozen dataclass's __init__ costs five times as much."""

    pupil_id: uuid.UUID
    pupil_name: str
    class_name: str
    rule: str
    since: date
    subject: str
    count: int = 1  # incidents, concerns or actions behind it
