"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('counselling_session',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('duration_min', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('initiator', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('other_participants', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('no_consent_reason', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('counselling_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_counselling_session_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_counselling_session_starts_at'), ['starts_at'], unique=False)

    op.create_table('observation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=False),
    sa.Column('reporter', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('reporter_name', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.Column('immediate_actions', sqlmodel.sql.sqltypes.AutoString(length=3000), nullable=False),
    sa.Column('notified', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observation_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_observation_status'), ['status'], unique=False)

    op.create_table('pupil',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('surname', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('given_name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('patronymic', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('sex', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('iin', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('class_name', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('grade', sa.Integer(), nullable=False),
    sa.Column('study_language', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('consent_status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_by', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('left_date', sa.Date(), nullable=True),
    sa.Column('search_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pupil_class_name'), ['class_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_pupil_grade'), ['grade'], unique=False)
        batch_op.create_index(batch_op.f('ix_pupil_search_key'), ['search_key'], unique=False)
        batch_op.create_index('ux_pupil_iin', ['iin'], unique=True, sqlite_where=sa.text('iin IS NOT NULL AND deleted_at IS NULL'))

    op.create_table('school',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('name_kk', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('name_ru', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('director', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('psychologist', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('follow_up',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('observation_id', sa.Uuid(), nullable=True),
    sa.Column('what', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('responsible', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('done_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['observation_id'], ['observation.id'], ),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['counselling_session.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('guardian',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('relation', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('guardian', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guardian_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('observation_form',
    sa.Column('observation_id', sa.Uuid(), nullable=False),
    sa.Column('form', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.ForeignKeyConstraint(['observation_id'], ['observation.id'], ),
    sa.PrimaryKeyConstraint('observation_id', 'form')
    )
    op.create_table('observation_pupil',
    sa.Column('observation_id', sa.Uuid(), nullable=False),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.ForeignKeyConstraint(['observation_id'], ['observation.id'], ),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.PrimaryKeyConstraint('observation_id', 'pupil_id')
    )
    with op.batch_alter_table('observation_pupil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observation_pupil_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('session_pupil',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['counselling_session.id'], ),
    sa.PrimaryKeyConstraint('session_id', 'pupil_id')
    )
    with op.batch_alter_table('session_pupil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_pupil_pupil_id'), ['pupil_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('session_pupil', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_pupil_pupil_id'))

    op.drop_table('session_pupil')
    with op.batch_alter_table('observation_pupil', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_pupil_pupil_id'))

    op.drop_table('observation_pupil')
    op.drop_table('observation_form')
    with op.batch_alter_table('guardian', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guardian_pupil_id'))

    op.drop_table('guardian')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_pupil_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_due_date'))

    op.drop_table('follow_up')
    op.drop_table('school')
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.drop_index('ux_pupil_iin', sqlite_where=sa.text('iin IS NOT NULL AND deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_pupil_search_key'))
        batch_op.drop_index(batch_op.f('ix_pupil_grade'))
        batch_op.drop_index(batch_op.f('ix_pupil_class_name'))

    op.drop_table('pupil')
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_status'))
        batch_op.drop_index(batch_op.f('ix_observation_occurred_at'))

    op.drop_table('observation')
    with op.batch_alter_table('counselling_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_counselling_session_starts_at'))
        batch_op.drop_index(batch_op.f('ix_counselling_session_kind'))

    op.drop_table('counselling_session')
