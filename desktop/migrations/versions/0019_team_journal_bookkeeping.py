"""the team journal's bookkeeping: which server, what waits to be pushed, the last server
version of each record, conflicts kept (desktop/models/sync.py)

The triggers that fill sync_outbox are made when a journal joins a school server and checked
at each sign-in (desktop/server/records.py), not here: they follow the list of synced tables.

Revision ID: 0019
Revises: 0015
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0019'
down_revision = '0015'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        'sync_state',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('server_url', _str(length=500), nullable=False),
        sa.Column('database', _str(length=63), nullable=False),
        sa.Column('school_id', _str(length=36), nullable=False),
        sa.Column('device_id', _str(length=36), nullable=False),
        sa.Column('user_name', _str(length=60), nullable=False),
        sa.Column('joined_at', sa.DateTime(), nullable=False),
        sa.Column('last_pulled', sa.Integer(), nullable=False),
        sa.Column('last_success_at', sa.DateTime(), nullable=True),
        sa.Column('last_attempt_at', sa.DateTime(), nullable=True),
        sa.Column('offline_since', sa.DateTime(), nullable=True),
        sa.Column('last_error', _str(length=300), nullable=False),
        sa.Column('applying', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'sync_outbox',
        sa.Column('kind', _str(length=40), nullable=False),
        sa.Column('record_id', _str(length=64), nullable=False),
        sa.Column('gen', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('kind', 'record_id'),
    )
    op.create_table(
        'sync_base',
        sa.Column('kind', _str(length=40), nullable=False),
        sa.Column('record_id', _str(length=64), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('body', _str(), nullable=False),
        sa.Column('secret', _str(), nullable=False),
        sa.PrimaryKeyConstraint('kind', 'record_id'),
    )
    op.create_table(
        'sync_conflict',
        sa.Column('id', _str(length=36), nullable=False),
        sa.Column('kind', _str(length=40), nullable=False),
        sa.Column('record_id', _str(length=64), nullable=False),
        sa.Column('field', _str(length=60), nullable=False),
        sa.Column('mine', _str(), nullable=False),
        sa.Column('theirs', _str(), nullable=False),
        sa.Column('found_at', sa.DateTime(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('resolved_by', _str(length=60), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_sync_conflict_kind', 'sync_conflict', ['kind'])
    op.create_table(
        'sync_login',
        sa.Column('user_name', _str(length=60), nullable=False),
        sa.Column('verifier', _str(length=300), nullable=False),
        sa.Column('own', sa.Boolean(), nullable=False),
        sa.Column('queued_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('user_name'),
    )


def downgrade() -> None:
    for table in ('sync_login', 'sync_conflict', 'sync_base', 'sync_outbox', 'sync_state'):
        op.drop_table(table)
