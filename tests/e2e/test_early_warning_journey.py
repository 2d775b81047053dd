"""Early warning, cases and referrals, walked through the real application as a school
psychologist walks them: signing in through the panel, File menu actions, the real dialogs
(window-modal, opened with open()), the dashboard, the pupil card, the Cases page, the
referral's send step and the letter's PDF preview.

Services are used only to set up what a journey does not cover (an organisation in the
directory) and to check what the user cannot see on screen (the audit trail). The app's
"today" is the real date, so every date here is relative to now."""

import io
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop import cli
from desktop.app import start
from desktop.models.organisation import OrganisationInput
from desktop.models.referral_record import school_year, short_year
from desktop.vault import DEMO_PASSWORD, DEMO_USER
from desktop.views.dashboard.attention_page import AttentionPage, DismissDialog
from desktop.views.cases.case_form import CaseDialog
from desktop.views.concerns.concern_form import ConcernDialog
from desktop.views.widgets.form_widgets import pupil_line
from desktop.views.main_window import CASES, DASHBOARD, PUPILS, REFERRALS
from desktop.views.observations.observation_form import ROLE_COL, ObservationDialog
from desktop.views.referrals.pdf_preview import PdfPreviewDialog
from desktop.views.pupils.pupil_picker import PupilPickerDialog
from desktop.views.referrals.referral_form import ReferralDialog, StepDialog
from desktop.views.sessions.session_form import SessionDialog
from ui_helpers import choose, choose_in_cell, never_block, save_button, type_text

KAZAKH_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")


# --- the application -------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    never_block(monkeypatch)  # a failed step must not leave a form asking, forever, to save


@pytest.fixture
def data_dir(tmp_path):
    """A demo school with pupils and no records yet: whatever the dashboard raises, this
    journey raised it (the demo's own records would put older warnings first)."""
    assert cli.main(["--data-dir", str(tmp_path), "demo", "--pupils", "30", "--records", "0",
                     "--seed", "11"]) == 0
    return tmp_path


def open_app(qapp, qtbot, data_dir, lang="en"):
    """Start the app and sign in through its panel, as a user does (on a worker thread)."""
    senim = start(qapp, data_dir, lang=lang)
    qtbot.addWidget(senim.window)
    panel = senim.sign_in_panel
    assert panel is not None and panel.isVisible()
    type_text(panel.user, DEMO_USER)
    type_text(panel.password, DEMO_PASSWORD)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: senim.window.ready, timeout=15000)
    return senim


def close_app(senim):
    senim.window.close()
    senim.close()


def opened_dialog(qtbot, kind):
    """The newest visible dialog of this kind (the last click opened it, window-modal)."""
    found = []

    def there():
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(there)
    return found[-1]


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), f"{button.text()!r} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_in_picker(qtbot, add_button, typed, wanted_line):
    """Press "Add pupils…"/"Choose pupil…", then in the picker (it runs its own event loop)
    type part of the name, tick the pupil whose line is `wanted_line` and press Add."""
    seen = {}

    def drive():
        picker = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, PupilPickerDialog) and w.isVisible())
        try:
            type_text(picker.search_edit, typed)
            lines = [picker.results.item(i).text() for i in range(picker.results.count())]
            seen["lines"] = lines
            row = lines.index(wanted_line)
            if picker.multi:
                picker.toggle(row)
            picker.results.setCurrentRow(row)
            ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        except Exception as exc:  # noqa: BLE001 - reported below, never a picker left open
            seen["error"] = repr(exc)
            picker.reject()

    QTimer.singleShot(0, drive)
    click(qtbot, add_button)
    assert "error" not in seen, f"the picker showed {seen.get('lines')}: {seen.get('error')}"


def rows_of(view):
    model = view.model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def kazakh_pupil(services, exclude=()):
    """A demo pupil with a Kazakh letter in the surname and the parents' consent given."""
    return next(r for r in services.pupils.search("")
                if KAZAKH_LETTERS & set(r.full_name.split()[0]) and r.consent_status == "given"
                and r.id not in exclude)


def short_name(pupil):
    """Surname and given name, as the dashboard and the registers show a pupil."""
    return " ".join(pupil.full_name.split()[:2])


def line_of(pupil):
    """How the pickers and the pupil lists of the forms show a pupil."""
    return pupil_line(pupil.full_name, pupil.class_name)


# --- 1. a parent complains, a risk is noted, the dashboard raises it ------------------------------

