"""concerns, bullying cases, early warning

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from datetime import date

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# Kazakhstan's public holidays that fall on the same date every year (Law "On holidays").
# Kurban Ait and the days off the government moves each year are added by the user.
FIXED_HOLIDAYS = (
    ((1, 1), "Жаңа жыл / Новый год"),
    ((1, 2), "Жаңа жыл / Новый год"),
    ((1, 7), "Православиелік Рождество / Православное Рождество"),
    ((3, 8), "Халықаралық әйелдер күні / Международный женский день"),
    ((3, 21), "Наурыз мейрамы"),
    ((3, 22), "Наурыз мейрамы"),
    ((3, 23), "Наурыз мейрамы"),
    ((5, 1), "Қазақстан халқының бірлігі мерекесі / Праздник единства народа Казахстана"),
    ((5, 7), "Отан қорғаушы күні / День защитника Отечества"),
    ((5, 9), "Жеңіс күні / День Победы"),
    ((7, 6), "Астана күні / День столицы"),
    ((8, 30), "Конституция күні / День Конституции"),
    ((10, 25), "Республика күні / День Республики"),
    ((12, 16), "Тәуелсіздік күні / День Независимости"),
)
HOLIDAY_YEARS = (2025, 2026, 2027)


def upgrade() -> None:
    op.create_table('bullying_case',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=3000), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('bullying_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bullying_case_review_date'), ['review_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_bullying_case_stage'), ['stage'], unique=False)

    op.create_table('holiday',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    op.create_table('warning_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bullying_window_days', sa.Integer(), nullable=False),
    sa.Column('bullying_min_incidents', sa.Integer(), nullable=False),
    sa.Column('lookback_days', sa.Integer(), nullable=False),
    sa.Column('follow_up_days', sa.Integer(), nullable=False),
    sa.Column('ack_working_days', sa.Integer(), nullable=False),
    sa.Column('answer_working_days', sa.Integer(), nullable=False),
    sa.Column('repeat_concern_days', sa.Integer(), nullable=False),
    sa.Column('line_111', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('support_centre', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('case_pupil',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['bullying_case.id'], ),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.PrimaryKeyConstraint('case_id', 'pupil_id')
    )
    with op.batch_alter_table('case_pupil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_pupil_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('case_stage',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('responsible', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=3000), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['bullying_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_stage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_stage_case_id'), ['case_id'], unique=False)

    op.create_table('concern',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('from_name', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('contact', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.Column('ack_due', sa.Date(), nullable=False),
    sa.Column('answer_due', sa.Date(), nullable=False),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('previous_id', sa.Uuid(), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['bullying_case.id'], ),
    sa.ForeignKeyConstraint(['previous_id'], ['concern.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('concern', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_concern_received_at'), ['received_at'], unique=False)
        batch_op.create_index('ix_concern_waiting_answer', ['answer_due'], unique=False, sqlite_where=sa.text('answered_on IS NULL AND deleted_at IS NULL'))

    op.create_table('warning_dismissal',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('warning_dismissal', schema=None) as batch_op:
        batch_op.create_index('ix_warning_dismissal_key', ['pupil_id', 'rule', 'subject'], unique=False)

    op.create_table('concern_pupil',
    sa.Column('concern_id', sa.Uuid(), nullable=False),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['concern_id'], ['concern.id'], ),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.PrimaryKeyConstraint('concern_id', 'pupil_id')
    )
    with op.batch_alter_table('concern_pupil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_pupil_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('concern_response',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('concern_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=3000), nullable=False),
    sa.ForeignKeyConstraint(['concern_id'], ['concern.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('concern_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_response_concern_id'), ['concern_id'], unique=False)

    with op.batch_alter_table('counselling_session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('self_harm_risk', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('case_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_counselling_session_case_id'), ['case_id'], unique=False)
        batch_op.create_foreign_key('fk_counselling_session_case_id', 'bullying_case', ['case_id'], ['id'])
        batch_op.create_index('ix_counselling_session_self_harm', ['starts_at'], unique=False,
                              sqlite_where=sa.text('self_harm_risk = 1 AND deleted_at IS NULL'))

    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_follow_up_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_observation_id'), ['observation_id'],
                              unique=False)
        batch_op.create_foreign_key('fk_follow_up_case_id', 'bullying_case', ['case_id'], ['id'])

    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_observation_case_id'), ['case_id'], unique=False)
        batch_op.create_foreign_key('fk_observation_case_id', 'bullying_case', ['case_id'], ['id'])
        batch_op.create_index('ix_observation_recent',
                              ['occurred_at', 'id', 'status', 'severity', 'case_id',
                               'deleted_at'], unique=False,
                              sqlite_where=sa.text('deleted_at IS NULL'))

    with op.batch_alter_table('observation_pupil', schema=None) as batch_op:
        batch_op.create_index('ix_observation_pupil_role', ['observation_id', 'role', 'pupil_id'],
                              unique=False)

    # The defaults: the thresholds of the issue and the law, and this decade's fixed holidays.
    op.execute("INSERT INTO warning_settings (id, bullying_window_days, bullying_min_incidents, "
               "lookback_days, follow_up_days, ack_working_days, answer_working_days, "
               "repeat_concern_days, line_111, support_centre) "
               "VALUES (1, 30, 2, 90, 3, 1, 10, 90, '111', '')")
    holiday = sa.table("holiday", sa.column("day", sa.Date), sa.column("name", sa.String))
    op.bulk_insert(holiday, [
        {"day": date(year, month, day), "name": name}
        for year in HOLIDAY_YEARS for (month, day), name in FIXED_HOLIDAYS
    ])



def downgrade() -> None:
    with op.batch_alter_table('observation_pupil', schema=None) as batch_op:
        batch_op.drop_index('ix_observation_pupil_role')

    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_index('ix_observation_recent', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_constraint('fk_observation_case_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_observation_case_id'))
        batch_op.drop_column('case_id')

    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_constraint('fk_follow_up_case_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_follow_up_observation_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_case_id'))
        batch_op.drop_column('case_id')

    with op.batch_alter_table('counselling_session', schema=None) as batch_op:
        batch_op.drop_index('ix_counselling_session_self_harm',
                            sqlite_where=sa.text('self_harm_risk = 1 AND deleted_at IS NULL'))
        batch_op.drop_constraint('fk_counselling_session_case_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_counselling_session_case_id'))
        batch_op.drop_column('case_id')
        batch_op.drop_column('self_harm_risk')

    with op.batch_alter_table('concern_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concern_response_concern_id'))

    op.drop_table('concern_response')
    with op.batch_alter_table('concern_pupil', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concern_pupil_pupil_id'))

    op.drop_table('concern_pupil')
    with op.batch_alter_table('warning_dismissal', schema=None) as batch_op:
        batch_op.drop_index('ix_warning_dismissal_key')

    op.drop_table('warning_dismissal')
    with op.batch_alter_table('concern', schema=None) as batch_op:
        batch_op.drop_index('ix_concern_waiting_answer', sqlite_where=sa.text('answered_on IS NULL AND deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_concern_received_at'))
        batch_op.drop_index(batch_op.f('ix_concern_case_id'))

    op.drop_table('concern')
    with op.batch_alter_table('case_stage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_stage_case_id'))

    op.drop_table('case_stage')
    with op.batch_alter_table('case_pupil', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_pupil_pupil_id'))

    op.drop_table('case_pupil')
    op.drop_table('warning_settings')
    op.drop_table('holiday')
    with op.batch_alter_table('bullying_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bullying_case_stage'))
        batch_op.drop_index(batch_op.f('ix_bullying_case_review_date'))

    op.drop_table('bullying_case')
