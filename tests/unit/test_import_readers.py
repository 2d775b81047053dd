"""Reading pupil lists from real files: workbooks and CSV in the encodings and shapes schools'
files really come in, and files that are no list at all (a plain message, never a traceback)."""

import random
import zipfile
from datetime import date

import pytest
from import_files import (
    HEADER_RU, KAZAKH, RUSSIAN, give_formula_values, iin_for, many_rows, rows_ru, write_csv,
    write_xlsx,
)

from desktop.importing import readers
from desktop.importing.headers import check_mapping, guess
from desktop.importing.problems import FileProblem, describe
from desktop.importing.readers import NO_VALUE, read_table
from desktop.importing.rows import build_rows

TODAY = date(2026, 11, 20)


def names(table) -> list[str]:
    mapping = guess(table.header, table.rows, table.merged)
    return [r.full_name for r in build_rows(table, mapping, TODAY)]


def problem(path) -> str:
    with pytest.raises(FileProblem) as caught:
        read_table(path)
    # Every code has an English text (the command line prints it).
    assert describe(caught.value.code, caught.value.params) != caught.value.code
    return caught.value.code


# --- workbooks -----------------------------------------------------------------------------------


def test_a_workbook_with_kazakh_names_dates_and_iins(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER_RU] + rows_ru(KAZAKH))
    table = read_table(path)
    assert table.kind == "xlsx" and table.sheet == "Лист1"
    assert table.header == HEADER_RU
    mapping = guess(table.header, table.rows)
    rows = build_rows(table, mapping, TODAY)
    assert [r.full_name for r in rows] == [
        "Нұрланова Әсем Серікқызы", "Қасымов Ерасыл Болатұлы", "Өтепова Ұлжан",
        "Жұмабаев Нұрсұлтан Қайратұлы", "Һашимова Інжу Үмбетқызы"]
    assert rows[0].birth_date == date(2013, 5, 4) and rows[0].class_name == "7Ә"
    assert rows[0].iin == iin_for(date(2013, 5, 4), "female", 1)
    assert [r.line for r in rows] == [2, 3, 4, 5, 6]  # as Excel numbers the rows


def test_an_iin_kept_as_a_number_gets_its_leading_zero_back(tmp_path):
    born = date(2008, 3, 1)  # 18 years old: the IIN starts with 0
    iin = iin_for(born, "male")
    path = write_xlsx(tmp_path / "n.xlsx", [["Фамилия", "Имя", "ИИН", "Класс"],
                                           ["Сейітов", "Ақжол", int(iin), "11А"]])
    [row] = build_rows(read_table(path), {"surname": 0, "given_name": 1, "iin": 2,
                                          "class_name": 3}, TODAY)
    assert row.iin == iin and row.birth_date == born and row.sex == "male"


def test_title_rows_blank_lines_and_a_merged_two_row_header(tmp_path):
    rows = [
        ["Список учащихся 7 «Ә» класса на 2026-2027 учебный год"],
        [],
        ["№", "ФИО", None, None, "ИИН/ЖСН", "Дата рождения", "Класс/Сынып"],
        [None, "Фамилия", "Имя", "Отчество", None, None, None],
        [1, "Нұрланова", "Әсем", "Серікқызы", iin_for(date(2013, 5, 4), "female"),
         date(2013, 5, 4), "7Ә"],
        [],
        [None, None, None, None, None, None, None],
        [2, "Қасымов", "Ерасыл", "Болатұлы", iin_for(date(2012, 3, 15), "male"),
         date(2012, 3, 15), "7Ә"],
        [],
        [3],  # a numbered line nobody filled in
    ]
    path = write_xlsx(tmp_path / "merged.xlsx", rows,
                      merge=["A1:G1", "B3:D3", "A3:A4", "E3:E4", "F3:F4", "G3:G4"])
    table = read_table(path)
    assert table.header_line == 3
    assert table.header == ["№", "Фамилия", "Имя", "Отчество", "ИИН/ЖСН", "Дата рождения",
                            "Класс/Сынып"]
    assert guess(table.header, table.rows) == {
        "surname": 1, "given_name": 2, "patronymic": 3, "iin": 4, "birth_date": 5,
        "class_name": 6}
    rows_read = build_rows(table, guess(table.header, table.rows), TODAY)
    assert [(r.line, r.full_name) for r in rows_read] == [
        (5, "Нұрланова Әсем Серікқызы"), (8, "Қасымов Ерасыл Болатұлы")]


