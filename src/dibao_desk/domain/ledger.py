"""The benefit ledger: what a household was (or will be) paid month by month, and why.

Pure rules, no store. A household's ledger is a run of months; each month carries a
status (在保 / 渐退 / 停发 / 取消), a class, the covered persons and the amount, and
names the decision that set it. The store keeps runs of equal months as one period
(from a month to a month, or open-ended), which is the same record told shorter.

Months up to the *paid-through* month are history: a decision that reaches back into
them never rewrites them. The difference it makes to each paid month is booked as one
补发 (back pay) or 追回 (recovery) entry in the month the decision is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem


class LedgerStatus(StrEnum):
    RECEIVING = "receiving"  # 在保
    GRADUAL_EXIT = "gradual_exit"  # 渐退 (still paid)
    SUSPENDED = "suspended"  # 停发
    CANCELLED = "cancelled"  # 取消


PAID_STATUSES = (LedgerStatus.RECEIVING, LedgerStatus.GRADUAL_EXIT)


class DecisionKind(StrEnum):
    """What set a run of ledger months."""

    GRANT = "grant"  # a new application granted (新增)
    CHANGE = "change"  # a change granted (变更)
    CANCEL = "cancel"  # a cancellation granted (取消)
    POLICY = "policy"  # a batch decision on a new standard (调标)
    GRADUAL_EXIT = "gradual_exit"  # stable work recorded: paid on as 渐退
    EXIT_KEPT = "exit_kept"  # the 取消 at the end of 渐退 refused: paid on as ordinary 在保
    HISTORY = "history"  # built from what the store held when the ledger began


class AdjustmentKind(StrEnum):
    BACK_PAY = "back_pay"  # 补发
    RECOVERY = "recovery"  # 追回


class ProposalKind(StrEnum):
    """Why a change to the money is proposed; each kind goes through the steps the
    policy names for it (``PolicyFigures.flow_for``)."""

    REVIEW_CHANGE = "review_change"  # 复核变更
    REVIEW_CANCEL = "review_cancel"  # 复核取消
    EXIT_END = "exit_end"  # 渐退期满
    WORK_REFUSAL = "work_refusal"  # 拒绝就业
    CROSSCHECK = "crosscheck"  # 核对预警属实
    DEATH = "death"  # 死亡
    MOVED_AWAY = "moved_away"  # 迁出
    OVERDUE_WARNING = "overdue_warning"  # 预警逾期未举证
    STANDARD = "standard"  # 调整标准 (one batch for every household)
    OFFICE_CHANGE = "office_change"  # 变更 received at the office (the household list)
    OFFICE_CANCEL = "office_cancel"  # 取消 received at the office
    ROSTER_CHANGE = "roster_change"  # a re-imported roster gives another class or amount
    MEMBER_LEFT = "member_left"  # 家庭成员减少: a member died, moved out, married out, imprisoned


# The proposal kinds that end the benefit, and those that need no 民主评议.
CANCEL_KINDS = frozenset({ProposalKind.REVIEW_CANCEL, ProposalKind.EXIT_END, ProposalKind.DEATH,
                          ProposalKind.MOVED_AWAY, ProposalKind.OVERDUE_WARNING, ProposalKind.OFFICE_CANCEL})
NO_REVIEW_KINDS = frozenset({ProposalKind.DEATH, ProposalKind.MOVED_AWAY, ProposalKind.MEMBER_LEFT})
# The kinds that re-assess a household for the members who remain (the persons change even
# where the class and amount do not).
MEMBER_KINDS = frozenset({ProposalKind.MEMBER_LEFT})
BATCH_KINDS = frozenset({ProposalKind.STANDARD})


class ProposalStatus(StrEnum):
    OPEN = "open"
    GRANTED = "granted"
    REFUSED = "refused"


@dataclass(frozen=True)
class MonthValue:
    """What one ledger month holds."""

    status: LedgerStatus
    category: str
    covered: int
    amount_fen: int  # the month's total
    supplement_fen: int = 0  # of which 分类施保 / 分类加发 (the rest is 补差)

    @property
    def paid_fen(self) -> int:
        return self.amount_fen if self.status in PAID_STATUSES else 0

    @property
    def difference_fen(self) -> int:
        return self.amount_fen - self.supplement_fen


@dataclass(frozen=True)
class Period:
    """A run of equal months: ``last`` None means open-ended."""

    first: dt.date
    last: dt.date | None
    value: MonthValue
    decision_id: int | None = None

    def covers(self, month: dt.date) -> bool:
        return self.first <= month and (self.last is None or month <= self.last)


@dataclass(frozen=True)
class Rewrite:
    """What writing a decision from ``effective`` does to a household's periods."""

    start: dt.date  # first month actually written (after the paid months)
    adjustment_fen: int  # > 0: 补发, < 0: 追回, for the paid months from ``effective``
    adjusted_months: tuple[dt.date, ...]  # the paid months the adjustment is for


