"""late concerns: the ones not acknowledged, by their deadline

A concern is late when it was not acknowledged by its ack_due, or not answered by its
answer_due (services/concerns.py `late_concerns`). As one OR, SQLite read every concern of
the journal to find them: the dashboard's overdue concerns, the navigation's late count after
each save and the register's "overdue" filter (12 ms of the dashboard at a million records,
33,000 concerns). Each half now reads its own index, and the two are joined as a union: the
unanswered by answer_due from ix_concern_waiting_answer (0002's kind), the unacknowledged by
ack_due from this one.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_concern_waiting_ack": "CREATE INDEX ix_concern_waiting_ack ON concern (ack_due) "
                              "WHERE acknowledged_on IS NULL AND deleted_at IS NULL",
}


def upgrade() -> None:
    for ddl in INDEXES.values():
        op.execute(ddl)


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
