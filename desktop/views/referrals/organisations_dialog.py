"""Settings → Organisations: the directory referral letters are addressed from. A list with
Add…, Edit…, Deactivate / Make active and Delete…; each organisation in its own small form
(type, names in Kazakh and Russian, address, phone, head).

Nothing is filled in for the user: the directory starts empty, the types are the starting
set. Deleting one that referrals went to deactivates it instead (the service decides), and
says so."""

import uuid

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from ...models.addressee import proposed_addressee
from ...models.organisation import OrganisationInput, OrganisationRead, organisation_name
from ...services.context import REFERRALS_WRITE
from ...services.errors import NotAllowed, NotFound
from ...services.organisations import DELETED
from ..widgets.fmt import format_count
from ..widgets.form_widgets import chain_tab_order, code_combo, combo_value, hint_label, set_combo
from ..widgets.labels import label
from ..widgets.list_page import make_table, select_row, set_column_widths
from ..widgets.messages import message
from ..widgets.paged_model import MUTED, Column, ListTableModel, RowStyle
from ..widgets.record_dialog import RecordDialog, fit_to_screen


def ui_language() -> str:
    """"kk" when the interface is in Kazakh, else "ru": which name of an organisation (or a
    school) to show first."""
    return "kk" if QLocale().language() == QLocale.Language.Kazakh else "ru"


def organisation_title(o: OrganisationRead) -> str:
    return o.name(ui_language())


