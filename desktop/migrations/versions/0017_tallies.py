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
- tally_incident_form: live incidents by day and form (an incident with two forms in both);
- tally_served: each pupil's days with held, live sessions (pupils served in a period);
- incident_grade, tally_incident_grade: each incident's living pupils by grade (as they are
  now), and live incidents by day and grade, once in each grade;
- table_version: a number one more on each write to the pupil table, so that the pupil
  search may keep the sorted list in memory while it stays the same.

A day is the first ten characters of the stored wall-clock time ('YYYY-MM-DD'): the same
records as `starts_at >= midnight` on the stored text.

NOTE for later migrations: batch_alter_table on counselling_session, session_pupil,
observation, observation_form, observation_pupil or pupil copies the table and drops the old
one, and its triggers with it; such a migration must create these triggers again (TRIGGERS
below) and rebuild the tallies (RECOUNT). tests/unit/test_tallies.py fails otherwise.

Revision ID: 0017
Revises: 0016 (re-pointed to 0016 when merged)
Create Date: 2026-12-07
"""

from alembic import op

revision = "0017"
down_revision = "0016"
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


def _of_incident(table: str, column: str, row: str, sign: int) -> str:
    """One row (form or grade pair) of a live incident, found by its observation_id, in or
    out of the incident's day tally `table`."""
    keys = {"day": "substr(o.occurred_at, 1, 10)", column: f"{row}.{column}"}
    day = (f"(SELECT substr(occurred_at, 1, 10) FROM observation "
           f"WHERE id = {row}.observation_id)")
    return _add(table, keys, "incidents", "o.id", sign,
                f"FROM observation o WHERE o.id = {row}.observation_id "
                f"AND o.deleted_at IS NULL", match=f"day = {day} AND {column} = {row}.{column}")


def _all_of(table: str, column: str, source: str, obs: str, sign: int) -> str:
    """Every row of `source` (forms, grade pairs) of the incident `obs` (OLD or NEW) in or
    out of the incident's day tally `table`."""
    return (f"INSERT INTO {table} (day, {column}, incidents, keys) "
            f"SELECT substr({obs}.occurred_at, 1, 10), x.{column}, {sign}, "
            f"{sign} * {record_key(f'{obs}.id')} FROM {source} x "
            f"WHERE x.observation_id = {obs}.id "
            f"ON CONFLICT (day, {column}) DO UPDATE SET "
            f"incidents = incidents + excluded.incidents, keys = keys + excluded.keys;\n"
            f"DELETE FROM {table} WHERE incidents = 0 "
            f"AND day = substr({obs}.occurred_at, 1, 10);")


def _form_of(row: str, sign: int) -> str:
    return _of_incident("tally_incident_form", "form", row, sign)


def _forms_of(obs: str, sign: int) -> str:
    return _all_of("tally_incident_form", "form", "observation_form", obs, sign)


def _grades_of(obs: str, sign: int) -> str:
    return _all_of("tally_incident_grade", "grade", "incident_grade", obs, sign)


def _grade_pair(row: str, sign: int) -> str:
    return _of_incident("tally_incident_grade", "grade", row, sign)


def _pupil_in(obs: str, pupil: str, sign: int) -> str:
    """A pupil (by id) in or out of an incident: their grade's count in incident_grade, when
    the pupil is living."""
    if sign > 0:
        return (f"INSERT INTO incident_grade (observation_id, grade, pupils) "
                f"SELECT {obs}, p.grade, 1 FROM pupil p WHERE p.id = {pupil} "
                f"AND p.deleted_at IS NULL AND p.grade IS NOT NULL "
                f"ON CONFLICT (observation_id, grade) DO UPDATE SET pupils = pupils + 1;")
    grade = (f"(SELECT grade FROM pupil WHERE id = {pupil} AND deleted_at IS NULL)")
    return (f"UPDATE incident_grade SET pupils = pupils - 1 "
            f"WHERE observation_id = {obs} AND grade = {grade};\n"
            f"DELETE FROM incident_grade WHERE observation_id = {obs} AND pupils = 0;")


