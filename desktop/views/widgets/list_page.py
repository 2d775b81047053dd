"""What the list pages share: a read-only table set up for long lists whose columns share
its width (and that sorts by a header click), a row of buttons that wraps when narrow
(FlowLayout), the class filter (ClassCombo), and a page with a filter bar, the table, a
"New …" button and a footer with the number of rows found."""

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication, QEvent, QItemSelectionModel, QMargins, QObject, QPoint, QRect,
    QSignalBlocker, QSize, Qt, QTimer, Signal,
)
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLayout, QLayoutItem,
    QLineEdit, QPushButton, QSizePolicy, QStyle, QTableView, QVBoxLayout, QWidget,
)

from ...models.school_class import classes_typed
from ...models.text import search_form
from ...services.context import PUPILS_READ
from .fmt import format_count
from .paged_model import ColumnsModel, PagedTableModel


def make_table(model: ColumnsModel, *, multi: bool = False, sortable: bool = False) -> QTableView:
    """A read-only table of whole rows. Rows have one fixed height, so 100,000 of them scroll
    as easily as ten; nothing here measures every row. A `sortable` one sorts by the column
    whose header is clicked, the other way on a second click, with the header's arrow
    showing it (the model's sort(): in SQL for a paged list); until then the usual order."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows move in the table
    view.setCornerButtonEnabled(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(40)
    if sortable:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the usual order at first
        view.setSortingEnabled(True)
    view.column_fit = ColumnFit(view)
    header.sortIndicatorChanged.connect(lambda *_a: view.column_fit.fit())  # room for the arrow
    # New rows are laid out at once, not on the view's zero-delay timer: that timer fired
    # after the first repaint and its new scroll range painted the list a second time (a
    # keystroke in the pupil search painted it twice).
    model.modelReset.connect(view.doItemsLayout)
    return view


class ColumnFit(QObject):
    """The columns share the list's width: each keeps the width it asks for (its header and a
    typical value, set_column_widths) while they fit; when they do not, the widest give way
    first, never below their header's words (nor below `minimum_widths`, a pupil's surname
    and given name). A cut cell shows its whole text as a tooltip (paged_model.ColumnsModel).
    Refitted when the list is resized; a column the user drags keeps its width until then."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.preferred: dict[int, int] = {}  # column -> width it would like
        self.minimum_widths: dict[int, int] = {}  # column -> never narrower (names)
        view.viewport().installEventFilter(self)

    def header_width(self, column: int) -> int:
        header = self.view.horizontalHeader()
        title = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        bold = header.font()
        bold.setBold(True)  # a highlighted section's title is bold in some styles
        wide = max(QFontMetrics(bold).horizontalAdvance(line) for line in title.split("\n"))
        style = header.style()
        wide += 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 6
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            # The arrow is drawn only where the list is sorted: the others keep their room.
            wide += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + 4
        return max(wide, self.minimum_widths.get(column, 0), header.minimumSectionSize())

    def minimum_width(self) -> int:
        """The narrowest the list may be with every column's header whole."""
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in range(view.model().columnCount()) if not header.isSectionHidden(c)]
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return sum(self.header_width(c) for c in columns) + 2 * view.frameWidth() + scroll_bar

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        model = view.model()
        if model is None:
            return
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        if not columns:
            return
        least = self.minimum_width()
        if view.minimumWidth() != least:
            view.setMinimumWidth(least)  # never so narrow that a header is cut
        room = view.viewport().width()
        stretch = {c for c in columns if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch}
        if header.stretchLastSection():
            stretch.add(columns[-1])
        need = {c: self.header_width(c) for c in columns}
        want = {c: max(self.preferred.get(c, header.sectionSize(c)), need[c]) for c in columns}
        for c in stretch:
            want[c] = need[c]
        excess = sum(want.values()) - room
        if excess > 0:
            # The widest give way first, down to their header's width.
            give = {c: want[c] - need[c] for c in columns if c not in stretch}
            total = sum(give.values())
            if total > 0:
                share = min(1.0, excess / total)
                for c, g in give.items():
                    want[c] -= int(g * share + 0.999)
        for c in columns:
            if c not in stretch:
                header.resizeSection(c, want[c])
        last = columns[-1]
        if header.stretchLastSection() and last in stretch:
            # Qt keeps a stretched last section at least its default size: say what is left.
            rest = room - sum(header.sectionSize(c) for c in columns[:-1])
            header.resizeSection(last, max(rest, need[last]))


