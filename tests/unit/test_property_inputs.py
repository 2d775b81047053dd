"""Bad input everywhere (issue 8): pupils, sessions, observations, follow-ups, organisations,
preventive activities and the warning settings get arbitrary text, dates and numbers. Each
create or update is saved whole (the read equals the cleaned input) or refused with a
ValidationError that leaves every table as it was (property_support.saved_or_refused).
Concerns, cases, referrals and the calendar are in test_property_inputs_cases.py."""

import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st
from property_support import (
    PROPERTY, codes, dates_near, datetimes_near, fine_texts, fits, ids, ints, mixed, optional_dates,
    saved_or_refused, texts,
)
from referral_factories import organisation_input
from unit_factories import NOW, TODAY, build_iin

from desktop.models.enums import (
    Audience, BullyingForm, ConsentStatus, GuardianRelation, Initiator, ObservationStatus,
    OrganisationKind, Place, Programme, Reporter, Role, SessionKind, SessionStatus, Sex, StudyLanguage,
)
from desktop.models.journal import FollowUpInput, ObservationInput, Participant, SessionInput
from desktop.models.organisation import OrganisationInput
from desktop.models.prevention import ActivityInput
from desktop.models.pupil import GuardianInput, PupilInput
from desktop.models.school_class import normalize_class
from desktop.models.validation import clean
from desktop.models.warnings import THRESHOLD_LIMITS, Thresholds


def values(enum) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


NAMES = ("Әлібеков", "Нұрғали", "Иванова-Петрова", "О'Коннор", "Ёлкина")


@pytest.fixture
def pupil_ids(make_pupil):
    return [make_pupil().id, make_pupil(surname="Сейітова", sex="female").id]


# --- pupils -----------------------------------------------------------------------------------


def past(days: int = 3000) -> st.SearchStrategy[date]:
    return st.integers(0, days).map(lambda n: TODAY - timedelta(days=n))


def valid_guardians():
    return st.builds(GuardianInput, fine_texts("Әлібекова Ұлжан"), st.sampled_from(values(GuardianRelation)),
                     st.sampled_from(["", "+7 701 123 45 67", " 8(727)2-50-50-50 "]))


_PUPIL_VALID = dict(
    surname=st.sampled_from(NAMES), given_name=st.sampled_from(NAMES),
    patronymic=st.sampled_from(["", "Қуанышұлы", " Ивановна "]), sex=st.sampled_from(values(Sex)),
    # Aged 4 to 20 on TODAY (20 November 2026).
    birth_date=st.dates(date(2006, 1, 1), date(2022, 11, 20)), iin=st.just(""),
    class_name=st.sampled_from(["7Ә", "10б", " 0 - А ", "11Я", "٧Ә", "７A"]),
    study_language=st.sampled_from(values(StudyLanguage)),
    consent_status=st.sampled_from(values(ConsentStatus)), consent_date=past(),
    consent_by=fine_texts("Әлібекова Ұлжан"), active=st.booleans(), left_date=past(),
    address=st.one_of(st.just(""), fine_texts("ул. Абая, 1")),
    guardians=st.lists(valid_guardians(), max_size=2))
_PUPIL_HOSTILE = dict(
    surname=texts(*NAMES, max_len=60), given_name=texts(*NAMES, max_len=60),
    patronymic=texts("", "Қуанышұлы", max_len=60), sex=codes(*values(Sex)),
    birth_date=st.one_of(st.none(), dates_near(date(2013, 5, 14), 3000)),
    iin=st.one_of(st.text(alphabet="0123456789", min_size=11, max_size=13),
                  st.sampled_from(["٠١٢٣٤٥٦٧٨٩٠١", "１２３４５６７８９０１２", "000000000000", " \x00 "]),
                  texts()),
    class_name=texts("7Ә", "12А", "7ß", "7 класс"), study_language=codes(*values(StudyLanguage)),
    consent_status=codes(*values(ConsentStatus)), consent_date=optional_dates(),
    consent_by=texts("Әлібекова Ұлжан", max_len=150), left_date=optional_dates(),
    address=texts("", max_len=300),
    guardians=st.lists(st.builds(
        GuardianInput, texts("Әлібекова Ұлжан", max_len=150), codes(*values(GuardianRelation)),
        texts("", "+7 701 123 45 67", "+", "١٢٣٤٥٦٧", "1234", "1" * 16)), min_size=1, max_size=3))


