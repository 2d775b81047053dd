"""`senim restore FILE [--yes]`: put a backup in place of the journal, after a preview of
what it holds. The current journal is moved aside first (before-restore-<time>/ in the data
folder), so the restore can be undone. Psychologist only."""

import argparse
import sys
from pathlib import Path

NAME = "restore"


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="replace the journal with a backup (the current one is kept aside)")
    p.add_argument("file", metavar="FILE", help="the backup's .db file (senim-….db)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """0: restored; 1: the restore failed (the journal is as it was); 2: did not run."""
    from ..backups import BackupError, backup_summary, restore_backup
    from ..cli import err, sign_in_or_explain
    from ..vault import sign_out

    path = Path(args.file).expanduser()
    if not path.is_file():
        err(f"senim restore: there is no backup file {path}.")
        return 2
    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    key = services.db.key
    try:
        if services.ctx.role != "psychologist":
            err("senim restore: only a psychologist's account may restore a backup.")
            return 2
        try:
            summary = backup_summary(path, key)
        except BackupError as exc:
            err(f"senim restore: {exc}; nothing was changed.")
            return 1
        current = {t: n for t, n in _counts(services.db).items()}
    finally:
        sign_out(services)
    print(f"Backup taken {summary.taken_at:%Y-%m-%d %H:%M}; rows per table "
          "(in the backup / in the journal now):")
    for table in sorted(set(summary.counts) | set(current)):
        print(f"  {table:<28} {summary.counts.get(table, 0):>8} {current.get(table, 0):>8}")
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            err("senim restore: confirm with --yes (no terminal to ask at); nothing was changed.")
            return 2
        answer = input("Replace the journal with this backup? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "д", "да", "и", "иә"):
            print("Nothing was changed.")
            return 2
    try:
        aside = restore_backup(path, data_dir, key)
    except (BackupError, OSError) as exc:
        err(f"senim restore: {exc}; the journal is as it was.")
        return 1
    print(f"Restored. The journal as it was before is kept in {aside}.")
    return 0


def _counts(db) -> dict[str, int]:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))]
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar() for n in names}
