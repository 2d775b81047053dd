"""The bullying-case form: pupils in roles, the ДосболLIKE steps, moving a case on, the help
plan and the linked records."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from ui_helpers import choose, choose_in_cell, never_block, save_button, shown, type_text

from desktop.models.case import CaseInput, StageInput
from desktop.models.journal import FollowUpInput, Participant
from desktop.views.cases import case_form
from desktop.views.cases.case_form import CaseDialog, StageDialog
from desktop.views.followups.followup_form import FollowUpDialog
# before fake_dialogs replaces it
from desktop.views.observations.observation_form import ObservationDialog
from desktop.views.widgets.paged_model import ALERT
from desktop.views.pupils.participants import ROLE_COL

TODAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def dialog(qtbot, services):
    def make(**kw):
        d = CaseDialog(services, **kw)
        qtbot.addWidget(d)
        return d

    return make


@pytest.fixture
def pupils(make_pupil):
    return dict(
        target=make_pupil("Өмірзақова", "Әйгерім").id,
        aggressor=make_pupil("Құдайбергенов", "Ерұлан", sex="male").id,
        other=make_pupil("Ғабдуллина", "Іңкәр", class_name="6Б").id,
    )


def new_case(services, pupils, **kw):
    data = CaseInput(title=kw.pop("title", "Сынып чатындағы қорлау"),
                     opened_on=kw.pop("opened_on", TODAY - timedelta(days=10)),
                     participants=[Participant(pupils["target"], "target"),
                                   Participant(pupils["aggressor"], "aggressor")],
                     responsible="Сәрсенбаева Гүлнұр", note="Анасы өтініш жазды", **kw)
    return services.cases.create(data)


def move(services, case_id, stage, on_date, note="", review_date=None, outcome=None):
    return services.cases.move(
        case_id, StageInput(stage, on_date, "Сәрсенбаева Гүлнұр", note, review_date), outcome)


def rows(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_a_new_case_is_saved_with_its_pupils_and_stays_open_for_the_stages(
        qtbot, services, dialog, pupils):
    d = dialog(pupil_ids=[pupils["target"], pupils["aggressor"]])
    assert d.windowTitle() == "New bullying case"
    assert d.people.roles() == ["target", None]
    assert d.steps.current == "complaint"
    assert not d.tabs.isTabEnabled(d.tabs.indexOf(d.stages_tab))
    choose_in_cell(qtbot, d.participants, 1, ROLE_COL, "aggressor")
    type_text(d.title_edit, "Асханада ақша талап ету")
    type_text(d.responsible, "Сәрсенбаева Гүлнұр")
    type_text(d.note, "Әкесі қоңырау шалды")
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    case = services.cases.get(saved.args[0])
    assert case.title == "Асханада ақша талап ету" and case.opened_on == TODAY
    assert {p.pupil.id: p.role for p in case.participants} == {
        pupils["target"]: "target", pupils["aggressor"]: "aggressor"}
    assert (case.stages[0].responsible, case.stages[0].note) == (
        "Сәрсенбаева Гүлнұр", "Әкесі қоңырау шалды")
    # still open, now on its tabs
    assert d.result() != QDialog.DialogCode.Accepted and not d.dirty
    assert d.tabs.isTabEnabled(d.tabs.indexOf(d.stages_tab))
    assert d.windowTitle() == "Bullying case: Асханада ақша талап ету"
    assert rows(d.history, 1) == ["Complaint"]


def test_an_empty_case_is_refused_beside_its_fields(services, dialog):
    d = dialog()
    d.opened_on.setDate(d.opened_on.date().addDays(1))
    assert not d.save()
    assert d.error_text("title") == "This field is required."
    assert d.error_text("participants") == "Add the pupils involved."
    assert d.error_text("responsible") == "This field is required."
    assert d.error_text("opened_on") == "This date is in the future."
    assert services.cases.count() == 0


def test_the_steps_show_the_current_stage_and_the_history(services, dialog, pupils):
    case = new_case(services, pupils)
    move(services, case.id, "analysis", TODAY - timedelta(days=8), note="Куәлармен сөйлестік")
    d = dialog(case_id=case.id)
    assert d.steps.current == "analysis"
    assert "highlight" in d.steps.steps["analysis"].styleSheet()
    assert "highlight" not in d.steps.steps["complaint"].styleSheet()
    assert d.steps.accessibleName() == "Current stage: Analysis"
    assert rows(d.history, 0) == ["10/11/2026", "12/11/2026"]
    assert rows(d.history, 1) == ["Complaint", "Analysis"]
    assert rows(d.history, 3) == ["Анасы өтініш жазды", "Куәлармен сөйлестік"]
    assert d.stage_summary.text() == "Now: Analysis, since 12/11/2026."
    assert d.title_edit.text() == "Сынып чатындағы қорлау" and not d.dirty


def test_moving_to_the_next_stage(qtbot, services, dialog, pupils):
    case = new_case(services, pupils)
    d = dialog(case_id=case.id)
    m = d.move_stage()
    qtbot.addWidget(m)
    assert m.stage.currentData() == "analysis"  # the next one is offered first
    assert [m.stage.itemText(i) for i in range(m.stage.count())] == ["Analysis", "Closed"]
    assert m.responsible.text() == "Сәрсенбаева Гүлнұр"  # as at the stage before
    assert not shown(m.review_date) and not shown(m.outcome)
    type_text(m.note, "Сынып жетекшісімен сөйлестік")
    with qtbot.waitSignal(d.saved):
        qtbot.mouseClick(save_button(m), Qt.MouseButton.LeftButton)
    assert services.cases.get(case.id).stages[-1].note == "Сынып жетекшісімен сөйлестік"
    assert d.steps.current == "analysis"
    assert rows(d.history, 1) == ["Complaint", "Analysis"]
    assert d.move_button.text() == "&Move to the next stage…"


def test_monitoring_asks_for_the_review_and_closing_for_the_outcome(qtbot, services, dialog, pupils):
    case = new_case(services, pupils)
    move(services, case.id, "analysis", TODAY - timedelta(days=8))
    move(services, case.id, "help_plan", TODAY - timedelta(days=6))
    d = dialog(case_id=case.id)
    m = d.move_stage()
    qtbot.addWidget(m)
    assert m.stage.currentData() == "monitoring" and shown(m.review_date)
    assert m.review_date.date().toPython() == TODAY + timedelta(days=14)
    assert m.save()
    assert d.review_date.value() == TODAY + timedelta(days=14)  # the overview follows
    assert d.stage_summary.text() == "Now: Monitoring, since 20/11/2026. Next review: 04/12/2026."

    m = d.move_stage()
    qtbot.addWidget(m)
    assert m.stage.currentData() == "closed" and shown(m.outcome) and not shown(m.review_date)
    assert not m.save()
    assert m.error_text("outcome") == "A case is closed with its outcome: write how it ended."
    assert services.cases.get(case.id).stage == "monitoring"
    type_text(m.outcome, "Қорлау тоқтады")
    # Monitored since today: shorter than the school's 30 days, so closing asks first.
    assert m.closing_warning.text() == ("The case has been monitored for 0 days; the school's "
                                        "minimum is 30 days.")
    assert not m.save()
    assert m.error_text("close_anyway") == ("Read the warnings above; tick this box to close "
                                            "the case as it is.")
    m.close_anyway.setChecked(True)
    assert m.save()
    case = services.cases.get(case.id)
    assert case.closed and case.closed_on == TODAY and case.outcome == "Қорлау тоқтады"
    assert d.steps.current == "closed"
    assert not d.outcome_label.isHidden()
    assert d.outcome_label.text() == "Outcome: Қорлау тоқтады"
    assert d.move_button.text() == "&Reopen…"


def stage_dialog_in_monitoring(qtbot, services, pupils):
    """A case monitored for four days, and the form that moves it on."""
    case = new_case(services, pupils)
    move(services, case.id, "analysis", TODAY - timedelta(days=8))
    move(services, case.id, "help_plan", TODAY - timedelta(days=6))
    move(services, case.id, "monitoring", TODAY - timedelta(days=4), review_date=TODAY)
    m = StageDialog(services, services.cases.get(case.id))
    qtbot.addWidget(m)
    return case, m


def test_going_back_needs_a_note(qtbot, services, dialog, pupils):
    case, m = stage_dialog_in_monitoring(qtbot, services, pupils)
    choose(m.stage, "help_plan")
    assert m.stage.currentText() == "Back to: Help plan" and shown(m.back_hint)
    assert not m.save()
    assert m.error_text("note") == "Going back a stage needs a note saying why."
    type_text(m.note, "Жаңа оқиға болды")
    assert m.save()
    assert services.cases.get(case.id).stage == "help_plan"


def test_the_help_plan_shows_overdue_actions_in_red_and_marks_them_done(
        qtbot, services, dialog, pupils):
    case = new_case(services, pupils)
    services.cases.add_action(case.id, FollowUpInput(
        pupil_id=pupils["target"], what="Жеке кеңес", due_date=TODAY - timedelta(days=2),
        responsible="Психолог"))
    services.cases.add_action(case.id, FollowUpInput(
        pupil_id=pupils["aggressor"], what="Ата-анасымен кездесу", due_date=TODAY + timedelta(days=3),
        responsible="Сынып жетекшісі"))
    d = dialog(case_id=case.id)
    assert rows(d.actions, 2) == ["Жеке кеңес", "Ата-анасымен кездесу"]
    assert rows(d.actions, 4) == ["Overdue", "Open"]
    assert d.actions.data(d.actions.index(0, 2), Qt.ItemDataRole.ForegroundRole).color() == ALERT
    assert not d.done_button.isEnabled()
    d.actions_view.selectRow(0)
    qtbot.mouseClick(d.done_button, Qt.MouseButton.LeftButton)
    assert rows(d.actions, 4) == ["Open", "Done 20/11/2026"]  # open ones first
    assert services.followups.overdue_count() == 0


def test_adding_an_action_to_the_help_plan(qtbot, services, dialog, pupils):
    case = new_case(services, pupils)
    d = dialog(case_id=case.id)
    f = d.add_action()
    qtbot.addWidget(f)
    assert isinstance(f, FollowUpDialog)
    assert f.link_label.text() == "An action of the help plan of the case “Сынып чатындағы қорлау”"
    f.pupil_id = pupils["target"]
    type_text(f.what, "Сынып сағаты: достық туралы")
    f.responsible.setText("Сынып жетекшісі")
    with qtbot.waitSignal(d.saved):
        assert f.save()
    assert rows(d.actions, 2) == ["Сынып сағаты: достық туралы"]
    assert services.cases.get(case.id).actions[0].case_id == case.id


def test_an_action_for_a_pupil_outside_the_case_is_refused_beside_the_pupil(
        qtbot, services, dialog, pupils):
    case = new_case(services, pupils)
    f = dialog(case_id=case.id).add_action()
    qtbot.addWidget(f)
    f.pupil_id = pupils["other"]
    type_text(f.what, "Кеңес")
    assert not f.save()
    assert f.error_text("pupil_id") == ("This pupil is not part of the case: add them to its "
                                        "pupils first.")


def test_linking_unlinking_and_opening_records(qtbot, services, dialog, pupils, records,
                                              monkeypatch, fake_dialogs):
    case = new_case(services, pupils)
    incident = records.observation([(pupils["target"], "target")],
                                   occurred_at=datetime(2026, 11, 18, 12, 0),
                                   description="Дәлізде итеріп жіберді")
    session = records.session([pupils["target"]], starts_at=datetime(2026, 11, 19, 9, 0),
                              reason="Жеке кеңес", notes="Құпия жазба")
    records.observation([(pupils["other"], "target")], description="Басқа оқиға")
    offered = []
    monkeypatch.setattr(case_form, "pick_records",
                        lambda refs, parent=None: offered.extend(refs) or list(refs))
    d = dialog(case_id=case.id)
    assert not d.records_empty.isHidden()
    qtbot.mouseClick(d.link_button, Qt.MouseButton.LeftButton)
    assert {r.id for r in offered} == {incident.id, session.id}  # not the other pupil's
    assert rows(d.records, 1) == ["Session", "Observation"]
    assert rows(d.records, 4) == ["Жеке кеңес", "Дәлізде итеріп жіберді"]
    assert "Құпия жазба" not in str([rows(d.records, c) for c in range(5)])

    d.records_view.selectRow(1)
    qtbot.mouseClick(d.open_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs[-1].name == "ObservationDialog"
    assert fake_dialogs[-1].kwargs["observation_id"] == incident.id
    qtbot.mouseClick(d.unlink_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in services.cases.get(case.id).records] == [session.id]
    assert rows(d.records, 1) == ["Session"]


def test_a_new_case_from_an_incident_takes_its_pupils_and_links_it(qtbot, services, dialog,
                                                                 pupils, records):
    incident = records.observation([(pupils["target"], "target"), (pupils["aggressor"], "aggressor")],
                                   occurred_at=datetime(2026, 11, 18, 12, 0),
                                   description="Сынып чатында мазақ етті\nскриншоттар бар")
    d = dialog(observation_id=incident.id)
    assert d.title_edit.text() == "Сынып чатында мазақ етті"
    assert d.opened_on.date().toPython() == date(2026, 11, 18)
    assert dict(zip(d.people.chosen_ids(), d.people.roles())) == {
        pupils["target"]: "target", pupils["aggressor"]: "aggressor"}
    d.responsible.setText("Сәрсенбаева Гүлнұр")
    assert d.save()
    assert [r.id for r in d.case.records] == [incident.id]
    assert rows(d.records, 4) == ["Сынып чатында мазақ етті"]


def test_the_incident_form_starts_a_case_or_opens_its_case(qtbot, services, pupils, records,
                                                          fake_dialogs):
    incident = records.observation([(pupils["target"], "target")], description="Итеріп жіберді")
    fresh = ObservationDialog(services)
    qtbot.addWidget(fresh)
    assert not shown(fresh.case_button)  # not saved yet: nothing to start a case from
    o = ObservationDialog(services, observation_id=incident.id)
    qtbot.addWidget(o)
    assert shown(o.case_button) and o.case_button.text() == "New bullying cas&e…"
    assert o.case_label.text() == "Not in a case"
    qtbot.mouseClick(o.case_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs[-1].name == "CaseDialog"
    assert fake_dialogs[-1].kwargs["observation_id"] == incident.id

    case = new_case(services, pupils)
    services.cases.link(case.id, "observation", incident.id)
    fake_dialogs[-1].saved.emit(case.id)  # the case form saved the case with the incident
    assert o.case_button.text() == "&Open the case…"
    assert o.case_label.text() == "“Сынып чатындағы қорлау”, stage: Complaint"
    qtbot.mouseClick(o.case_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs[-1].kwargs["case_id"] == case.id


def test_closing_warns_of_open_actions_and_short_monitoring_and_resolves_incidents(
        qtbot, services, pupils, records):
    """Closed on the day it opened, its help-plan action open and its incident still open:
    the form says both before closing, closes only when told to anyway, and resolves the
    incident in the same step, so the dashboard stops counting it as open."""
    from desktop.models.journal import ObservationInput, Participant as P

    case = new_case(services, pupils, opened_on=TODAY)
    services.cases.add_action(case.id, FollowUpInput(
        pupil_id=pupils["target"], what="Жеке кеңес", due_date=TODAY + timedelta(days=3),
        responsible="Психолог"))
    incident = services.observations.create(ObservationInput(
        occurred_at=datetime(2026, 11, 20, 8, 0), place="canteen", forms=["verbal"],
        severity=3, participants=[P(pupils["target"], "target")], reporter="teacher",
        description="Асханада мазақтады"))
    services.cases.link(case.id, "observation", incident.id)
    assert services.observations.get(incident.id).status != "resolved"
    m = StageDialog(services, services.cases.get(case.id))
    qtbot.addWidget(m)
    choose(m.stage, "closed")
    assert m.closing_warning.text().splitlines() == [
        "Help-plan actions still open: 1. Mark them done first, or close the case anyway.",
        "The case has been monitored for 0 days; the school's minimum is 30 days."]
    assert shown(m.close_anyway) and shown(m.resolve_incidents)
    assert m.resolve_incidents.text() == "Mark its open &incidents as resolved (1)"
    type_text(m.outcome, "Ата-анасымен келісілді")
    assert not m.save()
    assert services.cases.get(case.id).stage != "closed"
    m.close_anyway.setChecked(True)
    assert m.save()
    assert services.cases.get(case.id).closed
    assert services.observations.get(incident.id).status == "resolved"


def test_the_minimum_monitoring_is_the_schools_setting(qtbot, services, pupils):
    from dataclasses import replace

    services.warning_settings.save(replace(services.warning_settings.get(),
                                           min_monitoring_days=3))
    _case, m = stage_dialog_in_monitoring(qtbot, services, pupils)
    choose(m.stage, "closed")
    assert not shown(m.closing_warning) and not shown(m.close_anyway)
    type_text(m.outcome, "Қорлау тоқтады")
    assert m.save()


def test_the_proposed_review_is_a_school_day(qtbot, services, dialog, pupils):
    # Two weeks after 2 December 2026 is Independence Day; after 13 December a Sunday.
    services.ctx.clock = lambda: datetime(2026, 12, 2, 10, 0)
    review = dialog().review_date
    review.stepBy(1)  # Up on the blank date starts from the proposed one
    assert review.value() == date(2026, 12, 17)
    case = new_case(services, pupils, opened_on=date(2026, 11, 20))
    move(services, case.id, "analysis", date(2026, 11, 23))
    move(services, case.id, "help_plan", date(2026, 11, 24))
    services.ctx.clock = lambda: datetime(2026, 11, 29, 10, 0)
    m = StageDialog(services, services.cases.get(case.id))
    qtbot.addWidget(m)
    assert m.stage.currentData() == "monitoring"
    assert m.review_date.date().toPython() == date(2026, 12, 14)
