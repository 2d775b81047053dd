"""The referral form: a draft for a pupil, consent or an urgent reason, the summary drafted
from records, sending (numbered and frozen), the steps after it, amendments, the letter's
preview with printing and saving recorded; and the pupil card's referral and consent form.

NOW (tests/views/conftest.py) is Friday 20 November 2026, 10:00; dates show as dd/MM/yyyy."""

from datetime import date, datetime

import pytest
from pdf_stubs import fake_preview, spy_renderer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import choose, never_block, save_button, shown, type_text

from desktop.models.audit import AuditFilter
from desktop.models.organisation import OrganisationInput
from desktop.models.referral_record import ReferralInput
from desktop.models.school import SchoolInput
from desktop.services.filters import ListFilter
from desktop.views.widgets.colors import ALERT
from desktop.views.pupils.pupil_card import PupilCard
from desktop.views.referrals.referral_form import ReferralDialog

CENTRE_KK = "Әуезов ауданының психологиялық қолдау орталығы"
CENTRE_RU = "Центр психологической поддержки Ауэзовского района"
REASON = "Сыныптастары жүйелі түрде мазақтайды, мектепке барғысы келмейді"


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


@pytest.fixture
def centre(services):
    services.school.save(SchoolInput(name_kk="№ 145 мектеп", name_ru="Школа № 145",
                                     director="Сәрсенбаева Г. Қ.", psychologist="Омарова Д. С.",
                                     director_kk="Сәрсенбаева Г. Қ."))
    return services.organisations.create(OrganisationInput(
        kind="support_centre", name_kk=CENTRE_KK, name_ru=CENTRE_RU, head="Жақыпова Ә. С.",
        head_kk="Жақыпова Ә. С."))


@pytest.fixture
def asem(make_pupil):
    return make_pupil()  # Нұрланова Әсем, 7Ә, studies in Kazakh, mother Нұрланова Гүлнар


@pytest.fixture
def dialog(qtbot, services):
    def make(referral_id=None, pupil_ids=(), svc=None):
        d = ReferralDialog(svc or services, referral_id=referral_id, pupil_ids=pupil_ids)
        qtbot.addWidget(d)
        d.show()
        return d

    return make


def ok(d):
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok)


def draft(services, pupil, org, **kw):
    data = ReferralInput(pupil_id=pupil.id, organisation_id=org.id, language="kk",
                         reason=REASON, consent_by="Нұрланова Гүлнар",
                         consent_date=date(2026, 10, 1), consent_how="written")
    for k, v in kw.items():
        setattr(data, k, v)
    return services.referrals.create(data)


def fill_draft(d, centre):
    choose(d.organisation, str(centre.id))
    type_text(d.reason, REASON)
    type_text(d.consent_by, "Нұрланова Гүлнар")
    d.consent_date.set_value(date(2026, 11, 2))
    choose(d.consent_how, "written")


# --- the draft ----------------------------------------------------------------------------------


def test_a_draft_for_the_pupil_in_their_language(qtbot, services, dialog, asem, centre):
    d = dialog(pupil_ids=[asem.id])
    assert d.windowTitle() == "New referral"
    assert d.pupil_label.text() == "Нұрланова Әсем — 7Ә"
    assert d.language.currentData() == "kk"  # she studies in Kazakh
    assert d.status_label.text() == "Draft: not sent yet, no number."
    assert not shown(d.no_consent_reason) and not shown(d.amendments)
    fill_draft(d, centre)
    with qtbot.waitSignal(d.saved):
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
    (row,) = services.referrals.page(ListFilter(), 0, 5)
    saved = services.referrals.get(row.id)
    assert saved.status == "draft" and saved.reason == REASON and saved.language == "kk"
    assert (saved.consent_by, saved.consent_date, saved.consent_how) == (
        "Нұрланова Гүлнар", date(2026, 11, 2), "written")
    assert saved.organisation.id == centre.id


def test_a_russian_medium_pupil_gets_a_russian_letter(dialog, make_pupil, centre):
    pupil = make_pupil("Ковалёва", "Дарья", class_name="5В", study_language="ru")
    assert dialog(pupil_ids=[pupil.id]).language.currentData() == "ru"


