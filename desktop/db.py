"""The engine, one session per unit of work, and migrations on start.

The database is SQLCipher 4, keyed with the raw 256-bit data key from the keyring
(desktop/security): the file, its WAL journal and every copy made through it are encrypted.
A key of None opens a plain SQLite file; only the one-time encryption of a database from an
earlier version does that (desktop/vault.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from .migrations import HEAD


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    # SQLCipher would print its own errors (a wrong key) to stderr; ours are enough.
    cur.execute("PRAGMA cipher_log_level = NONE")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # FULL: a confirmed save of a case note survives a power cut.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    # Sorts and temporary tables stay in memory: no temporary file, encrypted or not.
    cur.execute("PRAGMA temp_store=MEMORY")
    # 32 MiB of decrypted pages (the default is 8): the dashboard's indexes of recent records
    # stay in memory between refreshes instead of being read and decrypted again each time.
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()


def engine_url(path: Path, key: bytes | None) -> URL:
    if key is None:
        return URL.create("sqlite", database=str(path))
    if len(key) != 32:
        raise ValueError("the data key is 32 bytes")
    # SQLAlchemy's pysqlcipher dialect runs PRAGMA key = "<password>"; x'…' is SQLCipher's
    # syntax for a raw key, which skips its own (slow, redundant) passphrase derivation.
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


class Database:
    def __init__(self, path: Path, key: bytes | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.encrypted = key is not None
        # Kept for as long as the engine (whose URL holds it anyway): adding an account or
        # resetting a password wraps it for the new password. Dropped with the Database.
        self.key = key
        # Who is signed in (the user name; "" for the system): the audit trail's actor for
        # everything saved through this database. desktop/vault.py sets it.
        self.actor: str = ""
        self.engine: Engine = create_engine(engine_url(self.path, key))
        event.listen(self.engine, "connect", _sqlite_pragmas)
        # Every create, change and delete is recorded in the audit trail, in the same
        # transaction as the change. Imported here, not at the top: it loads the tables.
        from .services.audit import install_audit_hook

        install_audit_hook()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Commit when the block ends normally, roll back (nothing half-saved) otherwise."""
        with Session(self.engine, expire_on_commit=False, info={"actor": self.actor}) as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            has_table = conn.execute(
                text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
            ).first()
            if not has_table:
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def migrate(self) -> None:
        """Bring the schema to HEAD. Alembic is imported only when there is work to do."""
        if self.schema_revision() == HEAD:
            return
        from alembic import command

        from .migrations import alembic_config

        with self.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(path: Path, key: bytes | None = None) -> Database:
    db = Database(path, key)
    try:
        db.migrate()
    except BaseException:
        db.dispose()
        raise
    return db
