"""The dashboard: who needs attention and why, this week's actions, today's sessions, and
the crisis contacts beside a risk of self-harm."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.views.dashboard.attention_page import AttentionPage

NOW = datetime(2026, 11, 20, 10, 0)  # the services fixture's clock (Friday)


@pytest.fixture
def page(services, qtbot):
    def make():
        p = AttentionPage(services)
        qtbot.addWidget(p)
        p.resize(1100, 700)
        return p

    return make


def cells(view, row):
    model = view.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def rows(view) -> int:
    return view.model().rowCount()


def test_nobody_needs_attention_on_an_empty_journal(page):
    p = page()
    assert rows(p.attention) == 0
    assert p.attention_box.title() == "Needs attention — pupils: 0, warnings: 0"
    assert p.why.text().startswith("Nobody needs attention")
    assert not p.banner.isVisible() and not p.dismiss_button.isEnabled()


def test_after_a_save_the_dashboard_reads_on_the_journals_worker(page, make_pupil, records,
                                                                services):
    """Issue 16, Must have 4: the dashboard on screen reads again after a save (every rule
    over the journal: seconds on a large one) off the GUI thread, and shows it when read."""
    import threading

    from desktop.views.widgets.tasks import settle_journal_work

    p = page()
    threads = []
    original = services.attention.warnings

    def warnings(thresholds):
        threads.append(threading.current_thread().name)
        return original(thresholds)

    services.attention.warnings = warnings
    asem = make_pupil()
    records.observation([(asem.id, "target")], severity=3)
    p.refresh_later()
    assert rows(p.attention) == 0  # not yet read: the window goes on meanwhile
    settle_journal_work()
    assert threads and threads[-1].startswith("journal")
    assert rows(p.attention) == 1 and asem.surname in cells(p.attention, 0)[0]


def test_a_severe_incident_is_listed_with_its_reason_and_explanation(page, make_pupil, records):
    asem = make_pupil()
    records.observation([(asem.id, "target")], severity=3)
    p = page()
    assert cells(p.attention, 0)[:2] + cells(p.attention, 0)[3:] == [
        "Нұрланова Әсем", "7Ә", "Serious incident (severity 3–4) still open"]
    assert p.attention.model().index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() \
        == "#b00020"
    assert p.attention.model().index(0, 0).data(Qt.ItemDataRole.FontRole) is None  # not bold
    assert "severity 3 or 4" in p.why.text()


def test_self_harm_risk_shows_the_help_line_and_the_support_centre(page, make_pupil, records,
                                                                   services, qtbot):
    t = services.warning_settings.get()
    t.support_centre = "ЦПП Алматы, ул. Абая 1, +7 727 000 00 01"
    services.warning_settings.save(t)
    dana = make_pupil(surname="Жұмабаева", given_name="Дана")
    records.session([dana.id], self_harm_risk=True)
    p = page()
    p.show()
    assert p.banner.isVisible()
    text = p.banner.text()
    assert "Жұмабаева Дана (7Ә)" in text and "111" in text and "ЦПП Алматы" in text
    assert cells(p.attention, 0)[3] == "Risk of self-harm noted in a session"
    assert p.attention.model().index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_without_a_support_centre_the_banner_says_where_to_add_it(page, make_pupil, records,
                                                                  qtbot):
    dana = make_pupil(surname="Жұмабаева", given_name="Дана")
    records.session([dana.id], self_harm_risk=True)
    p = page()
    assert "Settings → Early warning" in p.banner.text()


def test_double_click_opens_the_pupils_card(page, make_pupil, records, qtbot):
    asem = make_pupil()
    records.observation([(asem.id, "target")], severity=4)
    p = page()
    with qtbot.waitSignal(p.open_pupil) as signal:
        p.attention.activated.emit(p.attention.model().index(0, 2))
    assert signal.args == [asem.id]


def test_dismissing_needs_a_reason_and_removes_the_row(page, make_pupil, records, services,
                                                       qtbot, type_text):
    asem = make_pupil()
    records.observation([(asem.id, "target")], severity=4)
    p = page()
    dialog = p.dismiss_selected()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "This field is required."
    assert rows(p.attention) == 1
    type_text(dialog.reason, "Обсуждено на Совете профилактики, родители в курсе")
    with qtbot.waitSignal(p.changed):
        dialog.accept()
    assert rows(p.attention) == 0
    assert services.attention.warnings() == []


def test_actions_this_week_and_todays_planned_sessions(page, make_pupil, records):
    asem = make_pupil()
    records.follow_up(asem.id, due_date=NOW.date() + timedelta(days=2), what="Позвонить маме")
    records.follow_up(asem.id, due_date=NOW.date() + timedelta(days=9), what="Next week")
    records.session([asem.id], starts_at=NOW.replace(hour=14, minute=30), status="planned",
                    reason="Повторная встреча")
    records.session([asem.id], starts_at=NOW.replace(hour=9), status="held")
    p = page()
    # NOW is Friday 20 November 2026: this week ends on Sunday the 22nd.
    assert rows(p.actions) == 1 and cells(p.actions, 0)[3] == "Позвонить маме"
    assert p.actions_box.title() == "Actions due this week (1)"
    assert rows(p.sessions) == 1
    assert cells(p.sessions, 0)[1:] == ["Нұрланова Әсем", "Individual consultation",
                                        "Повторная встреча"]


def test_counsellor_sees_the_list_but_head_teacher_never_gets_this_page(page, services,
                                                                        make_pupil, records):
    asem = make_pupil()
    records.observation([(asem.id, "target")], severity=4)
    services.ctx.role = "counsellor"
    p = page()
    assert rows(p.attention) == 1 and not p.dismiss_button.isHidden()


def test_concerns_awaiting_a_response_with_their_clocks(page, make_pupil, services):
    from desktop.models.concern import ConcernInput

    asem = make_pupil()
    # Received on Monday the 16th: acknowledgement was due on the 17th, so it is late now.
    late = services.concerns.create(ConcernInput(
        received_at=NOW.replace(day=16, hour=9), source="parent", channel="phone",
        from_name="Нұрланова Гүлнар", pupil_ids=[asem.id],
        summary="Қызымды сыныптастары мазақтайды"))
    services.concerns.create(ConcernInput(
        received_at=NOW.replace(hour=8), source="anonymous", channel="written",
        summary="В туалете на втором этаже отбирают деньги у младших классов"))
    p = page()
    assert p.concerns_box.title() == "Concerns awaiting a response (2)"
    assert cells(p.concerns, 0)[1:] == ["Нұрланова Әсем", "Acknowledge: overdue by 3 days"]
    # The whole cell first (a narrow column cuts it), then where the concern came from.
    assert p.concerns.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == \
        "Нұрланова Әсем\n\nFrom: Parent"
    assert p.concerns.model().index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert cells(p.concerns, 1)[1] == "—"
    assert p.concern_model.row_id(0) == late.id


def test_a_save_that_changes_no_warning_keeps_the_pupil_chosen_in_the_list(
        page, make_pupil, records, qtbot):
    """The dashboard reads again after every save; when no warning came or went, the list
    stays as it was, with the pupil the user chose (not back to the first row)."""
    from desktop.views.widgets.tasks import settle_journal_work

    pupils = [make_pupil(surname=surname, given_name="Аружан", iin="")
              for surname in ("Сейітова", "Оспанова", "Қасымова")]
    for pupil in pupils:
        records.observation([(pupil.id, "target")], severity=3)
    p = page()
    p.show()
    shown, show = [], p._show
    p._show = lambda read: (shown.append(read), show(read))  # before the first refresh_later
    p.attention.selectRow(2)
    chosen = p.selected_group().pupil_id
    assert chosen != p.warning_model.row_object(0).pupil_id
    records.session([pupils[0].id])  # no risk of self-harm: no warning comes or goes
    p.refresh_later()
    settle_journal_work()
    assert len(shown) == 1  # read again, and shown
    assert p.selected_group().pupil_id == chosen

    records.observation([(make_pupil(surname="Әбенова", iin="").id, "target")], severity=4)
    p.refresh_later()
    settle_journal_work()
    assert len(shown) == 2 and rows(p.attention) == 4
