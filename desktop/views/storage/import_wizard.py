"""File → Import pupils…: a wizard that reads a list of pupils (.xlsx or CSV), lets the user
check which column holds what, previews every row with its problems, and imports only when
the user clicks Import.

Reading the file, making the preview and importing run on a worker thread, so the window
stays responsive with a list of thousands; the import shows its progress and can be
cancelled, which rolls everything back (desktop/services/pupil_import.py writes it in one
transaction). Closing the wizard, or locking the journal, cancels the work first.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QProgressDialog, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ...importing.headers import (
    BIRTH_DATE, CLASS_NAME, FIELDS, FULL_NAME, GIVEN_NAME, IIN, LANGUAGE, PATRONYMIC, SEX,
    SURNAME, check_mapping, guess,
)
from ...importing.problems import FileProblem, Problem, describe
from ...importing.readers import NO_VALUE, read_table
from ...importing.rows import _text
from ...logs import describe_exception
from ...services.context import NotAllowed
from ...services.pupil_import import ImportCancelled, PlanOutdated
from .file_dialogs import PUPIL_LIST, ask_open_path
from ..widgets.colors import ALERT, WARN
from ..widgets.field_form import ERROR_STYLE, make_banner
from ..widgets.fmt import format_count, format_date
from ..widgets.labels import choices
from ..widgets.list_page import make_table, set_column_widths
from ..widgets.messages import message
from ..widgets.paged_model import Column, ListTableModel, RowStyle
from ..widgets.tasks import Task, journal_worker
from ..widgets.record_dialog import fit_to_screen

log = logging.getLogger(__name__)

NOTE_STYLE = "color: #9a5b00;"  # WARN: something to check, not an error
_PREVIEW_ROWS = 6  # rows of the file shown under the column choices
_SAMPLE_DAY = date(2013, 12, 28)  # the widest date, for the column width


def ask_open_path(parent: QWidget) -> str:
    """The file chosen in the platform's file dialog ("" when none). Tests replace this."""
    return ask_open_path(
        parent, PUPIL_LIST, QCoreApplication.translate("ImportWizard", "Choose the list of pupils"),
        QCoreApplication.translate("ImportWizard", "Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))


def problem_text(code: str, params: dict | None = None) -> str:
    """A problem's text in the interface language (the texts are in importing/problems.py)."""
    shown = {k: format_count(v) if k == "max" and isinstance(v, int) else v
             for k, v in (params or {}).items()}
    return describe(code, shown,
                    lambda text: QCoreApplication.translate("ImportProblems", text), format_date)


def problems_text(problems: tuple[Problem, ...]) -> str:
    return " ".join(problem_text(p.code, p.params) for p in problems)


def warnings_text(warnings: tuple[Problem, ...]) -> str:
    """Warnings, each marked as one: the row is imported all the same."""
    return " ".join(QCoreApplication.translate("ImportWizard", "Warning: {text}").format(
        text=problem_text(w.code, w.params)) for w in warnings)


def row_text(r) -> str:
    """A planned row's problems, then its warnings, then its notes (Latin letters mended),
    which never stop the row."""
    return " ".join(t for t in (problems_text(r.problems), warnings_text(r.warnings),
                                problems_text(r.notes)) if t)


def cell_text(value) -> str:
    """A cell of the file as the sample table shows it."""
    if value is NO_VALUE:
        return "—"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return format_date(value)
    return _text(value)


# --- pages --------------------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the list of pupils"))
        intro = QLabel(self.tr(
            "An Excel workbook (.xlsx) or a CSV file, with a row of column headers such as "
            "«Фамилия», «Аты», «ИИН», «Класс». Pupils already in the journal are recognised by "
            "their IIN, or by name and birth date, and updated instead of added again. Nothing "
            "changes until you click Import on the last page."))
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose)
        self.status = QLabel()
        self.status.setObjectName("fileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addSpacing(8)
        lay.addLayout(row)
        lay.addWidget(self.busy)
        lay.addWidget(self.status)
        lay.addStretch(1)

    def choose(self) -> None:
        path = ask_open_path(self)
        if path:
            self._wizard.load(Path(path))

    def show_reading(self, path: Path) -> None:
        self.path.setText(str(path))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading the file…"))
        self.busy.show()
        self.completeChanged.emit()

    def show_read(self, table) -> None:
        self.busy.hide()
        self.status.setStyleSheet("")
        rows = format_count(len(table.rows))
        if table.sheet:
            text = self.tr("{rows} rows on the sheet «{sheet}».").format(rows=rows,
                                                                        sheet=table.sheet)
        else:
            text = self.tr("{rows} rows.").format(rows=rows)
        self.status.setText(text + " " + self.tr("Click Next to check the columns."))
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.busy.hide()
        self.status.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.status.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.table is not None and not self._wizard.busy


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Which column holds what"))
        intro = QLabel(self.tr(
            "The choices below are guessed from the column headers; correct any that are "
            "wrong. A full name in one column is split into surname, given name and "
            "patronymic."))
        intro.setWordWrap(True)
        self.banner = make_banner()
        self.sheet = QComboBox()
        self.sheet.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("S&heet"))
        self.sheet_label.setBuddy(self.sheet)
        labels = {
            FULL_NAME: self.tr("&Full name in one column"),
            SURNAME: self.tr("&Surname"),
            GIVEN_NAME: self.tr("&Given name"),
            PATRONYMIC: self.tr("&Patronymic"),
            IIN: self.tr("&IIN"),
            BIRTH_DATE: self.tr("Birth &date"),
            CLASS_NAME: self.tr("&Class"),
            SEX: self.tr("Se&x"),
            LANGUAGE: self.tr("&Language of study"),
        }
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for i, field_name in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"column_{field_name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(self._changed)
            label = QLabel(labels[field_name])
            label.setBuddy(combo)
            r, c = i % 5, (i // 5) * 2
            grid.addWidget(label, r, c)
            grid.addWidget(combo, r, c + 1)
            self.combos[field_name] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.language = QComboBox()
        for code, text in choices("study_language"):
            self.language.addItem(text, code)
        language_label = QLabel(self.tr("Language of study &when the file gives none"))
        language_label.setBuddy(self.language)
        grid.addWidget(language_label, 5, 2)
        grid.addWidget(self.language, 5, 3)
        grid.addWidget(self.sheet_label, 5, 0)
        grid.addWidget(self.sheet, 5, 1)

        self.sample = QTableWidget()
        self.sample.setObjectName("fileSample")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().hide()
        self.sample.setWordWrap(False)
        self.sample.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sample.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sample_label = QLabel(self.tr("The first rows of the file:"))

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.banner)
        lay.addLayout(grid)
        lay.addSpacing(6)
        lay.addWidget(sample_label)
        lay.addWidget(self.sample, 1)

    def show_table(self, table, mapping: dict[str, int]) -> None:
        labels = [table.column_label(c) for c in range(table.width)]
        for field_name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for col, text in enumerate(labels):
                combo.addItem(text, col)
            combo.setCurrentIndex(combo.findData(mapping[field_name])
                                  if field_name in mapping else 0)
            combo.blockSignals(False)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.sheet.blockSignals(False)
        several = len(table.sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)
        self._fill_sample(table, labels)
        self._changed()

    def _fill_sample(self, table, labels: list[str]) -> None:
        rows = table.rows[:_PREVIEW_ROWS]
        self.sample.clear()
        self.sample.setColumnCount(table.width)
        self.sample.setRowCount(len(rows))
        self.sample.setHorizontalHeaderLabels(labels)
        for r, (_line, cells) in enumerate(rows):
            for c, value in enumerate(cells):
                self.sample.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self.sample.resizeColumnsToContents()
        header = self.sample.horizontalHeader()
        for c in range(table.width):
            header.resizeSection(c, min(header.sectionSize(c), 260))

    def mapping(self) -> dict[str, int]:
        return {f: combo.currentData() for f, combo in self.combos.items()
                if combo.currentData() is not None}

    def problem(self) -> str:
        table = self._wizard.table
        if table is None:
            return ""
        bad = check_mapping(self.mapping(), [table.column_label(c) for c in range(table.width)])
        return "" if bad is None else problem_text(*bad)

    def _changed(self, *_args) -> None:
        text = self.problem()
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.completeChanged.emit()

    def _sheet_chosen(self, _index: int) -> None:
        table = self._wizard.table
        if table is not None and self.sheet.currentText() != table.sheet:
            self._wizard.load(self._wizard.path, sheet=self.sheet.currentText())

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.table is not None and not self._wizard.busy and not self.problem()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self._wizard.mapping = self.mapping()
        self._wizard.default_language = self.language.currentData()
        return True


class PreviewModel(ListTableModel):
    """The planned rows: row number, what happens, name, class, birth date, IIN, problems.
    Rejected rows are red; rows imported with a warning (the IIN's) amber."""

    def __init__(self, parent=None):
        super().__init__([
            Column(lambda: self.tr("Row"), lambda r: str(r.line),
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(lambda: self.tr("What happens"), self.action_text),
            Column(lambda: self.tr("Pupil"), lambda r: r.full_name),
            Column(lambda: self.tr("Class"), lambda r: r.class_name),
            Column(lambda: self.tr("Born"), lambda r: format_date(r.birth_date)),
            Column(lambda: self.tr("IIN"), lambda r: r.iin),
            Column(lambda: self.tr("Problems"), row_text,
                   tooltip=lambda r: row_text(r) or None),
        ], row_style=self.style_of, id_of=lambda r: r.line, parent=parent)

    def action_text(self, r) -> str:
        text = self._action_text(r)
        if r.warnings and r.action != "reject":
            return self.tr("{action}, with a warning").format(action=text)
        return text

    def _action_text(self, r) -> str:
        if r.action == "add":
            return self.tr("Add")
        if r.action == "unchanged":
            return self.tr("No change")
        if r.action == "reject":
            return self.tr("Rejected")
        if "class_name" in r.changes and r.old_class:
            return self.tr("Update: class {old} → {new}").format(old=r.old_class,
                                                                 new=r.class_name)
        if r.returns:
            return self.tr("Update: back at school")
        return self.tr("Update")

    @staticmethod
    def style_of(r):
        if r.action == "reject":
            return RowStyle(ALERT)
        return RowStyle(WARN) if r.warnings else None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.counts.setStyleSheet("font-weight: bold;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(NOTE_STYLE)
        self.notes.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.only_problems = QCheckBox(self.tr("Show only rows with &problems or warnings"))
        self.only_problems.toggled.connect(self._filter)
        self.model = PreviewModel(self)
        self.table = make_table(self.model)
        self.table.setObjectName("importPreview")
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QLabel()
        self.details.setObjectName("rowProblems")
        self.details.setWordWrap(True)
        self.details.setStyleSheet(ERROR_STYLE)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.skip_rejected = QCheckBox()
        self.skip_rejected.toggled.connect(self._options_changed)
        self.mark_left = QCheckBox()
        self.mark_left.toggled.connect(self._options_changed)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.only_problems)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.notes)
        lay.addWidget(self.busy)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.details)
        lay.addWidget(self.skip_rejected)
        lay.addWidget(self.mark_left)
        lay.addWidget(self.summary)
        lay.addWidget(self.status)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.status.hide()
        self._wizard.make_plan()

    def show_planning(self) -> None:
        self.model.set_rows([])
        self.counts.setText(self.tr("Checking every row…"))
        self.busy.show()
        self.details.clear()
        self.summary.clear()
        self.skip_rejected.hide()
        self.mark_left.hide()
        self.completeChanged.emit()

    def show_plan(self, plan) -> None:
        self.busy.hide()
        c = plan.counts
        self.counts.setText(self.tr(
            "To add: {add} · To update: {update} · No change: {unchanged} · Rejected: "
            "{reject}").format(**{k: format_count(v) for k, v in c.items()}))
        warned = sum(1 for r in plan.rows if r.warnings and r.action != "reject")
        notes = [problem_text(n) for n in plan.notes]
        if warned:
            notes.append(self.tr(
                "{n} rows have a warning about the IIN and are imported as they are: since "
                "2013 an IIN may differ from the birth date and sex. Check them against the "
                "pupils' documents.").format(n=format_count(warned)))
        self.notes.setText(" ".join(notes))
        self.notes.setVisible(bool(notes))
        self.skip_rejected.setText(self.tr(
            "Leave out the {n} rejected rows and import the others").format(
                n=format_count(c["reject"])))
        self.skip_rejected.setVisible(c["reject"] > 0)
        self.mark_left.setText(self.tr(
            "Mark the {n} pupils studying now who are not in this list as having left").format(
                n=format_count(len(plan.missing))))
        self.mark_left.setVisible(bool(plan.missing))
        self.only_problems.setEnabled(c["reject"] > 0 or warned > 0)
        if not (c["reject"] or warned):
            self.only_problems.setChecked(False)
        self._filter()
        self._options_changed()
        self._fit_columns()

    def _fit_columns(self) -> None:
        rows = self.model.rows
        widest = max((r.full_name for r in rows[:2000]), key=len, default="Нұрланова Әсем")
        actions = [self.model.action_text(r) for r in rows[:2000]] + [self.tr("No change")]
        set_column_widths(self.table, [
            "99999", max(actions, key=len), widest[:40], "10Ә", format_date(_SAMPLE_DAY),
            "000000000000", None])

    def _filter(self, *_args) -> None:
        plan = self._wizard.plan
        rows = [] if plan is None else plan.rows
        if self.only_problems.isChecked():
            rows = [r for r in rows if r.problems or r.warnings]
        self.model.set_rows(rows)
        self.details.clear()

    def _show_details(self, current, _previous) -> None:
        row = self.model.row_object(current.row()) if current.isValid() else None
        if row is None or not (row.problems or row.warnings or row.notes):
            self.details.clear()
            return
        self.details.setText(self.tr("Row {line}: {problems}").format(
            line=row.line, problems=row_text(row)))

    def _options_changed(self, *_args) -> None:
        plan = self._wizard.plan
        if plan is None:
            self.summary.clear()
            self.completeChanged.emit()
            return
        c = plan.counts
        left = len(plan.missing) if self.mark_left.isChecked() else 0
        if c["reject"] and not self.skip_rejected.isChecked():
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self.tr(
                "Rejected rows are shown in red with their problems. Correct them in the file "
                "and choose it again, or leave them out."))
        elif not plan.has_work(self.mark_left.isChecked()):
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Nothing to import: the journal already matches "
                                         "this list."))
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr(
                "Import adds {add} pupils, updates {update} and marks {left} as having left. "
                "It can be cancelled until it ends; then nothing is changed.").format(
                    add=format_count(c["add"]), update=format_count(c["update"]),
                    left=format_count(left)))
        self.completeChanged.emit()

    def show_status(self, text: str, error: bool = True) -> None:
        self.status.setStyleSheet(ERROR_STYLE + "font-weight: bold;" if error else "")
        self.status.setText(text)
        self.status.show()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        plan = self._wizard.plan
        if plan is None or self._wizard.busy:
            return False
        if plan.count("reject") and not self.skip_rejected.isChecked():
            return False
        return plan.has_work(self.mark_left.isChecked())



