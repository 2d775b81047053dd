"""A head teacher plays the attacker: asks for overlapping and adjacent periods, single
days, quarters, the year, class and form breakdowns and the dashboard, then works out
everything that follows from them. No count from 1 to 4 may follow exactly.

The attack of issue 15: «Сексуальные домогательства» 12 for 01.09–19.11, 13 for 01.09–20.11
and «<5» for 20.11 alone gave away exactly one incident that day. Here the reader knows the
rule (models/cell_key.py, models/suppression.py): a figure 0 is 0, «<5» is 1 to 4, P is
P-4 to P+4 (at least 5), «×» is 5 or more. Every figure says what a set of (category, day)
cells adds up to; the reader subtracts nested sets, adds disjoint ones, drops the days a
0 shows to be empty, narrows each set to what every route allows, twice over, and fails the
test if any set is then pinned to a single number from 1 to 4.

Records' ids (and so their keys) are random on each run: the property holds for any keys.
With single days allowed it did not: about one run in six, a superset rounded down and its
subset up left three incidents over 19-20.11 pinned by the «<5» of each day, so a reader
of counts only is refused ranges shorter than a week (services/term_summary.py,
SHORTEST_RANGE); the reader still asks for them here and is told no.
"""

from datetime import date, datetime, timedelta

import pytest
from unit_factories import observation_input, pupil_input

from desktop.models.cell_key import span
from desktop.models.term_summary import CURRENT, HIDDEN, LESS_THAN_5, Period
from desktop.models.validation import ValidationError
from desktop.services import Services
from desktop.services.context import Context
from desktop.services.term_summary import SHORTEST_RANGE

SEP1 = date(2026, 9, 1)
LAST_DAY = date(2026, 11, 20)  # "today": no later period can be asked for
INF = 10 ** 6


class Clock:
    now = datetime(2026, 11, 20, 18, 0)

    def __call__(self):
        return self.now


def _day(i: int) -> date:
    return SEP1 + timedelta(days=i)


# (days after 1 September, class, form, severity): 13 sexual harassment incidents in 7Ә up
# to 19.11 and one on 20.11 in 5А; verbal ones in 7Ә and 10Б spread over the autumn; a few
# on single days.
INCIDENTS = (
    [(3 + 6 * i, "7Ә", "sexual", 2) for i in range(12)]
    + [((LAST_DAY - SEP1).days, "5А", "sexual", 3)]
    + [(1 + 4 * i, "7Ә", "verbal", 1) for i in range(9)]
    + [(2 + 9 * i, "10Б", "verbal", 2) for i in range(7)]
    + [(30, "10Б", "physical", 4), (31, "10Б", "physical", 4), (78, "5А", "cyber", 3),
       (79, "7Ә", "verbal", 2), (79, "10Б", "threats", 3)]
)


@pytest.fixture(scope="module")
def head(tmp_path_factory, _template_db):
    import shutil

    from desktop.db import open_database
    from fixture_keys import TEST_KEY

    target = tmp_path_factory.mktemp("attack") / "senim.db"
    for suffix in ("", "-wal", "-shm"):
        src = _template_db.with_name(_template_db.name + suffix)
        if src.exists():
            shutil.copyfile(src, target.with_name(target.name + suffix))
    db = open_database(target, TEST_KEY)
    clock = Clock()
    psychologist = Services.build(db, Context(actor="psychologist", clock=clock))
    pupils = {c: psychologist.pupils.create(pupil_input(surname="Сейітов", given_name="Арман",
                                                        class_name=c, iin="")).id
              for c in ("5А", "7Ә", "10Б")}
    truth = []
    for offset, class_name, form, severity in INCIDENTS:
        day = _day(offset)
        psychologist.observations.create(observation_input(
            [(pupils[class_name], "target")], forms=[form], severity=severity,
            occurred_at=datetime.combine(day, datetime.min.time()) + timedelta(hours=11)))
        truth.append((day, class_name, form, severity))
    yield Services.build(db, Context(actor="director", role="head", clock=clock)), truth
    db.dispose()


