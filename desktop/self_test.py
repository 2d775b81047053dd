"""`senim --self-test`: does this build work? Run by CI on the PyInstaller bundle, and by
hand on a school laptop after installing.

In a temporary folder, removed afterwards, it walks what a first day does: the shipped
resources are there, a journal is set up (keyring, SQLCipher database, every migration),
a pupil is written, the journal is closed and opened again with the password and the
pupil read back, and a consent form in Kazakh is rendered to PDF with the bundled fonts.
Exit 0 and one line per step; otherwise exit 1 with one line saying which step failed.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
_USER, _PASSWORD = "self.test", "Сенім-өзін-тексеру-2026"  # a throwaway journal's account
_SURNAME, _GIVEN = "Әбілқайырова", "Ұлжан"


class SelfTestFailed(Exception):
    """A step found something wrong; the message says what, in one line."""


def _resources() -> str:
    # lazy: each step imports what it checks, so a broken part fails its own step
    from .resources import ROOT, resource_path

    needed = [resource_path("fonts", name) for name in (
        "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
        "LICENSE-DejaVu.txt")]
    needed += [resource_path("translations", f"senim_{code}.qm") for code in ("kk", "ru")]
    needed.append(resource_path("icons", "senim-256.png"))
    missing = [str(p.relative_to(ROOT)) for p in needed if not p.is_file()]
    if missing:
        raise SelfTestFailed(f"missing in {ROOT}: {', '.join(missing)}")
    return f"resources in {ROOT}"


def _translations() -> str:
    # lazy: each step imports what it checks, so a broken part fails its own step
    from PySide6.QtCore import QTranslator

    from .resources import resource_path

    translator = QTranslator()
    if not translator.load(str(resource_path("translations", "senim_kk.qm"))):
        raise SelfTestFailed("the Kazakh translation does not load")
    said = translator.translate("MainWindow", "&Help")
    if not said or said == "&Help":
        raise SelfTestFailed("the Kazakh translation has no text for the Help menu")
    return f"Qt translations load (Help: {said.replace('&', '')})"


def _modules() -> str:
    """The modules imported by name only when needed (the pages, the commands): a build that
    lacks one starts, then fails when that page is opened."""
    # lazy: each step imports what it checks, so a broken part fails its own step
    import importlib

    from . import commands
    from .views.main_window import PAGE_MODULES

    for module, name in PAGE_MODULES:
        getattr(importlib.import_module(f"{__package__}.views.{module}"), name)
    loaded = commands.load()
    return f"{len(PAGE_MODULES)} pages and {len(loaded)} commands import"


def _journal(folder: Path) -> str:
    # lazy: each step imports what it checks, so a broken part fails its own step
    from .config import DB_FILE
    from .migrations import HEAD
    from .models.account import AccountInput
    from .models.enums import Sex, StudyLanguage
    from .models.pupil import PupilInput
    from .security.kdf import OWASP_MINIMUM
    from .vault import is_plain_database, set_up, sign_in, sign_out

    account = AccountInput(user_name=_USER, display_name="Өзін-өзі тексеру",
                           password=_PASSWORD)
    services, _recovery = set_up(folder, account, params=OWASP_MINIMUM)
    try:
        revision = services.db.schema_revision()
        if revision != HEAD:
            raise SelfTestFailed(f"the schema is at {revision}, not {HEAD}")
        today = date.today()
        pupil = services.pupils.create(PupilInput(
            surname=_SURNAME, given_name=_GIVEN, sex=Sex.FEMALE.value,
            birth_date=today.replace(year=today.year - 11, day=1), class_name="5Ә",
            study_language=StudyLanguage.KAZAKH.value))
    finally:
        sign_out(services)
    if is_plain_database(folder / DB_FILE):
        raise SelfTestFailed("the database was written unencrypted")
    services = sign_in(folder, _USER, _PASSWORD)
    try:
        read = services.pupils.get(pupil.id)
    finally:
        sign_out(services)
    if (read.surname, read.given_name) != (_SURNAME, _GIVEN):
        raise SelfTestFailed("the pupil read back differs from the one written")
    return f"encrypted journal set up, migrated to {HEAD}, pupil written and read back"


def _pdf(folder: Path) -> str:
    # lazy: each step imports what it checks, so a broken part fails its own step
    from reportlab.pdfbase import pdfmetrics

    from .documents.consent_form import render_consent_form
    from .documents.fonts import REGULAR
    from .models.referral import ConsentFormData

    pdf = render_consent_form(ConsentFormData(
        language="kk", school_name="№ 1 мектеп-гимназия", school_address="Қызылорда",
        director="Сәрсенбаев Ғалым", psychologist="Өмірбекова Әйгерім",
        pupil_name=f"{_SURNAME} {_GIVEN}", class_name="5Ә"))
    if not pdf.startswith(b"%PDF") or b"+DejaVuSerif" not in pdf:  # an embedded subset
        raise SelfTestFailed("the consent form is not a PDF with Senim's fonts embedded")
    face = pdfmetrics.getFont(REGULAR).face
    absent = [ch for ch in KAZAKH_LETTERS if ord(ch) not in face.charToGlyph]
    if absent:
        raise SelfTestFailed(f"the document font has no {''.join(absent)}")
    (folder / "consent-kk.pdf").write_bytes(pdf)
    return f"consent form in Kazakh rendered ({len(pdf) // 1024} KiB)"


def _holidays() -> str:
    """Kazakhstan's holidays come from the holidays package: its country module is imported
    by name and its Kazakh names are gettext catalogues, both easy for a bundle to miss."""
    # lazy: each step imports what it checks, so a broken part fails its own step
    from .models.holidays import package_days_off

    days = package_days_off(2026)
    nauryz = [d for d in days if d.day.month == 3 and 21 <= d.day.day <= 23]
    if len(nauryz) != 3 or "Наурыз" not in nauryz[0].name_kk:
        raise SelfTestFailed("the holidays of Kazakhstan are missing or have no Kazakh names")
    return f"holidays of Kazakhstan read ({len(days)} days off in 2026, in Kazakh)"


def run(out=None) -> int:
    """Every step in order; 0 when all pass, 1 at the first that fails."""
    out = out or sys.stdout
    with tempfile.TemporaryDirectory(prefix="senim-self-test-") as tmp:
        folder = Path(tmp)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("resources", _resources), ("translations", _translations),
            ("modules", _modules), ("holidays", _holidays),
            ("journal", lambda: _journal(folder / "journal")), ("pdf", lambda: _pdf(folder))]
        for name, step in steps:
            try:
                said = step()
            except SelfTestFailed as exc:
                return _failed(name, str(exc))
            except Exception as exc:  # noqa: BLE001 - one line, never a traceback
                return _failed(name, f"{type(exc).__name__}: {exc}")
            print(f"ok  {said}", file=out, flush=True)
    # lazy: each step imports what it checks, so a broken part fails its own step
    from . import __version__

    print(f"Senim {__version__}: self-test passed", file=out, flush=True)
    return 0


def _failed(step: str, reason: str) -> int:
    lines = reason.strip().splitlines() or ["no reason given"]
    print(f"self-test FAILED at {step}: {lines[0]}", file=sys.stderr, flush=True)
    return 1
