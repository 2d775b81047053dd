"""Observations (bullying incidents): pupils in roles, forms, severity, time, lists."""

import uuid
from datetime import datetime, timedelta

import pytest
from sqlmodel import select
from unit_factories import NOW, observation_input

from desktop.models import Observation, ObservationForm, ObservationPupil
from desktop.models.journal import Participant
from desktop.services.errors import NotFound, ValidationError
from desktop.services.listing import ListFilter


def errors_of(services, data, observation_id=None):
    with pytest.raises(ValidationError) as err:
        if observation_id is None:
            services.observations.create(data)
        else:
            services.observations.update(observation_id, data)
    return err.value


@pytest.fixture
def trio(make_pupil):
    target = make_pupil(surname="Әбдірахманова", given_name="Іңкәр", patronymic="", sex="female",
                        birth_date=datetime(2013, 6, 1).date())
    aggressor = make_pupil(surname="Қуанышев", given_name="Әлібек", patronymic="")
    witness = make_pupil(surname="Нұрғалиев", given_name="Өмірзақ", patronymic="")
    return target, aggressor, witness


def test_three_pupils_in_roles_saved_and_read_back(services, trio):
    target, aggressor, witness = trio
    data = observation_input(
        [(target.id, "target"), (aggressor.id, "aggressor"), (witness.id, "witness")],
        occurred_at=datetime(2026, 11, 18, 12, 40, 59),
        place="canteen",
        forms=["verbal", "cyber", "social"],
        severity=3,
        reporter="parent",
        reporter_name="Әбдірахманова Ұлжан",
        description="  Высмеивали в чате класса и в столовой ",
        immediate_actions="Беседа",
        notified="Классный руководитель",
        status="monitoring",
    )
    created = services.observations.create(data)
    read = services.observations.get(created.id)
    assert read == created
    assert isinstance(read.id, uuid.UUID)
    roles = {p.pupil.id: p.role for p in read.participants}
    assert roles == {target.id: "target", aggressor.id: "aggressor", witness.id: "witness"}
    assert {p.pupil.full_name for p in read.participants} == {
        "Әбдірахманова Іңкәр", "Қуанышев Әлібек", "Нұрғалиев Өмірзақ"}
    assert set(read.forms) == {"verbal", "cyber", "social"}
    assert read.occurred_at == datetime(2026, 11, 18, 12, 40)
    assert (read.place, read.severity, read.reporter, read.status) == ("canteen", 3, "parent", "monitoring")
    assert read.reporter_name == "Әбдірахманова Ұлжан"
    assert read.description == "Высмеивали в чате класса и в столовой"
    assert (read.immediate_actions, read.notified) == ("Беседа", "Классный руководитель")


def test_repeated_form_is_stored_once(services, trio):
    target = trio[0]
    read = services.observations.create(observation_input([(target.id, "target")], forms=["verbal", "verbal"]))
    assert read.forms == ("verbal",)


def test_no_target(services, trio):
    _t, aggressor, witness = trio
    err = errors_of(services, observation_input([(aggressor.id, "aggressor"), (witness.id, "witness")]))
    assert err.codes()["participants"] == "participants.no_target"


def test_no_participants(services):
    assert errors_of(services, observation_input([])).codes()["participants"] == "participants.required"


def test_participant_without_role(services, trio):
    target, aggressor, _w = trio
    err = errors_of(services, observation_input([(target.id, "target"), (aggressor.id, None)]))
    assert err.codes()["participants"] == "participants.role_required"


def test_same_pupil_twice(services, trio):
    target = trio[0]
    err = errors_of(services, observation_input([(target.id, "target"), (target.id, "aggressor")]))
    assert err.codes()["participants"] == "pupils.duplicate"


def test_no_forms(services, trio):
    assert errors_of(services, observation_input([(trio[0].id, "target")], forms=[])).codes()["forms"] == "forms.required"


def test_unknown_form(services, trio):
    err = errors_of(services, observation_input([(trio[0].id, "target")], forms=["gossip"]))
    assert err.codes()["forms"] == "invalid_choice"


@pytest.mark.parametrize("severity", [0, 5])
def test_severity_out_of_range(services, trio, severity):
    err = errors_of(services, observation_input([(trio[0].id, "target")], severity=severity))
    assert err.codes()["severity"] == "severity.range"


@pytest.mark.parametrize("severity", [1, 4])
def test_severity_limits(services, trio, severity):
    assert services.observations.create(observation_input([(trio[0].id, "target")], severity=severity)).severity == severity


def test_occurred_in_the_future(services, trio):
    err = errors_of(services, observation_input([(trio[0].id, "target")], occurred_at=NOW + timedelta(minutes=1)))
    assert err.codes()["occurred_at"] == "date.future"


