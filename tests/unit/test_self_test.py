"""`senim --self-test`: exit 0 with one line per step when the installation works; exit 1
with one line naming the failed step, and no traceback, when it does not."""

import io

from desktop import __version__, resources, self_test
from desktop.cli import main


def test_a_working_installation_passes_every_step(capsys):
    assert main(["--self-test"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["ok"] * 6
    assert "holidays of Kazakhstan read" in out
    assert "migrated to" in out and "pupil written and read back" in out
    assert "consent form in Kazakh rendered" in out
    assert lines[-1] == f"Senim {__version__}: self-test passed"
    assert err == ""


def test_missing_resources_fail_with_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(resources, "ROOT", tmp_path)
    out = io.StringIO()
    assert self_test.run(out) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("self-test FAILED at resources: missing in ")
    assert "DejaVuSerif.ttf" in err and "senim_kk.qm" in err
    assert out.getvalue() == ""


def test_an_unexpected_error_is_one_line_not_a_traceback(monkeypatch, capsys):
    def broken(*_args, **_kwargs):
        raise RuntimeError("file is not a database\nsecond line")

    monkeypatch.setattr("desktop.vault.set_up", broken)
    assert self_test.run(io.StringIO()) == 1
    err = capsys.readouterr().err
    assert err == "self-test FAILED at journal: RuntimeError: file is not a database\n"


def test_the_temporary_journal_is_removed(monkeypatch, tmp_path):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert self_test.run(io.StringIO()) == 0
    assert list(tmp_path.iterdir()) == []
