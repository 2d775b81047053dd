"""The school's accounts and keyring in a sync round, before the records.

- Anyone: a new password of their own (SyncLogin, own) becomes their server login.
- A psychologist: the accounts changed on this laptop (SyncLogin marks them) made so on the
  server: an account added gets its login, a new password its verifier, a role changed moves
  it to that group, one stopped is revoked (its laptop stops syncing at its next attempt).
  Only changes made here: a journal that has not yet pulled a colleague's change must not
  undo it.
- The keyring: each account's entry changed here (SyncLogin marks it: a new password, new
  grants) is sent as the server's senim.keyring_entry row; then every laptop takes the
  server's entries in place of its own, except those it has not been able to send. So a
  password changed on one laptop opens the journal on every other after their next sync.
"""

from __future__ import annotations

import json

from ..security import Keyring
from .connection import login_role


def send_entries(conn, keyring, users) -> None:
    """These accounts' keyring entries as this laptop has them, to the server (RLS: one's own,
    or anyone's for a psychologist)."""
    for user in users:
        found = keyring.entry_of(user)
        if found is None:
            continue
        lookup, body = found
        conn.execute(
            "INSERT INTO senim.keyring_entry (user_name, lookup, body) VALUES (%s, %s, %s) "
            "ON CONFLICT (user_name) DO UPDATE SET lookup = excluded.lookup, "
            "body = excluded.body, updated_at = now(), updated_by = session_user",
            (user, lookup, json.dumps(body)))


def server_entries(conn) -> list[tuple[str, str, dict]]:
    rows = conn.execute("SELECT user_name, lookup, body FROM senim.keyring_entry").fetchall()
    return [(u, lk, b if isinstance(b, dict) else json.loads(b)) for u, lk, b in rows]


def exchange(conn, db, login) -> None:
    data_dir = db.path.parent
    with db.engine.connect() as local:
        queued = local.exec_driver_sql(
            "SELECT user_name, verifier, own FROM sync_login").fetchall()
        accounts = local.exec_driver_sql(
            "SELECT user_name, display_name, role, active FROM account "
            "WHERE deleted_at IS NULL").fetchall()
    psychologist = login.role == "psychologist"
    keyring = Keyring.load(data_dir)
    sent, held = [], []
    with conn.transaction():
        for user, verifier, _own in queued:
            mine = login_role(conn.info.dbname, user) == login.role_name
            if not (mine or psychologist):
                held.append(user)  # another's change: a psychologist's laptop sends it
                continue
            if psychologist and not mine:
                _ensure_account(conn, user, accounts, verifier or None)
            elif verifier:
                conn.execute("SELECT senim.set_own_verifier(%s)", (verifier,))
            send_entries(conn, keyring, [user])
            sent.append(user)
        row = conn.execute("SELECT version, body FROM senim.keyring FOR UPDATE"
                           if psychologist else "SELECT version, body FROM senim.keyring"
                           ).fetchone()
        keyring.take_accounts_from(row[1].encode("utf-8"))
        keyring.take_entries(server_entries(conn), keep=held)
        if psychologist and keyring.raw().decode("utf-8") != row[1]:
            conn.execute("UPDATE senim.keyring SET version = version + 1, body = %s, "
                         "updated_at = now(), updated_by = session_user",
                         (keyring.raw().decode("utf-8"),))
    if sent:
        with db.engine.begin() as local:
            for user in sent:
                local.exec_driver_sql("DELETE FROM sync_login WHERE user_name = ?", (user,))


def _ensure_account(conn, user: str, accounts, verifier: str | None) -> None:
    for name, display, role, active in accounts:
        if name == user:
            conn.execute("SELECT senim.add_account(%s, %s, %s, %s, %s)",
                         (name, login_role(conn.info.dbname, name), role, display, verifier))
            if not active:
                conn.execute("SELECT senim.revoke_account(%s)", (name,))
            return
