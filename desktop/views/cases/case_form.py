"""A bullying case through the ДосболLIKE stages: complaint → analysis → help plan →
monitoring → closed.

The dialog shows the stages as a row of steps with the current one highlighted, over four
tabs:
- Overview: the title, when the case was opened, the pupils in their roles, who received the
  complaint and what it says, the next review. Saved with Save (Ctrl+S), like any form.
- Stages: the history (date, stage, who is responsible, note) and "Move to the next
  stage…", which asks for the date, the person and a note; a review date for monitoring,
  the outcome for closing.
- Help plan: its actions (follow-ups of the case) with due dates, overdue in red; add,
  edit, mark done.
- Linked records: the incidents, sessions and concerns of the case; link more from the
  records about its pupils, unlink, open.
Stage moves, actions and links are saved at once, each by itself: they need a saved case,
so a new case stays open after its first Save with these tabs enabled.
"""

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from ...models.case import (
    CLOSED, MONITORING, CaseInput, CaseRead, CaseRecordRef, StageInput, allowed_moves, is_back,
    closing_warnings,
)
from ...models.enums import CASE_STAGES
from ...models.validation import FieldError, ValidationError
from ...services.context import CASES_WRITE
from ...services.errors import NotFound
from ..widgets.colors import ALERT, MUTED
from ..widgets.field_form import WARNING_STYLE
from ..widgets.fmt import first_line, format_date, format_datetime, from_qdate, to_qdate
from ..calendar.calendar_note import school_day_hint
from ..widgets.form_widgets import (
    OptionalDateEdit, add_under, chain_tab_order, date_edit, hint_label,
    ignore_wheel_unless_focused, natural_width, text_box,
)
from ..widgets.labels import forms_text, label
from ..widgets.list_page import make_table, set_column_widths
from ..widgets.messages import message
from ..widgets.paged_model import ALERT_STYLE, Column, ListTableModel, RowStyle
from ..pupils.participants import ParticipantsEditor
from ..record_actions import CONCERN, OBSERVATION, SESSION, open_follow_up, open_record
from ..widgets.record_dialog import RecordDialog, fit_to_screen

REVIEW_DAYS = 14  # the first review, two weeks after monitoring starts (a convention)
_STAGES = [s.value for s in CASE_STAGES]



# --- the steps ------------------------------------------------------------------------------


class StageSteps(QWidget):
    """The five stages in a row, complaint → … → closed: those passed plain, the current one
    highlighted, those ahead greyed."""

    CURRENT = ("background: palette(highlight); color: palette(highlighted-text);"
               " border-radius: 4px; padding: 3px 8px; font-weight: bold;")
    PASSED = "padding: 3px 8px;"
    AHEAD = f"padding: 3px 8px; color: {MUTED.name()};"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.steps: dict[str, QLabel] = {}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 6)
        lay.setSpacing(2)
        for i, stage in enumerate(_STAGES):
            if i:
                arrow = QLabel("→")
                arrow.setStyleSheet(f"color: {MUTED.name()};")
                lay.addWidget(arrow)
            step = QLabel(label("case_stage", stage))
            step.setObjectName(f"step_{stage}")
            lay.addWidget(step)
            self.steps[stage] = step
        lay.addStretch(1)
        self._current = ""
        self.set_stage(_STAGES[0])

    @property
    def current(self) -> str:
        return self._current

    def set_stage(self, stage: str) -> None:
        self._current = stage
        at = _STAGES.index(stage) if stage in _STAGES else 0
        for i, (code, step) in enumerate(self.steps.items()):
            step.setStyleSheet(self.CURRENT if i == at else self.PASSED if i < at else self.AHEAD)
        self.setAccessibleName(self.tr("Current stage: {stage}").format(
            stage=label("case_stage", stage)))
        self.setToolTip(self.accessibleName())


# --- moving a case to another stage ---------------------------------------------------------------


