"""The school calendar: years with four quarters and breaks (2025-2026 as the ministry set
it is there from the start), the checks, the proposal for the next year, which quarter a day
is in, and the periods a term summary compares."""

from datetime import date, datetime, timedelta

import pytest

from desktop.models.school_calendar import (
    YearInput, check_year, proposed_next_year, whole_year, year_parts,
)
from desktop.models.term_summary import Period
from desktop.services import Services
from desktop.services import school_calendar as calendar_module
from desktop.services.context import Context, NotAllowed
from desktop.services.errors import NotFound, ValidationError
from desktop.models.holidays import DAY_OFF, Correction
from desktop.services.holidays import HolidaysService

Q = {1: (date(2025, 9, 2), date(2025, 10, 26)), 2: (date(2025, 11, 3), date(2025, 12, 28)),
     3: (date(2026, 1, 8), date(2026, 3, 18)), 4: (date(2026, 3, 30), date(2026, 5, 25))}


def year_2025(**overrides) -> YearInput:
    data = YearInput("2025-2026", date(2025, 9, 2), date(2026, 5, 25), [Q[n] for n in (1, 2, 3, 4)],
                     [(date(2025, 10, 27), date(2025, 11, 2), False),
                      (date(2026, 2, 9), date(2026, 2, 15), True)])
    for name, value in overrides.items():
        setattr(data, name, value)
    return data


def year_2024() -> YearInput:
    """An invented 2024-2025, one year before the seeded one."""
    return YearInput("2024-2025", date(2024, 9, 2), date(2025, 5, 25),
                     [(date(2024, 9, 2), date(2024, 10, 27)), (date(2024, 11, 4), date(2024, 12, 29)),
                      (date(2025, 1, 8), date(2025, 3, 19)), (date(2025, 3, 31), date(2025, 5, 25))],
                     [])


def as_role(services, role):
    return Services.build(services.db, Context(actor=role, role=role, clock=services.ctx.clock))


def drop_2026(services) -> None:
    """Leave 2025-2026 alone in the calendar (0010 adds 2026-2027 as a best guess)."""
    services.calendar.remove(services.calendar.get("2026-2027").id)


def codes(data: YearInput) -> dict[str, str]:
    return {e.field: e.code for e in check_year(data).errors}


# --- the seeded year ------------------------------------------------------------------------

def test_2025_2026_is_there_as_the_ministry_set_it(services):
    year = services.calendar.get("2025-2026")
    assert (year.name, year.starts_on, year.ends_on) == ("2025-2026", date(2025, 9, 2),
                                                         date(2026, 5, 25))
    assert year.terms == tuple(Q[n] for n in (1, 2, 3, 4))
    assert (date(2026, 2, 9), date(2026, 2, 15), True) in year.breaks
    assert len(year.breaks) == 4
    assert year.confirmed


def test_2026_2027_is_there_as_a_guess_to_check(services):
    assert [y.name for y in services.calendar.years()] == ["2026-2027", "2025-2026"]
    year = services.calendar.get("2026-2027")
    assert not year.confirmed
    assert year.terms == ((date(2026, 9, 1), date(2026, 10, 25)),
                          (date(2026, 11, 2), date(2026, 12, 27)),
                          (date(2027, 1, 8), date(2027, 3, 19)),
                          (date(2027, 3, 29), date(2027, 5, 25)))
    assert (date(2027, 2, 8), date(2027, 2, 14), True) in year.breaks
    holidays = HolidaysService(services.db, services.ctx).calendar([2026, 2027])
    assert all(holidays.is_working_day(first) for first, _last in year.terms)
    assert codes(year.to_input()) == {}
    # Confirming it changes no date.
    confirmed = services.calendar.confirm("2026-2027")
    assert confirmed.confirmed and confirmed.terms == year.terms


# --- checks ---------------------------------------------------------------------------------

def test_a_valid_year_passes():
    assert codes(year_2025()) == {}


