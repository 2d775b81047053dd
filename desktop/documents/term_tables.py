"""The term summary as a spreadsheet (.xlsx) and as one CSV file, in the document's language.

Both hold the same lines: the key figures, then every breakdown, each line a label and one
figure per period (this, previous, a year earlier). A figure is a number, or the mark «<5»
or «×» as text, so a sum in the spreadsheet skips it rather than counting it as nought.
Both say whose and which they are: the school, the period (and "as of" while it reaches
today), and end with the footnote on «<5», «×» and rounding, so a file forwarded alone is
still read right. The sheet prints on A4: portrait, fitted to the page's width, its column
heads repeated on every page.
CSV: UTF-8 with a BOM (Excel then reads Cyrillic right), comma-separated, CRLF, as the other
exports (services/export.py); the school and the period come first, as label-value lines,
then the table's head line and its lines, then the footnote.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..models.organisation import organisation_name
from ..models.school import SchoolRead
from ..models.term_summary import CURRENT, Figure, Mark, TermSummary, shown
from ..models.term_summary import Table as Breakdown
from .summary_wording import (
    column_heads, compared_line, dates, report_title, row_label, status_lines, table_title,
    texts,
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


def _school_name(school: SchoolRead | None, language: str) -> str:
    return organisation_name(school.name_kk, school.name_ru, language) if school else ""


def _about(summary: TermSummary, school: SchoolRead | None, language: str) -> list[str]:
    """The lines that say whose and which report it is."""
    t = texts(language)
    lines = [_school_name(school, language), report_title(summary.periods[CURRENT], language),
             t["period_line"].format(dates=dates(summary.periods[CURRENT], language)),
             compared_line(summary, language), *status_lines(summary, language)]
    return [line for line in lines if line]


def write_term_csv(summary: TermSummary, path: Path, language: str,
                   school: SchoolRead | None = None) -> None:
    """The report's lines first (school, title, period, comparison, "as of"), a blank line,
    then one line per row of every table: table, row, this, previous, a year earlier; the
    footnote last."""
    t = texts(language)
    heads = column_heads(summary.periods[CURRENT], language)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, lineterminator="\r\n")
        for line in _about(summary, school, language):
            out.writerow((line,))
        out.writerow(())
        out.writerow((t["table"], t["row"], *heads))
        for table in (summary.headline, *summary.tables):
            title = table_title(table.key, language)
            for label, figures, _ in _lines(table, language):
                out.writerow((title, label, *(shown(x) for x in figures)))
        out.writerow(())
        out.writerow((t["footnote"],))


def write_term_xlsx(summary: TermSummary, path: Path, language: str,
                    school: SchoolRead | None = None) -> None:
    """One sheet: the school, the title and periods, the column heads (repeated on every
    printed page), the key figures, every breakdown with a bold head, and the footnote."""
    # lazy: openpyxl loads only when a workbook is written (start-up)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    t = texts(language)
    heads = column_heads(summary.periods[CURRENT], language)
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = t["sheet"]
    about = _about(summary, school, language)
    title = report_title(summary.periods[CURRENT], language)
    for line in about:
        ws.append([line])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=13) if line == title else Font(
            bold=line == _school_name(school, language))
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=False)
    ws.append([t["row"], *heads])
    head_row = ws.max_row
    for cell in ws[head_row]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
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
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    ws.cell(ws.max_row, 1).font = Font(italic=True)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[ws.max_row].height = 62
    ws.column_dimensions["A"].width = 58
    for column in "BCD":
        ws.column_dimensions[column].width = 18
    # A4, portrait, as wide as the page, the column heads on every page.
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:D{ws.max_row}"
    ws.print_title_rows = f"{head_row}:{head_row}"
    ws.page_margins.left = ws.page_margins.right = 0.6
    wb.save(path)
