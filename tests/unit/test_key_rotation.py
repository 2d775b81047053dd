"""Issue 14, Must have 1: a psychologist changes every key (after stopping an account whose
holder may have copied one). Played with the real keyring and journal; the crash cases stop
the change after each of its steps, as a kill or a power cut would, and sign in again."""

import uuid

import pytest
from unit_factories import pupil_input, session_input

from desktop.key_rotation import opens, rotate_keys as rotate_steps
from desktop.models.account import AccountInput
from desktop.security import Keyring
from desktop.services.audit import AuditService
from desktop.services.published import publish
from desktop.vault import recover, rotate_keys, set_up, sign_in, sign_out

OWNER, OWNER_PASSWORD = "aigerim", "Психолог-2026"
DANA, DANA_PASSWORD = "dana", "Әлеумет-педагог"
HEAD, HEAD_PASSWORD = "marat", "Директор-2026"
NOTE = "Ұйқысы бұзылған: құпия жазба"
DRAFT = "Әлі сақталмаған ой"


@pytest.fixture
def journal(tmp_path):
    services, recovery = set_up(tmp_path, AccountInput(
        user_name=OWNER, display_name="Айгерім Сапарқызы", password=OWNER_PASSWORD))
    services.accounts.add(AccountInput(user_name=DANA, display_name="Дана", role="counsellor",
                                       password=DANA_PASSWORD))
    services.accounts.add(AccountInput(user_name=HEAD, display_name="Марат", role="head",
                                       password=HEAD_PASSWORD))
    pupil = services.pupils.create(pupil_input())
    session = services.sessions.create(session_input([pupil.id], notes=NOTE))
    services.drafts.keep(uuid.uuid4(), "session", session.id, {"notes": DRAFT})
    publish(services)  # the head teacher's counts, sealed with the summaries key
    sign_out(services)
    return tmp_path, session.id, recovery


def psychologist_keys(folder):
    return Keyring.load(folder).open(OWNER, OWNER_PASSWORD)


def everything_still_works(folder, session_id):
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    try:
        assert services.sessions.get(session_id).notes == NOTE
        assert [d.fields for d in services.drafts.mine()] == [{"notes": DRAFT}]
        result = AuditService(services.db, services.ctx).verify()
        assert result.ok, result.reason
    finally:
        sign_out(services)
    for user, password, role in ((DANA, DANA_PASSWORD, "counsellor"),
                                 (HEAD, HEAD_PASSWORD, "head")):
        other = sign_in(folder, user, password)
        assert other.ctx.role == role
        sign_out(other)
    assert not Keyring.load(folder).rotation_pending


def test_changing_the_keys_changes_every_key_and_keeps_everything(journal):
    folder, session_id, recovery = journal
    before = psychologist_keys(folder)
    old = {name: before.get(name) for name in ("journal", "notes", "summaries")}
    rotate_keys(folder, psychologist_keys(folder), OWNER)
    after = psychologist_keys(folder)
    for name, key in old.items():
        assert after.get(name) != key, name
    assert not opens(folder / "senim.db", old["journal"])
    everything_still_works(folder, session_id)
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    actions = [e.action for e in services.audit.entries(limit=50)]
    sign_out(services)
    assert "key_rotation" in actions
    # the recovery key holds the new keys too
    recover(folder, recovery, OWNER, "Жаңа-құпиясөз-1")
    again = sign_in(folder, OWNER, "Жаңа-құпиясөз-1")
    assert again.sessions.get(session_id).notes == NOTE
    sign_out(again)


def test_keys_copied_by_a_stopped_account_open_nothing_after_the_change(journal):
    folder, _, _ = journal
    copied = Keyring.load(folder).open(DANA, DANA_PASSWORD).journal  # kept by Dana
    services = sign_in(folder, OWNER, OWNER_PASSWORD)
    services.accounts.set_active(services.accounts.by_user_name(DANA).id, False)
    sign_out(services)
    assert opens(folder / "senim.db", copied)  # stopping alone cannot take a copy back
    rotate_keys(folder, psychologist_keys(folder), OWNER)
    assert not opens(folder / "senim.db", copied)


def test_only_a_psychologist_can_change_the_keys(journal):
    folder, _, _ = journal
    with pytest.raises(Exception, match="every key"):
        rotate_steps(folder, Keyring.load(folder).open(DANA, DANA_PASSWORD))
    assert not Keyring.load(folder).rotation_pending


class Crash(BaseException):
    """The process stops here (nothing after the step runs)."""


@pytest.mark.parametrize("at", ["begun", "rekeyed", "resealed"])
@pytest.mark.parametrize("first", [DANA, OWNER])
def test_a_change_cut_off_after_any_step_is_finished_or_undone_at_the_next_sign_in(
        journal, at, first):
    folder, session_id, _ = journal

    def stop(step):
        if step == at:
            raise Crash()

    with pytest.raises(Crash):
        rotate_steps(folder, psychologist_keys(folder), step=stop)
    assert Keyring.load(folder).rotation_pending
    password = DANA_PASSWORD if first == DANA else OWNER_PASSWORD
    sign_out(sign_in(folder, first, password))  # the first to come back, either role
    everything_still_works(folder, session_id)


def test_the_command_changes_the_keys_for_a_psychologist_only(journal, monkeypatch, capsys):
    from desktop import cli

    folder, session_id, _ = journal
    monkeypatch.setenv("SENIM_USER", DANA)
    monkeypatch.setenv("SENIM_PASSWORD", DANA_PASSWORD)
    assert cli.main(["--data-dir", str(folder), "keys", "rotate"]) == 2
    assert "only a psychologist" in capsys.readouterr().err
    before = psychologist_keys(folder).journal
    monkeypatch.setenv("SENIM_USER", OWNER)
    monkeypatch.setenv("SENIM_PASSWORD", OWNER_PASSWORD)
    assert cli.main(["--data-dir", str(folder), "keys", "rotate"]) == 0
    assert "Every key of the journal was changed" in capsys.readouterr().out
    assert not opens(folder / "senim.db", before)
    everything_still_works(folder, session_id)


def test_a_recovery_while_a_change_is_cut_off_keeps_the_account_its_keys(journal):
    """Cut off after the rekey, then the psychologist's password is forgotten: the recovery
    key (holding the new keys too) sets a new one, and the next sign-in finishes the change."""
    folder, session_id, recovery = journal

    def stop(step):
        if step == "rekeyed":
            raise Crash()

    with pytest.raises(Crash):
        rotate_steps(folder, psychologist_keys(folder), step=stop)
    recover(folder, recovery, OWNER, "Жаңа-құпиясөз-2")
    services = sign_in(folder, OWNER, "Жаңа-құпиясөз-2")
    try:
        assert services.sessions.get(session_id).notes == NOTE
    finally:
        sign_out(services)
    assert not Keyring.load(folder).rotation_pending
