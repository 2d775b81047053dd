"""the school calendar (years, quarters, breaks) and the preventive work log

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

import uuid
from datetime import date, datetime, timezone

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# 2025-2026 by the ministry's order of 5 August 2025 (DOMAIN.md). Later years are added by
# the user: their dates change every year.
YEAR_2025 = ("2025-2026", date(2025, 9, 1), date(2026, 5, 25))
TERMS_2025 = (
    (1, date(2025, 9, 1), date(2025, 10, 26)),
    (2, date(2025, 11, 3), date(2025, 12, 28)),
    (3, date(2026, 1, 8), date(2026, 3, 18)),
    (4, date(2026, 3, 30), date(2026, 5, 25)),
)
BREAKS_2025 = (
    (date(2025, 10, 27), date(2025, 11, 2), False),
    (date(2025, 12, 29), date(2026, 1, 7), False),
    (date(2026, 3, 19), date(2026, 3, 29), False),
    # Grade 1's extra week in February (9-15 February 2026 in the same order).
    (date(2026, 2, 9), date(2026, 2, 15), True),
)


def _tracked():
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('academic_year',
    *_tracked(),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('term',
    sa.Column('year_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['year_id'], ['academic_year.id'], ),
    sa.PrimaryKeyConstraint('year_id', 'number')
    )
    op.create_table('school_break',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('year_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('first_grade_only', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['year_id'], ['academic_year.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('school_break', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_break_year_id'), ['year_id'], unique=False)

    op.create_table('preventive_activity',
    *_tracked(),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('programme', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('audience', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('class_name', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('group_name', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('led_by', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('preventive_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_preventive_activity_held_on'), ['held_on'], unique=False)

    # The term summary counts from these alone (models/tables.py says which columns why).
    with op.batch_alter_table('counselling_session', schema=None) as batch_op:
        batch_op.create_index('ix_counselling_session_summary',
                              ['starts_at', 'status', 'kind', 'initiator', 'id', 'deleted_at'],
                              unique=False, sqlite_where=sa.text('deleted_at IS NULL'))
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.create_index('ix_observation_summary',
                              ['occurred_at', 'severity', 'place', 'id', 'deleted_at'],
                              unique=False, sqlite_where=sa.text('deleted_at IS NULL'))

    # The default calendar: 2025-2026 as DOMAIN.md gives it.
    now = datetime.now(timezone.utc)
    year_id = uuid.uuid4()
    year = sa.table('academic_year', sa.column('id', sa.Uuid), sa.column('created_at', sa.DateTime),
                    sa.column('updated_at', sa.DateTime), sa.column('updated_by', sa.String),
                    sa.column('name', sa.String), sa.column('starts_on', sa.Date),
                    sa.column('ends_on', sa.Date))
    name, starts_on, ends_on = YEAR_2025
    op.bulk_insert(year, [{"id": year_id, "created_at": now, "updated_at": now,
                           "updated_by": "", "name": name, "starts_on": starts_on,
                           "ends_on": ends_on}])
    term = sa.table('term', sa.column('year_id', sa.Uuid), sa.column('number', sa.Integer),
                    sa.column('starts_on', sa.Date), sa.column('ends_on', sa.Date))
    op.bulk_insert(term, [{"year_id": year_id, "number": n, "starts_on": a, "ends_on": b}
                          for n, a, b in TERMS_2025])
    school_break = sa.table('school_break', sa.column('id', sa.Uuid),
                            sa.column('year_id', sa.Uuid), sa.column('starts_on', sa.Date),
                            sa.column('ends_on', sa.Date),
                            sa.column('first_grade_only', sa.Boolean))
    op.bulk_insert(school_break, [{"id": uuid.uuid4(), "year_id": year_id, "starts_on": a,
                                   "ends_on": b, "first_grade_only": first}
                                  for a, b, first in BREAKS_2025])


def downgrade() -> None:
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_index('ix_observation_summary')
    with op.batch_alter_table('counselling_session', schema=None) as batch_op:
        batch_op.drop_index('ix_counselling_session_summary')
    with op.batch_alter_table('preventive_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_preventive_activity_held_on'))
    op.drop_table('preventive_activity')
    with op.batch_alter_table('school_break', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_break_year_id'))
    op.drop_table('school_break')
    op.drop_table('term')
    op.drop_table('academic_year')
