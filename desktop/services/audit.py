"""The audit trail: what happened, who did it and when; never what a record says.

Two ways in:
- every create, change and (soft) delete of a Tracked row is recorded by a `before_flush`
  hook, in the same transaction as the change itself: a save that rolls back leaves no
  entry, and no save can skip its entry;
- sign-in and sign-out, opening confidential notes, exports, prints and PDFs are recorded
  by the code that does them, through AuditService.record().

Both end in append_entries(), which chains the new entries: each gets the next seq and a
hash over its fields and the previous entry's hash (desktop/models/audit.py). verify()
walks the chain.
The actor is the Database's `actor` (set at sign-in, desktop/vault.py), carried into every
session's `info`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import String, event, func, inspect as sa_inspect, text, type_coerce
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from ..models.audit import (
    ACTIONS, CREATE, DELETE, GENESIS, UPDATE, AuditFilter, AuditRow, VerifyResult, entry_hash,
)
from ..models.base import Tracked, utcnow
from ..models.tables import AuditEntry
from .context import AUDIT_READ, Context

if TYPE_CHECKING:
    from ..db import Database

# Bookkeeping columns every save touches: not worth naming in an update's detail.
_BOOKKEEPING = frozenset({"updated_at", "updated_by"})
# Names of the triggers the migration (0004) creates; verify() checks they are still there.
_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")
_CHUNK = 2000
_INSERT = AuditEntry.__table__.insert()


# --- recording: the flush hook ----------------------------------------------------------


def install_audit_hook() -> None:
    """Register the hook on every ORM session (once; Database() calls this)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


def _before_flush(session: Session, _flush_context, _instances) -> None:
    events: list[tuple[str, str, str, str]] = []  # (action, entity, entity_id, detail)
    for obj in session.new:
        if isinstance(obj, AuditEntry):  # added by hand: chained like any other entry
            session.expunge(obj)
            events.append((obj.action, obj.entity, obj.entity_id, obj.detail))
        elif isinstance(obj, Tracked):
            events.append(_event(CREATE, obj))
    for obj in session.dirty:
        if isinstance(obj, Tracked):
            event_ = _change_event(obj)
            if event_ is not None:
                events.append(event_)
    for obj in session.deleted:
        if isinstance(obj, Tracked):  # a hard delete (the services only soft-delete)
            events.append(_event(DELETE, obj, "permanent"))
    if events:
        append_entries(session, events)


def _event(action: str, obj: Tracked, detail: str = "") -> tuple[str, str, str, str]:
    # Link rows (SessionPupil, ObservationPupil, ObservationForm) are not Tracked: they are
    # part of their session or observation, whose own save is recorded.
    return action, obj.__tablename__, str(obj.id), detail


def _change_event(obj: Tracked) -> tuple[str, str, str, str] | None:
    state = sa_inspect(obj)
    changed = {
        attr.key for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }
    if not changed:  # touched, but every value is what it was
        return None
    if "deleted_at" in changed and obj.deleted_at is not None:
        before = state.attrs["deleted_at"].history.deleted
        if all(v is None for v in before):
            return _event(DELETE, obj)
    # Column names only, never values. Saved with nothing but the stamp changed (e.g. only
    # a session's pupils changed): an update with no columns named.
    return _event(UPDATE, obj, ",".join(sorted(changed - _BOOKKEEPING)))


def append_entries(session: Session, events: list[tuple[str, str, str, str]]) -> None:
    """Chain and insert entries in the session's transaction: they are committed, or
    rolled back, with whatever else the transaction holds. A Core insert: building ORM
    objects for them would cost more than the rest of the hook together."""
    conn = session.connection()
    # Take SQLite's write lock before reading the end of the chain: the driver starts a
    # transaction only at the first write, and until then another connection could extend
    # the chain between our read and our insert. This no-op DELETE touches no row (so the
    # append-only trigger does not fire) but makes this transaction the only writer.
    conn.exec_driver_sql("DELETE FROM audit_entry WHERE 0")
    # The end of the chain, and the highest seq ever used (sqlite_sequence): after entries
    # were removed from the end, new ones leave a gap there that verify() reports, instead
    # of quietly reusing their numbers.
    high, last_seq, last_hash = conn.exec_driver_sql(
        "SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'),"
        " (SELECT seq FROM audit_entry ORDER BY seq DESC LIMIT 1),"
        " (SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1)").one()
    seq = max(last_seq or 0, high or 0)
    prev = last_hash if last_seq else GENESIS
    at = utcnow()
    actor = session.info.get("actor", "")
    rows = []
    for action, entity, entity_id, detail in events:
        seq += 1
        digest = entry_hash(seq, at, actor, action, entity, entity_id, detail, prev)
        rows.append({"seq": seq, "at": at, "actor": actor, "action": action, "entity": entity,
                     "entity_id": entity_id, "detail": detail, "prev_hash": prev,
                     "hash": digest})
        prev = digest
    conn.execute(_INSERT, rows)


def _highest_seq_used(conn) -> int:
    return conn.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'").scalar() or 0


# --- the service --------------------------------------------------------------------------


