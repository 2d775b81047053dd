"""The class filter: "All classes", then the school's classes in their natural order (1А, 2А
… 10Б, 11А; Kazakh letters in their alphabet's place: PupilService.classes)."""

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox


class ClassCombo(QComboBox):
    """currentData() is the class chosen, or None for all classes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("classFilter")
        self.setToolTip(self.tr("Class"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.fill([])

    def fill(self, names: list[str]) -> None:
        """Offer these classes, keeping the one chosen (without a change signal) while it is
        still among them."""
        current = self.currentData()
        if [self.itemData(i) for i in range(1, self.count())] == list(names) and self.count():
            return
        with QSignalBlocker(self):
            self.clear()
            self.addItem(self.tr("All classes"), None)
            for name in names:
                self.addItem(name, name)
            self.setCurrentIndex(max(self.findData(current), 0))

    def choose(self, name: str | None) -> None:
        """Choose the class `name` (None or one not offered: all classes)."""
        self.setCurrentIndex(max(self.findData(name), 0) if name else 0)
