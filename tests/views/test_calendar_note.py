"""The school calendar on the dashboard and its one-line note: a fresh journal on any date
knows today's school year and quarter (by the context's clock), says when the dates are a
guess, and says in one line with a button when the calendar lacks the year."""

from datetime import datetime

from desktop.services import Services
from desktop.services.context import Context
from desktop.views.dashboard.attention_page import AttentionPage
from desktop.views.dashboard.dashboard_page import DashboardPage


def at(services, when: datetime) -> Services:
    return Services.build(services.db, Context(actor="test", clock=lambda: when))


def dashboard(services, qtbot) -> DashboardPage:
    page = DashboardPage(services)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_fresh_journal_on_6_december_2026_is_in_quarter_2_of_2026_2027(services, qtbot):
    services = at(services, datetime(2026, 12, 6, 10))
    today = services.calendar.today()
    assert (today.year_name, today.term, today.on_break, today.unconfirmed) == (
        "2026-2027", 2, False, True)
    page = dashboard(services, qtbot)
    assert page.where.text() == "Quarter 2 of 2026-2027"
    assert page.calendar_note.has_note()
    assert "2026-2027 are Senim's best guess" in page.calendar_note.label.text()
    services.calendar.confirm("2026-2027")
    page.refresh()
    assert not page.calendar_note.has_note() and page.where.text() == "Quarter 2 of 2026-2027"


def test_on_a_break_and_in_summer_the_quarter_just_ended_is_named(services, qtbot):
    page = dashboard(at(services, datetime(2026, 10, 28, 10)), qtbot)
    assert page.where.text() == "Break after quarter 1 of 2026-2027"
    page = dashboard(at(services, datetime(2026, 7, 1, 10)), qtbot)
    assert page.where.text() == "Summer holidays after 2025-2026"
    assert not page.calendar_note.has_note()  # 2025-2026 is the ministry's


def test_a_year_the_calendar_lacks_gets_one_line_and_a_button_to_add_it(services, qtbot):
    page = dashboard(at(services, datetime(2029, 12, 6, 10)), qtbot)
    assert not page.where.isVisible()
    note = page.calendar_note
    assert note.has_note() and "no school year 2029-2030" in note.label.text()
    assert note.button.text() == "Add the school year…"
    dialog = note.open_dialog()
    assert dialog.isVisible() and dialog.name.text() == "2029-2030"
    assert dialog.proposal_note.text().startswith("Type the dates")
    dialog._dirty = False
    dialog.reject()
    assert note.has_note()  # still missing: nothing was saved


def test_the_psychologists_dashboard_says_where_today_falls(services, qtbot):
    """The first screen of the psychologist: today's quarter above the lists, and the
    one-line note while 2026-2027 is a guess."""
    page = AttentionPage(at(services, datetime(2026, 12, 6, 10)))
    qtbot.addWidget(page)
    page.show()
    assert page.calendar_note.where.text() == "Quarter 2 of 2026-2027"
    assert page.calendar_note.has_note()
    assert page.calendar_note.button.text() == "Check the dates…"