def _pupil_grades(row: str, sign: int) -> str:
    """A pupil's grade (OLD or NEW, living) in or out of every incident they are in."""
    incidents = f"SELECT observation_id FROM observation_pupil WHERE pupil_id = {row}.id"
    if sign > 0:
        return (f"INSERT INTO incident_grade (observation_id, grade, pupils) "
                f"SELECT observation_id, {row}.grade, 1 FROM observation_pupil "
                f"WHERE pupil_id = {row}.id AND {row}.grade IS NOT NULL "
                f"ON CONFLICT (observation_id, grade) DO UPDATE SET pupils = pupils + 1;")
    return (f"UPDATE incident_grade SET pupils = pupils - 1 "
            f"WHERE grade = {row}.grade AND observation_id IN ({incidents});\n"
            f"DELETE FROM incident_grade WHERE grade = {row}.grade AND pupils = 0 "
            f"AND observation_id IN ({incidents});")


def _served(session: str, pupil: str, sign: int) -> str:
    """A pupil's held session (by their ids) in or out of tally_served, when the session is
    held and live."""
    keys = {"pupil_id": pupil, "day": "substr(s.starts_at, 1, 10)"}
    names = ", ".join(keys)
    day = f"(SELECT substr(starts_at, 1, 10) FROM counselling_session WHERE id = {session})"
    return (f"INSERT INTO tally_served ({names}, sessions) SELECT {', '.join(keys.values())}, "
            f"{sign} FROM counselling_session s WHERE s.id = {session} "
            f"AND s.deleted_at IS NULL AND s.status = 'held' "
            f"ON CONFLICT ({names}) DO UPDATE SET sessions = sessions + excluded.sessions;\n"
            f"DELETE FROM tally_served WHERE pupil_id = {pupil} AND day = {day} "
            f"AND sessions = 0;")


def _served_all(row: str, sign: int) -> str:
    """Every pupil of the session `row` (OLD or NEW, held and live) in or out of
    tally_served."""
    return (f"INSERT INTO tally_served (pupil_id, day, sessions) "
            f"SELECT sp.pupil_id, substr({row}.starts_at, 1, 10), {sign} FROM session_pupil sp "
            f"WHERE sp.session_id = {row}.id "
            f"ON CONFLICT (pupil_id, day) DO UPDATE SET sessions = sessions + excluded.sessions;\n"
            f"DELETE FROM tally_served WHERE day = substr({row}.starts_at, 1, 10) "
            f"AND sessions = 0 AND pupil_id IN "
            f"(SELECT pupil_id FROM session_pupil WHERE session_id = {row}.id);")


HELD_OLD = "OLD.deleted_at IS NULL AND OLD.status = 'held'"
HELD_NEW = "NEW.deleted_at IS NULL AND NEW.status = 'held'"

