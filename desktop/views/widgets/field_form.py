"""A form whose every field carries its own error message under it, plus a banner for
errors that belong to no field. Record dialogs and the set-up wizard build on it."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ...logs import describe_exception
from ...models.validation import ValidationError
from ...services.errors import NotAllowed, NotFound, storage_problem
from .colors import ERROR_STYLE, WARNING_STYLE  # noqa: F401 - the forms import them from here
from .messages import message

log = logging.getLogger(__name__)


def make_banner() -> QLabel:
    banner = QLabel()
    banner.setObjectName("formBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
    banner.hide()
    return banner


def reveal(widget: QWidget | None) -> None:
    """Scroll the form so the field and its message are in view, and focus the field."""
    if widget is None:
        return
    box = widget.parentWidget()
    parent = box
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(box or widget, 8, 8)
    widget.setFocus()


class FieldForm:
    def __init__(self, layout: QFormLayout, banner: QLabel):
        self.layout, self.banner = layout, banner
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, name: str, label_text: str, widget: QWidget) -> QWidget:
        """A row: the label, the widget and, under it, the field's error message."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        # A line is kept for the message, shown or not: a message never moves the fields below.
        policy = error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        error.setSizePolicy(policy)
        error.setMinimumHeight(error.fontMetrics().height())
        error.hide()
        lay.addWidget(error)
        label = QLabel(label_text)
        label.setBuddy(widget)
        self.layout.addRow(label, box)
        self._fields[name] = (widget, error)
        return widget

    def alias(self, name: str, shown_as: str) -> None:
        """Errors on `name` appear beside the field `shown_as`."""
        self._fields[name] = self._fields[shown_as]

    def widgets(self) -> dict[str, QWidget]:
        """Every field's widget by name (an alias repeats its field's widget)."""
        return {name: entry[0] for name, entry in self._fields.items()}

    def widget(self, name: str) -> QWidget | None:
        entry = self._fields.get(name)
        return entry[0] if entry else None

    def error_text(self, name: str) -> str:
        """The message shown beside a field ("" when none); tests read it."""
        entry = self._fields.get(name)
        return entry[1].text() if entry else ""

    def clear(self) -> None:
        self.banner.clear()
        self.banner.hide()
        for _w, err in self._fields.values():
            err.clear()
            err.hide()

    def show(self, exc: ValidationError) -> QWidget | None:
        """Put each message beside its field; return the first field with an error."""
        first: QWidget | None = None
        unplaced: list[str] = []
        for e in exc.errors:
            entry = self._field_for(e.field)
            text = message(e.code, e.params)
            if entry is None:
                unplaced.append(text)
                continue
            widget, err = entry
            err.setText(f"{err.text()}\n{text}" if err.text() else text)
            err.show()
            first = first or widget
        if unplaced:
            self.show_banner("\n".join(unplaced))
        return first

    def recheck(self, name: str, exc: ValidationError | None) -> None:
        """The field `name` was edited: keep only the messages `exc` (the form checked again,
        None when it passed) still has for it; a mended field's message leaves."""
        entry = self._fields.get(name)
        if entry is None or not entry[1].text():
            return
        texts = [message(e.code, e.params) for e in (exc.errors if exc else ())
                 if self._field_for(e.field) is entry]
        entry[1].setText("\n".join(texts))
        entry[1].setVisible(bool(texts))

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def attempt(self, action: Callable[[], Any], what: str) -> tuple[bool, Any]:
        """Run a service call for a small dialog: (True, its result), or (False, None) with
        the problem shown, beside its field (which gets the focus) or in the banner. An
        unexpected error is logged by type and stack only (`what` says what failed)."""
        self.clear()
        try:
            return True, action()
        except ValidationError as exc:
            reveal(self.show(exc))
        except NotFound:
            self.show_banner(message("not_found"))
        except NotAllowed:
            self.show_banner(message("not_allowed"))
        except Exception as exc:  # noqa: BLE001 - the user sees a plain message, the log the stack
            problem = storage_problem(exc)
            log.error("%s failed (%s): %s", what, problem or "unexpected",
                      describe_exception(exc))
            self.show_banner(message(problem or "unexpected"))
        return False, None

    def _field_for(self, name: str):
        # "guardians.1.phone" falls back to "guardians.1", then "guardians".
        parts = name.split(".")
        while parts:
            entry = self._fields.get(".".join(parts))
            if entry:
                return entry
            parts.pop()
        return None
