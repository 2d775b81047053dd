"""The term summary on hand-made records whose counts are known: what is counted in which
period, what is left out, and what a head teacher is shown once small counts are hidden."""

import shutil
from dataclasses import fields, is_dataclass
from datetime import date, datetime, timedelta, timezone

import pytest
from referral_factories import organisation_input, referral_input
from unit_factories import (
    NOW, case_input, concern_input, observation_input, pupil_input, response_input,
    session_input, stage_input,
)

from desktop.db import open_database
from desktop.models import PreventiveActivity
from desktop.models.term_summary import (
    HIDDEN, HEADLINE_ROWS, LESS_THAN_5, TABLES, CURRENT, LAST_YEAR, PREVIOUS, Period,
)
from desktop.services import Services
from desktop.services.context import Context
from fixture_keys import TEST_KEY, psychologist_keys

L, X = LESS_THAN_5, HIDDEN

CUR = Period(date(2026, 9, 1), date(2026, 10, 25), "2026-2027", 1)
PREV = Period(date(2026, 3, 30), date(2026, 5, 25), "2025-2026", 4)
LAST = Period(date(2025, 9, 1), date(2025, 10, 26), "2025-2026", 1)

# Invented pupils: (surname, given name, class).
PUPILS = [
    ("Жұмабеков", "Ерасыл", "7Ә"), ("Сейітқалиева", "Аружан", "7Ә"), ("Оспанов", "Нұрлан", "5А"),
    ("Құрманғалиев", "Дәулет", "10Б"), ("Бекмұхамбетова", "Іңкәр", "10Б"),
    ("Тұрсынбаев", "Әлихан", "3В"), ("Ғабитова", "Өміржан", "8Г"),
]


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)


@pytest.fixture(scope="module")
def world(tmp_path_factory, _template_db):
    """One database with the records below for the whole module (building them takes a few
    seconds): a copy of the migrated template, as tests/unit/conftest.py makes."""
    target = tmp_path_factory.mktemp("summary") / "senim.db"
    for suffix in ("", "-wal", "-shm"):
        src = _template_db.with_name(_template_db.name + suffix)
        if src.exists():
            shutil.copyfile(src, target.with_name(target.name + suffix))
    db = open_database(target, TEST_KEY, keys=psychologist_keys())
    services = Services.build(db, Context(actor="test", clock=lambda: NOW))
    pupils = [services.pupils.create(pupil_input(surname=s, given_name=g, patronymic="",
                                                 class_name=c, iin=""))
              for s, g, c in PUPILS]
    _add_records(services, pupils)
    yield services, pupils
    db.dispose()


@pytest.fixture
def records(world):
    return world[1]


