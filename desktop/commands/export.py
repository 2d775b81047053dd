"""`senim export --out DIR`: every record the signed-in user may see, as CSV files with a
README and one Excel workbook, in a new folder DIR/senim-export-YYYY-MM-DD-HHMM (never
overwriting anything). `--include-notes` adds the confidential session notes (psychologist
only). Ctrl+C cancels and leaves nothing behind.

Also the pupil list (`senim pupils export --out FILE.csv|.xlsx`): pupils_export() and
add_pupils_export_parser() below, for the `pupils` command to call. The work itself is in
desktop/services/export.py. Nothing heavy is imported at the top: the parser is built on
every start of the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import err, sign_in_or_explain

NAME = "export"

_WARNING = ("These files are not encrypted and hold children's personal data: keep them "
            "on an encrypted disk and delete them when no longer needed.")


def register(sub, common) -> None:
    parser = sub.add_parser(
        NAME, parents=[common],
        help="write every record you may see as CSV files, a README and an Excel workbook",
        description="Write every record you may see as CSV files (UTF-8), a README.txt that "
                    "describes every column, and one workbook senim-export.xlsx, into a new "
                    "folder senim-export-YYYY-MM-DD-HHMM inside DIR. Nothing is overwritten; "
                    "Ctrl+C cancels and leaves nothing behind.")
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="the folder to write into (created if missing)")
    parser.add_argument("--include-notes", action="store_true",
                        help="include the confidential session notes (psychologist only)")


def add_pupils_export_parser(subparsers, common) -> None:
    """`export` under the `pupils` command's own subparsers."""
    parser = subparsers.add_parser(
        "export", parents=[common], help="write the pupil list to a .csv or .xlsx file",
        description="Write the pupil list (Russian headers: Фамилия, Имя, Отчество, Пол, Дата "
                    "рождения, ИИН, Класс, …) to FILE; the extension, .csv or .xlsx, chooses "
                    "the format. Pupils who have left are included only with --include-left.")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="the file to write: FILE.csv or FILE.xlsx")
    parser.add_argument("--include-left", action="store_true",
                        help="include pupils who have left the school")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args, data_dir: Path) -> int:
    """0: exported; 1: failed or cancelled (nothing left behind); 2: could not start."""
    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        _err(f"{out} is a file; give a folder to write the export into.")
        return 2
    services = _sign_in(data_dir)
    if services is None:
        return 2
    try:
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from ..services.context import NotAllowed

        if not services.export.may_export():
            _err("a head teacher's account sees counts only and cannot export records.")
            return 2
        if args.include_notes and not services.export.may_include_notes():
            _err("only a psychologist's account may export confidential notes; "
                 "nothing was written.")
            return 2
        try:
            result = _guarded(lambda progress: services.export.export_all(
                out, include_notes=args.include_notes, progress=progress), out, data_dir)
        except NotAllowed:
            _err("your account may not export this; nothing was written.")
            return 2
        if result is None:
            return 1
        files = len(list(result.path.glob("*.csv")))
        print(f"Exported {result.rows:,} rows into {result.path}: {files} CSV files, "
              f"README.txt and senim-export.xlsx. Confidential session notes: "
              f"{'included' if result.notes_included else 'not included'}.")
        print(_WARNING)
        return 0
    finally:
        _sign_out(services)


def pupils_export(args, data_dir: Path) -> int:
    """`senim pupils export --out FILE.csv|.xlsx [--include-left] [--force]`."""
    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".csv", ".xlsx"):
        _err(f"{out.name}: the pupil list is written as .csv or .xlsx; end the file name "
             "with one of them.", "senim pupils export")
        return 2
    if out.is_dir():
        _err(f"{out} is a folder; give a file name ending in .csv or .xlsx.",
             "senim pupils export")
        return 2
    if out.exists() and not args.force:
        _err(f"{out} exists; choose another name, or add --force to replace it.",
             "senim pupils export")
        return 2
    services = _sign_in(data_dir)
    if services is None:
        return 2
    try:
        if not services.export.may_export():
            _err("a head teacher's account sees counts only and cannot export names.",
                 "senim pupils export")
            return 2
        result = _guarded(lambda progress: services.export.export_pupils(
            out, include_left=args.include_left, overwrite=args.force, progress=progress),
            out, data_dir, "senim pupils export")
        if result is None:
            return 1
        print(f"Wrote {result.rows:,} pupils to {result.path}.")
        print(_WARNING)
        return 0
    finally:
        _sign_out(services)


# --- shared ----------------------------------------------------------------------------------


def _guarded(work, out: Path, data_dir: Path, command: str = "senim export"):
    """The result, or None after a plain message (cancelled, the disk, anything else).
    NotAllowed is the caller's."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..services.context import NotAllowed
    from ..services.export import ExportCancelled

    progress = _Progress() if sys.stderr is not None and sys.stderr.isatty() else None
    try:
        result = work(progress)
        if progress is not None:
            progress.end()
        return result
    except NotAllowed:  # a PermissionError, so before OSError
        if progress is not None:
            progress.end()
        raise
    except KeyboardInterrupt:
        _err("cancelled; nothing was written.", command, progress)
    except ExportCancelled:
        _err("cancelled; nothing was written.", command, progress)
    except FileExistsError:
        _err(f"{out} exists; choose another name, or add --force to replace it.", command,
             progress)
    except OSError as exc:
        _err(f"cannot write to {out} ({exc.strerror or type(exc).__name__}); nothing was "
             "left there.", command, progress)
    except Exception as exc:  # noqa: BLE001 - a plain message, never a traceback
        _log_unexpected(data_dir, exc)
        _err("something went wrong and nothing was written; the details are in the log "
             f"({data_dir / 'logs'}).", command, progress)
    return None


class _Progress:
    """Rows done, on one terminal line."""

    def __init__(self):
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        sys.stderr.write(f"\rExporting: {done:,} of {total:,} rows")
        sys.stderr.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            self.shown = False


def _sign_in(data_dir: Path):
    return sign_in_or_explain(data_dir)


def _sign_out(services) -> None:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from sqlalchemy.exc import SQLAlchemyError

    from ..vault import sign_out

    try:
        sign_out(services)
    except SQLAlchemyError:
        pass  # the database is closed either way; the export's own message said what matters


def _log_unexpected(data_dir: Path, exc: BaseException) -> None:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    import logging

    from ..logs import describe_exception, setup_logging

    root = logging.getLogger()
    if not root.handlers:  # the command line has no log file until something goes wrong
        setup_logging(data_dir)
    logging.getLogger(__name__).error("export failed: %s", describe_exception(exc))


def _err(text: str, command: str = "senim export", progress: _Progress | None = None) -> None:
    if progress is not None:
        progress.end()
    err(f"{command}: {text}")