TRIGGERS = {
    # sessions
    "tally_session_insert": _trigger("tally_session_insert", "AFTER INSERT",
                                     "counselling_session",
                                     _session("NEW", 1) + "\n" + _served_all("NEW", 1), HELD_NEW),
    "tally_session_delete": _trigger("tally_session_delete", "AFTER DELETE",
                                     "counselling_session", _session("OLD", -1), HELD_OLD),
    # A session deleted outright: its pupils leave tally_served while the links are there.
    "tally_served_session_delete": _trigger("tally_served_session_delete", "BEFORE DELETE",
                                            "counselling_session", _served_all("OLD", -1),
                                            HELD_OLD),
    "tally_session_update_old": _trigger(
        "tally_session_update_old",
        "AFTER UPDATE OF id, starts_at, kind, initiator, status, deleted_at",
        "counselling_session", _session("OLD", -1) + "\n" + _served_all("OLD", -1), HELD_OLD),
    "tally_session_update_new": _trigger(
        "tally_session_update_new",
        "AFTER UPDATE OF id, starts_at, kind, initiator, status, deleted_at",
        "counselling_session", _session("NEW", 1) + "\n" + _served_all("NEW", 1), HELD_NEW),
    # a session's pupils
    "tally_served_insert": _trigger("tally_served_insert", "AFTER INSERT", "session_pupil",
                                    _served("NEW.session_id", "NEW.pupil_id", 1)),
    "tally_served_delete": _trigger("tally_served_delete", "AFTER DELETE", "session_pupil",
                                    _served("OLD.session_id", "OLD.pupil_id", -1)),
    "tally_served_update_old": _trigger("tally_served_update_old", "AFTER UPDATE",
                                        "session_pupil",
                                        _served("OLD.session_id", "OLD.pupil_id", -1)),
    "tally_served_update_new": _trigger("tally_served_update_new", "AFTER UPDATE",
                                        "session_pupil",
                                        _served("NEW.session_id", "NEW.pupil_id", 1)),
    # incidents
    "tally_incident_insert": _trigger("tally_incident_insert", "AFTER INSERT", "observation",
                                      _incident("NEW", 1) + "\n" + _forms_of("NEW", 1) + "\n"
                                      + _grades_of("NEW", 1), "NEW.deleted_at IS NULL"),
    "tally_incident_delete": _trigger("tally_incident_delete", "AFTER DELETE", "observation",
                                      _incident("OLD", -1), "OLD.deleted_at IS NULL"),
    "tally_incident_update_old": _trigger(
        "tally_incident_update_old", "AFTER UPDATE OF id, occurred_at, severity, place, deleted_at",
        "observation", _incident("OLD", -1) + "\n" + _forms_of("OLD", -1) + "\n"
        + _grades_of("OLD", -1), "OLD.deleted_at IS NULL"),
    "tally_incident_update_new": _trigger(
        "tally_incident_update_new", "AFTER UPDATE OF id, occurred_at, severity, place, deleted_at",
        "observation", _incident("NEW", 1) + "\n" + _forms_of("NEW", 1) + "\n"
        + _grades_of("NEW", 1), "NEW.deleted_at IS NULL"),
    # An incident deleted outright: its forms leave the tally while both rows are there (the
    # forms' own triggers find no incident afterwards).
    "tally_incident_forms_delete": _trigger(
        "tally_incident_forms_delete", "BEFORE DELETE", "observation",
        _forms_of("OLD", -1) + "\n" + _grades_of("OLD", -1), "OLD.deleted_at IS NULL"),
    # forms
    "tally_form_insert": _trigger("tally_form_insert", "AFTER INSERT", "observation_form",
                                  _form_of("NEW", 1)),
    "tally_form_delete": _trigger("tally_form_delete", "AFTER DELETE", "observation_form",
                                  _form_of("OLD", -1)),
    "tally_form_update_old": _trigger("tally_form_update_old", "AFTER UPDATE",
                                      "observation_form", _form_of("OLD", -1)),
    "tally_form_update_new": _trigger("tally_form_update_new", "AFTER UPDATE",
                                      "observation_form", _form_of("NEW", 1)),
    # an incident's pupils, by grade
    "incident_grade_pupil_insert": _trigger(
        "incident_grade_pupil_insert", "AFTER INSERT", "observation_pupil",
        _pupil_in("NEW.observation_id", "NEW.pupil_id", 1)),
    "incident_grade_pupil_delete": _trigger(
        "incident_grade_pupil_delete", "AFTER DELETE", "observation_pupil",
        _pupil_in("OLD.observation_id", "OLD.pupil_id", -1)),
    "incident_grade_pupil_update_old": _trigger(
        "incident_grade_pupil_update_old", "AFTER UPDATE OF observation_id, pupil_id",
        "observation_pupil", _pupil_in("OLD.observation_id", "OLD.pupil_id", -1)),
    "incident_grade_pupil_update_new": _trigger(
        "incident_grade_pupil_update_new", "AFTER UPDATE OF observation_id, pupil_id",
        "observation_pupil", _pupil_in("NEW.observation_id", "NEW.pupil_id", 1)),
    # a pupil who changes grade, leaves the journal or comes back
    "incident_grade_pupil_insert_links": _trigger(
        "incident_grade_pupil_insert_links", "AFTER INSERT", "pupil", _pupil_grades("NEW", 1),
        "NEW.deleted_at IS NULL"),
    "incident_grade_grade_old": _trigger(
        "incident_grade_grade_old", "AFTER UPDATE OF id, grade, deleted_at", "pupil",
        _pupil_grades("OLD", -1), "OLD.deleted_at IS NULL"),
    "incident_grade_grade_new": _trigger(
        "incident_grade_grade_new", "AFTER UPDATE OF id, grade, deleted_at", "pupil",
        _pupil_grades("NEW", 1), "NEW.deleted_at IS NULL"),
    "incident_grade_pupil_gone": _trigger(
        "incident_grade_pupil_gone", "BEFORE DELETE", "pupil", _pupil_grades("OLD", -1),
        "OLD.deleted_at IS NULL"),
    # (incident, grade) pairs into the day tally
    "tally_grade_insert": _trigger("tally_grade_insert", "AFTER INSERT", "incident_grade",
                                   _grade_pair("NEW", 1)),
    "tally_grade_delete": _trigger("tally_grade_delete", "AFTER DELETE", "incident_grade",
                                   _grade_pair("OLD", -1)),
    "tally_grade_update_old": _trigger("tally_grade_update_old",
                                       "AFTER UPDATE OF observation_id, grade", "incident_grade",
                                       _grade_pair("OLD", -1)),
    "tally_grade_update_new": _trigger("tally_grade_update_new",
                                       "AFTER UPDATE OF observation_id, grade", "incident_grade",
                                       _grade_pair("NEW", 1)),
}

