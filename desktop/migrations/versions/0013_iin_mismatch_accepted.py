"""the IIN as the law has it: a mismatch accepted is recorded

Since Decree No. 853 (2013) an IIN's digits need not give the pupil's birth date and sex. A
difference is a warning the user may accept; who accepted it and when is kept on the pupil.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No rows to fill: until this revision a mismatch could not be saved at all.
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.add_column(sa.Column('iin_mismatch_accepted_at',
                                      sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('iin_mismatch_accepted_by',
                                      sqlmodel.sql.sqltypes.AutoString(length=100),
                                      server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.drop_column('iin_mismatch_accepted_by')
        batch_op.drop_column('iin_mismatch_accepted_at')
