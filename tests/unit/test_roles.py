"""Each role gets exactly its rights from the services, whatever screen or command asks."""

from datetime import date, timedelta

import pytest
from unit_factories import followup_input, observation_input, pupil_input, session_input

from desktop.models.school import SchoolInput
from desktop.models.term_summary import LESS_THAN_5
from desktop.services import Services
from desktop.services.context import Context, NotAllowed
from desktop.services.filters import ListFilter

NOTE = "Ұйқысы бұзылған, үйде жанжал"


@pytest.fixture
def records(services):
    pupil = services.pupils.create(pupil_input())
    session = services.sessions.create(session_input([pupil.id], notes=NOTE))
    observation = services.observations.create(observation_input([(pupil.id, "target")]))
    services.followups.create(followup_input(pupil.id, due_date=date(2026, 11, 1)))
    return pupil, session, observation


def as_role(db, clock, role) -> Services:
    return Services.build(db, Context(actor=f"{role}-user", role=role, clock=clock))


def test_counsellor_sees_that_a_session_happened_but_never_its_notes(db, clock, records):
    pupil, session, _ = records
    counsellor = as_role(db, clock, "counsellor")
    seen = counsellor.sessions.get(session.id)
    assert seen.reason == session.reason and seen.notes == "" and seen.notes_hidden
    assert [r.id for r in counsellor.sessions.page(ListFilter(), 0, 10)] == [session.id]
    assert any(e.kind == "session" for e in counsellor.chronology.for_pupil(pupil.id))
    for forbidden in (lambda: counsellor.sessions.update(session.id, seen.to_input()),
                      lambda: counsellor.sessions.create(session_input([pupil.id])),
                      lambda: counsellor.sessions.delete(session.id)):
        with pytest.raises(NotAllowed):
            forbidden()
    # and the psychologist still reads them
    assert as_role(db, clock, "psychologist").sessions.get(session.id).notes == NOTE


def test_counsellor_works_with_pupils_observations_and_follow_ups(db, clock, records):
    pupil, _, observation = records
    counsellor = as_role(db, clock, "counsellor")
    counsellor.pupils.create(pupil_input(surname="Қасымова", given_name="Дана"))
    counsellor.observations.update(observation.id, observation.to_input())
    counsellor.followups.create(followup_input(pupil.id))
    assert counsellor.pupils.search("қасым")[0].full_name.startswith("Қасымова")
    with pytest.raises(NotAllowed):
        counsellor.school.save(SchoolInput(name_ru="Школа"))


def test_head_teacher_gets_counts_and_never_a_name(db, clock, records):
    pupil, session, observation = records
    head = as_role(db, clock, "head")
    counts = head.dashboard.counts()
    # The tiles as the summary publishes them: one of each is «<5», never an exact 1.
    assert (counts.pupils, counts.sessions_held, counts.observations) == (
        LESS_THAN_5, LESS_THAN_5, LESS_THAN_5)
    assert counts.followups_overdue is LESS_THAN_5 and counts.observations_open is LESS_THAN_5
    # Those who see the records get the exact counts.
    assert as_role(db, clock, "counsellor").dashboard.counts().followups_overdue == 1
    assert head.pupils.count() == 1 and head.followups.overdue_count() == 1
    assert head.sessions.count(ListFilter(kind="individual")) == 1
    named = [
        lambda: head.pupils.search(""), lambda: head.pupils.get(pupil.id),
        lambda: head.pupils.classes(), lambda: head.pupils.refs([pupil.id]),
        lambda: head.sessions.get(session.id), lambda: head.sessions.page(ListFilter(), 0, 5),
        lambda: head.observations.get(observation.id),
        lambda: head.observations.page(ListFilter(), 0, 5),
        lambda: head.followups.page(ListFilter(), 0, 5), lambda: head.chronology.for_pupil(pupil.id),
        # counting by a name would tell whether that child has sessions
        lambda: head.sessions.count(ListFilter(text=pupil.surname)),
        lambda: head.observations.count(ListFilter(text=pupil.surname)),
        lambda: head.followups.count(ListFilter(text=pupil.surname)),
        lambda: head.pupils.create(pupil_input(surname="Жаңа")),
    ]
    for call in named:
        with pytest.raises(NotAllowed):
            call()


def test_an_unknown_role_may_do_nothing(db, clock, records):
    nobody = as_role(db, clock, "janitor")
    with pytest.raises(NotAllowed):
        nobody.dashboard.counts()
    with pytest.raises(NotAllowed):
        nobody.pupils.count()


def test_dashboard_counts_the_current_school_year_only(services, clock):
    pupil = services.pupils.create(pupil_input())
    last_year = clock.now - timedelta(days=400)
    services.sessions.create(session_input([pupil.id], starts_at=last_year))
    services.sessions.create(session_input([pupil.id]))
    counts = services.dashboard.counts()
    assert counts.since == date(2026, 9, 1) and counts.sessions_held == 1
