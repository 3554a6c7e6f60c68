"""County mode: the money side of townships' packages.

Payments packages are stored per township and period (a later package of the same period
replaces the earlier one), totalled (households, persons, money) and checked against the
township's ledger totals the package carries (domain.county_money): a package that disagrees
is flagged here, in the county's payments view and by ``dibao-desk county payments``. The
追回 register a township's roster package carries is kept per township (replaced by the next
roster package) and listed with its balances.

The ``store_*`` functions run inside the package import's transaction (services.exchange).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select

from dibao_desk.domain import county_money as rules
from dibao_desk.domain.payroll import PayrollKind
from dibao_desk.domain.periods import newest_first, period_of
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.recovery import RecoveryStatus
from dibao_desk.messages import LABELS
from dibao_desk.models import CountyTownship
from dibao_desk.models.recovery import CountyPayment, CountyPaymentOther, CountyRecoveryEntry
from dibao_desk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from dibao_desk.exchange.packages_in import OtherRosterRow


@dataclass(frozen=True)
class PaymentRow:
    township_code: str
    township_name: str
    period: str
    sequence: int
    lines: int
    households: int
    persons: int
    lines_fen: int
    roster_total_fen: int | None
    ledger_households: int | None
    ledger_total_fen: int | None
    ledger_adjustment_fen: int | None
    reviewed_by: str
    mismatches: tuple[rules.Mismatch, ...]

    # the period's 补发 and 专项补贴 rosters of the township (paid apart from the regular roster)
    back_pay_fen: int = 0
    subsidy_fen: int = 0

    @property
    def flagged(self) -> bool:
        return bool(self.mismatches)


@dataclass(frozen=True)
class OtherRosterLine:
    """A 补发 or 专项补贴 roster a township's payments package of ``period`` named."""

    township_code: str
    township_name: str
    period: str
    kind: PayrollKind
    name: str
    roster_period: str
    reviewed_by: str
    reviewed_on: dt.date | None
    households: int  # transfers (户次)
    persons: int
    amount_fen: int
    sequence: int  # of the package that carried it


@dataclass(frozen=True)
class OtherTotals:
    rosters: int
    households: int  # transfers (户次)
    persons: int
    amount_fen: int


@dataclass(frozen=True)
class CountyRecoveryRow:
    township_code: str
    township_name: str
    period: str
    entry_ref: str
    household_ref: str
    head_name: str
    head_id_number: str
    source: str
    reference: str
    decided_on: dt.date | None
    amount_fen: int
    recovered_fen: int
    balance_fen: int
    status: str
    awaiting_fen: int = 0  # of recovered_fen, deductions the bank has not answered yet


def _int(extra: dict[str, Any], key: str) -> int | None:
    try:
        return int(str(extra.get(key, "")).strip())
    except ValueError:
        return None


# The 类型 words of a roster's 补发 and 追回 lines. A household whose only line of the period is
# one of them (back pay for months before it left, say) is not among the households the ledger
# pays in the period: it is not counted with the roster's households, as its money is not
# counted with the ledger's (``payroll_adjustment_fen``).
_ADJUSTMENT_WORDS = frozenset(LABELS["payroll_line_kind"][k] for k in ("back_pay", "recovery"))


def store_payments(uow: UnitOfWork, town: CountyTownship, period: str, sequence: int, extra: dict[str, Any],
                   rows: list[dict[str, Any]], others: Sequence[OtherRosterRow] = (), sha256: str = "",
                   ) -> tuple[CountyPayment, int | None]:
    """Store the accepted 造册 rows of a payments package (amounts in fen) as the township's
    payments of ``period``, with ``others``, the package's 补发 / 专项补贴 rosters (rows of its
    optional sheet; none from a package without it: the township's latest word for the period).
    Returns the row and the households of the package it replaces."""
    s = uow.session
    persons: dict[str, int] = {}
    total = 0
    for r in rows:
        total += int(r.get("amount") or 0)
        if str(r.get("line_kind") or "").strip() in _ADJUSTMENT_WORDS:
            continue  # a 补发/追回 line: its household is counted by the regular lines it has
        ref = str(r.get("household_ref") or r.get("id_number") or "")
        persons[ref] = max(persons.get(ref, 0), int(r.get("covered") or 0))
    figures = rules.PaymentFigures(
        total, len(persons), _int(extra, "payroll_total_fen"), _int(extra, "payroll_adjustment_fen"),
        _int(extra, "ledger_households"), _int(extra, "ledger_total_fen"))
    found = rules.mismatches(figures)
    old = s.scalar(select(CountyPayment).where(CountyPayment.township_id == town.id, CountyPayment.period == period))
    before = old.households if old is not None else None
    replaced = 0
    if old is not None:
        replaced = len(s.scalars(select(CountyPaymentOther.id).where(CountyPaymentOther.payment_id == old.id)).all())
        s.execute(delete(CountyPaymentOther).where(CountyPaymentOther.payment_id == old.id))
        s.delete(old)
        s.flush()
    row = CountyPayment(
        township_id=town.id, period=period, sequence=sequence, lines=len(rows), households=len(persons),
        persons=sum(persons.values()), lines_fen=total, roster_total_fen=figures.roster_total_fen,
        roster_adjustment_fen=figures.roster_adjustment_fen, ledger_households=figures.ledger_households,
        ledger_total_fen=figures.ledger_total_fen, ledger_adjustment_fen=_int(extra, "ledger_adjustment_fen"),
        reviewed_by=str(extra.get("payroll_reviewed_by", "")), mismatch=",".join(found))
    s.add(row)
    s.flush()
    s.add_all([CountyPaymentOther(
        payment_id=row.id, township_id=town.id, period=period, position=i, kind=r.kind, name=r.name,
        roster_period=r.period, reviewed_by=r.reviewed_by, reviewed_on=r.reviewed_on, households=r.households,
        persons=r.persons, amount_fen=r.amount_fen, sequence=sequence, sha256=sha256.lower())
        for i, r in enumerate(others)])
    s.flush()
    uow.audit("county_payment", row.id, "replace" if old is not None else "store",
              {"other_rosters": replaced} if old is not None else None, {
        "township": town.code, "period": period, "households": row.households, "persons": row.persons,
        "lines_fen": total, "roster_total_fen": row.roster_total_fen, "ledger_total_fen": row.ledger_total_fen,
        "mismatch": row.mismatch,
        "other_rosters": [{"kind": r.kind, "name": r.name, "period": r.period, "reviewed_by": r.reviewed_by,
                           "reviewed_on": r.reviewed_on.isoformat() if r.reviewed_on else "",
                           "households": r.households, "persons": r.persons, "amount": r.amount_fen}
                          for r in others][:50]})
    return row, before


