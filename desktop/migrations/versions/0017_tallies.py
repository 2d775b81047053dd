"""tallies: the term summary's counts by day, kept by triggers in the records' transaction

A school year of a large journal holds hundreds of thousands of sessions and incidents; the
term summary counted them row by row (with each record's cell key) every time. These tables
hold, per day and per breakdown, how many live records there are and the sum of their cell
keys (services/cell_keys.py), so that a period's counts are a sum over a few hundred rows.

They are kept by SQLite triggers, in the same transaction as the records, whatever writes
them (the services, a raw INSERT, a future sync): never a cache that can go stale. Each
figure equals a full recount (tests/unit/test_tallies.py proves it on random writes).

- tally_session: held, live sessions by day (of starts_at), kind and initiator;
- tally_incident: live incidents by day (of occurred_at), severity and place;
- tally_incident_form: live incidents by day and form (an incident with two forms in both).

A day is the first ten characters of the stored wall-clock time ('YYYY-MM-DD'): the same
records as `starts_at >= midnight` on the stored text.

NOTE for later migrations: batch_alter_table on counselling_session, observation or
observation_form copies the table and drops the old one, and its triggers with it; such a
migration must create these triggers again (TRIGGERS below) and rebuild the tallies.

Revision ID: 0017
Revises: 0015 (re-pointed to 0016 when merged)
Create Date: 2026-12-07
"""

from alembic import op

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None


def record_key(column: str) -> str:
    """services/cell_keys.py's record key in SQL: the id's last three hex digits."""
    digits = [f"(instr('0123456789abcdef', lower(substr({column}, -{i}, 1))) - 1)"
              for i in (3, 2, 1)]
    return f"(({digits[0]} * 16 + {digits[1]}) * 16 + {digits[2]})"


def _add(table: str, keys: dict[str, str], count: str, row: str, sign: int, where: str,
         match: str = "") -> str:
    """An upsert of one record's count (+1 or -1) and key into `table`, then the row dropped
    when it counts nothing. `keys`: the tally's key columns and their values; `where` the
    condition for counting (a SELECT's WHERE, so that lookups may join); `match` the row to
    look at afterwards (by default: `keys`)."""
    names = ", ".join(keys)
    values = ", ".join(keys.values())
    match = match or " AND ".join(f"{k} = {v}" for k, v in keys.items())
    conflict = f"ON CONFLICT ({names}) DO UPDATE SET {count} = {count} + excluded.{count}, " \
               f"keys = keys + excluded.keys"
    return (f"INSERT INTO {table} ({names}, {count}, keys) SELECT {values}, {sign}, "
            f"{sign} * {record_key(row)} {where} {conflict};\n"
            f"DELETE FROM {table} WHERE {match} AND {count} = 0;")


def _trigger(name: str, when: str, table: str, body: str, condition: str = "") -> str:
    guard = f" WHEN {condition}" if condition else ""
    return f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{guard} BEGIN\n{body}\nEND"


def _session(row: str, sign: int) -> str:
    keys = {"day": f"substr({row}.starts_at, 1, 10)", "kind": f"{row}.kind",
            "initiator": f"{row}.initiator"}
    return _add("tally_session", keys, "sessions", f"{row}.id", sign, "WHERE true")


def _incident(row: str, sign: int) -> str:
    keys = {"day": f"substr({row}.occurred_at, 1, 10)", "severity": f"{row}.severity",
            "place": f"{row}.place"}
    return _add("tally_incident", keys, "incidents", f"{row}.id", sign, "WHERE true")


def _form_of(form_row: str, sign: int) -> str:
    """One form row of a live incident (looked up by its id)."""
    keys = {"day": "substr(o.occurred_at, 1, 10)", "form": f"{form_row}.form"}
    day = (f"(SELECT substr(occurred_at, 1, 10) FROM observation "
           f"WHERE id = {form_row}.observation_id)")
    return _add("tally_incident_form", keys, "incidents", "o.id", sign,
                f"FROM observation o WHERE o.id = {form_row}.observation_id "
                f"AND o.deleted_at IS NULL", match=f"day = {day} AND form = {form_row}.form")


def _forms_of(obs: str, sign: int) -> str:
    """Every form of the incident `obs` (OLD or NEW), counted live."""
    return (f"INSERT INTO tally_incident_form (day, form, incidents, keys) "
            f"SELECT substr({obs}.occurred_at, 1, 10), f.form, {sign}, "
            f"{sign} * {record_key(f'{obs}.id')} FROM observation_form f "
            f"WHERE f.observation_id = {obs}.id "
            f"ON CONFLICT (day, form) DO UPDATE SET incidents = incidents + excluded.incidents, "
            f"keys = keys + excluded.keys;\n"
            f"DELETE FROM tally_incident_form WHERE incidents = 0 "
            f"AND day = substr({obs}.occurred_at, 1, 10);")


HELD_OLD = "OLD.deleted_at IS NULL AND OLD.status = 'held'"
HELD_NEW = "NEW.deleted_at IS NULL AND NEW.status = 'held'"

