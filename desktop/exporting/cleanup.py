"""Removing what a killed export left behind: its hidden ".partial" working folder, which may
hold the confidential notes in plain text.

An export writes into `.senim-export-XXXX.partial` (or `.senim-pupils-XXXX.partial`) beside
its target and renames it into place when complete (desktop/exporting/). Killed
midway, nothing can clean up; so every working folder is listed in the data folder's
exports-pending.txt while it exists, and `remove_stale_exports` runs before every export (on
the list and on the target folder) and at the app's start (on the list).

Only Senim's own folders are removed: a name that matches _PARTIAL_NAME exactly, a real folder
(not a link), and nothing written in it for STALE_AFTER_SECONDS (a running export writes every
batch of rows, so one running in another Senim is left alone). Anything else is never touched.

Qt-free and without SQLAlchemy: the app runs it at start, before the journal is open.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from pathlib import Path

from ..file_modes import private_file

_PARTIAL_NAME = re.compile(r"^\.senim-(export|pupils)-[A-Za-z0-9_]+\.partial$")
PENDING_FILE = "exports-pending.txt"  # in the data folder: working folders not yet removed
STALE_AFTER_SECONDS = 600.0


def is_partial_export(path: Path) -> bool:
    """A working folder of Senim's own export, by its name alone."""
    return bool(_PARTIAL_NAME.match(path.name))


def _last_written(folder: Path) -> float:
    newest = folder.lstat().st_mtime
    for entry in folder.iterdir():
        try:
            newest = max(newest, entry.lstat().st_mtime)
        except OSError:
            pass
    return newest


def _remove_if_stale(folder: Path, now: float) -> bool:
    """Removes a stale working folder of Senim's; True when it is gone (or never was)."""
    try:
        if not folder.exists():
            return True
        if (folder.is_symlink() or not folder.is_dir() or not is_partial_export(folder)
                or now - _last_written(folder) < STALE_AFTER_SECONDS):
            return False
        shutil.rmtree(folder)
    except OSError:
        return False
    return True


def remove_stale_exports(data_dir: Path, out_dir: Path | None = None,
                         now: float | None = None) -> list[Path]:
    """Removes the working folders of exports that were killed: those listed in the data
    folder's exports-pending.txt and, when given, those in out_dir. Only folders named as
    Senim names them and untouched for STALE_AFTER_SECONDS. Never raises; returns what it
    removed. Run at the app's start and before every export."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    pending_file = Path(data_dir) / PENDING_FILE
    try:
        listed = [Path(line) for line in pending_file.read_text("utf-8").splitlines()
                  if line.strip()]
    except (OSError, UnicodeDecodeError):
        listed = []
    candidates = list(listed)
    if out_dir is not None:
        try:
            candidates += [p for p in Path(out_dir).iterdir() if is_partial_export(p)]
        except OSError:
            pass
    seen: set[Path] = set()
    for folder in candidates:
        if folder in seen:
            continue
        seen.add(folder)
        existed = folder.exists()
        if _remove_if_stale(folder, now) and existed:
            removed.append(folder)
    if listed:
        gone = {p for p in listed if not p.exists()}
        if gone:
            try:
                _rewrite_pending(pending_file, [p for p in listed if p not in gone])
            except OSError:
                pass
    return removed


_pending_lock = threading.Lock()


def _remember_pending(data_dir: Path, work: Path) -> None:
    with _pending_lock:
        with open(Path(data_dir) / PENDING_FILE, "a", encoding="utf-8") as f:
            private_file(f.name)
            f.write(f"{work}\n")
            f.flush()
            os.fsync(f.fileno())


def _forget_pending(data_dir: Path, work: Path) -> None:
    """Never raises: a line left behind only costs a look at the next start."""
    pending_file = Path(data_dir) / PENDING_FILE
    with _pending_lock:
        try:
            lines = pending_file.read_text("utf-8").splitlines()
            _rewrite_pending(pending_file, [Path(x) for x in lines if x and Path(x) != work])
        except (OSError, UnicodeDecodeError):
            pass


def _rewrite_pending(pending_file: Path, paths: list[Path]) -> None:
    if not paths:
        pending_file.unlink(missing_ok=True)
        return
    tmp = pending_file.with_name(pending_file.name + ".tmp")
    tmp.write_text("".join(f"{p}\n" for p in paths), "utf-8")
    private_file(tmp)
    os.replace(tmp, pending_file)
