"""Counts at a glance: what a head teacher sees (never a name, a note or an IIN)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...models.term_summary import Mark, shown
from ..calendar.calendar_note import CalendarNote
from ..widgets.fmt import format_count, format_date


class DashboardPage(QWidget):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        # Where today falls in the school calendar (the context's clock), and a line with a
        # button when the calendar lacks this school year or has only a guess for it.
        self.calendar_note = CalendarNote(services, show_where=True)
        self.where = self.calendar_note.where
        self.calendar_note.calendar_changed.connect(self.refresh)
        self.note = QLabel(self.tr("Counts only: names, notes and IINs are not shown here."))
        self.note.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(16)
        self.figures: dict[str, QLabel] = {}
        items = (
            ("pupils", self.tr("Pupils studying now")),
            ("sessions_held", self.tr("Sessions held")),
            ("observations", self.tr("Observations recorded")),
            ("observations_open", self.tr("Observations still open")),
            ("followups_open", self.tr("Follow-ups to do")),
            ("followups_overdue", self.tr("Follow-ups overdue")),
        )
        for i, (key, text) in enumerate(items):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(box)
            figure = QLabel()
            figure.setObjectName(f"figure_{key}")
            big = figure.font()
            big.setPointSizeF(big.pointSizeF() * 2.2)
            big.setBold(True)
            figure.setFont(big)
            caption = QLabel(text)
            caption.setWordWrap(True)
            lay.addWidget(figure)
            lay.addWidget(caption)
            self.figures[key] = figure
            grid.addWidget(box, i // 3, i % 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addWidget(self.title)
        outer.addWidget(self.calendar_note)
        outer.addWidget(self.note)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        counts = self.services.dashboard.counts()
        self.title.setText(self.tr("This school year, since {date}").format(
            date=format_date(counts.since)))
        self.calendar_note.refresh()
        for key, label in self.figures.items():
            figure = getattr(counts, key)
            label.setText(shown(figure) if isinstance(figure, Mark) else format_count(figure))
        overdue = self.figures["followups_overdue"]
        overdue.setStyleSheet("color: #b00020;" if counts.followups_overdue else "")
        overdue.setAlignment(Qt.AlignmentFlag.AlignLeft)
