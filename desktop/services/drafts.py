"""Drafts: what a form holds before it is saved (issue 8, "never lose a word").

A form keeps its text here every few seconds and when a field loses focus
(views/widgets/drafting.py); saving the record or discarding the form deletes the draft. After a
crash, a power cut or a kill, the next sign-in offers each draft back to the account that
typed it, and to no one else. Drafts live in the encrypted journal like everything else;
they are not records, so they are neither audited nor exported. A psychologist's drafts
(they may hold confidential notes) are sealed with the notes key (desktop/security/notes.py),
like the notes themselves.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlmodel import delete, select

from ..db import Database
from ..models import Draft
from ..models.text import user_key
from ..security.notes import NotesUnreadable, is_sealed
from .context import Context

MAX_FIELD = 20_000  # longer than any field a form accepts; a runaway paste is cut here


@dataclass(frozen=True)
class DraftRead:
    id: uuid.UUID
    kind: str  # which form (views/record_actions.py names them)
    record_id: uuid.UUID | None  # None: a record not saved yet
    fields: dict[str, str]
    saved_at: datetime  # UTC

    def first_words(self, limit: int = 80) -> str:
        """The start of the longest text, to recognise the draft by."""
        text = max(self.fields.values(), key=len, default="")
        text = " ".join(text.split())
        return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class DraftService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    @property
    def _account(self) -> str:
        return user_key(self.ctx.actor)

    def keep(self, draft_id: uuid.UUID, kind: str, record_id: uuid.UUID | None,
             fields: dict[str, str]) -> None:
        """Write (or overwrite) this form's draft. Only non-empty text is kept."""
        kept = {k: v[:MAX_FIELD] for k, v in fields.items() if v and v.strip()}
        with self.db.session() as s:
            row = s.get(Draft, draft_id)
            if row is not None and row.account != self._account:
                return  # someone else's id: never overwrite another account's draft
            if not kept:
                if row is not None:
                    s.delete(row)
                return
            row = row or Draft(id=draft_id, account=self._account, kind=kind)
            row.record_id = record_id
            text = json.dumps(kept, ensure_ascii=False)
            cipher = self.db.notes_cipher
            row.fields = text if cipher is None else cipher.seal(text)
            row.saved_at = datetime.now(timezone.utc)
            s.add(row)

    def forget(self, draft_id: uuid.UUID) -> None:
        """The form was saved, or the user chose to discard what it held."""
        with self.db.session() as s:
            s.exec(delete(Draft).where(Draft.id == draft_id, Draft.account == self._account))

    def mine(self) -> list[DraftRead]:
        """The signed-in account's drafts, newest first."""
        with self.db.session() as s:
            rows = s.exec(select(Draft).where(Draft.account == self._account)
                          .order_by(Draft.saved_at.desc())).all()
            return [_read(r, self.db.notes_cipher) for r in rows]


def _read(row: Draft, cipher) -> DraftRead:
    try:
        text = row.fields
        if is_sealed(text):
            text = cipher.open(text) if cipher is not None else "{}"
        fields = json.loads(text)
    except (ValueError, NotesUnreadable):
        fields = {}
    if not isinstance(fields, dict):
        fields = {}
    saved_at = row.saved_at if row.saved_at.tzinfo else row.saved_at.replace(tzinfo=timezone.utc)
    return DraftRead(row.id, row.kind, row.record_id,
                     {str(k): str(v) for k, v in fields.items()}, saved_at)


__all__ = ["DraftRead", "DraftService"]
