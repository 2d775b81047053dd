"""A screen's read after a save goes through the GUI thread's connection, whose page cache the
save left warm (desktop/connection_sharing.py), one whole transaction at a time, and the
GUI thread uses a spare one meanwhile; any other thread keeps a connection of its own. A shared connection used by two threads at once, or
closed under a read, would lose or crash reads: each test fails on a pool that lends it
freely or that closes it without waiting."""

import threading

from sqlalchemy import text

from desktop.connection_sharing import beside_the_gui

WAIT = 10  # seconds: only a broken pool makes a test wait that long


def _dbapi(db):
    with db.engine.connect() as conn:
        return conn.connection.dbapi_connection


def _on_a_thread(work):
    """work() on a thread of its own; returns (its thread, what it returned or raised)."""
    out = {}

    def body():
        try:
            out["value"] = work()
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            out["error"] = exc

    thread = threading.Thread(target=body, daemon=True)
    thread.start()
    return thread, out


def _read_beside_held(db, then):
    """A read beside the GUI that holds the connection until `go_on` is set, then returns
    then(conn); returns (its thread, what it returned or raised, go_on) once it holds it."""
    holding, go_on = threading.Event(), threading.Event()

    def beside():
        with beside_the_gui(), db.engine.connect() as conn:
            conn.execute(text("SELECT 1")).scalar()
            holding.set()
            go_on.wait(WAIT)
            return then(conn)

    thread, out = _on_a_thread(beside)
    assert holding.wait(WAIT)
    return thread, out, go_on


def test_a_read_beside_the_gui_uses_its_connection_and_another_thread_its_own(db):
    gui = _dbapi(db)

    def beside():
        with beside_the_gui():
            return _dbapi(db)

    thread, out = _on_a_thread(beside)
    thread.join(WAIT)
    assert out["value"] is gui
    thread, out = _on_a_thread(lambda: _dbapi(db))
    thread.join(WAIT)
    assert out["value"] is not gui


def test_a_read_beside_the_gui_waits_for_the_gui_threads_transaction_and_then_sees_it(db):
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE probe (n INTEGER)"))
    reading = threading.Event()

    def beside():
        with beside_the_gui():
            reading.set()
            with db.engine.connect() as conn:
                return conn.execute(text("SELECT count(*) FROM probe")).scalar()

    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO probe VALUES (1)"))
        thread, out = _on_a_thread(beside)
        assert reading.wait(WAIT)
        thread.join(0.3)
        assert thread.is_alive(), "the read ran inside the GUI thread's open transaction"
        conn.execute(text("INSERT INTO probe VALUES (2)"))
    thread.join(WAIT)
    assert out == {"value": 2}


def test_closing_the_journal_waits_for_a_read_beside_the_gui(db):
    # Still open when let go on: closing the journal has waited for this read to end.
    thread, out, go_on = _read_beside_held(
        db, lambda conn: conn.execute(text("SELECT count(*) FROM pupil")).scalar())
    threading.Timer(0.3, go_on.set).start()
    db.dispose()
    thread.join(WAIT)
    assert out == {"value": 0}


def test_closing_the_journal_from_another_thread_waits_for_the_gui_threads_read(db):
    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1")).scalar()
        closing, out = _on_a_thread(db.dispose)
        closing.join(0.3)
        assert closing.is_alive()
        assert conn.execute(text("SELECT count(*) FROM pupil")).scalar() == 0
    closing.join(WAIT)
    assert out == {"value": None}


def test_the_gui_thread_does_not_wait_for_a_read_beside_it(db):
    """A keystroke or a save while a screen reads after the last save: the GUI thread uses a
    spare connection of its own meanwhile, and its own again once it is returned."""
    thread, out, go_on = _read_beside_held(db, lambda conn: conn.connection.dbapi_connection)
    try:
        with db.engine.begin() as conn:  # the GUI thread, while its connection is lent
            conn.execute(text("CREATE TABLE probe (n INTEGER)"))
            conn.execute(text("INSERT INTO probe VALUES (1)"))
            spare = conn.connection.dbapi_connection
        lent_still = thread.is_alive()
    finally:
        go_on.set()
    thread.join(WAIT)
    assert lent_still, "the GUI thread waited for the read beside it"
    assert spare is not out["value"]
    with db.engine.connect() as conn:
        assert conn.connection.dbapi_connection is out["value"]
        assert conn.execute(text("SELECT count(*) FROM probe")).scalar() == 1
