"""One pupil's card: who the pupil is, whether a parent consented, the guardians, and the
chronology of every session, observation and follow-up, newest first."""

import html
import logging
import uuid
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QStackedWidget,
    QVBoxLayout, QWidget,
)

from ...models.iin import mask_iin
from ...models.journal import ChronologyEntry
from ...models.rules import age_on
from ...services.context import REFERRALS_WRITE, SESSIONS_WRITE
from ...logs import describe_exception
from ...services.errors import NotFound
from ..widgets.list_page import FlowLayout, make_table, select_row, set_column_widths
from ..widgets.fmt import first_line, format_date, format_datetime, shortened
from ..widgets.labels import forms_text, label
from ..widgets.tasks import Refresher
from ..widgets.paged_model import ALERT, ALERT_STYLE, MUTED, WARN, Column, ListTableModel, RowStyle
from ..record_actions import ACCOMPANIMENT, CASE, CONCERN, REFERRAL, open_referral
from ..record_actions import (
    FOLLOWUP, OBSERVATION, SESSION, open_follow_up, open_observation, open_pupil, open_record,
    open_session,
)
from ..referrals.printing import preview_consent_form, show_printing_problem
from .pupil_file_dialog import PupilFileDialog



log = logging.getLogger(__name__)
FOLLOWUP_TITLE_CHARS = 40  # a follow-up's words in the "What" column; the tooltip has them all

class ChronologyModel(ListTableModel):
    """A pupil's ChronologyEntry rows: date, record, what, summary, status."""

    def __init__(self, parent=None):
        super().__init__([
            Column(lambda: self.tr("Date"), self.when_text, key=lambda e: e.when),
            Column(lambda: self.tr("Record"), lambda e: label("record", e.kind)),
            Column(lambda: self.tr("What"), self.what_text, tooltip=self.what_tooltip),
            Column(lambda: self.tr("Status"), self.status_text),
            Column(lambda: self.tr("Summary"), lambda e: first_line(e.summary),
                   tooltip=lambda e: e.summary),
        ], row_style=self.style_of, parent=parent)

    def when_text(self, e) -> str:
        # A follow-up's date is the day it is due, a case's the day it was opened, a
        # referral's the day it was sent (a draft's: written); sessions
        # and observations have a time.
        if e.kind in (FOLLOWUP, CASE, REFERRAL, ACCOMPANIMENT):
            return format_date(e.when.date())
        return format_datetime(e.when)

    def what_text(self, e) -> str:
        if e.kind == SESSION:
            return label("session_kind", e.title)
        if e.kind == OBSERVATION:
            # The pupil's role first: it is what matters when the column is narrow.
            return self.tr("{role}, severity {severity}: {forms}").format(
                forms=forms_text(e.title), role=label("role", e.role), severity=e.severity)
        if e.kind == CONCERN:
            return self.tr("From: {source}").format(source=label("concern_source", e.title))
        if e.kind == CASE:
            role = label("role", e.role)
            return (self.tr("{role}; review overdue").format(role=role) if e.overdue
                    else self.tr("{role} in the case").format(role=role))
        if e.kind == REFERRAL:
            return self.tr("To: {organisation}").format(organisation=e.title)
        if e.kind == ACCOMPANIMENT:
            return label("accompaniment_step", e.title)
        # A follow-up says what is to be done (its first words), not only that it is due.
        return self.tr("To do: {what}").format(what=shortened(e.summary, FOLLOWUP_TITLE_CHARS))

    def what_tooltip(self, e) -> str:
        return e.summary if e.kind == FOLLOWUP else self.what_text(e)

    def status_text(self, e) -> str:
        if e.kind == SESSION:
            return label("session_status", e.status)
        if e.kind == OBSERVATION:
            return label("observation_status", e.status)
        if e.kind == CONCERN:
            return label("concern_status", "overdue" if e.overdue else e.status)
        if e.kind == CASE:
            return label("case_stage", e.status)
        if e.kind == REFERRAL:
            return label("referral_status", "waiting" if e.overdue else e.status)
        if e.kind == ACCOMPANIMENT:
            return label("accompaniment_status", e.status)
        return label("followup_status", "overdue" if e.overdue else e.status)

    @staticmethod
    def style_of(e):
        if e.overdue:
            return ALERT_STYLE
        if e.kind == OBSERVATION and e.severity >= 4:
            return RowStyle(ALERT)
        if e.status in ("cancelled", "resolved", "done", "answered", "closed"):
            return RowStyle(MUTED)
        return None


