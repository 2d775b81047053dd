"""rule versions: the tables the early-warning rules read, each with a version kept by
triggers; and an index of the pupils still studying

The dashboard's rules (services/attention.py) read every incident, session, concern, action
and case of their windows at each refresh: at a million records, 50 ms of SQL and 15,000
warnings built in Python, after every save. A rule's warnings change only when a table it
reads is written (or the day, the thresholds, the pupils or the dismissals change). As 0017
did for the pupil table, each of these tables gets a row in table_version, one more on every
write to it, in the writing transaction (triggers): the service keeps each rule's warnings
while the versions they were read at are still the tables'. A saved session reads the
sessions' rule again, not the incidents'.

ix_pupil_studying: the living pupils still studying, with their names and classes: the
navigation counts them after each save, and the rules name them (20,000 pupil records at ten
years, 12,000 studying). Without it both read every pupil ever recorded, whole rows with
addresses and search keys (SCAN pupil). Its condition is the one the queries write ("active =
1": SQLite uses a partial index only for a query whose WHERE says at least as much, in the
same words); the condition's columns are in it too, or SQLite would read each row to check
them.

Like 0017's, a later batch_alter_table on one of these tables drops its triggers with the
old table: such a migration must create TRIGGERS again.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

# Every table an early-warning rule reads, the pupil table aside (0017 versions it).
VERSIONED = ("counselling_session", "session_pupil", "observation", "observation_pupil",
             "tally_bullying", "follow_up", "concern", "concern_pupil", "bullying_case",
             "case_pupil", "warning_dismissal")

TRIGGERS = {
    f"table_version_{table}_{event.lower()}": (
        f"CREATE TRIGGER table_version_{table}_{event.lower()} AFTER {event} ON {table} "
        f"FOR EACH ROW BEGIN\nUPDATE table_version SET version = version + 1 "
        f"WHERE name = '{table}';\nEND")
    for table in VERSIONED for event in ("INSERT", "UPDATE", "DELETE")
}

INDEXES = {
    "ix_pupil_studying": "CREATE INDEX ix_pupil_studying ON pupil (id, surname, given_name, "
                         "patronymic, class_name, deleted_at, active) "
                         "WHERE deleted_at IS NULL AND active = 1",
}


def upgrade() -> None:
    for table in VERSIONED:
        op.execute(f"INSERT INTO table_version (name, version) VALUES ('{table}', 1)")
    for ddl in TRIGGERS.values():
        op.execute(ddl)
    for ddl in INDEXES.values():
        op.execute(ddl)


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in VERSIONED:
        op.execute(f"DELETE FROM table_version WHERE name = '{table}'")