def _requests():
    """The periods the reader asks for: overlapping, adjacent, single days, the quarter."""
    starts = [SEP1, _day(1), _day(14), _day(30), _day(60), LAST_DAY - timedelta(days=1),
              LAST_DAY]
    ends = [_day(29), _day(30), _day(59), LAST_DAY - timedelta(days=2),
            LAST_DAY - timedelta(days=1), LAST_DAY]
    spans = {(a, b) for a in starts for b in ends if a <= b}
    spans |= {(_day(i), _day(i)) for i in (30, 31, 78, 79)}
    return sorted(spans)


def _bounds(figure) -> tuple[int, int]:
    if figure is LESS_THAN_5:
        return 1, 4
    if figure is HIDDEN:
        return 5, INF
    if figure == 0:
        return 0, 0
    return span(figure)


def _collect(head_services, calendar):
    """Every figure the reader is shown, as (universe, set of (category, day), low, high).
    A universe is a breakdown whose rows are disjoint (severity, with the headline as their
    total) or one row of a breakdown whose rows may overlap (a form, a grade)."""
    seen = []

    def days(period: Period):
        last = min(period.ends_on, LAST_DAY)
        return [period.starts_on + timedelta(days=i)
                for i in range((last - period.starts_on).days + 1)]

    def add(summary):
        for column, period in enumerate(summary.periods):
            ds = days(period)
            if not ds:
                continue
            severities = ("1", "2", "3", "4")
            incidents = summary.table("headline")
            for row in incidents.rows:
                if row.key == "incidents":
                    seen.append(("severity", frozenset((s, d) for s in severities for d in ds),
                                 *_bounds(row.figures[column])))
            table = summary.table("incidents_by_severity")
            for row in table.rows:
                seen.append(("severity", frozenset((row.key, d) for d in ds),
                             *_bounds(row.figures[column])))
            seen.append(("severity", frozenset((s, d) for s in severities for d in ds),
                         *_bounds(table.total.figures[column])))
            for key in ("incidents_by_form", "incidents_by_grade"):
                for row in summary.table(key).rows:
                    seen.append((f"{key}:{row.key}", frozenset((row.key, d) for d in ds),
                                 *_bounds(row.figures[column])))

    for a, b in _requests():
        current = calendar.range_period(a, b)
        try:
            add(head_services.term_summary.summary(current, *calendar.comparison_periods(current)))
        except ValidationError as refused:  # fewer than SHORTEST_RANGE days: nothing shown
            assert refused.errors[0].code == "summary.too_short"
            assert (b - a).days + 1 < SHORTEST_RANGE
    for term in (1, 2):
        current = calendar.period("2026-2027", term)
        add(head_services.term_summary.summary(current, *calendar.comparison_periods(current)))
    year = calendar.period("2026-2027")
    add(head_services.term_summary.summary(year, *calendar.comparison_periods(year)))
    tiles = head_services.dashboard.counts()
    every_day = [SEP1 + timedelta(days=i) for i in range((LAST_DAY - SEP1).days + 1)]
    seen.append(("severity", frozenset((s, d) for s in ("1", "2", "3", "4") for d in every_day),
                 *_bounds(tiles.observations)))
    return seen


def _attack(seen):
    """What follows for each set of cells: (low, high), narrowed by subtraction, addition
    and the zeros, in two rounds. Returns {(universe, set): (low, high)}."""
    known: dict[tuple[str, frozenset], tuple[int, int]] = {}
    zeros: dict[str, set] = {}
    for universe, cells, low, high in seen:
        if high == 0:
            zeros.setdefault(universe, set()).update(cells)

    def put(universe, cells, low, high):
        cells = frozenset(cells - zeros.get(universe, set()))
        if not cells:
            return
        old_low, old_high = known.get((universe, cells), (0, INF))
        known[(universe, cells)] = (max(low, old_low), min(high, old_high))

    for universe, cells, low, high in seen:
        put(universe, cells, low, high)
    originals = dict(known)
    for _round in range(2):
        items = list(known.items())
        firsts = list(originals.items())
        for (ua, a), (al, ah) in firsts:
            for (ub, b), (bl, bh) in items:
                if ua != ub or a == b:
                    continue
                if a < b:  # b minus a
                    put(ua, b - a, max(0, bl - ah), bh - al if bh < INF else INF)
                elif b < a:
                    put(ua, a - b, max(0, al - bh), ah - bl if ah < INF else INF)
                elif not a & b:
                    put(ua, a | b, al + bl, min(INF, ah + bh))
    return known


