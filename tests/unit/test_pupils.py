"""Pupil cards: what is saved comes back, every rule names its field, nothing is half-saved."""

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlmodel import select
from unit_factories import TODAY, build_iin, pupil_input

from desktop.models import Guardian, Pupil
from desktop.models.iin import with_check_digit
from desktop.models.pupil import GuardianInput
from desktop.services.errors import NotFound, ValidationError
from desktop.services.pupils import PupilService


def errors_of(services, data, pupil_id=None):
    with pytest.raises(ValidationError) as err:
        if pupil_id is None:
            services.pupils.create(data)
        else:
            services.pupils.update(pupil_id, data)
    return err.value.codes()


# --- create and read ------------------------------------------------------------------


def test_create_and_read_back_every_field(services):
    born = date(2012, 2, 29)
    iin = build_iin(born, "female", 321)
    data = pupil_input(
        surname="  Қуанышева ",
        given_name="Ұлжан",
        patronymic="Нұрғалиқызы",
        sex="female",
        birth_date=born,
        iin=f" {iin} ",
        class_name="8ә",
        study_language="ru",
        consent_status="given",
        consent_date=date(2026, 9, 5),
        consent_by="Қуанышев Нұрғали",
        guardians=[
            GuardianInput("Қуанышев Нұрғали", "father", "+7 (701) 555-12-34"),
            GuardianInput("Өмірзақова Іңкәр", "grandmother", ""),
        ],
    )
    created = services.pupils.create(data)
    read = services.pupils.get(created.id)

    assert read == created
    assert read.surname == "Қуанышева"  # trimmed
    assert read.given_name == "Ұлжан"
    assert read.patronymic == "Нұрғалиқызы"
    assert read.full_name == "Қуанышева Ұлжан Нұрғалиқызы"
    assert read.sex == "female"
    assert read.birth_date == born
    assert read.iin == iin
    assert read.class_name == "8Ә"  # normalised
    assert read.study_language == "ru"
    assert read.consent_status == "given"
    assert read.consent_date == date(2026, 9, 5)
    assert read.consent_by == "Қуанышев Нұрғали"
    assert read.active is True and read.left_date is None
    assert [(g.name, g.relation, g.phone) for g in read.guardians] == [
        ("Қуанышев Нұрғали", "father", "+7 (701) 555-12-34"),
        ("Өмірзақова Іңкәр", "grandmother", ""),
    ]
    assert services.pupils.count() == 1


def test_iin_is_optional(services):
    p = services.pupils.create(pupil_input(iin=""))
    assert services.pupils.get(p.id).iin is None


def test_ids_are_uuids_and_bookkeeping_is_stamped(services, db):
    p = services.pupils.create(pupil_input())
    assert isinstance(p.id, uuid.UUID) and p.id.version == 4
    assert all(isinstance(g.id, uuid.UUID) for g in p.guardians)
    real_now = datetime.now(timezone.utc)
    with db.session() as s:
        row = s.get(Pupil, p.id)
        # bookkeeping times are UTC, whatever the school's clock says
        assert abs(row.created_at - real_now) < timedelta(minutes=1)
        assert abs(row.updated_at - real_now) < timedelta(minutes=1)
        assert row.updated_by == "test"
        assert row.deleted_at is None
        created, first_update = row.created_at, row.updated_at
        guardian_rows = s.exec(select(Guardian).where(Guardian.pupil_id == p.id)).all()
        assert [g.updated_by for g in guardian_rows] == ["test"]

    services.ctx.actor = "psychologist-2"
    services.pupils.update(p.id, services.pupils.get(p.id).to_input())
    with db.session() as s:
        row = s.get(Pupil, p.id)
        assert row.created_at == created
        assert row.updated_at >= first_update
        assert row.updated_by == "psychologist-2"


def test_two_pupils_get_different_ids(make_pupil):
    assert make_pupil().id != make_pupil().id


def test_get_unknown_id_is_not_found(services):
    with pytest.raises(NotFound):
        services.pupils.get(uuid.uuid4())


