"""Reaching the school server: the URL, a login, and every way that can fail named as what it
is, in one line, before anything is written anywhere.

An account logs in with a secret derived from its password, never the password itself
(security/server_login.py).
"""

from __future__ import annotations

from ..security.server_login import login_role, login_secret, scram_verifier  # noqa: F401

MIN_SERVER_VERSION = 150000  # PostgreSQL 15
CONNECT_TIMEOUT = 5  # seconds: a school network that is down must not hang a sync


class ServerFault(Exception):
    """A reason sync or joining could not go on. `code` names it (for the status bar and the
    log: never personal data); str() is the one line a user reads."""

    code = "server"

    def __init__(self, message: str):
        super().__init__(message)


class Unreachable(ServerFault):
    code = "unreachable"


class BadLogin(ServerFault):
    code = "bad-login"


class Revoked(ServerFault):
    code = "revoked"


class NotSenim(ServerFault):
    code = "not-senim"


class TooOld(ServerFault):
    code = "postgres-too-old"


class NewerServer(ServerFault):
    code = "update-senim"


class BadCertificate(ServerFault):
    code = "certificate"


class BadUrl(ServerFault):
    code = "bad-url"


def parse_url(url: str) -> dict:
    """The URL's parts (host, port, dbname, user, sslmode...); BadUrl when it is not a
    PostgreSQL URL with a database name. A password in it is refused: it would be kept."""
    from psycopg.conninfo import conninfo_to_dict  # lazy: psycopg loads only for the server

    if not url.startswith(("postgresql://", "postgres://")):
        raise BadUrl("the server's address must look like postgresql://HOST:PORT/DATABASE")
    try:
        parts = conninfo_to_dict(url)
    except Exception as exc:  # noqa: BLE001 - psycopg's ProgrammingError for a bad URL
        raise BadUrl(f"the server's address cannot be read ({type(exc).__name__})") from exc
    if not parts.get("dbname"):
        raise BadUrl("the server's address names no database: postgresql://HOST:PORT/DATABASE")
    if parts.get("password"):
        raise BadUrl("put no password in the address: it is asked for, or read from "
                     "PGPASSWORD, and never kept")
    return parts


def public_url(url: str) -> str:
    """The URL as kept in the journal: without a user (each account logs in as itself)."""
    parts = parse_url(url)
    host = parts.get("host", "localhost")
    port = parts.get("port", "5432")
    query = "&".join(f"{k}={parts[k]}" for k in ("sslmode", "sslrootcert") if parts.get(k))
    return f"postgresql://{host}:{port}/{parts['dbname']}" + (f"?{query}" if query else "")


def connect(url: str, user: str, password: str, *, autocommit: bool = False):
    """A psycopg connection, or the ServerFault saying why not."""
    import psycopg  # lazy: psycopg loads only for the server

    parts = parse_url(url)
    parts.update(user=user, password=password, connect_timeout=CONNECT_TIMEOUT,
                 application_name="senim")
    parts.setdefault("sslmode", "prefer")
    try:
        conn = psycopg.connect(autocommit=autocommit, **parts)
    except psycopg.OperationalError as exc:
        raise _named(exc, parts) from exc
    version = conn.info.server_version
    if version < MIN_SERVER_VERSION:
        conn.close()
        raise TooOld(f"PostgreSQL {version // 10000} is too old for Senim: it needs 15 or newer")
    return conn


def _named(exc, parts: dict) -> ServerFault:
    text = str(exc)
    state = getattr(exc, "sqlstate", None)
    where = f"{parts.get('host', 'localhost')}:{parts.get('port', 5432)}"
    if state == "28P01" or "password authentication failed" in text:
        return BadLogin("the server refused the name or the password")
    if "not permitted to log in" in text:
        return Revoked("this account may no longer use the school server: it was revoked, "
                       "or a psychologist has not yet set its server login")
    if state == "3D000" or "does not exist" in text and "database" in text:
        return BadUrl(f"the server at {where} has no database {parts.get('dbname')!r}")
    if "certificate" in text or "SSL" in text and "verify" in text:
        return BadCertificate(f"the server at {where} did not show the expected certificate; "
                              "nothing was sent")
    if state in ("28000",) or "no pg_hba.conf entry" in text:
        return BadLogin(f"the server at {where} does not let this computer or account in")
    return Unreachable(f"the school server at {where} cannot be reached")


def connect_as(url: str, user: str, password: str, *, autocommit: bool = False):
    """Connected as an account of the school (its login role and derived secret)."""
    dbname = parse_url(url)["dbname"]
    return connect(url, login_role(dbname, user), login_secret(dbname, user, password),
                   autocommit=autocommit)


def still_an_account(conn) -> None:
    """Revoked when the signed-in login's account was revoked (its login still open)."""
    row = conn.execute("SELECT revoked_at FROM senim.account WHERE login = session_user"
                       ).fetchone()
    conn.rollback()
    if row is None or row[0] is not None:
        raise Revoked("this account may no longer use the school server: it was revoked")


def lost_connection(exc: BaseException) -> BaseException:
    """A connection that broke in the middle of a round (the server stopped, the network went)
    named as Unreachable; any other error as it is."""
    import psycopg  # lazy: psycopg loads only for the server

    if isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)) and not isinstance(
            exc, ServerFault):
        named = Unreachable("the school server stopped answering during sync; nothing was "
                            "lost: the next sync finishes the job")
        named.__cause__ = exc
        return named
    return exc