TRIGGERS = {
    # sessions
    "tally_session_insert": _trigger("tally_session_insert", "AFTER INSERT",
                                     "counselling_session", _session("NEW", 1), HELD_NEW),
    "tally_session_delete": _trigger("tally_session_delete", "AFTER DELETE",
                                     "counselling_session", _session("OLD", -1), HELD_OLD),
    "tally_session_update_old": _trigger(
        "tally_session_update_old",
        "AFTER UPDATE OF id, starts_at, kind, initiator, status, deleted_at",
        "counselling_session", _session("OLD", -1), HELD_OLD),
    "tally_session_update_new": _trigger(
        "tally_session_update_new",
        "AFTER UPDATE OF id, starts_at, kind, initiator, status, deleted_at",
        "counselling_session", _session("NEW", 1), HELD_NEW),
    # incidents
    "tally_incident_insert": _trigger("tally_incident_insert", "AFTER INSERT", "observation",
                                      _incident("NEW", 1), "NEW.deleted_at IS NULL"),
    "tally_incident_delete": _trigger("tally_incident_delete", "AFTER DELETE", "observation",
                                      _incident("OLD", -1), "OLD.deleted_at IS NULL"),
    "tally_incident_update_old": _trigger(
        "tally_incident_update_old", "AFTER UPDATE OF id, occurred_at, severity, place, deleted_at",
        "observation", _incident("OLD", -1) + "\n" + _forms_of("OLD", -1),
        "OLD.deleted_at IS NULL"),
    "tally_incident_update_new": _trigger(
        "tally_incident_update_new", "AFTER UPDATE OF id, occurred_at, severity, place, deleted_at",
        "observation", _incident("NEW", 1) + "\n" + _forms_of("NEW", 1),
        "NEW.deleted_at IS NULL"),
    # An incident deleted outright: its forms leave the tally while both rows are there (the
    # forms' own triggers find no incident afterwards).
    "tally_incident_forms_delete": _trigger(
        "tally_incident_forms_delete", "BEFORE DELETE", "observation", _forms_of("OLD", -1),
        "OLD.deleted_at IS NULL"),
    # forms
    "tally_form_insert": _trigger("tally_form_insert", "AFTER INSERT", "observation_form",
                                  _form_of("NEW", 1)),
    "tally_form_delete": _trigger("tally_form_delete", "AFTER DELETE", "observation_form",
                                  _form_of("OLD", -1)),
    "tally_form_update_old": _trigger("tally_form_update_old", "AFTER UPDATE",
                                      "observation_form", _form_of("OLD", -1)),
    "tally_form_update_new": _trigger("tally_form_update_new", "AFTER UPDATE",
                                      "observation_form", _form_of("NEW", 1)),
}

TABLES = {
    "tally_session": "CREATE TABLE tally_session (day VARCHAR(10) NOT NULL, "
                     "kind VARCHAR(20) NOT NULL, initiator VARCHAR(20) NOT NULL, "
                     "sessions INTEGER NOT NULL, keys INTEGER NOT NULL, "
                     "PRIMARY KEY (day, kind, initiator))",
    "tally_incident": "CREATE TABLE tally_incident (day VARCHAR(10) NOT NULL, "
                      "severity INTEGER NOT NULL, place VARCHAR(20) NOT NULL, "
                      "incidents INTEGER NOT NULL, keys INTEGER NOT NULL, "
                      "PRIMARY KEY (day, severity, place))",
    "tally_incident_form": "CREATE TABLE tally_incident_form (day VARCHAR(10) NOT NULL, "
                           "form VARCHAR(20) NOT NULL, incidents INTEGER NOT NULL, "
                           "keys INTEGER NOT NULL, PRIMARY KEY (day, form))",
}

# The tallies counted afresh from the records (the same figures the triggers keep).
RECOUNT = {
    "tally_session": "INSERT INTO tally_session (day, kind, initiator, sessions, keys) "
                     f"SELECT substr(starts_at, 1, 10), kind, initiator, count(*), "
                     f"sum({record_key('id')}) FROM counselling_session "
                     "WHERE deleted_at IS NULL AND status = 'held' GROUP BY 1, 2, 3",
    "tally_incident": "INSERT INTO tally_incident (day, severity, place, incidents, keys) "
                      f"SELECT substr(occurred_at, 1, 10), severity, place, count(*), "
                      f"sum({record_key('id')}) FROM observation "
                      "WHERE deleted_at IS NULL GROUP BY 1, 2, 3",
    "tally_incident_form": "INSERT INTO tally_incident_form (day, form, incidents, keys) "
                           "SELECT substr(o.occurred_at, 1, 10), f.form, count(*), "
                           f"sum({record_key('o.id')}) FROM observation_form f "
                           "JOIN observation o ON o.id = f.observation_id "
                           "WHERE o.deleted_at IS NULL GROUP BY 1, 2",
}


def upgrade() -> None:
    for ddl in TABLES.values():
        op.execute(ddl)
    for fill in RECOUNT.values():
        op.execute(fill)
    for ddl in TRIGGERS.values():
        op.execute(ddl)
    # The planner's statistics: with them SQLite picks the covering indexes for the
    # dashboard's and the chronology's queries on a large journal too.
    op.execute("ANALYZE")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in TABLES:
        op.execute(f"DROP TABLE IF EXISTS {name}")
