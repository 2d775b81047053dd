"""Settings → School year…: editing a year's quarters and breaks, errors beside the fields,
and adding the next year from a proposal the user is told to check."""

from datetime import date

from PySide6.QtCore import QDate, Qt

import pytest
from calendar_files import GOOD
from ui_helpers import never_block

from desktop.views.widgets.fmt import format_date
from desktop.views.calendar.school_calendar_dialog import SchoolCalendarDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


def open_dialog(services, qtbot, year: str | None = "2025-2026") -> SchoolCalendarDialog:
    d = SchoolCalendarDialog(services)
    qtbot.addWidget(d)
    if year:
        d.open_year(year)
    return d


def test_opens_on_todays_year_marked_to_check_until_confirmed(services, qtbot):
    d = open_dialog(services, qtbot, None)  # NOW is 20.11.2026
    assert d.year_list.currentItem().text() == "2026-2027"
    assert d.heading.text() == "School year 2026-2027 (check against the ministry's order)"
    assert d.unconfirmed_row.isVisibleTo(d) and d.confirm_button.isEnabled()
    assert d.terms[0][0].date() == QDate(2026, 9, 1)
    assert d.confirm_year()
    assert services.calendar.get("2026-2027").confirmed
    assert d.heading.text() == "School year 2026-2027" and not d.unconfirmed_row.isVisibleTo(d)
    assert "confirmed" in d.status.text()


def test_saving_an_unconfirmed_year_confirms_it(services, qtbot):
    d = open_dialog(services, qtbot, "2026-2027")
    d.terms[2][0].setDate(QDate(2027, 1, 11))
    assert d.save()
    year = services.calendar.get("2026-2027")
    assert year.confirmed and year.term(3)[0] == date(2027, 1, 11)


def test_shows_2025_2026_and_saves_a_changed_quarter(services, qtbot):
    d = open_dialog(services, qtbot)
    assert d.year_list.currentItem().text() == "2025-2026"
    q2_first, q2_last = d.terms[1]
    assert q2_first.date() == QDate(2025, 11, 3) and q2_first.displayFormat() == "dd.MM.yyyy"
    q2_first.setDate(QDate(2025, 11, 4))
    assert d.dirty
    assert d.save()
    assert services.calendar.get("2025-2026").term(2) == (date(2025, 11, 4), date(2025, 12, 28))
    assert d.status.text() == "School year 2025-2026 is saved." and not d.dirty


def test_a_quarter_ending_before_it_begins_is_refused_beside_it(services, qtbot):
    d = open_dialog(services, qtbot)
    d.terms[2][1].setDate(QDate(2026, 1, 7))  # Q3: 8 January - 7 January
    assert not d.save()
    assert d.error_text("terms.2") == "The last day cannot be before the first day."
    assert d.error_text("terms.1") == ""
    assert services.calendar.get("2025-2026").term(3) == (date(2026, 1, 8), date(2026, 3, 18))
    assert d.dirty  # what was typed is still there to correct


def test_a_bad_break_is_named_and_selected(services, qtbot):
    d = open_dialog(services, qtbot)
    row = d.add_break()
    d.breaks.cellWidget(row, 0).setDate(QDate(2026, 6, 1))
    d.breaks.cellWidget(row, 1).setDate(QDate(2026, 6, 5))
    assert not d.save()
    first, last = format_date(date(2026, 6, 1)), format_date(date(2026, 6, 5))
    assert d.error_text("breaks").startswith(f"The break {first} – {last} is outside the")
    assert "\n" not in d.error_text("breaks")  # said once, not once per day
    assert d.breaks.currentRow() == row
    assert len(services.calendar.get("2025-2026").breaks) == 4


def test_breaks_are_added_removed_and_marked_for_grade_1(services, qtbot):
    d = open_dialog(services, qtbot)
    d.breaks.selectRow(0)
    d.remove_break_button.click()
    row = d.add_break()
    d.breaks.cellWidget(row, 0).setDate(QDate(2026, 4, 20))
    d.breaks.cellWidget(row, 1).setDate(QDate(2026, 4, 24))
    d.breaks.item(row, 2).setCheckState(Qt.CheckState.Checked)
    assert d.save()
    breaks = services.calendar.get("2025-2026").breaks
    assert (date(2025, 10, 27), date(2025, 11, 2), False) not in breaks
    assert (date(2026, 4, 20), date(2026, 4, 24), True) in breaks and len(breaks) == 4


