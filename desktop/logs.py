"""Logging that never writes a child's data: exceptions are logged by type and place only."""

import logging
import logging.handlers
import traceback
from pathlib import Path


def setup_logging(data_dir: Path) -> Path:
    """Log into <data dir>/logs/senim.log (kept to four files of a megabyte); returns the
    folder."""
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "senim.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return log_dir


class _Formatter(logging.Formatter):
    """Any exception logged (log.exception anywhere) is written as type and stack only."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return describe_exception(ei[1]) if ei and ei[1] is not None else ""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may already have cached the full text (message included) on the
        # record; use ours for this line and leave theirs as it was.
        cached = record.exc_text
        record.exc_text = self.formatException(record.exc_info) if record.exc_info else None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


def describe_exception(exc: BaseException) -> str:
    """The exception's type and stack, without its message: messages from the database
    layer can quote the values a user typed."""
    frames = traceback.format_tb(exc.__traceback__)
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n" + "".join(frames)
