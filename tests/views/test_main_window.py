"""The main window: navigation and its shortcuts, the overdue count, menus that all work,
the language menu, the title with the school's name, and state kept across a rebuild."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from desktop import __version__
from desktop.models.school import SchoolInput
from desktop.settings import Settings
from desktop.views.widgets.tasks import settle_journal_work
from desktop.views.main_window import (
    CONCERNS, DASHBOARD, FOLLOWUPS, OBSERVATIONS, PREVENTION, PUPILS, REFERRALS, SESSIONS,
    MainWindow,
)


@pytest.fixture
def languages():
    return []


@pytest.fixture
def make_window(services, tmp_path, qtbot, languages):
    def make(language="system"):
        w = MainWindow(services, Settings(language=language), tmp_path,
                       on_language_change=languages.append)
        qtbot.addWidget(w)
        with qtbot.waitActive(w):  # window shortcuts need the active window
            w.show()
            w.activateWindow()
        return w

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier):
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def menu_actions(window):
    """Every action reachable from the menu bar, submenus included (not the submenus)."""
    found = []

    def walk(menu: QMenu):
        for a in menu.actions():
            if a.menu():
                walk(a.menu())
            elif not a.isSeparator():
                found.append(a)

    for top in window.menuBar().actions():
        walk(top.menu())
    return found


def test_the_dashboard_comes_first(window):
    assert window.current_page() == DASHBOARD
    assert window.nav.item(DASHBOARD).text() == "Dashboard"
    assert window.stack.currentWidget().objectName() == "" and \
        type(window.stack.currentWidget()).__name__ == "AttentionPage"


def test_navigation_by_list_and_by_ctrl_number(window, qtbot):
    window.nav.setCurrentRow(PUPILS)
    assert window.stack.currentWidget() is window.pupils_page
    window.nav.setCurrentRow(OBSERVATIONS)
    assert window.stack.currentWidget() is window.observations_page
    for page in (SESSIONS, FOLLOWUPS, REFERRALS, OBSERVATIONS, PUPILS, DASHBOARD):
        press(qtbot, window, getattr(Qt.Key, f"Key_{page + 1}"))
        assert window.current_page() == page
        assert window.nav.currentRow() == page
        assert window.page_actions[page].isChecked()


def test_ctrl_f_focuses_the_search_of_the_page_shown(window, qtbot):
    window.show_page(PUPILS)
    window.nav.setFocus()
    press(qtbot, window, Qt.Key.Key_F)
    assert window.pupils_page.search.hasFocus()
    press(qtbot, window, getattr(Qt.Key, f"Key_{SESSIONS + 1}"))
    window.nav.setFocus()
    press(qtbot, window, Qt.Key.Key_F)
    assert window.sessions_page.search.hasFocus()


def test_the_follow_ups_item_counts_overdue(services, make_pupil, records, make_window, qtbot):
    pupil = make_pupil()
    today = services.ctx.today()
    late = records.follow_up(pupil.id, due_date=today - timedelta(days=2))
    records.follow_up(pupil.id, due_date=today - timedelta(days=1))
    records.follow_up(pupil.id, due_date=today + timedelta(days=1))
    window = make_window()
    assert window.nav.item(FOLLOWUPS).text() == "Follow-ups\n(2 overdue)"
    window.show_page(FOLLOWUPS)
    page = window.followups_page
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.current_id() == late.id
    page.table.setFocus()
    press(qtbot, window, Qt.Key.Key_D)
    assert window.nav.item(FOLLOWUPS).text() == "Follow-ups\n(1 overdue)"
    page.mark_done()
    assert window.nav.item(FOLLOWUPS).text() == "Follow-ups"


def test_language_menu_calls_back_with_the_code(make_window, languages):
    window = make_window("en")
    actions = window.language_actions
    assert [a.text() for a in actions.values()] == ["System language", "English", "Русский", "Қазақша"]
    assert actions["en"].isChecked() and not actions["kk"].isChecked()
    actions["kk"].trigger()
    assert languages == ["kk"]
    actions["en"].trigger()  # already the language: nothing to rebuild
    assert languages == ["kk"]
    actions["system"].trigger()
    assert languages == ["kk", "system"]
    assert window.language_menu.isEnabled()


def test_title_shows_the_school_name(services, window, fake_dialogs):
    assert window.windowTitle() == "Senim"
    window.school_action.trigger()
    assert fake_dialogs[-1].name == "SchoolDialog"
    services.school.save(SchoolInput(name_kk="№ 47 мектеп-гимназиясы", name_ru="Школа-гимназия № 47"))
    fake_dialogs[-1].saved.emit(None)
    assert window.windowTitle() == "Senim — Школа-гимназия № 47"


def test_title_prefers_the_kazakh_name_in_kazakh(services, make_window, qapp):
    from desktop.views.widgets.i18n import install_language

    services.school.save(SchoolInput(name_kk="№ 47 мектеп-гимназиясы", name_ru="Школа-гимназия № 47"))
    install_language(qapp, "kk")
    try:
        window = make_window("kk")
        assert window.windowTitle() == "Senim — № 47 мектеп-гимназиясы"
    finally:
        install_language(qapp, "en")


def test_new_records_from_the_menu_are_for_the_pupil_on_the_card(window, make_pupil, qtbot,
                                                                 fake_dialogs):
    pupil = make_pupil()
    window.show_page(PUPILS)
    window.pupils_page.apply_filter()
    window.pupils_page.select_pupil(pupil.id)
    press(qtbot, window, Qt.Key.Key_N)
    assert fake_dialogs[-1].name == "SessionDialog"
    assert fake_dialogs[-1].kwargs["pupil_ids"] == [pupil.id]
    fake_dialogs[-1].hide()
    window.new_observation_action.trigger()
    assert fake_dialogs[-1].kwargs["pupil_ids"] == [pupil.id]
    window.new_follow_up_action.trigger()
    assert fake_dialogs[-1].kwargs["pupil_id"] == pupil.id
    window.show_page(SESSIONS)
    window.new_session_action.trigger()
    assert fake_dialogs[-1].kwargs["pupil_ids"] == []


def test_a_record_saved_from_the_menu_shows_everywhere(window, make_pupil, records, fake_dialogs):
    pupil = make_pupil()
    window.show_page(PUPILS)
    window.pupils_page.apply_filter()
    window.pupils_page.select_pupil(pupil.id)
    window.new_session_action.trigger()
    session = records.session([pupil.id])
    fake_dialogs[-1].saved.emit(session.id)
    settle_journal_work()  # the card reads again off the GUI thread
    assert window.pupils_page.card.chronology.rowCount() == 1
    window.show_page(SESSIONS)
    assert window.sessions_page.model.rowCount() == 1


def test_a_new_pupil_is_counted_and_shown(window, make_pupil, fake_dialogs):
    assert window.pupil_count_label.text() == "Pupils: 0"
    window.show_page(SESSIONS)
    window.new_pupil_action.trigger()
    pupil = make_pupil()
    fake_dialogs[-1].saved.emit(pupil.id)
    settle_journal_work()
    assert window.pupil_count_label.text() == "Pupils: 1"
    assert window.current_page() == PUPILS
    assert window.pupils_page.card.pupil_id == pupil.id


def test_status_bar_and_about_show_the_data_folder(window, tmp_path):
    assert str(tmp_path) in window.data_dir_label.text()
    # Selectable, to copy it for the IT person (set by name: views/first_window.py).
    assert window.data_dir_label.textInteractionFlags() == \
        Qt.TextInteractionFlag.TextSelectableByMouse
    assert window.nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    box = window.show_about()
    assert __version__ in box.text() and str(tmp_path) in box.text()
    assert box.windowTitle() == "About Senim"
    box.hide()


def test_every_menu_item_does_something(window, fake_dialogs, languages, qtbot):
    actions = menu_actions(window)
    texts = [a.text().replace("&", "") for a in actions]
    assert texts == [
        "New pupil…", "New concern…", "New bullying case…", "New referral…", "New session…",
        "New observation…", "New follow-up…", "New preventive activity…", "Find…",
        "Import pupils…", "Export all data…", "Publish the counts for the head teacher",
        "Lock", "Sign out", "Quit",
        "Dashboard", "Pupils", "Concerns", "Bullying cases", "Referrals", "Sessions",
        "Observations", "Follow-ups", "Preventive work", "Term summary", "Prevention council",
        "Blank screen",
        "School profile…", "School year…", "Early warning…", "Holidays…", "Organisations…",
        "Accounts…",
        "Change my password…", "Audit trail…", "Backups…", "School server…", "Lock after…",
        "System language", "English", "Русский", "Қазақша",
        "About Senim"]
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in actions}
    assert shortcuts["New session…"] == "Ctrl+N" and shortcuts["Quit"] == "Ctrl+Q"
    assert shortcuts["Lock"] == "Ctrl+L" and shortcuts["Blank screen"] == "F12"
    # No key does two things.
    taken = [a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()]
    assert len(taken) == len(set(taken)), taken
    assert shortcuts["Find…"] == "Ctrl+F" and shortcuts["Follow-ups"] == "Ctrl+8"
    assert shortcuts["Referrals"] == "Ctrl+5" and shortcuts["New referral…"] == "Ctrl+Shift+R"
    assert shortcuts["Preventive work"] == "Ctrl+9" and shortcuts["Term summary"] == "Ctrl+0"
    for action in actions:
        assert action.isEnabled(), action.text()
        assert action.receivers("2triggered(bool)") > 0, action.text()
    opened = len(fake_dialogs)
    for action in actions[:7]:
        action.trigger()
        fake_dialogs[-1].hide()
    assert [d.name for d in fake_dialogs[opened:]] == [
        "PupilDialog", "ConcernDialog", "CaseDialog", "ReferralDialog", "SessionDialog",
        "ObservationDialog", "FollowUpDialog"]
    window.quit_action.trigger()
    assert not window.isVisible()


def test_state_survives_a_rebuild(services, make_pupil, make_window):
    make_pupil()
    arman = make_pupil("Серіков", "Арман", sex="male")
    old = make_window()
    old.pupils_page.search.setText("сер")
    old.pupils_page.select_pupil(arman.id)
    old.followups_page.scope_combo.setCurrentIndex(old.followups_page.scope_combo.findData("done"))
    old.show_page(OBSERVATIONS)
    state = old.current_state()
    assert state["page"] == OBSERVATIONS and state["pupil_id"] == arman.id
    assert state["search"] == "сер"
    new = make_window()
    new.restore_state(state)
    assert new.current_page() == OBSERVATIONS
    assert new.pupils_page.search.text() == "сер"
    assert new.pupils_page.model.rowCount() == 1
    assert new.pupils_page.card.pupil_id == arman.id
    assert new.followups_page.scope_combo.currentData() == "done"


def test_the_concerns_item_counts_overdue_concerns(services, make_pupil, make_window):
    from desktop.models.concern import ConcernInput

    asem = make_pupil()
    window = make_window()
    assert window.nav.item(CONCERNS).text() == "Concerns"
    services.concerns.create(ConcernInput(
        # Received on Monday the 16th: the acknowledgement was due on the 17th.
        received_at=datetime(2026, 11, 16, 9, 0), source="parent", channel="phone",
        from_name="Нұрланова Гүлнар", pupil_ids=[asem.id], summary="Мазақтайды"))
    window._data_changed(None)
    settle_journal_work()  # the counts are read off the GUI thread
    assert window.nav.item(CONCERNS).text() == "Concerns\n(1 overdue)"
    assert window.nav.item(CONCERNS).font().bold()


def test_the_referrals_item_counts_those_waiting_for_feedback(services, make_pupil, make_window,
                                                              qtbot, fake_dialogs):
    from datetime import date

    from desktop.models.organisation import OrganisationInput
    from desktop.models.referral_record import ReferralInput

    asem = make_pupil()
    centre = services.organisations.create(OrganisationInput(
        kind="support_centre", name_ru="ЦПП Алатауского района"))
    window = make_window()
    assert window.nav.item(REFERRALS).text() == "Referrals"
    referral = services.referrals.create(ReferralInput(
        pupil_id=asem.id, organisation_id=centre.id, language="kk", reason="Қорлау",
        consent_by="Нұрланова Гүлнар", consent_date=date(2026, 9, 1), consent_how="written"))
    services.referrals.send(referral.id, date(2026, 10, 1))  # 50 days before NOW
    window._data_changed(None)
    settle_journal_work()
    assert window.nav.item(REFERRALS).text() == "Referrals\n(1 waiting)"
    assert window.nav.item(REFERRALS).font().bold()
    press(qtbot, window, getattr(Qt.Key, f"Key_{REFERRALS + 1}"))
    page = window.page(REFERRALS)
    assert window.stack.currentWidget() is page and page.model.rowCount() == 1
    # New referral… from the card is for the pupil on it.
    window.show_page(PUPILS)
    window.pupils_page.apply_filter()
    window.pupils_page.select_pupil(asem.id)
    window.new_referral_action.trigger()
    assert fake_dialogs[-1].name == "ReferralDialog"
    assert fake_dialogs[-1].kwargs["pupil_ids"] == [asem.id]


def test_settings_organisations_opens_the_directory(window):
    from desktop.views.referrals.organisations_dialog import OrganisationsDialog

    window.organisations_action.trigger()
    dialog = window.findChildren(OrganisationsDialog)[-1]
    assert dialog.windowTitle() == "Organisations" and dialog.isVisible()
    dialog.reject()


def test_the_preventive_work_log_is_the_ninth_page(window, services, qtbot):
    from datetime import date

    from desktop.models.prevention import ActivityInput
    from desktop.views.prevention.prevention_form import PreventionDialog

    services.prevention.create(ActivityInput(
        held_on=date(2026, 11, 16), programme="dosbol_like", topic="ДосболLIKE: достық",
        audience="pupils", class_name="6Б", participants=27))
    assert window.nav.item(PREVENTION).text() == "Preventive work"
    press(qtbot, window, Qt.Key.Key_9)
    assert window.current_page() == PREVENTION and window.page_actions[PREVENTION].isChecked()
    page = window.stack.currentWidget()
    assert type(page).__name__ == "PreventionPage" and page.model.rowCount() == 1
    window.new_prevention_action.trigger()
    dialog = window.findChild(PreventionDialog)
    assert dialog is not None and dialog.windowTitle() == "New preventive activity"
    dialog.discard()


def test_the_head_teacher_has_no_preventive_work_log(services, tmp_path, qtbot):
    from desktop.services import Services
    from desktop.services.context import Context

    head = Services.build(services.db, Context(actor="head", role="head",
                                               clock=services.ctx.clock))
    w = MainWindow(head, Settings(), tmp_path)
    qtbot.addWidget(w)
    assert not w.new_prevention_action.isVisible()
    assert not w.new_prevention_action.isEnabled()
    assert not w.page_actions[PREVENTION].isVisible()


def test_a_save_refreshes_the_page_on_screen_and_the_others_only_when_shown(window, make_pupil,
                                                                             records):
    """Issue 17, Must have 6: what a save changed comes from the journal (models/changes.py);
    the page on screen reads again at once, hidden pages that show it when next shown, and
    pages that do not show it not at all."""
    from desktop.views.main_window import SUMMARY

    reads = {}
    for index in (DASHBOARD, SESSIONS, PREVENTION, SUMMARY):
        page = window.page(index)
        reads[index] = 0
        # On screen a page reads on the journal's worker where it can (refresh_later).
        for name in ("refresh", "refresh_later"):
            original = getattr(page, name, None)
            if original is None:
                continue

            def counted(*args, original=original, index=index):
                reads[index] += 1
                original(*args)

            setattr(page, name, counted)
    window.show_page(SESSIONS)
    pupil = make_pupil()
    records.session([pupil.id])
    assert reads[SESSIONS] == 2  # on screen: the pupil, then the session
    assert reads[DASHBOARD] == reads[SUMMARY] == reads[PREVENTION] == 0
    window.show_page(SUMMARY)
    assert reads[SUMMARY] == 1  # once for both saves, when shown
    window.show_page(PREVENTION)
    assert reads[PREVENTION] == 0  # nothing it shows changed
    window.show_page(DASHBOARD)
    assert reads[DASHBOARD] == 1


def card_on_screen(window, make_pupil, pupil):
    """The pupil's card on screen beside one other pupil; (the page, a list that grows each
    time the pupil list is filled again)."""
    make_pupil(surname="Сейітова", given_name="Гүлім")
    window.show_pupil(pupil.id)
    settle_journal_work()
    page = window.pupils_page
    resets = []
    page.model.modelReset.connect(lambda: resets.append(True))
    return page, resets


def test_a_session_saved_refreshes_the_card_and_leaves_the_pupil_list_alone(
        window, services, make_pupil, records):
    """Issue 16, Must have 4: a session saved reads the card's chronology again, not the
    whole pupil list (which shows pupils and guardians only); a parent's refusal recorded
    reads the list again and shows it."""
    from desktop.models.pupil import PupilInput

    pupil = make_pupil()
    page, resets = card_on_screen(window, make_pupil, pupil)
    records.session([pupil.id])
    settle_journal_work()
    assert page.card.chronology.rowCount() == 1  # the card shows the new session
    assert resets == []  # the list was not filled again
    assert page.model.rowCount() == 2

    read = services.pupils.get(pupil.id)
    services.pupils.update(pupil.id, PupilInput(
        surname=read.surname, given_name=read.given_name, sex=read.sex,
        birth_date=read.birth_date, class_name=read.class_name,
        study_language=read.study_language, consent_status="refused",
        consent_date=services.ctx.today(), consent_by="Нұрланова Гүлнар"))
    settle_journal_work()
    assert resets  # the list read again
    consent = page.model.index(page.model.find_row(pupil.id), 4).data()
    assert consent == "Refused"


def test_records_saved_from_the_card_read_the_list_again_only_when_it_shows_them(
        window, make_pupil, monkeypatch):
    """A session saved from the card's form reads the chronology again, not the 12,000
    pupils of a large school (it held the chronology back); the pupil's own name changed
    from the card reads the list again, and it shows the new name."""
    pupil = make_pupil(surname="Жұмабаева", given_name="Әйгерім")
    page, resets = card_on_screen(window, make_pupil, pupil)
    chronology = page.services.chronology
    reads = []
    read = chronology.for_pupil
    monkeypatch.setattr(chronology, "for_pupil", lambda *a, **k: reads.append(1) or read(*a, **k))

    dialog = page.card.new_session()
    dialog.reason.setText("Сабақтағы мазасыздық")
    dialog.initiator.setCurrentIndex(dialog.initiator.findData("teacher"))
    if dialog.consent_reason_shown():
        dialog.no_consent_reason.setPlainText("Шұғыл жағдай")
    assert dialog.save()
    settle_journal_work()
    assert page.card.chronology.rowCount() == 1
    assert resets == []
    assert len(reads) == 1  # once, by the change feed (not also by the card itself)

    dialog = page.card.edit_pupil()
    dialog.surname.setText("Жұмабаева-Сейтқали")
    assert dialog.save()
    settle_journal_work()
    assert resets
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Жұмабаева-Сейтқали Әйгерім" in names


def test_a_consent_recorded_in_a_referral_shows_on_the_open_pupil_card(window, services,
                                                                      make_pupil, qtbot):
    from datetime import date

    from desktop.models.organisation import OrganisationInput
    from desktop.views.referrals.referral_form import ReferralDialog
    from ui_helpers import choose, type_text

    centre = services.organisations.create(OrganisationInput(
        kind="support_centre", name_kk="Психологиялық қолдау орталығы",
        name_ru="Центр психологической поддержки"))
    asem = make_pupil(consent_status="not_asked", consent_date=None, consent_by="")
    window.show_page(PUPILS)
    window.pupils_page.apply_filter()
    window.pupils_page.select_pupil(asem.id)
    card = window.pupils_page.card
    assert card.consent_value.text() == "Not asked yet"
    window.new_referral_action.trigger()
    d = window.findChildren(ReferralDialog)[-1]
    choose(d.organisation, str(centre.id))
    type_text(d.reason, "Сыныптастары мазақтайды")
    type_text(d.consent_by, "Нұрланова Гүлнар")
    d.consent_date.set_value(date(2026, 11, 2))
    choose(d.consent_how, "written")
    assert d.save()
    settle_journal_work()  # the card reads again off the GUI thread
    # Consent to the referral is shown beside the pupil's own, never taken for it.
    assert card.consent_value.text() == (
        "Not asked yet\nFor a referral: in writing, on 02/11/2026 by Нұрланова Гүлнар")
    assert "for that referral only" in card.consent_value.toolTip()
    assert services.pupils.get(asem.id).consent_status == "not_asked"


def test_a_list_on_screen_reads_again_on_the_journals_worker_and_keeps_the_selection(
        window, make_pupil, records):
    """Issue 16, Must have 4: after a save the list on screen asks for its rows off the GUI
    thread (sorted by pupil, 100,000 sessions take a quarter second), shows them when read,
    and the record selected stays selected."""
    import threading

    from desktop.views.widgets.list_page import select_row

    pupil = make_pupil()
    first = records.session([pupil.id])
    window.show_page(SESSIONS)
    page = window.sessions_page
    page.refresh()
    page.model.row_object(0)  # the first page, as painting it would fetch it
    select_row(page.table, page.model.find_row(first.id))
    assert page.model.row_id(page.table.currentIndex().row()) == first.id
    threads = []
    original = page.count_rows

    def count_rows(f):
        threads.append(threading.current_thread().name)
        return original(f)

    page.model._count_fn = count_rows
    records.session([make_pupil(surname="Сейітова", given_name="Гүлім").id])
    assert page.model.rowCount() == 1  # not read yet: the window goes on meanwhile
    settle_journal_work()
    assert threads and threads[-1].startswith("journal")
    assert page.model.rowCount() == 2
    assert page.model.row_id(page.table.currentIndex().row()) == first.id
