"""Each line of a pupil list as a pupil's values, and what is wrong with it.

Two kinds of problems:
- the file's own (build_rows): a date or sex that cannot be read, a formula with no value,
  an IIN Excel rounded, the same pupil twice in the file;
- the pupil record's (record_check): the rules every pupil in Senim follows
  (desktop/models/rules.check_pupil: names, IIN length and check digit, class, age),
  turned into import problem codes. The service runs them on what would be saved, which for
  a pupil already in the journal is the record with the file's values over it.

An IIN whose digits give another birth date or sex than the row's, or a business number
(BIN), is a warning, not a problem: since Decree No. 853 (2013) the digits need not give
them. The row is imported with its warning shown, and importing it is the acceptance.

Birth date and sex come from the IIN when the file lacks them and its digits give them;
the sex may also come from a patronymic (-ұлы / -ович, -қызы / -овна), but only for a new
pupil.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..models.iin import InvalidIin, normalize_iin, parse_iin
from ..models.pupil import PupilInput
from ..models.rules import check_pupil
from ..models.school_class import normalize_class
from ..models.text import full_name, identity_form, mend_lookalikes
from ..models.validation import clean
from .headers import (
    BIRTH_DATE, CLASS_NAME, FULL_NAME, GIVEN_NAME, IIN, LANGUAGE, PATRONYMIC, PERSON_FIELDS, SEX,
    SURNAME, sex_from_patronymic, split_full_name, words,
)
from .problems import Problem
from .readers import MAX_CELL_CHARS, NO_VALUE, TOO_LONG, Table

_EXCEL_EPOCH = date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{4}|\d{2})$")
_YMD = re.compile(r"^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})$")
_TIME_TAIL = re.compile(r"\s+\d{1,2}:\d{2}(:\d{2})?$")
_ROUNDED = re.compile(r"^\d+([.,]\d+)?[eE]\+?\d+$")

_MALE = {"м", "муж", "мужской", "мужчина", "мальчик", "ер", "ер бала", "ұл", "ұл бала", "m",
         "male", "boy", "е"}
_FEMALE = {"ж", "жен", "женский", "женщина", "девочка", "әйел", "қыз", "қыз бала", "f",
           "female", "girl", "ә"}
_LANGUAGES = (("kk", ("kk", "kz", "каз", "қаз", "kazakh")),
              ("ru", ("ru", "рус", "орыс", "russian")),
              ("en", ("en", "англ", "ағылшын", "english")))


@dataclass
class FileRow:
    """One line of the file, read. `given` names the fields the file (or the IIN) gave a
    value for: only those change a pupil already in the journal. `unreadable` names the
    fields with a problem of the file's own, so the record check does not repeat it."""

    line: int
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    iin: str = ""
    birth_date: date | None = None
    sex: str | None = None
    class_name: str = ""
    study_language: str | None = None
    given: set[str] = field(default_factory=set)
    unreadable: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # not problems: the row is imported

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.given_name, self.patronymic)

    def name_key(self) -> tuple | None:
        """Surname, given name and birth date, compared in any case, ё = е (identity_form:
        Kazakh letters stay distinct, Асем is not Әсем)."""
        if not (self.surname and self.given_name and self.birth_date):
            return None
        return identity_form(self.surname), identity_form(self.given_name), self.birth_date

    def add(self, field_name: str, code: str, **params) -> None:
        self.unreadable.add(field_name)
        self.problems.append(Problem(code, params))


