"""Payment rosters (造册): kinds, states and the rules that need no store.

A roster is made for a period (a month ``2026-12`` or a quarter ``2026Q4``) from the
benefit ledger. It goes 草稿 (draft) → 已审核 (reviewed: the leader's name and date) →
已报县 (reported). A reviewed roster is locked; what changes after it is paid in a later
roster as 补发/追回. Money is integer fen; the 补差 (benefit) and 分类施保/加发
(supplement) parts stay separate everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from dibao_desk.domain.policy import FUND_SOURCES
from dibao_desk.domain.problems import Problem


class PayrollKind(StrEnum):
    REGULAR = "regular"  # 常规
    BACK_PAY = "back_pay"  # 补发
    SUBSIDY = "subsidy"  # 专项补贴


class PayrollStatus(StrEnum):
    DRAFT = "draft"  # 草稿
    REVIEWED = "reviewed"  # 已审核
    REPORTED = "reported"  # 已报县


LOCKED_STATUSES = frozenset({PayrollStatus.REVIEWED, PayrollStatus.REPORTED})


class RosterDue(StrEnum):
    """Where this period's regular roster stands for the 今日待办 list."""

    NOT_MADE = "not_made"
    DRAFT = "draft"
    SIGNED = "signed"  # reviewed or reported

    @classmethod
    def of(cls, status: PayrollStatus | None) -> RosterDue:
        """None: no roster made for the period yet."""
        if status is None:
            return cls.NOT_MADE
        return cls.DRAFT if status == PayrollStatus.DRAFT else cls.SIGNED


class LineKind(StrEnum):
    REGULAR = "regular"  # the ledger's months of the period
    BACK_PAY = "back_pay"  # 补发 (a ledger adjustment, or a failed line re-issued)
    RECOVERY = "recovery"  # 追回 deducted (negative)
    SUBSIDY = "subsidy"  # 专项补贴


class BankStatus(StrEnum):
    UNANSWERED = ""
    PAID = "paid"
    FAILED = "failed"


class SubsidyBasis(StrEnum):
    HOUSEHOLD = "household"  # an amount per household
    PERSON = "person"  # an amount per covered person


class PeriodUnit(StrEnum):
    """The office's roster period (a setting)."""

    MONTH = "month"
    QUARTER = "quarter"


# ---- when a roster may be made and signed ----------------------------------------------------
# An office makes next month's roster late in the month before (December's in late November; a
# quarterly office makes the first quarter's in December), never further ahead: a roster for a
# period that starts after next month is a mistyped period (2036-12 for 2026-12). The leader
# signs a roster on a day that has come, and not before it was made; it is reported to the
# county on a day that has come, and not before it was signed.

def latest_first_month(today: dt.date) -> dt.date:
    """The first day of next month: the latest start of a period a roster made ``today`` is for."""
    return dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)


def period_problem(period: str, first: dt.date, today: dt.date) -> Problem | None:
    """A roster of ``period`` (starting ``first``) made ``today``: None when it may be made."""
    latest = latest_first_month(today)
    if first <= latest:
        return None
    return Problem("payroll.period_ahead", "period", {"period": period, "first": f"{first:%Y-%m}",
                                                      "today": today.isoformat(), "latest": f"{latest:%Y-%m}"})


def sign_date_problem(on: dt.date, today: dt.date, made_on: dt.date | None, period: str) -> Problem | None:
    """The leader's review dated ``on``: not after today, not before the roster was made."""
    if on > today:
        return Problem("payroll.sign_future", "on", {"on": on.isoformat(), "today": today.isoformat()})
    if made_on is not None and on < made_on:
        return Problem("payroll.sign_before_made", "on", {"on": on.isoformat(), "made": made_on.isoformat(),
                                                          "period": period})
    return None


def report_date_problem(on: dt.date, today: dt.date, reviewed_on: dt.date | None, period: str) -> Problem | None:
    """Reported to the county on ``on``: not after today, not before the roster was signed."""
    if on > today:
        return Problem("payroll.report_future", "on", {"on": on.isoformat(), "today": today.isoformat()})
    if reviewed_on is not None and on < reviewed_on:
        return Problem("payroll.report_before_signed", "on", {"on": on.isoformat(), "signed": reviewed_on.isoformat(),
                                                              "period": period})
    return None


# 资金来源: FUND_SOURCES (domain.policy) are the levels of government whose funds pay the benefit.
BASIS_POINTS = 10000


def allocate(total_fen: int, shares_bp: dict[str, int]) -> dict[str, int]:
    """Split ``total_fen`` by shares in basis points so the parts add up exactly to the
    total (largest remainder; ties go to the source listed first)."""
    keys = [k for k in FUND_SOURCES if k in shares_bp] + [k for k in shares_bp if k not in FUND_SOURCES]
    weight = sum(shares_bp[k] for k in keys)
    if not keys or weight <= 0:
        return {k: 0 for k in keys}
    sign = -1 if total_fen < 0 else 1
    amount = abs(total_fen)
    base = {k: amount * shares_bp[k] // weight for k in keys}
    rest = amount - sum(base.values())
    order = sorted(keys, key=lambda k: (-(amount * shares_bp[k] % weight), keys.index(k)))
    for k in order[:rest]:
        base[k] += 1
    return {k: sign * v for k, v in base.items()}


@dataclass(frozen=True)
class SubsidyRule:
    """Who a 专项补贴 roster pays and how much: every receiving household, or those of the
    listed classes / villages; ``amount_fen`` per household or per covered person."""

    name: str
    basis: SubsidyBasis
    amount_fen: int
    categories: tuple[str, ...] = ()
    villages: tuple[str, ...] = ()

    def amount_for(self, persons: int) -> int:
        return self.amount_fen * (persons if self.basis is SubsidyBasis.PERSON else 1)

    def takes(self, category: str, village: str) -> bool:
        return ((not self.categories or category in self.categories)
                and (not self.villages or village in self.villages))
