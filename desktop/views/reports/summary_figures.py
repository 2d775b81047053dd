"""The words and widgets of the term summary screen: what each table and row is called,
the headline tiles and the compact three-column tables (views/reports/term_summary_page.py).

A figure is shown exactly as the service suppressed it (models.term_summary.shown): a «<5»
or «×» is never turned back into a number here.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHeaderView, QLabel, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...models.term_summary import CURRENT, LAST_YEAR, PREVIOUS, Mark, Row, Table, shown
from ..widgets.colors import MUTED
from ..widgets.fmt import format_count
from ..widgets.labels import label

_CONTEXT = "TermSummary"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


HEADLINE_LABELS = {
    "pupils_served": QT_TRANSLATE_NOOP("TermSummary", "Pupils seen in sessions"),
    "sessions_held": QT_TRANSLATE_NOOP("TermSummary", "Sessions held"),
    "incidents": QT_TRANSLATE_NOOP("TermSummary", "Incidents"),
    "concerns_received": QT_TRANSLATE_NOOP("TermSummary", "Concerns received"),
    "concerns_answered_on_time": QT_TRANSLATE_NOOP("TermSummary", "Answered on time"),
    "concerns_overdue": QT_TRANSLATE_NOOP("TermSummary", "Concerns overdue"),
    "cases_opened": QT_TRANSLATE_NOOP("TermSummary", "Bullying cases opened"),
    "cases_closed": QT_TRANSLATE_NOOP("TermSummary", "Bullying cases closed"),
    "referrals_sent": QT_TRANSLATE_NOOP("TermSummary", "Referrals sent"),
    "activities": QT_TRANSLATE_NOOP("TermSummary", "Preventive activities"),
    "activity_participants": QT_TRANSLATE_NOOP("TermSummary", "Participants in activities"),
    "accompanied": QT_TRANSLATE_NOOP("TermSummary", "Pupils accompanied (at the end)"),
    "accompaniments_started": QT_TRANSLATE_NOOP("TermSummary", "Accompaniments started"),
    "accompaniments_ended": QT_TRANSLATE_NOOP("TermSummary", "Accompaniments ended"),
    "accompaniment_reviews_overdue": QT_TRANSLATE_NOOP("TermSummary",
                                                       "Accompaniment reviews overdue"),
}

TABLE_TITLES = {
    "sessions_by_kind": QT_TRANSLATE_NOOP("TermSummary", "Sessions by kind"),
    "sessions_by_initiator": QT_TRANSLATE_NOOP("TermSummary", "Sessions by who asked"),
    "incidents_by_form": QT_TRANSLATE_NOOP("TermSummary", "Incidents by form"),
    "incidents_by_severity": QT_TRANSLATE_NOOP("TermSummary", "Incidents by severity"),
    "incidents_by_place": QT_TRANSLATE_NOOP("TermSummary", "Incidents by place"),
    "incidents_by_grade": QT_TRANSLATE_NOOP("TermSummary", "Incidents by grade"),
    "concerns_by_source": QT_TRANSLATE_NOOP("TermSummary", "Concerns by source"),
    "concerns_by_answer": QT_TRANSLATE_NOOP("TermSummary", "Concerns by answer"),
    "cases_by_stage": QT_TRANSLATE_NOOP("TermSummary", "Bullying cases by stage"),
    "referrals_by_destination": QT_TRANSLATE_NOOP("TermSummary", "Referrals by destination"),
    "referrals_by_status": QT_TRANSLATE_NOOP("TermSummary", "Referrals by status"),
    "activities_by_programme": QT_TRANSLATE_NOOP("TermSummary", "Activities by programme"),
    "participants_by_programme": QT_TRANSLATE_NOOP("TermSummary",
                                                   "Participants by programme"),
    "accompanied_by_ground": QT_TRANSLATE_NOOP("TermSummary", "Accompanied pupils by ground"),
    "accompanied_by_grade": QT_TRANSLATE_NOOP("TermSummary", "Accompanied pupils by grade"),
    # A whole year's: every day of 1 September to 31 August in one row.
    "sessions_by_part": QT_TRANSLATE_NOOP("TermSummary", "Sessions by part of the year"),
    "incidents_by_part": QT_TRANSLATE_NOOP("TermSummary", "Incidents by part of the year"),
    "concerns_by_part": QT_TRANSLATE_NOOP("TermSummary", "Concerns by part of the year"),
    "referrals_by_part": QT_TRANSLATE_NOOP("TermSummary", "Referrals by part of the year"),
}

_PARTS = {
    "before": QT_TRANSLATE_NOOP("TermSummary", "Before quarter 1"),
    "q1": QT_TRANSLATE_NOOP("TermSummary", "Quarter 1"),
    "break1": QT_TRANSLATE_NOOP("TermSummary", "Autumn break"),
    "q2": QT_TRANSLATE_NOOP("TermSummary", "Quarter 2"),
    "break2": QT_TRANSLATE_NOOP("TermSummary", "Winter break"),
    "q3": QT_TRANSLATE_NOOP("TermSummary", "Quarter 3"),
    "break3": QT_TRANSLATE_NOOP("TermSummary", "Spring break"),
    "q4": QT_TRANSLATE_NOOP("TermSummary", "Quarter 4"),
    "summer": QT_TRANSLATE_NOOP("TermSummary", "Summer (to 31 August)"),
    "unknown": QT_TRANSLATE_NOOP("TermSummary", "Whole year (not in the calendar)"),
}

# Which group of labels.py names a table's rows (the rest are named below).
_LABEL_GROUPS = {
    "sessions_by_kind": "session_kind", "sessions_by_initiator": "initiator",
    "incidents_by_form": "form", "incidents_by_severity": "severity",
    "incidents_by_place": "place", "concerns_by_source": "concern_source",
    "cases_by_stage": "case_stage", "referrals_by_destination": "organisation_kind",
    "referrals_by_status": "referral_status", "activities_by_programme": "programme",
    "participants_by_programme": "programme",
}

_ANSWERS = {
    "on_time": QT_TRANSLATE_NOOP("TermSummary", "Answered on time"),
    "late": QT_TRANSLATE_NOOP("TermSummary", "Answered late"),
    "overdue": QT_TRANSLATE_NOOP("TermSummary", "Overdue: no answer yet"),
    "in_time": QT_TRANSLATE_NOOP("TermSummary", "Not yet due"),
}

FOOTNOTE = QT_TRANSLATE_NOOP(
    "TermSummary",
    "«<5»: from 1 to 4, not shown exactly so that no pupil can be recognised. "
    "«×»: hidden so that a «<5» cannot be worked out from the total. Counts of 5 and more "
    "are rounded to a multiple of 5, so that no two periods or tables can be subtracted to "
    "find a small count.")


def table_title(key: str) -> str:
    text = TABLE_TITLES.get(key)
    return _tr(text) if text else key


def headline_label(key: str) -> str:
    text = HEADLINE_LABELS.get(key)
    return _tr(text) if text else key


def row_label(table_key: str, row_key: str) -> str:
    """The translated name of a row: an enum's label, a grade, an answer's outcome."""
    if table_key == "accompanied_by_ground":
        if row_key == "other":
            return QCoreApplication.translate("TermSummary", "Other grounds")
        return label("accompaniment_ground", row_key)
    if table_key in ("incidents_by_grade", "accompanied_by_grade"):
        if row_key == "0":
            return QCoreApplication.translate("TermSummary", "Pre-school class")
        return QCoreApplication.translate("TermSummary", "Grade {n}").format(n=row_key)
    if table_key == "concerns_by_answer":
        return _tr(_ANSWERS[row_key]) if row_key in _ANSWERS else row_key
    if table_key.endswith("_by_part"):
        return _tr(_PARTS[row_key]) if row_key in _PARTS else row_key
    group = _LABEL_GROUPS.get(table_key)
    return label(group, row_key) if group else row_key


def figure_text(figure) -> str:
    """Digits in the locale's grouping (1 800), or the mark as it is."""
    return shown(figure) if isinstance(figure, Mark) else format_count(figure)


