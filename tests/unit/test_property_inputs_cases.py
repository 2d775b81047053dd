"""Bad input everywhere (issue 8), continued: concerns and their responses, bullying cases
and their stage moves, referral drafts and the school calendar get arbitrary text, dates and
numbers; each call is saved whole or refused with nothing written
(property_support.saved_or_refused)."""

import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st
from property_support import (
    PROPERTY, codes, dates_near, datetimes_near, fine_texts, ids, mixed, optional_dates,
    saved_or_refused, texts,
)
from referral_factories import organisation_input, referral_input
from unit_factories import NOW, TODAY, case_input, concern_input, response_input

from desktop.models.case import CaseInput, StageInput
from desktop.models.concern import ConcernInput, ResponseInput
from desktop.models.enums import (
    CaseStage, Channel, ConcernSource, ConsentHow, LetterLanguage, ResponseKind, Role, Urgency,
)
from desktop.models.journal import Participant
from desktop.models.referral_record import ReferralInput
from desktop.models.school_calendar import YearInput
from desktop.models.validation import clean


def values(enum) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


def past(days: int) -> st.SearchStrategy[date]:
    return st.integers(0, days).map(lambda n: TODAY - timedelta(days=n))


@pytest.fixture
def pupil_ids(make_pupil):
    return [make_pupil().id, make_pupil(surname="Сейітова", sex="female").id]


# --- concerns and responses -------------------------------------------------------------------

SUMMARY = "Одноклассники высмеивают дочь в чате класса"


def concern_inputs(pupils) -> st.SearchStrategy[ConcernInput]:
    return mixed(ConcernInput, dict(
        received_at=st.integers(0, 300 * 24 * 60).map(lambda m: NOW - timedelta(minutes=m, seconds=5)),
        source=st.sampled_from(values(ConcernSource)), channel=st.sampled_from(values(Channel)),
        from_name=fine_texts("Жақсыбекова Гүлназ, мать"),
        contact=st.sampled_from(["", "+7 701 555 12 34"]),
        pupil_ids=st.lists(st.sampled_from(pupils), min_size=1, max_size=2, unique=True),
        summary=st.one_of(st.just(SUMMARY), st.just(f"\u200f {SUMMARY}\x00 "), fine_texts(SUMMARY))),
        dict(received_at=datetimes_near(), source=codes(*values(ConcernSource)),
             channel=codes(*values(Channel)), from_name=texts(max_len=150),
             contact=texts(max_len=100), pupil_ids=st.lists(ids(pupils).filter(bool), max_size=3),
             summary=texts(SUMMARY, "травля", max_len=5000)))


def assert_concern_saved(read, data: ConcernInput):
    assert read.received_at == data.received_at.replace(second=0, microsecond=0) <= NOW
    assert (read.source, read.channel) == (data.source, data.channel)
    anonymous = data.source == ConcernSource.ANONYMOUS.value
    assert read.from_name == ("" if anonymous else clean(data.from_name))
    assert (read.contact, read.summary) == (clean(data.contact), clean(data.summary))
    assert {p.id for p in read.pupils} == set(data.pupil_ids)
    assert read.ack_due >= read.received_at.date() and read.answer_due >= read.ack_due


@PROPERTY
@given(st.data())
def test_a_concern_is_saved_whole_or_refused(services, pupil_ids, data):
    given_input = data.draw(concern_inputs(pupil_ids))
    read = saved_or_refused(services.db, lambda: services.concerns.create(given_input))
    if read is not None:
        assert_concern_saved(services.concerns.get(read.id), given_input)


@PROPERTY
@given(st.data())
def test_a_concern_is_changed_whole_or_not_at_all(services, pupil_ids, data):
    concern = services.concerns.create(concern_input(pupil_ids[:1]))
    changed = data.draw(concern_inputs(pupil_ids))
    read = saved_or_refused(services.db, lambda: services.concerns.update(concern.id, changed))
    if read is None:
        assert services.concerns.get(concern.id) == concern
    else:
        assert_concern_saved(services.concerns.get(concern.id), changed)


RECEIVED_DAYS_AGO = 30

