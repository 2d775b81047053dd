"""The first screen for those who work with pupils: who needs attention and why, concerns
waiting for a response, this week's actions and today's planned sessions, and referrals
waiting for the organisation's feedback (shown only when there are some). A risk of
self-harm is shown on top with the 111 line and the support centre's contacts.

Every list opens its record on double-click or Enter; a pupil opens on their card. Every
list sorts by a click on a column's header. "Needs attention" has one row per pupil with all
their reasons, gravest first (a pupil with a risk of self-harm stays on top, in bold red,
however the list is sorted), and is filtered by class and by name.
"""

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QPlainTextEdit, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from ...models.attention_groups import PupilAttention, group_by_pupil
from ...models.school_class import class_sort_key
from ...models.text import collation_key
from ...models.validation import ValidationError
from ...models.warnings import Rule, Warning
from ...services.context import ATTENTION_DISMISS, REFERRALS_READ
from ...services.filters import OPEN, ListFilter
from ..widgets.fmt import first_line, format_count, format_date, format_time
from ..widgets.labels import label
from ..widgets.list_page import (
    ClassCombo, FlowLayout, SearchField, make_table, matches, parse_query, select_row,
    set_column_widths,
)
from ..widgets.messages import message
from ..widgets.paged_model import ALERT, ALERT_STYLE, Column, ListTableModel, RowStyle
from ..calendar.calendar_note import CalendarNote
from ..concerns.concern_clock import status_line, status_tip
from ..record_actions import open_concern, open_follow_up, open_referral, open_session
from .warning_text import explanation, reason
from ..widgets.record_dialog import fit_to_screen

BANNER_STYLE = ("QLabel { background: #fdecee; color: #8a0018; border: 1px solid #b00020;"
                " border-radius: 4px; padding: 8px; }")
CONCERNS_SHOWN = 50  # the nearest deadlines; the register has them all
REFERRALS_SHOWN = 50  # the longest waiting; the referrals page has them all


def _warning_style(g: PupilAttention) -> RowStyle | None:
    """A risk of self-harm in bold red, a serious incident in red: the rest in plain text,
    so that red still means something in a long list."""
    if g.self_harm:
        return ALERT_STYLE
    return RowStyle(ALERT) if g.gravest.rule == Rule.SEVERE_INCIDENT.value else None


def _clock_key(c):
    """Concerns by their clock: the overdue first, then the nearest deadline."""
    return (not c.overdue, c.answered_on is not None,
            c.answer_due if c.acknowledged_on else c.ack_due)


def _boxed(title_holder: QGroupBox, view: QTableView) -> QGroupBox:
    QVBoxLayout(title_holder).addWidget(view)
    return title_holder


@dataclass(frozen=True)
class _Read:
    """What the dashboard read from the journal, to be shown."""

    thresholds: object
    warnings: list
    groups: list  # the warnings by pupil
    concerns: list
    concerns_open: int
    actions: list
    sessions: list
    referrals: list
    referrals_waiting: int


