"""The PDF preview: a letter shown from memory, printed through the system dialog, saved
where the user says; no copy left in a temporary folder."""

import io
import tempfile
from datetime import date

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.documents import render_referral
from desktop.models.referral import LetterGuardian, ReferralLetter
from desktop.views.referrals.pdf_preview import PdfPreviewDialog


@pytest.fixture(scope="module")
def pdf() -> bytes:
    summary = "\n\n".join(f"Абзац {i}. " + "Оқушы үзілістерде жалғыз жүреді. " * 12
                          for i in range(8))
    return render_referral(ReferralLetter(
        language="kk", school_name="№ 999 мектеп (үлгі)", school_address="ул. Примерная, 1",
        school_phone="", director="Серікова А. М.", psychologist="Жұмабаева М. Қ.",
        addressee="Орталық (үлгі)", addressee_head="", addressee_address="",
        pupil_name="Әлібеков Нұрғали Қуанышұлы", birth_date=date(2013, 3, 14), class_name="7Ә",
        pupil_address="", guardians=(LetterGuardian("Әлібекова Гүлжан", "mother"),),
        reason="Буллинг", summary=summary, measures="", urgent=False, number="15/2025-26",
        letter_date=date(2026, 11, 21)))


@pytest.fixture
def isolated_temp(tmp_path, monkeypatch):
    """A temporary folder of our own for Qt and Python alike (other programs on the machine
    use the shared one): whatever the dialog leaves behind shows up here."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def make_dialog(qtbot, qapp, pdf):
    from desktop.views.widgets.i18n import install_language

    install_language(qapp, "en")

    def make(**kwargs):
        dialog = PdfPreviewDialog(pdf, "Жолдама № 15/2025-26", "Жолдама 15-2025-26.pdf",
                                  **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def fake_print_dialog(output, answer=QDialog.DialogCode.Accepted, page_range=None):
    """Stands in for QPrintDialog: "prints" to a PDF file through the real QPrinter."""

    class FakePrintDialog:
        opened = []

        def __init__(self, printer, parent=None):
            self.printer = printer
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(output))
            if page_range:
                printer.setPrintRange(QPrinter.PrintRange.PageRange)
                printer.setFromTo(*page_range)
            FakePrintDialog.opened.append(self)

        def setMinMax(self, lo, hi):  # noqa: N802 - Qt's name
            self.min_max = (lo, hi)

        def setOption(self, *args):  # noqa: N802
            pass

        def exec(self):
            return answer

    return FakePrintDialog


def pages_of(path) -> int:
    return len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_the_dialog_shows_the_pdf_from_memory(make_dialog, isolated_temp):
    dialog = make_dialog()
    assert dialog.page_count == 2
    assert dialog.page_label.text() == "Page 1 of 2"
    assert dialog.view.document() is dialog.document
    assert dialog.windowTitle() == "Жолдама № 15/2025-26"
    assert list(isolated_temp.iterdir()) == []


def test_zoom_in_and_out_and_back_to_the_page_width(make_dialog):
    from PySide6.QtPdfWidgets import QPdfView

    dialog = make_dialog()
    start = dialog.view.zoomFactor()
    dialog.zoom_in_button.click()
    assert dialog.view.zoomFactor() > start
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() < start
    dialog.fit_button.click()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_writes_the_same_bytes_where_chosen(make_dialog, pdf, tmp_path, monkeypatch):
    saved = []
    dialog = make_dialog(on_saved=saved.append)
    asked = []

    def choose(parent, caption, start, filters):
        asked.append((start, filters))
        return str(tmp_path / "out" / "жолдама"), filters

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.save_button.click()
    target = tmp_path / "out" / "жолдама.pdf"  # the extension is added
    assert target.read_bytes() == pdf
    assert saved == [target]
    assert asked[0][0].endswith("Жолдама 15-2025-26.pdf")


def test_save_as_cancelled_writes_nothing(make_dialog, monkeypatch, tmp_path):
    saved = []
    dialog = make_dialog(on_saved=saved.append)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert dialog.save_as() is None
    assert saved == []


def test_saving_where_it_cannot_be_written_says_so(make_dialog, monkeypatch, tmp_path, caplog):
    saved, shown = [], []
    dialog = make_dialog(on_saved=saved.append)
    missing = tmp_path / "no such folder" / "Әлібеков.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    dialog.save_button.click()
    assert not missing.exists() and saved == []
    assert shown and "could not be saved" in shown[0]
    assert "Әлібеков" not in caplog.text  # the log never carries the file's name


def test_print_paints_every_page_and_leaves_no_temporary_file(
        make_dialog, monkeypatch, tmp_path, isolated_temp):
    printed = []
    dialog = make_dialog(on_printed=lambda: printed.append(True))
    output = tmp_path / "printer.pdf"
    fake = fake_print_dialog(output)
    monkeypatch.setattr("desktop.views.referrals.pdf_preview.QPrintDialog", fake)
    before = sorted(isolated_temp.rglob("*"))
    dialog.print_button.click()
    assert printed == [True]
    assert fake.opened[0].min_max == (1, 2)
    assert pages_of(output) == 2
    dialog.close()
    assert sorted(isolated_temp.rglob("*")) == before == []


def test_print_a_page_range(make_dialog, monkeypatch, tmp_path):
    dialog = make_dialog()
    output = tmp_path / "page2.pdf"
    monkeypatch.setattr("desktop.views.referrals.pdf_preview.QPrintDialog",
                        fake_print_dialog(output, page_range=(2, 2)))
    assert dialog.print_document() is True
    assert pages_of(output) == 1


def test_print_cancelled_prints_nothing(make_dialog, monkeypatch, tmp_path):
    printed = []
    dialog = make_dialog(on_printed=lambda: printed.append(True))
    output = tmp_path / "never.pdf"
    monkeypatch.setattr("desktop.views.referrals.pdf_preview.QPrintDialog",
                        fake_print_dialog(output, answer=QDialog.DialogCode.Rejected))
    assert dialog.print_document() is False
    assert printed == [] and not output.exists()


def test_a_damaged_pdf_is_not_printed_but_can_still_be_saved(qtbot):
    dialog = PdfPreviewDialog(b"%PDF-1.4 not really", "x", "x.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count == 0
    assert not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()


@pytest.fixture
def remembered(tmp_path):
    """The app's settings folder, as `senim` sets it at start (views/storage/file_dialogs)."""
    from desktop.settings import Settings
    from desktop.views.storage import file_dialogs

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    file_dialogs.remember_folders_in(Settings.load(data_dir), data_dir)
    yield data_dir
    file_dialogs.forget_folders()


