"""The sizes are a contract: at 1366×768 and 1024×700, in Kazakh, Russian and English, at
100% and 125%, every page and dialog shows its labels, buttons, tabs, column headers and
menus whole (table cells may be cut only with their whole text in a tooltip), fits the
screen, and keeps its buttons on it.

How it is measured (tests/fit.py): each widget's text with its own font metrics against its
contents rectangle. The screen is the one the application asks about
(desktop/views/widgets/record_dialog.py, patched here to the size under test, less a 40 px task
bar; a window's title bar takes another 30). 125% scaling is stood in for by a font 1.25×
larger, as Qt cannot change QT_SCALE_FACTOR inside one process: text then takes the room it
would take at 125%, against the same logical screen."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from desktop.demo.generator import generate_demo
from desktop.settings import Settings
from desktop.views.widgets import record_dialog as screen_module
from fit import clipped, menu_faults
from ui_helpers import never_block

TASK_BAR, TITLE_BAR = 40, 30
SIZES = ((1366, 768), (1024, 700))


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    """One small demo journal with a real keyring (the accounts dialog reads it), for the
    whole module: realistic names, classes and records."""
    from desktop.models.account import AccountInput
    from desktop.vault import set_up

    folder = tmp_path_factory.mktemp("sizes")
    services, _ = set_up(folder, AccountInput(
        user_name="aigerim", display_name="Айгерім Сапарқызы", password="Психолог-2026"))
    generate_demo(services.db, services.ctx, pupils=80, records=400, seed=3)
    yield folder, services
    services.db.dispose()


@pytest.fixture
def at_size(monkeypatch, qapp):
    """Set the screen the application sees, and the scaling (font size)."""
    font = qapp.font()

    def set_(width, height, scale):
        room = QRect(0, 0, width, height - TASK_BAR)
        monkeypatch.setattr(screen_module, "available", lambda _widget=None: room)
        bigger = qapp.font()
        bigger.setPointSizeF(font.pointSizeF() * scale)
        qapp.setFont(bigger)
        return room

    yield set_
    qapp.setFont(font)


def _faults(window: QWidget, room: QRect, where: str) -> list[str]:
    for _ in range(3):  # a layout asks again after it has been laid out (wrapped labels)
        QApplication.processEvents()
    return [f"{where}: {f}" for f in clipped(window, room)]


def _open_dialogs(window):
    """Every dialog the menus open, and the record forms from the card."""
    return [
        ("new pupil", window.new_pupil), ("new session", window.new_session),
        ("new observation", window.new_observation), ("new follow-up", window.new_follow_up),
        ("new concern", window.new_concern), ("new case", window.new_case),
        ("new referral", window.new_referral), ("new preventive activity", window.new_prevention),
        ("school profile", window.edit_school), ("school year", window.edit_calendar),
        ("organisations", window.edit_organisations),
        ("early warning", window.edit_warning_settings), ("holidays", window.edit_holidays),
        ("accounts", window.manage_accounts), ("audit trail", window.show_audit),
        ("backups", window.show_backups), ("password", window.change_password),
        ("export", window.export_all_data), ("import", window.import_pupils),
        ("about", window.show_about),
    ]


def _sign_in_faults(qtbot, folder, inner, where):
    """The sign-in panel, and the lock screen (whose journal is locked, someone else)."""
    from desktop.views.accounts.sign_in import SignInPanel
    from desktop.views.main_window import MainWindow

    faults = []
    for locked in (False, True):
        window = MainWindow(None, Settings(), folder)
        qtbot.addWidget(window)
        window.resize(inner.size())
        panel = SignInPanel()
        if locked:
            panel.lock_to("aigerim")
        window.show_opening(panel)
        window.show()
        faults += _faults(window, inner, f"{where} {'lock screen' if locked else 'sign-in'}")
        window.close()
        window.deleteLater()
    return faults


@pytest.mark.parametrize("scale", [1.0, 1.25], ids=["100%", "125%"])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_page_and_dialog_fits(qapp, qtbot, tmp_path, journal, at_size, monkeypatch,
                                    language, scale):
    from desktop.views.main_window import PAGE_MODULES, PUPILS, MainWindow
    from desktop.views.widgets.i18n import install_language

    never_block(monkeypatch)
    install_language(qapp, language)
    folder, services = journal
    pupil = services.pupils.search("")[0]
    faults: list[str] = []
    try:
        for width, height in SIZES:
            room = at_size(width, height, scale)
            where = f"{language} {width}x{height} {int(scale * 100)}%"
            window = MainWindow(services, Settings(language=language), folder)
            qtbot.addWidget(window)
            inner = QRect(0, 0, room.width(), room.height() - TITLE_BAR)
            window.resize(inner.size())  # maximised
            window.show()
            faults += [f"{where}: {f}" for f in menu_faults(window.menuBar(), room)]
            for index in range(len(PAGE_MODULES)):
                window.show_page(index)
                faults += _faults(window, inner, f"{where} page {index}")
            window.show_page(PUPILS)
            window.show_pupil(pupil.id)
            faults += _faults(window, inner, f"{where} pupil card")
            for name, open_ in _open_dialogs(window):
                dialog = open_()
                faults += _faults(dialog, inner, f"{where} {name}")
                dialog.reject() if hasattr(dialog, "reject") else dialog.close()
            window.close()
            window.deleteLater()
            faults += _sign_in_faults(qtbot, folder, inner, where)
    finally:
        install_language(qapp, "en")
    assert not faults, "\n".join(faults)

