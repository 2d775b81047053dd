"""View tests: real services on a temporary database (a copy of the migrated template, as\nthe unit tests use: tests/conftest.py), English interface, fixed clock."""

from datetime import date, datetime

import pytest

from desktop.db import open_database
from fixture_keys import TEST_KEY, psychologist_keys
from desktop.models.pupil import GuardianInput, PupilInput
from desktop.services import Services
from desktop.services.context import Context
from desktop.views.widgets.tasks import wait_journal_work

NOW = datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def services(tmp_path, qapp, copy_of_template):
    from desktop.views.widgets.i18n import install_language

    install_language(qapp, "en")
    db = open_database(copy_of_template(tmp_path / "senim.db"), TEST_KEY,
                       keys=psychologist_keys())
    yield Services.build(db, Context(actor="test", clock=lambda: NOW))
    # The journal's rule (db.py): closed only once the reads given its worker have ended;
    # a page on screen reads there after a save, and may still be reading.
    wait_journal_work()
    db.dispose()


@pytest.fixture
def make_pupil(services):
    """Add an invented pupil; keyword arguments override the defaults."""

    def make(surname="Нұрланова", given_name="Әсем", **kw):
        data = PupilInput(
            surname=surname, given_name=given_name, patronymic=kw.pop("patronymic", ""),
            sex=kw.pop("sex", "female"), birth_date=kw.pop("birth_date", date(2013, 5, 4)),
            class_name=kw.pop("class_name", "7Ә"), study_language=kw.pop("study_language", "kk"),
            consent_status=kw.pop("consent_status", "given"),
            consent_date=kw.pop("consent_date", date(2025, 9, 2)),
            consent_by=kw.pop("consent_by", "Нұрланова Гүлнар"),
            guardians=kw.pop("guardians", [GuardianInput("Нұрланова Гүлнар", "mother", "+7 701 555 12 34")]),
            **kw,
        )
        return services.pupils.create(data)

    return make


# --- journal records for the list and card tests (appended; names kept unique) ------------

class _Records:
    """Sessions, observations and follow-ups through the services, plus a fast bulk insert
    for the long-list tests (a service call per row would take seconds for a thousand)."""

    def __init__(self, services):
        self.services = services

    def session(self, pupil_ids, starts_at=None, **kw):
        from desktop.models.journal import SessionInput

        data = SessionInput(starts_at=starts_at or NOW.replace(hour=9), duration_min=45,
                            kind=kw.pop("kind", "individual"),
                            initiator=kw.pop("initiator", "teacher"), pupil_ids=list(pupil_ids),
                            reason=kw.pop("reason", "Конфликт с одноклассниками"),
                            status=kw.pop("status", "held"), **kw)
        return self.services.sessions.create(data)

    def observation(self, participants, occurred_at=None, **kw):
        """`participants`: [(pupil_id, role), ...]."""
        from desktop.models.journal import ObservationInput, Participant

        data = ObservationInput(
            occurred_at=occurred_at or NOW.replace(hour=8), place=kw.pop("place", "canteen"),
            forms=kw.pop("forms", ["verbal"]), severity=kw.pop("severity", 2),
            participants=[Participant(pid, role) for pid, role in participants],
            reporter=kw.pop("reporter", "teacher"),
            description=kw.pop("description", "Дразнили в столовой"), **kw)
        return self.services.observations.create(data)

    def follow_up(self, pupil_id, due_date=None, **kw):
        from desktop.models.journal import FollowUpInput

        data = FollowUpInput(pupil_id=pupil_id, what=kw.pop("what", "Позвонить маме"),
                             due_date=due_date or NOW.date(),
                             responsible=kw.pop("responsible", "Психолог"), **kw)
        return self.services.followups.create(data)

    def bulk_sessions(self, pupil_id, n: int, start=None):
        """`n` held sessions one minute apart, newest first as row i = start - i minutes, with
        reason "Reason 0000".. and status "planned" on every tenth; direct inserts."""
        from datetime import timedelta

        import uuid as _uuid

        from sqlalchemy import insert

        from desktop.models.tables import CounsellingSession, SessionPupil

        start = start or NOW.replace(hour=9)
        ids = [_uuid.uuid4() for _ in range(n)]
        rows = [dict(id=ids[i], starts_at=start - timedelta(minutes=i), duration_min=45,
                     kind="individual", initiator="teacher", reason=f"Reason {i:04d}",
                     status="planned" if i % 10 == 0 else "held", other_participants="",
                     notes="", outcome="", no_consent_reason="", updated_by="test")
                for i in range(n)]
        with self.services.db.session() as s:
            s.execute(insert(CounsellingSession), rows)
            s.execute(insert(SessionPupil), [dict(session_id=i, pupil_id=pupil_id) for i in ids])
        return ids


@pytest.fixture
def records(services):
    return _Records(services)


@pytest.fixture
def type_text():
    """Type any text, one key event per character (see ui_helpers.type_text)."""
    from ui_helpers import type_text as type_

    return type_


@pytest.fixture
def fake_dialogs(monkeypatch):
    """Replace the record dialogs with stand-ins that remember how they were opened:
    tests of the pages check the wiring (which dialog, for which record or pupil) and
    emit `saved` themselves. Returns the list of opened stand-ins, newest last."""
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QDialog

    opened = []

    def stand_in(name):
        class FakeDialog(QDialog):
            saved = Signal(object)

            def __init__(self, services, *args, parent=None, **kwargs):
                super().__init__(parent)
                self.name, self.args, self.kwargs = name, args, kwargs
                opened.append(self)

        FakeDialog.__name__ = name
        return FakeDialog

    for module, name in (("pupils.pupil_form", "PupilDialog"),
                         ("sessions.session_form", "SessionDialog"),
                         ("observations.observation_form", "ObservationDialog"),
                         ("followups.followup_form", "FollowUpDialog"),
                         ("referrals.school_form", "SchoolDialog"),
                         ("concerns.concern_form", "ConcernDialog"),
                         ("cases.case_form", "CaseDialog"),
                         ("referrals.referral_form", "ReferralDialog")):
        monkeypatch.setattr(f"desktop.views.{module}.{name}", stand_in(name))
    return opened
