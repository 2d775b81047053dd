"""school calendar: 2026-2027 as best known, a year confirmed or not

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

- academic_year.confirmed: whether the year's dates were checked against the ministry's
  order. Years already in a journal were typed in (or seeded from the order) by a user:
  confirmed. 2026-2027 is added as Senim's best guess, unconfirmed, so a fresh journal knows
  the current school year; screens mark it "check against the ministry's order" until a
  user saves it or a calendar file from the district office brings it.
- 2025-2026 was seeded by 0007 with lessons from 1 September 2025; the ministry's order
  says 2 September (1 September 2025 was the observed Constitution Day, DOMAIN.md). The
  seed is corrected only where the row is still exactly as 0007 wrote it.
- 2026-2027 is added only when the journal has no year of that name and none sharing its
  days (a user's or the demo's own year is kept as it is).

This revision keeps its own copy of the dates: later code may change, the data it wrote may
not.
"""

import uuid
from datetime import date, datetime, timezone

from alembic import op
import sqlalchemy as sa

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

OLD_2025_START, NEW_2025_START = date(2025, 9, 1), date(2025, 9, 2)
SEED_2025_TERM_1 = (date(2025, 9, 1), date(2025, 10, 26))  # as 0007 wrote it

# 2026-2027: the ministry's order was not found (DOMAIN.md). Why each date, from 2025-2026
# moved a year on (models/school_calendar.proposed_next_year) and checked by hand against
# Kazakhstan's holidays in python-holidays 0.108:
# - Lessons from Tue 1 September 2026: the school year begins on 1 September; 2025 began on
#   the 2nd only because the 1st was the observed Constitution Day, and the new
#   Constitution Day (15 March from 2027) leaves 1 September 2026 a working day.
# - Quarter 1 to Sun 25 October (Republic Day); autumn break Mon 26 October (its observed
#   day off) to Sun 1 November: a Monday-to-Sunday week, as the ministry's breaks are.
# - Quarter 2 Mon 2 November to Sun 27 December: eight weeks, as in 2025-2026.
# - Winter break Mon 28 December to Thu 7 January 2027: it holds New Year (1, 2 and the
#   observed 4 January) and Orthodox Christmas (7 January).
# - Quarter 3 from Fri 8 January 2027, the first working day after Christmas, as in 2026
#   (8 January), to Fri 19 March; 8 March and 15 March (Constitution Day) are Mondays off
#   inside it.
# - Spring break Sat 20 to Sun 28 March: it holds Nauryz (21-23 March and the observed
#   24 March).
# - Quarter 4 Mon 29 March to Tue 25 May 2027: the last bell on 25 May, as every year.
# - Grade 1's extra week Mon 8 to Sun 14 February 2027 (9-15 February in 2026: the same
#   week of the year).
YEAR_2026 = ("2026-2027", date(2026, 9, 1), date(2027, 5, 25))
TERMS_2026 = (
    (1, date(2026, 9, 1), date(2026, 10, 25)),
    (2, date(2026, 11, 2), date(2026, 12, 27)),
    (3, date(2027, 1, 8), date(2027, 3, 19)),
    (4, date(2027, 3, 29), date(2027, 5, 25)),
)
BREAKS_2026 = (
    (date(2026, 10, 26), date(2026, 11, 1), False),
    (date(2026, 12, 28), date(2027, 1, 7), False),
    (date(2027, 2, 8), date(2027, 2, 14), True),
    (date(2027, 3, 20), date(2027, 3, 28), False),
)

_year = sa.table('academic_year', sa.column('id', sa.Uuid), sa.column('created_at', sa.DateTime),
                 sa.column('updated_at', sa.DateTime), sa.column('updated_by', sa.String),
                 sa.column('name', sa.String), sa.column('starts_on', sa.Date),
                 sa.column('ends_on', sa.Date), sa.column('confirmed', sa.Boolean),
                 sa.column('deleted_at', sa.DateTime))
_term = sa.table('term', sa.column('year_id', sa.Uuid), sa.column('number', sa.Integer),
                 sa.column('starts_on', sa.Date), sa.column('ends_on', sa.Date))
_break = sa.table('school_break', sa.column('id', sa.Uuid), sa.column('year_id', sa.Uuid),
                  sa.column('starts_on', sa.Date), sa.column('ends_on', sa.Date),
                  sa.column('first_grade_only', sa.Boolean))


def upgrade() -> None:
    with op.batch_alter_table('academic_year', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confirmed', sa.Boolean(), server_default='0',
                                      nullable=False))
    conn = op.get_bind()
    conn.execute(_year.update().values(confirmed=True))  # typed in by a user, or the order's
    _correct_2025(conn)
    _add_2026(conn)


def _correct_2025(conn) -> None:
    row = conn.execute(sa.select(_year.c.id, _year.c.starts_on).where(
        _year.c.name == "2025-2026", _year.c.starts_on == OLD_2025_START,
        _year.c.updated_by == "")).first()  # never saved by a user since the seed
    if row is None:
        return
    term_1 = conn.execute(sa.select(_term.c.starts_on, _term.c.ends_on).where(
        _term.c.year_id == row.id, _term.c.number == 1)).first()
    if term_1 is None or tuple(term_1) != SEED_2025_TERM_1:
        return
    conn.execute(_year.update().where(_year.c.id == row.id).values(starts_on=NEW_2025_START))
    conn.execute(_term.update().where(_term.c.year_id == row.id, _term.c.number == 1)
                 .values(starts_on=NEW_2025_START))


def _add_2026(conn) -> None:
    name, starts_on, ends_on = YEAR_2026
    clash = conn.execute(sa.select(_year.c.id).where(sa.or_(
        _year.c.name == name,
        sa.and_(_year.c.deleted_at.is_(None), _year.c.starts_on <= ends_on,
                _year.c.ends_on >= starts_on)))).first()
    if clash is not None:
        return
    now = datetime.now(timezone.utc)
    year_id = uuid.uuid4()
    conn.execute(_year.insert().values(id=year_id, created_at=now, updated_at=now,
                                       updated_by="", name=name, starts_on=starts_on,
                                       ends_on=ends_on, confirmed=False))
    conn.execute(_term.insert(), [{"year_id": year_id, "number": n, "starts_on": a,
                                   "ends_on": b} for n, a, b in TERMS_2026])
    conn.execute(_break.insert(), [{"id": uuid.uuid4(), "year_id": year_id, "starts_on": a,
                                    "ends_on": b, "first_grade_only": g}
                                   for a, b, g in BREAKS_2026])


def downgrade() -> None:
    # 2026-2027 stays (it may have been confirmed or edited since); 2025-2026's first day
    # stays corrected. Only the column goes.
    with op.batch_alter_table('academic_year', schema=None) as batch_op:
        batch_op.drop_column('confirmed')