class _DetailsScroll(QScrollArea):
    """As tall as its content needs at its width, and no taller; lower when squeezed, with a
    scroll bar then."""

    def __init__(self, content: QWidget):
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self):
        hint = super().sizeHint()
        content = self.widget()
        width = max(self.viewport().width(), content.minimumSizeHint().width())
        layout = content.layout()
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else content.sizeHint().height())
        # The scroll area gives its content at least the content's minimum height.
        height = max(height, content.minimumSizeHint().height())
        return QSize(hint.width(), height + 2 * self.frameWidth())

    def minimumSizeHint(self):
        return QSize(self.widget().minimumSizeHint().width(), 60)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # a new width, a new height for the wrapped lines


class PupilCard(QWidget):
    """PupilCard(services, parent=None): `show_pupil(id)` fills it, `show_pupil(None)` shows
    the empty state. `changed` fires after anything was saved from the card."""

    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None, reads_after_save: bool = True):
        super().__init__(parent)
        self.services = services
        self._pupil = None
        # False where the window's change feed reads the card again after every save (the
        # pupils page): reading it here too read each save's chronology twice.
        self._reads_after_save = reads_after_save
        self._refresher = Refresher(self, self._read_again, self._show_again, self._read_failed,
                                    name="pupil card")

        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Choose a pupil on the left"))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED.name()};")
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.empty.setFont(font)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

    # --- building ------------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(12, 4, 4, 4)
        # The pupil's details and buttons scroll on their own when the card is low (1024×700,
        # the card below the list): nothing in them is squeezed.
        details = QWidget()
        lay = QVBoxLayout(details)
        lay.setContentsMargins(0, 0, 0, 0)
        self.details_scroll = _DetailsScroll(details)
        outer.addWidget(self.details_scroll)

        self.name_label = QLabel()
        self.name_label.setObjectName("pupilName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.name_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.class_value = self._value()
        self.age_value = self._value()
        self.sex_value = self._value()
        self.language_value = self._value()
        self.iin_value = self._value()
        self.consent_value = self._value()
        self.status_value = self._value()
        self.guardians_value = self._value()
        # One caption and value a row: narrow enough beside the list on a 1024-pixel screen,
        # in Kazakh and Russian too (four columns cut the captions there).
        rows = ((self.tr("Class"), self.class_value), (self.tr("Age"), self.age_value),
                (self.tr("Sex"), self.sex_value), (self.tr("Study language"), self.language_value),
                (self.tr("IIN"), self.iin_value), (self.tr("Consent"), self.consent_value),
                (self.tr("Status"), self.status_value), (self.tr("Guardians"), self.guardians_value))
        for row, (title, value) in enumerate(rows):
            grid.addWidget(self._caption(title), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)  # no alignment: a wrapped value gets its height
        for value in (self.class_value, self.sex_value, self.language_value,
                      self.iin_value, self.status_value):
            value.setWordWrap(False)  # short: whole, never broken inside a word
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)

        buttons = FlowLayout()
        # Alt+E, N, O, U: none of them opens a menu (File, View, Settings, Help).
        self.edit_button = QPushButton(self.tr("&Edit pupil…"))
        self.session_button = QPushButton(self.tr("&New session…"))
        self.observation_button = QPushButton(self.tr("New &observation…"))
        self.followup_button = QPushButton(self.tr("New follow-&up…"))
        # Alt+R and Alt+M: no menu takes them either.
        self.referral_button = QPushButton(self.tr("New &referral…"))
        self.consent_form_button = QPushButton(self.tr("Consent for&m…"))
        self.consent_form_button.setToolTip(self.tr(
            "The parental consent form for psychological work, filled in for this pupil, to "
            "print and sign"))
        self.file_button = QPushButton(self.tr("Pupil f&ile…"))
        self.file_button.setToolTip(self.tr(
            "The card and the chronology of a period as a PDF, for a meeting about the pupil or a "
            "hand-over"))
        self.referral_button.clicked.connect(self.new_referral)
        self.consent_form_button.clicked.connect(self.consent_form)
        self.file_button.clicked.connect(self.pupil_file)
        self.referral_button.setEnabled(self.services.ctx.can(REFERRALS_WRITE))
        self.edit_button.clicked.connect(self.edit_pupil)
        self.session_button.clicked.connect(self.new_session)
        self.observation_button.clicked.connect(self.new_observation)
        self.followup_button.clicked.connect(self.new_follow_up)
        self.session_button.setEnabled(self.services.ctx.can(SESSIONS_WRITE))
        # One row that wraps in a narrow window (1024 pixels, Kazakh and Russian words), the
        # papers to print last.
        for b in (self.edit_button, self.session_button, self.observation_button,
                  self.followup_button, self.referral_button, self.consent_form_button,
                  self.file_button):
            buttons.addWidget(b)
        lay.addSpacing(4)
        lay.addLayout(buttons)
        lay.addStretch(1)  # room to spare goes below the buttons
        lay = outer

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay.addWidget(line)

        self.chronology_title = QLabel()
        bold = self.chronology_title.font()
        bold.setBold(True)
        self.chronology_title.setFont(bold)
        lay.addWidget(self.chronology_title)
        self.chronology = ChronologyModel(self)
        self.chronology_view = make_table(self.chronology, sortable=True)
        self.chronology_view.setObjectName("chronology")
        self.chronology_view.activated.connect(self._open_entry)
        self.chronology_empty = QLabel(self.tr("Nothing recorded yet for this pupil."))
        self.chronology_empty.setStyleSheet(f"color: {MUTED.name()};")
        lay.addWidget(self.chronology_view, 1)
        lay.addWidget(self.chronology_empty)
        sample = ChronologyEntry(OBSERVATION, uuid.uuid4(), datetime(2026, 12, 28, 23, 59),
                                 "verbal", "", "monitoring", role="aggressor", severity=3)
        set_column_widths(self.chronology_view, [
            format_datetime(sample.when),
            max(label("record", OBSERVATION), label("record", CASE),
                key=self.chronology_view.fontMetrics().horizontalAdvance),
            self.chronology.what_text(sample),
            max(label("observation_status", "monitoring"), label("concern_status", "overdue"),
                label("referral_status", "waiting"),
                key=self.chronology_view.fontMetrics().horizontalAdvance), None])
        return content

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text)
        caption.setStyleSheet(f"color: {MUTED.name()};")
        return caption

    def _value(self) -> QLabel:
        value = QLabel()
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return value

    # --- showing a pupil -----------------------------------------------------------------------

    @property
    def pupil_id(self):
        return self._pupil.id if self._pupil else None

    @property
    def pupil(self):
        return self._pupil

    def show_pupil(self, pupil_id, force: bool = False) -> None:
        """Show this pupil (None: the empty state). The same pupil again is not re-read
        unless `force`."""
        if pupil_id is None:
            self._pupil = None
            self.chronology.set_rows([])
            self.stack.setCurrentIndex(0)
            return
        if not force and pupil_id == self.pupil_id:
            return
        try:
            pupil = self.services.pupils.get(pupil_id)
        except NotFound:
            self.show_pupil(None)
            return
        self._show_read(pupil, self.services.chronology.for_pupil(pupil.id))

    def _show_read(self, pupil, entries) -> None:
        """Show a pupil and their chronology as read (here, or on the journal's worker)."""
        self._pupil = pupil
        self._fill(pupil)
        # Wrapped values take new heights: laid out now, not left at the last pupil's.
        details = self.details_scroll.widget().layout()
        details.invalidate()
        details.activate()
        self.details_scroll.updateGeometry()
        self._fill_chronology(entries)
        self.stack.setCurrentIndex(1)

    def refresh(self) -> None:
        if self._pupil is not None:
            self.show_pupil(self._pupil.id, force=True)

    def refresh_later(self) -> None:
        """Read the pupil and the chronology again on the journal's worker (after a save on
        a large journal this takes longer than a frame), and show them when read."""
        if self._pupil is not None:
            self._refresher.request(self._pupil.id)

    def _read_again(self, pupil_id):
        pupil = self.services.pupils.get(pupil_id)
        return pupil, self.services.chronology.for_pupil(pupil_id)

    def _show_again(self, read) -> None:
        if read is not None and read[0].id == self.pupil_id:  # still the pupil on the card
            self._show_read(*read)

    def _read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            self.show_pupil(None)  # deleted meanwhile
        else:
            log.error("reading the pupil card again failed: %s", describe_exception(exc))

    def focus_chronology(self) -> None:
        if self._pupil is None:
            return
        self.chronology_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.chronology_view.currentIndex().isValid():
            select_row(self.chronology_view, 0)

    def _fill(self, p) -> None:
        today = self.services.ctx.today()
        self.name_label.setText(p.full_name)
        self.class_value.setText(p.class_name)
        self.age_value.setText(self.tr("{age}, born {date}").format(
            age=age_on(p.birth_date, today), date=format_date(p.birth_date)))
        self.sex_value.setText(label("sex", p.sex))
        self.language_value.setText(label("study_language", p.study_language))
        self.iin_value.setText(mask_iin(p.iin) or self.tr("not recorded"))
        self.iin_value.setToolTip(self.tr("Only the last four digits are shown.") if p.iin else "")
        self._fill_consent(p)
        if p.active:
            self.status_value.setText(self.tr("Studying"))
            self.status_value.setStyleSheet("")
        else:
            text = (self.tr("Left the school on {date}").format(date=format_date(p.left_date))
                    if p.left_date else self.tr("Left the school"))
            self.status_value.setText(text)
            self.status_value.setStyleSheet(f"color: {WARN.name()}; font-weight: bold;")
        if p.guardians:
            lines = []
            for g in p.guardians:
                line = f"{label('relation', g.relation)}: {g.name}"
                if g.phone:
                    line += f", {g.phone}"
                lines.append(html.escape(line))
            self.guardians_value.setText("<br>".join(lines))
            self.guardians_value.setStyleSheet("")
        else:
            self.guardians_value.setText(self.tr("None recorded"))
            self.guardians_value.setStyleSheet(f"color: {MUTED.name()};")

    def _fill_consent(self, p) -> None:
        when, who = format_date(p.consent_date), p.consent_by
        tip = ""
        if p.consent_status == "given":
            text = self.tr("Given on {date} by {who}").format(date=when, who=who)
            style = ""
        elif p.consent_status == "refused":
            text = self.tr("Refused on {date} by {who}").format(date=when, who=who)
            style = f"color: {ALERT.name()}; font-weight: bold;"
        else:
            text = self.tr("Not asked yet")
            style = f"color: {WARN.name()}; font-weight: bold;"
        if p.consent_status != "given":
            tip = self.tr("Diagnostics, counselling and trainings with the pupil need a parent's "
                          "written consent; without it, only an urgent crisis response.")
            referral = p.referral_consent
            if referral is not None:
                # Consent to a referral is not consent to psychological work at school:
                # shown beside the pupil's own, never counted as it.
                text += "\n" + self.tr("For a referral: {how}, on {date} by {who}").format(
                    how=label("consent_how", referral.how).lower(),
                    date=format_date(referral.given_on), who=referral.by)
                tip += " " + self.tr("The consent recorded in a referral is for that referral "
                                     "only; ask the parent for consent to psychological work "
                                     "separately.")
        self.consent_value.setText(text)
        self.consent_value.setToolTip(tip)
        self.consent_value.setStyleSheet(style)

    def _fill_chronology(self, entries) -> None:
        current = self.chronology_view.currentIndex()
        keep = self.chronology.row_id(current.row()) if current.isValid() else None
        self.chronology.set_rows(entries)
        self.chronology_title.setText(self.tr("Chronology ({count})").format(count=len(entries)))
        self.chronology_view.setVisible(bool(entries))
        self.chronology_empty.setVisible(not entries)
        if keep is not None and (row := self.chronology.find_row(keep)) >= 0:
            select_row(self.chronology_view, row)

    # --- actions -------------------------------------------------------------------------------

    def _saved(self, _record_id=None) -> None:
        if self._reads_after_save:
            self.refresh_later()
        self.changed.emit()

    def edit_pupil(self):
        if self._pupil is not None:
            return open_pupil(self.services, self, pupil_id=self._pupil.id, on_saved=self._saved)
        return None

    def new_session(self):
        if self._pupil is not None:
            return open_session(self.services, self, pupil_ids=[self._pupil.id],
                                on_saved=self._saved)
        return None

    def new_observation(self):
        if self._pupil is not None:
            return open_observation(self.services, self, pupil_ids=[self._pupil.id],
                                    on_saved=self._saved)
        return None

    def new_follow_up(self):
        if self._pupil is not None:
            return open_follow_up(self.services, self, pupil_id=self._pupil.id,
                                  on_saved=self._saved)
        return None

    def new_referral(self):
        if self._pupil is not None and self.services.ctx.can(REFERRALS_WRITE):
            return open_referral(self.services, self, pupil_ids=[self._pupil.id],
                                 on_saved=self._saved)
        return None

    def consent_form(self):
        """The consent form filled in for this pupil, in the preview to print or save."""
        if self._pupil is None:
            return None
        try:
            data = self.services.referrals.consent_form(self._pupil.id)
            return preview_consent_form(self.services, self, data, pupil_id=self._pupil.id)
        except NotFound:
            self.refresh()
        except Exception as exc:  # noqa: BLE001 - a plain message, the log the stack
            show_printing_problem(self, exc)
        return None

    def pupil_file(self):
        """Choose the period and language of the pupil file, then its preview."""
        if self._pupil is None:
            return None
        dialog = PupilFileDialog(self.services, self._pupil, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _open_entry(self, index) -> None:
        entry = self.chronology.row_object(index.row())
        if entry is not None:
            open_record(self.services, self, entry.kind, entry.id, on_saved=self._saved)