# --- the wizard ---------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """ImportWizard(services, parent=None, path=None). `imported(summary)` is emitted when
    the import has been written."""

    imported = Signal(object)

    def __init__(self, services, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Import pupils"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.path: Path | None = None
        self.table = None
        self.mapping: dict[str, int] = {}
        self.default_language = "kk"
        self.plan = None
        self.summary = None
        self._jobs: list[Task] = []
        self._read_job = self._plan_job = None
        self._progress: QProgressDialog | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        fit_to_screen(self, 1000, 700)
        if path is not None:
            self.load(Path(path))

    # --- work on the worker thread ---------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(job.pending for job in self._jobs)

    def _start(self, work, on_done, on_failed) -> Task:
        """`work(task)` on a worker thread; then `on_done(task, result)` or
        `on_failed(task, exception)` here (widgets/tasks.py)."""
        task = Task("import")
        self._jobs = [j for j in self._jobs if j.pending] + [task]
        # On the journal's one kept thread: a new thread per step would open one more
        # connection each, and the pool closes another thread's past five (desktop/db.py).
        return task.run(lambda: work(task), lambda result: on_done(task, result),
                        lambda exc: on_failed(task, exc), worker=journal_worker())

    def _stop_jobs(self) -> None:
        """Cancel what runs and wait for it: an import rolls back, and nothing touches the
        database after the wizard (or, when locking, the journal) is closed."""
        for job in self._jobs:
            job.cancel.set()
        for job in self._jobs:
            job.wait()
        self._jobs = []

    # --- reading ---------------------------------------------------------------------------

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read `path` on the worker thread; the file page shows how it went."""
        self.path, self.table, self.plan = Path(path), None, None
        self.file_page.show_reading(self.path)

        def work(_job):
            table = read_table(path, sheet=sheet)
            return table, guess(table.header, table.rows, table.merged)

        self._read_job = self._start(work, self._read, self._read_failed)

    def _read(self, job: Task, result) -> None:
        if job is not self._read_job:
            return  # another file was chosen meanwhile
        self.table, self.mapping = result
        self.file_page.show_read(self.table)
        self.mapping_page.show_table(self.table, self.mapping)
        self.file_page.completeChanged.emit()

    def _read_failed(self, job: Task, exc) -> None:
        if job is not self._read_job:
            return
        if isinstance(exc, FileProblem):
            text = problem_text(exc.code, exc.params)
        else:
            log.error("reading a list of pupils: %s", describe_exception(exc))
            text = self.tr("The file cannot be read. The details were written to the log.")
        self.file_page.show_error(text)
        if self.currentPage() is not self.file_page:
            self.restart()

    # --- the preview -----------------------------------------------------------------------

    def make_plan(self) -> None:
        self.plan = None
        self.preview_page.show_planning()
        table, mapping, language = self.table, dict(self.mapping), self.default_language
        plan = self.services.pupil_import.plan
        self._plan_job = self._start(
            lambda _job: plan(table, mapping, default_language=language),
            self._planned, self._plan_failed)

    def _planned(self, job: Task, plan) -> None:
        if job is not self._plan_job:
            return  # Back and Next again: a newer preview is on its way
        self.plan = plan
        self.preview_page.show_plan(plan)

    def _plan_failed(self, job: Task, exc) -> None:
        if job is not self._plan_job:
            return
        self.preview_page.busy.hide()
        self.preview_page.counts.clear()
        self.preview_page.show_status(self._failure_text(exc, "making the preview"))
        self.preview_page.completeChanged.emit()

    # --- the import ------------------------------------------------------------------------

    def accept(self) -> None:
        """Import clicked: write on the worker thread, with progress and Cancel."""
        plan = self.plan
        if plan is None or self.busy or not self.preview_page.isComplete():
            return
        mark_left = self.preview_page.mark_left.isChecked()
        total = plan.count("add") + plan.count("update") + (len(plan.missing) if mark_left else 0)
        progress = QProgressDialog(self.tr("Importing pupils…"), self.tr("Cancel"), 0,
                                   max(total, 1), self)
        progress.setWindowTitle(self.tr("Import pupils"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self._progress = progress
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        apply = self.services.pupil_import.apply

        def work(job):
            return apply(plan, mark_left=mark_left,
                         progress=lambda done, _total: job.progress.emit(done, total),
                         cancelled=job.cancel.is_set)

        job = self._start(work, self._applied, self._apply_failed)
        job.progress.connect(self._progressed)
        progress.canceled.connect(job.cancel.set)
        progress.show()

    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _applied(self, _job: Task, summary) -> None:
        self._close_progress()
        self.summary = summary
        self.imported.emit(summary)
        super().accept()

    def _apply_failed(self, _job: Task, exc) -> None:
        self._close_progress()
        page = self.preview_page
        if isinstance(exc, ImportCancelled):
            page.show_status(self.tr("The import was cancelled; nothing was changed."),
                             error=False)
            page.completeChanged.emit()
        elif isinstance(exc, PlanOutdated):
            self.make_plan()
            page.show_status(self.tr(
                "The journal changed while you were looking at the preview, so nothing was "
                "imported. The preview has been made again: check it and click Import."))
        else:
            page.show_status(self._failure_text(exc, "importing pupils"))
            page.completeChanged.emit()

    def _failure_text(self, exc, doing: str) -> str:
        if isinstance(exc, NotAllowed):
            return message("not_allowed")
        log.error("%s: %s", doing, describe_exception(exc))
        return self.tr("Something went wrong and nothing was imported. The details were "
                       "written to the log.")

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        """Closing (Cancel, Esc, a lock) stops the work first; an import rolls back."""
        self._stop_jobs()
        self._close_progress()
        super().done(result)
