"""A bank's result file (回盘) against the roster it answers: pure rules.

``parse_amount``, ``parse_status`` and ``parse_flag`` read one cell as banks write it; ``match`` pairs every
line read with a line of the roster and refuses, naming the line, whatever would make the
answer unsafe to record: another roster's line, an account the roster does not pay, a
different amount or name, a line twice, an account two households share when the line does
not say which transfer it answers.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple, Sequence

from dibao_desk.domain.names import same_name
from dibao_desk.domain.problems import Problem

_CURRENCY = re.compile(r"[元¥￥,\s]|RMB|CNY", re.I)
_YUAN = re.compile(r"^\d+(\.\d{1,2})?$")
_FEN = re.compile(r"^\d+$")
MAX_PROBLEMS = 50


class Outcome(enum.Enum):
    PAID = "paid"
    FAILED = "failed"


class ReturnLine(NamedTuple):
    line: int          # the line (or sheet row) of the file, as a person finds it
    account: str
    name: str
    amount_fen: int
    outcome: Outcome
    reason: str
    reference: str = ""


class Expected(NamedTuple):
    """A roster line the bank was asked to pay."""

    key: int           # the roster line's id
    household_id: int
    account: str
    name: str
    amount_fen: int
    reference: str


# An amount cell never needs more characters than "¥ 1,234,567,890.00 元", nor an amount more than
# 10 trillion yuan; beyond them the cell is not an amount (and thousands of digits would make
# Python refuse the conversion).
MAX_AMOUNT_CHARS = 40
MAX_AMOUNT_FEN = 10 ** 15


def parse_amount(value: object, unit: str = "yuan") -> int | None:
    """Fen from a cell: 1,234.50 / １２３４．５ / 1234.5元 / ¥12 (yuan) or 123450 (fen)."""
    if isinstance(value, str) and len(value) > MAX_AMOUNT_CHARS:
        return None
    fen = _parse_amount(value, unit)
    return fen if fen is None or fen <= MAX_AMOUNT_FEN else None


def _parse_amount(value: object, unit: str) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if unit == "fen" else value * 100
    if isinstance(value, float):
        return _float_amount(value, unit)
    if isinstance(value, str) and value.isascii():  # the common cells: 12345 or 123.45, nothing to fold
        if value.isdigit():
            return int(value) if unit == "fen" else int(value) * 100
        if unit == "yuan" and _YUAN.match(value):
            whole, _, part = value.partition(".")
            return int(whole) * 100 + int((part + "00")[:2])
    text = _CURRENCY.sub("", unicodedata.normalize("NFKC", str(value)))
    if unit == "fen":
        return int(text) if _FEN.match(text) else None
    if not _YUAN.match(text):
        if re.match(r"^\d+\.\d+$", text):  # 12.50000001 from a float cell
            try:
                d = Decimal(text)
            except InvalidOperation:
                return None
            if d == d.quantize(Decimal("0.01")):
                return int(d * 100)
        return None
    return int(Decimal(text) * 100)


def _float_amount(value: float, unit: str) -> int | None:
    """Fen from a number cell. A sheet's sum or product (a bank's formula, a cell typed over)
    holds the yuan amount as the nearest binary fraction, 309.99999999999994 for 310.00 or
    1234.5600000000002: within a ten-thousandth of a fen it is that fen; a real fraction of a
    fen (12.345 元) or a negative amount is not an amount."""
    if not math.isfinite(value) or value < 0 or value > MAX_AMOUNT_FEN:
        return None
    scaled = value if unit == "fen" else value * 100
    fen = round(scaled)
    return fen if abs(scaled - fen) < 1e-4 else None


def parse_status(value: object, paid_words: Sequence[str], failed_words: Sequence[str]) -> Outcome | None:
    """Paid or failed from a status cell; None when it says neither."""
    return _parse_status(value, paid_words, failed_words)


def _parse_status(value: object, paid_words: Sequence[str], failed_words: Sequence[str]) -> Outcome | None:
    text = unicodedata.normalize("NFKC", str(value if value is not None else "")).strip().upper()
    if not text:
        return None
    for words, outcome in ((failed_words, Outcome.FAILED), (paid_words, Outcome.PAID)):  # “未成功” holds 成功
        for w in words:
            w = w.upper()
            if (w in text) if len(w) > 1 else (w == text):  # one letter (S, F) must be the whole cell
                return outcome
    return None


# A column headed as a success flag (成功标志, 处理标志 …) answers yes or no: these cells say
# which, whole. Anything else there (0000, 2, a bank's own code) is not guessed.
FLAG_PAID = ("是", "Y", "YES", "1", "TRUE", "成功")
FLAG_FAILED = ("否", "N", "NO", "0", "FALSE", "失败")


def parse_flag(value: object) -> Outcome | None:
    """Paid or failed from a success flag's cell (是/否, Y/N, 1/0, TRUE/FALSE, 成功/失败, as
    text, number or boolean); None for anything else."""
    if isinstance(value, bool):
        return Outcome.PAID if value else Outcome.FAILED
    if isinstance(value, (int, float)):
        return Outcome.PAID if value == 1 else Outcome.FAILED if value == 0 else None
    text = unicodedata.normalize("NFKC", str(value if value is not None else "")).strip().upper()
    if text in FLAG_PAID:
        return Outcome.PAID
    if text in FLAG_FAILED:
        return Outcome.FAILED
    return None


@dataclass(frozen=True)
class Match:
    answers: dict[int, ReturnLine]  # roster line id -> the bank's answer
    problems: tuple[Problem, ...]


def match(expected: Sequence[Expected], lines: Sequence[ReturnLine], batch: str = "") -> Match:
    """Pair each line with the roster line it answers; every mismatch is a problem naming the line."""
    by_ref = {e.reference: e for e in expected if e.reference}
    by_account: dict[str, list[Expected]] = {}
    for e in expected:
        by_account.setdefault(e.account, []).append(e)
    answers: dict[int, ReturnLine] = {}
    first_line: dict[int, int] = {}
    problems: list[Problem] = []

    def add(code: str, ln: ReturnLine, **params: object) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(Problem(code, "line", {"line": ln.line, "account": ln.account, "name": ln.name,
                                                   **params}))

    for ln in lines:
        target: Expected | None = None
        if ln.reference and by_ref:
            target = by_ref.get(ln.reference)
            if target is None:
                if batch and not ln.reference.startswith(batch):
                    add("return.other_roster", ln, reference=ln.reference, batch=batch)
                else:
                    add("return.unknown_reference", ln, reference=ln.reference)
                continue
            if target.account != ln.account:
                add("return.account_differs", ln, expected=target.account)
                continue
        else:
            found = by_account.get(ln.account, [])
            if not found:
                add("return.unknown_account", ln)
                continue
            if len(found) > 1:
                add("return.two_households", ln, households=len(found))
                continue
            target = found[0]
        if target.key in first_line:
            add("return.twice", ln, first=first_line[target.key])
            continue
        first_line[target.key] = ln.line
        if ln.amount_fen != target.amount_fen:
            add("return.amount_differs", ln, amount=_yuan(ln.amount_fen), expected=_yuan(target.amount_fen))
            continue
        if ln.name and not same_name(ln.name, target.name):
            add("return.name_differs", ln, expected=target.name)
            continue
        answers[target.key] = ln
    return Match(answers if not problems else {}, tuple(problems))


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"
