"""The term summary: what the head teacher reads each quarter. A period is chosen at the
top (a quarter of a school year, the whole year, or any dates); the headline figures follow
as tiles, then the breakdowns as tables and as charts, each against the previous period and
the same period last year. Counts only: the summary carries no name, note or IIN, and a
small count arrives already suppressed («<5», «×»).

The counting (services.term_summary), the calendar (services.calendar) and the documents
(desktop.documents.term_report / term_tables) are reached when first needed.
"""

import importlib
import logging
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

from ...logs import describe_exception
from ...models.audit import EXPORT, PDF
from ...models.school_calendar import Today, whole_year
from ...models.school_year import school_year_start
from ...models.term_summary import HEADLINE_ROWS, NotPublished, Period, TermSummary
from ...models.validation import ValidationError
from ..storage.file_dialogs import PDF as PDF_FILE, SPREADSHEET, ask_save_path
from ..calendar.calendar_note import CalendarNote
from ..referrals.printing import preview_pdf
from ..widgets.colors import ALERT, MUTED, WARN
from ..widgets.fmt import format_date, from_qdate, to_qdate
from ..widgets.form_widgets import date_edit
from ..widgets.messages import message
from .summary_charts import SummaryChart
from .summary_figures import FOOTNOTE, FigureTable, HeadlineTile, table_title

log = logging.getLogger(__name__)

TERMS, WHOLE_YEAR, DATES = (1, 2, 3, 4), 0, -1  # the period combo's data
TILES_PER_ROW = 6
TABLE_COLUMNS = 2  # of tables, and of charts: three would cut their row names short
CHARTS = ("incidents_by_form", "sessions_by_kind", "activities_by_programme")
DOCUMENT_LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"))  # each in its own language
ENTITY = "term_summary"  # in the audit trail: what was saved or printed


def file_name(period: Period, language: str, suffix: str) -> str:
    """A file name in the document's language, by the summary's one name (the glossary's
    «Отчёт за четверть» / «Тоқсандық есеп»): "Отчёт за 2 четверть 2025-2026.pdf"."""
    if period.is_term:
        text = (f"Тоқсандық есеп, {period.year} оқу жылының {period.term}-тоқсаны"
                if language == "kk" else f"Отчёт за {period.term} четверть {period.year}")
    elif period.is_year:
        text = (f"Есеп, {period.year} оқу жылы" if language == "kk"
                else f"Отчёт за {period.year} учебный год")
    else:
        span = f"{period.starts_on:%d.%m.%Y}–{period.ends_on:%d.%m.%Y}"
        text = f"Есеп {span}" if language == "kk" else f"Отчёт {span}"
    return text + suffix


def audit_code(period: Period, language: str) -> str:
    """What was saved, as a short code for the audit trail."""
    if period.is_term or period.is_year:
        which = f"{period.year}/{period.term or 'year'}"
    else:
        which = f"{period.starts_on.isoformat()}..{period.ends_on.isoformat()}"
    return f"{which},{language}"


