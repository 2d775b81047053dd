"""`senim referral list` and `senim referral pdf`: one line per referral starting with its
id; the letter as a PDF, never over an existing file without --force, recorded in the audit
trail. The real renderer (desktop/documents) is used when it is installed; until then a stand-in
that still makes a PDF-looking file, so what is checked here is the command's own work."""

from datetime import date, datetime, timedelta

import pytest
from pdf_stubs import spy_renderer
from referral_factories import organisation_input, referral_input
from unit_factories import pupil_input

from desktop import cli
from desktop.models.account import AccountInput
from desktop.models.audit import AuditFilter
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in


@pytest.fixture
def rendered(monkeypatch):
    """The letters the command rendered, in order."""
    return spy_renderer(monkeypatch, "render_referral")


@pytest.fixture
def journal(tmp_path, monkeypatch):
    """A sent referral waiting for feedback (40 days), a draft in Russian, a head teacher."""
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "0", "--records", "0"]) == 0
    services = sign_in(tmp_path, DEMO_USER, DEMO_PASSWORD)
    try:
        today = datetime.now().date()
        pupil = services.pupils.create(pupil_input(birth_date=today.replace(year=today.year - 13)))
        other = services.pupils.create(pupil_input(
            surname="Құдайбергенова", given_name="Әйгерім", patronymic="", sex="female",
            iin="", birth_date=today.replace(year=today.year - 12), study_language="ru"))
        centre = services.organisations.create(organisation_input())
        sent_on = today - timedelta(days=40)
        waiting = services.referrals.create(referral_input(
            pupil.id, centre.id, consent_date=sent_on - timedelta(days=2)))
        waiting = services.referrals.send(waiting.id, sent_on)
        draft = services.referrals.create(referral_input(other.id, centre.id, language="ru",
                                                         consent_date=today))
        services.accounts.add(AccountInput("director", "Директор", "head", "director-pass-1"))
    finally:
        services.db.dispose()
    return tmp_path, waiting, draft, sent_on


def run(data_dir, *argv) -> int:
    return cli.main(["--data-dir", str(data_dir), "referral", *argv])


