"""The term summary as .xlsx and .csv (desktop/documents/term_tables.py): numbers as numbers,
marks as «<5» / «×» text, in the language asked, with UTF-8 BOM for Excel."""

import csv

import openpyxl
from summary_factories import suppressed_summary

from desktop.documents.term_tables import write_term_csv, write_term_xlsx


def test_csv_has_one_line_per_row_with_marks_and_a_bom(tmp_path):
    path = tmp_path / "summary.csv"
    write_term_csv(suppressed_summary(), path, "ru")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Таблица", "Показатель", "Эта четверть", "Предыдущая четверть",
                       "Та же четверть прошлого года"]
    by_label = {(r[0], r[1]): r[2:] for r in rows[1:]}
    kind = "Консультации и занятия по видам"
    assert by_label[(kind, "Индивидуальная консультация")] == ["<5", "12", "9"]
    assert by_label[(kind, "Групповое занятие")] == ["×", "7", "6"]
    assert by_label[(kind, "Всего")] == ["11", "19", "15"]
    assert by_label[("Основные показатели", "Отправлено направлений")] == ["108", "208", "308"]


def test_csv_in_kazakh(tmp_path):
    path = tmp_path / "summary.csv"
    write_term_csv(suppressed_summary(), path, "kk")
    text = path.read_text(encoding="utf-8-sig")
    assert "Кеңестер мен сабақтар түрлері бойынша,Жеке кеңес,<5,12,9" in text


def test_xlsx_puts_numbers_and_marks_in_their_cells_with_bold_heads(tmp_path):
    path = tmp_path / "summary.xlsx"
    write_term_xlsx(suppressed_summary(), path, "ru")
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "Отчёт"
    assert ws["A1"].value == "Отчёт о работе педагога-психолога за 2 четверть 2025-2026 " \
                             "учебного года"
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