def store_recovery(uow: UnitOfWork, town: CountyTownship, period: str, rows: list[Any]) -> tuple[int, int]:
    """Replace the township's 追回 register with the rows of its latest roster package
    (``packages_in.RecoveryRow``). Returns (entries before, entries now)."""
    s = uow.session
    before = len(s.scalars(select(CountyRecoveryEntry.id).where(CountyRecoveryEntry.township_id == town.id)).all())
    s.execute(delete(CountyRecoveryEntry).where(CountyRecoveryEntry.township_id == town.id))
    s.add_all([CountyRecoveryEntry(
        township_id=town.id, period=period, entry_ref=r.entry_ref, household_ref=r.household_ref,
        head_name=r.head_name, head_id_number=r.head_id_number, source=r.source, reference=r.reference,
        decided_on=r.decided_on, amount_fen=r.amount_fen, recovered_fen=r.recovered_fen, balance_fen=r.balance_fen,
        status=r.status, awaiting_fen=r.awaiting_fen) for r in rows])
    s.flush()
    uow.audit("county_recovery", town.id, "replace", {"entries": before}, {
        "entries": len(rows), "period": period, "balance_fen": sum(r.balance_fen for r in rows),
        "awaiting_fen": sum(r.awaiting_fen for r in rows)})
    return before, len(rows)


def _township(uow: UnitOfWork, code: str | None) -> CountyTownship | None:
    if not code:
        return None
    town = uow.session.scalar(select(CountyTownship).where(CountyTownship.code == code))
    if town is None:
        raise RuleError(Problem("county.township_unknown", "township", {"code": code}))
    return town


def _period(period: str | None) -> str | None:
    named = period_of(period) if period else None
    if period and named is None:
        raise RuleError(Problem("exchange.period", "period", {"period": period}))
    return named.text if named is not None else None


def payments(uow: UnitOfWork, period: str | None = None, township_code: str | None = None) -> list[PaymentRow]:
    """The payments packages stored, per township and period (latest period first, a quarter
    heading its months: ``periods.newest_first``), with the
    money of the period's 补发 and 专项补贴 rosters each carried."""
    period = _period(period)
    with uow:
        stmt = (select(CountyPayment, CountyTownship.code, CountyTownship.name)
                .join(CountyTownship, CountyTownship.id == CountyPayment.township_id)
                .order_by(CountyPayment.period.desc(), CountyTownship.code))
        others = (select(CountyPaymentOther.payment_id, CountyPaymentOther.kind, func.sum(CountyPaymentOther.amount_fen))
                  .group_by(CountyPaymentOther.payment_id, CountyPaymentOther.kind))
        if period:
            stmt = stmt.where(CountyPayment.period == period)
            others = others.where(CountyPaymentOther.period == period)
        town = _township(uow, township_code)
        if town is not None:
            stmt = stmt.where(CountyPayment.township_id == town.id)
            others = others.where(CountyPaymentOther.township_id == town.id)
        extra: dict[tuple[int, str], int] = {(pid, kind): int(fen or 0)
                                             for pid, kind, fen in uow.session.execute(others)}
        found = sorted(uow.session.execute(stmt), key=lambda r: newest_first(r[0].period))  # stable: by code
        return [PaymentRow(code, name, p.period, p.sequence, p.lines, p.households, p.persons, p.lines_fen,
                           p.roster_total_fen, p.ledger_households, p.ledger_total_fen, p.ledger_adjustment_fen,
                           p.reviewed_by, tuple(rules.Mismatch(x) for x in p.mismatch.split(",") if x),
                           extra.get((p.id, PayrollKind.BACK_PAY.value), 0),
                           extra.get((p.id, PayrollKind.SUBSIDY.value), 0))
                for p, code, name in found]


