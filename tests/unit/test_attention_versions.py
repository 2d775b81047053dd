"""The dashboard keeps each early-warning rule's warnings, the week's actions and today's
sessions while the tables they come from keep their versions (table_version, kept by
triggers: migrations 0017 and 0024). What it keeps always equals what is read afresh: after
the services' writes and raw SQL writes of any column those reads use (as a sync would make
them), and when the day moves."""

import random
import re
import uuid
from datetime import timedelta

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import event, text
from sqlalchemy.dialects import sqlite
from test_tallies import raw_writes
from unit_factories import session_input

from desktop.demo.generator import generate_demo
from desktop.migrations import alembic_config
from desktop.models.warnings import Rule, Thresholds
from desktop.services.attention import _EVERY_RULE_READS, AttentionService
from desktop.services.dashboard import DashboardService

VERSIONED = ScriptDirectory.from_config(alembic_config()).get_revision("0024").module.VERSIONED


def afresh(db, ctx) -> list:
    """Every warning read from the records by a service that has kept nothing."""
    return AttentionService(db, ctx).warnings()


def rule_sql(services, ctx) -> str:
    """Every rule's query as SQLite reads it, for both bullying windows."""
    return "\n".join(
        str(query.compile(dialect=sqlite.dialect()))
        for school_year in (True, False)
        for _rules, _tables, query in services.attention._rules(
            Thresholds(bullying_window_school_year=school_year), ctx.today()).queries)


def shuffle_a_column(conn, rng: random.Random, table: str, sql: str) -> None:
    """A raw write to `table`: one row's column that a rule reads (`sql`: the rules') given
    another row's value of it, a link deleted, or a record copied under a new id."""
    rows = conn.execute(text(f"SELECT * FROM {table}")).mappings().all()
    if len(rows) < 2:
        return
    row, other = rng.sample(rows, 2)
    keys = ([c for c in row if c != "id" and f"{table}.{c}" in sql] if table != "pupil" else
            ["surname", "given_name", "class_name", "active", "deleted_at"])  # what is shown
    where = " AND ".join(f"{c} IS :k_{c}" for c in row if c in ("id", *_links(table)))
    bound = {f"k_{c}": row[c] for c in row}
    move = rng.randrange(4)
    if move == 0 and "id" not in row:
        conn.execute(text(f"DELETE FROM {table} WHERE {where}"), bound)
    elif move == 1 and "id" in row:
        copy = dict(row, id=uuid.uuid4().hex)
        conn.execute(text(f"INSERT OR IGNORE INTO {table} ({', '.join(copy)}) VALUES "
                          f"({', '.join(':' + c for c in copy)})"), copy)
    else:
        column = rng.choice(keys)
        conn.execute(text(f"UPDATE OR IGNORE {table} SET {column} = :v WHERE {where}"),
                     {**bound, "v": other[column]})


def _links(table: str) -> tuple[str, ...]:
    """A link table's key (it has no id)."""
    return {"session_pupil": ("session_id", "pupil_id"),
            "observation_pupil": ("observation_id", "pupil_id", "role"),
            "concern_pupil": ("concern_id", "pupil_id"),
            "case_pupil": ("case_id", "pupil_id", "role"),
            "tally_bullying": ("school_year", "pupil_id")}.get(table, ())


@pytest.fixture
def journal(db, ctx, services):
    generate_demo(db, ctx, pupils=40, records=900, seed=5)
    found = services.attention.warnings()
    services.attention.dismiss(found[-1], "Обсуждено с классным руководителем")
    assert {w.rule for w in found} >= {Rule.REPEATED_TARGET.value, Rule.SEVERE_INCIDENT.value,
                                       Rule.ACTION_OVERDUE.value}
    return found


