"""Counselling sessions: dates, duration, participants, consent, lists."""

import uuid
from datetime import datetime, timedelta

import pytest
from unit_factories import NOW, session_input

from desktop.services.errors import NotFound, ValidationError
from desktop.services.listing import ListFilter

NO_CONSENT = dict(consent_status="not_asked", consent_date=None, consent_by="")


def errors_of(services, data, session_id=None):
    with pytest.raises(ValidationError) as err:
        if session_id is None:
            services.sessions.create(data)
        else:
            services.sessions.update(session_id, data)
    return err.value


@pytest.fixture
def unconsented(make_pupil):
    return make_pupil(surname="Өмірзақ", given_name="Іңкәр", patronymic="", sex="female",
                      birth_date=datetime(2014, 4, 4).date(), **NO_CONSENT)


# --- create / read ----------------------------------------------------------------------


def test_create_and_read_back(services, pupil):
    data = session_input(
        [pupil.id],
        starts_at=datetime(2026, 11, 19, 14, 30, 45),
        duration_min=60,
        kind="diagnostic",
        initiator="parent",
        other_participants="Классный руководитель Қуанышева Ұ.",
        reason="  Тревожность перед СОР ",
        notes="Конфиденциально: плачет дома",
        outcome="Рекомендации родителям",
    )
    created = services.sessions.create(data)
    read = services.sessions.get(created.id)
    assert read == created
    assert isinstance(read.id, uuid.UUID)
    assert read.starts_at == datetime(2026, 11, 19, 14, 30)  # seconds dropped
    assert read.duration_min == 60
    assert (read.kind, read.initiator, read.status) == ("diagnostic", "parent", "held")
    assert read.other_participants == "Классный руководитель Қуанышева Ұ."
    assert read.reason == "Тревожность перед СОР"
    assert read.notes == "Конфиденциально: плачет дома"
    assert read.outcome == "Рекомендации родителям"
    assert [(p.id, p.full_name, p.class_name) for p in read.pupils] == [
        (pupil.id, "Әлібеков Нұрғали Қуанышұлы", "7Ә")
    ]
    assert read.no_consent_reason == ""


def test_group_session_with_several_pupils(services, make_pupil):
    a = make_pupil(surname="Әлібеков")
    b = make_pupil(surname="Қуанышев", given_name="Әлібек")
    read = services.sessions.create(session_input([a.id, b.id], kind="group"))
    assert {p.id for p in read.pupils} == {a.id, b.id}


def test_unknown_session_is_not_found(services):
    with pytest.raises(NotFound):
        services.sessions.get(uuid.uuid4())


# --- dates and duration ------------------------------------------------------------------


def test_held_session_in_the_future(services, pupil):
    err = errors_of(services, session_input([pupil.id], starts_at=NOW + timedelta(minutes=5)))
    assert err.codes()["starts_at"] == "date.future_held"


def test_held_session_right_now_is_fine(services, pupil):
    assert services.sessions.create(session_input([pupil.id], starts_at=NOW)).starts_at == NOW


def test_planned_session_in_the_future_is_fine(services, pupil):
    when = NOW + timedelta(days=3)
    read = services.sessions.create(session_input([pupil.id], starts_at=when, status="planned"))
    assert (read.status, read.starts_at) == ("planned", when)


def test_start_required(services, pupil):
    assert errors_of(services, session_input([pupil.id], starts_at=None)).codes()["starts_at"] == "required"


@pytest.mark.parametrize("minutes", [0, 481, -5])
def test_duration_out_of_range(services, pupil, minutes):
    err = errors_of(services, session_input([pupil.id], duration_min=minutes))
    assert err.codes()["duration_min"] == "duration.range"


@pytest.mark.parametrize("minutes", [1, 480])
def test_duration_limits_are_allowed(services, pupil, minutes):
    assert services.sessions.create(session_input([pupil.id], duration_min=minutes)).duration_min == minutes


# --- participants and reason ---------------------------------------------------------------


def test_no_pupils(services):
    assert errors_of(services, session_input([])).codes()["pupil_ids"] == "pupils.required"


def test_same_pupil_twice(services, pupil):
    assert errors_of(services, session_input([pupil.id, pupil.id])).codes()["pupil_ids"] == "pupils.duplicate"


def test_deleted_pupil(services, make_pupil):
    gone = make_pupil()
    services.pupils.delete(gone.id)
    assert errors_of(services, session_input([gone.id])).codes()["pupil_ids"] == "pupils.missing"
    assert services.sessions.count() == 0