def test_a_merged_full_name_header_over_three_columns_of_parts(tmp_path):
    rows = [["ФИО", None, None, "Класс"],
            ["Нұрланова", "Әсем", "Серікқызы", "7Ә"],
            ["Қасымов", "Ерасыл", "Болатұлы", "7Ә"]]
    table = read_table(write_xlsx(tmp_path / "fio.xlsx", rows, merge=["A1:C1"]))
    assert table.merged == ((0, 2),)
    mapping = guess(table.header, table.rows, table.merged)
    assert mapping == {"surname": 0, "given_name": 1, "patronymic": 2, "class_name": 3}
    assert names(table) == ["Нұрланова Әсем Серікқызы", "Қасымов Ерасыл Болатұлы"]


def test_formulas_give_their_computed_value_or_a_row_problem(tmp_path):
    rows = [["Фамилия", "Имя", "Отчество", "Класс"],
            ["Нұрланова", "Әсем", '=IF(1=1,"","x")', '="7"&"Ә"'],
            ["Қасымов", "Ерасыл", "Болатұлы", '="8"&"Б"']]
    path = write_xlsx(tmp_path / "f.xlsx", rows)
    # As Excel saved it: C2 computed empty text, D2 "7Ә"; D3 was never computed.
    give_formula_values(path, {"C2": "", "D2": "7Ә"})
    table = read_table(path)
    assert table.rows[0][1][2:] == (None, "7Ә")
    assert table.rows[1][1][3] is NO_VALUE
    first, second = build_rows(table, {"surname": 0, "given_name": 1, "patronymic": 2,
                                       "class_name": 3}, TODAY)
    assert (first.patronymic, first.class_name, first.problems) == ("", "7Ә", [])
    assert [p.code for p in second.problems] == ["formula.no_value"]
    assert second.problems[0].params == {"column": "D: Класс"}


def test_the_sheet_with_the_list_is_found_and_another_can_be_chosen(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", [["Инструкция: заполните лист «7Ә»"]],
                      sheet="Оқу", extra_sheets={"7Ә": [HEADER_RU] + rows_ru(KAZAKH[:2]),
                                                 "8Б": [HEADER_RU] + rows_ru(KAZAKH[2:])})
    table = read_table(path)
    assert table.sheet == "7Ә" and table.sheets == ("Оқу", "7Ә", "8Б")
    assert len(read_table(path, sheet="8Б").rows) == 3
    with pytest.raises(FileProblem) as caught:
        read_table(path, sheet="9В")
    assert caught.value.code == "file.no_sheet"


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [HEADER_RU] + rows_ru(KAZAKH))
    renamed = path.rename(tmp_path / "list.csv")
    assert read_table(renamed).kind == "xlsx"


# --- CSV -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding, delimiter", [
    ("utf-8", ";"), ("utf-8-sig", ";"), ("utf-8", ","), ("utf-8-sig", ","), ("utf-8", "\t")])
def test_csv_in_utf8_with_or_without_bom_and_any_delimiter(tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "list.csv", [HEADER_RU] + rows_ru(KAZAKH, date_text=True),
                     encoding=encoding, delimiter=delimiter)
    table = read_table(path)
    assert table.header[1] == "Фамилия"  # no BOM glued to the first header
    assert table.delimiter == delimiter
    assert names(table)[0] == "Нұрланова Әсем Серікқызы"
    assert build_rows(table, guess(table.header, table.rows), TODAY)[3].birth_date == date(2010, 1, 20)


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_in_windows_1251(tmp_path, delimiter):
    path = write_csv(tmp_path / "list.csv", [HEADER_RU] + rows_ru(RUSSIAN, date_text=True),
                     encoding="cp1251", delimiter=delimiter)
    assert "Ё".encode("cp1251") in path.read_bytes()  # really written in Windows-1251
    table = read_table(path)
    assert table.encoding == "cp1251"
    assert names(table) == ["Иванова Мария Сергеевна", "Смирнов Артём Андреевич",
                            "Ёлкина Дарья Игоревна"]


def test_a_file_with_lines_in_two_encodings_reads_each_line_right(tmp_path):
    cp1251 = write_csv(tmp_path / "a.csv", [HEADER_RU] + rows_ru(RUSSIAN, date_text=True),
                       encoding="cp1251").read_bytes()
    utf8_line = write_csv(tmp_path / "b.csv", rows_ru(KAZAKH[:1], date_text=True),
                          encoding="utf-8").read_bytes()
    path = tmp_path / "mixed.csv"
    path.write_bytes(cp1251 + utf8_line)
    table = read_table(path)
    assert table.encoding == "mixed" and table.notes == ("note.mixed_encoding",)
    assert names(table) == ["Иванова Мария Сергеевна", "Смирнов Артём Андреевич",
                            "Ёлкина Дарья Игоревна", "Нұрланова Әсем Серікқызы"]


