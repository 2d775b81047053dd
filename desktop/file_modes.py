"""Who may read Senim's files: only the user who runs it.

Here, not in desktop/security/: importing that package loads argon2 and cryptography,
which the app loads only after its first paint.

On POSIX every file Senim writes with personal data in it (senim.db with its -wal and -shm,
keys.json, senim.lock, backups with their keyrings and manifests, exports) is 0600 and every
folder it makes for them (the data folder, backups/, backups/before-upgrade/, an export's
folder) 0700. Two layers, because neither alone catches everything:

- ``restrict_process()``: a process umask of 0o077, set first thing by ``senim`` (the app
  and every command, desktop/cli.py). It catches what we do not create ourselves: SQLite's
  own files, openpyxl's, QLockFile's, shutil.copyfile's, and the reports and letters the user
  saves through a Save dialog. Those get 0600 too, deliberately: they name pupils, and the
  programs that open them (a PDF viewer, a mail client) run as the same user.
- explicit ``private_file`` / ``private_dir`` where we write: the library is also used
  without ``senim`` (tests, a script), and files made by an earlier version were 0644 (see
  ``tighten_data_dir``, run at start). SQLite creates -wal and -shm with the database file's
  own mode, so a 0600 senim.db keeps them 0600 whatever the umask.

Folders the user chose (an export's target folder, a second backup folder on a USB stick)
are left as they are: only what Senim creates inside them is restricted.

Windows: the data folder is in the user's profile (%LOCALAPPDATA%), whose ACL already
grants only that user (and SYSTEM and Administrators); files inherit it. Nothing is done
there (os.chmod can only toggle read-only) and no ACL code is written that cannot be tested
here.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name == "posix"


def restrict_process() -> None:
    """Files and folders this process creates from now on are the user's alone (POSIX)."""
    if POSIX:
        os.umask(PRIVATE_UMASK)


def private_file(path: Path | str) -> None:
    """chmod 0600 if the file is there; a file system without modes (FAT) is left alone."""
    _chmod(path, FILE_MODE)


def write_private(path: Path | str, data: bytes) -> None:
    """Write a whole file atomically, readable by its owner only: a temporary file beside
    it (mkstemp makes it 0600), fsync, rename over the target, fsync the folder. The file is
    always either the old version or the new one."""
    # lazy: tempfile loads with the first private write, not for `senim --help` (start-up)
    import tempfile

    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a folder this way; skipped there."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def private_dir(path: Path | str, create: bool = True) -> Path:
    """The folder (made with its parents if missing), chmod 0700. Only for Senim's own
    folders: never the user's Documents or the export target they chose."""
    path = Path(path)
    if create:
        path.mkdir(parents=True, exist_ok=True)
    _chmod(path, DIR_MODE)
    return path


def tighten_data_dir(data_dir: Path | str) -> None:
    """Bring the files of an earlier version (made 0644) to 0600 and Senim's folders to
    0700: the data folder, the journal and its keyring, backups/ and what is in it, and the
    folders earlier restores moved aside. Never raises: a start is not blocked by it."""
    if not POSIX:
        return
    data_dir = Path(data_dir)
    try:
        if not data_dir.is_dir():
            return
        _chmod(data_dir, DIR_MODE)
        for entry in data_dir.iterdir():
            if entry.is_symlink():
                continue
            if entry.is_file():
                _chmod(entry, FILE_MODE)
            elif entry.is_dir() and (entry.name == "backups"
                                     or entry.name.startswith("before-restore-")):
                _tighten_tree(entry)
    except OSError:
        pass


def _tighten_tree(folder: Path) -> None:
    _chmod(folder, DIR_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            _chmod(Path(root) / name, DIR_MODE)
        for name in files:
            _chmod(Path(root) / name, FILE_MODE)


def _chmod(path: Path | str, mode: int) -> None:
    if not POSIX:
        return
    try:
        if os.path.islink(path):
            return
        if (os.stat(path).st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except OSError:  # missing, or a file system without modes
        pass