def build_rows(table: Table, mapping: dict[str, int], today: date) -> list[FileRow]:
    """The rows of the table that name someone, read with `mapping` ({field: column});
    numbering and blank lines are left out. Later rows that repeat an earlier pupil get
    "duplicate.row"."""
    col = {f: c for f, c in mapping.items() if c is not None and 0 <= c < table.width}
    use_parts = SURNAME in col
    person = [col[f] for f in PERSON_FIELDS if f in col and (f != FULL_NAME or not use_parts)]
    out: list[FileRow] = []
    for line, cells in table.rows:
        if not any(cells[c] is not None for c in person):
            continue
        row = FileRow(line)
        formulas = [f for f, c in col.items() if cells[c] is NO_VALUE
                    and (f != FULL_NAME or not use_parts)]
        for f in formulas:
            target = (SURNAME, GIVEN_NAME, PATRONYMIC) if f == FULL_NAME else (f,)
            for t in target:
                row.unreadable.add(t)
            row.problems.append(Problem("formula.no_value", {"column": table.column_label(col[f])}))
        too_long = [f for f, c in col.items() if cells[c] is TOO_LONG
                    and (f != FULL_NAME or not use_parts)]
        for f in too_long:
            target = (SURNAME, GIVEN_NAME, PATRONYMIC) if f == FULL_NAME else (f,)
            for t in target:
                row.unreadable.add(t)
            row.problems.append(Problem("cell.too_long", {"column": table.column_label(col[f]),
                                                          "max": MAX_CELL_CHARS}))

        def cell(f):
            c = col.get(f)
            return None if c is None or cells[c] in (NO_VALUE, TOO_LONG) else cells[c]

        if use_parts:
            row.surname, row.given_name = _name(cell(SURNAME)), _name(cell(GIVEN_NAME))
            row.patronymic = _name(cell(PATRONYMIC))
        elif FULL_NAME in col:
            row.surname, row.given_name, row.patronymic = split_full_name(_name(cell(FULL_NAME)))
        for f in (SURNAME, GIVEN_NAME, PATRONYMIC):
            if getattr(row, f):
                row.given.add(f)
                _mend_latin(row, f, mend_lookalikes(getattr(row, f)))
        _read_iin(row, cell(IIN))
        _read_birth_date(row, cell(BIRTH_DATE), today)
        _read_sex(row, cell(SEX))
        row.class_name = _text(cell(CLASS_NAME))
        if row.class_name:
            row.given.add(CLASS_NAME)
            normal = normalize_class(row.class_name)
            if normal and row.class_name.upper().replace(" ", "").replace("-", "") != normal:
                _mend_latin(row, CLASS_NAME, normal)
        _read_language(row, cell(LANGUAGE))
        _from_iin(row)
        out.append(row)
    _mark_duplicates(out)
    return out


def _mend_latin(row: FileRow, field_name: str, mended: str) -> None:
    """Take `mended` (Latin look-alike letters made Cyrillic) for the field, with a note in
    the preview when it differs from what the file has."""
    before = getattr(row, field_name)
    if mended != before:
        setattr(row, field_name, mended)
        row.notes.append(Problem("note.latin_letters", {"value": before, "fixed": mended}))


def _text(value) -> str:
    if value is None or value in (NO_VALUE, TOO_LONG):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (date, datetime)):
        value = value.isoformat()
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def _name(value) -> str:
    return _text(value)


def _read_iin(row: FileRow, value) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, float):
        if not value.is_integer() or value >= 1e12:
            row.add(IIN, "iin.rounded", value=_text(value))
            return
        value = int(value)
    text = str(value) if isinstance(value, int) else _text(value)
    if _ROUNDED.match(text):
        row.add(IIN, "iin.rounded", value=text)
        return
    # A leading apostrophe keeps Excel from reading the IIN as a number; spaces, non-breaking
    # spaces and invisible characters come with numbers pasted from elsewhere.
    digits = normalize_iin(text).lstrip("'’")
    if len(digits) == 11 and digits.isdigit():
        # Excel drops the leading zero of an IIN kept as a number (pupils born 2000-2009).
        padded = "0" + digits
        try:
            parse_iin(padded)
            digits = padded
        except InvalidIin:
            pass
    row.iin = digits
    row.given.add(IIN)


def _read_birth_date(row: FileRow, value, today: date) -> None:
    if value is None:
        return
    born = _date(value, today)
    if born is None:
        row.add(BIRTH_DATE, "birth_date.invalid", value=_text(value))
        return
    row.birth_date = born
    row.given.add(BIRTH_DATE)


def _date(value, today: date) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 80000:  # a date Excel kept as its day number
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return None
    text = _TIME_TAIL.sub("", _text(value)).removesuffix("г.").removesuffix("ж.").strip()
    try:
        if m := _DMY.match(text):
            d, mo, y = (int(g) for g in m.groups())
            if len(m.group(3)) == 2:
                y += 2000 if 2000 + y <= today.year else 1900
            return date(y, mo, d)
        if m := _YMD.match(text):
            y, mo, d = (int(g) for g in m.groups())
            return date(y, mo, d)
    except ValueError:
        return None
    return None


def _read_sex(row: FileRow, value) -> None:
    if value is None:
        return
    key = " ".join(words(_text(value)))
    if key in _MALE:
        row.sex = "male"
    elif key in _FEMALE:
        row.sex = "female"
    else:
        row.add(SEX, "sex.invalid", value=_text(value))
        return
    row.given.add(SEX)


