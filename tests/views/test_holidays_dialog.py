"""Settings → Holidays: the law's days off of a year (read-only, named in the interface's
language) and the school's changes, which move the working-day clocks once saved.

NOW (tests/views/conftest.py) is Friday 20 November 2026; dates show as dd/MM/yyyy."""

from datetime import date

from PySide6.QtCore import QDate

from desktop.views.calendar.holidays_dialog import HolidaysDialog


def open_dialog(services, qtbot, year=None):
    d = HolidaysDialog(services, year=year)
    qtbot.addWidget(d)
    d.show()
    return d


def column(table, c):
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_the_laws_days_of_the_year_are_listed(services, qtbot):
    d = open_dialog(services, qtbot)
    assert d.year.value() == 2026
    law = dict(zip(column(d.law, 0), column(d.law, 1)))
    assert law["27/05/2026"] == "Eid al-Adha (Kurban Ait) (estimated date)"
    assert law["24/03/2026"] == "Nowruz Holiday (day off moved from the weekend)"
    assert d.unknown_note.isHidden() and d.confirmed.isHidden()
    d.year.setValue(2025)
    law = dict(zip(column(d.law, 0), column(d.law, 1)))
    assert law["03/01/2025"] == "Day off (moved from 05/01/2025 by decree)"
    assert law["05/01/2025"] == "Working day (moved by decree)"


def test_a_day_off_added_moves_the_clocks_and_stays_when_reopened(services, qtbot):
    assert services.concerns.deadlines(date(2026, 11, 20)).ack_due == date(2026, 11, 23)
    d = open_dialog(services, qtbot)
    d.new_day.setDate(QDate(2026, 11, 23))
    d.new_name.setText("Мектептің туған күні")
    d.add_day_off_button.click()
    d.new_day.setDate(QDate(2026, 11, 28))
    d.add_working_button.click()
    assert column(d.corrections, 1) == ["Day off", "Working day"]
    assert d.dirty and d.save()
    # Friday 20 November: Monday 23 is now the school's day off, so acknowledge by Tuesday.
    assert services.concerns.deadlines(date(2026, 11, 20)).ack_due == date(2026, 11, 24)

    again = open_dialog(services, qtbot)
    assert column(again.corrections, 0) == ["23/11/2026", "28/11/2026"]
    assert column(again.corrections, 2) == ["Мектептің туған күні", ""]
    again.corrections.setCurrentCell(0, 0)
    again.remove_button.click()
    assert again.save()
    assert services.concerns.deadlines(date(2026, 11, 20)).ack_due == date(2026, 11, 23)
    assert services.holidays.is_working_day(date(2026, 11, 28))


def test_a_day_that_changes_nothing_is_refused_beside_the_list(services, qtbot):
    d = open_dialog(services, qtbot)
    d.new_day.setDate(QDate(2026, 11, 21))  # a Saturday
    d.add_day_off_button.click()
    assert not d.save()
    assert d.error_text("corrections") == \
        "21/11/2026 is already a day off: a weekend or a holiday by law."
    assert services.holidays.corrections() == []
    d.discard()


def test_a_year_nobody_knows_is_confirmed_here(services, qtbot):
    assert not services.holidays.knows(2031)
    d = open_dialog(services, qtbot, year=2031)
    assert not d.unknown_note.isHidden() and not d.confirmed.isChecked()
    assert "does not know the holidays of 2031 for certain" in d.unknown_note.text()
    d.confirmed.setChecked(True)
    assert d.save()
    assert services.holidays.knows(2031)


def test_fits_small_screens(services, qtbot):
    d = open_dialog(services, qtbot)
    for width, height in ((1024, 700), (1366, 768)):
        d.resize(width - 40, height - 80)
        assert d.minimumSizeHint().width() <= width - 40
        assert d.minimumSizeHint().height() <= height - 80


def test_counsellor_sees_them_read_only(services, qtbot):
    services.ctx.role = "counsellor"
    d = open_dialog(services, qtbot)
    assert not d.buttons.button(d.buttons.StandardButton.Save).isEnabled()
    assert not d.add_day_off_button.isEnabled()
