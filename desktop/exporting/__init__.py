"""Data out, beside data in (desktop/importing/): the export's files (CSV, one workbook, a
README) and the pupil list. Who may export what is the use case's (services/export.py).
Nothing here is imported until an export runs, except cleanup.py (at the app's start)."""
