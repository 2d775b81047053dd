"""`senim check`: the full integrity checks of the journal (SQLCipher's page checksums,
SQLite's integrity and foreign-key checks, the audit trail's chain, the schema) and a
one-line verdict: exit 0 when healthy, 1 when not, 2 when the check could not run."""

import argparse
from pathlib import Path

NAME = "check"


def register(sub, common) -> None:
    sub.add_parser(NAME, parents=[common],
                   help="check the journal's integrity and print a one-line verdict")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from ..backups import check_database
    from ..cli import sign_in_or_explain
    from ..vault import sign_out

    from ..db import JournalDamaged

    try:
        services = sign_in_or_explain(data_dir, database_errors_to_caller=True)
    except (SQLAlchemyError, JournalDamaged) as exc:
        # The keyring gave the key, so a journal that will not open with it is damaged.
        print(f"Journal damaged: it cannot be opened ({type(exc).__name__}); "
              "restore the latest verified backup (senim restore).")
        return 1
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