def test_a_parents_concern_and_a_risk_of_self_harm_reach_the_dashboard(qapp, qtbot, data_dir):
    senim = open_app(qapp, qtbot, data_dir)
    window, services = senim.window, senim.services
    assert window.current_page() == DASHBOARD
    dashboard = window.page(DASHBOARD)
    assert isinstance(dashboard, AttentionPage) and dashboard.isVisible()
    assert rows_of(dashboard.attention) == [] and not dashboard.banner.isVisible()
    assert rows_of(dashboard.concerns) == []
    assert not dashboard.open_button.isEnabled() and not dashboard.dismiss_button.isEnabled()

    pupil = kazakh_pupil(services)

    # File → New concern…: the mother phoned.
    window.new_concern_action.trigger()
    concern = opened_dialog(qtbot, ConcernDialog)
    assert concern.windowTitle() == "New concern"
    choose(concern.source, "parent")
    choose(concern.channel, "phone")
    type_text(concern.from_name, "Анасы — Гүлмира Серікқызы")
    type_text(concern.contact, "+7 701 555 12 34")
    assert concern.no_pupils_hint.isVisibleTo(concern)
    pick_in_picker(qtbot, concern.add_pupils_button, pupil.full_name.split()[0][:4],
                   line_of(pupil))
    assert [concern.pupil_ids.item(i).text() for i in range(concern.pupil_ids.count())] \
        == [line_of(pupil)]
    assert not concern.no_pupils_hint.isVisibleTo(concern)
    concern.summary.setPlainText("Қызым сабаққа барғысы келмейді, түнде жылайды, "
                                 "«ешкімге керегім жоқ» дейді.")
    assert concern.ack_label.text().startswith("Acknowledge by ")
    click(qtbot, save_button(concern))
    qtbot.waitUntil(lambda: not concern.isVisible())

    # The dashboard lists it under "Concerns awaiting a response", with its clock (read
    # again on the journal's worker: the window goes on meanwhile).
    qtbot.waitUntil(lambda: dashboard.concerns_box.title() == "Concerns awaiting a response (1)")
    [(received, about, clock)] = rows_of(dashboard.concerns)
    short = " ".join(pupil.full_name.split()[:2])  # surname and given name, as lists show
    assert about == short
    assert clock.startswith("Acknowledge: ")
    assert any(w in clock for w in ("due today", "working day"))  # not overdue: it just came
    assert received.count("/") == 2

    # File → New session… for her, with the risk of self-harm ticked.
    window.new_session_action.trigger()
    session = opened_dialog(qtbot, SessionDialog)
    pick_in_picker(qtbot, session.add_pupils_button, pupil.full_name.split()[0][:4],
                   line_of(pupil))
    choose(session.initiator, "parent")
    type_text(session.reason, "Мазасыздық, өзіне зиян келтіру туралы ойлар")
    session.notes.setPlainText("Өзіне зиян келтіру қаупі бар: бүгін анасымен сөйлесу.")
    session.starts_at.setDateTime(session.starts_at.dateTime().addSecs(-3600))
    assert not session.consent_reason_shown()  # consent given: no reason asked
    session.self_harm_risk.setChecked(True)
    click(qtbot, save_button(session))
    qtbot.waitUntil(lambda: not session.isVisible())

    # The banner names her with the 111 line; she is the first row of the warning list.
    qtbot.waitUntil(dashboard.banner.isVisible)
    banner = dashboard.banner.text()
    assert banner.startswith(f"Risk of self-harm: {pupil.full_name} ({pupil.class_name}).")
    assert "111" in banner
    warnings = rows_of(dashboard.attention)
    assert warnings[0][0] == pupil.full_name and warnings[0][1] == pupil.class_name
    assert dashboard.attention_box.title() == "Needs attention — pupils: 1, warnings: 1"
    assert dashboard.open_button.isEnabled() and dashboard.dismiss_button.isEnabled()

    # Open card: her card, with the concern and the session in the chronology.
    click(qtbot, dashboard.open_button)
    assert window.current_page() == PUPILS
    card = window.pupils_page.card
    qtbot.waitUntil(lambda: card.pupil_id == pupil.id)
    chronology = rows_of(card.chronology_view)
    kinds = [row[1] for row in chronology]
    assert sorted(kinds) == ["Concern", "Session"]
    concern_row = chronology[kinds.index("Concern")]
    assert concern_row[2] == "From: Parent"
    session_row = chronology[kinds.index("Session")]
    assert session_row[4] == "Мазасыздық, өзіне зиян келтіру туралы ойлар"

    # Back on the dashboard: Dismiss… needs a reason.
    window.show_page(DASHBOARD)
    assert dashboard.isVisible()
    dashboard.attention.selectRow(0)
    click(qtbot, dashboard.dismiss_button)
    dismiss = opened_dialog(qtbot, DismissDialog)
    click(qtbot, dismiss.ok)
    assert dismiss.isVisible(), "an empty reason was accepted"
    assert dismiss.error.isVisible() and dismiss.error.text()
    empty_message = dismiss.error.text()
    assert len(rows_of(dashboard.attention)) == len(warnings)

    reason = "Анасымен кездестік, 111 желісі туралы айттық; ЦПП-ға жолдама дайындалуда."
    dismiss.reason.setPlainText(reason)
    click(qtbot, dismiss.ok)
    qtbot.waitUntil(lambda: not dismiss.isVisible())
    remaining = rows_of(dashboard.attention)
    assert all(row[0] != pupil.full_name or "self-harm" not in row[3].lower()
               for row in remaining)
    assert len(remaining) == len(warnings) - 1
    assert not dashboard.banner.isVisible()
    # The concern still waits for its response: dismissing a warning answers nobody.
    assert [row[1] for row in rows_of(dashboard.concerns)] == [short]

    # The audit trail has the dismissal (who, which record), never the reason's text.
    entries = services.audit.entries()
    dismissal = [e for e in entries if e.entity == "warning_dismissal"]
    assert len(dismissal) == 1, [(e.action, e.entity) for e in entries[:10]]
    assert dismissal[0].action == "create" and dismissal[0].actor == DEMO_USER
    assert all(reason not in (e.detail or "") for e in entries)
    assert empty_message  # shown beside the reason box, not in a message box
    close_app(senim)


