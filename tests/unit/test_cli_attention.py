"""`senim attention`: the morning list on the command line, as text or CSV."""

import csv
import io
from datetime import datetime, timedelta

import pytest
from unit_factories import observation_input, pupil_input, session_input

from desktop import cli
from desktop.models.account import AccountInput
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in


@pytest.fixture
def journal(tmp_path, monkeypatch):
    """A journal with two pupils: one with a serious incident, one with a risk of self-harm."""
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "0", "--records", "0"]) == 0
    services = sign_in(tmp_path, DEMO_USER, DEMO_PASSWORD)
    try:
        now = datetime.now().replace(microsecond=0)
        a = services.pupils.create(pupil_input(birth_date=now.date().replace(year=now.year - 13)))
        b = services.pupils.create(pupil_input(
            surname="Құдайбергенова", given_name="Әйгерім", sex="female", patronymic="",
            birth_date=now.date().replace(year=now.year - 14)))
        services.observations.create(observation_input(
            [(a.id, "target")], severity=4, occurred_at=now - timedelta(hours=3)))
        services.sessions.create(session_input([b.id], self_harm_risk=True,
                                               starts_at=now - timedelta(hours=1)))
        services.accounts.add(AccountInput("director", "Директор", "head", "director-pass-1"))
    finally:
        services.db.dispose()
    return tmp_path


def test_text_lists_each_pupil_and_reason_gravest_first(journal, capsys):
    assert cli.main(["--data-dir", str(journal), "--lang", "en", "attention"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Needs attention on") and out[0].endswith("2 pupils")
    assert out[2].startswith("Құдайбергенова Әйгерім") and "Risk of self-harm" in out[2]
    assert out[3].startswith("Әлібеков Нұрғали") and "Serious incident" in out[3]


def test_csv_has_a_header_codes_and_iso_dates(journal, capsys):
    assert cli.main(["--data-dir", str(journal), "attention", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["rule"] for r in rows] == ["self_harm_risk", "severe_incident"]
    assert rows[0]["class"] == "7Ә"
    datetime.strptime(rows[0]["since"], "%Y-%m-%d")


def test_head_teacher_gets_a_plain_refusal(journal, capsys, monkeypatch):
    monkeypatch.setenv("SENIM_USER", "director")
    monkeypatch.setenv("SENIM_PASSWORD", "director-pass-1")
    assert cli.main(["--data-dir", str(journal), "attention"]) == 2
    captured = capsys.readouterr()
    assert "counts only" in captured.err and "Әлібеков" not in captured.out
