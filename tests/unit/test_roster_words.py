"""Relation words and start months as offices write them in rosters."""

from __future__ import annotations

import datetime as dt

import pytest

from dibao_desk.exchange.roster_words import relation_code, start_month


@pytest.mark.parametrize("text, code", [
    ("女", "daughter"), ("子", "son"), ("孙子", "grandson"), ("孙女", "granddaughter"), ("儿媳", "daughter_in_law"),
    ("女婿", "son_in_law"), ("夫", "spouse"), ("妻", "spouse"), ("本人", "head"), ("之子", "son"), ("之女", "daughter"),
    ("户主之子", "son"), ("户主之妻", "spouse"), ("户主妻子", "spouse"), ("张三之女", "daughter"),
    ("长子之女", "granddaughter"), ("女儿之子", "grandson"), ("儿子之妻", "daughter_in_law"),
    ("女儿之夫", "son_in_law"), ("侄子", "other"),
    ("王五之子", None), ("干亲", None), ("", None),
])
def test_relation_words(text, code):
    assert relation_code(text, head_name="张三") == code


NOV30 = dt.date(2026, 11, 30)


@pytest.mark.parametrize("value, month, ambiguous", [
    ("2019.03", dt.date(2019, 3, 1), False), ("2019年3月", dt.date(2019, 3, 1), False),
    ("2019年3月15日", dt.date(2019, 3, 1), False), ("2019-3-15", dt.date(2019, 3, 1), False),
    ("2019/3", dt.date(2019, 3, 1), False), ("201903", dt.date(2019, 3, 1), False),
    ("２０１９．０３", dt.date(2019, 3, 1), False),
    (2019.03, dt.date(2019, 3, 1), False), (2019.12, dt.date(2019, 12, 1), False),
    (2019.1, dt.date(2019, 1, 1), True),  # Excel shows a typed 2019.10 the same way
    (201903, dt.date(2019, 3, 1), False), (20190315, dt.date(2019, 3, 1), False),
    (43525.0, dt.date(2019, 3, 1), False),  # an Excel date serial
    (dt.datetime(2020, 7, 15, 0, 0), dt.date(2020, 7, 1), False), (dt.date(2020, 7, 15), dt.date(2020, 7, 1), False),
    ("2026.11", dt.date(2026, 11, 1), False),  # this month (the clock is 30 Nov)
    ("2026.12", None, False),  # a month to come
    ("1985.05", None, False), ("看不清", None, False), ("2019.13", None, False),
])
def test_start_months(value, month, ambiguous):
    assert start_month(value, today=NOV30) == (month, ambiguous)


@pytest.mark.parametrize("today, text, month", [
    (dt.date(2026, 1, 31), "2026.01", dt.date(2026, 1, 1)), (dt.date(2026, 1, 31), "2026.02", None),
    (dt.date(2028, 2, 29), "2028.02", dt.date(2028, 2, 1)), (dt.date(2026, 2, 28), "2026.03", None),
    (dt.date(2026, 12, 31), "2026.12", dt.date(2026, 12, 1)),
])
def test_start_month_is_never_after_this_month(today, text, month):
    assert start_month(text, today=today)[0] == month


def test_start_month_on_the_real_date():
    today = dt.date.today()
    assert start_month(f"{today.year}.{today.month:02d}") == (today.replace(day=1), False)
