"""The term summary (a quarter, a year or any range) beside the previous period and the same
period last year: aggregate queries only, then small-count suppression; the shape is
desktop/models/term_summary.py. Only suppressed figures leave this module.

What is counted (soft-deleted rows never count; a deleted pupil counts in no pupil figure):
- sessions: held ones (not planned, not cancelled) that started in the period, by kind and
  by initiator; pupils served: the different pupils of those sessions;
- incidents: observations that happened in the period, by severity and place; by form (an
  incident with two forms counts in both) and by grade (once in each grade its pupils are
  in now, any role);
- concerns received in the period, by source and by how their written answer went, judged
  today against the deadline fixed when the concern was saved (Concern.answer_due, working
  days, services/concerns.py): on time (answered by it), late (answered after it), overdue
  (no answer, deadline passed), in time (no answer yet, deadline not passed). The headline's
  "overdue" is late + overdue;
- cases open at some time in the period, by their stage on its last day (the latest stage
  entry up to that day): a case whose latest entry then is "closed" counts only if it was
  closed in the period. Headline: opened in the period (opened_on), and closed in it and
  still closed at its end (the table's "closed" row);
- referrals sent in the period (sent_on), by the kind of organisation and by status now;
- preventive activities held in the period and their participants, by programme.

One query per group of breakdowns covers the three periods at once: the rows are joined to
a small table of the periods and grouped by period, so periods that overlap count apart; a
period given twice (a year's previous year is also its "last year") is counted once.

Every count is published by the cell-key method (models/cell_key.py, which says why): each
query adds up its records' keys beside the count, so that a cell shows the same figure
wherever the same records are counted. Suppression (models/suppression.py) then works
column by column; on top of it, figures that the
summary shows twice are kept in step so that one cannot undo the other:
- a headline figure that is also tables' total (sessions held: by kind and by initiator):
  if one of those tables had to hide its total, every one of them hides it, and so does the
  headline;
- a headline figure that is a table's row, or a sum of rows (answered on time; overdue =
  late + overdue; cases closed), is hidden when one of those cells is.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    Date, DateTime, Integer, and_, case, exists, func, literal, or_, select, union_all,
)
from sqlmodel import Session

from ..db import Database
from ..models import (
    Accompaniment, AccompanimentReview, BullyingCase, CaseStageEntry, Concern,
    CounsellingSession, Observation, ObservationForm, ObservationPupil, Organisation,
    PreventiveActivity, Pupil, Referral, SessionPupil,
)
from ..models.accompaniment import is_review_overdue, split_codes
from ..models.cell_key import record_key as cell_record_key
from ..models.enums import CaseStage, ReferralStatus, SessionStatus
from ..models.suppression import published, suppress_column
from ..models.tally import (
    TallyIncident, TallyIncidentForm, TallyIncidentGrade, TallyServed, TallyServedYear,
    TallySession,
)
from ..models.school_calendar import UNKNOWN_PART, whole_year, year_parts
from ..models.term_summary import (
    ACCOMPANIMENT_GROUNDS, HEADLINE, HEADLINE_ROWS, HIDDEN, LESS_THAN_5, TABLES, YEAR_PART_ROWS, YEAR_PART_TABLES,
    Mark, Period, Row, Table, TermSummary,
)
from ..models.validation import FieldError, ValidationError
from .cell_keys import record_key
from .context import COUNTS_READ, PUPILS_READ, Context
from .school_calendar import load_years

PERIODS = 3  # CURRENT, PREVIOUS, LAST_YEAR
TOTAL = "total"  # the key of a table's total row

# Headline figures that are also the total of these tables.
SHARED_TOTALS = {
    "sessions_held": ("sessions_by_kind", "sessions_by_initiator"),
    "incidents": ("incidents_by_severity", "incidents_by_place"),
    "concerns_received": ("concerns_by_source", "concerns_by_answer"),
    "referrals_sent": ("referrals_by_destination", "referrals_by_status"),
    "activities": ("activities_by_programme",),
    "activity_participants": ("participants_by_programme",),
    "accompanied": ("accompanied_by_grade",),
}
# Headline figures that are a row of a table, or the sum of some of its rows.
ROW_SUMS = {
    "concerns_answered_on_time": ("concerns_by_answer", ("on_time",)),
    "concerns_overdue": ("concerns_by_answer", ("late", "overdue")),
    "cases_closed": ("cases_by_stage", (CaseStage.CLOSED.value,)),
}

Counts = dict[str, dict[str, list[int]]]  # table key -> row key -> a count per period
# The same shape, with the sum of the records' keys of each cell (the cell-key method).
Keys = Counts


# The shortest range of dates a reader of counts only (the head teacher) may have counted.
# A «<5» over a day or two tells that something happened then, and added to the differences
# of long overlapping periods it could pin a count from 1 to 4 (a pupil);
# tests/unit/test_disclosure_attack.py plays that reader. Quarters and years are whole.
SHORTEST_RANGE = 7


class TermSummaryService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def summary(self, current: Period, previous: Period, last_year: Period) -> TermSummary:
        self.ctx.require(COUNTS_READ)
        periods = (current, previous, last_year)
        today = self.ctx.today()
        if current.starts_on > today:  # a signed report of zeros for a quarter to come
            raise ValidationError([FieldError("period", "summary.future",
                                              {"date": current.starts_on})])
        too_short = (current.ends_on - current.starts_on).days + 1 < SHORTEST_RANGE
        if too_short and current.year is None and not self.ctx.can(PUPILS_READ):
            raise ValidationError([FieldError("period", "summary.too_short",
                                              {"days": SHORTEST_RANGE})])
        with self.db.session() as s:
            counts, keys = _count(s, periods, today)
            if current.is_year:
                _count_parts(s, periods, today, counts, keys)
        return _summary(periods, counts, keys, today)


# --- counting --------------------------------------------------------------------------------


class _Tally:
    """The counts being gathered, and the sums of their records' keys: `add` puts a
    query's group into its table's row."""

    def __init__(self, size: int = PERIODS):
        def empty() -> Counts:
            found = {key: {row: [0] * size for row in rows}
                     for key, (rows, _additive) in TABLES.items()}
            found[HEADLINE] = {key: [0] * size for key in HEADLINE_ROWS}
            return found

        self.counts, self.keys = empty(), empty()
        self.headline, self.headline_keys = self.counts[HEADLINE], self.keys[HEADLINE]

    def add(self, table: str, n: int, row, value, key) -> None:
        cells = self.counts[table].get(str(row))
        if cells is not None:  # a code the summary does not list (none today) is left out
            cells[n] += value or 0
            self.keys[table][str(row)][n] += key or 0

    def set_headline(self, name: str, n: int, value, key) -> None:
        self.headline[name][n] = value or 0
        self.headline_keys[name][n] = key or 0


def _period_table(spans, moments: bool):
    """The periods as a table (n, lo, hi), `hi` excluded: midnights for datetime columns,
    days for date columns."""
    kind = DateTime if moments else Date

    def bound(day: date):
        return datetime.combine(day, time.min) if moments else day

    return union_all(*(
        select(literal(n, Integer).label("n"), literal(bound(starts), kind).label("lo"),
               literal(bound(ends + timedelta(days=1)), kind).label("hi"))
        for n, (starts, ends) in spans.items())).subquery("period")


def _in(period, column):
    return and_(column >= period.c.lo, column < period.c.hi)


def _count(s: Session, periods, today: date) -> tuple[Counts, Keys]:
    # A period given twice (a year's previous year is also its "last year") is counted once.
    first: dict[tuple[date, date], int] = {}
    for n, p in enumerate(periods):
        first.setdefault((p.starts_on, p.ends_on), n)
    spans = {n: span for span, n in first.items()}
    at, on = _period_table(spans, moments=True), _period_table(spans, moments=False)

    tally = _Tally(len(periods))
    _sessions(s, on, tally)
    _served(s, spans, tally)
    _incidents(s, on, tally)
    _concerns(s, at, today, tally)
    _cases(s, on, tally)
    _referrals(s, on, tally)
    _activities(s, on, tally)
    _accompaniments(s, spans, today, tally)

    for found in (tally.counts, tally.keys):
        headline = found[HEADLINE]
        for key, tables in SHARED_TOTALS.items():
            headline[key] = _column_sums(found[tables[0]].values(), len(periods))
        for key, (table, rows) in ROW_SUMS.items():
            headline[key] = _column_sums((found[table][r] for r in rows), len(periods))
        for n, p in enumerate(periods):
            same = first[(p.starts_on, p.ends_on)]
            if same != n:
                for table in found.values():
                    for cells in table.values():
                        cells[n] = cells[same]
    return tally.counts, tally.keys


def _sessions(s: Session, on, tally: _Tally) -> None:
    t = TallySession  # held, live sessions by day (kept by triggers: migration 0017)
    for n, kind, initiator, number, key in s.execute(
            select(on.c.n, t.kind, t.initiator, func.sum(t.sessions), func.sum(t.keys))
            .select_from(t).join(on, _in(on, t.day))
            .group_by(on.c.n, t.kind, t.initiator)):
        tally.add("sessions_by_kind", n, kind, number, key)
        tally.add("sessions_by_initiator", n, initiator, number, key)


def _served(s: Session, spans, tally: _Tally) -> None:
    """Per period, the living pupils with a held session in it. A whole school year: its
    rows of tally_served_year (migration 0020); any other period: the pupils' days of held
    sessions (tally_served, 0017) read by day, each pupil once. Either way kept by triggers,
    and the living pupils looked up in their index alone (ix_pupil_living)."""
    living = Pupil.deleted_at.is_(None)
    years = {n: starts.year for n, (starts, ends) in spans.items()
             if (starts, ends) == (date(starts.year, 9, 1), date(starts.year + 1, 8, 31))}
    y = TallyServedYear
    for n, year in years.items():
        number, key = s.execute(
            select(func.count(), func.sum(record_key(Pupil.id))).select_from(y)
            .join(Pupil, and_(Pupil.id == y.pupil_id, living)).where(y.school_year == year)
        ).one()
        tally.set_headline("pupils_served", n, number, key)
    others = {n: span for n, span in spans.items() if n not in years}
    if not others:
        return
    on, t = _period_table(others, moments=False), TallyServed
    served = (select(on.c.n, t.pupil_id).distinct().select_from(t).join(on, _in(on, t.day))
              .subquery("served"))
    for n, number, key in s.execute(
            select(served.c.n, func.count(), func.sum(record_key(Pupil.id)))
            .select_from(served).join(Pupil, and_(Pupil.id == served.c.pupil_id, living))
            .group_by(served.c.n)):
        tally.set_headline("pupils_served", n, number, key)


def _incidents(s: Session, on, tally: _Tally) -> None:
    t, f = TallyIncident, TallyIncidentForm  # live incidents by day (migration 0017)
    for n, severity, place, number, key in s.execute(
            select(on.c.n, t.severity, t.place, func.sum(t.incidents), func.sum(t.keys))
            .select_from(t).join(on, _in(on, t.day))
            .group_by(on.c.n, t.severity, t.place)):
        tally.add("incidents_by_severity", n, severity, number, key)
        tally.add("incidents_by_place", n, place, number, key)
    for n, form, number, key in s.execute(
            select(on.c.n, f.form, func.sum(f.incidents), func.sum(f.keys))
            .select_from(f).join(on, _in(on, f.day)).group_by(on.c.n, f.form)):
        tally.add("incidents_by_form", n, form, number, key)
    g = TallyIncidentGrade  # once in each grade its living pupils are in now (0017)
    for n, grade, number, key in s.execute(
            select(on.c.n, g.grade, func.sum(g.incidents), func.sum(g.keys))
            .select_from(g).join(on, _in(on, g.day)).group_by(on.c.n, g.grade)):
        tally.add("incidents_by_grade", n, grade, number, key)


def _concerns(s: Session, at, today: date, tally: _Tally) -> None:
    """By source, and by how the written answer went against the deadline fixed when the
    concern was saved (working days: services/concerns.py), as of today."""
    answer = case(
        (and_(Concern.answered_on.is_not(None), Concern.answered_on <= Concern.answer_due),
         "on_time"),
        (Concern.answered_on.is_not(None), "late"),
        (Concern.answer_due < today, "overdue"),
        else_="in_time")
    for n, source, how, number, key in s.execute(
            select(at.c.n, Concern.source, answer, func.count(),
                   func.sum(record_key(Concern.id)))
            .select_from(Concern).join(at, _in(at, Concern.received_at))
            .where(Concern.deleted_at.is_(None)).group_by(at.c.n, Concern.source, answer)):
        tally.add("concerns_by_source", n, source, number, key)
        tally.add("concerns_by_answer", n, how, number, key)


def _cases(s: Session, on, tally: _Tally) -> None:
    for n, stage, number, key in s.execute(_cases_by_stage(on)):
        tally.add("cases_by_stage", n, stage, number, key)
    for n, number, key in s.execute(
            select(on.c.n, func.count(), func.sum(record_key(BullyingCase.id)))
            .select_from(BullyingCase)
            .join(on, _in(on, BullyingCase.opened_on))
            .where(BullyingCase.deleted_at.is_(None)).group_by(on.c.n)):
        tally.set_headline("cases_opened", n, number, key)


def _referrals(s: Session, on, tally: _Tally) -> None:
    for n, kind, status, number, key in s.execute(
            select(on.c.n, Organisation.kind, Referral.status, func.count(),
                   func.sum(record_key(Referral.id)))
            .select_from(Referral).join(on, _in(on, Referral.sent_on))
            .join(Organisation, Organisation.id == Referral.organisation_id)
            .where(Referral.deleted_at.is_(None), Referral.status != ReferralStatus.DRAFT.value)
            .group_by(on.c.n, Organisation.kind, Referral.status)):
        tally.add("referrals_by_destination", n, kind, number, key)
        tally.add("referrals_by_status", n, status, number, key)


def _activities(s: Session, on, tally: _Tally) -> None:
    for n, programme, number, participants, key in s.execute(
            select(on.c.n, PreventiveActivity.programme, func.count(),
                   func.sum(PreventiveActivity.participants),
                   func.sum(record_key(PreventiveActivity.id)))
            .select_from(PreventiveActivity).join(on, _in(on, PreventiveActivity.held_on))
            .where(PreventiveActivity.deleted_at.is_(None))
            .group_by(on.c.n, PreventiveActivity.programme)):
        tally.add("activities_by_programme", n, programme, number, key)
        # A sum of participants is rounded by the key of the activities it comes from.
        tally.add("participants_by_programme", n, programme, participants, key)


def _accompaniments(s: Session, spans, today: date, tally: _Tally) -> None:
    """Accompanied on each period's last day (by ground, by grade now), started and ended
    in it, reviews overdue on its last day (or today). A school accompanies tens of pupils:
    read once, counted here (models/accompaniment.py has the rules)."""
    rows = s.execute(select(Accompaniment.id, Accompaniment.grounds, Accompaniment.started_on,
                            Accompaniment.ended_on, Accompaniment.review_days, Pupil.grade)
                     .join(Pupil, Pupil.id == Accompaniment.pupil_id)
                     .where(Accompaniment.deleted_at.is_(None),
                            Pupil.deleted_at.is_(None))).all()
    reviews: dict = {}
    for aid, on_date in s.execute(select(AccompanimentReview.accompaniment_id,
                                         AccompanimentReview.on_date)
                                  .where(AccompanimentReview.deleted_at.is_(None))):
        reviews.setdefault(aid, []).append(on_date)
    for n, (starts, ends) in spans.items():
        at = min(ends, today)
        for r in rows:
            key = cell_record_key(r.id)
            if starts <= r.started_on <= ends:
                _headline_add(tally, "accompaniments_started", n, key)
            if r.ended_on is not None and starts <= r.ended_on <= ends:
                _headline_add(tally, "accompaniments_ended", n, key)
            if r.started_on > ends or (r.ended_on is not None and r.ended_on <= ends):
                continue
            for ground in dict.fromkeys(
                    g if g in ACCOMPANIMENT_GROUNDS else "other" for g in split_codes(r.grounds)):
                tally.add("accompanied_by_ground", n, ground, 1, key)
            tally.add("accompanied_by_grade", n, r.grade, 1, key)
            last = max((d for d in reviews.get(r.id, ()) if d <= at), default=None)
            if is_review_overdue(r.started_on, last, r.review_days, None, at):
                _headline_add(tally, "accompaniment_reviews_overdue", n, key)


def _headline_add(tally: _Tally, name: str, n: int, key: int) -> None:
    tally.headline[name][n] += 1
    tally.headline_keys[name][n] += key


def _cases_by_stage(on):
    """(period, stage, cases): each case's latest stage entry up to the period's last day;
    one whose latest entry then is its closing counts only if it closed in the period."""
    latest = (
        select(on.c.n, on.c.lo, CaseStageEntry.case_id, CaseStageEntry.stage,
               CaseStageEntry.on_date,
               func.row_number().over(
                   partition_by=(on.c.n, CaseStageEntry.case_id),
                   order_by=(CaseStageEntry.on_date.desc(), CaseStageEntry.created_at.desc()),
               ).label("rank"))
        .select_from(CaseStageEntry)
        .join(BullyingCase, and_(BullyingCase.id == CaseStageEntry.case_id,
                                 BullyingCase.deleted_at.is_(None)))
        .join(on, CaseStageEntry.on_date < on.c.hi)
        .where(CaseStageEntry.deleted_at.is_(None))
    ).subquery("latest")
    return (select(latest.c.n, latest.c.stage, func.count(),
                   func.sum(record_key(latest.c.case_id)))
            .where(latest.c.rank == 1,
                   or_(latest.c.stage != CaseStage.CLOSED.value, latest.c.on_date >= latest.c.lo))
            .group_by(latest.c.n, latest.c.stage))


def _column_sums(rows, size: int) -> list[int]:
    return [sum(column) for column in zip(*rows, strict=True)] or [0] * size


def _count_parts(s: Session, periods, today: date, counts: Counts, keys: Keys) -> None:
    """A whole year's headline figures by part of the year (YEAR_PART_TABLES), each column
    split by its own year's calendar; a year the calendar lacks is one row, "unknown".
    Four small queries over the parts (the same filters as the tables the headline figures
    come from), not the whole count again: a year's summary stays as quick as it was."""
    years = {y.name: y for y in load_years(s)}
    where: dict[tuple[date, date], list[tuple[int, str]]] = {}
    for n, p in enumerate(periods):
        year = years.get(p.year) if p.is_year else None
        if year is not None and whole_year(year) == (p.starts_on, p.ends_on):
            for part, first, last in year_parts(year):
                where.setdefault((first, last), []).append((n, part))
        else:
            where.setdefault((p.starts_on, p.ends_on), []).append((n, UNKNOWN_PART))
    spans = dict(enumerate(where))
    at, on = _period_table(spans, moments=True), _period_table(spans, moments=False)
    queries = {
        "sessions_held": select(on.c.n, func.sum(TallySession.sessions),
                                func.sum(TallySession.keys))
        .select_from(TallySession).join(on, _in(on, TallySession.day)),
        "incidents": select(on.c.n, func.sum(TallyIncident.incidents),
                            func.sum(TallyIncident.keys))
        .select_from(TallyIncident).join(on, _in(on, TallyIncident.day)),
        "concerns_received": select(at.c.n, func.count(), func.sum(record_key(Concern.id)))
        .select_from(Concern).join(at, _in(at, Concern.received_at))
        .where(Concern.deleted_at.is_(None)),
        "referrals_sent": select(on.c.n, func.count(), func.sum(record_key(Referral.id)))
        .select_from(Referral).join(on, _in(on, Referral.sent_on))
        .join(Organisation, Organisation.id == Referral.organisation_id)
        .where(Referral.deleted_at.is_(None), Referral.status != ReferralStatus.DRAFT.value),
    }
    for table, measure in YEAR_PART_TABLES.items():
        counts[table] = {row: [0] * PERIODS for row in YEAR_PART_ROWS}
        keys[table] = {row: [0] * PERIODS for row in YEAR_PART_ROWS}
        query = queries[measure]
        span_column = query.selected_columns[0]
        for j, number, key in s.execute(query.group_by(span_column)):
            for n, part in where[spans[j]]:
                counts[table][part][n] += number or 0
                keys[table][part][n] += key or 0


