"""The server's schema: made (Alembic, then roles.py's rights) and checked before each use."""

from __future__ import annotations

import io

from . import migrations
from .connection import NewerServer, NotSenim, ServerFault
from .roles import grant_statements

# Every revision this Senim knows, oldest first; a server at another one is newer.
KNOWN = ("s0001",)
assert KNOWN[-1] == migrations.SERVER_HEAD


def is_empty(conn) -> bool:
    """No table, view or sequence of anyone's in the database (system schemas aside)."""
    row = conn.execute(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') "
        "AND n.nspname NOT LIKE 'pg_temp%' AND c.relkind IN ('r', 'v', 'S', 'm', 'p')"
    ).fetchone()
    return row[0] == 0


def create(conn) -> None:
    """The schema at SERVER_HEAD and the rights, in the caller's transaction."""
    conn.execute("CREATE SCHEMA senim")
    conn.execute(migration_sql(None, migrations.SERVER_HEAD))
    grant(conn)


def migration_sql(start: str | None, end: str) -> str:
    """Alembic's SQL from revision `start` (None: an empty schema) to `end`."""
    from alembic import command  # lazy: Alembic loads only when a server is set up

    buffer = io.StringIO()
    cfg = migrations.server_alembic_config()
    cfg.attributes["buffer"] = buffer
    command.upgrade(cfg, f"{start}:{end}" if start else end, sql=True)
    return buffer.getvalue()


def grant(conn) -> None:
    dbname = conn.info.dbname
    for statement in grant_statements(dbname):
        conn.execute(statement)


def check(conn) -> str:
    """The school's id, once the server is known to be Senim's at a revision this Senim knows:
    NotSenim or NewerServer otherwise (nothing is written either way)."""
    try:
        with conn.transaction():
            revision = conn.execute("SELECT version_num FROM senim.alembic_version").fetchone()
            school = conn.execute("SELECT id FROM senim.school").fetchone()
    except Exception as exc:  # noqa: BLE001 - no such schema or table: not a Senim server
        if isinstance(exc, ServerFault):
            raise
        raise NotSenim("this database is not a Senim school server (no Senim schema in it)") \
            from exc
    if revision is None or school is None:
        raise NotSenim("this database is not a Senim school server (it was never set up)")
    if revision[0] not in KNOWN:
        raise NewerServer("the school server was set up by a newer Senim: update Senim on "
                          "this computer before it syncs (nothing was written)")
    return str(school[0])
