"""exchange.roster_cells: what a cell says, in the words offices write."""

from dibao_desk.exchange.roster_cells import disability_grade, illness_of


def test_disability_and_illness_words_as_offices_write_them():
    assert [disability_grade(x) for x in ("无残疾", "非残疾", "2", "二级", "5")] == [0, 0, 2, 2, None]
    assert illness_of("无") == (False, "")  # not ill: a stored illness name goes too
