"""The term summary's tallies (migration 0017) and 0020's (pupils served by school year, the
bullying tally) always equal a full recount of the records:
after the demo's bulk writes, the services' saves, edits and deletions, and raw SQL writes
of any column (as a sync would make them), rolled-back writes included; and the upgrade
from 0015 fills them from the records already there."""

import random
import uuid
from dataclasses import replace
from datetime import date, timedelta

from alembic import command
from sqlalchemy import func, select, text
from unit_factories import NOW, observation_input, session_input

from desktop.demo.generator import generate_demo
from desktop.migrations import alembic_config
from desktop.models import (
    CounsellingSession, Observation, ObservationForm, ObservationPupil, Pupil, SessionPupil,
)
from desktop.models.cell_key import record_key as record_key_of
from desktop.models.enums import (
    BullyingForm, CaseStage, Place, Role, SessionKind, SessionStatus,
)
from desktop.models.school_year import school_year_start
from desktop.models.suppression import published
from desktop.models.term_summary import HEADLINE, Period
from desktop.models.warnings import Rule, Thresholds
from desktop.services import term_summary
from desktop.services.cell_keys import record_key
from desktop.services.context import PUPILS_READ
from desktop.services.dashboard import DashboardService

TALLIES = ("tally_session", "tally_incident", "tally_incident_form", "tally_served",
           "incident_grade", "tally_incident_grade")


def recount(conn) -> dict[str, list[tuple]]:
    """Each tally counted afresh from the records, with services/cell_keys.py's keys."""
    s, o, f = CounsellingSession, Observation, ObservationForm
    s_day, o_day = func.substr(s.starts_at, 1, 10), func.substr(o.occurred_at, 1, 10)
    queries = {
        "tally_session": select(s_day, s.kind, s.initiator, func.count(),
                                func.sum(record_key(s.id)))
        .where(s.deleted_at.is_(None), s.status == SessionStatus.HELD.value)
        .group_by(s_day, s.kind, s.initiator),
        "tally_incident": select(o_day, o.severity, o.place, func.count(),
                                 func.sum(record_key(o.id)))
        .where(o.deleted_at.is_(None)).group_by(o_day, o.severity, o.place),
        "tally_incident_form": select(o_day, f.form, func.count(), func.sum(record_key(o.id)))
        .join(o, o.id == f.observation_id).where(o.deleted_at.is_(None))
        .group_by(o_day, f.form),
        "tally_served": select(SessionPupil.pupil_id, s_day, func.count())
        .join(s, s.id == SessionPupil.session_id)
        .where(s.deleted_at.is_(None), s.status == SessionStatus.HELD.value)
        .group_by(SessionPupil.pupil_id, s_day),
        "incident_grade": select(ObservationPupil.observation_id, Pupil.grade, func.count())
        .join(Pupil, Pupil.id == ObservationPupil.pupil_id).where(Pupil.deleted_at.is_(None))
        .group_by(ObservationPupil.observation_id, Pupil.grade),
    }
    # Each incident once in each grade its living pupils are in now (any role).
    pairs = (select(ObservationPupil.observation_id, Pupil.grade).distinct()
             .join(Pupil, Pupil.id == ObservationPupil.pupil_id)
             .where(Pupil.deleted_at.is_(None)).subquery())
    queries["tally_incident_grade"] = (
        select(o_day, pairs.c.grade, func.count(), func.sum(record_key(o.id)))
        .join(o, o.id == pairs.c.observation_id).where(o.deleted_at.is_(None))
        .group_by(o_day, pairs.c.grade))
    return {name: sorted(tuple(v.hex if isinstance(v, uuid.UUID) else v for v in r)
                         for r in conn.execute(q)) for name, q in queries.items()}