def test_kazakh_letters_lost_to_windows_1251_are_a_row_problem(tmp_path):
    path = tmp_path / "lost.csv"
    # As Excel saves "CSV" on a Russian Windows: letters cp1251 lacks become "?".
    path.write_bytes("Фамилия;Имя;Класс\r\nНұрланова;Әсем;7Ә\r\n".encode("cp1251", "replace"))
    table = read_table(path)
    assert "note.cp1251" in table.notes
    from desktop.importing.rows import record_problems
    from desktop.models.pupil import PupilInput

    [row] = build_rows(table, guess(table.header, table.rows), TODAY)
    data = PupilInput(surname=row.surname, given_name=row.given_name, sex="female",
                      birth_date=date(2013, 5, 4), class_name="7А", study_language="kk")
    assert [p.code for p in record_problems(data, TODAY)] == [
        "name.lost_letters", "name.lost_letters"]


def test_stray_blank_lines_and_spaces_are_skipped(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text("\n\n;;\nФамилия;Имя;Класс\n\n  Нұрланова ; Әсем ;7Ә\n;;\n\n"
                    "Қасымов;Ерасыл;8Б\n\n", encoding="utf-8")
    table = read_table(path)
    assert [line for line, _cells in table.rows] == [6, 9]
    assert names(table) == ["Нұрланова Әсем", "Қасымов Ерасыл"]


def test_a_row_of_column_numbers_under_the_header_is_skipped(tmp_path):
    path = write_csv(tmp_path / "n.csv", [["Фамилия", "Имя", "Класс"], [1, 2, 3],
                                          ["Нұрланова", "Әсем", "7Ә"]])
    assert names(read_table(path)) == ["Нұрланова Әсем"]


def test_a_list_without_a_header_row_is_read_with_column_letters(tmp_path):
    path = write_csv(tmp_path / "bare.csv", [["Нұрланова", "Әсем", "7Ә"],
                                             ["Қасымов", "Ерасыл", "8Б"]])
    table = read_table(path)
    assert table.header_line == 0 and len(table.rows) == 2
    assert table.column_label(0) == "A"
    assert check_mapping(guess(table.header, table.rows), ["A", "B", "C"])[0] == "file.no_surname"


# --- not a list ---------------------------------------------------------------------------------


def test_a_picture_named_xlsx(tmp_path):
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
           b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05"
           b"\x00\x00\x00\x00IEND\xaeB`\x82")
    path = tmp_path / "pupils.xlsx"
    path.write_bytes(png)
    assert problem(path) == "file.not_spreadsheet"


def test_random_bytes_named_xlsx(tmp_path):
    path = tmp_path / "pupils.xlsx"
    path.write_bytes(random.Random(4).randbytes(5000))
    assert problem(path) == "file.not_spreadsheet"


def test_random_bytes_without_a_single_zero_byte(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "pupils.csv"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(5000)))
    assert problem(path) == "file.not_spreadsheet"


def test_a_zip_that_is_no_workbook_and_a_damaged_workbook(tmp_path):
    path = tmp_path / "docs.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert problem(path) == "file.not_spreadsheet"
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER_RU] + rows_ru(KAZAKH))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:1500])
    assert problem(broken) in ("file.damaged", "file.not_spreadsheet")
    with zipfile.ZipFile(tmp_path / "nosheet.xlsx", "w") as z:
        z.writestr("xl/workbook.xml", "<workbook>not really</workbook>")
    assert problem(tmp_path / "nosheet.xlsx") == "file.damaged"


def test_old_excel_opendocument_and_a_web_page(tmp_path):
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert problem(xls) == "file.xls"
    ods = tmp_path / "list.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    assert problem(ods) == "file.ods"
    html = tmp_path / "export.xls"
    html.write_text("<html><body><table><tr><td>Фамилия</td></tr></table></body></html>",
                    encoding="utf-8")
    assert problem(html) == "file.html"


def test_empty_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert problem(empty) == "file.empty"
    blank = tmp_path / "blank.csv"
    blank.write_text("\r\n \r\n;;;\r\n", encoding="utf-8")
    assert problem(blank) == "file.empty"
    from openpyxl import Workbook

    Workbook().save(tmp_path / "empty.xlsx")
    assert problem(tmp_path / "empty.xlsx") == "file.empty"
    header_only = write_xlsx(tmp_path / "header.xlsx", [HEADER_RU, [], []])
    assert problem(header_only) == "file.no_rows"


