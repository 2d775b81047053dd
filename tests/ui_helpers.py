"""Helpers for the view and end-to-end tests.

QTest.keyClicks only knows ASCII (a Kazakh letter trips an assertion inside Qt), so
type_text() sends one real key press per character, the way a keyboard layout would."""

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QTableWidget, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def choose(combo: QComboBox, code) -> None:
    """Pick the item carrying this stored code, as a user picks it from the list."""
    index = combo.findData(code)
    assert index >= 0, f"{code!r} is not offered"
    combo.setCurrentIndex(index)


def choose_in_cell(qtbot, table: QTableWidget, row: int, column: int, code) -> None:
    """Open a table cell's combo (as F2 or a click would), pick the code, press Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.indexWidget(table.model().index(row, column))
    assert isinstance(editor, QComboBox), "the cell did not open a list to choose from"
    choose(editor, code)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits and closes it queued
    qtbot.waitUntil(lambda: table.indexWidget(table.model().index(row, column)) is None)


def click_header(qtbot, table, column: int) -> None:
    """Click a table's column header in its middle, as a user sorts by it."""
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def column_texts(view, column: int) -> list[str]:
    """What a table shows in one column, top to bottom."""
    m = view.model()
    return [m.index(r, column).data() for r in range(m.rowCount())]


def save_button(dialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def shown(widget: QWidget) -> bool:
    """Visible within its (possibly not shown) dialog."""
    return widget.isVisibleTo(widget.window())


def focus_chain(start: QWidget, wanted: list[QWidget]) -> list[QWidget]:
    """The wanted widgets in the order Tab reaches them from `start`."""
    seen, w = [], start
    for _ in range(1000):
        if w in wanted and w not in seen:
            seen.append(w)
        w = w.nextInFocusChain()
        if w is start:
            break
    return seen


def never_block(monkeypatch) -> None:
    """No real message box in tests: one would wait forever for a click offscreen (say, when
    a failed test leaves a changed form to be closed). Tests that care patch it again."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
