import datetime as dt

import pytest

from dibao_desk import messages
from dibao_desk.domain import idcard
from tests.helpers import make_id

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("number, birth, sex", [
    ("360426199101010071", dt.date(1991, 1, 1), "男"),
    (make_id("19800229", 22), dt.date(1980, 2, 29), "女"),  # leap day
    (make_id("20101231", 1, "110101"), dt.date(2010, 12, 31), "男"),
])
def test_valid_numbers_give_birth_date_and_sex(number, birth, sex):
    info, problems = idcard.parse(number, today=TODAY)
    assert problems == []
    assert info.birth_date == birth and info.sex == sex


def test_x_check_character_accepted_in_either_case_and_full_width():
    # find a number whose check character is X
    number = next(n for n in (make_id("19700101", s) for s in range(1000)) if n.endswith("X"))
    for variant in (number, number.lower(), number[:-1] + "Ｘ", " ".join(number)):
        info, problems = idcard.parse(variant, today=TODAY)
        assert info is not None and info.number == number, variant


def test_full_width_digits_are_normalised():
    number = "360426199101010071"
    full = "".join(chr(0xFF10 + int(c)) for c in number)
    info, _ = idcard.parse(full, today=TODAY)
    assert info.number == number


@pytest.mark.parametrize("pasted", [
    "\u200b360426199101010071",  # a zero-width space copied from a web page
    "\ufeff360426199101010071",  # a byte-order mark at the start of a text file's first cell
    "360426199101010071\u200e",  # a left-to-right mark
    "'360426199101010071",  # Excel's mark of a number kept as text
    "＇３６０４２６ 199101010071",
])
def test_invisible_characters_and_excels_apostrophe_from_a_paste_are_dropped(pasted):
    info, problems = idcard.parse(pasted, today=TODAY)
    assert problems == [] and info is not None and info.number == "360426199101010071"


def test_an_apostrophe_inside_a_number_is_not_dropped():
    info, problems = idcard.parse("3604261991'01010071", today=TODAY)
    assert info is None and [p.code for p in problems] == ["id.length"]


@pytest.mark.parametrize("raw, code", [
    ("360426199101010072", "id.checksum"),
    ("36042619910101007", "id.length"),
    ("3604261991010100711", "id.length"),
    ("36042619910A010071", "id.format"),
    (make_id("19910230", 7)[:17] + "0", "id.birthdate"),  # 30 February
    (make_id("20300101", 7), "id.birthdate_future"),  # born in the future
    (make_id("19910101", 7, "999999"), "id.region"),
    ("3.60426E+17", "id.scientific"),
    ("", "id.empty"),
])
def test_invalid_numbers_are_refused_with_a_reason(raw, code):
    info, problems = idcard.parse(raw, today=TODAY)
    assert info is None
    assert [p.code for p in problems] == [code]
    assert messages.text(problems[0]) != code  # there is a Chinese sentence for it


def test_fifteen_digit_number_is_converted_with_a_warning():
    info, problems = idcard.parse("360426910101007", today=TODAY)
    assert info.number == "36042619910101007" + idcard.check_character("36042619910101007")
    assert info.converted_from_15 and info.birth_date == dt.date(1991, 1, 1)
    assert [(p.code, p.severity) for p in problems] == [("id.converted15", "warning")]


def test_region_name_is_known():
    info, _ = idcard.parse("360426199101010071", today=TODAY)
    assert info.region_name == "江西省德安县"


def test_age_on_birthday_boundary():
    assert idcard.age_on(dt.date(2000, 3, 1), dt.date(2026, 2, 28)) == 25
    assert idcard.age_on(dt.date(2000, 3, 1), dt.date(2026, 3, 1)) == 26


def test_quick_facts_agree_with_parse_number_by_number():
    """The import checks a county's numbers at once; whatever quick_facts accepts, parse
    accepts with the same facts and no problem, and everything parse has a word about is
    left to parse."""
    import random

    rnd = random.Random(7)
    today = dt.date(2026, 11, 23)
    numbers = []
    for k in range(3000):
        region = rnd.choice(("360426", "360421", "110101", "999999", "360400"))
        birth = rnd.choice(("19600315", "20261124", "18790101", "19990230", "20000229", "19450808"))
        number = make_id(birth, rnd.randint(0, 999), region)
        kind = k % 9
        if kind == 1:
            number = number[:17] + ("0" if number[17] != "0" else "1")  # wrong check character
        elif kind == 2:
            number = number.lower()
        elif kind == 3:
            number = number[:6] + number[8:17]  # 15 digits
        elif kind == 4:
            number = " " + number
        elif kind == 5:
            number = number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        elif kind == 6:
            number = number[:10] + "a" + number[11:]
        numbers.append(number)
    # all of them, and only those written as 17 digits and a check character (the common
    # roster, worked out without a match per number)
    for given in (numbers, [n for n in numbers if len(n) == 18 and n.isascii() and n[:17].isdigit()
                            and n[17] in "0123456789X"]):
        quick = idcard.quick_facts(given, today=today)
        accepted = 0
        for number, facts in zip(given, quick, strict=True):
            info, problems = idcard.parse(number, today=today)
            if facts is not None:
                accepted += 1
                assert info is not None and problems == [] and facts == (info.number, info.sex, info.birth_date), \
                    number
                assert facts[0] == number
            elif len(given) < len(numbers):  # written plainly: only what parse refuses or warns of is left to it
                assert info is None or problems, number
        assert 300 < accepted < 2000  # both paths were taken


@pytest.mark.parametrize("birth, today, code", [
    ("20261201", dt.date(2026, 11, 30), "id.birthdate_future"),  # a day after the month's end
    ("20270101", dt.date(2026, 12, 31), "id.birthdate_future"),
    ("20250229", dt.date(2026, 11, 30), "id.birthdate"),  # 2025 is no leap year
    ("20240229", dt.date(2024, 2, 28), "id.birthdate_future"),
])
def test_a_birth_date_after_today_is_said_so_not_called_a_date_that_does_not_exist(birth, today, code):
    raw = make_id("19900101", 7)[:6] + birth + "007"
    raw += idcard.check_character(raw)
    info, problems = idcard.parse(raw, today=today)
    assert info is None and [p.code for p in problems] == [code]
    said = messages.text(problems[0])
    if code == "id.birthdate_future":
        assert "晚于今天" in said and "不存在" not in said and today.isoformat() in said, said
    else:
        assert "不存在" in said
    assert idcard.parse(raw, today=dt.date(2028, 2, 29))[0] is not None or code == "id.birthdate"
