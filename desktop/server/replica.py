"""A laptop's side of the team journal: its sync_state, the server's last version of each
record (sync_base), what waits to be pushed (sync_outbox) and writing what was pulled without
marking it to be pushed back (models/sync.py has the tables)."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from .connection import parse_url
from .records import dumps, ensure_triggers


@dataclass(frozen=True)
class State:
    server_url: str
    school_id: str
    device_id: str
    user_name: str
    last_pulled: int
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    offline_since: datetime | None
    last_error: str


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _time(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def state(conn) -> State | None:
    row = conn.exec_driver_sql(
        "SELECT server_url, school_id, device_id, user_name, last_pulled, last_success_at, "
        "last_attempt_at, offline_since, last_error FROM sync_state WHERE id = 1").fetchone()
    if row is None:
        return None
    return State(row[0], row[1], row[2], row[3], row[4], _time(row[5]), _time(row[6]),
                 _time(row[7]), row[8])


def begin(conn, url: str, school_id: str, device_id: str, user: str) -> None:
    """This journal is now a replica of the school's server (in the caller's transaction)."""
    conn.exec_driver_sql(
        "INSERT INTO sync_state (id, server_url, database, school_id, device_id, user_name, "
        "joined_at, last_pulled, last_error, applying) VALUES (1, ?, ?, ?, ?, ?, ?, 0, '', 0)",
        (url, parse_url(url)["dbname"], school_id, device_id, user, now().isoformat(sep=" ")))
    ensure_triggers(conn)


@contextmanager
def applying(conn):
    """Writes inside are the server's, not this laptop's: the triggers do not mark them."""
    conn.exec_driver_sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    try:
        yield
    finally:
        conn.exec_driver_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")


def set_base(conn, kind: str, record_id: str, seq: int, body: dict | None,
             secret: dict | None) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_base (kind, record_id, seq, body, secret) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq, body = excluded.body, "
        "secret = excluded.secret",
        (kind, record_id, seq, dumps(body), dumps(secret) if secret is not None else ""))


def set_bases(conn, rows) -> None:
    """set_base for many: (kind, record id, seq, body JSON text, secret JSON text or "")."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.executemany(
            "INSERT INTO sync_base (kind, record_id, seq, body, secret) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (kind, record_id) DO UPDATE SET seq = excluded.seq, "
            "body = excluded.body, secret = excluded.secret", rows)
    finally:
        cursor.close()


def base(conn, kind: str, record_id: str) -> tuple[int, dict | None, dict | None] | None:
    row = conn.exec_driver_sql(
        "SELECT seq, body, secret FROM sync_base WHERE kind = ? AND record_id = ?",
        (kind, record_id)).fetchone()
    if row is None:
        return None
    return row[0], json.loads(row[1]), (json.loads(row[2]) if row[2] else None)


def outbox(conn) -> list[tuple[str, str, int]]:
    return [tuple(r) for r in conn.exec_driver_sql(
        "SELECT kind, record_id, gen FROM sync_outbox ORDER BY rowid")]


def waiting(conn) -> int:
    return conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").fetchone()[0]


def pushed(conn, kind: str, record_id: str, gen: int) -> None:
    """Off the outbox, unless it changed again since it was read (its gen moved on)."""
    conn.exec_driver_sql("DELETE FROM sync_outbox WHERE kind = ? AND record_id = ? AND gen = ?",
                         (kind, record_id, gen))


def open_conflicts(conn) -> int:
    return conn.exec_driver_sql(
        "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()[0]


def note_attempt(conn, error: str = "") -> None:
    stamp = now().isoformat(sep=" ")
    if error:
        conn.exec_driver_sql(
            "UPDATE sync_state SET last_attempt_at = ?, last_error = ?, "
            "offline_since = COALESCE(offline_since, ?) WHERE id = 1", (stamp, error, stamp))
    else:
        conn.exec_driver_sql(
            "UPDATE sync_state SET last_attempt_at = ?, last_success_at = ?, last_error = '', "
            "offline_since = NULL WHERE id = 1", (stamp, stamp))
