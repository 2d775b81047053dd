"""A referral (направление / жолдама): the pupil, where to, the letter's language, urgency,
the reason, a summary of the case (drafted from the pupil's incidents and sessions, then
edited by hand), what the school has done, the parent's consent, and its way from draft to
closed.

While a draft everything is edited and saved with Save. "Send…" saves it, asks the date and
warns that the referral is then frozen: it gets its outgoing number and its letter is kept
as sent. After that the form is read-only except for the steps (acknowledged, feedback
received, closed), each saved at once with its date, and amendments. "Preview letter…" opens
the letter as it would print (a draft with a draft mark)."""

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...models.enums import Urgency
from ...models.referral_record import (
    ACKNOWLEDGED, CLOSED, CONSENT_NOT_REQUIRED, FEEDBACK, SENT, WRITTEN_CONSENT_REQUIRED,
    ReferralInput, ReferralRead, letter_language,
)
from ...models.validation import FieldError, ValidationError
from ...services.context import REFERRALS_WRITE
from ...services.errors import NotAllowed, NotFound
from ..pupils import pupil_picker
from ..widgets.colors import ALERT
from ..widgets.field_form import FieldForm, make_banner
from ..widgets.fmt import format_count, format_date, from_qdate
from ..widgets.form_widgets import (
    OptionalDateEdit, add_under, button_row, chain_tab_order, code_combo, combo_value, date_edit,
    hint_label, pupil_line, rows_high, set_combo, text_box,
)
from ..widgets.labels import forms_text, label
from ..widgets.messages import message
from .organisations_dialog import OrganisationDialog, organisation_title
from ..widgets.record_dialog import RecordDialog, fit_to_screen
from .printing import preview_referral, show_printing_problem


ID_ROLE = Qt.ItemDataRole.UserRole
LATE_STYLE = f"color: {ALERT.name()}; font-weight: bold;"


