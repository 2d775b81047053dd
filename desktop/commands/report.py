"""`senim report term`: the term summary for the head teacher, as a PDF, .xlsx or .csv file.

    senim report term --year 2025-2026 [--term 1..4] --out FILE [--format pdf|xlsx|csv]
                      [--number 15/2025-26] [--force]
    senim report term --from 2026-01-08 --to 2026-03-18 --out FILE

A quarter (--term), a whole school year (no --term), or any range of days (--from/--to),
each beside the period before and the same period a year earlier, in counts only (figures
of 1 to 4 printed as «<5»). --format defaults to FILE's suffix; --lang kk|ru|en picks the
document's language (default ru). The PDF is signed by the school profile's psychologist
(else the signed-in user) with today's date, with the director's approval block and, with
--number, the outgoing number. FILE is never replaced without --force (then atomically).

Exit codes: 0 done; 1 the file could not be written; 2 bad arguments or could not start
(no journal, credentials, rights, a year not in the calendar, a period that has not begun,
FILE exists).
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from .common import err, sign_in_or_explain

NAME = "report"
_FORMATS = ("pdf", "xlsx", "csv")
_COMMAND = "senim report term"


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="reports for the school's leadership: counts only, never names")
    kinds = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    term = kinds.add_parser(
        "term", parents=[common], help="the term summary as a PDF, .xlsx or .csv file",
        description="A quarter (--year with --term), a school year (--year alone) or a range "
                    "of days (--from and --to), beside the period before and a year earlier.")
    term.add_argument("--year", metavar="YYYY-YYYY", help="the school year, e.g. 2025-2026")
    term.add_argument("--term", metavar="1..4", help="the quarter; leave out for the whole year")
    term.add_argument("--from", dest="starts_on", metavar="YYYY-MM-DD",
                      help="the first day of a free range (with --to)")
    term.add_argument("--to", dest="ends_on", metavar="YYYY-MM-DD",
                      help="the last day of a free range (with --from)")
    term.add_argument("--format", dest="report_format", choices=_FORMATS,
                      help="pdf, xlsx or csv (default: from FILE's suffix)")
    term.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    # Its own name: the top-level --lang is the interface's language, this the document's.
    term.add_argument("--lang", dest="report_lang", choices=("kk", "ru", "en"),
                      help="the report's language (default: ru)")
    term.add_argument("--number", default="", metavar="NUMBER",
                      help="the outgoing number, printed on the PDF, e.g. 15/2025-26")
    term.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    if getattr(args, "report_command", None) != "term":
        err("senim report: name a report, e.g. `senim report term --year 2025-2026 --term 2 "
            "--out report.pdf`.")
        return 2
    request = _request(args)
    if isinstance(request, str):
        err(f"{_COMMAND}: {request}")
        return 2
    return _term(args, data_dir, *request)


def _request(args: argparse.Namespace):
    """(what, format, FILE) from the arguments, or the one-line message that says what is
    wrong. `what` is ("year", name, term or None) or ("range", first day, last day)."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..models.school_calendar import year_bounds

    out = Path(args.out).expanduser()
    kind = args.report_format or out.suffix.lower().lstrip(".")
    if kind not in _FORMATS:
        return (f"cannot tell the format from {out.name!r}; add --format pdf, xlsx or csv, "
                "or end FILE in .pdf, .xlsx or .csv.")
    if out.is_dir():
        return f"{out} is a folder; give a file name ending in .{kind}."
    if out.exists() and not args.force:
        return f"{out} exists; choose another name, or add --force to replace it."
    ranged = args.starts_on is not None or args.ends_on is not None
    if ranged:
        if args.year or args.term:
            return "give either --year (with --term) or --from and --to, not both."
        if args.starts_on is None or args.ends_on is None:
            return "a range needs both --from and --to (YYYY-MM-DD)."
        try:
            first, last = date.fromisoformat(args.starts_on), date.fromisoformat(args.ends_on)
        except ValueError:
            return "--from and --to are dates written YYYY-MM-DD, e.g. 2026-01-08."
        if last < first:
            return "--to is before --from."
        return ("range", first, last), kind, out
    if not args.year:
        return "name the period: --year 2025-2026 [--term 1..4], or --from and --to."
    if year_bounds(args.year) is None:
        return f"{args.year!r} is not a school year; write it like 2025-2026."
    term = None
    if args.term is not None:
        if args.term not in ("1", "2", "3", "4"):
            return f"--term is a quarter from 1 to 4, not {args.term!r}."
        term = int(args.term)
    return ("year", args.year, term), kind, out


def _term(args: argparse.Namespace, data_dir: Path, what, kind: str, out: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..services.context import COUNTS_READ
    from ..models.term_summary import NotPublished
    from ..models.validation import ValidationError
    from ..services.errors import NotFound
    from ..vault import sign_out

    language = args.report_lang or "ru"
    services = sign_in_or_explain(data_dir, published_ok=True)
    if services is None:
        return 2
    try:
        if not services.ctx.can(COUNTS_READ):
            err(f"{_COMMAND}: this account may not see the school's figures.")
            return 2
        calendar = services.calendar
        if what[0] == "range":
            current = calendar.range_period(what[1], what[2])
        else:
            try:
                current = calendar.period(what[1], what[2])
            except NotFound:
                where = f"quarter {what[2]} of " if what[2] else ""
                err(f"{_COMMAND}: the calendar has no {where}school year {what[1]}; add it in "
                    "Settings → School year… (or use --from and --to).")
                return 2
        try:
            summary = services.term_summary.summary(current,
                                                    *calendar.comparison_periods(current))
        except NotPublished:
            err(f"{_COMMAND}: this period is not among the counts published for the head "
                "teacher (a quarter or a school year; they are published again when the "
                "journal is next closed).")
            return 2
        except ValidationError:
            err(f"{_COMMAND}: the period begins on {current.starts_on.isoformat()}, after "
                "today: there is nothing to count yet.")
            return 2
        try:
            _write(out, kind, lambda path: _render(services, summary, kind, language, path,
                                                   args.number))
        except OSError as exc:
            err(f"{_COMMAND}: cannot write {out} ({exc.strerror or type(exc).__name__}); "
                "nothing was written.")
            return 1
        print(f"Wrote the summary for {current.starts_on.isoformat()} – "
              f"{current.ends_on.isoformat()} ({kind}) to {out}.")
        year = next((y for y in calendar.years() if y.name == current.year), None)
        if year is not None and not year.confirmed:
            print(f"The dates of {year.name} are Senim's best guess: check them against the "
                  "ministry's order (`senim calendar show`).")
        return 0
    finally:
        sign_out(services)


def _render(services, summary, kind: str, language: str, path: Path, number: str) -> None:
    school = services.school.get()
    if kind == "pdf":
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from ..documents.term_report import render_term_report

        signed_by = (school.psychologist.strip() if school else "") or _display_name(services)
        path.write_bytes(render_term_report(summary, school, language, signed_by,
                                            services.ctx.today(), number=number))
    elif kind == "xlsx":
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from ..documents.term_tables import write_term_xlsx

        write_term_xlsx(summary, path, language, school)
    else:
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from ..documents.term_tables import write_term_csv

        write_term_csv(summary, path, language, school)


def _display_name(services) -> str:
    """The signed-in user's display name ("" if none)."""
    account = services.accounts.by_user_name(services.ctx.actor)
    return account.display_name if account else ""


def _write(out: Path, kind: str, write) -> None:
    """`write(path)` into a temporary file beside FILE, then renamed over it: never half a
    file."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    import tempfile

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".senim-", suffix=f".{kind}.partial", dir=out.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
