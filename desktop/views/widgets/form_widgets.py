"""Small building blocks the record dialogs share: code combos, date editors that follow
the locale, an optional date, text boxes where Tab moves on, and tab-order helpers."""

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox, QComboBox,
    QDateEdit, QDateTimeEdit, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QSizePolicy,
    QApplication, QStyle, QStyledItemDelegate, QStyleOptionComboBox, QTableWidget,
    QTableWidgetItem, QWidget,
)

from .fmt import date_format, from_qdate, to_qdate, to_qdatetime
from .labels import choices, label

EARLIEST = QDate(2000, 1, 1)


# --- combos ---------------------------------------------------------------------------------

def code_combo(group: str, empty: str | None = None) -> QComboBox:
    """A combo of translated labels carrying stored codes as data; `empty` adds a first
    "choose" item whose data is None."""
    box = QComboBox()
    if empty is not None:
        box.addItem(empty, None)
    for code, text in choices(group):
        box.addItem(text, code)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    natural_width(box)  # as wide as its longest label, in any language
    ignore_wheel_unless_focused(box)
    return box


def set_combo(box: QComboBox, value) -> None:
    """Select the item carrying `value`; an unknown code is kept visible, not lost."""
    if value is None:
        index = box.findData(None)
        box.setCurrentIndex(max(index, 0))
        return
    index = box.findData(value)
    if index < 0:
        box.addItem(str(value), value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def combo_value(box: QComboBox):
    return box.currentData()


# --- dates ----------------------------------------------------------------------------------

def natural_width(edit: QWidget) -> None:
    """Dates and numbers keep the width they need instead of stretching across the form."""
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, edit.sizePolicy().verticalPolicy())


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    natural_width(edit)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumDate(EARLIEST)
    if value is not None:
        edit.setDate(to_qdate(value))
    ignore_wheel_unless_focused(edit)
    return edit