def set_column_widths(view: QTableView, samples: Sequence[str | None]) -> None:
    """Size each column to fit its header and a typical value (`samples[i]`); None leaves the
    column alone (the last one stretches)."""
    fm = view.fontMetrics()
    header_fm = view.horizontalHeader().fontMetrics()
    model = view.model()
    for i, sample in enumerate(samples):
        if sample is None:
            continue
        title = model.headerData(i, Qt.Orientation.Horizontal) or ""
        width = max(fm.horizontalAdvance(sample), header_fm.horizontalAdvance(title) + 12)
        view.setColumnWidth(i, width + 16)
        fit = getattr(view, "column_fit", None)
        if fit is not None:
            fit.preferred[i] = width + 16


def combo(first: str, items: Sequence[tuple[object, str]]) -> QComboBox:
    """A filter combo: `first` (data None, meaning "any") and then (code, label) items."""
    box = QComboBox()
    box.addItem(first, None)
    for code, text in items:
        box.addItem(text, code)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


def parse_query(text: str) -> tuple[list[str], list[str]]:
    """(folded name words, classes) typed in a search box: «5Ә Нұр» is class 5Ә, «нур»."""
    grades, rest = classes_typed(text)
    return search_form(rest).split(), grades


def matches(row, words: list[str], grades: list[str]) -> bool:
    """For lists held in memory: the row's `pupil_name` holds every folded word, and its
    `class_name` is each class typed or chosen."""
    if any(row.class_name != grade for grade in grades):
        return False
    if not words:
        return True
    key = search_form(row.pupil_name)
    return all(w in key for w in words)