# --- rules --------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["surname", "given_name"])
@pytest.mark.parametrize("value", ["", "   "])
def test_required_names(services, field, value):
    assert errors_of(services, pupil_input(**{field: value}))[field] == "required"


def test_patronymic_is_optional(services):
    assert services.pupils.create(pupil_input(patronymic="")).patronymic == ""


@pytest.mark.parametrize("field", ["surname", "given_name", "patronymic"])
@pytest.mark.parametrize("value", ["Әлібек2", "1Қуаныш", "Ұлжан_", "Нұр@ғали"])
def test_name_with_digits_or_symbols(services, field, value):
    assert errors_of(services, pupil_input(**{field: value}))[field] == "name.invalid"


@pytest.mark.parametrize("value", ["Өмірзақ-Әлі", "Д'Арк", "Әбу Бәкір", "O’Neil"])
def test_hyphen_apostrophe_and_space_allowed_in_names(services, value):
    assert services.pupils.create(pupil_input(surname=value)).surname == value


@pytest.mark.parametrize(
    "born, ok",
    [
        (date(2022, 11, 20), True),  # 4 today
        (date(2022, 11, 21), False),  # 4 tomorrow: 3 today
        (date(2006, 11, 21), True),  # 19
        (date(2005, 11, 21), True),  # 20, 21 tomorrow
        (date(2005, 11, 20), False),  # 21 today
        (date(2030, 1, 1), False),
    ],
)
def test_age_between_4_and_20(services, born, ok):
    data = pupil_input(birth_date=born, iin="")
    if ok:
        assert services.pupils.create(data).birth_date == born
    else:
        assert errors_of(services, data)["birth_date"] == "birth_date.age"


def test_birth_date_required(services):
    assert errors_of(services, pupil_input(birth_date=None, iin=""))["birth_date"] == "required"


@pytest.mark.parametrize("value", ["13А", "7", "А7", "7АБ", "-1А"])
def test_bad_class(services, value):
    assert errors_of(services, pupil_input(class_name=value))["class_name"] == "class.invalid"


def test_class_required(services):
    assert errors_of(services, pupil_input(class_name=""))["class_name"] == "required"


def test_iin_checksum(services):
    good = pupil_input().iin
    bad = good[:11] + str((int(good[11]) + 1) % 10)
    assert errors_of(services, pupil_input(iin=bad))["iin"] == "iin.checksum"


def test_iin_format(services):
    assert errors_of(services, pupil_input(iin="12345"))["iin"] == "iin.format"


def warnings_of(services, data, pupil_id=None):
    with pytest.raises(ValidationError) as err:
        if pupil_id is None:
            services.pupils.create(data)
        else:
            services.pupils.update(pupil_id, data)
    assert err.value.needs_acceptance, err.value.errors  # nothing wrong: only not accepted
    return err.value.warning_codes()


def stored(services, pupil_id):
    with services.db.session() as s:
        return s.get(Pupil, pupil_id)


def test_iin_for_another_birth_date_is_a_warning_the_user_may_accept(services):
    # Since Decree No. 853 (2013) an IIN need not give the birth date: never a refusal.
    iin = build_iin(date(2013, 5, 15), "male", 40)
    data = pupil_input(birth_date=date(2013, 5, 14), sex="male", iin=iin)
    with pytest.raises(ValidationError) as err:
        services.pupils.create(data)
    assert err.value.errors == []
    [w] = err.value.warnings
    assert (w.field, w.code) == ("iin", "iin.birth_date_mismatch")
    assert w.params["birth_date"] == date(2013, 5, 15)
    assert services.pupils.count() == 0  # not saved silently

    data.iin_warnings_accepted = True
    saved = services.pupils.create(data)
    assert saved.iin == iin and saved.birth_date == date(2013, 5, 14)
    row = stored(services, saved.id)
    assert row.iin_mismatch_accepted_at is not None
    assert row.iin_mismatch_accepted_by == services.ctx.actor
    assert saved.iin_mismatch_accepted_at == row.iin_mismatch_accepted_at
    assert saved.to_input().iin_warnings_accepted  # a later save keeps the acceptance