def datetime_edit(value: datetime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    natural_width(edit)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(f"{date_format()} HH:mm")
    edit.setMinimumDate(EARLIEST)
    if value is not None:
        edit.setDateTime(to_qdatetime(value))
    ignore_wheel_unless_focused(edit)
    return edit


class OptionalDateEdit(QDateEdit):
    """A date that may be "not entered yet": the minimum date stands for blank and shows
    the special text. Typing a digit or pressing Up/Down on a blank starts from
    `start`, and the calendar opens on `start`'s month, not in 1900."""

    BLANK = QDate(1900, 1, 1)

    def __init__(self, start: date, blank_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._start = to_qdate(start)
        natural_width(self)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(self.BLANK)
        self.setSpecialValueText(blank_text)
        self.setDate(self.BLANK)
        self.calendarWidget().installEventFilter(self)
        ignore_wheel_unless_focused(self)

    def value(self) -> date | None:
        return None if self.is_blank() else from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(self.BLANK if value is None else to_qdate(value))

    def is_blank(self) -> bool:
        return self.date() == self.BLANK

    def keyPressEvent(self, event) -> None:
        if self.is_blank() and event.text().isdigit():
            self.setDate(self._start)
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.is_blank():
            self.setDate(self._start)
            return
        super().stepBy(steps)

    def stepEnabled(self):
        if self.is_blank():
            flag = QAbstractSpinBox.StepEnabledFlag
            return flag.StepUpEnabled | flag.StepDownEnabled
        return super().stepEnabled()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.is_blank():
            self.calendarWidget().setCurrentPage(self._start.year(), self._start.month())
        return False


# --- text -----------------------------------------------------------------------------------

def text_box(lines: int = 4, placeholder: str = "", grow: bool = False) -> QPlainTextEdit:
    """A multi-line box where Tab moves to the next field, as everywhere else in a form.
    `lines` high; only a box with grow=True takes the room a taller window gives."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 8
    if grow:
        box.setMinimumHeight(height)
    else:
        box.setFixedHeight(height)
    if placeholder:
        box.setPlaceholderText(placeholder)
    return box


def rows_high(view: QWidget, rows: int) -> None:
    """A list or table as tall as `rows` lines of text (it scrolls beyond that)."""
    view.setSizePolicy(view.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
    view.setFixedHeight(view.fontMetrics().lineSpacing() * rows + 2 * view.frameWidth() + 8)


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    # Its line is kept while it is hidden: a hint that appears never moves the fields below.
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().height())
    return label


def button_row(*widgets: QWidget) -> QWidget:
    """Widgets side by side, left-aligned, no margins: the buttons under a list field."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return box


def add_under(field_widget: QWidget, *extra: QWidget) -> None:
    """Put widgets (a hint, buttons) under a field added with add_field, above its error."""
    layout = field_widget.parentWidget().layout()
    at = layout.indexOf(field_widget) + 1
    for i, w in enumerate(extra):
        layout.insertWidget(at + i, w)


# --- tables ---------------------------------------------------------------------------------

def setup_table(table: QTableWidget) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                          & ~QAbstractItemView.EditTrigger.CurrentChanged)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    # A long name in a narrow column is cut: pointing at it shows it whole.
    table.itemChanged.connect(_tip_whole_text)


def _tip_whole_text(item) -> None:
    if item.toolTip() != item.text():
        item.setToolTip(item.text())  # changes the item again: then equal, so it stops


def commit_table_edit(table: QTableWidget) -> None:
    """Keep what is typed in an open cell editor (Ctrl+S does not move the focus)."""
    if table.state() == QAbstractItemView.State.EditingState:
        editor = table.indexWidget(table.currentIndex())
        if editor is not None:
            table.commitData(editor)
            table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def fit_rows(table: QTableWidget) -> None:
    """Rows tall enough for a combo opened in them."""
    combo_height = QComboBox().sizeHint().height()
    table.verticalHeader().setDefaultSectionSize(max(combo_height + 4,
                                                     table.verticalHeader().defaultSectionSize()))


CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoiceDelegate(QStyledItemDelegate):
    """A table column of coded choices (a relation, a role): the cell shows the label and
    opens a combo to edit, so arrows, Tab, typing and F2 work as in any other cell."""

    def __init__(self, group: str, empty_text: str, parent: QObject | None = None):
        super().__init__(parent)
        self.group, self.empty_text = group, empty_text

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        box = code_combo(self.group, empty=self.empty_text)
        box.setParent(parent)
        box.activated.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor: QWidget, index) -> None:
        set_combo(editor, index.data(CODE_ROLE))

    def paint(self, painter, option, index) -> None:
        """Drawn as a closed combo, so the cell shows it offers a list."""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.palette = option.palette
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.currentText = index.data(Qt.ItemDataRole.DisplayRole) or ""
        box.frame = True
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def setModelData(self, editor: QWidget, model, index) -> None:
        code = editor.currentData()
        model.setData(index, code, CODE_ROLE)
        model.setData(index, label(self.group, code) if code else self.empty_text,
                      Qt.ItemDataRole.DisplayRole)

    def choice_item(self, code: str | None) -> QTableWidgetItem:
        item = QTableWidgetItem(label(self.group, code) if code else self.empty_text)
        item.setData(CODE_ROLE, code)
        return item


def choice_column(table: QTableWidget, column: int, group: str, empty_text: str) -> ChoiceDelegate:
    """Edit `column` with a combo of `group`'s labels; the column is wide enough for them."""
    delegate = ChoiceDelegate(group, empty_text, table)
    table.setItemDelegateForColumn(column, delegate)
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, code_combo(group, empty=empty_text).sizeHint().width() + 8)
    # One click opens the list; arrows, F2 or typing a letter do it from the keyboard.
    table.cellClicked.connect(
        lambda row, col: col == column and table.editItem(table.item(row, col)))
    return delegate


def choice_value(table: QTableWidget, row: int, column: int) -> str | None:
    item = table.item(row, column)
    return item.data(CODE_ROLE) if item is not None else None



# --- focus ----------------------------------------------------------------------------------

def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab visits the widgets in this order (the order they appear in the form)."""
    widgets = [w for w in widgets if w is not None]
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


class _WheelGuard(QObject):
    """Scrolling the form must not change a combo, date or number the mouse passes over."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            area = obj.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:  # scroll the form instead
                QCoreApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return False


_guard: _WheelGuard | None = None


def ignore_wheel_unless_focused(widget: QWidget) -> None:
    global _guard
    if _guard is None:
        _guard = _WheelGuard()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_guard)


def pupil_line(full_name: str, class_name: str) -> str:
    """How a pupil is named in lists of the forms: "Surname Given Patronymic — 7Ә"."""
    return f"{full_name} — {class_name}" if class_name else full_name
