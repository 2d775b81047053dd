"""Login and lock, through the real application: Ctrl+L and the idle clock lock the journal
(the database closed, the key and every name gone from the window), the same user's password
opens it again where they were, with an unsaved form intact; F12 blanks the screen and Esc
brings it back; the idle minutes are a validated setting."""

import gc
import json
import shutil
import weakref

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QTextEdit, QWidget,
)
from shiboken6 import isValid
from sqlalchemy import text
from ui_helpers import choose, never_block, type_text

from desktop import cli
from desktop.app import start
from desktop.db import Database
from desktop.settings import Settings, check_auto_lock_minutes
from desktop.vault import DEMO_PASSWORD, DEMO_USER
from desktop.views.accounts.lock import BlankScreen, LockAfterDialog
from desktop.views.main_window import FOLLOWUPS, PUPILS
from desktop.views.sessions.session_form import SessionDialog

REASON = "Сабақта жылады, сыныптастарымен ұрысып қалды"
NOTES = "Әңгіме: үйде ұйқысы нашар, қорқыныш бар. Ата-анасымен кездесу керек."


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    """One demo journal per module; each test gets its own copy (failed sign-ins count)."""
    path = tmp_path_factory.mktemp("journal")
    assert cli.main(["--data-dir", str(path), "demo", "--pupils", "30", "--records", "60",
                     "--seed", "11"]) == 0
    return path


@pytest.fixture
def data_dir(journal, tmp_path):
    path = tmp_path / "data"
    shutil.copytree(journal, path)
    return path


@pytest.fixture
def senim(qapp, qtbot, data_dir, monkeypatch):
    never_block(monkeypatch)  # a kept form asks before it is lost when the test ends
    app = start(qapp, data_dir, lang="en")
    sign_in(qtbot, app, user=DEMO_USER.upper())
    yield app
    if isValid(app.window):
        app.window.close()
    app.close()


def sign_in(qtbot, senim, password=DEMO_PASSWORD, user=DEMO_USER, wait=True):
    panel = senim.sign_in_panel
    assert panel is not None and panel.isVisible()
    if not panel.user.isReadOnly():
        panel.user.clear()
        type_text(panel.user, user)
    type_text(panel.password, password)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    if wait:
        qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)


def lock_with_keys(qtbot, senim, widget: QWidget):
    qtbot.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: senim.locked, timeout=5000)


def a_pupil(senim):
    rows = senim.services.pupils.search("")
    return next(r for r in rows if r.consent_status == "given")


def show_pupil(qtbot, senim, pupil_id):
    page = senim.window.pupils_page
    senim.window.show_page(PUPILS)
    assert page.select_pupil(pupil_id)
    qtbot.waitUntil(lambda: page.card.pupil_id == pupil_id)
    return page.card


def names_of_all_pupils(senim) -> list[str]:
    rows = senim.services.pupils.search("")
    assert len(rows) == 30
    return [r.full_name for r in rows] + [r.full_name.split()[0] for r in rows]


def ours(senim) -> list[QWidget]:
    """The application's widgets: the window, everything in it, the dialogs over it. (Other
    tests may leave windows of their own open.)"""
    return [senim.window, *senim.window.findChildren(QWidget)]


def shown_text(widgets) -> str:
    """Every piece of text a visible widget shows: labels, fields, buttons, lists, tables,
    window titles."""
    parts = []
    for w in widgets:
        if not isValid(w) or not w.isVisible():
            continue
        if w.isWindow():
            parts.append(w.windowTitle())
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            parts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            parts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m, root = w.model(), w.rootIndex()
            columns = 1 if isinstance(w, QListView) else m.columnCount(root)
            parts.extend(str(m.index(r, c, root).data() or "") for r in range(m.rowCount(root))
                         for c in range(columns))
    return "\n".join(parts)


def opened_session(qtbot, card) -> SessionDialog:
    qtbot.mouseClick(card.session_button, Qt.MouseButton.LeftButton)
    found = []

    def there():
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, SessionDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(there)
    return found[-1]


def fill_session(session):
    choose(session.kind, "individual")
    choose(session.initiator, "parent")
    type_text(session.reason, REASON)
    type_text(session.notes, NOTES)
    assert session.reason.text() == REASON and session.notes.toPlainText() == NOTES
    assert session.dirty


