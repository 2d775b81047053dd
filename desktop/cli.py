"""`senim`: start the app (default), or work on the database from the command line.

Exit codes of the commands that open the journal: 0 done; 1 the command ran and found or
met a problem it names (`senim check`: the journal is not healthy, damaged or missing;
`senim restore`: the backup could not be put in place); 2 the command could not run, or
stopped, with nothing changed. A fault of the journal or of where it is kept (its file
missing or empty beside keys.json, keys.json missing, the disk full, the folder read-only, the
file locked by another program, the file damaged) is always one plain line on stderr, in the
interface language, never a traceback, and exit 2 (desktop/faults.py; only `senim check`,
whose verdict it is, exits 1 for a journal that is damaged or missing).
"""

import gc
import os
import sys
from pathlib import Path
from types import SimpleNamespace

from . import __version__, commands
from .commands.common import (
    cannot_open, err, log_fault, say_fault, set_language, sign_in_or_explain,
)
from .config import (
    ENV_DATA_DIR, ENV_PASSWORD, ENV_USER, RESTORE_JOURNAL_FILE, resolve_data_dir,
)
from .file_modes import restrict_process, tighten_data_dir
from .settings import LANGUAGES

# The languages --lang accepts: those of the settings but "system" (the parser and the app's
# own reading of its options).
LANG_CHOICES = tuple(code for code in LANGUAGES if code != "system")


def _positive(text: str) -> int:
    # lazy: argparse loads with the parser, not when the app starts (start-up)
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def build_parser():
    """The argparse parser of `senim` and every command."""
    # lazy: argparse loads with the parser, not when the app starts (start-up)
    import argparse

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help=f"folder with Senim's database (default: ${ENV_DATA_DIR}, else the user data folder)")
    parser = argparse.ArgumentParser(
        prog="senim", parents=[common],
        description="Senim: an offline journal for school psychologists.")
    parser.add_argument("--version", action="version", version=f"senim {__version__}")
    parser.add_argument("--lang", choices=LANG_CHOICES,
                        help="interface language for this run (default: the saved setting)")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a temporary folder and exit "
                             "(0: it works)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", parents=[common], help="start the application (the default)")
    demo = sub.add_parser("demo", parents=[common], help="add invented demo data to the database")
    demo.add_argument("--pupils", type=_positive, default=300, help="pupils to add (default 300)")
    demo.add_argument("--records", type=_positive, default=3000,
                      help="sessions and observations to add (default 3000)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    demo.add_argument("--if-empty", action="store_true",
                      help="add data only when the database has no pupils yet")
    recover = sub.add_parser(
        "recover", parents=[common],
        help="set a new password with the recovery key shown when the journal was set up")
    recover.add_argument("--user", required=True, help="the account whose password to set")
    audit = sub.add_parser("audit", parents=[common], help="the audit trail (psychologist only)")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", parents=[common],
                         help="check that no entry was changed or removed")
    for module in commands.load():
        module.register(sub, common)
    return parser


# Starting the app reads its few options without the parser: building it imports every
# command's module and makes their parsers (≈ 25 ms of the start). Option -> its choices
# (None: any value, "flag": none); before `run` all of them, after it only --data-dir, as the
# parser has them.
_APP_OPTIONS = {"--data-dir": None, "--lang": LANG_CHOICES, "--bench-startup": "flag"}


def app_start_args(argv: list[str]) -> SimpleNamespace | None:
    """`senim` or `senim run` with --data-dir, --lang, --bench-startup: what the parser
    would make of them; None for anything else (help, a command, an abbreviation, a
    mistake), which the parser reads, errors and all."""
    found = {"lang": None, "bench_startup": False, "self_test": False, "command": None}
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "run" and found["command"] is None:
            found["command"] = "run"
            continue
        name, equals, value = token.partition("=")
        choices = _APP_OPTIONS.get(name, False)
        if choices is False or (found["command"] == "run" and name != "--data-dir"):
            return None
        if choices == "flag":
            if equals:
                return None
            found["bench_startup"] = True
            continue
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if choices is not None and value not in choices:
            return None
        found[name[2:].replace("-", "_")] = value
    return SimpleNamespace(**found)


def main(argv: list[str] | None = None) -> int:
    restrict_process()  # before anything is written: see desktop/file_modes.py
    args = app_start_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.self_test:
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from .self_test import run

        return run()
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    tighten_data_dir(data_dir)
    set_language(args.lang)
    if args.command in (None, "run"):
        return _dispatch(args, data_dir)
    try:
        return _dispatch(args, data_dir)
    except Exception as exc:
        # A fault met while a command worked on the journal (a full disk during a backup, the
        # file locked during an import): named as what it is, never a traceback.
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from .faults import fault_of

        code = fault_of(exc, data_dir)
        if code is None:
            raise
        log_fault(exc)
        say_fault(code, data_dir)
        return 2


