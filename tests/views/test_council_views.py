"""The prevention council's page and forms, as a user works them: a meeting with those
present and an agenda, a decision that starts accompaniment, the accompaniment's plan and
reviews; the bad input said beside its field with nothing saved; proposals accepted and
dismissed; members and grounds; what the head teacher and the counsellor see."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from ui_helpers import choose, never_block, save_button, type_text

from desktop.models.council import DecisionInput, ItemInput, MeetingInput, MemberInput
from desktop.models.journal import ObservationInput, Participant
from desktop.services import Services
from desktop.services.context import Context
from desktop.services.filters import ListFilter
from desktop.views.council.accompaniment_form import AccompanimentDialog
from desktop.views.council.accompaniment_parts import MeasureDialog, ReviewDialog
from desktop.views.council.council_page import CouncilPage
from desktop.views.council.decision_form import DecisionDialog
from desktop.views.council.meeting_form import MeetingDialog
from desktop.views.widgets.list_page import select_row

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def members(services):
    c = services.council
    return [c.save_member(None, MemberInput("Серікова Айгүл Маратқызы", "директор")),
            c.save_member(None, MemberInput("Жұмабаева Мөлдір Қайратқызы", "педагог-психолог"))]


@pytest.fixture
def pupil(make_pupil):
    return make_pupil()


def held_meeting(services, members, pupil, when=TODAY - timedelta(days=2)):
    return services.council.create_meeting(MeetingInput(
        held_on=when, chair_id=members[0].id, secretary_id=members[1].id,
        present=[m.id for m in members], items=[ItemInput(pupil_id=pupil.id, heard="Екі рет")]))


def started(services, members, pupil):
    m = held_meeting(services, members, pupil)
    services.council.decide(m.items[0].id, DecisionInput(
        decision="start", grounds=["bullying"], responsible="Бекова С.Н.", review_days=30))
    return services.accompaniment.of_pupil(pupil.id)[0]


def check(widget_list, row):
    widget_list.item(row).setCheckState(Qt.CheckState.Checked)


def test_a_meeting_with_no_one_present_is_refused_beside_the_field(qtbot, services, members,
                                                                 pupil):
    d = MeetingDialog(services)
    qtbot.addWidget(d)
    d.add_item(None, pupil.id, pupil.full_name)
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert "Mark who was present" in d.error_text("present")
    assert services.council.meetings() == []


def test_a_user_records_a_meeting_and_starts_accompaniment(qtbot, services, members, pupil):
    d = MeetingDialog(services)
    qtbot.addWidget(d)
    d.held_on.setDate(d.held_on.date().addDays(-1))
    check(d.present, 0)
    check(d.present, 1)
    d.chair.setCurrentIndex(d.chair.findData(members[0].id))
    d.secretary.setCurrentIndex(d.secretary.findData(members[1].id))
    d.add_item(None, pupil.id, pupil.full_name)
    d.items.item(0, 1).setText("Сынып жетекшісі: екі рет қорланған")
    d.items.setCurrentCell(0, 0)
    d.decide()
    decision = d.decision_dialog
    assert isinstance(decision, DecisionDialog)
    m = services.council.meetings()[0]
    assert (m.number, m.present, m.items) == (1, 2, 1)
    choose(decision.decision, "start")
    assert decision.grounds.isVisible() or decision.grounds.isVisibleTo(decision)
    qtbot.mouseClick(save_button(decision), Qt.MouseButton.LeftButton)
    assert decision.error_text("grounds") == "Choose at least one ground."
    assert decision.error_text("responsible") == "This field is required."
    assert services.accompaniment.count(ListFilter(kind="open")) == 0
    for r in range(decision.grounds.count()):
        if decision.grounds.item(r).data(Qt.ItemDataRole.UserRole) == "bullying":
            check(decision.grounds, r)
    type_text(decision.responsible, "Бекова С.Н.")
    with qtbot.waitSignal(decision.saved):
        qtbot.mouseClick(save_button(decision), Qt.MouseButton.LeftButton)
    a = services.accompaniment.of_pupil(pupil.id)[0]
    assert a.open and a.grounds == ("bullying",) and a.responsible == "Бекова С.Н."
    assert d.items.item(0, 2).text() == "Start accompaniment"
    assert not d.decide_button.isEnabled()


def test_a_second_start_offers_the_plan_change(qtbot, services, members, pupil):
    started(services, members, pupil)
    m = held_meeting(services, members, pupil, TODAY)
    d = DecisionDialog(services, m, m.items[0])
    qtbot.addWidget(d)
    assert d.decision.currentData() == "change_plan"  # offered first
    choose(d.decision, "start")
    assert "Accompanied since" in d.banner.text()
    d.grounds.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(d.responsible, "Бекова С.Н.")
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert "Change the plan" in d.error_text("decision")
    assert len(services.accompaniment.of_pupil(pupil.id)) == 1


def test_an_end_without_an_outcome(qtbot, services, members, pupil):
    started(services, members, pupil)
    m = held_meeting(services, members, pupil, TODAY)
    d = DecisionDialog(services, m, m.items[0])
    qtbot.addWidget(d)
    choose(d.decision, "end")
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert d.error_text("outcome") == "This field is required."
    assert services.accompaniment.of_pupil(pupil.id)[0].open


def test_the_plan_and_reviews_in_the_accompaniment_form(qtbot, services, members, pupil):
    a = started(services, members, pupil)
    d = AccompanimentDialog(services, a.id)
    qtbot.addWidget(d)
    assert pupil.full_name in d.about.text()
    d.add_measure()
    measure = d.measure_dialog
    assert isinstance(measure, MeasureDialog)
    measure.what.setPlainText("Сынып сағаты: достық туралы")
    with qtbot.waitSignal(measure.saved):
        qtbot.mouseClick(save_button(measure), Qt.MouseButton.LeftButton)
    assert d.measures.rowCount() == 1
    assert services.followups.count(ListFilter(kind="open")) == 1  # in Follow-ups
    d.add_review()
    review = d.review_dialog
    assert isinstance(review, ReviewDialog)
    review.on_date.setDate(review.on_date.date().addDays(-10))
    choose(review.progress, "better")
    qtbot.mouseClick(save_button(review), Qt.MouseButton.LeftButton)
    assert "before the accompaniment began" in review.error_text("on_date")
    review.on_date.setDate(review.on_date.date().addDays(10))
    review.confidential.setPlainText("Құпия")
    with qtbot.waitSignal(review.saved):
        qtbot.mouseClick(save_button(review), Qt.MouseButton.LeftButton)
    assert d.reviews.rowCount() == 1 and d.reviews.item(0, 3).text() == "Құпия"
    choose(d.informed_how, "phone")
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert d.error_text("parents_informed_on") == "This field is required."
    d.informed_on.set_value(TODAY)
    with qtbot.waitSignal(d.saved):
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert services.accompaniment.get(a.id).parents_informed_how == "phone"


def test_the_parents_informed_before_the_start(qtbot, services, members, pupil):
    a = started(services, members, pupil)
    d = AccompanimentDialog(services, a.id)
    qtbot.addWidget(d)
    d.informed_on.set_value(a.started_on - timedelta(days=3))
    choose(d.informed_how, "letter")
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert "before the accompaniment began" in d.error_text("parents_informed_on")
    assert services.accompaniment.get(a.id).parents_informed_on is None


def test_the_page_lists_accompaniments_meetings_and_proposals(qtbot, services, members,
                                                              pupil, make_pupil):
    started(services, members, pupil)
    other = make_pupil(surname="Құдайбергенова", given_name="Әйгерім")
    for days in (1, 2):
        services.observations.create(ObservationInput(
            occurred_at=datetime(2026, 11, 20 - days, 10),
            place="corridor", severity=2, reporter="teacher", description="Итеріп жіберді",
            forms=["physical"], participants=[Participant(other.id, "target")]))
    coming = services.council.create_meeting(MeetingInput(held_on=TODAY + timedelta(days=5)))
    page = CouncilPage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.accompaniments.model.rowCount() == 1
    assert page.meetings.model.rowCount() == 2
    assert page.tabs.tabText(2) == "Proposals (1)"
    select_row(page.proposals.table, 0)
    assert page.proposals.accept_current()
    assert [i.pupil_id for i in services.council.get_meeting(coming.id).items] == [other.id]
    assert page.tabs.tabText(2) == "Proposals"


def test_dismissing_a_proposal_needs_a_reason(qtbot, services, make_pupil):
    other = make_pupil(surname="Құдайбергенова", given_name="Әйгерім")
    for days in (1, 2):
        services.observations.create(ObservationInput(
            occurred_at=datetime(2026, 11, 20 - days, 10), place="corridor", severity=2,
            reporter="teacher", description="Итеріп жіберді", forms=["physical"],
            participants=[Participant(other.id, "target")]))
    page = CouncilPage(services)
    qtbot.addWidget(page)
    select_row(page.proposals.table, 0)
    page.proposals.dismiss_current()
    d = page.proposals.dialog
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert d.error_text("reason") == "This field is required."
    d.reason.setPlainText("Ата-анамен сөйлестік, жағдай шешілді")
    with qtbot.waitSignal(d.saved):
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert services.council.proposals() == []


def test_members_and_grounds_are_kept_by_the_school(qtbot, services):
    page = CouncilPage(services)
    qtbot.addWidget(page)
    page.members.open_dialog(None)
    d = page.members.dialog
    qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert d.error_text("name") == "This field is required."
    type_text(d.name, "Ахметов Дәурен")
    with qtbot.waitSignal(d.saved):
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert page.members.table.rowCount() == 1
    assert page.grounds.table.rowCount() == 7
    page.grounds.open_dialog(None)
    g = page.grounds.dialog
    type_text(g.code, "family move")
    qtbot.mouseClick(save_button(g), Qt.MouseButton.LeftButton)
    assert "Latin letters" in g.error_text("code")


def test_the_counsellor_never_sees_the_confidential_note(qtbot, services, members, pupil):
    from desktop.models.accompaniment import ReviewInput

    a = started(services, members, pupil)
    services.accompaniment.add_review(a.id, ReviewInput(TODAY, "same", "Жалпы", "Құпия"))
    counsellor = Services.build(services.db, Context(actor="c", role="counsellor",
                                                     clock=services.ctx.clock))
    d = AccompanimentDialog(counsellor, a.id)
    qtbot.addWidget(d)
    assert d.reviews.columnCount() == 3
    d.add_review()
    assert d.review_dialog.confidential is None


def test_the_window_has_the_council_page(qtbot, services, members, pupil, tmp_path):
    from desktop.settings import Settings
    from desktop.views.main_window import COUNCIL, MainWindow

    a = started(services, members, pupil)
    window = MainWindow(services, Settings(), tmp_path)
    qtbot.addWidget(window)
    assert window.nav.item(COUNCIL).text() == "Prevention council"
    window.show_page(COUNCIL)
    assert window.page(COUNCIL).accompaniments.model.rowCount() == 1
    assert a.next_review == a.started_on + timedelta(days=30)


def test_a_measure_edited_in_follow_ups_stays_in_the_plan(qtbot, services, members, pupil):
    from desktop.models.journal import FollowUpInput
    from desktop.views.followups.followup_form import FollowUpDialog

    a = started(services, members, pupil)
    f = services.accompaniment.add_measure(a.id, FollowUpInput(
        what="Жеке кеңес", responsible="Бекова С.Н.", due_date=TODAY + timedelta(days=3)))
    d = FollowUpDialog(services, follow_up_id=f.id)
    qtbot.addWidget(d)
    d.what.setPlainText("Жеке кеңес, аптасына екі рет")
    with qtbot.waitSignal(d.saved):
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert [m.what for m in services.accompaniment.get(a.id).measures] == [
        "Жеке кеңес, аптасына екі рет"]


def test_proposals_sort_and_filter_by_class_and_read_again_off_the_gui_thread(
        qtbot, services, make_pupil):
    """Issue 16, Must haves 3 and 4: the proposals sort by a header's click and narrow by
    class (chosen or typed); after a save they are read on the journal's worker."""
    from ui_helpers import click_header, column_texts

    from desktop.views.widgets.tasks import settle_journal_work

    pupils = [make_pupil(surname=s, given_name="Әлия", class_name=c, iin="")
              for s, c in (("Ахметова", "7Ә"), ("Ыбырайқызы", "5Ә"), ("Бекова", "7Ә"))]

    def targeted(pupil, days=(1, 2)):
        for d in days:
            services.observations.create(ObservationInput(
                occurred_at=datetime(2026, 11, 20 - d, 10), place="corridor", severity=2,
                reporter="teacher", description="Итеріп жіберді", forms=["physical"],
                participants=[Participant(pupil.id, "target")]))

    for p in pupils[:2]:
        targeted(p)
    page = CouncilPage(services)
    qtbot.addWidget(page)
    page.show()
    tab = page.proposals
    click_header(qtbot, tab.table, 0)
    assert column_texts(tab.table, 0)[:2] == [pupils[0].full_name, pupils[1].full_name]
    click_header(qtbot, tab.table, 0)
    assert column_texts(tab.table, 0)[:2] == [pupils[1].full_name, pupils[0].full_name]
    tab.class_filter.choose("7Ә")
    assert column_texts(tab.table, 0) == [pupils[0].full_name]
    tab.class_filter.choose(None)
    tab.search.setText("5ә")
    assert column_texts(tab.table, 0) == [pupils[1].full_name]
    tab.search.clear()

    targeted(pupils[2], days=(3, 4))
    page.refresh_later()
    assert page.tabs.tabText(2) == "Proposals (2)"  # not read yet: the window goes on
    settle_journal_work()
    assert page.tabs.tabText(2) == "Proposals (3)"
    assert pupils[2].full_name in column_texts(tab.table, 0)