class TermSummaryPage(QWidget):
    """TermSummaryPage(services): the window's page interface (`changed`, `find_shortcut`,
    refresh(), focus_search(), state(), restore_state()). Nothing here changes records, so
    `changed` never fires; refresh() counts the chosen period again."""

    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.summary: TermSummary | None = None
        self.seconds: float | None = None  # how long the last count took (information)
        self._refresher = None  # counts on the journal's worker after a save (refresh_later)
        self._years: list[str] = []

        self.year = QComboBox()
        self.year.setObjectName("summaryYear")
        self.part = QComboBox()
        self.part.setObjectName("summaryPart")
        for term in TERMS:
            self.part.addItem(self.tr("Quarter {n}").format(n=term), term)
        self.part.addItem(self.tr("Whole year"), WHOLE_YEAR)
        # The head teacher's published counts hold quarters and years, never a free range.
        if not getattr(services, "published", False):
            self.part.addItem(self.tr("Dates…"), DATES)
        today = services.ctx.today()
        self.starts = date_edit(school_year_start(today))
        self.ends = date_edit(today)
        self.starts.setMaximumDate(to_qdate(today))  # a period to come has nothing to count
        self.dates_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        year_label = QLabel(self.tr("School &year:"))
        year_label.setBuddy(self.year)
        part_label = QLabel(self.tr("&Period:"))
        part_label.setBuddy(self.part)
        self.language = QComboBox()
        for code, name in DOCUMENT_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(1 if QLocale().name().startswith("ru") else 0)
        self.language.setToolTip(self.tr("The language of the PDF and Excel files"))
        language_label = QLabel(self.tr("&Document in:"))
        language_label.setBuddy(self.language)
        self.number = QLineEdit()
        self.number.setObjectName("summaryNumber")
        self.number.setMaxLength(40)
        self.number.setPlaceholderText(self.tr("none"))
        self.number.setToolTip(self.tr("The outgoing number, if the school numbers its "
                                       "reports: printed under the school's name"))
        self.number.setMaximumWidth(110)
        number_label = QLabel(self.tr("Outgoing &no.:"))
        number_label.setBuddy(self.number)
        self.pdf_button = QPushButton(self.tr("Save as PD&F…"))
        self.xlsx_button = QPushButton(self.tr("Save as &Excel…"))
        self.print_button = QPushButton(self.tr("P&rint…"))

        top = QHBoxLayout()
        for w in (year_label, self.year, part_label, self.part, self.dates_label, self.starts,
                  self.to_label, self.ends):
            top.addWidget(w)
        top.addStretch(1)
        for w in (language_label, self.language, number_label, self.number):
            top.addWidget(w)


        # Today's school year missing from the calendar, or the chosen one a guess to check:
        # one line with a button that opens Settings → School year….
        self.calendar_note = CalendarNote(services)
        self.calendar_note.calendar_changed.connect(self.calendar_changed)
        self.note = QLabel()  # the dates are the wrong way round; the period cannot be counted
        self.note.setObjectName("summaryNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.heading = QLabel()
        self.heading.setObjectName("summaryHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.compared = QLabel()
        self.compared.setWordWrap(True)
        self.compared.setStyleSheet(f"color: {MUTED.name()};")
        self.status = QLabel()  # as of today; a quarter still running
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {WARN.name()}; font-weight: bold;")
        self.status.hide()

        self.tiles = {key: HeadlineTile(key) for key in HEADLINE_ROWS}
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, i // TILES_PER_ROW, i % TILES_PER_ROW)

        self.tables: dict[str, FigureTable] = {}
        self.table_titles: dict[str, QLabel] = {}
        self.tables_grid = QGridLayout()
        self.tables_grid.setHorizontalSpacing(16)
        self.tables_grid.setVerticalSpacing(12)
        holder = QWidget()
        holder_lay = QVBoxLayout(holder)
        holder_lay.addLayout(self.tables_grid)
        holder_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.charts = {key: SummaryChart() for key in CHARTS}
        charts = QWidget()
        charts_grid = QGridLayout(charts)
        for i, chart in enumerate(self.charts.values()):
            charts_grid.addWidget(chart, i // TABLE_COLUMNS, i % TABLE_COLUMNS)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(charts)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("&Tables"))
        self.tabs.addTab(charts_scroll, self.tr("C&harts"))
        self.footnote = QLabel(QCoreApplication.translate("TermSummary", FOOTNOTE))
        self.footnote.setObjectName("summaryFootnote")
        self.footnote.setWordWrap(True)
        self.footnote.setStyleSheet(f"color: {MUTED.name()};")

        # All of it scrolls on a low screen (1024×700 at 125%): the tables keep some height.
        content = QWidget()
        page_scroll = QScrollArea()
        page_scroll.setWidgetResizable(True)
        page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        page_scroll.setWidget(content)
        self.tabs.setMinimumHeight(260)
        page_lay = QVBoxLayout(self)
        page_lay.setContentsMargins(0, 0, 0, 0)
        page_lay.addWidget(page_scroll)
        outer = QVBoxLayout(content)
        outer.addLayout(top)
        outer.addWidget(self.calendar_note)
        outer.addWidget(self.note)
        # The buttons beside the heading: one row for all would not fit 1024 pixels.
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        for w in (self.pdf_button, self.xlsx_button, self.print_button):
            buttons.addWidget(w)
        outer.addLayout(buttons)
        outer.addWidget(self.compared)
        outer.addWidget(self.status)
        outer.addLayout(tiles)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.footnote)

        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)
        self._fill_years()
        self._enable_begun()
        self.year.currentIndexChanged.connect(self._period_changed)
        self.part.currentIndexChanged.connect(self._period_changed)
        self.starts.dateChanged.connect(self._period_changed)
        self.ends.dateChanged.connect(self._period_changed)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.print_button.clicked.connect(self.print_summary)
        self._period_changed()

    # --- the period ------------------------------------------------------------------------

    def _fill_years(self) -> None:
        """The calendar's years, and the quarter to start on: today's (the context's clock),
        else the latest that has begun; the calendar line says when today's school year is
        not in the calendar."""
        calendar = self.services.calendar
        self._year_reads = {y.name: y for y in calendar.years()}
        self._years = list(self._year_reads)
        self.year.blockSignals(True)
        self.part.blockSignals(True)
        try:
            self.year.clear()
            for name in self._years:
                self.year.addItem(name, name)
            self.today = calendar.today()
            if self.today.year is not None and self.today.term is not None:
                chosen = (self.today.year_name, self.today.term)
            else:  # before the first quarter, or a year the calendar lacks
                chosen = calendar.latest_term(self.today.day)
            if chosen is not None and chosen[0] in self._years:
                self.year.setCurrentIndex(self._years.index(chosen[0]))
                self.part.setCurrentIndex(self.part.findData(chosen[1]))
            elif not self._years:
                self.part.setCurrentIndex(self.part.findData(DATES))
        finally:
            self.year.blockSignals(False)
            self.part.blockSignals(False)

    def _enable_begun(self) -> None:
        """Years and quarters that have not begun are in the lists but cannot be chosen:
        a report of zeros for a period to come is no report."""
        day = self.services.ctx.today()
        for i in range(self.year.count()):
            year = self._year_reads.get(self.year.itemData(i))
            self._enable(self.year, i, year is None or whole_year(year)[0] <= day)
        year = self._year_reads.get(self.year.currentData())
        for i in range(self.part.count()):
            part = self.part.itemData(i)
            if part in TERMS and year is not None and part <= len(year.terms):
                begun = year.term(part)[0] <= day
            elif part == WHOLE_YEAR and year is not None:
                begun = whole_year(year)[0] <= day
            else:
                begun = True
            self._enable(self.part, i, begun)

    @staticmethod
    def _enable(combo: QComboBox, index: int, enabled: bool) -> None:
        item = combo.model().item(index)
        if item is not None:
            item.setEnabled(enabled)

    def calendar_changed(self) -> None:
        """The school year dialog closed: read the calendar again, keeping the period (or,
        when today's year has just been added, opening on today's quarter)."""
        was_missing, state = self.today.missing, self.state()
        self._fill_years()
        if was_missing:
            self._period_changed()
        else:
            self.restore_state(state)

    def _show_calendar_note(self) -> None:
        """Today's year missing; else the chosen year (today's, for a range of dates) still
        a guess to check."""
        chosen = self._year_reads.get(self.year.currentData())
        if self.today.missing or self.part.currentData() == DATES or chosen is None:
            self.calendar_note.show_for(self.today)
        else:
            self.calendar_note.show_for(Today(self.today.day, chosen.name, chosen, None,
                                              False))

    def _show_note(self, text: str, colour) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"color: {colour.name()};")
        self.note.setVisible(bool(text))

    def chosen_period(self) -> Period | None:
        """The period chosen at the top; None (with the reason shown) when it cannot be."""
        part = self.part.currentData()
        if part == DATES:
            starts, ends = from_qdate(self.starts.date()), from_qdate(self.ends.date())
            if starts > ends:
                self._show_note(self.tr("The first day is after the last day: change one of "
                                        "the dates."), ALERT)
                return None
            # A span that is exactly a quarter or a year is compared as one.
            return self.services.calendar.range_period(starts, ends)
        if not self._years:
            return None
        return self.services.calendar.period(self.year.currentData(),
                                             part if part != WHOLE_YEAR else None)

    def _period_changed(self, *_args) -> None:
        self._enable_begun()
        dates = self.part.currentData() == DATES
        for w in (self.dates_label, self.starts, self.to_label, self.ends):
            w.setVisible(dates)
        self.year.setEnabled(bool(self._years) and not dates)
        self.refresh()

    # --- counting and showing --------------------------------------------------------------

    def refresh(self) -> None:
        """Count the chosen period again, against the previous one and last year's (a period
        chosen here: the user waits for it, under the busy cursor)."""
        self._show_calendar_note()
        self._show_note("", WARN)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            counted = self._count(self.chosen_period())
        except Exception as exc:  # noqa: BLE001 - _count_failed names it in a line
            self._count_failed(exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._counted(counted)

    def refresh_later(self, _changes=None) -> None:
        """As refresh(), with the counting on the journal's worker: after a save or a team
        journal's round while the summary is on screen (up to a second on a large journal)."""
        self._show_calendar_note()
        self._show_note("", WARN)
        try:
            period = self.chosen_period()
        except Exception as exc:  # noqa: BLE001 - _count_failed names it in a line
            self._count_failed(exc)
            return
        if self._refresher is None:
            # lazy: loads with the first save while the summary is shown (start-up)
            from ..widgets.tasks import Refresher

            self._refresher = Refresher(self, self._count, self._counted, self._count_failed,
                                        name="term summary")
        self._refresher.request(period)

    def _count(self, current: Period | None) -> tuple[TermSummary, float] | None:
        """The summary of `current` (None: no period to count) and the seconds it took; runs
        on the GUI thread or the journal's worker, so it touches no widget."""
        if current is None:
            return None
        previous, last_year = self.services.calendar.comparison_periods(current)
        started = time.perf_counter()
        summary = self.services.term_summary.summary(current, previous, last_year)
        return summary, time.perf_counter() - started

    def _counted(self, counted: tuple[TermSummary, float] | None) -> None:
        summary = None
        if counted is not None:
            summary, self.seconds = counted
        self.show_summary(summary)

    def _count_failed(self, exc: BaseException) -> None:
        """What stopped the count, in a line above the empty summary."""
        if isinstance(exc, ValidationError):
            self._show_note(message(exc.errors[0].code, exc.errors[0].params), ALERT)
        elif isinstance(exc, NotPublished):  # the head teacher's counts: a quarter begun since
            self._show_note(self.tr("This period is not among the published counts yet: they "
                                    "are published again when the psychologist or a counsellor "
                                    "next closes the journal."), WARN)
        elif isinstance(exc, LookupError):  # the calendar has the year but not this quarter
            self._show_note(self.tr("This quarter is not in the school calendar: add it in "
                                    "Settings → School year…."), ALERT)
        else:
            log.error("counting the term summary failed: %s", describe_exception(exc))
            self._show_note(self.tr("The summary could not be counted. The details were "
                                    "written to the log."), ALERT)
        self.show_summary(None)

    def show_summary(self, summary: TermSummary | None) -> None:
        self.summary = summary
        for button in (self.pdf_button, self.xlsx_button, self.print_button):
            button.setEnabled(summary is not None)
        self.tabs.setEnabled(summary is not None)
        self.status.setVisible(summary is not None and summary.as_of is not None)
        if summary is None:
            self.heading.setText(self.tr("No period to count"))
            self.compared.setText("")
            for tile in self.tiles.values():
                tile.show_row(None)
            return
        current, previous, last_year = summary.periods
        self.heading.setText(self.period_text(current))
        if summary.as_of is not None:
            as_of = self.tr("As of {date}.").format(date=format_date(summary.as_of))
            if summary.running:
                as_of += " " + (self.tr("The quarter is still running: its figures are not "
                                        "final, so they are not marked up or down against "
                                        "whole quarters.") if current.is_term else
                                self.tr("The period is still running: its figures are not "
                                        "final, so they are not marked up or down against "
                                        "whole periods."))
            self.status.setText(as_of)
        self.compared.setText(self.tr(
            "Compared with the previous period ({previous}) and the same period last year "
            "({last_year}).").format(previous=self.period_text(previous),
                                      last_year=self.period_text(last_year)))
        rows = {row.key: row for row in summary.headline.rows}
        for key, tile in self.tiles.items():
            tile.show_row(rows.get(key), compare=not summary.running)
        tips = [self.period_text(p) for p in summary.periods]
        showing = {table.key for table in summary.tables}
        for key, view in self.tables.items():  # a year's part tables, after a quarter
            view.parentWidget().setVisible(key in showing)
        for i, table in enumerate(summary.tables):
            view = self.tables.get(table.key)
            if view is None:
                view = self.tables[table.key] = FigureTable(table.key)
                title = self.table_titles[table.key] = QLabel()
                title.setObjectName(f"title_{table.key}")
                bold = title.font()
                bold.setBold(True)
                title.setFont(bold)
                box = QWidget()
                box_lay = QVBoxLayout(box)
                box_lay.setContentsMargins(0, 0, 0, 0)
                box_lay.setSpacing(2)
                box_lay.addWidget(title)
                box_lay.addWidget(view)
                self.tables_grid.addWidget(box, i // TABLE_COLUMNS, i % TABLE_COLUMNS,
                                           Qt.AlignmentFlag.AlignTop)
            self.table_titles[table.key].setText(table_title(table.key))
            view.show_table(table, tips)
        for key, chart in self.charts.items():
            try:
                chart.show_table(summary.table(key))
            except StopIteration:  # a summary without this breakdown
                chart.hide()

    def period_text(self, period: Period) -> str:
        """"Quarter 2, 2025-2026 (03.11.2025 – 28.12.2025)", or the dates alone."""
        dates = f"{format_date(period.starts_on)} – {format_date(period.ends_on)}"
        if period.is_term:
            return self.tr("Quarter {n}, {year} ({dates})").format(
                n=period.term, year=period.year, dates=dates)
        if period.is_year:
            return self.tr("School year {year} ({dates})").format(year=period.year,
                                                                   dates=dates)
        return dates

    # --- the window's page interface -------------------------------------------------------

    def focus_search(self) -> None:
        self.part.setFocus()

    def state(self) -> dict:
        return {"year": self.year.currentData(), "part": self.part.currentData(),
                "starts": from_qdate(self.starts.date()).isoformat(),
                "ends": from_qdate(self.ends.date()).isoformat()}

    def restore_state(self, state: dict) -> None:
        """The same period after a language change (the window is built again)."""
        for w in (self.year, self.part, self.starts, self.ends):
            w.blockSignals(True)
        try:
            if state.get("year") in self._years:
                self.year.setCurrentIndex(self._years.index(state["year"]))
            if self.part.findData(state.get("part")) >= 0:
                self.part.setCurrentIndex(self.part.findData(state["part"]))
            for edit, key in ((self.starts, "starts"), (self.ends, "ends")):
                if state.get(key):
                    edit.setDate(to_qdate(date.fromisoformat(state[key])))
        finally:
            for w in (self.year, self.part, self.starts, self.ends):
                w.blockSignals(False)
        self._period_changed()

    # --- saving and printing ---------------------------------------------------------------

    def _render_pdf(self, language: str) -> bytes:
        render = importlib.import_module("desktop.documents.term_report").render_term_report
        school = self.services.school.get()
        signed_by = (school.psychologist or "") if school is not None else ""
        return render(self.summary, school, language, signed_by, self.services.ctx.today(),
                      number=self.number.text().strip())

    def save_pdf(self) -> Path | None:
        """Ask where, then write the summary's PDF there. The path written, or None."""
        language = self.language.currentData()
        path = self._ask(language, ".pdf", self.tr("Save the summary as PDF"),
                         self.tr("PDF files (*.pdf)"))
        if path is None:
            return None
        try:
            path.write_bytes(self._render_pdf(language))
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return None
        self.services.audit.record(PDF, ENTITY, "", audit_code(self.summary.periods[0],
                                                               language))
        return path

    def save_xlsx(self) -> Path | None:
        """Ask where, then write the summary's tables as an Excel workbook there."""
        language = self.language.currentData()
        path = self._ask(language, ".xlsx", self.tr("Save the summary as an Excel workbook"),
                         self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return None
        try:
            write = importlib.import_module("desktop.documents.term_tables").write_term_xlsx
            write(self.summary, path, language, self.services.school.get())
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return None
        self.services.audit.record(EXPORT, ENTITY, "", audit_code(self.summary.periods[0],
                                                                  language))
        return path

    def print_summary(self):
        """The PDF in the preview, where it is printed (printing.preview_pdf)."""
        if self.summary is None:
            return None
        language = self.language.currentData()
        try:
            data = self._render_pdf(language)
            return preview_pdf(self.services, self, data, self.heading.text(),
                               file_name(self.summary.periods[0], language, ".pdf"), ENTITY,
                               "", audit_code(self.summary.periods[0], language))
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return None

    def _ask(self, language: str, suffix: str, title: str, file_filter: str) -> Path | None:
        if self.summary is None:
            return None
        kind = PDF_FILE if suffix == ".pdf" else SPREADSHEET
        chosen = ask_save_path(self, kind, title,
                               file_name(self.summary.periods[0], language, suffix), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(suffix)

    def _failed(self, exc: Exception) -> QMessageBox:
        """A plain message; the log gets the kind of error and where, never a path or name."""
        if isinstance(exc, ImportError):
            text = self.tr("Saving and printing the summary are not available in this "
                           "installation of Senim.")
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be saved there. Choose another folder, or "
                           "check that the disk is not full or read-only, and that the file "
                           "is not open in another program.")
        else:
            text = self.tr("The document could not be made. Nothing was saved; the details "
                           "were written to the log.")
        log.error("saving the term summary failed: %s", describe_exception(exc))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Term summary"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("summaryProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