# --- 2. an incident becomes a bullying case and a referral ----------------------------------------

@pytest.mark.parametrize("letter_language, title", [("kk", "Жолдама"), ("ru", "Направление")])
def test_an_incident_becomes_a_bullying_case_and_a_referral(qapp, qtbot, data_dir,
                                                            letter_language, title):
    senim = open_app(qapp, qtbot, data_dir)
    window, services = senim.window, senim.services
    pupils = services.pupils.search("")
    target = kazakh_pupil(services)
    aggressor = next(r for r in pupils if r.id != target.id)
    # Set-up the journey does not cover: the support centre in the directory.
    centre = services.organisations.create(OrganisationInput(
        kind="support_centre", name_kk="Психологиялық қолдау орталығы",
        name_ru="Центр психологической поддержки", address="Астана, ул. Бейбитшилик, 12",
        phone="+7 7172 55 66 77", head="Ахметова Г. Н.", head_kk="Ахметова Г. Н.",
        address_kk="Астана, Бейбітшілік к-сі, 12"))
    school = services.school.get()
    services.school.save(replace(school, address_kk="Алматы қ., Шұғыла к-сі, 14",
                                 director_kk=school.director))

    # The incident, recorded through the observation form: severity 4, two pupils.
    window.new_observation_action.trigger()
    obs = opened_dialog(qtbot, ObservationDialog)
    obs.add_pupils([target.id, aggressor.id])  # the first one is taken to be the target
    choose_in_cell(qtbot, obs.participants, 1, ROLE_COL, "aggressor")
    choose(obs.place, "corridor")
    obs.form_boxes["physical"].setChecked(True)
    choose(obs.severity, 4)
    choose(obs.reporter, "teacher")
    obs.description.setPlainText("Үзілісте дәлізде итеріп жіберді, сөмкесін лақтырды.")
    obs.occurred_at.setDateTime(obs.occurred_at.dateTime().addSecs(-2 * 3600))
    assert not obs.case_row.isVisibleTo(obs)  # a case starts from a saved incident
    assert obs.save(), obs.banner.text()

    # The target's card shows the incident; opened from her chronology (Enter on the row).
    window.show_pupil(target.id)
    card = window.pupils_page.card
    qtbot.waitUntil(lambda: card.pupil_id == target.id)
    chronology = rows_of(card.chronology_view)
    row = next(i for i, r in enumerate(chronology) if r[1] == "Observation")
    assert chronology[row][2].startswith("Target, severity 4")
    card.chronology_view.activated.emit(card.chronology.index(row, 0))
    incident = opened_dialog(qtbot, ObservationDialog)
    assert incident.case_label.text() == "Not in a case"
    click(qtbot, incident.case_button)

    # The case form opens with both pupils in their roles.
    case = opened_dialog(qtbot, CaseDialog)
    people = [(case.participants.item(r, 0).text(), case.people.roles()[r])
              for r in range(case.participants.rowCount())]
    assert sorted(people) == sorted([(line_of(target), "target"),
                                     (line_of(aggressor), "aggressor")])
    case.title_edit.clear()
    type_text(case.title_edit, "Дәліздегі төбелес")
    if not case.note.toPlainText():
        case.note.setPlainText("Сынып жетекшісі хабарлады.")
    if not case.responsible.text():
        type_text(case.responsible, "Психолог")
    click(qtbot, save_button(case))
    # A new case stays open after its first save, for its stages, help plan and links.
    assert case.case_id is not None and case.isVisible(), case.banner.text()
    click(qtbot, case.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not case.isVisible())
    qtbot.waitUntil(lambda: incident.case_button.text() == "&Open the case…")
    assert "Дәліздегі төбелес" in incident.case_label.text()
    incident.reject()

    # The Cases page lists it.
    window.show_page(CASES)
    cases = window.page(CASES)
    listed = rows_of(cases.table)
    mine = [r for r in listed if r[1] == "Дәліздегі төбелес"]
    assert len(mine) == 1
    assert short_name(target) in mine[0][2] and short_name(aggressor) in mine[0][2]

    # New referral… from the target's card, to the centre, saved as a draft.
    window.show_pupil(target.id)
    qtbot.waitUntil(lambda: card.pupil_id == target.id)
    click(qtbot, card.referral_button)
    referral = opened_dialog(qtbot, ReferralDialog)
    assert referral.pupil_label.text() == line_of(target)
    # The letter's language follows the language the pupil studies in, until one is chosen.
    studies_in = services.pupils.get(target.id).study_language
    assert referral.language.currentData() == (studies_in if studies_in in ("kk", "ru") else "ru")
    choose(referral.language, letter_language)
    index = referral.organisation.findData(str(centre.id))
    assert index > 0, "the directory's organisation is not offered"
    referral.organisation.setCurrentIndex(index)
    referral.reason.setPlainText("Дене зорлық-зомбылығының құрбаны, мазасыздық белгілері.")
    referral.measures.setPlainText("Жеке кеңес өткізілді, ата-анамен кездесу.")
    type_text(referral.consent_by, "Анасы, Гүлмира Серікқызы")
    choose(referral.consent_how, "written")
    referral.consent_date.set_value(datetime.now().date())
    assert referral.status_label.text() == "Draft: not sent yet, no number."
    click(qtbot, save_button(referral))
    qtbot.waitUntil(lambda: not referral.isVisible())

    # The Referrals page lists the draft; opened again from there.
    window.show_page(REFERRALS)
    referrals = window.page(REFERRALS)
    listed = rows_of(referrals.table)
    row = next(i for i, r in enumerate(listed) if r[2] == line_of(target))
    assert listed[row][0] == "draft"
    referrals.table.activated.emit(referrals.table.model().index(row, 0))
    referral = opened_dialog(qtbot, ReferralDialog)
    assert referral.windowTitle() == f"Draft referral: {target.full_name}"
    assert referral.organisation.currentData() == str(centre.id)
    assert referral.send_button.isEnabled() and not referral.frozen

    # Send…: the step dialog asks the date and warns it is then frozen.
    click(qtbot, referral.send_button)
    step = opened_dialog(qtbot, StepDialog)
    assert step.windowTitle() == "Send the referral"
    click(qtbot, step.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not step.isVisible())

    number = f"1/{short_year(school_year(datetime.now().date()))}"
    assert referral.frozen
    assert referral.status_label.text().startswith(f"No. {number}")
    assert referral.windowTitle() == f"Referral No. {number}: {target.full_name}"
    assert referral.banner.isVisible() and number in referral.banner.text()
    # Frozen: nothing to edit, nothing to save.
    assert referral.reason.isReadOnly() and referral.summary.isReadOnly()
    assert referral.measures.isReadOnly() and referral.consent_by.isReadOnly()
    assert not referral.organisation.isEnabled() and not referral.language.isEnabled()
    assert not save_button(referral).isEnabled()
    assert not referral.send_button.isVisible()
    assert not referral.choose_pupil_button.isVisible()

    # Preview letter…: the PDF holds her name letter for letter and the title. The texts
    # were written in Kazakh: a letter in Russian says so first, and prints on «anyway».
    click(qtbot, referral.preview_button)
    if letter_language == "ru":
        warning = opened_dialog(qtbot, QMessageBox)
        assert warning.objectName() == "mixedLanguage" and "the reason" in warning.text()
        click(qtbot, warning.anyway)
    preview = opened_dialog(qtbot, PdfPreviewDialog)
    assert preview.page_count >= 1
    assert preview.pdf_bytes.startswith(b"%PDF")
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(
        io.BytesIO(preview.pdf_bytes)).pages)
    flat = " ".join(text.split())
    assert title in flat, flat[:400]
    for part in target.full_name.split():
        assert part in flat, f"{part!r} not in the letter: {flat[:600]}"
    assert number in flat
    preview.reject()
    referral.reject()
    close_app(senim)


