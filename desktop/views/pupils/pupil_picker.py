"""Choose one or more pupils: type part of a name (or the first digits of an IIN, or a
class: «5Ә»), or choose a class, the list filters as you type; Enter or a double-click picks.
The pupils of the record the choice is for (`first`: a case's pupils for its help-plan
action) come first, in bold, then the rest.

With multi=True every line has a check box (Space toggles it) and the choice survives a
new search, so pupils from different classes can be gathered in one go."""

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QVBoxLayout, QWidget,
)

from ..widgets.fmt import format_date
from ..widgets.list_page import ClassCombo
from ..widgets.form_widgets import pupil_line

ID_ROLE = Qt.ItemDataRole.UserRole


class PupilPickerDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None, multi: bool = True,
                 exclude: Iterable[uuid.UUID] = (), first: Iterable[uuid.UUID] = ()):
        super().__init__(parent)
        self.services = services
        self.multi = multi
        self.exclude = set(exclude)
        self.first = list(dict.fromkeys(first))  # these pupils' lines come first, in bold
        self._chosen: dict[uuid.UUID, str] = {}  # id -> line, in the order ticked

        self.setWindowTitle(self.tr("Choose pupils") if multi else self.tr("Choose a pupil"))
        self.setMinimumSize(520, 480)

        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("&Find a pupil by name, or by the first digits of the IIN:"))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Surname, given name…"))
        self.search_edit.setClearButtonEnabled(True)
        prompt.setBuddy(self.search_edit)
        self.class_combo = ClassCombo()
        self.class_combo.fill(services.pupils.classes())
        find = QHBoxLayout()
        find.addWidget(self.search_edit, 1)
        find.addWidget(self.class_combo)
        layout.addLayout(find)

        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformItemSizes(True)
        layout.addWidget(self.results, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Add") if multi else self.tr("Choose"))
        self.buttons.accepted.connect(self.pick)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.search_edit.textChanged.connect(self.search)
        self.class_combo.currentIndexChanged.connect(lambda _i: self.search())
        self.search_edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemDoubleClicked.connect(self._activated)
        self.results.itemChanged.connect(self._ticked)
        self.search("")
        self.search_edit.setFocus()

    # --- searching --------------------------------------------------------------------------

    def search(self, text: str | None = None) -> None:
        text = self.search_edit.text() if text is None else text
        rows = [r for r in self.services.pupils.search(text, self.class_combo.currentData())
                if r.id not in self.exclude]
        if self.first:
            place = {pupil_id: n for n, pupil_id in enumerate(self.first)}
            rows.sort(key=lambda r: place.get(r.id, len(place)))  # stable: the rest as found
        self.results.blockSignals(True)
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(pupil_line(row.full_name, row.class_name))
            item.setData(ID_ROLE, row.id)
            if row.id in self.first:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setToolTip(self.tr("Born {date}").format(date=format_date(row.birth_date)))
            if self.multi:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if row.id in self._chosen
                                   else Qt.CheckState.Unchecked)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_status(len(rows))

    def _update_status(self, found: int | None = None) -> None:
        if found is None:
            found = self.results.count()
        parts = [self.tr("No pupils found.") if found == 0 else self.tr("Found: %n", "", found)]
        if self.multi and self._chosen:
            parts.append(self.tr("Chosen: %n", "", len(self._chosen)))
        self.status.setText("   ".join(parts))

    # --- choosing -------------------------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        """The ticked pupils in the order ticked; with none ticked, the highlighted one."""
        if self.multi and self._chosen:
            return list(self._chosen)
        item = self.results.currentItem()
        return [item.data(ID_ROLE)] if item is not None else []

    def toggle(self, row: int) -> None:
        item = self.results.item(row)
        if item is not None and self.multi:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def pick(self) -> None:
        if self.selected_ids():
            self.accept()

    def _activated(self, item: QListWidgetItem) -> None:
        if self.multi:
            self._chosen.setdefault(item.data(ID_ROLE), item.text())
        self.results.setCurrentItem(item)
        self.pick()

    def _ticked(self, item: QListWidgetItem) -> None:
        pupil_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen.setdefault(pupil_id, item.text())
        else:
            self._chosen.pop(pupil_id, None)
        self._update_status()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Enter in the list picks; from the search field arrows walk the list too.
        if obj is self.results and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick()
                return True
        if obj is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.results.currentRow()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                        Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
                if self.results.count():
                    self.results.setCurrentRow(min(max(row + step, 0), self.results.count() - 1))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick()
                return True
        return super().eventFilter(obj, event)

    @staticmethod
    def pick_pupils(services, parent: QWidget | None = None, multi: bool = True,
                    exclude: Iterable[uuid.UUID] = (),
                    first: Iterable[uuid.UUID] = ()) -> list[uuid.UUID]:
        return pick_pupils(services, parent, multi, exclude, first)


def pick_pupils(services, parent: QWidget | None = None, multi: bool = True,
                exclude: Iterable[uuid.UUID] = (),
                first: Iterable[uuid.UUID] = ()) -> list[uuid.UUID]:
    """Show the picker modally; the chosen ids, or [] when cancelled. `first`: the pupils
    to offer first (the case's, the session's)."""
    dialog = PupilPickerDialog(services, parent, multi=multi, exclude=exclude, first=first)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.selected_ids()
        return []
    finally:
        dialog.deleteLater()
