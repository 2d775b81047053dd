"""The school's profile: names for the letterhead, address, phone, director, psychologist."""

from PySide6.QtWidgets import QLineEdit, QWidget

from ..models.school import SchoolInput
from .form_widgets import chain_tab_order, hint_label
from .record_dialog import RecordDialog


class SchoolDialog(RecordDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("School profile"))
        self.setMinimumSize(640, 420)

        intro = hint_label(self.tr(
            "These details appear on referral letters and reports. Give the school's name in "
            "Kazakh, in Russian, or both."))
        self.form.addRow(intro)
        self.name_kk = self.add_field("name_kk", self.tr("Name in &Kazakh"), QLineEdit())
        self.name_ru = self.add_field("name_ru", self.tr("Name in &Russian"), QLineEdit())
        self.address = self.add_field("address", self.tr("&Address"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("&Phone"), QLineEdit())
        self.phone.setPlaceholderText(self.tr("+7 727 123 45 67"))
        self.director = self.add_field("director", self.tr("&Director"), QLineEdit())
        self.director.setPlaceholderText(self.tr("Surname and initials"))
        self.psychologist = self.add_field("psychologist", self.tr("P&sychologist"), QLineEdit())
        self.psychologist.setPlaceholderText(self.tr("Surname and initials"))
        chain_tab_order([self.name_kk, self.name_ru, self.address, self.phone, self.director,
                         self.psychologist])

        with self.quietly():
            school = services.school.get()
            if school is not None:
                for name in ("name_kk", "name_ru", "address", "phone", "director", "psychologist"):
                    getattr(self, name).setText(getattr(school, name))
        self.name_kk.setFocus()

    def collect(self) -> SchoolInput:
        return SchoolInput(
            name_kk=self.name_kk.text(), name_ru=self.name_ru.text(),
            address=self.address.text(), phone=self.phone.text(),
            director=self.director.text(), psychologist=self.psychologist.text(),
        )

    def submit(self) -> None:
        self.services.school.save(self.collect())
        return None