@pytest.mark.parametrize("overrides, field, code", [
    ({"name": ""}, "name", "required"),
    ({"name": "2025/2026"}, "name", "year.name_format"),
    ({"name": "2025-2027"}, "name", "year.name_format"),
    ({"name": "25-26"}, "name", "year.name_format"),
    ({"starts_on": date(2025, 7, 31)}, "starts_on", "year.outside_window"),
    ({"ends_on": date(2026, 9, 1)}, "ends_on", "year.outside_window"),
    ({"ends_on": None}, "ends_on", "required"),
    ({"ends_on": date(2025, 8, 31), "starts_on": date(2025, 9, 1)}, "ends_on",
     "calendar.end_before_start"),
    ({"terms": [Q[1], Q[2], Q[3]]}, "terms", "year.four_terms"),
    ({"terms": [Q[1], (date(2025, 12, 28), date(2025, 11, 3)), Q[3], Q[4]]},
     "terms.1.ends_on", "calendar.end_before_start"),
    ({"terms": [Q[2], Q[1], Q[3], Q[4]]}, "terms.1.starts_on", "term.not_after_previous"),
    ({"terms": [(date(2025, 9, 2), date(2025, 11, 3)), Q[2], Q[3], Q[4]]},
     "terms.1.starts_on", "term.not_after_previous"),  # overlapping by one day
    ({"terms": [(date(2025, 8, 25), Q[1][1]), Q[2], Q[3], Q[4]]},
     "terms.0.starts_on", "calendar.outside_year"),
    ({"terms": [Q[1], Q[2], Q[3], (Q[4][0], date(2026, 5, 26))]},
     "terms.3.ends_on", "calendar.outside_year"),
    ({"breaks": [(date(2026, 6, 1), date(2026, 6, 5), False)]}, "breaks.0.starts_on",
     "break.outside_year"),
    ({"breaks": [(date(2025, 11, 2), date(2025, 10, 27), False)]}, "breaks.0.ends_on",
     "break.end_before_start"),
])
def test_bad_years_are_refused_beside_the_field(overrides, field, code):
    assert codes(year_2025(**overrides)).get(field) == code


def test_quarter_messages_say_which_quarter_it_follows():
    (error,) = check_year(year_2025(terms=[Q[1], Q[1], Q[3], Q[4]])).errors
    assert error.params == {"n": 2, "previous": 1, "date": Q[1][1]}


def test_a_break_message_names_the_break():
    bad = (date(2026, 7, 1), date(2026, 7, 9), False)
    (error,) = check_year(year_2025(breaks=[bad])).errors[:1]
    assert error.params["start"] == date(2026, 7, 1) and error.params["end"] == date(2026, 7, 9)


# --- the proposal for the next year ---------------------------------------------------------

def test_the_next_year_is_proposed_from_the_same_dates_on_working_days(services):
    drop_2026(services)
    proposal = services.calendar.proposal()
    data = proposal.data
    assert data.name == "2026-2027" and not data.confirmed
    holidays = HolidaysService(services.db, services.ctx).calendar([2026, 2027])
    starts = [data.starts_on, *(a for a, _b in data.terms)]
    assert all(holidays.is_working_day(d) for d in starts)
    # 1 September 2026 is a working Tuesday: lessons begin then, not on the 2nd as in 2025.
    assert data.starts_on == data.terms[0][0] == date(2026, 9, 1)
    # Quarter 1 would end on 26 October 2026, the observed Republic Day: moved back.
    assert data.terms[0][1] == date(2026, 10, 23)
    assert data.terms[2][0] == date(2027, 1, 8)
    # The breaks fill the gaps between the quarters; grade 1's week keeps its weekdays.
    assert (date(2026, 10, 24), date(2026, 11, 2), False) in data.breaks
    assert (date(2027, 2, 8), date(2027, 2, 14), True) in data.breaks
    assert [n.code for n in proposal.notes] == [
        "proposal.first_september", "proposal.term_end", "proposal.extra_break"]
    term_end = proposal.notes[1]
    assert term_end.why == "holiday" and term_end.holiday.name_en == "Republic Day (observed)"
    assert codes(data) == {}  # it passes the checks as it is: the user still checks it


def test_a_quarter_proposed_on_a_holiday_or_weekend_moves_to_the_next_working_day():
    from desktop.models.holidays import HolidayCalendar

    # A year whose quarter 3 began on 7 January: Orthodox Christmas a year later too.
    latest = YearInput("2026-2027", date(2026, 9, 1), date(2027, 5, 25),
                       [(date(2026, 9, 1), date(2026, 10, 25)),
                        (date(2026, 11, 2), date(2026, 12, 27)),
                        (date(2027, 1, 7), date(2027, 3, 19)),
                        (date(2027, 3, 29), date(2027, 5, 25))], [])
    proposal = proposed_next_year(latest, HolidayCalendar([2027, 2028]))
    data = proposal.data
    holidays = HolidayCalendar([2027, 2028])
    assert all(holidays.is_working_day(a) for a, _b in data.terms)
    assert data.terms[2][0] == date(2028, 1, 10)  # 7 Jan 2028 is a Friday off; then a weekend
    christmas = next(n for n in proposal.notes if n.params.get("n") == 3)
    assert christmas.code == "proposal.term_start" and christmas.why == "holiday"
    assert christmas.params["was"] == date(2028, 1, 7)
    assert christmas.holiday.name_en == "Orthodox Christmas"
    # 2 November 2027 is a Tuesday: kept; 29 March 2028 a Wednesday: kept.
    assert data.terms[1][0] == date(2027, 11, 2) and data.terms[3][0] == date(2028, 3, 29)
    # A quarter that began on 6 November 2026 would begin on Saturday 6 November 2027.
    latest.terms[1] = (date(2026, 11, 6), date(2026, 12, 27))
    later = proposed_next_year(latest, holidays)
    assert later.data.terms[1][0] == date(2027, 11, 8)
    saturday = next(n for n in later.notes if n.params.get("n") == 2)
    assert (saturday.code, saturday.why, saturday.holiday) == ("proposal.term_start",
                                                               "saturday", None)


