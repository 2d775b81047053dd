"""`senim calendar`: the school calendar from the command line.

    senim calendar show [--year 2026-2027]
    senim calendar import FILE [--yes]
    senim calendar export [--year 2026-2027] [--out FILE]

`show` prints a school year (default: the one today falls in) with its quarters, its breaks
(grade 1's marked), the public holidays and days off from its first to its last day, and
whether its dates were confirmed against the ministry's order.

`import` reads a calendar file (docs/calendar-file.md) and prints what it would change; it
imports after `--yes`, or after "y" at the prompt when run in a terminal. Without a
terminal and without --yes it only previews (exit 0, nothing written): a script must say
--yes, so a file is never imported by accident. A file with any problem is refused whole,
each problem named by its line. Importing confirms each year unless the file says
`confirmed;no`.

`export` writes the calendar file of one year (--year) or of every year (default) to FILE,
or to the standard output.

Text is in the interface language (--lang, else the saved setting). Exit codes: 0 done (or
previewed); 1 the file could not be read or written; 2 bad arguments, a bad file, no such
year, or could not start (no journal, credentials, rights).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import err, sign_in_or_explain, translated
from .report import _write

NAME = "calendar"
_COMMAND = "senim calendar"


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="the school calendar: show a year, import or export a calendar file")
    actions = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common],
                              help="a school year's quarters, breaks and holidays")
    show.add_argument("--year", metavar="YYYY-YYYY",
                      help="the school year (default: the one today falls in)")
    imp = actions.add_parser("import", parents=[common],
                             help="load a calendar file after a preview")
    imp.add_argument("file", metavar="FILE", help="the calendar file (UTF-8 text)")
    imp.add_argument("--yes", action="store_true", help="import without asking")
    exp = actions.add_parser("export", parents=[common], help="write a calendar file")
    exp.add_argument("--year", metavar="YYYY-YYYY", help="one school year (default: all)")
    exp.add_argument("--out", metavar="FILE", help="the file to write (default: print it)")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..vault import sign_out

    action = getattr(args, "calendar_command", None)
    if action == "import":  # read and check the file before asking for a password
        try:
            text = Path(args.file).expanduser().read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            err(f"{_COMMAND} import: cannot read {args.file} "
                f"({getattr(exc, 'strerror', None) or type(exc).__name__}).")
            return 1
    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        with translated(data_dir, getattr(args, "lang", None)):
            if action == "show":
                return _show(services, args.year)
            if action == "export":
                return _export(services, args.year, args.out)
            return _import(services, text, args.yes)
    finally:
        sign_out(services)


def _year(services, name: str | None):
    """The year asked for (default: today's), or None after saying why."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from PySide6.QtCore import QCoreApplication
    translate = QCoreApplication.translate

    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..models.school_calendar import year_bounds

    calendar = services.calendar
    if name is None:
        today = calendar.today()
        if today.year is None:
            err(translate(
                "CalendarCommand", "The school calendar has no school year {year}: add it in "
                "Settings → School year… or with `senim calendar import`.").format(
                year=today.year_name))
        return today.year
    if year_bounds(name) is None:
        err(translate("CalendarCommand",
                      "“{year}” is not a school year; write it like 2026-2027.").format(
            year=name))
        return None
    found = next((y for y in calendar.years() if y.name == name), None)
    if found is None:
        err(translate("CalendarCommand",
                      "The school calendar has no school year {year}.").format(year=name))
    return found


def _show(services, name: str | None) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..services.context import COUNTS_READ
    from ..services.holidays import HolidaysService
    from ..views.widgets.fmt import format_date
    from ..views.calendar.holiday_names import holiday_name
    from PySide6.QtCore import QCoreApplication
    translate = QCoreApplication.translate

    if not services.ctx.can(COUNTS_READ):
        err(f"{_COMMAND} show: this account may not see the school calendar.")
        return 2
    year = _year(services, name)
    if year is None:
        return 2
    span = f"{format_date(year.starts_on)} – {format_date(year.ends_on)}"
    print(translate("CalendarCommand", "School year {year}: lessons {dates}").format(
        year=year.name, dates=span))
    print(translate("CalendarCommand", "Confirmed against the ministry's order.")
          if year.confirmed else translate(
              "CalendarCommand",
              "Not confirmed: Senim's best guess, check it against the ministry's order."))
    for n, (a, b) in enumerate(year.terms, start=1):
        print("  " + translate("CalendarCommand", "Quarter {n}: {first} – {last}").format(
            n=n, first=format_date(a), last=format_date(b)))
    if year.breaks:
        print(translate("CalendarCommand", "Breaks:"))
        for a, b, grade_1 in year.breaks:
            line = f"  {format_date(a)} – {format_date(b)}"
            grade_1_only = translate("CalendarCommand", "(grade 1 only)")
            print(line + ("  " + grade_1_only if grade_1 else ""))
    holidays = HolidaysService(services.db, services.ctx).calendar(
        range(year.starts_on.year, year.ends_on.year + 1))
    days = holidays.days_off(year.starts_on, year.ends_on)
    print(translate("CalendarCommand", "Public holidays and days off:") if days
          else translate("CalendarCommand", "No public holidays or days off."))
    schools = " " + translate("CalendarCommand", "(the school's)")
    for d in days:  # "estimated" is in the name
        print(f"  {format_date(d.day)}  {holiday_name(d)}{schools if d.school else ''}")
    working = holidays.working_weekend_days(year.starts_on, year.ends_on)
    if working:
        print(translate("CalendarCommand", "Working weekend days:") + " "
              + ", ".join(format_date(d) for d in working))
    return 0


def _export(services, name: str | None, out: str | None) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from PySide6.QtCore import QCoreApplication
    translate = QCoreApplication.translate

    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..services.calendar_file import serialise

    if name is not None:
        year = _year(services, name)
        if year is None:
            return 2
        years = [year]
    else:
        years = services.calendar.years()
    text = serialise(years)
    if out is None:
        sys.stdout.write(text)
        return 0
    path = Path(out).expanduser()
    try:
        _write(path, "csv", lambda p: p.write_text(text, encoding="utf-8"))
    except OSError as exc:
        err(f"{_COMMAND} export: cannot write {path} ({exc.strerror or type(exc).__name__}); "
            "nothing was written.")
        return 1
    print(translate("CalendarCommand", "Wrote {n} school years to {file}.").format(
        n=len(years), file=path))
    return 0


def _import(services, text: str, yes: bool) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from PySide6.QtCore import QCoreApplication
    translate = QCoreApplication.translate

    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..services.calendar_file import CalendarFileError, parse, preview
    from ..services.context import SCHOOL_WRITE
    from ..views.widgets.fmt import format_date
    from ..views.widgets.messages import line_message

    def refused(exc: CalendarFileError) -> int:
        for e in exc.errors:
            err(line_message(e.line, e.code, e.params))
        err(translate("CalendarCommand", "Nothing was imported."))
        return 2

    try:
        parsed = parse(text)
    except CalendarFileError as exc:
        return refused(exc)
    statuses = {"new": translate("CalendarCommand", "new"),
                "replaced": translate("CalendarCommand", "replaces the dates in the journal"),
                "same": translate("CalendarCommand", "the same as in the journal")}
    for change, year in zip(preview(parsed, services.calendar.years()), parsed.years):
        data = year.data
        mark = "" if change.confirmed else " " + translate("CalendarCommand", "(not confirmed)")
        print(f"{change.name}: {statuses[change.status]}{mark}")
        print("  " + translate("CalendarCommand", "Lessons: {first} – {last}").format(
            first=format_date(data.starts_on), last=format_date(data.ends_on)))
        for n, (a, b) in enumerate(data.terms, start=1):
            print("  " + translate("CalendarCommand", "Quarter {n}: {first} – {last}").format(
                n=n, first=format_date(a), last=format_date(b)))
        for a, b, grade_1 in sorted(data.breaks):
            print("  " + translate("CalendarCommand", "Break: {first} – {last}").format(
                first=format_date(a), last=format_date(b))
                + ("  " + translate("CalendarCommand", "(grade 1 only)") if grade_1 else ""))
    if parsed.corrections:
        print(translate("CalendarCommand", "Holiday corrections: {n}").format(
            n=len(parsed.corrections)))
    if not services.ctx.can(SCHOOL_WRITE):
        err(translate("CalendarCommand", "Only the psychologist can change the school "
                                         "calendar; nothing was imported."))
        return 2
    if not yes:
        if not sys.stdin.isatty():
            print(translate("CalendarCommand", "Preview only: nothing was imported. Run "
                                               "again with --yes to import."))
            return 0
        answer = input(translate("CalendarCommand", "Import this calendar? [y/N] ")).strip().lower()
        if answer not in ("y", "yes", "д", "да", "и", "иә"):
            print(translate("CalendarCommand", "Nothing was imported."))
            return 0
    try:
        saved = services.calendar.import_file(parsed)
    except CalendarFileError as exc:
        return refused(exc)
    print(translate("CalendarCommand", "Imported {n} school years: {names}.").format(
        n=len(saved), names=", ".join(y.name for y in saved)))
    return 0
