"""Referrals: consent, the outgoing number per school year, freezing when sent, amendments,
the steps after sending and their dates, waiting for feedback, the letter as sent, the list,
the chronology and who may do what. NOW is Friday 20 November 2026."""

from datetime import date, datetime, timedelta

import pytest
from referral_factories import CENTRE_KK, CENTRE_RU, organisation_input, referral_input
from unit_factories import TODAY

from desktop.models.pupil import GuardianInput
from desktop.models.school import SchoolInput
from desktop.services import Services
from desktop.services.context import Context, NotAllowed
from desktop.services.errors import ValidationError
from desktop.services.filters import CLOSED, DRAFTS, OPEN, WAITING, ListFilter

CONSENTED = date(2026, 8, 1)


def as_role(services, role):
    return Services.build(services.db, Context(actor=role, role=role, clock=services.ctx.clock))


@pytest.fixture
def school(services):
    return services.school.save(SchoolInput(
        name_kk="№ 47 жалпы білім беретін мектеп", name_ru="Общеобразовательная школа № 47",
        address="Алматы қ., Шұғыла к-сі, 14", phone="+7 727 300 47 47",
        director="Сәрсенбаева Гүлнар Қайратқызы", psychologist="Омарова Динара Серікқызы"))


@pytest.fixture
def centre(services):
    return services.organisations.create(organisation_input())


@pytest.fixture
def draft(services, pupil, centre, school):
    return services.referrals.create(referral_input(pupil.id, centre.id,
                                                    consent_date=CONSENTED))


def sent(services, pupil, org, on_date, **overrides):
    overrides.setdefault("consent_date", CONSENTED)
    r = services.referrals.create(referral_input(pupil.id, org.id, **overrides))
    return services.referrals.send(r.id, on_date)


def codes(call):
    with pytest.raises(ValidationError) as exc:
        call()
    return exc.value.codes()


# --- the draft and consent ---------------------------------------------------------------------


def test_a_draft_has_no_number_and_can_change(services, draft, pupil, centre):
    assert draft.status == "draft" and draft.number == "" and draft.sent_on is None
    assert draft.pupil.full_name == "Әлібеков Нұрғали Қуанышұлы"
    assert draft.organisation.name("kk") == CENTRE_KK
    changed = services.referrals.update(draft.id, referral_input(
        pupil.id, centre.id, consent_date=CONSENTED, reason="Агрессия к одноклассникам"))
    assert changed.reason == "Агрессия к одноклассникам" and changed.status == "draft"


def test_a_routine_referral_without_consent_is_refused(services, pupil, centre):
    got = codes(lambda: services.referrals.create(referral_input(
        pupil.id, centre.id, consent_by="", consent_date=None, consent_how=None)))
    assert got == {"consent_by": "referral.consent_required"}
    assert services.referrals.count() == 0


def test_consent_needs_who_when_and_how(services, pupil, centre):
    got = codes(lambda: services.referrals.create(referral_input(
        pupil.id, centre.id, consent_date=None, consent_how=None)))
    assert got == {"consent_date": "required", "consent_how": "required"}
    got = codes(lambda: services.referrals.create(referral_input(
        pupil.id, centre.id, consent_date=TODAY + timedelta(days=1))))
    assert got == {"consent_date": "date.future"}


def test_a_referrals_consent_is_shown_with_the_pupil_and_never_becomes_theirs(
        services, make_pupil, centre):
    """Consent to a referral is not the consent to psychological work (Order No. 377):
    the pupil's own stays as it was; the newest referral consent is read beside it, for
    those who may read referrals."""
    asked = dict(consent_status="not_asked", consent_date=None, consent_by="")
    new, oral = make_pupil(**asked), make_pupil(iin="", **asked)
    services.referrals.create(referral_input(new.id, centre.id))
    services.referrals.create(referral_input(oral.id, centre.id, consent_how="oral"))
    got = services.pupils.get(new.id)
    assert got.consent_status == "not_asked"
    assert (got.referral_consent.given_on, got.referral_consent.by,
            got.referral_consent.how) == (date(2026, 10, 1), "Әлібекова Ұлжан", "written")
    assert services.pupils.get(oral.id).referral_consent.how == "oral"
    assert make_pupil(iin="", **asked).referral_consent is None


