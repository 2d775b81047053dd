from sqlmodel import select

from ..db import Database
from ..models import School
from ..models.rules import check_school
from ..models.school import SchoolInput, SchoolRead
from ..models.validation import clean
from .context import Context, SCHOOL_WRITE
from .common import stamp

_FIELDS = ("name_kk", "name_ru", "address", "phone", "director", "psychologist",
           "referral_number_pattern", "address_kk", "director_kk")


class SchoolService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def get(self) -> SchoolRead | None:
        with self.db.session() as s:
            row = s.exec(select(School).where(School.deleted_at.is_(None))).first()
            return None if row is None else SchoolRead(**{f: getattr(row, f) for f in _FIELDS})

    def save(self, data: SchoolInput) -> SchoolRead:
        self.ctx.require(SCHOOL_WRITE)
        check_school(data).raise_if_any()
        with self.db.session() as s:
            row = s.exec(select(School).where(School.deleted_at.is_(None))).first() or School()
            for f in _FIELDS:
                setattr(row, f, clean(getattr(data, f)))
            stamp(row, self.ctx)
            s.add(row)
        return self.get()
