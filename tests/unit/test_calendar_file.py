"""The school calendar file: parsed with every problem named by its line, written back the
same, imported all or nothing (confirming its years), and `senim calendar show / import /
export` through the real services."""

from datetime import date
from pathlib import Path

import pytest

from desktop import cli
from desktop.models.holidays import DAY_OFF, WORKING
from desktop.services.calendar_file import (
    HEADER, CalendarFileError, parse, preview, serialise,
)
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in
from calendar_files import GOOD

EXAMPLE = Path(__file__).parents[2] / "resources" / "calendar" / "2026-2027.csv"



def codes_and_lines(text: str) -> list[tuple[int, str]]:
    with pytest.raises(CalendarFileError) as exc:
        parse(text)
    return [(e.line, e.code) for e in exc.value.errors]


def test_the_example_file_reads_as_the_seeded_guess(services):
    parsed = parse(EXAMPLE.read_text(encoding="utf-8"))
    (year,) = parsed.years
    seeded = services.calendar.get("2026-2027")
    assert not year.data.confirmed  # the example says confirmed;no
    assert (year.data.starts_on, year.data.ends_on) == (seeded.starts_on, seeded.ends_on)
    assert tuple(year.data.terms) == seeded.terms
    assert sorted(year.data.breaks) == sorted(seeded.breaks)
    assert [c.status for c in preview(parsed, services.calendar.years())] == ["same"]


def test_serialise_and_parse_round_trip(services):
    years = services.calendar.years()
    text = serialise(years)
    assert text.startswith(HEADER + "\n") and "confirmed;no" in text
    parsed = parse(text)
    assert {y.data.name: (y.data.terms, sorted(y.data.breaks), y.data.confirmed)
            for y in parsed.years} == {
        y.name: (list(y.terms), sorted(y.breaks), y.confirmed) for y in years}


def test_excel_style_cells_dotted_dates_and_comments_are_read():
    text = ("\ufeff# Senim school calendar 1;;;\n# a comment\n\nyear;2027-2028;;;\n"
            "lessons;01.09.2027;25.05.2028;;\n" + "\n".join(GOOD.splitlines()[3:]) + "\n"
            "day_off,2027-12-31,New Year's Eve, by the akimat\n"
            "working_day;2028-01-08;Working Saturday\n")
    parsed = parse(text)
    assert parsed.years[0].data.starts_on == date(2027, 9, 1)
    assert [(c.day, c.kind, c.name) for c in parsed.corrections] == [
        (date(2027, 12, 31), DAY_OFF, "New Year's Eve, by the akimat"),
        (date(2028, 1, 8), WORKING, "Working Saturday")]
    assert parsed.years[0].data.confirmed  # a file confirms its years


@pytest.mark.parametrize("text, expected", [
    ("year;2027-2028\n", [(1, "calendar_file.format")]),
    ("# Senim school calendar 7\n" + GOOD, [(1, "calendar_file.version")]),
    ("", [(1, "calendar_file.format")]),
    # Overlapping quarters: quarter 2 begins before quarter 1 ends (line 5).
    (GOOD.replace("quarter;1;2027-09-01;2027-10-24", "quarter;1;2027-09-01;2027-11-05"),
     [(5, "term.not_after_previous")]),
    # A quarter outside its year (line 7): lessons end on 25 May.
    (GOOD.replace("quarter;4;2028-03-27;2028-05-25", "quarter;4;2028-03-27;2028-06-25"),
     [(7, "calendar.outside_year")]),
    # A holiday on an impossible date, and on one outside the file's years.
    (GOOD + "day_off;2028-02-30;Leap?\n", [(10, "calendar_file.date")]),
    (GOOD + "day_off;2031-01-01;Far\n", [(10, "calendar_file.day_outside")]),
    (GOOD + "holiday;2028-01-01\n", [(10, "calendar_file.unknown_kind")]),
    (GOOD.replace("quarter;2;", "quarter;5;"),
     [(2, "year.four_terms"), (5, "calendar_file.quarter_number")]),
    (GOOD.replace("quarter;3;2028-01-10;2028-03-17\n", ""), [(2, "year.four_terms")]),
    (GOOD.replace("break;2028-02-07;2028-02-13;grade1", "break;2028-02-07;2028-02-13;first"),
     [(9, "calendar_file.flag")]),
    (GOOD.replace("year;2027-2028", "year;2027/2028"), [(2, "year.name_format")]),
    ("# Senim school calendar 1\nlessons;2027-09-01;2028-05-25\n",
     [(2, "calendar_file.no_year")]),
])
def test_bad_input_names_its_line(text, expected):
    assert codes_and_lines(text) == expected


