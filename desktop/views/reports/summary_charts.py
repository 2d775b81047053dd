"""Horizontal bar charts of the term summary: this period against the previous one.

A suppressed figure («<5», «×») is drawn as a bar of no length with its mark written beside
it: the chart never invents a number the service did not give. Every bar carries its
figure as text, placed over the chart (QtCharts has no per-bar label text of its own).
"""

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

from ...models.term_summary import CURRENT, PREVIOUS, Mark, Table
from .summary_figures import figure_text, row_label, table_title

CURRENT_COLOUR = QColor("#2f6db5")
PREVIOUS_COLOUR = QColor("#b7c7dc")
BAR_WIDTH = 0.8  # of a category's height, shared by the two bars
# Pixels per row: each of its two bars is then taller than a line of text, so the figures
# written beside them never lie over each other (and QtCharts hides the rows' names when
# rows are closer).
ROW_HEIGHT = 46
FRAME_HEIGHT = 110  # the title, the value axis and the legend
LABEL_WIDTH = 190  # pixels for a row's name: QtCharts hides every name when one is too long


def _value(figure) -> int:
    return 0 if isinstance(figure, Mark) else int(figure)


def _wrapped(text: str, metrics: QFontMetrics) -> str:
    """A row's name in lines of at most LABEL_WIDTH pixels (two at most, then elided): a
    long name wraps rather than being cut."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= LABEL_WIDTH:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
             for line in lines]
    return "\n".join(lines)


class SummaryChart(QChartView):
    """SummaryChart(): show_table(table) draws one breakdown, first row on top."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.table: Table | None = None
        self._texts: list[tuple[QGraphicsSimpleTextItem, float, float]] = []

    def show_table(self, table: Table) -> None:
        self.table = table
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        title_font = chart.titleFont()
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.1)
        chart.setTitleFont(title_font)
        chart.setTitle(table_title(table.key))
        series = QHorizontalBarSeries()
        series.setBarWidth(BAR_WIDTH)
        # QtCharts draws the first category and the first set lowest: both go in reversed
        # so that the first row is on top and this period above the previous one, as the
        # tables read (the legend's markers are reversed back).
        rows = table.rows[::-1]
        self.setMinimumHeight(FRAME_HEIGHT + ROW_HEIGHT * len(rows))
        sets = []
        for column, name, colour in (
                (PREVIOUS, QCoreApplication.translate("TermSummary", "Previous"),
                 PREVIOUS_COLOUR),
                (CURRENT, QCoreApplication.translate("TermSummary", "This period"),
                 CURRENT_COLOUR)):
            bars = QBarSet(name)
            bars.setColor(colour)
            bars.setBorderColor(colour)
            bars.append([_value(r.figures[column]) for r in rows])
            series.append(bars)
            sets.append(column)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        metrics = QFontMetrics(categories.labelsFont())
        categories.append([_wrapped(row_label(table.key, r.key), metrics) for r in rows])
        categories.setGridLineVisible(False)
        values = QValueAxis()
        top = max([_value(r.figures[c]) for r in rows for c in sets], default=0)
        values.setRange(0, max(top * 1.15, 5))  # room for the last figure's text
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setReverseMarkers(True)
        self._texts = []
        for index, column in enumerate(sets[::-1]):  # this period's first
            # Set `index`'s bar sits in the `index`-th half of the category's band.
            offset = -BAR_WIDTH / 2 + (len(sets) - index - 0.5) * BAR_WIDTH / len(sets)
            for j, row in reversed(list(enumerate(rows))):
                item = QGraphicsSimpleTextItem(figure_text(row.figures[column]), chart)
                self._texts.append((item, _value(row.figures[column]), j + offset))
        chart.plotAreaChanged.connect(lambda _area: self._place_texts())
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self._place_texts()

    def _place_texts(self) -> None:
        chart = self.chart()
        series = chart.series()[0] if chart.series() else None
        for item, value, y in self._texts:
            point = chart.mapToPosition(QPointF(value, y), series)
            box = item.boundingRect()
            item.setPos(point.x() + 4, point.y() - box.height() / 2)

    def bar_texts(self) -> list[str]:
        """The figures written beside the bars, this period's first, each in the order of
        the table's rows (for tests)."""
        return [item.text() for item, _value, _y in self._texts]

    def categories(self) -> list[str]:
        """The rows' names, top to bottom."""
        axis = self.chart().axes(Qt.Orientation.Vertical)[0]
        return list(axis.categories())[::-1]