@st.composite
def pupil_inputs(draw) -> PupilInput:
    data = draw(mixed(PupilInput, _PUPIL_VALID, _PUPIL_HOSTILE))
    born, sex = data.birth_date, data.sex
    if not data.iin and born and 1800 <= born.year < 2100 and sex in values(Sex) and draw(st.booleans()):
        data.iin = build_iin(born, sex, draw(st.integers(1, 9000)))  # the matching IIN
    return data


def assert_pupil_saved(read, data: PupilInput):
    for name in ("surname", "given_name", "patronymic", "address"):
        assert getattr(read, name) == clean(getattr(data, name))
    assert (read.sex, read.birth_date, read.study_language, read.consent_status, read.active) == (
        data.sex, data.birth_date, data.study_language, data.consent_status, data.active)
    assert read.iin == (clean(data.iin) or None)
    assert read.class_name == normalize_class(data.class_name) is not None
    asked = data.consent_status != ConsentStatus.NOT_ASKED.value
    assert read.consent_date == (data.consent_date if asked else None)
    assert read.consent_by == (clean(data.consent_by) if asked else "")
    assert read.left_date == (None if data.active else data.left_date)
    assert [(g.name, g.relation, g.phone) for g in read.guardians] == [
        (clean(g.name), g.relation, clean(g.phone)) for g in data.guardians]
    # What a form could not have let through.
    assert fits(data.surname, 60) and fits(data.given_name, 60) and fits(data.address, 300, False)
    assert TODAY.year - 21 <= data.birth_date.year <= TODAY.year - 3


@PROPERTY
@given(data=pupil_inputs())
def test_a_new_pupil_is_saved_whole_or_refused(services, data):
    read = saved_or_refused(services.db, lambda: services.pupils.create(data))
    if read is not None:
        assert_pupil_saved(read, data)
        assert_pupil_saved(services.pupils.get(read.id), data)


@PROPERTY
@given(data=pupil_inputs(), unknown=st.booleans())
def test_a_pupil_is_changed_whole_or_not_at_all(services, make_pupil, data, unknown):
    pupil = make_pupil()
    target = uuid.uuid4() if unknown else pupil.id
    read = saved_or_refused(services.db, lambda: services.pupils.update(target, data))
    if read is None:
        assert services.pupils.get(pupil.id) == pupil
    else:
        assert not unknown
        assert_pupil_saved(services.pupils.get(pupil.id), data)


# --- sessions ---------------------------------------------------------------------------------


def session_inputs(pupils) -> st.SearchStrategy[SessionInput]:
    valid = dict(
        starts_at=st.integers(0, 400 * 24 * 60).map(lambda m: NOW - timedelta(minutes=m, seconds=m)),
        duration_min=st.integers(1, 480), kind=st.sampled_from(values(SessionKind)),
        initiator=st.sampled_from(values(Initiator)),
        pupil_ids=st.lists(st.sampled_from(pupils), min_size=1, max_size=2, unique=True),
        other_participants=st.sampled_from(["", "Классный руководитель"]),
        reason=fine_texts("Конфликт с одноклассниками"),
        notes=st.one_of(st.just(""), fine_texts("Жалуется на насмешки")),
        outcome=st.sampled_from(["", "Повторная встреча"]),
        status=st.sampled_from(values(SessionStatus)),
        no_consent_reason=st.sampled_from(["", "Кризис"]), self_harm_risk=st.booleans())
    hostile = dict(
        starts_at=datetimes_near(), duration_min=ints(45, 0, 481),
        kind=codes(*values(SessionKind)), initiator=codes(*values(Initiator)),
        pupil_ids=st.lists(ids(pupils).filter(bool), max_size=3),
        other_participants=texts(max_len=300), reason=texts(max_len=500),
        notes=texts(max_len=20000), outcome=texts(max_len=5000),
        status=codes(*values(SessionStatus)), no_consent_reason=texts(max_len=1000))
    return mixed(SessionInput, valid, hostile)