class ClassCombo(QComboBox):
    """The class filter: "All classes", then the classes given, in their natural order (1А,
    2А … 10Б, 11А, Kazakh letters in their alphabet's place: PupilService.classes sorts
    them). currentData() is the class chosen, or None for all classes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("classFilter")
        self.setToolTip(self.tr("Class"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.fill([])

    def fill(self, names: list[str]) -> None:
        """Offer these classes, keeping the one chosen (without a change signal) while it is
        still among them."""
        current = self.currentData()
        if [self.itemData(i) for i in range(1, self.count())] == list(names) and self.count():
            return
        with QSignalBlocker(self):
            self.clear()
            self.addItem(self.tr("All classes"), None)
            for name in names:
                self.addItem(name, name)
            self.setCurrentIndex(max(self.findData(current), 0))

    def choose(self, name: str | None) -> None:
        """Choose the class `name` (None or one not offered: all classes)."""
        self.setCurrentIndex(max(self.findData(name), 0) if name else 0)


class SearchField(QLineEdit):
    """A search box: Down or Enter moves into the results, Esc clears it."""

    def __init__(self, results: QAbstractItemView | None = None, parent=None):
        super().__init__(parent)
        self.results = results
        self.flush = None  # called before moving into the results (a pending search runs now)
        self.setClearButtonEnabled(True)

    def fit_placeholder(self, text: str, least: int = 220) -> None:
        """Show `text` as the hint, wide enough to read whole (a box in a flow of filters,
        which would otherwise get its default width), at least `least` pixels."""
        self.setPlaceholderText(text)
        self.setFixedWidth(max(least, min(self.fontMetrics().horizontalAdvance(text) + 40, 420)))

    def keyPressEvent(self, event) -> None:
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in keys and self.results is not None:
            if self.flush is not None:
                self.flush()
            model = self.results.model()
            if model is not None and model.rowCount() > 0:
                if not self.results.currentIndex().isValid():
                    select_row(self.results, 0)
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


def sort_state(view: QTableView) -> dict:
    """The column a sortable table is sorted by and which way, for a page's state() (kept
    across a change of language)."""
    header = view.horizontalHeader()
    return {"sort": [header.sortIndicatorSection(),
                     header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder]}


def restore_sort(view: QTableView, state: dict) -> None:
    column, descending = state.get("sort") or (-1, False)
    if view.isSortingEnabled() and 0 <= column < view.model().columnCount():
        view.sortByColumn(column, Qt.SortOrder.DescendingOrder if descending
                          else Qt.SortOrder.AscendingOrder)


def select_row(view: QAbstractItemView, row: int) -> None:
    model = view.model()
    if not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)


class RecordListPage(QWidget):
    """A long list of records over a PagedTableModel. Subclasses give the columns, the
    service, the extra filter widgets and how to open and create a record."""

    changed = Signal()  # a record was saved or changed from this page

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._stale = False
        self._refresher = None  # reads on the journal's worker after a save (refresh_later)

        columns = [dataclasses.replace(c, sort=key) if key else c
                   for c, key in zip(self.columns(), self.sort_keys() + [None] * 99)]
        self.model = PagedTableModel(columns, self.count_rows, self.fetch_rows,
                                     self.current_filter_default(), row_style=self.row_style)
        self.table = make_table(self.model, multi=self.multi_select, sortable=True)
        self.search = SearchField(self.table)
        # One line that wraps in a narrow window, rather than cutting the filters' words.
        self.search.fit_placeholder(self.search_placeholder(), least=260)
        # The class filter, for a role that reads pupils (a class's records name its pupils).
        self.class_combo = ClassCombo()
        self._by_class = self.class_filter and services.ctx.can(PUPILS_READ)
        self.class_combo.setVisible(self._by_class)
        self._fill_classes()
        self.class_combo.currentIndexChanged.connect(self.apply_filter)
        self.new_button = QPushButton(self.new_button_text())
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setEnabled(self.can_create())
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        bar = FlowLayout()
        bar.addWidget(self.search)
        bar.addWidget(self.class_combo)
        for w in self.filter_widgets():
            bar.addWidget(w)
        for w in self.action_widgets():
            bar.addWidget(w)
        bar.addWidget(self.new_button)

        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        for w in self.footer_widgets():
            footer.addWidget(w)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addLayout(footer)

        self._current_record = None  # the id under the current row when it became current
        # Typing waits for a short pause: on 100,000 records one query per keystroke would
        # make fast typing stutter. Combos apply at once.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(self.typing_delay_ms)
        self._typing.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.search.flush = self.flush_search
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # The window's File > Find takes this over (MainWindow disables it: one owner per key).
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.set_column_widths()
        self._update_count()

    # --- for subclasses ------------------------------------------------------------------------

    multi_select = False
    typing_delay_ms = 250
    class_filter = True  # a class combo in the filter bar (the filter's `grade`)

    def columns(self):
        raise NotImplementedError

    def sort_keys(self) -> list[str | None]:
        """The service's sort key of each column (ListFilter.sort), in the columns' order."""
        return []

    def count_rows(self, f) -> int:
        raise NotImplementedError

    def fetch_rows(self, f, offset: int, limit: int):
        raise NotImplementedError

    def current_filter(self):
        raise NotImplementedError

    def current_filter_default(self):
        return None

    def row_style(self, row):
        return None

    def filter_widgets(self) -> list[QWidget]:
        return []

    def footer_widgets(self) -> list[QWidget]:
        return []

    def action_widgets(self) -> list[QWidget]:
        """Buttons before "New …" on the right of the filter bar."""
        return []

    def column_samples(self) -> list[str | None]:
        return []

    def search_placeholder(self) -> str:
        return QCoreApplication.translate("RecordListPage", "Find by a pupil's name")

    def can_create(self) -> bool:
        """Whether the signed-in role may add records here (the New button)."""
        return True

    def new_button_text(self) -> str:
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def open_record(self, record_id) -> None:
        raise NotImplementedError

    # --- behaviour -------------------------------------------------------------------------------

    def set_column_widths(self) -> None:
        set_column_widths(self.table, self.column_samples())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def flush_search(self) -> None:
        """Run a search that is waiting for the typing pause now."""
        if self._typing.isActive():
            self.apply_filter()

    def apply_filter(self, *_args) -> None:
        self._typing.stop()
        f = self.current_filter()
        grade = self.class_combo.currentData() if self._by_class else None
        if grade and hasattr(f, "grade"):
            f = dataclasses.replace(f, grade=grade)
        self.model.set_filter(f)
        self._update_count()

    def _fill_classes(self) -> None:
        if self._by_class:
            self.class_combo.fill(self.services.pupils.classes())

    def refresh(self) -> None:
        """Read the list again, keeping the selected record (or its place) selected. A hidden
        page only notes that it must read again when it is next shown."""
        place = self._place_to_keep()
        if place is not None:
            self.model.refresh()
            self._reselect(*place)

    def refresh_later(self, _changes=None) -> None:
        """As refresh(), with the reading on the journal's worker: after a save while the
        list is on screen (sorted by a pupil's name, 100,000 records take a quarter second)."""
        place = self._place_to_keep()
        if place is None:
            return
        row, record_id = place
        if self._refresher is None:
            # lazy: loads with the first save while a list is shown (start-up)
            from .tasks import Refresher

            self._refresher = Refresher(self, self._read_again, self._show_again,
                                        name="list")
        self._refresher.request(self.model.reader([row]), row, record_id)

    @staticmethod
    def _read_again(read, row: int, record_id) -> tuple:
        return read(), row, record_id

    def _show_again(self, got: tuple) -> None:
        read, row, record_id = got
        self.model.show_read(read)
        self._reselect(row, record_id)

    def _place_to_keep(self) -> tuple[int, object] | None:
        """Before reading again: the selected row and its record, the classes offered read
        again; None for a hidden page, which only notes that it must read when next shown."""
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            return None
        self._stale = False
        self._fill_classes()
        current = self.table.currentIndex()
        return (current.row() if current.isValid() else -1), self._current_record

    def _reselect(self, row: int, record_id) -> None:
        """The record that was selected selected again (else the row at its place)."""
        if row >= 0 and self.model.rowCount() > 0:
            self.model.row_object(row)  # fetch the page where the record was
            found = self.model.find_row(record_id)
            select_row(self.table, found if found >= 0 else min(row, self.model.rowCount() - 1))
        self._update_count()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def selected_ids(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [rid for rid in (self.model.row_id(r) for r in rows) if rid is not None]

    def current_id(self):
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def state(self) -> dict:
        return {"search": self.search.text(), "class": self.class_combo.currentData(),
                **sort_state(self.table)}

    def restore_state(self, state: dict) -> None:
        self.class_combo.choose(state.get("class"))
        self.search.setText(state.get("search", ""))
        restore_sort(self.table, state)

    def saved(self, _record_id=None) -> None:
        """A dialog opened from here saved its record."""
        self.refresh()
        self.changed.emit()

    def _current_changed(self, current, _previous) -> None:
        self._current_record = self.model.row_id(current.row()) if current.isValid() else None

    def _activated(self, index) -> None:
        record_id = self.model.row_id(index.row())
        if record_id is not None:
            self.open_record(record_id)

    def _update_count(self) -> None:
        self.count_label.setText(QCoreApplication.translate("RecordListPage", "Found: {count}")
                                 .format(count=format_count(self.model.rowCount())))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.set_column_widths()
        super().changeEvent(event)


class FlowLayout(QLayout):
    """A row of buttons that wraps onto a second line instead of cutting their words (Qt's
    flow layout example, left to right, top to bottom). Items keep their size hints;
    `align_right` packs each line to the right (the way dialog buttons sit)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1,
                 align_right: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.align_right = align_right
        # heightForWidth by width until the layout is invalidated: Qt asks it again and
        # again while laying out a page (a tenth of the card's relayout after a save), as
        # QBoxLayout keeps its own.
        self._heights: dict[int, int] = {}
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._heights.clear()
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._lay_out(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item) if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item: the others wrap below it."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self, item: QLayoutItem) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        gap = style.layoutSpacing(QSizePolicy.ControlType.PushButton,
                                  QSizePolicy.ControlType.PushButton, Qt.Orientation.Horizontal)
        return gap if gap >= 0 else style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _lay_out(self, rect: QRect, move: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            hint = item.sizeHint()
            gap = self._gap(item)
            if lines[-1] and x + gap + hint.width() > area.width():
                lines.append([])
                x = 0
            x += (gap if lines[-1] else 0) + hint.width()
            lines[-1].append((item, hint))
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(h.height() for _, h in line)
            used = sum(h.width() for _, h in line) + sum(self._gap(i) for i, _ in line[1:])
            x = area.x() + (max(area.width() - used, 0) if self.align_right else 0)
            for item, hint in line:
                if move:
                    width = min(hint.width(), area.width())
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2),
                                           QSize(width, hint.height())))
                x += hint.width() + self._gap(item)
            y += height + self._gap(line[0][0])
        return y - self._gap(lines[-1][0][0]) - rect.y() + m.bottom() if lines[-1] else m.top() + m.bottom()
