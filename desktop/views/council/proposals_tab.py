"""From signals to the agenda: pupils with warnings of two or more rules, or a repeated
target, who are not accompanied, proposed for the next meeting with the reasons in words.
The secretary accepts one (an agenda item of the next meeting, the reasons as what is
heard) or dismisses it with a reason (recorded, as a dismissed warning is)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...models.validation import ValidationError
from ...services.context import COUNCIL_WRITE
from ..record_actions import show_dialog
from ..widgets.fmt import format_date
from ..widgets.form_widgets import hint_label, setup_table, text_box
from ..widgets.messages import message
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
    changed = Signal()

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.proposals: list = []
        self.table = QTableWidget(0, 3)
        setup_table(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([self.tr("Pupil"), self.tr("Class"),
                                              self.tr("Why")])
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Put on the agenda"))
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button = QPushButton(self.tr("&Not for the council…"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.problem = hint_label()
        self.problem.setStyleSheet("color: #b00020;")
        bar = QHBoxLayout()
        bar.addWidget(self.next_label, 1)
        bar.addWidget(self.accept_button)
        bar.addWidget(self.dismiss_button)
        lay = QVBoxLayout(self)
        lay.addWidget(hint_label(self.tr(
            "Pupils with warnings of two or more kinds, or targeted repeatedly, who are not "
            "accompanied: the council may take them up.")))
        lay.addLayout(bar)
        lay.addWidget(self.problem)
        lay.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        thresholds = self.services.warning_settings.get()
        self.proposals = self.services.council.proposals()
        self.table.setRowCount(0)
        for r, p in enumerate(self.proposals):
            self.table.insertRow(r)
            why = reasons(p, thresholds)
            for c, text in enumerate((p.pupil_name, p.class_name, why)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.next = self.services.council.next_meeting()
        self.next_label.setText(
            self.tr("Next meeting: No. {number} on {date}").format(
                number=self.next.number, date=format_date(self.next.held_on))
            if self.next else self.tr("No meeting is planned yet: add one on the Meetings tab."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.currentRow() >= 0
        writable = self.services.ctx.can(COUNCIL_WRITE)
        self.accept_button.setEnabled(writable and chosen and self.next is not None)
        self.dismiss_button.setEnabled(writable and chosen)

    def accept_current(self) -> bool:
        row = self.table.currentRow()
        if row < 0 or self.next is None:
            return False
        p = self.proposals[row]
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
        row = self.table.currentRow()
        if row < 0:
            return
        self.dialog = show_dialog(DismissDialog(self.services, self.proposals[row], self),
                                  self._dismissed)

    def _dismissed(self, *_args) -> None:
        self.refresh()
        self.changed.emit()
