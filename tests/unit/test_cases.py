"""Bullying cases: the pupils in their roles, the ДосболLIKE stages with dates, people and
notes, linked records, the help plan, the review clock, roles and deletion."""

import uuid
from datetime import timedelta

import pytest
from unit_factories import (
    NOW, TODAY, case_input, followup_input, observation_input, pupil_input, session_input,
    stage_input,
)

from desktop.models.audit import AuditFilter
from desktop.models.tables import Concern, ConcernPupil
from desktop.services import Services
from desktop.services.context import Context, NotAllowed
from desktop.services.errors import NotFound, ValidationError
from desktop.services.filters import CLOSED, OPEN, REVIEW_DUE, ListFilter

NOTE = "Ұйқысы бұзылған, түнде жылайды"  # a session's confidential note
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def pupils(make_pupil):
    """A target, an aggressor, a witness, and a pupil outside the case."""
    return dict(
        target=make_pupil(surname="Өмірзақова", given_name="Әйгерім", sex="female"),
        aggressor=make_pupil(surname="Құдайбергенов", given_name="Ерұлан"),
        witness=make_pupil(surname="Әбілқасымов", given_name="Нұрдәулет"),
        other=make_pupil(surname="Ғабдуллина", given_name="Іңкәр", sex="female"),
    )


@pytest.fixture
def case(services, pupils):
    return services.cases.create(case_input([(pupils["witness"].id, "witness"),
                                             (pupils["aggressor"].id, "aggressor"),
                                             (pupils["target"].id, "target")]))