# --- lock ------------------------------------------------------------------------------------


def test_locking_closes_the_database_and_leaves_no_name_on_screen(qtbot, senim, monkeypatch):
    disposed = []
    dispose = Database.dispose
    monkeypatch.setattr(Database, "dispose", lambda db: (disposed.append(id(db)), dispose(db)))
    names = names_of_all_pupils(senim)
    pupil = a_pupil(senim)
    show_pupil(qtbot, senim, pupil.id)
    assert pupil.full_name in shown_text(ours(senim))  # the check can see a name when shown
    old, old_window = senim.services, weakref.ref(senim.window)
    db, services, db_id = weakref.ref(old.db), weakref.ref(old), id(old.db)
    held_key = old.db._key  # the bytearray the session holds: zeroed at the lock
    assert any(held_key)
    del old

    lock_with_keys(qtbot, senim, senim.window.pupils_page.search)

    assert held_key == bytearray(len(held_key))
    assert senim.services is None and senim.window.services is None
    assert not senim.window.ready and senim.window is not old_window()
    assert disposed == [db_id]
    assert not senim.idle.running  # no auto-lock while locked
    # The old window and its pages are gone, not hidden.
    qtbot.waitUntil(lambda: old_window() is None or not isValid(old_window()))
    gc.collect()
    assert db() is None and services() is None  # nothing holds the database (or its key)
    everything = shown_text(ours(senim))
    assert not [n for n in names if n in everything]
    assert not senim.window.nav.isEnabled()
    assert not senim.window.lock_action.isEnabled()

    panel = senim.sign_in_panel
    assert panel.isVisible() and panel.locked_user == DEMO_USER
    assert panel.user.text() == DEMO_USER and panel.user.isReadOnly()
    assert panel.subtitle.text() == f"{DEMO_USER}'s journal is locked. Sign in again to go on."
    assert panel.sign_out_button.text() == "Sign in as &someone else"
    assert panel.sign_out_button.isVisible()
    assert panel.password.text() == "" and panel.focusProxy() is panel.password

    # The sign-out is in the audit trail, next to the sign-ins.
    sign_in(qtbot, senim)
    with senim.services.db.session() as s:
        actions = [a for (a,) in s.execute(text(
            "SELECT action FROM audit_entry WHERE action IN ('sign_in', 'sign_out') "
            "ORDER BY seq"))]
    assert actions[-3:] == ["sign_in", "sign_out", "sign_in"]


def test_the_same_user_unlocks_to_the_same_page_and_pupil(qtbot, senim):
    pupil = a_pupil(senim)
    show_pupil(qtbot, senim, pupil.id)
    senim.window.show_page(FOLLOWUPS)
    senim.window.lock_action.trigger()  # File → Lock
    assert senim.locked

    sign_in(qtbot, senim, password="not-the-password", wait=False)
    panel = senim.sign_in_panel
    qtbot.waitUntil(lambda: panel.message.isVisible() and panel.button.isEnabled(),
                    timeout=15000)
    assert panel.message.text() == "The user name or the password is wrong."
    assert senim.locked and senim.services is None and not senim.window.ready
    assert panel.user.text() == DEMO_USER and panel.user.isReadOnly()
    assert panel.password.text() == ""

    sign_in(qtbot, senim)
    assert not senim.locked
    assert senim.window.current_page() == FOLLOWUPS
    assert senim.window.pupils_page.current_pupil_id() == pupil.id
    assert senim.window.pupils_page.card.pupil_id == pupil.id
    assert senim.idle.running
    assert senim.window.lock_action.isEnabled()