def test_urgent_without_consent_needs_the_reason_written(services, pupil, centre):
    no_consent = dict(consent_by="", consent_date=None, consent_how=None, urgency="urgent")
    got = codes(lambda: services.referrals.create(referral_input(pupil.id, centre.id,
                                                                 **no_consent)))
    assert got == {"no_consent_reason": "referral.no_consent_reason_required"}
    r = services.referrals.create(referral_input(
        pupil.id, centre.id, no_consent_reason="Айтқан ойлары өміріне қауіп төндіреді",
        **no_consent))
    assert r.urgent and r.consent_by == "" and r.consent_date is None
    assert r.no_consent_reason == "Айтқан ойлары өміріне қауіп төндіреді"


def test_the_pmpk_always_needs_consent(services, pupil):
    pmpk = services.organisations.create(organisation_input(kind="pmpk", name_ru="ПМПК",
                                                            name_kk="ПМПК"))
    got = codes(lambda: services.referrals.create(referral_input(
        pupil.id, pmpk.id, consent_by="", consent_date=None, consent_how=None,
        urgency="urgent", no_consent_reason="Срочно")))
    assert got == {"consent_by": "referral.pmpk_consent"}
    assert services.referrals.create(referral_input(pupil.id, pmpk.id)).organisation.kind == "pmpk"


def test_the_pmpk_takes_written_consent_only(services, pupil):
    pmpk = services.organisations.create(organisation_input(kind="pmpk", name_ru="ПМПК",
                                                            name_kk="ПМПК"))
    got = codes(lambda: services.referrals.create(referral_input(pupil.id, pmpk.id,
                                                                 consent_how="oral")))
    assert got == {"consent_how": "referral.pmpk_written"}
    got = codes(lambda: services.referrals.create(referral_input(pupil.id, pmpk.id,
                                                                 consent_how=None)))
    assert got == {"consent_how": "required"}  # not two messages for one empty field
    # Elsewhere oral consent, noted by the school, is still enough.
    centre = services.organisations.create(organisation_input())
    assert services.referrals.create(referral_input(pupil.id, centre.id,
                                                    consent_how="oral")).consent_how == "oral"


def test_a_draft_to_the_pmpk_with_oral_consent_cannot_be_sent(services, pupil, centre):
    pmpk = services.organisations.create(organisation_input(kind="pmpk", name_ru="ПМПК",
                                                            name_kk="ПМПК"))
    r = services.referrals.create(referral_input(pupil.id, centre.id, consent_how="oral"))
    changed = referral_input(pupil.id, pmpk.id, consent_how="oral")
    assert codes(lambda: services.referrals.update(r.id, changed)) == {
        "consent_how": "referral.pmpk_written"}


@pytest.mark.parametrize("kind", ["juvenile_police", "kdn"])
@pytest.mark.parametrize("urgency", ["routine", "urgent"])
def test_a_report_to_the_police_inspector_or_the_kdn_needs_no_consent(services, pupil, school,
                                                                     kind, urgency):
    org = services.organisations.create(organisation_input(kind=kind, name_ru="Адресат",
                                                           name_kk="Адресат"))
    r = services.referrals.create(referral_input(
        pupil.id, org.id, consent_by="", consent_date=None, consent_how=None,
        urgency=urgency))
    assert r.consent_by == "" and r.no_consent_reason == ""
    assert services.referrals.send(r.id, TODAY).number == "1/2026-27"
    assert services.referrals.letter(r.id).addressee_kind == kind  # the letter says why
    # Consent given anyway is recorded, and checked like any other.
    given = services.referrals.create(referral_input(pupil.id, org.id, consent_how="oral"))
    assert (given.consent_by, given.consent_how) == ("Әлібекова Ұлжан", "oral")
    got = codes(lambda: services.referrals.create(referral_input(pupil.id, org.id,
                                                                 consent_date=None)))
    assert got == {"consent_date": "required"}


