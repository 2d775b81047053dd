"""the team journal's bookkeeping: which server, what waits to be pushed, the last server
version of each record, conflicts kept (desktop/models/sync.py)

The triggers that fill sync_outbox (desktop/server/records.py says why) are made here for every
synced table; they do nothing until the journal joins a server (no sync_state row). A later
revision that adds a synced table adds its three triggers too (tests/server/test_records.py
fails otherwise).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString

# (table, the record kind it marks, the record id from its row)
_SYNCED = [(t, t, "id") for t in (
    "academic_year", "account", "bullying_case", "organisation", "preventive_activity",
    "pupil", "school", "case_stage", "concern", "counselling_session", "guardian",
    "observation", "referral", "warning_dismissal", "concern_response", "follow_up",
    "referral_amendment", "warning_settings",
    # the prevention council and accompaniment (0016)
    "council_member", "council_meeting", "council_attendance", "council_item",
    "council_proposal", "accompaniment_ground", "accompaniment", "accompaniment_review")] + [
    ("holiday_correction", "holiday_correction", "day"),
    ("holiday_year", "holiday_year", "year"),
    ("school_break", "academic_year", "year_id"), ("term", "academic_year", "year_id"),
    ("case_pupil", "bullying_case", "case_id"), ("concern_pupil", "concern", "concern_id"),
    ("session_pupil", "counselling_session", "session_id"),
    ("observation_form", "observation", "observation_id"),
    ("observation_pupil", "observation", "observation_id"),
]


def mark_changes(table: str, kind: str, id_column: str) -> None:
    """The three triggers that mark a synced table's changes (desktop/server/records.py makes
    the same ones, by the same names)."""
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        op.execute(
            f"CREATE TRIGGER IF NOT EXISTS sync_mark_{table}_{event.lower()} AFTER {event} "
            f"ON {table} WHEN (SELECT applying = 0 FROM sync_state WHERE id = 1) BEGIN "
            f"INSERT INTO sync_outbox (kind, record_id, gen) VALUES ('{kind}', "
            f"CAST({row}.{id_column} AS TEXT), 1) "
            f"ON CONFLICT (kind, record_id) DO UPDATE SET gen = gen + 1; END")


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
        sa.Column('audit_pushed', sa.Integer(), nullable=False, server_default='0'),
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
        sa.Column('previous', _str(length=100), nullable=False, server_default=''),
        sa.Column('queued_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('user_name'),
    )
    for table, kind, id_column in _SYNCED:
        mark_changes(table, kind, id_column)


def downgrade() -> None:
    for table, _kind, _id in _SYNCED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_mark_{table}_{event}")
    for table in ('sync_login', 'sync_conflict', 'sync_base', 'sync_outbox', 'sync_state'):
        op.drop_table(table)
