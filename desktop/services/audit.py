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

record() takes only the (action, entity) pairs in RECORDABLE, each from the role whose own
actions produce it. Each entry is signed by its author: the signed-in account's identity
(Ed25519, desktop/security/grants.py) signs the entry's hash, so an entry cannot be changed,
moved or made up for another account without its key, and since the hash covers the entry
before, a signed entry vouches for the whole chain up to it. verify() accepts a signature
only from a key a psychologist has vouched for as that account's (Keyring.sign_keys). The
chain's head is anchored outside the database (keys.json, each backup's manifest), and once
more sealed with a key only psychologists hold; see "the head anchored outside the
database" below for what that protects against, and what it cannot.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import String, event, func, inspect as sa_inspect, text, type_coerce
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from ..models import Account
from ..models.audit import (
    ACTIONS, CREATE, DELETE, EXPORT, GENESIS, IMPORT, PASSWORD_CHANGE, PASSWORD_RESET, PDF, PRINT,
    READ_NOTES, RECOVERY, SIGN_IN, SIGN_OUT, UPDATE, AuditFilter, AuditRow, VerifyResult,
    entry_hash,
)
from ..models.base import Tracked, utcnow
from ..models.tables import AuditEntry
from ..security import Keyring, KeyringError, NOTES
from ..security.grants import verify_signature
from .change_feed import collect, note_kinds
from .context import (
    ACCOUNTS_MANAGE, AUDIT_READ, COUNCIL_READ, COUNTS_READ, NOTES_READ, PUPILS_READ, REFERRALS_READ, Context,
    NotAllowed,
)

if TYPE_CHECKING:
    from ..db import Database

# Bookkeeping columns every save touches: not worth naming in an update's detail.
_BOOKKEEPING = frozenset({"updated_at", "updated_by"})
# Names of the triggers the migration (0004) creates; verify() checks they are still there.
_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")
_CHUNK = 2000
_INSERT = AuditEntry.__table__.insert()

# What AuditService.record() accepts, and from whom: (action, entity) -> the right the
# signed-in role must hold, or OWN for an entry about the actor's own account (its id, or
# none). Each pair is what one piece of code records for an action of its own (the file
# named); anything else is refused with NotAllowed, so no role - the head teacher least of
# all, who holds only COUNTS_READ - can write arbitrary entries through the service.
# Creates, changes and deletes of records come from the save hook, never from here.
OWN = "own account"
RECORDABLE: dict[tuple[str, str], str] = {
    (SIGN_IN, "account"): OWN,                        # desktop/vault.py
    (SIGN_OUT, "account"): OWN,
    (PASSWORD_CHANGE, "account"): OWN,                # services/accounts.py
    (PASSWORD_RESET, "account"): ACCOUNTS_MANAGE,
    (READ_NOTES, "counselling_session"): NOTES_READ,  # services/sessions.py
    (EXPORT, ""): PUPILS_READ,                        # services/export.py
    (EXPORT, "pupil"): PUPILS_READ,
    (PRINT, "pupil"): PUPILS_READ,                    # views/referrals/printing.py: consent forms
    (PDF, "pupil"): PUPILS_READ,
    (PRINT, "referral"): REFERRALS_READ,              # views/referrals/printing.py,
    (PDF, "referral"): REFERRALS_READ,                # commands/referral.py
    (PRINT, "term_summary"): COUNTS_READ,             # views/reports/term_summary_page.py
    (PDF, "term_summary"): COUNTS_READ,
    (EXPORT, "term_summary"): COUNTS_READ,
    (CREATE, "demo"): ACCOUNTS_MANAGE,                # cli.py: `senim demo` filling a journal
    (PRINT, "council_meeting"): COUNCIL_READ,         # views/council: the minutes,
    (PDF, "council_meeting"): COUNCIL_READ,           # commands/council.py
    (PRINT, "accompaniment"): COUNCIL_READ,           # views/council: the plan, the notice
    (PDF, "accompaniment"): COUNCIL_READ,
}


# --- recording: the flush hook ----------------------------------------------------------


