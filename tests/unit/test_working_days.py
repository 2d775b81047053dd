"""Working-day clocks count on Kazakhstan's calendar as the government sets it (the pinned
holidays package): weekends, the holidays, their observed days, Kurban Ait, the days
transferred by decree and the working Saturdays or Sundays they create; plus the school's own
corrections. A year nobody knows counts weekends only."""

from datetime import date

import pytest

from desktop.models.holidays import DAY_OFF, WORKING, Correction, HolidayCalendar
from desktop.models.validation import ValidationError
from desktop.models.warnings import Thresholds
from desktop.models.working_days import (
    WEEKENDS_ONLY, add_working_days, days_left, latest_start,
)

LAW = HolidayCalendar()
FRIDAY = date(2026, 3, 20)


def test_one_working_day_after_friday_is_monday():
    assert add_working_days(date(2026, 11, 20), 1, LAW) == date(2026, 11, 23)


def test_nauryz_and_its_observed_days_are_skipped():
    # Nauryz 2026: Sat 21 – Mon 23 March, and Tue 24, Wed 25 off as observed days.
    assert add_working_days(FRIDAY, 1, LAW) == date(2026, 3, 26)
    assert add_working_days(FRIDAY, 1, WEEKENDS_ONLY) == date(2026, 3, 23)


def test_fifteen_working_days_across_kurban_ait():
    # Kurban Ait 2026 is estimated for Wed 27 May: received Wed 20 May, 15 working days are
    # 21, 22, 25, 26, (27 off), 28, 29 May, 1–5, 8–12 June.
    assert LAW.day_off(date(2026, 5, 27)).estimated
    assert add_working_days(date(2026, 5, 20), 15, LAW) == date(2026, 6, 11)
    assert add_working_days(date(2026, 5, 20), 15, WEEKENDS_ONLY) == date(2026, 6, 10)


def test_a_transferred_day_off_and_the_working_sunday_it_creates():
    # 2025: Friday 3 January is off, moved from Sunday 5 January, which is worked.
    assert not LAW.is_working_day(date(2025, 1, 3))
    assert LAW.is_working_day(date(2025, 1, 5))
    assert LAW.working_weekend_days(date(2025, 1, 1), date(2025, 12, 31)) == [date(2025, 1, 5)]
    # Received on Tuesday 31 December 2024: 1, 2 January are New Year, 3 is transferred, so
    # the first working day is Sunday 5 January, the second Monday 6.
    assert add_working_days(date(2024, 12, 31), 1, LAW) == date(2025, 1, 5)
    assert add_working_days(date(2024, 12, 31), 2, LAW) == date(2025, 1, 6)
    assert days_left(date(2024, 12, 31), date(2025, 1, 6), LAW) == 2


def test_the_schools_corrections_change_the_count():
    cal = HolidayCalendar(corrections=[
        Correction(date(2026, 11, 23), DAY_OFF, "Мектеп күні"),  # a Monday the school is off
        Correction(date(2026, 3, 24), WORKING),  # the school works an observed Nauryz day
        Correction(date(2026, 11, 28), WORKING),  # a working Saturday
    ])
    assert add_working_days(date(2026, 11, 20), 1, cal) == date(2026, 11, 24)
    assert add_working_days(FRIDAY, 1, cal) == date(2026, 3, 24)
    assert cal.is_working_day(date(2026, 11, 28))
    assert cal.working_weekend_days(date(2026, 11, 1), date(2026, 11, 30)) == [date(2026, 11, 28)]
    [school_day] = cal.days_off(date(2026, 11, 1), date(2026, 11, 30))
    assert school_day.school and school_day.name_kk == "Мектеп күні"


def test_a_year_nobody_knows_counts_the_laws_days_and_is_named_until_confirmed():
    assert LAW.knows(2027) and not LAW.knows(2031)
    # 2 January 2031 is New Year by law, known or not: never counted as a working day. What
    # the year may lack (a decree's transfer, Kurban Ait's announced date) is why it is named.
    assert not LAW.is_working_day(date(2031, 1, 2))
    assert LAW.unknown_years(date(2030, 12, 20), date(2031, 1, 10)) == (2030, 2031)
    confirmed = HolidayCalendar(confirmed_years=[2031])
    assert confirmed.knows(2031) and not confirmed.is_working_day(date(2031, 1, 2))
    assert confirmed.unknown_years(date(2030, 12, 20), date(2031, 1, 10)) == (2030,)


def test_received_on_a_weekend_counts_from_the_next_working_day():
    assert add_working_days(date(2026, 11, 21), 1, LAW) == date(2026, 11, 23)


def test_zero_days_is_the_same_day_and_negative_is_refused():
    assert add_working_days(FRIDAY, 0, LAW) == FRIDAY
    with pytest.raises(ValueError):
        add_working_days(FRIDAY, -1, LAW)


def test_clock_on_the_day_it_falls_due_and_the_day_after():
    due = date(2026, 11, 20)
    assert days_left(due, due, LAW) == 0
    assert days_left(date(2026, 11, 21), due, LAW) == -1
    assert days_left(date(2026, 11, 25), due, LAW) == -5


def test_clock_counts_working_days_left():
    # Thu 19 Mar to Thu 26 Mar: Fri 20 and Thu 26 are working days, the rest are not.
    assert days_left(date(2026, 3, 19), date(2026, 3, 26), LAW) == 2


def test_latest_start_counts_working_days_back():
    # Thursday 26 March 2026: 3 working days back over Nauryz reach Wednesday 18 March.
    assert latest_start(date(2026, 3, 26), 3, LAW) == date(2026, 3, 18)
    assert latest_start(date(2026, 11, 26), 3, LAW) == date(2026, 11, 23)


def test_settings_have_the_defaults(services):
    t = services.warning_settings.get()
    assert (t.bullying_window_school_year, t.bullying_min_incidents, t.follow_up_days,
            t.ack_working_days, t.answer_working_days, t.line_111) == (True, 2, 3, 1, 15, "111")


def test_settings_round_trip_and_are_audited(services):
    t = services.warning_settings.get()
    t.bullying_window_school_year, t.bullying_window_days = False, 45
    t.support_centre = "ЦПП Алатауского района, +7 727 000 00 00"
    saved = services.warning_settings.save(t)
    assert not saved.bullying_window_school_year and saved.bullying_window_days == 45
    assert saved.support_centre.startswith("ЦПП")
    rows = services.audit.entries()
    assert any(r.entity == "warning_settings" for r in rows)


def test_settings_out_of_range_are_refused_and_nothing_changes(services):
    t = services.warning_settings.get()
    t.bullying_window_days, t.bullying_min_incidents = 0, 1
    with pytest.raises(ValidationError) as err:
        services.warning_settings.save(t)
    assert set(err.value.codes()) == {"bullying_window_days", "bullying_min_incidents"}
    assert services.warning_settings.get().bullying_window_days == 30


def test_settings_need_the_school_right(services, ctx):
    from desktop.services.context import NotAllowed

    ctx.role = "counsellor"
    with pytest.raises(NotAllowed):
        services.warning_settings.save(Thresholds())