def recount_bullying(conn) -> list[tuple]:
    """tally_bullying counted afresh in Python: per school year (of its 1 September) and
    pupil, live incidents as target and aggressor, the oldest and newest of each."""
    found: dict[tuple, dict] = {}
    for pupil, role, at in conn.execute(text(
            "SELECT op.pupil_id, op.role, o.occurred_at FROM observation_pupil op "
            "JOIN observation o ON o.id = op.observation_id WHERE o.deleted_at IS NULL")):
        if role not in (Role.TARGET.value, Role.AGGRESSOR.value):
            continue
        year = int(at[:4]) - (1 if int(at[5:7]) < 9 else 0)
        f = found.setdefault((year, pupil), {"target": [], "aggressor": []})
        f[role].append(at)
    rows = []
    for (year, pupil), f in found.items():
        targets, both = f["target"], f["target"] + f["aggressor"]
        rows.append((year, pupil, len(targets), len(f["aggressor"]),
                     min(targets, default=None), max(targets, default=None),
                     min(both), max(both)))
    return sorted(rows, key=repr)


def assert_bullying_tally_right(db) -> None:
    with db.engine.connect() as conn:
        found = sorted((tuple(r) for r in conn.execute(text(
            "SELECT school_year, pupil_id, targeted, aggressor, first_target, last_target, "
            "first_actor, last_actor FROM tally_bullying"))), key=repr)
        assert found == recount_bullying(conn)
    assert found


def kept(conn) -> dict[str, list[tuple]]:
    return {name: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {name}")))
            for name in TALLIES}


def assert_tallies_right(db) -> None:
    with db.engine.connect() as conn:
        found, expected = kept(conn), recount(conn)
    for name in TALLIES:
        assert found[name] == expected[name], name
    assert expected["tally_session"] and expected["tally_incident"]
    # tally_served_year: each pupil's days of held sessions by school year.
    years: dict[tuple, int] = {}
    for pupil, day, _sessions in expected["tally_served"]:
        year = int(day[:4]) - (1 if int(day[5:7]) < 9 else 0)
        years[(year, pupil)] = years.get((year, pupil), 0) + 1
    with db.engine.connect() as conn:
        kept_years = {(r[0], r[1]): r[2] for r in conn.execute(text(
            "SELECT school_year, pupil_id, days FROM tally_served_year"))}
    assert kept_years == years
    assert_bullying_tally_right(db)


def _ids(conn, table: str, where: str = "") -> list[str]:
    return [r[0] for r in conn.execute(text(f"SELECT id FROM {table} {where} ORDER BY id"))]


def _delete_or_bring_back(conn, table: str, row_id: str, stamp: str) -> None:
    conn.execute(text(f"UPDATE {table} SET deleted_at = CASE WHEN deleted_at IS NULL THEN :t END "
                      "WHERE id = :i"), {"t": stamp, "i": row_id})


