"""Settings → Backups…, for the psychologist: the backups in the data folder and in the second
folder (a USB stick), each with its time, size and state; back up now, choose the second
folder, open a folder, and the preview of a restore.

Restoring replaces the open journal, so it is done with the journal closed: the Restore…
button shows what the chosen backup holds and, on "Restore now", the application closes the
journal and puts the backup in its place (the current journal is kept aside, so a restore
can be undone; `senim restore FILE` does the same from the command line).
"""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...backups import (
    BackupError, backup_folders, backup_summary, last_outcome, list_backups, safe_backup,
)
from .file_dialogs import BACKUP, ask_folder_path
from ..widgets.fmt import format_count, format_datetime
from ..widgets.tasks import Task, journal_worker, run_task
from ..widgets.record_dialog import fit_to_screen

OK_STYLE = "color: #1b6e20;"
FAILED_STYLE = "color: #b00020;"
# What the restore preview counts, in this order (the tables that hold the records).
PREVIEW_TABLES = ("pupil", "counselling_session", "observation", "follow_up", "concern",
                  "bullying_case", "referral")


class BackupsDialog(QDialog):
    # Restore now, after the preview: the application closes the journal and puts it in place.
    restore_requested = Signal(object)  # the backup's path

    def __init__(self, services, settings, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.settings, self.data_dir = services, settings, Path(data_dir)
        self.setWindowTitle(self.tr("Backups"))
        self.backups: list = []  # (BackupInfo, folder) per row
        self.restore_box: QMessageBox | None = None
        self._task: Task | None = None  # the backup under way

        self.intro = QLabel(self.tr(
            "Senim backs up the journal, encrypted, when it closes and at least once a day, and "
            "checks each backup. It keeps 7 daily, 4 weekly and 12 monthly backups."))
        self.intro.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Size"), self.tr("State"), self.tr("Where")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.folder_button = QPushButton(self.tr("&Choose second folder…"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.folder_button.clicked.connect(self.choose_folder)
        self.restore_button.clicked.connect(self.restore)
        self.open_button.clicked.connect(self.open_folder)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        for b in (self.backup_button, self.folder_button, self.restore_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.where)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        lay.addWidget(close)
        fit_to_screen(self, 760, 460)
        self.refresh()
        self._show_last_outcome()

    # --- the list ----------------------------------------------------------------------------

    def folders(self) -> list[Path]:
        return backup_folders(self.data_dir, self.settings.backup_dir)

    def refresh(self) -> None:
        folders = self.folders()
        rows = sorted(((b, f) for f in folders for b in list_backups(f)),
                      key=lambda bf: bf[0].taken_at, reverse=True)
        self.backups = rows
        self.table.setRowCount(len(rows))
        for r, (b, folder) in enumerate(rows):
            where = self.tr("This computer") if folder == folders[0] else str(folder)
            cells = (format_datetime(b.taken_at), self._size(b.size) if b.size else "—",
                     self._state_text(b), where)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setForeground(Qt.GlobalColor.darkGreen if b.verified
                                       else Qt.GlobalColor.red)
                    if b.reason:
                        item.setToolTip(b.reason)
                self.table.setItem(r, c, item)
        second = self.settings.backup_dir
        self.where.setText(
            self.tr("In {folder} and in {second}.").format(folder=folders[0], second=second)
            if second else
            self.tr("In {folder}. Choose a second folder, on a USB stick, to keep a copy away "
                    "from this computer.").format(folder=folders[0]))
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _size(self, n: int) -> str:
        if n >= 1024 * 1024:
            return self.tr("{n} MB").format(n=QLocale().toString(n / (1024 * 1024), "f", 1))
        return self.tr("{n} KB").format(n=format_count(max(1, round(n / 1024))))

    def _state_text(self, b) -> str:
        if b.verified:
            return self.tr("✓ verified")
        if b.state == "failed":
            # The reason is the check's own words (English, no personal data).
            return self.tr("✗ failed: {reason}").format(reason=b.reason) if b.reason \
                else self.tr("✗ failed")
        return self.tr("not verified")

    def _show_last_outcome(self) -> None:
        outcome = last_outcome(self.data_dir)
        if outcome is not None and not outcome[1]:
            self.status.setStyleSheet(FAILED_STYLE)
            self.status.setText(self.tr("The last automatic backup, on {when}, failed: {why}.")
                                .format(when=format_datetime(outcome[0]),
                                        why="; ".join(outcome[2])))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()][0]

    def _update_buttons(self) -> None:
        b = self.selected()
        self.restore_button.setEnabled(b is not None and b.verified)
        busy = self._task is not None
        self.backup_button.setEnabled(not busy)

    # --- actions --------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """On a worker thread: the copy and its check take a moment on a large journal."""
        if self._task is not None:
            return
        db, data_dir, second = self.services.db, self.data_dir, self.settings.backup_dir
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Backing up…"))

        self._task = run_task(lambda: safe_backup(db, data_dir, second, datetime.now()),
                              self._backed_up, lambda _exc: self._backed_up(False),
                              name="backup-now", worker=journal_worker())  # one connection
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _backed_up(self, ok: bool) -> None:
        self._task = None
        self.refresh()
        if ok:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("Backed up and verified."))
        else:
            self._show_last_outcome()

    def ask_folder(self) -> str:
        return ask_folder_path(self, BACKUP, self.tr("Second folder for backups"),
                               self.settings.backup_dir)

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if not folder:
            return
        self.settings.backup_dir = folder
        self.settings.save(self.data_dir)
        self.refresh()

    def open_folder(self) -> None:
        b = self.selected()
        folder = self.backups[self.table.currentRow()][1] if b is not None else self.folders()[0]
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore(self) -> QMessageBox | None:
        """The preview: what the backup holds, and how to put it in place."""
        b = self.selected()
        if b is None:
            return None
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Restore a backup"))
        try:
            summary = backup_summary(b.path, self.services.db.key)
        except BackupError:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("This backup cannot be read: it is damaged. Choose another."))
        else:
            names = {
                "pupil": self.tr("Pupils"), "counselling_session": self.tr("Sessions"),
                "observation": self.tr("Observations"), "follow_up": self.tr("Follow-ups"),
                "concern": self.tr("Concerns"), "bullying_case": self.tr("Bullying cases"),
                "referral": self.tr("Referrals")}
            lines = [f"{names[t]}: {format_count(summary.counts.get(t, 0))}"
                     for t in PREVIEW_TABLES]
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("The backup of {when} holds:").format(
                when=format_datetime(summary.taken_at)) + "\n" + "\n".join(lines))
            box.setInformativeText(self.tr(
                "Restoring replaces the whole journal: Senim closes it, puts the backup in its "
                "place and asks you to sign in again (with the passwords as they were then). "
                "The journal as it is now is kept aside in a before-restore folder, so the "
                "restore can be undone. Unsaved text in open forms is kept as drafts.") + "\n\n"
                + self.tr("Accounts and passwords come back as they were in the backup: a "
                          "password changed since then no longer works, and an account added "
                          "since then is gone."))
            self._to_restore = b.path
            # A bound method, not a lambda holding self: that crashed PySide on deletion.
            box.addButton(self.tr("&Restore now"),
                          QMessageBox.ButtonRole.AcceptRole).clicked.connect(self._restore)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.restore_box = box
        box.open()
        return box

    def _restore(self) -> None:
        self.accept()
        self.restore_requested.emit(self._to_restore)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.wait(timeout=120)
            self._task = None
        super().done(result)
