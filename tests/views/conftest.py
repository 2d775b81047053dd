"""View tests: real services on a temporary database, English interface, fixed clock."""

from datetime import date, datetime

import pytest

from desktop.db import open_database
from desktop.models.pupil import GuardianInput, PupilInput
from desktop.services import Services
from desktop.services.common import Context

NOW = datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def services(tmp_path, qapp):
    from desktop.views.i18n import install_language

    install_language(qapp, "en")
    db = open_database(tmp_path / "senim.db")
    yield Services.build(db, Context(actor="test", clock=lambda: NOW))
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
