"""The concerns register: working-day deadlines, clocks that stop on a response, repeated
concerns about the same pupil, validation, roles, soft delete and the list's scopes.

NOW (unit_factories) is Friday 20 November 2026, 10:00."""

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import select
from unit_factories import NOW, TODAY, concern_input, response_input

from desktop.models import Concern, ConcernPupil, ConcernResponse
from desktop.models.audit import AuditFilter
from desktop.models.concern import ACK_OVERDUE, ANSWER_OVERDUE, REPEATED, ResponseInput
from desktop.services import Services
from desktop.services.context import Context, NotAllowed
from desktop.services.errors import NotFound, ValidationError
from desktop.services.filters import ANSWERED, OPEN, OVERDUE, ListFilter

MONDAY = date(2026, 11, 23)


def errors_of(call, *args) -> dict:
    with pytest.raises(ValidationError) as err:
        call(*args)
    return err.value.codes()


@pytest.fixture
def asem(make_pupil):
    return make_pupil(surname="Жақсыбекова", given_name="Әсем", patronymic="Серікқызы",
                      sex="female", birth_date=date(2013, 3, 9))


@pytest.fixture
def nurali(make_pupil):
    return make_pupil(surname="Қуанышев", given_name="Нұрәлі", patronymic="")


def move_clock(clock, day: date, hour: int = 10) -> None:
    clock.now = datetime.combine(day, datetime.min.time()).replace(hour=hour)


def add_holidays(services, *days: date) -> None:
    """The school adds days off of its own (Settings → Holidays)."""
    from desktop.models.holidays import DAY_OFF, Correction

    years = {d.year for d in days}
    kept = [c for c in services.holidays.corrections() if c.day.year in years]
    services.holidays.replace_corrections(
        years, kept + [Correction(d, DAY_OFF, "Мектеп күні") for d in days])


# --- deadlines ---------------------------------------------------------------------------


def test_received_on_friday_acknowledge_by_monday_answer_fifteen_working_days_later(
        services, asem):
    c = services.concerns.create(concern_input([asem.id]))
    assert c.received_at == datetime(2026, 11, 20, 9, 0)
    assert c.ack_due == MONDAY
    # The Administrative Procedural Code's 15 working days: three working weeks, no holiday.
    assert c.answer_due == date(2026, 12, 11)
    assert (c.ack_days_left, c.answer_days_left) == (1, 15)
    assert c.unknown_years == ()
    assert c.acknowledged_on is None and c.answered_on is None
    assert c.flags == frozenset()


def test_the_schools_own_days_off_are_skipped(services, asem):
    add_holidays(services, MONDAY, date(2026, 12, 1))
    c = services.concerns.create(concern_input([asem.id]))
    assert c.ack_due == date(2026, 11, 24)  # Monday is a holiday: Tuesday
    # 24, 25, 26, 27, 30 Nov, (1 Dec off), 2, 3, 4, 7–11, 14, 15 Dec.
    assert c.answer_due == date(2026, 12, 15)


def test_the_settings_number_of_days_is_used(services, asem):
    t = services.warning_settings.get()
    t.ack_working_days, t.answer_working_days = 2, 5
    services.warning_settings.save(t)
    c = services.concerns.create(concern_input([asem.id]))
    assert (c.ack_due, c.answer_due) == (date(2026, 11, 24), date(2026, 11, 27))


def test_deadlines_stay_when_the_settings_change_and_move_with_the_received_date(services, asem):
    c = services.concerns.create(concern_input([asem.id]))
    add_holidays(services, MONDAY)
    data = c.to_input()
    data.summary += " и в раздевалке"
    same = services.concerns.update(c.id, data)
    assert (same.ack_due, same.answer_due) == (MONDAY, date(2026, 12, 11))
    data.received_at = datetime(2026, 11, 19, 16, 30)  # Thursday: now Monday is a holiday
    moved = services.concerns.update(c.id, data)
    assert moved.ack_due == date(2026, 11, 20)
    assert moved.answer_due == date(2026, 12, 11)  # 20, 24–27, 30 Nov, 1–4, 7–11 Dec


