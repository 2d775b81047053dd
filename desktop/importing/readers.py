"""A pupil list from a file: an Excel workbook (.xlsx) or a CSV text file, into a Table.

What the file is comes from its bytes, not its name: a workbook named .csv is read as a
workbook, and a picture named .xlsx gets a plain message (FileProblem) instead of a traceback.

CSV text is tried as UTF-8 (with or without a BOM), then Windows-1251; a file whose lines
were saved in different encodings (a list pasted together from two computers) is read line
by line, each line in its own encoding. The delimiter (comma, semicolon or tab) is the one
that splits the first lines into the same number of columns.

Workbooks are read with openpyxl in read-only mode with the values Excel computed for
formulas. A formula Excel never computed (the file was written by a program, not saved by
Excel) has no value: its cell becomes NO_VALUE, a problem of its row, not of the file.

The header is the row among the first ones that names most of the columns we know (a title
such as «Список 7А класса» above it is skipped); a header in two rows («ФИО» merged over
«Фамилия | Имя | Отчество») becomes one, and a row of column numbers under it is skipped.
Blank lines are skipped wherever they are; the line numbers stay those the spreadsheet shows.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .headers import header_score
from .problems import FileProblem

MAX_MB = 50
MAX_ROWS = 50_000
# A workbook is a zip: 1.3 MB can unpack to 900 MB. Its declared sizes are checked before
# openpyxl opens it (zipfile never unpacks more than an entry declares).
MAX_UNPACKED_MB = 200
MAX_LINES = 20 * MAX_ROWS  # lines read, blank ones too (Excel itself stops at 1,048,576)
# No value in a pupil list is near this long; a longer cell is a problem of its row (named
# with its column), not a traceback: CSV's own limit is 131,072 characters.
MAX_CELL_CHARS = 10_000
HEADER_SEARCH = 20  # the header is among the first rows that are not blank

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or a workbook protected with a password
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                           "#GETTING_DATA", "#SPILL!", "#CALC!"})


class _NoValue:
    """A formula cell with no computed value (or an Excel error such as #REF!)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_VALUE"

    def __bool__(self) -> bool:
        return True  # not blank: the row has something there


NO_VALUE = _NoValue()


class _TooLong(_NoValue):
    """A cell longer than MAX_CELL_CHARS: its row has a problem, the text is not kept."""

    _instance = None

    def __repr__(self) -> str:
        return "TOO_LONG"


TOO_LONG = _TooLong()
Cell = str | int | float | date | datetime | None | _NoValue


@dataclass
class Table:
    """The header (one text per column) and the rows below it: (line number as the
    spreadsheet shows it, cells). Cells are text, numbers, dates, None or NO_VALUE."""

    header: list[str]
    rows: list[tuple[int, tuple]]
    kind: str  # "xlsx" or "csv"
    header_line: int = 0  # 0: the file has no header row
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    encoding: str | None = None  # csv: "utf-8", "utf-8-sig", "utf-16", "cp1251" or "mixed"
    delimiter: str | None = None
    notes: tuple[str, ...] = ()  # codes of things to say above the preview
    merged: tuple[tuple[int, int], ...] = ()  # header cells merged across columns: (first, last)

    @property
    def width(self) -> int:
        return len(self.header)

    def column_label(self, col: int) -> str:
        """«B: Фамилия», as the columns are lettered in a spreadsheet."""
        title = self.header[col] if 0 <= col < len(self.header) else ""
        return f"{column_letter(col)}: {title}" if title else column_letter(col)


def column_letter(col: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    n = col + 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """The file as a Table, or FileProblem saying in plain words why it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_MB * 2**20:
            raise FileProblem("file.too_large", max=MAX_MB)
        data = path.read_bytes()
    except FileProblem:
        raise
    except OSError:
        raise FileProblem("file.missing") from None
    if not data.strip():
        raise FileProblem("file.empty")
    if data.startswith(b"PK\x03\x04"):
        return _read_zip(data, sheet)
    if data.startswith(_OLE):
        raise FileProblem("file.protected" if _ENCRYPTED in data else "file.xls")
    return _read_text(data)


# --- workbooks ----------------------------------------------------------------------------------


def _read_zip(data: bytes, sheet: str | None) -> Table:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileProblem("file.damaged") from None
    if "xl/workbook.xml" not in names:
        if "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype"):
            raise FileProblem("file.ods")
        raise FileProblem("file.not_spreadsheet")
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_MB * 2**20:
        raise FileProblem("file.unpacked_too_large", max=MAX_UNPACKED_MB)
    try:
        with warnings.catch_warnings():  # "extension not supported" and the like: not ours
            warnings.simplefilter("ignore")
            return _read_xlsx(data, archive, sheet)
    except FileProblem:
        raise
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on a broken workbook
        raise FileProblem("file.damaged") from None


def _read_xlsx(data: bytes, archive: zipfile.ZipFile, sheet: str | None) -> Table:
    from openpyxl import load_workbook  # lazy: only when a workbook is read (start-up)

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] or wb.sheetnames
        if sheet is not None and sheet not in wb.sheetnames:
            raise FileProblem("file.no_sheet", sheet=sheet, sheets=", ".join(visible))
        ws = wb[sheet] if sheet is not None else _likely_sheet(wb, visible)
        ws.reset_dimensions()  # some programs write a wrong size; read every row there is
        rows = _collect(ws.iter_rows(min_row=1, min_col=1, values_only=True))
        xml = archive.read(ws._worksheet_path)  # noqa: SLF001 - the sheet's own XML
    finally:
        wb.close()
    if _FORMULA.search(xml):
        _mark_formulas_without_value(data, ws.title, xml, rows)
    merges = _merged_ranges(xml)
    return _table(rows, "xlsx", merges=merges, sheet=ws.title, sheets=tuple(visible))


def _likely_sheet(wb, visible: Sequence[str]):
    """The sheet shown when the file opens, unless it looks like no list and another does."""
    active = wb.active if wb.active is not None and wb.active.title in visible else wb[visible[0]]
    order = [active] + [wb[name] for name in visible if name != active.title]
    for ws in order:
        for cells in ws.iter_rows(min_row=1, max_row=HEADER_SEARCH, values_only=True):
            if header_score(cells) >= 2:
                return ws
    return active


def _collect(rows_iter) -> list[tuple[int, tuple]]:
    """Rows that are not blank, with their line numbers; FileProblem past MAX_ROWS."""
    rows = []
    for line, cells in enumerate(rows_iter, start=1):
        if line > MAX_LINES:
            raise FileProblem("file.too_many_rows", max=MAX_ROWS)
        cells = tuple(_clean_cell(c) for c in cells)
        if any(c is not None for c in cells):
            rows.append((line, cells))
            if len(rows) > MAX_ROWS:
                raise FileProblem("file.too_many_rows", max=MAX_ROWS)
    return rows


def _clean_cell(value) -> Cell:
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS and len(value.strip()) > MAX_CELL_CHARS:
            return TOO_LONG
        value = value.strip()
        if not value:
            return None
        return NO_VALUE if value in _EXCEL_ERRORS else value
    if isinstance(value, (int, float, date)) or value is None:
        return value
    return str(value).strip() or None  # a time, a timedelta: text is enough


_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>\s*[^<\s]", re.S)


def _formulas_without_value(xml: bytes) -> dict[int, set[int]] | None:
    """{line: columns} of the formulas Excel never computed: no value stored with them. A
    formula that computed empty text (="" in Excel, stored as type "str") is a blank cell.
    None when a formula cell does not say where it is (then openpyxl has to tell)."""
    found: dict[int, set[int]] = {}
    for attrs, inner in _CELL.findall(xml):
        if not inner or not _FORMULA.search(inner):
            continue
        if _VALUE.search(inner):
            continue
        kind = _TYPE.search(attrs)
        if kind is not None and kind.group(1) in (b"str", b"inlineStr"):
            continue
        ref = _REF.search(attrs)
        if ref is None:
            return None
        found.setdefault(int(ref.group(2)), set()).add(_col_index(ref.group(1)))
    return found


def _formulas_by_openpyxl(data: bytes, title: str) -> dict[int, set[int]]:
    from openpyxl import load_workbook  # lazy: only when a workbook is read (start-up)

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        ws = wb[title]
        ws.reset_dimensions()
        formulas: dict[int, set[int]] = {}
        for line, cells in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True),
                                     start=1):
            for col, value in enumerate(cells):
                if (isinstance(value, str) and value.startswith("=")) or (
                        value is not None and not isinstance(value, (str, int, float, date))):
                    formulas.setdefault(line, set()).add(col)
    finally:
        wb.close()
    return formulas


def _mark_formulas_without_value(data: bytes, title: str, xml: bytes,
                                 rows: list[tuple[int, tuple]]) -> None:
    """A formula cell with no computed value becomes NO_VALUE (data_only reads it as None,
    the same as a blank cell)."""
    formulas = _formulas_without_value(xml)
    if formulas is None:
        formulas = _formulas_by_openpyxl(data, title)
    if not formulas:
        return
    by_line = {line: i for i, (line, _cells) in enumerate(rows)}
    for line, cols in formulas.items():
        i = by_line.get(line)
        cells = list(rows[i][1]) if i is not None else []
        changed = False
        for col in cols:
            while len(cells) <= col:
                cells.append(None)
            if cells[col] is None:
                cells[col] = NO_VALUE
                changed = True
        if not changed:
            continue
        if i is None:  # a line of nothing but formulas with no value
            rows.append((line, tuple(cells)))
        else:
            rows[i] = (line, tuple(cells))
    rows.sort(key=lambda r: r[0])


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _merged_ranges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """(first row, last row, first column, last column) of each merged area."""
    return [(int(r1), int(r2), _col_index(c1), _col_index(c2))
            for c1, r1, c2, r2 in _MERGE.findall(xml)]


# --- text ---------------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise FileProblem("file.not_spreadsheet") from None
    if b"\x00" in data:
        raise FileProblem("file.not_spreadsheet")
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    lines, utf8, other = [], 0, 0
    for raw in data.split(b"\n"):
        try:
            line = raw.decode("utf-8")
            if not raw.isascii():
                utf8 += 1
        except UnicodeDecodeError:
            line = raw.decode("cp1251", errors="replace")
            other += 1
        lines.append(line)
    text = "\n".join(lines)
    return text.removeprefix("\ufeff"), "mixed" if utf8 and other else "cp1251"


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    return controls > max(2, len(sample) // 200)


def _sniff(lines: list[str]) -> str | None:
    """The delimiter that gives the first lines one steady number of columns (more than one)."""
    best, best_score = None, (0, 0)
    for delim in (";", "\t", ","):
        counts = [len(cells) for cells in csv.reader(lines, delimiter=delim)]
        counts = [n for n in counts if n > 1]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_text(data: bytes) -> Table:
    # csv's own limit (131,072 characters a field) would raise mid-file; the file is at most
    # MAX_MB, and a long cell becomes a problem of its row (_clean_cell). Only ever raised.
    if csv.field_size_limit() < MAX_MB * 2**20:
        csv.field_size_limit(MAX_MB * 2**20)
    text, encoding = _decode(data)
    if _looks_binary(text):
        raise FileProblem("file.not_spreadsheet")
    head = text.lstrip()[:512].casefold()
    if head.startswith(("<!doctype html", "<html", "<table", "<?xml")):
        raise FileProblem("file.html")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = [ln for ln in text.split("\n", 200)[:200] if ln.strip()][:30]
    delimiter = _sniff(sample)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter or "\x1f")
    try:
        rows = _collect(reader)
    except csv.Error:  # e.g. a "field" of megabytes: not a list of pupils
        raise FileProblem("file.not_spreadsheet") from None
    notes = ("note.mixed_encoding",) if encoding == "mixed" else ()
    if encoding == "cp1251" and "?" in text:
        notes += ("note.cp1251",)
    return _table(rows, "csv", encoding=encoding, delimiter=delimiter, notes=notes)


# --- the header ---------------------------------------------------------------------------------


def _is_text_header(cells: tuple) -> bool:
    """A first row that names nothing we know may still be a header: text with no digits."""
    texts = [c for c in cells if c is not None]
    return bool(texts) and all(isinstance(c, str) and not any(ch.isdigit() for ch in c)
                               for c in texts)


def _two_row_header(cells: tuple) -> bool:
    """A row next to the header that is itself mostly headers (and nothing but text)."""
    texts = [c for c in cells if c is not None]
    return bool(texts) and all(isinstance(c, str) for c in texts) and (
        header_score(cells) * 10 >= len(texts) * 6)


def _numbering(cells: tuple) -> bool:
    """1 | 2 | 3 | ...: the column numbers some forms print under the header."""
    values = [c for c in cells if c is not None]
    try:
        numbers = [int(float(c)) if isinstance(c, (int, float)) else int(c) for c in values]
    except (TypeError, ValueError):
        return False
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _text(cell) -> str:
    if cell is None or isinstance(cell, _NoValue):
        return ""
    return " ".join(str(cell).split())


def _table(rows: list[tuple[int, tuple]], kind: str, *,
           merges: Sequence[tuple[int, int, int, int]] = (), **info) -> Table:
    if not rows:
        raise FileProblem("file.empty")
    width = max(len(cells) for _line, cells in rows)
    rows = [(line, cells + (None,) * (width - len(cells))) for line, cells in rows]
    scores = [header_score(cells) for _line, cells in rows[:HEADER_SEARCH]]
    best = max(scores)
    if best == 0 and not _is_text_header(rows[0][1]):
        # No header at all: the columns are only letters, and every row is data.
        return Table([""] * width, rows, kind, header_line=0, **info)
    h = scores.index(best) if best else 0
    header_line, header_cells = rows[h]
    header = [_text(c) for c in header_cells]
    if h > 0 and best and _two_row_header(rows[h - 1][1]):
        # A header in two rows, and the lower one names more: the upper one fills its gaps.
        header = [low or _text(up) for low, up in zip(header, rows[h - 1][1])]
    start = h + 1
    if start < len(rows) and best:
        below = rows[start][1]
        if _two_row_header(below):
            # A header in two rows: the lower row names the parts of the upper one.
            header = [_text(low) or up for low, up in zip(below, header)]
            start += 1
    if start < len(rows) and _numbering(rows[start][1]):
        start += 1
    spans = tuple((c1, min(c2, width - 1)) for r1, r2, c1, c2 in merges
                  if r1 <= header_line <= r2 and c2 > c1 and c1 < width)
    data = rows[start:]
    if not data:
        raise FileProblem("file.no_rows")
    return Table(header, data, kind, header_line=header_line, merged=spans, **info)
