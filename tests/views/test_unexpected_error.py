"""The unexpected-error message (views/widgets/unexpected.py): Copy details gives the version
and the error's kind and place, never its message or a home folder; Open the log folder."""

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from desktop import __version__
from desktop.views.widgets.unexpected import UnexpectedErrorDialog, details


def _raised(message: str) -> BaseException:
    try:
        {}["x"] = int(message)  # a ValueError quoting what was "typed"
    except ValueError as exc:
        return exc
    raise AssertionError("no error")


def test_the_details_name_the_version_and_the_kind_but_not_the_message():
    text = details(_raised("Айгерім 050505600123"))
    assert f"Senim {__version__}" in text
    assert "Error: builtins.ValueError" in text
    assert "tests/views/test_unexpected_error.py" not in text  # not Senim's code: name only
    assert "test_unexpected_error.py:" in text and " in _raised" in text
    assert "Айгерім" not in text and "050505600123" not in text
    assert str(Path.home()) not in text


def test_copy_details_and_open_the_log_folder(qtbot, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr("desktop.views.widgets.unexpected.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    dialog = UnexpectedErrorDialog("Something went wrong.", _raised("7x"), tmp_path / "logs")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.text() == "Something went wrong."
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    assert dialog.isVisible()  # copying does not close it
    dialog.open_button.click()
    assert opened == [str(tmp_path / "logs")]


def test_without_a_log_there_is_no_folder_to_open(qtbot):
    dialog = UnexpectedErrorDialog("Something went wrong.", _raised("7x"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_button.isVisible() and dialog.copy_button.isVisible()


def test_the_app_shows_it_for_an_unexpected_error(qtbot, monkeypatch, tmp_path):
    from desktop import app as app_module

    shown = []
    monkeypatch.setattr(UnexpectedErrorDialog, "exec",
                        lambda self: shown.append((self.message.text(), self.log_folder)))
    monkeypatch.setattr(app_module, "_log_folder", [tmp_path / "logs"])
    monkeypatch.setattr(app_module, "_damage_handlers", [])
    exc = _raised("7x")
    app_module._show_unexpected(type(exc), exc, exc.__traceback__)
    [(text, folder)] = shown
    assert text.startswith("Something went wrong. Your saved records are safe")
    assert folder == tmp_path / "logs"