def payment_totals(rows: list[PaymentRow]) -> dict[str, tuple[int, int, int, int]]:
    """Per period: (townships, households, persons, money) over ``rows``."""
    out: dict[str, list[int]] = {}
    for r in rows:
        t = out.setdefault(r.period, [0, 0, 0, 0])
        t[0] += 1
        t[1] += r.households
        t[2] += r.persons
        t[3] += r.lines_fen
    return {k: (v[0], v[1], v[2], v[3]) for k, v in out.items()}


def other_rosters(uow: UnitOfWork, period: str | None = None,
                  township_code: str | None = None) -> list[OtherRosterLine]:
    """The 补发 and 专项补贴 rosters the townships' payments packages named, in the order of
    ``payments`` (latest period first, township by township), each package's in its order."""
    period = _period(period)
    with uow:
        stmt = (select(CountyPaymentOther, CountyTownship.code, CountyTownship.name)
                .join(CountyTownship, CountyTownship.id == CountyPaymentOther.township_id)
                .order_by(CountyPaymentOther.period.desc(), CountyTownship.code, CountyPaymentOther.position,
                          CountyPaymentOther.id))
        if period:
            stmt = stmt.where(CountyPaymentOther.period == period)
        town = _township(uow, township_code)
        if town is not None:
            stmt = stmt.where(CountyPaymentOther.township_id == town.id)
        found = sorted(uow.session.execute(stmt), key=lambda r: newest_first(r[0].period))  # stable
        return [OtherRosterLine(code, name, o.period, PayrollKind(o.kind), o.name, o.roster_period, o.reviewed_by,
                                o.reviewed_on, o.households, o.persons, o.amount_fen, o.sequence)
                for o, code, name in found]


def other_totals(rows: list[OtherRosterLine]) -> dict[str, dict[PayrollKind, OtherTotals]]:
    """Per period and kind (补发 first, then 专项补贴): rosters, transfers, persons, money."""
    out: dict[str, dict[PayrollKind, list[int]]] = {}
    for r in rows:
        t = out.setdefault(r.period, {}).setdefault(r.kind, [0, 0, 0, 0])
        t[0] += 1
        t[1] += r.households
        t[2] += r.persons
        t[3] += r.amount_fen
    order = (PayrollKind.BACK_PAY, PayrollKind.SUBSIDY)
    return {p: {k: OtherTotals(*kinds[k]) for k in order if k in kinds} for p, kinds in out.items()}


@dataclass(frozen=True)
class PaymentsOverview:
    """What the county's payments view shows: the townships' regular rosters per period and the
    补发 / 专项补贴 rosters their packages named, with the totals."""

    rows: tuple[PaymentRow, ...]
    others: tuple[OtherRosterLine, ...]

    @property
    def totals(self) -> dict[str, tuple[int, int, int, int]]:
        return payment_totals(list(self.rows))

    @property
    def other_totals(self) -> dict[str, dict[PayrollKind, OtherTotals]]:
        return other_totals(list(self.others))

    def paid_fen(self, period: str) -> int:
        """The period's money paid in all: regular rosters, 补发 and 专项补贴."""
        return (sum(r.lines_fen for r in self.rows if r.period == period)
                + sum(o.amount_fen for o in self.others if o.period == period))


def payments_overview(uow: UnitOfWork, period: str | None = None,
                      township_code: str | None = None) -> PaymentsOverview:
    with uow:
        return PaymentsOverview(tuple(payments(uow, period, township_code)),
                                tuple(other_rosters(uow, period, township_code)))


def recovery_entries(uow: UnitOfWork, township_code: str | None = None,
                     open_only: bool = False) -> list[CountyRecoveryRow]:
    """The 追回 registers townships sent, township by township."""
    with uow:
        stmt = (select(CountyRecoveryEntry, CountyTownship.code, CountyTownship.name)
                .join(CountyTownship, CountyTownship.id == CountyRecoveryEntry.township_id)
                .order_by(CountyTownship.code, CountyRecoveryEntry.decided_on, CountyRecoveryEntry.id))
        town = _township(uow, township_code)
        if town is not None:
            stmt = stmt.where(CountyRecoveryEntry.township_id == town.id)
        if open_only:
            stmt = stmt.where(CountyRecoveryEntry.status == RecoveryStatus.OPEN)
        return [CountyRecoveryRow(code, name, e.period, e.entry_ref, e.household_ref, e.head_name, e.head_id_number,
                                  e.source, e.reference, e.decided_on, e.amount_fen, e.recovered_fen, e.balance_fen,
                                  e.status, e.awaiting_fen)
                for e, code, name in uow.session.execute(stmt)]
