"""From signals to the agenda: pupils with warnings of two or more rules, or a repeated
target, who are not accompanied, proposed for the next meeting with the reasons in words.
The secretary accepts one (an agenda item of the next meeting, the reasons as what is
heard) or dismisses it with a reason (recorded, as a dismissed warning is)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...models.school_class import class_sort_key
from ...models.text import collation_key
from ...models.validation import ValidationError
from ...services.context import COUNCIL_WRITE
from ..record_actions import show_dialog
from ..widgets.fmt import format_date
from ..widgets.form_widgets import hint_label, text_box
from ..widgets.list_page import (
    ClassCombo, FlowLayout, SearchField, make_table, matches, parse_query, select_row,
    set_column_widths,
)
from ..widgets.messages import message
from ..widgets.paged_model import Column, ListTableModel
from ..widgets.record_dialog import RecordDialog
from .council_words import reasons


class DismissDialog(RecordDialog):
    def __init__(self, services, proposal, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.proposal = services, proposal
        self.setWindowTitle(self.tr("Not for the council: {name}").format(
            name=proposal.pupil_name))
        self.setMinimumSize(460, 240)
        self.reason = self.add_field("reason", self.tr("&Why"), text_box(3))
        self.reason.setPlaceholderText(self.tr("e.g. the situation is resolved; the parents "
                                               "were met"))

    def submit(self):
        self.services.council.dismiss(self.proposal, self.reason.toPlainText())
        return self.proposal.pupil_id


class ProposalsTab(QWidget):
    """The proposals, one row per pupil, sortable by each column and filtered by class and
    name. They come from the early-warning rules over the whole journal, so after a save
    they are read again on the journal's worker (refresh_later)."""

    changed = Signal()
    counted = Signal()  # the proposals were read again (the page's tab counts them)

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.proposals: list = []
        self.thresholds = None
        self.next = None
        self._refresher = None
        self.model = ListTableModel([
            Column(lambda: self.tr("Pupil"), lambda p: p.pupil_name,
                   key=lambda p: collation_key(p.pupil_name)),
            Column(lambda: self.tr("Class"), lambda p: p.class_name,
                   key=lambda p: class_sort_key(p.class_name)),
            Column(lambda: self.tr("Why"), lambda p: reasons(p, self.thresholds),
                   tooltip=lambda p: reasons(p, self.thresholds)),
        ], id_of=lambda p: p.pupil_id)
        self.table = make_table(self.model, sortable=True)
        set_column_widths(self.table, ["Абдуллабекова Гүлжанат Нұрсұлтанқызы", "10Ә", None])
        self.search = SearchField(self.table)
        self.search.fit_placeholder(self.tr("Find by name or class"))
        self.class_filter = ClassCombo()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Put on the agenda"))
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button = QPushButton(self.tr("&Not for the council…"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.problem = hint_label()
        self.problem.setStyleSheet("color: #b00020;")
        filters = FlowLayout()
        filters.addWidget(self.search)
        filters.addWidget(self.class_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.next_label, 1)
        bar.addWidget(self.accept_button)
        bar.addWidget(self.dismiss_button)
        lay = QVBoxLayout(self)
        lay.addWidget(hint_label(self.tr(
            "Pupils with warnings of two or more kinds, or targeted repeatedly, who are not "
            "accompanied: the council may take them up.")))
        lay.addLayout(filters)
        lay.addLayout(bar)
        lay.addWidget(self.problem)
        lay.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.search.textChanged.connect(self._show_rows)
        self.class_filter.currentIndexChanged.connect(self._show_rows)
        self.refresh()

    # --- reading and showing ------------------------------------------------------------------

    def refresh(self) -> None:
        self._show(self._read())

    def refresh_later(self) -> None:
        """As refresh(), with the reading on the journal's worker (the rules over the whole
        journal take seconds on a large one)."""
        if self._refresher is None:
            # lazy: loads with the first save while the council's page is shown (start-up)
            from ..widgets.tasks import Refresher

            self._refresher = Refresher(self, self._read, self._show, name="council proposals")
        self._refresher.request()

    def _read(self) -> tuple:
        """The thresholds, the proposals and the next meeting (no widget touched)."""
        council = self.services.council
        return self.services.warning_settings.get(), council.proposals(), council.next_meeting()

    def _show(self, read: tuple) -> None:
        self.thresholds, self.proposals, self.next = read
        self.class_filter.fill(sorted({p.class_name for p in self.proposals},
                                      key=class_sort_key))
        self._show_rows()
        self.next_label.setText(
            self.tr("Next meeting: No. {number} on {date}").format(
                number=self.next.number, date=format_date(self.next.held_on))
            if self.next else self.tr("No meeting is planned yet: add one on the Meetings tab."))
        self.counted.emit()

    def _show_rows(self, *_args) -> None:
        """The proposals matching the name and class typed or chosen."""
        words, grades = parse_query(self.search.text())
        if self.class_filter.currentData():
            grades.append(self.class_filter.currentData())
        chosen = self.current()
        self.model.set_rows([p for p in self.proposals if matches(p, words, grades)]
                            if words or grades else self.proposals)
        row = self.model.find_row(chosen.pupil_id) if chosen is not None else -1
        if row >= 0:
            select_row(self.table, row)
        self._update_buttons()

    def current(self):
        """The proposal chosen in the list, or None."""
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        chosen = self.current() is not None
        writable = self.services.ctx.can(COUNCIL_WRITE)
        self.accept_button.setEnabled(writable and chosen and self.next is not None)
        self.dismiss_button.setEnabled(writable and chosen)

    # --- deciding -----------------------------------------------------------------------------

    def accept_current(self) -> bool:
        p = self.current()
        if p is None or self.next is None:
            return False
        heard = reasons(p, self.services.warning_settings.get())
        try:
            self.services.council.accept(p, self.next.id, heard)
        except ValidationError as exc:
            e = exc.errors[0]
            self.problem.setText(message(e.code, e.params))
            return False
        self.problem.setText("")
        self.refresh()
        self.changed.emit()
        return True

    def dismiss_current(self) -> None:
        p = self.current()
        if p is None:
            return
        self.dialog = show_dialog(DismissDialog(self.services, p, self), self._dismissed)

    def _dismissed(self, *_args) -> None:
        self.refresh()
        self.changed.emit()
