"""The sizes are a contract: at 1366×768 and 1024×700, in Kazakh, Russian and English, at
100% and 125%, every page and dialog shows its labels, buttons, tabs, column headers and
menus whole (table cells may be cut only with their whole text in a tooltip), fits the
screen, and keeps its buttons on it. Dialogs include the record forms opened on filled
records (a pupil with a long name, long texts), the letter's preview and the pupil file.

How it is measured (tests/fit.py): each widget's text with its own font metrics against its
contents rectangle. The screen is the one the application asks about
(desktop/views/widgets/record_dialog.py, patched here to the size under test, less a 40 px task
bar; a window's title bar takes another 30). 125% scaling is stood in for by a font 1.25×
larger, as Qt cannot change QT_SCALE_FACTOR inside one process: text then takes the room it
would take at 125%, against the same logical screen."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from desktop.demo.generator import generate_demo
from desktop.settings import Settings
from desktop.views.widgets import record_dialog as screen_module
from fit import clipped, menu_faults
from ui_helpers import never_block

TASK_BAR, TITLE_BAR = 40, 30
SIZES = ((1366, 768), (1024, 700))


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    """One small demo journal with a real keyring (the accounts dialog reads it), for the
    whole module: realistic names, classes and records."""
    from desktop.models.account import AccountInput
    from desktop.vault import set_up

    folder = tmp_path_factory.mktemp("sizes")
    services, _ = set_up(folder, AccountInput(
        user_name="aigerim", display_name="Айгерім Сапарқызы", password="Психолог-2026"))
    generate_demo(services.db, services.ctx, pupils=80, records=400, seed=3)
    services.long_records = _long_records(services)
    yield folder, services
    services.db.dispose()


LONG = ("Сыныптастары үзілістерде және сабақтан кейін жүйелі түрде мазақтайды, әлеуметтік "
        "желідегі сынып чатында қорлайтын хабарламалар жазады; оқушы мектепке барғысы келмейтінін "
        "айтады, ұйқысы бұзылған, сабақ үлгерімі төмендеген. ") * 3


def _long_records(services):
    """A pupil with a long name and a record of every kind about them, every text long: the
    forms opened on them (what a user sees most) must fit as the empty ones do."""
    from datetime import datetime, timedelta

    from desktop.models.case import CaseInput
    from desktop.models.concern import ConcernInput
    from desktop.models.journal import (
        FollowUpInput, ObservationInput, Participant, SessionInput,
    )
    from desktop.models.organisation import OrganisationInput
    from desktop.models.prevention import ActivityInput
    from desktop.models.pupil import GuardianInput, PupilInput
    from desktop.models.referral_record import ReferralInput

    today = services.ctx.today()
    at = datetime.combine(today - timedelta(days=3), datetime.min.time()).replace(hour=10)
    pupil = services.pupils.create(PupilInput(
        surname="Абдуллабекова-Жанәділова", given_name="Гүлжанат-Әйгерім",
        patronymic="Нұрсұлтанқызы", sex="female", birth_date=today.replace(year=today.year - 13),
        class_name="7Ә", study_language="kk", consent_status="given",
        consent_date=today - timedelta(days=60), consent_by="Абдуллабекова Гүлнар Серікқызы",
        address="Алматы қ., Әуезов ауданы, Жандосов көшесі, 158-үй, 47-пәтер",
        guardians=[GuardianInput("Абдуллабекова-Жанәділова Гүлнар Серікқызы", "mother",
                                 "+7 701 555 12 34")]))
    other = services.pupils.search("")[0].id
    session = services.sessions.create(SessionInput(
        starts_at=at, duration_min=45, kind="individual", initiator="teacher",
        pupil_ids=[pupil.id], reason=LONG[:490].strip(), status="held", notes=LONG, outcome=LONG))
    observation = services.observations.create(ObservationInput(
        occurred_at=at, place="canteen", forms=["verbal", "cyber", "social"], severity=3,
        participants=[Participant(pupil.id, "target"), Participant(other, "aggressor")],
        reporter="teacher", description=LONG))
    follow_up = services.followups.create(FollowUpInput(
        pupil_id=pupil.id, what=LONG, due_date=today + timedelta(days=5),
        responsible="Сынып жетекшісі Әбілқасымова Әйгерім Нұрланқызы"))
    concern = services.concerns.create(ConcernInput(
        received_at=at, source="parent", channel="written",
        from_name="Абдуллабекова-Жанәділова Гүлнар Серікқызы", contact="+7 701 555 12 34",
        pupil_ids=[pupil.id], summary=LONG))
    case = services.cases.create(CaseInput(
        title=LONG[:150].strip(), opened_on=today - timedelta(days=3),
        participants=[Participant(pupil.id, "target"), Participant(other, "aggressor")],
        responsible="Директордың тәрбие ісі жөніндегі орынбасары Сәрсенбаева Г. Қ.", note=LONG))
    centre = services.organisations.create(OrganisationInput(
        kind="support_centre",
        name_kk="Алматы қаласы Әуезов ауданының балалар мен жасөспірімдерге психологиялық "
                "қолдау көрсету орталығы",
        name_ru="Центр психологической поддержки детей и подростков Ауэзовского района "
                "города Алматы"))
    referral = services.referrals.create(ReferralInput(
        pupil_id=pupil.id, organisation_id=centre.id, language="kk", urgency="routine",
        reason=LONG, summary=LONG, measures=LONG,
        consent_by="Абдуллабекова-Жанәділова Гүлнар Серікқызы",
        consent_date=today - timedelta(days=4), consent_how="written"))
    activity = services.prevention.create(ActivityInput(
        held_on=today - timedelta(days=2), programme="dosbol_like", topic=LONG[:200].strip(),
        audience="pupils", class_name="7Ә", participants=27,
        led_by="Педагог-психолог Абдуллабекова-Жанәділова Гүлжанат"))
    return dict(pupil=pupil.id, records=[
        ("session", session.id), ("observation", observation.id),
        ("followup", follow_up.id), ("concern", concern.id), ("case", case.id),
        ("referral", referral.id), ("prevention", activity.id), ("pupil", pupil.id)])


def _record_forms(window, services):
    """The record forms opened on the long records, the letter's preview, the pupil file."""
    from desktop.views.pupils.pupil_file_dialog import PupilFileDialog
    from desktop.views.record_actions import open_record
    from desktop.views.referrals.printing import preview_referral

    found = dict(services.long_records["records"])
    forms = [(f"{kind} form, filled", lambda k=kind, i=record_id: open_record(
        services, window, k, i)) for kind, record_id in services.long_records["records"]]
    pupil = services.pupils.get(services.long_records["pupil"])

    def pupil_file():
        dialog = PupilFileDialog(services, pupil, window)
        dialog.open()
        return dialog

    return forms + [
        ("letter preview", lambda: preview_referral(services, window, found["referral"])),
        ("pupil file", pupil_file)]


