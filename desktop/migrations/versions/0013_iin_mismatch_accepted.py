"""the IIN as the law has it: a mismatch accepted is recorded

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the change this revision belongs to


def downgrade() -> None:
    pass
