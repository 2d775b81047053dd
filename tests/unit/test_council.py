"""The prevention council and individual accompaniment (Law No. 245-VIII): members,
meetings numbered per school year, decisions and what they do, the bad-input rules, the
plan's measures as follow-ups, reviews and their period, the confidential note, roles,
the grounds as data, the proposals from early warnings, the counts."""

from datetime import date, timedelta

import pytest
from referral_factories import organisation_input
from unit_factories import NOW, TODAY, followup_input, observation_input

from desktop.models import Accompaniment, CouncilItem, Referral
from desktop.models.accompaniment import (
    AccompanimentFact, AccompanimentInput, GroundInput, ReviewInput, count_period,
)
from desktop.models.audit import AuditFilter
from desktop.models.council import DecisionInput, ItemInput, MeetingInput, MemberInput
from desktop.services import Services
from desktop.services.context import Context, NotAllowed
from desktop.services.errors import ValidationError
from desktop.services.filters import CLOSED, OPEN, REVIEW_DUE, ListFilter
from sqlmodel import select

LAST_WEEK = TODAY - timedelta(days=7)


def refused(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call()
    return err.value.codes()


def as_role(db, clock, role) -> Services:
    return Services.build(db, Context(actor=f"{role}-user", role=role, clock=clock))


@pytest.fixture
def members(services):
    c = services.council
    return [c.save_member(None, MemberInput("Сейітова Гүлнар Маратқызы", "директор")),
            c.save_member(None, MemberInput("Ахметова Динара Болатовна", "педагог-психолог")),
            c.save_member(None, MemberInput("Жұмабеков Ерлан", "инспектор"))]


def meeting_input(members, pupils=(), held_on=LAST_WEEK, present=None, **kw) -> MeetingInput:
    present = [m.id for m in members] if present is None else present
    return MeetingInput(held_on=held_on, chair_id=members[0].id if present else None,
                        secretary_id=members[1].id if present else None, present=present,
                        items=[ItemInput(pupil_id=p.id, heard="Сынып жетекшісі айтты")
                               for p in pupils] + kw.get("other", []))


def start(services, meeting, item=0, **kw) -> DecisionInput:
    data = DecisionInput(decision="start", decided="Сүйемелдеу белгіленсін",
                         grounds=kw.get("grounds", ["bullying", "absences"]),
                         responsible=kw.get("responsible", "Ахметова Д.Б."),
                         review_days=kw.get("review_days", 30))
    return services.council.decide(meeting.items[item].id, data)


@pytest.fixture
def held(services, members, pupil):
    """A meeting held last week with the pupil on the agenda and accompaniment started."""
    m = services.council.create_meeting(meeting_input(members, [pupil]))
    return start(services, m)


def open_of(services, pupil):
    return next(a for a in services.accompaniment.of_pupil(pupil.id) if a.open)


# --- members and meetings -------------------------------------------------------------------


def test_meetings_are_numbered_within_their_school_year(services, members):
    c = services.council
    first = c.create_meeting(meeting_input(members, held_on=date(2026, 9, 15)))
    second = c.create_meeting(meeting_input(members, held_on=date(2026, 10, 20)))
    earlier_year = c.create_meeting(meeting_input(members, held_on=date(2026, 5, 10)))
    assert (first.number, first.school_year) == (1, "2026-2027")
    assert second.number == 2
    assert (earlier_year.number, earlier_year.school_year) == (1, "2025-2026")
    assert [m.number for m in c.meetings("2026-2027")] == [2, 1]


def test_minutes_with_no_one_present_are_refused_beside_the_field(services, members, db):
    codes = refused(lambda: services.council.create_meeting(
        meeting_input(members, present=[])))
    assert codes == {"present": "council.nobody_present"}
    assert services.council.meetings() == []  # nothing half-saved


def test_a_planned_meeting_may_wait_for_those_present(services, members, pupil):
    m = services.council.create_meeting(meeting_input(members, [pupil], held_on=TODAY + timedelta(days=5),
                                                      present=[]))
    assert not m.held
    # but it decides nothing before it is held
    assert refused(lambda: start(services, m)) == {"decision": "council.meeting_not_held"}


def test_member_rules(services, members, pupil):
    c = services.council
    assert refused(lambda: c.save_member(None, MemberInput(""))) == {"name": "required"}
    data = meeting_input(members, present=[members[0].id])
    data.secretary_id = members[2].id
    assert refused(lambda: c.create_meeting(data)) == {"secretary_id": "council.not_present"}
    data = meeting_input(members, [pupil, pupil])
    assert refused(lambda: c.create_meeting(data)) == {"items": "pupils.duplicate"}
    data = meeting_input(members, other=[ItemInput(title="  ")])
    assert refused(lambda: c.create_meeting(data)) == {"items": "council.item_title_required"}


def test_saving_again_keeps_items_and_attendance(services, members, pupil, db):
    c = services.council
    m = c.create_meeting(meeting_input(members, [pupil],
                                       other=[ItemInput(title="Профилактика за четверть")]))
    data = m.to_input()
    data.present = [members[0].id, members[1].id]
    data.items[1].heard = "Отчёт психолога"
    again = c.update_meeting(m.id, data)
    assert [i.id for i in again.items] == [i.id for i in m.items]
    assert [p.name for p in again.present] == sorted([members[0].name, members[1].name])
    assert again.items[1].heard == "Отчёт психолога"
    assert again.number == m.number


# --- decisions ------------------------------------------------------------------------------


def test_start_opens_the_accompaniment_on_the_meetings_date(services, held, pupil):
    a = open_of(services, pupil)
    assert a.started_on == LAST_WEEK
    assert a.grounds == ("bullying", "absences")
    assert a.responsible == "Ахметова Д.Б."
    assert a.next_review == LAST_WEEK + timedelta(days=30)
    assert [s.decision for s in a.steps] == ["start"]
    assert held.items[0].decision == "start" and held.items[0].accompaniment_id == a.id


def test_a_pupil_already_accompanied_is_offered_the_plan_change(services, held, members,
                                                                pupil, db):
    m = services.council.create_meeting(meeting_input(members, [pupil], held_on=TODAY))
    assert refused(lambda: start(services, m)) == {"decision": "accompaniment.already_open"}
    with db.session() as s:
        assert len(s.exec(select(Accompaniment)).all()) == 1  # nothing half-saved
        assert s.get(CouncilItem, m.items[0].id).decision == ""
    changed = services.council.decide(m.items[0].id, DecisionInput(
        decision="change_plan", decided="Жоспарға сынып сағаты қосылсын"))
    assert changed.items[0].accompaniment_id == open_of(services, pupil).id
    assert [s.decision for s in open_of(services, pupil).steps] == ["start", "change_plan"]


def test_an_end_needs_an_outcome_and_ends_on_the_meetings_date(services, held, members, pupil):
    m = services.council.create_meeting(meeting_input(members, [pupil], held_on=TODAY))
    end = DecisionInput(decision="end", outcome=" ")
    assert refused(lambda: services.council.decide(m.items[0].id, end)) == {
        "outcome": "required"}
    assert open_of(services, pupil)  # still open
    end.outcome = "Сабаққа тұрақты қатысады, қақтығыс жоқ"
    services.council.decide(m.items[0].id, end)
    a = services.accompaniment.of_pupil(pupil.id)[0]
    assert (a.ended_on, a.outcome, a.next_review) == (TODAY, end.outcome, None)
    assert [s.decision for s in a.steps] == ["start", "end"]


def test_change_or_end_without_an_open_accompaniment(services, members, pupil):
    m = services.council.create_meeting(meeting_input(members, [pupil]))
    for decision in ("change_plan", "end"):
        data = DecisionInput(decision=decision, outcome="Жақсарды")
        assert refused(lambda: services.council.decide(m.items[0].id, data)) == {
            "decision": "accompaniment.none_open"}


def test_a_decision_is_applied_once(services, held):
    data = DecisionInput(decision="no_measure")
    assert refused(lambda: services.council.decide(held.items[0].id, data)) == {
        "decision": "council.already_decided"}


def test_start_needs_grounds_and_a_responsible(services, members, pupil):
    m = services.council.create_meeting(meeting_input(members, [pupil]))
    assert refused(lambda: start(services, m, grounds=[], responsible="")) == {
        "grounds": "accompaniment.grounds_required", "responsible": "required"}
    assert refused(lambda: start(services, m, grounds=["no_such"])) == {
        "grounds": "accompaniment.ground_unknown"}
    assert refused(lambda: start(services, m, review_days=3)) == {"review_days": "out_of_range"}


def test_refer_writes_a_referral_draft(services, members, pupil, db):
    org = services.organisations.create(organisation_input(kind="kdn"))
    m = services.council.create_meeting(meeting_input(members, [pupil]))
    m = services.council.decide(m.items[0].id, DecisionInput(
        decision="refer", decided="КДН-ға жолдама жіберілсін", organisation_id=org.id))
    with db.session() as s:
        r = s.get(Referral, m.items[0].referral_id)
        assert (r.status, r.pupil_id, r.reason) == ("draft", pupil.id, "КДН-ға жолдама жіберілсін")
        assert r.summary == "Сынып жетекшісі айтты"


def test_other_items_take_no_pupil_decision(services, members):
    m = services.council.create_meeting(meeting_input(
        members, other=[ItemInput(title="Тоқсандағы алдын алу жұмысы")]))
    assert refused(lambda: services.council.decide(m.items[0].id, DecisionInput(
        decision="start", grounds=["learning"], responsible="X", review_days=30))) == {
        "decision": "council.decision_needs_pupil"}
    m = services.council.decide(m.items[0].id, DecisionInput(decision="no_measure",
                                                              decided="Ақпарат назарға алынсын"))
    assert m.items[0].decision == "no_measure"


def test_decided_items_stay_and_fix_the_date(services, held, members, pupil):
    data = held.to_input()
    data.items = []
    assert refused(lambda: services.council.update_meeting(held.id, data)) == {
        "items": "council.decided_item_kept"}
    data = held.to_input()
    data.held_on = LAST_WEEK - timedelta(days=1)
    assert refused(lambda: services.council.update_meeting(held.id, data)) == {
        "held_on": "council.date_fixed_by_decisions"}
    assert refused(lambda: services.council.delete_meeting(held.id)) == {
        "items": "council.delete_decided"}


# --- the accompaniment ----------------------------------------------------------------------


def test_measures_are_follow_ups(services, held, pupil):
    a = open_of(services, pupil)
    f = services.accompaniment.add_measure(a.id, followup_input(
        None, what="Сынып сағаты: достық туралы", responsible="Сынып жетекшісі",
        due_date=TODAY - timedelta(days=1)))
    assert f.accompaniment_id == a.id and f.pupil.id == pupil.id
    assert services.followups.overdue_count() == 1  # in Follow-ups and the dashboard
    assert [m.what for m in services.accompaniment.get(a.id).measures] == [f.what]
    entries = services.chronology.for_pupil(pupil.id) if hasattr(
        services.chronology, "for_pupil") else None
    assert entries is None or any(f.what in str(e) for e in entries)


def test_review_rules(services, held, pupil):
    a = open_of(services, pupil)
    assert refused(lambda: services.accompaniment.add_review(a.id, ReviewInput(
        on_date=LAST_WEEK - timedelta(days=1), progress="better"))) == {
        "on_date": "accompaniment.review_before_start"}
    assert refused(lambda: services.accompaniment.add_review(a.id, ReviewInput(
        on_date=TODAY + timedelta(days=1), progress="better"))) == {"on_date": "date.future"}
    assert refused(lambda: services.accompaniment.add_review(a.id, ReviewInput(
        on_date=TODAY))) == {"progress": "required"}
    a = services.accompaniment.add_review(a.id, ReviewInput(TODAY, "better", "Қатысуы жақсарды"))
    assert a.next_review == TODAY + timedelta(days=30)
    assert [r.note for r in a.reviews] == ["Қатысуы жақсарды"]


def test_a_review_is_overdue_after_its_period(services, held, pupil, clock):
    a = open_of(services, pupil)
    assert not a.review_overdue
    clock.now = NOW + timedelta(days=24)  # start + 31 days
    assert services.accompaniment.get(a.id).review_overdue
    assert services.accompaniment.review_overdue_count() == 1
    rows = services.accompaniment.page(ListFilter(kind=REVIEW_DUE), 0, 10)
    assert [r.id for r in rows] == [a.id]


def test_the_details_and_the_parents_informed(services, held, pupil):
    a = open_of(services, pupil)
    data = a.to_input()
    data.parents_informed_on = LAST_WEEK - timedelta(days=2)
    data.parents_informed_how = "phone"
    assert refused(lambda: services.accompaniment.update(a.id, data)) == {
        "parents_informed_on": "accompaniment.before_start"}
    data.parents_informed_on, data.parents_informed_how = TODAY, None
    assert refused(lambda: services.accompaniment.update(a.id, data)) == {
        "parents_informed_how": "required"}
    data.parents_informed_how, data.review_days = "letter", 14
    a = services.accompaniment.update(a.id, data)
    assert (a.parents_informed_on, a.parents_informed_how, a.review_days) == (TODAY, "letter", 14)


def test_the_confidential_note_is_the_psychologists(services, held, pupil, db, clock):
    a = open_of(services, pupil)
    services.accompaniment.add_review(a.id, ReviewInput(TODAY, "same", "Жалпы", "Құпия жазба"))
    assert services.accompaniment.get(a.id).reviews[0].confidential_note == "Құпия жазба"
    counsellor = as_role(db, clock, "counsellor")
    assert counsellor.accompaniment.get(a.id).reviews[0].confidential_note == ""
    assert refused(lambda: counsellor.accompaniment.add_review(a.id, ReviewInput(
        TODAY, "same", "", "Менің жазбам"))) == {"confidential_note": "notes.psychologist_only"}
    counsellor.accompaniment.add_review(a.id, ReviewInput(TODAY, "better", "Сынып жетекшісі"))
    plan = services.council.plan(a.id, "kk")
    assert "Құпия жазба" not in repr(plan)


def test_the_head_teacher_sees_counts_only(services, held, db, clock, pupil):
    head = as_role(db, clock, "head")
    with pytest.raises(NotAllowed):
        head.council.meetings()
    with pytest.raises(NotAllowed):
        head.accompaniment.get(open_of(services, pupil).id)
    assert head.accompaniment.count(ListFilter(kind=OPEN)) == 1
    assert head.accompaniment.counts(date(2026, 9, 1), TODAY).accompanied == 1


def test_the_counsellor_runs_the_council(db, clock, members, pupil):
    counsellor = as_role(db, clock, "counsellor")
    m = counsellor.council.create_meeting(meeting_input(members, [pupil]))
    start(counsellor, m)
    assert counsellor.accompaniment.count(ListFilter(kind=OPEN)) == 1


def test_grounds_are_data(services):
    codes = [g.code for g in services.accompaniment.grounds()]
    assert codes == ["learning", "absences", "antisocial", "offence", "violence", "bullying",
                     "life_situation"]
    g = services.accompaniment.save_ground(None, GroundInput("migration", "Миграция семьи",
                                                             "Отбасының көшуі"))
    assert services.accompaniment.grounds()[-1].code == "migration"
    assert refused(lambda: services.accompaniment.save_ground(None, GroundInput(
        "migration", "x", "y"))) == {"code": "accompaniment.ground_code_taken"}
    services.accompaniment.save_ground(g.id, GroundInput("migration", "Миграция", "Көшу", False))
    assert "migration" not in [x.code for x in services.accompaniment.grounds()]
    assert "migration" in [x.code for x in services.accompaniment.grounds(include_inactive=True)]


def test_every_step_is_audited(services, held, pupil):
    entities = {e.entity for e in services.audit.entries(AuditFilter(), 0, 500)}
    assert {"council_member", "council_meeting", "council_attendance", "council_item",
            "accompaniment"} <= entities


def test_list_scopes(services, held, members, pupil, make_pupil):
    other = make_pupil(surname="Ғабдуллина", given_name="Іңкәр", sex="female")
    m = services.council.create_meeting(meeting_input(members, [other, pupil], held_on=TODAY))
    start(services, m, 0)
    services.council.decide(m.items[1].id, DecisionInput(decision="end", outcome="Жақсарды"))
    assert services.accompaniment.count(ListFilter(kind=OPEN)) == 1
    assert services.accompaniment.count(ListFilter(kind=CLOSED)) == 1
    assert services.accompaniment.count(ListFilter(text="Ғабдул")) == 1


# --- proposals ------------------------------------------------------------------------------


def two_incidents(services, pupil):
    for days in (1, 3):
        services.observations.create(observation_input(
            [(pupil.id, "target")], occurred_at=NOW - timedelta(days=days)))


def test_a_repeated_target_is_proposed_and_accepted(services, members, pupil):
    two_incidents(services, pupil)
    proposals = services.council.proposals()
    assert [p.pupil_id for p in proposals] == [pupil.id]
    assert "repeated_target" in proposals[0].rules
    coming = services.council.create_meeting(meeting_input(
        members, held_on=TODAY + timedelta(days=3), present=[]))
    m = services.council.accept(proposals[0], coming.id, heard="Екі рет буллинг нысаны")
    assert [(i.pupil_id, i.heard) for i in m.items] == [(pupil.id, "Екі рет буллинг нысаны")]
    assert services.council.proposals() == []


def test_a_dismissal_needs_a_reason_and_holds_until_new_warnings(services, pupil):
    two_incidents(services, pupil)
    p = services.council.proposals()[0]
    assert refused(lambda: services.council.dismiss(p, " ")) == {"reason": "required"}
    services.council.dismiss(p, "Жағдай шешілді, ата-анамен сөйлестік")
    assert services.council.proposals() == []
    services.observations.create(observation_input([(pupil.id, "target")]))
    assert [x.pupil_id for x in services.council.proposals()] == [pupil.id]


def test_an_accompanied_pupil_is_not_proposed(services, held, pupil):
    two_incidents(services, pupil)
    assert services.council.proposals() == []


def test_accepting_into_a_past_meeting_is_refused(services, held, pupil, make_pupil):
    other = make_pupil(surname="Ғабдуллина", given_name="Іңкәр", sex="female")
    two_incidents(services, other)
    p = services.council.proposals()[0]
    assert refused(lambda: services.council.accept(p, held.id)) == {
        "meeting_id": "council.meeting_past"}


# --- counts ---------------------------------------------------------------------------------


def test_counts_of_a_period():
    f = [AccompanimentFact(7, ("bullying",), date(2026, 9, 10), None, (date(2026, 10, 5),), 30),
         AccompanimentFact(8, ("absences", "learning"), date(2026, 9, 20), date(2026, 11, 2), (), 30),
         AccompanimentFact(7, ("learning",), date(2026, 11, 25), None, (), 30)]
    c = count_period(f, date(2026, 11, 1), date(2026, 11, 20), date(2026, 12, 1))
    assert (c.accompanied, c.started, c.ended) == (1, 0, 1)
    assert c.by_ground == {"bullying": 1} and c.by_grade == {7: 1}
    assert c.reviews_overdue == 1  # reviewed 5 October: due 4 November


def test_accompaniment_input_rules():
    from desktop.models.accompaniment import check_accompaniment

    codes = {e.field: e.code for e in check_accompaniment(
        AccompanimentInput(grounds=["a", "a"], responsible="", review_days=None),
        TODAY, TODAY).errors}
    assert codes == {"grounds": "accompaniment.ground_twice", "responsible": "required",
                     "review_days": "required"}


def test_the_term_summary_counts_accompaniment_with_small_counts_protected(
        services, members, make_pupil, clock):
    from desktop.models.term_summary import LESS_THAN_5, Period

    pupils = [make_pupil(surname=f"Әлібеков{'а' * n}", given_name="Нұрғали") for n in range(6)]
    m = services.council.create_meeting(meeting_input(members, pupils, held_on=date(2026, 10, 5)))
    for i in range(6):
        start(services, m, i, grounds=["bullying"] if i < 5 else ["learning"])
    clock.now = NOW + timedelta(days=2)
    summary = services.term_summary.summary(
        Period(date(2026, 11, 1), date(2026, 12, 28)), Period(date(2026, 9, 1), date(2026, 10, 31)),
        Period(date(2025, 11, 1), date(2025, 12, 28)))
    head = {r.key: r.figures for r in summary.headline.rows}
    # Six pupils, published as a multiple of 5: 5 or 10 by the records' cell keys (random
    # ids here), never the six themselves.
    six = (5, 10)
    assert head["accompanied"][0] in six
    assert head["accompaniments_started"][0] == 0 and head["accompaniments_started"][1] in six
    assert head["accompaniment_reviews_overdue"][0] in six  # due 4 November, none reviewed
    grounds = {r.key: r.figures[0] for r in summary.table("accompanied_by_ground").rows}
    assert grounds["learning"] is LESS_THAN_5 and grounds["bullying"] == 5
    grades = {r.key: r.figures[0] for r in summary.table("accompanied_by_grade").rows}
    assert grades["7"] in six


def test_the_full_export_has_the_council_and_keeps_the_confidential_note_back(
        services, held, pupil, tmp_path, db, clock):
    import csv

    a = open_of(services, pupil)
    services.accompaniment.add_review(a.id, ReviewInput(TODAY, "better", "Жалпы", "Құпия сөз"))

    def rows(folder, name):
        with open(folder / f"{name}.csv", encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    counsellor = as_role(db, clock, "counsellor")
    plain = counsellor.export.export_all(tmp_path / "plain").path
    assert [r["pupil_id"] for r in rows(plain, "accompaniments")] == [str(pupil.id)]
    assert rows(plain, "accompaniments")[0]["grounds"] == "bullying,absences"
    assert [r["decision"] for r in rows(plain, "council_items")] == ["start"]
    review = rows(plain, "accompaniment_reviews")[0]
    assert review["note"] == "Жалпы" and "confidential_note" not in review
    readme = (plain / "README.txt").read_text(encoding="utf-8-sig")
    assert "accompaniments.csv (1 row)" in readme and "start = start individual" in readme
    full = services.export.export_all(tmp_path / "full", include_notes=True).path
    assert rows(full, "accompaniment_reviews")[0]["confidential_note"] == "Құпия сөз"