def test_occurred_just_now_is_fine(services, trio):
    assert services.observations.create(observation_input([(trio[0].id, "target")], occurred_at=NOW)).occurred_at == NOW


@pytest.mark.parametrize("text", ["", "  "])
def test_description_required(services, trio, text):
    err = errors_of(services, observation_input([(trio[0].id, "target")], description=text))
    assert err.codes()["description"] == "required"


def test_deleted_pupil(services, trio):
    target, aggressor, _w = trio
    services.pupils.delete(aggressor.id)
    err = errors_of(services, observation_input([(target.id, "target"), (aggressor.id, "aggressor")]))
    assert err.codes()["participants"] == "pupils.missing"
    assert services.observations.count() == 0


def test_unknown_pupil_id(services, trio):
    err = errors_of(services, observation_input([(trio[0].id, "target"), (uuid.uuid4(), "witness")]))
    assert err.codes()["participants"] == "pupils.missing"


def test_several_errors_at_once(services, trio):
    err = errors_of(services, observation_input(
        [(trio[1].id, "aggressor")], forms=[], severity=5, description="",
        occurred_at=NOW + timedelta(days=1)))
    assert err.codes() == {
        "occurred_at": "date.future",
        "forms": "forms.required",
        "severity": "severity.range",
        "participants": "participants.no_target",
        "description": "required",
    }


def test_missing_pupil_reported_with_the_other_errors(services, trio):
    target, aggressor, _w = trio
    services.pupils.delete(aggressor.id)
    err = errors_of(services, observation_input(
        [(target.id, "target"), (aggressor.id, "aggressor")], description=""))
    assert err.codes() == {"participants": "pupils.missing", "description": "required"}


# --- nothing half-saved -------------------------------------------------------------------


def test_failed_create_saves_nothing(services, db, trio):
    with pytest.raises(ValidationError):
        services.observations.create(observation_input([(trio[1].id, "aggressor")]))
    assert services.observations.count() == 0
    with db.session() as s:
        assert s.exec(select(Observation)).all() == []
        assert s.exec(select(ObservationForm)).all() == []
        assert s.exec(select(ObservationPupil)).all() == []


def test_failed_update_leaves_observation_unchanged(services, trio):
    target, aggressor, witness = trio
    before = services.observations.create(observation_input(
        [(target.id, "target"), (aggressor.id, "aggressor")], forms=["physical"]))
    data = before.to_input()
    data.forms = ["verbal", "threats"]
    data.participants = [Participant(witness.id, "witness")]  # no target: invalid
    data.description = "Изменено"
    errors_of(services, data, before.id)
    assert services.observations.get(before.id) == before


def test_update_replaces_roles_and_forms(services, trio):
    target, aggressor, witness = trio
    obs = services.observations.create(observation_input(
        [(target.id, "target"), (aggressor.id, "aggressor")], forms=["physical"]))
    data = obs.to_input()
    data.participants = [Participant(target.id, "target"), Participant(witness.id, "aggressor")]
    data.forms = ["threats"]
    read = services.observations.update(obs.id, data)
    assert {p.pupil.id: p.role for p in read.participants} == {target.id: "target", witness.id: "aggressor"}
    assert read.forms == ("threats",)


def test_deleted_observation_is_gone(services, trio):
    obs = services.observations.create(observation_input([(trio[0].id, "target")]))
    services.observations.delete(obs.id)
    with pytest.raises(NotFound):
        services.observations.get(obs.id)
    assert services.observations.count() == 0


# --- lists --------------------------------------------------------------------------------


def test_list_newest_first_with_filters(services, trio):
    target, aggressor, witness = trio
    for day in range(1, 8):
        services.observations.create(observation_input(
            [(target.id if day % 2 else witness.id, "target"), (aggressor.id, "aggressor")],
            occurred_at=datetime(2026, 11, day, 11, 0), description=f"Случай {day}",
            status="resolved" if day <= 3 else "open"))
    rows = services.observations.page(ListFilter(), 0, 100)
    assert [r.description for r in rows] == [f"Случай {d}" for d in range(7, 0, -1)]
    assert services.observations.count(ListFilter(status="resolved")) == 3
    assert {r.description for r in services.observations.page(ListFilter(text="іңкәр"), 0, 100)} == {
        "Случай 1", "Случай 3", "Случай 5", "Случай 7"}
    assert services.observations.count(ListFilter(text="Қуанышев")) == 7
    first, second = services.observations.page(ListFilter(), 0, 4), services.observations.page(ListFilter(), 4, 4)
    assert len(first) == 4 and len(second) == 3
    assert not {r.id for r in first} & {r.id for r in second}
