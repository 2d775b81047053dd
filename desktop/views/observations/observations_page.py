"""The list of observations (incidents), newest first, filtered by pupil and status."""

from datetime import datetime

from ...services.filters import ListFilter
from ..widgets.fmt import first_line, format_datetime
from ..widgets.labels import choices, label
from ..widgets.list_page import RecordListPage, combo
from ..widgets.paged_model import ALERT, ALERT_STYLE, MUTED, Column, RowStyle
from ..record_actions import open_observation



def _severity_style(row):
    if row.severity >= 4:
        return ALERT_STYLE
    if row.severity == 3:
        return RowStyle(ALERT)
    return None


class ObservationsPage(RecordListPage):
    """ObservationsPage(services, parent=None)."""

    def sort_keys(self):
        return ["date", "pupils", "severity", "place", "status", "description"]

    def columns(self):
        return [
            Column(lambda: self.tr("Date and time"), lambda r: format_datetime(r.occurred_at)),
            Column(lambda: self.tr("Pupils"), lambda r: r.pupils, tooltip=lambda r: r.pupils),
            Column(lambda: self.tr("Severity"), lambda r: label("severity", r.severity),
                   tooltip=lambda r: label("severity_help", r.severity), style=_severity_style),
            Column(lambda: self.tr("Place"), lambda r: label("place", r.place)),
            Column(lambda: self.tr("Status"), lambda r: label("observation_status", r.status)),
            Column(lambda: self.tr("Description"), lambda r: first_line(r.description),
                   tooltip=lambda r: r.description),
        ]

    def column_samples(self):
        return [format_datetime(datetime(2026, 12, 28, 23, 59)),
                "Нұрланова Әсем, Серіков Арман, Жұмабаева",
                label("severity", 2), label("place", "sports_ground"),
                label("observation_status", "monitoring"), None]

    def row_style(self, row):
        return RowStyle(MUTED) if row.status == "resolved" else None

    def count_rows(self, f) -> int:
        return self.services.observations.count(f)

    def fetch_rows(self, f, offset, limit):
        return self.services.observations.page(f, offset, limit)

    def current_filter_default(self):
        return ListFilter()

    def current_filter(self):
        return ListFilter(text=self.search.text(), status=self.status_combo.currentData())

    def filter_widgets(self):
        self.status_combo = combo(self.tr("All statuses"), choices("observation_status"))
        self.status_combo.setToolTip(self.tr("Status"))
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        return [self.status_combo]

    def new_button_text(self) -> str:
        return self.tr("New observation…")

    def new_record(self) -> None:
        open_observation(self.services, self, on_saved=self.saved)

    def open_record(self, record_id) -> None:
        open_observation(self.services, self, observation_id=record_id, on_saved=self.saved)

    def state(self) -> dict:
        return {**super().state(), "status": self.status_combo.currentData()}

    def restore_state(self, state: dict) -> None:
        i = self.status_combo.findData(state.get("status"))
        self.status_combo.setCurrentIndex(max(i, 0))
        super().restore_state(state)