def test_the_kept_warnings_equal_those_read_afresh_after_any_writes(
        db, ctx, clock, services, journal):
    rng = random.Random(24)
    kept = services.attention
    sql = rule_sql(services, ctx)
    tables = (*VERSIONED, "pupil")
    changed = 0
    # One table written at a time: a write that changes no version would go unseen.
    for n in range(150):
        before = kept.warnings()
        if n % 25 == 23:
            raw_writes(db, rng, rounds=1)
        elif n % 25 == 24:
            clock.now += timedelta(days=1)
        else:
            with db.engine.begin() as conn:
                conn.execute(text("PRAGMA defer_foreign_keys = ON"))
                shuffle_a_column(conn, rng, tables[n % len(tables)], sql)
        now = afresh(db, ctx)
        assert kept.warnings() == now, n
        changed += now != before
    assert changed >= 15  # the writes changed what the dashboard shows
    # Through the services: a dismissal, a session with a risk of self-harm.
    w = kept.warnings()[0]
    kept.dismiss(w, "Обсуждено на совете профилактики")
    assert w not in kept.warnings()
    services.sessions.create(session_input([w.pupil_id], self_harm_risk=True))
    assert kept.warnings() == afresh(db, ctx)
    assert any(x.rule == Rule.SELF_HARM_RISK.value and x.pupil_id == w.pupil_id
               for x in kept.warnings())


def test_a_rule_is_read_again_only_when_a_table_it_reads_was_written(
        db, ctx, services, journal, pupil):
    services.attention.warnings()  # after the pupil's creation
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))
    services.attention.warnings()
    assert not [s for s in statements if "GROUP BY" in s or "FROM pupil" in s], \
        "nothing changed, nothing read (no rule, not the pupils)"

    services.sessions.create(session_input([pupil.id]))
    statements.clear()
    services.attention.warnings()
    grouped = [s for s in statements if "GROUP BY" in s]
    assert len(grouped) == 1 and "counselling_session" in grouped[0]

    # A pupil renamed: the warnings name them anew from the rows kept, no rule read again.
    named = next(w for w in services.attention.warnings() if w.pupil_id != pupil.id)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE pupil SET surname = 'Әбдіқадырова' WHERE id = :i"),
                     {"i": named.pupil_id.hex})
    statements.clear()
    renamed = [w for w in services.attention.warnings() if w.pupil_id == named.pupil_id]
    assert not [s for s in statements if "GROUP BY" in s or "tally_bullying" in s]
    # Only the pupils written since are read again (pupil_written), not every pupil.
    assert [s for s in statements if "FROM pupil" in s] == [
        s for s in statements if "FROM pupil_written" in s] != []
    assert renamed and all(w.pupil_name.startswith("Әбдіқадырова ") for w in renamed)
    assert services.attention.warnings() == afresh(db, ctx)

    # An edit the warnings do not show (an address): the very warnings kept, none built.
    kept = services.attention.warnings()
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE pupil SET address = 'Шымкент' WHERE id = :i"),
                     {"i": named.pupil_id.hex})
    assert all(a is b for a, b in zip(services.attention.warnings(), kept, strict=True))

    # Other thresholds: every rule again (seven grouped queries and the bullying tally's).
    statements.clear()
    services.attention.warnings(Thresholds(bullying_min_incidents=3))
    assert len([s for s in statements if "GROUP BY" in s]) == 7
    assert [s for s in statements if "FROM tally_bullying" in s]


@pytest.mark.parametrize("table", [*VERSIONED, "pupil"])
def test_every_write_to_a_table_a_rule_reads_moves_its_version(db, journal, table):
    def version() -> int:
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT version FROM table_version WHERE name = :n"),
                                {"n": table}).scalar_one()

    key = _links(table) or ("id",)
    where = " AND ".join(f"{c} = :{c}" for c in key)
    with db.engine.connect() as conn:
        row = conn.execute(text(f"SELECT * FROM {table} LIMIT 1")).mappings().first()
    assert row is not None, f"the journal has no {table}"
    row = dict(row)
    before = version()
    with db.engine.begin() as conn:
        conn.execute(text(f"UPDATE {table} SET {key[0]} = {key[0]} WHERE {where}"), row)
    assert version() == before + 1
    with db.engine.begin() as conn:
        if "id" in row:  # a record: a copy written, then deleted (the row has links)
            row.update(id=uuid.uuid4().hex, **({"iin": None} if table == "pupil" else {}))
        insert = text(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                      f"({', '.join(':' + c for c in row)})")
        delete = text(f"DELETE FROM {table} WHERE {where}")
        for statement in ((insert, delete) if "id" in row else (delete, insert)):
            conn.execute(statement, row)
    assert version() == before + 3