# --- saving -------------------------------------------------------------------------------

def test_a_new_year_is_added_and_listed_newest_first(services):
    drop_2026(services)
    services.calendar.create(services.calendar.proposal().data)
    assert [y.name for y in services.calendar.years()] == ["2026-2027", "2025-2026"]


def test_a_year_name_cannot_be_added_twice(services):
    with pytest.raises(ValidationError) as exc:
        services.calendar.create(year_2025())
    assert exc.value.codes()["name"] == "year.name_taken"
    assert len(services.calendar.years()) == 2


def test_years_cannot_share_days(services):
    # Only August can be claimed by two years: the one ending, the one beginning early.
    drop_2026(services)
    proposal = services.calendar.proposal().data
    proposal.starts_on = date(2026, 8, 3)
    services.calendar.create(proposal)
    with pytest.raises(ValidationError) as exc:
        services.calendar.update("2025-2026", year_2025(ends_on=date(2026, 8, 10)))
    assert exc.value.codes() == {"starts_on": "year.overlaps"}
    assert exc.value.errors[0].params == {"name": "2026-2027"}
    assert services.calendar.get("2025-2026").ends_on == date(2026, 5, 25)


def test_update_replaces_the_quarters_and_breaks(services):
    data = year_2025(terms=[Q[1], (date(2025, 11, 4), Q[2][1]), Q[3], Q[4]],
                     breaks=[(date(2025, 10, 27), date(2025, 11, 3), False)])
    year = services.calendar.update("2025-2026", data)
    assert year.term(2) == (date(2025, 11, 4), date(2025, 12, 28))
    assert year.breaks == ((date(2025, 10, 27), date(2025, 11, 3), False),)
    assert services.calendar.update(year.id, year_2025()).term(2) == Q[2]


def test_a_refused_update_changes_nothing(services):
    before = services.calendar.get("2025-2026")
    with pytest.raises(ValidationError):
        services.calendar.update("2025-2026", year_2025(terms=[Q[2], Q[1], Q[3], Q[4]]))
    assert services.calendar.get("2025-2026") == before


def test_an_update_that_fails_half_way_keeps_the_old_quarters(services, monkeypatch):
    before = services.calendar.get("2025-2026")

    def broken(_year_id, _data):  # the old quarters and breaks are already deleted by now
        raise RuntimeError("disk full")

    monkeypatch.setattr(calendar_module, "_parts", broken)
    with pytest.raises(RuntimeError):
        services.calendar.update("2025-2026", year_2025(name="2025-2026"))
    assert services.calendar.get("2025-2026") == before


def test_a_removed_year_is_gone_and_can_be_added_again(services):
    year = services.calendar.get("2025-2026")
    services.calendar.remove(year.id)
    assert [y.name for y in services.calendar.years()] == ["2026-2027"]
    with pytest.raises(NotFound):
        services.calendar.get("2025-2026")
    assert services.calendar.create(year_2025()).name == "2025-2026"


# --- rights ---------------------------------------------------------------------------------

def test_a_counsellor_reads_the_calendar_but_cannot_change_it(services):
    counsellor = as_role(services, "counsellor").calendar
    assert counsellor.term_of(date(2025, 9, 2)) == ("2025-2026", 1)
    year = counsellor.get("2025-2026")
    for change in (lambda: counsellor.create(year_2024()),
                   lambda: counsellor.update("2025-2026", year_2025()),
                   lambda: counsellor.remove(year.id)):
        with pytest.raises(NotAllowed):
            change()
    assert services.calendar.get("2025-2026") == year