def test_the_acknowledgement_is_due_today_not_overdue_the_day_after_it_is(services, clock, asem):
    c = services.concerns.create(concern_input([asem.id]))
    move_clock(clock, MONDAY, hour=18)
    due_today = services.concerns.get(c.id)
    assert due_today.ack_days_left == 0
    assert ACK_OVERDUE not in due_today.flags and not due_today.overdue
    assert services.concerns.overdue_count() == 0

    move_clock(clock, date(2026, 11, 24))
    late = services.concerns.get(c.id)
    assert late.ack_days_left == -1
    assert late.flags == {ACK_OVERDUE}
    assert services.concerns.overdue_count() == 1
    assert [r.id for r in services.concerns.page(ListFilter(kind=OVERDUE), 0, 10)] == [c.id]


def test_an_acknowledged_concern_is_overdue_when_the_answer_is_late(services, clock, asem):
    c = services.concerns.create(concern_input([asem.id]))
    services.concerns.add_response(c.id, response_input("acknowledged", TODAY))
    move_clock(clock, date(2026, 12, 11))
    assert services.concerns.get(c.id).flags == frozenset()
    assert services.concerns.overdue_count() == 0
    move_clock(clock, date(2026, 12, 14))  # Monday after the Friday it was due
    late = services.concerns.get(c.id)
    assert late.flags == {ANSWER_OVERDUE}
    assert late.answer_days_left == -3  # calendar days late
    assert late.ack_days_left is None  # that clock stopped
    assert services.concerns.overdue_count() == 1


# --- responses drive acknowledged_on and answered_on ---------------------------------------


def test_acknowledged_and_answered_follow_the_responses(services, clock, asem):
    c = services.concerns.create(concern_input([asem.id]))
    move_clock(clock, date(2026, 11, 27))
    meeting = services.concerns.add_response(
        c.id, response_input("meeting", date(2026, 11, 23), note="Встреча с отцом"))
    assert (meeting.acknowledged_on, meeting.answered_on) == (MONDAY, None)
    assert meeting.ack_days_left is None and meeting.answer_days_left == 10
    [m] = meeting.responses
    assert (m.kind, m.on_date, m.by, m.note) == (
        "meeting", MONDAY, "Сәрсенбаева Әйгерім, психолог", "Встреча с отцом")

    answered = services.concerns.add_response(
        c.id, response_input("written_answer", date(2026, 11, 26)))
    assert (answered.acknowledged_on, answered.answered_on) == (MONDAY, date(2026, 11, 26))
    assert answered.answer_days_left is None
    assert [r.kind for r in answered.responses] == ["meeting", "written_answer"]
    assert services.concerns.count(ListFilter(kind=ANSWERED)) == 1
    assert services.concerns.count(ListFilter(kind=OPEN)) == 0

    written = answered.responses[1]
    edited = services.concerns.update_response(
        meeting.responses[0].id, response_input("meeting", date(2026, 11, 24)))
    assert edited.acknowledged_on == date(2026, 11, 24)
    edited = services.concerns.update_response(
        written.id, response_input("written_answer", date(2026, 11, 25)))
    assert (edited.acknowledged_on, edited.answered_on) == (date(2026, 11, 24), date(2026, 11, 25))
    # A written answer dated before any other response acknowledges it too.
    edited = services.concerns.update_response(
        written.id, response_input("written_answer", date(2026, 11, 23)))
    assert (edited.acknowledged_on, edited.answered_on) == (MONDAY, MONDAY)

    unanswered = services.concerns.delete_response(written.id)
    assert (unanswered.acknowledged_on, unanswered.answered_on) == (date(2026, 11, 24), None)
    assert services.concerns.count(ListFilter(kind=OPEN)) == 1

    bare = services.concerns.delete_response(unanswered.responses[0].id)
    assert bare.responses == ()
    assert (bare.acknowledged_on, bare.answered_on) == (None, None)
    assert bare.flags == {ACK_OVERDUE}  # due on Monday; today is Friday the 27th