response_inputs = mixed(ResponseInput, dict(
    kind=st.sampled_from(values(ResponseKind)), on_date=past(RECEIVED_DAYS_AGO),
    by=fine_texts("Сәрсенбаева Әйгерім, психолог"), note=st.one_of(st.just(""), fine_texts("Встреча"))),
    dict(kind=codes(*values(ResponseKind)), on_date=st.one_of(st.none(), dates_near()),
         by=texts(max_len=150), note=texts(max_len=3000)))


def assert_response_saved(read, response_id, data: ResponseInput):
    saved = next(r for r in read.responses if r.id == response_id)
    assert (saved.kind, saved.on_date, saved.by, saved.note) == (
        data.kind, data.on_date, clean(data.by), clean(data.note))
    assert read.acknowledged_on == min(r.on_date for r in read.responses)


@pytest.fixture
def old_concern(services, pupil_ids):
    return services.concerns.create(concern_input(
        pupil_ids[:1], received_at=NOW - timedelta(days=RECEIVED_DAYS_AGO)))


@PROPERTY
@given(data=response_inputs, unknown=st.booleans())
def test_a_response_is_added_whole_or_refused(services, old_concern, data, unknown):
    target = uuid.uuid4() if unknown else old_concern.id
    before = services.concerns.get(old_concern.id)
    read = saved_or_refused(services.db, lambda: services.concerns.add_response(target, data))
    if read is None:
        assert services.concerns.get(old_concern.id) == before
    else:
        new = {r.id for r in read.responses} - {r.id for r in before.responses}
        assert len(new) == 1
        assert_response_saved(read, new.pop(), data)


@PROPERTY
@given(data=response_inputs)
def test_a_response_is_changed_whole_or_not_at_all(services, old_concern, data):
    added = services.concerns.add_response(old_concern.id, response_input(on_date=TODAY))
    response_id = added.responses[-1].id
    read = saved_or_refused(services.db, lambda: services.concerns.update_response(response_id, data))
    if read is None:
        assert services.concerns.get(old_concern.id) == added
    else:
        assert_response_saved(services.concerns.get(old_concern.id), response_id, data)


# --- bullying cases and their stages ----------------------------------------------------------


def case_inputs(pupils) -> st.SearchStrategy[CaseInput]:
    roles = st.sampled_from(values(Role))
    return mixed(CaseInput, dict(
        title=fine_texts("Қорлау: 7Ә сыныбындағы чат"), opened_on=past(3),
        participants=roles.map(lambda r: [Participant(pupils[0], "target"), Participant(pupils[1], r)]),
        responsible=fine_texts("Сәрсенбаева Гүлнұр, психолог"),
        note=st.one_of(st.just(""), fine_texts("Анасы өтініш жазды")),
        review_date=st.one_of(st.none(), st.dates(TODAY, date.max))), dict(
        title=texts(max_len=200), opened_on=st.one_of(st.none(), dates_near()),
        participants=st.lists(st.builds(Participant, ids(pupils), codes(*values(Role))), max_size=3),
        responsible=texts(max_len=150), note=texts(max_len=3000),
        review_date=optional_dates()))


def assert_case_saved(read, data: CaseInput):
    assert (read.title, read.opened_on, read.review_date) == (
        clean(data.title), data.opened_on, data.review_date)
    assert {(p.pupil.id, p.role) for p in read.participants} == {
        (p.pupil_id, p.role) for p in data.participants}
    complaint = read.stages[0]
    assert (complaint.stage, complaint.on_date, complaint.responsible, complaint.note) == (
        CaseStage.COMPLAINT.value, data.opened_on, clean(data.responsible), clean(data.note))
    assert date(2000, 1, 1) <= data.opened_on <= TODAY


@PROPERTY
@given(st.data())
def test_a_case_is_saved_whole_or_refused(services, pupil_ids, data):
    given_input = data.draw(case_inputs(pupil_ids))
    read = saved_or_refused(services.db, lambda: services.cases.create(given_input))
    if read is not None:
        assert_case_saved(services.cases.get(read.id), given_input)


@PROPERTY
@given(st.data())
def test_a_case_is_changed_whole_or_not_at_all(services, pupil_ids, data):
    case = services.cases.create(case_input([(pupil_ids[0], "target")]))
    changed = data.draw(case_inputs(pupil_ids))
    read = saved_or_refused(services.db, lambda: services.cases.update(case.id, changed))
    if read is None:
        assert services.cases.get(case.id) == case
    else:
        assert_case_saved(services.cases.get(case.id), changed)


