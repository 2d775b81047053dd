"""The first-run wizard, driven as a user would: the school, the first account, the
recovery key. What it leaves on disk is read back as raw bytes."""

import json
import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from ui_helpers import shown, type_text

from desktop.config import DB_FILE
from desktop.models.pupil import GuardianInput, PupilInput
from desktop.security import Keyring
from desktop.views.accounts.setup_wizard import SetupWizard
from desktop.views.widgets.tasks import wait_journal_work

SCHOOL_KK = "№ 47 жалпы білім беретін мектеп"
SCHOOL_RU = "Общеобразовательная школа № 47"
USER = "asel.nurlankyzy"  # ASCII, so that a raw byte search in keys.json means something
DISPLAY = "Әсел Нұрланқызы"
PASSWORD = "Сенім-құпия-2026"
PUPIL = "Жанәділова"

SCHOOL, ACCOUNT, RECOVERY = 0, 1, 2
Button = QWizard.WizardButton


@pytest.fixture
def wizard(qtbot, qapp, tmp_path):
    from desktop.views.widgets.i18n import install_language

    install_language(qapp, "en")
    w = SetupWizard(tmp_path / "data")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.services is not None:
        wait_journal_work()  # the journal's rule (db.py): its worker's reads end first
        w.services.db.dispose()


def click(qtbot, wizard, which):
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} is not offered"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_school(wizard, name_kk=SCHOOL_KK, name_ru=""):
    page = wizard.school_page
    type_text(page.name_kk, name_kk)
    type_text(page.name_ru, name_ru)
    type_text(page.address, "Алматы қ., Әуезов ауданы, Жандосов к-сі, 58")
    type_text(page.phone, "+7 727 123 45 67")
    type_text(page.director, "Сәрсенбаева Гүлжан Қайратқызы")
    type_text(page.psychologist, DISPLAY)


def to_account_page(qtbot, wizard):
    fill_school(wizard)
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == ACCOUNT


def fill_account(wizard, user=USER, display=DISPLAY, password=PASSWORD, repeat=PASSWORD):
    page = wizard.account_page
    for edit, text in ((page.user_name, user), (page.display_name, display),
                       (page.password, password), (page.repeat, repeat)):
        edit.clear()
        type_text(edit, text)


def error(page, name):
    """The message beside a field, or None when it is not shown."""
    label = page.findChild(type(page.banner), f"error_{name}")
    return label.text() if shown(label) else None


def nothing_created(wizard):
    data = wizard.data_dir
    return not Keyring.exists(data) and not (data / DB_FILE).exists()


def create(qtbot, wizard):
    to_account_page(qtbot, wizard)
    fill_account(wizard)
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == RECOVERY


# --- the school ---------------------------------------------------------------------------


def test_the_school_needs_a_name_in_one_language(qtbot, wizard):
    page = wizard.school_page
    assert wizard.currentId() == SCHOOL
    type_text(page.address, "Алматы қ., Әуезов ауданы")
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == SCHOOL
    assert error(page, "name_ru") == "Enter the school's name in Kazakh or in Russian."
    assert error(page, "name_kk") is None and not shown(page.banner)
    # The Kazakh name alone is enough; the message goes away.
    type_text(page.name_kk, SCHOOL_KK)
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == ACCOUNT
    assert error(page, "name_ru") is None
    assert nothing_created(wizard)


def test_the_russian_name_alone_is_enough(qtbot, wizard):
    type_text(wizard.school_page.name_ru, SCHOOL_RU)
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == ACCOUNT


def test_a_wrong_phone_is_shown_beside_it(qtbot, wizard):
    page = wizard.school_page
    type_text(page.name_kk, SCHOOL_KK)
    type_text(page.phone, "мектеп")
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == SCHOOL
    assert error(page, "phone") == "Enter a phone number, e.g. +7 701 234 56 78."


# --- the account: nothing is created until it is right --------------------------------------


def test_different_passwords_create_nothing(qtbot, wizard):
    to_account_page(qtbot, wizard)
    fill_account(wizard, repeat=PASSWORD + "!")
    click(qtbot, wizard, Button.CommitButton)
    page = wizard.account_page
    assert wizard.currentId() == ACCOUNT
    assert error(page, "repeat") == "The two passwords are not the same."
    assert error(page, "password") is None
    assert nothing_created(wizard) and wizard.services is None
    assert page.focusWidget() is page.repeat


def test_a_short_password_creates_nothing(qtbot, wizard):
    to_account_page(qtbot, wizard)
    fill_account(wizard, password="құпия", repeat="құпия")
    click(qtbot, wizard, Button.CommitButton)
    page = wizard.account_page
    assert wizard.currentId() == ACCOUNT
    assert error(page, "password") == "The password must have at least 8 characters."
    assert error(page, "repeat") is None
    assert nothing_created(wizard) and wizard.services is None


