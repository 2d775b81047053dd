"""The school calendar file: how a district office (or a school) sends school years, with
their quarters and breaks, and corrections to the public holidays, to every school.

The format (docs/calendar-file.md has the full description; resources/calendar/ an example)
is UTF-8 text, one record per line, the values separated by semicolons, so it can be written
in a text editor or saved from Excel as "CSV (semicolon-separated)"::

    # Senim school calendar 1
    year;2026-2027
    lessons;2026-09-01;2027-05-25
    quarter;1;2026-09-01;2026-10-25
    quarter;2;2026-11-02;2026-12-27
    quarter;3;2027-01-08;2027-03-19
    quarter;4;2027-03-29;2027-05-25
    break;2026-10-26;2026-11-01
    break;2027-02-08;2027-02-14;grade1
    day_off;2027-01-05;Reason text
    working_day;2027-01-09;Working Saturday

- The first line that is not blank names the format and its version: "# Senim school
  calendar 1". Anything else there: not a calendar file, nothing is read.
- Then, in any order: `year;NAME` begins a school year; `lessons` (first and last day of
  lessons), `quarter` (number, first and last day), `break` (first and last day, and
  `grade1` for a break for grade 1 only) and `confirmed;no` belong to the `year` above them.
  `day_off;DAY;NAME` and `working_day;DAY;NAME` correct the public holidays (a day off the
  law does not give; a working Saturday, or a holiday the school works) and may stand
  anywhere, but must fall within a school year of the file (1 August to 31 August around
  it). A file may hold several years.
- Dates are 2026-09-01 or 01.09.2026. Blank lines and lines starting with # are skipped;
  empty cells at the end of a line (Excel adds them) are ignored; a comma or a tab separates
  values on a line that has no semicolon.
- Importing a year **confirms** it (it is no longer marked "check against the ministry's
  order"): a file comes from the district office or the school that checked it against the
  order, and the import shows a preview first. A year written `confirmed;no` (Senim
  exports its own unconfirmed guesses so) stays unconfirmed.
- A year of the same name already in the journal is replaced, dates, quarters and breaks,
  in one transaction with everything else in the file: one bad line and nothing is
  imported. Each problem names its line (CalendarFileError).
- Holiday corrections, when a file has any, replace the school's corrections from 1 August
  of its first year to 31 August of its last (holidays.replace_between, in the same
  transaction as the years).

Error codes (translated in views/widgets/messages.py): calendar_file.* here, and check_year's codes
(models/school_calendar.py) mapped to the line they are about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..models.holidays import DAY_OFF, WORKING, Correction
from ..models.school_calendar import TERMS, YearInput, YearRead, check_year, year_window

MAGIC = "# Senim school calendar"
VERSION = 1
HEADER = f"{MAGIC} {VERSION}"
KINDS = ("year", "lessons", "quarter", "break", "confirmed", "day_off", "working_day")
GRADE_1 = "grade1"
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_FIELDS = {  # kind: (values after the kind, at least and at most), and an example
    "year": (1, 1, "year;2026-2027"),
    "lessons": (2, 2, "lessons;2026-09-01;2027-05-25"),
    "quarter": (3, 3, "quarter;1;2026-09-01;2026-10-25"),
    "break": (2, 3, "break;2027-02-08;2027-02-14;grade1"),
    "confirmed": (1, 1, "confirmed;no"),
    "day_off": (1, 2, "day_off;2027-01-05;Reason"),
    "working_day": (1, 2, "working_day;2027-01-09;Working Saturday"),
}


@dataclass(frozen=True)
class LineError:
    line: int  # 1-based; 0 when about the whole file
    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)


class CalendarFileError(ValueError):
    """The file cannot be imported; `errors` name each problem's line. Nothing was written."""

    def __init__(self, errors: list[LineError]):
        super().__init__("; ".join(f"line {e.line}: {e.code}" for e in errors))
        self.errors = errors


@dataclass
class FileYear:
    data: YearInput
    line: int  # the `year` line
    lines: dict[str, int] = field(default_factory=dict)  # "lessons", "quarter.1", "break.0"


@dataclass
class CalendarFile:
    years: list[FileYear] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    correction_lines: list[int] = field(default_factory=list)

    @property
    def span(self) -> tuple[date, date] | None:
        """1 August of the first year to 31 August of the last: what the corrections cover."""
        windows = [year_window(y.data.name) for y in self.years]
        windows = [w for w in windows if w]
        return (min(w[0] for w in windows), max(w[1] for w in windows)) if windows else None


