"""names as people type them: Latin look-alikes mended, NFC, search keys that fold Kazakh letters

Names (pupils', guardians') and class names saved before this revision may hold Latin
letters that look Cyrillic («Aсем» typed with a Latin A, the class 7A) or letters in two
code points (й pasted from a PDF as и + U+0306). They are mended as the application now
mends them on entry, and every stored search key is computed again with the new folding
(Kazakh letters as a Russian keyboard types them, apostrophes dropped).

Rows keep their updated_at: nothing a person wrote changed meaning. A sent referral's
letter (JSON) is the letter as sent and is left alone.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

import re
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# --- desktop.models.text and school_class as of this revision (a migration keeps its own
# copy: later changes to the application must not change what this step did) ---------------

_LOOKALIKES = {
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
    "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "Ү",
    "a": "а", "c": "с", "e": "е", "h": "һ", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
}
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES)
_RUSSIAN_KEYBOARD = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                     "һ": "х", "і": "и", "ё": "е"}
_APOSTROPHES = "'’‘ʼ`´ʻ"
_FOLD_TABLE = str.maketrans({
    **{k: _RUSSIAN_KEYBOARD.get(v, v) for k, v in {
        "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "и", "k": "к", "m": "м",
        "o": "о", "p": "р", "t": "т", "x": "х", "y": "у"}.items()},
    **_RUSSIAN_KEYBOARD, **{a: None for a in _APOSTROPHES}})
_WORD = re.compile(r"[^\W\d_]+")
_CLASS = re.compile(r"^\s*(\d{1,2})\s*-?\s*([^\W\d_])\s*$")


def _nfc(text):
    return text if text is None else unicodedata.normalize("NFC", text)


def _search_form(text):
    return " ".join((_nfc(text) or "").casefold().translate(_FOLD_TABLE).split())


def _mend(text):
    text = _nfc(text)
    if not text:
        return text
    return _WORD.sub(lambda m: m.group().translate(_LOOKALIKE_TABLE)
                     if any("\u0400" <= ch <= "\u04ff" for ch in m.group()) else m.group(),
                     text)


def _mend_class(text):
    """The class name with a Latin look-alike letter made Cyrillic (7A → 7А); a name that
    is not a class name (none should be) is only put in NFC."""
    text = _nfc(text)
    m = _CLASS.match(text or "")
    if not m or int(m.group(1)) > 12:
        return text
    letter = _LOOKALIKES.get(m.group(2), m.group(2)).upper()
    letter = _LOOKALIKES.get(letter, letter)
    if len(letter) != 1:
        return text
    return f"{int(m.group(1))}{letter}"


def _full_name(*parts):
    return " ".join(p for p in parts if p)


def _changed(conn, table, row, new):
    old = {k: getattr(row, k) for k in new}
    if new != old:
        sets = ", ".join(f"{k} = :{k}" for k in new)
        conn.execute(sa.text(f"UPDATE {table} SET {sets} WHERE id = :id"), {**new, "id": row.id})


def upgrade() -> None:
    conn = op.get_bind()
    pupils = conn.execute(sa.text("SELECT id, surname, given_name, patronymic, class_name, "
                                  "search_key FROM pupil")).all()
    for row in pupils:
        surname, given, patronymic = _mend(row.surname), _mend(row.given_name), \
            _mend(row.patronymic)
        _changed(conn, "pupil", row, {
            "surname": surname, "given_name": given, "patronymic": patronymic,
            "class_name": _mend_class(row.class_name),
            "search_key": _search_form(_full_name(surname, given, patronymic))})
    for row in conn.execute(sa.text("SELECT id, name FROM guardian")).all():
        _changed(conn, "guardian", row, {"name": _mend(row.name)})
    activities = conn.execute(sa.text("SELECT id, topic, group_name, class_name, search_key "
                                      "FROM preventive_activity")).all()
    for row in activities:
        topic, group, klass = _nfc(row.topic), _nfc(row.group_name), _mend_class(row.class_name)
        _changed(conn, "preventive_activity", row, {
            "topic": topic, "group_name": group, "class_name": klass,
            "search_key": _search_form(f"{topic or ''} {group or ''} {klass or ''}")})


def downgrade() -> None:
    # The keys go back to the folding of revision 0009 (case and ё only); names stay mended:
    # which letters were Latin is not kept, and Cyrillic ones are right in either revision.
    conn = op.get_bind()

    def old_form(text):
        return " ".join((text or "").casefold().replace("ё", "е").split())

    for row in conn.execute(sa.text("SELECT id, surname, given_name, patronymic "
                                    "FROM pupil")).all():
        conn.execute(sa.text("UPDATE pupil SET search_key = :k WHERE id = :i"),
                     {"k": old_form(_full_name(row.surname, row.given_name, row.patronymic)),
                      "i": row.id})
    for row in conn.execute(sa.text("SELECT id, topic, group_name, class_name "
                                    "FROM preventive_activity")).all():
        conn.execute(sa.text("UPDATE preventive_activity SET search_key = :k WHERE id = :i"),
                     {"k": old_form(f"{row.topic} {row.group_name} {row.class_name}"),
                      "i": row.id})