stage_moves = st.tuples(mixed(StageInput, dict(
    stage=st.sampled_from([CaseStage.ANALYSIS.value, CaseStage.CLOSED.value]), on_date=past(3),
    responsible=fine_texts("Антибуллинг тобы"), note=st.one_of(st.just(""), fine_texts("Талдау")),
    review_date=st.one_of(st.none(), st.dates(TODAY, date.max))), dict(
    stage=codes(*values(CaseStage)), on_date=st.one_of(st.none(), dates_near()),
    responsible=texts(max_len=150), note=texts(max_len=3000), review_date=optional_dates())),
    st.one_of(fine_texts("Татуласты"), texts(max_len=3000), st.none()))


@PROPERTY
@given(move=stage_moves, unknown=st.booleans())
def test_a_stage_move_is_saved_whole_or_refused(services, pupil_ids, move, unknown):
    data, outcome = move
    case = services.cases.create(case_input([(pupil_ids[0], "target")]))
    target = uuid.uuid4() if unknown else case.id
    read = saved_or_refused(services.db, lambda: services.cases.move(target, data, outcome))
    if read is None:
        assert services.cases.get(case.id) == case
        return
    read = services.cases.get(case.id)
    last = read.stages[-1]
    assert (read.stage, last.stage, last.on_date, last.responsible, last.note) == (
        data.stage, data.stage, data.on_date, clean(data.responsible), clean(data.note))
    assert len(read.stages) == 2 and case.opened_on <= data.on_date <= TODAY
    if data.stage == CaseStage.CLOSED.value:
        assert (read.outcome, read.closed_on) == (clean(outcome), data.on_date) and read.outcome
    if data.stage == CaseStage.MONITORING.value:
        assert read.review_date == data.review_date


# --- referral drafts --------------------------------------------------------------------------


def referral_inputs(pupil_id, organisation_id, case_id) -> st.SearchStrategy[ReferralInput]:
    return mixed(ReferralInput, dict(
        pupil_id=st.just(pupil_id), organisation_id=st.just(organisation_id),
        language=st.sampled_from(values(LetterLanguage)), urgency=st.sampled_from(values(Urgency)),
        reason=fine_texts("Жүйелі қорлау"), summary=st.one_of(st.just(""), fine_texts("Қазаннан бері")),
        measures=st.sampled_from(["", "Сынып сағаты өтті"]), consent_by=fine_texts("Әлібекова Ұлжан"),
        consent_date=st.dates(date(2000, 1, 1), TODAY), consent_how=st.sampled_from(values(ConsentHow)),
        no_consent_reason=st.just(""), case_id=st.sampled_from([None, case_id])), dict(
        pupil_id=st.one_of(st.none(), st.uuids()), organisation_id=st.one_of(st.none(), st.uuids()),
        language=codes(*values(LetterLanguage)), urgency=codes(*values(Urgency)),
        reason=texts(max_len=2000), summary=texts(max_len=20000), measures=texts(max_len=5000),
        consent_by=st.one_of(st.just(""), texts(max_len=150)),
        consent_date=st.one_of(st.none(), dates_near()),
        consent_how=st.one_of(st.none(), codes(*values(ConsentHow))),
        no_consent_reason=texts("Угроза жизни", max_len=2000), case_id=st.uuids()), max_spoiled=3)


def assert_referral_saved(read, data: ReferralInput):
    assert (read.pupil.id, read.organisation.id, read.case_id) == (
        data.pupil_id, data.organisation_id, data.case_id)
    assert (read.language, read.urgency, read.status) == (data.language, data.urgency, "draft")
    assert (read.reason, read.summary, read.measures) == (
        clean(data.reason), clean(data.summary), clean(data.measures))
    if data.has_consent:
        assert (read.consent_by, read.consent_date, read.consent_how, read.no_consent_reason) == (
            clean(data.consent_by), data.consent_date, data.consent_how, "")
        assert read.consent_by and date(2000, 1, 1) <= read.consent_date <= TODAY
    else:
        assert (read.consent_by, read.consent_date, read.consent_how, read.no_consent_reason) == (
            "", None, "", clean(data.no_consent_reason))
        assert data.urgency == Urgency.URGENT.value and read.no_consent_reason