def test_iin_for_another_sex_is_a_warning(services):
    iin = build_iin(date(2013, 5, 14), "female", 40)
    data = pupil_input(birth_date=date(2013, 5, 14), sex="male", iin=iin)
    assert warnings_of(services, data) == {"iin": ["iin.sex_mismatch"]}
    data.iin_warnings_accepted = True
    assert services.pupils.create(data).sex == "male"


def test_business_number_is_a_warning(services):
    bin_ = next(i for s in range(100) if (i := with_check_digit(f"130540{s:05d}")))
    data = pupil_input(iin=bin_)
    assert warnings_of(services, data) == {"iin": ["iin.bin"]}
    data.iin_warnings_accepted = True
    assert services.pupils.create(data).iin == bin_


def test_iin_whose_digits_are_no_date_is_saved_without_a_warning(services):
    iin = next(i for s in range(100) if (i := with_check_digit(f"1313997{s:04d}")))
    saved = services.pupils.create(pupil_input(iin=iin))
    assert saved.iin == iin
    assert stored(services, saved.id).iin_mismatch_accepted_at is None


def test_pasted_iin_is_stored_as_its_digits(services):
    iin = build_iin(date(2013, 5, 14), "male", 40)
    pasted = f"\ufeff {iin[:6]} {iin[6]}\u00a0{iin[7:11]}\u200b{iin[11]} "
    saved = services.pupils.create(pupil_input(birth_date=date(2013, 5, 14), sex="male",
                                               iin=pasted))
    assert saved.iin == iin
    # and it is the same IIN for the uniqueness check
    again = pupil_input(surname="Бекова", iin=iin)
    assert errors_of(services, again)["iin"] == "iin.duplicate"


def test_acceptance_kept_while_the_difference_stays_and_cleared_when_it_goes(services):
    iin = build_iin(date(2013, 5, 15), "male", 40)
    data = pupil_input(birth_date=date(2013, 5, 14), sex="male", iin=iin,
                       iin_warnings_accepted=True)
    saved = services.pupils.create(data)
    first = stored(services, saved.id).iin_mismatch_accepted_at

    again = saved.to_input()
    again.address = "Абай даңғылы 1"
    services.pupils.update(saved.id, again)
    assert stored(services, saved.id).iin_mismatch_accepted_at == first

    other = saved.to_input()
    other.birth_date = date(2013, 5, 13)  # another difference: accepted anew
    other.iin_warnings_accepted = False
    assert warnings_of(services, other, saved.id) == {"iin": ["iin.birth_date_mismatch"]}

    fixed = saved.to_input()
    fixed.birth_date = date(2013, 5, 15)  # the record now agrees with the IIN
    services.pupils.update(saved.id, fixed)
    row = stored(services, saved.id)
    assert row.iin_mismatch_accepted_at is None and row.iin_mismatch_accepted_by == ""


def test_errors_and_warnings_come_together(services):
    iin = build_iin(date(2013, 5, 15), "male", 40)
    data = pupil_input(surname="", birth_date=date(2013, 5, 14), sex="male", iin=iin,
                       iin_warnings_accepted=True)
    with pytest.raises(ValidationError) as err:
        services.pupils.create(data)
    assert err.value.codes() == {"surname": "required"}
    assert err.value.warning_codes() == {"iin": ["iin.birth_date_mismatch"]}


def test_duplicate_iin_on_another_pupil(services, make_pupil):
    first = make_pupil()
    data = pupil_input(surname="Қуанышев", given_name="Әлібек", iin=first.iin)
    assert errors_of(services, data)["iin"] == "iin.duplicate"
    assert services.pupils.count() == 1


def test_duplicate_iin_on_update_of_another_pupil(services, make_pupil):
    first, second = make_pupil(), make_pupil(given_name="Қуаныш")
    data = services.pupils.get(second.id).to_input()
    data.iin = first.iin
    assert errors_of(services, data, second.id)["iin"] == "iin.duplicate"
    assert services.pupils.get(second.id).iin == second.iin


