"""No personal data in the log: an exception's message (which may quote what was typed)
never reaches the file, only its type and where it happened."""

import logging
import logging.handlers

from desktop.logs import keep_log_rotating, setup_logging


def test_logged_exceptions_keep_type_and_place_but_not_the_message(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(tmp_path)
    try:
        # Built at run time: the stack quotes source lines, which hold no pupil's data.
        typed = " ".join(["Нұрланова", "Әсем", "1203146" + "01237"])
        try:
            raise ValueError(typed)
        except ValueError:
            logging.getLogger("senim.test").exception("saving failed")
    finally:
        for h in root.handlers[len(before):]:
            h.close()
            root.removeHandler(h)
    text = (tmp_path / "logs" / "senim.log").read_text(encoding="utf-8")
    assert "saving failed" in text and "ValueError" in text and "test_logs.py" in text
    assert "Нұрланова" not in text and "120314601237" not in text


def test_the_app_logs_from_the_start_and_rotates_after_its_first_window(tmp_path):
    """setup_logging(rotating=False) (before the first paint) writes the same file, which
    keep_log_rotating() then hands to the rotating handler; no line is lost or doubled."""
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(tmp_path, rotating=False)
    try:
        logging.getLogger("senim.test").warning("before the first window")
        keep_log_rotating()
        added = root.handlers[len(before):]
        assert [type(h) for h in added] == [logging.handlers.RotatingFileHandler]
        assert added[0].maxBytes == 1_000_000 and added[0].backupCount == 3
        logging.getLogger("senim.test").warning("after it")
    finally:
        for h in root.handlers[len(before):]:
            h.close()
            root.removeHandler(h)
    lines = (tmp_path / "logs" / "senim.log").read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["before the first window", "after it"]
