"""`senim backup [--to DIR]`: an encrypted backup of the journal into the data folder's
backups/ and into a second folder (--to, else the one chosen in the app), each verified;
then the old ones are thinned out (7 daily, 4 weekly, 12 monthly). One line per backup kept."""

import argparse
from datetime import datetime
from pathlib import Path

from .common import err, sign_in_or_explain

NAME = "backup"


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="make a verified, encrypted backup and list the backups kept")
    p.add_argument("--to", metavar="DIR",
                   help="a second folder for the backup, e.g. a USB stick "
                        "(default: the one chosen in Settings → Backups, if any)")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """0: every backup verified; 1: one failed (the reason is printed); 2: could not run."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..backups import back_up_everywhere, list_backups
    from ..settings import Settings
    from ..vault import sign_out

    second = args.to if args.to else Settings.load(data_dir).backup_dir
    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        outcome = back_up_everywhere(services.db, data_dir, second, datetime.now())
    finally:
        sign_out(services)
    failed = False
    for folder, info, problem in outcome:
        if info is None or not info.verified:
            failed = True
            err(f"senim backup: the backup in {folder} failed: {problem}.")
            if info is None:
                continue
        print(f"{folder}:")
        for b in list_backups(folder):
            print("  " + describe(b))
    return 1 if failed else 0


def describe(b) -> str:
    state = "verified" if b.verified else f"{b.state}" + (f" ({b.reason})" if b.reason else "")
    return f"{b.taken_at:%Y-%m-%d %H:%M}  {b.path.name}  {size(b.size)}  {state}"


def size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{max(n, 0) / 1024:.0f} KB"
