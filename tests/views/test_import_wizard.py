"""File → Import pupils…: choose a file, check the columns, see every row's problems, import
with progress and Cancel; a bad file gets a plain message."""

import threading
from datetime import date

import pytest
from import_files import HEADER_RU, KAZAKH, iin_for, many_rows, rows_ru, write_csv, write_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWizard

from desktop.services import Services
from desktop.services.context import Context
from desktop.settings import Settings
from desktop.views.storage import import_wizard
from desktop.views.widgets.colors import ALERT, WARN
from desktop.views.storage.import_wizard import ImportWizard
from desktop.views.main_window import MainWindow
from ui_helpers import choose


@pytest.fixture
def open_wizard(services, qtbot, monkeypatch):
    """A wizard whose file dialog answers with the path given."""

    def make(path, svc=services):
        monkeypatch.setattr(import_wizard, "ask_open_path", lambda parent: str(path))
        wizard = ImportWizard(svc)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.busy)
        return wizard

    return make


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def import_button(wizard):
    return wizard.button(QWizard.WizardButton.FinishButton)


def go_next(qtbot, wizard):
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy)


def list_with_problems(tmp_path):
    rows = rows_ru(KAZAKH)
    rows[2][6] = "13Ғ"  # no such class
    rows.append([6, "Нұрланова", "Әсем", "Серікқызы", rows[0][4], date(2013, 5, 4), "7Ә"])
    return write_xlsx(tmp_path / "7Ә.xlsx", [HEADER_RU] + rows)


def test_import_a_list_after_seeing_its_problems(open_wizard, qtbot, services, tmp_path):
    wizard = open_wizard(list_with_problems(tmp_path))
    assert wizard.file_page.status.text() == (
        "6 rows on the sheet «Лист1». Click Next to check the columns.")
    go_next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.combos["surname"].currentText() == "B: Фамилия"
    assert page.combos["iin"].currentText() == "E: ИИН"
    assert page.combos["full_name"].currentData() is None
    assert page.sample.item(0, 1).text() == "Нұрланова"
    go_next(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.counts.text() == "To add: 4 · To update: 0 · No change: 0 · Rejected: 2"
    model = preview.model
    assert model.rowCount() == 6
    rejected = [r for r in range(6) if model.index(r, 1).data() == "Rejected"]
    assert [model.index(r, 0).data() for r in rejected] == ["4", "7"]
    assert model.index(rejected[0], 6).data().startswith("Unknown class “13Ғ”")
    assert model.index(rejected[1], 6).data() == "The same pupil as in row 2."
    assert model.index(rejected[0], 2).data(Qt.ItemDataRole.ForegroundRole).color() == ALERT
    # Rejected rows must be left out on purpose before Import is possible.
    assert not import_button(wizard).isEnabled()
    assert "Correct them in the file" in preview.summary.text()
    preview.table.setCurrentIndex(model.index(rejected[0], 0))
    assert preview.details.text().startswith("Row 4: Unknown class “13Ғ”")
    preview.only_problems.setChecked(True)
    assert model.rowCount() == 2
    preview.skip_rejected.setChecked(True)
    assert import_button(wizard).isEnabled()
    assert preview.summary.text().startswith("Import adds 4 pupils, updates 0 and marks 0")
    with qtbot.waitSignal(wizard.imported, timeout=10000) as imported:
        qtbot.mouseClick(import_button(wizard), Qt.MouseButton.LeftButton)
    assert imported.args[0].added == 4
    assert not wizard.isVisible()
    names = {r.full_name for r in services.pupils.search()}
    assert names == {"Нұрланова Әсем Серікқызы", "Қасымов Ерасыл Болатұлы",
                     "Жұмабаев Нұрсұлтан Қайратұлы", "Һашимова Інжу Үмбетқызы"}


def test_an_iin_warning_is_shown_and_the_row_imported(open_wizard, qtbot, services, tmp_path):
    # Since 2013 an IIN may give another birth date: the row is added, with a warning.
    rows = rows_ru(KAZAKH)
    rows[1][4] = iin_for(date(2012, 3, 16), "male", 9)  # Қасымов, born 15.03.2012
    wizard = open_wizard(write_xlsx(tmp_path / "7.xlsx", [HEADER_RU] + rows))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.counts.text() == "To add: 5 · To update: 0 · No change: 0 · Rejected: 0"
    assert "1 rows have a warning about the IIN" in preview.notes.text()
    model = preview.model
    assert model.index(1, 1).data() == "Add, with a warning"
    assert model.index(1, 6).data().startswith(
        "Warning: The IIN's digits give the birth date 16/03/2012")
    color = model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole).color()
    assert color == WARN and color != ALERT  # amber, not the red of a rejected row
    assert model.index(0, 1).data() == "Add"
    preview.only_problems.setChecked(True)
    assert model.rowCount() == 1
    assert import_button(wizard).isEnabled()  # nothing to leave out first
    with qtbot.waitSignal(wizard.imported, timeout=10000) as imported:
        qtbot.mouseClick(import_button(wizard), Qt.MouseButton.LeftButton)
    assert imported.args[0].added == 5
    [kasymov] = services.pupils.search("Қасымов")
    assert services.pupils.get(kasymov.id).iin_mismatch_accepted_at is not None


