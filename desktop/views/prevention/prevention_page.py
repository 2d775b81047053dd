"""The preventive work log: lessons, ДосболLIKE sessions, trainings for teachers, meetings
with parents and class hours, newest first; found by topic or group, narrowed to a school
year and a programme. New / Edit / Delete; Enter or a double click opens one."""

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton

from ...models.prevention import ActivityFilter
from ...models.school_year import school_year_start
from ...services.context import PREVENTION_WRITE
from ...services.errors import NotAllowed, NotFound
from ..widgets.fmt import format_count, format_date
from ..widgets.labels import choices, label
from ..widgets.list_page import RecordListPage, combo
from ..widgets.messages import message
from ..widgets.paged_model import RIGHT, Column
from ..record_actions import open_prevention

THIS_YEAR, LAST_YEAR, ALL_TIME = "this_year", "last_year", "all"


class PreventionPage(RecordListPage):
    """PreventionPage(services, parent=None). `changed` after an activity was saved or
    deleted from here; `new_record()` opens a new one."""

    def sort_keys(self):
        return ["date", "programme", "topic", "audience", "group", "participants", "led_by"]

    def columns(self):
        return [
            Column(lambda: self.tr("Date"), lambda r: format_date(r.held_on)),
            Column(lambda: self.tr("Programme"), lambda r: label("programme", r.programme)),
            Column(lambda: self.tr("Topic"), lambda r: r.topic, tooltip=lambda r: r.topic),
            Column(lambda: self.tr("Audience"), lambda r: label("audience", r.audience)),
            Column(lambda: self.tr("Class or group"), lambda r: r.class_or_group,
                   tooltip=lambda r: r.class_or_group),
            Column(lambda: self.tr("Participants"), lambda r: format_count(r.participants),
                   align=RIGHT),
            Column(lambda: self.tr("Led by"), lambda r: r.led_by),
        ]

    def column_samples(self):
        def longest(group: str) -> str:
            return max((text for _code, text in choices(group)), key=len)

        return [format_date(date(2026, 12, 28)), longest("programme"),
                "Жеке қауіпсіздік: сені ренжітсе, кімге айту керек", longest("audience"),
                "Родители 10-х классов", "2000", None]

    def count_rows(self, f) -> int:
        return self.services.prevention.count(f)

    def fetch_rows(self, f, offset, limit):
        return self.services.prevention.page(f, offset, limit)

    def search_placeholder(self) -> str:
        return self.tr("Find by topic, class or group")

    def can_create(self) -> bool:
        return self.services.ctx.can(PREVENTION_WRITE)

    def new_button_text(self) -> str:
        return self.tr("New activity…")

    # --- filters -------------------------------------------------------------------------------

    def current_filter_default(self):
        return self._filter_for(THIS_YEAR, None)

    def current_filter(self):
        return self._filter_for(self.period_combo.currentData(), self.programme_combo.currentData())

    def _filter_for(self, period: str | None, programme: str | None) -> ActivityFilter:
        text = self.search.text() if hasattr(self, "search") else ""
        start = school_year_start(self.services.ctx.today())
        if period == THIS_YEAR:
            return ActivityFilter(text, programme, start, None)
        if period == LAST_YEAR:
            return ActivityFilter(text, programme, start.replace(year=start.year - 1),
                                  start - timedelta(days=1))
        return ActivityFilter(text, programme)

    def filter_widgets(self):
        self.period_combo = QComboBox()
        for code, text in ((THIS_YEAR, self.tr("This school year")),
                           (LAST_YEAR, self.tr("Last school year")),
                           (ALL_TIME, self.tr("All years"))):
            self.period_combo.addItem(text, code)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.setToolTip(self.tr("Which school year to show"))
        self.programme_combo = combo(self.tr("All programmes"), choices("programme"))
        self.programme_combo.setToolTip(self.tr("Which programme to show"))
        self.period_combo.currentIndexChanged.connect(self.apply_filter)
        self.programme_combo.currentIndexChanged.connect(self.apply_filter)
        return [self.period_combo, self.programme_combo]

    def action_widgets(self):
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        return [self.edit_button, self.delete_button]

    # --- actions ---------------------------------------------------------------------------------

    def new_record(self) -> None:
        open_prevention(self.services, self, on_saved=self.saved)

    def open_record(self, record_id) -> None:
        open_prevention(self.services, self, activity_id=record_id, on_saved=self.saved)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def delete_current(self) -> bool:
        """Ask, then delete the selected activity (a soft delete, in the audit trail)."""
        row = self.model.row_object(self.table.currentIndex().row())
        if row is None or not self.services.ctx.can(PREVENTION_WRITE):
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete activity"))
        box.setText(self.tr("Delete “{topic}” of {date} from the log?").format(
            topic=row.topic, date=format_date(row.held_on)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.services.prevention.remove(row.id)
        except (NotFound, NotAllowed) as exc:
            QMessageBox.warning(self, self.tr("Delete activity"), message(
                "not_found" if isinstance(exc, NotFound) else "not_allowed"))
            self.refresh()
            return False
        self.saved()
        return True

    # --- state ---------------------------------------------------------------------------

    def _update_count(self) -> None:
        super()._update_count()
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected and self.services.ctx.can(PREVENTION_WRITE))

    def state(self) -> dict:
        return {**super().state(), "period": self.period_combo.currentData(),
                "programme": self.programme_combo.currentData()}

    def restore_state(self, state: dict) -> None:
        for box, key, default in ((self.period_combo, "period", THIS_YEAR),
                                  (self.programme_combo, "programme", None)):
            box.setCurrentIndex(max(box.findData(state.get(key, default)), 0))
        super().restore_state(state)
