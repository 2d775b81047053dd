"""The team journal as the window sees it: where sync stands, and the conflicts it kept
(desktop/server/ does the syncing; this reads and settles what it left in the journal).

A conflict is a field changed here and on the server to different values: the server's was
kept. Settling it with "use mine" writes this laptop's value into the record through the ORM,
so it is stamped, audited and sent by the next sync like any change; "keep the server's"
only closes it. Either way who settled it and when is kept. Only someone who may write that
kind of record settles its conflicts (context.KIND_WRITE_RIGHT).
"""

from __future__ import annotations

import base64
import json
import uuid
from datetime import datetime

from sqlmodel import SQLModel, select

from ..db import Database
from ..models import Pupil
from ..models.base import utcnow
from ..models.sync import SyncConflict
from ..models.team import ConflictRead, TeamStatus
from ..models.validation import FieldError, ValidationError
from .common import stamp
from .context import KIND_WRITE_RIGHT, Context

REMOVED = "(removed)"  # desktop/server/merge.py's name for a removal against a change


class TeamService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def status(self) -> TeamStatus | None:
        """None when this journal is not joined to a school server."""
        with self.db.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT server_url, last_success_at, offline_since, last_error FROM sync_state "
                "WHERE id = 1").fetchone()
            if row is None:
                return None
            waiting = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").fetchone()[0]
            conflicts = conn.exec_driver_sql(
                "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()[0]
        return TeamStatus(row[0], _time(row[1]), _time(row[2]), row[3], waiting, conflicts)

    def conflicts(self) -> list[ConflictRead]:
        with self.db.session() as s:
            rows = s.exec(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                          .order_by(SyncConflict.found_at)).all()
            return [self._read(s, r) for r in rows]

    def resolve(self, conflict_id: str, use_mine: bool) -> None:
        with self.db.session() as s:
            row = s.get(SyncConflict, conflict_id)
            if row is None or row.resolved_at is not None:
                raise ValidationError([FieldError("conflict", "conflict.gone")])
            self.ctx.require(KIND_WRITE_RIGHT.get(row.kind, "accounts.manage"))
            if use_mine:
                record, column = self._target(s, row)
                if record is None:
                    raise ValidationError([FieldError("conflict", "conflict.cannot_use_mine")])
                setattr(record, row.field, _value(self.db, column, json.loads(row.mine)))
                stamp(record, self.ctx)
                s.add(record)
            row.resolved_at = utcnow()
            row.resolved_by = self.ctx.actor
            s.add(row)

    # -- reading ---------------------------------------------------------------------------

    def _read(self, s, row: SyncConflict) -> ConflictRead:
        record, column = self._target(s, row)
        return ConflictRead(
            row.id, row.kind, row.record_id, row.field,
            self._shown(column, row.mine), self._shown(column, row.theirs), row.found_at,
            _label(s, row.kind, record), record is not None)

    def _target(self, s, row: SyncConflict):
        """(the record, its column) when this laptop's value can be written back: a plain
        column of a record with an id; (None, column or None) otherwise."""
        table = SQLModel.metadata.tables.get(row.kind)
        if table is None or row.field == REMOVED or row.field not in table.c:
            return None, None
        column = table.c[row.field]
        model = _model_of(row.kind)
        if model is None or "id" not in table.c or column.primary_key:
            return None, column
        try:
            record = s.get(model, uuid.UUID(row.record_id))
        except ValueError:
            return None, column
        return record, column

    def _shown(self, column, raw_json: str) -> str:
        value = json.loads(raw_json)
        if column is None:
            return "" if value is None else json.dumps(value, ensure_ascii=False)
        try:
            value = _value(self.db, column, value)
        except Exception:  # noqa: BLE001 - a note this account cannot open: never its text
            return "…"
        return "" if value is None else str(value)


def _value(db: Database, column, raw):
    """A value as the journal stores it, made what the ORM holds (a note opened, a date)."""
    if isinstance(raw, dict) and set(raw) == {"b64"}:
        raw = base64.b64decode(raw["b64"])
    processor = column.type.result_processor(db.engine.dialect, None)
    return processor(raw) if processor is not None and raw is not None else raw


def _model_of(table: str):
    for mapper in SQLModel._sa_registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None


def _label(s, kind: str, record) -> str:
    """Whose record it is, as a person recognises it: the pupil's name where there is one."""
    if record is None:
        return ""
    if kind == "pupil":
        return f"{record.surname} {record.given_name}"
    pupil_id = getattr(record, "pupil_id", None)
    if pupil_id is not None:
        pupil = s.get(Pupil, pupil_id)
        if pupil is not None:
            return f"{pupil.surname} {pupil.given_name}"
    return ""


def _time(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)

