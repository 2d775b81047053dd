"""holidays: the school's corrections over the law's days; concern answers in 15 working days; the bullying window

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the change this revision belongs to


def downgrade() -> None:
    pass