def refused(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call()
    return err.value.codes()


def walk_to(services, case_id, stage, day=YESTERDAY):
    """Move a case forward from the complaint to `stage`, all on `day`."""
    for s in ("analysis", "help_plan", "monitoring", "closed"):
        services.cases.move(case_id, stage_input(s, day, review_date=TODAY), outcome="Татуласты")
        if s == stage:
            return


def as_role(db, clock, role) -> Services:
    return Services.build(db, Context(actor=f"{role}-user", role=role, clock=clock))


def add_concern(services, pupil_ids, summary="Анасы қоңырау шалды\nекінші жол") -> uuid.UUID:
    """A concern straight into its table (the concerns service has its own tests)."""
    row = Concern(received_at=NOW - timedelta(hours=2), source="parent", channel="phone",
                  summary=summary, ack_due=TODAY, answer_due=TODAY + timedelta(days=10))
    with services.db.session() as s:
        s.add(row)
        s.flush()
        s.add_all(ConcernPupil(concern_id=row.id, pupil_id=p) for p in pupil_ids)
        return row.id


# --- the case ---------------------------------------------------------------------------


def test_a_new_case_opens_at_the_complaint_with_its_pupils_in_roles(services, pupils, case):
    read = services.cases.get(case.id)
    assert read == case
    assert read.title == "Қорлау: 7Ә сыныбындағы чат"
    assert read.stage == "complaint" and read.closed_on is None and not read.closed
    # targets first, then aggressors, then witnesses
    assert [(p.pupil.full_name, p.role) for p in read.participants] == [
        ("Өмірзақова Әйгерім Қуанышұлы", "target"),
        ("Құдайбергенов Ерұлан Қуанышұлы", "aggressor"),
        ("Әбілқасымов Нұрдәулет Қуанышұлы", "witness")]
    [complaint] = read.stages
    assert (complaint.stage, complaint.on_date, complaint.responsible, complaint.note) == (
        "complaint", TODAY - timedelta(days=3), "Сәрсенбаева Гүлнұр, психолог",
        "Анасы өтініш жазды: қызын сынып чатында мазақ етеді")


def test_a_case_needs_a_title_a_pupil_and_a_date_not_in_the_future(services):
    codes = refused(lambda: services.cases.create(case_input(
        [], title="  ", opened_on=TODAY + timedelta(days=1), responsible="")))
    assert codes == {"title": "required", "opened_on": "date.future",
                     "participants": "participants.required", "responsible": "required"}
    assert services.cases.count() == 0


def test_every_pupil_needs_a_role(services, pupils):
    codes = refused(lambda: services.cases.create(case_input([(pupils["target"].id, None)])))
    assert codes == {"participants": "participants.role_required"}


def test_update_changes_the_pupils_and_the_complaint(services, pupils, case):
    data = case.to_input()
    data.participants = data.participants[:1] + [type(data.participants[0])(pupils["other"].id, "witness")]
    data.title, data.note = "Чаттағы қорлау", "Толықтырылды"
    read = services.cases.update(case.id, data)
    assert read.title == "Чаттағы қорлау"
    assert {p.pupil.id: p.role for p in read.participants} == {
        pupils["target"].id: "target", pupils["other"].id: "witness"}
    assert read.stages[0].note == "Толықтырылды" and len(read.stages) == 1


def test_changing_only_the_pupils_is_in_the_audit_trail(services, pupils, case):
    before = services.audit.count(AuditFilter(entity="bullying_case", entity_id=str(case.id)))
    data = case.to_input()
    data.participants = data.participants[:2]
    services.cases.update(case.id, data)
    after = services.audit.entries(AuditFilter(entity="bullying_case", entity_id=str(case.id)))
    assert len(after) == before + 1 and after[0].action == "update"


# --- stages -------------------------------------------------------------------------------


def test_stages_move_forward_with_their_dates_people_and_notes_in_order(services, case):
    d = TODAY - timedelta(days=2)
    services.cases.move(case.id, stage_input("analysis", d, responsible="Антибуллинг тобы",
                                             note="Сынып жетекшісімен сөйлестік"))
    services.cases.move(case.id, stage_input("help_plan", d + timedelta(days=1), note="Жоспар"))
    read = services.cases.move(case.id, stage_input("monitoring", TODAY,
                                                    review_date=TODAY + timedelta(days=14)))
    assert read.stage == "monitoring" and read.review_date == TODAY + timedelta(days=14)
    assert [(e.stage, e.on_date) for e in read.stages] == [
        ("complaint", TODAY - timedelta(days=3)), ("analysis", d),
        ("help_plan", d + timedelta(days=1)), ("monitoring", TODAY)]
    assert (read.stages[1].responsible, read.stages[1].note) == (
        "Антибуллинг тобы", "Сынып жетекшісімен сөйлестік")


def test_stages_cannot_be_skipped(services, case):
    assert refused(lambda: services.cases.move(case.id, stage_input("help_plan"))) == {
        "stage": "stage.skip"}
    assert refused(lambda: services.cases.move(case.id, stage_input("complaint"))) == {
        "stage": "stage.same"}
    assert services.cases.get(case.id).stage == "complaint"


def test_a_move_needs_a_person_and_a_date_in_order_and_not_in_the_future(services, case):
    assert refused(lambda: services.cases.move(case.id, stage_input(
        "analysis", TODAY - timedelta(days=4), responsible=" "))) == {
        "on_date": "stage.date_before_previous", "responsible": "required"}
    assert refused(lambda: services.cases.move(case.id, stage_input(
        "analysis", TODAY + timedelta(days=1)))) == {"on_date": "date.future"}
    # the same day as the previous stage is fine
    assert services.cases.move(case.id, stage_input(
        "analysis", TODAY - timedelta(days=3))).stage == "analysis"


def test_monitoring_needs_a_review_date_not_before_the_move(services, case):
    walk_to(services, case.id, "help_plan")
    assert refused(lambda: services.cases.move(case.id, stage_input("monitoring"))) == {
        "review_date": "case.review_required"}
    assert refused(lambda: services.cases.move(case.id, stage_input(
        "monitoring", review_date=YESTERDAY))) == {"review_date": "case.review_before_stage"}
    read = services.cases.get(case.id)
    assert read.stage == "help_plan" and read.review_date is None and len(read.stages) == 3


def test_closing_without_an_outcome_is_refused_and_nothing_changes(services, case):
    walk_to(services, case.id, "monitoring")
    before = services.cases.get(case.id)
    assert refused(lambda: services.cases.move(case.id, stage_input("closed"), outcome="  ")) == {
        "outcome": "case.outcome_required"}
    assert services.cases.get(case.id) == before
    assert before.stage == "monitoring" and before.closed_on is None


def test_closing_with_an_outcome_sets_the_closing_date(services, case):
    walk_to(services, case.id, "monitoring")
    read = services.cases.move(case.id, stage_input("closed", TODAY, note="Тексерілді"),
                               outcome=" Қорлау тоқтады, балалар татуласты ")
    assert read.closed and read.closed_on == TODAY
    assert read.outcome == "Қорлау тоқтады, балалар татуласты"
    assert read.stages[-1].stage == "closed" and read.stages[-1].note == "Тексерілді"
    assert services.cases.count(ListFilter(kind=CLOSED)) == 1
    assert services.cases.count(ListFilter(kind=OPEN)) == 0


def test_an_unconfirmed_complaint_can_be_closed_after_the_analysis(services, case):
    services.cases.move(case.id, stage_input("analysis"))
    read = services.cases.move(case.id, stage_input("closed"), outcome="Расталмады")
    assert read.closed and read.closed_on == TODAY


def test_going_back_needs_a_note_and_reopening_clears_the_closing(services, case):
    walk_to(services, case.id, "closed")
    assert refused(lambda: services.cases.move(case.id, stage_input("help_plan"))) == {
        "note": "stage.back_note_required"}
    assert refused(lambda: services.cases.move(case.id, stage_input(
        "complaint", note="Қайта"))) == {"stage": "stage.not_allowed"}
    read = services.cases.move(case.id, stage_input("help_plan", note="Қорлау қайталанды"))
    assert read.stage == "help_plan" and read.closed_on is None and not read.closed
    assert read.outcome == "Татуласты"  # kept: closing again starts from it
    assert [e.stage for e in read.stages][-2:] == ["closed", "help_plan"]


def test_monitoring_can_return_to_the_help_plan(services, case):
    walk_to(services, case.id, "monitoring")
    read = services.cases.move(case.id, stage_input("help_plan", note="Жаңа оқиға болды"))
    assert read.stage == "help_plan"


# --- linked records -------------------------------------------------------------------------


def test_link_and_unlink_an_incident_a_session_and_a_concern(services, pupils, case):
    target = pupils["target"].id
    obs = services.observations.create(observation_input(
        [(target, "target"), (pupils["aggressor"].id, "aggressor")],
        description="Чатта мазақ етті\nскриншоттар бар"))
    ses = services.sessions.create(session_input([target], reason="Қорлаудан кейінгі кеңес"))
    concern = add_concern(services, [target])
    assert {(r.kind, r.id) for r in services.cases.candidates(case.id)} == {
        ("observation", obs.id), ("session", ses.id), ("concern", concern)}

    services.cases.link(case.id, "observation", obs.id)
    services.cases.link(case.id, "session", ses.id)
    read = services.cases.link(case.id, "concern", concern)
    assert [(r.kind, r.id) for r in read.records] == [  # newest first
        ("session", ses.id), ("concern", concern), ("observation", obs.id)]
    by_kind = {r.kind: r for r in read.records}
    assert by_kind["observation"].summary == "Чатта мазақ етті"
    assert by_kind["observation"].title == "verbal"
    assert by_kind["session"].summary == "Қорлаудан кейінгі кеңес"
    assert by_kind["concern"].summary == "Анасы қоңырау шалды"
    assert services.cases.candidates(case.id) == []

    read = services.cases.unlink(case.id, "session", ses.id)
    assert [r.kind for r in read.records] == ["concern", "observation"]
    assert [r.id for r in services.cases.candidates(case.id)] == [ses.id]


def test_a_record_about_other_pupils_is_refused(services, pupils, case):
    obs = services.observations.create(observation_input([(pupils["other"].id, "target")]))
    assert services.cases.candidates(case.id) == []
    assert refused(lambda: services.cases.link(case.id, "observation", obs.id)) == {
        "records": "case.record_unrelated"}
    assert services.cases.get(case.id).records == ()


def test_a_record_belongs_to_one_case_at_a_time(services, pupils, case):
    obs = services.observations.create(observation_input([(pupils["target"].id, "target")]))
    services.cases.link(case.id, "observation", obs.id)
    second = services.cases.create(case_input([(pupils["target"].id, "target")], title="Екінші"))
    with pytest.raises(ValidationError) as err:
        services.cases.link(second.id, "observation", obs.id)
    assert err.value.codes() == {"records": "case.record_in_other_case"}
    assert err.value.errors[0].params == {"title": "Қорлау: 7Ә сыныбындағы чат"}
    assert [r.id for r in services.cases.get(case.id).records] == [obs.id]


# --- the help plan ----------------------------------------------------------------------------


def test_help_plan_actions_are_follow_ups_of_the_case(services, pupils, case):
    action = services.cases.add_action(case.id, followup_input(
        pupils["target"].id, what="Сынып сағаты: достық туралы", due_date=YESTERDAY))
    assert action.case_id == case.id and action.overdue
    read = services.cases.get(case.id)
    assert [(a.what, a.overdue) for a in read.actions] == [("Сынып сағаты: достық туралы", True)]
    # in the follow-up list and its overdue count like any other
    [row] = services.followups.page(ListFilter(kind="overdue"), 0, 10)
    assert row.id == action.id and services.followups.overdue_count() == 1
    done = services.followups.mark_done(action.id)
    assert done.case_id == case.id  # marking done keeps it in the plan
    assert services.cases.get(case.id).actions[0].done_date == TODAY


def test_an_action_for_a_pupil_outside_the_case_is_refused(services, pupils, case):
    assert refused(lambda: services.cases.add_action(case.id, followup_input(pupils["other"].id))) == {
        "pupil_id": "case.pupil_not_in_case"}
    assert services.followups.count() == 0


# --- the list -----------------------------------------------------------------------------------


def test_review_due_from_the_day_after_the_review_date(services, clock, case):
    walk_to(services, case.id, "monitoring")  # review date TODAY
    assert not services.cases.get(case.id).review_due
    assert services.cases.review_due_count() == 0
    assert services.cases.page(ListFilter(kind=REVIEW_DUE), 0, 10) == []
    clock.now = NOW + timedelta(days=1)  # the review date was yesterday
    assert services.cases.get(case.id).review_due
    assert services.cases.review_due_count() == 1
    [row] = services.cases.page(ListFilter(kind=REVIEW_DUE), 0, 10)
    assert row.id == case.id and row.review_due


def test_the_list_names_targets_first_and_counts_open_actions(services, pupils, case):
    services.cases.add_action(case.id, followup_input(pupils["target"].id, due_date=YESTERDAY))
    services.cases.add_action(case.id, followup_input(pupils["aggressor"].id))
    other = services.cases.create(case_input([(pupils["other"].id, "target")], title="Басқа",
                                             opened_on=TODAY))
    rows = services.cases.page(ListFilter(kind=OPEN), 0, 10)
    assert [r.id for r in rows] == [other.id, case.id]  # newest opened first
    row = rows[1]
    assert row.pupils == "Өмірзақова Әйгерім, Құдайбергенов Ерұлан, Әбілқасымов Нұрдәулет"
    assert (row.stage, row.open_actions, row.overdue_actions) == ("complaint", 2, 1)
    found = services.cases.page(ListFilter(text="құдайберг"), 0, 10)
    assert [r.id for r in found] == [case.id]
    assert services.cases.count(ListFilter(status="complaint")) == 2
    assert services.cases.count(ListFilter(status="analysis")) == 0


def test_the_case_is_in_each_pupils_chronology_with_its_stage(services, pupils, case):
    services.cases.move(case.id, stage_input("analysis"))
    [mine] = [e for e in services.chronology.for_pupil(pupils["target"].id) if e.kind == "case"]
    assert (mine.id, mine.status, mine.summary, mine.role) == (
        case.id, "analysis", case.title, "target")
    [his] = [e for e in services.chronology.for_pupil(pupils["aggressor"].id) if e.kind == "case"]
    assert his.role == "aggressor"
    assert not [e for e in services.chronology.for_pupil(pupils["other"].id) if e.kind == "case"]


# --- roles and deletion ---------------------------------------------------------------------


def test_counsellor_runs_cases_but_never_reads_notes_through_them(db, clock, services, pupils, case):
    ses = services.sessions.create(session_input([pupils["target"].id], notes=NOTE,
                                                 reason="Кеңес"))
    counsellor = as_role(db, clock, "counsellor")
    assert NOTE not in repr(counsellor.cases.candidates(case.id))
    read = counsellor.cases.link(case.id, "session", ses.id)
    assert [r.summary for r in read.records] == ["Кеңес"]
    assert NOTE not in repr(read) and NOTE not in repr(counsellor.cases.get(case.id))
    counsellor.cases.move(case.id, stage_input("analysis"))
    assert counsellor.cases.page(ListFilter(), 0, 10)[0].stage == "analysis"


def test_head_teacher_is_refused(db, clock, pupils, case):
    head = as_role(db, clock, "head")
    for call in (lambda: head.cases.get(case.id),
                 lambda: head.cases.page(ListFilter(), 0, 10),
                 lambda: head.cases.create(case_input([(pupils["target"].id, "target")])),
                 lambda: head.cases.move(case.id, stage_input("analysis")),
                 lambda: head.cases.candidates(case.id),
                 lambda: head.cases.delete(case.id)):
        with pytest.raises(NotAllowed):
            call()
    assert head.cases.count() == 1  # a count, as on the dashboard; never a name


def test_deleting_a_case_keeps_its_records_unlinked(services, pupils, case):
    obs = services.observations.create(observation_input([(pupils["target"].id, "target")]))
    services.cases.link(case.id, "observation", obs.id)
    action = services.cases.add_action(case.id, followup_input(pupils["target"].id))
    services.cases.delete(case.id)
    with pytest.raises(NotFound):
        services.cases.get(case.id)
    assert services.cases.count() == 0
    assert services.observations.get(obs.id).description == obs.description
    assert services.followups.get(action.id).case_id is None
    assert not [e for e in services.chronology.for_pupil(pupils["target"].id) if e.kind == "case"]
    # the incident can go into a new case
    again = services.cases.create(case_input([(pupils["target"].id, "target")]))
    assert [r.id for r in services.cases.candidates(again.id)] == [obs.id]
