"""Pupils: search, the card's details, create, change, soft delete."""

import uuid

from sqlalchemy import exists, func, text
from sqlmodel import Session, select

from ..db import Database
from ..models import Guardian, Pupil, Referral
from ..models.base import utcnow
from ..models.iin import normalize_iin
from ..models.pupil import (
    GuardianRead, PupilInput, PupilRead, PupilRef, PupilRow, ReferralConsent,
)
from ..models.rules import check_pupil
from ..models.tally import TableVersion
from ..models.school_class import class_sort_key, classes_typed, normalize_class, parse_class
from ..models.text import collation_key, full_name, search_form
from ..models.validation import Checker, clean, clean_name
from .context import COUNTS_READ, Context, PUPILS_READ, PUPILS_WRITE, REFERRALS_READ
from .common import get_live, pupil_refs, soft_delete, stamp


class PupilService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx
        # (table_version, every pupil, those still studying), each [(search key, row)]
        # sorted: see _everyone.
        self._listed: tuple[int, list, list] | None = None
        # The last search: ((version, include_left, classes), folded query, its entries).
        self._last: tuple[tuple, str, list] | None = None

    # --- reading -------------------------------------------------------------------------

    def search(
        self, query: str = "", class_name: str | None = None, include_left: bool = False
    ) -> list[PupilRow]:
        """Pupils whose name holds every word typed (folded by search_form: any case, ё = е,
        Kazakh letters as a Russian keyboard types them), or whose IIN starts with the
        digits typed; sorted by class, then name. `class_name` may be typed 7a or 7A; a class
        typed among the words («5Ә», «5ә Нұр») is a class to search in too."""
        self.ctx.require(PUPILS_READ)
        typed, query = classes_typed(query)
        q = search_form(query)
        version, everyone, studying = self._everyone()
        wanted = tuple(([normalize_class(class_name) or class_name] if class_name else []) + typed)
        scope = (version, include_left, wanted)
        # Typing one more letter narrows the last result: what holds every word of the longer
        # query holds the shorter one's (their first words are the same or prefixes), as does an
        # IIN that starts with more of the digits. A keystroke then filters the few hundred
        # pupils already found, not the whole school again.
        last = self._last
        if (last is not None and version is not None and last[0] == scope
                and q.startswith(last[1])
                and (not last[1] or q.isdigit() == last[1].isdigit())):
            listed = last[2]
        else:
            listed = everyone if include_left else studying
            for name in wanted:
                listed = [e for e in listed if e[1].class_name == name]
        if q.isdigit():
            listed = [e for e in listed if e[1].iin is not None and e[1].iin.startswith(q)]
        else:
            for word in q.split():
                listed = [e for e in listed if word in e[0]]
        self._last = (scope, q, listed)
        return [e[1] for e in listed]

    def _everyone(self) -> tuple[int | None, list, list]:
        """The pupil table's version, every pupil on record with their stored search key
        sorted by class, then name, and those of them still studying (where a search starts,
        kept rather than filtered from 20,000 at each keystroke). Read again only when the
        pupil table has been written since (table_version, one more on any write, whoever
        makes it: a trigger), so that a keystroke in a school of 20,000 filters a list in
        memory instead of reading and sorting thousands of rows."""
        with self.db.session() as s:
            conn = s.connection()
            # The version first: rows read after it are at least as new (a write between
            # the two reads makes the next search read them again).
            version = conn.execute(select(TableVersion.version)
                                   .where(TableVersion.name == "pupil")).scalar()
            cached = self._listed
            if cached is not None and version is not None and cached[0] == version:
                return cached
            stmt = select(
                Pupil.id, Pupil.surname, Pupil.given_name, Pupil.patronymic, Pupil.class_name,
                Pupil.birth_date, Pupil.iin, Pupil.consent_status, Pupil.active,
                Pupil.search_key,
            ).where(Pupil.deleted_at.is_(None)).order_by(text("pupil.rowid"))
            listed = [
                (r.search_key or "",
                 PupilRow(r.id, full_name(r.surname, r.given_name, r.patronymic),
                          r.class_name, r.birth_date, r.iin, r.consent_status, r.active))
                # Core, not the ORM's result machinery.
                for r in conn.execute(stmt)
            ]
        # In Python: SQLite would order by code point, putting 7Ә after 7Я and Әлібек after Яков.
        listed.sort(key=lambda e: (class_sort_key(e[1].class_name),
                                   collation_key(e[1].full_name)))
        found = (version, listed, [e for e in listed if e[1].active])
        self._listed = found if version is not None else None
        return found

    def classes(self) -> list[str]:
        self.ctx.require(PUPILS_READ)
        with self.db.session() as s:
            names = s.exec(
                select(Pupil.class_name).where(Pupil.deleted_at.is_(None)).distinct()
            ).all()
        return sorted(names, key=class_sort_key)

    def count(self, studying_only: bool = False) -> int:
        """Pupils on record; with studying_only, those who have not left the school."""
        self.ctx.require(COUNTS_READ)
        stmt = select(func.count()).select_from(Pupil).where(Pupil.deleted_at.is_(None))
        if studying_only:
            # "= 1", as ix_pupil_studying says ("IS 1" would read every pupil).
            stmt = stmt.where(Pupil.active == True)  # noqa: E712
        with self.db.session() as s:
            return s.exec(stmt).one()

    def get(self, pupil_id: uuid.UUID) -> PupilRead:
        self.ctx.require(PUPILS_READ)
        with self.db.session() as s:
            p = get_live(s, Pupil, pupil_id)
            guardians = s.exec(
                select(Guardian)
                .where(Guardian.pupil_id == pupil_id, Guardian.deleted_at.is_(None))
                .order_by(Guardian.created_at, Guardian.id)
            ).all()
            return PupilRead(
                id=p.id, surname=p.surname, given_name=p.given_name, patronymic=p.patronymic,
                full_name=full_name(p.surname, p.given_name, p.patronymic), sex=p.sex,
                birth_date=p.birth_date, iin=p.iin, class_name=p.class_name,
                study_language=p.study_language, consent_status=p.consent_status,
                consent_date=p.consent_date, consent_by=p.consent_by, active=p.active,
                left_date=p.left_date, address=p.address,
                iin_mismatch_accepted_at=p.iin_mismatch_accepted_at,
                iin_mismatch_accepted_by=p.iin_mismatch_accepted_by,
                guardians=tuple(GuardianRead(g.id, g.name, g.relation, g.phone) for g in guardians),
                referral_consent=self._referral_consent(s, pupil_id),
            )

    def _referral_consent(self, s: Session, pupil_id: uuid.UUID) -> ReferralConsent | None:
        """The newest consent recorded in the pupil's referrals, for those who read them."""
        if not self.ctx.can(REFERRALS_READ):
            return None
        row = s.exec(
            select(Referral.consent_date, Referral.consent_by, Referral.consent_how)
            .where(Referral.pupil_id == pupil_id, Referral.deleted_at.is_(None),
                   Referral.consent_date.is_not(None))
            .order_by(Referral.consent_date.desc(), Referral.created_at.desc())
            .limit(1)
        ).first()
        return ReferralConsent(row[0], row[1], row[2]) if row is not None else None

    def refs(self, ids: list[uuid.UUID]) -> list[PupilRef]:
        self.ctx.require(PUPILS_READ)
        with self.db.session() as s:
            found = pupil_refs(s, ids)
        return [found[i] for i in ids if i in found]

    # --- writing -------------------------------------------------------------------------

    def create(self, data: PupilInput) -> PupilRead:
        self.ctx.require(PUPILS_WRITE)
        return self._save(None, data)

    def update(self, pupil_id: uuid.UUID, data: PupilInput) -> PupilRead:
        self.ctx.require(PUPILS_WRITE)
        return self._save(pupil_id, data)

    def delete(self, pupil_id: uuid.UUID) -> None:
        self.ctx.require(PUPILS_WRITE)
        with self.db.session() as s:
            soft_delete(get_live(s, Pupil, pupil_id), self.ctx)

    def _save(self, pupil_id: uuid.UUID | None, data: PupilInput) -> PupilRead:
        """Errors refuse the save; IIN warnings (models/rules.iin_warnings) hold it back
        until the user accepts them (data.iin_warnings_accepted), and who accepted them when
        is kept on the pupil."""
        checker = check_pupil(data, self.ctx.today())
        iin = normalize_iin(data.iin) or None  # as pasted: spaces, invisible characters
        with self.db.session() as s:
            if iin and not checker.has("iin") and self._iin_taken(s, iin, pupil_id):
                checker.add("iin", "iin.duplicate")
            checker.raise_if_any(accepted=data.iin_warnings_accepted)
            p = get_live(s, Pupil, pupil_id) if pupil_id else Pupil()
            if not checker.warnings:
                p.iin_mismatch_accepted_at, p.iin_mismatch_accepted_by = None, ""
            elif (p.iin_mismatch_accepted_at is None or p.iin != iin
                  or p.birth_date != data.birth_date or p.sex != data.sex):
                # Accepted now; an acceptance of the very same difference keeps its stamp.
                p.iin_mismatch_accepted_at, p.iin_mismatch_accepted_by = utcnow(), self.ctx.actor
            grade, _letter = parse_class(data.class_name)
            p.surname, p.given_name = clean_name(data.surname), clean_name(data.given_name)
            p.patronymic = clean_name(data.patronymic)
            p.sex, p.birth_date, p.iin = data.sex, data.birth_date, iin
            p.class_name, p.grade = normalize_class(data.class_name), grade
            p.study_language = data.study_language
            p.consent_status = data.consent_status
            asked = data.consent_status != "not_asked"
            p.consent_date = data.consent_date if asked else None
            p.consent_by = clean(data.consent_by) if asked else ""
            p.active = data.active
            p.left_date = None if data.active else data.left_date
            p.address = clean(data.address)
            p.search_key = search_form(full_name(p.surname, p.given_name, p.patronymic))
            stamp(p, self.ctx)
            s.add(p)
            s.flush()
            self._replace_guardians(s, p.id, data)
            new_id = p.id
        return self.get(new_id)

    def _iin_taken(self, s: Session, iin: str, own_id: uuid.UUID | None) -> bool:
        stmt = select(Pupil.id).where(Pupil.iin == iin, Pupil.deleted_at.is_(None))
        if own_id:
            stmt = stmt.where(Pupil.id != own_id)
        return s.exec(stmt).first() is not None

    def _replace_guardians(self, s: Session, pupil_id: uuid.UUID, data: PupilInput) -> None:
        existing = s.exec(
            select(Guardian).where(Guardian.pupil_id == pupil_id, Guardian.deleted_at.is_(None))
        ).all()
        for g in existing:
            soft_delete(g, self.ctx)
        for g in data.guardians:
            row = Guardian(pupil_id=pupil_id, name=clean_name(g.name), relation=g.relation,
                           phone=clean(g.phone))
            stamp(row, self.ctx)
            s.add(row)


def is_living_pupil(pupil_id):
    """The condition that `pupil_id` (a link's column) names a pupil not deleted: looked up
    for each link row, not as an IN list of every living pupil (that list was built at each
    save: 10-20 ms of a session's save in a school of 20,000)."""
    return exists().where(Pupil.id == pupil_id, Pupil.deleted_at.is_(None))


def require_pupils(s: Session, ids: list[uuid.UUID], field: str, checker: Checker) -> dict[uuid.UUID, PupilRef]:
    """Refs for the ids; a pupil that no longer exists becomes an error on `field`."""
    found = pupil_refs(s, ids)
    if len(found) != len(set(ids)):
        checker.add(field, "pupils.missing")
    return found
