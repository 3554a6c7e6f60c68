"""Amounts typed in yuan, kept in fen."""

import pytest

from dibao_desk.domain.money import BelowFen, typed_yuan_to_fen, yuan_to_fen


@pytest.mark.parametrize("text, fen", [("350.5", 35050), ("350.500", 35050), ("1,234.56", 123456),
                                       ("２００．１２", 20012), ("12元", 1200), ("0.01", 1)])
def test_typed_amounts_to_the_fen_are_taken_as_typed(text, fen):
    assert typed_yuan_to_fen(text) == fen


@pytest.mark.parametrize("text", ["350.505", "0.001", "２００．１２３"])
def test_typed_amounts_below_a_fen_are_refused_not_rounded(text):
    with pytest.raises(BelowFen):
        typed_yuan_to_fen(text)
    assert yuan_to_fen(text) >= 0  # a figure read from a file is still rounded to the fen


@pytest.mark.parametrize("text", ["abc", "1万", "", "nan"])
def test_typed_text_that_is_no_amount_is_refused(text):
    with pytest.raises(ValueError):
        typed_yuan_to_fen(text)