def test_a_bad_response_is_refused_and_nothing_changes(services, clock, asem):
    c = services.concerns.create(concern_input([asem.id]))
    before = errors_of(services.concerns.add_response, c.id,
                       response_input("meeting", date(2026, 11, 19)))
    assert before == {"on_date": "response.before_concern"}
    assert errors_of(services.concerns.add_response, c.id,
                     response_input("meeting", TODAY + timedelta(days=1))) == {"on_date": "date.future"}
    assert errors_of(services.concerns.add_response, c.id,
                     ResponseInput(kind=None, on_date=None, by=" ", note="х" * 3001)) == {
        "kind": "required", "on_date": "required", "by": "required", "note": "too_long"}
    assert errors_of(services.concerns.add_response, c.id, response_input("letter")) == {
        "kind": "invalid_choice"}
    read = services.concerns.get(c.id)
    assert read.responses == () and read.acknowledged_on is None
    with services.db.session() as s:
        assert s.exec(select(ConcernResponse)).all() == []

    ok = services.concerns.add_response(c.id, response_input("acknowledged", TODAY))
    assert errors_of(services.concerns.update_response, ok.responses[0].id,
                     response_input("acknowledged", date(2026, 11, 1))) == {
        "on_date": "response.before_concern"}
    assert services.concerns.get(c.id).responses[0].on_date == TODAY


def test_the_concern_cannot_be_moved_after_its_responses(services, clock, asem):
    c = services.concerns.create(concern_input([asem.id], received_at=datetime(2026, 11, 18, 9, 0)))
    services.concerns.add_response(c.id, response_input("meeting", date(2026, 11, 19)))
    data = c.to_input()
    data.received_at = datetime(2026, 11, 20, 8, 0)
    assert errors_of(services.concerns.update, c.id, data) == {
        "received_at": "concern.after_responses"}
    assert services.concerns.get(c.id).received_at == datetime(2026, 11, 18, 9, 0)


# --- a second concern about the same pupil ---------------------------------------------------


def test_a_second_concern_while_the_first_is_open_is_linked_and_flagged(services, asem, nurali):
    first = services.concerns.create(concern_input([asem.id], received_at=datetime(2026, 11, 18, 9, 0)))
    assert first.previous is None and REPEATED not in first.flags

    # Before saving, the form can already tell.
    earlier = services.concerns.earlier_open([asem.id, nurali.id], NOW)
    assert earlier.id == first.id and earlier.pupils == "Жақсыбекова Әсем Серікқызы"

    second = services.concerns.create(concern_input([asem.id, nurali.id]))
    assert second.previous_id == first.id
    assert REPEATED in second.flags
    assert second.previous.received_at == datetime(2026, 11, 18, 9, 0)
    assert second.previous.still_open
    assert second.previous.pupils == "Жақсыбекова Әсем Серікқызы"
    [row] = [r for r in services.concerns.page(ListFilter(), 0, 10) if r.id == second.id]
    assert row.repeated

    # About Нұрәлі only: the most recent open one about him is the second.
    third = services.concerns.create(concern_input([nurali.id], received_at=NOW))
    assert third.previous_id == second.id


def test_once_the_first_is_answered_a_new_concern_is_not_linked(services, asem):
    first = services.concerns.create(concern_input([asem.id], received_at=datetime(2026, 11, 18, 9, 0)))
    services.concerns.add_response(first.id, response_input("written_answer", date(2026, 11, 19)))
    assert services.concerns.earlier_open([asem.id], NOW) is None
    second = services.concerns.create(concern_input([asem.id]))
    assert second.previous is None and REPEATED not in second.flags