def install_audit_hook() -> None:
    """Register the hook on every ORM session (once; Database() calls this)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


def _before_flush(session: Session, _flush_context, _instances) -> None:
    collect(session)
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
    identity = session.info.get("identity")
    # Entries written by hand for rows the flush hook does not see (an import, settings,
    # holiday corrections) say what changed too.
    note_kinds(session, *(entity for action, entity, _id, _detail in events
                          if action in (CREATE, UPDATE, DELETE, IMPORT)))
    signer = "" if identity is None else identity.public().sign.hex()
    rows = []
    for action, entity, entity_id, detail in events:
        seq += 1
        digest = entry_hash(seq, at, actor, action, entity, entity_id, detail, prev)
        signature = "" if identity is None else identity.sign(digest.encode()).hex()
        rows.append({"seq": seq, "at": at, "actor": actor, "action": action, "entity": entity,
                     "entity_id": entity_id, "detail": detail, "prev_hash": prev,
                     "hash": digest, "signer": signer, "signature": signature})
        prev = digest
    conn.execute(_INSERT, rows)


def _own_account_id(s: Session, actor: str) -> str:
    found = s.exec(select(Account.id).where(Account.user_name == actor)).first()
    return "" if found is None else str(found)


def _highest_seq_used(conn) -> int:
    return conn.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'").scalar() or 0


# --- the head anchored outside the database ------------------------------------------------
#
# After sign-in, sign-out (and so the app's lock and close), a recovery and every backup,
# the trail's head (last seq and its hash) is written to keys.json beside the journal, and
# each backup's manifest carries the head of its copy. verify() checks the trail reaches
# the anchor and that the entry there still has the anchored hash. The anchor only ever
# moves forward along a chain that checks out from it, so a trail whose end was removed or
# rewritten keeps the anchor that shows it.
#
# A psychologist's anchoring also writes a sealed copy (Keyring.set_sealed_head), with a key
# only psychologists hold; verify() checks the trail reaches it too. What remains open to
# someone holding only the journal key and the files (a counsellor, say), and why:
# - the entries they write themselves are theirs, signed with their own key, and the plain
#   anchor moves with them; entries after the psychologists' last anchor can be removed
#   together with that plain anchor (the sealed one stays behind and shows entries before
#   it gone, never those after);
# - an older keys.json (from a backup) put back brings an older sealed anchor: entries after
#   it can then be removed unseen unless a backup's manifest, taken later, still has them.

_KEYRING = object()
_REWRITTEN = ("entry #{n} is not the one anchored outside the journal: the trail up to it "
              "was rewritten")


def head(conn) -> tuple[int, str] | None:
    """The last entry's (seq, hash), or None for an empty trail."""
    row = conn.exec_driver_sql(
        "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").first()
    return None if row is None else (int(row[0]), str(row[1]))


def read_anchor(db: Database) -> tuple[int, str] | None:
    folder = db.path.parent
    if not Keyring.exists(folder):
        return None
    try:
        return Keyring.load(folder).audit_head
    except (OSError, KeyringError):
        return None


def store_anchor(db: Database) -> tuple[int, str] | None:
    """Write the trail's head to keys.json beside the journal, if it extends the anchor
    already there along a chain that checks out (and, for a psychologist, the sealed copy).
    Returns the anchor now kept."""
    folder = db.path.parent
    if not Keyring.exists(folder):
        return None
    keyring = Keyring.load(folder)
    old = keyring.audit_head
    with db.engine.connect() as conn:
        now = head(conn)
        if now is None:
            return old
        if old is not None:
            if old[0] < 0 or now[0] < old[0]:
                return old
            if old[0] > 0:
                # Only forward, and only along a chain that follows from the anchor.
                prev_seq, prev_hash = old
                found = conn.exec_driver_sql(
                    "SELECT hash FROM audit_entry WHERE seq = ?", (old[0],)).scalar()
                if found != old[1]:
                    return old
                for row in _rows(conn, after=old[0]):
                    if check_link(row, prev_seq, prev_hash) is not None:
                        return old
                    prev_seq, prev_hash = row[0], row[8]
                now = (prev_seq, prev_hash)
    keyring.set_audit_head(*now)
    notes = None if db.keys is None else db.keys.notes
    if notes is not None and keyring.sealed_head(notes) is not False:
        keyring.set_sealed_head(*now, notes)  # never over a seal that does not check out
    return now


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
        entity_id = str(entity_id or "")
        right = RECORDABLE.get((action, entity))
        if right is None:
            raise NotAllowed(f"audit.{action}.{entity or '-'}")
        with self.db.session() as s:
            if right == OWN:
                if entity_id and entity_id != _own_account_id(s, self.ctx.actor):
                    raise NotAllowed(f"audit.{action}.another account")
            else:
                self.ctx.require(right)
            append_entries(s, [(action, entity, entity_id, detail)])

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

    def verify(self, anchor: object = _KEYRING) -> VerifyResult:
        """Recompute every hash in order; check each entry follows the one before and no
        number is missing; and check the trail against its head anchored outside the
        database (`anchor`: (seq, hash), None for none; by default the one in keys.json
        beside the journal). Reads the trail in chunks. Never raises for what it finds."""
        self._require()
        signatures = _Signatures.of(self.db) if anchor is _KEYRING else None
        sealed = None if signatures is None else signatures.sealed_head
        backup = None
        if anchor is _KEYRING:
            anchor = read_anchor(self.db)
            backup = _backup_anchor(self.db)
        checked = 0
        try:
            with self.db.engine.connect() as conn:
                # Read before walking: entries added meanwhile come after this number.
                high = _highest_seq_used(conn)
                prev_seq, prev_hash = 0, GENESIS
                for row in _rows(conn):
                    broken = check_link(row, prev_seq, prev_hash)
                    if broken is None and signatures is not None:
                        broken = signatures.check(row)
                    if broken is not None:
                        return VerifyResult(False, checked, *broken)
                    for kept in (anchor, sealed, backup):
                        if kept and row[0] == kept[0] and row[8] != kept[1]:
                            return VerifyResult(False, checked, row[0],
                                                _REWRITTEN.format(n=row[0]))
                    checked += 1
                    prev_seq, prev_hash = row[0], row[8]
                if anchor is not None and anchor[0] < 0:
                    return VerifyResult(False, checked, None, "the trail's head kept in "
                                        "keys.json is unreadable (the keyring was edited)")
                if sealed is False or (sealed is None and signatures is not None
                                       and signatures.psychologist_signed):
                    return VerifyResult(False, checked, None, "the trail's head kept in "
                                        "keys.json by the psychologists is missing or its seal "
                                        "does not check out (the keyring was edited)")
                for kept in (anchor, sealed, backup):
                    if kept and kept[0] > prev_seq:
                        return VerifyResult(
                            False, checked, prev_seq + 1,
                            f"entries after #{prev_seq} are missing: the head kept outside "
                            f"the journal says the trail reached #{kept[0]}")
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


