"""Settings → School year… → Import file…: a calendar file from the district office
(docs/calendar-file.md), read, previewed and imported all or nothing. Problems are named by
their line, as `senim calendar import` names them, and nothing is imported."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.calendar_file import CalendarFileError, parse, preview
from ..storage.file_dialogs import CALENDAR, ask_open_path
from ..widgets.fmt import format_date
from ..widgets.messages import line_message

translate = QCoreApplication.translate


def read_calendar_text(path: Path) -> str:
    """The file's text: UTF-8 (with or without a BOM, as Excel saves it)."""
    return path.read_bytes().decode("utf-8-sig")


def preview_text(parsed, existing) -> str:
    """What importing would do, a line per year and one for the holiday corrections."""
    statuses = {
        "new": translate("CalendarImport", "new"),
        "replaced": translate("CalendarImport", "replaces the dates in the journal"),
        "same": translate("CalendarImport", "the same as in the journal"),
    }
    lines = []
    for change, year in zip(preview(parsed, existing), parsed.years):
        mark = "" if change.confirmed else " " + translate("CalendarImport", "(not confirmed)")
        lines.append(translate(
            "CalendarImport", "{year}: {status}{mark}; lessons {first} – {last}").format(
            year=change.name, status=statuses[change.status], mark=mark,
            first=format_date(year.data.starts_on), last=format_date(year.data.ends_on)))
    if parsed.corrections:
        lines.append(translate("CalendarImport", "Holiday corrections: {n}").format(
            n=len(parsed.corrections)))
    return "\n".join(lines)


def import_calendar_file(parent: QWidget, services) -> list[str]:
    """Ask for a file, show what it holds, import it when the user agrees. Returns the
    names of the years imported ([] when nothing was)."""
    title = translate("CalendarImport", "Import a school calendar")
    name = ask_open_path(parent, CALENDAR, title, translate(
        "CalendarImport", "Calendar files (*.csv *.txt);;All files (*)"))
    if not name:
        return []
    try:
        parsed = parse(read_calendar_text(Path(name)))
    except OSError as exc:
        QMessageBox.warning(parent, title, translate(
            "CalendarImport", "The file cannot be read: {reason}").format(
            reason=exc.strerror or exc))
        return []
    except UnicodeDecodeError:
        QMessageBox.warning(parent, title, translate(
            "CalendarImport",
            "The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again."))
        return []
    except CalendarFileError as exc:
        _refused(parent, title, exc)
        return []
    box = QMessageBox(QMessageBox.Icon.Question, title,
                      translate("CalendarImport", "Import this school calendar?"),
                      parent=parent)
    box.setInformativeText(preview_text(parsed, services.calendar.years()))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("CalendarImport", "&Import"))
    if box.exec() != QMessageBox.StandardButton.Yes:
        return []
    try:
        saved = services.calendar.import_file(parsed)
    except CalendarFileError as exc:
        _refused(parent, title, exc)
        return []
    return [y.name for y in saved]


def _refused(parent: QWidget, title: str, exc: CalendarFileError) -> None:
    lines = [line_message(e.line, e.code, e.params) for e in exc.errors]
    shown = lines[:12] + (["…"] if len(lines) > 12 else [])
    QMessageBox.warning(parent, title, "\n".join(
        [translate("CalendarImport", "Nothing was imported:"), *shown]))