def test_an_unsaved_form_comes_back_after_the_lock_and_can_be_saved(qtbot, senim):
    pupil = a_pupil(senim)
    card = show_pupil(qtbot, senim, pupil.id)
    before = card.chronology.rowCount()
    session = opened_session(qtbot, card)
    fill_session(session)

    # Ctrl+L from inside the window-modal form, which shadows the main window's shortcuts.
    lock_with_keys(qtbot, senim, session.reason)
    assert isValid(session) and not session.isVisible()
    assert session.services is None
    assert pupil.full_name not in shown_text(ours(senim))

    sign_in(qtbot, senim)
    qtbot.waitUntil(session.isVisible)
    assert session.reason.text() == REASON and session.notes.toPlainText() == NOTES
    assert session.dirty
    assert session.services is senim.services
    assert session.parentWidget() is senim.window
    assert session.windowModality() == Qt.WindowModality.WindowModal
    assert senim.window.pupils_page.card.pupil_id == pupil.id

    assert session.save(), session.banner.text()
    saved = [e for e in senim.services.chronology.for_pupil(pupil.id)
             if e.kind == "session" and e.summary == REASON]
    assert len(saved) == 1
    assert senim.services.sessions.get(saved[0].id).notes == NOTES
    # The card of the new window heard about it.
    qtbot.waitUntil(lambda: senim.window.pupils_page.card.chronology.rowCount() == before + 1)


def test_signing_out_at_the_lock_screen_discards_the_kept_form_after_asking(
        qtbot, senim, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    card = show_pupil(qtbot, senim, a_pupil(senim).id)
    session = opened_session(qtbot, card)
    fill_session(session)
    senim.lock()
    panel = senim.sign_in_panel

    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: (asked.append(box.text()), answer[0])[1])
    qtbot.mouseClick(panel.sign_out_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "lost" in asked[0]
    assert senim.locked and isValid(session) and panel.locked_user == DEMO_USER

    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.mouseClick(panel.sign_out_button, Qt.MouseButton.LeftButton)
    assert not senim.locked
    qtbot.waitUntil(lambda: not isValid(session))
    assert panel.locked_user is None
    assert not panel.user.isReadOnly() and panel.user.text() == ""
    assert panel.subtitle.text() == "Sign in to open the journal."
    assert not panel.sign_out_button.isVisible()

    sign_in(qtbot, senim)  # anyone may sign in now; nothing of the old forms comes back
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, SessionDialog) and isValid(w) and w.isVisible()]


def test_a_form_with_a_password_in_it_is_not_kept(qtbot, senim):
    from desktop.views.accounts.accounts_dialog import ChangePasswordDialog

    dialog = senim.window.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    edits = [e for e in dialog.findChildren(QLineEdit)
             if e.echoMode() == QLineEdit.EchoMode.Password]
    type_text(edits[0], "жаңа-құпия-сөз")
    senim.lock()
    qtbot.waitUntil(lambda: not isValid(dialog))
    sign_in(qtbot, senim)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ChangePasswordDialog) and isValid(w)]


# --- idle -------------------------------------------------------------------------------------


def test_the_journal_locks_itself_when_left_alone(qtbot, senim):
    card = show_pupil(qtbot, senim, a_pupil(senim).id)
    session = opened_session(qtbot, card)
    fill_session(session)
    assert senim.idle.interval_ms() == 5 * 60_000  # the default
    senim.idle.timeout_ms = 300
    senim.idle.start()
    qtbot.waitUntil(lambda: senim.locked, timeout=5000)
    senim.idle.timeout_ms = None  # back to the minutes: no second lock while the test looks
    assert senim.services is None and not session.isVisible()
    qtbot.wait(600)  # no auto-lock while locked: nothing runs, nothing breaks
    assert senim.locked and not senim.idle.running

    sign_in(qtbot, senim)
    qtbot.waitUntil(session.isVisible)
    assert session.reason.text() == REASON
    assert senim.idle.running  # counting again, with the same interval


def test_any_input_puts_the_idle_clock_back(qtbot, senim):
    window = senim.window
    search = window.pupils_page.search
    senim.idle.timeout_ms = 700
    senim.idle.start()

    def wheel(widget):
        pos = QPointF(widget.rect().center())
        QApplication.sendEvent(widget, QWheelEvent(
            pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
            False))

    inputs = [lambda: type_text(search, "ә"),
              lambda: QTest.mouseMove(window.nav, QPoint(5, 5)),
              lambda: QTest.mouseMove(window.nav, QPoint(20, 30)),
              lambda: wheel(window.pupils_page.table.viewport()),
              lambda: qtbot.mouseClick(window.pupils_page.table.viewport(),
                                       Qt.MouseButton.LeftButton, pos=QPoint(3, 3)),
              lambda: qtbot.keyClick(search, Qt.Key.Key_Backspace)]
    for i in range(12):  # 12 × 200 ms: far past the interval, never idle as long
        qtbot.wait(200)
        assert not senim.locked, f"locked after input {i - 1}"
        before = senim.idle.clock()
        inputs[i % len(inputs)]()
        # The input put the clock back: the last input it knows came after `before` (however
        # long the input itself took to handle on a busy machine).
        idle_ms = senim.idle.idle_ms()
        assert idle_ms <= (senim.idle.clock() - before) * 1000, f"input {i} not counted"
    assert not senim.locked
    qtbot.waitUntil(lambda: senim.locked, timeout=5000)  # left alone: locks


