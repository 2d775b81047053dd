"""Early-warning rules at their boundaries. "Today" is Friday 20 November 2026 (NOW)."""

import uuid
from datetime import date, datetime, timedelta

import pytest
from unit_factories import NOW, TODAY

from desktop.models import BullyingCase, CasePupil, Concern, ConcernPupil
from desktop.models.enums import CaseStage, ObservationStatus
from desktop.models.validation import ValidationError
from desktop.models.warnings import Rule
from desktop.services.context import NotAllowed


def rules(services, pupil_id) -> set[str]:
    return {w.rule for w in services.attention.warnings() if w.pupil_id == pupil_id}


def days_ago(n: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=n), datetime.min.time()).replace(hour=hour)


@pytest.fixture
def other(make_pupil):
    return make_pupil(surname="Сәрсенбаев", given_name="Ерғали", patronymic="")


# --- bullying: two or more times within the window ------------------------------------------


def test_targeted_twice_within_29_days_is_bullying(services, pupil, other, make_observation):
    for n in (29, 0):
        make_observation([(pupil.id, "target"), (other.id, "aggressor")], occurred_at=days_ago(n, 9))
    assert Rule.REPEATED_TARGET.value in rules(services, pupil.id)
    assert Rule.REPEATED_TARGET.value not in rules(services, other.id)  # the aggressor


def test_by_default_the_window_is_the_school_year_with_no_30_day_limit(
        services, pupil, other, make_observation):
    # Order No. 506: "two or more times", with no time limit. Today is 20 November 2026:
    # 1 September and today count; 31 August belongs to the last school year.
    for day in (datetime(2026, 9, 1, 9), days_ago(0, 9)):
        make_observation([(pupil.id, "target")], occurred_at=day)
    for day in (datetime(2026, 8, 31, 9), days_ago(0, 10)):
        make_observation([(other.id, "target")], occurred_at=day)
    assert Rule.REPEATED_TARGET.value in rules(services, pupil.id)
    assert Rule.REPEATED_TARGET.value not in rules(services, other.id)


def test_incidents_31_days_apart_are_not_when_the_school_counts_30_days(
        services, pupil, make_observation):
    for n in (31, 0):
        make_observation([(pupil.id, "target")], occurred_at=days_ago(n, 9))
    assert Rule.REPEATED_TARGET.value in rules(services, pupil.id)
    t = services.warning_settings.get()
    t.bullying_window_school_year, t.bullying_window_days = False, 30
    services.warning_settings.save(t)
    assert Rule.REPEATED_TARGET.value not in rules(services, pupil.id)


def test_the_window_comes_from_settings(services, pupil, make_observation):
    for n in (31, 0):
        make_observation([(pupil.id, "target")], occurred_at=days_ago(n, 9))
    t = services.warning_settings.get()
    t.bullying_window_school_year, t.bullying_window_days = False, 45
    services.warning_settings.save(t)
    [w] = [w for w in services.attention.warnings() if w.rule == Rule.REPEATED_TARGET.value]
    assert (w.pupil_id, w.since, w.count) == (pupil.id, TODAY - timedelta(days=31), 2)


def test_a_deleted_incident_does_not_count(services, pupil, make_observation):
    make_observation([(pupil.id, "target")], occurred_at=days_ago(3))
    second = make_observation([(pupil.id, "target")], occurred_at=days_ago(1))
    services.observations.delete(second.id)
    assert Rule.REPEATED_TARGET.value not in rules(services, pupil.id)


# --- severity and self-harm ----------------------------------------------------------------


def test_severity_3_raises_a_warning_and_severity_2_does_not(services, pupil, other,
                                                             make_observation):
    make_observation([(pupil.id, "target")], severity=2)
    make_observation([(other.id, "target")], severity=3)
    assert Rule.SEVERE_INCIDENT.value not in rules(services, pupil.id)
    assert Rule.SEVERE_INCIDENT.value in rules(services, other.id)


def test_a_resolved_severe_incident_no_longer_warns(services, pupil, make_observation):
    make_observation([(pupil.id, "target")], severity=4, status=ObservationStatus.RESOLVED.value)
    assert Rule.SEVERE_INCIDENT.value not in rules(services, pupil.id)


def test_a_session_marked_with_self_harm_risk(services, pupil, other, make_session):
    marked = make_session([pupil.id], self_harm_risk=True)
    make_session([other.id])
    assert Rule.SELF_HARM_RISK.value in rules(services, pupil.id)
    assert rules(services, other.id) == set()
    assert services.sessions.get(marked.id).self_harm_risk


def test_a_cancelled_session_raises_no_risk(services, pupil, make_session):
    make_session([pupil.id], self_harm_risk=True, status="cancelled")
    assert rules(services, pupil.id) == set()