def test_same_pupil_resaved_with_its_own_iin(services, pupil):
    data = services.pupils.get(pupil.id).to_input()
    data.class_name = "8Ә"
    assert services.pupils.update(pupil.id, data).iin == pupil.iin


def test_soft_deleted_pupils_iin_can_be_reused(services, pupil):
    services.pupils.delete(pupil.id)
    again = services.pupils.create(pupil_input(iin=pupil.iin))
    assert again.iin == pupil.iin and again.id != pupil.id


@pytest.mark.parametrize("status", ["given", "refused"])
def test_consent_needs_date_and_by_whom(services, status):
    codes = errors_of(services, pupil_input(consent_status=status, consent_date=None, consent_by=""))
    assert codes["consent_date"] == "required"
    assert codes["consent_by"] == "required"


def test_consent_date_cannot_be_in_the_future(services):
    codes = errors_of(services, pupil_input(consent_date=date(2026, 11, 21)))
    assert codes["consent_date"] == "date.future"


def test_consent_not_asked_clears_date_and_by_whom(services, pupil):
    data = services.pupils.get(pupil.id).to_input()
    data.consent_status = "not_asked"
    read = services.pupils.update(pupil.id, data)
    assert (read.consent_status, read.consent_date, read.consent_by) == ("not_asked", None, "")


def test_guardian_without_name(services):
    data = pupil_input(guardians=[GuardianInput("", "mother", "+77011234567")])
    assert errors_of(services, data)["guardians.0.name"] == "required"


@pytest.mark.parametrize("phone", ["abc", "12", "+7 701 abc 45 67", "1234567890123456", "+7 701 123 45 67 ext 5"])
def test_guardian_bad_phone(services, phone):
    data = pupil_input(guardians=[GuardianInput("Әлібекова Ұлжан", "mother", "+77011234567"),
                                  GuardianInput("Әлібеков Қуаныш", "father", phone)])
    codes = errors_of(services, data)
    assert codes["guardians.1.phone"] == "phone.invalid"
    assert "guardians.0.phone" not in codes


@pytest.mark.parametrize("phone", ["+7 701 123 45 67", "8(7172)55-66-77", "87011234567"])
def test_guardian_good_phones(services, phone):
    data = pupil_input(guardians=[GuardianInput("Әлібекова Ұлжан", "mother", phone)])
    assert services.pupils.create(data).guardians[0].phone == phone


def test_all_errors_reported_at_once(services):
    data = pupil_input(
        surname="",
        given_name="Нұрғали7",
        birth_date=date(2024, 1, 1),
        class_name="13А",
        iin="123",
        consent_status="given",
        consent_date=None,
        consent_by="",
        guardians=[GuardianInput("", "mother", "phone")],
    )
    assert errors_of(services, data) == {
        "surname": "required",
        "given_name": "name.invalid",
        "birth_date": "birth_date.age",
        "class_name": "class.invalid",
        "iin": "iin.format",
        "consent_date": "required",
        "consent_by": "required",
        "guardians.0.name": "required",
        "guardians.0.phone": "phone.invalid",
    }


def test_class_with_odd_letter_is_a_field_error_not_a_crash(services):
    assert errors_of(services, pupil_input(class_name="7ß"))["class_name"] == "class.invalid"


# --- nothing half-saved ----------------------------------------------------------------------


def test_failed_create_saves_nothing(services, db, make_pupil):
    make_pupil()
    with pytest.raises(ValidationError):
        services.pupils.create(pupil_input(surname="", guardians=[GuardianInput("Ана", "mother", "")]))
    assert services.pupils.count() == 1
    with db.session() as s:
        assert len(s.exec(select(Guardian)).all()) == 1


def test_crash_while_saving_guardians_rolls_back_the_pupil(services, db, monkeypatch):
    def boom(self, s, pupil_id, data):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(PupilService, "_replace_guardians", boom)
    with pytest.raises(RuntimeError):
        services.pupils.create(pupil_input())
    assert services.pupils.count() == 0
    with db.session() as s:
        assert s.exec(select(Pupil)).all() == []


