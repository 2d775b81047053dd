"""Follow-up actions: overdue when the due date has passed and nothing is done."""

import uuid
from datetime import datetime, timedelta

import pytest
from unit_factories import NOW, TODAY, followup_input

from desktop.services.errors import NotFound, ValidationError
from desktop.services.listing import ListFilter

YESTERDAY, TOMORROW = TODAY - timedelta(days=1), TODAY + timedelta(days=1)


def errors_of(services, data):
    with pytest.raises(ValidationError) as err:
        services.followups.create(data)
    return err.value.codes()


def test_create_and_read_back(services, pupil):
    data = followup_input(pupil.id, what=" Позвонить маме ", due_date=TOMORROW, responsible="Қуанышева Ұ.")
    created = services.followups.create(data)
    read = services.followups.get(created.id)
    assert read == created
    assert isinstance(read.id, uuid.UUID)
    assert (read.pupil.id, read.pupil.full_name) == (pupil.id, "Әлібеков Нұрғали Қуанышұлы")
    assert (read.what, read.due_date, read.responsible, read.done_date) == (
        "Позвонить маме", TOMORROW, "Қуанышева Ұ.", None)
    assert read.overdue is False


def test_overdue_when_due_date_passed_and_not_done(make_followup, pupil):
    assert make_followup(pupil.id, due_date=YESTERDAY).overdue is True


def test_not_overdue_when_due_today(make_followup, pupil):
    assert make_followup(pupil.id, due_date=TODAY).overdue is False


def test_not_overdue_when_due_in_the_future(make_followup, pupil):
    assert make_followup(pupil.id, due_date=TOMORROW).overdue is False


def test_not_overdue_when_done(make_followup, pupil):
    fu = make_followup(pupil.id, due_date=TODAY - timedelta(days=10), done_date=YESTERDAY)
    assert fu.overdue is False


def test_becomes_overdue_as_days_pass(services, clock, make_followup, pupil):
    fu = make_followup(pupil.id, due_date=TOMORROW)
    clock.now = NOW + timedelta(days=1)
    assert services.followups.get(fu.id).overdue is False
    clock.now = NOW + timedelta(days=2)
    assert services.followups.get(fu.id).overdue is True


def test_mark_done_sets_todays_date(services, make_followup, pupil):
    fu = make_followup(pupil.id, due_date=YESTERDAY)
    done = services.followups.mark_done(fu.id)
    assert done.done_date == TODAY
    assert done.overdue is False
    assert services.followups.get(fu.id).done_date == TODAY


def test_done_date_cannot_be_in_the_future(services, pupil):
    assert errors_of(services, followup_input(pupil.id, done_date=TOMORROW))["done_date"] == "date.future"


def test_required_fields(services):
    codes = errors_of(services, followup_input(None, what=" ", due_date=None, responsible=""))
    assert codes == {"pupil_id": "required", "what": "required", "due_date": "required",
                     "responsible": "required"}


def test_deleted_pupil(services, make_pupil):
    gone = make_pupil()
    services.pupils.delete(gone.id)
    assert errors_of(services, followup_input(gone.id))["pupil_id"] == "pupils.missing"
    assert services.followups.count() == 0


# --- links -------------------------------------------------------------------------------


def test_link_to_an_observation_involving_the_pupil(services, make_pupil, make_observation):
    p = make_pupil()
    obs = make_observation([(p.id, "target")])
    fu = services.followups.create(followup_input(p.id, observation_id=obs.id))
    assert services.followups.get(fu.id).observation_id == obs.id


def test_link_to_an_observation_not_involving_the_pupil(services, make_pupil, make_observation):
    p = make_pupil()
    other = make_pupil(surname="Өмірзақ", given_name="Ұлжан", sex="female",
                       birth_date=datetime(2012, 3, 3).date())
    obs = make_observation([(other.id, "target")])
    assert errors_of(services, followup_input(p.id, observation_id=obs.id))["observation_id"] == \
        "link.pupil_not_involved"
    assert services.followups.count() == 0


