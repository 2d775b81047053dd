"""The term summary as .xlsx and .csv (desktop/documents/term_tables.py): numbers as numbers,
marks as «<5» / «×» text, in the language asked, with UTF-8 BOM for Excel."""

import csv

import openpyxl
from summary_factories import suppressed_summary

from desktop.documents.term_tables import write_term_csv, write_term_xlsx
from desktop.models.school import SchoolInput

SCHOOL = SchoolInput(name_kk="№ 47 жалпы білім беретін мектеп",
                     name_ru="Общеобразовательная школа № 47", director="Сәрсенбаева Г. Қ.")
HEAD = ["Таблица", "Показатель", "Эта четверть", "Предыдущая четверть",
        "Та же четверть прошлого года"]


def test_csv_has_one_line_per_row_with_marks_and_a_bom(tmp_path):
    path = tmp_path / "summary.csv"
    write_term_csv(suppressed_summary(), path, "ru", SCHOOL)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    start = rows.index(HEAD)
    by_label = {(r[0], r[1]): r[2:] for r in rows[start + 1:] if len(r) == 5}
    kind = "Консультации и занятия по видам"
    assert by_label[(kind, "Индивидуальная консультация")] == ["<5", "12", "9"]
    assert by_label[(kind, "Групповое занятие")] == ["×", "7", "6"]
    assert by_label[(kind, "Всего")] == ["11", "19", "15"]
    assert by_label[("Основные показатели", "Отправлено направлений")] == ["108", "208", "308"]


def test_csv_says_whose_and_which_report_it_is_and_ends_with_the_footnote(tmp_path):
    path = tmp_path / "summary.csv"
    write_term_csv(suppressed_summary(), path, "ru", SCHOOL)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    about = [r[0] for r in rows[:rows.index(HEAD)] if r]
    assert about[0] == "Общеобразовательная школа № 47"
    assert "Период: 03.11.2025 – 28.12.2025." in about
    assert rows[-1][0].startswith("«<5» — от 1 до 4") and "округлены" in rows[-1][0]


def test_csv_in_kazakh(tmp_path):
    path = tmp_path / "summary.csv"
    write_term_csv(suppressed_summary(), path, "kk")
    text = path.read_text(encoding="utf-8-sig")
    assert "Кеңестер мен сабақтар түрлері бойынша,Жеке кеңес,<5,12,9" in text


def test_xlsx_puts_numbers_and_marks_in_their_cells_with_bold_heads(tmp_path):
    path = tmp_path / "summary.xlsx"
    write_term_xlsx(suppressed_summary(), path, "kk", SCHOOL)
    assert openpyxl.load_workbook(path).active["A1"].value == "№ 47 жалпы білім беретін мектеп"
    write_term_xlsx(suppressed_summary(), path, "ru", SCHOOL)
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "Отчёт"
    assert ws["A1"].value == "Общеобразовательная школа № 47"
    assert ws["A2"].value == "Отчёт о работе педагога-психолога за 2 четверть 2025-2026 " \
                             "учебного года"
    assert ws["A3"].value == "Период: 03.11.2025 – 28.12.2025."
    rows = {r[0].value: r for r in ws.iter_rows() if r[0].value}
    head = rows["Консультации и занятия по видам"]
    assert [c.value for c in head[1:]] == ["Эта четверть", "Предыдущая четверть",
                                          "Та же четверть прошлого года"]
    assert all(c.font.bold for c in head)
    assert [c.value for c in rows["Индивидуальная консультация"][1:]] == ["<5", 12, 9]
    assert [c.value for c in rows["Групповое занятие"][1:]] == ["×", 7, 6]
    footnote = next(v for v in rows if v.startswith("«<5»"))
    assert "«×»" in footnote
    assert ws.column_dimensions["A"].width > 40


def test_xlsx_prints_on_a4_as_wide_as_the_page_with_its_heads_on_every_page(tmp_path):
    path = tmp_path / "summary.xlsx"
    write_term_xlsx(suppressed_summary(), path, "ru", SCHOOL)
    ws = openpyxl.load_workbook(path).active
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 == "9"  # A4
    assert ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_area == f"'Отчёт'!$A$1:$D${ws.max_row}"
    head = int(ws.print_title_rows.split(":")[0].lstrip("$"))
    assert [c.value for c in ws[head]] == ["Показатель", "Эта четверть",
                                            "Предыдущая четверть",
                                            "Та же четверть прошлого года"]
