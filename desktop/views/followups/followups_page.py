"""Follow-up actions: what must be done next on top, overdue ones in red; Ctrl+D marks the
selected ones done."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

from ...models.validation import ValidationError
from ...services.errors import NotFound
from ...services.filters import DONE, OPEN, OVERDUE
from ..widgets.fmt import first_line, format_date
from ..widgets.labels import label
from ..widgets.fmt import format_count
from ..widgets.messages import message
from ..widgets.paged_model import ALERT_STYLE, MUTED, Column, RowStyle
from ..record_actions import open_follow_up
from ..widgets.scoped_list_page import ScopedListPage

ALL = None  # the scope combo's "All": no filter on done or due



class FollowUpsPage(ScopedListPage):
    """FollowUpsPage(services, parent=None). `late_changed(int)` fires with the number of
    overdue follow-ups whenever it may have changed."""
    multi_select = True

    def sort_keys(self):
        return ["due", "pupil", "class", "status", "responsible", "what"]

    def columns(self):
        return [
            Column(lambda: self.tr("Due"), lambda r: format_date(r.due_date)),
            Column(lambda: self.tr("Pupil"), lambda r: r.pupil_name),
            Column(lambda: self.tr("Class"), lambda r: r.class_name),
            Column(lambda: self.tr("Status"), self._status_text),
            Column(lambda: self.tr("Responsible"), lambda r: r.responsible),
            Column(lambda: self.tr("Action"), lambda r: first_line(r.what),
                   tooltip=lambda r: r.what),
        ]

    def _status_text(self, row) -> str:
        if row.done_date:
            return self.tr("Done {date}").format(date=format_date(row.done_date))
        return label("followup_status", OVERDUE if row.overdue else OPEN)

    def column_samples(self):
        return [format_date(date(2026, 12, 28)), "Нұрланова Әсем Серікқызы", "10Ә",
                self.tr("Done {date}").format(date=format_date(date(2026, 12, 28))),
                "Сейітова Гүлнар Маратқызы", None]

    def row_style(self, row):
        if row.overdue:
            return ALERT_STYLE
        if row.done_date:
            return RowStyle(MUTED)
        return None

    def count_rows(self, f) -> int:
        return self.services.followups.count(f)

    def fetch_rows(self, f, offset, limit):
        return self.services.followups.page(f, offset, limit)

    def scopes(self):
        return [(OPEN, self.tr("Open")), (OVERDUE, self.tr("Overdue")), (DONE, self.tr("Done")),
                (ALL, self.tr("All"))]

    def scope_tooltip(self) -> str:
        return self.tr("Which follow-ups to show")

    def late_count(self) -> int:
        return self.services.followups.overdue_count()

    def late_text(self, count: int) -> str:
        return self.tr("Overdue: {count}").format(count=format_count(count))

    def nothing_late_text(self) -> str:
        return self.tr("Nothing overdue")

    def action_widgets(self):
        self.mark_done_action = QAction(self.tr("Mark done"), self)
        self.mark_done_action.setShortcut(QKeySequence("Ctrl+D"))
        self.mark_done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.mark_done_action.setToolTip(
            self.tr("Mark the selected follow-ups done today (Ctrl+D)"))
        self.mark_done_action.triggered.connect(self.mark_done)
        self.addAction(self.mark_done_action)
        self.mark_done_button = QPushButton(self.tr("Mark done"))
        self.mark_done_button.setToolTip(self.mark_done_action.toolTip())
        self.mark_done_button.clicked.connect(self.mark_done)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        return [self.mark_done_button]

    def new_button_text(self) -> str:
        return self.tr("New follow-up…")

    # --- actions ---------------------------------------------------------------------------------

    def new_record(self) -> None:
        open_follow_up(self.services, self, on_saved=self.saved)

    def open_record(self, record_id) -> None:
        open_follow_up(self.services, self, follow_up_id=record_id, on_saved=self.saved)

    def mark_done(self) -> int:
        """Mark the selected open follow-ups done today; returns how many were marked."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        todo = [r for r in (self.model.row_object(i) for i in rows)
                if r is not None and not r.done_date]
        marked = 0
        for row in todo:
            try:
                self.services.followups.mark_done(row.id)
                marked += 1
            except NotFound:
                continue  # deleted meanwhile: the refresh below drops it
            except ValidationError as exc:
                first = exc.errors[0]
                QMessageBox.warning(self, self.tr("Mark done"), message(first.code, first.params))
                break
        if marked:
            self.refresh()
            self.changed.emit()
        return marked

    # --- state ---------------------------------------------------------------------------

    def _update_count(self) -> None:
        super()._update_count()
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        enabled = bool(self.table.selectionModel().selectedRows())
        self.mark_done_action.setEnabled(enabled)
        self.mark_done_button.setEnabled(enabled)