def test_self_harm_risk_is_the_first_warning(services, pupil, other, make_session,
                                             make_observation):
    make_observation([(other.id, "target")], severity=4)
    make_session([pupil.id], self_harm_risk=True)
    assert services.attention.warnings()[0].rule == Rule.SELF_HARM_RISK.value


def test_target_and_aggressor(services, pupil, other, make_observation):
    make_observation([(pupil.id, "target"), (other.id, "aggressor")])
    assert Rule.TARGET_AND_AGGRESSOR.value not in rules(services, pupil.id)
    make_observation([(other.id, "target"), (pupil.id, "aggressor")])
    assert Rule.TARGET_AND_AGGRESSOR.value in rules(services, pupil.id)
    assert Rule.TARGET_AND_AGGRESSOR.value in rules(services, other.id)


# --- follow-ups ------------------------------------------------------------------------------


def test_no_follow_up_after_3_days_but_not_after_2(services, pupil, other, make_observation):
    make_observation([(pupil.id, "target")], occurred_at=days_ago(3, 15))
    make_observation([(other.id, "target")], occurred_at=days_ago(2, 9))
    assert Rule.NO_FOLLOW_UP.value in rules(services, pupil.id)
    assert Rule.NO_FOLLOW_UP.value not in rules(services, other.id)


def test_no_follow_up_counts_working_days_over_weekends_and_holidays(
        services, clock, pupil, other, make_observation):
    from desktop.models.holidays import DAY_OFF, Correction

    # Thursday 19 November: by Monday 23 only two working days (20, 23) have passed.
    make_observation([(pupil.id, "target")], occurred_at=datetime(2026, 11, 19, 15))
    clock.now = datetime(2026, 11, 23, 10)
    assert Rule.NO_FOLLOW_UP.value not in rules(services, pupil.id)
    clock.now = datetime(2026, 11, 24, 10)
    assert Rule.NO_FOLLOW_UP.value in rules(services, pupil.id)
    # A day off the school adds (Settings → Holidays) moves it a day later.
    services.holidays.replace_corrections(2026, [Correction(date(2026, 11, 24), DAY_OFF, "")])
    assert Rule.NO_FOLLOW_UP.value not in rules(services, pupil.id)
    clock.now = datetime(2026, 11, 25, 10)
    assert Rule.NO_FOLLOW_UP.value in rules(services, pupil.id)

    # Over Nauryz 2026 (21–25 March off): an incident on Friday 20 March waits until Monday
    # 30 March (26, 27, 30) to be raised, not 10 calendar days but 3 working ones.
    make_observation([(other.id, "target")], occurred_at=datetime(2026, 3, 20, 12))
    clock.now = datetime(2026, 3, 27, 10)
    assert Rule.NO_FOLLOW_UP.value not in rules(services, other.id)
    clock.now = datetime(2026, 3, 30, 10)
    assert Rule.NO_FOLLOW_UP.value in rules(services, other.id)


def test_a_follow_up_of_the_incident_silences_it(services, pupil, make_observation,
                                                 make_followup):
    incident = make_observation([(pupil.id, "target")], occurred_at=days_ago(5))
    make_followup(pupil.id, observation_id=incident.id)
    assert Rule.NO_FOLLOW_UP.value not in rules(services, pupil.id)


def test_an_action_overdue_since_yesterday_warns_and_one_due_today_does_not(
        services, pupil, other, make_followup):
    make_followup(pupil.id, due_date=TODAY - timedelta(days=1))
    make_followup(other.id, due_date=TODAY)
    assert Rule.ACTION_OVERDUE.value in rules(services, pupil.id)
    assert Rule.ACTION_OVERDUE.value not in rules(services, other.id)


# --- concerns and cases (rows written directly: their own services are tested elsewhere) ---


def add_concern(db, pupil_id, received: datetime, ack_due: date, answer_due: date,
                acknowledged_on=None, answered_on=None):
    with db.session() as s:
        c = Concern(received_at=received, source="parent", channel="phone", summary="Жалоба",
                    ack_due=ack_due, answer_due=answer_due, acknowledged_on=acknowledged_on,
                    answered_on=answered_on)
        s.add(c)
        s.flush()
        s.add(ConcernPupil(concern_id=c.id, pupil_id=pupil_id))


def test_a_concern_due_yesterday_is_overdue_and_one_due_today_is_not(services, db, pupil,
                                                                     other):
    add_concern(db, pupil.id, days_ago(2), TODAY - timedelta(days=1), TODAY + timedelta(days=9))
    add_concern(db, other.id, days_ago(1), TODAY, TODAY + timedelta(days=9))
    [w] = [w for w in services.attention.warnings() if w.rule == Rule.CONCERN_OVERDUE.value]
    assert (w.pupil_id, w.since) == (pupil.id, TODAY - timedelta(days=1))