def raw_writes(db, rng: random.Random, rounds: int) -> None:
    """Plain SQL, not the services: every column a tally depends on, rows deleted outright,
    forms added, moved and taken away; one transaction rolled back half-way."""
    kinds = [k.value for k in SessionKind]
    statuses = [s.value for s in SessionStatus]
    places = [p.value for p in Place]
    forms = [f.value for f in BullyingForm]
    for n in range(rounds):
        with db.engine.connect() as conn:
            trans = conn.begin()
            sessions = _ids(conn, "counselling_session")
            incidents = _ids(conn, "observation")
            pupils = _ids(conn, "pupil")
            for _ in range(30):
                sid, oid, pid = rng.choice(sessions), rng.choice(incidents), rng.choice(pupils)
                day = (NOW - timedelta(days=rng.randrange(500), minutes=rng.randrange(900)))
                stamp = day.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
                move = rng.randrange(20)
                if move == 0:
                    conn.execute(text("UPDATE counselling_session SET status = :v WHERE id = :i"),
                                 {"v": rng.choice(statuses), "i": sid})
                elif move == 1:
                    conn.execute(text("UPDATE counselling_session SET kind = :v, starts_at = :t "
                                      "WHERE id = :i"),
                                 {"v": rng.choice(kinds), "t": stamp, "i": sid})
                elif move == 2:
                    _delete_or_bring_back(conn, "counselling_session", sid, stamp)
                elif move == 3:
                    conn.execute(text("UPDATE counselling_session SET initiator = initiator, "
                                      "duration_min = duration_min + 1 WHERE id = :i"), {"i": sid})
                elif move == 4:
                    conn.execute(text("UPDATE observation SET severity = :v, place = :p "
                                      "WHERE id = :i"),
                                 {"v": rng.randint(1, 4), "p": rng.choice(places), "i": oid})
                elif move == 5:
                    conn.execute(text("UPDATE observation SET occurred_at = :t WHERE id = :i"),
                                 {"t": stamp, "i": oid})
                elif move == 6:
                    _delete_or_bring_back(conn, "observation", oid, stamp)
                elif move == 7:
                    conn.execute(text("INSERT OR IGNORE INTO observation_form "
                                      "(observation_id, form) VALUES (:i, :f)"),
                                 {"i": oid, "f": rng.choice(forms)})
                elif move == 8:
                    conn.execute(text("DELETE FROM observation_form WHERE observation_id = :i "
                                      "AND form = (SELECT min(form) FROM observation_form "
                                      "WHERE observation_id = :i)"), {"i": oid})
                elif move == 9:
                    conn.execute(text("UPDATE OR IGNORE observation_form SET form = :f "
                                      "WHERE observation_id = :i"),
                                 {"i": oid, "f": rng.choice(forms)})
                elif move == 10 and len(sessions) > 50:  # a session deleted outright
                    conn.execute(text("DELETE FROM follow_up WHERE session_id = :i"), {"i": sid})
                    # Its pupils' links go before it or after it (foreign keys deferred).
                    first, last = "session_pupil", "counselling_session"
                    if rng.random() < 0.5:
                        conn.execute(text("PRAGMA defer_foreign_keys = ON"))
                        first, last = last, first
                    for table in (first, last):
                        column = "id" if table == "counselling_session" else "session_id"
                        conn.execute(text(f"DELETE FROM {table} WHERE {column} = :i"), {"i": sid})
                    sessions.remove(sid)
                elif move == 11 and len(incidents) > 50:  # an incident deleted outright
                    for table in ("observation_pupil", "follow_up"):
                        conn.execute(text(f"DELETE FROM {table} WHERE observation_id = :i"),
                                     {"i": oid})
                    # Its forms go with it or after it (foreign keys off, as a sync might).
                    if rng.random() < 0.5:
                        conn.execute(text("DELETE FROM observation_form WHERE observation_id = :i"),
                                     {"i": oid})
                        conn.execute(text("DELETE FROM observation WHERE id = :i"), {"i": oid})
                    else:
                        conn.execute(text("PRAGMA defer_foreign_keys = ON"))
                        conn.execute(text("DELETE FROM observation WHERE id = :i"), {"i": oid})
                        conn.execute(text("DELETE FROM observation_form WHERE observation_id = :i"),
                                     {"i": oid})
                    incidents.remove(oid)
                elif move == 12:
                    conn.execute(text("UPDATE pupil SET grade = :g WHERE id = :i"),
                                 {"g": rng.randint(0, 11), "i": pid})
                elif move == 13:
                    _delete_or_bring_back(conn, "pupil", pid, stamp)
                elif move == 14:
                    conn.execute(text("INSERT OR IGNORE INTO observation_pupil "
                                      "(observation_id, pupil_id, role) VALUES (:o, :p, :r)"),
                                 {"o": oid, "p": pid, "r": rng.choice([r.value for r in Role])})
                elif move == 15:
                    conn.execute(text("DELETE FROM observation_pupil WHERE observation_id = :o "
                                      "AND pupil_id = (SELECT min(pupil_id) FROM observation_pupil "
                                      "WHERE observation_id = :o)"), {"o": oid})
                elif move == 16:
                    conn.execute(text("INSERT OR IGNORE INTO session_pupil (session_id, pupil_id) "
                                      "VALUES (:s, :p)"), {"s": sid, "p": pid})
                elif move == 17:
                    conn.execute(text("DELETE FROM session_pupil WHERE session_id = :s "
                                      "AND pupil_id = (SELECT max(pupil_id) FROM session_pupil "
                                      "WHERE session_id = :s)"), {"s": sid})
                elif move == 18:  # links written before their incident or session (a sync's order)
                    conn.execute(text("PRAGMA defer_foreign_keys = ON"))
                    new_o, new_s = uuid.uuid4().hex, uuid.uuid4().hex
                    conn.execute(text("INSERT INTO observation_form VALUES (:o, :f)"),
                                 {"o": new_o, "f": rng.choice(forms)})
                    conn.execute(text("INSERT INTO observation_pupil (observation_id, pupil_id, "
                                      "role) VALUES (:o, :p, 'target')"), {"o": new_o, "p": pid})
                    conn.execute(text("INSERT INTO session_pupil VALUES (:s, :p)"),
                                 {"s": new_s, "p": pid})
                    for table, old, new in (("observation", oid, new_o),
                                            ("counselling_session", sid, new_s)):
                        row = dict(conn.execute(text(f"SELECT * FROM {table} WHERE id = :i"),
                                                {"i": old}).mappings().one(), id=new)
                        names = ", ".join(row)
                        conn.execute(text(f"INSERT INTO {table} ({names}) VALUES "
                                          f"({', '.join(':' + k for k in row)})"), row)
                    incidents.append(new_o)
                    sessions.append(new_s)
                elif move == 19:  # a pupil's role in an incident changed
                    conn.execute(text("UPDATE observation_pupil SET role = :r "
                                      "WHERE observation_id = :o AND pupil_id = "
                                      "(SELECT min(pupil_id) FROM observation_pupil "
                                      "WHERE observation_id = :o)"),
                                 {"o": oid, "r": rng.choice([r.value for r in Role])})
            if n % 4 == 3:
                trans.rollback()
            else:
                trans.commit()


