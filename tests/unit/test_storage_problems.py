"""A full disk, a read-only journal, a journal busy in another program and a damaged file are
recognised from the real driver errors (through SQLAlchemy's wrapping), so a form can say
which one it is instead of "something went wrong"; nothing is half-saved."""

import errno
import os
import sqlite3
import time

import pytest
import sqlcipher3
from sqlalchemy import event
from unit_factories import pupil_input

from desktop.db import JournalDamaged, is_damage, open_database, quick_check
from desktop.services.errors import (
    STORAGE_DAMAGED, STORAGE_FULL, STORAGE_LOCKED, STORAGE_READ_ONLY, storage_problem,
)
from fixture_keys import TEST_KEY


def on_every_connection(db, pragma_sql):
    """A pragma on each new connection (after the app's own), as a limit the disk imposes."""

    def run(conn, _record):
        cur = conn.cursor()
        cur.execute(pragma_sql(cur) if callable(pragma_sql) else pragma_sql)
        cur.close()

    event.listen(db.engine, "connect", run)
    db.engine.dispose()
    return lambda: (event.remove(db.engine, "connect", run), db.engine.dispose())


def error_of(call):
    with pytest.raises(Exception) as caught:
        call()
    return caught.value


def test_a_full_disk_is_recognised_and_nothing_is_half_saved(services, db):
    # SQLite's own page limit: the same SQLITE_FULL a full disk gives.
    undo = on_every_connection(db, lambda cur: "PRAGMA max_page_count = %d"
                               % cur.execute("PRAGMA page_count").fetchone()[0])
    saved = []

    def fill_the_disk():
        for n in range(200):
            saved.append(services.pupils.create(pupil_input(surname="Ааа" + "а" * n)).id)

    exc = error_of(fill_the_disk)
    undo()
    assert type(exc).__name__ == "OperationalError" and exc.orig.sqlite_errorcode == 13
    assert storage_problem(exc) == STORAGE_FULL
    # The pupil that did not fit is not there, not even in part; the others are whole.
    assert sorted(str(p.id) for p in services.pupils.search("")) == sorted(map(str, saved))


def test_a_read_only_journal_is_recognised(services, db):
    undo = on_every_connection(db, "PRAGMA query_only = 1")
    exc = error_of(lambda: services.pupils.create(pupil_input()))
    undo()
    assert storage_problem(exc) == STORAGE_READ_ONLY
    assert services.pupils.search("") == []


def test_a_file_opened_read_only_is_recognised(tmp_path):
    path = tmp_path / "x.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    ro = sqlcipher3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert storage_problem(error_of(lambda: ro.execute("INSERT INTO t VALUES (1)"))) \
        == STORAGE_READ_ONLY
    ro.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_a_read_only_folder_is_recognised(services, db, tmp_path):
    db.engine.dispose()
    os.chmod(tmp_path, 0o500)
    os.chmod(db.path, 0o400)
    try:
        exc = error_of(lambda: services.pupils.create(pupil_input()))
    finally:
        os.chmod(tmp_path, 0o700)
        os.chmod(db.path, 0o600)
    assert storage_problem(exc) == STORAGE_READ_ONLY


