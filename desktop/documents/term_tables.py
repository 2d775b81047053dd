"""The term summary as a spreadsheet (.xlsx) and as one CSV file, in the document's language.

Both hold the same lines: the key figures, then every breakdown, each line a label and one
figure per period (this, previous, a year earlier). A figure is a number, or the mark «<5»
or «×» as text, so a sum in the spreadsheet skips it rather than counting it as nought.
CSV: UTF-8 with a BOM (Excel then reads Cyrillic right), comma-separated, CRLF, as the other
exports (services/export.py).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..models.term_summary import CURRENT, Figure, Mark, TermSummary, shown
from ..models.term_summary import Table as Breakdown
from .summary_wording import (
    column_heads, compared_line, dates, report_title, row_label, table_title, texts,
)


def _value(figure: Figure) -> int | str:
    return shown(figure) if isinstance(figure, Mark) else figure


def _lines(table: Breakdown, language: str
           ) -> Iterator[tuple[str, tuple[Figure, ...], bool]]:
    """(label, figures, whether it is the total) for each line of a table."""
    for row in table.rows:
        yield row_label(table.key, row.key, language), row.figures, False
    if table.total:
        yield texts(language)["total"], table.total.figures, True


def write_term_csv(summary: TermSummary, path: Path, language: str) -> None:
    """One line per row of every table: table, row, this, previous, a year earlier."""
    t = texts(language)
    heads = column_heads(summary.periods[CURRENT], language)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, lineterminator="\r\n")
        out.writerow((t["table"], t["row"], *heads))
        for table in (summary.headline, *summary.tables):
            title = table_title(table.key, language)
            for label, figures, _ in _lines(table, language):
                out.writerow((title, label, *(shown(x) for x in figures)))


def write_term_xlsx(summary: TermSummary, path: Path, language: str) -> None:
    """One sheet: the title and periods, the key figures, every breakdown with a bold head,
    and the footnote on «<5» and «×»."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    t = texts(language)
    heads = column_heads(summary.periods[CURRENT], language)
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = t["sheet"]
    ws.append([report_title(summary.periods[CURRENT], language)])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=13)
    ws.append([t["period_line"].format(dates=dates(summary.periods[CURRENT], language))])
    ws.append([compared_line(summary, language)])
    for table in (summary.headline, *summary.tables):
        ws.append([])
        ws.append([table_title(table.key, language), *heads])
        for cell in ws[ws.max_row]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        for label, figures, total in _lines(table, language):
            ws.append([label, *(_value(x) for x in figures)])
            if total:
                for cell in ws[ws.max_row]:
                    cell.font = bold
            for cell in ws[ws.max_row][1:]:
                cell.alignment = Alignment(horizontal="right")
    ws.append([])
    ws.append([t["footnote"]])
    ws.cell(ws.max_row, 1).font = Font(italic=True)
    ws.column_dimensions["A"].width = 58
    for column in "BCD":
        ws.column_dimensions[column].width = 18
    wb.save(path)