@pytest.fixture
def at_size(monkeypatch, qapp):
    """Set the screen the application sees, and the scaling (font size)."""
    font = qapp.font()

    def set_(width, height, scale):
        room = QRect(0, 0, width, height - TASK_BAR)
        monkeypatch.setattr(screen_module, "available", lambda _widget=None: room)
        bigger = qapp.font()
        bigger.setPointSizeF(font.pointSizeF() * scale)
        qapp.setFont(bigger)
        return room

    yield set_
    qapp.setFont(font)


def _faults(window: QWidget, room: QRect, where: str) -> list[str]:
    for _ in range(3):  # a layout asks again after it has been laid out (wrapped labels)
        QApplication.processEvents()
    return [f"{where}: {f}" for f in clipped(window, room)]


def _open_dialogs(window):
    """Every dialog the menus open, and the record forms from the card."""
    return [
        ("new pupil", window.new_pupil), ("new session", window.new_session),
        ("new observation", window.new_observation), ("new follow-up", window.new_follow_up),
        ("new concern", window.new_concern), ("new case", window.new_case),
        ("new referral", window.new_referral), ("new preventive activity", window.new_prevention),
        ("school profile", window.edit_school), ("school year", window.edit_calendar),
        ("organisations", window.edit_organisations),
        ("early warning", window.edit_warning_settings), ("holidays", window.edit_holidays),
        ("accounts", window.manage_accounts), ("audit trail", window.show_audit),
        ("backups", window.show_backups), ("password", window.change_password),
        ("export", window.export_all_data), ("import", window.import_pupils),
        ("about", window.show_about),
    ]


def _sign_in_faults(qtbot, folder, inner, where):
    """The sign-in panel, and the lock screen (whose journal is locked, someone else)."""
    from desktop.views.accounts.sign_in import SignInPanel
    from desktop.views.main_window import MainWindow

    faults = []
    for locked in (False, True):
        window = MainWindow(None, Settings(), folder)
        qtbot.addWidget(window)
        window.resize(inner.size())
        panel = SignInPanel()
        if locked:
            panel.lock_to("aigerim")
        window.show_opening(panel)
        window.show()
        faults += _faults(window, inner, f"{where} {'lock screen' if locked else 'sign-in'}")
        window.close()
        window.deleteLater()
    return faults


@pytest.mark.parametrize("scale", [1.0, 1.25], ids=["100%", "125%"])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_page_and_dialog_fits(qapp, qtbot, tmp_path, journal, at_size, monkeypatch,
                                    language, scale):
    from desktop.views.main_window import PAGE_MODULES, PUPILS, MainWindow
    from desktop.views.widgets.i18n import install_language

    never_block(monkeypatch)
    install_language(qapp, language)
    folder, services = journal
    pupil = services.pupils.search("")[0]
    faults: list[str] = []
    try:
        for width, height in SIZES:
            room = at_size(width, height, scale)
            where = f"{language} {width}x{height} {int(scale * 100)}%"
            window = MainWindow(services, Settings(language=language), folder)
            qtbot.addWidget(window)
            inner = QRect(0, 0, room.width(), room.height() - TITLE_BAR)
            window.resize(inner.size())  # maximised
            window.show()
            faults += [f"{where}: {f}" for f in menu_faults(window.menuBar(), room)]
            for index in range(len(PAGE_MODULES)):
                window.show_page(index)
                faults += _faults(window, inner, f"{where} page {index}")
            window.show_page(PUPILS)
            window.show_pupil(pupil.id)
            faults += _faults(window, inner, f"{where} pupil card")
            window.show_pupil(services.long_records["pupil"])  # a record of every kind
            faults += _faults(window, inner, f"{where} pupil card, long name")
            for name, open_ in _open_dialogs(window) + _record_forms(window, services):
                dialog = open_()
                faults += _faults(dialog, inner, f"{where} {name}")
                dialog.reject() if hasattr(dialog, "reject") else dialog.close()
            window.close()
            window.deleteLater()
            faults += _sign_in_faults(qtbot, folder, inner, where)
    finally:
        install_language(qapp, "en")
    assert not faults, "\n".join(faults)

