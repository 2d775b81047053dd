"""What each role sees in the window: the services refuse, and the screens do not offer."""

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.models.journal import SessionInput
from desktop.services import Services
from desktop.services.context import Context
from desktop.settings import Settings
from desktop.views.main_window import MainWindow
from desktop.views.pupils.pupil_card import PupilCard
from desktop.views.sessions.session_form import SessionDialog
from desktop.views.sessions.sessions_page import SessionsPage

NOTE = "Айтуынша, үйде ұрыс-керіс жиі болады"


@pytest.fixture
def journal(services, make_pupil):
    pupil = make_pupil()
    session = services.sessions.create(SessionInput(
        starts_at=services.ctx.now() - timedelta(hours=2), duration_min=40, kind="individual",
        initiator="pupil", pupil_ids=[pupil.id], reason="Жалоба на одноклассников", notes=NOTE))
    return pupil, session


def as_role(services, role) -> Services:
    return Services.build(services.db, Context(actor=role, role=role, clock=services.ctx.clock))


def test_counsellor_opens_a_session_without_its_notes_and_cannot_change_it(qtbot, services, journal):
    _, session = journal
    dialog = SessionDialog(as_role(services, "counsellor"), session_id=session.id)
    qtbot.addWidget(dialog)
    assert dialog.reason.text() == "Жалоба на одноклассников"
    assert dialog.notes.toPlainText() == "" and not dialog.notes.isEnabled()
    assert "only the psychologist" in dialog.notes.placeholderText()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.banner.text() == "Only the psychologist can record or change sessions."
    # the psychologist's own view of the same session
    own = SessionDialog(services, session_id=session.id)
    qtbot.addWidget(own)
    assert own.notes.toPlainText() == NOTE and own.notes.isEnabled()


def test_counsellor_is_not_offered_a_new_session(qtbot, services, journal):
    pupil, _ = journal
    counsellor = as_role(services, "counsellor")
    card = PupilCard(counsellor)
    qtbot.addWidget(card)
    card.show_pupil(pupil.id)
    assert not card.session_button.isEnabled() and card.observation_button.isEnabled()
    page = SessionsPage(counsellor)
    qtbot.addWidget(page)
    assert not page.new_button.isEnabled()
    assert page.model.rowCount() == 1  # the session is listed: it happened


def test_head_teacher_sees_counts_and_no_names(qtbot, services, journal, tmp_path):
    pupil, _ = journal
    window = MainWindow(as_role(services, "head"), Settings(), tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert window.counts_only and not window.nav.isVisible()
    # The term summary first; today's counts on the second tab.
    assert window.stack.currentWidget() is window.counts_tabs
    assert window.counts_tabs.currentWidget() is window.summary_page
    assert [window.counts_tabs.tabText(i) for i in range(2)] == ["Term summary", "Today"]
    page = window.dashboard_page
    window.counts_tabs.setCurrentWidget(page)
    # One pupil, one session: shown as the summary shows small counts, never an exact 1.
    assert page.figures["pupils"].text() == "<5" and page.figures["sessions_held"].text() == "<5"
    shown = " ".join(w.text() for w in window.findChildren(type(page.title)))
    assert pupil.surname not in shown and NOTE not in shown
    assert not window.new_session_action.isEnabled() and not window.new_pupil_action.isEnabled()
    assert window.current_state() == {}


def test_head_teachers_window_reads_the_published_counts(qtbot, tmp_path):
    """Signed in with the head teacher's password: the published counts, when they were
    published, no free range of dates; the window never holds the journal."""
    from desktop.models.account import AccountInput
    from desktop.services.published import publish
    from desktop.vault import set_up, sign_in, sign_out
    from desktop.views.reports.term_summary_page import DATES

    services, _ = set_up(tmp_path, AccountInput(
        user_name="aigerim", display_name="Айгерім", password="Психолог-2026"))
    services.accounts.add(AccountInput(user_name="marat", display_name="Марат", role="head",
                                       password="Директор-2026"))
    publish(services)
    sign_out(services)
    head = sign_in(tmp_path, "marat", "Директор-2026")
    window = MainWindow(head, Settings(), tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert window.counts_only and head.db is None
    assert "Counts as published on" in window.published_label.text()
    page = window.summary_page
    assert page.part.findData(DATES) == -1
    assert page.summary is not None  # today's quarter, as published
    window.close()
    sign_out(head)
