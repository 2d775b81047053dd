"""Work off the GUI thread, the one way every screen does it (as Picard's `run_task` and Anki's
`QueryOp`): the work runs on a worker thread, and its result, or the exception it raised, is
handed to a callback on the GUI thread.

    task = run_task(work, on_done, on_failed, name="backup")   # work() -> result
    task.pending    # True until on_done or on_failed has run (on the GUI thread)
    task.wait(120)  # block until the work has ended (closing a dialog, quitting)

For progress and Cancel, make the Task first and hand its parts to the work:

    task = Task("import")
    task.progress.connect(show)                     # (done, total), emitted on the worker
    task.run(lambda: apply(..., progress=task.progress.emit, cancelled=task.cancel.is_set),
             on_done, on_failed)

Each task gets a thread of its own (a daemon: quitting never waits for it), unless it is
given a `worker` (`one_worker(name)`): then the tasks given it run one after another on one
thread that is kept. Database work that may run many times (the export) uses one: each thread
keeps its own connection to the journal (desktop/db.py says why that matters).

The callbacks run from the event loop, after the work's thread has ended. `on_failed`
defaults to writing the error to the log.
"""

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...connection_sharing import beside_the_gui
from ...logs import describe_exception

log = logging.getLogger(__name__)

_running: set["Task"] = set()  # kept alive until their callbacks have run
_deferred: set["Task"] = set()  # a Refresher's reads asked for, not yet given the worker
_workers: dict = {}


class Task(QObject):
    """One piece of work; see the module's docstring."""

    progress = Signal(int, int)  # for the work to emit: (done, total)
    _ended = Signal(bool, object)  # (ok, the result or the exception), to the GUI thread

    def __init__(self, name: str = "task"):
        super().__init__()
        self.name = name
        self.cancel = threading.Event()  # for the work to look at; set by whoever cancels
        self.pending = False
        self._thread: threading.Thread | None = None
        self._future = None
        self._on_done = self._on_failed = None
        self._forgotten = False
        self._ended.connect(self._deliver)

    def run(self, work: Callable[[], object], on_done: Callable[[object], None] | None = None,
            on_failed: Callable[[BaseException], None] | None = None,
            worker=None) -> "Task":
        self._on_done, self._on_failed = on_done, on_failed
        self.pending = True
        _running.add(self)

        def body():
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - the GUI thread's on_failed decides
                self._ended.emit(False, exc)
            else:
                self._ended.emit(True, result)

        if worker is None:
            self._thread = threading.Thread(target=body, name=self.name, daemon=True)
            self._thread.start()
        else:
            self._future = worker.submit(body)
        return self

    @property
    def alive(self) -> bool:
        """The work is still running on its thread (its callbacks may be still to come)."""
        if self._future is not None:
            return not self._future.done()
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the work has ended (not its callbacks: they need the event loop)."""
        if self._future is not None:
            # lazy: the thread pool loads with the first background task (start-up)
            from concurrent.futures import wait

            wait([self._future], timeout=timeout)
        elif self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def forget(self) -> None:
        """The result is no longer wanted (the journal it reads is closing): no callback
        runs, and nothing here keeps what the callbacks held (the journal, its key)."""
        self._on_done = self._on_failed = None
        self._forgotten = True
        self.pending = False
        _running.discard(self)

    def _deliver(self, ok: bool, value) -> None:
        self.wait()  # the thread is at its end: it has nothing more to do after emitting
        self.pending = False
        _running.discard(self)
        if self._forgotten:
            return
        if ok:
            if self._on_done is not None:
                self._on_done(value)
        elif self._on_failed is not None:
            self._on_failed(value)
        else:
            log.error("%s failed: %s", self.name, describe_exception(value))


def run_task(work: Callable[[], object], on_done: Callable[[object], None] | None = None,
             on_failed: Callable[[BaseException], None] | None = None, *,
             name: str = "task", worker=None) -> Task:
    """`work()` on a worker thread; then `on_done(result)` or `on_failed(exception)` on the GUI
    thread. Returns the Task (pending, wait)."""
    return Task(name).run(work, on_done, on_failed, worker=worker)


def one_worker(name: str):
    """The one thread, kept, that runs the tasks given it one after another (a
    concurrent.futures executor; created when first asked for)."""
    worker = _workers.get(name)
    if worker is None:
        # lazy: the thread pool loads with the first background task (start-up)
        from concurrent.futures import ThreadPoolExecutor

        worker = _workers[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
    return worker


JOURNAL = "journal"


def journal_worker():
    """The one kept thread that reads the journal for the screens (refreshes after a save,
    lists read again): one connection, reads one after another, never two at once (db.py's
    _ThreadPool says why)."""
    return one_worker(JOURNAL)


def settle_journal_work(timeout: float = 30.0) -> None:
    """Wait until what was given the journal's worker has run and its callbacks have been
    delivered (before closing the journal, and in tests and the benchmark)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if not any(t.pending for t in _running):
            return
        time.sleep(0.002)


class Refresher:
    """A screen reading the journal again after a save, off the GUI thread: `read()` runs on
    the journal's worker, `show(result)` on the GUI thread once read (not if `owner`, a
    widget, is gone by then). Asked again while a read still waits for its turn, it reads
    once; asked while reading, it reads once more after. `failed(exc)` (default: the log)
    hears what went wrong."""

    def __init__(self, owner, read: Callable[..., object], show: Callable[[object], None],
                 failed: Callable[[BaseException], None] | None = None, name: str = "refresh"):
        self.owner, self.read, self.show, self.failed, self.name = owner, read, show, failed, name
        self._waiting = False
        self.task: Task | None = None

    def request(self, *args) -> None:
        """Read with `args` (values taken on the GUI thread: the worker never asks a widget)."""
        if self._waiting:
            return
        self._waiting = True

        def work():
            self._waiting = False  # from here on, a new request reads again after this one
            # Through the GUI thread's connection, which the save left warm (db.py's pool).
            with beside_the_gui():
                return self.read(*args)

        # Started once the GUI thread is back in its event loop: the save that asked (from
        # the change feed, inside its commit) may still read what it saved, and would find
        # its connection lent to this read (and read through a cold spare, db.py's pool).
        task = self.task = Task(self.name)
        task.pending = True
        _running.add(task)
        _deferred.add(task)

        def start():
            _deferred.discard(task)
            if task.pending:  # not forgotten meanwhile (the journal closing)
                task.run(work, self._done, self._failed, worker=journal_worker())
            else:
                self._waiting = False

        QTimer.singleShot(0, start)

    @property
    def pending(self) -> bool:
        return self.task is not None and self.task.pending

    def _alive(self) -> bool:
        from shiboken6 import isValid  # lazy: only when a read comes back

        return isValid(self.owner)

    def _done(self, result) -> None:
        if self._alive():
            self.show(result)

    def _failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        if self.failed is not None:
            self.failed(exc)
        else:
            log.error("%s failed: %s", self.name, describe_exception(exc))


def wait_journal_work(timeout: float = 30.0) -> None:
    """Block until the reads already given the journal's worker have ended (their callbacks
    come later, from the event loop): before the journal is closed (db.py's rules). Reads
    asked for and not yet given it are dropped."""
    for task in list(_deferred):  # asked for, not started: the journal is closing
        task.forget()
    worker = _workers.get(JOURNAL)
    if worker is not None:
        # lazy: the thread pool loads with the first background task (start-up)
        from concurrent.futures import wait

        wait([worker.submit(lambda: None)], timeout=timeout)  # it runs after all before it