def test_the_head_teacher_may_not_ask_for_a_period_to_come(head):
    services, _ = head
    calendar = services.calendar
    later = Period(LAST_DAY + timedelta(days=1), LAST_DAY + timedelta(days=30))
    with pytest.raises(ValidationError) as refused:
        services.term_summary.summary(later, *calendar.comparison_periods(later))
    assert refused.value.errors[0].code == "summary.future"


def test_the_head_teacher_may_not_count_a_few_days_and_the_psychologist_may(head):
    """A «<5» over a day or two, added to the differences of long overlapping periods, once
    pinned a count (this test's attack found it about one run in six, by the records' random
    keys): a reader of counts only is refused ranges shorter than a week."""
    services, _ = head
    calendar = services.calendar
    for days in (1, 2, SHORTEST_RANGE - 1):
        short = calendar.range_period(LAST_DAY - timedelta(days=days - 1), LAST_DAY)
        with pytest.raises(ValidationError) as refused:
            services.term_summary.summary(short, *calendar.comparison_periods(short))
        assert refused.value.errors[0].code == "summary.too_short"
    week = calendar.range_period(LAST_DAY - timedelta(days=SHORTEST_RANGE - 1), LAST_DAY)
    services.term_summary.summary(week, *calendar.comparison_periods(week))
    psychologist = Services.build(services.db, Context(actor="psychologist",
                                                       clock=services.ctx.clock))
    day = calendar.range_period(LAST_DAY, LAST_DAY)
    counted = psychologist.term_summary.summary(day, *calendar.comparison_periods(day))
    assert counted.table("headline").rows  # the psychologist, who sees names, counts any day


def test_no_count_from_1_to_4_follows_from_everything_the_head_teacher_can_ask(head):
    services, truth = head
    seen = _collect(services, services.calendar)
    # The reader's starting point is sound: every figure holds the true count.
    for universe, cells, low, high in seen:
        true = _true_count(truth, universe, cells)
        assert low <= true <= high, (universe, sorted(cells)[:3], low, high, true)
    found = _attack(seen)
    pinned = [(u, sorted(c)[:2], low) for (u, c), (low, high) in found.items()
              if low == high and 1 <= low <= 4]
    assert not pinned, pinned
    # and the attack did narrow things down (it is not a reader who learns nothing)
    assert any(high < INF and high - low <= 4 for low, high in found.values())


def test_the_attack_of_the_issue_gives_nothing_away(head):
    """01.09–19.11 and 01.09–20.11 for «sexual harassment»: the difference is not 1."""
    services, _ = head
    calendar = services.calendar
    shown = []
    for end in (LAST_DAY - timedelta(days=1), LAST_DAY):
        current = calendar.range_period(SEP1, end)
        summary = services.term_summary.summary(current, *calendar.comparison_periods(current))
        shown.append(next(r.figures[CURRENT] for r in summary.table("incidents_by_form").rows
                          if r.key == "sexual"))
    low = max(0, _bounds(shown[1])[0] - _bounds(shown[0])[1])
    high = _bounds(shown[1])[1] - _bounds(shown[0])[0]
    assert high - low >= 2 and all(f % 5 == 0 for f in shown)


def _true_count(truth, universe, cells) -> int:
    """How many incidents the set of (category, day) cells holds."""
    kind, _, row = universe.partition(":")
    count = 0
    for day, class_name, form, severity in truth:
        if kind == "severity":
            category = str(severity)
        elif kind == "incidents_by_form":
            category = form
        else:
            category = class_name.rstrip("АӘБ")
        if (category, day) in cells:
            count += 1
    return count


def test_what_the_reader_could_ask_is_enough_to_have_found_the_old_leak():
    """Without the cell-key method (exact counts of 5 and more), the same reader pins the
    one incident of 20.11: the attack can fail."""
    d0, d1 = LAST_DAY - timedelta(days=1), LAST_DAY
    before = frozenset(("sexual", SEP1 + timedelta(days=i)) for i in range((d0 - SEP1).days + 1))
    after = before | {("sexual", d1)}
    seen = [("f", before, 12, 12), ("f", after, 13, 13), ("f", frozenset({("sexual", d1)}), 1, 4)]
    found = _attack(seen)
    assert found[("f", frozenset({("sexual", d1)}))] == (1, 1)

