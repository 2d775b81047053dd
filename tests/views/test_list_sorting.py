"""Lists you can work through: every list sorts by a click on a column's header (again: the
other way, the header's arrow showing which), and narrows to a class chosen in its class
filter or typed in its search box («5Ә»), the footer counting what is left. Three invented
pupils in 5А, 5Ә and 10Б (Kazakh letters sort in their alphabet's place: 5А, 5Ә, 10Б).

NOW (tests/views/conftest.py) is Friday 20 November 2026, 10:00."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import click_header, column_texts, never_block

from desktop.models.case import CaseInput
from desktop.models.concern import ConcernInput
from desktop.models.council import DecisionInput, ItemInput, MeetingInput, MemberInput
from desktop.models.journal import Participant
from desktop.models.organisation import OrganisationInput
from desktop.models.prevention import ActivityInput
from desktop.models.referral_record import ReferralInput
from desktop.models.school_class import class_sort_key
from desktop.models.text import collation_key
from desktop.views.cases.cases_page import CasesPage
from desktop.views.concerns.concerns_page import ConcernsPage
from desktop.views.council.council_page import AccompanimentList, MeetingList
from desktop.views.followups.followups_page import FollowUpsPage
from desktop.views.observations.observations_page import ObservationsPage
from desktop.views.prevention.prevention_page import PreventionPage
from desktop.views.pupils.pupils_page import PupilsPage
from desktop.views.referrals.referrals_page import ReferralsPage
from desktop.views.sessions.sessions_page import SessionsPage

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def school(services, make_pupil, records):
    """Each pupil has one record of every kind (Серіков two sessions), each kind's values
    differing from pupil to pupil."""
    aliya = make_pupil("Әлиева", "Айгерім", class_name="5Ә")
    dana = make_pupil("Бекова", "Дана", class_name="5А")
    arman = make_pupil("Серіков", "Арман", sex="male", class_name="10Б")
    pupils = [aliya, dana, arman]
    centre = services.organisations.create(OrganisationInput(
        kind="support_centre", name_kk="Алатау ауданының ПҚО", name_ru="ЦПП Алатауского района"))
    hospital = services.organisations.create(OrganisationInput(
        kind="health", name_kk="Бала емханасы", name_ru="Детская поликлиника"))
    c = services.council
    members = [c.save_member(None, MemberInput("Серікова Айгүл Маратқызы", "директор")),
               c.save_member(None, MemberInput("Жұмабаева Мөлдір Қайратқызы", "психолог"))]
    for n, (p, severity, kind, title) in enumerate(zip(
            pupils, (3, 1, 2), ("group", "individual", "parent"),
            ("Чаттағы қорлау", "Ақша талап ету", "Төбелес"))):
        when = datetime(2026, 11, 2 + 5 * n, 9, 0)
        records.session([p.id], starts_at=when, kind=kind, reason=f"Себеп {n}")
        records.observation([(p.id, "target")], occurred_at=when, severity=severity,
                            description=f"Сипаттама {n}")
        records.follow_up(p.id, due_date=TODAY + timedelta(days=3 - n), what=f"Әрекет {n}")
        services.concerns.create(ConcernInput(
            received_at=when, source="parent", channel="phone", from_name=f"Ата-ана {n}",
            pupil_ids=[p.id], summary=f"Шағым {n}"))
        services.cases.create(CaseInput(
            title=title, opened_on=when.date(), responsible="Психолог",
            participants=[Participant(p.id, "target")]))
        services.referrals.send(services.referrals.create(ReferralInput(
            pupil_id=p.id, organisation_id=(centre, hospital)[n % 2].id, language="kk",
            reason="Жүйелі қорлау", consent_by="Ата-анасы", consent_date=date(2026, 9, 1),
            consent_how="written")).id, when.date())
        services.prevention.create(ActivityInput(
            held_on=when.date(), programme="personal_safety", topic=f"Тақырып {n}",
            audience="pupils", class_name=p.class_name, group_name="",
            participants=(24, 31, 18)[n], led_by="Сейітова Г. М."))
        meeting = c.create_meeting(MeetingInput(
            held_on=TODAY - timedelta(days=10 - n), chair_id=members[0].id,
            secretary_id=members[1].id, present=[m.id for m in members],
            items=[ItemInput(pupil_id=p.id, heard="Екі рет")]))
        c.decide(meeting.items[0].id, DecisionInput(
            decision="start", grounds=["bullying"], responsible=f"Жауапты {n}", review_days=30))
    records.session([arman.id], starts_at=datetime(2026, 11, 19, 9, 0), kind="group",
                    reason="Себеп 3")
    return dict(aliya=aliya, dana=dana, arman=arman)


def show(page, qtbot):
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def column(page, c) -> list[str]:
    return column_texts(page.table, c)


def ddmmyyyy(text: str):
    return datetime.strptime(text[:10], "%d/%m/%Y")


def surname(text: str) -> str:
    return collation_key(text)


def number(text: str) -> int:
    return int(text)


def severity(text: str) -> int:
    return {"Low": 1, "Medium": 2, "High": 3, "Critical": 4}.get(text.split()[0], 0)


def grade(text: str):
    return class_sort_key(text)


# (page, column, what the user sees the column sorted by, the pupil's column, rows)
LISTS = [
    (SessionsPage, 1, surname, 1, 4),
    (SessionsPage, 0, ddmmyyyy, 1, 4),
    (ObservationsPage, 1, surname, 1, 3),
    (ConcernsPage, 1, surname, 1, 3),
    (ConcernsPage, 0, ddmmyyyy, 1, 3),
    (CasesPage, 1, surname, 2, 3),
    (CasesPage, 2, surname, 2, 3),
    (FollowUpsPage, 2, grade, 1, 3),
    (FollowUpsPage, 1, surname, 1, 3),
    (FollowUpsPage, 0, ddmmyyyy, 1, 3),
    (ReferralsPage, 2, surname, 2, 3),
    (ReferralsPage, 3, surname, 2, 3),
    (PreventionPage, 5, number, 4, 3),
    (PreventionPage, 4, grade, 4, 3),
    (AccompanimentList, 0, surname, 0, 3),
    (AccompanimentList, 1, grade, 0, 3),
    (AccompanimentList, 4, surname, 0, 3),
]


@pytest.mark.parametrize("page_class, c, key, pupil_column, rows", LISTS,
                         ids=[f"{p.__name__}-{c}" for p, c, *_ in LISTS])
def test_a_click_on_a_header_sorts_and_a_second_click_reverses(
        services, school, qtbot, page_class, c, key, pupil_column, rows):
    page = show(page_class(services), qtbot)
    if hasattr(page, "scope_combo"):
        page.scope_combo.setCurrentIndex(page.scope_combo.count() - 1)  # All
    if page_class is PreventionPage:
        page.period_combo.setCurrentIndex(page.period_combo.count() - 1)
    usual = column(page, c)
    assert len(usual) == rows
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == -1  # the usual order, no arrow at first

    click_header(qtbot, page.table, c)
    up = column(page, c)
    assert up == sorted(usual, key=key), up
    assert header.sortIndicatorSection() == c
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    click_header(qtbot, page.table, c)
    down = column(page, c)
    assert down == sorted(usual, key=key, reverse=True), down
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert up != down

    # The sort holds when the list is read again (after a save).
    page.refresh()
    assert column(page, c) == down


FILTERED = [(SessionsPage, 1, 1), (ObservationsPage, 1, 1), (ConcernsPage, 1, 1),
            (CasesPage, 2, 1), (FollowUpsPage, 1, 1), (ReferralsPage, 2, 1),
            (PreventionPage, 4, 1), (AccompanimentList, 0, 1)]


@pytest.mark.parametrize("page_class, pupil_column, found", FILTERED,
                         ids=[p.__name__ for p, *_ in FILTERED])
def test_the_class_filter_and_a_class_typed_narrow_the_list_and_its_count(
        services, school, qtbot, type_text, page_class, pupil_column, found):
    page = show(page_class(services), qtbot)
    if hasattr(page, "scope_combo"):
        page.scope_combo.setCurrentIndex(page.scope_combo.count() - 1)
    if page_class is PreventionPage:
        page.period_combo.setCurrentIndex(page.period_combo.count() - 1)
    everyone = page.model.rowCount()
    assert everyone >= 3
    combo = page.class_combo
    assert combo.isVisibleTo(page)
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["5А", "5Ә", "10Б"]

    combo.setCurrentIndex(combo.findData("5Ә"))
    shown = column(page, pupil_column)
    assert len(shown) == found
    assert all("Әлиева" in s or s == "5Ә" for s in shown), shown
    assert page.count_label.text() == f"Found: {found}"

    combo.setCurrentIndex(0)  # All classes
    assert page.model.rowCount() == everyone
    if page_class is PreventionPage:
        return  # its search box is for topics and groups, and it holds the class too
    type_text(page.search, "5ә")  # typed in lower case, as a class
    page.flush_search()
    assert page.model.rowCount() == found
    assert all("Әлиева" in s for s in column(page, pupil_column))
    assert page.count_label.text() == f"Found: {found}"
    type_text(page.search, " Бек")  # 5Ә and «Бек»: nobody
    page.flush_search()
    assert page.model.rowCount() == 0 and page.count_label.text() == "Found: 0"


def test_the_meeting_list_sorts_by_date_and_has_no_class_filter(services, school, qtbot):
    page = show(MeetingList(services), qtbot)
    usual = column(page, 2)
    assert not page.class_combo.isVisibleTo(page)
    click_header(qtbot, page.table, 2)
    assert column(page, 2) == sorted(usual, key=ddmmyyyy)
    click_header(qtbot, page.table, 2)
    assert column(page, 2) == sorted(usual, key=ddmmyyyy, reverse=True)


def test_the_pupil_list_sorts_by_class_naturally_and_by_name(services, school, qtbot):
    page = PupilsPage(services)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    usual = column(page, 1)
    click_header(qtbot, page.table, 1)
    assert column(page, 1) == ["5А", "5Ә", "10Б"]
    click_header(qtbot, page.table, 1)
    assert column(page, 1) == ["10Б", "5Ә", "5А"]
    click_header(qtbot, page.table, 0)
    assert [n.split()[0] for n in column(page, 0)] == ["Әлиева", "Бекова", "Серіков"]
    click_header(qtbot, page.table, 0)
    assert [n.split()[0] for n in column(page, 0)] == ["Серіков", "Бекова", "Әлиева"]
    # A search keeps the order chosen; «5Ә» typed finds the class.
    page.search.setText("5Ә")
    assert column(page, 0) == ["Әлиева Айгерім"] and usual
    assert page.count_label.text() == "Pupils found: 1"


def test_the_sort_is_kept_across_a_change_of_language(services, school, qtbot):
    """The window builds its pages again in the new language from their state()."""
    page = show(FollowUpsPage(services), qtbot)
    page.scope_combo.setCurrentIndex(page.scope_combo.count() - 1)
    click_header(qtbot, page.table, 1)
    click_header(qtbot, page.table, 1)
    state = page.state()
    again = show(FollowUpsPage(services), qtbot)
    again.restore_state(state)
    assert again.table.horizontalHeader().sortIndicatorSection() == 1
    assert again.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert column(again, 1) == ["Серіков Арман", "Бекова Дана", "Әлиева Айгерім"]
    page.class_combo.setCurrentIndex(page.class_combo.findData("5А"))
    again.restore_state(page.state())
    assert again.class_combo.currentData() == "5А" and column(again, 1) == ["Бекова Дана"]
