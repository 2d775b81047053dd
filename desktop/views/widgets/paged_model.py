"""Passive table models fed by services.

`PagedTableModel` is for the long lists (100,000 sessions): it asks the service how many
rows match the filter, and fetches only the page of rows that the view is painting, keeping
a few recently used pages (Anki's browser keeps ids and loads rows lazily in the same spirit).
`ListTableModel` is the small-data sibling (a pupil list, one pupil's chronology): the view
hands it all its rows with `set_rows`, as in Vorta's archive table.

Both describe their columns with `Column`: the header text comes from a function so that it
is translated when it is shown, the cell text from a function of the row object. A row style
function colours and emphasises whole rows (overdue follow-ups in red and bold).

Both sort when a header is clicked (the table's sorting is on: make_table): the paged model
asks its service for the rows in the column's `sort` order (a key the service whitelists,
passed in the filter), the list model sorts its rows in memory by the column's `key` (else
its text in the Kazakh alphabet's order). Column -1 is the list's usual order.
"""

import dataclasses
import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter, indexOf
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...models.text import collation_key

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole  # the record's id (a UUID) for any cell of its row
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself

from .colors import ALERT, MUTED, WARN  # noqa: E402,F401  (the lists use them from here too)

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class RowStyle:
    color: QColor | None = None
    bold: bool = False
    italic: bool = False


ALERT_STYLE = RowStyle(ALERT, bold=True)


@dataclass(frozen=True)
class Column:
    """One column: `header()` gives the translated title, `value(row)` the cell text."""

    header: Callable[[], str]
    value: Callable[[Any], str]
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | None = None
    style: Callable[[Any], RowStyle | None] | None = None  # this column only; wins over the row's
    sort: str | None = None  # PagedTableModel: the service's key for ordering by this column
    key: Callable[[Any], Any] | None = None  # ListTableModel: sort key of a row (else its text)


_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | Qt.ItemFlag.ItemNeverHasChildren)


class ColumnsModel(QAbstractTableModel):
    """What the two models share: columns, roles and styles. Subclasses say how to get a row."""

    def __init__(self, columns: Sequence[Column], *,
                 row_style: Callable[[Any], RowStyle | None] | None = None,
                 id_of: Callable[[Any], Any] = attrgetter("id"), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._row_style = row_style
        self._id_of = id_of
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        self.sort_column, self.sort_descending = -1, False  # -1: the usual order

    # --- for subclasses -------------------------------------------------------------------

    def row_object(self, row: int):
        """The row's object, or None when there is no such row."""
        raise NotImplementedError

    # --- the API views use ------------------------------------------------------------------

    def sort_key(self, column: int):
        """A row's sort key in `column` (for sorting in memory)."""
        col = self.columns[column]
        if col.key is not None:
            return col.key
        return lambda row: collation_key(col.value(row) or "")

    def row_id(self, row: int):
        obj = self.row_object(row)
        return None if obj is None else self._id_of(obj)

    # --- QAbstractTableModel ------------------------------------------------------------------

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index):
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].align
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Called for each role of each cell painted (seven per cell): the roles are compared
        # with module constants, as looking up Qt.ItemDataRole.X runs Python code each time.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_object(index.row())
        if row is None:
            return None
        col = self.columns[index.column()]
        if role == _DISPLAY:
            return col.value(row)
        if role == _FOREGROUND or role == _FONT:
            style = self._style(col, row)
            if style is None:
                return None
            if role == _FOREGROUND:
                return QBrush(style.color) if style.color is not None else None
            return self._font(style) if (style.bold or style.italic) else None
        if role == _ALIGN:
            return col.align
        if role == ID_ROLE:
            return self._id_of(row)
        if role == ROW_ROLE:
            return row
        # The tooltip: its own, else the whole text: a column narrowed to fit the list shows
        # its cut cells whole when pointed at.
        text = col.value(row)
        own = col.tooltip(row) if col.tooltip else None
        if own and text and text not in own:
            return f"{text}\n\n{own}"
        return own or text or None

    def _style(self, col: Column, row) -> RowStyle | None:
        if col.style is not None:
            own = col.style(row)
            if own is not None:
                return own
        return self._row_style(row) if self._row_style else None

    def _font(self, style: RowStyle) -> QFont:
        key = (style.bold, style.italic)
        if key not in self._fonts:
            font = QFont()
            font.setBold(style.bold)
            font.setItalic(style.italic)
            self._fonts[key] = font
        return self._fonts[key]


_DISPLAY, _ALIGN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND, _FONT = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole
_ROLES = frozenset({_DISPLAY, Qt.ItemDataRole.ToolTipRole, _ALIGN, _FOREGROUND, _FONT, ID_ROLE,
                    ROW_ROLE})