def _read_language(row: FileRow, value) -> None:
    if value is None:
        return
    key = " ".join(words(_text(value)))
    for code, prefixes in _LANGUAGES:
        if key.startswith(prefixes):
            row.study_language = code
            row.given.add(LANGUAGE)
            return
    row.add(LANGUAGE, "language.invalid", value=_text(value))


def _from_iin(row: FileRow) -> None:
    """Birth date and sex from a valid IIN when the file gives none; else the sex from the
    patronymic, as a guess for a new pupil only (not in `given`)."""
    info = None
    if row.iin:
        try:
            info = parse_iin(row.iin)
        except InvalidIin:
            info = None
    if info is not None and info.birth_date is not None:
        if row.birth_date is None and BIRTH_DATE not in row.unreadable:
            row.birth_date = info.birth_date
            row.given.add(BIRTH_DATE)
        if row.sex is None and SEX not in row.unreadable:
            row.sex = info.sex
            row.given.add(SEX)
    if row.sex is None and SEX not in row.unreadable:
        row.sex = sex_from_patronymic(row.patronymic)


def _mark_duplicates(rows: list[FileRow]) -> None:
    """The same IIN, or the same name, patronymic and birth date (unless both rows have
    IINs and they differ): the later row is the duplicate."""
    by_iin: dict[str, FileRow] = {}
    by_name: dict[tuple, FileRow] = {}
    for row in rows:
        name = row.name_key()
        key = None if name is None else name + (identity_form(row.patronymic),)
        first = by_iin.get(row.iin) if row.iin else None
        if first is None and key is not None:
            earlier = by_name.get(key)
            if earlier is not None and not (earlier.iin and row.iin and earlier.iin != row.iin):
                first = earlier
        if first is not None:
            row.problems.append(Problem("duplicate.row", {"row": first.line}))
            continue
        if row.iin:
            by_iin[row.iin] = row
        if key is not None:
            by_name.setdefault(key, row)


# --- the record's own rules -------------------------------------------------------------------

_NAME_FIELDS = (SURNAME, GIVEN_NAME, PATRONYMIC)


def record_problems(data: PupilInput, today: date, skip: set[str] = frozenset()) -> list[Problem]:
    """What check_pupil finds wrong in `data`, as import problems; fields in `skip` already
    have a problem of the file's own."""
    return record_check(data, today, skip)[0]


def record_check(data: PupilInput, today: date,
                 skip: set[str] = frozenset()) -> tuple[list[Problem], list[Problem]]:
    """(problems, warnings) check_pupil finds in `data`: problems reject the row, warnings
    (the IIN's) are shown with it. Fields in `skip` already have a problem of the file's
    own."""
    checker = check_pupil(data, today)
    warnings = [] if IIN in skip else [Problem(w.code, dict(w.params))
                                       for w in checker.warnings]
    return _problems(checker.errors, data, skip), warnings


def _problems(errors, data: PupilInput, skip: set[str]) -> list[Problem]:
    out: list[Problem] = []
    for e in errors:
        f, code = e.field, e.code
        if f in skip:
            continue
        if f in _NAME_FIELDS:
            value = clean(getattr(data, f))
            if code == "required":
                p = Problem(f"{f}.missing")
            elif code == "too_long":
                p = Problem("name.too_long", {"max": e.params.get("max")})
            elif "?" in value:
                p = Problem("name.lost_letters", {"value": value})
            else:
                p = Problem("name.invalid", {"value": value})
        elif f == SEX:
            p = Problem("sex.missing")
        elif f == BIRTH_DATE:
            p = (Problem("birth_date.age", dict(e.params)) if code == "birth_date.age"
                 else Problem("birth_date.missing"))
        elif f == CLASS_NAME:
            p = (Problem("class.missing") if code == "required"
                 else Problem("class.unknown", {"value": clean(data.class_name)}))
        elif f == IIN:
            if code in ("iin.format", "iin.checksum"):
                p = Problem(code, {"value": clean(data.iin)})
            else:
                p = Problem(code, dict(e.params))
        elif f == LANGUAGE:
            p = Problem("language.invalid", {"value": data.study_language or ""})
        else:  # consent, left date, guardians: the journal's record, not the file
            p = Problem("record.invalid")
        if p not in out:
            out.append(p)
    return out