def test_tallies_equal_a_recount_after_any_writes(db, ctx, services, make_pupil):
    generate_demo(db, ctx, pupils=40, records=900, seed=7)
    assert_tallies_right(db)

    # The services: saves, edits (moved, cancelled), deletions.
    a, b = make_pupil().id, make_pupil(surname="Сейітова", given_name="Аружан").id
    s1 = services.sessions.create(session_input([a]))
    s2 = services.sessions.create(session_input([a, b], kind=SessionKind.GROUP.value))
    services.sessions.update(s1.id, session_input([a], starts_at=NOW - timedelta(days=40)))
    services.sessions.update(s2.id, session_input([a, b], status=SessionStatus.CANCELLED.value))
    o1 = services.observations.create(observation_input(
        [(a, Role.TARGET.value), (b, Role.AGGRESSOR.value)],
        forms=[BullyingForm.VERBAL.value, BullyingForm.PHYSICAL.value]))
    o2 = services.observations.create(observation_input([(b, Role.TARGET.value)]))
    services.observations.update(o1.id, observation_input(
        [(a, Role.TARGET.value)], forms=[BullyingForm.CYBER.value], severity=4,
        occurred_at=NOW - timedelta(days=200)))
    services.observations.delete(o2.id)
    services.sessions.delete(s1.id)
    assert_tallies_right(db)

    raw_writes(db, random.Random(20), rounds=12)
    assert_tallies_right(db)


