"""Add or change a pupil: name, birth date, IIN, class, consent, guardians."""

import uuid
from datetime import date

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox, QCompleter, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QWidget,
)

from ..models.enums import ConsentStatus
from ..models.iin import InvalidIin, parse_iin
from ..models.pupil import GuardianInput, PupilInput, PupilRead
from ..services.errors import FieldError, ValidationError
from .fmt import format_date, from_qdate, to_qdate
from .form_widgets import (
    OptionalDateEdit, add_under, chain_tab_order, choice_column, choice_value, code_combo,
    combo_value, commit_table_edit, date_edit, fit_rows, hint_label, set_combo,
    setup_table,
)
from .labels import label
from .messages import message
from .record_dialog import RecordDialog

NAME_COL, RELATION_COL, PHONE_COL = 0, 1, 2
TYPICAL_AGE = 10  # where the birth-date calendar opens for a new pupil


class PupilDialog(RecordDialog):
    draft_kind, draft_id_attr = "pupil", "pupil_id"

    def __init__(self, services, pupil_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.pupil_id = pupil_id
        self.setWindowTitle(self.tr("New pupil") if pupil_id is None else self.tr("Pupil"))
        self.setMinimumSize(640, 560)
        self.resize(760, 720)
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
        digits = QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.iin)
        self.iin.setValidator(digits)
        self.iin.setMaxLength(12)
        self.iin.setPlaceholderText(self.tr("12 digits, optional"))
        self.iin_hint = hint_label()
        self.iin_hint.setObjectName("iinHint")
        add_under(self.iin, self.iin_hint)

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
        self.consent_status.currentIndexChanged.connect(self._update_enabled)
        self.active.toggled.connect(self._update_enabled)

        chain_tab_order([
            self.surname, self.given_name, self.patronymic, self.sex, self.birth_date, self.iin,
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

    def _update_iin_hint(self, *_args) -> None:
        text = self.iin.text().strip()
        if not text:
            self.iin_hint.setText("")
            self.iin_hint.hide()
            return
        self.iin_hint.show()
        if len(text) < 12:
            self.iin_hint.setText(self.tr("%n of 12 digits", "", len(text)))
            return
        try:
            info = parse_iin(text)
        except InvalidIin as e:
            self.iin_hint.setText(message(f"iin.{e.code}"))
            return
        self.iin_hint.setText(self.tr("This IIN is for: born {date}, {sex}.").format(
            date=format_date(info.birth_date), sex=label("sex", info.sex).lower()))
        # Fill what is still blank; never overwrite what the user chose.
        if self.birth_date.is_blank():
            self.birth_date.set_value(info.birth_date)
        if combo_value(self.sex) is None:
            set_combo(self.sex, info.sex)

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
        super().show_errors(ValidationError(errors))
        if self.error_text("iin"):
            self.iin_hint.hide()  # the error says it already; typing brings the hint back
        if first_row is not None:
            self.guardians.setCurrentCell(first_row, NAME_COL)

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
        )

    # --- the consent form -----------------------------------------------------------------

    def consent_form(self):
        """The consent form with the pupil's details as they are in the form now (saved or
        not), in the language of study if Kazakh or Russian, else Russian."""
        from ..models.referral_record import consent_form_data, letter_language
        from ..models.text import full_name
        from .printing import preview_consent_form, show_printing_problem

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
