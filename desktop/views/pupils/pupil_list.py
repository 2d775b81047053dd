"""The pupils a record is about, as a list with Add pupils… and Remove: shared by the
session and concern forms (the observation and case forms have roles: participants.py).

A mixin for a RecordDialog that has `services`, `pupil_ids` (a QListWidget),
`remove_pupil_button` and `_update_buttons()`."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from . import pupil_picker
from ..widgets.form_widgets import pupil_line

ID_ROLE = Qt.ItemDataRole.UserRole


def pupil_list() -> QListWidget:
    """The list itself: a long name wraps onto a second line rather than run off the edge."""
    names = QListWidget()
    names.setWordWrap(True)
    names.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again when the form is resized
    return names


class PupilListMixin:
    def chosen_ids(self) -> list[uuid.UUID]:
        return [self.pupil_ids.item(i).data(ID_ROLE) for i in range(self.pupil_ids.count())]

    def add_pupils(self, ids: list[uuid.UUID]) -> None:
        have = set(self.chosen_ids())
        new = [i for i in dict.fromkeys(ids) if i not in have]
        if not new:
            return
        for ref in self.services.pupils.refs(new):
            self.add_pupil_item(ref)

    def show_pupils(self, refs) -> None:
        """Replace the list with these pupils (PupilRefs), as a record is loaded."""
        self.pupil_ids.clear()
        for ref in refs:
            self.add_pupil_item(ref)

    def add_pupil_item(self, ref) -> None:
        item = QListWidgetItem(pupil_line(ref.full_name, ref.class_name))
        item.setData(ID_ROLE, ref.id)
        self.pupil_ids.addItem(item)

    def choose_pupils(self) -> None:
        ids = pupil_picker.pick_pupils(self.services, self, multi=True, exclude=self.chosen_ids())
        if ids:
            self.add_pupils(ids)
            self.pupil_ids.setFocus()

    def remove_pupil(self) -> None:
        row = self.pupil_ids.currentRow()
        if row >= 0:
            self.pupil_ids.takeItem(row)
        self._update_buttons()
