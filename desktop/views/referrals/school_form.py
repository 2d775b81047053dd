"""The school's profile: names for the letterhead, address, phone, director, psychologist."""

from PySide6.QtWidgets import QLineEdit, QWidget

from ...models.referral_record import check_number_pattern, format_number
from ...models.school import SchoolInput
from ...models.validation import Checker
from ..widgets.form_widgets import add_under, chain_tab_order, hint_label
from ..widgets.record_dialog import RecordDialog


class SchoolDialog(RecordDialog):
    draft_kind, draft_id_attr = "school", ""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("School profile"))
        self.setMinimumSize(640, 420)

        intro = hint_label(self.tr(
            "These details appear on referral letters and reports, each in the document's "
            "language: give the name, the address and the director in Kazakh and in "
            "Russian."))
        self.form.addRow(intro)
        self.name_kk = self.add_field("name_kk", self.tr("Name in &Kazakh"), QLineEdit())
        self.name_ru = self.add_field("name_ru", self.tr("Name in &Russian"), QLineEdit())
        self.address_kk = self.add_field("address_kk", self.tr("Address in Ka&zakh"),
                                         QLineEdit())
        self.address = self.add_field("address", self.tr("&Address in Russian"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("&Phone"), QLineEdit())
        self.phone.setPlaceholderText(self.tr("+7 727 123 45 67"))
        self.director_kk = self.add_field("director_kk", self.tr("D&irector in Kazakh"),
                                          QLineEdit())
        self.director = self.add_field("director", self.tr("&Director in Russian"), QLineEdit())
        for edit in (self.director_kk, self.director):
            edit.setPlaceholderText(self.tr("Surname and initials"))
        self.psychologist = self.add_field("psychologist", self.tr("P&sychologist"), QLineEdit())
        self.psychologist.setPlaceholderText(self.tr("Surname and initials"))
        self.referral_number_pattern = self.add_field(
            "referral_number_pattern", self.tr("Referral &numbers"), QLineEdit())
        self.referral_number_pattern.setMaxLength(60)
        self.number_hint = hint_label()
        self.number_hint.setObjectName("numberHint")
        add_under(self.referral_number_pattern, self.number_hint)
        self.referral_number_pattern.textChanged.connect(self._update_number_hint)
        chain_tab_order([self.name_kk, self.name_ru, self.address_kk, self.address, self.phone,
                         self.director_kk, self.director, self.psychologist,
                         self.referral_number_pattern])

        with self.quietly():
            school = services.school.get() or SchoolInput()
            for name in ("name_kk", "name_ru", "address", "phone", "director", "psychologist",
                         "referral_number_pattern", "address_kk", "director_kk"):
                getattr(self, name).setText(getattr(school, name))
        self._update_number_hint()
        self.name_kk.setFocus()

    def _update_number_hint(self, *_args) -> None:
        """The pattern's words, and what the 15th letter of 2025-26 would be numbered."""
        pattern = self.referral_number_pattern.text().strip()
        checker = Checker()
        check_number_pattern(checker, "pattern", pattern)
        text = self.tr("{n} is the number within the school year, {year} the school year.")
        if not checker.errors:
            text += " " + self.tr("The 15th letter of 2025-26 gets No. {number}.").format(
                number=format_number(pattern, 15, "2025-2026"))
        self.number_hint.setText(text)

    def collect(self) -> SchoolInput:
        return SchoolInput(
            name_kk=self.name_kk.text(), name_ru=self.name_ru.text(),
            address=self.address.text(), phone=self.phone.text(),
            director=self.director.text(), psychologist=self.psychologist.text(),
            referral_number_pattern=self.referral_number_pattern.text(),
            address_kk=self.address_kk.text(), director_kk=self.director_kk.text(),
        )

    def submit(self) -> None:
        self.services.school.save(self.collect())
        return None