def test_reimport_shows_updates_and_offers_to_mark_the_missing_as_left(
        open_wizard, qtbot, services, tmp_path):
    services.pupil_import.apply(_plan(services, write_xlsx(tmp_path / "v1.xlsx",
                                                           [HEADER_RU] + rows_ru(KAZAKH))))
    rows = rows_ru(KAZAKH)[:4]
    rows[1][6] = "9Б"
    wizard = open_wizard(write_xlsx(tmp_path / "v2.xlsx", [HEADER_RU] + rows))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.counts.text() == "To add: 0 · To update: 1 · No change: 3 · Rejected: 0"
    assert preview.model.index(1, 1).data() == "Update: class 8Б → 9Б"
    assert preview.mark_left.text() == (
        "Mark the 1 pupils studying now who are not in this list as having left")
    preview.mark_left.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        qtbot.mouseClick(import_button(wizard), Qt.MouseButton.LeftButton)
    studying = {r.full_name: r.class_name for r in services.pupils.search()}
    assert studying["Қасымов Ерасыл Болатұлы"] == "9Б"
    assert "Һашимова Інжу Үмбетқызы" not in studying and len(studying) == 4


def _plan(services, path):
    from desktop.importing.headers import guess
    from desktop.importing.readers import read_table

    table = read_table(path)
    return services.pupil_import.plan(table, guess(table.header, table.rows))


def test_the_columns_can_be_chosen_when_the_headers_say_nothing(open_wizard, qtbot, tmp_path):
    path = write_csv(tmp_path / "l.csv", [["Деректер", "Қосымша", "Топ"],
                                          ["Нұрланова", "Әсем", "7Ә"]])
    wizard = open_wizard(path)
    go_next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.banner.isVisibleTo(wizard)
    assert page.banner.text().startswith("No column with surnames or full names was found.")
    assert not next_button(wizard).isEnabled()
    choose(page.combos["surname"], 0)
    assert page.banner.text().startswith("No column with given names was found.")
    choose(page.combos["given_name"], 0)
    assert page.banner.text() == "One column is chosen for two different things: A: Деректер."
    choose(page.combos["given_name"], 1)
    assert not page.banner.isVisibleTo(wizard) and next_button(wizard).isEnabled()
    go_next(qtbot, wizard)
    [row] = wizard.preview_page.model.rows
    assert row.full_name == "Нұрланова Әсем"
    assert row.action == "reject" and "class.missing" in [p.code for p in row.problems]


@pytest.mark.parametrize("content, text", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "This is not a spreadsheet."),
    (b"", "The file is empty."),
])
def test_a_bad_file_gets_a_plain_message(open_wizard, tmp_path, content, text):
    path = tmp_path / "pupils.xlsx"
    path.write_bytes(content)
    wizard = open_wizard(path)
    assert wizard.file_page.status.text().startswith(text)
    assert "Traceback" not in wizard.file_page.status.text()
    assert not next_button(wizard).isEnabled()


def test_cancel_during_the_import_changes_nothing(open_wizard, qtbot, services, tmp_path,
                                                  monkeypatch):
    wizard = open_wizard(write_xlsx(tmp_path / "l.xlsx", [HEADER_RU] + rows_ru(KAZAKH)))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    real_apply = services.pupil_import.apply
    gate = threading.Event()

    def held_apply(plan, *, progress, **kw):
        def slow(done, total):
            progress(done, total)
            if done:  # the rows are written (not committed): the user clicks Cancel now
                gate.wait(10)

        return real_apply(plan, progress=slow, **kw)

    monkeypatch.setattr(services.pupil_import, "apply", held_apply)
    qtbot.mouseClick(import_button(wizard), Qt.MouseButton.LeftButton)
    progress = wizard.findChild(QProgressDialog)
    assert progress is not None and progress.isVisible()
    assert not import_button(wizard).isEnabled()
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    status = wizard.preview_page.status
    qtbot.waitUntil(lambda: status.isVisible())
    assert status.text() == "The import was cancelled; nothing was changed."
    assert services.pupils.count() == 0
    assert wizard.isVisible() and import_button(wizard).isEnabled()