# --- suppression -----------------------------------------------------------------------------


def _summary(periods, counts: Counts, keys: Keys, made_on: date) -> TermSummary:
    tables: dict[str, Table] = {}
    shapes = dict(TABLES)
    shared = {key: list(members) for key, members in SHARED_TOTALS.items()}
    for key, measure in YEAR_PART_TABLES.items():
        if key in counts:  # a whole year's: the rows that can have days in some column
            shapes[key] = (tuple(r for r in YEAR_PART_ROWS
                                 if r not in _STRUCTURAL or any(counts[key][r])), True)
            shared[measure].append(key)
    for key, (row_keys, additive) in shapes.items():
        columns = []
        for n in range(PERIODS):
            values = [counts[key][r][n] for r in row_keys]
            row_keys_sums = [keys[key][r][n] for r in row_keys]
            columns.append(suppress_column(values, row_keys_sums,
                                           sum(values) if additive else None,
                                           sum(row_keys_sums)))
        rows = tuple(Row(r, tuple(columns[n][0][i] for n in range(PERIODS)))
                     for i, r in enumerate(row_keys))
        total = Row(TOTAL, tuple(c[1] for c in columns)) if additive else None
        tables[key] = Table(key, rows, total)

    raw = counts[HEADLINE]
    headline = {key: [published(v, k) for v, k in zip(raw[key], keys[HEADLINE][key])]
                for key in HEADLINE_ROWS}
    for key, members in shared.items():
        for n in range(PERIODS):
            if any(tables[m].total.figures[n] is HIDDEN for m in members):
                headline[key][n] = HIDDEN
                for m in members:
                    tables[m] = _hide_total(tables[m], n)
    for key, (table, row_keys) in ROW_SUMS.items():
        cells = {row.key: row.figures for row in tables[table].rows}
        for n in range(PERIODS):
            if any(isinstance(cells[r][n], Mark) for r in row_keys):
                headline[key][n] = LESS_THAN_5 if raw[key][n] <= 4 else HIDDEN

    return TermSummary(
        periods=periods,
        headline=Table(HEADLINE, tuple(Row(k, tuple(headline[k])) for k in HEADLINE_ROWS)),
        tables=tuple(tables.values()),
        made_on=made_on,
    )


# Rows of a year's part tables left out when they count nothing in any column: the days
# before the first quarter (often none: lessons begin on 1 September) and a year the
# calendar lacks.
_STRUCTURAL = ("before", UNKNOWN_PART)


def _hide_total(table: Table, n: int) -> Table:
    figures = list(table.total.figures)
    figures[n] = HIDDEN
    return Table(table.key, table.rows, Row(TOTAL, tuple(figures)))
