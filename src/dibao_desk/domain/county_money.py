"""The county's check of a township's payments package.

A payments package carries the roster's lines (造册), the roster's own totals and, from the
signed roster on, the township's ledger totals for the period. The county flags a package
whose lines do not add up to the roster's total, or whose roster (less its 补发/追回 lines)
pays other money or another number of households than the township's ledger says for the
period. A package without ledger totals (written before they existed) is not flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Mismatch(StrEnum):
    LINES = "lines"  # the lines do not add up to the roster's total
    LEDGER_AMOUNT = "ledger_amount"  # the roster's regular money differs from the ledger's
    LEDGER_HOUSEHOLDS = "ledger_households"  # the roster pays another number of households


@dataclass(frozen=True)
class PaymentFigures:
    lines_fen: int
    households: int
    roster_total_fen: int | None = None
    roster_adjustment_fen: int | None = None  # 补发 + 追回 lines of the roster
    ledger_households: int | None = None
    ledger_total_fen: int | None = None  # the ledger's months of the period


def mismatches(f: PaymentFigures) -> tuple[Mismatch, ...]:
    out = []
    if f.roster_total_fen is not None and f.lines_fen != f.roster_total_fen:
        out.append(Mismatch.LINES)
    roster = f.roster_total_fen if f.roster_total_fen is not None else f.lines_fen
    if f.ledger_total_fen is not None and roster - (f.roster_adjustment_fen or 0) != f.ledger_total_fen:
        out.append(Mismatch.LEDGER_AMOUNT)
    if f.ledger_households is not None and f.households != f.ledger_households:
        out.append(Mismatch.LEDGER_HOUSEHOLDS)
    return tuple(out)