@pytest.mark.parametrize("reason", ["", "   "])
def test_reason_required(services, pupil, reason):
    assert errors_of(services, session_input([pupil.id], reason=reason)).codes()["reason"] == "required"


def test_several_errors_at_once(services):
    err = errors_of(services, session_input([], reason="", duration_min=0, starts_at=NOW + timedelta(days=1)))
    assert err.codes() == {
        "starts_at": "date.future_held",
        "duration_min": "duration.range",
        "pupil_ids": "pupils.required",
        "reason": "required",
    }


def test_failed_create_saves_nothing(services, pupil):
    services.sessions.create(session_input([pupil.id]))
    errors_of(services, session_input([pupil.id], reason=""))
    assert services.sessions.count() == 1


def test_failed_update_leaves_session_unchanged(services, pupil, unconsented):
    before = services.sessions.create(session_input([pupil.id]))
    data = before.to_input()
    data.pupil_ids = [unconsented.id]  # would need a reason without consent
    data.outcome = "Изменено"
    errors_of(services, data, before.id)
    assert services.sessions.get(before.id) == before


# --- consent --------------------------------------------------------------------------------


def test_held_individual_session_without_consent_needs_a_reason(services, unconsented):
    err = errors_of(services, session_input([unconsented.id]))
    [e] = [e for e in err.errors if e.field == "no_consent_reason"]
    assert e.code == "consent.reason_required"
    assert "Өмірзақ Іңкәр" in e.params["names"]
    assert services.sessions.count() == 0


def test_refused_consent_also_needs_a_reason(services, make_pupil):
    p = make_pupil(consent_status="refused", consent_date=datetime(2026, 9, 1).date(), consent_by="Әке")
    err = errors_of(services, session_input([p.id], kind="crisis"))
    assert err.codes()["no_consent_reason"] == "consent.reason_required"


def test_only_the_pupils_without_consent_are_named(services, pupil, unconsented):
    err = errors_of(services, session_input([pupil.id, unconsented.id], kind="group"))
    [e] = [e for e in err.errors if e.field == "no_consent_reason"]
    assert "Өмірзақ Іңкәр" in e.params["names"]
    assert pupil.full_name not in e.params["names"]


def test_with_a_reason_it_saves_and_keeps_the_reason(services, unconsented):
    reason = "Кризисная ситуация, родители недоступны"
    read = services.sessions.create(session_input([unconsented.id], kind="crisis", no_consent_reason=reason))
    assert services.sessions.get(read.id).no_consent_reason == reason


def test_parent_consultation_needs_no_consent(services, unconsented):
    read = services.sessions.create(session_input([unconsented.id], kind="parent", initiator="parent"))
    assert read.kind == "parent"


def test_teacher_consultation_needs_no_consent(services, unconsented):
    assert services.sessions.create(session_input([unconsented.id], kind="teacher")).kind == "teacher"


def test_planned_session_needs_no_consent(services, unconsented):
    read = services.sessions.create(
        session_input([unconsented.id], status="planned", starts_at=NOW + timedelta(days=1)))
    assert read.status == "planned"


def test_pupil_with_consent_needs_no_reason_and_a_stale_reason_is_cleared(services, pupil):
    read = services.sessions.create(session_input([pupil.id], no_consent_reason="Старая причина"))
    assert read.no_consent_reason == ""
    assert services.sessions.get(read.id).no_consent_reason == ""


def test_without_consent_lists_only_pupils_lacking_it(services, pupil, unconsented):
    refs = services.sessions.without_consent([pupil.id, unconsented.id])
    assert [r.id for r in refs] == [unconsented.id]


# --- update and delete --------------------------------------------------------------------


def test_update_changes_participants(services, make_pupil):
    a = make_pupil(surname="Әлібеков")
    b = make_pupil(surname="Қуанышев", given_name="Әлібек")
    c = make_pupil(surname="Нұрғалиев", given_name="Өмірзақ")
    s = services.sessions.create(session_input([a.id, b.id], kind="group"))
    data = s.to_input()
    data.pupil_ids = [c.id, b.id]
    data.reason = "Новая причина"
    read = services.sessions.update(s.id, data)
    assert {p.id for p in read.pupils} == {b.id, c.id}
    assert services.sessions.get(s.id).reason == "Новая причина"
    assert services.sessions.count(ListFilter(text="Әлібеков")) == 0
    assert services.sessions.count(ListFilter(text="Нұрғалиев")) == 1
    assert services.sessions.count() == 1