def trend(now, before) -> str:
    """▲ or ▼ when both are numbers and differ; nothing when either is suppressed."""
    if isinstance(now, Mark) or isinstance(before, Mark) or now == before:
        return ""
    return "▲" if now > before else "▼"


def column_titles() -> list[str]:
    return ["", QCoreApplication.translate("TermSummary", "This period"),
            QCoreApplication.translate("TermSummary", "Previous"),
            QCoreApplication.translate("TermSummary", "Last year")]


class HeadlineTile(QFrame):
    """One headline figure: the big number with its trend, its label, and the two figures
    it is compared with in small grey text."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figure = QLabel()
        big = self.figure.font()
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        self.figure.setFont(big)
        self.caption = QLabel(headline_label(key))
        self.caption.setWordWrap(True)
        self.compared = QLabel()
        self.compared.setWordWrap(True)
        small = self.compared.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.compared.setFont(small)
        self.compared.setStyleSheet(f"color: {MUTED.name()};")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(2)
        lay.addWidget(self.figure)
        lay.addWidget(self.caption)
        lay.addWidget(self.compared)
        lay.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_row(self, row: Row | None, compare: bool = True) -> None:
        """`compare`: mark ▲▼ against the previous period (not while this one runs)."""
        if row is None:
            self.figure.setText("—")
            self.compared.setText("")
            return
        now, before, last_year = (row.figures[i] for i in (CURRENT, PREVIOUS, LAST_YEAR))
        arrow = trend(now, before) if compare else ""
        self.figure.setText(f"{figure_text(now)} {arrow}".strip())
        self.compared.setText(QCoreApplication.translate(
            "TermSummary", "previous: {previous} · last year: {last_year}").format(
            previous=figure_text(before), last_year=figure_text(last_year)))


class FigureTable(QTableWidget):
    """A breakdown as a compact table: the row's name, then this period, the previous
    one and the same period last year; the total, when the rows add up, in bold. The
    table is as tall as its rows, so the page scrolls rather than each table."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.key = key
        self.setObjectName(f"table_{key}")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_table(self, table: Table, tooltips: list[str]) -> None:
        self.setHorizontalHeaderLabels(column_titles())
        for column, tip in enumerate(tooltips, start=1):
            self.horizontalHeaderItem(column).setToolTip(tip)
        rows = [(row_label(table.key, r.key), r, False) for r in table.rows]
        if table.total is not None:
            total = QCoreApplication.translate("TermSummary", "Total")
            rows.append((total, table.total, True))
        self.setRowCount(len(rows))
        for i, (name, row, bold) in enumerate(rows):
            first = QTableWidgetItem(name)
            first.setToolTip(name)
            self.setItem(i, 0, first)
            for column, figure in enumerate(row.figures, start=1):
                item = QTableWidgetItem(figure_text(figure))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(i, column, item)
            if bold:
                for column in range(4):
                    font = self.item(i, column).font()
                    font.setBold(True)
                    self.item(i, column).setFont(font)
        # Never so narrow that a column's title is cut: the page scrolls sideways instead.
        fm = self.horizontalHeader().fontMetrics()
        self.setMinimumWidth(120 + sum(fm.horizontalAdvance(t) + 24 for t in column_titles()[1:])
                             + 2 * self.frameWidth())
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(i) for i in range(self.rowCount()))
        self.setFixedHeight(height)

    def texts(self) -> list[list[str]]:
        """The cells as shown, row by row (for tests and for looking)."""
        return [[self.item(r, c).text() for c in range(4)] for r in range(self.rowCount())]
