"""The recovery key, shown once: large, selectable, with Print… and "I have written it down".

Used by the first-run wizard (setup_wizard.RecoveryPage) and after a sign-in that made new
keys (NewRecoveryKeyDialog: the first psychologist's sign-in after the update to keys per
role, which replaces the old recovery key)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget,
)
from ..widgets.record_dialog import fit_to_screen


class RecoveryKeyView(QWidget):
    def __init__(self, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setStyleSheet(
            "QLabel#recoveryKey { padding: 14px; border: 1px solid palette(mid);"
            " background: palette(base); }")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_key)
        self.saved = QCheckBox(self.tr("I have &written down or printed the recovery key"))
        lay.addWidget(text)
        lay.addSpacing(12)
        lay.addWidget(self.key)
        lay.addSpacing(4)
        lay.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addSpacing(20)
        lay.addWidget(self.saved)  # next to the key it confirms, not at the far bottom
        lay.addStretch(1)

    def print_key(self) -> None:
        # lazy: Qt's printing module loads only when the key is printed (start-up)
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            doc = QTextDocument()
            doc.setPlainText(self.tr("Senim recovery key") + "\n\n" + self.key.text())
            doc.print_(printer)


class NewRecoveryKeyDialog(QDialog):
    """After the first psychologist's sign-in since the update: the journal's keys now differ
    by role, and the recovery key printed before holds only the old one."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("A new recovery key"))
        self.view = RecoveryKeyView(self.tr(
            "Senim now keeps confidential notes under a key only psychologists hold. The "
            "recovery key printed before cannot open them: this new key replaces it. It is "
            "shown only now and is not stored anywhere: print it or write it down, keep it "
            "locked away from the computer, and destroy the old one."))
        self.view.key.setText(recovery_key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.view.saved.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view)
        lay.addWidget(buttons)
        fit_to_screen(self, 620, 340)

    def reject(self) -> None:
        """Not closed before the key is saved: it is never shown again."""
        if self.view.saved.isChecked():
            super().reject()