def test_the_link_stays_when_the_first_is_answered_afterwards(services, asem):
    first = services.concerns.create(concern_input([asem.id], received_at=datetime(2026, 11, 18, 9, 0)))
    second = services.concerns.create(concern_input([asem.id]))
    services.concerns.add_response(first.id, response_input("written_answer", TODAY))
    again = services.concerns.get(second.id)
    assert again.previous_id == first.id and not again.previous.still_open
    # Saved again (a typo fixed), it is still the repeat it was when it came.
    assert services.concerns.update(second.id, again.to_input()).previous_id == first.id
    # The first one deleted (entered by mistake): no longer a repeat.
    services.concerns.delete(first.id)
    assert services.concerns.get(second.id).previous is None
    assert not services.concerns.page(ListFilter(), 0, 10)[0].repeated


def test_a_concern_about_another_pupil_is_not_linked(services, asem, nurali):
    services.concerns.create(concern_input([asem.id], received_at=datetime(2026, 11, 18, 9, 0)))
    assert services.concerns.create(concern_input([nurali.id])).previous is None


# --- validation ------------------------------------------------------------------------------


def test_an_empty_concern_names_every_missing_field_and_saves_nothing(services):
    codes = errors_of(services.concerns.create, concern_input(
        received_at=None, source=None, channel=None, from_name="", summary=" "))
    assert codes == {"received_at": "required", "source": "required", "channel": "required",
                     "from_name": "required", "summary": "required"}
    assert services.concerns.count() == 0


def test_bad_values_are_refused_beside_their_fields(services, asem, make_pupil):
    gone = make_pupil(surname="Омарова", given_name="Дана", sex="female")
    services.pupils.delete(gone.id)
    codes = errors_of(services.concerns.create, concern_input(
        [asem.id, gone.id], received_at=NOW + timedelta(hours=2), source="neighbour",
        channel="pigeon", from_name="Ә" * 151, contact="1" * 101, summary="х" * 5001))
    assert codes == {"received_at": "date.future", "source": "invalid_choice",
                     "channel": "invalid_choice", "from_name": "too_long",
                     "contact": "too_long", "pupil_ids": "pupils.missing", "summary": "too_long"}
    assert errors_of(services.concerns.create, concern_input([asem.id, asem.id])) == {
        "pupil_ids": "pupils.duplicate"}
    assert services.concerns.count() == 0
    with services.db.session() as s:
        assert s.exec(select(Concern)).all() == [] and s.exec(select(ConcernPupil)).all() == []


def test_an_anonymous_concern_needs_no_name_and_keeps_none(services, asem):
    c = services.concerns.create(concern_input(
        [asem.id], source="anonymous", channel="written", from_name="Кто-то из родителей",
        contact=""))
    assert (c.source, c.from_name) == ("anonymous", "")
    assert errors_of(services.concerns.create, concern_input([asem.id], from_name=" ")) == {
        "from_name": "required"}


def test_without_pupils_the_summary_must_say_whom_it_is_about(services):
    assert errors_of(services.concerns.create, concern_input(
        source="anonymous", channel="line_111", summary="Травля")) == {
        "summary": "concern.summary_without_pupils"}
    c = services.concerns.create(concern_input(
        source="anonymous", channel="line_111",
        summary="В 7Ә классе группа мальчиков травит новенькую"))
    assert c.pupils == () and c.previous is None


def test_the_received_time_drops_seconds_and_text_is_trimmed(services, asem):
    c = services.concerns.create(concern_input(
        [asem.id], received_at=datetime(2026, 11, 20, 8, 15, 42), from_name="  Жақсыбеков Серік ",
        summary="  Жалоба  "))
    assert c.received_at == datetime(2026, 11, 20, 8, 15)
    assert (c.from_name, c.summary) == ("Жақсыбеков Серік", "Жалоба")
    assert [p.full_name for p in c.pupils] == ["Жақсыбекова Әсем Серікқызы"]


# --- roles, soft delete, audit ---------------------------------------------------------------


def as_role(db, clock, role) -> Services:
    return Services.build(db, Context(actor=f"{role}-user", role=role, clock=clock))


