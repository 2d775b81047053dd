"""`senim council ACTION`: the prevention council from the command line.

`senim council list` prints one line per meeting, the latest first, starting with its id
(the full UUID), then its number and school year, its date, how many were present, how many
items and how many of them are not decided yet; tab-separated, so a script can cut it.
`--year 2026-2027` narrows it to one school year.

`senim council minutes ID --out FILE [--lang kk|ru] [--force]` writes the meeting's minutes
(протокол / хаттама) as a PDF in Kazakh or Russian (default Russian). Minutes with no one
present are refused. FILE is never replaced without --force. The audit trail gets a PDF
entry.

Exit codes: 0 done; 1 the file could not be written; 2 could not start (no journal,
credentials, rights, no such meeting, no one present, FILE exists).
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from .common import err, pdf_out_refused, signed_in_for

NAME = "council"


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="the prevention council: list its meetings, or write minutes as a PDF")
    actions = p.add_subparsers(dest="council_command", metavar="ACTION", required=True)
    ls = actions.add_parser("list", parents=[common],
                            help="one line per meeting, starting with its id")
    ls.add_argument("--year", metavar="YYYY-YYYY", help="one school year, e.g. 2026-2027")
    pdf = actions.add_parser("minutes", parents=[common],
                             help="write a meeting's minutes as a PDF file")
    pdf.add_argument("id", help="the meeting's id, as `senim council list` shows it")
    pdf.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    pdf.add_argument("--lang", dest="minutes_lang", choices=("kk", "ru"), default="ru",
                     help="the minutes' language (default: ru)")
    pdf.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    action = {"list": _list, "minutes": _minutes}.get(getattr(args, "council_command", None))
    if action is None:
        err("senim council: name an action, e.g. `senim council list`.")
        return 2
    return action(args, data_dir)


def _signed_in(data_dir: Path, command: str):
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..services.context import COUNCIL_READ

    return signed_in_for(data_dir, command, COUNCIL_READ, "the council's meetings")


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..vault import sign_out

    services = _signed_in(data_dir, "senim council list")
    if services is None:
        return 2
    try:
        rows = services.council.meetings(args.year)
        for m in rows:
            print("\t".join((str(m.id), f"No. {m.number}/{m.school_year}", m.held_on.isoformat(),
                             f"present {m.present}", f"items {m.items}",
                             f"undecided {m.undecided}")))
        if not rows:
            print("No meetings.")
        return 0
    finally:
        sign_out(services)


def _minutes(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: `senim --help` loads every command's module; this command's work loads when it runs
    from ..vault import sign_out
    from .referral import _write  # the same safe write as a referral letter's

    command = "senim council minutes"
    out = Path(args.out).expanduser()
    try:
        meeting_id = uuid.UUID(args.id)
    except ValueError:
        err(f"{command}: {args.id!r} is not a meeting's id; `senim council list` shows them.")
        return 2
    if pdf_out_refused(command, out, args.force):
        return 2
    services = _signed_in(data_dir, command)
    if services is None:
        return 2
    try:
        # lazy: `senim --help` loads every command's module; this command's work loads then
        from ..models.validation import ValidationError
        from ..services.errors import NotFound

        try:
            data = services.council.minutes(meeting_id, args.minutes_lang)
        except NotFound:
            err(f"{command}: there is no meeting {meeting_id}.")
            return 2
        except ValidationError:
            err(f"{command}: no one is marked present at this meeting; mark those present "
                "first (minutes with no one present are not printed).")
            return 2
        from ..documents.council_papers import render_minutes  # lazy: reportlab, to print

        pdf = render_minutes(data)
        try:
            _write(out, pdf)
        except OSError as exc:
            err(f"{command}: cannot write {out} ({exc.strerror or type(exc).__name__}); "
                "nothing was written.")
            return 1
        services.audit.record("pdf", "council_meeting", meeting_id, f"minutes,{data.language}")
        language = {"kk": "Kazakh", "ru": "Russian"}[data.language]
        print(f"Wrote the minutes No. {data.number} of {data.held_on.isoformat()} ({language}) "
              f"to {out}.")
        return 0
    finally:
        sign_out(services)
