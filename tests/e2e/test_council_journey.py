"""From signals to a plan, through the real application: two incidents make a pupil a
repeated target; the Prevention council page proposes the pupil; the secretary puts them on
today's meeting; the meeting marks who is present and decides to start accompaniment; the
plan gets a measure (a follow-up, in Follow-ups), a review is recorded, and a later meeting
ends the accompaniment with its outcome. All of it in the pupil's chronology, the minutes
printed. Services set up only what the journey does not cover (the incidents' records)."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from desktop.models.journal import ObservationInput, Participant
from desktop.services.filters import ListFilter
from desktop.views.council.accompaniment_form import AccompanimentDialog
from desktop.views.council.accompaniment_parts import MeasureDialog, ReviewDialog
from desktop.views.council.council_settings import MemberDialog
from desktop.views.council.decision_form import DecisionDialog
from desktop.views.council.meeting_form import MeetingDialog
from desktop.views.main_window import COUNCIL
from desktop.views.referrals.pdf_preview import PdfPreviewDialog
from desktop.views.widgets.list_page import select_row
from test_early_warning_journey import (  # the same app, sign-in and clicks
    close_app, data_dir, kazakh_pupil, no_blocking_message_boxes, open_app, opened_dialog,
)
from ui_helpers import choose, save_button, type_text

__all__ = ["data_dir", "no_blocking_message_boxes"]  # fixtures, used by name


def save(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)


def test_an_incident_becomes_a_proposal_a_meeting_a_plan_a_review_and_an_end(
        qapp, qtbot, data_dir):
    senim = open_app(qapp, qtbot, data_dir)
    window, services = senim.window, senim.window.services
    try:
        pupil = kazakh_pupil(services)
        now = datetime.now().replace(second=0, microsecond=0)
        for days in (3, 1):  # two incidents: a repeated target (Order No. 506)
            services.observations.create(ObservationInput(
                occurred_at=now - timedelta(days=days), place="corridor", severity=2,
                reporter="teacher", description="Сыныптастары мазақтады", forms=["verbal"],
                participants=[Participant(pupil.id, "target")]))

        window.show_page(COUNCIL)
        page = window.page(COUNCIL)
        # The council's members, as the school keeps them.
        for name, position in (("Сәрсенбаева Гүлнар", "директор"),
                               ("Омарова Динара", "педагог-психолог")):
            page.tabs.setCurrentWidget(page.members)
            page.members.open_dialog(None)
            member = opened_dialog(qtbot, MemberDialog)
            type_text(member.name, name)
            type_text(member.position, position)
            save(qtbot, member)
        # Today's meeting: minutes with no one present are refused beside the field.
        page.meetings.new_record()
        meeting = opened_dialog(qtbot, MeetingDialog)
        qtbot.mouseClick(save_button(meeting), Qt.MouseButton.LeftButton)
        assert "Mark who was present" in meeting.error_text("present")
        assert services.council.meetings() == []
        for row in range(meeting.present.count()):
            meeting.present.item(row).setCheckState(Qt.CheckState.Checked)
        save(qtbot, meeting)
        # The pupil is proposed, with the reason in words, and goes on its agenda.
        page.refresh()
        assert page.tabs.tabText(2) == "Proposals (1)"
        proposals = page.proposals
        assert proposals.model.index(0, 0).data() == pupil.full_name
        assert "Targeted in 2 incidents" in proposals.model.index(0, 2).data()
        select_row(proposals.table, 0)
        qtbot.mouseClick(proposals.accept_button, Qt.MouseButton.LeftButton)
        assert page.tabs.tabText(2) == "Proposals"

        # The meeting: its chair and secretary, and the decision to start accompaniment.
        m = services.council.meetings()[0]
        page.meetings.open_record(m.id)
        meeting = opened_dialog(qtbot, MeetingDialog)
        assert meeting.items.item(0, 0).text().startswith(pupil.full_name)
        meeting.chair.setCurrentIndex(1)
        meeting.secretary.setCurrentIndex(2)
        meeting.items.setCurrentCell(0, 0)
        qtbot.mouseClick(meeting.decide_button, Qt.MouseButton.LeftButton)
        decision = opened_dialog(qtbot, DecisionDialog)
        choose(decision.decision, "start")
        for row in range(decision.grounds.count()):
            if decision.grounds.item(row).data(Qt.ItemDataRole.UserRole) == "bullying":
                decision.grounds.item(row).setCheckState(Qt.CheckState.Checked)
        type_text(decision.responsible, "Омарова Динара")
        save(qtbot, decision)
        assert meeting.items.item(0, 2).text() == "Start accompaniment"
        meeting.print_minutes("kk")
        preview = opened_dialog(qtbot, PdfPreviewDialog)
        assert preview.page_count >= 1
        preview.close()
        meeting.reject()

        # The accompaniment: a measure of the plan and a review.
        page.refresh()
        page.tabs.setCurrentWidget(page.accompaniments)
        assert page.accompaniments.model.rowCount() == 1
        a_id = page.accompaniments.model.row_id(0)
        page.accompaniments.open_record(a_id)
        form = opened_dialog(qtbot, AccompanimentDialog)
        qtbot.mouseClick(form.add_measure_button, Qt.MouseButton.LeftButton)
        measure = opened_dialog(qtbot, MeasureDialog)
        measure.what.setPlainText("Жеке кеңес, аптасына бір рет")
        save(qtbot, measure)
        assert services.followups.count(ListFilter(kind="open", text=pupil.full_name)) == 1
        qtbot.mouseClick(form.add_review_button, Qt.MouseButton.LeftButton)
        review = opened_dialog(qtbot, ReviewDialog)
        choose(review.progress, "better")
        review.note.setPlainText("Сабаққа қатысады")
        save(qtbot, review)
        assert form.reviews.rowCount() == 1
        form.reject()

        # A later meeting ends it with the outcome.
        page.meetings.new_record()
        second = opened_dialog(qtbot, MeetingDialog)
        for row in range(second.present.count()):
            second.present.item(row).setCheckState(Qt.CheckState.Checked)
        second.add_item(None, pupil.id, pupil.full_name)
        second.items.setCurrentCell(0, 0)
        qtbot.mouseClick(second.decide_button, Qt.MouseButton.LeftButton)
        decision = opened_dialog(qtbot, DecisionDialog)
        assert decision.decision.currentData() == "change_plan"  # it is open: offered first
        choose(decision.decision, "end")
        qtbot.mouseClick(save_button(decision), Qt.MouseButton.LeftButton)
        assert decision.error_text("outcome") == "This field is required."
        decision.outcome.setPlainText("Қорлау тоқтады, сабаққа тұрақты қатысады")
        save(qtbot, decision)
        second.reject()

        ended = services.accompaniment.get(a_id)
        assert ended.ended_on == services.ctx.today() and ended.outcome.startswith("Қорлау")
        assert [s.decision for s in ended.steps] == ["start", "end"]
        kinds = [(e.kind, e.title) for e in services.chronology.for_pupil(pupil.id)]
        assert ("accompaniment", "start") in kinds and ("accompaniment", "end") in kinds
        assert ("accompaniment", "review") in kinds and ("followup", "followup") in kinds
        assert services.council.proposals() == []  # accompanied, then decided
    finally:
        close_app(senim)
