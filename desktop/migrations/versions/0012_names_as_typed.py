"""names as people type them: Latin look-alikes mended, NFC, search keys that fold Kazakh letters

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # filled in by the change this revision belongs to


def downgrade() -> None:
    pass
