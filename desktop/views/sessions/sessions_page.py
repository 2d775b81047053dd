"""The list of counselling sessions, newest first, filtered by pupil, kind and status."""

from datetime import datetime

from ...services.context import SESSIONS_WRITE
from ...services.filters import ListFilter
from ..widgets.fmt import first_line, format_datetime
from ..widgets.labels import choices, label
from ..widgets.list_page import RecordListPage, combo
from ..widgets.paged_model import MUTED, Column, RowStyle
from ..record_actions import open_session



class SessionsPage(RecordListPage):
    """SessionsPage(services, parent=None)."""

    def sort_keys(self):
        return ["date", "pupils", "kind", "status", "reason"]

    def columns(self):
        return [
            Column(lambda: self.tr("Date and time"), lambda r: format_datetime(r.starts_at)),
            Column(lambda: self.tr("Pupils"), lambda r: r.pupils, tooltip=lambda r: r.pupils),
            Column(lambda: self.tr("Kind"), lambda r: label("session_kind", r.kind)),
            Column(lambda: self.tr("Status"), lambda r: label("session_status", r.status)),
            Column(lambda: self.tr("Reason"), lambda r: first_line(r.reason),
                   tooltip=lambda r: r.reason),
        ]

    def column_samples(self):
        return [format_datetime(datetime(2026, 12, 28, 23, 59)), "Нұрланова Әсем Серікқызы",
                label("session_kind", "correctional"), label("session_status", "cancelled"), None]

    def row_style(self, row):
        if row.status == "cancelled":
            return RowStyle(MUTED)
        if row.status == "planned":
            return RowStyle(italic=True)
        return None

    def count_rows(self, f) -> int:
        return self.services.sessions.count(f)

    def fetch_rows(self, f, offset, limit):
        return self.services.sessions.page(f, offset, limit)

    def current_filter_default(self):
        return ListFilter()

    def current_filter(self):
        return ListFilter(text=self.search.text(), status=self.status_combo.currentData(),
                          kind=self.kind_combo.currentData())

    def filter_widgets(self):
        self.kind_combo = combo(self.tr("All kinds"), choices("session_kind"))
        self.kind_combo.setToolTip(self.tr("Kind of session"))
        self.status_combo = combo(self.tr("All statuses"), choices("session_status"))
        self.status_combo.setToolTip(self.tr("Status"))
        self.kind_combo.currentIndexChanged.connect(self.apply_filter)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        return [self.kind_combo, self.status_combo]

    def new_button_text(self) -> str:
        return self.tr("New session…")

    def can_create(self) -> bool:
        return self.services.ctx.can(SESSIONS_WRITE)

    def new_record(self) -> None:
        open_session(self.services, self, on_saved=self.saved)

    def open_record(self, record_id) -> None:
        open_session(self.services, self, session_id=record_id, on_saved=self.saved)

    def state(self) -> dict:
        return {**super().state(), "kind": self.kind_combo.currentData(),
                "status": self.status_combo.currentData()}

    def restore_state(self, state: dict) -> None:
        for box, key in ((self.kind_combo, "kind"), (self.status_combo, "status")):
            i = box.findData(state.get(key))
            box.setCurrentIndex(max(i, 0))
        super().restore_state(state)
