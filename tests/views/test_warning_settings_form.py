"""Settings → Early warning: thresholds, holidays and crisis contacts, with errors beside
the fields."""

from datetime import date

from PySide6.QtCore import QDate

from desktop.views.warning_settings_form import WarningSettingsDialog


def test_shows_the_defaults_and_saves_changes(services, qtbot, type_text):
    d = WarningSettingsDialog(services)
    qtbot.addWidget(d)
    assert d.bullying_window_days.value() == 30 and d.answer_working_days.value() == 10
    assert d.line_111.text() == "111"
    assert date(2026, 3, 22) in d.holiday_dates()
    d.bullying_window_days.setValue(45)
    type_text(d.support_centre, "ЦПП Қарасай ауданы, +7 727 000 00 02")
    d.new_holiday.setDate(QDate(2026, 5, 27))
    d.add_holiday_button.click()
    assert d.holidays.currentItem().data(0x0100) == date(2026, 5, 27)
    assert d.save()
    t = services.warning_settings.get()
    assert t.bullying_window_days == 45 and t.support_centre.startswith("ЦПП Қарасай")
    assert date(2026, 5, 27) in t.holidays


def test_an_answer_due_before_the_acknowledgement_is_refused_beside_the_field(services, qtbot):
    d = WarningSettingsDialog(services)
    qtbot.addWidget(d)
    d.ack_working_days.setValue(12)
    d.answer_working_days.setValue(5)
    assert not d.save()
    assert d.error_text("answer_working_days") == \
        "The written answer cannot be due before the acknowledgement."
    assert services.warning_settings.get().ack_working_days == 1


def test_removing_a_holiday(services, qtbot):
    d = WarningSettingsDialog(services)
    qtbot.addWidget(d)
    count = d.holidays.count()
    d.holidays.setCurrentRow(0)
    d.remove_holiday_button.click()
    assert d.dirty and d.holidays.count() == count - 1
    assert d.save()
    assert len(services.warning_settings.get().holidays) == count - 1


def test_counsellor_sees_them_read_only(services, qtbot):
    services.ctx.role = "counsellor"
    d = WarningSettingsDialog(services)
    qtbot.addWidget(d)
    assert not d.buttons.button(d.buttons.StandardButton.Save).isEnabled()
    assert d.banner.text() == "Only the psychologist can change the early-warning settings."
