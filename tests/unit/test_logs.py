"""No personal data in the log: an exception's message (which may quote what was typed)
never reaches the file, only its type and where it happened."""

import logging

from desktop.logs import setup_logging


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
