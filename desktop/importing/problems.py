"""What can be wrong with a file or with one of its rows: stable codes and their English text.

The command line prints the English; the views translate the same text in the
"ImportProblems" context (desktop/views/storage/import_wizard.py). QT_TRANSLATE_NOOP below is a
plain function that only marks the strings for lupdate: nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


@dataclass(frozen=True)
class Problem:
    """One problem with a row. `params` fill the text's {placeholders}."""

    code: str
    params: dict = field(default_factory=dict, hash=False)


class FileProblem(ValueError):
    """The file cannot be imported at all (not a spreadsheet, empty, no surname column ...)."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code, self.params = code, params


# --- the whole file ---------------------------------------------------------------------------

FILE_TEXTS = {
    "file.missing": QT_TRANSLATE_NOOP(
        "ImportProblems", "The file cannot be opened: it was moved or deleted, or you may not "
        "read it."),
    "file.empty": QT_TRANSLATE_NOOP("ImportProblems", "The file is empty."),
    "file.not_spreadsheet": QT_TRANSLATE_NOOP(
        "ImportProblems", "This is not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV "
        "file."),
    "file.xls": QT_TRANSLATE_NOOP(
        "ImportProblems", "This is an old Excel workbook (.xls). Open it in Excel and save it as "
        "an Excel workbook (.xlsx) or as CSV, then choose that file."),
    "file.ods": QT_TRANSLATE_NOOP(
        "ImportProblems", "This is an OpenDocument spreadsheet (.ods). Save it as an Excel "
        "workbook (.xlsx) or as CSV, then choose that file."),
    "file.protected": QT_TRANSLATE_NOOP(
        "ImportProblems", "The workbook is protected with a password. Open it in Excel, remove "
        "the password (File → Info → Protect Workbook) and save it, then choose it again."),
    "file.html": QT_TRANSLATE_NOOP(
        "ImportProblems", "This is a web page saved under a spreadsheet's name. Open it in Excel "
        "and save it as an Excel workbook (.xlsx), then choose that file."),
    "file.damaged": QT_TRANSLATE_NOOP(
        "ImportProblems", "The workbook is damaged and cannot be read. Open it in Excel, save it "
        "again and try once more."),
    "file.too_large": QT_TRANSLATE_NOOP(
        "ImportProblems", "The file is larger than {max} MB, far more than a list of pupils. "
        "Check that this is the right file."),
    "file.unpacked_too_large": QT_TRANSLATE_NOOP(
        "ImportProblems", "The workbook would unpack to more than {max} MB, far more than a list "
        "of pupils: it was not opened. Check that this is the right file."),
    "file.too_many_rows": QT_TRANSLATE_NOOP(
        "ImportProblems", "The file has more than {max} rows, far more than a school has pupils. "
        "Check that this is the right file."),
    "file.no_rows": QT_TRANSLATE_NOOP(
        "ImportProblems", "The file has no pupils: there are no rows below its header."),
    "file.no_surname": QT_TRANSLATE_NOOP(
        "ImportProblems", "No column with surnames or full names was found. Columns in the "
        "file: {columns}."),
    "file.no_given_name": QT_TRANSLATE_NOOP(
        "ImportProblems", "No column with given names was found. Columns in the file: "
        "{columns}."),
    "file.same_column": QT_TRANSLATE_NOOP(
        "ImportProblems", "One column is chosen for two different things: {column}."),
    "file.no_sheet": QT_TRANSLATE_NOOP(
        "ImportProblems", "The workbook has no sheet named {sheet}. Its sheets: {sheets}."),
    # Not errors: said above the preview.
    "note.mixed_encoding": QT_TRANSLATE_NOOP(
        "ImportProblems", "Some lines of this file were saved in a different encoding from the "
        "rest. Each line was read in its own encoding; check the names in the preview."),
    "note.cp1251": QT_TRANSLATE_NOOP(
        "ImportProblems", "The file is in the Windows-1251 encoding, which has no letters Ә, Ғ, "
        "Қ, Ң, Ө, Ұ, Ү, Һ. If names show question marks, save the list as “CSV UTF-8” in Excel "
        "and choose it again."),
}

# --- one row ------------------------------------------------------------------------------------

ROW_TEXTS = {
    "surname.missing": QT_TRANSLATE_NOOP("ImportProblems", "No surname."),
    "given_name.missing": QT_TRANSLATE_NOOP("ImportProblems", "No given name."),
    "name.invalid": QT_TRANSLATE_NOOP(
        "ImportProblems", "“{value}” is not a name: use letters only; a hyphen, an apostrophe "
        "or a space may join parts."),
    "name.lost_letters": QT_TRANSLATE_NOOP(
        "ImportProblems", "“{value}” has question marks instead of letters: the file was saved "
        "in an encoding without Kazakh letters. Save it as “CSV UTF-8” and try again."),
    "name.too_long": QT_TRANSLATE_NOOP(
        "ImportProblems", "A name is longer than {max} characters."),
    "iin.format": QT_TRANSLATE_NOOP("ImportProblems", "The IIN “{value}” is not 12 digits."),
    "iin.rounded": QT_TRANSLATE_NOOP(
        "ImportProblems", "The IIN was saved as a rounded number ({value}). In Excel, format the "
        "IIN column as text, type the IINs again and save."),
    "iin.checksum": QT_TRANSLATE_NOOP(
        "ImportProblems", "The IIN “{value}” has a wrong check digit: there is a typo in it."),
    # Warnings: the row is imported all the same (an IIN need not give these since 2013).
    "iin.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "ImportProblems", "The IIN's digits give the birth date {birth_date}, not the file's. "
        "Since 2013 an IIN may differ from the birth date, so the row is imported as it is; "
        "check it against the pupil's documents."),
    "iin.sex_mismatch": QT_TRANSLATE_NOOP(
        "ImportProblems", "The IIN's 7th digit gives a different sex from the file's. "
        "Since 2013 an IIN may differ from the sex, so the row is imported as it is; check it against the "
        "pupil's documents."),
    "iin.bin": QT_TRANSLATE_NOOP(
        "ImportProblems", "This number is a business identification number (BIN: its 5th "
        "digit is 4, 5 or 6), not a person's IIN. The row is imported as it is; check the "
        "number against the pupil's documents."),
    "iin.conflict": QT_TRANSLATE_NOOP(
        "ImportProblems", "The journal has a pupil with this name and birth date but a different "
        "IIN: check the IIN."),
    "birth_date.missing": QT_TRANSLATE_NOOP(
        "ImportProblems", "No birth date, and no IIN to take it from."),
    "birth_date.invalid": QT_TRANSLATE_NOOP(
        "ImportProblems", "“{value}” is not a date: write it as 14.05.2013."),
    "birth_date.age": QT_TRANSLATE_NOOP(
        "ImportProblems", "A pupil must be {min} to {max} years old: check the birth date."),
    "sex.missing": QT_TRANSLATE_NOOP(
        "ImportProblems", "Sex unknown: the file gives neither the sex nor the IIN."),
    "sex.invalid": QT_TRANSLATE_NOOP(
        "ImportProblems", "“{value}” is not a sex: write М or Ж, Ер or Әйел, M or F."),
    "class.missing": QT_TRANSLATE_NOOP("ImportProblems", "No class."),
    "class.unknown": QT_TRANSLATE_NOOP(
        "ImportProblems", "Unknown class “{value}”: a class is a grade from 0 to 12 and a "
        "letter, e.g. 7Ә or 10Б."),
    "language.invalid": QT_TRANSLATE_NOOP(
        "ImportProblems", "“{value}” is not a language of study: write Kazakh, Russian or "
        "English."),
    "cell.too_long": QT_TRANSLATE_NOOP(
        "ImportProblems", "The cell in column {column} is longer than {max} characters: it "
        "cannot be a name, a date or a class. Check this row in the file."),
    "formula.no_value": QT_TRANSLATE_NOOP(
        "ImportProblems", "A formula in the column “{column}” has no computed value. Open the "
        "file in Excel, save it and try again."),
    "duplicate.row": QT_TRANSLATE_NOOP(
        "ImportProblems", "The same pupil as in row {row}."),
    "match.ambiguous": QT_TRANSLATE_NOOP(
        "ImportProblems", "The journal has several pupils with this name and birth date: add "
        "the IIN to tell them apart."),
    # Not a problem: a note beside a row that is imported all the same.
    "note.latin_letters": QT_TRANSLATE_NOOP(
        "ImportProblems", "“{value}” has Latin letters that look like Cyrillic ones; imported as "
        "“{fixed}”."),
    "record.invalid": QT_TRANSLATE_NOOP(
        "ImportProblems", "The pupil's record in the journal needs correcting first: open the "
        "pupil's card and save it."),
}

TEXTS = {**FILE_TEXTS, **ROW_TEXTS}


def describe(code: str, params: dict | None = None,
             translate: Callable[[str], str] | None = None,
             show_date: Callable[[date], str] | None = None) -> str:
    """The text of a code with its placeholders filled. `translate` (the views') turns the
    English template into the user's language; `show_date` writes dates (ISO by default)."""
    template = TEXTS.get(code)
    if template is None:
        return code
    text = translate(template) if translate else template
    if params:
        shown = {k: (show_date or date.isoformat)(v) if isinstance(v, date) else v
                 for k, v in params.items()}
        try:
            text = text.format(**shown)
        except (KeyError, IndexError, ValueError):
            pass  # a translation that dropped a placeholder still reads well enough
    return text