def _add_records(sv, pupils):
    """Every kind of record, in the three periods and outside them (see the comments)."""
    def make_session(pupil_ids, **overrides):
        return sv.sessions.create(session_input(pupil_ids, **overrides))

    def make_observation(participants, **overrides):
        return sv.observations.create(observation_input(participants, **overrides))

    p = [x.id for x in pupils]

    # Sessions. Current: 5 individual (teacher), one for each of p0-p4, the last on the
    # period's last evening; 5 group sessions (pupil) with p0, p1, p5, one also with p6, who
    # is deleted afterwards: 10 held, 6 different pupils served.
    for i in range(5):
        when = at(CUR.ends_on, 23) if i == 4 else at(date(2026, 9, 7 + i))
        make_session([p[i]], starts_at=when, initiator="teacher")
    for i in range(5):
        make_session([p[0], p[1], p[5]] + ([p[6]] if i == 0 else []), kind="group",
                     initiator="pupil", starts_at=at(date(2026, 10, 1 + i)))
    # Not held, deleted, or a day after the period: none of them counts.
    make_session([p[0]], starts_at=at(date(2026, 9, 20)), status="planned")
    make_session([p[0]], starts_at=at(date(2026, 9, 21)), status="cancelled")
    sv.sessions.delete(make_session([p[0]], starts_at=at(date(2026, 9, 22))).id)
    make_session([p[0]], starts_at=at(CUR.ends_on + timedelta(days=1), 0))
    sv.pupils.delete(p[6])
    # Previous: 5 individual sessions with p0 (psychologist). Last year: none.
    for i in range(5):
        make_session([p[0]], starts_at=at(date(2026, 4, 6 + i)), initiator="psychologist")

    # Incidents. Current: 3 in 7Ә (p0 target, p1 aggressor), corridor, severity 2, verbal;
    # 6 in 5А (p2), classroom, severity 3, verbal and physical; one deleted.
    for i in range(3):
        make_observation([(p[0], "target"), (p[1], "aggressor")],
                         occurred_at=at(date(2026, 9, 8 + i)), place="corridor", severity=2,
                         forms=["verbal"])
    for i in range(6):
        make_observation([(p[2], "target")], occurred_at=at(date(2026, 9, 15 + i)),
                         place="classroom", severity=3, forms=["verbal", "physical"])
    deleted = make_observation([(p[2], "target")], occurred_at=at(date(2026, 9, 25)))
    sv.observations.delete(deleted.id)
    # Last year: 5 online, severity 1, cyber, about p3 (10Б).
    for i in range(5):
        make_observation([(p[3], "target")], occurred_at=at(date(2025, 10, 1 + i)),
                         place="online", severity=1, forms=["cyber"])

    # Concerns received in the current period: 6 from parents answered in writing the same
    # day, 5 from teachers answered a month late, 5 from pupils never answered (overdue by
    # now); one deleted.
    def concern(day, source, answered_on=None):
        c = sv.concerns.create(concern_input([p[0]], received_at=at(day), source=source))
        if answered_on:
            sv.concerns.add_response(c.id, response_input("written_answer", answered_on))
        return c

    for i in range(6):
        concern(date(2026, 9, 14 + i), "parent", answered_on=date(2026, 9, 14 + i))
    for i in range(5):
        concern(date(2026, 9, 14 + i), "teacher", answered_on=date(2026, 10, 20))
    for i in range(5):
        concern(date(2026, 10, 1 + i), "pupil")
    sv.concerns.delete(concern(date(2026, 9, 30), "parent").id)

    # Cases. Current: 5 opened and still at the complaint, 5 opened and moved to analysis,
    # plus one opened in the previous period and still open (11 open, 10 opened). Last year:
    # one opened and closed, which is closed all through this year's periods.
    def case(opened_on):
        return sv.cases.create(case_input([(p[0], "target")], opened_on=opened_on))

    for i in range(5):
        case(date(2026, 9, 10 + i))
    for i in range(5):
        sv.cases.move(case(date(2026, 9, 10 + i)).id, stage_input("analysis", date(2026, 9, 20)))
    case(date(2026, 5, 4))
    sv.cases.move(case(date(2025, 9, 10)).id, stage_input("closed", date(2025, 10, 1)),
                  outcome="Жағдай расталмады")

    # Referrals sent in the current period: 5 to the support centre (2 acknowledged since),
    # 1 to the ПМПК (acknowledged); a draft is not sent.
    centre = sv.organisations.create(organisation_input()).id
    pmpk = sv.organisations.create(organisation_input(kind="pmpk")).id

    def referral(org, sent_on, acknowledged_on=None):
        r = sv.referrals.create(referral_input(p[0], org))
        sv.referrals.send(r.id, sent_on)
        if acknowledged_on:
            sv.referrals.advance(r.id, "acknowledged", acknowledged_on)

    for i in range(5):
        referral(centre, date(2026, 10, 5 + i), date(2026, 10, 15) if i < 2 else None)
    referral(pmpk, date(2026, 10, 12), date(2026, 10, 16))
    sv.referrals.create(referral_input(p[0], centre))

    # Preventive activities (current): 3 ДосболLIKE sessions (25 + 25 + 30 came) and 6 class
    # hours (20 each); one deleted.
    with sv.db.session() as s:
        def activity(day, programme, participants, deleted=False):
            gone = datetime(2026, 11, 1, tzinfo=timezone.utc) if deleted else None
            s.add(PreventiveActivity(held_on=day, programme=programme, topic="Достық",
                                     audience="pupils", class_name="7Ә", participants=participants,
                                     updated_by="test", deleted_at=gone))

        for i, n in enumerate((25, 25, 30)):
            activity(date(2026, 9, 10 + i), "dosbol_like", n)
        for i in range(6):
            activity(date(2026, 9, 20 + i), "class_hour", 20)
        activity(date(2026, 9, 30), "class_hour", 500, deleted=True)


def figures(summary, table_key, period=CURRENT) -> dict:
    table = summary.table(table_key)
    found = {row.key: row.figures[period] for row in table.rows}
    if table.total is not None:
        found["total"] = table.total.figures[period]
    return found


class R:
    """A count of 5 or more as the cell-key method may show it: rounded to a multiple of 5,
    up or down (which one depends on the records' random keys)."""

    def __init__(self, count: int):
        self.count = count

    def __eq__(self, other) -> bool:
        return isinstance(other, int) and other % 5 == 0 and abs(other - self.count) < 5

    def __repr__(self) -> str:
        return f"≈{self.count}"


