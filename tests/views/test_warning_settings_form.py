"""Settings → Early warning: thresholds, the bullying window (the school year or the last N
days) and crisis contacts, with errors beside the fields."""

import pytest

from desktop.views.dashboard.warning_settings_form import WarningSettingsDialog
from ui_helpers import never_block


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)  # a form left with a refused change asks when it is closed


def test_shows_the_defaults_and_saves_changes(services, qtbot, type_text):
    d = WarningSettingsDialog(services)
    qtbot.addWidget(d)
    # Order No. 506 sets no time limit: the school year; the Code's 15 working days.
    assert d.school_year_window.isChecked() and not d.bullying_window_days.isEnabled()
    assert d.answer_working_days.value() == 15
    assert d.follow_up_days.suffix() == " working days"
    assert d.line_111.text() == "111"
    d.days_window.setChecked(True)
    assert d.bullying_window_days.isEnabled() and d.dirty
    d.bullying_window_days.setValue(45)
    type_text(d.support_centre, "ЦПП Қарасай ауданы, +7 727 000 00 02")
    assert d.save()
    t = services.warning_settings.get()
    assert not t.bullying_window_school_year and t.bullying_window_days == 45
    assert t.support_centre.startswith("ЦПП Қарасай")

    again = WarningSettingsDialog(services)
    qtbot.addWidget(again)
    assert again.days_window.isChecked() and again.bullying_window_days.value() == 45
    again.school_year_window.setChecked(True)
    assert again.save()
    assert services.warning_settings.get().bullying_window_school_year


def test_an_answer_due_before_the_acknowledgement_is_refused_beside_the_field(services, qtbot):
    d = WarningSettingsDialog(services)
    qtbot.addWidget(d)
    d.ack_working_days.setValue(12)
    d.answer_working_days.setValue(5)
    assert not d.save()
    assert d.error_text("answer_working_days") == \
        "The written answer cannot be due before the acknowledgement."
    assert services.warning_settings.get().ack_working_days == 1


def test_the_form_does_not_call_the_schools_figure_the_law(services, qtbot):
    d = WarningSettingsDialog(services)
    qtbot.addWidget(d)
    texts = " ".join(w.text() for w in d.findChildren(type(d.banner)))
    assert "Administrative Procedural Code (art. 76) gives 15 working days" in texts
    assert "the law" not in texts.lower()


def test_counsellor_sees_them_read_only(services, qtbot):
    services.ctx.role = "counsellor"
    d = WarningSettingsDialog(services)
    qtbot.addWidget(d)
    assert not d.buttons.button(d.buttons.StandardButton.Save).isEnabled()
    assert d.banner.text() == "Only the psychologist can change the early-warning settings."
