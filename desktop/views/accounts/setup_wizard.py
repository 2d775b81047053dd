"""First run: the school's profile, the first account (a psychologist), and the recovery
key, shown once to print or write down. Finishing leaves an encrypted journal.

Or, from the first page, "Restore from a backup" (a new laptop): the journal comes back from
a backup and its keyring (restore_backup_dialog.py); or "Join the school's journal" on its
server (views/server/join_dialog.py); the wizard closes and the normal sign-in follows."""

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWizard, QWizardPage,
)

from ...logs import describe_exception
from ...models.account import AccountInput
from ...models.enums import StaffRole
from ...models.rules import check_account, check_school
from ...models.school import SchoolInput
from ...models.validation import FieldError, ValidationError
from ..widgets.field_form import FieldForm, make_banner
from ..widgets.messages import message
from .busy import while_busy
from .recovery_key_view import RecoveryKeyView, account_text, school_name
from ..widgets.record_dialog import fit_to_screen

log = logging.getLogger(__name__)


class _FormPage(QWizardPage):
    def __init__(self, title: str, intro: str):
        super().__init__()
        self.setTitle(title)
        lay = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        lay.addWidget(text)
        lay.addSpacing(6)
        self.banner = make_banner()
        lay.addWidget(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lay.addLayout(form)
        lay.addStretch(1)
        self.fields = FieldForm(form, self.banner)

    def line(self, name: str, label: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return self.fields.add(name, label, edit)

    def show_errors(self, exc: ValidationError) -> bool:
        first = self.fields.show(exc)
        if first is not None:
            first.setFocus()
        return False


class SchoolPage(_FormPage):
    def __init__(self):
        super().__init__(self.tr("Your school"), self.tr(
            "Senim keeps everything on this computer, encrypted. To set up a new journal, "
            "first the school: its name goes on letters and reports."))
        # Beside setting up a new journal: bringing one back from a backup (a new laptop).
        row = QHBoxLayout()
        restore_text = QLabel(self.tr("Already kept a Senim journal on another computer?"))
        restore_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"))
        row.addWidget(restore_text, 1)
        row.addWidget(self.restore_button)
        self.layout().insertLayout(1, row)
        join_row = QHBoxLayout()
        join_text = QLabel(self.tr("Your school keeps its journal on a school server?"))
        join_text.setWordWrap(True)
        self.join_button = QPushButton(self.tr("&Join the school's journal…"))
        join_row.addWidget(join_text, 1)
        join_row.addWidget(self.join_button)
        self.layout().insertLayout(2, join_row)
        self.name_kk = self.line("name_kk", self.tr("Name in &Kazakh"))
        self.name_ru = self.line("name_ru", self.tr("Name in &Russian"))
        self.address = self.line("address", self.tr("&Address"))
        self.phone = self.line("phone", self.tr("P&hone"))
        self.director = self.line("director", self.tr("&Director"))
        self.psychologist = self.line("psychologist", self.tr("&Psychologist"))

    def school(self) -> SchoolInput:
        return SchoolInput(
            name_kk=self.name_kk.text(), name_ru=self.name_ru.text(), address=self.address.text(),
            phone=self.phone.text(), director=self.director.text(),
            psychologist=self.psychologist.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.fields.clear()
        checker = check_school(self.school())
        if checker.errors:
            return self.show_errors(ValidationError(checker.errors))
        return True


class AccountPage(_FormPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(self.tr("Your account"), self.tr(
            "You will sign in with this name and password. As the psychologist you can read "
            "everything and add accounts for colleagues later. The password cannot be seen by "
            "anyone, Senim included: keep it safe."))
        self._wizard = wizard
        self.user_name = self.line("user_name", self.tr("&User name"))
        self.display_name = self.line("display_name", self.tr("Your &full name"))
        self.password = self.line("password", self.tr("&Password"), password=True)
        self.repeat = self.line("repeat", self.tr("&Repeat the password"), password=True)
        self.setCommitPage(True)  # the journal exists after this page: no way back
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the journal"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.fields.clear()
        account = AccountInput(user_name=self.user_name.text(),
                               display_name=self.display_name.text(),
                               role=StaffRole.PSYCHOLOGIST.value,
                               password=self.password.text())
        # Every problem at once, before the keyring is made (set_up checks again).
        errors = check_account(account).errors
        if self.password.text() != self.repeat.text():
            errors.append(FieldError("repeat", "password.mismatch"))
        if errors:
            return self.show_errors(ValidationError(errors))
        return self._wizard.create(account, self)


class RecoveryPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        lay = QVBoxLayout(self)
        self.view = RecoveryKeyView(self.tr(
            "If a password is forgotten, this key lets you set a new one. It is shown only "
            "now and is not stored anywhere: print it or write it down, and keep it locked "
            "away from the computer."))
        self.key, self.saved, self.print_button = (self.view.key, self.view.saved,
                                                   self.view.print_button)
        self.registerField("saved*", self.saved)
        lay.addWidget(self.view)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.wizard()
        self.key.setText(wizard.recovery_key or "")
        school, account = wizard.school_page.school(), wizard.account_page
        self.view.school = school_name(school.name_kk, school.name_ru)
        self.view.account = account_text(account.display_name.text().strip(),
                                         account.user_name.text().strip())


class SetupWizard(QWizard):
    """After exec() accepts: `services` (signed in as the new psychologist)."""

    def __init__(self, data_dir: Path, parent=None, kdf_params=None):
        super().__init__(parent)
        self.data_dir, self.kdf_params = Path(data_dir), kdf_params
        self.services = None
        self.restored_at = None  # accepted after a restore: the backup's time (no services)
        self.restore_dialog = None
        self.joined = None  # the school server's Joined, when this laptop joined one
        self.recovery_key: str | None = None
        self.setWindowTitle(self.tr("Set up Senim"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # The recovery key is shown once: no Cancel beside it (see reject()).
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.school_page = SchoolPage()
        self.account_page = AccountPage(self)
        self.recovery_page = RecoveryPage()
        for page in (self.school_page, self.account_page, self.recovery_page):
            self.addPage(page)
        self.school_page.restore_button.clicked.connect(self.restore_from_backup)
        self.school_page.join_button.clicked.connect(self.join_school)
        fit_to_screen(self, 640, 520)

    def reject(self) -> None:
        """Escape or the window's close button. Once the journal exists the only way on is
        Finish, after the recovery key is confirmed as written down: closing here would
        lose the key, which is never shown again."""
        if self.services is not None:
            return
        super().reject()

    def restore_from_backup(self) -> None:
        """The restore dialog (window-modal); once the backup is in place the wizard closes,
        accepted, with `restored_at` set."""
        # lazy: the set-up wizard can be the first window; this loads when used (start-up)
        from .restore_backup_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.data_dir, self)
        self.restore_dialog = dialog
        dialog.accepted.connect(lambda: self._restored(dialog.taken_at))
        dialog.open()

    def join_school(self) -> None:
        """The join dialog (window-modal); once this laptop holds the school's journal the
        wizard closes, accepted, with `joined` set, and the normal sign-in follows."""
        # lazy: the join dialog loads when first opened
        from ..server.join_dialog import JoinServerDialog

        dialog = JoinServerDialog(self.data_dir, self)
        dialog.accepted.connect(lambda: self._joined(dialog.joined))
        dialog.open()

    def _joined(self, joined) -> None:
        self.joined = joined
        QDialog.done(self, QDialog.DialogCode.Accepted)

    def _restored(self, taken_at) -> None:
        self.restored_at = taken_at
        # QWizard.done() would validate the page shown (the school, left empty): past it.
        QDialog.done(self, QDialog.DialogCode.Accepted)

    def create(self, account: AccountInput, page: _FormPage) -> bool:
        # lazy: the set-up wizard can be the first window; this loads when used (start-up)
        from ...vault import KeyringMissing, set_up

        # Tuning Argon2id and wrapping the key twice take a few seconds: on a worker thread,
        # the wizard painted and busy meanwhile.
        school, params = self.school_page.school(), self.kdf_params
        try:
            self.services, self.recovery_key = while_busy(
                self, self.button(QWizard.WizardButton.CommitButton),
                self.tr("Creating the journal…"),
                lambda: set_up(self.data_dir, account, school, params=params))
        except ValidationError as exc:
            return page.show_errors(exc)
        except KeyringMissing:
            page.fields.show_banner(message("keyring.missing"))
            return False
        except Exception as exc:  # noqa: BLE001 - a plain message; the keyring is rolled back
            log.error("set-up failed: %s", describe_exception(exc))
            page.fields.show_banner(message("unexpected"))
            return False
        return True
