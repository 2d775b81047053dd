"""Work off the GUI thread (desktop/views/widgets/tasks.py): the result or the error comes
back to the GUI thread; progress arrives in order; a kept worker is one thread."""

import threading

from desktop.views.widgets.tasks import Task, one_worker, run_task


def test_the_result_comes_back_on_the_gui_thread(qtbot):
    gui, seen = threading.current_thread(), []
    task = run_task(lambda: threading.current_thread().name,
                    lambda name: seen.append((name, threading.current_thread())), name="sum")
    assert task.pending
    qtbot.waitUntil(lambda: not task.pending, timeout=5000)
    assert seen == [("sum", gui)] and not task.alive


def test_an_error_goes_to_on_failed_and_on_done_is_not_called(qtbot):
    done, failed = [], []

    def work():
        raise ValueError("no")

    task = run_task(work, done.append, failed.append)
    qtbot.waitUntil(lambda: not task.pending, timeout=5000)
    assert done == [] and [type(e) for e in failed] == [ValueError]


def test_progress_arrives_before_the_result_and_cancel_reaches_the_work(qtbot):
    events, task = [], Task("counting")
    task.progress.connect(lambda done, total: events.append((done, total)))
    started = threading.Event()

    def work():
        for i in range(3):
            task.progress.emit(i + 1, 3)
        started.set()
        task.cancel.wait(5)
        return task.cancel.is_set()

    task.run(work, lambda cancelled: events.append(("done", cancelled)))
    started.wait(5)
    task.cancel.set()
    task.wait()
    assert not task.alive and task.pending  # ended, its callback still to come
    qtbot.waitUntil(lambda: not task.pending, timeout=5000)
    assert events == [(1, 3), (2, 3), (3, 3), ("done", True)]


def test_a_kept_worker_runs_its_tasks_one_after_another_on_one_thread(qtbot):
    names = []
    tasks = [run_task(lambda: threading.current_thread().ident, names.append,
                      worker=one_worker("test-worker")) for _ in range(3)]
    qtbot.waitUntil(lambda: not any(t.pending for t in tasks), timeout=5000)
    assert len(names) == 3 and len(set(names)) == 1
    assert one_worker("test-worker") is one_worker("test-worker")


def test_a_refresh_reads_on_the_journals_one_worker_and_once_when_asked_twice(qtbot):
    """After a save, screens read the journal again off the GUI thread, on one kept thread
    (db.py's rules), and requests that pile up while a read waits are read once."""
    import threading

    from PySide6.QtWidgets import QLabel

    from desktop.views.widgets.tasks import Refresher, journal_worker, settle_journal_work

    owner = QLabel()
    qtbot.addWidget(owner)
    gate = threading.Event()
    journal_worker().submit(gate.wait)  # the worker is busy: the requests below must wait
    reads, shown = [], []

    def read(n):
        reads.append((n, threading.current_thread().name))
        return n

    refresher = Refresher(owner, read, lambda n: shown.append((n, threading.current_thread())))
    refresher.request(1)
    refresher.request(2)  # while the first still waits: not read again
    gate.set()
    settle_journal_work()
    assert [n for n, _ in reads] == [1]
    assert reads[0][1].startswith("journal")
    assert shown == [(1, threading.main_thread())]
    refresher.request(3)  # a later save reads again
    settle_journal_work()
    assert [n for n, _ in reads] == [1, 3]


def test_a_refresh_reads_through_the_gui_threads_connection(qtbot, services):
    """The GUI thread saves through its connection, which keeps its cache; a read through
    another connection would find it emptied by that save (desktop/connection_sharing.py)."""
    from desktop.views.widgets.tasks import Refresher, settle_journal_work

    from PySide6.QtWidgets import QLabel

    def connection():
        with services.db.engine.connect() as conn:
            return conn.connection.dbapi_connection, threading.current_thread()

    owner = QLabel()
    qtbot.addWidget(owner)
    shown = []
    Refresher(owner, connection, shown.append).request()
    settle_journal_work()
    (read_through, read_on), = shown
    assert read_on is not threading.main_thread()
    assert read_through is connection()[0]


def test_a_refresh_starts_once_the_gui_thread_is_back_in_its_event_loop(qtbot):
    """A save asks for it from inside its commit, and may still read what it saved through
    the connection the refresh borrows: started at once, the refresh made the save wait."""
    from PySide6.QtWidgets import QLabel

    from desktop.views.widgets.tasks import Refresher, settle_journal_work

    owner = QLabel()
    qtbot.addWidget(owner)
    gate, reads, shown = threading.Event(), [], []

    def read():
        reads.append(threading.current_thread())
        gate.wait(5)
        return "read"

    refresher = Refresher(owner, read, shown.append)
    refresher.request()
    assert refresher.pending and not refresher.task.alive  # asked, not yet given the worker
    qtbot.waitUntil(lambda: bool(reads), timeout=5000)
    assert reads[0] is not threading.main_thread()
    gate.set()
    settle_journal_work()
    assert shown == ["read"]


def test_a_refresh_asked_for_just_before_the_journal_closes_does_not_read(qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop.views.widgets.tasks import Refresher, settle_journal_work, wait_journal_work

    owner = QLabel()
    qtbot.addWidget(owner)
    reads = []
    refresher = Refresher(owner, lambda: reads.append(1), lambda _r: None)
    refresher.request()
    wait_journal_work()  # closing the journal
    settle_journal_work()
    qtbot.wait(50)
    assert reads == [] and not refresher.pending
    refresher.request()  # a journal opened again: its screens read as before
    qtbot.waitUntil(lambda: reads == [1], timeout=5000)