def test_link_to_a_session(services, make_pupil, make_session):
    p = make_pupil()
    other = make_pupil(surname="Өмірзақ", given_name="Ұлжан", sex="female",
                       birth_date=datetime(2012, 3, 3).date())
    own, foreign = make_session([p.id]), make_session([other.id])
    assert services.followups.create(followup_input(p.id, session_id=own.id)).session_id == own.id
    assert errors_of(services, followup_input(p.id, session_id=foreign.id))["session_id"] == \
        "link.pupil_not_involved"


def test_link_to_an_unknown_record(services, pupil):
    codes = errors_of(services, followup_input(pupil.id, session_id=uuid.uuid4(), observation_id=uuid.uuid4()))
    assert codes["session_id"] == "link.pupil_not_involved"
    assert codes["observation_id"] == "link.pupil_not_involved"


# --- lists -------------------------------------------------------------------------------


@pytest.fixture
def tasks(services, make_pupil, make_followup):
    a = make_pupil(surname="Әлібеков", given_name="Нұрғали")
    b = make_pupil(surname="Қуанышева", given_name="Ұлжан", sex="female", birth_date=datetime(2012, 1, 5).date())
    return {
        "late": make_followup(a.id, what="Просрочено", due_date=TODAY - timedelta(days=3)),
        "today": make_followup(b.id, what="Сегодня", due_date=TODAY),
        "later": make_followup(a.id, what="Позже", due_date=TODAY + timedelta(days=5)),
        "done": make_followup(b.id, what="Сделано", due_date=TODAY - timedelta(days=9), done_date=YESTERDAY),
        "late_b": make_followup(b.id, what="Тоже просрочено", due_date=YESTERDAY),
    }


def whats(services, f):
    return [r.what for r in services.followups.page(f, 0, 100)]


def test_list_open(services, tasks):
    assert whats(services, ListFilter(kind="open")) == ["Просрочено", "Тоже просрочено", "Сегодня", "Позже"]
    assert services.followups.count(ListFilter(kind="open")) == 4


def test_list_overdue(services, tasks):
    rows = services.followups.page(ListFilter(kind="overdue"), 0, 100)
    assert [r.what for r in rows] == ["Просрочено", "Тоже просрочено"]
    assert all(r.overdue for r in rows)
    assert services.followups.count(ListFilter(kind="overdue")) == 2


def test_list_done(services, tasks):
    assert whats(services, ListFilter(kind="done")) == ["Сделано"]
    assert services.followups.count(ListFilter(kind="done")) == 1


def test_list_all_puts_done_last_and_filters_by_name(services, tasks):
    assert whats(services, ListFilter())[-1] == "Сделано"
    assert services.followups.count() == 5
    assert set(whats(services, ListFilter(text="ұлжан"))) == {"Сегодня", "Сделано", "Тоже просрочено"}
    assert whats(services, ListFilter(text="әлібеков", kind="overdue")) == ["Просрочено"]


def test_marking_done_moves_it_between_lists(services, tasks):
    services.followups.mark_done(tasks["late"].id)
    assert services.followups.count(ListFilter(kind="overdue")) == 1
    assert services.followups.count(ListFilter(kind="done")) == 2


def test_deleted_follow_up_leaves_the_lists(services, tasks):
    services.followups.delete(tasks["late"].id)
    assert services.followups.count() == 4
    assert "Просрочено" not in whats(services, ListFilter())
    with pytest.raises(NotFound):
        services.followups.get(tasks["late"].id)


def test_follow_up_of_a_deleted_pupil_is_not_found_rather_than_a_crash(services, pupil, make_followup):
    fu = make_followup(pupil.id)
    services.pupils.delete(pupil.id)
    with pytest.raises(NotFound):
        services.followups.get(fu.id)


def test_follow_ups_of_a_deleted_pupil_leave_the_lists(services, pupil, make_followup):
    make_followup(pupil.id, due_date=YESTERDAY)
    services.pupils.delete(pupil.id)
    assert services.followups.count(ListFilter(kind="overdue")) == 0
    assert services.followups.page(ListFilter(), 0, 10) == []