# ---- months ----------------------------------------------------------------------------

def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(month: dt.date, n: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def months(first: dt.date, last: dt.date) -> list[dt.date]:
    out, m = [], month_of(first)
    while m <= last:
        out.append(m)
        m = add_months(m, 1)
    return out


def default_paid_through(today: dt.date) -> dt.date:
    """Without a roster marked paid, every month before the current one counts as paid."""
    return add_months(month_of(today), -1)


# ---- rules -----------------------------------------------------------------------------

def value_at(periods: list[Period], month: dt.date) -> MonthValue | None:
    for p in periods:
        if p.covers(month):
            return p.value
    return None


def booked_extra(periods: list[Period], adjustments: list[tuple[dt.date, dt.date, int]]) -> dict[dt.date, int]:
    """What the 补发/追回 already booked add to each paid month over its period's value.

    ``adjustments`` are (first month, last month, amount) in the order they were booked.
    A decision sets one value for every month it adjusts, so its entry spread over its
    months is that value less what each month stood at before it: each month stands at
    that value afterwards (a remainder that does not divide, from an entry written by hand
    or by an older program, stays on the entry's last month, so the sum is kept)."""
    owed: dict[dt.date, int] = {}
    base: dict[dt.date, int] = {}
    for first, last, amount in adjustments:
        span = months(first, last)
        if not span:
            continue
        for m in span:
            if m not in owed:
                old = value_at(periods, m)
                base[m] = owed[m] = old.paid_fen if old else 0
        total = sum(owed[m] for m in span) + amount
        each, rest = divmod(total, len(span))
        for m in span:
            owed[m] = each
        owed[span[-1]] += rest
    return {m: owed[m] - base[m] for m in owed if owed[m] != base[m]}


def rewrite(periods: list[Period], effective: dt.date, new: MonthValue,
            paid_through: dt.date, until: dt.date | None = None,
            booked: dict[dt.date, int] | None = None) -> Rewrite:
    """Writing ``new`` from ``effective`` (through ``until``, the last month it sets, when
    a later decision holds the months after): months after ``paid_through`` are written;
    for each paid month from ``effective`` on, the difference between what the household
    was owed for it — what was paid, plus the 补发/追回 earlier decisions booked for it
    (``booked``, from ``booked_extra``) — and what the decision says is summed into one
    adjustment (补发 or 追回)."""
    effective = month_of(effective)
    start = max(effective, add_months(paid_through, 1))
    last_paid = paid_through if until is None else min(paid_through, month_of(until))
    adjusted = tuple(months(effective, last_paid)) if effective <= last_paid else ()
    booked = booked or {}
    diff = 0
    for m in adjusted:
        old = value_at(periods, m)
        diff += new.paid_fen - (old.paid_fen if old else 0) - booked.get(m, 0)
    return Rewrite(start, diff, adjusted)


def adjustment_kind(amount_fen: int) -> AdjustmentKind:
    return AdjustmentKind.BACK_PAY if amount_fen > 0 else AdjustmentKind.RECOVERY


def ceiling_fen(standard_fen: int, covered: int, supplements_fen: int = 0) -> int:
    """The most a household may get a month: the standard for each covered person plus
    the supplements (分类施保 / 加发) its members qualify for."""
    return standard_fen * covered + supplements_fen


def check_amount(entered_fen: int, computed_fen: int | None, ceiling: int | None,
                 reason: str) -> list[Problem]:
    """An amount entered at 乡镇审核 or 待遇批准: above the ceiling is refused; different
    from the computed amount it needs a written reason."""
    problems = []
    if ceiling is not None and entered_fen > ceiling:
        problems.append(Problem("ledger.above_ceiling", "monthly_fen",
                                {"amount": entered_fen, "ceiling": ceiling, "amount_yuan": fen_to_yuan(entered_fen),
                                 "ceiling_yuan": fen_to_yuan(ceiling)}))
    if computed_fen is not None and entered_fen != computed_fen and not reason.strip():
        problems.append(Problem("ledger.amount_reason", "amount_reason",
                                {"amount": entered_fen, "computed": computed_fen,
                                 "amount_yuan": fen_to_yuan(entered_fen), "computed_yuan": fen_to_yuan(computed_fen)}))
    return problems


def check_proposal(kind: str, effective: dt.date | None, reason: str) -> list[Problem]:
    problems = []
    if kind not in set(ProposalKind):
        problems.append(Problem("ledger.proposal_kind", "kind", {"kind": kind}))
    if effective is None:
        problems.append(Problem("ledger.effective_month", "effective_month"))
    if not reason.strip():
        problems.append(Problem("procedure.reason_empty", "reason"))
    return problems
