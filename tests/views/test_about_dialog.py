"""Help → About Senim: the version, the data folder with a button that opens it, and the
licences of the bundled fonts and libraries."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from desktop import __version__
from desktop.views.about_dialog import AboutDialog


@pytest.fixture
def dialog(qtbot, tmp_path):
    d = AboutDialog(tmp_path / "journal")
    qtbot.addWidget(d)
    d.show()
    return d


def test_it_shows_the_version_and_the_data_folder(dialog, tmp_path):
    assert dialog.windowTitle() == "About Senim"
    assert f"Senim</b> {__version__}" in dialog.heading.text()
    assert dialog.folder.text() == f"Data folder: {tmp_path / 'journal'}"


def test_open_data_folder_opens_it_even_before_the_first_journal(dialog, qtbot, tmp_path,
                                                                 monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "journal")]
    assert (tmp_path / "journal").is_dir()


def test_the_licences_of_the_fonts_and_libraries_are_shown(dialog):
    text = dialog.licences.toPlainText()
    assert "Bitstream Vera" in text  # the DejaVu fonts' licence, read from the shipped file
    for component, licence in (("PySide6", "LGPL-3.0"), ("SQLCipher", "BSD-3-Clause"),
                               ("ReportLab", "BSD-3-Clause"), ("SQLAlchemy", "MIT"),
                               ("argon2-cffi", "MIT"), ("openpyxl", "MIT")):
        name, version, licence_cell = text.split(component, 1)[1].splitlines()[:3]  # one row
        assert licence in licence_cell and version
    import reportlab

    assert reportlab.Version in text  # each library's installed version


def test_the_main_window_opens_it_from_the_help_menu(qtbot, tmp_path):
    from desktop.settings import Settings
    from desktop.views.main_window import MainWindow

    window = MainWindow(None, Settings(language="en"), tmp_path, on_language_change=lambda c: None)
    qtbot.addWidget(window)
    window.about_action.trigger()
    assert isinstance(window.about_box, AboutDialog) and window.about_box.isVisible()
    window.about_box.close()