def test_input_after_a_sleep_locks_instead_of_counting(qtbot, senim):
    """Asleep, the computer runs no timer; the first key after it wakes must not reset the
    clock, nor reach the form."""
    now = [1000.0]
    senim.idle.clock = lambda: now[0]
    senim.idle.start()  # 5 minutes
    search = senim.window.pupils_page.search
    now[0] += 4 * 60
    type_text(search, "а")
    assert search.text() == "а" and not senim.locked
    now[0] += 4 * 60  # 4 minutes since the last key: still not idle long enough
    type_text(search, "б")
    assert search.text() == "аб"
    now[0] += 61 * 60  # the lid was closed for an hour
    type_text(search, "вг")
    assert search.text() == "аб"  # swallowed: these keys did not restart anything
    qtbot.waitUntil(lambda: senim.locked, timeout=2000)


def test_closing_the_locked_window_asks_before_unsaved_forms_are_lost(
        qtbot, senim, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    card = show_pupil(qtbot, senim, a_pupil(senim).id)
    session = opened_session(qtbot, card)
    fill_session(session)
    senim.lock()
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer[0])
    senim.window.quit_action.trigger()  # Ctrl+Q works at the lock screen
    assert senim.window.isVisible() and senim.locked and isValid(session)
    answer[0] = QMessageBox.StandardButton.Discard
    senim.window.quit_action.trigger()
    assert not senim.window.isVisible()
    qtbot.waitUntil(lambda: not isValid(session))


def test_no_auto_lock_before_signing_in(qapp, qtbot, data_dir):
    app = start(qapp, data_dir, lang="en")
    qtbot.addWidget(app.window)
    app.idle.timeout_ms = 50
    qtbot.wait(300)
    assert not app.idle.running and not app.locked
    assert app.sign_in_panel.isVisible() and app.sign_in_panel.locked_user is None
    qtbot.keyClick(app.sign_in_panel.password, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(app.sign_in_panel.password, Qt.Key.Key_F12)
    qtbot.wait(50)
    assert not app.locked and not app.blanked
    app.window.close()
    app.close()


# --- blank screen -------------------------------------------------------------------------------


def test_f12_blanks_everything_and_esc_brings_it_back(qtbot, senim):
    window = senim.window
    pupil = a_pupil(senim)
    card = show_pupil(qtbot, senim, pupil.id)
    session = opened_session(qtbot, card)
    fill_session(session)
    session.notes.setFocus()
    services = senim.services

    qtbot.keyClick(session.notes, Qt.Key.Key_F12)  # from inside the form
    qtbot.waitUntil(lambda: senim.blanked)
    cover = window.findChild(BlankScreen)
    assert cover is not None and cover.isVisible() and cover.geometry() == window.rect()
    assert not session.isVisible() and isValid(session)
    assert window.childAt(window.rect().center()) in (cover, cover.hint, cover.button, None) \
        or cover.isAncestorOf(window.childAt(window.rect().center()))
    assert shown_text(cover.findChildren(QWidget)) == "Press Esc to return.\nShow"
    assert not window.menuBar().isEnabled()
    assert senim.services is services  # the journal stays open

    # Nothing typed reaches a field under the cover, and no shortcut opens a form.
    search = window.pupils_page.search
    before = search.text()
    type_text(search, "абв")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert search.text() == before
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, SessionDialog) and w.isVisible()] == []
    qtbot.keyClick(cover, Qt.Key.Key_F12)
    qtbot.keyClick(cover, Qt.Key.Key_A)  # no key but Esc reveals anything
    qtbot.wait(50)
    assert senim.blanked and cover.isVisible()

    qtbot.keyClick(cover, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not senim.blanked)
    qtbot.waitUntil(session.isVisible)
    assert session.reason.text() == REASON and session.notes.toPlainText() == NOTES
    assert session.dirty and senim.services is services and not senim.locked
    assert window.findChild(BlankScreen) is None or not window.findChild(BlankScreen).isVisible()
    assert window.menuBar().isEnabled()
    assert card.pupil_id == pupil.id


