"""The team journal in the window: the status bar says where sync stands, a save is sent a
little later without a click, what a colleague saved appears, Settings → School server syncs
now, and the conflicts list settles a conflict, all without blocking the window."""

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid
from sqlmodel import select

from desktop.app import start
from desktop.app import team_sync
from desktop.models import Pupil
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_out
from laptops import found, joined
from school import COUNSELLOR
from ui_helpers import never_block, type_text


@pytest.fixture
def school(tmp_path, empty_school_db):
    url, owner_password = empty_school_db
    return found(tmp_path, url, owner_password)


@pytest.fixture
def window_on(qapp, qtbot, monkeypatch):
    never_block(monkeypatch)
    monkeypatch.setattr(team_sync, "AFTER_SAVE_MS", 200)
    opened = []

    def open_(laptop):
        app = start(qapp, laptop.data, lang="en")
        panel = app.sign_in_panel
        if not panel.user.isReadOnly():
            panel.user.clear()
            type_text(panel.user, laptop.user)
        from laptops import PASSWORDS

        type_text(panel.password, PASSWORDS[laptop.user])
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: app.window.ready, timeout=15000)
        opened.append(app)
        return app

    yield open_
    for app in opened:
        if isValid(app.window):
            app.window.close()
        app.close()


def _edit(laptop, address):
    services = laptop.open()
    try:
        with services.db.session() as s:
            pupil = s.exec(select(Pupil).order_by(Pupil.surname, Pupil.id)).first()
            pupil.address = address
            s.add(pupil)
    finally:
        sign_out(services)


def test_the_status_bar_follows_sync_and_a_colleagues_save_arrives(tmp_path, school, qtbot,
                                                                     window_on):
    colleague = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    _edit(colleague, "Invented street 5")
    colleague.sync()
    app = window_on(school)
    label = app.window.team_status
    qtbot.waitUntil(lambda: app.team.task is not None and not app.team.running, timeout=20000)
    assert label.isVisible() and label.text().startswith("Synced at")
    services = app.services
    with services.db.session() as s:
        pupil = s.exec(select(Pupil).order_by(Pupil.surname, Pupil.id)).first()
        assert pupil.address == "Invented street 5"  # pulled by the round at sign-in
        pupil.address = "Invented street 6"
        s.add(pupil)
    # Sent a little after the save, with no click.
    qtbot.waitUntil(lambda: services.team.status().waiting == 0, timeout=20000)
    colleague.sync()
    services2 = colleague.open()
    try:
        with services2.db.session() as s:
            assert s.exec(select(Pupil).order_by(Pupil.surname, Pupil.id)).first().address \
                == "Invented street 6"
    finally:
        sign_out(services2)


def test_settings_school_server_syncs_now_and_lists_a_conflict(tmp_path, school, qtbot,
                                                               window_on, qapp):
    from desktop.views.server.conflicts_dialog import ConflictsDialog
    from desktop.views.server.school_server_dialog import SchoolServerDialog

    colleague = joined(tmp_path, school.url, COUNSELLOR, "laptop-2")
    app = window_on(school)
    qtbot.waitUntil(lambda: app.team.task is not None and not app.team.running, timeout=20000)
    app.team.timer.stop()
    app.team.soon.stop()
    with app.services.db.session() as s:
        pupil = s.exec(select(Pupil).order_by(Pupil.surname, Pupil.id)).first()
        pupil.address = "Mine: invented lane 1"
        s.add(pupil)
    app.team.soon.stop()
    _edit(colleague, "Theirs: invented lane 2")
    colleague.sync()

    app.window.school_server_action.trigger()
    dialog = app.team.dialog
    assert isinstance(dialog, SchoolServerDialog) and dialog.isVisible()
    assert "Changes waiting to be sent: 1." in dialog.state.text()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sync_button.isEnabled(), timeout=20000)
    assert "new conflicts: 1" in dialog.outcome.text()
    assert "conflicts: 1" in app.window.team_status.text()

    qtbot.mouseClick(dialog.conflicts_button, Qt.MouseButton.LeftButton)
    conflicts = [w for w in qapp.topLevelWidgets() if isinstance(w, ConflictsDialog)
                 and w.isVisible()][0]
    assert conflicts.mine.toPlainText() == "Mine: invented lane 1"
    assert conflicts.theirs.toPlainText() == "Theirs: invented lane 2"
    qtbot.mouseClick(conflicts.use_mine, Qt.MouseButton.LeftButton)
    assert conflicts.list.item(0).text() == "No open conflicts."
    conflicts.close()
    assert app.services.team.status().conflicts == 0


def test_a_new_laptop_joins_from_the_first_run_wizard(tmp_path, school, qtbot):
    from desktop.views.accounts.setup_wizard import SetupWizard
    from desktop.views.server.join_dialog import JoinServerDialog
    from laptops import PASSWORDS

    target = tmp_path / "new-laptop"
    wizard = SetupWizard(target)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.school_page.join_button, Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(JoinServerDialog)
    assert dialog.isVisible()
    server = school.url.replace(school.url.split("//")[1].split("@")[0] + "@", "")
    type_text(dialog.url, server)
    type_text(dialog.user, COUNSELLOR)
    type_text(dialog.password, "wrong-password-1")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=20000)
    assert "refused the name or the password" in dialog.outcome.text()
    assert not (target / "keys.json").exists()
    dialog.password.clear()
    type_text(dialog.password, PASSWORDS[COUNSELLOR])
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30000)
    assert wizard.joined.role == "counsellor" and wizard.joined.records > 150
    assert (target / "senim.db").exists()


def test_a_password_changed_in_the_window_keeps_sync_going(tmp_path, school, qtbot, window_on):
    """Change my password on a joined laptop: the next round sends the new login (logged in
    with the old one), and the rounds after it log in with the new one."""
    from desktop.server.connection import connect_as
    from desktop.views.accounts.accounts_dialog import ChangePasswordDialog

    app = window_on(school)
    qtbot.waitUntil(lambda: app.team.task is not None and not app.team.running, timeout=20000)
    dialog = app.window.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    type_text(dialog.old_password, DEMO_PASSWORD)
    type_text(dialog.password, "a-new-demo-password-3")
    type_text(dialog.repeat, "a-new-demo-password-3")
    assert dialog.save()
    qtbot.waitUntil(lambda: app.team.task is not None and not app.team.running
                    and app.services.team.status().last_error == "", timeout=20000)
    # The login made from the new password is the one in use; one more round works with it.
    qtbot.waitUntil(lambda: app.team.login is not None and app.team.login.secret
                    != school.login().secret, timeout=20000)
    app.team.sync_now()
    qtbot.waitUntil(lambda: not app.team.running, timeout=20000)
    assert app.services.team.status().last_error == ""
    with connect_as(school.url, DEMO_USER, "a-new-demo-password-3"):
        pass
