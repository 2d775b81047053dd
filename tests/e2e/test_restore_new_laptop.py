"""A new laptop: the first-run wizard's "Restore from a backup" closes the wizard and the
normal sign-in follows, saying which backup is back (the restore itself is driven in
tests/views/test_setup_wizard.py)."""

from datetime import datetime

from shiboken6 import isValid

from desktop.app import start


def test_after_a_restore_from_the_wizard_the_sign_in_follows(qapp, qtbot, tmp_path,
                                                             monkeypatch):
    class Restored:  # the wizard, as it ends after a restore
        def __init__(self, *args, **kwargs):
            self.services, self.restored_at = None, datetime(2026, 11, 21, 23, 15)

        def exec(self):
            return 1

    monkeypatch.setattr("desktop.views.accounts.setup_wizard.SetupWizard", Restored)
    quit_called = []
    monkeypatch.setattr(qapp, "quit", lambda: quit_called.append(True))
    senim = start(qapp, tmp_path / "data", "en")
    try:
        qtbot.waitUntil(lambda: senim.sign_in_panel is not None and isValid(senim.sign_in_panel))
        assert "is back in place. Sign in to go on." in senim.sign_in_panel.message.text()
        assert not quit_called
    finally:
        senim.window.close()
        senim.close()