def test_a_counsellor_records_and_reads_concerns_the_head_teacher_only_counts(db, clock, asem):
    counsellor = as_role(db, clock, "counsellor")
    c = counsellor.concerns.create(concern_input([asem.id]))
    answered = counsellor.concerns.add_response(c.id, response_input("written_answer", TODAY))
    assert counsellor.concerns.get(c.id).answered_on == TODAY == answered.answered_on
    assert [r.id for r in counsellor.concerns.page(ListFilter(), 0, 10)] == [c.id]

    head = as_role(db, clock, "head")
    assert head.concerns.count() == 1 and head.concerns.overdue_count() == 0
    for forbidden in (lambda: head.concerns.create(concern_input([asem.id])),
                      lambda: head.concerns.get(c.id),
                      lambda: head.concerns.page(ListFilter(), 0, 10),
                      lambda: head.concerns.awaiting(),
                      lambda: head.concerns.count(ListFilter(text="Жақсы")),
                      lambda: head.concerns.add_response(c.id, response_input()),
                      lambda: head.concerns.delete(c.id)):
        with pytest.raises(NotAllowed):
            forbidden()


def test_a_deleted_concern_is_gone_from_everywhere(services, clock, asem):
    c = services.concerns.create(concern_input([asem.id]))
    move_clock(clock, date(2026, 11, 30))
    assert services.concerns.overdue_count() == 1
    assert [e.kind for e in services.chronology.for_pupil(asem.id)] == ["concern"]
    services.concerns.delete(c.id)
    with pytest.raises(NotFound):
        services.concerns.get(c.id)
    with pytest.raises(NotFound):
        services.concerns.add_response(c.id, response_input())
    assert services.concerns.count() == 0 and services.concerns.overdue_count() == 0
    assert services.concerns.page(ListFilter(), 0, 10) == []
    assert services.concerns.awaiting() == []
    assert services.chronology.for_pupil(asem.id) == []


def test_the_audit_trail_names_the_concern_and_its_responses(services, asem, nurali):
    c = services.concerns.create(concern_input([asem.id]))
    data = c.to_input()
    data.pupil_ids = [asem.id, nurali.id]  # only the pupils change
    services.concerns.update(c.id, data)
    r = services.concerns.add_response(c.id, response_input()).responses[0]
    services.concerns.delete_response(r.id)
    concern = [(e.action, e.detail) for e in services.audit.entries(AuditFilter(entity="concern"))]
    # Newest first: acknowledged_on cleared, then set, the pupils' update, the creation.
    assert concern == [("update", "acknowledged_on"), ("update", "acknowledged_on"),
                       ("update", ""), ("create", "")]
    responses = [e.action for e in services.audit.entries(AuditFilter(entity="concern_response"))]
    assert responses == ["delete", "create"]


# --- the list, the dashboard and the chronology ----------------------------------------------


@pytest.fixture
def register(services, clock, asem, nurali):
    """On Wednesday 25 Nov: one answered, one acknowledged in time, one never acknowledged
    (overdue), one anonymous about a class."""
    answered = services.concerns.create(concern_input(
        [nurali.id], received_at=datetime(2026, 11, 16, 11, 0), summary="Отобрали телефон"))
    services.concerns.add_response(answered.id, response_input("written_answer", date(2026, 11, 18)))
    late = services.concerns.create(concern_input(
        [asem.id], received_at=datetime(2026, 11, 19, 15, 0), summary="Дразнят в чате"))
    acked = services.concerns.create(concern_input(
        [nurali.id], received_at=datetime(2026, 11, 20, 9, 0), source="teacher",
        from_name="Сейітова Гүлнар", summary="Толкают в коридоре"))
    services.concerns.add_response(acked.id, response_input("acknowledged", date(2026, 11, 20)))
    move_clock(clock, date(2026, 11, 25))
    anonymous = services.concerns.create(concern_input(
        received_at=datetime(2026, 11, 25, 9, 0), source="anonymous", channel="messenger", from_name="",
        summary="В 7Ә классе снимают одноклассников на видео"))
    return dict(answered=answered, late=late, acked=acked, anonymous=anonymous)