def test_pupil_organisation_and_reason_are_required(services):
    got = codes(lambda: services.referrals.create(referral_input(None, None, reason=" ")))
    assert got == {"pupil_id": "required", "organisation_id": "required", "reason": "required"}


def test_a_deactivated_organisation_is_not_offered_for_new_referrals(services, pupil, centre):
    services.organisations.set_active(centre.id, False)
    got = codes(lambda: services.referrals.create(referral_input(pupil.id, centre.id)))
    assert got == {"organisation_id": "organisation.inactive"}


# --- the number --------------------------------------------------------------------------------


def test_numbers_run_per_school_year_from_the_first_of_september(services, pupil, centre,
                                                                 school):
    a = sent(services, pupil, centre, date(2026, 8, 31))
    b = sent(services, pupil, centre, date(2026, 8, 31))
    c = sent(services, pupil, centre, date(2026, 9, 1))
    d = sent(services, pupil, centre, date(2026, 11, 19))
    assert (a.school_year, a.number) == ("2025-2026", "1/2025-26")
    assert b.number == "2/2025-26"
    assert (c.school_year, c.number) == ("2026-2027", "1/2026-27")
    assert d.number == "2/2026-27"


def test_the_schools_pattern_writes_the_number(services, pupil, centre, school):
    services.school.save(SchoolInput(name_ru="Школа № 47", referral_number_pattern="{n}-П/{year}"))
    for _ in range(14):
        sent(services, pupil, centre, date(2026, 11, 2))
    assert sent(services, pupil, centre, date(2026, 11, 3)).number == "15-П/2026-27"


@pytest.mark.parametrize("pattern", ["{year}", "", "{n}/{год}", "{n", "№" * 61])
def test_a_pattern_without_the_number_is_refused(services, pattern):
    got = codes(lambda: services.school.save(SchoolInput(name_ru="Школа",
                                                         referral_number_pattern=pattern)))
    assert got["referral_number_pattern"] in ("referral.number_pattern", "too_long")


def test_a_deleted_draft_takes_no_number(services, pupil, centre, school):
    r = services.referrals.create(referral_input(pupil.id, centre.id, consent_date=CONSENTED))
    services.referrals.delete(r.id)
    assert sent(services, pupil, centre, date(2026, 11, 2)).number == "1/2026-27"


def test_sending_needs_a_date_not_in_the_future_nor_before_consent(services, draft):
    tomorrow = TODAY + timedelta(days=1)
    assert codes(lambda: services.referrals.send(draft.id, tomorrow)) == {"on_date": "date.future"}
    assert codes(lambda: services.referrals.send(draft.id, date(2026, 7, 1))) == {
        "on_date": "referral.sent_before_consent"}
    assert services.referrals.get(draft.id).status == "draft"


# --- frozen once sent, amendments -------------------------------------------------------------


def test_a_sent_referral_is_frozen(services, draft, pupil, centre):
    services.referrals.send(draft.id, date(2026, 11, 2))
    assert codes(lambda: services.referrals.update(draft.id, referral_input(
        pupil.id, centre.id, reason="Басқа себеп"))) == {"status": "referral.frozen"}
    assert codes(lambda: services.referrals.delete(draft.id)) == {
        "status": "referral.delete_sent"}
    assert codes(lambda: services.referrals.send(draft.id, date(2026, 11, 3))) == {
        "status": "referral.frozen"}
    r = services.referrals.get(draft.id)
    assert r.reason == referral_input(None, None).reason and r.number == "1/2026-27"