# The pupil list's version: one more on every write to the pupil table, whoever makes it
# (services/pupils.py keeps the sorted list in memory while the version stays the same).
for _event in ("INSERT", "UPDATE", "DELETE"):
    TRIGGERS[f"table_version_pupil_{_event.lower()}"] = _trigger(
        f"table_version_pupil_{_event.lower()}", f"AFTER {_event}", "pupil",
        "UPDATE table_version SET version = version + 1 WHERE name = 'pupil';")

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
    "tally_served": "CREATE TABLE tally_served (pupil_id CHAR(32) NOT NULL, "
                    "day VARCHAR(10) NOT NULL, sessions INTEGER NOT NULL, "
                    "PRIMARY KEY (pupil_id, day)) WITHOUT ROWID",
    "incident_grade": "CREATE TABLE incident_grade (observation_id CHAR(32) NOT NULL, "
                      "grade INTEGER NOT NULL, pupils INTEGER NOT NULL, "
                      "PRIMARY KEY (observation_id, grade)) WITHOUT ROWID",
    "tally_incident_grade": "CREATE TABLE tally_incident_grade (day VARCHAR(10) NOT NULL, "
                            "grade INTEGER NOT NULL, incidents INTEGER NOT NULL, "
                            "keys INTEGER NOT NULL, PRIMARY KEY (day, grade))",
    "table_version": "CREATE TABLE table_version (name VARCHAR(40) NOT NULL, "
                     "version INTEGER NOT NULL, PRIMARY KEY (name))",
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
    "table_version": "INSERT INTO table_version (name, version) VALUES ('pupil', 1)",
    "tally_served": "INSERT INTO tally_served (pupil_id, day, sessions) "
                    "SELECT sp.pupil_id, substr(s.starts_at, 1, 10), count(*) "
                    "FROM session_pupil sp JOIN counselling_session s ON s.id = sp.session_id "
                    "WHERE s.deleted_at IS NULL AND s.status = 'held' GROUP BY 1, 2",
    "incident_grade": "INSERT INTO incident_grade (observation_id, grade, pupils) "
                      "SELECT op.observation_id, p.grade, count(*) FROM observation_pupil op "
                      "JOIN pupil p ON p.id = op.pupil_id "
                      "WHERE p.deleted_at IS NULL AND p.grade IS NOT NULL GROUP BY 1, 2",
    "tally_incident_grade": "INSERT INTO tally_incident_grade (day, grade, incidents, keys) "
                            "SELECT substr(o.occurred_at, 1, 10), g.grade, count(*), "
                            f"sum({record_key('o.id')}) FROM incident_grade g "
                            "JOIN observation o ON o.id = g.observation_id "
                            "WHERE o.deleted_at IS NULL GROUP BY 1, 2",
}


def upgrade() -> None:
    for ddl in TABLES.values():
        op.execute(ddl)
    for fill in RECOUNT.values():
        op.execute(fill)
    for ddl in TRIGGERS.values():
        op.execute(ddl)
    # The planner's statistics, from a sample of each index (a full ANALYZE reads the
    # whole file: minutes on a large journal).
    op.execute("PRAGMA analysis_limit = 1000")
    op.execute("ANALYZE")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in TABLES:
        op.execute(f"DROP TABLE IF EXISTS {name}")
