"""plain notes: the sessions whose notes are not sealed yet, in an index of their own

Each sign-in seals the confidential notes still in plain text (written by an earlier version,
or brought back by restoring an old backup: vault.seal_plain_notes). Finding them read every
session of the journal: 1.1 s of each sign-in at a million records. They are nearly always
none, and this partial index lists only them, so the search reads an empty index. Its
condition is the one the search writes out (SQLite uses a partial index only for a query
whose WHERE says at least as much, in the same words): "senim-sealed:1:" is
security/notes.py's PREFIX, 15 characters.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07
"""

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_session_plain_notes": "CREATE INDEX ix_session_plain_notes ON counselling_session (id) "
                              "WHERE notes != '' AND substr(notes, 1, 15) != 'senim-sealed:1:'",
}


def upgrade() -> None:
    for ddl in INDEXES.values():
        op.execute(ddl)


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