def test_the_upgrade_counts_the_records_already_there(db, ctx):
    generate_demo(db, ctx, pupils=30, records=500, seed=3)
    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0015")
        names = {r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE name LIKE 'tally%'"))}
        assert names == set()
        command.upgrade(cfg, "head")
    assert_tallies_right(db)
    with db.engine.connect() as conn:
        triggers = conn.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).scalar()
    assert triggers >= 13


def test_the_pupil_search_sees_every_write_to_the_pupil_table(db, services, make_pupil):
    """The search keeps the sorted list in memory while table_version stays the same: any
    write, a raw one too, changes the version and the next keystroke reads the list again."""
    first = make_pupil(surname="Жұмабекова", given_name="Аружан")
    assert [r.id for r in services.pupils.search("жұмабек")] == [first.id]
    second = make_pupil(surname="Жұмабеков", given_name="Ерасыл", iin="")
    assert {r.id for r in services.pupils.search("жұмабек")} == {first.id, second.id}
    with db.engine.begin() as conn:  # as a sync would write it
        conn.execute(text("UPDATE pupil SET surname = 'Оспанова', "
                          "search_key = 'оспанова аружан' WHERE id = :i"), {"i": first.id.hex})
    assert [r.id for r in services.pupils.search("жұмабек")] == [second.id]
    assert [r.full_name for r in services.pupils.search("оспанова")] == [
        "Оспанова Аружан Қуанышұлы"]
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE pupil SET deleted_at = '2026-11-20 10:00:00.000000' "
                          "WHERE id = :i"), {"i": second.id.hex})
    assert services.pupils.search("жұмабек") == []


def test_the_bullying_rules_from_the_tally_equal_those_from_the_incidents(db, ctx, services):
    """The dashboard's bullying warnings over the school year, read from tally_bullying, are
    the same as those counted from the incidents over the same days (the last-N-days window
    set to reach 1 September), after random writes."""
    generate_demo(db, ctx, pupils=40, records=900, seed=11)
    raw_writes(db, random.Random(21), rounds=8)
    assert_bullying_tally_right(db)
    today = ctx.today()
    days = (today - school_year_start(today)).days
    assert days >= 1
    for n in (1, 2, 3):
        by_year = Thresholds(bullying_min_incidents=n)
        by_days = replace(by_year, bullying_window_school_year=False, bullying_window_days=days)
        from_tally = services.attention.warnings(by_year)
        from_incidents = services.attention.warnings(by_days)
        assert from_tally == from_incidents
        assert any(w.rule == Rule.REPEATED_TARGET for w in from_tally)
        assert any(w.rule == Rule.TARGET_AND_AGGRESSOR for w in from_tally)


def test_the_term_summarys_counts_equal_a_recount_of_the_records(db, ctx):
    """Pupils served (from tally_served read by day) and the cases by their stage on a
    period's last day, for random periods after random writes, equal the figures counted
    from the records themselves (with the same cell keys)."""
    generate_demo(db, ctx, pupils=40, records=900, seed=13)
    raw_writes(db, random.Random(22), rounds=8)
    rng = random.Random(23)
    today = ctx.today()
    for _ in range(10):
        periods = []
        for _n in range(3):
            starts = today - timedelta(days=rng.randrange(600))
            if rng.random() < 0.4:  # a whole school year (tally_served_year)
                year = school_year_start(starts).year
                periods.append(Period(date(year, 9, 1), date(year + 1, 8, 31)))
            else:
                periods.append(Period(starts, starts + timedelta(days=rng.randrange(1, 200))))
        with db.session() as s:
            counts, keys = term_summary._count(s, periods, today)
            expected = _recount_summary(s, periods)
        assert counts[HEADLINE]["pupils_served"] == expected["served"][0]
        assert keys[HEADLINE]["pupils_served"] == expected["served"][1]
        assert any(expected["served"][0])
        found = {(stage, n): (counts["cases_by_stage"][stage][n], keys["cases_by_stage"][stage][n])
                 for stage in counts["cases_by_stage"] for n in range(3)}
        assert found == {k: expected["cases"].get(k, (0, 0)) for k in found}
        assert expected["cases"]