class DismissDialog(QDialog):
    """Asks why a warning needs nothing more; the reason is required and recorded. With
    more than one of the pupil's warnings (`whys`), asks which one first."""

    def __init__(self, who: str, why: str | list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dismiss a warning"))
        whys = [why] if isinstance(why, str) else list(why)
        self.choice = QListWidget()
        self.choice.setObjectName("warningChoice")
        self.choice.addItems(whys)
        self.choice.setCurrentRow(0)
        self.choice.setVisible(len(whys) > 1)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr(
            "What was done, or why this needs nothing more (e.g. discussed at the prevention "
            "council on …)"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("&Dismiss"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        about = QLabel(f"{who}: {whys[0]}" if len(whys) == 1 else
                       self.tr("{who}: which warning needs nothing more?").format(who=who))
        about.setWordWrap(True)
        about.setBuddy(self.choice)
        lay.addWidget(about)
        lay.addWidget(self.choice)
        lay.addWidget(QLabel(self.tr("&Reason:")))
        lay.itemAt(lay.count() - 1).widget().setBuddy(self.reason)
        lay.addWidget(self.reason)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        fit_to_screen(self, 460, 260)

    def text(self) -> str:
        return self.reason.toPlainText()

    def chosen(self) -> int:
        """Which of the warnings offered is dismissed."""
        return max(self.choice.currentRow(), 0)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class AttentionPage(QWidget):
    """AttentionPage(services). `open_pupil(uuid)` asks the window to show a pupil's card;
    `changed` fires after a dismissal."""

    changed = Signal()
    open_pupil = Signal(uuid.UUID)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.thresholds = None
        self._refresher = None  # reads on the journal's worker after a save (refresh_later)
        self.warnings: list[Warning] = []
        self.groups: list[PupilAttention] = []  # one per pupil, before the filter
        self._grouped: tuple[list, list] = ([], [])  # (warnings, their groups), last read
        self._shown_on = None  # the day the warnings shown were shown (their texts say "ago")

        self.banner = QLabel()
        self.banner.setObjectName("crisisBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()

        self.attention_box = QGroupBox()
        self.warning_model = ListTableModel([
            Column(lambda: self.tr("Pupil"), lambda g: g.pupil_name),
            Column(lambda: self.tr("Class"), lambda g: g.class_name,
                   key=lambda g: class_sort_key(g.class_name)),
            Column(lambda: self.tr("Latest"), lambda g: format_date(g.latest),
                   key=lambda g: g.latest),
            Column(lambda: self.tr("Why"), self.reasons, tooltip=self.explanations,
                   key=lambda g: (g.rank, -len(g.warnings), collation_key(g.pupil_name))),
        ], row_style=_warning_style, id_of=lambda g: g.pupil_id,
            pinned=lambda g: g.self_harm)
        self.attention = make_table(self.warning_model, sortable=True)
        self.attention.setObjectName("attentionTable")
        self.attention_search = SearchField(self.attention)
        self.attention_search.setObjectName("attentionSearch")
        self.attention_search.fit_placeholder(self.tr("Find by name or class"))
        self.attention_class = ClassCombo()
        attention_filter = FlowLayout()
        attention_filter.addWidget(self.attention_search)
        attention_filter.addWidget(self.attention_class)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setObjectName("warningExplanation")
        self.open_button = QPushButton(self.tr("&Open card"))
        self.dismiss_button = QPushButton(self.tr("D&ismiss…"))
        self.dismiss_button.setToolTip(self.tr(
            "Hide this warning with a reason; a new record about the pupil raises it again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self.attention_box)
        lay.addLayout(attention_filter)
        lay.addWidget(self.attention, 1)
        lay.addWidget(self.why)
        lay.addLayout(buttons)

        self.concern_model = ListTableModel([
            Column(lambda: self.tr("Received"), lambda c: format_date(c.received_at.date()),
                   key=lambda c: c.received_at),
            Column(lambda: self.tr("About"), lambda c: c.pupils or "—",
                   tooltip=lambda c: self.tr("From: {source}").format(
                       source=label("concern_source", c.source))),
            Column(lambda: self.tr("Clock"), lambda c: status_line(c)[0],
                   tooltip=status_tip, key=_clock_key),
        ], row_style=lambda c: ALERT_STYLE if c.overdue else None)
        self.concerns = make_table(self.concern_model, sortable=True)
        self.concerns_box = _boxed(QGroupBox(), self.concerns)
        self.action_model = ListTableModel([
            Column(lambda: self.tr("Due"), lambda a: format_date(a.due_date),
                   key=lambda a: a.due_date),
            Column(lambda: self.tr("Pupil"), lambda a: f"{a.pupil_name} ({a.class_name})"),
            Column(lambda: self.tr("Responsible"), lambda a: a.responsible),
            Column(lambda: self.tr("Action"), lambda a: first_line(a.what),
                   tooltip=lambda a: a.what),
        ])
        self.actions = make_table(self.action_model, sortable=True)
        self.actions_box = _boxed(QGroupBox(), self.actions)
        self.session_model = ListTableModel([
            Column(lambda: self.tr("Time"), lambda r: format_time(r.starts_at),
                   key=lambda r: r.starts_at),
            Column(lambda: self.tr("Pupils"), lambda r: r.pupils),
            Column(lambda: self.tr("Kind"), lambda r: label("session_kind", r.kind)),
            Column(lambda: self.tr("Reason"), lambda r: r.reason),
        ])
        self.sessions = make_table(self.session_model, sortable=True)
        self.sessions_box = _boxed(QGroupBox(), self.sessions)
        self.referral_model = ListTableModel([
            Column(lambda: self.tr("Sent"), lambda r: format_date(r.sent_on),
                   key=lambda r: r.sent_on),
            Column(lambda: self.tr("Number"), lambda r: r.number,
                   key=lambda r: (r.sent_on, r.number)),
            Column(lambda: self.tr("Pupil"), lambda r: f"{r.pupil_name} ({r.class_name})"),
            Column(lambda: self.tr("Organisation"), self._organisation_name),
            Column(lambda: self.tr("Waiting"), lambda r: self.tr("{days} days").format(
                days=format_count(r.waiting_days(self.services.ctx.today()))),
                key=lambda r: r.waiting_days(self.services.ctx.today())),
        ], row_style=lambda _r: ALERT_STYLE)
        self.referrals = make_table(self.referral_model, sortable=True)
        self.referrals.setObjectName("waitingReferrals")
        self.referrals_box = _boxed(QGroupBox(), self.referrals)
        set_column_widths(self.attention, ["Жұмабаева Әйгерім Ерланқызы", "10Ә", "00.00.0000",
                                           None])
        set_column_widths(self.concerns, ["00.00.0000", "Жұмабаева Әйгерім", None])
        set_column_widths(self.actions, ["00.00.0000", "Жұмабаева Әйгерім (10Ә)",
                                         "Жұмабаева Ә. Е.", None])
        set_column_widths(self.sessions, ["00:00", "Жұмабаева Әйгерім", None, None])
        set_column_widths(self.referrals, ["00.00.0000", "999/2025-26",
                                           "Жұмабаева Әйгерім (10Ә)",
                                           "Психологиялық қолдау орталығы", None])

        grid = QGridLayout()
        grid.addWidget(self.attention_box, 0, 0)
        grid.addWidget(self.concerns_box, 0, 1)
        grid.addWidget(self.actions_box, 1, 0)
        grid.addWidget(self.sessions_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.addWidget(self.referrals_box, 2, 0, 1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        self.grid = grid
        # Where today falls in the school year, and a line with a button when the calendar
        # lacks this year or has only a guess for it.
        self.calendar_note = CalendarNote(services, show_where=True)
        self.calendar_note.calendar_changed.connect(self.refresh)
        # The lists scroll together when the screen is too low for all of them (1024×700).
        lists = QWidget()
        lists.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lists)
        outer = QVBoxLayout(self)
        outer.addWidget(self.calendar_note)
        outer.addWidget(self.banner)
        outer.addWidget(scroll, 1)

        # The window's Find action focuses the list (the page has no search box).
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.attention.selectionModel().selectionChanged.connect(self._selection_changed)
        self.attention.activated.connect(lambda _index: self.open_selected())
        self.attention_search.textChanged.connect(self._show_groups)
        self.attention_class.currentIndexChanged.connect(self._show_groups)
        self.open_button.clicked.connect(self.open_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.concerns.activated.connect(self._open_concern)
        self.actions.activated.connect(self._open_action)
        self.sessions.activated.connect(self._open_session)
        self.referrals.activated.connect(self._open_referral)
        self.dismiss_button.setVisible(services.ctx.can(ATTENTION_DISMISS))
        self.refresh()

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.calendar_note.refresh()
        self._show(self._read())

    def refresh_later(self, _changes=None) -> None:
        """As refresh(), with the reading on the journal's worker: after a save or a team
        journal's round while the dashboard is on screen (every rule over the journal)."""
        self.calendar_note.refresh()
        if self._refresher is None:
            # lazy: loads with the first save while the dashboard is shown (start-up)
            from ..widgets.tasks import Refresher

            self._refresher = Refresher(self, self._read, self._show, name="dashboard")
        self._refresher.request()

    def _read(self) -> _Read:
        """Everything the dashboard shows, read from the journal (on the GUI thread or the
        journal's worker: no widget is touched)."""
        services = self.services
        thresholds = services.warning_settings.get()
        can_referrals = services.ctx.can(REFERRALS_READ)
        referrals = services.referrals.waiting(REFERRALS_SHOWN) if can_referrals else []
        warnings = services.attention.warnings(thresholds)
        # Grouped again only when the warnings changed (the service keeps each rule's while
        # the tables it reads are unchanged: a saved session leaves the incidents' alone).
        grouped = self._grouped
        if grouped[0] != warnings:
            grouped = self._grouped = (warnings, group_by_pupil(warnings))
        return _Read(
            thresholds=thresholds,
            warnings=warnings,
            groups=grouped[1],
            concerns=services.concerns.awaiting(CONCERNS_SHOWN),
            concerns_open=services.concerns.count(ListFilter(kind=OPEN)),
            actions=services.dashboard.actions_this_week(),
            sessions=services.dashboard.sessions_today(),
            referrals=referrals,
            referrals_waiting=services.referrals.waiting_count() if referrals else 0)

    def _show(self, read: _Read) -> None:
        # The same warnings as shown (a save that raised or cleared none): the list stays as
        # it is, with the pupil the user chose and the place they scrolled to.
        if (read.groups is not self.groups or read.thresholds != self.thresholds
                or self._shown_on != self._today()):
            self.thresholds, self.warnings, self.groups = (read.thresholds, read.warnings,
                                                           read.groups)
            self._shown_on = self._today()
            self._show_warnings()
        self.concerns_box.setTitle(self.tr("Concerns awaiting a response ({n})").format(
            n=format_count(read.concerns_open)))
        self.concern_model.set_rows(read.concerns)
        self.actions_box.setTitle(self.tr("Actions due this week ({n})").format(
            n=format_count(len(read.actions))))
        self.action_model.set_rows(read.actions)
        self.sessions_box.setTitle(self.tr("Planned for today ({n})").format(
            n=format_count(len(read.sessions))))
        self.session_model.set_rows(read.sessions)
        # Referrals waiting 30 days or more for feedback; the box only when there are.
        self.referrals_box.setTitle(self.tr("Referrals waiting for feedback ({n})").format(
            n=format_count(read.referrals_waiting)))
        self.referral_model.set_rows(read.referrals)
        self.referrals_box.setVisible(bool(read.referrals))
        self.grid.setRowStretch(2, 1 if read.referrals else 0)

    def _organisation_name(self, row) -> str:
        # lazy: the organisations dialog loads when first opened, not with the dashboard
        from ..referrals.organisations_dialog import ui_language

        return row.organisation(ui_language())

    def _show_warnings(self) -> None:
        t = self.thresholds
        self.attention_class.fill(sorted({g.class_name for g in self.groups},
                                         key=class_sort_key))
        self._show_groups()
        self_harm = Rule.SELF_HARM_RISK.value  # once: an enum's value is a Python call
        risks = [w for w in self.warnings if w.rule == self_harm]
        if risks:
            names = ", ".join(f"{w.pupil_name} ({w.class_name})" for w in risks)
            centre = t.support_centre or self.tr(
                "not set: add it in Settings → Early warning")
            self.banner.setText(self.tr(
                "Risk of self-harm: {names}.\n111 contact centre for the rights of the family, "
                "women and children: {line}. Psychological support centre: {centre}.").format(
                names=names, line=t.line_111, centre=centre))
        self.banner.setVisible(bool(risks))

    def _show_groups(self, *_args) -> None:
        """The pupils matching the name and class typed or chosen; the title counts the
        pupils shown and their warnings."""
        words, grades = parse_query(self.attention_search.text())
        chosen = self.attention_class.currentData()
        if chosen:
            grades.append(chosen)
        if words or grades:
            shown = [g for g in self.groups if matches(g, words, grades)]
            count = sum(len(g.warnings) for g in shown)
        else:
            shown, count = self.groups, len(self.warnings)
        self.attention_box.setTitle(self.tr(
            "Needs attention — pupils: {pupils}, warnings: {warnings}").format(
            pupils=format_count(len(shown)), warnings=format_count(count)))
        self.warning_model.set_rows(shown)
        select_row(self.attention, 0)
        self._selection_changed()

    def reasons(self, g: PupilAttention) -> str:
        """The pupil's reasons, gravest first: «Risk of self-harm…; Targeted in 3 incidents…»."""
        today = self._today()
        return "; ".join(dict.fromkeys(reason(w, self.thresholds, today) for w in g.warnings))

    def explanations(self, g: PupilAttention) -> str:
        today = self._today()
        return "\n\n".join(dict.fromkeys(explanation(w.rule, self.thresholds, today)
                                          for w in g.warnings))

    def selected_group(self) -> PupilAttention | None:
        rows = self.attention.selectionModel().selectedRows()
        return self.warning_model.row_object(rows[0].row()) if rows else None

    def selected_warning(self) -> Warning | None:
        """The selected pupil's gravest warning."""
        g = self.selected_group()
        return g.gravest if g is not None else None

    def _selection_changed(self, *_args) -> None:
        g = self.selected_group()
        self.why.setText(self.explanations(g) if g else self.tr(
            "Nobody needs attention right now: no warning is raised and none is left open."))
        self.open_button.setEnabled(g is not None)
        self.dismiss_button.setEnabled(g is not None)

    def _today(self):
        return self.services.ctx.today()

    def focus_search(self) -> None:
        self.attention_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.attention_search.selectAll()

    def state(self) -> dict:
        return {"search": self.attention_search.text(),
                "class": self.attention_class.currentData()}

    def restore_state(self, state: dict) -> None:
        """The name and class typed or chosen; the lists are read again."""
        self.attention_class.choose(state.get("class"))
        self.attention_search.setText(state.get("search", ""))

    # --- acting ----------------------------------------------------------------------------

    def open_selected(self) -> None:
        g = self.selected_group()
        if g is not None:
            self.open_pupil.emit(g.pupil_id)

    def dismiss_selected(self) -> QDialog | None:
        """Dismiss one of the selected pupil's warnings (the dialog asks which when there
        are several)."""
        g = self.selected_group()
        if g is None:
            return None
        today = self._today()
        whys = [reason(w, self.thresholds, today) if len(g.warnings) == 1 else
                self.tr("{reason} (since {date})").format(
                    reason=reason(w, self.thresholds, today), date=format_date(w.since))
                for w in g.warnings]
        dialog = DismissDialog(f"{g.pupil_name} ({g.class_name})", whys, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            w = g.warnings[dialog.chosen()]
            try:
                self.services.attention.dismiss(w, dialog.text())
            except ValidationError as exc:
                dialog.show_error(message(exc.errors[0].code, exc.errors[0].params))
                return
            QDialog.accept(dialog)
            self.refresh()
            self.changed.emit()

        dialog.accept = done  # the dialog stays open until the reason is accepted
        dialog.open()
        return dialog

    def _open_concern(self, index) -> None:
        open_concern(self.services, self, concern_id=self.concern_model.row_id(index.row()),
                     on_saved=self._saved)

    def _open_action(self, index) -> None:
        open_follow_up(self.services, self, follow_up_id=self.action_model.row_id(index.row()),
                       on_saved=self._saved)

    def _open_session(self, index) -> None:
        open_session(self.services, self, session_id=self.session_model.row_id(index.row()),
                     on_saved=self._saved)

    def _open_referral(self, index) -> None:
        open_referral(self.services, self, referral_id=self.referral_model.row_id(index.row()),
                      on_saved=self._saved)

    def _saved(self, _record_id=None) -> None:
        self.refresh()
        self.changed.emit()
