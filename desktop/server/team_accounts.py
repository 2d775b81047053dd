"""The school's accounts and keyring in a sync round, before the records.

- Anyone: a new password of their own (SyncLogin, own) becomes their server login.
- A psychologist: the logins queued for others (a new account, a new password), the server's
  account list made to match the journal's (an account added gets a login, one stopped is
  revoked there: its laptop stops syncing at its next attempt), and the school's keyring: the
  accounts added on other laptops taken in here, this one's sent when it has more.
- Everyone else takes in the keyring's new accounts too (a colleague can sign in anywhere).
"""

from __future__ import annotations

from ..security import Keyring
from .connection import login_role


def exchange(conn, db, login) -> None:
    data_dir = db.path.parent
    with db.engine.connect() as local:
        queued = local.exec_driver_sql(
            "SELECT user_name, verifier, own FROM sync_login").fetchall()
        accounts = local.exec_driver_sql(
            "SELECT user_name, display_name, role, active FROM account "
            "WHERE deleted_at IS NULL").fetchall()
    psychologist = login.role == "psychologist"
    sent = []
    with conn.transaction():
        for user, verifier, own in queued:
            if login_role(conn.info.dbname, user) == login.role_name:
                conn.execute("SELECT senim.set_own_verifier(%s)", (verifier,))
                sent.append(user)
            elif psychologist:
                _ensure_account(conn, user, accounts, verifier)
                sent.append(user)
        if psychologist:
            on_server = {r[0]: r[1] for r in conn.execute(
                "SELECT user_name, revoked_at IS NOT NULL FROM senim.account")}
            for user, display, role, active in accounts:
                if user not in on_server and user not in sent:
                    _ensure_account(conn, user, accounts, None)
                if not active and not on_server.get(user, False):
                    conn.execute("SELECT senim.revoke_account(%s)", (user,))
        keyring = Keyring.load(data_dir)
        row = conn.execute("SELECT version, body FROM senim.keyring FOR UPDATE"
                           if psychologist else "SELECT version, body FROM senim.keyring"
                           ).fetchone()
        keyring.take_accounts_from(row[1].encode("utf-8"))
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
