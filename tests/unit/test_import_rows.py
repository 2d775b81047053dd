"""Every problem a row of a pupil list can have, as the preview reports it."""

from datetime import date

import pytest
from import_files import iin_for

from desktop.importing.problems import ROW_TEXTS, describe
from desktop.importing.readers import NO_VALUE, Table
from desktop.importing.rows import build_rows
from desktop.models.iin import with_check_digit

TODAY = date(2026, 11, 20)
HEADER = ["Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения", "Класс", "Пол"]
MAPPING = {"surname": 0, "given_name": 1, "patronymic": 2, "iin": 3, "birth_date": 4,
           "class_name": 5, "sex": 6}
BORN = date(2013, 5, 4)
GOOD = ["Нұрланова", "Әсем", "Серікқызы", iin_for(BORN, "female"), BORN, "7Ә", "ж"]


def table(*rows) -> Table:
    return Table(HEADER, [(i + 2, tuple(r)) for i, r in enumerate(rows)], "xlsx", header_line=1)


def plan_row(services, *cells, mapping=MAPPING):
    """The preview's verdict on one row (the service adds the record's rules)."""
    plan = services.pupil_import.plan(table(list(cells)), mapping)
    [row] = plan.rows
    return row


def codes(row) -> list[str]:
    return [p.code for p in row.problems]


def with_(**changes) -> list:
    cells = list(GOOD)
    for name, value in changes.items():
        cells[HEADER.index(name)] = value
    return cells


def test_a_good_row_is_added_with_everything_from_the_file(services):
    row = plan_row(services, *GOOD)
    assert row.action == "add" and row.problems == ()
    assert (row.full_name, row.class_name, row.birth_date) == (
        "Нұрланова Әсем Серікқызы", "7Ә", BORN)


@pytest.mark.parametrize("iin, code", [
    ("12345", "iin.format"), ("13050460001X", "iin.format"),
    (GOOD[3][:11] + str((int(GOOD[3][11]) + 1) % 10), "iin.checksum"),
    ("1305046000", "iin.format"), ("1305046000123", "iin.format"),
    ("1,30504E+11", "iin.rounded"),
])
def test_bad_iins(services, iin, code):
    row = plan_row(services, *with_(ИИН=iin))
    assert row.action == "reject"
    assert code in codes(row)


def warning_codes(row) -> list[str]:
    return [p.code for p in row.warnings]


def test_an_iin_for_another_birth_date_or_sex_is_added_with_a_warning(services):
    # Since Decree No. 853 (2013) the digits need not give the birth date or sex.
    other = iin_for(date(2013, 5, 5), "female")
    row = plan_row(services, *with_(ИИН=other))
    assert row.action == "add" and codes(row) == []
    assert warning_codes(row) == ["iin.birth_date_mismatch"]
    assert row.warnings[0].params == {"birth_date": date(2013, 5, 5)}
    assert row.birth_date == BORN  # the file's date, not the IIN's
    assert describe("iin.birth_date_mismatch", row.warnings[0].params).startswith(
        "The IIN's digits give the birth date 2013-05-05")
    boy = iin_for(BORN, "male")
    row = plan_row(services, *with_(ИИН=boy))
    assert row.action == "add" and warning_codes(row) == ["iin.sex_mismatch"]


def test_iins_whose_digits_give_no_date_or_sex_are_added(services):
    no_date = with_check_digit("13990460001")  # month 99
    no_sex = with_check_digit("13050490001")  # 7th digit 9
    for iin in (no_date, no_sex):
        row = plan_row(services, *with_(ИИН=iin))
        assert (row.action, codes(row), warning_codes(row)) == ("add", [], []), iin
        assert row.values["iin"] == iin
    # with nothing else to take them from, birth date and sex are missing, not made up
    row = plan_row(services, *with_(ИИН=no_date, Отчество=None, Пол=None,
                                    **{"Дата рождения": None}))
    assert sorted(codes(row)) == ["birth_date.missing", "sex.missing"]


def test_a_business_number_is_a_warning(services):
    bin_ = next(i for s in range(100) if (i := with_check_digit(f"130540{s:05d}")))
    row = plan_row(services, *with_(ИИН=bin_))
    assert row.action == "add" and warning_codes(row) == ["iin.bin"]


@pytest.mark.parametrize("shape", ["\ufeff{}", "{}\u200b", " {} ", "\u00a0{}",
                                   "'{}", "\ufeff'{}"])
def test_a_pasted_iin_is_read_as_its_digits(services, shape):
    row = plan_row(services, *with_(ИИН=shape.format(GOOD[3])))
    assert (row.action, codes(row), row.values["iin"]) == ("add", [], GOOD[3])