# --- 3. a class list comes in, and everything goes out --------------------------------------------

def test_a_class_list_is_imported_and_exported_with_all_data(qapp, qtbot, data_dir, tmp_path,
                                                              monkeypatch):
    import csv
    from datetime import date

    from openpyxl import Workbook
    from PySide6.QtWidgets import QWizard

    from desktop.models.iin import make_iin
    from desktop.views.storage import import_wizard
    from desktop.views.storage.export_dialog import ExportDialog
    from desktop.views.storage.import_wizard import ImportWizard

    def iin(born, sex):
        return next(i for s in range(1, 200) if (i := make_iin(born, sex, s)) is not None)

    # The class teacher's list: three pupils, one of them with a mistyped IIN.
    born = [date(2013, 5, 4), date(2012, 3, 15), date(2014, 11, 2)]
    good_iin = iin(born[0], "female")
    bad_iin = good_iin[:-1] + str((int(good_iin[-1]) + 1) % 10)  # its check digit is wrong
    wb = Workbook()
    ws = wb.active
    ws.title = "7Ә"
    ws.append(["№", "Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения", "Класс"])
    ws.append([1, "Сейітқалиева", "Әйгерім", "Нұрболқызы", good_iin, born[0], "7Ә"])
    ws.append([2, "Ұзақбаев", "Ерқанат", "Қайратұлы", iin(born[1], "male"), born[1], "7Ә"])
    ws.append([3, "Өмірзақова", "Інжу", "Серікқызы", bad_iin, born[2], "7Ә"])
    path = tmp_path / "7Ә сынып.xlsx"
    wb.save(path)
    imported_names = ["Сейітқалиева Әйгерім Нұрболқызы", "Ұзақбаев Ерқанат Қайратұлы"]
    rejected_name = "Өмірзақова Інжу Серікқызы"

    senim = open_app(qapp, qtbot, data_dir)
    window, services = senim.window, senim.services
    before = services.pupils.count(studying_only=True)

    # File → Import pupils…; the file dialog answers with the list (no real dialog offscreen).
    monkeypatch.setattr(import_wizard, "ask_open_path", lambda parent: str(path))
    window.import_action.trigger()
    wizard = opened_dialog(qtbot, ImportWizard)
    click(qtbot, wizard.file_page.choose_button)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10000)
    assert wizard.file_page.status.text().startswith("3 rows on the sheet «7Ә».")
    for _ in range(2):  # the columns, then the preview
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        qtbot.waitUntil(lambda: not wizard.busy, timeout=10000)
    preview = wizard.preview_page
    assert preview.counts.text() == "To add: 2 · To update: 0 · No change: 0 · Rejected: 1"
    model = preview.model
    rejected = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "Rejected"]
    assert [model.index(r, 0).data() for r in rejected] == ["4"]  # the sheet's row 4
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the rejected row must be left out on purpose
    preview.skip_rejected.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        click(qtbot, finish)
    assert window.statusBar().currentMessage() == (
        "Pupils imported: 2 added, 0 updated, 0 marked as having left.")
    qtbot.waitUntil(  # the counts are read again off the GUI thread
        lambda: window.pupil_count_label.text() == f"Pupils: {before + 2}")

    # The pupils list finds them by a piece of the surname; the rejected one is not there.
    window.show_page(PUPILS)
    page = window.pupils_page
    for name in imported_names + [rejected_name]:
        page.search.clear()
        type_text(page.search, name.split()[0][1:5].lower())
        if hasattr(page, "flush_search"):
            page.flush_search()
        found = [row[0] for row in rows_of(page.table)]
        assert (name in found) == (name != rejected_name), (name, found)

    # File → Export all data… into a folder of ours: pupils.csv holds them.
    out = tmp_path / "export"
    out.mkdir()
    window.export_action.trigger()
    export = opened_dialog(qtbot, ExportDialog)
    export.folder.clear()
    type_text(export.folder, str(out))
    with qtbot.waitSignal(export.finished_export, timeout=30000) as done:
        click(qtbot, export.export_button)
    assert done.args == ["done"]
    (folder,) = out.iterdir()
    assert str(folder) in export.status.text()
    with open(folder / "pupils.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    text = (folder / "pupils.csv").read_text(encoding="utf-8-sig")
    for name in imported_names:
        surname, given, _patronymic = name.split()
        assert any(surname in row.values() and given in row.values() for row in rows), name
    assert "Өмірзақова" not in text and good_iin in text
    assert len(rows) == before + 2
    export.reject()
    close_app(senim)
