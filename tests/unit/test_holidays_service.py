"""Settings → Holidays as a service: the law's days with the school's corrections, replaced a
year (or several, from an import) at a time, checked, audited, for the psychologist only."""

from datetime import date

import pytest

from desktop.models.holidays import DAY_OFF, WORKING, Correction
from desktop.models.validation import ValidationError
from desktop.services.context import NotAllowed


def test_the_laws_days_with_kazakh_and_english_names(services):
    may = services.holidays.days_off(date(2026, 5, 1), date(2026, 5, 31))
    kurban = next(d for d in may if d.day == date(2026, 5, 27))
    assert (kurban.name_kk, kurban.name_en, kurban.estimated, kurban.school) == (
        "Құрбан айт (бағаланған)", "Eid al-Adha (estimated)", True, False)
    assert services.holidays.next_working_day(date(2026, 3, 21)) == date(2026, 3, 26)
    assert services.holidays.knows(2027) and not services.holidays.knows(2031)


def test_corrections_replace_a_year_and_are_audited(services):
    saved = services.holidays.replace_corrections(2026, [
        Correction(date(2026, 11, 23), DAY_OFF, "  Мектеп күні "),
        Correction(date(2026, 5, 27), WORKING, "ignored"),  # the school works Kurban Ait
        Correction(date(2026, 11, 28), WORKING),  # a working Saturday
    ])
    assert saved == [Correction(date(2026, 5, 27), WORKING, ""),
                     Correction(date(2026, 11, 23), DAY_OFF, "Мектеп күні"),
                     Correction(date(2026, 11, 28), WORKING, "")]
    assert services.holidays.is_working_day(date(2026, 5, 27))
    assert not services.holidays.is_working_day(date(2026, 11, 23))
    assert services.holidays.calendar().working_weekend_days(
        date(2026, 11, 1), date(2026, 11, 30)) == [date(2026, 11, 28)]
    assert any(e.entity == "holiday_correction" for e in services.audit.entries())

    services.holidays.replace_corrections(2026, [Correction(date(2026, 12, 31), DAY_OFF, "")])
    assert services.holidays.corrections() == [Correction(date(2026, 12, 31), DAY_OFF, "")]


def test_a_bulk_import_replaces_several_years_and_confirms_them(services):
    services.holidays.replace_corrections(2026, [Correction(date(2026, 11, 23), DAY_OFF, "")])
    services.holidays.replace_corrections(
        [2028, 2029], [Correction(date(2028, 1, 5), DAY_OFF, "Мектеп күні")], confirmed=True)
    assert services.holidays.confirmed_years() == {2028, 2029}
    assert services.holidays.knows(2028)
    assert [c.day for c in services.holidays.corrections()] == [date(2026, 11, 23),
                                                                date(2028, 1, 5)]


def test_corrections_that_change_nothing_or_clash_are_refused(services):
    bad = [
        Correction(date(2026, 11, 21), DAY_OFF, ""),  # a Saturday is off already
        Correction(date(2026, 11, 20), WORKING, ""),  # a Friday is worked already
        Correction(date(2027, 1, 4), DAY_OFF, ""),  # another year
        Correction(date(2026, 12, 1), "holiday", ""),
    ]
    with pytest.raises(ValidationError) as err:
        services.holidays.replace_corrections(2026, bad)
    assert [e.code for e in err.value.errors] == [
        "holidays.already_off", "holidays.already_working", "holidays.outside_year",
        "holidays.kind"]
    twice = [Correction(date(2026, 12, 1), DAY_OFF, ""), Correction(date(2026, 12, 1), WORKING)]
    with pytest.raises(ValidationError):
        services.holidays.replace_corrections(2026, twice)
    assert services.holidays.corrections() == []


def test_only_the_psychologist_changes_them(services, ctx):
    ctx.role = "counsellor"
    with pytest.raises(NotAllowed):
        services.holidays.replace_corrections(2026, [])
    assert services.holidays.is_working_day(date(2026, 11, 20))
