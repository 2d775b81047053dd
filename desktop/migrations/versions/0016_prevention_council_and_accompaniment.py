"""the school's prevention council and individual pedagogical accompaniment (Law No. 245-VIII)

The council's members and meetings (numbered per school year), those present, the agenda
items with what was heard and decided; a pupil's accompaniment with its grounds (a table
the school edits, shipped with the law's categories), its reviews (a confidential note
sealed with the notes key), and the secretary's answers to the agenda proposals. The plan's
measures are follow-ups: follow_up gains accompaniment_id.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

import uuid
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

# The law's categories (DOMAIN.md) as the first grounds: (code, Russian, Kazakh). The school
# may rename them, add its own and switch any off.
LAW_GROUNDS = (
    ("learning", "Трудности в обучении", "Оқудағы қиындықтар"),
    ("absences", "Пропуски занятий без уважительной причины",
     "Сабаққа дәлелсіз себеппен қатыспау"),
    ("antisocial", "Антиобщественное поведение", "Қоғамға жат мінез-құлық"),
    ("offence", "Совершение правонарушения", "Құқық бұзушылық жасау"),
    ("violence", "Пережитое насилие", "Зорлық-зомбылыққа ұшырау"),
    ("bullying", "Пережитый буллинг", "Буллингке ұшырау"),
    ("life_situation", "Трудная жизненная ситуация", "Қиын өмірлік жағдай"),
)


def _tracked():
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    ]


def _text(name: str, length: int, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length), nullable=nullable)


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def upgrade() -> None:
    op.create_table('accompaniment_ground',
    *_tracked(),
    _text('code', 30),
    _text('name_ru', 200),
    _text('name_kk', 200),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('council_member',
    *_tracked(),
    _text('name', 150),
    _text('position', 150),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('council_meeting',
    *_tracked(),
    sa.Column('held_on', sa.Date(), nullable=False),
    _text('school_year', 9),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('chair_id', sa.Uuid(), nullable=True),
    sa.Column('secretary_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['chair_id'], ['council_member.id'], ),
    sa.ForeignKeyConstraint(['secretary_id'], ['council_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _index('council_meeting', 'held_on')
    with op.batch_alter_table('council_meeting', schema=None) as batch_op:
        batch_op.create_index('ux_council_meeting_number', ['school_year', 'number'], unique=True,
                              sqlite_where=sa.text('deleted_at IS NULL'))
    op.create_table('council_attendance',
    *_tracked(),
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('member_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['council_meeting.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['council_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _index('council_attendance', 'meeting_id', 'member_id')
    op.create_table('accompaniment',
    *_tracked(),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    _text('grounds', 600),
    sa.Column('started_on', sa.Date(), nullable=False),
    _text('responsible', 150),
    sa.Column('parents_informed_on', sa.Date(), nullable=True),
    _text('parents_informed_how', 12),
    sa.Column('review_days', sa.Integer(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    _text('outcome', 3000),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _index('accompaniment', 'pupil_id', 'started_on', 'ended_on')
    with op.batch_alter_table('accompaniment', schema=None) as batch_op:
        batch_op.create_index('ux_accompaniment_open', ['pupil_id'], unique=True,
                              sqlite_where=sa.text('ended_on IS NULL AND deleted_at IS NULL'))
    op.create_table('council_item',
    *_tracked(),
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Uuid(), nullable=True),
    _text('title', 300),
    _text('heard', 3000),
    _text('decision', 12),
    _text('decided', 3000),
    sa.Column('accompaniment_id', sa.Uuid(), nullable=True),
    sa.Column('referral_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['council_meeting.id'], ),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.ForeignKeyConstraint(['accompaniment_id'], ['accompaniment.id'], ),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _index('council_item', 'meeting_id', 'pupil_id', 'accompaniment_id')
    op.create_table('accompaniment_review',
    *_tracked(),
    sa.Column('accompaniment_id', sa.Uuid(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    _text('progress', 10),
    _text('note', 3000),
    sa.Column('confidential_note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['accompaniment_id'], ['accompaniment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _index('accompaniment_review', 'accompaniment_id')
    op.create_table('council_proposal',
    *_tracked(),
    sa.Column('pupil_id', sa.Uuid(), nullable=False),
    _text('subject', 80),
    _text('rules', 300),
    _text('decision', 10),
    _text('reason', 1000),
    sa.Column('meeting_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['council_meeting.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('council_proposal', schema=None) as batch_op:
        batch_op.create_index('ix_council_proposal_key', ['pupil_id', 'subject'], unique=False)
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accompaniment_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_follow_up_accompaniment_id'), ['accompaniment_id'],
                              unique=False)
        batch_op.create_foreign_key('fk_follow_up_accompaniment', 'accompaniment',
                                    ['accompaniment_id'], ['id'])

    now = datetime.now(timezone.utc)
    ground = sa.table('accompaniment_ground', sa.column('id', sa.Uuid),
                      sa.column('created_at', sa.DateTime), sa.column('updated_at', sa.DateTime),
                      sa.column('updated_by', sa.String), sa.column('code', sa.String),
                      sa.column('name_ru', sa.String), sa.column('name_kk', sa.String),
                      sa.column('active', sa.Boolean), sa.column('position', sa.Integer))
    # The same ids in every journal (from the code), so that two journals synced later
    # (issue 18, the team journal) agree on the shipped grounds.
    op.bulk_insert(ground, [{"id": uuid.uuid5(uuid.NAMESPACE_URL, f"senim-ground:{code}"),
                             "created_at": now, "updated_at": now,
                             "updated_by": "", "code": code, "name_ru": ru, "name_kk": kk,
                             "active": True, "position": n}
                            for n, (code, ru, kk) in enumerate(LAW_GROUNDS)])


def downgrade() -> None:
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_constraint('fk_follow_up_accompaniment', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_follow_up_accompaniment_id'))
        batch_op.drop_column('accompaniment_id')
    for table in ('council_proposal', 'accompaniment_review', 'council_item', 'accompaniment',
                  'council_attendance', 'council_meeting', 'council_member',
                  'accompaniment_ground'):
        op.drop_table(table)
