"""What the modules on the way to the first window (the application, the main window, the
sign-in and lock panels) use so that the window shows sooner.

Qt's namespace (Qt.AlignmentFlag, Qt.Key, ...): PySide6 makes a class's enums when the class
is first looked up, and the namespace has about 150 of them: 15 ms, the largest single cost
between the start and the first window (bench/README.md). Those modules take `Qt` from here,
made when first used, and use none of it before the window is painted: the few flags the
first window needs are set by name (a style sheet's qproperty-…) or centred by stretches,
and calls that look the namespace up to choose an overload are avoided (QAction.setShortcut:
setShortcuts). tests/e2e/test_first_window.py holds it; every other module imports PySide6's
own `Qt`.
"""

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class _Namespace:
    """Qt's namespace, looked up in PySide6 at each use: made at the first."""

    def __getattr__(self, name: str):
        # lazy: the point of this module (see above)
        from PySide6.QtCore import Qt

        return getattr(Qt, name)


Qt = _Namespace()


def centred(widget: QWidget, page: QWidget | None = None, below: int = 1) -> QWidget:
    """`widget` in the middle of `page` (a new one by default), by stretches, not by an
    alignment flag; `below`: the room under it against the room above it (2: a little
    higher than the middle)."""
    page = page if page is not None else QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(below)
    return page
