"""school calendar: 2026-2027 as best known, a year confirmed or not

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the change this revision belongs to


def downgrade() -> None:
    pass