def test_a_routine_referral_without_consent_says_what_is_missing(services, dialog, asem, centre):
    d = dialog(pupil_ids=[asem.id])
    choose(d.organisation, str(centre.id))
    type_text(d.reason, REASON)
    assert not d.save()
    assert d.error_text("consent_by").startswith("A routine referral needs a parent's consent")
    assert services.referrals.count() == 0


def test_urgent_without_consent_asks_why_it_cannot_wait(services, dialog, asem, centre):
    d = dialog(pupil_ids=[asem.id])
    choose(d.organisation, str(centre.id))
    type_text(d.reason, REASON)
    choose(d.urgency, "urgent")
    assert shown(d.no_consent_reason)
    assert not d.save()
    assert d.error_text("no_consent_reason") == (
        "Without a parent's consent, write why the referral cannot wait.")
    type_text(d.no_consent_reason, "Өзіне зиян келтіру қаупі, ата-анасы хабарласпайды")
    assert d.save()
    (row,) = services.referrals.page(ListFilter(), 0, 5)
    assert row.urgent


@pytest.mark.parametrize("kind", ["juvenile_police", "kdn"])
def test_a_report_to_the_police_inspector_or_the_kdn_needs_no_consent(services, dialog, asem,
                                                                     centre, kind):
    org = services.organisations.create(OrganisationInput(kind=kind, name_kk="Адресат",
                                                          name_ru="Адресат"))
    d = dialog(pupil_ids=[asem.id])
    choose(d.organisation, str(centre.id))
    assert d.consent_hint.text().startswith("A referral needs a parent's consent")
    choose(d.organisation, str(org.id))
    assert d.consent_hint.text().startswith("Not required for this recipient")
    choose(d.urgency, "urgent")
    assert not shown(d.no_consent_reason)  # nothing to explain: no consent is needed
    type_text(d.reason, REASON)
    assert d.save()
    (row,) = services.referrals.page(ListFilter(), 0, 5)
    saved = services.referrals.get(row.id)
    assert saved.consent_by == "" and saved.no_consent_reason == ""


def test_the_pmpk_refuses_oral_consent_beside_the_field(services, dialog, asem, centre):
    pmpk = services.organisations.create(OrganisationInput(kind="pmpk", name_kk="ПМПК",
                                                           name_ru="ПМПК"))
    d = dialog(pupil_ids=[asem.id])
    fill_draft(d, centre)
    choose(d.organisation, str(pmpk.id))
    assert "written consent" in d.consent_hint.text()
    choose(d.consent_how, "oral")
    assert not d.save()
    assert d.error_text("consent_how") == (
        "The ПМПК needs a parent's written consent (a signed form): oral consent, in person "
        "or by phone, is not enough.")
    assert services.referrals.count() == 0
    choose(d.consent_how, "written")
    assert d.save()


def test_the_summary_is_drafted_from_the_chosen_records(qtbot, services, dialog, asem, centre,
                                                        make_pupil, records):
    arman = make_pupil("Серіков", "Арман", sex="male")
    records.observation([(asem.id, "target"), (arman.id, "aggressor")],
                        occurred_at=datetime(2026, 11, 16, 12, 15), forms=["verbal", "cyber"],
                        severity=3, description="Сынып чатында мазақтады")
    records.session([asem.id], starts_at=datetime(2026, 11, 18, 14, 30),
                    reason="Мазасыздық", notes="ҚҰПИЯ ЖАЗБА", outcome="Қайта кездесу")
    d = dialog(pupil_ids=[asem.id])
    type_text(d.summary, "Анасы өтініш жазды.")
    picker = d.draft_summary()
    assert picker.records.count() == 2
    assert picker.records.item(0).text().startswith("18/11/2026 — Individual consultation")
    picker.tick(0)
    picker.tick(1)
    qtbot.mouseClick(ok(picker), Qt.MouseButton.LeftButton)
    text = d.summary.toPlainText()
    assert text.startswith("Анасы өтініш жазды.\n\n")
    assert "16.11.2026 — сөзбен, кибербуллинг; рөлі: зардап шегуші" in text
    assert "Себебі: Мазасыздық" in text and "ҚҰПИЯ" not in text
    assert d.dirty  # it is the user's text now, to edit and save


