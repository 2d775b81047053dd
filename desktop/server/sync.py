"""One round of sync: push what this laptop changed, then pull what the others did.

The journal is always written first and is never waited for: sync runs when the server
answers and leaves the journal usable when it does not. Pushing happens in one server
transaction (all of this round's changes, or none) and then one journal transaction; a laptop
killed between the two pushes the same changes again next time, and the merge finds them
already there (nothing duplicated, nothing lost). Pulling applies the server's changes in its
own order (the change sequence), never by laptop clocks, in batches, each batch with the point
reached in one journal transaction.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from . import replica, schema
from .connection import (
    BadLogin, connect, login_role, login_secret, lost_connection, parse_url, still_an_account,
)
from .merge import merge
from .records import dumps, read_record, write_record, write_records
from .roles import writable_kinds
from .audit_chains import push_audit
from .head_laptop import publish_to_server
from .team_accounts import exchange

PULL_BATCH = 2000


@dataclass
class Outcome:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0  # new in this round
    published: bool = False  # this laptop's counts for the head teacher sent
    audit: int = 0  # this laptop's audit entries sent


@dataclass(frozen=True)
class Login:
    """How this laptop's signed-in account reaches the server: its login role and the secret
    derived from its password (connection.login_secret), kept in memory while signed in."""

    role_name: str  # the PostgreSQL login
    secret: str
    role: str  # psychologist, counsellor or head

    @classmethod
    def of(cls, url: str, user: str, password: str, role: str) -> "Login":
        dbname = parse_url(url)["dbname"]
        return cls(login_role(dbname, user), login_secret(dbname, user, password), role)


def sync_once(db, login: Login) -> Outcome:
    with db.engine.connect() as local:
        st = replica.state(local)
    if st is None:
        raise ValueError("this journal has not joined a school server")
    try:
        conn = _connect(db, st, login)
    except Exception as exc:
        with db.engine.begin() as local:
            replica.note_attempt(local, getattr(exc, "code", type(exc).__name__))
        raise
    try:
        schema.check(conn)
        still_an_account(conn)
        outcome = Outcome()
        exchange(conn, db, login)
        _push(conn, db, st, login, outcome)
        pull(conn, db, login, outcome)
        outcome.audit = push_audit(conn, db, st)
        outcome.published = publish_to_server(conn, db.path.parent, st.school_id)
    except Exception as exc:
        exc = lost_connection(exc)
        with db.engine.begin() as local:
            replica.note_attempt(local, getattr(exc, "code", type(exc).__name__))
        raise exc
    finally:
        conn.close()
    with db.engine.begin() as local:
        replica.note_attempt(local)
    return outcome


def _connect(db, st, login: Login):
    """Logged in with the account's secret; after a password changed here and not yet sent,
    with the previous one (the server knows only it until this round sends the new one)."""
    try:
        return connect(st.server_url, login.role_name, login.secret)
    except BadLogin:
        with db.engine.connect() as local:
            row = local.exec_driver_sql(
                "SELECT previous FROM sync_login WHERE own = 1 AND previous != ''").fetchone()
        if row is None:
            raise
        return connect(st.server_url, login.role_name, row[0])


# -- push ------------------------------------------------------------------------------------

def _push(conn, db, st, login: Login, outcome: Outcome) -> None:
    with db.engine.connect() as local:
        waiting = replica.outbox(local)
        if not waiting:
            return
        mine = {(k, r): read_record(local, k, r) for k, r, _ in waiting}
        bases = {(k, r): replica.base(local, k, r) for k, r, _ in waiting}
    allowed = set(writable_kinds(login.role))
    confidential = login.role == "psychologist"
    done = []
    with conn.transaction():
        conn.execute("INSERT INTO senim.device (id) VALUES (%s) ON CONFLICT (id) DO NOTHING",
                     (st.device_id,))
        conn.execute("UPDATE senim.device SET last_seen = now() WHERE id = %s",
                     (st.device_id,))
        for kind, record_id, gen in waiting:
            here = mine[(kind, record_id)]
            base = bases[(kind, record_id)]
            server = _server_row(conn, kind, record_id, confidential)
            if kind not in allowed:
                # Not this role's to change (the server would refuse it too): the server's
                # version comes back over it.
                done.append((kind, record_id, gen, server, None, []))
                continue
            body, secret = here if here is not None else (None, None)
            b_body, b_secret = (base[1], base[2]) if base else (None, None)
            if server is None:
                merged_body, conflicts = body, []
                merged_secret, more = secret, []
            else:
                merged_body, conflicts = merge(b_body, body, server[1])
                merged_secret, more = (merge(b_secret or {}, secret or {}, server[2] or {})
                                       if confidential else (None, []))
            conflicts = conflicts + more
            if server is None and body is None:
                done.append((kind, record_id, gen, None, None, []))
                continue
            if server is None or merged_body != server[1] or (
                    confidential and (merged_secret or None) != (server[2] or None)):
                seq = _write(conn, st, kind, record_id, merged_body,
                             merged_secret if confidential else None, server is None,
                             confidential)
                outcome.pushed += 1
            else:
                seq = server[0]
            done.append((kind, record_id, gen, (seq, merged_body,
                         merged_secret if confidential else None), here, conflicts))
    with db.engine.begin() as local, replica.applying(local):
        for kind, record_id, gen, server, here, conflicts in done:
            current = local.exec_driver_sql(
                "SELECT gen FROM sync_outbox WHERE kind = ? AND record_id = ?",
                (kind, record_id)).fetchone()
            changed_since = current is not None and current[0] != gen
            if server is not None:
                seq, body, secret = server
                if not changed_since and (here is None or (body, secret) != here):
                    write_record(local, kind, record_id, body,
                                 secret if confidential else None)
                replica.set_base(local, kind, record_id, seq, body, secret)
            for c in conflicts:
                _keep_conflict(local, kind, record_id, c)
                outcome.conflicts += 1
            replica.pushed(local, kind, record_id, gen)


def _server_row(conn, kind: str, record_id: str, confidential: bool):
    columns = "seq, body, secret" if confidential else "seq, body, NULL"
    row = conn.execute(f"SELECT {columns} FROM senim.record WHERE kind = %s AND id = %s "
                       "FOR UPDATE", (kind, record_id)).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def _write(conn, st, kind, record_id, body, secret, new: bool, confidential: bool) -> int:
    body_json = None if body is None else dumps(body)
    secret_json = dumps(secret) if confidential and secret else None
    if new:
        if confidential:
            row = conn.execute(
                "INSERT INTO senim.record (school_id, kind, id, body, secret, device, seq, "
                "changed_by, changed_at) VALUES (%s, %s, %s, %s, %s, %s, 0, '', now()) "
                "RETURNING seq", (st.school_id, kind, record_id, body_json, secret_json,
                                  st.device_id)).fetchone()
        else:
            row = conn.execute(
                "INSERT INTO senim.record (school_id, kind, id, body, device) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING seq",
                (st.school_id, kind, record_id, body_json, st.device_id)).fetchone()
    elif confidential:
        row = conn.execute("UPDATE senim.record SET body = %s, secret = %s, device = %s "
                           "WHERE kind = %s AND id = %s RETURNING seq",
                           (body_json, secret_json, st.device_id, kind, record_id)).fetchone()
    else:
        row = conn.execute("UPDATE senim.record SET body = %s, device = %s "
                           "WHERE kind = %s AND id = %s RETURNING seq",
                           (body_json, st.device_id, kind, record_id)).fetchone()
    return row[0]


def _keep_conflict(local, kind: str, record_id: str, c) -> None:
    local.exec_driver_sql(
        "INSERT INTO sync_conflict (id, kind, record_id, field, mine, theirs, found_at, "
        "resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, '')",
        (str(uuid.uuid4()), kind, record_id, c.field, dumps(c.mine), dumps(c.theirs),
         replica.now().isoformat(sep=" ")))


# -- pull ------------------------------------------------------------------------------------

def pull(conn, db, login: Login, outcome: Outcome) -> None:
    """Every change after the point reached, in the server's order, in batches read from
    the server but written in ONE journal transaction with the point reached: a record may
    refer to one that comes later in the order (a concern to the one it follows), which the
    foreign keys accept only at the commit. Killed midway, the round is undone whole and the
    next one does it again."""
    confidential = login.role == "psychologist"
    # As text: parsed once here, and kept as the base as it came.
    columns = ("kind, id, seq, body::text, secret::text" if confidential
               else "kind, id, seq, body::text, NULL")
    with db.engine.begin() as local, replica.applying(local):
        last = replica.state(local).last_pulled
        waiting = {(k, r) for k, r, _ in replica.outbox(local)}
        while True:
            rows = conn.execute(f"SELECT {columns} FROM senim.record WHERE seq > %s "
                                "ORDER BY seq LIMIT %s", (last, PULL_BATCH)).fetchall()
            conn.rollback()
            if not rows:
                break
            apply_pulled(local, rows, confidential, waiting, outcome)
            last = rows[-1][2]
        local.exec_driver_sql("UPDATE sync_state SET last_pulled = ? WHERE id = 1", (last,))


def apply_pulled(local, rows, confidential: bool, waiting: set, outcome: Outcome) -> None:
    """One batch of the server's changes, in its order. A record changed here and not yet
    pushed is left as it is: its next push merges it with this version (its base stays the
    older one). Written kind by kind (write_records); a record twice in one batch keeps its
    later version (the rows are in the server's order)."""
    latest: dict[tuple[str, str], tuple] = {}
    for kind, record_id, seq, body, secret in rows:
        if (kind, record_id) not in waiting:
            latest[(kind, record_id)] = (seq, body, secret)
    by_kind: dict[str, list] = {}
    bases = []
    for (kind, record_id), (seq, body, secret) in latest.items():
        parsed = None if body is None else json.loads(body)
        opened = json.loads(secret) if confidential and secret else ({} if confidential
                                                                      else None)
        by_kind.setdefault(kind, []).append((record_id, parsed, opened))
        bases.append((kind, record_id, seq, body if body is not None else "null",
                      (secret or "") if confidential else ""))
    for kind, items in by_kind.items():
        write_records(local, kind, items)
    replica.set_bases(local, bases)
    outcome.pulled += len(latest)