class ListTableModel(ColumnsModel):
    """All rows in memory: for lists of at most a few thousand rows."""

    def __init__(self, columns: Sequence[Column], *,
                 pinned: Callable[[Any], bool] | None = None, **kw):
        super().__init__(columns, **kw)
        self._rows: list = []
        self._pinned = pinned  # rows that stay on top whatever the sort (a risk of self-harm)

    def set_rows(self, rows: Sequence) -> None:
        """Show these rows, in the column order the user chose (else as given)."""
        self.beginResetModel()
        self._rows = self._ordered(list(rows))
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A header was clicked: sort the rows (stable: ties keep their order)."""
        self.sort_column = column if 0 <= column < len(self.columns) else -1
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        if self.sort_column < 0:
            return  # the rows came in the usual order and keep it until set_rows
        self.layoutAboutToBeChanged.emit()
        self._rows = self._ordered(self._rows)
        self.layoutChanged.emit()

    def _ordered(self, rows: list) -> list:
        if self.sort_column < 0:
            return rows
        key, down = self.sort_key(self.sort_column), self.sort_descending
        if self._pinned is None:
            return sorted(rows, key=key, reverse=down)
        top = [r for r in rows if self._pinned(r)]
        rest = [r for r in rows if not self._pinned(r)]
        return sorted(top, key=key, reverse=down) + sorted(rest, key=key, reverse=down)

    @property
    def rows(self) -> list:
        return list(self._rows)

    def row_object(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, record_id) -> int:
        """The row of the record with this id, or -1 (the loop in C: a save that touches the
        pupils looks the card's pupil up among 12,000 at a million records)."""
        try:
            return indexOf(map(self._id_of, self._rows), record_id)
        except ValueError:
            return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)


class PagedTableModel(ColumnsModel):
    """Rows fetched a page at a time; at most `max_pages` pages are kept (least recently used
    goes first). `count(filter)` and `fetch(filter, offset, limit)` are the service's."""

    def __init__(self, columns: Sequence[Column], count: Callable[[Any], int],
                 fetch: Callable[[Any, int, int], Sequence], filter: Any = None, *,
                 page_size: int = 200, max_pages: int = 12, **kw):
        super().__init__(columns, **kw)
        if page_size < 1 or max_pages < 1:
            raise ValueError("page_size and max_pages must be positive")
        self._count_fn, self._fetch_fn = count, fetch
        self._filter = filter
        self.page_size, self.max_pages = page_size, max_pages
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._unreadable: set[int] = set()  # cached pages whose rows could not be fetched
        self._count = self._safe_count()

    # --- filter and refresh ----------------------------------------------------------------

    @property
    def filter(self):
        return self._filter

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """A header was clicked: read the rows again in that column's order, from the top."""
        if column < 0 and self.sort_column < 0:
            return  # the usual order already (the table's sorting was just turned on)
        self.sort_column = column if 0 <= column < len(self.columns) else -1
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        self.set_filter(self._filter)

    def set_filter(self, f) -> None:
        """Show the rows matching `f` (in the column order the user chose), from the top;
        forgets every cached page."""
        if f is not None and dataclasses.is_dataclass(f) and hasattr(f, "sort"):
            key = self.columns[self.sort_column].sort if self.sort_column >= 0 else None
            f = dataclasses.replace(f, sort=key, descending=bool(key) and self.sort_descending)
        self.beginResetModel()
        self._filter = f
        self._pages.clear()
        self._unreadable.clear()
        self._count = self._safe_count()
        self.endResetModel()

    def refresh(self) -> None:
        """Ask the service again with the same filter (after a record was saved)."""
        self.set_filter(self._filter)

    def reader(self, rows: Sequence[int] = ()) -> Callable[[], tuple]:
        """For reading again off the GUI thread (a sorted list on a large journal can take
        longer than a frame): a function for the journal's worker that asks the service for
        the count and the pages holding the first row and `rows`, with the filter of now.
        Its result goes to show_read() on the GUI thread."""
        f, size = self._filter, self.page_size
        numbers = sorted({0} | {r // size for r in rows if r >= 0})

        def read() -> tuple:
            count = self._count_fn(f)
            return f, count, {n: list(self._fetch_fn(f, n * size, size))
                              for n in numbers if n * size < count}

        return read

    def show_read(self, read: tuple) -> None:
        """Show what reader()'s function read, unless the filter changed meanwhile (the user
        searched or sorted: that read stands)."""
        f, count, pages = read
        if f != self._filter:
            return
        self.beginResetModel()
        self._pages = OrderedDict(pages)
        self._unreadable.clear()
        self._count = count
        self.endResetModel()

    # --- rows ------------------------------------------------------------------------------

    def row_object(self, row: int):
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """A row whose page could not be fetched says so, instead of staying blank."""
        if (index.isValid() and role in _ROLES and self.row_object(index.row()) is None
                and index.row() // self.page_size in self._unreadable):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(
                    "PagedTableModel", "Cannot be read") if index.column() == 0 else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "PagedTableModel", "This row could not be read; the details were written "
                    "to the log.")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED)
            return None
        return super().data(index, role)

    def find_row(self, record_id) -> int:
        """The row of the record with this id among the pages already fetched, or -1: the
        model never reads the whole list to find one record."""
        for number, page in self._pages.items():
            for offset, obj in enumerate(page):
                if self._id_of(obj) == record_id:
                    return number * self.page_size + offset
        return -1

    @property
    def cached_pages(self) -> list[int]:
        """Page numbers in memory, least recently used first (for tests and diagnostics)."""
        return list(self._pages)

    def _page(self, number: int) -> list:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            page = list(self._fetch_fn(self._filter, number * self.page_size, self.page_size))
        except Exception:  # noqa: BLE001 - a paint must not raise; the log keeps the details
            log.exception("fetching rows %d+ failed", number * self.page_size)
            page = []
            self._unreadable.add(number)
        else:
            self._unreadable.discard(number)
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._unreadable.discard(self._pages.popitem(last=False)[0])
        return page

    def _safe_count(self) -> int:
        try:
            return int(self._count_fn(self._filter))
        except Exception:  # noqa: BLE001
            log.exception("counting rows failed")
            return 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count
