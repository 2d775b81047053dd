"""bullying tally: each pupil's incidents as target and aggressor by school year, kept by
triggers in the records' transaction; indexes for the dashboard and the term summary

The dashboard's bullying rules (REPEATED_TARGET, TARGET_AND_AGGRESSOR; services/attention.py)
read, by default, every incident of the school year and its pupils: at a million records that
is 100,000 incidents walked to their pupils by random lookups, seconds on every refresh. This
table holds per school year (the year 1 September falls in: 2026 for 2026-2027) and pupil the
figures those rules need, so that the window "since 1 September" is a range of a few thousand
rows:

- targeted, aggressor: how many live incidents the pupil is in as target, as aggressor;
- first_target, last_target: the oldest and newest such incident as target (stored text);
- first_actor, last_actor: the same over both roles.

And tally_served_year: per school year and pupil, on how many days they had a held, live
session (tally_served's rows, followed by triggers on that table): a whole school year's
pupils served are that year's rows, not the distinct pupils of its 80,000 days.

A row of tally_bullying is there only while the pupil is in one live incident of the year as
target or aggressor. The triggers count the affected pupils' year afresh from their own
links (a pupil has tens of incidents, not thousands), so the oldest and newest stay right
when an incident is deleted or moved. Each figure equals a full recount
(tests/unit/test_tallies.py).

And indexes (INDEXES): tally_served (0017) by day, so that the term summary's pupils served
in a period read the period's rows, not one lookup per living pupil per period; the open
follow-ups by due date with their pupils, and the live follow-ups by incident and by case,
so that the dashboard's overdue actions and incidents with no follow-up are read from the
indexes alone, not from a random row of a large table for each.

Like 0017's tallies, a later batch_alter_table on observation or observation_pupil drops these
triggers with the old table: such a migration must create TRIGGERS again and refill (RECOUNT).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

ACTORS = "('target', 'aggressor')"


def school_year(column: str) -> str:
    """The school year a stored time belongs to: its year, one less before September."""
    return f"(CAST(substr({column}, 1, 4) AS INTEGER) - (substr({column}, 6, 2) < '09'))"


def _figures(year: str) -> str:
    """The tally's columns counted from observation_pupil op joined to observation o."""
    target = "FILTER (WHERE op.role = 'target')"
    return (f"{year}, op.pupil_id, count(*) {target}, count(*) FILTER (WHERE op.role = "
            f"'aggressor'), min(o.occurred_at) {target}, max(o.occurred_at) {target}, "
            f"min(o.occurred_at), max(o.occurred_at)")


COLUMNS = ("school_year, pupil_id, targeted, aggressor, first_target, last_target, "
           "first_actor, last_actor")


def recount(pupils: str, occurred_at: str) -> str:
    """The year of `occurred_at` counted afresh for the pupils `pupils` (an SQL list or a
    subquery): their row dropped, then made again from their links."""
    year = school_year(occurred_at)
    return (f"DELETE FROM tally_bullying WHERE school_year = {year} AND pupil_id IN ({pupils});\n"
            f"INSERT INTO tally_bullying ({COLUMNS}) SELECT {_figures(year)} "
            f"FROM observation_pupil op JOIN observation o ON o.id = op.observation_id "
            f"WHERE op.pupil_id IN ({pupils}) AND op.role IN {ACTORS} "
            f"AND o.deleted_at IS NULL AND {school_year('o.occurred_at')} = {year} "
            f"GROUP BY op.pupil_id;")


def _incident_year(observation_id: str) -> str:
    return f"(SELECT occurred_at FROM observation WHERE id = {observation_id})"


def _pupils_of(observation_id: str) -> str:
    return f"SELECT pupil_id FROM observation_pupil WHERE observation_id = {observation_id}"


