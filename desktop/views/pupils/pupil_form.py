"""Add or change a pupil: name, birth date, IIN, class, consent, guardians."""

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox, QCompleter, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QWidget,
)

from ...models.enums import ConsentStatus
from ...models.iin import InvalidIin, normalize_iin, parse_iin
from ...models.rules import check_pupil, iin_warnings
from ...models.pupil import GuardianInput, PupilInput, PupilRead
from ...models.referral_record import consent_form_data, letter_language
from ...models.text import full_name
from ...services.errors import FieldError, ValidationError
from ..referrals.printing import preview_consent_form, show_printing_problem
from ..widgets.field_form import WARNING_STYLE
from ..widgets.fmt import format_date, from_qdate, to_qdate
from ..widgets.form_widgets import (
    OptionalDateEdit, add_under, chain_tab_order, choice_column, choice_value, code_combo,
    combo_value, commit_table_edit, date_edit, fit_rows, hint_label, set_combo,
    setup_table,
)
from ..widgets.labels import label
from ..widgets.messages import message
from ..widgets.record_dialog import RecordDialog, fit_to_screen

NAME_COL, RELATION_COL, PHONE_COL = 0, 1, 2
TYPICAL_AGE = 10  # where the birth-date calendar opens for a new pupil
# A warning, not an error: amber (views/colors.WARN), never the red of errors.


class IinValidator(QValidator):
    """Up to 12 digits. What is typed or pasted is cleaned first: spaces between digit
    groups, non-breaking spaces, a byte-order mark and zero-width characters go, and other
    scripts' digits become ASCII ones (models/iin.normalize_iin); letters are refused."""

    def validate(self, text: str, pos: int):
        digits = normalize_iin(text)
        if len(digits) > 12 or not (digits.isascii() and digits.isdigit() or digits == ""):
            return QValidator.State.Invalid
        if digits == text:
            return QValidator.State.Acceptable
        return QValidator.State.Acceptable, digits, min(pos, len(digits))


