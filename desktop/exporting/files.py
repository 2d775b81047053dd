"""The files an export writes into: a CSV file (UTF-8 with a BOM, so Excel reads Cyrillic
right) and a write-only workbook with a sheet per table, whose temporary sheet files stay in
the export's own working folder. A text a spreadsheet would run as a formula is stored as
text in the workbook, never as a formula, with Excel's quote prefix."""

from __future__ import annotations

import csv
import uuid
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Uuid

from .values import FORMULA_START, csv_value, naive

XLSX_CELL_MAX = 32767  # Excel's limit on the text in one cell


class CsvSink:
    def __init__(self, path: Path, headers: list[str]):
        self.file = open(path, "w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.file)
        self.writer.writerow(headers)

    def write(self, row) -> None:
        self.writer.writerow([csv_value(v) for v in row])

    def close(self) -> None:
        self.file.close()


class Workbook:
    """A write-only openpyxl workbook whose temporary sheet files live in `work` (the export's
    own folder, removed with it), not in the system's temp folder."""

    def __init__(self, work: Path):
        from openpyxl import Workbook as Book  # lazy: openpyxl loads only when an export runs

        self.work = work
        self.book = Book(write_only=True)

    def sheet(self, name: str, headers: list[str], types: list) -> SheetSink:
        return SheetSink(self, name, headers, types)

    def save(self, path: Path) -> None:
        self.book.save(path)

    def discard(self) -> None:
        """After a failure: close the sheets' open temporary files (Windows cannot delete an
        open file), so the work folder can go."""
        for ws in self.book.worksheets:
            for part in ("_rows", "_writer"):  # the rows' generator first, then the file
                try:
                    found = getattr(ws, part, None)
                    if found is not None:
                        found.close()
                except Exception:  # noqa: BLE001 - best effort; the folder goes anyway
                    pass


class SheetSink:
    def __init__(self, book: Workbook, name: str, headers: list[str], types: list):
        from openpyxl.cell import WriteOnlyCell  # lazy: openpyxl only when an export runs
        # lazy: openpyxl loads only when an export runs (start-up)
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self._cell, self._illegal = WriteOnlyCell, ILLEGAL_CHARACTERS_RE
        self.ws = ws = book.book.create_sheet(name[:31])
        ws.freeze_panes = "A2"
        for i, (header, type_) in enumerate(zip(headers, types), start=1):
            ws.column_dimensions[get_column_letter(i)].width = _width(header, type_)
        _own_temp_file(ws, book.work / f".sheet-{len(book.book.worksheets)}.xml")
        bold = Font(bold=True)
        cells = []
        for header in headers:
            cell = WriteOnlyCell(ws, value=header)
            cell.font = bold
            cells.append(cell)
        ws.append(cells)

    def write(self, row) -> None:
        self.ws.append([self._value(v) for v in row])

    def _value(self, value):
        if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            text = self._illegal.sub("", value)[:XLSX_CELL_MAX]
            if text.startswith(FORMULA_START):
                cell = self._cell(self.ws, value=text)
                cell.data_type = "s"  # text, never a formula
                cell.quotePrefix = True  # and stays text when edited in Excel
                return cell
            return text
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, datetime):
            cell = self._cell(self.ws, value=naive(value))
            cell.number_format = "yyyy-mm-dd hh:mm"
            return cell
        if isinstance(value, date):
            return value  # openpyxl's date format is yyyy-mm-dd
        if isinstance(value, uuid.UUID):
            return str(value)
        return str(value)

    def close(self) -> None:
        pass  # the workbook closes its sheets when saved


def _width(header: str, type_) -> float:
    if isinstance(type_, DateTime):
        wide = 17
    elif isinstance(type_, Date):
        wide = 12
    elif isinstance(type_, Uuid):
        wide = 14
    elif isinstance(type_, (Integer, Boolean)):
        wide = 8
    elif isinstance(type_, String) and type_.length and type_.length <= 60:
        wide = 20
    else:
        wide = 40
    return max(len(header) + 3, wide)


def _own_temp_file(ws, path: Path) -> None:
    """openpyxl (3.1) writes a write-only sheet to a NamedTemporaryFile in the system temp
    folder; point it at `path` instead. Private API: if it has changed, openpyxl's default is
    kept (the file is still removed when the workbook is saved)."""
    try:
        # lazy: openpyxl loads only when an export runs (start-up)
        from openpyxl.worksheet import _writer as sheet_writer

        if ws._writer is not None:
            return
        out = str(path)
        writer = sheet_writer.WorksheetWriter(ws, out=out)
        sheet_writer.ALL_TEMP_FILES.append(out)  # its cleanup() removes it from this list
        ws._writer = writer
        writer.write_top()
    except (AttributeError, ImportError, TypeError):
        pass