def _trigger(name: str, when: str, table: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW BEGIN\n{body}\nEND"


def _link(row: str) -> str:
    return recount(f"{row}.pupil_id", _incident_year(f"{row}.observation_id"))


def _incident(row: str) -> str:
    return recount(_pupils_of(f"{row}.id"), f"{row}.occurred_at")


TRIGGERS = {
    "tally_bullying_link_insert": _trigger(
        "tally_bullying_link_insert", "AFTER INSERT", "observation_pupil", _link("NEW")),
    "tally_bullying_link_delete": _trigger(
        "tally_bullying_link_delete", "AFTER DELETE", "observation_pupil", _link("OLD")),
    "tally_bullying_link_update": _trigger(
        "tally_bullying_link_update", "AFTER UPDATE", "observation_pupil",
        _link("OLD") + "\n" + _link("NEW")),
    "tally_bullying_incident_insert": _trigger(
        "tally_bullying_incident_insert", "AFTER INSERT", "observation", _incident("NEW")),
    # An incident deleted outright while its links are still there (a sync, foreign keys off).
    "tally_bullying_incident_delete": _trigger(
        "tally_bullying_incident_delete", "AFTER DELETE", "observation", _incident("OLD")),
    "tally_bullying_incident_update": _trigger(
        "tally_bullying_incident_update", "AFTER UPDATE OF id, occurred_at, deleted_at",
        "observation", _incident("OLD") + "\n" + _incident("NEW")),
}

def _served_year(row: str, sign: int) -> str:
    """A pupil's day of held sessions (a tally_served row, OLD or NEW) in or out of their
    school year's count of such days."""
    year = school_year(f"{row}.day")
    return (f"INSERT INTO tally_served_year (school_year, pupil_id, days) "
            f"VALUES ({year}, {row}.pupil_id, {sign}) "
            f"ON CONFLICT (school_year, pupil_id) DO UPDATE SET days = days + excluded.days;\n"
            f"DELETE FROM tally_served_year WHERE school_year = {year} "
            f"AND pupil_id = {row}.pupil_id AND days = 0;")


# tally_served_year follows tally_served's rows (an upsert that only changes a day's number
# of sessions is an UPDATE of neither column: nothing to do).
TRIGGERS.update({
    "tally_served_year_insert": _trigger(
        "tally_served_year_insert", "AFTER INSERT", "tally_served", _served_year("NEW", 1)),
    "tally_served_year_delete": _trigger(
        "tally_served_year_delete", "AFTER DELETE", "tally_served", _served_year("OLD", -1)),
    "tally_served_year_update": _trigger(
        "tally_served_year_update", "AFTER UPDATE OF pupil_id, day", "tally_served",
        _served_year("OLD", -1) + "\n" + _served_year("NEW", 1)),
})

SERVED_YEAR = ("CREATE TABLE tally_served_year (school_year INTEGER NOT NULL, "
               "pupil_id CHAR(32) NOT NULL, days INTEGER NOT NULL, "
               "PRIMARY KEY (school_year, pupil_id)) WITHOUT ROWID")
SERVED_YEAR_RECOUNT = (f"INSERT INTO tally_served_year (school_year, pupil_id, days) "
                       f"SELECT {school_year('day')}, pupil_id, count(*) FROM tally_served "
                       f"GROUP BY 1, 2")

TABLE = ("CREATE TABLE tally_bullying (school_year INTEGER NOT NULL, "
         "pupil_id CHAR(32) NOT NULL, targeted INTEGER NOT NULL, aggressor INTEGER NOT NULL, "
         "first_target VARCHAR(32), last_target VARCHAR(32), first_actor VARCHAR(32) NOT NULL, "
         "last_actor VARCHAR(32) NOT NULL, PRIMARY KEY (school_year, pupil_id)) WITHOUT ROWID")

RECOUNT = (f"INSERT INTO tally_bullying ({COLUMNS}) "
           f"SELECT {_figures(school_year('o.occurred_at'))} "
           f"FROM observation_pupil op JOIN observation o ON o.id = op.observation_id "
           f"WHERE op.role IN {ACTORS} AND o.deleted_at IS NULL GROUP BY 1, 2")


# Indexes the dashboard and the term summary read from alone at a million records (each
# with the columns its partial WHERE names: SQLite reads the row to check them otherwise).
INDEXES = {
    # The term summary's pupils served: a period's days of tally_served read as a range.
    "ix_tally_served_day": "CREATE INDEX ix_tally_served_day ON tally_served (day, pupil_id)",
    # The dashboard's overdue actions: open follow-ups by due date, with their pupils.
    "ix_follow_up_open_due": "CREATE INDEX ix_follow_up_open_due ON follow_up (due_date, "
                             "pupil_id, id, done_date, deleted_at) "
                             "WHERE done_date IS NULL AND deleted_at IS NULL",
    # "An incident with no follow-up": a live action of the incident, or of its case.
    "ix_follow_up_live_observation": "CREATE INDEX ix_follow_up_live_observation ON follow_up "
                                     "(observation_id, deleted_at) WHERE deleted_at IS NULL",
    "ix_follow_up_live_case": "CREATE INDEX ix_follow_up_live_case ON follow_up (case_id, "
                              "deleted_at) WHERE deleted_at IS NULL",
    # The head teacher's count of incidents not resolved.
    "ix_observation_unresolved": "CREATE INDEX ix_observation_unresolved ON observation (id, "
                                 "status, deleted_at) "
                                 "WHERE status != 'resolved' AND deleted_at IS NULL",
    # The term summary: is a served pupil living; the concerns of a period.
    "ix_pupil_living": "CREATE INDEX ix_pupil_living ON pupil (id, deleted_at) "
                       "WHERE deleted_at IS NULL",
    "ix_concern_summary": "CREATE INDEX ix_concern_summary ON concern (received_at, source, "
                          "answered_on, answer_due, id, deleted_at) WHERE deleted_at IS NULL",
}


def upgrade() -> None:
    op.execute("DROP INDEX ix_follow_up_open_due")  # by due date only (0002)
    for ddl in INDEXES.values():
        op.execute(ddl)
    op.execute(TABLE)
    op.execute(RECOUNT)
    op.execute(SERVED_YEAR)
    op.execute(SERVED_YEAR_RECOUNT)
    for ddl in TRIGGERS.values():
        op.execute(ddl)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS tally_bullying")
    op.execute("DROP TABLE IF EXISTS tally_served_year")
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("CREATE INDEX ix_follow_up_open_due ON follow_up (due_date) "
               "WHERE done_date IS NULL AND deleted_at IS NULL")