def parse_date(text: str) -> date | None:
    text = text.strip()
    m = _ISO.match(text)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DOTTED.match(text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None  # 2027-02-30
    return None


def _cells(line: str) -> list[str]:
    sep = ";" if ";" in line else ("\t" if "\t" in line else ",")
    cells = [c.strip() for c in line.split(sep)]
    if len(cells) > 1 and sep == ",":  # a name may hold commas: only the kind and dates split
        cells = [c.strip() for c in line.split(sep, _FIELDS.get(cells[0].lower(),
                                                                (0, 3, ""))[1])]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def parse(text: str) -> CalendarFile:
    """The file's years and corrections, each year checked with check_year and every problem
    named by its line; raises CalendarFileError (all problems at once) when any."""
    errors: list[LineError] = []
    out = CalendarFile()
    lines = text.lstrip("\ufeff").splitlines()
    number = 0
    header_seen = False
    current: FileYear | None = None
    seen_days: dict[date, int] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not header_seen:
            if not line.strip(";, \t"):
                continue
            head = line.rstrip(";, \t")
            if not head.lower().startswith(MAGIC.lower()):
                raise CalendarFileError([LineError(number, "calendar_file.format",
                                                   {"header": HEADER})])
            version = head[len(MAGIC):].strip()
            if version != str(VERSION):
                raise CalendarFileError([LineError(number, "calendar_file.version",
                                                   {"version": version or "?",
                                                    "supported": VERSION})])
            header_seen = True
            continue
        if not line.strip(";, \t") or line.startswith("#"):
            continue
        cells = _cells(line)
        kind = cells[0].lower()
        values = cells[1:]
        if kind not in _FIELDS:
            errors.append(LineError(number, "calendar_file.unknown_kind",
                                    {"kind": cells[0][:40]}))
            continue
        least, most, example = _FIELDS[kind]
        if not least <= len(values) <= most:
            errors.append(LineError(number, "calendar_file.fields",
                                    {"kind": kind, "example": example}))
            continue
        if kind == "year":
            current = FileYear(YearInput(name=values[0], confirmed=True), number)
            if any(y.data.name == values[0] for y in out.years):
                errors.append(LineError(number, "calendar_file.year_twice",
                                        {"year": values[0]}))
            out.years.append(current)
            continue
        if kind in ("day_off", "working_day"):
            day = parse_date(values[0])
            if day is None:
                errors.append(LineError(number, "calendar_file.date", {"text": values[0]}))
                continue
            if day in seen_days:
                errors.append(LineError(number, "calendar_file.day_twice",
                                        {"date": day, "other": seen_days[day]}))
                continue
            seen_days[day] = number
            name = values[1] if len(values) > 1 else ""
            out.corrections.append(Correction(day, DAY_OFF if kind == "day_off" else WORKING,
                                              name))
            out.correction_lines.append(number)
            continue
        if current is None:
            errors.append(LineError(number, "calendar_file.no_year", {"kind": kind}))
            continue
        data = current.data
        if kind == "confirmed":
            flag = values[0].lower()
            if flag not in ("yes", "no"):
                errors.append(LineError(number, "calendar_file.flag",
                                        {"text": values[0][:40], "expected": "yes, no"}))
            data.confirmed = flag != "no"
            continue
        if kind == "quarter":
            n = values[0]
            if n not in {str(i) for i in range(1, TERMS + 1)}:
                errors.append(LineError(number, "calendar_file.quarter_number",
                                        {"text": n[:40], "n": TERMS}))
                continue
            if f"quarter.{n}" in current.lines:
                errors.append(LineError(number, "calendar_file.quarter_twice",
                                        {"n": int(n), "year": data.name}))
                continue
            values = values[1:]
        dates = [parse_date(v) for v in values[:2]]
        bad = next((v for v, d in zip(values, dates) if d is None), None)
        if bad is not None:
            errors.append(LineError(number, "calendar_file.date", {"text": bad[:40]}))
            continue
        if kind == "lessons":
            if "lessons" in current.lines:
                errors.append(LineError(number, "calendar_file.lessons_twice",
                                        {"year": data.name}))
                continue
            data.starts_on, data.ends_on = dates
            current.lines["lessons"] = number
        elif kind == "quarter":
            current.lines[f"quarter.{n}"] = number
            current.lines.setdefault("_quarters", {})[int(n)] = tuple(dates)
        else:
            grade_1 = False
            if len(values) > 2:
                if values[2].lower() != GRADE_1:
                    errors.append(LineError(number, "calendar_file.flag",
                                            {"text": values[2][:40], "expected": GRADE_1}))
                    continue
                grade_1 = True
            current.lines[f"break.{len(data.breaks)}"] = number
            data.breaks.append((dates[0], dates[1], grade_1))

    if not header_seen:
        raise CalendarFileError([LineError(max(number, 1), "calendar_file.format",
                                           {"header": HEADER})])
    if not out.years and not errors:
        errors.append(LineError(number or 1, "calendar_file.no_years"))
    for year in out.years:
        quarters = year.lines.pop("_quarters", {})
        # Quarters in number order; a missing one stays out (check_year: "four quarters").
        year.data.terms = [quarters[n] for n in sorted(quarters)]
        year.lines["_numbers"] = sorted(quarters)
        errors.extend(year_errors(year, check_year(year.data).errors))
    span = out.span
    for day, number in zip((c.day for c in out.corrections), out.correction_lines):
        if span and not span[0] <= day <= span[1]:
            errors.append(LineError(number, "calendar_file.day_outside",
                                    {"date": day, "first": span[0], "last": span[1]}))
    if errors:
        raise CalendarFileError(sorted(errors, key=lambda e: e.line))
    return out


def year_errors(year: FileYear, field_errors) -> list[LineError]:
    """check_year's (or the service's) field errors on `year`, each on the line it is about:
    a quarter's on its `quarter` line, a break's on its `break` line, the year's dates on
    its `lessons` line, the rest (its name, how many quarters) on its `year` line."""
    numbers = year.lines.get("_numbers", [])
    out = []
    for e in field_errors:
        parts = e.field.split(".")
        line = year.line
        if parts[0] == "terms" and len(parts) > 1 and int(parts[1]) < len(numbers):
            line = year.lines.get(f"quarter.{numbers[int(parts[1])]}", line)
        elif parts[0] == "breaks" and len(parts) > 1:
            line = year.lines.get(f"break.{parts[1]}", line)
        elif parts[0] in ("starts_on", "ends_on"):
            line = year.lines.get("lessons", line)
        out.append(LineError(line, e.code, dict(e.params)))
    return out


def serialise(years: list[YearRead | YearInput], corrections: list[Correction] = ()) -> str:
    """The calendar file for `years` (oldest first) and holiday corrections."""
    out = [HEADER]
    for y in sorted(years, key=lambda y: y.starts_on):
        out += ["", f"year;{y.name}"]
        if not y.confirmed:
            out.append("confirmed;no")
        out.append(f"lessons;{y.starts_on.isoformat()};{y.ends_on.isoformat()}")
        for n, (a, b) in enumerate(y.terms, start=1):
            out.append(f"quarter;{n};{a.isoformat()};{b.isoformat()}")
        for a, b, grade_1 in sorted(y.breaks):
            out.append(f"break;{a.isoformat()};{b.isoformat()}" + (f";{GRADE_1}" if grade_1
                                                                     else ""))
    if corrections:
        out.append("")
        for c in sorted(corrections, key=lambda c: c.day):
            kind = "day_off" if c.kind == DAY_OFF else "working_day"
            name = c.name.replace(";", ",").replace("\n", " ")
            out.append(f"{kind};{c.day.isoformat()}" + (f";{name}" if name else ""))
    return "\n".join(out) + "\n"


# --- what importing a file would do (SchoolCalendarService.import_file applies it) ----------

@dataclass(frozen=True)
class YearChange:
    name: str
    status: str  # "new" | "replaced" | "same"
    confirmed: bool


def preview(parsed: CalendarFile, existing: list[YearRead]) -> list[YearChange]:
    """What importing `parsed` would do to each of its years."""
    by_name = {y.name: y for y in existing}
    out = []
    for y in parsed.years:
        old = by_name.get(y.data.name.strip())
        if old is None:
            status = "new"
        else:
            new = y.data
            same = ((old.starts_on, old.ends_on, list(old.terms), sorted(old.breaks),
                     old.confirmed)
                    == (new.starts_on, new.ends_on, list(new.terms), sorted(new.breaks),
                        new.confirmed))
            status = "same" if same else "replaced"
        out.append(YearChange(y.data.name.strip(), status, y.data.confirmed))
    return out
