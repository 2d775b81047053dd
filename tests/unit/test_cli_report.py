"""`senim report term`: argument errors in one line with exit 2, a year missing from the
calendar explained, and the summary written through the real services."""

import csv
from datetime import datetime

import pytest

from desktop import cli
from desktop.models.account import AccountInput
from desktop.services.published import publish
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in


@pytest.fixture
def journal(tmp_path, monkeypatch):
    """An empty demo journal (the calendar has 2025-2026) and a head teacher."""
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "0", "--records", "0"]) == 0
    services = sign_in(tmp_path, DEMO_USER, DEMO_PASSWORD)
    try:
        services.accounts.add(AccountInput("director", "Директор", "head", "director-pass-1"))
        publish(services)  # what the head teacher reads
    finally:
        services.db.dispose()
    return tmp_path


def run(data_dir, *argv) -> int:
    return cli.main(["--data-dir", str(data_dir), "report", "term", *argv])


@pytest.mark.parametrize("argv, message", [
    (["--year", "2025", "--out", "r.pdf"], "'2025' is not a school year"),
    (["--year", "2025-2026", "--term", "5", "--out", "r.pdf"], "quarter from 1 to 4"),
    (["--year", "2025-2026", "--out", "r.txt"], "cannot tell the format"),
    (["--out", "r.pdf"], "name the period"),
    (["--from", "2026-01-08", "--out", "r.pdf"], "needs both --from and --to"),
    (["--from", "08.01.2026", "--to", "2026-03-18", "--out", "r.pdf"], "YYYY-MM-DD"),
    (["--from", "2026-03-18", "--to", "2026-01-08", "--out", "r.pdf"], "--to is before --from"),
    (["--year", "2025-2026", "--from", "2026-01-08", "--to", "2026-03-18", "--out", "r.csv"],
     "not both"),
])
def test_bad_arguments_get_one_line_and_exit_2(journal, capsys, argv, message):
    assert run(journal, *argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (journal / "r.pdf").exists()


def test_a_year_not_in_the_calendar_says_how_to_add_it(journal, capsys, tmp_path):
    assert run(journal, "--year", "2030-2031", "--out", str(tmp_path / "r.pdf")) == 2
    err = capsys.readouterr().err
    assert "no school year 2030-2031" in err and "Settings → School year…" in err


def test_csv_through_the_real_services(journal, capsys, tmp_path):
    """One session held in the second quarter: counted, and printed as «<5»."""
    from unit_factories import pupil_input, session_input

    services = sign_in(journal, DEMO_USER, DEMO_PASSWORD)
    try:
        pupil = services.pupils.create(pupil_input())
        services.sessions.create(session_input([pupil.id],
                                               starts_at=datetime(2025, 11, 10, 10, 0)))
    finally:
        services.db.dispose()
    out = tmp_path / "отчёт.csv"
    assert run(journal, "--year", "2025-2026", "--term", "2", "--out", str(out)) == 0
    assert str(out) in capsys.readouterr().out
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    head = next(i for i, r in enumerate(rows) if r[:1] == ["Таблица"])
    assert rows[head][2:] == ["Эта четверть", "Предыдущая четверть",
                              "Та же четверть прошлого года"]
    assert "Период: 03.11.2025 – 28.12.2025." in [r[0] for r in rows[:head] if r]
    by_label = {(r[0], r[1]): r[2:] for r in rows[head + 1:] if len(r) == 5}
    assert by_label[("Основные показатели", "Проведено консультаций и занятий")] == \
        ["<5", "0", "0"]
    assert ("Случаи (ДосболLIKE) по этапу на конец периода", "Жалоба") in by_label
    for private in (pupil.surname, "Конфликт", "насмешки"):
        assert private not in text


def test_a_head_teacher_gets_a_pdf_in_kazakh_signed_today(journal, monkeypatch, tmp_path):
    import io

    import pypdf

    monkeypatch.setenv("SENIM_USER", "director")
    monkeypatch.setenv("SENIM_PASSWORD", "director-pass-1")
    out = tmp_path / "есеп.pdf"
    assert run(journal, "--year", "2025-2026", "--term", "1", "--out", str(out),
               "--lang", "kk") == 0
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "2025-2026 оқу жылының 1-тоқсанындағы" in text
    assert datetime.now().strftime("%d.%m.%Y") in text
    assert "БЕКІТЕМІН" in text and "М.О." in text


def test_a_file_that_exists_is_replaced_only_with_force(journal, capsys, tmp_path):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the report the director already signed")
    assert run(journal, "--year", "2025-2026", "--term", "1", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "exists" in err and "--force" in err
    assert out.read_bytes() == b"the report the director already signed"
    assert run(journal, "--year", "2025-2026", "--term", "1", "--out", str(out), "--force",
               "--number", "15/2025-26") == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_a_period_that_has_not_begun_is_refused(journal, capsys, tmp_path):
    out = tmp_path / "later.pdf"
    assert run(journal, "--from", "2099-01-01", "--to", "2099-01-31", "--out", str(out)) == 2
    assert "nothing to count yet" in capsys.readouterr().err and not out.exists()


def test_a_head_teacher_cannot_ask_for_a_free_range(journal, monkeypatch, tmp_path, capsys):
    """Published counts hold quarters and years: differences of free ranges are never made."""
    monkeypatch.setenv("SENIM_USER", "director")
    monkeypatch.setenv("SENIM_PASSWORD", "director-pass-1")
    out = tmp_path / "range.csv"
    assert run(journal, "--from", "2026-01-08", "--to", "2026-02-15", "--out", str(out)) == 2
    assert "not among the counts published" in capsys.readouterr().err
    assert not out.exists()


def test_a_range_as_xlsx_by_its_suffix(journal, tmp_path):
    import openpyxl

    out = tmp_path / "range.xlsx"
    assert run(journal, "--from", "2026-01-08", "--to", "2026-02-15", "--out", str(out)) == 0
    ws = openpyxl.load_workbook(out).active
    assert ws["A2"].value == ("Отчёт о работе педагога-психолога за период с 08.01.2026 по "
                              "15.02.2026")