def test_list_has_one_line_per_referral_starting_with_its_id(journal, capsys):
    data_dir, waiting, draft, sent_on = journal
    assert run(data_dir, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == [str(draft.id), str(waiting.id)]
    number, status, dates, pupil, org = lines[1].split("\t")[1:]
    assert (number, status) == (waiting.number, "WAITING")
    assert dates == f"sent {sent_on.isoformat()}"
    assert pupil == "Әлібеков Нұрғали Қуанышұлы (7Ә)"
    assert org == "Центр психологической поддержки Медеуского района"
    assert lines[0].split("\t")[1:3] == ["-", "draft"]


def test_list_by_scope(journal, capsys):
    data_dir, waiting, draft, _ = journal
    assert run(data_dir, "list", "--scope", "waiting") == 0
    assert [l.split("\t")[0] for l in capsys.readouterr().out.splitlines()] == [str(waiting.id)]
    assert run(data_dir, "list", "--scope", "closed") == 0
    assert capsys.readouterr().out.strip() == "No referrals."


def test_pdf_writes_the_letter_as_sent_and_records_it(journal, capsys, rendered, tmp_path):
    data_dir, waiting, _, sent_on = journal
    out = tmp_path / "letters" / "жолдама.pdf"
    assert run(data_dir, "pdf", str(waiting.id), "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert f"referral No. {waiting.number} (Kazakh)" in capsys.readouterr().out
    letter = rendered[-1]
    assert letter.number == waiting.number and letter.letter_date == sent_on
    assert letter.pupil_name == "Әлібеков Нұрғали Қуанышұлы" and letter.language == "kk"
    services = sign_in(data_dir, DEMO_USER, DEMO_PASSWORD)
    try:
        entries = services.audit.entries(AuditFilter(action="pdf"))
    finally:
        services.db.dispose()
    assert [(e.entity, e.entity_id, e.detail) for e in entries] == [
        ("referral", str(waiting.id), "sent,kk")]
    assert not list(out.parent.glob("*.partial"))


def test_a_sent_letter_prints_only_in_its_own_language(journal, capsys, rendered, tmp_path):
    data_dir, waiting, _, _ = journal
    out = tmp_path / "letter.pdf"
    assert run(data_dir, "pdf", str(waiting.id), "--out", str(out), "--lang", "ru") == 2
    assert "prints again only in that language" in capsys.readouterr().err
    assert not out.exists() and rendered == []


def test_a_draft_prints_in_the_language_asked_without_a_number(journal, capsys, rendered,
                                                              tmp_path):
    data_dir, _, draft, _ = journal
    out = tmp_path / "draft.pdf"
    assert run(data_dir, "pdf", str(draft.id), "--out", str(out), "--lang", "kk") == 0
    assert rendered[-1].draft and rendered[-1].language == "kk"
    assert "the draft of the referral for Құдайбергенова Әйгерім (Kazakh)" in \
        capsys.readouterr().out


def test_an_existing_file_is_kept_without_force(journal, capsys, rendered, tmp_path):
    data_dir, waiting, _, _ = journal
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"mine")
    assert run(data_dir, "pdf", str(waiting.id), "--out", str(out)) == 2
    assert "add --force" in capsys.readouterr().err and out.read_bytes() == b"mine"
    assert run(data_dir, "pdf", str(waiting.id), "--out", str(out), "--force") == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_an_unknown_id_gets_a_plain_message(journal, capsys, rendered, tmp_path):
    data_dir, *_ = journal
    assert run(data_dir, "pdf", "15/2025-26", "--out", str(tmp_path / "a.pdf")) == 2
    assert "is not a referral's id" in capsys.readouterr().err
    assert run(data_dir, "pdf", "00000000-0000-4000-8000-000000000000",
               "--out", str(tmp_path / "a.pdf")) == 2
    assert "there is no referral" in capsys.readouterr().err


def test_a_head_teacher_is_refused(journal, capsys, monkeypatch, tmp_path):
    data_dir, waiting, _, _ = journal
    monkeypatch.setenv("SENIM_USER", "director")
    monkeypatch.setenv("SENIM_PASSWORD", "director-pass-1")
    assert run(data_dir, "list") == 2
    captured = capsys.readouterr()
    assert "counts only" in captured.err and "Әлібеков" not in captured.out
    assert run(data_dir, "pdf", str(waiting.id), "--out", str(tmp_path / "a.pdf")) == 2
    assert not (tmp_path / "a.pdf").exists()


def test_the_school_year_boundary_shows_in_the_numbers(tmp_path, monkeypatch, capsys):
    """Two letters, 31 August and 1 September: each is number 1 of its own school year."""
    monkeypatch.setenv("SENIM_USER", DEMO_USER)
    monkeypatch.setenv("SENIM_PASSWORD", DEMO_PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "0", "--records", "0"]) == 0
    services = sign_in(tmp_path, DEMO_USER, DEMO_PASSWORD)
    year = datetime.now().year - 1
    try:
        pupil = services.pupils.create(pupil_input(birth_date=date(year - 12, 3, 3)))
        centre = services.organisations.create(organisation_input())
        for day in (date(year, 8, 31), date(year, 9, 1)):
            r = services.referrals.create(referral_input(pupil.id, centre.id,
                                                         consent_date=date(year, 8, 1)))
            services.referrals.send(r.id, day)
    finally:
        services.db.dispose()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(tmp_path), "referral", "list"]) == 0
    numbers = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert numbers == [f"1/{year}-{(year + 1) % 100:02d}", f"1/{year - 1}-{year % 100:02d}"]


def test_texts_in_the_other_language_are_named_before_the_letter_is_written(
        journal, capsys, rendered, tmp_path):
    data_dir, _, draft, _ = journal
    out = tmp_path / "draft-ru.pdf"
    # Drafted in Kazakh, printed in Russian: written all the same, never in silence.
    assert run(data_dir, "pdf", str(draft.id), "--out", str(out), "--lang", "ru") == 0
    err = capsys.readouterr().err
    assert "warning: the letter is in Russian, but these are not: the reason, the summary, " \
           "the measures" in err
    assert out.exists()


def test_the_list_speaks_the_interface_language(journal, capsys):
    data_dir, waiting, draft, sent_on = journal
    assert cli.main(["--data-dir", str(data_dir), "--lang", "kk", "referral", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    number, status, dates, pupil, org = lines[1].split("\t")[1:]
    assert status == "ЖАУАП КҮТУДЕ" and dates.startswith("жіберілді ")
    assert org == "Медеу ауданының психологиялық қолдау орталығы"
    assert lines[0].split("\t")[3].startswith("жазылды ")
