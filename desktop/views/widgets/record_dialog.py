"""The base of every form: errors beside their fields, an unsaved-changes prompt,
Ctrl+S to save, Ctrl+W / Esc to close, and no traceback ever shown to the user; and the
room every dialog has on the screen (available, fit_to_screen)."""

import logging
from contextlib import contextmanager

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QLineEdit, QListWidget, QMessageBox, QPlainTextEdit,
    QScrollArea, QSpinBox, QTableWidget, QTextEdit, QVBoxLayout, QWidget,
)

from ...logs import describe_exception
from ...models.validation import ValidationError
from ...services.errors import NotAllowed, NotFound, storage_problem
from .drafting import DraftKeeper, text_widgets
from .field_form import FieldForm, make_banner, reveal
from .messages import message

log = logging.getLogger(__name__)

# --- the room a window has -------------------------------------------------------------------
# Every dialog opens no larger than the screen's free area, so its buttons stay on the screen
# (1366×768 and 1024×700 school laptops). The size test sets the screen here: one process
# cannot have several real screens.

TITLE_BAR = 30  # a window's title bar and frame, drawn by the system around it


def available(widget: QWidget | None = None) -> QRect:
    """The screen's area without the task bar: the widget's screen, else the primary one."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def room(widget: QWidget | None = None) -> QSize:
    """The largest a window's inside may be: the available area less its title bar."""
    area = available(widget)
    return QSize(area.width(), area.height() - TITLE_BAR)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to `width` x `height`, or less where the screen has less room."""
    limit = room(window)
    window.resize(min(width, limit.width()), min(height, limit.height()))



class RecordDialog(QDialog):
    """Subclasses build their fields with add_field(), fill them inside `with
    self.quietly():`, and implement submit() -> the saved record's id.

    A form with free text names its kind in `draft_kind` and the attribute holding the
    edited record's id in `draft_id_attr`: its text is then kept as a draft while it is
    typed (views/widgets/drafting.py), and offered back after a crash."""

    saved = Signal(object)
    draft_kind: str | None = None
    draft_id_attr: str = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._dirty = False
        self._quiet = False
        self._drafts = None  # the DraftKeeper, from the first show

        outer = QVBoxLayout(self)
        self.banner = make_banner()
        outer.addWidget(self.banner)

        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.fields = FieldForm(self.form, self.banner)
        outer.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Close, self, self.reject)

    # --- building -------------------------------------------------------------------------

    def add_field(self, name: str, label_text: str, widget: QWidget) -> QWidget:
        """A row: the label, the widget and, under it, the field's error message."""
        self.fields.add(name, label_text, widget)
        self.watch(widget)
        for signal in _change_signals(widget):
            signal.connect(lambda *_args, n=name: self._recheck(n))
        return widget

    def rules(self, data):
        """The model's rules for the collected data (models/rules.py check_*), as a Checker:
        the messages that can be told without the journal. None: collect() checks all."""
        return None

    def _recheck(self, name: str) -> None:
        """An edited field with a message: the form is checked again (collect(), no saving);
        the message leaves once the field is mended, or says what is still wrong."""
        if self._quiet or not self.fields.error_text(name):
            return
        still = None
        collect = getattr(self, "collect", None)
        if collect is not None:
            try:
                checker = self.rules(collect())
                if checker is not None:
                    checker.raise_if_any(accepted=True)
            except ValidationError as exc:
                still = exc
            except Exception:  # noqa: BLE001 - only a check while typing; saving says the rest
                still = None
        self.fields.recheck(name, still)

    def watch(self, *widgets: QWidget) -> None:
        """Any edit in these widgets makes the form dirty."""
        for w in widgets:
            for signal in _change_signals(w):
                signal.connect(self.mark_dirty)

    # --- drafts ---------------------------------------------------------------------------

    def draft_fields(self) -> dict[str, QWidget]:
        return text_widgets(self.fields.widgets())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if (self._drafts is None and self.draft_kind and save is not None and save.isEnabled()
                and getattr(getattr(self, "services", None), "drafts", None) is not None):
            self._drafts = DraftKeeper(self, self.draft_kind, self.draft_id_attr)

    @property
    def draft_id(self):
        """The id its text is kept under (None before it is first shown)."""
        return None if self._drafts is None else self._drafts.draft_id

    def keep_draft(self) -> None:
        """Write the draft now (before the journal is locked)."""
        if self._drafts is not None:
            self._drafts.keep()

    def restore_draft(self, draft) -> None:
        """Fill the form with a draft's text (offered back after a crash)."""
        if self._drafts is None:
            self.show()
        if self._drafts is not None:
            self._drafts.restore(draft)

    def _forget_draft(self) -> None:
        if self._drafts is not None:
            self._drafts.forget()

    def mark_dirty(self, *_args) -> None:
        if not self._quiet:
            self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    @contextmanager
    def quietly(self):
        """Fill the form without making it dirty."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    # --- filling --------------------------------------------------------------------------

    def load(self, fetch, record_id) -> None:
        """Fill the form with fetch(record_id); if the record is gone, say so and leave only
        Cancel to press."""
        try:
            record = fetch(record_id)
        except NotFound:
            self.show_banner(message("not_found"))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.fill(record)

    def fill(self, record) -> None:
        raise NotImplementedError

    def read_only(self, why: str) -> None:
        """The signed-in role may look but not change: say why; only Cancel is left."""
        self.banner.setStyleSheet("font-weight: bold;")
        self.banner.setText(why)
        self.banner.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    # --- errors -----------------------------------------------------------------------------

    def error_text(self, name: str) -> str:
        """The message shown beside a field ("" when none); tests read it."""
        return self.fields.error_text(name)

    def clear_errors(self) -> None:
        self.fields.clear()

    def show_errors(self, exc: ValidationError) -> None:
        reveal(self.fields.show(exc))

    def show_banner(self, text: str) -> None:
        self.fields.show_banner(text)

    # --- saving and closing -------------------------------------------------------------------

    def submit(self):
        """Collect the form and call the service; return the saved record's id."""
        raise NotImplementedError

    def save(self) -> bool:
        self.clear_errors()
        try:
            record_id = self.submit()
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        except NotFound:
            self.show_banner(message("not_found"))
            return False
        except NotAllowed:
            self.show_banner(message("not_allowed"))
            return False
        except Exception as exc:  # noqa: BLE001 - the user sees a plain message, the log the stack
            db = getattr(self.services, "db", None)
            problem = storage_problem(exc, db.path.parent if db is not None else None)
            log.error("saving %s failed (%s): %s", type(self).__name__,
                      problem or "unexpected", describe_exception(exc))
            self.show_banner(message(problem or "unexpected"))
            return False
        self._dirty = False
        self._forget_draft()
        self.saved.emit(record_id)
        self.accept()
        return True

    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        self._dirty = False
        self._forget_draft()
        super().reject()

    def closeEvent(self, event) -> None:
        if self._dirty and not self._confirm_discard():
            event.ignore()
            return
        self._dirty = False
        self._forget_draft()
        super().closeEvent(event)

    def _confirm_discard(self) -> bool:
        """Ask about unsaved changes: Save, Discard, or go back (Cancel)."""
        answer = ask_about_unsaved(self, self.tr("Unsaved changes"),
                                   self.tr("This form has changes that are not saved."))
        if answer == QMessageBox.StandardButton.Save:
            return self.save_and_stay_closed()
        return answer == QMessageBox.StandardButton.Discard

    def save_and_stay_closed(self) -> bool:
        # save() accepts the dialog on success; returning False keeps reject() from
        # running a second close.
        self.save()
        return False

    def discard(self) -> None:
        """Close without saving and without asking (signing out at the lock screen). The
        text stays as a draft, offered back at the next sign-in."""
        if self._drafts is not None:
            self._drafts.stop()
        self._dirty = False
        super().reject()
        if self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            self.deleteLater()  # a hidden dialog is not always deleted by closing it


def ask_about_unsaved(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """Save (the default), Discard or Cancel: what to do with changes not saved yet."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return box.exec()


def _change_signals(w: QWidget):
    if isinstance(w, QLineEdit):
        return [w.textEdited]
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return [w.textChanged]
    if isinstance(w, QComboBox):
        return [w.currentIndexChanged]
    if isinstance(w, (QDateEdit, QDateTimeEdit)):
        return [w.dateTimeChanged]
    if isinstance(w, QSpinBox):
        return [w.valueChanged]
    if isinstance(w, (QCheckBox, QAbstractButton)):
        return [w.toggled]
    if isinstance(w, QListWidget):
        return [w.itemChanged, w.model().rowsInserted, w.model().rowsRemoved]
    if isinstance(w, QTableWidget):
        return [w.itemChanged, w.model().rowsInserted, w.model().rowsRemoved]
    return []
