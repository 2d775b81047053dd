"""the school's minimum monitoring period: closing a bullying case sooner warns

A case is watched for a while after the measures (monitoring) before it is closed; the
school says how long at least (30 days unless it says otherwise). Closing a case whose
monitoring was shorter, or whose help-plan actions are still open, warns first.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('warning_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('min_monitoring_days', sa.Integer(), server_default='30',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('warning_settings', schema=None) as batch_op:
        batch_op.drop_column('min_monitoring_days')