def nonzero(found: dict) -> dict:
    return {k: v for k, v in found.items() if v != 0}


@pytest.fixture(scope="module")
def summary(world):
    return world[0].term_summary.summary(CUR, PREV, LAST)


def test_every_table_is_there_with_every_row(summary):
    assert [row.key for row in summary.headline.rows] == list(HEADLINE_ROWS)
    assert [t.key for t in summary.tables] == list(TABLES)
    for table in summary.tables:
        rows, additive = TABLES[table.key]
        assert [row.key for row in table.rows] == list(rows)
        assert (table.total is not None) == additive
    assert summary.periods == (CUR, PREV, LAST)


def test_the_headline_for_the_current_period(summary):
    assert figures(summary, "headline") == {
        "pupils_served": R(6),  # p0-p5 (p6 deleted), however many sessions each had
        "sessions_held": 10,
        "incidents": R(9),
        "concerns_received": R(16),
        "concerns_answered_on_time": R(6),
        "concerns_overdue": 10,  # 5 answered late + 5 never answered
        "cases_opened": 10,
        "cases_closed": 0,
        "referrals_sent": R(6),
        "activities": R(9),
        "activity_participants": 200,
        "accompanied": 0,
        "accompaniments_started": 0,
        "accompaniments_ended": 0,
        "accompaniment_reviews_overdue": 0,
    }


def test_the_three_periods_are_counted_apart(summary):
    assert nonzero(figures(summary, "headline", PREVIOUS)) == {
        "pupils_served": L, "sessions_held": 5, "cases_opened": L}
    assert nonzero(figures(summary, "sessions_by_initiator", PREVIOUS)) == {
        "psychologist": 5, "total": 5}
    assert nonzero(figures(summary, "headline", LAST_YEAR)) == {
        "incidents": 5, "cases_opened": L, "cases_closed": L}
    assert nonzero(figures(summary, "incidents_by_grade", LAST_YEAR)) == {"10": 5}


def test_sessions_held_by_kind_and_initiator(summary):
    # Planned, cancelled, deleted sessions and the one just after the period are left out.
    assert nonzero(figures(summary, "sessions_by_kind")) == {
        "individual": 5, "group": 5, "total": 10}
    assert nonzero(figures(summary, "sessions_by_initiator")) == {
        "teacher": 5, "pupil": 5, "total": 10}


def test_a_class_with_three_incidents_shows_less_than_5_and_rounded_counts(summary):
    # 3 in the corridor and 6 in the classroom, total 9: rounded to 5, the 6 and the 9 no
    # longer give the 3 away (9 - 6 could be anything from -3 to 9), so nothing more is hidden.
    assert nonzero(figures(summary, "incidents_by_place")) == {
        "corridor": L, "classroom": R(6), "total": R(9)}
    assert nonzero(figures(summary, "incidents_by_severity")) == {
        "2": L, "3": R(6), "total": R(9)}
    # Grades need not add up (an incident may involve two grades). The 7Ә incidents count
    # once for grade 7 although two of its pupils were in each.
    assert nonzero(figures(summary, "incidents_by_grade")) == {"7": L, "5": R(6)}
    assert nonzero(figures(summary, "incidents_by_form")) == {"verbal": R(9), "physical": R(6)}


def test_the_same_records_show_the_same_figure_in_every_table(summary):
    # The six incidents in the classroom are the six of severity 3, in grade 5, physical:
    # one set of records, one cell key, one figure.
    same = {figures(summary, "incidents_by_place")["classroom"],
            figures(summary, "incidents_by_severity")["3"],
            figures(summary, "incidents_by_grade")["5"],
            figures(summary, "incidents_by_form")["physical"]}
    assert len(same) == 1
    assert (figures(summary, "headline")["incidents"]
            == figures(summary, "incidents_by_place")["total"]
            == figures(summary, "incidents_by_form")["verbal"])


def test_concerns_by_source_and_answer(summary):
    assert nonzero(figures(summary, "concerns_by_source")) == {
        "parent": R(6), "teacher": 5, "pupil": 5, "total": R(16)}
    assert nonzero(figures(summary, "concerns_by_answer")) == {
        "on_time": R(6), "late": 5, "overdue": 5, "total": R(16)}