# The commands that write to the journal (beyond their sign-in's audit entries) or replace its
# files: they hold senim.lock while they work, as the app does, and refuse while the app or
# another of them holds it (a restore under an open app would leave the app saving into the
# journal moved aside). (command, action) pairs name one action of a command. The reading
# commands run beside the app: SQLite's own locking keeps their sign-in entries whole.
WRITING = {"demo", "recover", "backup", "restore", ("pupils", "import"),
           ("calendar", "import"), "keys", "server", "join", "sync", ("accounts", "add"),
           ("accounts", "revoke")}
# Those that may make the data folder (a new journal, a restore into a new laptop's).
MAKES_THE_FOLDER = {"demo", "restore", "join"}


def writes(args) -> bool:
    action = getattr(args, f"{args.command}_command", None)
    return args.command in WRITING or (args.command, action) in WRITING


def _dispatch(args, data_dir: Path) -> int:
    if args.command in (None, "run"):  # the app finishes a stopped restore under its lock
        return _dispatch_unlocked(args, data_dir)
    if writes(args):
        return _holding_the_lock(args, data_dir)
    if (data_dir / RESTORE_JOURNAL_FILE).exists():  # a restore stopped midway, or under way
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from .instance_lock import try_instance_lock

        lock, _held = try_instance_lock(data_dir)
        if lock is not None:  # none under way: finished or rolled back before reading
            try:
                _finish_stopped_restore(data_dir)
            finally:
                lock.unlock()
    return _dispatch_unlocked(args, data_dir)


def _finish_stopped_restore(data_dir: Path) -> None:
    """Holding senim.lock: a restore killed midway is finished or rolled back (one line)."""
    if not (data_dir / RESTORE_JOURNAL_FILE).exists():
        return
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from .backups import finish_interrupted_restore

    outcome = finish_interrupted_restore(data_dir)
    if outcome == "finished":
        err("senim: a restore that was stopped after its check is now finished.")
    elif outcome == "rolled back":
        err("senim: a restore that was stopped midway was undone: the journal is as it was "
            "before it.")


def _holding_the_lock(args, data_dir: Path) -> int:
    """Run a writing command holding senim.lock; refuse while another Senim holds it."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from .instance_lock import try_instance_lock

    if args.command in MAKES_THE_FOLDER:
        data_dir.mkdir(parents=True, exist_ok=True)
    if not data_dir.is_dir():  # nothing there for anyone to hold: the command says so
        return _dispatch_unlocked(args, data_dir)
    lock, held_elsewhere = try_instance_lock(data_dir)
    if lock is None and not held_elsewhere:  # a full disk, a read-only folder: named below
        return _dispatch_unlocked(args, data_dir)
    if lock is None:
        err(f"senim {args.command}: Senim is open on this journal ({data_dir}), in the app or "
            "another command; close it and try again. Nothing was changed.")
        return 2
    try:
        _finish_stopped_restore(data_dir)
        return _dispatch_unlocked(args, data_dir)
    finally:
        lock.unlock()


def _dispatch_unlocked(args, data_dir: Path) -> int:
    if args.command == "demo":
        return _demo(args, data_dir)
    if args.command == "recover":
        return _recover(args, data_dir)
    if args.command == "audit":
        return _audit_verify(data_dir)
    if args.command not in (None, "run"):  # the app needs none of the commands' modules
        for module in commands.load():
            if args.command in getattr(module, "NAMES", (module.NAME,)):
                return module.run(args, data_dir)
    # The app runs Python's collector on its GUI thread only (views/widgets/gui_gc.py, from
    # run_app): off from here already, so no collection interrupts the imports and the first
    # window (about 40 of them); the app's timer makes them after it.
    gc.disable()
    # lazy: Qt loads with the app, not with the commands (start-up)
    from .feature_scan import quicken

    quicken()  # before Qt's and the app's modules are imported: see feature_scan.py
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from .app import run_app

    return run_app(data_dir, lang=args.lang, bench_startup=args.bench_startup)


def _demo(args, data_dir: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from .models.account import AccountInput
    from .models.validation import ValidationError
    from .demo.generator import generate_demo
    from .vault import DEMO_PASSWORD, DEMO_USER, KeyringMissing, is_set_up, set_up

    if not is_set_up(data_dir):
        user = os.environ.get(ENV_USER) or DEMO_USER
        password = os.environ.get(ENV_PASSWORD) or DEMO_PASSWORD
        try:
            services, recovery = set_up(data_dir, AccountInput(
                user_name=user, display_name="Демо-психолог", password=password))
        except ValidationError as exc:
            err(f"senim demo: the account cannot be created ({exc}).")
            return 2
        except KeyringMissing:
            # lazy: loads when the command runs, not with `senim --help` (start-up)
            from .faults import KEYRING_MISSING

            say_fault(KEYRING_MISSING, data_dir)
            return 2
        print(f"New journal in {data_dir}: psychologist account {user!r}. "
              f"Recovery key (keep it safe): {recovery}")
    else:
        services = sign_in_or_explain(data_dir)
        if services is None:
            return 2
    try:
        if services.ctx.role != "psychologist":
            err("senim demo: only a psychologist's account may add demo data.")
            return 2
        if args.if_empty and services.pupils.count() > 0:
            print(f"Demo data: {data_dir} already has pupils; nothing added.")
            return 0
        try:
            summary = generate_demo(services.db, services.ctx, pupils=args.pupils,
                                    records=args.records, seed=args.seed)
        except ValueError as exc:
            err(f"senim demo: {exc}")
            return 2
        # Bulk inserts pass by the audit hook: one line says what was added.
        services.audit.record("create", "demo", "", f"pupils={summary.pupils},"
                              f"records={summary.sessions + summary.observations},"
                              f"concerns={summary.concerns},cases={summary.cases},"
                              f"referrals={summary.referrals}")
        print(f"Demo data added to {data_dir}: {summary.pupils} pupils, {summary.sessions} "
              f"sessions, {summary.observations} observations, {summary.follow_ups} follow-ups, "
              f"{summary.concerns} concerns, {summary.cases} bullying cases, "
              f"{summary.referrals} referrals, {summary.preventive_activities} preventive "
              "activities.")
        return 0
    finally:
        services.db.dispose()


def _audit_verify(data_dir: Path) -> int:
    """0: the chain is intact; 1: it is broken (the first broken entry is named) or cannot
    be read; 2: the check could not run (no journal, credentials, role, a fault of the
    journal or of its folder: desktop/faults.py)."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from sqlalchemy.exc import OperationalError

    from .faults import fault_of

    try:
        services = sign_in_or_explain(data_dir, database_errors_to_caller=True)
    except Exception as exc:
        code = fault_of(exc, data_dir)
        if code is not None:
            # A full disk, a read-only folder, a locked or damaged file, a missing journal:
            # named as such, never "audit trail broken".
            log_fault(exc)
            say_fault(code, data_dir)
            return 2
        if isinstance(exc, OperationalError):  # signing in writes to the trail
            print("Audit trail broken: the journal cannot record the sign-in "
                  "(the audit trail's table is missing or damaged).")
            return 1
        cannot_open(data_dir, exc)  # not a journal the keyring opens
        return 2
    if services is None:
        return 2
    return _audit_verify_signed_in(services)


