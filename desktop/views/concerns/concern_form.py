"""A concern (обращение): who raised it, how it came, about which pupils, what was said,
and the school's responses against the two clocks (acknowledge, answer in writing).

Responses are saved as soon as they are added, edited or removed (each in a small dialog):
the clocks change at once. On a concern not saved yet, "Add response…" saves it first.
A concern about a pupil who already has an open concern says so at the top, with a link
to the earlier one, as soon as the pupil is chosen."""

import html
import uuid
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...models.concern import ConcernInput, ConcernRead, EarlierConcern, ResponseInput, ResponseRead
from ...models.enums import ConcernSource, ResponseKind
from ...models.rules import check_concern
from ...services.context import CONCERNS_WRITE
from ...services.errors import NotAllowed, NotFound
from ..widgets.colors import ALERT
from .concern_clock import ack_line, answer_line, unknown_years_line
from ..widgets.field_form import FieldForm, make_banner
from ..widgets.fmt import format_date, format_datetime, from_qdate, from_qdatetime, to_qdatetime
from ..widgets.form_widgets import (
    add_under, button_row, chain_tab_order, code_combo, combo_value, date_edit, datetime_edit, hint_label,
    rows_high, set_combo, text_box,
)
from ..widgets.labels import label
from ..widgets.list_page import ColumnFit
from ..widgets.messages import message
from ..pupils.pupil_list import PupilListMixin, pupil_list
from ..record_actions import open_concern
from ..widgets.record_dialog import RecordDialog, fit_to_screen


ID_ROLE = Qt.ItemDataRole.UserRole
DATE_COL, KIND_COL, BY_COL, NOTE_COL = range(4)
NOTICE_STYLE = ("background: #fff4e5; color: #5f3b00; border: 1px solid #f0a030;"
                " border-radius: 4px; padding: 8px;")
LATE_STYLE = f"color: {ALERT.name()}; font-weight: bold;"
WARN_STYLE = "color: #9a5b00;"  # something to check, not an error