def test_a_journal_busy_in_another_program_is_recognised(services, db):
    other = sqlcipher3.connect(str(db.path), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{TEST_KEY.hex()}'\"")
    other.execute("BEGIN IMMEDIATE")  # another Senim in the middle of a save
    undo = on_every_connection(db, "PRAGMA busy_timeout = 0")
    try:
        exc = error_of(lambda: services.pupils.create(pupil_input()))
    finally:
        other.execute("ROLLBACK")
        other.close()
        undo()
    assert storage_problem(exc) == STORAGE_LOCKED
    services.pupils.create(pupil_input())  # free again: saving works
    assert len(services.pupils.search("")) == 1


def test_the_message_is_used_when_the_driver_gives_no_code():
    # sqlite3 before Python 3.11 and other drivers: only SQLite's own words.
    assert storage_problem(sqlite3.OperationalError("database or disk is full")) == STORAGE_FULL
    assert storage_problem(sqlite3.OperationalError("unable to open database file")) \
        == STORAGE_READ_ONLY
    assert storage_problem(sqlite3.OperationalError("database is locked")) == STORAGE_LOCKED
    assert storage_problem(sqlite3.DatabaseError("file is not a database")) == STORAGE_DAMAGED
    # Anything else is not a storage problem, even with those words in it.
    assert storage_problem(ValueError("database or disk is full")) is None
    assert storage_problem(sqlite3.IntegrityError("UNIQUE constraint failed: pupil.iin")) is None
    assert storage_problem(RuntimeError("boom")) is None


def test_a_cause_or_an_os_error_is_looked_through():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("writing the draft failed") from inner
    except RuntimeError as outer:
        assert storage_problem(outer) == STORAGE_FULL
    assert storage_problem(OSError(errno.EROFS, "Read-only file system")) == STORAGE_READ_ONLY


def damage(path, fraction=0.5, pages=3):
    """Random bytes over a few 4 KiB pages in the middle of the (encrypted) file."""
    size = path.stat().st_size
    start = int(size * fraction) // 4096 * 4096
    with open(path, "r+b") as f:
        f.seek(start)
        f.write(os.urandom(4096 * pages))


def test_the_quick_check_finds_damaged_pages(db, services):
    for n in range(60):
        services.pupils.create(pupil_input(surname="Бек" + "а" * (n % 20)))
    assert quick_check(db) is None
    db.engine.dispose()
    with sqlcipher3.connect(str(db.path)) as conn:  # everything into the main file
        conn.execute(f"PRAGMA key = \"x'{TEST_KEY.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db.path)
    reason = quick_check(db)
    assert reason is not None and "checksum" in reason


def test_every_statement_of_the_quick_check_can_be_interrupted(db, services):
    """SQLCipher's cipher_integrity_check ignores an interrupt: at a million records,
    closing Senim just after signing in waited for it (7 s, then the 10-s limit). The quick
    check runs only statements SQLite stops when asked."""
    services.pupils.create(pupil_input())
    statements = []
    assert quick_check(db, lambda conn: conn.set_trace_callback(statements.append)) is None
    assert statements and all("cipher_integrity_check" not in s for s in statements)


def test_a_long_quick_check_stops_when_interrupted_and_is_no_damage(db):
    """Closing the app while the sign-in's quick check still reads a large journal (minutes
    at a million records) interrupts it: its thread ends, and nothing is called damaged (a
    check left running as the process ended crashed it)."""
    import threading

    with db.engine.begin() as conn:  # about 40 MB of pages for the check to read
        conn.exec_driver_sql("CREATE TABLE bulk (x BLOB)")
        conn.exec_driver_sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                             "WHERE i < 40000) INSERT INTO bulk SELECT randomblob(1000) FROM n")
    opened, outcome = [], []

    def check():
        try:
            outcome.append(quick_check(db, opened.append))
        except Exception as exc:  # noqa: BLE001 - what the app's no_verdict would log
            outcome.append(exc)

    thread = threading.Thread(target=check)
    thread.start()
    deadline = time.monotonic() + 10
    while not opened and time.monotonic() < deadline:
        time.sleep(0.001)
    while thread.is_alive() and time.monotonic() < deadline:
        opened[0].interrupt()
        thread.join(0.01)
    assert not thread.is_alive()
    [result] = outcome
    if isinstance(result, Exception):  # stopped midway (else it ended first: whole)
        assert "interrupt" in str(result).lower()
        assert not is_damage(result) and storage_problem(result) is None
    else:
        assert result is None


def test_a_file_that_is_no_journal_at_all_is_damage_not_a_crash(tmp_path):
    path = tmp_path / "senim.db"
    path.write_bytes(os.urandom(64 * 1024))
    with pytest.raises(JournalDamaged) as caught:
        open_database(path, TEST_KEY)
    assert caught.value.key == TEST_KEY and TEST_KEY.hex() not in str(caught.value)