def test_other_pupils_names_are_replaced_and_the_change_is_shown(qtbot, services, dialog, asem,
                                                                  centre, make_pupil, records):
    arman = make_pupil("Серіков", "Арман", sex="male")
    records.observation([(asem.id, "target"), (arman.id, "aggressor")],
                        occurred_at=datetime(2026, 11, 16, 12, 15),
                        description="Серіков Арман чатта мазақтады. Арманға ескерту жасалды.")
    d = dialog(pupil_ids=[asem.id])
    picker = d.draft_summary()
    picker.tick(0)
    qtbot.mouseClick(ok(picker), Qt.MouseButton.LeftButton)
    text = d.summary.toPlainText()
    assert "Арман" not in text and "Серіков" not in text
    assert "Басқа оқушы чатта мазақтады. Басқа оқушы ескерту жасалды." in text
    banner = d.fields.banner.text()
    assert "Серіков Арман, Арманға" in banner and "Read the summary before saving" in banner


def test_drafting_needs_a_pupil_first(dialog, centre):
    d = dialog()
    assert d.draft_summary() is None
    assert d.error_text("pupil_id") == "This field is required."


def test_a_new_organisation_from_the_form_is_chosen(qtbot, services, dialog, asem, centre):
    d = dialog(pupil_ids=[asem.id])
    org = d.new_organisation()
    choose(org.kind, "pmpk")
    type_text(org.name_ru, "ПМПК г. Алматы")
    with qtbot.waitSignal(org.saved):
        assert org.save()
    assert d.organisation.currentText() == "ПМПК г. Алматы"
    assert d.organisation.currentData() != str(centre.id)


# --- sending and after --------------------------------------------------------------------------


def test_sending_saves_numbers_and_freezes_the_referral(qtbot, services, dialog, asem, centre):
    d = dialog(pupil_ids=[asem.id])
    fill_draft(d, centre)
    step = d.send()  # saved first, then asked the date
    assert d.referral_id is not None and services.referrals.get(d.referral_id).draft
    assert step.windowTitle() == "Send the referral" and "cannot be changed" in step.intro.text()
    assert ok(step).text() == "Send"
    with qtbot.waitSignal(d.saved):
        qtbot.mouseClick(ok(step), Qt.MouseButton.LeftButton)
    r = services.referrals.get(d.referral_id)
    assert r.number == "1/2026-27" and r.sent_on == date(2026, 11, 20)
    assert d.status_label.text() == "No. 1/2026-27 · Sent 20/11/2026"
    assert d.windowTitle() == "Referral No. 1/2026-27: Нұрланова Әсем"
    assert d.reason.isReadOnly() and not d.organisation.isEnabled()
    assert not save_button(d).isEnabled() and not shown(d.send_button)
    assert "kept as sent" in d.banner.text()
    assert shown(d.next_button) and d.next_button.text() == "Ac&knowledged…"
    assert shown(d.amendments)


def test_a_send_date_in_the_future_is_refused_beside_it(qtbot, services, dialog, asem, centre):
    r = draft(services, asem, centre)
    d = dialog(referral_id=r.id)
    step = d.send()
    step.on_date.setDate(step.on_date.date().addDays(1))
    assert not step.save()
    assert step.error_text("on_date") == "This date is in the future."
    assert services.referrals.get(r.id).draft and not d.frozen


def test_the_steps_after_sending_each_with_its_date(qtbot, services, dialog, asem, centre):
    r = draft(services, asem, centre)
    services.referrals.send(r.id, date(2026, 11, 2))
    d = dialog(referral_id=r.id)
    step = d.next_step()
    assert step.windowTitle() == "The organisation acknowledged the referral"
    step.on_date.setDate(step.on_date.date().addDays(-15))  # 05/11
    assert step.save()
    assert d.next_button.text() == "&Feedback received…"
    step = d.next_step()
    assert not step.save()
    assert step.error_text("feedback") == "Write what the organisation answered."
    type_text(step.feedback, "Оқушы 4 кеңеске келді, отбасымен жұмыс жалғасады")
    assert step.save()
    assert shown(d.feedback_label)
    assert d.feedback_label.text() == "Оқушы 4 кеңеске келді, отбасымен жұмыс жалғасады"
    assert d.next_button.text() == "Close re&ferral…"
    assert d.next_step().save()
    assert d.status_label.text() == ("No. 1/2026-27 · Sent 02/11/2026 · Acknowledged "
                                     "05/11/2026 · Feedback received 20/11/2026 · Closed "
                                     "20/11/2026")
    assert not shown(d.next_button)
    assert services.referrals.get(r.id).status == "closed"


