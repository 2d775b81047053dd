"""The term summary a head teacher reads: counts in tables, never a name, a note or an IIN.

This is the contract between the service that counts (services/term_summary.py), the screen
(views/reports/term_summary_page.py) and the documents (documents/term_report.py, the .xlsx/.csv
writer). Only suppressed figures ever leave the service: a hidden count is not carried
here at all, so no screen or file can show it by mistake.

A figure is an int (0, or a count of 5 or more rounded to a multiple of 5 by the cell-key
method, models/cell_key.py), or one of two marks:
- LESS_THAN_5: the count is between 1 and 4 (primary suppression), shown as «<5»;
- HIDDEN: the count is 5 or more, hidden so that a «<5» in the same column cannot be
  worked out from the column's total (complementary suppression), shown as «×».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from . import enums


class NotPublished(LookupError):
    """A period not among the head teacher's published counts (services/published.py): a
    quarter begun since they were published, or a free range of dates."""


class Mark(str, Enum):
    LESS_THAN_5 = "<5"
    HIDDEN = "x"


LESS_THAN_5, HIDDEN = Mark.LESS_THAN_5, Mark.HIDDEN
Figure = int | Mark

# Which period a column of every table holds, in this order.
CURRENT, PREVIOUS, LAST_YEAR = 0, 1, 2


@dataclass(frozen=True)
class Period:
    """A span of days, both ends included. `year` ("2025-2026") and `term` (1-4) say which
    quarter or year of the calendar it is, when it is one; a free range has neither."""

    starts_on: date
    ends_on: date
    year: str | None = None
    term: int | None = None

    @property
    def is_term(self) -> bool:
        return self.year is not None and self.term is not None

    @property
    def is_year(self) -> bool:
        return self.year is not None and self.term is None


@dataclass(frozen=True)
class Row:
    """One line of a table: `key` is a code (an enum value such as "individual", a grade
    such as "7", a severity "3") that the screen and the documents translate; `figures`
    has one figure per period (CURRENT, PREVIOUS, LAST_YEAR)."""

    key: str
    figures: tuple[Figure, Figure, Figure]


@dataclass(frozen=True)
class Table:
    """A breakdown, such as sessions by kind. `total` is set when the rows add up to it
    (each session has exactly one kind); it is None when they need not (an incident may
    have several forms), and then no complementary suppression is needed either."""

    key: str
    rows: tuple[Row, ...]
    total: Row | None = None


@dataclass(frozen=True)
class TermSummary:
    """`periods` holds the CURRENT, PREVIOUS and LAST_YEAR periods; `headline` the figures
    that head the report (pupils served, sessions held, incidents, concerns received and
    answered on time, …); `tables` the breakdowns, in the order they are shown; `made_on`
    the day it was counted."""

    periods: tuple[Period, Period, Period]
    headline: Table
    tables: tuple[Table, ...]
    made_on: date

    def table(self, key: str) -> Table:
        return next(t for t in (self.headline, *self.tables) if t.key == key)

    @property
    def as_of(self) -> date | None:
        """The day the figures are counted up to, when the period reaches today or later
        (they may still change): made_on. None for a period that has ended."""
        return self.made_on if self.periods[CURRENT].ends_on >= self.made_on else None

    @property
    def running(self) -> bool:
        """The current period has begun and not ended: its figures are not comparable with
        whole periods (no ▲▼ against them)."""
        current = self.periods[CURRENT]
        return current.starts_on <= self.made_on <= current.ends_on


def shown(figure: Figure) -> str:
    """The figure as text in any language: digits, «<5» or «×»."""
    if isinstance(figure, Mark):
        return "<5" if figure is LESS_THAN_5 else "×"
    return str(figure)


# --- what the summary holds: table keys and their row keys, in the order shown -------------
# Row keys that are enum values come from models/enums.py; the screen and the documents
# translate both kinds of key (views/widgets/labels.py has the enum labels).

HEADLINE = "headline"
HEADLINE_ROWS = (
    "pupils_served",  # unique pupils in held sessions
    "sessions_held",
    "incidents",  # observations (incidents) that happened in the period
    "concerns_received",
    "concerns_answered_on_time",  # a written answer by its deadline
    "concerns_overdue",  # received in the period, answer late or still missing past its deadline
    "cases_opened",
    "cases_closed",
    "referrals_sent",
    "activities",  # preventive activities held
    "activity_participants",
    # Individual pedagogical accompaniment (Law No. 245-VIII): pupils accompanied on the
    # period's last day, accompaniments started and ended in it, and open ones whose review
    # was overdue on its last day (or today, for a period still running).
    "accompanied",
    "accompaniments_started",
    "accompaniments_ended",
    "accompaniment_reviews_overdue",
)
# The law's grounds for accompaniment; a ground the school added counts as "other".
ACCOMPANIMENT_GROUNDS = ("learning", "absences", "antisocial", "offence", "violence",
                         "bullying", "life_situation", "other")


def _values(enum_name: str) -> tuple[str, ...]:
    return tuple(m.value for m in getattr(enums, enum_name))


# key -> (row keys, whether the rows add up to a total)
TABLES: dict[str, tuple[tuple[str, ...], bool]] = {
    "sessions_by_kind": (_values("SessionKind"), True),  # held sessions
    "sessions_by_initiator": (_values("Initiator"), True),
    "incidents_by_form": (_values("BullyingForm"), False),  # an incident may have several
    "incidents_by_severity": (("1", "2", "3", "4"), True),
    "incidents_by_place": (_values("Place"), True),
    # An incident counts once in each grade its pupils are in now (any role).
    "incidents_by_grade": (tuple(str(g) for g in range(13)), False),  # 12 in some schools
    "concerns_by_source": (_values("ConcernSource"), True),
    # Concerns received in the period, by how their written answer went.
    "concerns_by_answer": (("on_time", "late", "overdue", "in_time"), True),
    # Cases open at some time in the period, by their stage on its last day.
    "cases_by_stage": (_values("CaseStage"), True),
    "referrals_by_destination": (_values("OrganisationKind"), True),  # sent in the period
    "referrals_by_status": (_values("ReferralStatus")[1:], True),  # those, by status now
    "activities_by_programme": (_values("Programme"), True),
    "participants_by_programme": (_values("Programme"), True),
    # Pupils accompanied on the period's last day: by ground (a pupil may have several),
    # and by grade now.
    "accompanied_by_ground": (ACCOMPANIMENT_GROUNDS, False),
    "accompanied_by_grade": (tuple(str(g) for g in range(13)), True),
}

# A whole school year's summary has these tables too: a headline figure by part of the year
# (models/school_calendar.py, PARTS: the quarters, the breaks between them, the summer), so
# that work in a break or in June shows as its own row and the rows add up to the year.
# key -> the headline figure it splits.
YEAR_PART_TABLES: dict[str, str] = {
    "sessions_by_part": "sessions_held",
    "incidents_by_part": "incidents",
    "concerns_by_part": "concerns_received",
    "referrals_by_part": "referrals_sent",
}
YEAR_PART_ROWS = ("before", "q1", "break1", "q2", "break2", "q3", "break3", "q4", "summer",
                  "unknown")  # "unknown": a year the calendar lacks, not split

