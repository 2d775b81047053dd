"""Accounts: the psychologist adds colleagues (counsellor, head teacher), resets their
passwords and stops accounts; everyone changes their own password."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...models.account import AccountInput
from ...models.validation import FieldError, ValidationError
from ..widgets.field_form import make_banner
from ..widgets.labels import choices, label
from ..widgets.messages import message
from ..widgets.record_dialog import RecordDialog, fit_to_screen
from ..widgets.tasks import journal_worker
from .busy import while_busy


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _same(password: QLineEdit, repeat: QLineEdit) -> None:
    if password.text() != repeat.text():
        raise ValidationError([FieldError("repeat", "password.mismatch")])


def _slowly(dialog: RecordDialog, text: str, work):
    """A password's Argon2id (a second or more) on the journal's worker, the form busy."""
    return while_busy(dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Save), text,
                      work, worker=journal_worker())


class NewAccountDialog(RecordDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("New account"))
        self.user_name = self.add_field("user_name", self.tr("&User name"), QLineEdit())
        self.display_name = self.add_field("display_name", self.tr("&Full name"), QLineEdit())
        self.role = QComboBox()
        for code, text in choices("staff_role"):
            self.role.addItem(text, code)
        self.role.setCurrentIndex(self.role.findData("counsellor"))
        self.add_field("role", self.tr("&Role"), self.role)
        self.password = self.add_field("password", self.tr("&Password"), _password_edit())
        self.repeat = self.add_field("repeat", self.tr("Re&peat the password"), _password_edit())
        fit_to_screen(self, 520, 320)

    def submit(self):
        _same(self.password, self.repeat)
        data = AccountInput(user_name=self.user_name.text(), display_name=self.display_name.text(),
                            role=self.role.currentData(), password=self.password.text())
        return _slowly(self, self.tr("Creating…"), lambda: self.services.accounts.add(data)).id


class ResetPasswordDialog(RecordDialog):
    def __init__(self, services, account, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.account = services, account
        self.setWindowTitle(self.tr("New password for {name}").format(name=account.display_name))
        self.password = self.add_field("password", self.tr("New &password"), _password_edit())
        self.repeat = self.add_field("repeat", self.tr("Re&peat it"), _password_edit())
        fit_to_screen(self, 460, 200)

    def submit(self):
        _same(self.password, self.repeat)
        account_id, password = self.account.id, self.password.text()
        _slowly(self, self.tr("Saving…"),
                lambda: self.services.accounts.reset_password(account_id, password))
        return account_id


class ChangePasswordDialog(RecordDialog):
    # The new password, once changed: a laptop on a school server makes its new login from it
    # (desktop/app/team_sync.py).
    password_changed = Signal(str)

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Change my password"))
        self.old_password = self.add_field("old_password", self.tr("&Current password"),
                                           _password_edit())
        self.password = self.add_field("password", self.tr("&New password"), _password_edit())
        self.repeat = self.add_field("repeat", self.tr("Re&peat the new password"),
                                     _password_edit())
        fit_to_screen(self, 460, 240)

    def submit(self):
        _same(self.password, self.repeat)
        old, new = self.old_password.text(), self.password.text()
        _slowly(self, self.tr("Saving…"),
                lambda: self.services.accounts.change_own_password(old, new))
        self.password_changed.emit(self.password.text())
        return None


class AccountsDialog(QDialog):
    """The list of accounts, for the psychologist."""

    def __init__(self, services, parent: QWidget | None = None, on_rotate=None):
        super().__init__(parent)
        self.services = services
        self.on_rotate = on_rotate
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("User name"),
                                              self.tr("Role"), self.tr("Can sign in")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.banner = make_banner()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.reset_button = QPushButton(self.tr("&New password…"))
        self.toggle_button = QPushButton()
        self.keys_button = QPushButton(self.tr("Give its role's &keys"))
        self.keys_button.setToolTip(self.tr(
            "The account's keys do not match its role (an account from before the update, "
            "or a record changed outside Senim): give it exactly its role's keys."))
        self.keys_button.clicked.connect(self.give_keys)
        self.rotate_button = QPushButton(self.tr("&Change all keys…"))
        self.rotate_button.setToolTip(self.tr(
            "After stopping an account whose holder may have copied a key: every key of the "
            "journal is changed, passwords stay, and everyone signs in again."))
        self.rotate_button.clicked.connect(self.rotate)
        self.rotate_button.setVisible(on_rotate is not None)
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset)
        self.toggle_button.clicked.connect(self.toggle)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.toggle_button, self.keys_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.rotate_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addWidget(self.table)
        lay.addLayout(bar)
        lay.addWidget(close)
        fit_to_screen(self, 680, 360)
        self.refresh()

    def refresh(self) -> None:
        self.accounts = self.services.accounts.list()
        self.table.setRowCount(len(self.accounts))
        for row, a in enumerate(self.accounts):
            role = label("staff_role", a.role)
            if _keys_differ(a) and a.held_role == a.role:
                role = self.tr("{role} (keys incomplete)").format(role=role)
            elif _keys_differ(a):
                role = self.tr("{role} (its keys: {held})").format(
                    role=role, held=label("staff_role", a.held_role) if a.held_role
                    else self.tr("none"))
            for col, text in enumerate((a.display_name, a.user_name, role,
                                        self.tr("Yes") if a.active else self.tr("No"))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # whole, when the column is narrower than the text
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        a = self.selected()
        self.reset_button.setEnabled(a is not None)
        self.toggle_button.setEnabled(a is not None)
        self.keys_button.setVisible(any(_keys_differ(x) for x in self.accounts))
        self.keys_button.setEnabled(a is not None and _keys_differ(a))
        self.toggle_button.setText(self.tr("&Stop signing in") if a is None or a.active
                                   else self.tr("&Allow signing in"))

    def add(self):
        dialog = NewAccountDialog(self.services, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def reset(self):
        a = self.selected()
        if a is None:
            return None
        dialog = ResetPasswordDialog(self.services, a, self)
        dialog.open()
        return dialog

    def rotate(self) -> bool:
        """Asks first; True when the change was asked for (the dialog closes)."""
        if not self.confirm_rotation():
            return False
        self.accept()
        self.on_rotate()
        return True

    def confirm_rotation(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change all keys"), self.tr(
            "Every key of the journal will be changed. Everyone keeps their password, but "
            "copies of the old keys (kept by a stopped account, or seen by someone) will open "
            "nothing. The journal closes while this is done, and you sign in again. Open "
            "forms are kept."), QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("&Change all keys"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def give_keys(self) -> None:
        a = self.selected()
        if a is not None:
            self._change(lambda: self.services.accounts.set_role(a.id, a.role))

    def toggle(self) -> None:
        a = self.selected()
        if a is not None:
            self._change(lambda: self.services.accounts.set_active(a.id, not a.active))

    def _change(self, do) -> None:
        self.banner.hide()
        try:
            do()
        except ValidationError as exc:
            self.banner.setText("\n".join(message(e.code, e.params) for e in exc.errors))
            self.banner.show()
            return
        self.refresh()


def _keys_differ(a) -> bool:
    """An active account whose keys are not exactly its role's."""
    return a.active and not a.keys_match
