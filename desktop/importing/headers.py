"""Which column holds what: guessed from the headers people write in Russian, Kazakh and
English («Фамилия», «Тегі», «Surname», «ФИО», «ИИН/ЖСН», «Класс/Сынып», «Дата рождения» ...),
and a full name split into its parts.

A mapping is {field: column index}; the fields are FIELDS. A file gives either a full name
or the surname and given name (and maybe the patronymic) in columns of their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

FULL_NAME, SURNAME, GIVEN_NAME, PATRONYMIC = "full_name", "surname", "given_name", "patronymic"
IIN, BIRTH_DATE, CLASS_NAME, SEX, LANGUAGE = (
    "iin", "birth_date", "class_name", "sex", "study_language")
FIELDS = (FULL_NAME, SURNAME, GIVEN_NAME, PATRONYMIC, IIN, BIRTH_DATE, CLASS_NAME, SEX, LANGUAGE)
# The fields that say who a row is: a row with none of them is a blank or numbering line.
PERSON_FIELDS = (FULL_NAME, SURNAME, GIVEN_NAME, PATRONYMIC, IIN, BIRTH_DATE)

# Headers, as normalised words (see words()). Longer patterns are more specific and win.
_PATTERNS: dict[str, tuple[str, ...]] = {
    FULL_NAME: (
        "фио", "ф и о", "фамилия имя отчество", "фамилия имя", "фамилия и имя",
        "фамилия имя и отчество", "аты жөні", "тегі аты", "тегі аты әкесінің аты",
        "тегі аты жөні", "т а ә", "таә", "аты жөні тегі", "full name", "name", "pupil name",
        "student name", "name of pupil", "pupil", "student", "ученик", "учащийся",
        "обучающийся", "оқушы", "білім алушы", "оқушының аты жөні", "фио ученика",
        "фио обучающегося", "фио учащегося",
    ),
    SURNAME: ("фамилия", "тегі", "surname", "last name", "family name", "lastname"),
    GIVEN_NAME: ("имя", "аты", "есімі", "есім", "given name", "first name", "firstname",
                 "forename"),
    PATRONYMIC: ("отчество", "әкесінің аты", "әкесінің есімі", "патроним", "patronymic",
                 "middle name", "father s name"),
    IIN: ("иин", "жсн", "iin", "иин жсн", "жсн иин", "individual identification number"),
    BIRTH_DATE: (
        "дата рождения", "дата рожд", "д р", "др", "день рождения", "туған күні",
        "туылған күні", "туған күні айы жылы", "туған жылы күні", "date of birth",
        "birth date", "birthdate", "birthday", "dob", "born",
    ),
    CLASS_NAME: ("класс", "сынып", "class", "form", "литер класса", "класс литер"),
    SEX: ("пол", "жынысы", "жыныс", "sex", "gender"),
    LANGUAGE: ("язык обучения", "язык", "оқыту тілі", "оқу тілі", "тілі", "language of study",
               "language of instruction", "language", "study language"),
}
# A header with one of these words is about someone else (a parent, the class teacher) or
# something else (a phone): never one of our fields.
_FOREIGN_PREFIXES = (
    "родител", "матер", "мать", "мама", "отец", "отца", "папа", "опекун", "представител",
    "анасы", "анасын", "руковод", "учител", "педагог", "жетекш", "мұғалім", "телефон", "тел",
    "адрес", "мекенжай", "parent", "mother", "father", "guardian", "teacher", "phone",
    "address", "email", "почта",
)
_FOREIGN_WORDS = frozenset({"ата", "ана"})  # «Ата-ана»: the parents
_FOREIGN_EXCEPT = ("әкесінің",)  # "the father's name" of the pupil is the patronymic
_PUNCT = re.compile(r"[^\w]+")


def words(header: str) -> tuple[str, ...]:
    """Lower case, ё = е, punctuation and hyphens as spaces; a Latin i inside a Cyrillic word
    (Тегi typed on a Russian layout) is the Kazakh і."""
    text = unicodedata.normalize("NFC", str(header or "")).casefold().replace("ё", "е")
    out = []
    for w in _PUNCT.sub(" ", text).replace("_", " ").split():
        if "i" in w and any("\u0400" <= ch <= "\u04ff" for ch in w):
            w = w.replace("i", "і")
        out.append(w)
    return tuple(out)


_PATTERN_WORDS = {f: tuple(tuple(p.split()) for p in ps) for f, ps in _PATTERNS.items()}


def _contains(hay: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def _foreign(ws: tuple[str, ...]) -> bool:
    return any(w in _FOREIGN_WORDS
               or (w.startswith(_FOREIGN_PREFIXES) and not w.startswith(_FOREIGN_EXCEPT))
               for w in ws)


def guess_field(header: str) -> tuple[str | None, int]:
    """(field, strength) for one header; (None, 0) when it is none of ours. An exact match
    is stronger than a header that merely contains a pattern ("Дата рождения (дд.мм.гггг)")."""
    ws = words(header)
    if not ws or _foreign(ws):
        return None, 0
    best: tuple[str | None, int] = (None, 0)
    for field_name, patterns in _PATTERN_WORDS.items():
        for p in patterns:
            if ws == p:
                score = 100 + len(p)
            elif _contains(ws, p):
                score = 10 + len(p)
            else:
                continue
            if score > best[1]:
                best = (field_name, score)
    return best


def guess_mapping(header: Sequence[str]) -> dict[str, int]:
    """{field: column} from the header row. Each field goes to its best column (the first
    one on a tie); a full name column is kept only when there is no surname column."""
    best: dict[str, tuple[int, int]] = {}  # field -> (strength, column)
    for col, text in enumerate(header):
        field_name, strength = guess_field(text)
        if field_name is None:
            continue
        if field_name not in best or strength > best[field_name][0]:
            best[field_name] = (strength, col)
    mapping = {f: col for f, (_s, col) in best.items()}
    if SURNAME in mapping and FULL_NAME in mapping:
        del mapping[FULL_NAME]
    return mapping


def guess(header: Sequence[str], rows: Sequence[tuple[int, tuple]],
          merged: Sequence[tuple[int, int]] = ()) -> dict[str, int]:
    """guess_mapping(header), and one more case the data shows: «ФИО» over two or three
    columns (a merged header cell, or blank headers beside it) that hold the surname, the
    given name and the patronymic each in its own column."""
    mapping = guess_mapping(header)
    c = mapping.get(FULL_NAME)
    if c is None or SURNAME in mapping:
        return mapping
    last = next((min(end, c + 2) for start, end in merged if start == c), c)
    if last == c:
        while last + 1 < len(header) and last < c + 2 and not header[last + 1].strip():
            last += 1
    if last == c or any(col in mapping.values() for col in range(c + 1, last + 1)):
        return mapping
    sample = [cells for _line, cells in rows[:200]]

    def filled(cells, col) -> bool:
        return col < len(cells) and cells[col] is not None and str(cells[col]).strip() != ""

    one_word = sum(1 for cells in sample if filled(cells, c) and len(str(cells[c]).split()) == 1
                   and filled(cells, c + 1))
    if one_word * 10 < len(sample) * 8:
        return mapping
    del mapping[FULL_NAME]
    mapping[SURNAME], mapping[GIVEN_NAME] = c, c + 1
    if last >= c + 2 and sum(filled(cells, c + 2) for cells in sample) * 2 >= len(sample):
        mapping[PATRONYMIC] = c + 2
    return mapping


def header_score(cells: Sequence[object]) -> int:
    """How much a row looks like a header: the number of different fields it names."""
    found = set()
    for cell in cells:
        if isinstance(cell, str) and len(cell) <= 80:
            field_name, _strength = guess_field(cell)
            if field_name is not None:
                found.add(field_name)
    return len(found)


# --- full names ---------------------------------------------------------------------------------

# A Kazakh patronymic is sometimes written as two words: «Серік ұлы», «Серік қызы».
_PATRONYMIC_TAILS = {"ұлы", "улы", "қызы", "кызы", "оглы", "оғлы", "гызы", "кизи", "угли"}


def split_full_name(text: str) -> tuple[str, str, str]:
    """(surname, given name, patronymic) of «Фамилия Имя Отчество», the order used in lists
    in Kazakhstan. «Нұрланова Әсем Серік қызы» keeps «Серік қызы» together; words beyond the
    third go to the patronymic."""
    parts = " ".join(str(text or "").split()).split(" ")
    parts = [p for p in parts if p]
    if len(parts) >= 4 and parts[-1].casefold() in _PATRONYMIC_TAILS:
        parts = parts[:-2] + [f"{parts[-2]} {parts[-1]}"]
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return parts[0], "", ""
    return parts[0], parts[1], " ".join(parts[2:])


_MALE_ENDINGS = ("ұлы", "улы", "оглы", "оғлы", "угли", "ович", "евич", "ич")
_FEMALE_ENDINGS = ("қызы", "кызы", "гызы", "кизи", "овна", "евна", "ична", "инична")


def sex_from_patronymic(patronymic: str) -> str | None:
    """"male" for -ұлы / -ович, "female" for -қызы / -овна, else None."""
    p = (patronymic or "").casefold().replace(" ", "")
    if p.endswith(_FEMALE_ENDINGS):
        return "female"
    if p.endswith(_MALE_ENDINGS):
        return "male"
    return None


def check_mapping(mapping: dict[str, int], labels: Sequence[str]) -> tuple[str, dict] | None:
    """(problem code, params) when the mapping cannot work, else None. `labels` name the
    columns for the message («B: Фамилия»)."""
    columns = ", ".join(label for label in labels if label) or "—"
    used: dict[int, str] = {}
    for field_name in FIELDS:
        col = mapping.get(field_name)
        if col is None or (field_name == FULL_NAME and SURNAME in mapping):
            continue
        if col in used:
            label = labels[col] if 0 <= col < len(labels) else str(col)
            return "file.same_column", {"column": label}
        used[col] = field_name
    if SURNAME not in mapping and FULL_NAME not in mapping:
        return "file.no_surname", {"columns": columns}
    if SURNAME in mapping and GIVEN_NAME not in mapping:
        return "file.no_given_name", {"columns": columns}
    return None