def test_a_year_clashing_with_the_journal_names_its_line_and_imports_nothing(services):
    from desktop.models.school_calendar import YearInput

    services.calendar.create(YearInput(
        "2029-2030", date(2029, 8, 1), date(2030, 5, 25),
        [(date(2029, 8, 1), date(2029, 10, 25)), (date(2029, 11, 4), date(2029, 12, 27)),
         (date(2030, 1, 8), date(2030, 3, 19)), (date(2030, 3, 29), date(2030, 5, 25))]))
    before = services.calendar.years()
    second = ("year;2028-2029\nlessons;2028-09-01;2029-08-20\n"
              "quarter;1;2028-09-01;2028-10-25\nquarter;2;2028-11-02;2028-12-27\n"
              "quarter;3;2029-01-08;2029-03-19\nquarter;4;2029-03-29;2029-08-20\n")
    parsed = parse(GOOD + second)  # each year is right in itself
    with pytest.raises(CalendarFileError) as exc:
        services.calendar.import_file(parsed)
    # 2027-2028 was fine and written first; 2028-2029 overlaps 2029-2030: nothing is kept.
    assert [(e.line, e.code) for e in exc.value.errors] == [(11, "year.overlaps")]
    assert services.calendar.years() == before


def test_importing_adds_replaces_and_confirms(services):
    text = serialise([services.calendar.get("2026-2027")]).replace("confirmed;no\n", "")
    text = text.replace("quarter;3;2027-01-08", "quarter;3;2027-01-11") + GOOD.split("\n", 1)[1]
    parsed = parse(text)
    assert [c.status for c in preview(parsed, services.calendar.years())] == ["replaced", "new"]
    saved = services.calendar.import_file(parsed)
    assert [y.name for y in saved] == ["2026-2027", "2027-2028"]
    assert all(y.confirmed for y in saved)
    assert services.calendar.get("2026-2027").term(3)[0] == date(2027, 1, 11)


def test_holiday_corrections_are_stored_with_the_years(services):
    """A district office's file moves a day off and names a working Saturday: both count
    in the clocks once imported, in the same transaction as the year."""
    text = GOOD + "day_off;2028-03-06;Akimat's day off\nworking_day;2028-03-04;Working Saturday\n"
    services.calendar.import_file(parse(text))
    assert [(c.day, c.kind) for c in services.holidays.corrections()] == [
        (date(2028, 3, 4), WORKING), (date(2028, 3, 6), DAY_OFF)]
    calendar = services.holidays.calendar([2028])
    assert calendar.is_working_day(date(2028, 3, 4)) and not calendar.is_working_day(
        date(2028, 3, 6))


def test_a_correction_that_changes_nothing_names_its_line_and_imports_nothing(services):
    before = services.calendar.years()
    text = GOOD + "day_off;2028-01-01;New Year\n"  # the law has it off already
    with pytest.raises(CalendarFileError) as exc:
        services.calendar.import_file(parse(text))
    assert [(e.line, e.code) for e in exc.value.errors] == [(10, "holidays.already_off")]
    assert services.calendar.years() == before and services.holidays.corrections() == []


# --- the command line -------------------------------------------------------------------------

@pytest.fixture
def journal(tmp_path, monkeypatch):
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "0", "--records", "0"]) == 0
    return tmp_path


def calendar(data_dir, *argv) -> int:
    return cli.main(["--data-dir", str(data_dir), "--lang", "en", "calendar", *argv])


def test_cli_show_prints_quarters_breaks_holidays_and_the_mark(journal, capsys):
    assert calendar(journal, "show", "--year", "2026-2027") == 0
    out = capsys.readouterr().out
    assert "School year 2026-2027" in out and "Not confirmed" in out
    assert "Quarter 3: 08/01/2027 – 19/03/2027" in out
    assert "08/02/2027 – 14/02/2027  (grade 1 only)" in out
    assert "07/01/2027  Orthodox Christmas" in out and "15/03/2027  Constitution Day" in out
    assert calendar(journal, "show", "--year", "2031-2032") == 2
    assert "no school year 2031-2032" in capsys.readouterr().err


def test_cli_export_import_round_trip(journal, capsys, tmp_path, monkeypatch):
    out = tmp_path / "calendar.csv"
    assert calendar(journal, "export", "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith(HEADER) and "year;2025-2026" in text and "year;2026-2027" in text
    out.write_text(text.replace("confirmed;no\n", "").replace(
        "quarter;3;2027-01-08", "quarter;3;2027-01-11"), encoding="utf-8")
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert calendar(journal, "import", str(out)) == 0  # no terminal, no --yes: preview only
    shown = capsys.readouterr().out
    assert "2026-2027: replaces the dates in the journal" in shown
    assert "2025-2026: the same as in the journal" in shown and "Preview only" in shown
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    try:
        assert not services.calendar.get("2026-2027").confirmed
    finally:
        services.db.dispose()
    assert calendar(journal, "import", str(out), "--yes") == 0
    assert "Imported 2 school years" in capsys.readouterr().out
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    try:
        year = services.calendar.get("2026-2027")
        assert year.confirmed and year.term(3)[0] == date(2027, 1, 11)
    finally:
        services.db.dispose()


def test_cli_a_bad_file_names_its_line_and_imports_nothing(journal, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD.replace("quarter;4;2028-03-27;2028-05-25",
                                "quarter;4;2028-03-27;2028-06-25"), encoding="utf-8")
    assert calendar(journal, "import", str(bad), "--yes") == 2
    err = capsys.readouterr().err
    assert "Line 7: Give a date within the school year: 01/09/2027 to 25/05/2028." in err
    assert "Nothing was imported." in err
    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    try:
        assert [y.name for y in services.calendar.years()] == ["2026-2027", "2025-2026"]
    finally:
        services.db.dispose()
