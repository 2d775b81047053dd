"""Concern deadlines count working days: weekends and the school's holiday list are skipped."""

from datetime import date

import pytest

from desktop.models.validation import ValidationError
from desktop.models.warnings import Thresholds
from desktop.models.working_days import add_working_days, days_left, is_working_day

NAURYZ = {date(2026, 3, 21), date(2026, 3, 22), date(2026, 3, 23)}
FRIDAY = date(2026, 3, 20)


def test_one_working_day_after_friday_is_monday():
    assert add_working_days(date(2026, 11, 20), 1, set()) == date(2026, 11, 23)


def test_a_holiday_on_monday_moves_the_deadline_to_tuesday():
    # Nauryz: Sat 21, Sun 22, Mon 23 March 2026
    assert add_working_days(FRIDAY, 1, NAURYZ) == date(2026, 3, 24)
    assert add_working_days(FRIDAY, 1, set()) == date(2026, 3, 23)


def test_ten_working_days_span_two_weekends_and_a_holiday():
    # Fri 20 Mar + 10 working days: 24,25,26,27, 30,31, 1,2,3, 6 April
    assert add_working_days(FRIDAY, 10, NAURYZ) == date(2026, 4, 6)


def test_received_on_a_weekend_counts_from_the_next_working_day():
    assert add_working_days(date(2026, 11, 21), 1, set()) == date(2026, 11, 23)


def test_zero_days_is_the_same_day_and_negative_is_refused():
    assert add_working_days(FRIDAY, 0, NAURYZ) == FRIDAY
    with pytest.raises(ValueError):
        add_working_days(FRIDAY, -1, set())


def test_working_day():
    assert is_working_day(FRIDAY, NAURYZ)
    assert not is_working_day(date(2026, 3, 23), NAURYZ)
    assert not is_working_day(date(2026, 3, 28), set())  # Saturday


def test_clock_on_the_day_it_falls_due_and_the_day_after():
    due = date(2026, 11, 20)
    assert days_left(due, due, set()) == 0
    assert days_left(date(2026, 11, 21), due, set()) == -1
    assert days_left(date(2026, 11, 25), due, set()) == -5


def test_clock_counts_working_days_left():
    # Thu 19 Mar to Tue 24 Mar: Fri 20 and Tue 24 are working days, the rest are not
    assert days_left(date(2026, 3, 19), date(2026, 3, 24), NAURYZ) == 2


def test_settings_have_the_defaults_and_the_fixed_holidays(services):
    t = services.warning_settings.get()
    assert (t.bullying_window_days, t.follow_up_days, t.ack_working_days,
            t.answer_working_days, t.line_111) == (30, 3, 1, 10, "111")
    assert {date(2026, 3, 21), date(2026, 12, 16), date(2027, 1, 1)} <= set(t.holidays)


def test_settings_round_trip_and_are_audited(services):
    t = services.warning_settings.get()
    t.bullying_window_days = 45
    t.support_centre = "ЦПП Алатауского района, +7 727 000 00 00"
    t.holidays = [date(2026, 5, 27)]
    saved = services.warning_settings.save(t)
    assert saved.bullying_window_days == 45
    assert saved.support_centre.startswith("ЦПП")
    assert saved.holidays == [date(2026, 5, 27)]
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