def test_a_referral_waiting_for_feedback_says_so_in_red(services, dialog, asem, centre):
    r = draft(services, asem, centre)
    services.referrals.send(r.id, date(2026, 10, 1))
    d = dialog(referral_id=r.id)
    assert d.status_label.text().endswith("Waiting for feedback: 50 days since it was sent.")
    assert ALERT.name() in d.status_label.styleSheet()


def test_amendments_after_sending_and_the_amended_copy(qtbot, services, dialog, asem, centre,
                                                      monkeypatch):
    previews, letters = fake_preview(monkeypatch), spy_renderer(monkeypatch, "render_referral")
    r = draft(services, asem, centre)
    services.referrals.send(r.id, date(2026, 11, 2))
    d = dialog(referral_id=r.id)
    assert not shown(d.amended_button)
    amendment = d.add_amendment()
    type_text(amendment.text, "Анасының жаңа телефоны: +7 701 000 00 00")
    with qtbot.waitSignal(d.saved):
        assert amendment.save()
    assert d.amendments.rowCount() == 1
    assert d.amendments.item(0, 0).text() == "20/11/2026, No. 2/2026-27"
    assert d.amendments.item(0, 1).text() == "Анасының жаңа телефоны: +7 701 000 00 00"
    assert shown(d.amended_button)
    d.preview()
    d.preview(amended=True)
    assert [l.amendments for l in letters] == [
        (), ((date(2026, 11, 20), "Анасының жаңа телефоны: +7 701 000 00 00"),)]
    # The amended copy is a letter of its own, with the next number of the year.
    assert previews[-1].title == "Referral letter No. 2/2026-27"
    assert previews[-1].suggested_name == "Жолдама 2-2026-27.pdf"
    assert letters[-1].amends_number == "1/2026-27"


def test_a_sent_referrals_form_has_no_colliding_shortcut_letters(services, dialog, asem, centre):
    from test_form_common import mnemonics

    r = draft(services, asem, centre)
    services.referrals.send(r.id, date(2026, 11, 2))
    d = dialog(referral_id=r.id)
    assert {k: v for k, v in mnemonics(d).items() if len(v) > 1} == {}


# --- the letter's preview -------------------------------------------------------------------------


def test_preview_saves_the_draft_then_shows_its_letter_and_records_print_and_pdf(
        qtbot, services, dialog, asem, centre, monkeypatch):
    previews, letters = fake_preview(monkeypatch), spy_renderer(monkeypatch, "render_referral")
    d = dialog(pupil_ids=[asem.id])
    fill_draft(d, centre)
    d.preview()
    assert d.referral_id is not None  # saved first
    (letter,) = letters
    assert letter.draft and letter.language == "kk"
    assert letter.pupil_name == "Нұрланова Әсем" and letter.addressee == CENTRE_KK
    assert letter.school_name == "№ 145 мектеп" and letter.reason == REASON
    preview = previews[-1]
    assert preview.pdf_bytes.startswith(b"%PDF")
    assert preview.title == "Referral letter (draft)"
    preview.on_printed()
    preview.on_saved("/tmp/жолдама.pdf")
    entries = services.audit.entries(AuditFilter(entity="referral", entity_id=str(d.referral_id)))
    actions = [(e.action, e.detail) for e in entries if e.action in ("print", "pdf")]
    assert actions == [("pdf", "draft,kk"), ("print", "draft,kk")]  # newest first


