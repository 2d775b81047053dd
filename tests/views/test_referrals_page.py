"""The referrals list: number, date, pupil, organisation, status with its date; waiting ones
in red and counted; scopes and search; opening and creating referrals; the dashboard's box;
nothing of it for a head teacher. NOW is Friday 20 November 2026."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.models.organisation import OrganisationInput
from desktop.models.referral_record import ReferralInput
from desktop.services import Services
from desktop.services.context import Context
from desktop.settings import Settings
from desktop.views.dashboard.attention_page import AttentionPage
from desktop.views.widgets.colors import ALERT
from desktop.views.main_window import MainWindow
from desktop.views.referrals.referrals_page import ReferralsPage


@pytest.fixture
def journal(services, make_pupil):
    asem = make_pupil()
    inkar = make_pupil("Өмірзақова", "Іңкәр", class_name="8Ғ")
    centre = services.organisations.create(OrganisationInput(
        kind="support_centre", name_kk="Алатау ауданының ПҚО", name_ru="ЦПП Алатауского района"))

    def referral(pupil, sent_on=None, **kw):
        r = services.referrals.create(ReferralInput(
            pupil_id=pupil.id, organisation_id=centre.id, language="kk",
            reason=kw.pop("reason", "Жүйелі қорлау"), consent_by="Ата-анасы",
            consent_date=date(2026, 9, 1), consent_how="written", **kw))
        return services.referrals.send(r.id, sent_on) if sent_on else r

    waiting = referral(asem, date(2026, 10, 1))
    recent = referral(inkar, date(2026, 11, 16))
    draft = referral(inkar, reason="Жаңа жолдама", urgency="urgent")
    closed = referral(asem, date(2026, 9, 15))
    for status, day, text in (("acknowledged", date(2026, 9, 16), None),
                              ("feedback", date(2026, 10, 10), "Кеңес өтті"),
                              ("closed", date(2026, 10, 12), None)):
        services.referrals.advance(closed.id, status, day, text)
    return dict(asem=asem, inkar=inkar, centre=centre, waiting=waiting, recent=recent,
                draft=draft, closed=closed)


@pytest.fixture
def page(services, qtbot):
    def make(svc=None):
        p = ReferralsPage(svc or services)
        qtbot.addWidget(p)
        p.resize(1100, 500)
        p.show()
        return p

    return make


def cells(p, row):
    m = p.model
    return [m.index(row, c).data() for c in range(m.columnCount())]


def test_open_referrals_drafts_first_with_status_and_dates(page, journal):
    p = page()
    assert [p.model.row_id(r) for r in range(p.model.rowCount())] == [
        journal["draft"].id, journal["recent"].id, journal["waiting"].id]
    assert cells(p, 0)[0] == "draft" and cells(p, 0)[4] == "Draft; urgent"
    assert cells(p, 1) == ["2/2026-27", "16/11/2026", "Өмірзақова Іңкәр — 8Ғ",
                           "ЦПП Алатауского района", "Sent on 16/11/2026"]
    assert cells(p, 2)[4] == "Waiting for feedback: 50 days"
    assert p.count_label.text() == "Found: 3"


def test_waiting_ones_are_red_and_counted(page, journal, qtbot):
    p = page()
    assert p.late_label.text() == "Waiting for feedback: 1"
    assert p.model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole).color() == ALERT
    assert p.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_scopes_and_search(page, journal, qtbot):
    p = page()
    p.scope_combo.setCurrentIndex(p.scope_combo.findData("waiting"))
    assert [p.model.row_id(r) for r in range(p.model.rowCount())] == [journal["waiting"].id]
    p.scope_combo.setCurrentIndex(p.scope_combo.findData("closed"))
    assert cells(p, 0)[4] == "Closed on 12/10/2026"
    p.scope_combo.setCurrentIndex(p.scope_combo.findData(None))
    assert p.model.rowCount() == 4
    p.search.setText("іңкәр")
    p.apply_filter()
    assert p.model.rowCount() == 2
    p.search.setText("2/2026")
    p.apply_filter()
    assert [p.model.row_id(r) for r in range(p.model.rowCount())] == [journal["recent"].id]


def test_enter_opens_the_referral_and_new_opens_a_blank_one(page, journal, fake_dialogs):
    p = page()
    p.table.setCurrentIndex(p.model.index(1, 0))
    p._activated(p.model.index(1, 0))
    assert fake_dialogs[-1].name == "ReferralDialog"
    assert fake_dialogs[-1].kwargs["referral_id"] == journal["recent"].id
    p.new_button.click()
    assert fake_dialogs[-1].kwargs.get("referral_id") is None


def test_the_dashboard_lists_referrals_waiting_for_feedback(services, journal, qtbot,
                                                            fake_dialogs):
    dashboard = AttentionPage(services)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert dashboard.referrals_box.isVisible()
    assert dashboard.referrals_box.title() == "Referrals waiting for feedback (1)"
    m = dashboard.referral_model
    assert [m.index(0, c).data() for c in range(m.columnCount())] == [
        "01/10/2026", "1/2026-27", "Нұрланова Әсем (7Ә)", "ЦПП Алатауского района", "50 days"]
    dashboard._open_referral(m.index(0, 0))
    assert fake_dialogs[-1].kwargs["referral_id"] == journal["waiting"].id


def test_the_dashboard_box_is_hidden_when_none_waits(services, journal, qtbot):
    services.referrals.advance(journal["waiting"].id, "acknowledged", date(2026, 11, 20))
    services.referrals.advance(journal["waiting"].id, "feedback", date(2026, 11, 20), "Жауап")
    dashboard = AttentionPage(services)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert not dashboard.referrals_box.isVisible()


def test_a_head_teacher_has_no_referrals_anywhere(services, journal, qtbot, tmp_path):
    head = Services.build(services.db, Context(actor="head", role="head",
                                               clock=services.ctx.clock))
    window = MainWindow(head, Settings(), tmp_path)
    qtbot.addWidget(window)
    window.show()
    for action in (window.new_referral_action, window.organisations_action):
        assert not action.isVisible() and not action.isEnabled()
    shown = " ".join(w.text() for w in window.findChildren(type(window.dashboard_page.title)))
    assert "Нұрланова" not in shown and "1/2026-27" not in shown


def test_a_counsellor_works_with_referrals(services, journal, page):
    counsellor = Services.build(services.db, Context(actor="c", role="counsellor",
                                                     clock=services.ctx.clock))
    p = page(counsellor)
    assert p.new_button.isEnabled() and p.model.rowCount() == 3
