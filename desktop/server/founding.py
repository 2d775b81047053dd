"""`senim server init`: an empty PostgreSQL database becomes the school's server, with this
laptop's journal as its first replica.

In one server transaction: the schema and the rights (schema.py, roles.py), the school, the
keyring, the accounts (the one signing in gets its login; the others get theirs when a
psychologist sets them a password, `senim accounts password`), this laptop as a device, and
every record. Then, in one journal transaction, the journal remembers the server and each
record's version there. A failure before the server commits leaves both as they were.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from ..models.text import user_key
from . import replica, schema
from .connection import NotSenim, ServerFault, connect, login_role, login_secret, scram_verifier
from .connection import parse_url, public_url
from .records import dumps, kinds, read_all
from .roles import ROLES, group
from .team_accounts import send_entries
from ..security import Keyring


class NotEmpty(ServerFault):
    code = "not-empty"


@dataclass
class Founded:
    school_id: str
    device_id: str
    records: int = 0
    accounts: list[tuple[str, str, bool]] = field(default_factory=list)  # (name, role, login)
    roles: list[str] = field(default_factory=list)


def found_school(url: str, owner_password: str, db, keyring_bytes: bytes, user: str,
                 password: str) -> Founded:
    """`db` is the signed-in psychologist's journal, `user`/`password` their credentials (for
    their server login), `keyring_bytes` the data folder's keys.json."""
    parts = parse_url(url)
    owner = parts.get("user")
    if not owner:
        raise NotSenim("name the database's owner in the address: postgresql://OWNER@HOST/DB")
    with db.engine.connect() as local:
        if replica.state(local) is not None:
            raise NotSenim("this journal already belongs to a school server")
    conn = connect(url, owner, owner_password)
    try:
        if not schema.is_empty(conn):
            raise NotEmpty("the database is not empty: Senim sets up its school server only in "
                           "a new, empty database")
        can_create = conn.execute(
            "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone()[0]
        if not can_create:
            raise NotSenim("the database's owner may not create roles (CREATEROLE): Senim "
                           "makes a login for each account")
        school_id, device_id = str(uuid.uuid4()), str(uuid.uuid4())
        founded = Founded(school_id, device_id,
                          roles=[group(conn.info.dbname, r) for r in ROLES])
        schema.create(conn)
        conn.execute("INSERT INTO senim.school (id) VALUES (%s)", (school_id,))
        conn.execute("INSERT INTO senim.keyring (version, body) VALUES (1, %s)",
                     (keyring_bytes.decode("utf-8"),))
        dbname = conn.info.dbname
        me = _register_accounts(conn, db, dbname, user, password, founded)
        send_entries(conn, Keyring.load(db.path.parent), [a[0] for a in founded.accounts])
        conn.execute("INSERT INTO senim.device (id, login) VALUES (%s, %s)", (device_id, me))
        seqs = _upload(conn, db, school_id, device_id, founded)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
    with db.engine.begin() as local:
        replica.begin(local, public_url(url), school_id, device_id, user)
        for (kind, record_id), (seq, body, secret) in seqs.items():
            replica.set_base(local, kind, record_id, seq, body, secret)
        top = max((s for s, _, _ in seqs.values()), default=0)
        local.exec_driver_sql("UPDATE sync_state SET last_pulled = ? WHERE id = 1", (top,))
        replica.note_attempt(local)
    return founded


def _register_accounts(conn, db, dbname: str, user: str, password: str,
                       founded: Founded) -> str:
    me = login_role(dbname, user)
    with db.engine.connect() as local:
        rows = local.exec_driver_sql(
            "SELECT user_name, display_name, role, active FROM account "
            "WHERE deleted_at IS NULL ORDER BY user_name").fetchall()
    for name, display, role, active in rows:
        mine = user_key(name) == user_key(user)
        verifier = scram_verifier(login_secret(dbname, user, password)) if mine else None
        conn.execute("SELECT senim.add_account(%s, %s, %s, %s, %s)",
                     (name, login_role(dbname, name), role, display, verifier))
        if not active:
            conn.execute("SELECT senim.revoke_account(%s)", (name,))
        founded.accounts.append((name, role, verifier is not None and bool(active)))
    return me


def _upload(conn, db, school_id: str, device_id: str, founded: Founded) -> dict:
    out = {}
    with db.engine.connect() as local:
        for kind in kinds():
            rows = []
            for record_id, body, secret in read_all(local, kind):
                rows.append((school_id, kind, record_id, dumps(body),
                             dumps(secret) if secret else None, device_id))
                out[(kind, record_id)] = [0, body, secret or None]
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO senim.record (school_id, kind, id, body, secret, device, seq, "
                    "changed_by, changed_at) VALUES (%s, %s, %s, %s, %s, %s, 0, '', now())",
                    rows)
            founded.records += len(rows)
    for kind, record_id, seq in conn.execute("SELECT kind, id, seq FROM senim.record"):
        out[(kind, record_id)][0] = seq
    return {k: tuple(v) for k, v in out.items()}
