"""Keeping a form's text as a draft while it is typed (services/drafts.py).

A DraftKeeper belongs to one open form. Every few seconds, and whenever a field of the form
loses focus, it writes the form's free text to the journal if it changed; a crash then
loses at most those seconds. Saving the record or discarding the form (the user's
choice) deletes the draft; closing the form by locking or signing out keeps it, and the
next sign-in offers it back (views/storage/drafts_dialog.py).
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ...logs import describe_exception

log = logging.getLogger(__name__)

INTERVAL_MS = 5000  # issue 8: "at least every 5 seconds"


def text_widgets(fields: dict[str, QWidget]) -> dict[str, QWidget]:
    """The free-text widgets among a form's fields, by a stable name. A field built of
    several widgets (a text with buttons under it) contributes the text boxes inside."""
    out: dict[str, QWidget] = {}
    seen: set[int] = set()
    for name, widget in fields.items():
        if id(widget) in seen:
            continue  # an alias: errors of one name shown beside another's field
        seen.add(id(widget))
        if _is_text(widget):
            out[name] = widget
        elif type(widget) in (QWidget, QFrame):
            inner = [w for w in widget.findChildren(QWidget) if isinstance(w, (QPlainTextEdit,
                                                                              QTextEdit))]
            for i, w in enumerate(inner):
                out[name if i == 0 else f"{name}.{i}"] = w
    return out


def _is_text(widget: QWidget) -> bool:
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    if type(widget) is QLineEdit:  # not a date's or a combo box's own line edit
        return not widget.isReadOnly() and widget.echoMode() == QLineEdit.EchoMode.Normal
    return False


def widget_text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def set_widget_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)


class DraftKeeper(QObject):
    """DraftKeeper(dialog, kind, id_attr): the dialog's attribute `id_attr` holds the record
    being edited (None while it is new); the dialog has `services`, `dirty` and
    `draft_fields()`. The keeper finds its dialog as its Qt parent and holds no Python
    reference to it: a reference cycle would keep the closed form's wrapper alive."""

    def __init__(self, dialog, kind: str, id_attr: str):
        super().__init__(dialog)
        self.kind, self._id_attr = kind, id_attr
        self.draft_id = uuid.uuid4()
        self._kept: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.keep)
        self._timer.start()
        # An event filter, not QApplication.focusChanged: it goes away with the form.
        for widget in dialog.draft_fields().values():
            widget.installEventFilter(self)

    @property
    def dialog(self):
        return self.parent()

    def _drafts(self):
        services = getattr(self.dialog, "services", None)
        return getattr(services, "drafts", None)

    def texts(self) -> dict[str, str]:
        return {name: widget_text(w) for name, w in self.dialog.draft_fields().items()}

    def keep(self) -> None:
        """Write the text if the form has changes that differ from what was last kept."""
        drafts = self._drafts()
        if drafts is None or not self.dialog.dirty:
            return
        texts = self.texts()
        if texts == self._kept:
            return
        try:
            drafts.keep(self.draft_id, self.kind, getattr(self.dialog, self._id_attr, None),
                        texts)
        except Exception as exc:  # noqa: BLE001 - a draft must never stop the typing
            log.warning("could not keep a draft of a %s form: %s", self.kind,
                        describe_exception(exc))
            return
        self._kept = texts

    def forget(self) -> None:
        self._timer.stop()
        drafts = self._drafts()
        if drafts is None or not self._kept:
            return
        try:
            drafts.forget(self.draft_id)
        except Exception as exc:  # noqa: BLE001 - a stale draft is offered back, no harm
            log.warning("could not delete a draft: %s", describe_exception(exc))
        self._kept = {}

    def stop(self) -> None:
        """The form closes without the user deciding (locking, signing out): keep what is
        there now, and leave the draft for the next sign-in."""
        self.keep()
        self._timer.stop()

    def restore(self, draft) -> None:
        """Put a draft's text back into the form; it is then this form's draft."""
        self.draft_id = draft.id
        widgets = self.dialog.draft_fields()
        for name, text in draft.fields.items():
            if name in widgets:
                set_widget_text(widgets[name], text)
        self._kept = dict(draft.fields)
        self.dialog.mark_dirty()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.keep()
        return False
