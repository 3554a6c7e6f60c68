"""The national bank codes, and what makes an account number usable."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from stdnum import luhn

import dibao_desk
from dibao_desk import messages
from dibao_desk.domain import bank_accounts, banks


@pytest.mark.parametrize("typed, code", [
    ("403", "403"), ("中国邮政储蓄银行", "403"), ("邮储", "403"), ("邮政储蓄银行德安县支行", "403"),
    ("中国邮政储蓄银行德安县支行", "403"), ("农商行", "402"), ("信用社", "402"), ("德安县农村信用合作联社", "402"),
    ("中国农业银行德安县支行", "103"), ("农行", "103"), ("农业发展银行", "203"), ("中国农业发展银行九江分行", "203"),
    ("工行", "102"), ("中国工商银行", "102"), ("建设银行", "105"), ("中国银行德安支行", "104"), ("交通银行", "301"),
    ("403424000012", "403"), (" 邮 储 ", "403"),
])
def test_a_typed_bank_name_finds_its_code(typed, code):
    assert banks.find(typed).code == code


@pytest.mark.parametrize("typed", ["", "某某钱庄", "12", "999"])
def test_names_that_are_no_bank_find_none(typed):
    assert banks.find(typed) is None


def test_the_list_has_the_national_codes_and_reads_by_code():
    assert banks.by_code("403").name == "中国邮政储蓄银行"
    assert banks.by_code("102").name == "中国工商银行"
    assert {"102", "103", "104", "105", "301", "402", "403"} <= {b.code for b in banks.bank_list().banks}


def card(prefix: str, length: int = 19) -> str:
    body = prefix + "0" * (length - 1 - len(prefix))
    return body + luhn.calc_check_digit(body)


def test_a_card_with_its_check_digit_passes_and_a_digit_typed_wrong_is_an_error():
    good = card("6217995")
    assert bank_accounts.check(good, banks.by_code("403")) == []
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    [p] = bank_accounts.check(wrong, banks.by_code("403"))
    assert (p.code, p.severity) == ("bank_account.luhn", "error")


def test_a_credit_cooperative_card_of_its_own_numbering_is_not_luhn_checked_but_a_unionpay_card_is():
    rcc = banks.by_code("402")
    own = "9" + "0" * 17 + "1"  # 19 digits, not a card prefix: a passbook-card of its own numbering
    assert bank_accounts.errors(bank_accounts.check(own, rcc)) == []
    not_luhn = "6" + "1" * 17 + "0"
    assert not luhn.is_valid(not_luhn) and bank_accounts.check("5" + not_luhn[1:], rcc) == []
    unionpay = card("622", 19)
    bad = unionpay[:-1] + str((int(unionpay[-1]) + 3) % 10)
    assert [p.code for p in bank_accounts.check(bad, rcc)] == ["bank_account.luhn"]


def test_a_passbook_of_an_odd_length_is_a_warning_and_letters_or_too_short_are_errors():
    [p] = bank_accounts.check("1234567890123", banks.by_code("403"))
    assert (p.code, p.severity) == ("bank_account.passbook_length", "warning")
    assert bank_accounts.check("123456789012345678", banks.by_code("403")) == []
    assert [p.code for p in bank_accounts.check("12AB", None)] == ["bank_account.not_digits"]
    assert [p.code for p in bank_accounts.check("1234567", None)] == ["bank_account.length"]
    assert [p.code for p in bank_accounts.check("", None)] == ["bank_account.missing"]


def test_spaces_and_full_width_digits_are_folded():
    assert bank_accounts.normalise(" ６２１７ 9950\u30000000 ") == "621799500000"


BANK_MODULES = ("domain/bank_accounts.py", "domain/bank_return.py", "exchange/bank_layouts.py",
                "exchange/bank_files.py", "exchange/bank_return.py", "services/bank_accounts.py",
                "services/bank.py")
CODE = re.compile(r"^(bank_account|bank_layout|bank_file|return|accounts_import)\.[a-z_]+$")


def test_every_code_the_bank_modules_report_has_a_sentence():
    """Codes handed to helpers (``_bad(...)``, ``problems.add(...)``) escape test_messages' scan."""
    src = Path(dibao_desk.__file__).parent
    found = set()
    for rel in BANK_MODULES:
        path = src / rel
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value):
                found.add(node.value)
    assert len(found) > 40
    assert sorted(c for c in found if c not in messages.TEMPLATES) == []


def test_the_fast_luhn_check_agrees_with_python_stdnum_on_every_kind_of_number():
    """The bank file checks tens of thousands of accounts with ``luhn_ok``; python-stdnum is the
    reference it must agree with, on valid numbers, on each single digit typed wrong and on
    two neighbouring digits swapped."""
    import random

    rng = random.Random(17)
    numbers = []
    for length in (8, 12, 16, 17, 18, 19, 21):
        for _ in range(300):
            body = "".join(rng.choice("0123456789") for _ in range(length - 1))
            good = body + luhn.calc_check_digit(body)
            numbers.append(good)
            i = rng.randrange(length)
            numbers.append(good[:i] + str((int(good[i]) + rng.randrange(1, 10)) % 10) + good[i + 1:])
            j = rng.randrange(length - 1)
            numbers.append(good[:j] + good[j + 1] + good[j] + good[j + 2:])
    assert [bank_accounts.luhn_ok(n) for n in numbers] == [luhn.is_valid(n) for n in numbers]
    assert sum(bank_accounts.luhn_ok(n) for n in numbers) < len(numbers)  # both answers occur