class OrganisationDialog(RecordDialog):
    """One organisation of the directory; `saved(uuid)` with its id."""

    draft_kind, draft_id_attr = "organisation", "organisation_id"

    def __init__(self, services, organisation_id: uuid.UUID | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.organisation_id = organisation_id
        self.setWindowTitle(self.tr("New organisation") if organisation_id is None
                            else self.tr("Organisation"))
        self.setMinimumSize(560, 520)
        fit_to_screen(self, 680, 600)
        self.form.addRow(hint_label(self.tr(
            "Referral letters are addressed with these details, each in the letter's "
            "language: give them in Kazakh and in Russian. A letter that has to borrow a "
            "detail from the other language says so before it is printed.")))
        self.kind = self.add_field("kind", self.tr("&Type"),
                                   code_combo("organisation_kind", empty=self.tr("— choose —")))
        self.name_kk = self.add_field("name_kk", self.tr("Name in &Kazakh"), QLineEdit())
        self.name_ru = self.add_field("name_ru", self.tr("Name in &Russian"), QLineEdit())
        self.address_kk = self.add_field("address_kk", self.tr("Address in Ka&zakh"),
                                         QLineEdit())
        self.address = self.add_field("address", self.tr("&Address in Russian"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("&Phone"), QLineEdit())
        self.phone.setPlaceholderText(self.tr("+7 727 123 45 67"))
        self.head_kk = self.add_field("head_kk", self.tr("H&ead in Kazakh"), QLineEdit())
        self.head = self.add_field("head", self.tr("&Head in Russian"), QLineEdit())
        for edit in (self.head_kk, self.head):
            edit.setPlaceholderText(self.tr("Whom letters are addressed to: surname and "
                                            "initials"))
        # The addressee line, proposed in the dative (grey) until the school corrects it.
        self.addressee_kk = self.add_field("addressee_kk", self.tr("Addressee &line in Kazakh"),
                                           QLineEdit())
        self.addressee_ru = self.add_field("addressee_ru",
                                           self.tr("Addressee line in R&ussian"), QLineEdit())
        for edit in (self.addressee_kk, self.addressee_ru):
            edit.setToolTip(self.tr("Leave it empty to print the line proposed in grey; "
                                    "type to correct it."))
        for edit in (self.name_kk, self.name_ru, self.head_kk, self.head):
            edit.textChanged.connect(self._propose_addressees)
        chain_tab_order([self.kind, self.name_kk, self.name_ru, self.address_kk, self.address,
                         self.phone, self.head_kk, self.head, self.addressee_kk,
                         self.addressee_ru])
        self._propose_addressees()
        with self.quietly():
            if organisation_id is not None:
                self.load(services.organisations.get, organisation_id)
        self.kind.setFocus()

    _TEXTS = ("name_kk", "name_ru", "address", "phone", "head", "address_kk", "head_kk",
              "addressee_kk", "addressee_ru")

    def _propose_addressees(self, *_args) -> None:
        """The lines Senim would print, as the fields' grey placeholders."""
        for language, edit, head in (("kk", self.addressee_kk, self.head_kk.text() or
                                      self.head.text()),
                                     ("ru", self.addressee_ru, self.head.text())):
            name = organisation_name(self.name_kk.text(), self.name_ru.text(), language)
            edit.setPlaceholderText(proposed_addressee(language, name, head))

    def fill(self, o: OrganisationRead) -> None:
        self.setWindowTitle(self.tr("Organisation: {name}").format(name=organisation_title(o)))
        set_combo(self.kind, o.kind)
        for name in self._TEXTS:
            getattr(self, name).setText(getattr(o, name))

    def collect(self) -> OrganisationInput:
        return OrganisationInput(kind=combo_value(self.kind),
                                 **{name: getattr(self, name).text() for name in self._TEXTS})

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.organisation_id is None:
            saved = self.services.organisations.create(data)
            self.organisation_id = saved.id
        else:
            saved = self.services.organisations.update(self.organisation_id, data)
        return saved.id


class OrganisationsDialog(QDialog):
    """The directory. `changed` fires after anything was added, changed or removed."""

    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.can_write = services.ctx.can(REFERRALS_WRITE)
        self.edit_dialog: OrganisationDialog | None = None
        self.setWindowTitle(self.tr("Organisations"))
        self.setMinimumSize(720, 440)
        fit_to_screen(self, 860, 520)

        intro = hint_label(self.tr(
            "Where pupils are referred: psychological support centres, the ПМПК, the juvenile "
            "police inspector, the КДНиЗП, health organisations. Add the ones your school works "
            "with; nothing is filled in for you."))
        self.model = ListTableModel([
            Column(lambda: self.tr("Name"), organisation_title,
                   tooltip=lambda o: "\n".join(n for n in (o.name_kk, o.name_ru) if n)),
            Column(lambda: self.tr("Type"), lambda o: label("organisation_kind", o.kind)),
            Column(lambda: self.tr("Phone"), lambda o: o.phone),
            Column(lambda: self.tr("Referrals"), self._use_text, key=lambda o: o.referrals),
        ], row_style=lambda o: None if o.active else RowStyle(MUTED, italic=True))
        self.table = make_table(self.model, sortable=True)
        self.table.setObjectName("organisations")
        set_column_widths(self.table, ["Медеу ауданының психологиялық қолдау орталығы",
                                       label("organisation_kind", "pmpk"), "+7 727 000 00 00",
                                       None])
        self.show_inactive = QCheckBox(self.tr("Show &inactive ones"))
        self.empty = QLabel(self.tr("No organisations yet: add the first with Add…."))
        self.empty.setStyleSheet(f"color: {MUTED.name()};")
        self.status = QLabel()
        self.status.setObjectName("directoryStatus")
        self.status.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.remove_button = QPushButton(self.tr("De&lete…"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.active_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_inactive)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.active_button.clicked.connect(self.toggle_active)
        self.remove_button.clicked.connect(self.remove)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.table.setFocus()

    # --- reading -----------------------------------------------------------------------------

    def _use_text(self, o: OrganisationRead) -> str:
        used = format_count(o.referrals)
        return used if o.active else self.tr("{used}; inactive").format(used=used)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        keep = select or self.current_id()
        rows = self.services.organisations.list(include_inactive=self.show_inactive.isChecked())
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if keep is not None and (row := self.model.find_row(keep)) >= 0:
            select_row(self.table, row)
        elif rows:
            select_row(self.table, 0)
        self._update_buttons()

    def current(self) -> OrganisationRead | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def current_id(self):
        o = self.current()
        return o.id if o else None

    def _update_buttons(self, *_args) -> None:
        o = self.current()
        self.add_button.setEnabled(self.can_write)
        for b in (self.edit_button, self.active_button, self.remove_button):
            b.setEnabled(self.can_write and o is not None)
        self.active_button.setText(self.tr("Make ac&tive") if o is not None and not o.active
                                   else self.tr("&Deactivate"))

    # --- acting ------------------------------------------------------------------------------

    def add(self) -> OrganisationDialog:
        return self._open(None)

    def edit(self) -> OrganisationDialog | None:
        o = self.current()
        return self._open(o.id) if o is not None and self.can_write else None

    def _open(self, organisation_id) -> OrganisationDialog:
        dialog = OrganisationDialog(self.services, organisation_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, organisation_id) -> None:
        self.status.clear()
        self.refresh(select=organisation_id)
        self.changed.emit()

    def toggle_active(self) -> None:
        o = self.current()
        if o is None:
            return
        try:
            self.services.organisations.set_active(o.id, not o.active)
        except (NotFound, NotAllowed) as exc:
            self.status.setText(message("not_found" if isinstance(exc, NotFound)
                                        else "not_allowed"))
            return
        if o.active:
            text = self.tr("“{name}” is no longer offered for new referrals; the referrals that "
                           "went there keep it.")
        else:
            text = self.tr("“{name}” is offered for new referrals again.")
        self.status.setText(text.format(name=organisation_title(o)))
        if o.active and not self.show_inactive.isChecked():
            self.refresh()
        else:
            self.refresh(select=o.id)
        self.changed.emit()

    def remove(self) -> str | None:
        """Ask, then delete; one that referrals went to is deactivated instead."""
        o = self.current()
        if o is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete organisation"))
        box.setText(self.tr("Delete “{name}” from the directory?").format(
            name=organisation_title(o)))
        if o.referrals:
            box.setInformativeText(self.tr(
                "Referrals went there, so it will be kept for them and only deactivated."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return None
        try:
            outcome = self.services.organisations.remove(o.id)
        except (NotFound, NotAllowed) as exc:
            self.status.setText(message("not_found" if isinstance(exc, NotFound)
                                        else "not_allowed"))
            return None
        name = organisation_title(o)
        self.status.setText(
            self.tr("“{name}” was deleted.").format(name=name) if outcome == DELETED else
            self.tr("Referrals went to “{name}”: it was kept for them and deactivated.")
            .format(name=name))
        self.refresh()
        self.changed.emit()
        return outcome
