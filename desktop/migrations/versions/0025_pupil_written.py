"""pupils written: each pupil's id with the pupil table's version at its last write, kept by
triggers

The dashboard's rules name the pupils still studying (12,000 in a school of 20,000 pupil
records at ten years). After any write to the pupil table (its version, 0017) the dashboard
read and named every one of them again: 25 ms of each refresh at a million records, for one
pupil renamed. pupil_written says which pupils were written since a version of the table:
those alone are read again (services/studying_pupils.py).

A row per pupil ever written (its newest write), in the writing transaction, whoever writes:
a service, a team journal's round, raw SQL. Empty at first: a reader reads every pupil once,
then only those written since. The version a trigger records is the table's before or after
the write's own step (SQLite fires a table's triggers in an order it does not promise): a
reader asks for the pupils written at or after the version it last read, which holds either
way.

As with 0017's triggers, a later batch_alter_table on pupil drops these with the old table:
such a migration must create TRIGGERS again.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07
"""

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

TABLE = ("CREATE TABLE pupil_written (pupil_id CHAR(32) NOT NULL, version INTEGER NOT NULL, "
         "PRIMARY KEY (pupil_id)) WITHOUT ROWID")
INDEX = "CREATE INDEX ix_pupil_written_version ON pupil_written (version)"

# The table's version now (0 on a journal without one: a write is never refused for it).
_VERSION = "coalesce((SELECT version FROM table_version WHERE name = 'pupil'), 0)"


def _written(row: str, when: str = "") -> str:
    return (f"INSERT INTO pupil_written (pupil_id, version) SELECT {row}.id, {_VERSION}{when} "
            f"ON CONFLICT (pupil_id) DO UPDATE SET version = excluded.version;")


TRIGGERS = {
    "pupil_written_insert": "AFTER INSERT ON pupil FOR EACH ROW BEGIN\n"
                            f"{_written('NEW', ' WHERE true')}\nEND",
    # An id is never changed; were one, both are written.
    "pupil_written_update": "AFTER UPDATE ON pupil FOR EACH ROW BEGIN\n"
                            f"{_written('NEW', ' WHERE true')}\n"
                            f"{_written('OLD', ' WHERE OLD.id IS NOT NEW.id')}\nEND",
    "pupil_written_delete": "AFTER DELETE ON pupil FOR EACH ROW BEGIN\n"
                            f"{_written('OLD', ' WHERE true')}\nEND",
}


def upgrade() -> None:
    op.execute(TABLE)
    op.execute(INDEX)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS pupil_written")