class PupilDialog(RecordDialog):
    draft_kind, draft_id_attr = "pupil", "pupil_id"

    def __init__(self, services, pupil_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.pupil_id = pupil_id
        self.setWindowTitle(self.tr("New pupil") if pupil_id is None else self.tr("Pupil"))
        self.setMinimumSize(640, 560)
        fit_to_screen(self, 760, 720)
        today = services.ctx.today()

        self.surname = self.add_field("surname", self.tr("&Surname"), QLineEdit())
        self.given_name = self.add_field("given_name", self.tr("&Given name"), QLineEdit())
        self.patronymic = self.add_field("patronymic", self.tr("&Patronymic"), QLineEdit())
        self.patronymic.setPlaceholderText(self.tr("If any"))
        self.sex = self.add_field("sex", self.tr("S&ex"),
                                  code_combo("sex", empty=self.tr("— choose —")))

        start = date(today.year - TYPICAL_AGE, 1, 1)
        self.birth_date = self.add_field(
            "birth_date", self.tr("&Birth date"), OptionalDateEdit(start, self.tr("not entered")))
        self.birth_date.setMaximumDate(to_qdate(today))

        self.iin = self.add_field("iin", self.tr("&IIN"), QLineEdit())
        # No maxLength: a pasted "070515 5 0123 4" is longer than 12 before it is cleaned.
        self.iin.setValidator(IinValidator(self.iin))
        self.iin.setPlaceholderText(self.tr("12 digits, optional"))
        self.iin_hint = hint_label()
        self.iin_hint.setObjectName("iinHint")
        # Since 2013 an IIN may differ from the birth date and sex: a warning the user may
        # accept (the box), never an error. The acceptance is kept on the pupil.
        self.iin_warning = hint_label()
        self.iin_warning.setObjectName("iinWarning")
        self.iin_warning.setStyleSheet(WARNING_STYLE)
        self.iin_warning.hide()
        self.iin_accept = QCheckBox(self.tr("The IIN is correct as &written"))
        self.iin_accept.setObjectName("iinAccept")
        self.iin_accept.setToolTip(self.tr(
            "Keep this IIN although it does not match the birth date or sex: since 2013 an "
            "IIN may differ from them. Your acceptance is recorded with the pupil."))
        self.iin_accept.hide()
        self.watch(self.iin_accept)
        self._iin_warning_key: tuple = ()
        self._iin_accepted_loaded = False
        add_under(self.iin, self.iin_hint, self.iin_warning, self.iin_accept)

        self.class_name = self.add_field("class_name", self.tr("&Class"), QLineEdit())
        self.class_name.setPlaceholderText(self.tr("7Ә"))
        self.class_name.setMaxLength(6)
        completer = QCompleter(services.pupils.classes(), self.class_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.class_name.setCompleter(completer)
        self.study_language = self.add_field(
            "study_language", self.tr("&Language of study"),
            code_combo("study_language", empty=self.tr("— choose —")))
        self.address = self.add_field("address", self.tr("&Home address"), QLineEdit())
        self.address.setPlaceholderText(self.tr("For referral letters; optional"))

        self.consent_status = self.add_field("consent_status", self.tr("Parental c&onsent"),
                                             code_combo("consent"))
        self.consent_date = self.add_field("consent_date", self.tr("Consent &date"),
                                           date_edit(today))
        self.consent_by = self.add_field("consent_by", self.tr("Consent given b&y"), QLineEdit())
        self.consent_by.setPlaceholderText(self.tr("The parent or guardian who signed"))
        self.consent_by.setMinimumWidth(  # the hint whole, in Russian too
            self.consent_by.fontMetrics().horizontalAdvance(self.consent_by.placeholderText()) + 24)
        self.consent_form_button = QPushButton(self.tr("Print consent for&m…"))
        self.consent_form_button.setToolTip(self.tr(
            "The parental consent form for psychological work, filled in with this pupil's "
            "details as they are in the form, to print and sign"))
        self.consent_form_button.clicked.connect(self.consent_form)
        consent_form_row = QWidget()
        row = QHBoxLayout(consent_form_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.consent_form_button)
        row.addStretch(1)
        add_under(self.consent_by, consent_form_row)

        self.active = self.add_field("active", self.tr("Enrolment"),
                                     QCheckBox(self.tr("S&till studying at this school")))
        self.left_date = self.add_field("left_date", self.tr("Le&ft on"), date_edit(today))

        self.guardians = self.add_field("guardians", self.tr("G&uardians"), QTableWidget(0, 3))
        self.guardians.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone")])
        setup_table(self.guardians)
        self.relations = choice_column(self.guardians, RELATION_COL, "relation",
                                       self.tr("— choose —"))
        header = self.guardians.horizontalHeader()
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PHONE_COL, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        phone_width = self.guardians.fontMetrics().horizontalAdvance("+7 777 777 77 77") + 24
        header.resizeSection(PHONE_COL, phone_width)
        fit_rows(self.guardians)
        self.guardians.setMinimumHeight(140)
        self.add_guardian_button = QPushButton(self.tr("&Add guardian"))
        self.remove_guardian_button = QPushButton(self.tr("&Remove"))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_guardian_button)
        row.addWidget(self.remove_guardian_button)
        row.addStretch(1)
        add_under(self.guardians, buttons)
        self.add_guardian_button.clicked.connect(self._add_guardian_clicked)
        self.remove_guardian_button.clicked.connect(self.remove_guardian)
        self.guardians.itemSelectionChanged.connect(self._update_buttons)

        self.iin.textChanged.connect(self._update_iin_hint)
        self.birth_date.dateChanged.connect(self._update_iin_warning)
        self.sex.currentIndexChanged.connect(self._update_iin_warning)
        self.consent_status.currentIndexChanged.connect(self._update_enabled)
        self.active.toggled.connect(self._update_enabled)

        chain_tab_order([
            self.surname, self.given_name, self.patronymic, self.sex, self.birth_date, self.iin,
            self.iin_accept,
            self.class_name, self.study_language, self.address, self.consent_status,
            self.consent_date, self.consent_by, self.consent_form_button, self.active,
            self.left_date, self.guardians,
            self.add_guardian_button, self.remove_guardian_button,
        ])

        with self.quietly():
            set_combo(self.consent_status, ConsentStatus.NOT_ASKED.value)
            self.active.setChecked(True)
            if pupil_id is not None:
                self.load(self.services.pupils.get, pupil_id)
        self._update_enabled()
        self._update_iin_hint()
        if self._iin_accepted_loaded and not self.iin_accept.isHidden():
            with self.quietly():
                self.iin_accept.setChecked(True)  # accepted when it was saved
        self._update_buttons()
        self.surname.setFocus()

    # --- filling --------------------------------------------------------------------------

    def fill(self, p: PupilRead) -> None:
        self.setWindowTitle(self.tr("Pupil: {name}").format(name=p.full_name))
        self.surname.setText(p.surname)
        self.given_name.setText(p.given_name)
        self.patronymic.setText(p.patronymic)
        set_combo(self.sex, p.sex)
        self.birth_date.set_value(p.birth_date)
        self.iin.setText(p.iin or "")
        self._iin_accepted_loaded = p.iin_mismatch_accepted_at is not None
        self.class_name.setText(p.class_name)
        set_combo(self.study_language, p.study_language)
        self.address.setText(p.address)
        set_combo(self.consent_status, p.consent_status)
        if p.consent_date:
            self.consent_date.setDate(to_qdate(p.consent_date))
        self.consent_by.setText(p.consent_by)
        self.active.setChecked(p.active)
        if p.left_date:
            self.left_date.setDate(to_qdate(p.left_date))
        self.guardians.setRowCount(0)
        for g in p.guardians:
            self.add_guardian(g.name, g.relation, g.phone)

    # --- guardians -------------------------------------------------------------------------

    def add_guardian(self, name: str = "", relation: str | None = None, phone: str = "") -> int:
        table = self.guardians
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, NAME_COL, QTableWidgetItem(name))
        table.setItem(row, RELATION_COL, self.relations.choice_item(relation))
        table.setItem(row, PHONE_COL, QTableWidgetItem(phone))
        return row

    def _add_guardian_clicked(self) -> None:
        row = self.add_guardian()
        self.guardians.setCurrentCell(row, NAME_COL)
        self.guardians.setFocus()
        self.guardians.editItem(self.guardians.item(row, NAME_COL))

    def remove_guardian(self) -> None:
        row = self.guardians.currentRow()
        if row >= 0:
            self.guardians.removeRow(row)
        self._update_buttons()

    def guardian_inputs(self) -> list[GuardianInput]:
        commit_table_edit(self.guardians)
        out = []
        self._guardian_rows: list[int] = []  # input index -> table row, for messages
        for row in range(self.guardians.rowCount()):
            name = self.guardians.item(row, NAME_COL).text()
            phone = self.guardians.item(row, PHONE_COL).text()
            relation = choice_value(self.guardians, row, RELATION_COL)
            if not (name.strip() or phone.strip() or relation):
                continue  # an empty row added by mistake
            out.append(GuardianInput(name=name, relation=relation, phone=phone))
            self._guardian_rows.append(row)
        return out

    def _update_buttons(self) -> None:
        self.remove_guardian_button.setEnabled(self.guardians.currentRow() >= 0)

    # --- live hints -------------------------------------------------------------------------

    def _consent_asked(self) -> bool:
        return combo_value(self.consent_status) in (ConsentStatus.GIVEN.value,
                                                    ConsentStatus.REFUSED.value)

    def _update_enabled(self, *_args) -> None:
        asked = self._consent_asked()
        self.consent_date.setEnabled(asked)
        self.consent_by.setEnabled(asked)
        self.left_date.setEnabled(not self.active.isChecked())

    def _iin_info(self):
        """What the IIN in the field says, or None while it is not a whole valid number."""
        try:
            return parse_iin(self.iin.text())
        except InvalidIin:
            return None

    def _update_iin_hint(self, *_args) -> None:
        text = self.iin.text().strip()
        if not text:
            self.iin_hint.setText("")
            self.iin_hint.hide()
            self._update_iin_warning()
            return
        self.iin_hint.show()
        if len(text) < 12:
            self.iin_hint.setText(self.tr("%n of 12 digits", "", len(text)))
            self._update_iin_warning()
            return
        try:
            info = parse_iin(text)
        except InvalidIin as e:
            self.iin_hint.setText(message(f"iin.{e.code}"))
            self._update_iin_warning()
            return
        if info.is_bin:
            self.iin_hint.hide()  # the warning says what it is
        elif info.birth_date is None:
            self.iin_hint.setText(self.tr(
                "The digits of this IIN do not give a birth date or sex: since 2013 they "
                "need not encode them."))
        else:
            self.iin_hint.setText(self.tr("This IIN is for: born {date}, {sex}.").format(
                date=format_date(info.birth_date), sex=label("sex", info.sex).lower()))
            # Fill what is still blank; never overwrite what the user chose.
            if self.birth_date.is_blank():
                self.birth_date.set_value(info.birth_date)
            if combo_value(self.sex) is None:
                set_combo(self.sex, info.sex)
        self._update_iin_warning()

    def _update_iin_warning(self, *_args) -> None:
        """The IIN's warnings beside it, with the box to accept them. A different warning
        (another IIN, birth date or sex) must be accepted anew: the box is cleared."""
        info = self._iin_info()
        found = [] if info is None else iin_warnings(info, self.birth_date.value(),
                                                     combo_value(self.sex))
        self._show_iin_warnings(found)

    def _show_iin_warnings(self, found: list[tuple[str, dict]]) -> None:
        # What was accepted: these warnings about this IIN for this birth date and sex.
        key = () if not found else (
            normalize_iin(self.iin.text()), self.birth_date.value(), combo_value(self.sex),
            tuple(code for code, _params in found))
        if key != self._iin_warning_key:
            self._iin_warning_key = key
            if not self._quiet:
                self.iin_accept.setChecked(False)
        if not found:
            self.iin_warning.clear()
            self.iin_warning.hide()
            self.iin_accept.hide()
            return
        self.iin_warning.setText("\n".join(
            self.tr("Warning: {text}").format(text=message(code, params))
            for code, params in found))
        self.iin_warning.show()
        self.iin_accept.show()

    def iin_warning_text(self) -> str:
        """The warning shown under the IIN ("" when none); tests read it."""
        return "" if self.iin_warning.isHidden() else self.iin_warning.text()

    # --- saving -----------------------------------------------------------------------------

    def show_errors(self, exc: ValidationError) -> None:
        """Say which guardian a message is about ("Guardian 2: …") and go to that row."""
        rows = getattr(self, "_guardian_rows", [])
        errors, first_row = [], None
        for e in exc.errors:
            parts = e.field.split(".")
            if parts[0] == "guardians" and len(parts) > 1 and parts[1].isdigit():
                index = int(parts[1])
                row = rows[index] if index < len(rows) else index
                first_row = row if first_row is None else first_row
                text = self.tr("Guardian {n}: {message}").format(
                    n=row + 1, message=message(e.code, e.params))
                # message() shows an unknown code as it is, so the ready text passes through.
                errors.append(FieldError("guardians", text))
            else:
                errors.append(e)
        super().show_errors(ValidationError(errors, exc.warnings))
        if self.error_text("iin"):
            self.iin_hint.hide()  # the error says it already; typing brings the hint back
        if exc.warnings:
            # The service's word on it; the user accepts with the box and saves again.
            self._show_iin_warnings([(w.code, w.params) for w in exc.warnings
                                     if w.field == "iin"])
            if exc.needs_acceptance:
                self.iin_accept.setFocus()
        if first_row is not None:
            self.guardians.setCurrentCell(first_row, NAME_COL)

    def rules(self, data):
        return check_pupil(data, self.services.ctx.today())

    def collect(self) -> PupilInput:
        asked = self._consent_asked()
        active = self.active.isChecked()
        return PupilInput(
            surname=self.surname.text(),
            given_name=self.given_name.text(),
            patronymic=self.patronymic.text(),
            sex=combo_value(self.sex),
            birth_date=self.birth_date.value(),
            iin=self.iin.text(),
            class_name=self.class_name.text(),
            study_language=combo_value(self.study_language),
            consent_status=combo_value(self.consent_status),
            consent_date=from_qdate(self.consent_date.date()) if asked else None,
            consent_by=self.consent_by.text() if asked else "",
            active=active,
            left_date=None if active else from_qdate(self.left_date.date()),
            guardians=self.guardian_inputs(),
            address=self.address.text(),
            iin_warnings_accepted=not self.iin_accept.isHidden() and self.iin_accept.isChecked(),
        )

    # --- the consent form -----------------------------------------------------------------

    def consent_form(self):
        """The consent form with the pupil's details as they are in the form now (saved or
        not), in the language of study if Kazakh or Russian, else Russian."""
        commit_table_edit(self.guardians)
        guardian = ""
        for row in range(self.guardians.rowCount()):
            name = self.guardians.item(row, NAME_COL).text().strip()
            if name:
                guardian = name
                break
        name = full_name(self.surname.text().strip(), self.given_name.text().strip(),
                         self.patronymic.text().strip())
        data = consent_form_data(
            self.services.school.get(), letter_language(combo_value(self.study_language)),
            name.strip(), self.class_name.text().strip(), self.birth_date.value(), guardian)
        try:
            return preview_consent_form(self.services, self, data, pupil_id=self.pupil_id)
        except Exception as exc:  # noqa: BLE001 - a plain message, the log the stack
            show_printing_problem(self, exc)
        return None

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.pupil_id is None:
            saved = self.services.pupils.create(data)
            self.pupil_id = saved.id
        else:
            saved = self.services.pupils.update(self.pupil_id, data)
        return saved.id