def test_amendments_have_their_own_dates_and_leave_the_letter_as_sent(services, draft):
    assert codes(lambda: services.referrals.add_amendment(draft.id, TODAY, "Түзету")) == {
        "amendments": "referral.amend_draft"}
    services.referrals.send(draft.id, date(2026, 11, 2))
    as_sent = services.referrals.letter(draft.id)
    assert codes(lambda: services.referrals.add_amendment(draft.id, date(2026, 11, 1), "Ерте")) \
        == {"on_date": "referral.amendment_before_sending"}
    assert codes(lambda: services.referrals.add_amendment(draft.id, TODAY, " ")) == {
        "text": "required"}
    r = services.referrals.add_amendment(draft.id, date(2026, 11, 10),
                                         "Анасының жаңа телефоны: +7 701 000 00 00")
    assert [(a.on_date, a.text) for a in r.amendments] == [
        (date(2026, 11, 10), "Анасының жаңа телефоны: +7 701 000 00 00")]
    assert services.referrals.letter(draft.id) == as_sent and as_sent.amendments == ()
    amended = services.referrals.letter(draft.id, amended=True)
    assert amended.amendments == ((date(2026, 11, 10), "Анасының жаңа телефоны: +7 701 000 00 00"),)
    assert amended.reason == as_sent.reason
    # The amended letter goes out as a letter of its own: the next number of the year, its
    # own date, and the letter it amends.
    assert (amended.number, amended.letter_date) == ("2/2026-27", date(2026, 11, 10))
    assert (amended.amends_number, amended.amends_date) == ("1/2026-27", date(2026, 11, 2))


def test_referrals_and_amendments_share_one_sequence_of_outgoing_numbers(
        services, draft, pupil, centre):
    services.referrals.send(draft.id, date(2026, 11, 2))  # 1
    services.referrals.add_amendment(draft.id, date(2026, 11, 3), "Түзету")  # 2
    other = services.referrals.create(referral_input(pupil.id, centre.id))
    assert services.referrals.send(other.id, date(2026, 11, 4)).number == "3/2026-27"
    services.referrals.add_amendment(draft.id, date(2026, 11, 5), "Тағы бір түзету")  # 4
    latest = services.referrals.letter(draft.id, amended=True)
    assert (latest.number, latest.amends_number) == ("4/2026-27", "1/2026-27")
    assert len(latest.amendments) == 2


# --- the steps after sending ------------------------------------------------------------------


def test_status_moves_one_step_at_a_time_each_with_its_date(services, draft):
    refs = services.referrals
    assert codes(lambda: refs.advance(draft.id, "acknowledged", TODAY)) == {
        "status": "referral.status_not_next"}
    refs.advance(draft.id, "sent", date(2026, 11, 2))
    assert codes(lambda: refs.advance(draft.id, "feedback", TODAY, "Жауап")) == {
        "status": "referral.status_not_next"}
    assert codes(lambda: refs.advance(draft.id, "acknowledged", date(2026, 11, 1))) == {
        "on_date": "referral.date_before_previous"}
    assert codes(lambda: refs.advance(draft.id, "acknowledged", TODAY + timedelta(days=1))) == {
        "on_date": "date.future"}
    refs.advance(draft.id, "acknowledged", date(2026, 11, 4))
    assert codes(lambda: refs.advance(draft.id, "feedback", date(2026, 11, 12), "  ")) == {
        "feedback": "referral.feedback_required"}
    refs.advance(draft.id, "feedback", date(2026, 11, 12),
                 "Оқушы орталықта 5 кеңес алды, отбасымен жұмыс жалғасуда")
    r = refs.advance(draft.id, "closed", date(2026, 11, 12))
    assert r.status == "closed" and r.step_dates() == [
        ("sent", date(2026, 11, 2)), ("acknowledged", date(2026, 11, 4)),
        ("feedback", date(2026, 11, 12)), ("closed", date(2026, 11, 12))]
    assert r.feedback == "Оқушы орталықта 5 кеңес алды, отбасымен жұмыс жалғасуда"
    assert codes(lambda: refs.advance(draft.id, "closed", TODAY)) == {
        "status": "referral.status_not_next"}


