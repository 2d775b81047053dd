"""What the `senim` commands share: the terminal's messages, the credentials, signing in
or saying plainly why not, and a fault's one line in the interface language.

Nothing heavy at the top (the parser is built on every start of the app): the journal's
modules and Qt's translators are imported by the functions that need them.
"""

import os
import sys
from contextlib import contextmanager
from pathlib import Path

from ..config import ENV_PASSWORD, ENV_USER

_lang: list[str | None] = [None]  # --lang of this run, for the fault messages


def set_language(lang: str | None) -> None:
    """The run's --lang (cli.main), for the fault messages."""
    _lang[0] = lang


def credentials() -> tuple[str, str] | None:
    """From SENIM_USER and SENIM_PASSWORD (scripts), else asked at the terminal."""
    user, password = os.environ.get(ENV_USER), os.environ.get(ENV_PASSWORD)
    if user and password:
        return user, password
    if sys.stdin is not None and sys.stdin.isatty():
        user = user or input("User name: ")
        # lazy: loads when a command asks, not when the app starts (start-up)
        import getpass

        password = password or getpass.getpass("Password: ")
        return user, password
    return None


def say_fault(code: str, data_dir: Path, file=None) -> None:
    """The fault's one line (desktop/faults.py), in the interface language (--lang, else
    the saved setting); for a missing, empty or damaged journal it names the newest verified
    backup and the `senim restore` command."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..faults import DAMAGED, EMPTY, MISSING, newest_backup
    from ..views.widgets.messages import fault_message

    backup = newest_backup(data_dir) if code in (MISSING, EMPTY, DAMAGED) else None
    with translated(data_dir, _lang[0]):
        text = fault_message(code, data_dir, backup)
    print(text, file=file or sys.stderr)


def log_fault(exc: BaseException) -> None:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    import logging

    from ..logs import describe_exception

    # Info, not error: the command line has no log file, and Python's last-resort handler
    # would print warnings and errors (with their traceback) on stderr.
    logging.getLogger(__name__).info("a fault of the journal: %s", describe_exception(exc))


_COUNTS_ONLY = ("senim: a head teacher's account sees counts only, as published for it, never "
                "the journal: `senim report term` makes a report of a published quarter or "
                "year.")


def sign_in_or_explain(data_dir: Path, database_errors_to_caller: bool = False,
                       published_ok: bool = False):
    """The signed-in services, or None after a plain message on stderr. With
    database_errors_to_caller, SQLAlchemy's errors and the journal's faults (desktop/faults.py)
    are the caller's to explain. A missing journal or keyring is found before the password
    is asked for or tried, and nothing is created. A head teacher's account opens the
    published counts only (services/published.py): accepted with `published_ok`, else
    refused with a message."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..faults import fault_of
    from ..security import BadCredentials, KeyringError, TooSoon
    from ..services.published import NothingPublished, PublishedUnreadable
    from ..vault import check_journal_files, is_set_up, sign_in

    try:
        check_journal_files(data_dir)
    except Exception as exc:  # JournalMissing, KeyringMissing
        if database_errors_to_caller:
            raise
        say_fault(fault_of(exc), data_dir)
        return None
    if not is_set_up(data_dir):
        err(f"{data_dir} has no Senim journal yet: start `senim` to set one up, "
             "or run `senim demo` for a demo.")
        return None
    given = credentials()
    if given is None:
        err(f"Senim needs a user name and password: set {ENV_USER} and {ENV_PASSWORD}, "
             "or run this command in a terminal.")
        return None
    try:
        services = sign_in(data_dir, *given)
        if getattr(services, "published", False) and not published_ok:
            services.close()
            err(_COUNTS_ONLY)
            return None
        if services.new_recovery_key:
            # The first psychologist's sign-in since keys per role: shown once, here too.
            err("Senim now keeps confidential notes under a key only psychologists hold; the "
                "recovery key printed before cannot open them. The new recovery key replaces "
                f"it (shown only now; write it down and destroy the old one): "
                f"{services.new_recovery_key}")
            services.new_recovery_key = None
        return services
    except TooSoon as exc:
        err(f"Too many failed sign-ins: try again in {int(exc.seconds) + 1} s.")
    except BadCredentials:
        err("Wrong user name or password.")
    except NothingPublished:
        err("Nothing is published for the head teacher yet: the counts are published when the "
            "psychologist or a counsellor closes or locks the journal after working in it."
            if published_ok else _COUNTS_ONLY)
    except PublishedUnreadable:
        err("The published counts cannot be read (the file was changed, or is another "
            "journal's); they are published again when the journal is next closed.")
    except KeyringError:
        err(f"The keyring in {data_dir} is damaged; nothing was changed.")
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign database: a plain message
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from sqlalchemy.exc import SQLAlchemyError

        from ..db import JournalDamaged, MigrationFailed

        if isinstance(exc, MigrationFailed):  # its message is plain and names no one
            err(str(exc))
            return None
        code = fault_of(exc, data_dir)
        if database_errors_to_caller and (
                code is not None or isinstance(exc, (SQLAlchemyError, JournalDamaged))):
            raise
        if code is not None:
            log_fault(exc)
            say_fault(code, data_dir)
            return None
        cannot_open(data_dir, exc)
    return None


def cannot_open(data_dir: Path, exc: BaseException) -> None:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    import logging

    from ..logs import describe_exception

    logging.getLogger(__name__).error("opening the journal: %s", describe_exception(exc))
    err(f"The journal in {data_dir} cannot be opened: the database is damaged or does not "
         "belong to this keyring. Nothing was changed.")


def err(text: str) -> None:
    print(text, file=sys.stderr)


@contextmanager
def translated(data_dir: Path, lang: str | None):
    """Reasons and dates in the interface language (--lang, else the saved setting). Qt's
    translators need an application object: one is made for the while and then deleted.
    Yields the language in effect ("kk", "ru" or "en")."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    import shiboken6
    from PySide6.QtCore import QCoreApplication

    from ..settings import Settings
    from ..views.widgets.i18n import install_language

    existing = QCoreApplication.instance()
    app = existing or QCoreApplication([])
    try:
        yield install_language(app, lang or Settings.load(data_dir).language)
    finally:
        install_language(app, "en")
        if existing is None:
            shiboken6.delete(app)


def signed_in_for(data_dir: Path, command: str, right: str, records: str):
    """The signed-in services if the account has `right`, else None after saying that it
    sees counts only, never `records` (and signing out)."""
    # lazy: the journal's modules load when a command signs in, not for `senim --help`
    from ..vault import sign_out

    services = sign_in_or_explain(data_dir)
    if services is None:
        return None
    if not services.ctx.can(right):
        err(f"{command}: this account sees counts only, never {records}.")
        sign_out(services)
        return None
    return services


def pdf_out_refused(command: str, out: Path, force: bool) -> bool:
    """Say why a PDF cannot be written to `out` (a folder; a file there without --force)."""
    if out.is_dir():
        err(f"{command}: {out} is a folder; give a file name ending in .pdf.")
        return True
    if out.exists() and not force:
        err(f"{command}: {out} exists; choose another name, or add --force to replace it.")
        return True
    return False
