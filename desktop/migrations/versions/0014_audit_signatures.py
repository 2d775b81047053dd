"""the audit trail's entries signed by their author's key

Each entry keeps the signing key of the identity that wrote it (desktop/security/grants.py)
and its Ed25519 signature over the entry's hash. Entries written before this revision have
neither; the first signed entry vouches for the chain before it.

Plain ADD COLUMN, not a batch rebuild: rebuilding the table would drop the triggers that
make the database refuse changes to the trail (0004).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('audit_entry', sa.Column('signer', sqlmodel.sql.sqltypes.AutoString(length=64),
                                           server_default='', nullable=False))
    op.add_column('audit_entry', sa.Column('signature',
                                           sqlmodel.sql.sqltypes.AutoString(length=128),
                                           server_default='', nullable=False))


def downgrade() -> None:
    op.drop_column('audit_entry', 'signature')
    op.drop_column('audit_entry', 'signer')
