"""one letter, one language: the school's and the organisations' details in Kazakh too;
an amendment is a letter of its own, with its own outgoing number

A letter is printed in Kazakh or in Russian, and everything on it in that language: the
school profile keeps its address and its director's name in Kazakh beside the ones it had
(which letters in Russian go on using), and each organisation its address and its head's
name in Kazakh, and the addressee line as the school corrected it in each language (empty:
Senim proposes it, in the dative, from the name and the head).

An amendment made after a referral was sent goes out as its own letter: it takes the next
outgoing number of its school year (the same sequence as referrals) and refers to the
letter it amends. Amendments made before keep no number and print as before.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def _text(name: str, length: int) -> sa.Column:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length),
                     server_default='', nullable=False)


def upgrade() -> None:
    # Nothing to fill: the details in Kazakh are typed in; until then a Kazakh letter warns.
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.add_column(_text('address_kk', 300))
        batch_op.add_column(_text('director_kk', 150))
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(_text('address_kk', 300))
        batch_op.add_column(_text('head_kk', 150))
        batch_op.add_column(_text('addressee_kk', 400))
        batch_op.add_column(_text('addressee_ru', 400))
    with op.batch_alter_table('referral_amendment', schema=None) as batch_op:
        batch_op.add_column(_text('number', 40))
        batch_op.add_column(sa.Column('number_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('school_year', sqlmodel.sql.sqltypes.AutoString(length=9),
                                      nullable=True))
        batch_op.create_index('ux_referral_amendment_number', ['school_year', 'number_seq'],
                              unique=True,
                              sqlite_where=sa.text('number_seq IS NOT NULL AND deleted_at IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('referral_amendment', schema=None) as batch_op:
        batch_op.drop_index('ux_referral_amendment_number')
        for name in ('school_year', 'number_seq', 'number'):
            batch_op.drop_column(name)
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        for name in ('addressee_ru', 'addressee_kk', 'head_kk', 'address_kk'):
            batch_op.drop_column(name)
    with op.batch_alter_table('school', schema=None) as batch_op:
        for name in ('director_kk', 'address_kk'):
            batch_op.drop_column(name)
