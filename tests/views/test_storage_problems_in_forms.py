"""A form meets a full disk or a read-only journal: the banner says which, in plain words, the
form stays open with everything typed, and Save works once the problem is gone."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event
from ui_helpers import choose, never_block, save_button, type_text

from desktop.views.pupils.pupil_form import PupilDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


def limit(db, sql):
    def run(conn, _record):
        cur = conn.cursor()
        cur.execute(sql(cur))
        cur.close()

    event.listen(db.engine, "connect", run)
    db.engine.dispose()
    return lambda: (event.remove(db.engine, "connect", run), db.engine.dispose())


def disk_full(services, make_pupil):
    """SQLite's page limit at the file's size (the very SQLITE_FULL of a full disk), and
    pupils added until not one more fits."""
    from sqlalchemy.exc import OperationalError

    undo = limit(services.db, lambda cur: "PRAGMA max_page_count = %d"
                 % cur.execute("PRAGMA page_count").fetchone()[0])
    for n in range(500):
        try:
            make_pupil(surname="Бекова" + "а" * (n % 30))
        except OperationalError:
            return undo
    undo()
    raise AssertionError("the disk never filled up")


def read_only(services, _make_pupil):
    return limit(services.db, lambda _cur: "PRAGMA query_only = 1")


def fill(qtbot, d):
    type_text(d.surname, "Сәрсенбаев")
    type_text(d.given_name, "Ерұлан")
    choose(d.sex, "male")
    qtbot.keyClicks(d.birth_date, "04052013")
    type_text(d.class_name, "7Ә")
    choose(d.study_language, "kk")


@pytest.mark.parametrize("problem, words", [
    (disk_full, "The disk is full: the record was not saved"),
    (read_only, "cannot write to the journal's folder"),
])
def test_the_form_says_what_is_wrong_and_keeps_the_text(qtbot, services, make_pupil, problem,
                                                        words):
    d = PupilDialog(services)
    qtbot.addWidget(d)
    d.show()
    fill(qtbot, d)
    undo = problem(services, make_pupil)
    before = len(services.pupils.search(""))
    try:
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
        assert d.isVisible()
        assert words in d.banner.text() and "your text stays in this form" in \
            d.banner.text().lower()
        assert "Something went wrong" not in d.banner.text()
        assert d.surname.text() == "Сәрсенбаев" and d.given_name.text() == "Ерұлан"
        assert len(services.pupils.search("")) == before  # nothing half-saved
    finally:
        undo()
    with qtbot.waitSignal(d.saved, timeout=5000):
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    assert [p for p in services.pupils.search("Сәрсенбаев")]


def test_a_small_dialog_says_the_journal_is_busy(qtbot):
    """FieldForm.attempt (the small dialogs' save) maps the same problems."""
    import sqlite3

    from PySide6.QtWidgets import QFormLayout, QWidget

    from desktop.views.widgets.field_form import FieldForm, make_banner

    host = QWidget()
    qtbot.addWidget(host)
    banner = make_banner()
    form = FieldForm(QFormLayout(host), banner)

    def busy():
        raise sqlite3.OperationalError("database is locked")

    assert form.attempt(busy, "saving a test") == (False, None)
    assert "The journal is busy" in banner.text() and "Something went wrong" not in banner.text()