def test_each_rule_reads_only_the_tables_it_names(db, ctx, services):
    """A rule reading a table it does not name would keep its warnings when that table
    changes; one reading the pupils would keep its rows when a pupil is edited."""
    attention = services.attention
    for school_year in (True, False):
        t = Thresholds(bullying_window_school_year=school_year)
        for rules, tables, query in attention._rules(t, ctx.today()).queries:
            sql = str(query.compile(dialect=sqlite.dialect()))
            read = set(re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", sql))
            # Not the pupils or the dismissals: a rule's rows are kept when only they change.
            assert read == set(tables), (rules, read)
            assert not read & set(_EVERY_RULE_READS)


# The columns the week's actions and today's sessions are read from.
LISTED = ("follow_up.due_date follow_up.done_date follow_up.deleted_at follow_up.what "
          "follow_up.responsible follow_up.pupil_id counselling_session.starts_at "
          "counselling_session.status counselling_session.deleted_at counselling_session.reason "
          "counselling_session.kind session_pupil.pupil_id session_pupil.session_id")


def test_the_weeks_actions_and_todays_sessions_kept_equal_those_read_afresh(
        db, ctx, clock, services, journal):
    def both(dashboard) -> tuple[list, list]:
        return dashboard.actions_this_week(), dashboard.sessions_today()

    rng = random.Random(25)
    kept = services.dashboard
    tables = ("follow_up", "counselling_session", "session_pupil", "pupil")
    changed, shown = 0, 0
    for n in range(120):
        before = both(kept)
        if n % 20 == 19:
            clock.now += timedelta(days=1)
        elif n % 3 == 0:  # a random action or session brought into the lists
            today = ctx.today().isoformat()
            table = "follow_up" if n % 2 else "counselling_session"
            with db.engine.begin() as conn:
                ids = sorted(r[0] for r in conn.execute(text(f"SELECT id FROM {table}")))
                if n % 2:
                    conn.execute(text(
                        "UPDATE follow_up SET due_date = :d, done_date = NULL, deleted_at = NULL "
                        "WHERE id = :i"), {"d": today, "i": rng.choice(ids)})
                else:
                    conn.execute(text(
                        "UPDATE counselling_session SET starts_at = :t, status = 'planned', "
                        "deleted_at = NULL WHERE id = :i"),
                        {"t": f"{today} 1{n % 10}:00:00.000000", "i": rng.choice(ids)})
        elif n % 7 == 2:  # a pupil the lists name, renamed
            listed = sorted({*(r.pupil_name for r in before[0]),
                             *(n for r in before[1] for n in r.pupils.split(", ") if n)})
            with db.engine.begin() as conn:
                if listed:
                    surname = rng.choice(listed).split(" ")[0]
                    conn.execute(text("UPDATE pupil SET surname = :new WHERE surname = :old"),
                                 {"new": f"Әбенова{n}", "old": surname})
        elif n % 5 == 1:  # another pupil in one of today's sessions: its links alone written
            with db.engine.begin() as conn:
                today = [r[0] for r in conn.execute(text(
                    "SELECT id FROM counselling_session WHERE substr(starts_at, 1, 10) = :d "
                    "ORDER BY id"), {"d": ctx.today().isoformat()})]
                pupils = sorted(r[0] for r in conn.execute(text("SELECT id FROM pupil")))
                if today:
                    conn.execute(text("INSERT OR IGNORE INTO session_pupil VALUES (:s, :p)"),
                                 {"s": rng.choice(today), "p": rng.choice(pupils)})
        else:
            with db.engine.begin() as conn:
                conn.execute(text("PRAGMA defer_foreign_keys = ON"))
                shuffle_a_column(conn, rng, tables[n % len(tables)], LISTED)
        now = both(DashboardService(db, ctx))
        assert both(kept) == now, n
        changed += now != before
        shown += bool(now[0]) and bool(now[1])
    assert changed >= 15 and shown >= 30  # the writes changed lists that had rows
