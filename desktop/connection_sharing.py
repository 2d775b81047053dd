"""Which reads go through the GUI thread's connection to the journal (desktop/db.py's pool).

A screen that reads again after a save does it on the journal's worker
(views/widgets/tasks.py's Refresher). Were it reading through a connection of its own, it
would start cold: when one connection commits, SQLite empties the page cache of every other
connection to the file, and each page read again is decrypted again (at a million records,
the pupil card's chronology took 60-70 ms of CPU after a save instead of 20). The GUI thread
saved through its own connection, whose cache the save leaves warm; so those reads use it,
one checkout (a whole transaction) at a time. The GUI thread never waits for them: while its
connection is lent, it uses a spare one (a keystroke's search, a save meanwhile).
"""

import threading
from contextlib import contextmanager

_here = threading.local()


@contextmanager
def beside_the_gui():
    """While the block runs, this thread's journal reads use the GUI thread's connection."""
    before = getattr(_here, "beside", False)
    _here.beside = True
    try:
        yield
    finally:
        _here.beside = before


def uses_the_gui_connection() -> bool:
    """This thread is the GUI's (the main thread) or reads beside it."""
    return threading.current_thread() is threading.main_thread() or getattr(
        _here, "beside", False)
