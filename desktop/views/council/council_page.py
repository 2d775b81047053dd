"""The prevention council's page (Law No. 245-VIII): accompanied pupils (open ones first,
the overdue reviews in red), the council's meetings, the pupils proposed for its agenda from
early warnings, its members and the grounds for accompaniment, one tab each. The navigation
item counts the overdue reviews."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...models.validation import ValidationError
from ...services.context import COUNCIL_WRITE
from ...services.filters import CLOSED, OPEN, REVIEW_DUE, ListFilter
from ..record_actions import open_accompaniment, show_dialog
from ..widgets.fmt import format_count, format_date
from ..widgets.list_page import RecordListPage
from ..widgets.messages import message
from ..widgets.paged_model import ALERT_STYLE, MUTED, RIGHT, Column, RowStyle
from .council_settings import GroundsTab, MembersTab
from .council_words import ground_names
from .proposals_tab import ProposalsTab

ALL = "all"


def open_meeting(services, parent, meeting_id=None, on_saved=None):
    from .meeting_form import MeetingDialog  # lazy: the forms load when first opened

    return show_dialog(MeetingDialog(services, meeting_id, parent), on_saved)


class _CouncilList(RecordListPage):
    """Both of the page's lists: «New meeting…» on the right (accompaniment begins only by
    a meeting's decision)."""

    def can_create(self) -> bool:
        return self.services.ctx.can(COUNCIL_WRITE)

    def new_button_text(self) -> str:
        return QCoreApplication.translate("CouncilPage", "New meeting…")

    def new_record(self) -> None:
        open_meeting(self.services, self, on_saved=self.saved)


class AccompanimentList(_CouncilList):
    def sort_keys(self):
        return ["pupil", "class", "grounds", "period", "responsible", "review"]

    def columns(self):
        self._grounds = self.services.accompaniment.grounds(include_inactive=True)
        return [
            Column(lambda: self.tr("Pupil"), lambda r: r.pupil_name),
            Column(lambda: self.tr("Class"), lambda r: r.class_name),
            Column(lambda: self.tr("Grounds"), lambda r: ground_names(r.grounds, self._grounds),
                   tooltip=lambda r: ground_names(r.grounds, self._grounds)),
            # One column for the start and the end, and the open measures left to the form:
            # eight columns' headers did not fit a 1024-pixel screen at 125%
            # (tests/views/test_sizes.py).
            Column(lambda: self.tr("Period"),
                   lambda r: format_date(r.started_on) + (
                       f" – {format_date(r.ended_on)}" if r.ended_on else "")),
            Column(lambda: self.tr("Responsible"), lambda r: r.responsible),
            Column(lambda: self.tr("Next review"),
                   lambda r: format_date(r.next_review) if r.next_review else ""),
        ]

    def column_samples(self):
        today = format_date(self.services.ctx.today())
        return ["Құдайбергенова Әйгерім", "10Ә", "Буллингке ұшырау; Оқудағы қиындықтар",
                f"{today} – {today}", "Бекова Сәуле Нұрланқызы", today]

    def row_style(self, row):
        if row.review_overdue:
            return ALERT_STYLE
        return RowStyle(MUTED) if row.ended_on else None

    def count_rows(self, f) -> int:
        return self.services.accompaniment.count(f)

    def fetch_rows(self, f, offset, limit):
        return self.services.accompaniment.page(f, offset, limit)

    def current_filter_default(self):
        return ListFilter(kind=OPEN)

    def current_filter(self):
        scope = self.scope.currentData()
        return ListFilter(text=self.search.text(), kind=None if scope == ALL else scope)

    def filter_widgets(self):
        self.scope = QComboBox()
        for code, text in ((OPEN, self.tr("Accompanied now")),
                           (REVIEW_DUE, self.tr("Review overdue")),
                           (CLOSED, self.tr("Ended")), (ALL, self.tr("All"))):
            self.scope.addItem(text, code)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope.currentIndexChanged.connect(self.apply_filter)
        return [self.scope]

    def open_record(self, record_id) -> None:
        open_accompaniment(self.services, self, record_id, on_saved=self.saved)

    def state(self) -> dict:
        return {**super().state(), "scope": self.scope.currentData()}

    def restore_state(self, state: dict) -> None:
        self.scope.setCurrentIndex(max(self.scope.findData(state.get("scope", OPEN)), 0))
        super().restore_state(state)


# The meeting list's columns' sort keys, in the columns' order.
_MEETING_KEYS = (lambda r: (r.school_year, r.number), lambda r: (r.school_year, r.number),
                 lambda r: r.held_on, lambda r: r.present, lambda r: r.items,
                 lambda r: r.undecided)