def test_an_acknowledged_concern_waits_for_its_written_answer(services, db, pupil):
    add_concern(db, pupil.id, days_ago(20), TODAY - timedelta(days=19), TODAY - timedelta(days=1),
                acknowledged_on=TODAY - timedelta(days=19))
    [w] = [w for w in services.attention.warnings() if w.rule == Rule.CONCERN_OVERDUE.value]
    assert w.since == TODAY - timedelta(days=1)
    with db.session() as s:
        s.exec(Concern.__table__.update().values(answered_on=TODAY))
    assert Rule.CONCERN_OVERDUE.value not in rules(services, pupil.id)


def test_a_second_concern_about_the_same_pupil(services, db, pupil):
    add_concern(db, pupil.id, days_ago(40), TODAY, TODAY + timedelta(days=5))
    assert Rule.REPEAT_CONCERN.value not in rules(services, pupil.id)
    add_concern(db, pupil.id, days_ago(1), TODAY, TODAY + timedelta(days=9))
    assert Rule.REPEAT_CONCERN.value in rules(services, pupil.id)


def add_case(db, pupil_id, review: date, stage=CaseStage.MONITORING.value):
    with db.session() as s:
        case = BullyingCase(title="7Ә: насмешки", opened_on=TODAY - timedelta(days=30),
                            stage=stage, review_date=review)
        s.add(case)
        s.flush()
        s.add(CasePupil(case_id=case.id, pupil_id=pupil_id, role="target"))


def test_a_review_date_passed_yesterday_warns_and_today_does_not(services, db, pupil, other):
    add_case(db, pupil.id, TODAY - timedelta(days=1))
    add_case(db, other.id, TODAY)
    assert Rule.REVIEW_DUE.value in rules(services, pupil.id)
    assert Rule.REVIEW_DUE.value not in rules(services, other.id)


def test_a_closed_case_needs_no_review(services, db, pupil):
    add_case(db, pupil.id, TODAY - timedelta(days=10), stage=CaseStage.CLOSED.value)
    assert rules(services, pupil.id) == set()


# --- who is listed, dismissing, rights -------------------------------------------------------


def test_a_pupil_who_left_is_not_listed(services, pupil, make_observation):
    make_observation([(pupil.id, "target")], severity=4)
    data = services.pupils.get(pupil.id).to_input()
    data.active, data.left_date = False, TODAY
    services.pupils.update(pupil.id, data)
    assert services.attention.warnings() == []


def test_dismissing_needs_a_reason(services, pupil, make_observation):
    make_observation([(pupil.id, "target")], severity=3)
    [w] = [w for w in services.attention.warnings() if w.rule == Rule.SEVERE_INCIDENT.value]
    with pytest.raises(ValidationError) as err:
        services.attention.dismiss(w, "   ")
    assert err.value.codes() == {"reason": "required"}
    assert w in services.attention.warnings()


def test_a_dismissed_warning_returns_with_a_new_incident(services, pupil, make_observation):
    make_observation([(pupil.id, "target")], severity=3, occurred_at=days_ago(2))
    [w] = [w for w in services.attention.warnings() if w.rule == Rule.SEVERE_INCIDENT.value]
    services.attention.dismiss(w, "Разобрано на совете профилактики")
    assert Rule.SEVERE_INCIDENT.value not in rules(services, pupil.id)
    entries = services.audit.entries()
    assert any(e.entity == "warning_dismissal" and e.action == "create" for e in entries)
    assert all("совете" not in e.detail for e in entries)  # the reason stays out of the trail
    make_observation([(pupil.id, "target")], severity=3)
    assert Rule.SEVERE_INCIDENT.value in rules(services, pupil.id)


def test_head_teacher_sees_no_names(services, ctx):
    ctx.role = "head"
    with pytest.raises(NotAllowed):
        services.attention.warnings()


def test_counsellor_sees_and_dismisses(services, ctx, pupil, make_observation):
    make_observation([(pupil.id, "target")], severity=4)
    ctx.role = "counsellor"
    [w] = [w for w in services.attention.warnings() if w.rule == Rule.SEVERE_INCIDENT.value]
    services.attention.dismiss(w, "Передано в ЦПП")
    assert Rule.SEVERE_INCIDENT.value not in rules(services, pupil.id)


def test_warning_names_the_pupil_and_class(services, pupil, make_observation):
    make_observation([(pupil.id, "target")], severity=4)
    w = services.attention.warnings()[0]
    assert (w.pupil_name, w.class_name) == ("Әлібеков Нұрғали Қуанышұлы", "7Ә")
    assert isinstance(w.pupil_id, uuid.UUID)