def test_closing_the_wizard_while_importing_rolls_back(open_wizard, qtbot, services, tmp_path,
                                                       monkeypatch):
    wizard = open_wizard(write_xlsx(tmp_path / "l.xlsx", [HEADER_RU] + rows_ru(KAZAKH)))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    real_apply = services.pupil_import.apply
    started = threading.Event()

    def held_apply(plan, *, progress, cancelled, **kw):
        def slow(done, total):
            if not done:
                return
            started.set()  # the rows are written, not yet committed
            while not cancelled():
                threading.Event().wait(0.01)  # until the wizard cancels

        return real_apply(plan, progress=slow, cancelled=cancelled, **kw)

    monkeypatch.setattr(services.pupil_import, "apply", held_apply)
    qtbot.mouseClick(import_button(wizard), Qt.MouseButton.LeftButton)
    assert started.wait(10)
    wizard.reject()  # Esc, or the journal locking
    assert not wizard.busy and services.pupils.count() == 0


def test_reading_runs_off_the_gui_thread(services, qtbot, tmp_path):
    path = write_xlsx(tmp_path / "big.xlsx", [HEADER_RU] + many_rows(10_000))
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.load(path)
    # load() returned at once: the file is still being read, and the page says so.
    assert wizard.table is None and wizard.busy
    assert wizard.file_page.status.text() == "Reading the file…"
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30000)
    assert len(wizard.table.rows) == 10_000
    wizard.next()
    wizard.next()
    assert wizard.busy  # the preview too is made on the worker thread
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30000)
    assert wizard.preview_page.counts.text().startswith("To add: 10,000 ·")


def test_the_file_menu_offers_the_import_to_roles_that_change_pupils(services, qtbot, tmp_path):
    window = MainWindow(services, Settings(), tmp_path)
    qtbot.addWidget(window)
    assert window.import_action.isEnabled() and window.import_action.isVisible()
    assert window.import_action.text() == "&Import pupils…"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()
    wizard = window.import_pupils()
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.reject()
    head = Services.build(services.db, Context(actor="head", role="head", clock=services.ctx.clock))
    counts_only = MainWindow(head, Settings(), tmp_path)
    qtbot.addWidget(counts_only)
    assert not counts_only.import_action.isEnabled()
    assert not counts_only.import_action.isVisible()


def test_after_an_import_the_window_shows_the_new_pupils(services, qtbot, tmp_path):
    window = MainWindow(services, Settings(), tmp_path)
    qtbot.addWidget(window)
    window.show()
    path = write_csv(tmp_path / "l.csv", [["Фамилия", "Имя", "ИИН", "Класс"],
                                         ["Нұрланова", "Әсем", iin_for(date(2013, 5, 4), "female"),
                                          "7Ә"]])
    wizard = window.import_pupils()
    wizard.load(path)
    qtbot.waitUntil(lambda: not wizard.busy)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy)
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.accept()
    # The counts are read again off the GUI thread after the import.
    qtbot.waitUntil(lambda: window.pupil_count_label.text() == "Pupils: 1")
    assert window.statusBar().currentMessage() == (
        "Pupils imported: 1 added, 0 updated, 0 marked as having left.")


def test_latin_lookalikes_are_noted_in_the_preview_and_imported_cyrillic(
        open_wizard, qtbot, services, tmp_path):
    rows = rows_ru(KAZAKH[:2])
    rows[0][2], rows[0][6] = "Aсем", "7A"  # a Latin A in the name and in the class
    wizard = open_wizard(write_csv(tmp_path / "7.csv", [HEADER_RU] + rows))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.counts.text() == "To add: 2 · To update: 0 · No change: 0 · Rejected: 0"
    model = preview.model
    assert (model.index(0, 1).data(), model.index(0, 2).data(), model.index(0, 3).data()) == (
        "Add", "Нұрланова Асем Серікқызы", "7А")
    assert model.index(0, 6).data() == (
        "“Aсем” has Latin letters that look like Cyrillic ones; imported as “Асем”. “7A” has Latin "
        "letters that look like Cyrillic ones; imported as “7А”.")
    assert model.index(1, 6).data() == ""
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None  # not a rejection
    preview.table.setCurrentIndex(model.index(0, 0))
    assert preview.details.text().startswith("Row 2: “Aсем” has Latin letters")
    assert import_button(wizard).isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        qtbot.mouseClick(import_button(wizard), Qt.MouseButton.LeftButton)
    assert {r.full_name: r.class_name for r in services.pupils.search("асем")} == {
        "Нұрланова Асем Серікқызы": "7А"}
