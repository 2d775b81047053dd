"""The list of bullying cases: newest opened first, with their stage, the next review (red
once it has passed) and the help plan's open actions; open, review due, closed or all."""

from datetime import date

from PySide6.QtGui import QFont, QFontMetrics

from ...models.case import MONITORING
from ...services.context import CASES_WRITE
from ...services.filters import CLOSED, OPEN, REVIEW_DUE
from ..widgets.fmt import format_count, format_date
from ..widgets.labels import label
from ..widgets.paged_model import ALERT_STYLE, MUTED, Column, RowStyle
from ..record_actions import open_case
from ..widgets.scoped_list_page import ScopedListPage

ALL = None  # the scope combo's "All"
REVIEW_COL = 4


class CasesPage(ScopedListPage):
    """CasesPage(services, parent=None). `changed` (from RecordListPage) fires after a case
    was saved from here; `late_changed(int)` with the number of cases whose review is
    overdue whenever it may have changed."""

    def sort_keys(self):
        return ["opened", "title", "pupils", "stage", "review", "actions"]

    def columns(self):
        return [
            Column(lambda: self.tr("Opened"), lambda r: format_date(r.opened_on)),
            Column(lambda: self.tr("Case"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(lambda: self.tr("Pupils"), lambda r: r.pupils,
                   tooltip=lambda r: self.tr("Targets first: {names}").format(names=r.pupils)),
            Column(lambda: self.tr("Stage"), self._stage_text),
            Column(lambda: self.tr("Next review"), self._review_text,
                   style=lambda r: ALERT_STYLE if r.review_due else None),
            Column(lambda: self.tr("Open actions"), self._actions_text,
                   style=lambda r: ALERT_STYLE if r.overdue_actions else None),
        ]

    def _stage_text(self, row) -> str:
        if row.closed_on:
            return self.tr("Closed {date}").format(date=format_date(row.closed_on))
        return label("case_stage", row.stage)

    def _review_text(self, row) -> str:
        if row.stage != MONITORING or row.review_date is None:
            return ""
        if row.review_due:
            return self.tr("{date}: review overdue").format(date=format_date(row.review_date))
        return format_date(row.review_date)

    def _actions_text(self, row) -> str:
        if row.overdue_actions:
            return self.tr("{count}, overdue {overdue}").format(
                count=format_count(row.open_actions), overdue=format_count(row.overdue_actions))
        return format_count(row.open_actions) if row.open_actions else ""

    def column_samples(self):
        day = format_date(date(2026, 12, 28))
        return [day, "Қорлау: 7Ә сыныбындағы чаттағы", "Нұрланова Әсем, Серіков Арман",
                self.tr("Closed {date}").format(date=day),
                self.tr("{date}: review overdue").format(date=day), None]

    def set_column_widths(self) -> None:
        super().set_column_widths()
        # An overdue review is shown in bold: wide enough for it in bold.
        bold = QFont(self.table.font())
        bold.setBold(True)
        sample = self.column_samples()[REVIEW_COL]
        width = QFontMetrics(bold).horizontalAdvance(sample) + 16
        self.table.setColumnWidth(REVIEW_COL, max(width, self.table.columnWidth(REVIEW_COL)))

    def row_style(self, row):
        return RowStyle(MUTED) if row.closed_on else None

    def can_create(self) -> bool:
        return self.services.ctx.can(CASES_WRITE)

    def count_rows(self, f) -> int:
        return self.services.cases.count(f)

    def fetch_rows(self, f, offset, limit):
        return self.services.cases.page(f, offset, limit)

    def scopes(self):
        return [(OPEN, self.tr("Open")), (REVIEW_DUE, self.tr("Review due")),
                (CLOSED, self.tr("Closed")), (ALL, self.tr("All"))]

    def scope_tooltip(self) -> str:
        return self.tr("Which cases to show")

    def late_count(self) -> int:
        return self.services.cases.review_due_count()

    def late_text(self, count: int) -> str:
        return self.tr("Review overdue: {count}").format(count=format_count(count))

    def nothing_late_text(self) -> str:
        return self.tr("No review overdue")

    def new_button_text(self) -> str:
        return self.tr("New case…")

    def new_record(self) -> None:
        open_case(self.services, self, on_saved=self.saved)

    def open_record(self, record_id) -> None:
        open_case(self.services, self, case_id=record_id, on_saved=self.saved)