class AuditService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def record(self, action: str, entity: str = "", entity_id: object = "",
               detail: str = "") -> None:
        """An event the save hook cannot see: sign-in/out, reading notes, an export, a
        print, a PDF. `detail` is a short code or a count, never personal text."""
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action: {action!r}")
        with self.db.session() as s:
            append_entries(s, [(action, entity, str(entity_id or ""), detail)])

    # --- browsing ------------------------------------------------------------------------

    def entries(self, f: AuditFilter = AuditFilter(), offset: int = 0,
                limit: int = 200) -> list[AuditRow]:
        """Newest first."""
        self._require()
        stmt = _filtered(select(
            # The time as stored: a damaged one shows as None instead of raising.
            AuditEntry.seq, type_coerce(AuditEntry.at, String), AuditEntry.actor,
            AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail,
        ), f).order_by(col(AuditEntry.seq).desc()).offset(offset).limit(limit)
        with self.db.session() as s:
            rows = s.exec(stmt).all()
        return [AuditRow(r[0], _parse_time(r[1]), *r[2:]) for r in rows]

    def count(self, f: AuditFilter = AuditFilter()) -> int:
        self._require()
        with self.db.session() as s:
            return s.exec(_filtered(select(func.count()).select_from(AuditEntry), f)).one()

    # --- checking ------------------------------------------------------------------------

    def verify(self) -> VerifyResult:
        """Recompute every hash in order; check each entry follows the one before and no
        number is missing. Reads the trail in chunks. Never raises for what it finds."""
        self._require()
        checked = 0
        try:
            with self.db.engine.connect() as conn:
                # Read before walking: entries added meanwhile come after this number.
                high = _highest_seq_used(conn)
                prev_seq, prev_hash = 0, GENESIS
                for row in _rows(conn):
                    broken = _check(row, prev_seq, prev_hash)
                    if broken is not None:
                        return VerifyResult(False, checked, *broken)
                    checked += 1
                    prev_seq, prev_hash = row[0], row[8]
                if high > prev_seq:
                    return VerifyResult(
                        False, checked, prev_seq + 1,
                        f"entries #{prev_seq + 1} to #{high} are missing from the end")
                missing = _missing_triggers(conn)
        except SQLAlchemyError:
            return VerifyResult(False, checked, None,
                                "the audit trail cannot be read (its table is missing or damaged)")
        if missing:
            return VerifyResult(False, checked, None,
                                "the database no longer refuses changes to the trail "
                                "(its protecting triggers were removed)")
        return VerifyResult(True, checked)

    def _require(self) -> None:
        self.ctx.require(AUDIT_READ)


def _filtered(stmt, f: AuditFilter):
    for column, value in ((AuditEntry.actor, f.actor), (AuditEntry.action, f.action),
                          (AuditEntry.entity, f.entity), (AuditEntry.entity_id, f.entity_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    if f.since is not None:
        stmt = stmt.where(AuditEntry.at >= f.since)
    if f.until is not None:
        stmt = stmt.where(AuditEntry.at < f.until)
    return stmt


def _rows(conn) -> Iterator[tuple]:
    """Every entry in seq order, _CHUNK at a time, as stored (no type conversion, so a
    damaged value is reported, not raised)."""
    after = 0
    while True:
        chunk = conn.execute(text(
            "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash "
            "FROM audit_entry WHERE seq > :after ORDER BY seq LIMIT :n"
        ), {"after": after, "n": _CHUNK}).all()
        yield from chunk
        if len(chunk) < _CHUNK:
            return
        after = chunk[-1][0]


def _check(row: tuple, prev_seq: int, prev_hash: str) -> tuple[int, str] | None:
    """(seq, reason) when this entry breaks the chain, else None."""
    seq, at, actor, action, entity, entity_id, detail, stored_prev, stored_hash = row
    if seq != prev_seq + 1:
        if seq == prev_seq + 2:
            return prev_seq + 1, "the entry is missing"
        return prev_seq + 1, f"the entry is missing (so are those up to #{seq - 1})"
    if stored_prev != prev_hash:
        if prev_seq == 0:
            return seq, "it is not the start of the trail (entries before it were removed)"
        return seq, (f"it does not follow entry #{prev_seq} "
                     f"(entry #{prev_seq} was rewritten, or this one was put in its place)")
    when = _parse_time(at)
    if when is None:
        return seq, "its time is unreadable (the entry was changed)"
    try:
        expected = entry_hash(seq, when, actor, action, entity, entity_id, detail, stored_prev)
    except (TypeError, ValueError):
        return seq, "the entry is malformed (it was changed)"
    if expected != stored_hash:
        return seq, "its contents do not match its hash (the entry was changed)"
    return None


def _parse_time(raw) -> datetime | None:
    """The stored UTC time (SQLAlchemy writes 'YYYY-MM-DD HH:MM:SS.ffffff', no zone)."""
    if not isinstance(raw, str):
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def _missing_triggers(conn) -> list[str]:
    present = dict(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'"
    ).all())
    return [n for n in _TRIGGERS if "RAISE(ABORT" not in (present.get(n) or "").upper()]