def assert_session_saved(read, data: SessionInput):
    assert read.starts_at == data.starts_at.replace(second=0, microsecond=0)
    assert (read.duration_min, read.kind, read.initiator, read.status, read.self_harm_risk) == (
        data.duration_min, data.kind, data.initiator, data.status, data.self_harm_risk)
    assert {p.id for p in read.pupils} == set(data.pupil_ids)
    for name in ("other_participants", "reason", "notes", "outcome"):
        assert getattr(read, name) == clean(getattr(data, name))
    assert read.no_consent_reason in ("", clean(data.no_consent_reason))
    assert 1 <= data.duration_min <= 480 and fits(data.reason, 500)
    assert data.status != SessionStatus.HELD.value or read.starts_at <= NOW


@PROPERTY
@given(st.data())
def test_a_session_is_saved_whole_or_refused(services, pupil_ids, data):
    given_input = data.draw(session_inputs(pupil_ids))
    read = saved_or_refused(services.db, lambda: services.sessions.create(given_input))
    if read is not None:
        assert_session_saved(services.sessions.get(read.id), given_input)


@PROPERTY
@given(st.data())
def test_a_session_is_changed_whole_or_not_at_all(services, pupil_ids, make_session, data):
    session = make_session(pupil_ids[:1])
    changed = data.draw(session_inputs(pupil_ids))
    read = saved_or_refused(services.db, lambda: services.sessions.update(session.id, changed))
    if read is None:
        assert services.sessions.get(session.id) == session
    else:
        assert_session_saved(services.sessions.get(session.id), changed)


# --- observations -----------------------------------------------------------------------------


def observation_inputs(pupils) -> st.SearchStrategy[ObservationInput]:
    roles = st.sampled_from(values(Role))
    valid = dict(
        occurred_at=st.integers(0, 400 * 24 * 60).map(lambda m: NOW - timedelta(minutes=m, seconds=7)),
        place=st.sampled_from(values(Place)),
        forms=st.lists(st.sampled_from(values(BullyingForm)), min_size=1, max_size=3),
        severity=st.sampled_from([1, 2, 3, 4]),
        participants=st.tuples(roles, roles).map(lambda r: [
            Participant(pupils[0], "target"), Participant(pupils[1], r[0])][:1 + (r[1] != "target")]),
        reporter=st.sampled_from(values(Reporter)),
        reporter_name=st.sampled_from(["", "Өмірзақова Іңкәр"]),
        description=fine_texts("Обзывали на перемене"),
        immediate_actions=st.sampled_from(["", "Беседа"]), notified=st.sampled_from(["", "Родители"]),
        status=st.sampled_from(values(ObservationStatus)))
    hostile = dict(
        occurred_at=datetimes_near(), place=codes(*values(Place)),
        forms=st.lists(codes(*values(BullyingForm)), max_size=3), severity=ints(1, 0, 5),
        participants=st.lists(st.builds(Participant, ids(pupils), codes(*values(Role))), max_size=3),
        reporter=codes(*values(Reporter)), reporter_name=texts(max_len=150),
        description=texts(max_len=5000), immediate_actions=texts(max_len=3000),
        notified=texts(max_len=500), status=codes(*values(ObservationStatus)))
    return mixed(ObservationInput, valid, hostile)


def assert_observation_saved(read, data: ObservationInput):
    assert read.occurred_at == data.occurred_at.replace(second=0, microsecond=0) <= NOW
    assert (read.place, read.severity, read.reporter, read.status) == (
        data.place, data.severity, data.reporter, data.status)
    assert read.forms == tuple(sorted(set(data.forms)))
    assert {(p.pupil.id, p.role) for p in read.participants} == {
        (p.pupil_id, p.role) for p in data.participants}
    assert len(read.participants) == len(data.participants)
    assert Role.TARGET.value in {p.role for p in data.participants}
    for name in ("reporter_name", "description", "immediate_actions", "notified"):
        assert getattr(read, name) == clean(getattr(data, name))


@PROPERTY
@given(st.data())
def test_an_observation_is_saved_whole_or_refused(services, pupil_ids, data):
    given_input = data.draw(observation_inputs(pupil_ids))
    read = saved_or_refused(services.db, lambda: services.observations.create(given_input))
    if read is not None:
        assert_observation_saved(services.observations.get(read.id), given_input)


