"""Periods as an operator types them: each form is read to the one written form stored."""

import datetime as dt

import pytest

from dibao_desk.domain.periods import period_of, written


@pytest.mark.parametrize("typed, form", [
    ("2027Q1", "2027Q1"), ("2027q1", "2027Q1"), ("2027-Q1", "2027Q1"), ("2027 Q1", "2027Q1"),
    ("2027年第1季度", "2027Q1"), ("2027年1季度", "2027Q1"), ("2027年第一季度", "2027Q1"), ("２０２７Ｑ４", "2027Q4"),
    ("2027-03", "2027-03"), ("2027-3", "2027-03"), ("2027/03", "2027-03"), ("2027年3月", "2027-03"),
    (" 2027-12 ", "2027-12"),
])
def test_typed_forms_read_to_the_written_form(typed: str, form: str) -> None:
    assert written(typed) == form
    p = period_of(typed)
    assert p is not None and p.text == form


@pytest.mark.parametrize("typed", ["2027Q5", "2027Q0", "2027-13", "2027-0", "2027年13月", "2027", "Q1", "03-2027",
                                   "2027-Q1-03", "0000-01", "9999Q4", ""])
def test_anything_else_is_no_period(typed: str) -> None:
    assert period_of(typed) is None


def test_a_quarter_typed_in_chinese_spans_its_three_months() -> None:
    p = period_of("2027年第一季度")
    assert p is not None and p.is_quarter and (p.first, p.last) == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))


@pytest.mark.parametrize("typed", ["2027", "2027年", "2027年度", "２０２７年", " 2027 "])
def test_the_statistics_read_a_year_as_a_period_of_twelve_months(typed: str) -> None:
    """`stats --period 2027` (2027年, 2027年度) is the year 2027 for the statistics; a roster or
    package period is still a month or a quarter only."""
    from dibao_desk.domain.periods import report_period_of

    p = report_period_of(typed)
    assert p is not None and p.is_year and not p.is_quarter and p.text == "2027"
    assert (p.first, p.last, len(p.months)) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31), 12)
    assert period_of(typed) is None
    assert report_period_of("2027Q4") == period_of("2027Q4")
    assert report_period_of("0000") is None and report_period_of("9999") is None and report_period_of("202") is None