@pytest.mark.parametrize("days, waiting", [(29, False), (30, True), (31, True)])
def test_waiting_for_feedback_from_thirty_days(services, pupil, centre, school, days, waiting):
    r = sent(services, pupil, centre, TODAY - timedelta(days=days))
    assert services.referrals.get(r.id).waiting is waiting
    assert services.referrals.waiting_count() == int(waiting)
    if waiting:
        services.referrals.advance(r.id, "acknowledged", TODAY)
        assert services.referrals.waiting_count() == 1  # acknowledged is not an answer
        services.referrals.advance(r.id, "feedback", TODAY, "Қабылданды, жұмыс басталды")
        assert services.referrals.waiting_count() == 0
        assert not services.referrals.get(r.id).waiting


# --- the letter -------------------------------------------------------------------------------


def test_the_letter_in_kazakh_with_the_pupils_name_and_guardians(services, school, centre,
                                                                  make_pupil):
    pupil = make_pupil(surname="Құдайбергенова", given_name="Әйгерім", patronymic="Серікқызы",
                       sex="female", address="Алматы қ., Әуезов ауданы, 5-ші ықшамаудан, 12-үй",
                       guardians=[GuardianInput("Құдайбергенова Гүлнар", "mother",
                                                "+7 701 555 12 34"),
                                  GuardianInput("Құдайбергенов Серік", "father", "")])
    r = sent(services, pupil, centre, date(2026, 11, 2), language="kk")
    letter = services.referrals.letter(r.id)
    assert letter.language == "kk" and not letter.draft
    assert letter.school_name == "№ 47 жалпы білім беретін мектеп"
    assert letter.addressee == CENTRE_KK and letter.addressee_head == "Жақыпова Әлия Сейілқызы"
    assert letter.pupil_name == "Құдайбергенова Әйгерім Серікқызы"
    assert letter.birth_date == pupil.birth_date and letter.class_name == "7Ә"
    assert letter.pupil_address == "Алматы қ., Әуезов ауданы, 5-ші ықшамаудан, 12-үй"
    assert [(g.name, g.relation, g.phone) for g in letter.guardians] == [
        ("Құдайбергенова Гүлнар", "mother", "+7 701 555 12 34"),
        ("Құдайбергенов Серік", "father", "")]
    assert (letter.number, letter.letter_date) == ("1/2026-27", date(2026, 11, 2))
    assert (letter.consent_by, letter.consent_date, letter.consent_how) == (
        "Әлібекова Ұлжан", CONSENTED, "written")
    assert letter.director == "Сәрсенбаева Гүлнар Қайратқызы"


def test_a_russian_letter_uses_the_russian_names(services, school, centre, pupil):
    r = sent(services, pupil, centre, date(2026, 11, 2), language="ru")
    letter = services.referrals.letter(r.id)
    assert letter.school_name == "Общеобразовательная школа № 47"
    assert letter.addressee == CENTRE_RU
    assert codes(lambda: services.referrals.letter(r.id, language="kk")) == {
        "language": "referral.letter_language"}


def test_a_drafts_letter_is_built_now_in_the_language_asked(services, draft):
    letter = services.referrals.letter(draft.id, language="ru")
    assert letter.draft and letter.number == "" and letter.letter_date is None
    assert letter.addressee == CENTRE_RU
    assert services.referrals.letter(draft.id).addressee == CENTRE_KK


def test_the_letter_as_sent_does_not_change_with_the_records(services, draft, pupil, centre,
                                                            school):
    services.referrals.send(draft.id, date(2026, 11, 2))
    before = services.referrals.letter(draft.id)
    data = services.pupils.get(pupil.id).to_input()
    data.surname, data.class_name, data.address = "Әлібекұлы", "8Ә", "Жаңа мекенжай"
    data.guardians = [GuardianInput("Жаңа қамқоршы", "guardian", "")]
    services.pupils.update(pupil.id, data)
    services.organisations.update(centre.id, organisation_input(name_kk="Жаңа атау",
                                                                head="Басқа басшы"))
    services.school.save(SchoolInput(name_kk="Басқа мектеп", director="Жаңа директор"))
    after = services.referrals.letter(draft.id)
    assert after == before
    assert after.pupil_name == "Әлібеков Нұрғали Қуанышұлы" and after.class_name == "7Ә"
    assert after.addressee == CENTRE_KK
    assert [g.name for g in after.guardians] == ["Әлібекова Ұлжан"]


