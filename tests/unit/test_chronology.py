"""A pupil's chronology: sessions, observations and follow-ups together, newest first."""

from datetime import datetime, timedelta

import pytest
from unit_factories import TODAY


@pytest.fixture
def two_pupils(make_pupil):
    ulzhan = make_pupil(surname="Өмірзақ", given_name="Ұлжан", patronymic="", sex="female",
                        birth_date=datetime(2013, 8, 8).date())
    alibek = make_pupil(surname="Қуанышев", given_name="Әлібек", patronymic="")
    return ulzhan, alibek


@pytest.fixture
def history(two_pupils, make_session, make_observation, make_followup):
    ulzhan, alibek = two_pupils
    session = make_session([ulzhan.id], starts_at=datetime(2026, 11, 10, 9, 0), kind="individual",
                           reason="Жалобы на одноклассников")
    observation = make_observation([(ulzhan.id, "target"), (alibek.id, "aggressor")],
                                   occurred_at=datetime(2026, 11, 15, 12, 30), forms=["verbal", "cyber"],
                                   severity=3, description="Оскорбления в чате")
    followup = make_followup(ulzhan.id, what="Беседа с родителями", due_date=datetime(2026, 11, 25).date())
    return session, observation, followup


def test_three_entries_newest_first_with_their_kinds(services, two_pupils, history):
    ulzhan, _ = two_pupils
    session, observation, followup = history
    entries = services.chronology.for_pupil(ulzhan.id)
    assert [(e.kind, e.id) for e in entries] == [
        ("followup", followup.id),
        ("observation", observation.id),
        ("session", session.id),
    ]
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
    by_kind = {e.kind: e for e in entries}
    assert by_kind["session"].title == "individual"
    assert by_kind["session"].summary == "Жалобы на одноклассников"
    assert by_kind["session"].when == datetime(2026, 11, 10, 9, 0)
    assert by_kind["observation"].summary == "Оскорбления в чате"
    assert set(by_kind["observation"].title.split(",")) == {"verbal", "cyber"}
    assert by_kind["observation"].severity == 3
    assert by_kind["followup"].summary == "Беседа с родителями"
    assert by_kind["followup"].status == "open"
    assert by_kind["followup"].overdue is False


def test_role_shown_for_the_observation(services, two_pupils, history):
    ulzhan, alibek = two_pupils
    [mine] = [e for e in services.chronology.for_pupil(ulzhan.id) if e.kind == "observation"]
    [his] = [e for e in services.chronology.for_pupil(alibek.id) if e.kind == "observation"]
    assert mine.role == "target"
    assert his.role == "aggressor"


def test_other_pupils_records_do_not_appear(services, two_pupils, history, make_session, make_followup):
    ulzhan, alibek = two_pupils
    own = make_session([alibek.id], starts_at=datetime(2026, 11, 12, 9, 0), reason="Агрессия")
    make_followup(alibek.id, what="Наблюдать на переменах")
    entries = services.chronology.for_pupil(alibek.id)
    assert [(e.kind, e.id) for e in entries] == [
        ("followup", entries[0].id),
        ("observation", history[1].id),
        ("session", own.id),
    ]
    assert entries[0].summary == "Наблюдать на переменах"
    assert len(services.chronology.for_pupil(ulzhan.id)) == 3


def test_soft_deleted_records_do_not_appear(services, two_pupils, history):
    ulzhan, _ = two_pupils
    session, observation, followup = history
    services.sessions.delete(session.id)
    assert [e.kind for e in services.chronology.for_pupil(ulzhan.id)] == ["followup", "observation"]
    services.observations.delete(observation.id)
    services.followups.delete(followup.id)
    assert services.chronology.for_pupil(ulzhan.id) == []


def test_overdue_follow_up_flagged(services, two_pupils, make_followup):
    ulzhan, _ = two_pupils
    make_followup(ulzhan.id, what="Просрочено", due_date=TODAY - timedelta(days=1))
    make_followup(ulzhan.id, what="Сделано", due_date=TODAY - timedelta(days=5), done_date=TODAY)
    make_followup(ulzhan.id, what="Сегодня", due_date=TODAY)
    flags = {e.summary: (e.overdue, e.status) for e in services.chronology.for_pupil(ulzhan.id)}
    assert flags == {
        "Просрочено": (True, "open"),
        "Сделано": (False, "done"),
        "Сегодня": (False, "open"),
    }


def test_pupil_without_records_has_an_empty_chronology(services, two_pupils):
    assert services.chronology.for_pupil(two_pupils[0].id) == []