@PROPERTY
@given(st.data())
def test_an_observation_is_changed_whole_or_not_at_all(services, pupil_ids, make_observation, data):
    observation = make_observation([(pupil_ids[0], "target")])
    changed = data.draw(observation_inputs(pupil_ids))
    read = saved_or_refused(services.db,
                            lambda: services.observations.update(observation.id, changed))
    if read is None:
        assert services.observations.get(observation.id) == observation
    else:
        assert_observation_saved(services.observations.get(observation.id), changed)


# --- follow-ups -------------------------------------------------------------------------------


def followup_inputs(pupils, sessions) -> st.SearchStrategy[FollowUpInput]:
    """`sessions`: sessions with pupils[0] in them."""
    valid = dict(
        pupil_id=st.just(pupils[0]), session_id=st.one_of(st.none(), st.sampled_from(sessions)),
        observation_id=st.none(), what=fine_texts("Повторная консультация"),
        due_date=st.dates(date(2000, 1, 1), date(2100, 1, 1)), responsible=fine_texts("Психолог"),
        done_date=st.one_of(st.none(), past()), case_id=st.none())
    hostile = dict(
        pupil_id=ids(pupils[1:]), session_id=st.uuids(), observation_id=st.uuids(),
        what=texts(max_len=1000), due_date=st.one_of(st.none(), dates_near()),
        responsible=texts(max_len=150), done_date=dates_near(), case_id=st.uuids())
    return mixed(FollowUpInput, valid, hostile)


def assert_followup_saved(read, data: FollowUpInput):
    assert (read.pupil.id, read.session_id, read.observation_id, read.case_id) == (
        data.pupil_id, data.session_id, data.observation_id, data.case_id)
    assert (read.what, read.responsible) == (clean(data.what), clean(data.responsible))
    assert (read.due_date, read.done_date) == (data.due_date, data.done_date)
    assert data.due_date >= date(2000, 1, 1) and (data.done_date or TODAY) <= TODAY


@PROPERTY
@given(st.data())
def test_a_followup_is_saved_whole_or_refused(services, pupil_ids, make_session, data):
    sessions = [make_session(pupil_ids[:1]).id]
    given_input = data.draw(followup_inputs(pupil_ids, sessions))
    read = saved_or_refused(services.db, lambda: services.followups.create(given_input))
    if read is not None:
        assert_followup_saved(services.followups.get(read.id), given_input)


@PROPERTY
@given(st.data())
def test_a_followup_is_changed_whole_or_not_at_all(services, pupil_ids, make_session,
                                                   make_followup, data):
    followup = make_followup(pupil_ids[0])
    sessions = [make_session(pupil_ids[:1]).id]
    changed = data.draw(followup_inputs(pupil_ids, sessions))
    read = saved_or_refused(services.db, lambda: services.followups.update(followup.id, changed))
    if read is None:
        assert services.followups.get(followup.id) == followup
    else:
        assert_followup_saved(services.followups.get(followup.id), changed)


# --- organisations ----------------------------------------------------------------------------

organisation_inputs = mixed(OrganisationInput, dict(
    kind=st.sampled_from(values(OrganisationKind)),
    name_kk=st.one_of(st.just(""), fine_texts("Медеу ауданының орталығы")),
    name_ru=fine_texts("Центр поддержки"), address=st.sampled_from(["", "ул. Абая, 1"]),
    phone=st.sampled_from(["", "+7 727 000 00 01", "8 (727) 250-50-50"]),
    head=st.one_of(st.just(""), fine_texts("Жақыпова Әлия"))), dict(
    kind=codes(*values(OrganisationKind)), name_kk=texts(max_len=300), name_ru=texts(max_len=300),
    address=texts(max_len=300), phone=texts("1234", "+7 (727) 000-00-01 доб. 5", max_len=50),
    head=texts(max_len=150)))


def assert_organisation_saved(read, data: OrganisationInput):
    assert read.kind == data.kind
    for name in ("name_kk", "name_ru", "address", "phone", "head"):
        assert getattr(read, name) == clean(getattr(data, name))
    assert read.name_kk or read.name_ru