def test_an_iin_in_digit_groups_is_read(services):
    iin = GOOD[3]
    row = plan_row(services, *with_(ИИН=f"{iin[:6]} {iin[6]} {iin[7:11]} {iin[11]}"))
    assert (row.action, codes(row), row.values["iin"]) == ("add", [], iin)


@pytest.mark.parametrize("class_name", ["13А", "7", "Седьмой", "7АБ", "-"])
def test_unknown_classes(services, class_name):
    row = plan_row(services, *with_(Класс=class_name))
    assert codes(row) == ["class.unknown"]
    assert row.problems[0].params == {"value": class_name}


def test_class_names_are_written_the_journals_way(services):
    assert plan_row(services, *with_(Класс="7 ә")).class_name == "7Ә"
    assert plan_row(services, *with_(Класс="10-б")).class_name == "10Б"


def test_missing_surname_given_name_class(services):
    assert codes(plan_row(services, *with_(Фамилия=None))) == ["surname.missing"]
    assert codes(plan_row(services, *with_(Имя=None))) == ["given_name.missing"]
    assert codes(plan_row(services, *with_(Класс=None))) == ["class.missing"]


def test_birth_date_and_sex_come_from_the_iin_when_the_file_has_none(services):
    row = plan_row(services, *with_(**{"Дата рождения": None, "Пол": None}))
    assert row.action == "add" and row.birth_date == BORN
    assert row.values["sex"] == "female"


def test_without_iin_the_birth_date_is_needed_and_the_sex_may_come_from_the_patronymic(services):
    row = plan_row(services, *with_(ИИН=None, Пол=None))
    assert row.action == "add" and row.values["sex"] == "female"  # Серік-қызы
    row = plan_row(services, *with_(ИИН=None, Пол=None, Отчество=None))
    assert codes(row) == ["sex.missing"]
    row = plan_row(services, *with_(ИИН=None, **{"Дата рождения": None}))
    assert codes(row) == ["birth_date.missing"]


def test_unreadable_values(services):
    row = plan_row(services, *with_(**{"Дата рождения": "31.02.2013"}))
    assert codes(row) == ["birth_date.invalid"]  # not also "no birth date"
    assert codes(plan_row(services, *with_(Пол="?"))) == ["sex.invalid"]
    assert codes(plan_row(services, *with_(Фамилия="Нұрланова2"))) == ["name.invalid"]
    row = plan_row(services, *with_(**{"Дата рождения": date(2000, 1, 1)}))
    assert codes(row) == ["birth_date.age"]
    assert warning_codes(row) == ["iin.birth_date_mismatch"]  # shown with the problem


def test_a_formula_with_no_value_is_a_problem_of_its_row(services):
    row = plan_row(services, *with_(Класс=NO_VALUE))
    assert codes(row) == ["formula.no_value"]
    assert describe(row.problems[0].code, row.problems[0].params).startswith(
        "A formula in the column “F: Класс” has no computed value.")


def test_a_pupil_twice_in_the_file(services):
    twin = iin_for(BORN, "female", 50)
    rows = [GOOD, ["Нұрланова", "Әсем", "", GOOD[3], BORN, "8Б", "ж"],  # same IIN
            ["нұрланова", "ӘСЕМ", "Серікқызы", None, BORN, "7Ә", "ж"],  # same name and date
            ["Нұрланова", "Әлия", "Серікқызы", twin, BORN, "7Ә", "ж"]]  # her twin sister
    plan = services.pupil_import.plan(table(*rows), MAPPING)
    assert [(r.line, r.action, codes(r)) for r in plan.rows] == [
        (2, "add", []), (3, "reject", ["duplicate.row"]), (4, "reject", ["duplicate.row"]),
        (5, "add", [])]
    assert describe("duplicate.row", plan.rows[1].problems[0].params) == (
        "The same pupil as in row 2.")


def test_blank_and_numbering_lines_are_no_rows(services):
    plan = services.pupil_import.plan(table(GOOD, [None] * 7, [None, None, None, None, None,
                                                               "7Ә", None]), MAPPING)
    assert len(plan.rows) == 1


def test_every_row_problem_has_a_text_with_its_values():
    for code, text in ROW_TEXTS.items():
        filled = describe(code, {"value": "X", "fixed": "Х", "max": 60, "min": 4, "row": 2, "column": "B",
                                 "birth_date": BORN})
        assert "{" not in filled, code


def test_rows_read_without_the_database():
    rows = build_rows(table(GOOD, with_(Фамилия=None)), MAPPING, TODAY)
    assert [r.surname for r in rows] == ["Нұрланова", ""]
    assert rows[0].given == {"surname", "given_name", "patronymic", "iin", "birth_date",
                             "class_name", "sex"}
