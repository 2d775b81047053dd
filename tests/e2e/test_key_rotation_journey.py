"""A psychologist changes every key from Settings → Accounts while a form is open: the
journal locks, the keys change, the lock screen says so, the same password opens it again
with the form back as it was, and the old journal key opens nothing."""

import shutil

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid
from ui_helpers import never_block, type_text

from desktop import cli
from desktop.app import start
from desktop.key_rotation import opens
from desktop.security import Keyring
from desktop.vault import DEMO_PASSWORD, DEMO_USER
from desktop.views.accounts.accounts_dialog import AccountsDialog
from desktop.views.sessions.session_form import SessionDialog

REASON = "Сабақта жылады, сыныптастарымен ұрысып қалды"


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    assert cli.main(["--data-dir", str(path), "demo", "--pupils", "20", "--records", "40",
                     "--seed", "5"]) == 0
    return path


def sign_in(qtbot, senim):
    panel = senim.sign_in_panel
    if not panel.user.isReadOnly():
        panel.user.clear()
        type_text(panel.user, DEMO_USER)
    type_text(panel.password, DEMO_PASSWORD)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)


def test_changing_every_key_from_the_accounts_dialog(qapp, qtbot, data_dir, monkeypatch):
    never_block(monkeypatch)
    senim = start(qapp, data_dir, lang="en")
    try:
        sign_in(qtbot, senim)
        old_key = Keyring.load(data_dir).unlock(DEMO_USER, DEMO_PASSWORD)
        form = senim.window.new_session()
        assert isinstance(form, SessionDialog)
        type_text(form.reason, REASON)
        monkeypatch.setattr(AccountsDialog, "confirm_rotation", lambda self: True)
        accounts = senim.window.manage_accounts()
        assert accounts.rotate_button.isVisible()
        assert accounts.rotate()
        qtbot.waitUntil(lambda: senim.locked, timeout=15000)
        message = senim.sign_in_panel.message
        qtbot.waitUntil(lambda: message.isVisible() and "was changed" in message.text(),
                        timeout=15000)
        assert not opens(data_dir / "senim.db", old_key)
        sign_in(qtbot, senim)
        qtbot.waitUntil(lambda: isValid(form) and form.isVisible(), timeout=5000)
        assert form.reason.text() == REASON
        actions = [e.action for e in senim.services.audit.entries(limit=10)]
        assert "key_rotation" in actions
    finally:
        if isValid(senim.window):
            senim.window.close()
        senim.close()