# --- the summary drafted from records ---------------------------------------------------------


def test_the_summary_is_drafted_from_chosen_records_without_notes(services, pupil, make_pupil,
                                                                  make_observation,
                                                                  make_session):
    other = make_pupil(surname="Серіков", given_name="Арман")
    incident = make_observation([(pupil.id, "target"), (other.id, "aggressor")],
                                occurred_at=datetime(2026, 11, 10, 12, 0),
                                forms=["verbal", "cyber"], severity=3,
                                description="Сынып чатында мазақтады")
    session = make_session([pupil.id], starts_at=datetime(2026, 11, 12, 14, 0),
                           reason="Мазасыздық", outcome="Қайта кездесу",
                           notes="ҚҰПИЯ: отбасындағы жағдай")
    make_observation([(other.id, "target"), (pupil.id, "witness")],
                     description="Таңдалмаған жағдай")
    text = services.referrals.draft_summary(pupil.id, [incident.id], [session.id],
                                            language="kk")
    assert "10.11.2026" in text and "сөзбен, кибербуллинг" in text
    assert "рөлі: зардап шегуші" in text and "Сынып чатында мазақтады" in text
    assert "12.11.2026" in text and "жеке кеңес" in text
    assert "Себебі: Мазасыздық" in text and "Нәтижесі: Қайта кездесу" in text
    assert "ҚҰПИЯ" not in text and "Таңдалмаған" not in text
    russian = services.referrals.draft_summary(pupil.id, [incident.id], [], language="ru")
    assert "словесная, кибербуллинг" in russian and "роль: пострадавший" in russian
    assert "индивидуальная" not in russian


def test_other_pupils_names_in_the_chosen_text_become_another_pupil(services, pupil,
                                                                    make_pupil,
                                                                    make_observation):
    """The aggressor's and a witness's names, however declined, are left out of a letter
    to an outside organisation; the referred pupil's own name stays; what was replaced is
    said so the user sees it."""
    aggressor = make_pupil(surname="Жұмабеков", given_name="Ерасыл")
    witness = make_pupil(surname="Сейітқалиева", given_name="Аружан")
    incident = make_observation(
        [(pupil.id, "target"), (aggressor.id, "aggressor"), (witness.id, "witness")],
        occurred_at=datetime(2026, 11, 10, 12, 0),
        description=f"Жұмабеков Ерасыл {pupil.given_name}ді дәлізде итерді, Аружан көрді. "
                    "Ерасылға ескерту жасалды.")
    found = services.referrals.compose_summary(pupil.id, [incident.id], [], language="kk")
    assert "Жұмабеков" not in found.text and "Ерасыл" not in found.text
    assert "Аружан" not in found.text
    assert "басқа оқушы" in found.text and f"{pupil.given_name}ді" in found.text
    assert found.names == ("Жұмабеков Ерасыл", "Аружан", "Ерасылға")
    russian = services.referrals.compose_summary(pupil.id, [incident.id], [], language="ru")
    assert "другой ученик" in russian.text


# --- the list, the chronology, the consent form ------------------------------------------------