class ReferralDialog(RecordDialog):
    draft_kind, draft_id_attr = "referral", "referral_id"

    def __init__(self, services, referral_id: uuid.UUID | None = None,
                 pupil_ids: Iterable[uuid.UUID] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.referral_id = referral_id
        self.pupil_id: uuid.UUID | None = None
        self._read: ReferralRead | None = None
        self._stay_open = False
        self._language_chosen = False  # the user picked the language: a pupil no longer sets it
        self.step_dialog: QDialog | None = None
        self.can_write = services.ctx.can(REFERRALS_WRITE)
        self.setWindowTitle(self.tr("New referral") if referral_id is None
                            else self.tr("Referral"))
        self.setMinimumSize(680, 600)
        fit_to_screen(self, 860, 900)

        # Where it stands: number, steps and their dates; the actions on it.
        self.status_label = QLabel()
        self.status_label.setObjectName("referralStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_field("status", self.tr("Status"), self.status_label)
        self.send_button = QPushButton(self.tr("&Send…"))
        self.send_button.setToolTip(self.tr(
            "Give the referral its outgoing number and freeze it: the letter is kept as sent"))
        self.next_button = QPushButton()
        self.preview_button = QPushButton(self.tr("Pre&view letter…"))
        self.amended_button = QPushButton(self.tr("Amended cop&y…"))
        self.amended_button.setToolTip(self.tr(
            "The letter as sent, with the amendments made since listed at its end"))
        add_under(self.status_label, button_row(self.send_button, self.next_button,
                                          self.preview_button, self.amended_button))

        pupil_box = QWidget()
        row = QHBoxLayout(pupil_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.pupil_label = QLabel()
        self.pupil_label.setObjectName("pupilLabel")
        self.pupil_label.setWordWrap(True)
        self.choose_pupil_button = QPushButton(self.tr("&Choose pupil…"))
        row.addWidget(self.pupil_label, 1)
        row.addWidget(self.choose_pupil_button)
        pupil_box.setFocusProxy(self.choose_pupil_button)
        self.add_field("pupil_id", self.tr("Pupil"), pupil_box)

        self.organisation = self.add_field("organisation_id", self.tr("&Organisation"),
                                           QComboBox())
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_organisation_button = QPushButton(self.tr("&New organisation…"))
        add_under(self.organisation, button_row(self.new_organisation_button))
        self.language = self.add_field("language", self.tr("Letter &language"),
                                       code_combo("letter_language"))
        self.urgency = self.add_field("urgency", self.tr("&Urgency"), code_combo("urgency"))

        self.reason = self.add_field("reason", self.tr("&Reason"), text_box(3))
        self.reason.setPlaceholderText(self.tr("Why the pupil is referred, in a sentence or two"))
        self.summary = self.add_field("summary", self.tr("Su&mmary of the case"),
                                      text_box(7, grow=True))
        self.summary.setPlaceholderText(self.tr(
            "What happened and when; draft it from the pupil's records, then edit it"))
        self.draft_button = QPushButton(self.tr("&Draft from records…"))
        self.draft_button.setToolTip(self.tr(
            "Choose incidents and sessions: their dates, forms, roles, reasons and outcomes "
            "are written here (never session notes)"))
        add_under(self.summary, button_row(self.draft_button))
        self.measures = self.add_field("measures", self.tr("M&easures already taken"),
                                       text_box(4))
        self.measures.setPlaceholderText(self.tr("What the school has already done"))

        self.consent_by = self.add_field("consent_by", self.tr("Consent &given by"), QLineEdit())
        self.consent_by.setPlaceholderText(self.tr("The parent or legal representative"))
        self.consent_date = self.add_field(
            "consent_date", self.tr("Consent da&te"),
            OptionalDateEdit(services.ctx.today(), self.tr("not entered")))
        self.consent_how = self.add_field("consent_how", self.tr("Consent &how"),
                                          code_combo("consent_how", empty=self.tr("— choose —")))
        self.consent_hint = hint_label("")
        add_under(self.consent_how, self.consent_hint)
        self.no_consent_reason = self.add_field(
            "no_consent_reason", self.tr("&Why it cannot wait"), text_box(3))
        self.no_consent_reason.setPlaceholderText(self.tr(
            "Urgent, without consent: why the referral could not wait for it"))

        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("feedbackText")
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_field("feedback", self.tr("Feedback"), self.feedback_label)

        self.amendments = self.add_field("amendments", self.tr("Amendments"), QTableWidget(0, 2))
        table = self.amendments
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What changed")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        rows_high(table, 3)
        self.amend_button = QPushButton(self.tr("Add &amendment…"))
        add_under(table, button_row(self.amend_button), hint_label(self.tr(
            "A sent referral is not changed: what changes later is added here with its date. "
            "The letter as sent stays as it was; the amended copy lists these at its end.")))

        self.choose_pupil_button.clicked.connect(self.choose_pupil)
        self.new_organisation_button.clicked.connect(self.new_organisation)
        self.language.activated.connect(self._language_picked)
        self.urgency.currentIndexChanged.connect(self._update_consent)
        self.organisation.currentIndexChanged.connect(self._update_consent)
        self.draft_button.clicked.connect(self.draft_summary)
        self.send_button.clicked.connect(self.send)
        self.next_button.clicked.connect(self.next_step)
        self.preview_button.clicked.connect(lambda: self.preview())
        self.amended_button.clicked.connect(lambda: self.preview(amended=True))
        self.amend_button.clicked.connect(self.add_amendment)

        chain_tab_order([
            self.choose_pupil_button, self.organisation, self.new_organisation_button,
            self.language, self.urgency, self.reason, self.summary, self.draft_button,
            self.measures, self.consent_by, self.consent_date, self.consent_how,
            self.no_consent_reason, self.send_button, self.next_button, self.preview_button,
            self.amended_button, self.amend_button,
        ])

        with self.quietly():
            self._fill_organisations(None)
            set_combo(self.language, "ru")
            set_combo(self.urgency, Urgency.ROUTINE.value)
            if referral_id is not None:
                self.load(self.services.referrals.get, referral_id)
            else:
                ids = list(pupil_ids)
                self._set_pupil(ids[0] if ids else None)
        self._update_state()
        self.choose_pupil_button.setFocus()

    # --- filling ------------------------------------------------------------------------------

    def fill(self, r: ReferralRead) -> None:
        self._read = r
        self.referral_id = r.id
        self.setWindowTitle(
            self.tr("Referral No. {number}: {pupil}").format(number=r.number,
                                                             pupil=r.pupil.full_name)
            if r.number else self.tr("Draft referral: {pupil}").format(pupil=r.pupil.full_name))
        self.pupil_id = r.pupil.id
        self.pupil_label.setText(pupil_line(r.pupil.full_name, r.pupil.class_name))
        self._fill_organisations(r.organisation)
        self._language_chosen = True
        set_combo(self.language, r.language)
        set_combo(self.urgency, r.urgency)
        self.reason.setPlainText(r.reason)
        self.summary.setPlainText(r.summary)
        self.measures.setPlainText(r.measures)
        self.consent_by.setText(r.consent_by)
        self.consent_date.set_value(r.consent_date)
        set_combo(self.consent_how, r.consent_how or None)
        self.no_consent_reason.setPlainText(r.no_consent_reason)
        self.feedback_label.setText(r.feedback)
        self.amendments.setRowCount(0)
        for a in r.amendments:
            row = self.amendments.rowCount()
            self.amendments.insertRow(row)
            when = format_date(a.on_date)
            if a.number:  # it went out as a letter of its own
                when = self.tr("{date}, No. {number}").format(date=when, number=a.number)
            for col, text in ((0, when), (1, a.text)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, a.id)
                item.setToolTip(a.text)
                self.amendments.setItem(row, col, item)

    def _fill_organisations(self, current) -> None:
        """The active organisations of the directory, and the one the referral has even if
        it was deactivated since."""
        # Ids as text: a combo finds a string again, not a Python UUID object.
        keep = str(current.id) if current is not None else combo_value(self.organisation)
        box = self.organisation
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("— choose —"), None)
        orgs = self.services.organisations.list()
        if current is not None and all(o.id != current.id for o in orgs):
            orgs.append(current)
        self._organisation_kinds = {str(o.id): o.kind for o in orgs}
        for o in orgs:
            box.addItem(organisation_title(o), str(o.id))
            box.setItemData(box.count() - 1, label("organisation_kind", o.kind),
                            Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(max(box.findData(keep), 0))
        box.blockSignals(False)

    def _set_pupil(self, pupil_id) -> None:
        self.pupil_id = pupil_id
        if pupil_id is None:
            self.pupil_label.setText(self.tr("No pupil chosen"))
            return
        try:
            p = self.services.pupils.get(pupil_id)
        except NotFound:
            self.pupil_id = None
            self.pupil_label.setText(self.tr("No pupil chosen"))
            return
        self.pupil_label.setText(pupil_line(p.full_name, p.class_name))
        if not self._language_chosen:
            set_combo(self.language, letter_language(p.study_language))

    # --- state --------------------------------------------------------------------------------

    @property
    def frozen(self) -> bool:
        return self._read is not None and self._read.frozen

    def _update_state(self) -> None:
        r = self._read
        frozen = self.frozen
        editable = self.can_write and not frozen
        for w in (self.choose_pupil_button, self.organisation, self.new_organisation_button,
                  self.language, self.urgency, self.draft_button, self.consent_date,
                  self.consent_how):
            w.setEnabled(editable)
        for w in (self.choose_pupil_button, self.new_organisation_button, self.draft_button):
            w.setVisible(not frozen)  # nothing to choose or draft on a sent referral
        for w in (self.reason, self.summary, self.measures, self.no_consent_reason):
            w.setReadOnly(not editable)
        self.consent_by.setReadOnly(not editable)
        self.send_button.setVisible(not frozen)
        self.send_button.setEnabled(self.can_write)
        nxt = r.next_status if frozen else None
        self.next_button.setVisible(nxt is not None)
        self.next_button.setEnabled(self.can_write)
        if nxt is not None:
            self.next_button.setText({
                ACKNOWLEDGED: self.tr("Ac&knowledged…"),
                FEEDBACK: self.tr("&Feedback received…"),
                CLOSED: self.tr("Close re&ferral…"),
            }[nxt])
        has_amendments = bool(r and r.amendments)
        self.amended_button.setVisible(frozen and has_amendments)
        self.form.setRowVisible(self.feedback_label.parentWidget(), bool(r and r.feedback))
        self.form.setRowVisible(self.amendments.parentWidget(), frozen)
        self.amend_button.setEnabled(self.can_write)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        self._status_text()
        self._update_consent()
        if frozen:
            self.banner.setStyleSheet("font-weight: bold;")
            self.banner.setText(self.tr(
                "Sent on {date} as No. {number}: the referral and its letter are kept as sent. "
                "Later changes are added as amendments.").format(
                date=format_date(r.sent_on), number=r.number))
            self.banner.show()
        elif not self.can_write:
            self.read_only(self.tr("Your role may read referrals but not change them."))

    def _status_text(self) -> None:
        r = self._read
        if r is None or r.draft:
            self.status_label.setText(self.tr("Draft: not sent yet, no number."))
            self.status_label.setStyleSheet("")
            return
        steps = [self.tr("No. {number}").format(number=r.number)]
        steps += [f"{label('referral_status', s)} {format_date(d)}" for s, d in r.step_dates()]
        text = " · ".join(steps)
        if r.waiting:
            days = (self.services.ctx.today() - r.sent_on).days
            text += "\n" + self.tr("Waiting for feedback: {days} days since it was sent.").format(
                days=format_count(days))
        self.status_label.setText(text)
        self.status_label.setStyleSheet(LATE_STYLE if r.waiting else "")

    def organisation_kind(self) -> str | None:
        """The chosen organisation's kind (None when none is chosen)."""
        return getattr(self, "_organisation_kinds", {}).get(combo_value(self.organisation))

    def _update_consent(self, *_args) -> None:
        """What consent the chosen recipient needs: none for the juvenile police inspector
        and the КДНиЗП, written for the ПМПК, else consent or an urgent reason."""
        kind = self.organisation_kind()
        written_text = bool(self.no_consent_reason.toPlainText().strip())
        if kind in CONSENT_NOT_REQUIRED:
            self.consent_hint.setText(self.tr(
                "Not required for this recipient: a report to the juvenile police inspector "
                "or to the commission on minors' affairs (КДНиЗП) goes without the parents' "
                "consent, since a parent may be the one who harms the child. Consent given "
                "anyway may still be recorded."))
            self.form.setRowVisible(self.no_consent_reason.parentWidget(), written_text)
            return
        if kind in WRITTEN_CONSENT_REQUIRED:
            self.consent_hint.setText(self.tr(
                "The ПМПК needs a parent's written consent (a signed form), even when urgent: "
                "oral consent is not enough."))
        else:
            self.consent_hint.setText(self.tr(
                "A referral needs a parent's consent: who gave it, when and how. Without it "
                "only an urgent referral may go, with the reason written."))
        urgent = combo_value(self.urgency) == Urgency.URGENT.value
        self.form.setRowVisible(self.no_consent_reason.parentWidget(), urgent or written_text)

    def _language_picked(self, *_args) -> None:
        self._language_chosen = True

    # --- the pupil, the organisation, the summary -----------------------------------------------

    def choose_pupil(self) -> None:
        ids = pupil_picker.pick_pupils(self.services, self, multi=False)
        if ids:
            self._set_pupil(ids[0])
            self.mark_dirty()

    def new_organisation(self) -> OrganisationDialog:
        dialog = OrganisationDialog(self.services, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._organisation_added)
        self.organisation_dialog = dialog
        dialog.open()
        return dialog

    def _organisation_added(self, organisation_id) -> None:
        self._fill_organisations(None)
        self.organisation.setCurrentIndex(
            max(self.organisation.findData(str(organisation_id)), 0))
        self.mark_dirty()

    def draft_summary(self):
        """Choose the pupil's incidents and sessions; their summary goes into the box (after
        what is there, if anything) and stays editable."""
        if self.pupil_id is None:
            self.clear_errors()
            self.fields.show(ValidationError([_error("pupil_id", "required")]))
            return None
        dialog = DraftSummaryDialog(self.services, self.pupil_id,
                                    combo_value(self.language) or "ru", parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.drafted.connect(self._drafted)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _drafted(self, text: str, replaced: list) -> None:
        if not text:
            return
        current = self.summary.toPlainText().rstrip()
        self.summary.setPlainText(f"{current}\n\n{text}" if current else text)
        self.summary.setFocus()
        if replaced:  # shown before anything is kept: the draft is saved only on Save
            self.show_banner(self.tr(
                "Other pupils' names in the records were replaced by “another pupil”: "
                "{names}. Read the summary before saving.").format(names=", ".join(replaced)))

    # --- saving -----------------------------------------------------------------------------------

    def organisation_id(self) -> uuid.UUID | None:
        value = combo_value(self.organisation)
        return uuid.UUID(value) if value else None

    def collect(self) -> ReferralInput:
        return ReferralInput(
            pupil_id=self.pupil_id, organisation_id=self.organisation_id(),
            language=combo_value(self.language), urgency=combo_value(self.urgency),
            reason=self.reason.toPlainText(), summary=self.summary.toPlainText(),
            measures=self.measures.toPlainText(), consent_by=self.consent_by.text(),
            consent_date=self.consent_date.value(), consent_how=combo_value(self.consent_how),
            no_consent_reason=self.no_consent_reason.toPlainText(),
            case_id=self._read.case_id if self._read else None)

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.referral_id is None:
            saved = self.services.referrals.create(data)
        else:
            saved = self.services.referrals.update(self.referral_id, data)
        self.referral_id = saved.id
        with self.quietly():
            self.fill(saved)
        self._update_state()
        return saved.id

    def save_and_stay_open(self) -> bool:
        self._stay_open = True
        try:
            return self.save()
        finally:
            self._stay_open = False

    def accept(self) -> None:
        if self._stay_open:
            return
        super().accept()

    def _saved_draft(self) -> bool:
        """The draft as on screen is saved (saving it first if needed)."""
        if self.frozen:
            return True
        if self.referral_id is None or self.dirty:
            return self.save_and_stay_open()
        return True

    # --- steps ----------------------------------------------------------------------------------

    def send(self):
        """Save the draft, then ask the date the letter goes out on."""
        if not self.can_write or self.frozen or not self._saved_draft():
            return None
        return self._open_step(SENT)

    def next_step(self):
        r = self._read
        if r is None or not self.can_write or r.next_status is None:
            return None
        return self._open_step(r.next_status)

    def _open_step(self, status: str):
        dialog = StepDialog(self.services, self.referral_id, status, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._stepped)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def add_amendment(self):
        if self._read is None or not self.frozen or not self.can_write:
            return None
        dialog = AmendmentDialog(self.services, self.referral_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._stepped)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _stepped(self, read: ReferralRead) -> None:
        """A step or an amendment was saved: show it; the lists read again."""
        with self.quietly():
            self.fill(read)
        self._dirty = False
        self.clear_errors()
        self._update_state()
        self.saved.emit(read.id)

    # --- the letter -------------------------------------------------------------------------------

    def preview(self, amended: bool = False):
        """The letter in the PDF preview (a draft is saved first)."""
        if not self._saved_draft():
            return None
        try:
            return preview_referral(self.services, self, self.referral_id, amended=amended)
        except (NotFound, NotAllowed) as exc:
            self.show_banner(message("not_found" if isinstance(exc, NotFound)
                                     else "not_allowed"))
        except Exception as exc:  # noqa: BLE001 - a plain message, the log the stack
            show_printing_problem(self, exc)
        return None


# --- the small dialogs ------------------------------------------------------------------------


class _SmallDialog(QDialog):
    """A few fields, errors beside them (others in the banner), OK and Cancel; `saved`
    carries the referral after the service took the change."""

    saved = Signal(object)

    def __init__(self, services, referral_id, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.referral_id = services, referral_id
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        self.banner = make_banner()
        outer.addWidget(self.banner)
        self.intro = hint_label()
        outer.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.fields = FieldForm(form, self.banner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.outer = outer

    def finish_layout(self) -> None:
        self.outer.addWidget(self.buttons)

    def error_text(self, name: str) -> str:
        return self.fields.error_text(name)

    def apply(self) -> ReferralRead:
        raise NotImplementedError

    def save(self) -> bool:
        ok, read = self.fields.attempt(self.apply, "a referral step")
        if not ok:
            return False
        self.saved.emit(read)
        self.accept()
        return True


class StepDialog(_SmallDialog):
    """Send (with the warning that the referral is then frozen), or the next step, with its
    date; "feedback received" with what the organisation answered."""

    def __init__(self, services, referral_id, status: str, parent: QWidget | None = None):
        super().__init__(services, referral_id, parent)
        self.status = status
        titles = {SENT: self.tr("Send the referral"),
                  ACKNOWLEDGED: self.tr("The organisation acknowledged the referral"),
                  FEEDBACK: self.tr("The organisation's feedback"),
                  CLOSED: self.tr("Close the referral")}
        self.setWindowTitle(titles[status])
        if status == SENT:
            self.intro.setText(self.tr(
                "The referral gets the next outgoing number of the school year of this date, "
                "and its letter is kept exactly as it is now. After that it cannot be changed: "
                "later changes are added as amendments."))
        else:
            self.intro.setText(self.tr("Each step is saved with its date; it cannot be before "
                                       "the previous step or in the future."))
        self.on_date = self.fields.add("on_date", self.tr("&Date"),
                                       date_edit(services.ctx.today()))
        self.feedback: QPlainTextEdit | None = None
        if status == FEEDBACK:
            self.feedback = self.fields.add("feedback", self.tr("&What they answered"),
                                            text_box(5))
            self.feedback.setPlaceholderText(self.tr(
                "The organisation's findings and recommendations, its letter's number"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Send") if status == SENT else self.tr("Save"))
        self.finish_layout()
        self.on_date.setFocus()

    def apply(self) -> ReferralRead:
        on = from_qdate(self.on_date.date())
        refs = self.services.referrals
        if self.status == SENT:
            return refs.send(self.referral_id, on)
        text = self.feedback.toPlainText() if self.feedback is not None else None
        return refs.advance(self.referral_id, self.status, on, text)


class AmendmentDialog(_SmallDialog):
    def __init__(self, services, referral_id, parent: QWidget | None = None):
        super().__init__(services, referral_id, parent)
        self.setWindowTitle(self.tr("Amendment"))
        self.intro.setText(self.tr("What changed after the referral was sent, and when. The "
                                   "letter as sent is not changed."))
        self.on_date = self.fields.add("on_date", self.tr("&Date"),
                                       date_edit(services.ctx.today()))
        self.text = self.fields.add("text", self.tr("&What changed"), text_box(5))
        self.finish_layout()
        self.text.setFocus()

    def apply(self) -> ReferralRead:
        return self.services.referrals.add_amendment(
            self.referral_id, from_qdate(self.on_date.date()), self.text.toPlainText())


class DraftSummaryDialog(QDialog):
    """The pupil's incidents and sessions with check boxes; OK drafts the summary from the
    ticked ones (`drafted(str, list)`: the text and the other pupils' names replaced)."""

    drafted = Signal(str, list)  # the text, and the other pupils' names replaced in it

    def __init__(self, services, pupil_id, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.pupil_id, self.language = services, pupil_id, language
        self.setWindowTitle(self.tr("Draft the summary from records"))
        self.setMinimumSize(560, 420)
        lay = QVBoxLayout(self)
        prompt = QLabel(self.tr("&Tick the incidents and sessions the summary should tell "
                                "about:"))
        prompt.setWordWrap(True)
        lay.addWidget(prompt)
        self.records = QListWidget()
        self.records.setUniformItemSizes(True)
        prompt.setBuddy(self.records)
        lay.addWidget(self.records, 1)
        self.note = hint_label(self.tr(
            "Dates, forms of bullying, the pupil's role, reasons and outcomes are written in the "
            "letter's language; session notes never are."))
        lay.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draft"))
        self.buttons.accepted.connect(self.draft)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        for e in services.chronology.for_pupil(pupil_id):
            if e.kind == "observation":
                what = self.tr("Incident: {forms}; {role}").format(
                    forms=forms_text(e.title), role=label("role", e.role))
            elif e.kind == "session":
                what = label("session_kind", e.title)
            else:
                continue
            first = (e.summary or "").strip().split("\n", 1)[0]
            item = QListWidgetItem(f"{format_date(e.when.date())} — {what} — {first}")
            item.setData(ID_ROLE, (e.kind, e.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.records.addItem(item)
        if not self.records.count():
            self.note.setText(self.tr("No incidents or sessions are recorded for this pupil."))
        self.records.setCurrentRow(0)
        self.records.setFocus()

    def tick(self, row: int, on: bool = True) -> None:
        self.records.item(row).setCheckState(Qt.CheckState.Checked if on
                                             else Qt.CheckState.Unchecked)

    def chosen(self) -> tuple[list, list]:
        observations, sessions = [], []
        for i in range(self.records.count()):
            item = self.records.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                kind, rid = item.data(ID_ROLE)
                (observations if kind == "observation" else sessions).append(rid)
        return observations, sessions

    def draft(self) -> None:
        observations, sessions = self.chosen()
        text, replaced = "", []
        if observations or sessions:
            found = self.services.referrals.compose_summary(self.pupil_id, observations,
                                                            sessions, language=self.language)
            text, replaced = found.text, list(found.names)
        self.drafted.emit(text, replaced)
        self.accept()


def _error(field_name: str, code: str):
    return FieldError(field_name, code)

