"""referrals and organisations

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('name_kk', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('name_ru', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('head', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('referral',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(length=10000), nullable=False),
    sa.Column('measures', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.Column('urgency', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('consent_by', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_how', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('no_consent_reason', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('school_year', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=False),
    sa.Column('number_seq', sa.Integer(), nullable=True),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('feedback_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('feedback', sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.Column('letter', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['bullying_case.id'], ),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_pupil_id'), ['pupil_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_sent_on'), ['sent_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_status'), ['status'], unique=False)
        batch_op.create_index('ux_referral_number', ['school_year', 'number_seq'], unique=True, sqlite_where=sa.text('number_seq IS NOT NULL AND deleted_at IS NULL'))

    op.create_table('referral_amendment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('referral_id', sa.Uuid(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=3000), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('referral_amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_amendment_referral_id'), ['referral_id'], unique=False)

    op.create_index('ix_counselling_session_period', 'counselling_session',
                    ['starts_at', 'status', 'kind', 'deleted_at'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NULL'))
    # Plain ADD COLUMN: the pupil table keeps its rows and its partial IIN index untouched.
    op.add_column('pupil', sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=300),
                                     server_default='', nullable=False))
    op.add_column('school', sa.Column('referral_number_pattern',
                                      sqlmodel.sql.sqltypes.AutoString(length=60),
                                      server_default='{n}/{year}', nullable=False))



def downgrade() -> None:
    op.drop_index('ix_counselling_session_period', table_name='counselling_session',
                  sqlite_where=sa.text('deleted_at IS NULL'))
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.drop_column('referral_number_pattern')

    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.drop_column('address')

    with op.batch_alter_table('referral_amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_amendment_referral_id'))

    op.drop_table('referral_amendment')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index('ux_referral_number', sqlite_where=sa.text('number_seq IS NOT NULL AND deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_referral_status'))
        batch_op.drop_index(batch_op.f('ix_referral_sent_on'))
        batch_op.drop_index(batch_op.f('ix_referral_pupil_id'))
        batch_op.drop_index(batch_op.f('ix_referral_organisation_id'))

    op.drop_table('referral')
    op.drop_table('organisation')
