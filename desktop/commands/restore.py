"""`senim restore FILE [--yes]`: put a backup in place of the journal, after a preview of
what it holds. The current journal is moved aside first (before-restore-<time>/ in the data
folder), so the restore can be undone. Psychologist only.

A journal whose file is missing, empty or damaged is restored too: the key comes from the
folder's keys.json with the user's password, and the backup itself must hold that user's
active psychologist account.

A data folder without keys.json (a new laptop, or a keyring lost) is restored by signing in
against the keyring kept beside the backup (senim-….keys.json): the user name and password
are those valid when the backup was taken, of an active psychologist in it.

The backup's accounts and passwords come back with it (its keyring is the journal's): the
preview says so plainly before anything is changed."""

import argparse
import sys
from pathlib import Path

from ..config import ENV_PASSWORD, ENV_USER
from .common import cannot_open, credentials, err, sign_in_or_explain

NAME = "restore"


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="replace the journal with a backup (the current one is kept aside)")
    p.add_argument("file", metavar="FILE", help="the backup's .db file (senim-….db)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """0: restored; 1: the restore failed (the journal is as it was); 2: did not run."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..backups import BackupError, backup_summary

    path = Path(args.file).expanduser()
    if not path.is_file():
        err(f"senim restore: there is no backup file {path}.")
        return 2
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..faults import DAMAGED, EMPTY, MISSING, fault_of
    from ..security import Keyring

    if not Keyring.exists(data_dir):
        return _restore_with_backup_keyring(args, path, data_dir)
    try:
        services = sign_in_or_explain(data_dir, database_errors_to_caller=True)
    except Exception as exc:
        code = fault_of(exc, data_dir)
        if code is None:
            cannot_open(data_dir, exc)
            return 2
        if code not in (MISSING, EMPTY, DAMAGED):
            raise  # a full disk, a read-only folder, a locked file: named by desktop/cli.py
        # The journal is missing or cannot be read: its keyring still gives the key, and the
        # backup itself says whether this account may restore it.
        return _restore_without_journal(args, path, data_dir)
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
        _sign_out_of_a_damaged_journal(services)
    print(f"Backup taken {summary.taken_at:%Y-%m-%d %H:%M}; rows per table "
          "(in the backup / in the journal now):")
    for table in sorted(set(summary.counts) | set(current)):
        print(f"  {table:<28} {summary.counts.get(table, 0):>8} {current.get(table, 0):>8}")
    if not _confirmed(args):
        return 2
    return _put_in_place(path, data_dir, key)


PASSWORDS_NOTE = ("The backup's accounts and passwords come back with it: after the restore, "
                  "sign in with the passwords that were valid when the backup was taken; "
                  "passwords changed since then no longer work.")


def _confirmed(args) -> bool | None:
    """True: go ahead; None: no terminal to ask at (said); False: the answer was no."""
    print(PASSWORDS_NOTE)
    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        err("senim restore: confirm with --yes (no terminal to ask at); nothing was changed.")
        return None
    answer = input("Replace the journal with this backup? [y/N] ").strip().lower()
    if answer not in ("y", "yes", "д", "да", "и", "иә"):
        print("Nothing was changed.")
        return False
    return True


def _put_in_place(path: Path, data_dir: Path, key: bytes) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..backups import BackupError, restore_backup

    try:
        aside = restore_backup(path, data_dir, key)
    except BackupError as exc:
        err(f"senim restore: {exc}; the journal is as it was.")
        return 1
    # Any other fault (a full disk, a read-only folder) is named by desktop/cli.py: the
    # restore put the journal back as it was first.
    if aside is None:
        print(f"Restored into {data_dir}. Sign in with an account and password of the backup.")
    else:
        print(f"Restored. The journal as it was before is kept in {aside}.")
    return 0


def _restore_without_journal(args, path: Path, data_dir: Path) -> int:
    """The journal's file is missing, empty or unreadable: the key comes from keys.json
    with the user's password, and the account must be an active psychologist's in the
    backup (there is no journal to ask). The unreadable file is moved aside, never deleted."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..backups import BackupError, backup_summary, role_in_backup
    from ..security import BadCredentials, Keyring, KeyringError, TooSoon

    given = credentials()
    if given is None:
        err(f"Senim needs a user name and password: set {ENV_USER} and {ENV_PASSWORD}, "
            "or run this command in a terminal.")
        return 2
    try:
        key = Keyring.load(data_dir).unlock(*given)
    except TooSoon as exc:
        err(f"Too many failed sign-ins: try again in {int(exc.seconds) + 1} s.")
        return 2
    except BadCredentials:
        err("Wrong user name or password.")
        return 2
    except KeyringError:
        err(f"The keyring in {data_dir} is damaged; nothing was changed.")
        return 2
    try:
        summary = backup_summary(path, key)
        role = role_in_backup(path, key, given[0])
    except BackupError as exc:
        err(f"senim restore: {exc}; nothing was changed.")
        return 1
    if role != "psychologist":
        err("senim restore: only a psychologist's account may restore a backup.")
        return 2
    print(f"Backup taken {summary.taken_at:%Y-%m-%d %H:%M}; rows per table in the backup "
          "(the journal now cannot be read):")
    for table in sorted(summary.counts):
        print(f"  {table:<28} {summary.counts[table]:>8}")
    if not _confirmed(args):
        return 2
    return _put_in_place(path, data_dir, key)


def _restore_with_backup_keyring(args, path: Path, data_dir: Path) -> int:
    """No keys.json in the data folder (a new laptop): the key comes from the keyring kept
    beside the backup, with a user name and password valid in it, and the account must be an
    active psychologist's in the backup. Nothing is written to the folder before the restore
    (but for the sign-in back-off's own files, which count wrong passwords here too)."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..backups import (
        BackupError, BackupKeyringMissing, NotAPsychologist, backup_summary,
        unlock_with_backup_keyring,
    )
    from ..security import BadCredentials, TooSoon

    given = credentials()
    if given is None:
        err(f"Senim needs a user name and password: set {ENV_USER} and {ENV_PASSWORD}, "
            "or run this command in a terminal.")
        return 2
    try:
        key = unlock_with_backup_keyring(path, data_dir, *given)
        summary = backup_summary(path, key)
    except TooSoon as exc:
        err(f"Too many failed sign-ins: try again in {int(exc.seconds) + 1} s.")
        return 2
    except BadCredentials:
        err("Wrong user name or password (of the backup: the passwords valid when it was "
            "taken).")
        return 2
    except BackupKeyringMissing as exc:
        err(f"senim restore: {exc}, and {data_dir} has no keys.json to sign in with; "
            "nothing was changed.")
        return 2
    except NotAPsychologist:
        err("senim restore: only a psychologist's account may restore a backup.")
        return 2
    except BackupError as exc:
        err(f"senim restore: {exc}; nothing was changed.")
        return 1
    print(f"Backup taken {summary.taken_at:%Y-%m-%d %H:%M}; rows per table in the backup "
          f"(there is no journal in {data_dir} yet):")
    for table in sorted(summary.counts):
        print(f"  {table:<28} {summary.counts[table]:>8}")
    if not _confirmed(args):
        return 2
    return _put_in_place(path, data_dir, key)


def _sign_out_of_a_damaged_journal(services) -> None:
    """Sign out; a journal with a damaged page may refuse the sign-out's audit entry
    (SQLCipher then reads it as read-only): it is the one about to be replaced, so that is
    no reason to stop (the connections are closed all the same)."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from sqlalchemy.exc import DatabaseError

    from ..vault import sign_out

    try:
        sign_out(services)
    except DatabaseError:
        pass


def _counts(db) -> dict[str, int]:
    """Rows per table of the journal now; a table on a damaged page is left out (the
    journal being restored may be the damaged one)."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    found = {}
    with db.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))]
        for n in names:
            try:
                found[n] = conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar()
            except DatabaseError:
                conn.rollback()
    return found
