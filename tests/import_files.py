"""Real pupil lists for the import tests, written to disk the way schools' files come:
workbooks made with openpyxl, CSV text in UTF-8, UTF-8 with BOM or Windows-1251 (Python's
codecs), with commas or semicolons. Every name is invented."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date
from pathlib import Path

from desktop.models.iin import make_iin

# (surname, given name, patronymic, sex, birth date, class)
KAZAKH = [
    ("Нұрланова", "Әсем", "Серікқызы", "female", date(2013, 5, 4), "7Ә"),
    ("Қасымов", "Ерасыл", "Болатұлы", "male", date(2012, 3, 15), "8Б"),
    ("Өтепова", "Ұлжан", "", "female", date(2014, 11, 2), "6Ғ"),
    ("Жұмабаев", "Нұрсұлтан", "Қайратұлы", "male", date(2010, 1, 20), "10Қ"),
    ("Һашимова", "Інжу", "Үмбетқызы", "female", date(2015, 9, 30), "5Ң"),
]
RUSSIAN = [  # Windows-1251 has no Kazakh letters
    ("Иванова", "Мария", "Сергеевна", "female", date(2011, 7, 9), "9А"),
    ("Смирнов", "Артём", "Андреевич", "male", date(2012, 2, 28), "8В"),
    ("Ёлкина", "Дарья", "Игоревна", "female", date(2013, 10, 1), "7Б"),
]
HEADER_RU = ["№", "Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения", "Класс"]


def iin_for(born: date, sex: str, serial: int = 1) -> str:
    for s in range(serial, serial + 200):
        iin = make_iin(born, sex, s)
        if iin is not None:
            return iin
    raise AssertionError("no IIN")  # pragma: no cover


def rows_ru(people, with_iin: bool = True, date_text: bool = False) -> list[list]:
    """Rows under HEADER_RU: number, names, IIN, birth date, class."""
    out = []
    for i, (surname, given, patronymic, sex, born, class_name) in enumerate(people, start=1):
        out.append([i, surname, given, patronymic, iin_for(born, sex, i) if with_iin else "",
                    born.strftime("%d.%m.%Y") if date_text else born, class_name])
    return out


def write_xlsx(path: Path, rows: list[list], *, title: str | None = None, merge: list[str] = (),
               sheet: str = "Лист1", extra_sheets: dict[str, list[list]] | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for area in merge:
        ws.merge_cells(area)
    for name, more in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        for row in more:
            other.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ";") -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v.strftime("%d.%m.%Y") if isinstance(v, date)
                         else v for v in row])
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def give_formula_values(path: Path, values: dict[str, str]) -> None:
    """openpyxl writes formulas without the value Excel would compute and store with them;
    put in {cell: value} as Excel would have saved it."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    for ref, value in values.items():
        xml, n = re.subn(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>',
                         rf'<c r="{ref}" t="str"><f>\2</f><v>{value}</v>', xml)
        assert n == 1, ref
    parts["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def many_rows(n: int, *, start: int = 0) -> list[list]:
    """`n` distinct invented pupils under HEADER_RU, with valid IINs."""
    letters = "АӘБВГҒДЕЖЗИКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЫІЭЮЯ"
    out = []
    for i in range(start, start + n):
        k = len(letters)
        a, b, c = letters[i % k], letters[i // k % k], letters[i // (k * k) % k]
        sex = "male" if i % 2 else "female"
        born = date(2009 + i % 8, 1 + i % 12, 1 + i % 28)
        surname = f"Нұрлан{a.lower()}{b.lower()}{c.lower()}ов" + ("" if sex == "male" else "а")
        out.append([i + 1, surname, "Әлихан" if sex == "male" else "Әсем", "",
                    iin_for(born, sex, i % 9000 + 1), born, f"{1 + i % 11}{'АӘБ'[i % 3]}"])
    return out
