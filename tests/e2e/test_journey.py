"""The psychologist's journey from issue 2, through the real application:
demo data → sign in → find a pupil → log a consultation → record an incident with three
pupils → add a follow-up → see it all in the chronology → restart and sign in again →
switch to Kazakh and Russian."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import cli
from desktop.app import start
from desktop.models.text import search_form
from desktop.views.followups.followup_form import FollowUpDialog
from desktop.views.observations.observation_form import ROLE_COL, ObservationDialog
from desktop.vault import DEMO_PASSWORD, DEMO_USER
from desktop.views.sessions.session_form import SessionDialog
from desktop.views.main_window import PUPILS
from ui_helpers import choose, choose_in_cell, type_text

NOTE = "Қорқыныш туралы айтты; ұйқысы нашар. Ата-анасымен кездесу керек."


@pytest.fixture
def data_dir(tmp_path):
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "40", "--records", "120",
                     "--seed", "7"]) == 0
    return tmp_path


def open_app(qapp, qtbot, data_dir, lang="en", password=DEMO_PASSWORD):
    """Start the app and sign in through its panel, as a user does."""
    senim = start(qapp, data_dir, lang=lang)
    qtbot.addWidget(senim.window)
    panel = senim.sign_in_panel
    assert panel is not None and panel.isVisible()
    type_text(panel.user, DEMO_USER.upper())  # user names are not case-sensitive
    type_text(panel.password, password)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)
    return senim


def close_app(senim):
    senim.window.close()
    senim.close()


def opened_dialog(qtbot, kind):
    """The record dialog that the last click opened (window-modal, so not blocking)."""
    found = []

    def there():
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(there)
    return found[-1]


def find_pupil(qtbot, window, typed, full_name):
    window.show_page(PUPILS)
    page = window.pupils_page
    page.search.clear()
    type_text(page.search, typed)
    model = page.table.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert full_name in names, f"typing {typed!r} did not find {full_name}"
    page.table.selectRow(names.index(full_name))
    qtbot.waitUntil(lambda: page.card.pupil_id is not None)
    return page.card


def chronology(card):
    model = card.chronology
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_a_wrong_password_opens_nothing(qapp, qtbot, data_dir):
    senim = start(qapp, data_dir, lang="en")
    qtbot.addWidget(senim.window)
    panel = senim.sign_in_panel
    type_text(panel.user, DEMO_USER)
    type_text(panel.password, "not-the-password")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.isVisible() and panel.button.isEnabled(), timeout=15000)
    assert panel.message.text() == "The user name or the password is wrong."
    assert not senim.window.ready and senim.services is None
    assert panel.password.text() == ""  # typed again, not left for the next person
    close_app(senim)


def test_a_psychologists_day(qapp, qtbot, data_dir):
    senim = open_app(qapp, qtbot, data_dir)
    services = senim.services
    # A pupil with a Kazakh letter in the surname and consent given, and two classmates.
    rows = services.pupils.search("")
    target = next(r for r in rows if set("ӘҒҚҢӨҰҮҺІ") & set(r.full_name.split()[0].upper())
                  and r.consent_status == "given")
    others = [r for r in rows if r.id != target.id][:2]

    # Find her by part of the surname typed in lower case (and ё typed as е, if any).
    typed = search_form(target.full_name.split()[0])[1:5]
    card = find_pupil(qtbot, senim.window, typed, target.full_name)
    before = len(chronology(card))

    # Log a consultation from the card.
    qtbot.mouseClick(card.session_button, Qt.MouseButton.LeftButton)
    session = opened_dialog(qtbot, SessionDialog)
    choose(session.kind, "individual")
    choose(session.initiator, "parent")
    type_text(session.reason, "Жалоба родителя на травлю")
    session.notes.setPlainText(NOTE)
    session.starts_at.setDateTime(session.starts_at.dateTime().addSecs(-2 * 3600))
    assert session.save(), session.banner.text()

    # Record an incident with three pupils in three roles.
    qtbot.mouseClick(card.observation_button, Qt.MouseButton.LeftButton)
    obs = opened_dialog(qtbot, ObservationDialog)
    obs.add_pupils([o.id for o in others])
    choose(obs.place, "canteen")
    obs.form_boxes["verbal"].setChecked(True)
    obs.form_boxes["cyber"].setChecked(True)
    choose(obs.severity, 3)
    choose(obs.reporter, "parent")
    choose_in_cell(qtbot, obs.participants, 1, ROLE_COL, "aggressor")
    choose_in_cell(qtbot, obs.participants, 2, ROLE_COL, "witness")
    obs.description.setPlainText("В чате класса высмеивали, в столовой отобрали обед.")
    obs.occurred_at.setDateTime(obs.occurred_at.dateTime().addSecs(-3600))
    assert obs.save(), obs.banner.text()

    # And a follow-up due in three days.
    qtbot.mouseClick(card.followup_button, Qt.MouseButton.LeftButton)
    follow = opened_dialog(qtbot, FollowUpDialog)
    follow.what.setPlainText("Встреча с родителями всех трёх учеников")
    follow.due_date.setDate(follow.due_date.date().addDays(-4))  # default is a week ahead
    type_text(follow.responsible, "Психолог")
    assert follow.save(), follow.banner.text()

    # The chronology shows all three, newest first: the follow-up is due after today. The
    # card reads again off the GUI thread after each save.
    qtbot.waitUntil(lambda: len(chronology(card)) == before + 3)
    entries = chronology(card)
    kinds = [e[1] for e in entries[:3]]
    assert kinds == ["Follow-up", "Observation", "Session"]
    assert "Target" in entries[1][2]  # her role in the incident
    # The other two pupils see the incident too, each in their role.
    for other, role in zip(others, ("aggressor", "witness")):
        mine = [e for e in services.chronology.for_pupil(other.id) if e.kind == "observation"]
        assert any(e.role == role for e in mine)
    close_app(senim)

    # Restart: everything is still there.
    senim = open_app(qapp, qtbot, data_dir)
    card = find_pupil(qtbot, senim.window, typed.upper(), target.full_name)
    again = chronology(card)
    assert again[:3] == entries[:3]
    session_id = next(e.id for e in senim.services.chronology.for_pupil(target.id)
                      if e.kind == "session" and e.summary == "Жалоба родителя на травлю")
    assert senim.services.sessions.get(session_id).notes == NOTE

    # Kazakh, then Russian: labels and dates follow.
    when = again[1][0]
    senim.window.change_language("kk")
    qtbot.waitUntil(lambda: senim.window.nav.item(PUPILS).text() == "Оқушылар", timeout=5000)
    card = senim.window.pupils_page.card
    assert card.pupil_id == target.id  # the same pupil stays open
    kk = chronology(card)
    assert kk[0][1] == "Келесі қадам" and kk[1][1] == "Бақылау" and kk[2][1] == "Кеңес"
    assert "Зардап шегуші" in kk[1][2]
    assert "/" in when and kk[1][0].count(".") == 2  # 21/11/2026 in English, 21.11.2026 here
    senim.window.change_language("ru")
    qtbot.waitUntil(lambda: senim.window.nav.item(PUPILS).text() == "Ученики", timeout=5000)
    ru = chronology(senim.window.pupils_page.card)
    assert ru[1][1] == "Наблюдение" and "Пострадавший" in ru[1][2]
    assert ru[1][0].count(".") == 2  # 21.11.2026 12:00
    senim.window.change_language("en")
    close_app(senim)


def test_closing_right_after_a_language_change_leaves_no_window(qapp, qtbot, data_dir):
    senim = open_app(qapp, qtbot, data_dir)
    window = senim.window
    senim.change_language("ru")
    close_app(senim)
    qtbot.wait(50)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
             and type(w).__name__ == "MainWindow"]
    assert senim.window is window and shown == []
    senim.change_language("en")


def test_a_forgotten_password_is_replaced_with_the_recovery_key(qapp, qtbot, tmp_path, capsys):
    from desktop.views.accounts.recovery_dialog import RecoveryDialog

    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "3", "--records", "0"]) == 0
    recovery = capsys.readouterr().out.split("Recovery key (keep it safe): ")[1].split()[0]
    senim = start(qapp, data_dir=tmp_path, lang="en")
    qtbot.addWidget(senim.window)
    panel = senim.sign_in_panel
    type_text(panel.user, DEMO_USER)
    qtbot.mouseClick(panel.forgot_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot, RecoveryDialog)
    assert dialog.user.text() == DEMO_USER
    type_text(dialog.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    type_text(dialog.password, "Жаңа-құпиясөз-2")
    type_text(dialog.repeat, "Жаңа-құпиясөз-2")
    assert not dialog.save()
    assert dialog.error_text("recovery_key").startswith("This is not the recovery key")
    dialog.key.setText(recovery.lower())
    assert dialog.save()
    assert panel.message.text() == "A new password is set. Sign in with it."
    type_text(panel.password, "Жаңа-құпиясөз-2")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)
    close_app(senim)
