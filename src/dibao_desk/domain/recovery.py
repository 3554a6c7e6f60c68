"""The 追回 register: benefit paid that has to come back, and how it comes back.

An entry is decided (a decision with its reference and date) for an amount in fen over the
months it covers. It comes back in instalments: cash paid back to the office (退回, with a
receipt number) or deducted from a later payment (扣减, naming the roster line). The balance
is the amount less the instalments; an entry whose balance reaches 0 is settled. What cannot
be recovered (the person died without estate, the county decided so) is written off with a
reason, by the township's reviewer or the administrator.

Where the money is taken back: a household that is still paid has it deducted from its later
payments (a plan: the whole balance at the next payment, or a fixed amount per month, never
more than the month pays); a household no longer paid pays it back in cash.

Pure rules; nothing here reads a clock.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem


class RecoverySource(StrEnum):
    CANCELLATION = "cancellation"  # 取消追溯: a cancellation dated back into paid months
    CHANGE = "change"  # 变更追溯: a lower amount dated back into paid months
    FALSE_DECLARATION = "false_declaration"  # 虚报冒领 (confirmed)
    BANK_ERROR = "bank_error"  # 银行差错
    OTHER = "other"


class RecoveryStatus(StrEnum):
    OPEN = "open"
    SETTLED = "settled"
    WRITTEN_OFF = "written_off"


AWAITING_BANK = "awaiting_bank"  # a status as shown: deducted in full, the bank's return not in yet


def shown_status(status: RecoveryStatus, awaiting_fen: int) -> str:
    """The status a person reads: an entry the roster deducted in full is 已追回 only once the
    bank's return says the transfers carrying the deductions were paid."""
    return AWAITING_BANK if status is RecoveryStatus.SETTLED and awaiting_fen > 0 else status.value


class RecoveryMethod(StrEnum):
    DEDUCT = "deduct"  # 从以后发放中扣减
    CASH = "cash"  # 现金退回


class InstalmentKind(StrEnum):
    CASH = "cash"  # 退回
    DEDUCTION = "deduction"  # 扣减
    REVERSED = "reversed"  # 冲回: the bank failed the transfer that carried a deduction (negative)


BY_HAND = (InstalmentKind.CASH, InstalmentKind.DEDUCTION)  # what an operator records; 冲回 comes from a bank return


def check_entry(amount_fen: int, decided_on: dt.date | None, reference: str, first_month: dt.date | None,
                last_month: dt.date | None, method: RecoveryMethod, per_month_fen: int,
                today: dt.date) -> list[Problem]:
    """What is wrong with a new entry; empty when it may be written."""
    problems = []
    if amount_fen <= 0:
        problems.append(Problem("recovery.amount", "amount"))
    if decided_on is None:
        problems.append(Problem("recovery.decided_on_empty", "decided_on"))
    elif decided_on > today:
        problems.append(Problem("recovery.date_future", "decided_on", {"date": decided_on.isoformat()}))
    if not reference.strip():
        problems.append(Problem("recovery.reference_empty", "reference"))
    if first_month is not None and last_month is not None and first_month > last_month:
        problems.append(Problem("recovery.months", "months", {"first": f"{first_month:%Y-%m}",
                                                              "last": f"{last_month:%Y-%m}"}))
    if per_month_fen < 0 or (method is RecoveryMethod.CASH and per_month_fen):
        problems.append(Problem("recovery.per_month", "per_month"))
    return problems


def check_instalment(status: RecoveryStatus, balance_fen: int, amount_fen: int, kind: InstalmentKind,
                     on: dt.date | None, receipt_no: str, today: dt.date) -> list[Problem]:
    """What is wrong with an instalment; overpaying (more than the balance) is refused."""
    problems = []
    if status is not RecoveryStatus.OPEN:
        problems.append(Problem("recovery.not_open", "entry", {"status": status.value}))
        return problems
    if amount_fen <= 0:
        problems.append(Problem("recovery.amount", "amount"))
    elif amount_fen > balance_fen:
        problems.append(Problem("recovery.overpaid", "amount", {"amount_yuan": fen_to_yuan(amount_fen),
                                                                "balance_yuan": fen_to_yuan(balance_fen)}))
    if on is None:
        problems.append(Problem("recovery.received_on_empty", "on"))
    elif on > today:
        problems.append(Problem("recovery.date_future", "on", {"date": on.isoformat()}))
    if kind is InstalmentKind.CASH and not receipt_no.strip():
        problems.append(Problem("recovery.receipt_empty", "receipt_no"))
    return problems


def status_for(balance_fen: int) -> RecoveryStatus:
    return RecoveryStatus.SETTLED if balance_fen <= 0 else RecoveryStatus.OPEN


def method_for(still_paid: bool) -> RecoveryMethod:
    """Deducted from later payments while the household is paid; else paid back in cash."""
    return RecoveryMethod.DEDUCT if still_paid else RecoveryMethod.CASH


def deduction(balance_fen: int, per_month_fen: int, months: int, payable_fen: int) -> int:
    """What a roster of ``months`` months paying ``payable_fen`` deducts for one entry: the
    plan's amount per month (0: the whole balance), never more than the balance or the payment."""
    if balance_fen <= 0 or payable_fen <= 0 or months <= 0:
        return 0
    wanted = balance_fen if per_month_fen <= 0 else per_month_fen * months
    return max(0, min(wanted, balance_fen, payable_fen))


def spread(amount_fen: int, balances: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Share a deduction across a household's entries, oldest first: (entry id, fen) for each
    entry that takes part of it. ``balances``: (entry id, balance) oldest first."""
    out = []
    left = amount_fen
    for entry_id, balance in balances:
        if left <= 0:
            break
        take = min(left, balance)
        if take > 0:
            out.append((entry_id, take))
            left -= take
    return out