def test_a_file_that_is_not_there(tmp_path):
    assert problem(tmp_path / "nowhere.xlsx") == "file.missing"


def test_no_surname_column_is_said_with_the_columns_found(tmp_path):
    path = write_csv(tmp_path / "nosurname.csv", [["№", "Имя", "Класс"], [1, "Әсем", "7Ә"]])
    table = read_table(path)
    labels = [table.column_label(c) for c in range(table.width)]
    code, params = check_mapping(guess(table.header, table.rows), labels)
    assert code == "file.no_surname"
    assert describe(code, params) == ("No column with surnames or full names was found. "
                                      "Columns in the file: A: №, B: Имя, C: Класс.")


def test_ten_thousand_rows_are_read_whole(tmp_path):
    path = write_xlsx(tmp_path / "big.xlsx", [HEADER_RU] + many_rows(10_000))
    table = read_table(path)
    assert len(table.rows) == 10_000 and table.rows[-1][0] == 10_001
    rows = build_rows(table, guess(table.header, table.rows), TODAY)
    assert len(rows) == 10_000 and not any(r.problems for r in rows)


def test_more_rows_than_any_school_has_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ROWS", 50)
    path = write_csv(tmp_path / "huge.csv", [HEADER_RU] + many_rows(60), delimiter=",")
    assert problem(path) == "file.too_many_rows"


def test_a_file_too_large_to_be_a_list_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_MB", 0)
    path = write_csv(tmp_path / "list.csv", [HEADER_RU] + rows_ru(KAZAKH))
    assert problem(path) == "file.too_large"


def test_excel_errors_in_cells_are_no_values(tmp_path):
    path = write_csv(tmp_path / "err.csv", [["Фамилия", "Имя", "Класс"],
                                            ["Нұрланова", "Әсем", "#REF!"]])
    [(_line, cells)] = read_table(path).rows
    assert cells[2] is NO_VALUE


def test_dates_written_every_way_schools_write_them(tmp_path):
    path = write_csv(tmp_path / "dates.csv", [
        ["Фамилия", "Имя", "Дата рождения"],
        ["Нұрланова", "Әсем", "04.05.2013"], ["Қасымов", "Ерасыл", "2012-03-15"],
        ["Өтепова", "Ұлжан", "2.11.14"], ["Жұмабаев", "Нұрсұлтан", "20/01/2010 0:00:00"],
        ["Һашимова", "Інжу", "30.09.2015 г."]])
    rows = build_rows(read_table(path), {"surname": 0, "given_name": 1, "birth_date": 2}, TODAY)
    assert [r.birth_date for r in rows] == [
        date(2013, 5, 4), date(2012, 3, 15), date(2014, 11, 2), date(2010, 1, 20),
        date(2015, 9, 30)]


# --- bounds (issue 14) ----------------------------------------------------------------------------


def test_a_workbook_that_unpacks_to_hundreds_of_mb_is_refused_before_reading(tmp_path,
                                                                              monkeypatch):
    import zipfile

    from desktop.importing import readers

    path = write_xlsx(tmp_path / "bomb.xlsx", [["Фамилия", "Имя"], ["Серіков", "Арман"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("xl/media/padding.bin", "w", force_zip64=True) as f:
            chunk = bytes(2**20)
            for _ in range(readers.MAX_UNPACKED_MB + 10):
                f.write(chunk)
    assert path.stat().st_size < 2 * 2**20  # small on disk
    opened = []
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: opened.append(1))
    with pytest.raises(FileProblem) as problem:
        read_table(path)
    assert problem.value.code == "file.unpacked_too_large"
    assert problem.value.params == {"max": readers.MAX_UNPACKED_MB}
    assert opened == []


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_cell_of_200000_characters_is_a_problem_of_its_row(tmp_path, kind):
    rows = [["Фамилия", "Имя", "Класс"], ["Әлібеков", "Ә" * 200_000, "7А"],
            ["Серіков", "Арман", "7А"]]
    path = (write_csv if kind == "csv" else write_xlsx)(tmp_path / f"long.{kind}", rows)
    table = read_table(path)
    assert table.rows[0][1][1] is readers.TOO_LONG
    first, second = build_rows(table, guess(table.header, table.rows), TODAY)
    assert [p.code for p in first.problems] == ["cell.too_long"]
    assert first.problems[0].params == {"column": table.column_label(1),
                                        "max": readers.MAX_CELL_CHARS}
    text = describe(first.problems[0].code, first.problems[0].params)
    assert "longer than 10000 characters" in text and table.column_label(1) in text
    assert second.problems == [] and second.given_name == "Арман"