class StageDialog(RecordDialog):
    """Move a case: to the next stage, to closed (with the outcome) or back (with a note)."""

    draft_kind, draft_id_attr = "case_stage", "case_id"

    def __init__(self, services, case: CaseRead, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.case = services, case
        self.case_id = case.id  # its draft belongs to the case
        today = services.ctx.today()
        self.setWindowTitle(self.tr("Reopen the case") if case.closed
                            else self.tr("Move the case to another stage"))
        self.setMinimumSize(560, 460)
        last = case.stages[-1] if case.stages else None

        now = QLabel(self.tr("Now: {stage}, since {date}").format(
            stage=label("case_stage", case.stage),
            date=format_date(last.on_date if last else case.opened_on)))
        now.setObjectName("nowLabel")
        self.form.addRow(now)

        stage = QComboBox()
        for code in allowed_moves(case.stage):
            text = (self.tr("Back to: {stage}").format(stage=label("case_stage", code))
                    if is_back(case.stage, code) else label("case_stage", code))
            stage.addItem(text, code)
        stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        natural_width(stage)
        ignore_wheel_unless_focused(stage)
        self.stage = self.add_field("stage", self.tr("&Move to"), stage)
        self.on_date = self.add_field("on_date", self.tr("&Date"), date_edit(today))
        self.responsible = self.add_field("responsible", self.tr("&Responsible"), QLineEdit())
        self.responsible.setPlaceholderText(self.tr("Who leads this stage"))
        self.note = self.add_field("note", self.tr("&Note"), text_box(4, grow=True))
        self.back_hint = hint_label(self.tr("Going back a stage: say why in the note."))
        add_under(self.note, self.back_hint)
        self.review_date = self.add_field("review_date", self.tr("Next re&view"),
                                          date_edit(services.calendar.school_day(
                                              today + timedelta(days=REVIEW_DAYS))))
        add_under(self.review_date, school_day_hint(services, self.review_date))
        self.outcome = self.add_field("outcome", self.tr("&Outcome"), text_box(4, grow=True))
        self.outcome.setPlaceholderText(self.tr("How the case ended: what changed for the pupils"))
        # Closing with care: what is still open is said before, and accepted by a tick.
        self.min_monitoring_days = services.warning_settings.get().min_monitoring_days
        self.closing_warning = QLabel()
        self.closing_warning.setObjectName("closingWarning")
        self.closing_warning.setWordWrap(True)
        self.closing_warning.setStyleSheet(WARNING_STYLE)
        self.close_anyway = self.add_field("close_anyway", "", QCheckBox(
            self.tr("Close the case &anyway")))
        add_under(self.outcome, self.closing_warning)
        incidents = 0 if case.closed else services.cases.open_incidents(case.id)
        self.resolve_incidents = self.add_field("resolve_incidents", "", QCheckBox(
            self.tr("Mark its open &incidents as resolved ({count})").format(count=incidents)))
        self.resolve_incidents.setChecked(True)
        self.open_incidents = incidents
        self.on_date.dateChanged.connect(self._update_rows)

        with self.quietly():
            if last is not None:
                self.responsible.setText(last.responsible)
            if case.review_date and case.review_date >= today:
                self.review_date.setDate(to_qdate(case.review_date))
            self.outcome.setPlainText(case.outcome)
        self.stage.currentIndexChanged.connect(self._update_rows)
        chain_tab_order([self.stage, self.on_date, self.responsible, self.note, self.review_date,
                         self.outcome])
        self._update_rows()
        self.stage.setFocus()

    def target(self) -> str | None:
        return self.stage.currentData()

    def _update_rows(self, *_args) -> None:
        target = self.target()
        self.form.setRowVisible(self.review_date.parentWidget(), target == MONITORING)
        self.form.setRowVisible(self.outcome.parentWidget(), target == CLOSED)
        self.back_hint.setVisible(bool(target) and is_back(self.case.stage, target))
        warnings = self.closing_warnings() if target == CLOSED else []
        self.closing_warning.setText("\n".join(message(w.code, w.params) for w in warnings))
        self.closing_warning.setVisible(bool(warnings))
        self.form.setRowVisible(self.close_anyway.parentWidget(), bool(warnings))
        self.form.setRowVisible(self.resolve_incidents.parentWidget(),
                                target == CLOSED and self.open_incidents > 0)

    def closing_warnings(self) -> list:
        """Open help-plan actions, a monitoring shorter than the school's minimum."""
        return closing_warnings(self.case, from_qdate(self.on_date.date()),
                                self.min_monitoring_days).warnings

    def collect(self) -> tuple[StageInput, str | None]:
        target = self.target()
        data = StageInput(
            stage=target,
            on_date=from_qdate(self.on_date.date()),
            responsible=self.responsible.text(),
            note=self.note.toPlainText(),
            review_date=from_qdate(self.review_date.date()) if target == MONITORING else None,
        )
        return data, (self.outcome.toPlainText() if target == CLOSED else None)

    def submit(self) -> uuid.UUID:
        data, outcome = self.collect()
        closing = data.stage == CLOSED
        if closing and self.closing_warnings() and not self.close_anyway.isChecked():
            errors = [FieldError("close_anyway", "case.close_anyway_required")]
            if not (outcome or "").strip():
                errors.insert(0, FieldError("outcome", "case.outcome_required"))
            raise ValidationError(errors)
        self.services.cases.move(
            self.case.id, data, outcome, accept_warnings=True,
            resolve_incidents=closing and self.open_incidents > 0
            and self.resolve_incidents.isChecked())
        return self.case.id


# --- choosing records to link ---------------------------------------------------------------


def record_what(r) -> str:
    """What a linked record is, in a few words: an incident's forms, a session's kind, who
    raised a concern."""
    if r.kind == OBSERVATION:
        return forms_text(r.title)
    if r.kind == SESSION:
        return label("session_kind", r.title)
    if r.kind == CONCERN:
        return label("concern_source", r.title)
    return ""


def record_columns() -> list[Column]:
    """The columns of linked and linkable records (the case form and the picker)."""
    return [
        Column(lambda: QCoreApplication.translate("CaseRecords", "Date"),
               lambda r: format_datetime(r.when), key=lambda r: r.when),
        Column(lambda: QCoreApplication.translate("CaseRecords", "Record"),
               lambda r: label("record", r.kind)),
        Column(lambda: QCoreApplication.translate("CaseRecords", "What"), record_what,
               tooltip=record_what),
        Column(lambda: QCoreApplication.translate("CaseRecords", "Pupils"), lambda r: r.pupils,
               tooltip=lambda r: r.pupils),
        Column(lambda: QCoreApplication.translate("CaseRecords", "Summary"), lambda r: r.summary,
               tooltip=lambda r: r.summary),
    ]


def _record_samples() -> list[str | None]:
    return [format_datetime(datetime(2026, 12, 28, 23, 59)), label("record", "observation"),
            label("session_kind", "teacher"), "Құдайбергенов Ерұлан, Өмірзақова Әйгерім", None]


class RecordPicker(QDialog):
    """Tick records about the case's pupils to link them to the case."""

    def __init__(self, refs: list[CaseRecordRef], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link records to the case"))
        fit_to_screen(self, 820, 420)
        self.model = ListTableModel(record_columns(), parent=self)
        self.model.set_rows(refs)
        self.table = make_table(self.model, multi=True, sortable=True)
        self.table.setObjectName("candidates")
        set_column_widths(self.table, _record_samples())
        hint = hint_label(self.tr("Incidents, sessions and concerns about the case's pupils that "
                                  "are in no case yet. Select one or more (Ctrl+click)."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.activated.connect(lambda _i: self.accept())
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)

    def selected(self) -> list[CaseRecordRef]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_object(r) for r in rows]


def pick_records(refs: list[CaseRecordRef], parent: QWidget | None = None) -> list[CaseRecordRef]:
    """Show the picker modally; the chosen records, or [] when cancelled."""
    dialog = RecordPicker(refs, parent)
    try:
        return dialog.selected() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


# --- the case ----------------------------------------------------------------------------------


class CaseDialog(RecordDialog):
    draft_kind, draft_id_attr = "case", "case_id"

    def __init__(self, services, case_id: uuid.UUID | None = None,
                 pupil_ids: Iterable[uuid.UUID] = (), observation_id: uuid.UUID | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.case: CaseRead | None = None
        self.observation_id = observation_id  # a new case from this incident: linked on save
        self._stay_open = False
        self.setWindowTitle(self.tr("New bullying case") if case_id is None
                            else self.tr("Bullying case"))
        self.setMinimumSize(760, 600)
        fit_to_screen(self, 900, 780)
        today = services.ctx.today()

        # Overview: the fields RecordDialog saves.
        self.title_edit = self.add_field("title", self.tr("T&itle"), QLineEdit())
        self.title_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        self.opened_on = self.add_field("opened_on", self.tr("Opened o&n"), date_edit(today))
        self.people = self.add_field("participants", self.tr("&Pupils and roles"),
                                     ParticipantsEditor(services))
        self.participants = self.people.table
        self.watch(self.participants)
        self.responsible = self.add_field("responsible", self.tr("Complaint received &by"),
                                          QLineEdit())
        self.responsible.setPlaceholderText(self.tr("Who took the complaint"))
        self.note = self.add_field("note", self.tr("What the &complaint says"),
                                   text_box(4, grow=True))
        self.review_date = self.add_field(
            "review_date", self.tr("Next re&view"),
            OptionalDateEdit(services.calendar.school_day(today + timedelta(days=REVIEW_DAYS)),
                             self.tr("not set")))
        add_under(self.review_date, hint_label(self.tr(
            "Needed under monitoring; once the date has passed, the case is marked as review "
            "overdue.")))
        add_under(self.review_date, school_day_hint(services, self.review_date))

        self._build_tabs()

        chain_tab_order([self.title_edit, self.opened_on, self.participants,
                         self.people.add_button, self.people.remove_button, self.responsible,
                         self.note, self.review_date])

        with self.quietly():
            school = services.school.get()
            if school and school.psychologist:
                self.responsible.setText(school.psychologist)
            if case_id is not None:
                self.load(self.services.cases.get, case_id)
            elif observation_id is not None:
                self._from_observation(observation_id)
            else:
                self.people.add_pupils(list(pupil_ids))
        self._update_parts()
        self.title_edit.setFocus()

    # --- building ---------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        outer = self.layout()
        scroll = outer.itemAt(1).widget()  # RecordDialog's form: the Overview tab
        outer.removeWidget(scroll)
        self.steps = StageSteps()
        outer.insertWidget(1, self.steps)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("&Overview"))
        self.stages_tab = self._build_stages()
        self.plan_tab = self._build_plan()
        self.records_tab = self._build_records()
        self.tabs.addTab(self.stages_tab, self.tr("S&tages"))
        self.tabs.addTab(self.plan_tab, self.tr("&Help plan"))
        self.tabs.addTab(self.records_tab, self.tr("&Linked records"))
        outer.insertWidget(2, self.tabs, 1)

    def _build_stages(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        self.stage_summary = QLabel()
        self.stage_summary.setObjectName("stageSummary")
        self.stage_summary.setWordWrap(True)
        self.stage_summary.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.stage_summary)
        self.history = ListTableModel([
            Column(lambda: self.tr("Date"), lambda e: format_date(e.on_date),
                   key=lambda e: e.on_date),
            Column(lambda: self.tr("Stage"), lambda e: label("case_stage", e.stage)),
            Column(lambda: self.tr("Responsible"), lambda e: e.responsible,
                   tooltip=lambda e: e.responsible),
            Column(lambda: self.tr("Note"), lambda e: first_line(e.note), tooltip=lambda e: e.note),
        ], parent=self)
        self.history_view = make_table(self.history, sortable=True)
        self.history_view.setObjectName("stageHistory")
        set_column_widths(self.history_view, [
            format_date(date(2026, 12, 28)), label("case_stage", "monitoring"),
            "Сәрсенбаева Гүлнұр Маратқызы", None])
        lay.addWidget(self.history_view, 1)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("outcomeLabel")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome_label.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.outcome_label)
        row = QHBoxLayout()
        self.move_button = QPushButton(self.tr("&Move to the next stage…"))
        self.move_button.clicked.connect(self.move_stage)
        row.addWidget(self.move_button)
        row.addStretch(1)
        lay.addLayout(row)
        return tab

    def _build_plan(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        self.actions = ListTableModel([
            Column(lambda: self.tr("Due"), lambda a: format_date(a.due_date),
                   key=lambda a: a.due_date),
            Column(lambda: self.tr("Pupil"), lambda a: a.pupil.full_name,
                   tooltip=lambda a: a.pupil.full_name),
            Column(lambda: self.tr("Action"), lambda a: first_line(a.what), tooltip=lambda a: a.what),
            Column(lambda: self.tr("Responsible"), lambda a: a.responsible,
                   tooltip=lambda a: a.responsible),
            Column(lambda: self.tr("Status"), self._action_status),
        ], row_style=self._action_style, parent=self)
        self.actions_view = make_table(self.actions, sortable=True)
        self.actions_view.setObjectName("helpPlan")
        self.actions_view.activated.connect(lambda _i: self.edit_action())
        set_column_widths(self.actions_view, [
            format_date(date(2026, 12, 28)), "Құдайбергенов Ерұлан Қуанышұлы", None,
            "Сәрсенбаева Гүлнұр Маратқызы",
            self.tr("Done {date}").format(date=format_date(date(2026, 12, 28)))])
        header = self.actions_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.actions_view, 1)
        self.plan_empty = hint_label(self.tr(
            "No actions yet. Add what will be done for the pupils, by whom and by when."))
        lay.addWidget(self.plan_empty)
        row = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("&Add action…"))
        self.edit_action_button = QPushButton(self.tr("&Edit…"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.done_button.clicked.connect(self.mark_done)
        for b in (self.add_action_button, self.edit_action_button, self.done_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.actions_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        return tab

    def _build_records(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        self.records = ListTableModel(record_columns(), parent=self)
        self.records_view = make_table(self.records, sortable=True)
        self.records_view.setObjectName("linkedRecords")
        self.records_view.activated.connect(lambda _i: self.open_linked())
        set_column_widths(self.records_view, _record_samples())
        lay.addWidget(self.records_view, 1)
        self.records_empty = hint_label(self.tr(
            "No records linked yet. Link the incidents, sessions and concerns of this case."))
        lay.addWidget(self.records_empty)
        row = QHBoxLayout()
        self.link_button = QPushButton(self.tr("&Link records…"))
        self.unlink_button = QPushButton(self.tr("&Unlink"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.link_button.clicked.connect(self.link_records)
        self.unlink_button.clicked.connect(self.unlink_record)
        self.open_button.clicked.connect(self.open_linked)
        for b in (self.link_button, self.unlink_button, self.open_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.records_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        return tab

    # --- filling ------------------------------------------------------------------------------

    def fill(self, case: CaseRead) -> None:
        self.case = case
        self.title_edit.setText(case.title)
        self.opened_on.setDate(to_qdate(case.opened_on))
        self.people.set_participants(case.participants)
        complaint = case.complaint
        if complaint is not None:
            self.responsible.setText(complaint.responsible)
            self.note.setPlainText(complaint.note)
        self.review_date.set_value(case.review_date)

    def _from_observation(self, observation_id: uuid.UUID) -> None:
        """A new case from an incident: its pupils in their roles, its day and description."""
        try:
            o = self.services.observations.get(observation_id)
        except NotFound:
            self.observation_id = None
            return
        self.title_edit.setText(first_line(o.description)[:200])
        self.opened_on.setDate(to_qdate(min(o.occurred_at.date(), self.services.ctx.today())))
        self.people.set_participants(o.participants)
        self.note.setPlainText(o.description[:3000])

    def reload(self) -> None:
        """Read the case again after a move, an action or a link (the Overview's unsaved
        edits stay as they are; the review date follows a move to monitoring)."""
        if self.case_id is None:
            return
        try:
            self.case = self.services.cases.get(self.case_id)
        except NotFound:
            self.show_banner(message("not_found"))
            return
        with self.quietly():
            self.review_date.set_value(self.case.review_date)
        self._update_parts()

    def _update_parts(self) -> None:
        case = self.case
        saved = case is not None
        for tab in (self.stages_tab, self.plan_tab, self.records_tab):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), saved)
            self.tabs.setTabToolTip(self.tabs.indexOf(tab), "" if saved else self.tr(
                "Save the case first: then move it through the stages, plan help and link "
                "its records."))
        writable = self.services.ctx.can(CASES_WRITE)
        if not saved:
            self.steps.set_stage(_STAGES[0])
            return
        self.setWindowTitle(self.tr("Bullying case: {title}").format(title=case.title))
        self.steps.set_stage(case.stage)
        self.history.set_rows(case.stages)
        self.stage_summary.setText(self._summary(case))
        self.stage_summary.setStyleSheet(
            f"color: {ALERT.name()}; font-weight: bold;" if case.review_due else "")
        self.outcome_label.setText(self.tr("Outcome: {outcome}").format(outcome=case.outcome))
        self.outcome_label.setVisible(case.closed)
        self.move_button.setText(self.tr("&Reopen…") if case.closed
                                 else self.tr("&Move to the next stage…"))
        self.move_button.setEnabled(writable)
        self.actions.set_rows(case.actions)
        self.actions_view.setVisible(bool(case.actions))
        self.plan_empty.setVisible(not case.actions)
        self.records.set_rows(case.records)
        self.records_view.setVisible(bool(case.records))
        self.records_empty.setVisible(not case.records)
        for b in (self.add_action_button, self.link_button):
            b.setEnabled(writable)
        self._update_buttons()

    def _summary(self, case: CaseRead) -> str:
        last = case.stages[-1] if case.stages else None
        since = format_date(last.on_date) if last else format_date(case.opened_on)
        if case.closed:
            return self.tr("Closed on {date}.").format(date=format_date(case.closed_on))
        text = self.tr("Now: {stage}, since {date}.").format(
            stage=label("case_stage", case.stage), date=since)
        if case.stage == MONITORING and case.review_date:
            review = format_date(case.review_date)
            text += " " + (self.tr("Review overdue: it was due on {date}.").format(date=review)
                           if case.review_due
                           else self.tr("Next review: {date}.").format(date=review))
        return text

    def _action_status(self, a) -> str:
        if a.done_date:
            return self.tr("Done {date}").format(date=format_date(a.done_date))
        return label("followup_status", "overdue" if a.overdue else "open")

    @staticmethod
    def _action_style(a):
        if a.overdue:
            return ALERT_STYLE
        if a.done_date:
            return RowStyle(MUTED)
        return None

    def _update_buttons(self, *_args) -> None:
        writable = self.services.ctx.can(CASES_WRITE)
        action = self._current(self.actions_view, self.actions)
        self.edit_action_button.setEnabled(action is not None)
        self.done_button.setEnabled(writable and action is not None and action.done_date is None)
        record = self._current(self.records_view, self.records)
        self.unlink_button.setEnabled(writable and record is not None)
        self.open_button.setEnabled(record is not None)

    @staticmethod
    def _current(view, model):
        index = view.currentIndex()
        return model.row_object(index.row()) if index.isValid() else None

    # --- stages, actions and links: saved at once ---------------------------------------------

    def _changed(self, *_args) -> None:
        """Something of the case was saved from a tab: show it and tell the page."""
        self.reload()
        if self.case_id is not None:
            self.saved.emit(self.case_id)

    def move_stage(self) -> StageDialog | None:
        if self.case is None:
            return None
        dialog = StageDialog(self.services, self.case, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._changed)
        dialog.open()
        return dialog

    def add_action(self):
        if self.case_id is None:
            return None
        return open_follow_up(self.services, self, case_id=self.case_id, on_saved=self._changed)

    def edit_action(self):
        action = self._current(self.actions_view, self.actions)
        if action is None:
            return None
        return open_follow_up(self.services, self, follow_up_id=action.id, on_saved=self._changed)

    def mark_done(self) -> None:
        action = self._current(self.actions_view, self.actions)
        if action is None or action.done_date is not None:
            return
        try:
            self.services.followups.mark_done(action.id)
        except NotFound:
            pass  # deleted meanwhile: the reload drops it
        except ValidationError as exc:
            first = exc.errors[0]
            QMessageBox.warning(self, self.tr("Mark done"), message(first.code, first.params))
            return
        self._changed()

    def link_records(self) -> int:
        """Link the records chosen among the candidates; returns how many were linked."""
        if self.case_id is None:
            return 0
        candidates = self.services.cases.candidates(self.case_id)
        if not candidates:
            QMessageBox.information(self, self.tr("Link records"), self.tr(
                "There are no incidents, sessions or concerns about the case's pupils that are "
                "not in a case already."))
            return 0
        linked, problems = 0, []
        for ref in pick_records(candidates, self):
            try:
                self.services.cases.link(self.case_id, ref.kind, ref.id)
                linked += 1
            except NotFound:
                continue
            except ValidationError as exc:
                first = exc.errors[0]
                problems.append(message(first.code, first.params))
        if linked:
            self._changed()
        if problems:
            QMessageBox.warning(self, self.tr("Link records"), "\n".join(dict.fromkeys(problems)))
        return linked

    def unlink_record(self) -> None:
        record = self._current(self.records_view, self.records)
        if record is None or self.case_id is None:
            return
        self.services.cases.unlink(self.case_id, record.kind, record.id)
        self._changed()

    def open_linked(self):
        record = self._current(self.records_view, self.records)
        if record is None:
            return None
        return open_record(self.services, self, record.kind, record.id, on_saved=self._changed)

    # --- saving ---------------------------------------------------------------------------------

    def collect(self) -> CaseInput:
        return CaseInput(
            title=self.title_edit.text(),
            opened_on=from_qdate(self.opened_on.date()),
            participants=self.people.participants(),
            responsible=self.responsible.text(),
            note=self.note.toPlainText(),
            review_date=self.review_date.value(),
        )

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.case_id is None:
            saved = self.services.cases.create(data)
            self.case_id = saved.id
            self._stay_open = True  # now the stages, the help plan and the links
            if self.observation_id is not None:
                try:
                    saved = self.services.cases.link(saved.id, OBSERVATION, self.observation_id)
                except (ValidationError, NotFound):
                    pass  # its pupils were all taken out: the case stands without it
                self.observation_id = None
        else:
            saved = self.services.cases.update(self.case_id, data)
        self.case = saved
        return saved.id

    def accept(self) -> None:
        """A case just created stays open on its tabs; a saved change closes the form."""
        if self._stay_open:
            self._stay_open = False
            self._update_parts()
            return
        super().accept()