@pytest.mark.parametrize("user", ["@@", ".asel", "a", "әсел нұрланқызы"])
def test_an_invalid_user_name_creates_nothing(qtbot, wizard, user):
    to_account_page(qtbot, wizard)
    fill_account(wizard, user=user)
    click(qtbot, wizard, Button.CommitButton)
    page = wizard.account_page
    assert wizard.currentId() == ACCOUNT
    assert error(page, "user_name") == (
        "Use letters, digits, dots, hyphens or underscores, starting with a letter or digit.")
    assert nothing_created(wizard)


def test_every_problem_is_shown_at_once(qtbot, wizard):
    to_account_page(qtbot, wizard)
    fill_account(wizard, user="@@", display="", password="short", repeat="other")
    click(qtbot, wizard, Button.CommitButton)
    page = wizard.account_page
    assert error(page, "user_name") is not None
    assert error(page, "display_name") == "This field is required."
    assert error(page, "password") == "The password must have at least 8 characters."
    assert error(page, "repeat") == "The two passwords are not the same."
    assert not shown(page.banner)
    assert nothing_created(wizard)
    # Corrected, the messages go and the journal is made.
    fill_account(wizard)
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == RECOVERY
    assert all(error(page, name) is None
               for name in ("user_name", "display_name", "password", "repeat"))


