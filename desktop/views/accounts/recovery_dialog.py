"""A forgotten password: the recovery key shown at set-up sets a new one. The journal is
not re-encrypted; only the account's wrap of the data key is rewritten."""

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from ...models.rules import PASSWORD_MIN
from ...models.validation import FieldError, ValidationError
from ...security import BadCredentials, UnknownAccount
from ...vault import recover
from ..widgets.record_dialog import RecordDialog, fit_to_screen
from .busy import while_busy


class RecoveryDialog(RecordDialog):
    def __init__(self, data_dir: Path, user: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("Set a new password with the recovery key"))
        self.key = self.add_field("recovery_key", self.tr("&Recovery key"), QLineEdit())
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.user = self.add_field("user_name", self.tr("&User name"), QLineEdit(user))
        self.password = self.add_field("password", self.tr("&New password"), QLineEdit())
        self.repeat = self.add_field("repeat", self.tr("Re&peat the new password"), QLineEdit())
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        fit_to_screen(self, 560, 300)

    def submit(self):
        errors = []
        if not self.key.text().strip():
            errors.append(FieldError("recovery_key", "required"))
        if not self.user.text().strip():
            errors.append(FieldError("user_name", "required"))
        if len(self.password.text()) < PASSWORD_MIN:
            errors.append(FieldError("password", "password.too_short", {"min": PASSWORD_MIN}))
        elif self.password.text() != self.repeat.text():
            errors.append(FieldError("repeat", "password.mismatch"))
        if errors:
            raise ValidationError(errors)
        key, user, password = self.key.text(), self.user.text().strip(), self.password.text()
        try:  # two Argon2id derivations: a second or more
            while_busy(self, self.buttons.button(QDialogButtonBox.StandardButton.Save),
                       self.tr("Saving…"),
                       lambda: recover(self.data_dir, key, user, password))  # audited
        except (BadCredentials, ValueError):
            raise ValidationError([FieldError("recovery_key", "recovery.wrong")]) from None
        except UnknownAccount:
            raise ValidationError([FieldError("user_name", "recovery.no_account")]) from None
        return self.user.text().strip()
