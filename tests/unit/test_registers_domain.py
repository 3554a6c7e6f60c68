"""Integrity rules: the blacklist's bar across leap days, working days across 春节 调休."""

import datetime as dt

import pytest

from dibao_desk.domain import registers as rules
from dibao_desk.domain import workdays

D = dt.date


@pytest.mark.parametrize("found, months, ends", [
    (D(2024, 2, 29), 12, D(2025, 2, 28)),  # found on a leap day: the bar ends on the last day of February
    (D(2023, 3, 1), 12, D(2024, 3, 1)),  # a year across 29 Feb 2024 is still 1 March, not 29 February
    (D(2023, 2, 28), 12, D(2024, 2, 28)),
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2026, 11, 30), 12, D(2027, 11, 30)),
    (D(2026, 12, 31), 12, D(2027, 12, 31)),
    (D(2026, 12, 31), 18, D(2028, 6, 30)),
])
def test_bar_ends_a_policy_number_of_calendar_months_after(found, months, ends):
    assert rules.bar_ends(found, months) == ends


def test_barred_until_takes_the_latest_bar_still_running():
    ends = [D(2025, 2, 28), None, D(2024, 3, 1)]
    assert rules.barred_until(ends, D(2024, 2, 29)) == D(2025, 2, 28)
    assert rules.barred_until(ends, D(2025, 2, 27)) == D(2025, 2, 28)
    assert rules.barred_until(ends, D(2025, 2, 28)) is None  # from that day the person may apply


def test_first_false_declaration_warns_and_the_second_lists():
    assert rules.outcome_of(0) == rules.DeclarationOutcome.WARNING
    assert rules.outcome_of(1) == rules.DeclarationOutcome.LISTED
    assert rules.outcome_of(4) == rules.DeclarationOutcome.LISTED


def test_spring_festival_2026_counts_the_调休_saturdays_and_skips_the_holiday():
    # 2026 春节: 15–23 Feb off; Saturday 14 Feb and Saturday 28 Feb are working days.
    got = workdays.add_working_days(D(2026, 2, 12), 3)  # Fri 13, Sat 14 (调休), then Tue 24 Feb
    assert got == workdays.Deadline(D(2026, 2, 24), False)
    assert workdays.add_working_days(D(2026, 2, 13), 1).day == D(2026, 2, 14)
    # 15 working days from 10 Feb: 11, 12, 13, 14, 24, 25, 26, 27, 28, 2 Mar, 3, 4, 5, 6, 9
    assert workdays.add_working_days(D(2026, 2, 10), 15).day == D(2026, 3, 9)
    # A plain weekday count would give 3 March.
    assert workdays.working_days_between(D(2026, 2, 10), D(2026, 3, 9)) == 15


def test_a_year_the_calendar_does_not_know_uses_weekdays_and_says_so():
    got = workdays.add_working_days(D(2026, 12, 28), 5)
    # 29, 30, 31 Dec 2026 are known; 2027 is not shipped: 1 Jan is 元旦 on any year, then
    # Mon 4 Jan and Tue 5 Jan 2027 by weekday
    assert got == workdays.Deadline(D(2027, 1, 5), True)


def test_the_offices_own_list_overrides_the_calendar():
    overrides = {D(2027, 1, 1): False, D(2027, 1, 4): False, D(2027, 1, 9): True}
    got = workdays.add_working_days(D(2026, 12, 30), 4, overrides)
    # 31 Dec; 1 Jan off (list); Sat 2, Sun 3 weekend (guessed); 4 Jan off (list); 5, 6, 7 Jan
    assert got.day == D(2027, 1, 7) and got.approximate
    assert workdays.add_working_days(D(2027, 1, 8), 1, overrides).day == D(2027, 1, 9)


@pytest.mark.parametrize("today", [D(2026, 1, 31), D(2028, 2, 29), D(2026, 11, 30), D(2026, 12, 31)])
def test_a_death_after_today_is_refused_and_today_is_fine(today):
    assert [p.code for p in rules.check_event("death", today + dt.timedelta(days=1), today)] == [
        "registers.death_future"]
    assert rules.check_event("death", today, today) == []
    assert [p.code for p in rules.check_event("fire", today, today)] == ["registers.event_kind"]


def test_real_today():
    today = dt.date.today()
    assert rules.check_event("moved_away", today, today) == []
    assert workdays.add_working_days(today, 0).day == today
