"""The recovery key, shown once: large, selectable, with Print… and "I have written it down".

Used by the first-run wizard (setup_wizard.RecoveryPage) and after a sign-in that made new
keys (NewRecoveryKeyDialog: the first psychologist's sign-in after the update to keys per
role, which replaces the old recovery key)."""

import html
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget,
)
from ..widgets.fmt import format_date
from ..widgets.record_dialog import fit_to_screen


def school_name(name_kk: str, name_ru: str) -> str:
    """The school's name for the interface's language (the other when it has only one)."""
    kazakh = QLocale().language() == QLocale.Language.Kazakh
    return (name_kk or name_ru) if kazakh else (name_ru or name_kk)


def account_text(display_name: str, user_name: str) -> str:
    return f"{display_name} ({user_name})" if display_name else user_name


class RecoveryKeyView(QWidget):
    """The key, Print… and the tick. `school` and `account` (set before printing: the
    school's name, the account's name) head the printed sheet with the day it was printed
    and what the key is for, where to keep it, who may use it."""

    def __init__(self, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.school, self.account = "", ""
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
            self.sheet().print_(printer)

    def sheet(self, today: date | None = None) -> QTextDocument:
        """The printed page, in the interface's language."""
        e = html.escape
        key_font = self.key.font().family()
        rows = "".join(
            f"<tr><td style='padding-right:12px; color:#555'>{e(caption)}</td>"
            f"<td><b>{e(value)}</b></td></tr>"
            for caption, value in ((self.tr("School"), self.school or "—"),
                                   (self.tr("Account"), self.account or "—"),
                                   (self.tr("Printed on"), format_date(today or date.today()))))
        points = "".join(f"<li style='margin-bottom:6px'>{e(text)}</li>" for text in (
            self.tr("If the password of this account is forgotten, this key opens the journal "
                    "and sets a new password: on the sign-in screen, “Forgot the password?”."),
            self.tr("Only the account's holder may use it, or, when the psychologist has left "
                    "the school, the person the director names in writing."),
            self.tr("Anyone holding this sheet can read the whole journal, confidential notes "
                    "included. Keep it locked away from the computer (a safe, or a sealed "
                    "envelope with the director); never photograph it or send it by message "
                    "or e-mail."),
            self.tr("When a new recovery key is printed, destroy this sheet."),
        ))
        title = self.tr("Senim recovery key")
        doc = QTextDocument()
        doc.setHtml(
            f"<h2>{e(title)}</h2>"
            f"<table cellspacing='4'>{rows}</table><br>"
            f"<p align='center' style='font-family:\"{e(key_font)}\", monospace; "
            f"font-size:16pt; font-weight:bold; white-space:pre'>{e(self.key.text())}</p><br>"
            f"<ul>{points}</ul>")
        return doc


class NewRecoveryKeyDialog(QDialog):
    """After the first psychologist's sign-in since the update: the journal's keys now differ
    by role, and the recovery key printed before holds only the old one."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None, school: str = "",
                 account: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("A new recovery key"))
        self.view = RecoveryKeyView(self.tr(
            "Senim now keeps confidential notes under a key only psychologists hold. The "
            "recovery key printed before cannot open them: this new key replaces it. It is "
            "shown only now and is not stored anywhere: print it or write it down, keep it "
            "locked away from the computer, and destroy the old one."))
        self.view.key.setText(recovery_key)
        self.view.school, self.view.account = school, account
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