def test_the_list_scopes_and_search(services, pupil, make_pupil, centre, school):
    other = make_pupil(surname="Өмірзақова", given_name="Іңкәр", sex="female")
    draft = services.referrals.create(referral_input(other.id, centre.id))
    old = sent(services, pupil, centre, TODAY - timedelta(days=40))
    recent = sent(services, pupil, centre, TODAY - timedelta(days=3))
    closed = sent(services, other, centre, TODAY - timedelta(days=50))
    services.referrals.advance(closed.id, "acknowledged", TODAY - timedelta(days=45))
    services.referrals.advance(closed.id, "feedback", TODAY - timedelta(days=10), "Жауап келді")
    services.referrals.advance(closed.id, "closed", TODAY - timedelta(days=9))

    def ids(kind=None, text=""):
        f = ListFilter(kind=kind, text=text)
        assert services.referrals.count(f) == len(services.referrals.page(f, 0, 100))
        return [r.id for r in services.referrals.page(f, 0, 100)]

    assert ids() == [draft.id, recent.id, old.id, closed.id]
    assert ids(OPEN) == [draft.id, recent.id, old.id]
    assert ids(WAITING) == [old.id] and ids(DRAFTS) == [draft.id] and ids(CLOSED) == [closed.id]
    assert ids(text="өмірзақ") == [draft.id, closed.id]
    assert ids(text=old.number) == [old.id]
    row = services.referrals.page(ListFilter(kind=WAITING), 0, 10)[0]
    assert row.waiting and row.status == "sent" and row.status_on == old.sent_on
    assert row.pupil_name == "Әлібеков Нұрғали Қуанышұлы" and row.organisation("ru") == CENTRE_RU
    assert [r.id for r in services.referrals.waiting()] == [old.id]


def test_a_deleted_pupils_referrals_leave_the_list(services, pupil, centre, school):
    sent(services, pupil, centre, TODAY - timedelta(days=40))
    services.pupils.delete(pupil.id)
    assert services.referrals.count() == 0 and services.referrals.waiting_count() == 0


def test_referrals_are_in_the_pupils_chronology_with_their_status(services, pupil, centre,
                                                                  school):
    old = sent(services, pupil, centre, TODAY - timedelta(days=31))
    draft = services.referrals.create(referral_input(pupil.id, centre.id, language="ru"))
    entries = {e.id: e for e in services.chronology.for_pupil(pupil.id)
               if e.kind == "referral"}
    assert entries[old.id].status == "sent" and entries[old.id].overdue
    assert entries[old.id].title == CENTRE_KK and entries[old.id].when.date() == old.sent_on
    assert entries[draft.id].status == "draft" and not entries[draft.id].overdue
    assert entries[draft.id].title == CENTRE_RU


def test_the_consent_form_is_filled_in_for_the_pupil(services, pupil, school):
    form = services.referrals.consent_form(pupil.id)
    assert form.language == "kk" and form.school_name == "№ 47 жалпы білім беретін мектеп"
    assert form.pupil_name == "Әлібеков Нұрғали Қуанышұлы" and form.class_name == "7Ә"
    assert form.guardian_name == "Әлібекова Ұлжан" and form.birth_date == pupil.birth_date
    assert services.referrals.consent_form(pupil.id, "ru").school_name == \
        "Общеобразовательная школа № 47"


# --- who may ----------------------------------------------------------------------------------


def test_a_counsellor_prepares_and_sends_referrals(services, pupil, centre, school):
    counsellor = as_role(services, "counsellor")
    r = counsellor.referrals.create(referral_input(pupil.id, centre.id, consent_date=CONSENTED))
    r = counsellor.referrals.send(r.id, TODAY)
    assert r.number == "1/2026-27"
    assert counsellor.referrals.letter(r.id).pupil_name == "Әлібеков Нұрғали Қуанышұлы"


def test_a_counsellor_drafts_from_sessions_without_reading_notes(services, pupil, make_session):
    session = make_session([pupil.id], reason="Мазасыздық", notes="ҚҰПИЯ ЖАЗБА")
    text = as_role(services, "counsellor").referrals.draft_summary(pupil.id, [], [session.id])
    assert "Мазасыздық" in text and "ҚҰПИЯ" not in text


def test_a_head_teacher_is_refused_and_sees_counts_only(services, draft):
    head = as_role(services, "head")
    for call in (lambda: head.referrals.get(draft.id),
                 lambda: head.referrals.page(ListFilter(), 0, 10),
                 lambda: head.referrals.letter(draft.id),
                 lambda: head.referrals.send(draft.id, TODAY),
                 lambda: head.referrals.create(referral_input(draft.pupil.id,
                                                              draft.organisation.id)),
                 lambda: head.referrals.count(ListFilter(text="Әлібеков"))):
        with pytest.raises(NotAllowed):
            call()
    assert head.referrals.count() == 1
