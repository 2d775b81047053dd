"""What a user would see cut: text wider than the widget that shows it, measured with the
widget's own font metrics against its contents rectangle, and buttons outside the window.

`clipped(window)` walks every visible widget of a window and returns one line per fault,
naming the widget's class, its object name or text, and the widths that do not fit."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QCheckBox, QComboBox,
    QDialogButtonBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QListWidget, QMenu, QMenuBar, QPushButton,
    QRadioButton, QStyle, QStyleOptionButton, QStyleOptionComboBox, QTabBar, QTableView,
    QToolButton, QTreeView, QWidget,
)

ELLIPSIS = "…"


def _plain(text: str) -> str:
    """A mnemonic's & is not shown."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget, text: str = "") -> str:
    label = widget.objectName() or text[:40]
    return f"{type(widget).__name__}({label!r})"


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _widest_line(fm, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    if rich and not label.wordWrap():
        if label.sizeHint().width() > label.width():  # the laid-out document's width
            return (f"{_name(label, text)} is cut: {label.sizeHint().width()} px in "
                    f"{label.width()}: {text!r}")
        return None
    if text.endswith(ELLIPSIS) and not label.toolTip():
        return f"{_name(label, text)} is elided: {text!r}"
    rect = label.contentsRect()
    indent = max(label.indent(), 0) + label.margin() * 2
    fm = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(rect.width() + label.frameWidth() * 2)
        if needed > label.height() + 1:
            return f"{_name(label, text)} needs {needed} px of height, has {label.height()}: {text!r}"
        # a single word longer than the line cannot wrap
        words = [] if rich else text.split()
        longest = max((fm.horizontalAdvance(w) for w in words), default=0)
        if longest > rect.width() - indent:
            return f"{_name(label, text)}: a word {longest} px wide in {rect.width()}: {text!r}"
        return None
    wide = _widest_line(fm, _plain(text) if label.buddy() else text)
    if wide > rect.width() - indent:
        return f"{_name(label, text)} is cut: {wide} px in {rect.width() - indent}: {text!r}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    hint = button.sizeHint()  # the text's advance with the font metrics, plus the style's frame
    if hint.width() > button.width():
        return (f"{_name(button, text)} is cut: needs {hint.width()} px, has "
                f"{button.width()}: {text!r}")
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    wide = combo.fontMetrics().horizontalAdvance(text)
    if wide > field.width():
        return f"{_name(combo, text)} is cut: {wide} px in {field.width()}: {text!r}"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if edit.text() or not text:
        return None
    room = edit.contentsRect().width() - 8  # the style's text margins
    for action in edit.actions():
        if action.isVisible():
            room -= 22
    wide = edit.fontMetrics().horizontalAdvance(text)
    if wide > room:
        return f"{_name(edit, text)} placeholder is cut: {wide} px in {room}: {text!r}"
    return None


def _group(box: QGroupBox) -> str | None:
    text = _plain(box.title())
    if not text:
        return None
    wide = box.fontMetrics().horizontalAdvance(text) + (20 if box.isCheckable() else 0)
    if wide > box.width() - 8:
        return f"{_name(box, text)} title is cut: {wide} px in {box.width() - 8}: {text!r}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    faults = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = _plain(bar.tabText(i))
        rect = bar.tabRect(i)
        if not bar.rect().contains(rect):
            faults.append(f"QTabBar tab {text!r} is outside the bar (scrolled away)")
            continue
        wide = bar.fontMetrics().horizontalAdvance(text) + 12
        if bar.tabIcon(i) and not bar.tabIcon(i).isNull():
            wide += bar.iconSize().width() + 4
        if wide > rect.width():
            faults.append(f"QTabBar tab {text!r} is cut: {wide} px in {rect.width()}")
    return faults


def _header(header: QHeaderView, view: QAbstractItemView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    faults = []
    fm = header.fontMetrics()
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    if not horizontal:
        return []
    bold = header.font()
    bold.setBold(True)
    bfm = QFontMetrics(bold)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        size = header.sectionSize(logical)
        # the style's margins and the sort arrow (drawn only in the section the list is
        # sorted by: the style leaves the others' labels their whole width), and bold for
        # a highlighted section
        wide = max(fm, bfm, key=lambda m: m.horizontalAdvance(text)).horizontalAdvance(text)
        wide = _widest_line(bfm, text) if "\n" in text else wide
        needed = wide + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        if needed > size:
            faults.append(f"{_name(view)} column {text!r} is cut: {needed} px in {size}")
        pos = header.sectionViewportPosition(logical)
        if pos + size > header.viewport().width() + 1 and pos < header.viewport().width():
            faults.append(f"{_name(view)} column {text!r} runs off the list's right edge")
        elif pos >= header.viewport().width():
            faults.append(f"{_name(view)} column {text!r} is scrolled off the list")
    return faults


def _cells(view: QTableView | QTreeView) -> list[str]:
    """A table cell may be cut only when its tooltip holds the whole text."""
    model = view.model()
    if model is None:
        return []
    faults = []
    fm = view.fontMetrics()
    rows = min(model.rowCount(), 25)
    for row in range(rows):
        for column in range(model.columnCount()):
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            rect = view.visualRect(index)
            if rect.width() <= 0:
                continue
            room = rect.width() - 8
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                room -= view.iconSize().width() + 4 if view.iconSize().width() > 0 else 20
            wide = _widest_line(fm, text)
            if wide > room:
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if not (isinstance(tip, str) and text.replace("\n", " ") in tip.replace("\n", " ")):
                    faults.append(f"{_name(view)} cell {text!r} is cut without a tooltip "
                                  f"({wide} px in {room})")
    return faults


def _list_items(view: QListWidget) -> list[str]:
    """Each item's lines whole (the navigation); in a list that wraps its words, the
    wrapped lines whole in the item's height (a long name in a form's list of pupils)."""
    faults = []
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        fm = QFontMetrics(item.font())
        wide = _widest_line(fm, item.text()) + 8
        lines = item.text().count("\n") + 1
        if view.wordWrap() and wide > rect.width():
            wrapped = fm.boundingRect(QRect(0, 0, rect.width() - 8, 10_000),
                                      int(Qt.TextFlag.TextWordWrap), item.text())
            wide, lines = wrapped.width() + 8, max(1, round(wrapped.height() / fm.height()))
        if wide > rect.width() or lines * fm.height() > rect.height():
            faults.append(f"{_name(view)} item {item.text()!r} is cut: {wide} px in "
                          f"{rect.width()}, {lines} lines in {rect.height()} px")
    return faults


def _menu_bar(bar: QMenuBar) -> list[str]:
    faults = []
    for action in bar.actions():
        if not action.isVisible():
            continue
        rect = bar.actionGeometry(action)
        if rect.isEmpty() or not bar.rect().contains(rect):
            faults.append(f"menu {_plain(action.text())!r} does not fit the menu bar")
    return faults


def menu_faults(bar: QMenuBar, screen: QRect) -> list[str]:
    """Each menu (and submenu) fits the screen and its items are not cut."""
    faults = []

    def walk(menu: QMenu):
        hint = menu.sizeHint()
        if hint.width() > screen.width() or hint.height() > screen.height():
            faults.append(f"menu {_plain(menu.title())!r} is {hint.width()}x{hint.height()}, "
                          f"larger than the screen")
        for action in menu.actions():
            if action.menu():
                walk(action.menu())

    for action in bar.actions():
        if action.menu():
            walk(action.menu())
    return faults


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None and w is not window:
        if isinstance(w, QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def clipped(window: QWidget, screen: QRect) -> list[str]:
    """Every fault found in `window` (shown, laid out at its size)."""
    faults = []
    if window.isWindow():
        frame = window.frameGeometry()
        if window.width() > screen.width() or window.height() > screen.height():
            faults.append(f"{_name(window)} is {window.width()}x{window.height()}, larger than "
                          f"the screen's {screen.width()}x{screen.height()}")
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        if window.layout() is not None and (minimum.width() > screen.width()
                                            or minimum.height() > screen.height()):
            faults.append(f"{_name(window)} cannot shrink below {minimum.width()}x"
                          f"{minimum.height()}: larger than the screen")
        del frame
    widgets = [window, *window.findChildren(QWidget)]
    for w in widgets:
        if not _shown(w) or (w.window() is not window and not w.isWindow()):
            continue
        if w.isWindow() and w is not window:
            continue
        fault = None
        if isinstance(w, QLabel):
            fault = _label(w)
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            if isinstance(w.parentWidget(), (QTabBar, QHeaderView)):
                continue
            fault = _button(w)
            rect = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
            if not _in_scroll_area(w, window) and not window.rect().contains(rect):
                faults.append(f"{_name(w, _plain(w.text()))} is outside the window")
        elif isinstance(w, QComboBox):
            fault = _combo(w)
        elif isinstance(w, QLineEdit):
            if not isinstance(w.parentWidget(), QComboBox):
                fault = _line_edit(w)
        elif isinstance(w, QGroupBox):
            fault = _group(w)
        elif isinstance(w, QTabBar):
            faults.extend(_tabs(w))
        elif isinstance(w, QListWidget):
            faults.extend(_list_items(w))
        elif isinstance(w, QMenuBar):
            faults.extend(_menu_bar(w))
        elif isinstance(w, (QTableView, QTreeView)):
            faults.extend(_header(w.horizontalHeader() if isinstance(w, QTableView)
                                  else w.header(), w) if (
                (w.horizontalHeader() if isinstance(w, QTableView) else w.header()).isVisible())
                else [])
            faults.extend(_cells(w))
        if fault:
            faults.append(fault)
        if isinstance(w, QDialogButtonBox):
            for b in w.buttons():
                if b.isVisible():
                    r = QRect(b.mapTo(window, b.rect().topLeft()), b.size())
                    if not window.rect().contains(r):
                        faults.append(f"the button {_plain(b.text())!r} is outside the window")
    return faults
