"""Work that takes a second or more because it must (Argon2id: creating the journal or an
account, setting a password) done while the window shows it is busy: the work runs on a
worker thread (views/widgets/tasks.py) and the window keeps painting, with the wait cursor,
its button disabled and saying what is happening ("Creating…"); the window takes no input
and does not close until the work has ended, so a second click submits nothing twice.

    account = while_busy(dialog, save_button, dialog.tr("Creating…"), lambda: add(data))

returns what the work returned, or raises what it raised, as if it had run right there."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ..widgets.tasks import run_task


class _KeptOpen(QObject):
    """Refuses to let the window close while its work runs."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return False


def while_busy(window: QWidget, button: QAbstractButton | None, text: str,
               work: Callable[[], object], worker=None):
    outcome: dict = {}
    loop = QEventLoop()

    def ended(key, value):
        outcome[key] = value
        loop.quit()

    label = button.text() if button is not None else ""
    if button is not None:
        button.setText(text)
    window.setEnabled(False)  # no typing, no second click, no Cancel meanwhile
    kept_open = _KeptOpen(window)
    window.installEventFilter(kept_open)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        run_task(work, lambda result: ended("result", result),
                 lambda exc: ended("error", exc), name="busy", worker=worker)
        loop.exec()  # the window paints; the work's callback ends the loop
    finally:
        QApplication.restoreOverrideCursor()
        window.removeEventFilter(kept_open)
        kept_open.deleteLater()
        window.setEnabled(True)
        if button is not None:
            button.setText(label)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


__all__ = ["while_busy"]
