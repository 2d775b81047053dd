"""`senim pupils ACTION`: work on the list of pupils from the command line.

`senim pupils import FILE` reads a list of pupils (.xlsx or CSV), prints one line per row
(ADD, UPDATE, UNCHANGED or REJECT, with the reasons) and imports it in one transaction.
A rejected row stops the import (exit 1) unless --skip-invalid leaves those rows out;
a warning (an IIN whose digits give another birth date or sex, a business number) is printed
under its row and the row imported: never a reason for exit 1. --dry-run only prints. A
file that cannot be read gets a plain message and exit 2.

Each action is a function in ACTIONS, with its own parser in register().
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import err, sign_in_or_explain
from .export import add_pupils_export_parser, pupils_export

NAME = "pupils"

_FIELD_WORDS = {
    "full_name": "full name", "surname": "surname", "given_name": "given name",
    "patronymic": "patronymic", "iin": "IIN", "birth_date": "birth date", "class_name": "class",
    "sex": "sex", "study_language": "language of study", "active": "back at school",
}


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="the list of pupils: import it from a file, or export it")
    actions = p.add_subparsers(dest="pupils_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", parents=[common],
        help="add and update pupils from an .xlsx or CSV list (UTF-8 or Windows-1251)",
        description="Pupils are matched by IIN, else by surname, given name and birth date: "
                    "a pupil already in the journal is updated, not added again. Blank cells "
                    "change nothing.")
    imp.add_argument("file", type=Path, help="the list: .xlsx, or .csv with , ; or tab")
    imp.add_argument("--dry-run", action="store_true",
                     help="print what would be done and write nothing")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the other rows when some are rejected (else nothing is "
                          "imported and the exit code is 1)")
    imp.add_argument("--mark-left", action="store_true",
                     help="mark pupils studying now who are not in the file as having left")
    imp.add_argument("--language", choices=("kk", "ru", "en"), default="kk",
                     help="language of study of new pupils the file gives none for "
                          "(default kk)")
    imp.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the list "
                     "on the sheet shown when the file opens)")
    add_pupils_export_parser(actions, common)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    action = ACTIONS.get(getattr(args, "pupils_command", None))
    if action is None:  # argparse requires an action; kept for callers that build args
        err("senim pupils: name an action, e.g. `senim pupils import FILE`.")
        return 2
    return action(args, data_dir)


def _import(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..importing.headers import FIELDS, check_mapping, guess
    from ..importing.problems import FileProblem, describe
    from ..importing.readers import read_table

    # The file first: a file that cannot be read needs no password.
    try:
        table = read_table(args.file, sheet=args.sheet)
    except FileProblem as exc:
        err(f"senim pupils import: {args.file}: {describe(exc.code, exc.params)}")
        return 2
    mapping = guess(table.header, table.rows, table.merged)
    labels = [table.column_label(c) for c in range(table.width)]
    bad = check_mapping(mapping, labels)
    if bad is not None:
        err(f"senim pupils import: {args.file}: {describe(*bad)}")
        return 2
    where = f" (sheet {table.sheet!r})" if table.sheet else ""
    used = ", ".join(f"{_FIELD_WORDS[f]} = {labels[mapping[f]]}" for f in FIELDS
                     if f in mapping and not (f == "full_name" and "surname" in mapping))
    print(f"{args.file}{where}: {len(table.rows)} rows below the header; columns: {used}.")
    for note in table.notes:
        print(f"Note: {describe(note)}")

    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..services.context import PUPILS_WRITE
    from ..services.pupil_import import ImportCancelled, PlanOutdated
    from ..vault import sign_out

    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        if not services.ctx.can(PUPILS_WRITE):
            err("senim pupils import: this account may not change the list of pupils.")
            return 2
        plan = services.pupil_import.plan(table, mapping, default_language=args.language)
        _print_plan(plan, args.mark_left)
        rejected = plan.count("reject")
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 1 if rejected and not args.skip_invalid else 0
        if rejected and not args.skip_invalid:
            print(f"Nothing was imported: {rejected} rows were rejected. Correct them in the "
                  "file, or run again with --skip-invalid to import the other rows.")
            return 1
        if not plan.has_work(args.mark_left):
            print("Nothing to import: the journal already matches the file.")
            return 0
        try:
            summary = services.pupil_import.apply(plan, mark_left=args.mark_left)
        except PlanOutdated:
            err("senim pupils import: the journal changed while the file was being checked; "
                "nothing was written. Run the command again.")
            return 2
        except (ImportCancelled, KeyboardInterrupt):
            err("senim pupils import: interrupted; nothing was written.")
            return 130
        skipped = f", {summary.rejected} rejected rows left out" if summary.rejected else ""
        print(f"Imported: {summary.added} added, {summary.updated} updated, "
              f"{summary.marked_left} marked as left{skipped}.")
        return 0
    finally:
        sign_out(services)


def _print_plan(plan, mark_left: bool) -> None:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..importing.problems import describe

    for r in plan.rows:
        name = r.full_name or "(no name)"
        where = f", {r.class_name}" if r.class_name else ""
        if r.action == "reject":
            reasons = " ".join(describe(p.code, p.params) for p in r.problems)
            print(f"row {r.line}: REJECT {name}{where}: {reasons}")
        elif r.action == "update":
            if "class_name" in r.changes and r.old_class:
                where = f", {r.old_class} -> {r.class_name}"
            changed = ", ".join(_FIELD_WORDS.get(c, c) for c in r.changes)
            print(f"row {r.line}: UPDATE {name}{where} ({changed})")
        else:
            print(f"row {r.line}: {r.action.upper()} {name}{where}")
        for n in r.notes:
            print(f"row {r.line}: note: {describe(n.code, n.params)}")
        for w in r.warnings:
            print(f"row {r.line}: warning: {describe(w.code, w.params)}")
    counts = plan.counts
    left = ""
    if plan.missing:
        if mark_left:
            for p in plan.missing:
                print(f"LEFT {p.full_name}, {p.class_name}: not in the file")
            left = f", {len(plan.missing)} to mark as left"
        else:
            left = (f"; {len(plan.missing)} pupils studying now are not in the file "
                    "(--mark-left marks them as left)")
    print(f"Summary: {counts['add']} to add, {counts['update']} to update, "
          f"{counts['unchanged']} unchanged, {counts['reject']} rejected{left}.")
    warned = sum(1 for r in plan.rows if r.warnings and r.action != "reject")
    if warned:
        print(f"Rows imported with a warning about the IIN: {warned}. Check them against the "
              "pupils' documents.")


def _export(args: argparse.Namespace, data_dir: Path) -> int:
    return pupils_export(args, data_dir)


ACTIONS = {"import": _import, "export": _export}