def test_the_head_teacher_reads_the_calendar_for_the_summary(services):
    head = as_role(services, "head").calendar
    assert head.period("2025-2026", 2) == Period(*Q[2], "2025-2026", 2)
    with pytest.raises(NotAllowed):
        head.update("2025-2026", year_2025())


# --- which quarter a day is in --------------------------------------------------------------

@pytest.mark.parametrize("day, expected", [
    (date(2025, 9, 1), None),  # the observed Constitution Day: lessons began on the 2nd
    (date(2025, 9, 2), ("2025-2026", 1)),  # the first day
    (date(2025, 10, 26), ("2025-2026", 1)),  # the last day of a quarter
    (date(2025, 10, 27), None),  # the autumn break
    (date(2025, 11, 2), None),
    (date(2025, 11, 3), ("2025-2026", 2)),
    (date(2026, 1, 1), None),  # the winter break
    (date(2026, 2, 10), ("2025-2026", 3)),  # grade 1's extra week: the quarter goes on
    (date(2026, 5, 25), ("2025-2026", 4)),
    (date(2026, 5, 26), None),  # summer
    (date(2026, 11, 22), ("2026-2027", 2)),  # the best guess for 2026-2027
    (date(2029, 11, 22), None),  # 2029-2030 is not in the calendar
])
def test_term_of(services, day, expected):
    assert services.calendar.term_of(day) == expected


def test_latest_term_on_a_break_is_the_quarter_just_ended(services):
    assert services.calendar.latest_term(date(2025, 10, 30)) == ("2025-2026", 1)
    assert services.calendar.latest_term(date(2026, 7, 22)) == ("2025-2026", 4)
    assert services.calendar.latest_term(date(2026, 11, 22)) == ("2026-2027", 2)
    assert services.calendar.latest_term(date(2025, 8, 1)) is None


# --- periods and what they are compared with ------------------------------------------------

def test_period_of_a_quarter_and_of_the_year(services):
    assert services.calendar.period("2025-2026", 3) == Period(*Q[3], "2025-2026", 3)
    whole = services.calendar.period("2025-2026", None)
    # 1 September to 31 August: the breaks and the summer belong to the year too.
    assert whole == Period(date(2025, 9, 1), date(2026, 8, 31), "2025-2026")
    assert whole.is_year and not whole.is_term
    with pytest.raises(NotFound):
        services.calendar.period("2027-2028", 1)
    with pytest.raises(NotFound):
        services.calendar.period("2025-2026", 5)


def test_q2_is_compared_with_q1_and_with_q2_a_year_before(services):
    services.calendar.create(year_2024())
    previous, last_year = services.calendar.comparison_periods(
        services.calendar.period("2025-2026", 2))
    assert previous == Period(*Q[1], "2025-2026", 1)
    assert last_year == Period(date(2024, 11, 4), date(2024, 12, 29), "2024-2025", 2)


def test_q1_is_compared_with_q4_of_the_year_before(services):
    services.calendar.create(year_2024())
    previous, last_year = services.calendar.comparison_periods(
        services.calendar.period("2025-2026", 1))
    assert previous == Period(date(2025, 3, 31), date(2025, 5, 25), "2024-2025", 4)
    assert last_year == Period(date(2024, 9, 2), date(2024, 10, 27), "2024-2025", 1)


def test_a_whole_year_is_compared_with_the_year_before(services):
    services.calendar.create(year_2024())
    previous, last_year = services.calendar.comparison_periods(
        services.calendar.period("2025-2026"))
    assert previous == last_year == Period(date(2024, 9, 1), date(2025, 8, 31), "2024-2025")


def test_without_the_year_before_the_dates_are_shifted(services):
    q1 = services.calendar.period("2025-2026", 1)  # 2 Sep - 26 Oct 2025: 55 days
    previous, last_year = services.calendar.comparison_periods(q1)
    assert previous == Period(date(2025, 7, 9), date(2025, 9, 1))
    assert last_year == Period(date(2024, 9, 2), date(2024, 10, 26))
    # Q2 still finds Q1 in the calendar; only its last year's quarter is shifted.
    previous, last_year = services.calendar.comparison_periods(
        services.calendar.period("2025-2026", 2))
    assert previous == Period(*Q[1], "2025-2026", 1)
    assert last_year == Period(date(2024, 11, 3), date(2024, 12, 28))
    previous, last_year = services.calendar.comparison_periods(
        services.calendar.period("2025-2026"))
    assert previous == last_year == Period(date(2024, 9, 1), date(2025, 8, 31))