def test_pause_blanks_and_the_show_button_returns(qtbot, senim):
    window = senim.window
    qtbot.keyClick(window.pupils_page.search, Qt.Key.Key_Pause)
    qtbot.waitUntil(lambda: senim.blanked)
    cover = window.findChild(BlankScreen)
    qtbot.mouseClick(cover.button, Qt.MouseButton.LeftButton)
    assert not senim.blanked and not cover.isVisible()


def test_the_idle_clock_runs_on_while_blank_and_locks(qtbot, senim):
    card = show_pupil(qtbot, senim, a_pupil(senim).id)
    session = opened_session(qtbot, card)
    fill_session(session)
    senim.window.blank_action.trigger()  # View → Blank screen
    assert senim.blanked
    senim.idle.timeout_ms = 300
    senim.idle.start()
    qtbot.waitUntil(lambda: senim.locked, timeout=5000)
    senim.idle.timeout_ms = None
    assert not senim.blanked and senim.window.findChild(BlankScreen) is None
    sign_in(qtbot, senim)
    qtbot.waitUntil(session.isVisible)  # the form hidden by the blank screen is kept too
    assert session.reason.text() == REASON


# --- the setting --------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [0, -5, 121, 500, True, 5.0, "5", None])
def test_the_idle_minutes_are_checked(bad, tmp_path):
    with pytest.raises(ValueError):
        check_auto_lock_minutes(bad)
    with pytest.raises(ValueError):
        Settings(auto_lock_minutes=bad)
    (tmp_path / "settings.json").write_text(
        json.dumps({"language": "kk", "auto_lock_minutes": bad}), encoding="utf-8")
    loaded = Settings.load(tmp_path)
    assert loaded.auto_lock_minutes == 5 and loaded.language == "kk"


def test_the_idle_minutes_are_kept_in_settings(tmp_path):
    assert Settings().auto_lock_minutes == 5
    assert check_auto_lock_minutes(1) == 1 and check_auto_lock_minutes(120) == 120
    Settings(language="ru", auto_lock_minutes=45).save(tmp_path)
    assert Settings.load(tmp_path) == Settings(language="ru", auto_lock_minutes=45)
    s = Settings()
    s.auto_lock_minutes = 0
    with pytest.raises(ValueError):
        s.save(tmp_path)
    assert Settings.load(tmp_path).auto_lock_minutes == 45


def test_lock_after_is_set_in_the_settings_menu(qtbot, senim, data_dir):
    senim.window.lock_after_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, LockAfterDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    box = dialog.minutes_box
    assert (box.minimum(), box.maximum(), box.value()) == (1, 120, 5)
    box.setValue(500)
    assert box.value() == 120  # no more than two hours, and never "never"
    box.setValue(0)
    assert box.value() == 1
    box.setValue(15)
    dialog.accept()
    assert senim.settings.auto_lock_minutes == 15
    assert json.loads((data_dir / "settings.json").read_text())["auto_lock_minutes"] == 15
    assert senim.idle.interval_ms() == 15 * 60_000 and senim.idle.running
    with pytest.raises(ValueError):
        senim.set_auto_lock_minutes(0)
    assert senim.settings.auto_lock_minutes == 15


def test_file_sign_out_closes_the_journal_for_anyone(qtbot, senim):
    """File → Sign out: the journal closes and the panel is the ordinary one (a name can be
    typed); the same or another account signs in."""
    senim.window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: senim.services is None, timeout=5000)
    panel = senim.sign_in_panel
    assert panel.isVisible() and panel.locked_user is None
    assert not panel.user.isReadOnly() and panel.user.text() == ""
    assert panel.subtitle.text() == "Sign in to open the journal."
    sign_in(qtbot, senim)
    assert senim.services.ctx.actor == DEMO_USER