def test_failed_update_leaves_the_stored_pupil_unchanged(services, pupil):
    before = services.pupils.get(pupil.id)
    data = before.to_input()
    data.surname = "Қуанышев"  # a valid change...
    data.class_name = "13А"  # ...with an invalid one
    data.guardians = []
    with pytest.raises(ValidationError):
        services.pupils.update(pupil.id, data)
    assert services.pupils.get(pupil.id) == before


def test_crash_during_update_leaves_the_stored_pupil_unchanged(services, pupil, monkeypatch):
    before = services.pupils.get(pupil.id)

    def boom(self, s, pupil_id, data):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(PupilService, "_replace_guardians", boom)
    data = before.to_input()
    data.surname = "Қуанышев"
    with pytest.raises(RuntimeError):
        services.pupils.update(pupil.id, data)
    monkeypatch.undo()
    assert services.pupils.get(pupil.id) == before


# --- update and delete --------------------------------------------------------------------


def test_update_changes_fields(services, pupil):
    data = services.pupils.get(pupil.id).to_input()
    data.given_name, data.class_name, data.active, data.left_date = "Әлібек", "8б", False, TODAY
    read = services.pupils.update(pupil.id, data)
    assert (read.given_name, read.class_name, read.active, read.left_date) == ("Әлібек", "8Б", False, TODAY)
    assert services.pupils.get(pupil.id) == read


def test_left_date_in_the_future(services, pupil):
    data = services.pupils.get(pupil.id).to_input()
    data.active, data.left_date = False, date(2026, 12, 1)
    assert errors_of(services, data, pupil.id)["left_date"] == "date.future"


def test_update_replaces_guardians(services, db, pupil):
    assert len(pupil.guardians) == 1
    data = services.pupils.get(pupil.id).to_input()
    data.guardians = [
        GuardianInput("Әлібеков Қуаныш", "father", "+77015550000"),
        GuardianInput("Өмірзақова Іңкәр", "grandmother", ""),
    ]
    read = services.pupils.update(pupil.id, data)
    assert [(g.name, g.relation) for g in read.guardians] == [
        ("Әлібеков Қуаныш", "father"),
        ("Өмірзақова Іңкәр", "grandmother"),
    ]
    data.guardians = []
    assert services.pupils.update(pupil.id, data).guardians == ()
    assert services.pupils.get(pupil.id).guardians == ()


def test_soft_delete_hides_but_keeps_the_row(services, db, make_pupil):
    keep, gone = make_pupil(), make_pupil(given_name="Қуаныш")
    services.pupils.delete(gone.id)

    assert services.pupils.count() == 1
    with pytest.raises(NotFound):
        services.pupils.get(gone.id)
    assert [r.id for r in services.pupils.search("", include_left=True)] == [keep.id]
    assert services.pupils.refs([gone.id, keep.id])[0].id == keep.id
    assert len(services.pupils.refs([gone.id])) == 0
    with db.session() as s:
        row = s.get(Pupil, gone.id)
        assert row is not None
        assert row.deleted_at is not None
        assert row.surname == gone.surname
        assert row.updated_by == "test"


def test_deleting_twice_or_updating_a_deleted_pupil_is_not_found(services, pupil):
    data = services.pupils.get(pupil.id).to_input()
    services.pupils.delete(pupil.id)
    with pytest.raises(NotFound):
        services.pupils.delete(pupil.id)
    with pytest.raises(NotFound):
        services.pupils.update(pupil.id, data)


def test_classes_lists_used_classes_in_order(services, make_pupil):
    for name in ("10Б", "7ә", "0А", "7А"):
        make_pupil(class_name=name)
    gone = make_pupil(class_name="11А")
    services.pupils.delete(gone.id)
    assert services.pupils.classes() == ["0А", "7А", "7Ә", "10Б"]


def test_count_of_pupils_studying_now_leaves_out_those_who_left(services):
    from datetime import date

    from unit_factories import pupil_input

    services.pupils.create(pupil_input())
    services.pupils.create(pupil_input(surname="Оспанов", active=False, left_date=date(2026, 10, 1)))
    assert services.pupils.count() == 2
    assert services.pupils.count(studying_only=True) == 1
