"""preventive activities: a search key, as pupils have

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def _search_form(text: str) -> str:
    # desktop.models.text.search_form as of this revision (a migration keeps its own copy).
    return " ".join((text or "").casefold().replace("ё", "е").split())


def upgrade() -> None:
    with op.batch_alter_table('preventive_activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_key',
                                      sqlmodel.sql.sqltypes.AutoString(length=460),
                                      server_default='', nullable=False))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, topic, group_name, class_name "
                                "FROM preventive_activity")).all()
    for row in rows:
        key = _search_form(f"{row.topic} {row.group_name} {row.class_name}")
        conn.execute(sa.text("UPDATE preventive_activity SET search_key = :k WHERE id = :i"),
                     {"k": key, "i": row.id})


def downgrade() -> None:
    with op.batch_alter_table('preventive_activity', schema=None) as batch_op:
        batch_op.drop_column('search_key')
