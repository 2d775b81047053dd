"""Reading pupil lists from spreadsheets: pure Python, no Qt, no SQLAlchemy.

- readers.py: an .xlsx workbook or a CSV text file (UTF-8, UTF-8 with BOM, Windows-1251,
  even mixed line by line; comma, semicolon or tab) into a Table: the header row found,
  stray blank lines and title rows above the header skipped, merged or two-row headers
  made into one;
- headers.py: which column holds what, guessed from Russian, Kazakh and English headers,
  and a full name («ФИО», «Аты-жөні») split into surname, given name and patronymic;
- rows.py: each line of the file as a pupil's values, with the problems found in it (an
  unreadable date, a formula with no value, the same pupil twice in the file ...) and the
  problems of a pupil's record (models/rules.check_pupil) as import problem codes;
- problems.py: the English text of every code (the command line prints it; the views
  translate it in the "ImportProblems" context).

The database side (matching pupils already in the journal, writing) is
desktop/services/pupil_import.py.
"""
