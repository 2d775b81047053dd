"""A small demo journal with one verified backup, made through the real `senim` commands,
for the tests that damage, hide or restore a journal."""

import os
from pathlib import Path

from desktop import cli
from desktop.vault import DEMO_PASSWORD, DEMO_USER


def demo_journal_with_backup(path: Path, *demo_args: str) -> Path:
    """`senim demo` with `demo_args`, then `senim backup`, in `path`, signed in as the demo
    account (the environment is left as it was)."""
    os.environ["SENIM_USER"], os.environ["SENIM_PASSWORD"] = DEMO_USER, DEMO_PASSWORD
    try:
        assert cli.main(["--data-dir", str(path), "--lang", "en", "demo", *demo_args]) == 0
        assert cli.main(["--data-dir", str(path), "backup"]) == 0
    finally:
        for name in ("SENIM_USER", "SENIM_PASSWORD"):
            os.environ.pop(name, None)
    return path
