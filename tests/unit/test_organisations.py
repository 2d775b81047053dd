"""The directory of organisations: names in Kazakh and Russian, kinds, checks, and removing
one that referrals went to (deactivated, never deleted)."""

import pytest
from referral_factories import CENTRE_KK, CENTRE_RU, organisation_input, referral_input

from desktop.services import Services
from desktop.services.context import Context, NotAllowed
from desktop.services.errors import ValidationError
from desktop.services.organisations import DEACTIVATED, DELETED


def as_role(services, role):
    return Services.build(services.db, Context(actor=role, role=role, clock=services.ctx.clock))


def test_the_directory_starts_empty(services):
    assert services.organisations.list(include_inactive=True) == []


def test_an_organisation_with_both_names(services):
    org = services.organisations.create(organisation_input())
    assert org.name("kk") == CENTRE_KK and org.name("ru") == CENTRE_RU
    assert org.kind == "support_centre" and org.active and org.referrals == 0
    assert services.organisations.list() == [org]


def test_one_name_serves_both_languages(services):
    org = services.organisations.create(organisation_input(
        kind="pmpk", name_kk="", name_ru="ПМПК г. Алматы"))
    assert org.name("kk") == "ПМПК г. Алматы"


@pytest.mark.parametrize("overrides, field, code", [
    ({"name_kk": "", "name_ru": "  "}, "name_ru", "organisation.name_required"),
    ({"kind": None}, "kind", "required"),
    ({"kind": "school"}, "kind", "invalid_choice"),
    ({"phone": "қоңырау шалыңыз"}, "phone", "phone.invalid"),
    ({"name_ru": "Ц" * 301}, "name_ru", "too_long"),
    ({"head": "Ә" * 151}, "head", "too_long"),
])
def test_bad_input_is_refused_and_nothing_is_saved(services, overrides, field, code):
    with pytest.raises(ValidationError) as exc:
        services.organisations.create(organisation_input(**overrides))
    assert exc.value.codes()[field] == code
    assert services.organisations.list(include_inactive=True) == []


def test_editing_keeps_the_id(services):
    org = services.organisations.create(organisation_input())
    changed = services.organisations.update(org.id, organisation_input(
        phone="+7 727 000 00 02", head="Сейітова Гүлнар"))
    assert changed.id == org.id and changed.phone == "+7 727 000 00 02"
    assert changed.head == "Сейітова Гүлнар"


def test_an_unused_organisation_is_deleted(services):
    org = services.organisations.create(organisation_input())
    assert services.organisations.remove(org.id) == DELETED
    assert services.organisations.list(include_inactive=True) == []


def test_one_that_referrals_went_to_is_deactivated_not_deleted(services, pupil):
    org = services.organisations.create(organisation_input())
    services.referrals.create(referral_input(pupil.id, org.id))
    assert services.organisations.remove(org.id) == DEACTIVATED
    assert services.organisations.list() == []
    kept = services.organisations.list(include_inactive=True)
    assert [(o.id, o.active, o.referrals) for o in kept] == [(org.id, False, 1)]
    assert services.organisations.set_active(org.id, True).active


def test_listed_by_kind_then_name_inactive_last(services):
    police = services.organisations.create(organisation_input(
        kind="juvenile_police", name_ru="Инспектор ПДН", name_kk=""))
    b = services.organisations.create(organisation_input(name_ru="ЦПП Бостандык", name_kk=""))
    a = services.organisations.create(organisation_input(name_ru="ЦПП Алатау", name_kk=""))
    services.organisations.set_active(a.id, False)
    assert [o.id for o in services.organisations.list(include_inactive=True)] == [
        b.id, police.id, a.id]


def test_head_teacher_sees_no_directory(services):
    services.organisations.create(organisation_input())
    head = as_role(services, "head")
    with pytest.raises(NotAllowed):
        head.organisations.list()
    with pytest.raises(NotAllowed):
        head.organisations.create(organisation_input())


def test_counsellor_keeps_the_directory(services):
    counsellor = as_role(services, "counsellor")
    org = counsellor.organisations.create(organisation_input())
    assert counsellor.organisations.get(org.id).name("ru") == CENTRE_RU