def test_without_a_renderer_the_user_gets_a_plain_message(qtbot, services, dialog, asem,
                                                          centre, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setitem(sys.modules, "desktop.documents", None)  # import fails
    r = draft(services, asem, centre)
    d = dialog(referral_id=r.id)
    assert d.preview() is None
    boxes = [b for b in d.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "not available" in boxes[-1].text()


# --- from the pupil card --------------------------------------------------------------------------


@pytest.fixture
def card(services, qtbot):
    c = PupilCard(services)
    qtbot.addWidget(c)
    c.resize(900, 600)
    c.show()
    return c


def test_the_card_shows_referrals_in_the_chronology_waiting_in_red(services, card, asem,
                                                                   centre):
    r = draft(services, asem, centre)
    services.referrals.send(r.id, date(2026, 10, 1))
    card.show_pupil(asem.id)
    model = card.chronology
    row = model.find_row(r.id)
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells == ["01/10/2026", "Referral", f"To: {CENTRE_KK}", "Waiting for feedback",
                     REASON]
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color() == ALERT


def test_the_card_opens_a_new_referral_for_its_pupil(card, asem, fake_dialogs):
    card.show_pupil(asem.id)
    card.referral_button.click()
    assert fake_dialogs[-1].name == "ReferralDialog"
    assert fake_dialogs[-1].kwargs["pupil_ids"] == [asem.id]


def test_the_consent_form_from_the_card_is_filled_in_and_recorded(services, card, asem,
                                                                  centre, monkeypatch):
    previews, forms = fake_preview(monkeypatch), spy_renderer(monkeypatch,
                                                             "render_consent_form")
    card.show_pupil(asem.id)
    card.consent_form_button.click()
    (form,) = forms
    assert form.language == "kk" and form.pupil_name == "Нұрланова Әсем"
    assert form.class_name == "7Ә" and form.guardian_name == "Нұрланова Гүлнар"
    assert form.school_name == "№ 145 мектеп" and form.director == "Сәрсенбаева Г. Қ."
    previews[-1].on_printed()
    (entry,) = services.audit.entries(AuditFilter(action="print"))
    assert (entry.entity, entry.entity_id, entry.detail) == ("pupil", str(asem.id),
                                                            "consent_form,kk")


def test_the_consent_form_from_the_pupil_form_uses_what_is_typed(qtbot, services, centre,
                                                                 monkeypatch):
    from desktop.views.pupils.pupil_form import PupilDialog

    fake_preview(monkeypatch)
    forms = spy_renderer(monkeypatch, "render_consent_form")
    d = PupilDialog(services)
    qtbot.addWidget(d)
    type_text(d.surname, "Ковалёва")
    type_text(d.given_name, "Дарья")
    type_text(d.class_name, "5В")
    choose(d.study_language, "en")
    d.consent_form_button.click()
    (form,) = forms
    assert (form.pupil_name, form.class_name, form.language) == ("Ковалёва Дарья", "5В", "ru")
    assert form.school_name == "Школа № 145"


def test_a_letter_in_one_language_with_texts_in_the_other_asks_before_printing(
        services, dialog, asem, centre, monkeypatch):
    from desktop.views.referrals import printing

    previews = fake_preview(monkeypatch)
    asked = []
    # Drafted in Kazakh, to be printed in Russian: the reason is named, nothing opens yet.
    r = draft(services, asem, centre, language="ru")
    d = dialog(referral_id=r.id)
    box = d.preview()
    assert box.objectName() == "mixedLanguage" and box.isVisible() and previews == []
    assert ("The letter is in Russian, but these seem to be written in Kazakh: the reason."
            in box.text())
    assert "correct the texts or the details first" in box.text()
    box.button(box.StandardButton.Cancel).click()  # Cancel: no preview
    assert previews == []
    box = d.preview()
    box.anyway.click()  # «Print anyway»
    assert len(previews) == 1
    monkeypatch.setattr(printing, "confirm_mixed_language",
                        lambda parent, text, go: asked.append(text))
    # The same letter in Kazakh, with the details in Kazakh too: nothing to ask.
    asked.clear()
    k = draft(services, asem, centre)
    dialog(referral_id=k.id).preview()
    assert asked == [] and len(previews) == 2
