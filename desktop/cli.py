"""`senim`: start the app (default), or work on the database from the command line."""

import argparse
import sys

from . import __version__
from .config import ENV_DATA_DIR, DB_FILE, resolve_data_dir


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help=f"folder with Senim's database (default: ${ENV_DATA_DIR}, else the user data folder)")
    parser = argparse.ArgumentParser(
        prog="senim", parents=[common],
        description="Senim: an offline journal for school psychologists.")
    parser.add_argument("--version", action="version", version=f"senim {__version__}")
    parser.add_argument("--lang", choices=["en", "ru", "kk"],
                        help="interface language for this run (default: the saved setting)")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", parents=[common], help="start the application (the default)")
    demo = sub.add_parser("demo", parents=[common], help="add invented demo data to the database")
    demo.add_argument("--pupils", type=_positive, default=300, help="pupils to add (default 300)")
    demo.add_argument("--records", type=_positive, default=3000,
                      help="sessions and observations to add (default 3000)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    demo.add_argument("--if-empty", action="store_true",
                      help="add data only when the database has no pupils yet")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if args.command == "demo":
        return _demo(args, data_dir)
    from .app import run_app

    return run_app(data_dir, lang=args.lang, bench_startup=args.bench_startup)


def _demo(args, data_dir) -> int:
    from .db import open_database
    from .services import Services
    from .services.demo import generate_demo

    db = open_database(data_dir / DB_FILE)
    services = Services.build(db)
    if args.if_empty and services.pupils.count() > 0:
        print(f"Demo data: {data_dir} already has pupils; nothing added.")
        return 0
    try:
        summary = generate_demo(db, services.ctx, pupils=args.pupils, records=args.records,
                                seed=args.seed)
    except ValueError as exc:
        print(f"senim demo: {exc}", file=sys.stderr)
        return 2
    print(f"Demo data added to {data_dir}: {summary.pupils} pupils, {summary.sessions} sessions, "
          f"{summary.observations} observations, {summary.follow_ups} follow-ups.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
