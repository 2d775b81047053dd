"""senim.lock: one Senim at a time changes a data folder's journal.

The app holds it while it runs (desktop/app/); the commands that write to the journal or
replace its files (desktop/cli.py WRITING) hold it while they work, and refuse with one
plain line while the app or another such command holds it. Only QtCore is imported: the
commands do not load the widgets.
"""

from pathlib import Path

from PySide6.QtCore import QLockFile

from .file_modes import private_file

LOCK_FILE = "senim.lock"  # one Senim per data folder


def take_instance_lock(data_dir: Path):
    """The data folder's lock file, held while this Senim runs; None when another Senim on
    this computer holds it. A lock left by a Senim that crashed (its process is gone) is taken
    over. Never stale by age: Senim may run for days."""
    return try_instance_lock(data_dir)[0]


def try_instance_lock(data_dir: Path):
    """(the lock, None) when taken; (None, True) when another Senim holds it; (None, False)
    when the lock file cannot be made at all (a full disk, a read-only folder): no other
    Senim can be holding it then, and the fault is the command's to name."""
    lock = QLockFile(str(Path(data_dir) / LOCK_FILE))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        return None, lock.error() == QLockFile.LockError.LockFailedError
    private_file(Path(data_dir) / LOCK_FILE)
    return lock, None