@pytest.fixture
def referral_parts(services, pupil_ids):
    organisation = services.organisations.create(organisation_input())
    case = services.cases.create(case_input([(pupil_ids[0], "target")]))
    return pupil_ids[0], organisation.id, case.id


@PROPERTY
@given(st.data())
def test_a_referral_draft_is_saved_whole_or_refused(services, referral_parts, data):
    given_input = data.draw(referral_inputs(*referral_parts))
    read = saved_or_refused(services.db, lambda: services.referrals.create(given_input))
    if read is not None:
        assert_referral_saved(services.referrals.get(read.id), given_input)


@PROPERTY
@given(st.data())
def test_a_referral_draft_is_changed_whole_or_not_at_all(services, referral_parts, data):
    pupil_id, organisation_id, _case = referral_parts
    draft = services.referrals.create(referral_input(pupil_id, organisation_id))
    changed = data.draw(referral_inputs(*referral_parts))
    read = saved_or_refused(services.db, lambda: services.referrals.update(draft.id, changed))
    if read is None:
        assert services.referrals.get(draft.id) == draft
    else:
        assert_referral_saved(services.referrals.get(draft.id), changed)


# --- the school calendar ----------------------------------------------------------------------

# 2025-2026 as the ministry set it (seeded in every database), to be moved to other years.
_TERMS = [(date(2025, 9, 1), date(2025, 10, 26)), (date(2025, 11, 3), date(2025, 12, 28)),
          (date(2026, 1, 8), date(2026, 3, 18)), (date(2026, 3, 30), date(2026, 5, 25))]
_BREAKS = [(date(2025, 10, 27), date(2025, 11, 2), False), (date(2026, 2, 9), date(2026, 2, 15), True)]


def _moved(year: int):
    def move(d: date) -> date:
        return d.replace(year=d.year + year - 2025)
    return YearInput(f"{year}-{year + 1}", move(date(2025, 9, 1)), move(date(2026, 5, 25)),
                     [(move(a), move(b)) for a, b in _TERMS],
                     [(move(a), move(b), g) for a, b, g in _BREAKS])


any_day = st.one_of(st.none(), dates_near(date(2031, 1, 1), 800), st.sampled_from([date.min, date.max]))


@st.composite
def year_inputs(draw) -> YearInput:
    data = _moved(draw(st.one_of(st.integers(2000, 9998), st.integers(2026, 2032))))
    spoiled = draw(st.sets(st.sampled_from(["name", "starts_on", "ends_on", "terms", "breaks"]),
                           max_size=2))
    if "name" in spoiled:
        data.name = draw(texts(data.name, "2030-2032", "1999-2000", "٢٠٣٠-٢٠٣١", " 2030-2031\n",
                               "10000-10001", "9999-10000"))
    if "starts_on" in spoiled:
        data.starts_on = draw(any_day)
    if "ends_on" in spoiled:
        data.ends_on = draw(any_day)
    if "terms" in spoiled:
        data.terms = draw(st.lists(st.tuples(any_day, any_day), max_size=5))
    if "breaks" in spoiled:
        data.breaks = draw(st.lists(st.tuples(any_day, any_day, st.booleans()), max_size=3))
    return data


def assert_year_saved(read, data: YearInput):
    assert (read.name, read.starts_on, read.ends_on) == (clean(data.name), data.starts_on, data.ends_on)
    assert read.terms == tuple(data.terms)
    assert read.breaks == tuple(sorted(data.breaks, key=lambda b: (b[0], b[1])))
    assert len(read.terms) == 4 and read.starts_on <= read.terms[0][0] <= read.terms[3][1] <= read.ends_on


@PROPERTY
@given(data=year_inputs())
def test_a_school_year_is_saved_whole_or_refused(services, data):
    read = saved_or_refused(services.db, lambda: services.calendar.create(data))
    if read is not None:
        assert_year_saved(services.calendar.get(read.name), data)


@PROPERTY
@given(data=year_inputs(), unknown=st.booleans())
def test_a_school_year_is_changed_whole_or_not_at_all(services, data, unknown):
    year = services.calendar.years()[0]
    target = uuid.uuid4() if unknown else year.id
    read = saved_or_refused(services.db, lambda: services.calendar.update(target, data))
    after = next(y for y in services.calendar.years() if y.id == year.id)
    if read is None:
        assert after == year
    else:
        assert_year_saved(after, data)
