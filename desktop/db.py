"""The engine, one session per unit of work, and migrations on start.

The database is SQLCipher 4, keyed with the raw 256-bit data key from the keyring
(desktop/security): the file, its WAL journal and every copy made through it are encrypted.
A key of None opens a plain SQLite file; only the one-time encryption of a database from an
earlier version does that (desktop/vault.py).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import threading
import weakref
from datetime import datetime

from sqlalchemy import URL, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import SingletonThreadPool
from sqlmodel import Session, create_engine

from .backups import (
    BackupError, _connect, backup_folder, delete_backup, holds_the_journal,
    labelled_backups, make_backup,
)
from .connection_sharing import uses_the_gui_connection
from .file_modes import private_dir, private_file
from .migrations import HEAD, alembic_config
from .security.notes import NotesCipher
from .services.audit import install_audit_hook
from .services.change_feed import taken
from .services.errors import STORAGE_DAMAGED, storage_problem

log = logging.getLogger(__name__)
# Statistics of a table with fewer rows than this are not kept (Database.refresh_statistics).
_MEASURED_FROM = 100

# How long closing the journal waits for a read beside the GUI (_ThreadPool.dispose).
_READ_BESIDE_THE_GUI_MAX_S = 60

UPGRADE_BACKUP_FOLDER = "before-upgrade"  # inside backups/: out of the retention's reach


class _ThreadPool(SingletonThreadPool):
    """SQLCipher's pool: one connection per thread, except that the GUI thread's is shared
    with the reads made beside it (desktop/connection_sharing.py: a screen reading again on
    the journal's worker after a save finds the pages the save left in that connection's
    cache). Made safe to dispose while another thread is opening its connection: SQLAlchemy's
    own pool adds a new thread's connection to the set dispose() walks without a lock, so
    closing the journal on the GUI thread (a lock, the damaged-journal screen) while a worker
    connected raised "Set changed size during iteration". Getting a connection and disposing
    take turns.

    The journal's thread rules, for every caller (the views' background work goes through
    views/widgets/tasks.py):
    - Each thread that touches the database has its own connection, opened on its first use
      and kept. A session (`Database.session()`) stays on the thread that opened it; what
      crosses threads is values (Read shapes, a Services object), never a session.
    - The GUI thread's connection is lent to the reads beside it one checkout at a time: from
      the first use of a session or a connection to its end (a whole transaction). A read
      beside it waits while the GUI thread uses it; the GUI thread never waits: while the
      connection is lent, it uses a spare one of its own. A read beside the GUI is short (a
      screen's refresh), never an export.
    - The pool keeps at most five connections besides the GUI's (pool_size); a sixth thread's
      connection makes it close some other thread's, in use or not. Work that recurs (the
      export) therefore runs on one kept thread (tasks.one_worker), not on a new thread each
      time.
    - SQLite serialises the writers: two threads writing wait for each other (busy_timeout),
      so a worker's long write holds the GUI's saves back until it commits.
    - Closing the journal (dispose) happens on the GUI thread after the workers that use it
      have been waited for (a lock or a restore waits for the sign-in's backup; dialogs wait
      for their task when they close); it waits for a read beside the GUI to end."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._turns = threading.RLock()
        self._gui = None  # the GUI thread's connection record, opened on its first use
        # Held from a checkout of the GUI's connection to its checkin (SingletonThreadPool
        # calls _do_get and _do_return_conn once per thread's outermost checkout).
        self._gui_turn = threading.Lock()
        self._gui_holder: int | None = None  # the thread holding it
        self._lent = None  # the record it holds (dispose may have closed it since)
        self._spare = None  # the GUI thread's while its own is lent, opened on first need

    def _do_get(self):
        if uses_the_gui_connection():
            return self._gui_connection()
        with self._turns:
            return super()._do_get()

    def _gui_connection(self):
        me = threading.get_ident()
        if self._gui_holder == me:  # a second outermost checkout on one thread: a bug here
            raise RuntimeError("the GUI's connection is already checked out on this thread")
        gui = threading.current_thread() is threading.main_thread()
        # The GUI thread never waits for a read beside it: while its connection is lent, it
        # uses a spare of its own (its cache cold, for the keystroke or the save meanwhile).
        if not self._gui_turn.acquire(blocking=not gui):
            with self._turns:
                if self._spare is None:
                    self._spare = self._create_connection()
                return self._spare
        self._gui_holder = me
        try:
            with self._turns:
                if self._gui is None:
                    self._gui = self._create_connection()
                self._lent = self._gui
                return self._gui
        except BaseException:
            self._gui_holder = None
            self._gui_turn.release()
            raise

    def _do_return_conn(self, record) -> None:
        super()._do_return_conn(record)
        if record is self._lent:
            self._lent = self._gui_holder = None
            self._gui_turn.release()

    def dispose(self) -> None:
        # A read beside the GUI ends first (the GUI thread itself may hold the connection:
        # a journal closed from within a session). Such a read is a screen's refresh.
        waited = (self._gui_holder != threading.get_ident()
                  and self._gui_turn.acquire(timeout=_READ_BESIDE_THE_GUI_MAX_S))
        try:
            with self._turns:
                super().dispose()
                for record in (self._gui, self._spare):
                    if record is not None:
                        record.close()
                self._gui = self._spare = None
        finally:
            if waited:
                self._gui_turn.release()


