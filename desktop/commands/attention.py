"""`senim attention`: who needs attention and why, one row per pupil and reason, for a
printed morning list. The same list as the dashboard, in the interface language."""

import argparse
import sys
from pathlib import Path

from .common import err, sign_in_or_explain, translated

NAME = "attention"


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="print the pupils who need attention and why (the dashboard's list)")
    p.add_argument("--format", choices=("text", "csv"), default="text",
                   help="text: aligned columns to print (default); csv: for a spreadsheet")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..services.context import ATTENTION_READ
    from ..vault import sign_out

    services = sign_in_or_explain(data_dir)
    if services is None:
        return 2
    try:
        if not services.ctx.can(ATTENTION_READ):
            err("senim attention: this account sees counts only, never names.")
            return 2
        thresholds = services.warning_settings.get()
        warnings = services.attention.warnings(thresholds)
        with translated(data_dir, getattr(args, "lang", None)):
            # lazy: loads when the command runs, not with `senim --help` (start-up)
            from ..views.dashboard.warning_text import reason

            rows = [(w.pupil_name, w.class_name, w.since, w.rule,
                     reason(w, thresholds, services.ctx.today()))
                    for w in warnings]
            if args.format == "csv":
                _print_csv(rows)
            else:
                _print_text(rows, services.ctx.today())
        return 0
    finally:
        sign_out(services)


def _print_csv(rows) -> None:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    import csv

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(("pupil", "class", "since", "rule", "reason"))
    for name, class_name, since, rule, why in rows:
        out.writerow((name, class_name, since.isoformat(), rule, why))


def _print_text(rows, today) -> None:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from PySide6.QtCore import QCoreApplication

    from ..views.widgets.fmt import format_count, format_date

    pupils = len({(r[0], r[1]) for r in rows})
    print(QCoreApplication.translate("AttentionCommand", "Needs attention on {date}: {n} pupils")
          .format(date=format_date(today), n=format_count(pupils)))
    if not rows:
        print(QCoreApplication.translate("AttentionCommand", "Nobody needs attention."))
        return
    heads = (QCoreApplication.translate("AttentionCommand", "Pupil"),
             QCoreApplication.translate("AttentionCommand", "Class"),
             QCoreApplication.translate("AttentionCommand", "Since"),
             QCoreApplication.translate("AttentionCommand", "Why"))
    table = [(name, class_name, format_date(since), why)
             for name, class_name, since, _rule, why in rows]
    widths = [max(len(r[i]) for r in (heads, *table)) for i in range(3)]
    for r in (heads, *table):
        print("  ".join(cell.ljust(w) for cell, w in zip(r[:3], widths)) + "  " + r[3])