def _audit_verify_signed_in(services) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from sqlalchemy.exc import SQLAlchemyError

    from .vault import sign_out

    try:
        if services.ctx.role != "psychologist":
            err("senim audit verify: only a psychologist's account may check the audit trail.")
            return 2
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from .services.audit import AuditService

        result = AuditService(services.db, services.ctx).verify()
    finally:
        try:
            sign_out(services)
        except SQLAlchemyError:
            pass  # the verdict below (or the role message) says what matters
    if result.ok:
        print(f"Audit trail intact: {result.checked} entries checked.")
        return 0
    where = f" at entry #{result.first_broken_seq}" if result.first_broken_seq else ""
    print(f"Audit trail broken{where}: {result.reason}.")
    return 1


def _recover(args, data_dir: Path) -> int:
    """The recovery key and the new password come from SENIM_RECOVERY_KEY and
    SENIM_NEW_PASSWORD (scripts) or are asked at the terminal, never on the command line."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from .models.rules import PASSWORD_MIN
    from .security import BadCredentials, Keyring, KeyringError, UnknownAccount

    if not Keyring.exists(data_dir):
        err(f"{data_dir} has no Senim journal.")
        return 2
    key, new = os.environ.get("SENIM_RECOVERY_KEY"), os.environ.get("SENIM_NEW_PASSWORD")
    if not (key and new):
        if sys.stdin is None or not sys.stdin.isatty():
            err("Set SENIM_RECOVERY_KEY and SENIM_NEW_PASSWORD, or run this in a terminal.")
            return 2
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        import getpass

        key = key or getpass.getpass("Recovery key: ")
        new = new or getpass.getpass("New password: ")
        if getpass.getpass("The new password again: ") != new:
            err("The two passwords are not the same; nothing was changed.")
            return 2
    if len(new) < PASSWORD_MIN:
        err(f"The password must have at least {PASSWORD_MIN} characters; nothing was changed.")
        return 2
    try:
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from .vault import recover

        recover(data_dir, key, args.user, new)  # recorded in the audit trail
    except (BadCredentials, ValueError):
        err("That recovery key is not right; nothing was changed.")
        return 2
    except UnknownAccount:
        err(f"There is no account {args.user!r}; nothing was changed.")
        return 2
    except KeyringError:
        err(f"The keyring in {data_dir} is damaged; nothing was changed.")
        return 2
    print(f"New password set for {args.user!r}. Sign in with it now.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