def anchor_head(db: Database) -> None:
    """Keep the audit trail's head (last seq and hash) in the keyring beside the journal,
    outside the database (store_anchor). Never raises: an anchor not written only leaves
    the older one in place (vault.py at sign-in and out, backups.py after each backup)."""
    try:
        store_anchor(db)
    except Exception:  # noqa: BLE001 - the anchor is a second line; the save already holds
        logging.getLogger(__name__).warning("the audit trail's head could not be anchored",
                                            exc_info=True)


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


def _backup_anchor(db: Database) -> tuple[int, str] | None:
    """The head kept in the newest verified backup's manifest: the journal's `backup_head`
    reads it (desktop/backups.newest_backup_head, set by desktop/vault.py at sign-in; a
    journal opened by tests or tools has none)."""
    source = getattr(db, "backup_head", None)
    found = None if source is None else source()
    return None if found is None else found[0]


class _Signatures:
    """The entries' signatures, checked against the signing keys a psychologist vouched for
    (Keyring.sign_keys). Entries of earlier versions carry none: unsigned entries are taken
    only before the first signed one, which vouches for them through the chain."""

    def __init__(self, keyring, notes_key: bytes):
        self.keyring, self.notes_key = keyring, notes_key
        self.sealed_head = keyring.sealed_head(notes_key)
        self._keys: dict[str, frozenset[bytes]] = {}
        self.signed = False
        self.psychologist_signed = False  # a psychologist's entry: a sealed head must exist

    @classmethod
    def of(cls, db: Database) -> _Signatures | None:
        """None without a keyring beside the journal or without the notes key to check with
        (a journal opened by tests or tools with the journal key alone)."""
        notes = None if db.keys is None else db.keys.notes
        if notes is None or not Keyring.exists(db.path.parent):
            return None
        try:
            return cls(Keyring.load(db.path.parent), notes)
        except (OSError, KeyringError):
            return None

    def check(self, row: tuple) -> tuple[int, str] | None:
        seq, actor, digest, signer, signature = row[0], row[2], row[8], row[9], row[10]
        if not signature:
            if self.signed:
                return seq, ("it is not signed by its author (it was written outside Senim, "
                             "or its signature was removed)")
            return None
        self.signed = True
        try:
            public, raw = bytes.fromhex(signer), bytes.fromhex(signature)
        except (TypeError, ValueError):
            return seq, "its signature is malformed (the entry was changed)"
        if public not in self._keys_of(actor):
            return seq, (f"it is signed with a key that no psychologist has vouched for as "
                         f"{actor or 'the system'}'s (made up, or from an account not yet "
                         f"confirmed)")
        if not verify_signature(public, raw, digest.encode()):
            return seq, "its signature does not match it (the entry was changed)"
        if self._is_psychologist(actor):
            self.psychologist_signed = True
        return None

    def _keys_of(self, actor: str) -> frozenset[bytes]:
        if actor not in self._keys:
            self._keys[actor] = self.keyring.sign_keys(actor, self.notes_key)
        return self._keys[actor]

    def _is_psychologist(self, actor: str) -> bool:
        return NOTES in (self.keyring.granted(actor) or frozenset())


def _rows(conn, after: int = 0) -> Iterator[tuple]:
    """Every entry (after seq `after`) in seq order, _CHUNK at a time, as stored (no type
    conversion, so a damaged value is reported, not raised)."""
    while True:
        chunk = conn.execute(text(
            "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash, "
            "signer, signature FROM audit_entry WHERE seq > :after ORDER BY seq LIMIT :n"
        ), {"after": after, "n": _CHUNK}).all()
        yield from chunk
        if len(chunk) < _CHUNK:
            return
        after = chunk[-1][0]


def check_link(row: tuple, prev_seq: int, prev_hash: str) -> tuple[int, str] | None:
    """(seq, reason) when this entry breaks the chain, else None."""
    seq, at, actor, action, entity, entity_id, detail, stored_prev, stored_hash = row[:9]
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