def test_add_next_year_proposes_dates_to_check_and_saves_them(services, qtbot):
    d = open_dialog(services, qtbot)
    d.add_button.click()
    assert d.name.text() == "2027-2028"
    assert d.proposal_note.isVisibleTo(d)
    text = d.proposal_note.text()
    assert "ministry's order for 2027-2028" in text
    # Quarter 3 of 2026-2027 began on 8 January; 8 January 2028 is a Saturday.
    assert ("Quarter 3 would begin on 08/01/2028, a Saturday: moved to 10/01/2028."
            in text), text
    assert d.terms[2][0].date() == QDate(2028, 1, 10)
    assert d.terms[0][0].date() == QDate(2027, 9, 1)  # a Wednesday, a working day
    assert d.save()
    year = services.calendar.get("2027-2028")
    assert year.confirmed and len(year.breaks) == 4
    assert [d.year_list.item(i).text() for i in range(d.year_list.count())] == \
        ["2027-2028", "2026-2027", "2025-2026"]
    assert not d.proposal_note.isVisibleTo(d)


def test_a_proposed_year_with_a_taken_name_is_refused_beside_the_name(services, qtbot):
    d = open_dialog(services, qtbot)
    d.add_button.click()
    d.name.setText("2025-2026")
    assert not d.save()
    assert d.error_text("name") == "This school year is already in the calendar."
    assert [y.name for y in services.calendar.years()] == ["2026-2027", "2025-2026"]


def test_counsellor_sees_the_calendar_read_only(services, qtbot):
    services.ctx.role = "counsellor"
    d = open_dialog(services, qtbot)
    assert d.terms[0][0].date() == QDate(2025, 9, 2)
    assert not d.save_button.isEnabled() and not d.add_button.isEnabled()
    assert not d.terms[0][0].isEnabled()
    assert d.banner.text() == "Only the psychologist can change the school calendar."


# --- Import file…: a district office's calendar file -------------------------------------------

CALENDAR_FILE = GOOD + "day_off;2028-03-06;Әкімдік шешімі\n"


def _choose_file(monkeypatch, path, answer):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    shown = {"warnings": [], "preview": []}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: shown["warnings"].append(text))

    def exec_(box):
        shown["preview"].append(box.informativeText())
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_import_file_previews_then_imports_the_year_and_its_day_off(services, qtbot,
                                                                     monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "district.csv"
    path.write_text(CALENDAR_FILE, encoding="utf-8-sig")  # as Excel saves "CSV UTF-8"
    shown = _choose_file(monkeypatch, path, QMessageBox.StandardButton.Yes)
    d = open_dialog(services, qtbot, None)
    assert d.import_file() == ["2027-2028"]
    assert shown["preview"] == [
        "2027-2028: new; lessons 01/09/2027 – 25/05/2028\nHoliday corrections: 1"]
    assert d.year_list.currentItem().text() == "2027-2028"
    assert services.calendar.get("2027-2028").confirmed  # the office's file confirms it
    assert not services.holidays.is_working_day(date(2028, 3, 6))
    assert "2027-2028" in d.status.text()


def test_import_file_cancelled_at_the_preview_imports_nothing(services, qtbot, monkeypatch,
                                                               tmp_path):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "district.csv"
    path.write_text(CALENDAR_FILE, encoding="utf-8")
    _choose_file(monkeypatch, path, QMessageBox.StandardButton.Cancel)
    before = services.calendar.years()
    assert open_dialog(services, qtbot, None).import_file() == []
    assert services.calendar.years() == before


def test_a_bad_calendar_file_names_its_lines_and_imports_nothing(services, qtbot, monkeypatch,
                                                                 tmp_path):
    from PySide6.QtWidgets import QMessageBox

    bad = CALENDAR_FILE.replace("quarter;2;2027-11-01", "quarter;2;2027-10-20")  # overlaps Q1
    path = tmp_path / "district.csv"
    path.write_text(bad, encoding="utf-8")
    shown = _choose_file(monkeypatch, path, QMessageBox.StandardButton.Yes)
    before = services.calendar.years()
    assert open_dialog(services, qtbot, None).import_file() == []
    [text] = shown["warnings"]
    assert text.startswith("Nothing was imported:\nLine 5: ")
    assert services.calendar.years() == before and services.holidays.corrections() == []


def test_a_file_that_is_not_utf8_is_named_as_such(services, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "district.csv"
    path.write_bytes(CALENDAR_FILE.encode("utf-16"))
    shown = _choose_file(monkeypatch, path, QMessageBox.StandardButton.Yes)
    assert open_dialog(services, qtbot, None).import_file() == []
    assert shown["warnings"] == [
        "The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again."]