def _recount_summary(s, periods) -> dict:
    """The figures straight from the records, in Python."""
    sessions = s.execute(text(
        "SELECT sp.pupil_id, substr(c.starts_at, 1, 10) FROM session_pupil sp "
        "JOIN counselling_session c ON c.id = sp.session_id JOIN pupil p ON p.id = sp.pupil_id "
        "WHERE c.deleted_at IS NULL AND c.status = 'held' AND p.deleted_at IS NULL")).all()
    served: tuple[list[int], list[int]] = ([], [])
    for p in periods:
        lo, hi = p.starts_on.isoformat(), p.ends_on.isoformat()
        pupils = {pupil for pupil, day in sessions if lo <= day <= hi}
        served[0].append(len(pupils))
        served[1].append(sum(record_key_of(uuid.UUID(pid)) for pid in pupils))
    entries = s.execute(text(
        "SELECT e.case_id, e.stage, e.on_date, e.created_at FROM case_stage e "
        "JOIN bullying_case b ON b.id = e.case_id "
        "WHERE e.deleted_at IS NULL AND b.deleted_at IS NULL")).all()
    cases: dict[tuple[str, int], tuple[int, int]] = {}
    for n, p in enumerate(periods):
        latest: dict[str, tuple] = {}
        for case_id, stage, on_date, created_at in entries:
            if on_date <= p.ends_on.isoformat():
                best = latest.get(case_id)
                if best is None or (on_date, created_at) > (best[1], best[2]):
                    latest[case_id] = (stage, on_date, created_at)
        for case_id, (stage, on_date, _created) in latest.items():
            if stage == CaseStage.CLOSED.value and on_date < p.starts_on.isoformat():
                continue
            count, key = cases.get((stage, n), (0, 0))
            cases[(stage, n)] = (count + 1, key + record_key_of(uuid.UUID(case_id)))
    return {"served": served, "cases": cases}


def test_the_dashboard_counts_from_the_tallies_equal_a_recount(db, ctx, services):
    """Sessions held and incidents since 1 September on the head teacher's counts come from
    the day tallies, incidents not resolved from their own index: the same as counting the
    records, exact and published alike."""
    generate_demo(db, ctx, pupils=40, records=900, seed=17)
    raw_writes(db, random.Random(24), rounds=8)
    start = school_year_start(ctx.today()).isoformat()
    with db.engine.connect() as conn:
        sessions = conn.execute(text(
            "SELECT id FROM counselling_session WHERE deleted_at IS NULL AND status = 'held' "
            "AND starts_at >= :t"), {"t": start}).scalars().all()
        incidents = conn.execute(text(
            "SELECT id FROM observation WHERE deleted_at IS NULL AND occurred_at >= :t"),
            {"t": start}).scalars().all()
        unresolved = conn.execute(text(
            "SELECT count(*) FROM observation WHERE deleted_at IS NULL "
            "AND status != 'resolved'")).scalar()
    counts = services.dashboard.counts()
    assert (counts.sessions_held, counts.observations) == (len(sessions), len(incidents))
    assert counts.observations_open == unresolved > 0
    assert sessions and incidents
    published_counts = DashboardService(db, HeadContext(ctx)).counts()  # a head teacher's
    assert published_counts.sessions_held == published(
        len(sessions), sum(record_key_of(uuid.UUID(i)) for i in sessions))
    assert published_counts.observations == published(
        len(incidents), sum(record_key_of(uuid.UUID(i)) for i in incidents))


class HeadContext:
    """The test's context, without the right to read pupils: counts are published."""

    def __init__(self, ctx):
        self._ctx = ctx

    def __getattr__(self, name):
        return getattr(self._ctx, name)

    def can(self, permission) -> bool:
        return permission != PUPILS_READ and self._ctx.can(permission)
