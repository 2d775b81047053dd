"""holidays: the school's corrections over the law's days; concern answers in 15 working days; the bullying window

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

- The `holiday` list (every day off typed in by hand, seeded in 0005 with the fixed holidays
  of 2025-2027) gives way to `holiday_correction`: the law's days now come from the pinned
  `holidays` package, and only the school's own changes are kept. A row the package already
  has as a day off (a holiday, its observed day, or a weekend) is dropped, and so is a row
  0005 seeded (same day, same name): the seed was ours, not the school's, and where the law
  has changed since (Constitution Day moved from 30 August in 2027) it would now be wrong.
  Every other row becomes a `day_off` correction with its name.
- `holiday_year`: the years the school has confirmed.
- `warning_settings.bullying_window_school_year`. Order No. 506 sets no window for "two or
  more times" and the default becomes the school year; the answer deadline's default becomes
  the Administrative Procedural Code's 15 working days (art. 76). A settings row nobody ever
  saved (no `warning_settings` entry in the audit trail) still holds 0005's defaults, which
  nobody chose: it takes the new defaults (answer 10 -> 15 only if still 10; the school
  year). A row someone saved is the school's choice and is kept: its N-day window stays on
  (bullying_window_school_year false) and its answer deadline stays as it is (a shorter
  promise than the law's is the school's right).
"""

from datetime import date

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# 0005's seed, as it was written there (copied: migrations keep their own data).
SEEDED = {
    (1, 1): "Жаңа жыл / Новый год",
    (1, 2): "Жаңа жыл / Новый год",
    (1, 7): "Православиелік Рождество / Православное Рождество",
    (3, 8): "Халықаралық әйелдер күні / Международный женский день",
    (3, 21): "Наурыз мейрамы",
    (3, 22): "Наурыз мейрамы",
    (3, 23): "Наурыз мейрамы",
    (5, 1): "Қазақстан халқының бірлігі мерекесі / Праздник единства народа Казахстана",
    (5, 7): "Отан қорғаушы күні / День защитника Отечества",
    (5, 9): "Жеңіс күні / День Победы",
    (7, 6): "Астана күні / День столицы",
    (8, 30): "Конституция күні / День Конституции",
    (10, 25): "Республика күні / День Республики",
    (12, 16): "Тәуелсіздік күні / День Независимости",
}
SEEDED_YEARS = (2025, 2026, 2027)
OLD_ANSWER_DAYS, NEW_ANSWER_DAYS = 10, 15


def _package_off(day: date) -> bool:
    """Whether the pinned package has `day` as a day off (a weekend that is not a working
    weekend day, or a holiday)."""
    # lazy: the holidays package loads only when this migration runs (start-up)
    import holidays

    kz = holidays.country_holidays("KZ", years=day.year)
    if day in kz:
        return True
    return day.weekday() >= 5 and day not in kz.weekend_workdays


def _seeded(day: date, name: str) -> bool:
    return day.year in SEEDED_YEARS and SEEDED.get((day.month, day.day)) == name


def upgrade() -> None:
    op.create_table('holiday_correction',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    op.create_table('holiday_year',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year')
    )
    conn = op.get_bind()
    old = sa.table("holiday", sa.column("day", sa.Date), sa.column("name", sa.String))
    rows = conn.execute(sa.select(old.c.day, old.c.name).order_by(old.c.day)).all()
    kept = [{"day": day, "kind": "day_off", "name": name or ""} for day, name in rows
            if not _seeded(day, name) and not _package_off(day)]
    if kept:
        op.bulk_insert(sa.table("holiday_correction", sa.column("day", sa.Date),
                                sa.column("kind", sa.String), sa.column("name", sa.String)),
                       kept)
    op.drop_table('holiday')

    with op.batch_alter_table('warning_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('bullying_window_school_year', sa.Boolean(),
                                      nullable=False, server_default=sa.false()))
    audit = sa.table("audit_entry", sa.column("entity", sa.String))
    saved = conn.execute(sa.select(sa.func.count()).select_from(audit)
                         .where(audit.c.entity == "warning_settings")).scalar()
    if not saved:
        settings = sa.table("warning_settings", sa.column("id", sa.Integer),
                            sa.column("answer_working_days", sa.Integer),
                            sa.column("bullying_window_school_year", sa.Boolean))
        conn.execute(settings.update().where(settings.c.id == 1)
                     .values(bullying_window_school_year=True))
        conn.execute(settings.update()
                     .where(settings.c.id == 1,
                            settings.c.answer_working_days == OLD_ANSWER_DAYS)
                     .values(answer_working_days=NEW_ANSWER_DAYS))


def downgrade() -> None:
    with op.batch_alter_table('warning_settings', schema=None) as batch_op:
        batch_op.drop_column('bullying_window_school_year')
    op.create_table('holiday',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
    sa.PrimaryKeyConstraint('day')
    )
    # The school's own days off go back; the law's days are not written out (the old list
    # would have to be typed again: a downgrade is for getting out of trouble, not for use).
    conn = op.get_bind()
    corr = sa.table("holiday_correction", sa.column("day", sa.Date), sa.column("kind", sa.String),
                    sa.column("name", sa.String))
    rows = conn.execute(sa.select(corr.c.day, corr.c.name)
                        .where(corr.c.kind == "day_off")).all()
    if rows:
        op.bulk_insert(sa.table("holiday", sa.column("day", sa.Date), sa.column("name", sa.String)),
                       [{"day": d, "name": n} for d, n in rows])
    op.drop_table('holiday_year')
    op.drop_table('holiday_correction')