def test_deleted_session_is_gone(services, pupil):
    s = services.sessions.create(session_input([pupil.id]))
    services.sessions.delete(s.id)
    with pytest.raises(NotFound):
        services.sessions.get(s.id)
    assert services.sessions.count() == 0
    assert services.sessions.page(ListFilter(), 0, 10) == []


# --- lists --------------------------------------------------------------------------------


@pytest.fixture
def journal(services, make_pupil):
    a = make_pupil(surname="Әлібеков", given_name="Нұрғали")
    b = make_pupil(surname="Қуанышева", given_name="Ұлжан", sex="female",
                   birth_date=datetime(2012, 1, 5).date())
    made = []
    for day in range(1, 11):
        kind = "individual" if day % 2 else "parent"
        status = "held" if day <= 8 else "planned"
        who = [a.id] if day % 3 else [a.id, b.id]
        made.append(services.sessions.create(session_input(
            who, starts_at=datetime(2026, 11, 10 + day - 5, 9, 0), kind=kind, status=status,
            reason=f"Причина {day}")))
    return made, a, b


def test_list_newest_first(services, journal):
    made, _a, _b = journal
    rows = services.sessions.page(ListFilter(), 0, 100)
    assert [r.starts_at for r in rows] == sorted((m.starts_at for m in made), reverse=True)
    assert rows[0].reason == "Причина 10"
    assert services.sessions.count() == 10


def test_list_shows_pupil_names(services, journal):
    rows = {r.reason: r for r in services.sessions.page(ListFilter(), 0, 100)}
    assert rows["Причина 1"].pupils == "Әлібеков Нұрғали"
    assert "Қуанышева Ұлжан" in rows["Причина 3"].pupils
    assert "Әлібеков Нұрғали" in rows["Причина 3"].pupils


def test_filter_by_pupil_name(services, journal):
    f = ListFilter(text="ҚУАНЫШЕВА")
    rows = services.sessions.page(f, 0, 100)
    assert {r.reason for r in rows} == {"Причина 3", "Причина 6", "Причина 9"}
    assert services.sessions.count(f) == 3
    assert services.sessions.count(ListFilter(text="ұлжан әлібеков")) == 0


def test_filter_by_kind_and_status(services, journal):
    assert services.sessions.count(ListFilter(kind="parent")) == 5
    assert {r.kind for r in services.sessions.page(ListFilter(kind="parent"), 0, 100)} == {"parent"}
    assert services.sessions.count(ListFilter(status="planned")) == 2
    both = ListFilter(kind="individual", status="held")
    assert {r.reason for r in services.sessions.page(both, 0, 100)} == {
        "Причина 1", "Причина 3", "Причина 5", "Причина 7"}
    assert services.sessions.count(both) == 4


def test_paging_returns_disjoint_rows_covering_everything(services, journal):
    pages = [services.sessions.page(ListFilter(), offset, 3) for offset in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 3, 1]
    ids = [r.id for p in pages for r in p]
    assert len(ids) == len(set(ids)) == 10
    whole = [r.id for r in services.sessions.page(ListFilter(), 0, 100)]
    assert ids == whole


def test_paging_with_equal_start_times_is_stable(services, pupil):
    for i in range(7):
        services.sessions.create(session_input([pupil.id], starts_at=datetime(2026, 11, 2, 9, 0),
                                               reason=f"Одновременно {i}"))
    ids = [r.id for off in range(0, 7, 2) for r in services.sessions.page(ListFilter(), off, 2)]
    assert len(ids) == len(set(ids)) == 7


def test_missing_pupil_reported_with_the_other_errors(services, make_pupil):
    gone = make_pupil()
    services.pupils.delete(gone.id)
    err = errors_of(services, session_input([gone.id], reason=""))
    assert err.codes() == {"pupil_ids": "pupils.missing", "reason": "required"}


def test_editing_a_session_keeps_the_link_to_a_pupil_deleted_since(services, make_pupil, make_session):
    """Deleting a pupil hides them from the session; saving the session must not erase
    them from it for good, or restoring the pupil would lose their history."""
    from sqlmodel import select

    from desktop.models import SessionPupil

    first, second = make_pupil(), make_pupil(surname="Қасымов", given_name="Ерлан")
    s = make_session(pupil_ids=[first.id, second.id])
    services.pupils.delete(second.id)
    data = services.sessions.get(s.id).to_input()
    assert data.pupil_ids == [first.id]
    data.reason = "Повторная встреча"
    services.sessions.update(s.id, data)
    with services.db.session() as db:
        linked = set(db.exec(select(SessionPupil.pupil_id).where(SessionPupil.session_id == s.id)))
    assert linked == {first.id, second.id}
