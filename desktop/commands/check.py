"""`senim check`: the full integrity checks of the journal (SQLCipher's page checksums,
SQLite's integrity and foreign-key checks, the audit trail's chain, the schema) and a
one-line verdict: exit 0 when healthy, 1 when not (damaged, or its file missing or empty
beside keys.json), 2 when the check could not run (credentials; a full disk, a read-only
folder or a file locked by another program, each named: the journal is not called damaged
for those, see desktop/faults.py)."""

import argparse
import sys
from pathlib import Path

from .common import log_fault, say_fault, sign_in_or_explain

NAME = "check"


def register(sub, common) -> None:
    sub.add_parser(NAME, parents=[common],
                   help="check the journal's integrity and print a one-line verdict")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from sqlalchemy.exc import SQLAlchemyError

    from ..backups import check_database
    from ..db import JournalDamaged
    from ..faults import DAMAGED, JOURNAL_FAULTS, fault_of
    from ..vault import sign_out

    try:
        services = sign_in_or_explain(data_dir, database_errors_to_caller=True)
    except Exception as exc:
        code = fault_of(exc, data_dir)
        if code is None and isinstance(exc, (SQLAlchemyError, JournalDamaged)):
            code = DAMAGED  # the keyring gave the key, and the journal will not open with it
        if code is None:
            raise
        log_fault(exc)
        if code == DAMAGED:
            print(f"Journal damaged: it cannot be opened ({type(exc).__name__}).", end=" ")
            sys.stdout.flush()
        say_fault(code, data_dir, file=sys.stdout if code in JOURNAL_FAULTS else sys.stderr)
        return 1 if code in JOURNAL_FAULTS else 2
    if services is None:
        return 2
    try:
        ok, verdict = check_database(services.db)
    finally:
        try:
            sign_out(services)
        except SQLAlchemyError:
            pass  # the verdict says what matters
    print(("Journal healthy: " if ok else "Journal damaged: ") + verdict.removeprefix("healthy: ")
          + ".")
    return 0 if ok else 1