def test_scopes_counts_and_order(services, register):
    ids = {v.id: k for k, v in register.items()}

    def names(kind=None, text=""):
        return [ids[r.id] for r in services.concerns.page(ListFilter(text=text, kind=kind), 0, 10)]

    # Unanswered by their nearest deadline: late's acknowledgement was due on the 20th,
    # anonymous's is due on the 26th, acked's answer on 11 December; then the answered.
    assert names(OPEN) == ["late", "anonymous", "acked"]
    assert names(OVERDUE) == ["late"]
    assert names(ANSWERED) == ["answered"]
    assert names() == ["late", "anonymous", "acked", "answered"]
    assert [services.concerns.count(ListFilter(kind=k)) for k in (OPEN, OVERDUE, ANSWERED, None)] \
        == [3, 1, 1, 4]
    assert names(text="нұрәлі") == ["acked", "answered"]
    assert services.concerns.count(ListFilter(text="ЖАҚСЫБЕК")) == 1


def test_rows_carry_what_the_list_shows(services, register):
    rows = {r.id: r for r in services.concerns.page(ListFilter(), 0, 10)}
    late = rows[register["late"].id]
    assert late.pupils == "Жақсыбекова Әсем"
    assert (late.source, late.channel, late.from_name) == ("parent", "in_person",
                                                           "Жақсыбекова Гүлназ, мать")
    assert late.ack_overdue and late.ack_days_left == -5  # due Friday the 20th
    acked = rows[register["acked"].id]
    assert not acked.overdue and acked.ack_days_left is None and acked.answer_days_left == 12
    assert rows[register["anonymous"].id].pupils == ""
    assert rows[register["answered"].id].answered_on == date(2026, 11, 18)


def test_awaiting_lists_unanswered_concerns_with_their_clocks(services, register):
    waiting = services.concerns.awaiting()
    assert [w.id for w in waiting] == [register[k].id for k in ("late", "anonymous", "acked")]
    late = waiting[0]
    assert (late.pupils, late.source, late.overdue) == ("Жақсыбекова Әсем", "parent", True)
    assert (late.ack_due, late.ack_days_left) == (date(2026, 11, 20), -5)
    assert (late.answer_due, late.answer_days_left) == (date(2026, 12, 10), 11)
    assert [w.id for w in services.concerns.awaiting(limit=1)] == [late.id]


def test_concerns_appear_in_their_pupils_chronology(services, register, asem, nurali):
    [late] = services.chronology.for_pupil(asem.id)
    assert (late.kind, late.id, late.when) == ("concern", register["late"].id,
                                                datetime(2026, 11, 19, 15, 0))
    assert (late.title, late.summary, late.status, late.overdue) == (
        "parent", "Дразнят в чате", "open", True)
    his = services.chronology.for_pupil(nurali.id)
    assert [(e.id, e.status, e.overdue) for e in his] == [
        (register["acked"].id, "open", False), (register["answered"].id, "answered", False)]


# --- a year whose holidays nobody knows --------------------------------------------------------


def test_a_deadline_that_runs_into_a_year_nobody_knows_says_so(services, clock, asem):
    move_clock(clock, date(2027, 12, 20))
    c = services.concerns.create(concern_input(
        [asem.id], received_at=datetime(2027, 12, 20, 9, 0)))
    # 21–24, 27–31 December 2027, then 2028 on the law's expected days: New Year observed
    # on 3 and 4 January, Christmas on the 7th, so 5, 6, 10–13 January.
    assert c.answer_due == date(2028, 1, 13)
    assert c.unknown_years == (2028,)
    assert services.concerns.deadlines(date(2027, 12, 20)).unknown_years == (2028,)
    [row] = services.concerns.page(ListFilter(), 0, 10)
    assert row.unknown_years == (2028,)
    assert services.concerns.deadlines(date(2027, 11, 1)).unknown_years == ()

    # The school checks 2028 against the decree and confirms it: no longer named.
    services.holidays.replace_corrections(2028, [], confirmed=True)
    later = services.concerns.deadlines(date(2027, 12, 20))
    assert later.unknown_years == () and later.answer_due == date(2028, 1, 13)
    assert services.concerns.get(c.id).unknown_years == ()
