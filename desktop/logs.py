"""Logging that never writes a child's data: exceptions are logged by type and place only."""

import logging
import traceback
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: Path, rotating: bool = True) -> Path:
    """Log into <data dir>/logs/senim.log (kept to four files of a megabyte); returns the
    folder. The app starts with `rotating=False`: the same file without the rotation, until
    keep_log_rotating() after its first paint (logging.handlers loads socket and pickle,
    ≈ 10 ms of the start)."""
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if rotating:
        root.addHandler(_rotating(log_dir))
    else:
        handler = _UntilRotating(log_dir / "senim.log", encoding="utf-8")
        handler.setFormatter(_Formatter(_FORMAT))
        root.addHandler(handler)
    return log_dir


def keep_log_rotating() -> None:
    """setup_logging(rotating=False)'s handler gives way to the rotating one (what it wrote
    counts towards the megabyte)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _UntilRotating)]:
        root.addHandler(_rotating(Path(handler.baseFilename).parent))
        root.removeHandler(handler)
        handler.close()


class _UntilRotating(logging.FileHandler):
    """The log before keep_log_rotating()."""


def _rotating(log_dir: Path) -> logging.Handler:
    # lazy: socket and pickle come with it; the app loads it after its first paint (start-up)
    import logging.handlers

    handler = logging.handlers.RotatingFileHandler(
        log_dir / "senim.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(_Formatter(_FORMAT))
    return handler


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
