"""The audit trail, for the psychologist: who signed in, read notes, created, changed or
deleted which record, and when (never what a record says); and a check of its hash chain."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from ...models.audit import AuditFilter
from ..widgets.field_form import ERROR_STYLE
from ..widgets.fmt import format_datetime
from ..widgets.labels import choices, label
from ..widgets.fmt import format_count
from ..widgets.list_page import combo, make_table
from ..widgets.paged_model import Column, PagedTableModel
from ..widgets.record_dialog import fit_to_screen

OK_STYLE = "color: #1b6e20; font-weight: bold;"


def detail_text(detail: str) -> str:
    """An entry's detail in words: the changed columns by their names in this language (an
    unknown code, such as a printed paper's or a period's, as it is)."""
    return ", ".join(label("audit_field", code) for code in detail.split(",") if code)


class AuditDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Audit trail"))
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("User name"))
        self.actor.setClearButtonEnabled(True)
        self.action = combo(self.tr("All actions"), choices("audit_action"))
        self.entity = combo(self.tr("All records"), choices("audit_entity"))
        self.actor.textChanged.connect(self.apply_filter)
        self.action.currentIndexChanged.connect(self.apply_filter)
        self.entity.currentIndexChanged.connect(self.apply_filter)

        self.model = PagedTableModel([
            Column(lambda: self.tr("When"),
                   lambda r: format_datetime(r.at.astimezone().replace(tzinfo=None)) if r.at
                   else self.tr("(damaged)")),
            Column(lambda: self.tr("User"), lambda r: r.actor),
            Column(lambda: self.tr("Action"), lambda r: label("audit_action", r.action)),
            Column(lambda: self.tr("Record"), lambda r: label("audit_entity", r.entity)
                   if r.entity else ""),
            Column(lambda: self.tr("Changed fields"), lambda r: detail_text(r.detail)),
            Column(lambda: self.tr("No."), lambda r: str(r.seq)),
        ], services.audit.count, services.audit.entries, self._filter(), id_of=lambda r: r.seq)
        self.table = make_table(self.model)
        self._fit_columns()
        self.total = QLabel()
        self.check_button = QPushButton(self.tr("&Check the chain"))
        self.check_button.clicked.connect(self.check)
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)

        bar = QHBoxLayout()
        for w in (self.actor, self.action, self.entity):
            bar.addWidget(w)
        bar.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total)
        bottom.addStretch(1)
        bottom.addWidget(self.verdict, 2)
        bottom.addWidget(self.check_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        lay.addWidget(close)
        fit_to_screen(self, 900, 560)
        self._update_total()

    def _fit_columns(self) -> None:
        """Widths from sample texts: asking the lazy model for contents would fetch pages."""
        fm = self.table.fontMetrics()
        samples = ([format_datetime(datetime(2026, 12, 28, 23, 59))], ["aigerim.saparkyzy"],
                   [text for _c, text in choices("audit_action")],
                   [text for _c, text in choices("audit_entity")])
        for col, texts in enumerate(samples):  # the widest label in this language
            self.table.setColumnWidth(col, max(fm.horizontalAdvance(t) for t in texts) + 24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, header.ResizeMode.Stretch)  # changed fields
        self.table.setColumnWidth(5, fm.horizontalAdvance("100000") + 24)
        self.actor.setMinimumWidth(fm.horizontalAdvance(self.actor.placeholderText()) + 40)

    def _filter(self) -> AuditFilter:
        return AuditFilter(actor=self.actor.text().strip().casefold() or None,
                           action=self.action.currentData(), entity=self.entity.currentData())

    def apply_filter(self, *_args) -> None:
        self.model.set_filter(self._filter())
        self._update_total()

    def _update_total(self) -> None:
        self.total.setText(self.tr("Entries: {count}").format(
            count=format_count(self.model.rowCount())))

    def check(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.services.audit.verify()
        finally:
            QApplication.restoreOverrideCursor()
        if result.ok:
            self.verdict.setStyleSheet(OK_STYLE)
            self.verdict.setText(self.tr("The chain is intact: {count} entries checked.").format(
                count=format_count(result.checked)))
        else:
            self.verdict.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
            where = (self.tr("at entry No. {seq}").format(seq=result.first_broken_seq)
                     if result.first_broken_seq is not None else "")
            self.verdict.setText(self.tr("The chain is broken {where}: entries were changed or "
                                         "removed outside Senim.").format(where=where).replace(
                                             "  ", " "))
