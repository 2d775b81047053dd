"""The sign-in panel on its own: what it asks, what it sends, and how it answers a refusal
or a wait. The keyring and the database are the app's business (see tests/e2e)."""

import pytest
from PySide6.QtCore import Qt
from ui_helpers import shown, type_text

from desktop.views.accounts.sign_in import SignInPanel

USER, PASSWORD = "Әсел.Нұрланқызы", "Сенім-құпия-2026"


@pytest.fixture
def panel(qtbot, qapp):
    from desktop.views.widgets.i18n import install_language

    install_language(qapp, "en")
    p = SignInPanel()
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def sent(panel):
    """Every (user, password) the panel emitted."""
    got = []
    panel.submitted.connect(lambda user, password: got.append((user, password)))
    return got


def fill(panel, user=USER, password=PASSWORD):
    type_text(panel.user, user)
    type_text(panel.password, password)


@pytest.mark.parametrize("user, password", [("", ""), (USER, ""), ("", PASSWORD),
                                            ("   ", PASSWORD)])
def test_empty_fields_are_asked_for_and_nothing_is_sent(qtbot, panel, sent, user, password):
    fill(panel, user, password)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert sent == []
    assert shown(panel.message)
    assert panel.message.text() == "Enter your user name and password."
    assert panel.button.isEnabled() and panel.user.isEnabled() and panel.password.isEnabled()
    assert not shown(panel.status)
    assert panel.focusWidget() is (panel.password if user.strip() else panel.user)


def test_a_filled_form_is_sent_once_and_the_panel_waits(qtbot, panel, sent):
    fill(panel, "  " + USER + " ")  # spaces around the user name are not part of it
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert sent == [(USER, PASSWORD)]
    assert not panel.user.isEnabled() and not panel.password.isEnabled()
    assert not panel.button.isEnabled()
    assert shown(panel.status) and panel.status.text() == "Opening the journal…"
    assert not shown(panel.message)
    # A second click, or Enter, while the journal opens sends nothing more.
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    panel.password.returnPressed.emit()
    panel.submit()
    assert sent == [(USER, PASSWORD)]


def test_an_earlier_message_goes_away_when_the_form_is_sent(qtbot, panel, sent):
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert shown(panel.message)
    fill(panel)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert sent == [(USER, PASSWORD)]
    assert not shown(panel.message)


def test_a_refusal_clears_the_password_and_says_nothing_about_which_was_wrong(qtbot, panel, sent):
    fill(panel)
    panel.user.setFocus()
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    panel.failed()
    assert panel.user.isEnabled() and panel.password.isEnabled() and panel.button.isEnabled()
    assert not shown(panel.status)
    assert panel.user.text() == USER  # kept: only the password is typed again
    assert panel.password.text() == ""
    assert shown(panel.message)
    assert panel.message.text() == "The user name or the password is wrong."
    assert panel.focusWidget() is panel.password
    qtbot.waitUntil(panel.password.hasFocus)
    # Typing the password again and pressing Enter tries once more.
    type_text(panel.password, PASSWORD)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert sent == [(USER, PASSWORD), (USER, PASSWORD)]


def test_a_wait_counts_down_and_then_lets_the_user_try_again(qtbot, panel, sent):
    fill(panel)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    panel.wait(2)
    assert not panel.button.isEnabled()
    assert not shown(panel.status)
    assert shown(panel.message)
    assert panel.message.text() == "Too many failed attempts. Try again in 2 s."
    # Nothing is sent during the wait, however the user tries.
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    panel.submit()
    assert sent == [(USER, PASSWORD)]
    qtbot.waitUntil(lambda: panel.message.text() == "Too many failed attempts. Try again in 1 s.",
                    timeout=2500)
    assert not panel.button.isEnabled()
    qtbot.waitUntil(panel.button.isEnabled, timeout=2500)
    assert panel.message.text() == "You may try again now."
    # The password typed before the wait was never checked: Enter sends it now.
    assert panel.password.text() == PASSWORD
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert sent == [(USER, PASSWORD), (USER, PASSWORD)]


def test_a_fractional_wait_is_rounded_up(qtbot, panel):
    panel.wait(0.4)
    assert not panel.button.isEnabled()
    assert panel.message.text() == "Too many failed attempts. Try again in 1 s."
    qtbot.waitUntil(panel.button.isEnabled, timeout=2500)


def test_enter_moves_from_the_user_name_to_the_password_and_then_signs_in(qtbot, panel, sent):
    panel.user.setFocus()
    type_text(panel.user, USER)
    qtbot.keyClick(panel.user, Qt.Key.Key_Return)
    assert sent == []
    assert panel.focusWidget() is panel.password
    type_text(panel.password, PASSWORD)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert sent == [(USER, PASSWORD)]
    assert not panel.button.isEnabled()


def test_the_password_is_not_shown_and_the_labels_reach_the_fields(panel):
    from PySide6.QtWidgets import QLabel, QLineEdit

    assert panel.password.echoMode() == QLineEdit.EchoMode.Password
    buddies = {label.buddy() for label in panel.findChildren(QLabel) if label.buddy()}
    assert buddies == {panel.user, panel.password}


@pytest.mark.parametrize("folder", [
    r"C:\Users\Әбілқасымова_Гүлнұр\AppData\Local\Senim\мектеп_журналы_2026",
    "/home/gulnur/Құжаттар/senim-mektep-zhurnaly-2026/senim_деректері_жаңа",
])
def test_a_long_message_with_a_folder_fits_the_card(qtbot, panel, folder):
    """The app's "could not open the journal in {folder}" message: neither cut off at the
    side (a path has no spaces to wrap at) nor squeezed in height."""
    text = (f"Senim could not open the journal in {folder}. Check that the folder exists, is "
            "writable and is not used by another Senim; the details are in the log.")
    panel.resize(900, 600)
    panel.show_error(text)
    qtbot.waitUntil(lambda: panel.message.height() >= panel.message.heightForWidth(
        panel.message.width()))
    assert panel.message.minimumSizeHint().width() <= panel.message.width()
    assert panel.message.text().replace("\u200b", "") == text
    for field in (panel.user, panel.password):
        assert field.height() >= field.sizeHint().height()  # not squeezed by the message
    # Short messages are shown exactly as given.
    panel.show_error("The user name or the password is wrong.")
    assert panel.message.text() == "The user name or the password is wrong."


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_lock_screens_buttons_are_never_cut(qtbot, qapp, lang):
    from desktop.views.accounts.sign_in import SignInPanel
    from desktop.views.widgets.i18n import install_language

    install_language(qapp, lang)
    try:
        panel = SignInPanel()
        qtbot.addWidget(panel)
        panel.resize(1024, 700)
        panel.show()
        panel.lock_to("aigerim.saparqyzy")
        qtbot.waitExposed(panel)
        for button in (panel.sign_out_button, panel.forgot_button, panel.button):
            assert button.isVisible() and button.width() >= button.sizeHint().width(), \
                button.text()
        assert "aigerim.saparqyzy" in panel.subtitle.text()
    finally:
        install_language(qapp, "en")