class ForeignKeysBroken(Exception):
    """After the upgrade some records point to records that do not exist (no personal data)."""


class MigrationFailed(Exception):
    """The schema could not be brought to HEAD. The journal is at `revision` as before (put
    back from `backup` if need be); the message is plain and holds no personal data."""

    def __init__(self, revision: str | None, backup: Path | None, reason: str):
        self.revision, self.backup, self.reason = revision, backup, reason
        where = f" A copy made before the upgrade is in {backup}." if backup else ""
        super().__init__(f"The journal could not be upgraded from schema {revision} to {HEAD}: "
                         f"{reason}.{where}")


class JournalDamaged(Exception):
    """The journal cannot be read with its key, which the keyring has just unwrapped (so the
    key is right and the file is damaged). `key` lets the app restore a backup without asking
    for the password again; it is never part of the message."""

    def __init__(self, key: bytes | None):
        super().__init__("the journal file is damaged: it cannot be read with its key")
        self.key = key


def is_damage(exc: BaseException) -> bool:
    return isinstance(exc, JournalDamaged) or storage_problem(exc) == STORAGE_DAMAGED


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
    # Not more: each connection has its own, and with 64 MiB a look at every page of a
    # million-record journal took the app over 300 MB (bench/look_round.py).
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()


def _private_files(path: Path):
    """A connect hook: the journal 0600 (SQLite gives -wal and -shm the journal's own mode;
    they are set too, for files made by an earlier version). See desktop/file_modes.py."""
    def hook(_dbapi_connection, _record) -> None:
        for suffix in ("", "-wal", "-shm"):
            private_file(path.with_name(path.name + suffix))

    return hook


def engine_url(path: Path, key: bytes | None) -> URL:
    if key is None:
        return URL.create("sqlite", database=str(path))
    if len(key) != 32:
        raise ValueError("the data key is 32 bytes")
    # SQLAlchemy's pysqlcipher dialect runs PRAGMA key = "<password>"; x'…' is SQLCipher's
    # syntax for a raw key, which skips its own (slow, redundant) passphrase derivation.
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


