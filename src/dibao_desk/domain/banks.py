"""The national bank institution codes (行别代码) and the names offices type for them.

The list is data (``resources/bank_codes.tsv``), read once. ``find(text)`` takes what an
office or a bank's list writes in the 开户行 column, often with the branch
(“中国邮政储蓄银行德安县支行”, “邮储”, “信用社”), and returns the bank it names, or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dibao_desk.resources import ROOT as RESOURCES

BANK_CODES_FILE = RESOURCES / "bank_codes.tsv"


@dataclass(frozen=True)
class Bank:
    code: str                       # three digits, e.g. "403"
    name: str                       # the full name, e.g. 中国邮政储蓄银行
    aliases: tuple[str, ...]        # names offices type: 邮储, 邮政储蓄 ...
    cards_luhn: bool                # the bank's own cards carry a Luhn check digit
    passbook_lengths: tuple[int, ...] = ()  # usual passbook account lengths; () any


@dataclass(frozen=True)
class BankList:
    banks: tuple[Bank, ...]
    _by_code: dict[str, Bank]
    _names: tuple[tuple[str, Bank], ...]  # every name and alias, longest first

    def by_code(self, code: str) -> Bank | None:
        return self._by_code.get((code or "").strip())

    def find(self, text: str) -> Bank | None:
        """The bank a typed name means: a code, a full name, an alias, or a longer text
        containing one (the longest name found wins)."""
        t = "".join((text or "").split()).upper()
        if not t:
            return None
        if t.isdigit():
            return self.by_code(t[:3]) if len(t) in (3, 12) else None
        for name, bank in self._names:
            if name in t:
                return bank
        return None


def parse(text: str) -> BankList:
    banks = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = (raw.split("\t") + [""] * 5)[:5]
        code, name, aliases, luhn, lengths = (c.strip() for c in cells)
        if len(code) != 3 or not code.isdigit() or not name:
            raise ValueError(f"bank_codes: bad line {raw!r}")
        banks.append(Bank(code, name, tuple(a for a in aliases.split("|") if a),
                          luhn == "yes", tuple(int(n) for n in lengths.split("|") if n)))
    by_code = {b.code: b for b in banks}
    names = sorted(((n.upper(), b) for b in banks for n in (b.name, *b.aliases)),
                   key=lambda nb: -len(nb[0]))
    return BankList(tuple(banks), by_code, tuple(names))


@lru_cache(maxsize=1)
def bank_list(path: Path = BANK_CODES_FILE) -> BankList:
    return parse(Path(path).read_text(encoding="utf-8"))


def find(text: str) -> Bank | None:
    return bank_list().find(text)


def by_code(code: str) -> Bank | None:
    return bank_list().by_code(code)
