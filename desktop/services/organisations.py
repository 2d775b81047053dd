"""The directory of organisations referrals go to (models/organisation.py has the rules).

- It starts empty: the school types in its own centres; the kinds are the starting set.
- remove(): an organisation no referral went to is deleted (soft); one that referrals use is
  deactivated instead, so their records and letters keep naming it. A deactivated one is no
  longer offered for new referrals and can be made active again.
- Rights: reading and writing are REFERRALS_READ / REFERRALS_WRITE (psychologist,
  counsellor); the head teacher sees neither.
"""

import uuid

from sqlalchemy import func
from sqlmodel import select

from ..db import Database
from ..models import Organisation, Referral
from ..models.enums import OrganisationKind
from ..models.organisation import OrganisationInput, OrganisationRead, check_organisation
from ..models.text import collation_key
from ..models.validation import clean
from .common import get_live, soft_delete, stamp
from .context import REFERRALS_READ, REFERRALS_WRITE, Context

DELETED, DEACTIVATED = "deleted", "deactivated"


class OrganisationService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    # --- reading -----------------------------------------------------------------------------

    def list(self, include_inactive: bool = False) -> list[OrganisationRead]:
        """By kind (in the kinds' order), then name."""
        self.ctx.require(REFERRALS_READ)
        order = {k.value: i for i, k in enumerate(OrganisationKind)}
        stmt = select(Organisation).where(Organisation.deleted_at.is_(None))
        if not include_inactive:
            stmt = stmt.where(Organisation.active.is_(True))
        with self.db.session() as s:
            rows = s.exec(stmt).all()
            used = self._use_counts(s, [r.id for r in rows])
            out = [_read(r, used.get(r.id, 0)) for r in rows]
        out.sort(key=lambda o: (not o.active, order.get(o.kind, 99),
                                collation_key(o.name_ru or o.name_kk)))
        return out

    def get(self, organisation_id: uuid.UUID) -> OrganisationRead:
        self.ctx.require(REFERRALS_READ)
        with self.db.session() as s:
            row = get_live(s, Organisation, organisation_id)
            return _read(row, self._use_counts(s, [row.id]).get(row.id, 0))

    @staticmethod
    def _use_counts(s, ids) -> dict[uuid.UUID, int]:
        if not ids:
            return {}
        rows = s.exec(select(Referral.organisation_id, func.count(Referral.id))
                      .where(Referral.organisation_id.in_(ids), Referral.deleted_at.is_(None))
                      .group_by(Referral.organisation_id)).all()
        return dict(rows)

    # --- writing -----------------------------------------------------------------------------

    def create(self, data: OrganisationInput) -> OrganisationRead:
        self.ctx.require(REFERRALS_WRITE)
        return self._save(None, data)

    def update(self, organisation_id: uuid.UUID, data: OrganisationInput) -> OrganisationRead:
        """Changes the directory only: letters already sent keep what they said."""
        self.ctx.require(REFERRALS_WRITE)
        return self._save(organisation_id, data)

    def _save(self, organisation_id, data: OrganisationInput) -> OrganisationRead:
        check_organisation(data).raise_if_any()
        with self.db.session() as s:
            row = get_live(s, Organisation, organisation_id) if organisation_id else Organisation()
            row.kind = data.kind
            for name in ("name_kk", "name_ru", "address", "phone", "head", "address_kk",
                         "head_kk", "addressee_kk", "addressee_ru"):
                setattr(row, name, clean(getattr(data, name)))
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get(new_id)

    def set_active(self, organisation_id: uuid.UUID, active: bool) -> OrganisationRead:
        self.ctx.require(REFERRALS_WRITE)
        with self.db.session() as s:
            row = get_live(s, Organisation, organisation_id)
            if row.active != active:
                row.active = active
                stamp(row, self.ctx)
                s.add(row)
        return self.get(organisation_id)

    def remove(self, organisation_id: uuid.UUID) -> str:
        """DELETED when no referral uses it; else DEACTIVATED (it stays for them)."""
        self.ctx.require(REFERRALS_WRITE)
        with self.db.session() as s:
            row = get_live(s, Organisation, organisation_id)
            if self._use_counts(s, [row.id]).get(row.id, 0):
                if row.active:
                    row.active = False
                    stamp(row, self.ctx)
                    s.add(row)
                return DEACTIVATED
            soft_delete(row, self.ctx)
            s.add(row)
            return DELETED


def _read(row: Organisation, referrals: int) -> OrganisationRead:
    return OrganisationRead(row.id, row.kind, row.name_kk, row.name_ru, row.address, row.phone,
                            row.head, row.active, referrals, row.address_kk, row.head_kk,
                            row.addressee_kk, row.addressee_ru)


__all__ = ["OrganisationService", "DELETED", "DEACTIVATED"]