class Database:
    def __init__(self, path: Path, key: bytes | None = None, keys=None):
        """`keys`: the signed-in account's KeySet (desktop/security/grants.py): its notes key
        seals and opens confidential notes (models/sealed.py), and account management grants
        from it. None (tests, tools): the journal key alone, notes unreadable."""
        self.path = Path(path)
        private_dir(self.path.parent)
        self.encrypted = key is not None
        # Kept while the journal is open: adding an account or resetting a password wraps it
        # for the new password. Held in a bytearray of our own so that signing out (the
        # app's lock and close too, desktop/vault.sign_out) can overwrite it: wipe_key().
        self._key: bytearray | None = None if key is None else bytearray(key)
        # Who is signed in (the user name; "" for the system): the audit trail's actor for
        # everything saved through this database. desktop/vault.py sets it.
        self.actor: str = ""
        self.engine: Engine = create_engine(
            engine_url(self.path, key), poolclass=_ThreadPool,
            # The GUI thread's connection is lent to the reads beside it (_ThreadPool).
            connect_args={"check_same_thread": False})
        self.keys = keys
        self.set_notes_key(None if keys is None else keys.notes)
        # () -> the newest verified backup's audit head, or None: one more anchor the audit
        # trail's check holds it to (set by desktop/vault.py; backups live above this layer).
        self.backup_head = None
        self._listeners: list = []  # on_change
        event.listen(self.engine, "connect", _sqlite_pragmas)
        event.listen(self.engine, "connect", _private_files(self.path))
        # Every create, change and delete is recorded in the audit trail, in the same
        # transaction as the change.
        install_audit_hook()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Commit when the block ends normally, roll back (nothing half-saved) otherwise."""
        identity = None if self.keys is None else self.keys.identity
        with Session(self.engine, expire_on_commit=False,
                     info={"actor": self.actor, "identity": identity}) as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise
            self._announce(s)

    def on_change(self, listener) -> None:
        """`listener(changes)` after every committed session that changed records
        (models/changes.py), on the thread that committed. Listeners must not raise. A bound
        method is held weakly: a window that is gone is not kept alive by its journal."""
        self._listeners.append(weakref.WeakMethod(listener) if hasattr(listener, "__self__")
                               else (lambda: listener))

    def _announce(self, session: Session) -> None:
        changes = taken(session)
        if changes:
            for ref in list(self._listeners):
                listener = ref()
                if listener is None:
                    self._listeners.remove(ref)
                    continue
                try:
                    listener(changes)
                except Exception:  # noqa: BLE001 - a page that cannot refresh is no failed save
                    logging.getLogger(__name__).warning("a change listener failed",
                                                        exc_info=True)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            has_table = conn.execute(
                text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
            ).first()
            if not has_table:
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def migrate(self) -> None:
        """Bring the schema to HEAD. Alembic is imported only when there is work to do.

        An existing journal (one with a schema revision) is backed up first, verified, into
        <data dir>/backups/before-upgrade/ (retention never looks there). Every revision runs
        in one SQLite transaction, so a failing one leaves the schema and the data as they
        were; should the file still not be at its old revision, the backup is put back.
        Either way MigrationFailed says so plainly."""
        revision = self.schema_revision()
        if revision == HEAD:
            return
        self._upgrade(revision)

    def _upgrade(self, revision: str | None) -> None:
        # lazy: Alembic loads only when the schema must change (start-up)
        from alembic import command

        backup = self._backup_before_upgrade(revision) if revision is not None else None
        before = self._shape() if backup is not None else None
        try:
            try:
                with self.engine.connect() as conn:
                    # Batch mode recreates a table (copy, DROP, rename): with foreign keys on,
                    # dropping a table that other rows point to fails. They are off for the
                    # upgrade (the pragma is a no-op inside a transaction, so first) and
                    # checked before the commit instead.
                    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    conn.commit()
                    with conn.begin():
                        # The sqlite3 driver begins a transaction only before an INSERT,
                        # UPDATE or DELETE: without this BEGIN every CREATE, DROP and ALTER
                        # before the first one would be committed at once, and a failing
                        # revision would leave half a schema.
                        conn.exec_driver_sql("BEGIN IMMEDIATE")
                        cfg = alembic_config()
                        cfg.attributes["connection"] = conn
                        command.upgrade(cfg, "head")
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                        if broken:
                            tables = ", ".join(sorted({str(r[0]) for r in broken}))
                            raise ForeignKeysBroken(f"records point to records that do not "
                                                    f"exist (in {tables})")
            finally:
                # No pooled connection keeps foreign keys off: new ones get the pragmas.
                self.engine.dispose()
        except Exception as exc:
            if backup is None:
                raise
            raise self._after_failed_upgrade(revision, backup, before, exc) from exc

    def _shape(self) -> tuple:
        """The schema (every table, index and trigger), its revision and the row counts:
        what a failed upgrade must have left as it was."""
        with self.engine.connect() as conn:
            master = conn.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                       "ORDER BY type, name")).all()
            counts = [(r[1], conn.execute(text(f'SELECT count(*) FROM "{r[1]}"')).scalar())
                      for r in master if r[0] == "table" and not r[1].startswith("sqlite_")]
        return tuple(master), tuple(counts)

    def _backup_before_upgrade(self, revision: str) -> Path | None:
        """A verified backup of the journal as it is, before its schema changes. None for a
        plain (not yet encrypted) file: desktop/vault.py keeps the original of that itself."""
        if self.key is None:
            return None
        folder = backup_folder(self.path.parent) / UPGRADE_BACKUP_FOLDER
        # One backup per upgrade (from this revision to HEAD), not one per attempt: a journal
        # that cannot be upgraded (written by a newer Senim, or a revision that fails) is
        # opened again and again. The earlier backup is used while the journal is as it
        # holds it; once records changed (the older Senim was used meanwhile) a new one is
        # taken and replaces it, so the one put back after a failure is never stale.
        label = f"from-{revision}-before-{HEAD}"
        earlier = labelled_backups(folder, label)
        try:
            for info in earlier:
                if info.verified and holds_the_journal(self, info):
                    return info.path
        except Exception:  # noqa: BLE001 - unreadable: take a new backup as before
            pass
        try:
            info = make_backup(self, self.path.parent, folder, datetime.now(), label=label)
        except BackupError as exc:
            raise MigrationFailed(revision, None, f"no backup could be taken first: {exc}") \
                from exc
        if not info.verified:
            raise MigrationFailed(revision, None,
                                  f"the backup taken first failed its check: {info.reason}")
        for old in earlier:
            try:
                delete_backup(old)
            except OSError:
                pass
        return info.path

    def _after_failed_upgrade(self, revision: str, backup: Path, before: tuple,
                              exc: Exception) -> MigrationFailed:
        reason = str(exc) if isinstance(exc, ForeignKeysBroken) else type(exc).__name__
        try:
            unchanged = self.schema_revision() == revision and self._shape() == before
        except Exception:  # noqa: BLE001 - unreadable: put the backup back
            unchanged = False
        if unchanged:
            return MigrationFailed(revision, backup, f"the upgrade failed ({reason}); "
                                   "nothing was changed")
        try:
            self._put_back(backup)
        except Exception as put_exc:  # noqa: BLE001
            return MigrationFailed(revision, backup, f"the upgrade failed ({reason}) and the "
                                   f"backup could not be put back ({type(put_exc).__name__}); "
                                   "restore it by hand")
        return MigrationFailed(revision, backup, f"the upgrade failed ({reason}); the backup "
                               "taken first was put back")

    def _put_back(self, backup: Path) -> None:
        self.engine.dispose()
        incoming = self.path.with_name(self.path.name + ".restoring")
        shutil.copyfile(backup, incoming)
        with open(incoming, "rb") as f:
            os.fsync(f.fileno())
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, self.path)

    @property
    def key(self) -> bytes | None:
        """The data key (a fresh bytes copy for the library that needs it), or None for a
        plain database or once wiped."""
        return None if self._key is None or self._wiped else bytes(self._key)

    _wiped = False

    def set_notes_key(self, notes_key: bytes | None) -> None:
        """Confidential notes open with this key from now on (None: they read as empty and
        cannot be written). The cipher sits on this engine's own dialect (models/sealed.py)."""
        self.notes_cipher = None if notes_key is None else NotesCipher(notes_key)
        self.engine.dialect.senim_notes = self.notes_cipher

    def wipe_key(self) -> None:
        """Overwrite our copy of the data key with zeros (at sign-out, lock and close).

        As far as Python allows, and no further: what remains is
        - SQLCipher's own copy, inside each open connection: released (and zeroed by
          SQLCipher) when the connections close, so call dispose() first;
        - the engine's URL, whose password is the key as an immutable hex string, and any
          bytes copies made on the way (the keyring's unwrap result, `key` results handed
          to the backup or keyring code): immutable objects Python cannot overwrite, freed
          when no longer referenced and collected, their memory reused but not cleared."""
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
        if self.keys is not None:
            self.keys.wipe()  # the notes and summaries keys and the identity too
        self.engine.dialect.senim_notes = self.notes_cipher = None
        self._wiped = True

    def dispose(self) -> None:
        self.engine.dispose()

    def refresh_statistics(self) -> None:
        """The query planner's statistics (sqlite_stat1) brought up to date for the tables
        that have grown a lot since they were last measured, from a sample of each index:
        a journal made new is measured empty (migration 0017's ANALYZE), and with those
        figures the planner may walk a million sessions for three. Nothing when the figures
        are still right; a journal that cannot be written to is left as it is.

        A table measured (nearly) empty is left unmeasured: with "0 rows" the planner scans a
        table rather than use its index, and a table that then fills in one transaction (a
        school server's records pulled into a new journal, the demo's million) is scanned
        again at every row a trigger adds: hours instead of minutes. Unmeasured, the
        planner assumes a large table with selective indexes, which serves a small one too."""
        try:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
                conn.exec_driver_sql("PRAGMA optimize = 0x10002")
                if conn.exec_driver_sql(
                        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
                    # A table's rows are the largest first figure of its lines (a partial
                    # index counts only its own entries: a small one on a large table is
                    # kept, or each sign-in's optimize measured that table again, 0.9 s at a
                    # million records).
                    dropped = conn.exec_driver_sql(
                        f"DELETE FROM sqlite_stat1 WHERE tbl IN (SELECT tbl FROM sqlite_stat1 "
                        f"GROUP BY tbl HAVING max(CAST(stat AS INTEGER)) < {_MEASURED_FROM})"
                    ).rowcount
                    if dropped:
                        conn.exec_driver_sql("ANALYZE sqlite_schema")  # figures read again
        except Exception as exc:  # noqa: BLE001 - only speed is at stake, never the journal
            if is_damage(exc):
                raise
            log.warning("the planner's statistics were not refreshed: %s", type(exc).__name__)


def open_database(path: Path, key: bytes | None = None, create: bool = True,
                  keys=None) -> Database:
    """The journal, migrated. JournalDamaged when the file cannot be read with the key.
    Without `create`, a missing or empty file is never made into a new journal
    (FileNotFoundError; desktop/vault.py says so plainly before it gets here)."""
    if not create and (not Path(path).is_file() or Path(path).stat().st_size == 0) and not (
            Path(f"{path}-wal").is_file() and Path(f"{path}-wal").stat().st_size > 0):
        raise FileNotFoundError(f"the journal file {Path(path).name} is missing or empty")
    db = Database(path, key, keys)
    try:
        db.migrate()
        db.refresh_statistics()
    except BaseException as exc:
        db.dispose()
        if not isinstance(exc, MigrationFailed) and is_damage(exc):
            raise JournalDamaged(key) from exc
        raise
    return db


def quick_check(db: Database, opened: Callable[[object], None] | None = None) -> str | None:
    """A quick look for damage, on a read-only connection of its own (for a worker thread):
    SQLite's quick_check, which reads every page of every table and index, and SQLCipher
    checks each page's checksum (HMAC) as it reads it: a damaged page fails the check. The
    reason (no personal data) when the journal is damaged, None when it looks whole. Other
    errors (the file busy, or the check interrupted) raise. `opened(connection)` hears the
    connection, so that closing the app can interrupt a check that reads a large journal.

    Not SQLCipher's cipher_integrity_check as well: it reads the whole file again (7 s at a
    million records) and ignores an interrupt, so closing Senim just after signing in waited
    for it. The pages it alone reads are the free ones, which hold no records."""
    if db.key is None:
        return None
    try:
        conn = _connect(db.path, db.key, read_only=True)
        if opened is not None:
            opened(conn)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except Exception as exc:
        if is_damage(exc):
            return f"a page fails its checksum or cannot be read ({type(exc).__name__})"
        raise
    return None if rows == ["ok"] else f"the quick check found {len(rows)} problems"