def test_a_free_range_is_compared_with_the_days_before_and_a_year_earlier(services):
    previous, last_year = services.calendar.comparison_periods(
        Period(date(2025, 10, 1), date(2025, 10, 10)))
    assert previous == Period(date(2025, 9, 21), date(2025, 9, 30))
    assert last_year == Period(date(2024, 10, 1), date(2024, 10, 10))


def test_29_february_a_year_earlier_is_28_february(services):
    previous, last_year = services.calendar.comparison_periods(
        Period(date(2028, 2, 1), date(2028, 2, 29)))
    assert previous == Period(date(2028, 1, 3), date(2028, 1, 31))  # 29 days before
    assert last_year == Period(date(2027, 2, 1), date(2027, 2, 28))
    _previous, last_year = services.calendar.comparison_periods(
        Period(date(2028, 2, 29), date(2028, 3, 1)))
    assert last_year == Period(date(2027, 2, 28), date(2027, 3, 1))


def test_periods_for_a_range_are_the_quarters_it_touches(services):
    assert services.calendar.periods_for_range(date(2025, 10, 1), date(2025, 11, 10)) == [
        Period(*Q[1], "2025-2026", 1), Period(*Q[2], "2025-2026", 2)]
    assert services.calendar.periods_for_range(date(2025, 10, 27), date(2025, 11, 2)) == []


def test_a_range_that_is_exactly_a_quarter_or_the_year_is_recognised(services):
    assert services.calendar.range_period(*Q[4]) == Period(*Q[4], "2025-2026", 4)
    assert services.calendar.range_period(date(2025, 9, 1), date(2026, 8, 31)).is_year
    assert not services.calendar.range_period(date(2025, 9, 2), date(2026, 5, 25)).is_year
    assert services.calendar.range_period(date(2025, 9, 1), date(2025, 9, 30)) == \
        Period(date(2025, 9, 1), date(2025, 9, 30))


# --- where today falls ------------------------------------------------------------------------

@pytest.mark.parametrize("day, expected", [
    (date(2026, 12, 6), ("2026-2027", 2, False, False)),  # the user's report: quarter 2
    (date(2026, 10, 28), ("2026-2027", 1, True, False)),  # the autumn break
    (date(2026, 9, 1), ("2026-2027", 1, False, False)),
    (date(2026, 8, 20), ("2025-2026", 4, True, False)),  # summer: the year just ended
    (date(2025, 9, 1), ("2025-2026", None, False, False)),  # before its first lesson
    (date(2029, 12, 6), ("2029-2030", None, False, True)),  # not in the calendar
])
def test_today_knows_the_year_and_quarter(services, clock, day, expected):
    clock.now = datetime(day.year, day.month, day.day, 9)
    today = services.calendar.today()
    assert (today.year_name, today.term, today.on_break, today.missing) == expected


def test_the_parts_of_a_year_are_every_day_of_it_once(services):
    year = services.calendar.get("2025-2026")
    parts = year_parts(year)
    assert [p[0] for p in parts] == ["before", "q1", "break1", "q2", "break2", "q3", "break3",
                                     "q4", "summer"]
    assert parts[0][1:] == (date(2025, 9, 1), date(2025, 9, 1))  # lessons began on the 2nd
    assert parts[2][1:] == (date(2025, 10, 27), date(2025, 11, 2))  # the autumn break
    assert parts[-1][1:] == (date(2026, 5, 26), date(2026, 8, 31))  # the summer
    for (_, _, last), (_, first, _) in zip(parts, parts[1:]):
        assert first == last + timedelta(days=1)
    assert (parts[0][1], parts[-1][2]) == whole_year(year)


# --- the day a form proposes ----------------------------------------------------------------

@pytest.mark.parametrize("day, expected", [
    (date(2026, 11, 20), date(2026, 11, 20)),  # a Friday at school: kept
    (date(2026, 11, 22), date(2026, 11, 23)),  # a Sunday: the Monday
    (date(2026, 12, 16), date(2026, 12, 17)),  # Independence Day
    (date(2026, 10, 28), date(2026, 11, 2)),  # the autumn break: its first school day after
    (date(2026, 12, 30), date(2027, 1, 8)),  # the winter break, New Year and Christmas in it
    (date(2027, 2, 9), date(2027, 2, 9)),  # grade 1's extra week: the others are at school
])
def test_a_proposed_date_is_a_school_day(services, day, expected):
    assert services.calendar.school_day(day) == expected


def test_a_proposed_date_skips_the_schools_own_day_off(services):
    services.holidays.replace_corrections(2026, [Correction(date(2026, 11, 23), DAY_OFF,
                                                            "Мектеп күні")])
    assert services.calendar.school_day(date(2026, 11, 22)) == date(2026, 11, 24)