def test_a_failure_while_creating_says_so_and_leaves_no_keyring(qtbot, wizard, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("desktop.vault.open_database", broken)
    to_account_page(qtbot, wizard)
    fill_account(wizard)
    click(qtbot, wizard, Button.CommitButton)
    page = wizard.account_page
    assert wizard.currentId() == ACCOUNT
    assert shown(page.banner) and page.banner.text().startswith("Something went wrong")
    assert "disk full" not in page.banner.text()
    assert not Keyring.exists(wizard.data_dir) and wizard.services is None


def test_after_a_failure_once_the_database_exists_the_user_can_try_again(qtbot, wizard,
                                                                          monkeypatch):
    from desktop.services.school import SchoolService

    save = SchoolService.save

    def broken(self, *args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(SchoolService, "save", broken)
    to_account_page(qtbot, wizard)
    fill_account(wizard)
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == ACCOUNT and shown(wizard.account_page.banner)
    monkeypatch.setattr(SchoolService, "save", save)  # the disk has room again
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == RECOVERY


# --- the journal is made ------------------------------------------------------------------


def test_creating_the_journal(qtbot, wizard):
    to_account_page(qtbot, wizard)
    page = wizard.account_page
    assert wizard.button(Button.CommitButton).text() == "&Create the journal"
    fill_account(wizard, user="  " + USER.upper())  # user names are not case-sensitive
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == RECOVERY
    data = wizard.data_dir
    assert Keyring.exists(data) and (data / DB_FILE).exists()
    assert error(page, "user_name") is None

    # Signed in as the new psychologist, with the school's profile saved.
    services = wizard.services
    assert (services.ctx.actor, services.ctx.role) == (USER, "psychologist")
    assert services.accounts.by_user_name(USER).display_name == DISPLAY
    school = services.school.get()
    assert (school.name_kk, school.psychologist) == (SCHOOL_KK, DISPLAY)

    # The key: eight groups of four, separated by dashes, shown once and stored nowhere.
    key = wizard.recovery_page.key.text()
    assert key == wizard.recovery_key
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){7}", key), key
    assert shown(wizard.recovery_page.key)

    # Finish only once the key is said to be written down; no way back, no Cancel.
    finish = wizard.button(Button.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()
    assert not wizard.button(Button.BackButton).isVisible()
    assert not wizard.button(Button.CancelButton).isVisible()
    wizard.recovery_page.saved.setChecked(True)
    assert finish.isEnabled()
    wizard.recovery_page.saved.setChecked(False)
    assert not finish.isEnabled()
    saved = wizard.recovery_page.saved
    qtbot.mouseClick(saved, Qt.MouseButton.LeftButton, pos=QPoint(8, saved.height() // 2))
    assert saved.isChecked()
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, Button.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_the_printed_recovery_key_says_whose_it_is_and_how_to_keep_it(qtbot, wizard, tmp_path,
                                                                      monkeypatch):
    import io

    import pypdf
    from PySide6 import QtPrintSupport
    from PySide6.QtPrintSupport import QPrinter

    from desktop.views.widgets.fmt import format_date

    output = tmp_path / "key.pdf"

    class ToPdf:  # the print dialog, answered: "printed" to a PDF file by the real QPrinter
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(output))

        def exec(self):
            return True

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", ToPdf)
    create(qtbot, wizard)
    qtbot.mouseClick(wizard.recovery_page.print_button, Qt.MouseButton.LeftButton)
    # Compared without spaces: the PDF's text comes back with spaces of its own.
    text = "".join(pypdf.PdfReader(io.BytesIO(output.read_bytes())).pages[0]
                   .extract_text().split())
    assert wizard.recovery_key in text
    for expected in ("Senim recovery key", f"School {SCHOOL_KK}", f"Account {DISPLAY} ({USER})",
                     f"Printed on {format_date(date.today())}", "Forgot the password?",
                     "Anyone holding this sheet can read the whole journal",
                     "the person the director names in writing",
                     "destroy this sheet"):
        assert "".join(expected.split()) in text, expected


def test_creating_shows_it_is_busy_and_a_second_click_creates_nothing(qtbot, wizard,
                                                                      monkeypatch):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import vault

    real, calls, seen = vault.set_up, [], []

    def slow_set_up(*args, **kwargs):
        calls.append(1)
        time.sleep(0.4)  # Argon2id on a slow school laptop
        return real(*args, **kwargs)

    def look():  # runs while the journal is being made: the window is not frozen
        commit = wizard.button(Button.CommitButton)
        cursor = QApplication.overrideCursor()
        seen.append((commit.text(), commit.isEnabled(), wizard.isEnabled(),
                     cursor.shape() if cursor else None))
        qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)  # impatient: clicks again
        wizard.close()  # and tries to close: not while the journal is being made

    monkeypatch.setattr(vault, "set_up", slow_set_up)
    to_account_page(qtbot, wizard)
    fill_account(wizard)
    QTimer.singleShot(100, look)
    click(qtbot, wizard, Button.CommitButton)
    assert seen == [("Creating the journal…", False, False, Qt.CursorShape.WaitCursor)]
    assert calls == [1] and wizard.currentId() == RECOVERY and wizard.isVisible()
    assert QApplication.overrideCursor() is None


def test_nothing_readable_on_disk(qtbot, wizard):
    create(qtbot, wizard)
    services, data = wizard.services, wizard.data_dir
    key = wizard.recovery_key

    def raw(name):
        path = data / name
        return path.read_bytes() if path.exists() else b""

    # While the journal is open (the newest pages may be in the WAL) and after it is closed.
    snapshots = [raw(DB_FILE) + raw(DB_FILE + "-wal")]
    services.db.dispose()
    wizard.services = None
    snapshots.append(raw(DB_FILE) + raw(DB_FILE + "-wal"))
    for db_bytes in snapshots:
        assert len(db_bytes) > 0
        for secret in (SCHOOL_KK, DISPLAY, USER, PASSWORD):
            assert secret.encode() not in db_bytes, f"{secret!r} readable in the database"
        assert not db_bytes.startswith(b"SQLite format 3")

    keys = raw("keys.json")
    text = json.dumps(json.loads(keys), ensure_ascii=False)
    for secret in (USER, PASSWORD, DISPLAY, key, key.replace("-", "")):
        assert secret.encode() not in keys and secret not in text, f"{secret!r} in keys.json"


def test_the_new_password_opens_the_journal_again(qtbot, wizard):
    from desktop.vault import sign_in

    create(qtbot, wizard)
    wizard.services.db.dispose()
    wizard.services = None
    again = sign_in(wizard.data_dir, USER, PASSWORD)
    try:
        assert again.ctx.role == "psychologist"
        assert again.school.get().name_kk == SCHOOL_KK
    finally:
        again.db.dispose()


def test_the_recovery_key_cannot_be_closed_away(qtbot, wizard):
    """Escape or the window's close button on the last page would lose the key for good."""
    create(qtbot, wizard)
    rejected = []
    wizard.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.reject()
    wizard.close()
    assert wizard.isVisible() and wizard.currentId() == RECOVERY and rejected == []
    # Confirmed, Finish is the way out.
    wizard.recovery_page.saved.setChecked(True)
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, Button.FinishButton)


def test_closing_before_the_journal_is_made_creates_nothing(qtbot, wizard):
    to_account_page(qtbot, wizard)
    fill_account(wizard)
    with qtbot.waitSignal(wizard.rejected):
        click(qtbot, wizard, Button.CancelButton)
    assert nothing_created(wizard) and wizard.services is None


def test_back_is_offered_before_the_account_is_committed(qtbot, wizard):
    to_account_page(qtbot, wizard)
    click(qtbot, wizard, Button.BackButton)
    assert wizard.currentId() == SCHOOL
    assert wizard.school_page.name_kk.text() == SCHOOL_KK  # what was typed is kept


# --- a journal from an earlier version, before encryption ------------------------------------


def test_a_plain_database_from_an_earlier_version_is_encrypted(qtbot, wizard):
    from desktop.db import open_database
    from desktop.services import Context, Services

    data = wizard.data_dir
    data.mkdir()
    plain = open_database(data / DB_FILE)
    pupil = PupilInput(
        surname=PUPIL, given_name="Нұрғали", patronymic="Қуанышұлы", sex="male",
        birth_date=date(2013, 5, 14), class_name="7Ә", study_language="kk",
        consent_status="given", consent_date=date(2025, 9, 2), consent_by="Жанәділова Ұлжан",
        guardians=[GuardianInput("Жанәділова Ұлжан", "mother", "+7 701 123 45 67")])
    kept = Services.build(plain, Context(actor="test")).pupils.create(pupil)
    plain.dispose()
    assert PUPIL.encode() in (data / DB_FILE).read_bytes()  # the check below can fail

    create(qtbot, wizard)
    found = wizard.services.pupils.search("")
    assert [(r.id, r.full_name.split()[0]) for r in found] == [(kept.id, PUPIL)]
    assert wizard.services.pupils.get(kept.id).given_name == "Нұрғали"
    raw = (data / DB_FILE).read_bytes()
    assert not raw.startswith(b"SQLite format 3") and PUPIL.encode() not in raw
    assert [p.name for p in data.iterdir() if "plain" in p.name or "encrypting" in p.name] == []


# --- or a journal brought back from a backup (a new laptop) ---------------------------------


@pytest.fixture(scope="module")
def old_laptop_backup(tmp_path_factory):
    """A journal's backup copied to a stick: the .db with its keyring and manifest."""
    import os
    import shutil

    from desktop import cli
    from desktop.vault import DEMO_PASSWORD, DEMO_USER

    old = tmp_path_factory.mktemp("old-laptop")
    os.environ["SENIM_USER"], os.environ["SENIM_PASSWORD"] = DEMO_USER, DEMO_PASSWORD
    try:
        assert cli.main(["--data-dir", str(old), "demo", "--pupils", "4", "--records", "4"]) == 0
        assert cli.main(["--data-dir", str(old), "backup"]) == 0
    finally:
        for name in ("SENIM_USER", "SENIM_PASSWORD"):
            os.environ.pop(name, None)
    stick = tmp_path_factory.mktemp("stick")
    for f in (old / "backups").glob("senim-*"):
        shutil.copy2(f, stick / f.name)
    [backup] = stick.glob("senim-*.db")
    return backup


def open_restore(qtbot, wizard, backup, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    assert wizard.currentId() == SCHOOL
    qtbot.mouseClick(wizard.school_page.restore_button, Qt.MouseButton.LeftButton)
    dialog = wizard.restore_dialog
    assert dialog is not None and dialog.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file.text() == str(backup)
    return dialog


def test_a_backup_is_restored_from_the_first_page(qtbot, wizard, old_laptop_backup,
                                                   monkeypatch):
    from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in

    dialog = open_restore(qtbot, wizard, old_laptop_backup, monkeypatch)
    assert "passwords come back with it" in " ".join(
        label.text() for label in dialog.findChildren(type(wizard.school_page.banner)))
    type_text(dialog.user, DEMO_USER)
    type_text(dialog.password, DEMO_PASSWORD)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not shown(dialog.banner), dialog.banner.text()
    assert wizard.restored_at is not None and wizard.services is None
    assert not wizard.isVisible() and wizard.result() == 1  # accepted: the sign-in follows
    data = wizard.data_dir
    assert (data / DB_FILE).is_file() and Keyring.exists(data)
    services = sign_in(data, DEMO_USER, DEMO_PASSWORD)
    try:
        assert services.pupils.count() == 4
    finally:
        services.db.dispose()


def test_a_wrong_password_restores_nothing(qtbot, wizard, old_laptop_backup, monkeypatch):
    from desktop.vault import DEMO_USER

    dialog = open_restore(qtbot, wizard, old_laptop_backup, monkeypatch)
    type_text(dialog.user, DEMO_USER)
    type_text(dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert shown(dialog.banner) and dialog.banner.text().startswith("Wrong user name or password")
    assert dialog.isVisible() and wizard.isVisible() and wizard.restored_at is None
    assert nothing_created(wizard)
    dialog.reject()
    assert wizard.isVisible() and wizard.currentId() == SCHOOL  # setting up is still offered
