"""Issue 14, Must have 1: the head teacher reads published, already-suppressed counts, sealed
with the summaries key, and never the journal. Invented names throughout."""

import json
import secrets

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from unit_factories import pupil_input, session_input

from desktop.models.account import AccountInput
from desktop.models.term_summary import NotPublished, Period
from desktop.security import Keyring
from desktop.services import Services
from desktop.services.context import Context
from desktop.services.published import (
    MAGIC, NothingPublished, PublishedUnreadable, needs_publishing, path_of, publish,
)
from desktop.vault import set_up, sign_in, sign_out

OWNER, OWNER_PASSWORD = "aigerim", "Психолог-2026"
HEAD, HEAD_PASSWORD = "marat", "Директор-2026"
SURNAME = "Жақыпбекова"


@pytest.fixture
def journal(tmp_path):
    services, _ = set_up(tmp_path, AccountInput(
        user_name=OWNER, display_name="Айгерім Сапарқызы", password=OWNER_PASSWORD))
    services.accounts.add(AccountInput(user_name=HEAD, display_name="Марат", role="head",
                                       password=HEAD_PASSWORD))
    pupil = services.pupils.create(pupil_input(surname=SURNAME))
    services.sessions.create(session_input([pupil.id], notes="Құпия"))
    yield tmp_path, services
    services.db.dispose()


def head_reads(folder):
    return sign_in(folder, HEAD, HEAD_PASSWORD)


def test_the_head_teacher_sees_what_the_psychologist_published(journal):
    folder, services = journal
    with pytest.raises(NothingPublished):
        head_reads(folder)
    assert needs_publishing(services)
    publish(services)
    assert not needs_publishing(services)
    head = head_reads(folder)
    try:
        for year, term in head.term_summary.published():
            current = head.calendar.period(year, term)
            previous, last_year = head.calendar.comparison_periods(current)
            assert head.term_summary.summary(current, previous, last_year) == \
                services.term_summary.summary(current, previous, last_year)
        as_head = Services.build(services.db, Context(actor=HEAD, role="head"))
        assert head.dashboard.counts() == as_head.dashboard.counts()  # protected, not exact
        assert head.school.get() == services.school.get()
        with pytest.raises(NotPublished):  # a free range is never published
            current = Period(head.calendar.years()[0].starts_on,
                             head.calendar.years()[0].terms[0][1])
            head.term_summary.summary(current, current, current)
    finally:
        sign_out(head)


def test_a_change_asks_for_publishing_again(journal):
    folder, services = journal
    publish(services)
    services.pupils.create(pupil_input(surname="Серікова", given_name="Әсем"))
    assert needs_publishing(services)


def test_the_file_holds_no_name_even_opened(journal):
    folder, services = journal
    publish(services)
    raw = path_of(folder).read_bytes()
    keys = Keyring.load(folder).open(HEAD, HEAD_PASSWORD)
    nonce_at = raw.index(b"\n", len(MAGIC)) + 1
    aad, nonce, sealed = raw[:nonce_at], raw[nonce_at:nonce_at + 12], raw[nonce_at + 12:]
    body = AESGCM(keys.summaries).decrypt(nonce, sealed, aad).decode()
    for text in (SURNAME, "Нұрғали", "Құпия"):
        assert text not in body and text.encode() not in raw


def test_an_altered_file_is_refused(journal):
    folder, services = journal
    publish(services)
    path = path_of(folder)
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 1
    path.write_bytes(bytes(raw))
    with pytest.raises(PublishedUnreadable):
        head_reads(folder)


def test_a_forged_file_naming_other_classes_is_refused(journal):
    """Whoever holds the summaries key (a counsellor too) could write the file: it names
    classes only from the published modules, and nothing else is made from it."""
    folder, services = journal
    keys = Keyring.load(folder).open(HEAD, HEAD_PASSWORD)
    header = json.dumps({"made_at": "2026-12-07T09:00:00", "today": "2026-12-07",
                         "journal_head": 1}).encode() + b"\n"
    body = json.dumps({"made_at": {"$dt": "2026-12-07T09:00:00"}, "made_by": "x",
                       "school": {"$c": "desktop.security.keyring:Keyring", "f": {}},
                       "years": [], "dashboard": None, "summaries": []}).encode()
    nonce = secrets.token_bytes(12)
    path_of(folder).write_bytes(MAGIC + header + nonce + AESGCM(keys.summaries).encrypt(
        nonce, body, MAGIC + header))
    with pytest.raises(PublishedUnreadable):
        head_reads(folder)