class MeetingList(_CouncilList):
    class_filter = False  # meetings, not pupils
    def columns(self):
        return [
            Column(lambda: self.tr("No."), lambda r: str(r.number), align=RIGHT),
            Column(lambda: self.tr("School year"), lambda r: r.school_year),
            Column(lambda: self.tr("Date"), lambda r: format_date(r.held_on)),
            Column(lambda: self.tr("Present"), lambda r: format_count(r.present), align=RIGHT),
            Column(lambda: self.tr("Items"), lambda r: format_count(r.items), align=RIGHT),
            Column(lambda: self.tr("Not decided"), lambda r: format_count(r.undecided),
                   align=RIGHT),
        ]

    def row_style(self, row):
        today = self.services.ctx.today()
        return RowStyle(MUTED) if row.held_on > today else None

    def count_rows(self, f) -> int:
        return len(self.services.council.meetings())

    def fetch_rows(self, f, offset, limit):
        rows = self.services.council.meetings()
        model = getattr(self, "model", None)
        if model is not None and model.sort_column >= 0:  # a few dozen a year: in memory
            key = _MEETING_KEYS[model.sort_column]
            rows.sort(key=key, reverse=model.sort_descending)
        return rows[offset:offset + limit]

    def current_filter(self):
        return None

    def search_placeholder(self) -> str:
        return self.tr("Meetings, the latest first")

    def action_widgets(self):
        self.minutes_button = QPushButton(self.tr("&Minutes"))
        menu = QMenu(self.minutes_button)
        menu.addAction(self.tr("In Kazakh…"), lambda: self.print_minutes("kk"))
        menu.addAction(self.tr("In Russian…"), lambda: self.print_minutes("ru"))
        self.minutes_button.setMenu(menu)
        return [self.minutes_button]

    def open_record(self, record_id) -> None:
        open_meeting(self.services, self, record_id, on_saved=self.saved)

    def print_minutes(self, language: str) -> None:
        # lazy: loads when first used, not with the page (start-up)
        from PySide6.QtWidgets import QMessageBox

        from .council_printing import preview_minutes

        meeting_id = self.current_id()
        if meeting_id is None:
            return
        try:
            preview_minutes(self.services, self, meeting_id, language)
        except ValidationError as exc:
            e = exc.errors[0]
            QMessageBox.warning(self, self.tr("Minutes"), message(e.code, e.params))


class CouncilPage(QWidget):
    """CouncilPage(services, parent=None): the tabs above; `changed` after a save from
    here, `late_changed(count)` with the overdue reviews for the navigation."""

    changed = Signal()
    late_changed = Signal(int)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.accompaniments = AccompanimentList(services)
        self.meetings = MeetingList(services)
        self.proposals = ProposalsTab(services)
        self.members = MembersTab(services)
        self.grounds = GroundsTab(services)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.accompaniments, self.tr("Accompaniment"))
        self.tabs.addTab(self.meetings, self.tr("Meetings"))
        self.tabs.addTab(self.proposals, "")
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.grounds, self.tr("Grounds"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        for tab in (self.accompaniments, self.meetings, self.proposals, self.members,
                    self.grounds):
            tab.changed.connect(self._tab_changed)
        self.proposals.counted.connect(self._label_proposals)
        for page in (self.accompaniments, self.meetings):
            page.find_shortcut.setEnabled(False)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._label_proposals()

    def _label_proposals(self) -> None:
        n = len(self.proposals.proposals)
        self.tabs.setTabText(2, self.tr("Proposals ({count})").format(count=n) if n
                             else self.tr("Proposals"))

    def _tab_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        for tab in (self.accompaniments, self.meetings, self.proposals, self.members,
                    self.grounds):
            tab.refresh()
        self.late_changed.emit(self.services.accompaniment.review_overdue_count())

    def refresh_later(self, _changes=None) -> None:
        """After a save while the page is on screen: the two long lists and the proposals
        (which run the early-warning rules) on the journal's worker; the short settings tabs
        at once."""
        for tab in (self.accompaniments, self.meetings, self.proposals):
            tab.refresh_later()
        for tab in (self.members, self.grounds):
            tab.refresh()
        self.late_changed.emit(self.services.accompaniment.review_overdue_count())

    def focus_search(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, RecordListPage):
            page.focus_search()

    def state(self) -> dict:
        return {"tab": self.tabs.currentIndex(), "list": self.accompaniments.state()}

    def restore_state(self, state: dict) -> None:
        self.tabs.setCurrentIndex(int(state.get("tab", 0)))
        self.accompaniments.restore_state(state.get("list", {}))