class ConcernDialog(PupilListMixin, RecordDialog):
    draft_kind, draft_id_attr = "concern", "concern_id"

    def __init__(self, services, concern_id: uuid.UUID | None = None,
                 pupil_ids: Iterable[uuid.UUID] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.concern_id = concern_id
        self._read: ConcernRead | None = None
        self._earlier: EarlierConcern | None = None
        self._stashed_name = ""
        self._stay_open = False
        self.response_dialog: ResponseDialog | None = None
        self.can_write = services.ctx.can(CONCERNS_WRITE)
        self.setWindowTitle(self.tr("New concern") if concern_id is None else self.tr("Concern"))
        self.setMinimumSize(680, 600)
        fit_to_screen(self, 820, 860)
        now = services.ctx.now().replace(second=0, microsecond=0)

        # A second concern about a pupil while one is open: said first, with a link.
        self.repeat_notice = QLabel()
        self.repeat_notice.setObjectName("repeatNotice")
        self.repeat_notice.setWordWrap(True)
        self.repeat_notice.setStyleSheet(NOTICE_STYLE)
        self.repeat_notice.setTextFormat(Qt.TextFormat.RichText)
        self.repeat_notice.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.repeat_notice.linkActivated.connect(lambda _href: self.open_earlier())
        self.form.addRow(self.repeat_notice)

        self.received_at = self.add_field("received_at", self.tr("&Received"), datetime_edit(now))
        self.source = self.add_field("source", self.tr("&From"),
                                     code_combo("concern_source", empty=self.tr("— choose —")))
        self.from_name = self.add_field("from_name", self.tr("&Who raised it"), QLineEdit())
        self.contact = self.add_field("contact", self.tr("C&ontact"), QLineEdit())
        self.contact.setPlaceholderText(self.tr("Phone, e-mail or messenger"))
        self.channel = self.add_field("channel", self.tr("C&hannel"),
                                      code_combo("channel", empty=self.tr("— choose —")))

        self.pupil_ids = self.add_field("pupil_ids", self.tr("&Pupils"), pupil_list())
        self.pupil_ids.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rows_high(self.pupil_ids, 3)
        self.add_pupils_button = QPushButton(self.tr("&Add pupils…"))
        self.remove_pupil_button = QPushButton(self.tr("Re&move"))
        self.no_pupils_hint = hint_label(self.tr(
            "No pupil named: say in the summary whom the concern is about (a class, a group). "
            "It will not appear in any pupil's chronology."))
        add_under(self.pupil_ids, button_row(self.add_pupils_button, self.remove_pupil_button),
                  self.no_pupils_hint)

        self.summary = self.add_field("summary", self.tr("What was sa&id"), text_box(6, grow=True))
        self.summary.setPlaceholderText(self.tr("The concern in the words it was put, as fully as "
                                                "you can"))

        deadlines = QWidget()
        lay = QVBoxLayout(deadlines)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.ack_label = QLabel()
        self.ack_label.setObjectName("ackClock")
        self.answer_label = QLabel()
        self.answer_label.setObjectName("answerClock")
        self.unknown_holidays_label = QLabel()  # shown when the holidays are not known
        self.unknown_holidays_label.setObjectName("unknownHolidays")
        for w in (self.ack_label, self.answer_label, self.unknown_holidays_label):
            w.setWordWrap(True)
            w.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(w)
        self.add_field("deadlines", self.tr("Deadlines"), deadlines)

        self.responses = self.add_field("responses", self.tr("Responses"), QTableWidget(0, 4))
        table = self.responses
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Response"), self.tr("By"),
                                         self.tr("Note")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fm = table.fontMetrics()
        fit = ColumnFit(table)  # narrower than wanted: the columns give way, the note shows
        for col, sample in ((DATE_COL, format_date(date(2026, 12, 28))),
                            (KIND_COL, max((label("response_kind", k) for k in ResponseKind),
                                           key=fm.horizontalAdvance)),
                            (BY_COL, "Сәрсенбаева Әйгерім Маратқызы")):
            title = table.horizontalHeaderItem(col).text()
            table.setColumnWidth(col, max(fm.horizontalAdvance(sample),
                                          fm.horizontalAdvance(title)) + 24)
            fit.preferred[col] = table.columnWidth(col)
        rows_high(table, 5)
        self.add_response_button = QPushButton(self.tr("Add respo&nse…"))
        self.edit_response_button = QPushButton(self.tr("&Edit…"))
        self.remove_response_button = QPushButton(self.tr("&Delete"))
        self.responses_hint = hint_label(self.tr(
            "Responses are saved at once. Any response acknowledges the concern; only a written "
            "answer answers it."))
        add_under(table, button_row(self.add_response_button, self.edit_response_button,
                              self.remove_response_button), self.responses_hint)

        self.case_label = QLabel(self.tr("This concern is part of a bullying case."))
        self.case_label.setWordWrap(True)
        self.add_field("case_id", self.tr("Bullying case"), self.case_label)

        self.source.currentIndexChanged.connect(self._source_changed)
        self.received_at.dateTimeChanged.connect(self._received_changed)
        self.add_pupils_button.clicked.connect(self.choose_pupils)
        self.remove_pupil_button.clicked.connect(self.remove_pupil)
        self.pupil_ids.itemSelectionChanged.connect(self._update_buttons)
        self.pupil_ids.model().rowsInserted.connect(self._pupils_changed)
        self.pupil_ids.model().rowsRemoved.connect(self._pupils_changed)
        self.add_response_button.clicked.connect(self.add_response)
        self.edit_response_button.clicked.connect(self.edit_response)
        self.remove_response_button.clicked.connect(self.remove_response)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.activated.connect(lambda _index: self.edit_response())

        chain_tab_order([
            self.received_at, self.source, self.from_name, self.contact, self.channel,
            self.pupil_ids, self.add_pupils_button, self.remove_pupil_button, self.summary,
            self.responses, self.add_response_button, self.edit_response_button,
            self.remove_response_button,
        ])

        self.form.setRowVisible(self.case_label.parentWidget(), False)
        with self.quietly():
            if concern_id is not None:
                self.load(self.services.concerns.get, concern_id)
            else:
                self.add_pupils(list(pupil_ids))
        self._source_changed()
        self._pupils_changed()
        self._clocks_changed()
        self._update_buttons()
        self.received_at.setFocus()
        if not self.can_write:
            self.read_only(self.tr("Your role may read concerns but not change them."))

    # --- filling ------------------------------------------------------------------------------

    def fill(self, c: ConcernRead) -> None:
        self._read = c
        self.concern_id = c.id
        self.setWindowTitle(self.tr("Concern of {when}").format(when=format_datetime(c.received_at)))
        self.received_at.setDateTime(to_qdatetime(c.received_at))
        set_combo(self.source, c.source)
        self.from_name.setText(c.from_name)
        self.contact.setText(c.contact)
        set_combo(self.channel, c.channel)
        self.show_pupils(c.pupils)
        self.summary.setPlainText(c.summary)
        self._fill_responses(c.responses)
        self.form.setRowVisible(self.case_label.parentWidget(), c.case_id is not None)
        self._received_changed()

    def _fill_responses(self, responses: tuple[ResponseRead, ...]) -> None:
        table = self.responses
        table.setRowCount(0)
        for r in responses:
            row = table.rowCount()
            table.insertRow(row)
            for col, text in ((DATE_COL, format_date(r.on_date)),
                              (KIND_COL, label("response_kind", r.kind)),
                              (BY_COL, r.by), (NOTE_COL, r.note.split("\n", 1)[0])):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                item.setToolTip(r.note if col == NOTE_COL and r.note else text)
                table.setItem(row, col, item)
        self._update_buttons()

    def _showing_saved(self) -> bool:
        """The form still shows the saved concern's date and pupils: its stored deadlines
        and link hold (otherwise they are worked out again for what is on screen)."""
        c = self._read
        return (c is not None
                and from_qdatetime(self.received_at.dateTime()).date() == c.received_at.date()
                and sorted(self.chosen_ids()) == sorted(p.id for p in c.pupils))

    # --- source -----------------------------------------------------------------------------

    def _source_changed(self, *_args) -> None:
        anonymous = combo_value(self.source) == ConcernSource.ANONYMOUS.value
        if anonymous and self.from_name.isEnabled():
            self._stashed_name = self.from_name.text()
            self.from_name.clear()
        elif not anonymous and not self.from_name.isEnabled():
            if not self.from_name.text():
                self.from_name.setText(self._stashed_name)
        self.from_name.setEnabled(not anonymous)
        self.from_name.setPlaceholderText(
            self.tr("Anonymous: no name is kept") if anonymous
            else self.tr("Name, and who they are to the pupil (mother, class teacher…)"))

    # --- pupils ---------------------------------------------------------------------------------

    def _pupils_changed(self, *_args) -> None:
        self.no_pupils_hint.setVisible(self.pupil_ids.count() == 0)
        self._update_repeat()

    # --- the repeat notice and the clocks -----------------------------------------------------------

    def _update_repeat(self) -> None:
        if self._showing_saved():
            earlier = self._read.previous
        else:
            ids = self.chosen_ids()
            earlier = (self.services.concerns.earlier_open(
                ids, from_qdatetime(self.received_at.dateTime()), exclude=self.concern_id)
                if ids else None)
        self._earlier = earlier
        if earlier is not None:
            names = html.escape(earlier.pupils)
            text = (self.tr("Repeated: an earlier concern about {names} is still open.")
                    if earlier.still_open else
                    self.tr("Repeated: an earlier concern about {names} was still open when "
                            "this one came.")).format(names=names)
            link = self.tr("Open the concern of {date}").format(
                date=format_date(earlier.received_at.date()))
            self.repeat_notice.setText(f'<b>{text}</b> <a href="earlier">{html.escape(link)}</a>')
        self.form.setRowVisible(self.repeat_notice, earlier is not None)

    def repeat_shown(self) -> bool:
        return not self.repeat_notice.isHidden()

    def open_earlier(self):
        if self._earlier is None:
            return None
        return open_concern(self.services, self, concern_id=self._earlier.id)

    def _clocks_changed(self, *_args) -> None:
        if self._showing_saved():
            c = self._read
            ack = ack_line(c.ack_due, c.acknowledged_on, c.ack_days_left)
            answer = answer_line(c.answer_due, c.answered_on, c.answer_days_left)
            unknown = unknown_years_line(c.unknown_years)
        else:
            d = self.services.concerns.deadlines(from_qdatetime(self.received_at.dateTime()).date())
            ack = ack_line(d.ack_due, None, d.ack_days_left)
            answer = answer_line(d.answer_due, None, d.answer_days_left)
            unknown = unknown_years_line(d.unknown_years)
        for widget, (text, late) in ((self.ack_label, ack), (self.answer_label, answer)):
            widget.setText(text)
            widget.setStyleSheet(LATE_STYLE if late else "")
        self.unknown_holidays_label.setText(unknown)
        self.unknown_holidays_label.setStyleSheet(WARN_STYLE if unknown else "")
        self.unknown_holidays_label.setVisible(bool(unknown))

    def _received_changed(self, *_args) -> None:
        self._clocks_changed()
        self._update_repeat()

    # --- responses ------------------------------------------------------------------------------

    def current_response(self) -> ResponseRead | None:
        row = self.responses.currentRow()
        if row < 0 or self._read is None:
            return None
        rid = self.responses.item(row, DATE_COL).data(ID_ROLE)
        return next((r for r in self._read.responses if r.id == rid), None)

    def add_response(self):
        """Open the response dialog; a concern not saved yet is saved first (errors, if any,
        are shown beside their fields and nothing opens)."""
        if self.concern_id is None:
            if not self.save_and_stay_open():
                return None
        return self._open_response(None)

    def edit_response(self):
        response = self.current_response()
        if response is None or not self.can_write:
            return None
        return self._open_response(response)

    def _open_response(self, response: ResponseRead | None):
        c = self._read
        if c is None:  # the concern could not be read (deleted meanwhile)
            return None
        if response is None:
            kind = (ResponseKind.ACKNOWLEDGED.value if c.acknowledged_on is None
                    else ResponseKind.WRITTEN_ANSWER.value)
            default = ResponseInput(kind=kind, on_date=self.services.ctx.today(),
                                    by=self._default_by())
        else:
            default = response.to_input()
        dialog = ResponseDialog(self.services, c.id, response.id if response else None, default,
                                parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._response_saved)
        self.response_dialog = dialog
        dialog.open()
        return dialog

    def _default_by(self) -> str:
        account = self.services.accounts.by_user_name(self.services.ctx.actor)
        if account is not None:
            return account.display_name
        school = self.services.school.get()
        return school.psychologist if school else ""

    def remove_response(self) -> bool:
        response = self.current_response()
        if response is None or not self.can_write:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete response"))
        box.setText(self.tr("Delete the response “{kind}” of {date}? The concern's clocks "
                            "count again as if it had not been given.").format(
            kind=label("response_kind", response.kind), date=format_date(response.on_date)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        try:
            read = self.services.concerns.delete_response(response.id)
        except (NotFound, NotAllowed) as exc:
            self.show_banner(message("not_found" if isinstance(exc, NotFound) else "not_allowed"))
            return False
        self._response_saved(read)
        return True

    def _response_saved(self, read: ConcernRead) -> None:
        """A response was saved or deleted: show the new clocks; the lists read again."""
        self._read = read
        with self.quietly():
            self._fill_responses(read.responses)
        self._clocks_changed()
        self.saved.emit(read.id)

    # --- saving ---------------------------------------------------------------------------------

    def save_and_stay_open(self) -> bool:
        """Save (errors beside their fields) without closing the form."""
        self._stay_open = True
        try:
            return self.save()
        finally:
            self._stay_open = False

    def accept(self) -> None:
        if self._stay_open:
            return
        super().accept()

    def rules(self, data):
        return check_concern(data, self.services.ctx.now())

    def collect(self) -> ConcernInput:
        return ConcernInput(
            received_at=from_qdatetime(self.received_at.dateTime()),
            source=combo_value(self.source),
            channel=combo_value(self.channel),
            from_name=self.from_name.text(),
            contact=self.contact.text(),
            pupil_ids=self.chosen_ids(),
            summary=self.summary.toPlainText(),
        )

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.concern_id is None:
            saved = self.services.concerns.create(data)
        else:
            saved = self.services.concerns.update(self.concern_id, data)
        self.concern_id = saved.id
        if self._stay_open:
            with self.quietly():
                self.fill(saved)
        else:
            self._read = saved
        return saved.id

    def _update_buttons(self, *_args) -> None:
        self.remove_pupil_button.setEnabled(self.can_write and self.pupil_ids.currentRow() >= 0)
        chosen = self.can_write and self.responses.currentRow() >= 0
        self.add_response_button.setEnabled(self.can_write)
        self.edit_response_button.setEnabled(chosen)
        self.remove_response_button.setEnabled(chosen)


class ResponseDialog(QDialog):
    """One response: what was done, when, by whom; saved through the service when OK is
    pressed, errors beside their fields. `saved(ConcernRead)` carries the concern after."""

    saved = Signal(object)

    def __init__(self, services, concern_id: uuid.UUID, response_id: uuid.UUID | None,
                 data: ResponseInput, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.concern_id, self.response_id = concern_id, response_id
        self.setWindowTitle(self.tr("New response") if response_id is None
                            else self.tr("Response"))
        self.setMinimumWidth(520)

        outer = QVBoxLayout(self)
        self.banner = make_banner()
        outer.addWidget(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.fields = FieldForm(form, self.banner)
        self.kind = self.fields.add("kind", self.tr("&Response"),
                                    code_combo("response_kind", empty=self.tr("— choose —")))
        self.on_date = self.fields.add("on_date", self.tr("&Date"),
                                       date_edit(data.on_date or services.ctx.today()))
        self.by = self.fields.add("by", self.tr("&By whom"), QLineEdit())
        self.by.setPlaceholderText(self.tr("Who gave the response"))
        self.note = self.fields.add("note", self.tr("&Note"), text_box(4))
        self.note.setPlaceholderText(self.tr("What was said or agreed; the answer's outgoing "
                                             "number"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        chain_tab_order([self.kind, self.on_date, self.by, self.note])

        set_combo(self.kind, data.kind)
        self.by.setText(data.by)
        self.note.setPlainText(data.note)
        self.kind.setFocus()

    def error_text(self, name: str) -> str:
        return self.fields.error_text(name)

    def collect(self) -> ResponseInput:
        return ResponseInput(kind=combo_value(self.kind), on_date=from_qdate(self.on_date.date()),
                             by=self.by.text(), note=self.note.toPlainText())

    def save(self) -> bool:
        concerns = self.services.concerns
        if self.response_id is None:
            ok, read = self.fields.attempt(
                lambda: concerns.add_response(self.concern_id, self.collect()),
                "saving a response")
        else:
            ok, read = self.fields.attempt(
                lambda: concerns.update_response(self.response_id, self.collect()),
                "saving a response")
        if not ok:
            return False
        self.saved.emit(read)
        self.accept()
        return True

