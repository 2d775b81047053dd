"""The first-run wizard's "Restore from a backup": a new laptop (or an empty data folder)
gets its journal back from a backup alone, its .db file with the keyring kept beside it
(senim-….keys.json), from a backups folder or a USB stick. The user signs in against that
keyring with a user name and password valid when the backup was taken (an active
psychologist's); the backup is verified, put in place and checked (desktop/backups.py), and
the normal sign-in follows."""

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout,
)

from ...backups import (
    BackupError, BackupKeyringMissing, NotAPsychologist, backup_summary, restore_backup,
    unlock_with_backup_keyring,
)
from ...logs import describe_exception
from ...security import BadCredentials, TooSoon
from ..storage.file_dialogs import BACKUP, ask_open_path
from ..widgets.field_form import make_banner
from ..widgets.record_dialog import fit_to_screen

log = logging.getLogger(__name__)


class RestoreBackupDialog(QDialog):
    """After exec() accepts: `taken_at`, the restored backup's time."""

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.taken_at = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the backup's .db file (from a backups folder or a USB stick: its .keys.json "
            "and .manifest.json files must be beside it), then sign in with a psychologist's "
            "user name and password as they were when the backup was taken."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.banner = make_banner()
        lay.addWidget(self.banner)
        form = QFormLayout()
        self.file = QLineEdit()
        self.file.setObjectName("backupFile")
        self.file.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("Backup"), row)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        form.addRow(self.tr("&User name"), self.user)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password"), self.password)
        lay.addLayout(form)
        note = QLabel(self.tr(
            "The backup's accounts and passwords come back with it: afterwards, sign in with "
            "the passwords that were valid when the backup was taken."))
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        fit_to_screen(self, 560, 300)

    def choose(self) -> None:
        path = ask_open_path(self, BACKUP, self.tr("Choose a backup"),
                             self.tr("Senim backups (senim-*.db)"))
        if path:
            self.file.setText(path)

    def show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def restore(self) -> bool:
        """True when the backup is in place (the dialog is accepted)."""
        self.banner.hide()
        path = Path(self.file.text())
        if not self.file.text() or not path.is_file():
            self.show_error(self.tr("Choose the backup's .db file first."))
            self.choose_button.setFocus()
            return False
        if not self.user.text() or not self.password.text():
            self.show_error(self.tr("Enter a user name and password valid in the backup."))
            (self.user if not self.user.text() else self.password).setFocus()
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = unlock_with_backup_keyring(path, self.data_dir, self.user.text(),
                                             self.password.text())
            taken_at = backup_summary(path, key).taken_at
            restore_backup(path, self.data_dir, key)
        except BadCredentials:
            self.show_error(self.tr("Wrong user name or password. Use a password that was "
                                    "valid when the backup was taken."))
            self.password.clear()
            self.password.setFocus()
            return False
        except TooSoon as exc:
            self.show_error(self.tr("Too many failed attempts: try again in {seconds} s.")
                            .format(seconds=int(exc.seconds) + 1))
            return False
        except BackupKeyringMissing:
            self.show_error(self.tr("The backup's keyring (its .keys.json file) is not beside "
                                    "it: copy the backup's files together and try again."))
            return False
        except NotAPsychologist:
            self.show_error(self.tr("Only a psychologist's account may restore a backup."))
            return False
        except Exception as exc:  # noqa: BLE001 - BackupError, a full disk: nothing is left
            log.error("restoring a backup into a new folder failed: %s",
                      describe_exception(exc))
            reason = self.tr("The backup cannot be restored: it is damaged or incomplete.") \
                if isinstance(exc, BackupError) else self.tr("The backup could not be restored.")
            self.show_error(reason + " " + self.tr("Nothing was set up. The details were "
                                                   "written to the log."))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.password.clear()
        self.taken_at = taken_at
        self.accept()
        return True