@PROPERTY
@given(data=organisation_inputs)
def test_an_organisation_is_saved_whole_or_refused(services, data):
    read = saved_or_refused(services.db, lambda: services.organisations.create(data))
    if read is not None:
        assert_organisation_saved(services.organisations.get(read.id), data)


@PROPERTY
@given(data=organisation_inputs)
def test_an_organisation_is_changed_whole_or_not_at_all(services, data):
    organisation = services.organisations.create(organisation_input())
    read = saved_or_refused(services.db,
                            lambda: services.organisations.update(organisation.id, data))
    if read is None:
        assert services.organisations.get(organisation.id) == organisation
    else:
        assert_organisation_saved(services.organisations.get(organisation.id), data)


# --- preventive activities --------------------------------------------------------------------

activity_inputs = mixed(ActivityInput, dict(
    held_on=st.dates(date(2000, 1, 1), TODAY), programme=st.sampled_from(values(Programme)),
    topic=fine_texts("Жеке қауіпсіздік"), audience=st.sampled_from(values(Audience)),
    class_name=st.sampled_from(["7Ә", "10 б", " 0А "]),
    group_name=st.one_of(st.just(""), fine_texts("7-е классы")),
    participants=st.integers(1, 2000), led_by=st.sampled_from(["", "Сейітова Г. М."])), dict(
    held_on=st.one_of(st.none(), dates_near()), programme=codes(*values(Programme)),
    topic=texts(max_len=300), audience=codes(*values(Audience)),
    class_name=texts("", "13А", "7 класс"), group_name=texts(max_len=150),
    participants=ints(0, 2001), led_by=texts(max_len=150)))


def assert_activity_saved(read, data: ActivityInput):
    assert (read.held_on, read.programme, read.audience, read.participants) == (
        data.held_on, data.programme, data.audience, data.participants)
    assert read.class_name == (normalize_class(data.class_name) or "")
    for name in ("topic", "group_name", "led_by"):
        assert getattr(read, name) == clean(getattr(data, name))
    assert date(2000, 1, 1) <= data.held_on <= TODAY and 1 <= data.participants <= 2000


@PROPERTY
@given(data=activity_inputs)
def test_an_activity_is_saved_whole_or_refused(services, data):
    read = saved_or_refused(services.db, lambda: services.prevention.create(data))
    if read is not None:
        assert_activity_saved(services.prevention.get(read.id), data)


@PROPERTY
@given(data=activity_inputs)
def test_an_activity_is_changed_whole_or_not_at_all(services, data):
    activity = services.prevention.create(ActivityInput(
        held_on=TODAY - timedelta(days=3), programme="personal_safety", topic="Жеке қауіпсіздік",
        audience="pupils", class_name="7Ә", participants=24, led_by="Сейітова Г. М."))
    read = saved_or_refused(services.db, lambda: services.prevention.update(activity.id, data))
    if read is None:
        assert services.prevention.get(activity.id) == activity
    else:
        assert_activity_saved(services.prevention.get(activity.id), data)


# --- warning settings -------------------------------------------------------------------------

threshold_inputs = mixed(Thresholds, dict(
    **{name: st.integers(low, high) for name, (low, high) in THRESHOLD_LIMITS.items()},
    line_111=st.sampled_from(["111", " 111 ", ""]), support_centre=fine_texts("ЦПП: +7 727 000"),
    bullying_window_school_year=st.booleans()), dict(
    **{name: ints(low, high, low - 1, high + 1) for name, (low, high) in THRESHOLD_LIMITS.items()},
    line_111=texts(max_len=100), support_centre=texts(max_len=500),
    bullying_window_school_year=st.sampled_from([None, 0, 1, "yes"])))


@PROPERTY
@given(data=threshold_inputs)
def test_warning_settings_are_saved_whole_or_refused(services, data):
    old = services.warning_settings.get()
    read = saved_or_refused(services.db, lambda: services.warning_settings.save(data))
    now = services.warning_settings.get()
    if read is None:
        assert now == old
    else:
        assert now == read
        for name in THRESHOLD_LIMITS:
            assert getattr(now, name) == getattr(data, name)
        assert (now.line_111, now.support_centre) == (clean(data.line_111),
                                                      clean(data.support_centre))
        assert now.bullying_window_school_year is data.bullying_window_school_year
        assert now.ack_working_days <= now.answer_working_days
