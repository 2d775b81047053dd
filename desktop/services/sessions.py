"""Counselling sessions."""

import uuid

from sqlalchemy import func
from sqlmodel import Session, delete, select

from ..db import Database
from ..models import CounsellingSession, SessionPupil
from ..models.audit import READ_NOTES
from ..models.enums import ConsentStatus
from ..models.journal import SessionInput, SessionRead, SessionRow
from ..models.pupil import PupilRef
from ..models.rules import check_session, needs_consent
from ..models.validation import clean
from .audit import AuditService
from .context import NOTES_READ, PUPILS_READ, SESSIONS_READ, SESSIONS_WRITE, Context
from .common import get_live, pupil_refs, soft_delete, stamp
from .listing import (
    ListFilter, first_pupil_name, involves_pupil_named, names_by_record, ordered, require_count,
)
from .pupils import is_living_pupil, require_pupils

_TEXT = ("other_participants", "reason", "notes", "outcome", "no_consent_reason")


class SessionService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def without_consent(self, pupil_ids: list[uuid.UUID]) -> list[PupilRef]:
        """The pupils among these whose parents have not given written consent."""
        self.ctx.require(PUPILS_READ)
        with self.db.session() as s:
            refs = pupil_refs(s, pupil_ids)
        return [r for r in refs.values() if r.consent_status != ConsentStatus.GIVEN.value]

    def create(self, data: SessionInput) -> SessionRead:
        self.ctx.require(SESSIONS_WRITE)
        return self._save(None, data)

    def update(self, session_id: uuid.UUID, data: SessionInput) -> SessionRead:
        self.ctx.require(SESSIONS_WRITE)
        return self._save(session_id, data)

    def delete(self, session_id: uuid.UUID) -> None:
        self.ctx.require(SESSIONS_WRITE)
        with self.db.session() as s:
            soft_delete(get_live(s, CounsellingSession, session_id), self.ctx)

    def open(self, session_id: uuid.UUID) -> SessionRead:
        """The session for its form: reading confidential notes is entered in the audit trail."""
        read = self.get(session_id)
        if not read.notes_hidden:
            AuditService(self.db, self.ctx).record(READ_NOTES, "counselling_session", session_id)
        return read

    def get(self, session_id: uuid.UUID) -> SessionRead:
        self.ctx.require(SESSIONS_READ)
        with self.db.session() as s:
            row = get_live(s, CounsellingSession, session_id)
            ids = s.exec(select(SessionPupil.pupil_id).where(SessionPupil.session_id == session_id)).all()
            refs = pupil_refs(s, ids)
            pupils = tuple(sorted(refs.values(), key=lambda r: r.full_name))
            text = {f: getattr(row, f) for f in _TEXT}
            hidden = not self.ctx.can(NOTES_READ)
            if hidden:
                text["notes"] = ""  # never leaves the service for a counsellor
            return SessionRead(
                id=row.id, starts_at=row.starts_at, duration_min=row.duration_min, kind=row.kind,
                initiator=row.initiator, pupils=pupils, status=row.status, notes_hidden=hidden,
                self_harm_risk=row.self_harm_risk, **text,
            )

    def _save(self, session_id: uuid.UUID | None, data: SessionInput) -> SessionRead:
        checker = check_session(data, self.ctx.now())
        with self.db.session() as s:
            refs = require_pupils(s, data.pupil_ids, "pupil_ids", checker) if data.pupil_ids else {}
            lacking = [r for r in refs.values() if r.consent_status != ConsentStatus.GIVEN.value]
            if needs_consent(data) and lacking and not clean(data.no_consent_reason):
                checker.add("no_consent_reason", "consent.reason_required",
                            names=", ".join(r.full_name for r in lacking))
            checker.raise_if_any()
            row = get_live(s, CounsellingSession, session_id) if session_id else CounsellingSession()
            row.starts_at = data.starts_at.replace(second=0, microsecond=0)
            row.duration_min = int(data.duration_min)
            row.kind, row.initiator, row.status = data.kind, data.initiator, data.status
            row.self_harm_risk = bool(data.self_harm_risk)
            for f in _TEXT:
                setattr(row, f, clean(getattr(data, f)))
            if not (needs_consent(data) and lacking):
                row.no_consent_reason = ""
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            # Links to pupils deleted since stay: the record is theirs too if they come back.
            s.exec(delete(SessionPupil).where(SessionPupil.session_id == row.id,
                                              is_living_pupil(SessionPupil.pupil_id)))
            s.add_all(SessionPupil(session_id=row.id, pupil_id=p) for p in dict.fromkeys(data.pupil_ids))
            new_id = row.id
        return self.get(new_id)

    # --- the long list -------------------------------------------------------------------

    def _filtered(self, s: Session, f: ListFilter, stmt):
        stmt = stmt.where(CounsellingSession.deleted_at.is_(None))
        if f.status:
            stmt = stmt.where(CounsellingSession.status == f.status)
        if f.kind:
            stmt = stmt.where(CounsellingSession.kind == f.kind)
        named = involves_pupil_named(SessionPupil, CounsellingSession.id, f.text, f.grade)
        if named is not None:
            stmt = stmt.where(named)
        return stmt

    def count(self, f: ListFilter = ListFilter()) -> int:
        require_count(self.ctx, f)
        with self.db.session() as s:
            return s.exec(self._filtered(s, f, select(func.count(CounsellingSession.id)))).one()

    def page(self, f: ListFilter, offset: int, limit: int) -> list[SessionRow]:
        """Newest first, or by the column chosen (f.sort: date, pupils, kind, status, reason)."""
        self.ctx.require(SESSIONS_READ)
        order = ordered(f, {
            "date": (CounsellingSession.starts_at,),
            "pupils": (first_pupil_name(SessionPupil, CounsellingSession.id),),
            "kind": (CounsellingSession.kind,),
            "status": (CounsellingSession.status,),
            "reason": (CounsellingSession.reason,),
        }, (CounsellingSession.starts_at.desc(), CounsellingSession.id), CounsellingSession.id)
        with self.db.session() as s:
            stmt = self._filtered(s, f, select(
                CounsellingSession.id, CounsellingSession.starts_at, CounsellingSession.kind,
                CounsellingSession.status, CounsellingSession.reason))
            rows = s.exec(stmt.order_by(*order)
                          .offset(offset).limit(limit)).all()
            names = names_by_record(s, SessionPupil, SessionPupil.session_id, [r.id for r in rows])
        return [SessionRow(r.id, r.starts_at, r.kind, r.status, names.get(r.id, ""), r.reason)
                for r in rows]