def test_a_concern_still_within_its_deadline_is_in_time(services, clock):
    clock.now = datetime(2026, 10, 6, 12, 0)
    for i in range(5):
        services.concerns.create(concern_input([], received_at=at(date(2026, 10, 5)),
                                               summary="Сынып чатында бір оқушыны мазақтайды"))
    found = services.term_summary.summary(CUR, PREV, LAST)
    assert nonzero(figures(found, "concerns_by_answer")) == {"in_time": 5, "total": 5}
    clock.now = datetime(2026, 11, 20, 10, 0)  # ten working days later: overdue
    found = services.term_summary.summary(CUR, PREV, LAST)
    assert nonzero(figures(found, "concerns_by_answer")) == {"overdue": 5, "total": 5}
    assert figures(found, "headline")["concerns_overdue"] == 5


def test_cases_by_their_stage_on_the_last_day(summary):
    # 5 + the one opened in May still at the complaint; the one closed last year is not open.
    assert nonzero(figures(summary, "cases_by_stage")) == {
        "complaint": R(6), "analysis": 5, "total": R(11)}
    assert nonzero(figures(summary, "cases_by_stage", PREVIOUS)) == {"complaint": L, "total": L}
    assert nonzero(figures(summary, "cases_by_stage", LAST_YEAR)) == {"closed": L, "total": L}


def test_referrals_by_destination_and_status(summary):
    # Destinations 5 + 1, statuses 3 + 3: the same six referrals, the same rounded total.
    assert nonzero(figures(summary, "referrals_by_destination")) == {
        "support_centre": 5, "pmpk": L, "total": R(6)}
    assert nonzero(figures(summary, "referrals_by_status")) == {
        "sent": L, "acknowledged": L, "total": R(6)}
    assert (figures(summary, "headline")["referrals_sent"]
            == figures(summary, "referrals_by_status")["total"])


def test_preventive_activities_and_participants(summary):
    assert nonzero(figures(summary, "activities_by_programme")) == {
        "dosbol_like": L, "class_hour": R(6), "total": R(9)}
    assert nonzero(figures(summary, "participants_by_programme")) == {
        "dosbol_like": 80, "class_hour": 120, "total": 200}


def test_the_head_teacher_may_read_it(world):
    head = Services.build(world[0].db, Context(actor="director", role="head", clock=lambda: NOW))
    found = head.term_summary.summary(CUR, PREV, LAST)
    assert figures(found, "headline")["sessions_held"] == 10


def _strings(value):
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for f in fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)


def test_no_name_anywhere_in_the_result(summary, records):
    texts = list(_strings(summary))
    assert texts  # the walk reached the keys
    for pupil in records:
        for text in texts:
            assert pupil.surname not in text and pupil.given_name not in text
    assert all(p.surname not in repr(summary) for p in records)


def test_a_period_given_twice_is_counted_in_both_columns(world):
    # A year's summary: the previous year is also "the same period last year".
    found = world[0].term_summary.summary(CUR, PREV, PREV)
    for table in (found.headline, *found.tables):
        for row in table.rows:
            assert row.figures[LAST_YEAR] == row.figures[PREVIOUS], (table.key, row.key)
    assert figures(found, "headline", LAST_YEAR)["sessions_held"] == 5


# --- a whole school year: every record counts somewhere ------------------------------------


def test_a_years_summary_counts_the_breaks_and_the_summer(services):
    """The year 2025-2026 is 1 September to 31 August: letters sent in the autumn break or
    in June are in it, each in its own row, and the rows add up to the year."""
    pupil = services.pupils.create(pupil_input(iin=""))
    centre = services.organisations.create(organisation_input()).id
    sent = [date(2025, 9, 1), date(2025, 10, 28), date(2025, 10, 30)]  # before Q1; the break
    sent += [date(2025, 11, 10 + i) for i in range(5)]  # quarter 2
    sent += [date(2026, 6, 5), date(2026, 8, 31)]  # the summer
    for day in sent:
        r = services.referrals.create(referral_input(pupil.id, centre,
                                                     consent_date=date(2025, 8, 30)))
        services.referrals.send(r.id, day)
    calendar = services.calendar
    year = calendar.period("2025-2026")
    found = services.term_summary.summary(year, *calendar.comparison_periods(year))
    parts = nonzero(figures(found, "referrals_by_part"))
    assert parts == {"before": L, "break1": L, "q2": 5, "summer": L, "total": 10}
    assert figures(found, "headline")["referrals_sent"] == 10  # not 5: none is left out
    # A quarter's summary has no such table.
    q2 = calendar.period("2025-2026", 2)
    assert all(not t.key.endswith("_by_part")
               for t in services.term_summary.summary(q2, *calendar.comparison_periods(q2)).tables)
