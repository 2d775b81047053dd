"""At sign-in: the drafts of forms that were never saved (Senim crashed, the power went, the
laptop was switched off with a form open) are offered back, one by one.

Open puts the text back into its form, which the user then saves or discards; Later leaves
the drafts for the next sign-in; Discard deletes one, after asking.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from ...logs import describe_exception
from ..record_actions import open_record
from ..widgets.fmt import format_datetime
from ..widgets.labels import label
from ..widgets.messages import message
from ..widgets.record_dialog import fit_to_screen

log = logging.getLogger(__name__)


class DraftsDialog(QDialog):
    """DraftsDialog(services, open_draft, parent): `open_draft(draft)` opens its form with
    the text put back."""

    def __init__(self, services, drafts, open_draft, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.open_draft = services, open_draft
        self.setWindowTitle(self.tr("Text that was not saved"))
        intro = QLabel(self.tr(
            "Senim was closed before these forms were saved; what was typed in them was kept. "
            "Open one to finish and save it, or discard it."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("drafts")
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.clicked.connect(self.discard_current)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        buttons = QDialogButtonBox()
        self.later_button = buttons.addButton(self.tr("&Later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        lay.addWidget(buttons)
        # Kept beside the list, not in the items' data: a Python object inside a QVariant
        # crashed PySide when the list was deleted.
        self.drafts = list(drafts)
        for draft in self.drafts:
            self.list.addItem(self.describe(draft))
        self.list.setCurrentRow(0)
        fit_to_screen(self, 620, 320)

    def describe(self, draft) -> str:
        """"Session (new) · kept 22.11.2026 14:05 · “The pupil said…”"."""
        kind = label("record", draft.kind)
        what = (self.tr("%1, not saved yet") if draft.record_id is None
                else self.tr("%1, changes not saved")).replace("%1", kind)
        when = format_datetime(draft.saved_at.astimezone().replace(tzinfo=None))
        return self.tr("%1 · kept at %2\n“%3”").replace("%1", what).replace(
            "%2", when).replace("%3", draft.first_words())

    def current(self):
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        del self.drafts[row]
        self.list.model().removeRow(row)
        if not self.drafts:
            self.accept()

    def open_current(self) -> None:
        draft = self.current()
        if draft is None:
            return
        self._remove_current()
        self.open_draft(draft)

    def discard_current(self) -> None:
        draft = self.current()
        if draft is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Discard the text"))
        box.setText(self.tr("The text of this form will be deleted and cannot be brought "
                            "back."))
        box.setStandardButtons(QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Discard:
            return
        try:
            self.services.drafts.forget(draft.id)
        except Exception as exc:  # noqa: BLE001 - a plain message, the draft stays
            log.error("could not discard a draft: %s", describe_exception(exc))
            QMessageBox.warning(self, self.windowTitle(), message("unexpected"))
            return
        self._remove_current()


def offer_drafts(window, services, held_ids=frozenset()) -> DraftsDialog | None:
    """After sign-in: offer the account's drafts that no open form holds. Returns the dialog
    (shown, window-modal) or None when there is nothing to offer."""
    try:
        drafts = [d for d in services.drafts.mine() if d.id not in held_ids]
    except Exception as exc:  # noqa: BLE001 - signing in goes on; the drafts stay
        log.error("could not read the drafts: %s", describe_exception(exc))
        return None
    if not drafts:
        return None

    def open_draft(draft):
        dialog = open_record(services, window, draft.kind, draft.record_id)
        window.adopt_dialog(dialog)
        dialog.restore_draft(draft)

    dialog = DraftsDialog(services, drafts, open_draft, window)
    dialog.open()  # goes with the window (WA_DeleteOnClose crashed PySide here)
    return dialog