def test_the_save_dialog_opens_in_documents_then_where_the_last_pdf_went(
        make_dialog, monkeypatch, tmp_path, remembered):
    from desktop.settings import Settings
    from desktop.views.storage import file_dialogs

    asked = []
    letters = tmp_path / "Жолдамалар"
    letters.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, caption, start, filters: (
        asked.append(start) or (str(letters / "жолдама.pdf"), filters)))
    make_dialog().save_as()
    documents = file_dialogs.documents_folder()
    assert asked[0] == str(documents / "Жолдама 15-2025-26.pdf")  # not the process's folder
    make_dialog().save_as()
    assert asked[1] == str(letters / "Жолдама 15-2025-26.pdf")
    # After a restart: the same folder, read from settings.json.
    file_dialogs.remember_folders_in(Settings.load(remembered), remembered)
    make_dialog().save_as()
    assert asked[2] == str(letters / "Жолдама 15-2025-26.pdf")
    # A folder since removed: Documents again.
    (letters / "жолдама.pdf").unlink()
    letters.rmdir()
    assert file_dialogs.start_folder(file_dialogs.PDF) == documents


def test_each_kind_of_file_has_its_own_folder(monkeypatch, tmp_path, remembered):
    from desktop.views.accounts.restore_backup_dialog import RestoreBackupDialog
    from desktop.views.storage import file_dialogs

    stick = tmp_path / "USB"
    stick.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, caption, start, filters: (
        asked.append(start) or (str(stick / "senim-2026-11-20.db"), filters)))
    dialog = RestoreBackupDialog(remembered)
    dialog.choose()
    dialog.choose()
    assert asked == [str(file_dialogs.documents_folder()), str(stick)]
    assert file_dialogs.start_folder(file_dialogs.PDF) == file_dialogs.documents_folder()
    dialog.deleteLater()


def test_a_damaged_list_of_folders_is_ignored_and_the_rest_loads(tmp_path):
    from desktop.settings import Settings

    (tmp_path / "settings.json").write_text(
        '{"language": "kk", "last_folders": {"pdf": 5, "export": "/home/a/Documents", '
        '"backup": ""}}')
    loaded = Settings.load(tmp_path)
    assert loaded.language == "kk" and loaded.last_folders == {"export": "/home/a/Documents"}
    (tmp_path / "settings.json").write_text('{"last_folders": ["/tmp"]}')
    assert Settings.load(tmp_path).last_folders == {}
