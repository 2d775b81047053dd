"""The record key of the cell-key method (models/cell_key.py) in SQL: the last three hex
digits of a record's id as a number, 0..4095, so that a count query adds up its records'
keys beside the count (func.sum(record_key(Table.id))). SQLite stores a UUID as 32 hex
digits; there is no hex-to-number function, so each digit is looked up in a string."""

from sqlalchemy import func, literal

from ..models.cell_key import KEY_DIGITS

_HEX = "0123456789abcdef"


def record_key(column):
    """The key of the record whose id is `column` (the same number as
    models.cell_key.record_key)."""
    key = literal(0)
    for i in range(KEY_DIGITS, 0, -1):
        digit = func.instr(_HEX, func.lower(func.substr(column, -i, 1))) - 1
        key = key * 16 + digit
    return key
