"""Each laptop's audit trail on the school's server: one hash chain per device, appended in
each sync round, never changed there (no role may update or delete it).

Before sending more, a laptop checks that the server's end of its chain is the entry it last
sent: a server that lost or changed entries is found then (AuditMismatch), and sync stops
saying so. `verify_chains` checks every device's chain whole, as `senim server verify` shows a
psychologist (the links and each entry's hash; the signatures are checked on the laptop that
holds the signers' keys).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..models.audit import GENESIS
from ..services.audit import check_link
from .connection import ServerFault

FIELDS = ("seq", "at", "actor", "action", "entity", "entity_id", "detail", "prev_hash", "hash",
          "signer", "signature")
BATCH = 1000


class AuditMismatch(ServerFault):
    code = "audit-mismatch"


def push_audit(conn, db, st) -> int:
    """This journal's audit entries the server has not yet; returns how many were sent."""
    with db.engine.connect() as local:
        sent = local.exec_driver_sql("SELECT audit_pushed FROM sync_state WHERE id = 1"
                                     ).fetchone()[0]
        last_hash = None
        if sent:
            row = local.exec_driver_sql("SELECT hash FROM audit_entry WHERE seq = ?",
                                        (sent,)).fetchone()
            last_hash = row[0] if row else None
        rows = local.exec_driver_sql(
            f"SELECT {', '.join(FIELDS)} FROM audit_entry WHERE seq > ? ORDER BY seq",
            (sent,)).fetchall()
    end = conn.execute("SELECT seq, hash FROM senim.chain_end(%s)", (st.device_id,)).fetchone()
    conn.rollback()
    server_seq, server_hash = (end[0], end[1]) if end else (0, None)
    if server_seq != sent or (sent and server_hash != last_hash):
        raise AuditMismatch(
            "the school server does not hold this laptop's audit trail as it was sent "
            f"(it has {server_seq} of {sent} entries, or they were changed): sync stopped")
    if not rows:
        return 0
    with conn.transaction():
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO senim.audit (school_id, device, seq, body) VALUES (%s, %s, %s, %s)",
                [(st.school_id, st.device_id, r[0],
                  json.dumps(dict(zip(FIELDS, [str(v) if i == 1 else v
                                               for i, v in enumerate(r)])), ensure_ascii=False))
                 for r in rows])
    with db.engine.begin() as local:
        local.exec_driver_sql("UPDATE sync_state SET audit_pushed = ? WHERE id = 1",
                              (rows[-1][0],))
    return len(rows)


@dataclass(frozen=True)
class ChainCheck:
    device: str
    login: str
    entries: int
    problem: str | None  # None: whole


def verify_chains(conn) -> list[ChainCheck]:
    """Every device's chain on the server, checked link by link (a psychologist's login)."""
    devices = conn.execute("SELECT id, login FROM senim.device ORDER BY registered_at").fetchall()
    out = []
    for device, login in devices:
        prev_seq, prev_hash, problem, count = 0, GENESIS, None, 0
        for (body,) in conn.execute("SELECT body FROM senim.audit WHERE device = %s "
                                    "ORDER BY seq", (device,)):
            count += 1
            row = tuple(body.get(f) for f in FIELDS)
            found = check_link(row, prev_seq, prev_hash)
            if found is not None:
                problem = f"entry #{found[0]}: {found[1]}"
                break
            prev_seq, prev_hash = row[0], row[8]
        out.append(ChainCheck(str(device), login, count, problem))
    conn.rollback()
    return out
