"""Payment rosters (造册) from the benefit ledger: making, sign-off, lock, totals.

A roster is made for a period (a month or a quarter, the office's setting) and kind:

- the regular roster (常规): every household the ledger pays in the period, one line per run
  of equal months (a change dated inside a quarter gives two lines), and the ledger's
  补发/追回 booked in the period as their own lines;
- a 补发 roster: ledger back pay not yet on a signed roster, and failed lines of signed
  rosters whose account has been corrected since (``carried_from_line_id``);
- a 专项补贴 roster: a named subsidy for chosen households, per household or per person.

Households at 0 元 (and 停发) are listed apart (``zero``) with the reason and are not paid. A
draft is replaced when it is made again; a signed roster (已审核 / 已报县) is locked. Signing a
regular roster marks its months paid in the ledger, so a later decision reaching back into
them becomes a 补发/追回 of the next roster.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from dibao_desk import messages
from dibao_desk.domain import ledger as ledger_rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import (
    LOCKED_STATUSES, BankStatus, LineKind, PayrollKind, PayrollStatus, PeriodUnit, SubsidyBasis, SubsidyRule,
    allocate,
)
from dibao_desk.domain.periods import Period, period_of
from dibao_desk.domain.policy import FUND_SOURCES
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Payroll, StoreSetting
from dibao_desk.models import payroll as store
from dibao_desk.services import recovery
from dibao_desk.services.progress import Progress
from dibao_desk.services.uow import LentUnitOfWork, UnitOfWork

if TYPE_CHECKING:
    from dibao_desk.printing.document import RenderInfo

SETTING_PERIOD = "payroll_period"  # month | quarter
LOCKED = tuple(s.value for s in LOCKED_STATUSES)
_PAID = {s.value for s in ledger_rules.PAID_STATUSES}
_GRADUAL_EXIT, _SUSPENDED = ledger_rules.LedgerStatus.GRADUAL_EXIT, ledger_rules.LedgerStatus.SUSPENDED


# ---- what services return ------------------------------------------------------------------

@dataclass(frozen=True)
class SourceTotal:
    """资金来源: one level's share and the money it pays (fen, allocated so sources add up)."""

    source: str  # domain.policy.FUND_SOURCES
    share_bp: int
    households: int
    persons: int
    benefit_fen: int
    supplement_fen: int
    adjustment_fen: int  # 补发 + 追回 + 专项补贴
    total_fen: int


@dataclass(frozen=True)
class GroupTotal:
    key: str  # a village name, a class code, urban | rural
    households: int = 0
    persons: int = 0
    benefit_fen: int = 0
    supplement_fen: int = 0
    adjustment_fen: int = 0
    total_fen: int = 0


@dataclass(frozen=True)
class PayrollInfo:
    id: int
    period: str
    first_month: dt.date
    last_month: dt.date
    kind: PayrollKind
    name: str
    status: PayrollStatus
    made_on: dt.date
    made_by: str
    reviewed_on: dt.date | None
    reviewed_by: str
    reported_on: dt.date | None
    households: int
    persons: int
    total_fen: int
    benefit_fen: int
    supplement_fen: int
    back_pay_fen: int
    recovery_fen: int
    subsidy_total_fen: int
    lines_count: int
    zero_households: int
    shares_bp: dict[str, int] = field(default_factory=dict)
    subsidy_basis: str = ""
    subsidy_fen: int = 0

    @property
    def locked(self) -> bool:
        return self.status in LOCKED_STATUSES


@dataclass(frozen=True)
class PayrollLineInfo:
    id: int
    position: int
    household_id: int
    account_name: str
    id_number: str
    account: str
    bank_name: str
    bank_code: str
    village: str
    category: str
    hukou_type: str
    persons: int
    months: int
    first_month: dt.date | None
    last_month: dt.date | None
    benefit_fen: int  # per month, 补差 part
    supplement_fen: int  # per month, 分类施保/加发 part
    line_kind: LineKind
    total_fen: int
    reason: str
    zero: bool
    bank_status: str
    bank_reason: str
    bank_answered_on: dt.date | None
    carried_from_line_id: int | None
    ledger_adjustment_id: int | None
    recovery_id: int | None


@dataclass(frozen=True)
class PayrollSummary:
    """Totals of a roster's paid lines: per village, per class, urban and rural apart, by source."""

    roster: PayrollInfo
    by_village: tuple[GroupTotal, ...]
    by_category: tuple[GroupTotal, ...]
    by_hukou: tuple[GroupTotal, ...]
    total: GroupTotal
    by_source: tuple[SourceTotal, ...]
    zero_lines: int
    no_account: int  # paid lines without an account


# ---- settings -----------------------------------------------------------------------------

def period_unit(uow: UnitOfWork) -> PeriodUnit:
    """Whether the office makes its roster per month or per quarter (default: month)."""
    with uow:
        row = uow.session.get(StoreSetting, SETTING_PERIOD)
        try:
            return PeriodUnit(row.value) if row is not None else PeriodUnit.MONTH
        except ValueError:
            return PeriodUnit.MONTH


def set_period_unit(uow: UnitOfWork, unit: PeriodUnit | str) -> PeriodUnit:
    uow.require(Role.ADMIN)
    try:
        unit = PeriodUnit(unit)
    except ValueError:
        raise RuleError(Problem("payroll.period_unit", "unit", {"value": str(unit)}))
    with uow:
        row = uow.session.get(StoreSetting, SETTING_PERIOD)
        before = row.value if row is not None else None
        if row is None:
            uow.session.add(StoreSetting(key=SETTING_PERIOD, value=unit.value))
        else:
            row.value = unit.value
        uow.audit("setting", None, "save", {SETTING_PERIOD: before} if before else None, {SETTING_PERIOD: unit.value})
        uow.commit()
    return unit


def default_period(uow: UnitOfWork, today: dt.date) -> str:
    """The period a roster made ``today`` is for: this month, or this quarter."""
    if period_unit(uow) is PeriodUnit.QUARTER:
        return f"{today.year:04d}Q{(today.month - 1) // 3 + 1}"
    return f"{today.year:04d}-{today.month:02d}"


def parse_period(text: str) -> Period:
    found = period_of(text)
    if found is None:
        raise RuleError(Problem("payroll.period", "period", {"period": text}))
    return found


# ---- reading ------------------------------------------------------------------------------

def _info(r: Payroll) -> PayrollInfo:
    return PayrollInfo(
        r.id, r.period, r.first_month, r.last_month, PayrollKind(r.kind), r.name, PayrollStatus(r.status),
        r.made_on, r.made_by, r.reviewed_on, r.reviewed_by, r.reported_on, r.households, r.persons, r.total_fen,
        r.benefit_fen, r.supplement_fen, r.back_pay_fen, r.recovery_fen, r.subsidy_total_fen, r.lines_count,
        r.zero_households, json.loads(r.source_shares) if r.source_shares else {}, r.subsidy_basis,
        r.subsidy_fen)


def _line(d: dict[str, Any]) -> PayrollLineInfo:
    return PayrollLineInfo(
        d["id"], d["position"], d["household_id"], d["account_name"], d["id_number"], d["account"],
        d["bank_name"], d["bank_code"], d["village"], d["category"], d["hukou_type"], d["persons"], d["months"],
        d["first_month"], d["last_month"], d["benefit_fen"], d["supplement_fen"], LineKind(d["line_kind"]),
        d["total_fen"], d["reason"], bool(d["zero"]), d["bank_status"], d["bank_reason"], d["bank_answered_on"],
        d["carried_from_line_id"], d["ledger_adjustment_id"], d["recovery_id"])


def _get(uow: UnitOfWork, payroll_id: int) -> Payroll:
    row = uow.session.get(Payroll, payroll_id)
    if row is None:
        raise RuleError(Problem("payroll.missing", "payroll", {"id": payroll_id}))
    return row


def rosters(uow: UnitOfWork) -> list[PayrollInfo]:
    """Every roster, newest period first."""
    with uow:
        return [_info(r) for r in uow.session.scalars(
            select(Payroll).order_by(Payroll.first_month.desc(), Payroll.kind, Payroll.name, Payroll.id.desc()))]


def show(uow: UnitOfWork, payroll_id: int) -> PayrollInfo:
    with uow:
        return _info(_get(uow, payroll_id))


def find(uow: UnitOfWork, period: str, kind: PayrollKind | str = PayrollKind.REGULAR,
         name: str = "") -> PayrollInfo | None:
    """The roster of ``period``, ``kind`` and ``name``, if made."""
    text = parse_period(period).text
    with uow:
        row = uow.session.scalar(select(Payroll).where(
            Payroll.period == text, Payroll.kind == PayrollKind(kind).value, Payroll.name == name.strip()))
        return _info(row) if row is not None else None


def lines(uow: UnitOfWork, payroll_id: int) -> list[PayrollLineInfo]:
    """The roster's lines in printed order: paid lines first, then those listed apart (0 元)."""
    with uow:
        _get(uow, payroll_id)
        return [_line(d) for d in store.lines_of(uow.session.connection(), payroll_id)]


def summary(uow: UnitOfWork, payroll_id: int) -> PayrollSummary:
    """Totals of the roster's paid lines per village, class, urban/rural and by source."""
    with uow:
        info = _info(_get(uow, payroll_id))
        found, zero, no_account = store.roster_totals(uow.session.connection(), payroll_id)
        groups = {c: tuple(GroupTotal(*r) for r in found[c]) for c in ("village", "category", "hukou_type")}
        whole = found[None]
    total = GroupTotal(*whole[0]) if whole else GroupTotal("")
    return PayrollSummary(info, groups["village"], groups["category"], groups["hukou_type"], total,
                          by_source(info.shares_bp, total), zero, no_account)


def by_source(shares_bp: dict[str, int], total: GroupTotal) -> tuple[SourceTotal, ...]:
    """The roster's money by 资金来源: each part allocated by the shares (largest remainder), so
    every column adds up to the roster's total exactly."""
    if not shares_bp:
        return ()
    b = allocate(total.benefit_fen, shares_bp)
    s = allocate(total.supplement_fen, shares_bp)
    a = allocate(total.adjustment_fen, shares_bp)
    return tuple(SourceTotal(k, shares_bp[k], total.households, total.persons, b[k], s[k], a[k],
                             b[k] + s[k] + a[k]) for k in FUND_SOURCES if k in shares_bp)


# ---- making -------------------------------------------------------------------------------

def _month_text(m: dt.date) -> str:
    return f"{m.year}年{m.month}月"


def _months_text(first: dt.date, last: dt.date) -> str:
    if first == last:
        return _month_text(first)
    if first.year == last.year:
        return f"{first.year}年{first.month}月至{last.month}月"
    return f"{_month_text(first)}至{_month_text(last)}"


def _months_between(first: dt.date, last: dt.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _decision_word(kind: str) -> str:
    return messages.label("decision_kind", kind)


def _snapshot(h: tuple[Any, ...]) -> dict[str, Any]:
    hid, name, number, account, bank, village, hukou, category, covered, _monthly, _start, _status = h
    return {"household_id": hid, "account_name": name, "id_number": number, "account": account or "",
            "bank_name": bank or "", "village": village, "hukou_type": hukou, "category": category or "",
            "persons": covered or 0}


def _regular_lines(conn: Connection, p: Period) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(paid lines, zero lines) of the ledger's months in ``p``, one line per run of equal months
    (tuples of store.LINE_FIELDS)."""
    first, last = p.first, ledger_rules.month_of(p.last)
    # The ledger's months as ISO text ("2026-12-01") all through (store.ledger_rows): compared
    # as text, counted from their digits, written as they are (tens of thousands of lines).
    first_s, last_s = first.isoformat(), last.isoformat()
    following: dict[str, str] = {}

    def next_month(m: str) -> str:
        found = following.get(m)
        if found is None:
            found = following[m] = ledger_rules.add_months(dt.date.fromisoformat(m), 1).isoformat()
        return found

    paid: list[tuple[Any, ...]] = []
    zero: list[tuple[Any, ...]] = []
    said: dict[tuple[Any, ...], str] = {}  # most lines share their reason: word it once
    counted: dict[tuple[str, str], int] = {}
    regular = LineKind.REGULAR.value

    def text(key: tuple[Any, ...]) -> str:
        code, a, b, dkind, decided = key
        found = said[key] = messages.text(
            code, months=_months_text(dt.date.fromisoformat(a), dt.date.fromisoformat(b)),
            decision=_decision_word(dkind), decided=decided or "")
        return found

    def count(ab: tuple[str, str]) -> int:
        a, b = ab
        n = counted[ab] = (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7]) + 1
        return n

    def line(a: str, b: str, r: tuple[Any, ...], some_paid: bool) -> None:
        (hid, _f, _l, status, category, covered, amount, supplement, _did, dkind, decided, name, number,
         account, bank, village, hukou) = r
        n = counted.get((a, b)) or count((a, b))
        if status in _PAID and amount > 0:
            code = "payroll.reason.gradual_exit" if status == _GRADUAL_EXIT else "payroll.reason.regular"
            out, total, is_zero = paid, amount * n, False
        elif status in _PAID:
            code, out, total, is_zero = "payroll.reason.zero_amount", zero, 0, True
        elif status == _SUSPENDED and not some_paid:
            code, out, total, is_zero = "payroll.reason.suspended", zero, 0, True
        else:
            return
        key = (code, a, b, dkind, decided)
        # store.LINE_FIELDS, in order
        out.append((hid, name, number, account or "", bank or "", "", village, category or "", hukou, covered,
                    n, a, b, amount - supplement, supplement, regular, total, said.get(key) or text(key),
                    is_zero, None, None, "", "", None, None))

    def household(runs: list[list[Any]]) -> None:
        if len(runs) == 1:  # most households: one period
            a, b, r = runs[0]
            line(a, b, r, False)
            return
        some_paid = any(r[3] in _PAID and r[6] > 0 for _a, _b, r in runs)
        for a, b, r in runs:
            line(a, b, r, some_paid)

    # The rows come by household and month: a household's runs of equal months are gathered
    # while its rows last, and its lines made when the next household's rows begin.
    runs: list[list[Any]] = []
    current = None
    for r in store.ledger_rows(conn, first, last):
        hid, pf, pl = r[0], r[1], r[2]
        a = pf if pf > first_s else first_s
        b = pl if pl is not None and pl < last_s else last_s
        if hid == current:
            prev = runs[-1]
            if prev[2][3:8] == r[3:8] and next_month(prev[1]) == a:
                prev[1] = b  # equal months from another decision: one line
            else:
                runs.append([a, b, r])
            continue
        if runs:
            household(runs)
        current, runs = hid, [[a, b, r]]
    if runs:
        household(runs)
    # A household the store holds as receiving without a ledger yet is paid as it stands.
    for hid, h in store.receiving_without_ledger(conn).items():
        start = h[10]
        if not h[9] or (start is not None and start > p.last):
            continue
        a = max(first, ledger_rules.month_of(start)) if start else first
        n = _months_between(a, last)
        paid.append(store.line({**_snapshot(h), "months": n, "first_month": a, "last_month": last,
                                "benefit_fen": h[9], "supplement_fen": 0, "line_kind": regular,
                                "total_fen": h[9] * n,
                                "reason": messages.text("payroll.reason.no_ledger", months=_months_text(a, last))}))
    return paid, zero


def _adjustment_lines(conn: Connection, rows: list[tuple[Any, ...]], homes: dict[int, tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    out = []
    for aid, hid, booked, kind, amount, af, al, did, dkind, decided in rows:
        h = homes.get(hid)
        if h is None:
            continue
        code = "payroll.reason.back_pay" if amount > 0 else "payroll.reason.recovery"
        out.append(store.line({
            **_snapshot(h), "months": _months_between(af, al), "first_month": af, "last_month": al,
            "line_kind": (LineKind.BACK_PAY if amount > 0 else LineKind.RECOVERY).value,
            "total_fen": amount, "ledger_adjustment_id": aid,
            "reason": messages.text(code, months=_months_text(af, al), booked=_month_text(booked),
                                    decision=_decision_word(dkind), number=did,
                                    decided=decided.isoformat() if decided else "")}))
    return out


def _limit_recoveries(uow: UnitOfWork, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """A ledger 追回 the 追回 register holds is deducted only up to the entry's balance, and not
    at all once the entry is settled or written off (services.recovery)."""
    limits = recovery.ledger_limits(uow, [r[0] for r in rows if r[4] < 0])
    out = []
    for r in rows:
        if r[4] < 0 and r[0] in limits:
            if limits[r[0]] <= 0:
                continue
            r = (*r[:4], -min(-r[4], limits[r[0]]), *r[5:])
        out.append(r)
    return out


def _register_lines(uow: UnitOfWork, conn: Connection, p: Period) -> list[tuple[Any, ...]]:
    """追回 lines for entries of the 追回 register to be deducted from this roster."""
    plan = recovery.deduction_plan(uow, p.text)
    homes = store.households(conn, set(plan))
    out = []
    for hid, entries in plan.items():
        h = homes.get(hid)
        if h is None:
            continue
        for entry_id, fen in entries:
            out.append(store.line({**_snapshot(h), "months": 0, "line_kind": LineKind.RECOVERY.value,
                                   "total_fen": -fen, "recovery_id": entry_id, "ledger_adjustment_id": None,
                                   "reason": messages.text("payroll.reason.register", number=entry_id)}))
    return out


def _settle_recoveries(paid: list[tuple[Any, ...]], zero: list[tuple[Any, ...]]) -> None:
    """A 追回 is deducted only from what the same roster pays the household; one that would
    take the household below nothing is listed apart, to be recovered another way."""
    recovery = LineKind.RECOVERY.value
    K, H, T = store.F_KIND, store.F_HOUSEHOLD, store.F_TOTAL
    if not any(x[K] == recovery for x in paid):
        return
    net: dict[int, int] = defaultdict(int)
    for x in paid:
        if x[K] != recovery:
            net[x[H]] += x[T]
    keep = []
    for x in paid:
        if x[K] == recovery:
            hid = x[H]
            if net[hid] + x[T] < 0:
                zero.append((*x[:store.F_REASON], x[store.F_REASON] + messages.text("payroll.reason.not_deducted"),
                             True, *x[store.F_ZERO + 1:]))
                continue
            net[hid] += x[T]
        keep.append(x)
    paid[:] = keep


def _order(paid: list[tuple[Any, ...]], zero: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Paid lines by village and household, then the lines listed apart; a household's own lines
    keep the order they were made in (its months, then its 补发/追回). A line's place on the
    roster is its place in this list."""
    key = itemgetter(store.F_VILLAGE, store.F_HOUSEHOLD)
    return sorted(paid, key=key) + sorted(zero, key=key)


def _shares(uow: UnitOfWork, month: dt.date) -> dict[str, int]:
    from dibao_desk.services import policy

    found = policy.policy_in_force(LentUnitOfWork(uow), month)
    return found.figures.fund_shares if found is not None else {}


def make(uow: UnitOfWork, period: str, kind: PayrollKind | str = PayrollKind.REGULAR, *,
         today: dt.date | None = None, made_by: str | None = None, name: str = "",
         subsidy: SubsidyRule | None = None) -> PayrollInfo:
    """Make (or remake, while a draft) the roster of ``period`` and ``kind``. A subsidy roster
    needs ``subsidy`` (its name names the roster). A signed roster is refused: what changed
    since goes into the next period's 补发/追回."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    p = parse_period(period)
    try:
        kind = PayrollKind(kind)
    except ValueError:
        raise RuleError(Problem("payroll.kind", "kind", {"value": str(kind)}))
    if kind is PayrollKind.SUBSIDY:
        if subsidy is None or not subsidy.name.strip():
            raise RuleError(Problem("payroll.subsidy_name", "name"))
        if subsidy.amount_fen <= 0:
            raise RuleError(Problem("payroll.subsidy_amount", "amount"))
        name = subsidy.name.strip()
    name = name.strip()
    with uow:
        conn = uow.session.connection()
        existing = uow.session.scalar(select(Payroll).where(
            Payroll.period == p.text, Payroll.kind == kind.value, Payroll.name == name))
        if existing is not None and existing.status in LOCKED:
            raise RuleError(Problem("payroll.locked", "period", {
                "period": p.text, "kind": kind.value, "status": existing.status, "by": existing.reviewed_by}))
        replaced = None
        if existing is not None:
            replaced = {"id": existing.id, "total_fen": existing.total_fen, "lines": existing.lines_count}
            store.delete_lines(conn, existing.id)
            uow.session.delete(existing)
            uow.session.flush()
        if kind is PayrollKind.REGULAR:
            paid, zero = _regular_lines(conn, p)
            taken = store.taken_adjustments(conn, LOCKED)
            rows = [r for r in store.adjustments_booked(conn, _adjustments_from(uow, p), p.last)
                    if r[0] not in taken]
            rows = _limit_recoveries(uow, rows)
            paid += _adjustment_lines(conn, rows, store.households(conn, {r[1] for r in rows}))
            paid += _register_lines(uow, conn, p)
            _settle_recoveries(paid, zero)
        elif kind is PayrollKind.BACK_PAY:
            paid, zero = _back_pay_lines(conn, p), []
        else:
            assert subsidy is not None  # refused above without one
            paid, zero = _subsidy_lines(conn, p, subsidy), []
        ordered = _order(paid, zero)
        shares = _shares(uow, p.last)
        row = Payroll(period=p.text, first_month=p.first, last_month=ledger_rules.month_of(p.last), kind=kind.value,
                      name=name, status=PayrollStatus.DRAFT.value, made_on=today,
                      made_by=made_by if made_by is not None else uow.operator,
                      source_shares=json.dumps(shares, sort_keys=True))
        if subsidy is not None and kind is PayrollKind.SUBSIDY:
            row.subsidy_basis = subsidy.basis.value
            row.subsidy_fen = subsidy.amount_fen
            row.subsidy_scope = json.dumps({"categories": list(subsidy.categories),
                                            "villages": list(subsidy.villages)}, ensure_ascii=False)
        _store_totals(row, paid, zero, len(ordered))
        uow.session.add(row)
        uow.session.flush()
        store.add_lines(conn, row.id, ordered)
        uow.audit("payroll", row.id, "remake" if replaced else "make", replaced, {
            "period": p.text, "kind": kind.value, "name": name, "households": row.households,
            "total_fen": row.total_fen, "lines": row.lines_count, "zero_households": row.zero_households})
        uow.commit()
        return _info(row)


def _adjustments_from(uow: UnitOfWork, p: Period) -> dt.date:
    """The first month whose 补发/追回 a regular roster of ``p`` pays: those booked in the period,
    and those booked since the office's first regular roster that no signed roster has paid
    (an adjustment booked after its month's roster was signed waits for the next one)."""
    first = uow.session.scalar(select(func.min(Payroll.first_month)).where(
        Payroll.kind == PayrollKind.REGULAR.value, Payroll.period != p.text))
    return min(first, p.first) if first is not None else p.first


def _store_totals(row: Payroll, paid: list[tuple[Any, ...]], zero: list[tuple[Any, ...]], count: int) -> None:
    persons: dict[int, int] = {}
    kinds: dict[str, int] = defaultdict(int)
    benefit = supplement = 0
    regular = LineKind.REGULAR.value
    get = itemgetter(store.F_HOUSEHOLD, store.F_KIND, store.F_PERSONS, store.F_TOTAL, store.F_MONTHS,
                     store.F_BENEFIT, store.F_SUPPLEMENT)
    for hid, kind, n, total, months, b, s in map(get, paid):
        if persons.get(hid, -1) < n:
            persons[hid] = n
        kinds[kind] += total
        if kind == regular:
            benefit += b * months
            supplement += s * months
    row.households = len(persons)
    row.persons = sum(persons.values())
    row.benefit_fen = benefit
    row.supplement_fen = supplement
    row.back_pay_fen = kinds[LineKind.BACK_PAY.value]
    row.recovery_fen = kinds[LineKind.RECOVERY.value]
    row.subsidy_total_fen = kinds[LineKind.SUBSIDY.value]
    row.total_fen = sum(kinds.values())
    row.lines_count = count
    row.zero_households = len({x[store.F_HOUSEHOLD] for x in zero} - set(persons))


def _back_pay_lines(conn: Connection, p: Period) -> list[tuple[Any, ...]]:
    """Ledger back pay booked up to the period and not yet on a signed roster, and failed lines
    of signed rosters whose account has been corrected since."""
    taken = store.taken_adjustments(conn, LOCKED)
    rows = [r for r in store.adjustments_booked(conn, None, p.last, ledger_rules.AdjustmentKind.BACK_PAY.value)
            if r[0] not in taken]
    failed = store.failed_lines(conn, LOCKED)
    carried = store.carried_lines(conn, LOCKED)
    homes = store.households(conn, {r[1] for r in rows} | {f["household_id"] for f in failed})
    out = _adjustment_lines(conn, rows, homes)
    for f in failed:
        h = homes.get(f["household_id"])
        if f["id"] in carried or h is None:
            continue
        now = _snapshot(h)
        if (now["account"] or "") == f["account"] or not now["account"]:
            continue  # not corrected yet
        months = _months_text(f["first_month"], f["last_month"]) if f["first_month"] and f["last_month"] else ""
        out.append(store.line({
            **now, "category": f["category"], "persons": f["persons"], "months": f["months"],
            "first_month": f["first_month"], "last_month": f["last_month"],
            "benefit_fen": f["benefit_fen"], "supplement_fen": f["supplement_fen"],
            "line_kind": LineKind.BACK_PAY.value, "total_fen": f["total_fen"],
            "carried_from_line_id": f["id"], "ledger_adjustment_id": None,
            "reason": messages.text("payroll.reason.carried", period=f["r_period"], position=f["position"],
                                    months=months, bank_reason=f["bank_reason"] or "",
                                    before=f["account"] or "", after=now["account"])}))
    return out


def _subsidy_lines(conn: Connection, p: Period, rule: SubsidyRule) -> list[tuple[Any, ...]]:
    """A line for each household the ledger pays in the period's last month that the rule takes."""
    month = ledger_rules.month_of(p.last)
    values = [r for r in store.periods_in(conn, month, month) if r[3] in _PAID]
    homes = store.households(conn, {r[0] for r in values})
    out = []
    basis = messages.label("subsidy_basis", rule.basis.value)
    for hid, _f, _l, _status, category, covered, _amount, _supp, _did, _dk, _dd in values:
        h = homes.get(hid)
        if h is None or not rule.takes(category, h[5]):
            continue
        amount = rule.amount_for(covered)
        if amount <= 0:
            continue
        out.append(store.line({
            **_snapshot(h), "category": category, "persons": covered, "months": 1, "first_month": month,
            "last_month": month, "line_kind": LineKind.SUBSIDY.value, "total_fen": amount,
            "reason": messages.text("payroll.reason.subsidy", name=rule.name, basis=basis,
                                    amount=fen_to_yuan(rule.amount_fen), persons=covered)}))
    return out


# ---- sign-off -----------------------------------------------------------------------------

def sign(uow: UnitOfWork, payroll_id: int, leader: str, on: dt.date) -> PayrollInfo:
    """The leader's review (已审核): the roster is locked; a regular roster's months are marked
    paid in the ledger, so a later decision reaching back into them becomes 补发/追回."""
    uow.require(Role.REVIEWER)
    leader = (leader or "").strip()
    if not leader:
        raise RuleError(Problem("payroll.leader_required", "leader"))
    with uow:
        row = _get(uow, payroll_id)
        if row.status != PayrollStatus.DRAFT.value:
            raise RuleError(Problem("payroll.not_draft", "status", {"period": row.period, "status": row.status}))
        if row.lines_count - row.zero_households <= 0 and row.households == 0:
            raise RuleError(Problem("payroll.empty", "payroll", {"period": row.period}))
        conn = uow.session.connection()
        mine = store.lines_of(conn, row.id)
        taken = store.taken_adjustments(conn, LOCKED, except_payroll=row.id)
        carried = store.carried_lines(conn, LOCKED, except_payroll=row.id)
        if any((x["ledger_adjustment_id"] in taken and not x["zero"]) or x["carried_from_line_id"] in carried
               for x in mine if x["ledger_adjustment_id"] is not None or x["carried_from_line_id"] is not None):
            raise RuleError(Problem("payroll.stale", "payroll", {"period": row.period}))
        row.status = PayrollStatus.REVIEWED.value
        row.reviewed_by = leader
        row.reviewed_on = on
        row.reviewed_account = uow.operator
        marked = []
        if row.kind == PayrollKind.REGULAR.value:
            lent = LentUnitOfWork(uow)
            for m in ledger_rules.months(row.first_month, row.last_month):
                if _mark_paid(lent, m, on, f"payroll:{row.id}"):
                    marked.append(m)
            recovery.settle_roster(uow, row.period, on, mine)  # what it deducts comes off the 追回 register
        uow.audit("payroll", row.id, "sign", {"status": PayrollStatus.DRAFT.value}, {
            "status": row.status, "reviewed_by": leader, "reviewed_on": on, "total_fen": row.total_fen,
            "months_marked_paid": marked})
        uow.commit()
        return _info(row)


def _mark_paid(uow: UnitOfWork, month: dt.date, on: dt.date, source: str) -> bool:
    from dibao_desk.services import ledger

    return ledger.mark_paid(uow, month, on, source)


def report(uow: UnitOfWork, payroll_id: int, on: dt.date) -> PayrollInfo:
    """Record that the signed roster was reported to the county (已报县)."""
    uow.require(Role.REVIEWER)
    with uow:
        row = _get(uow, payroll_id)
        if row.status != PayrollStatus.REVIEWED.value:
            raise RuleError(Problem("payroll.not_reviewed", "status", {"period": row.period, "status": row.status}))
        row.status = PayrollStatus.REPORTED.value
        row.reported_on = on
        row.reported_by = uow.operator
        uow.audit("payroll", row.id, "report", {"status": PayrollStatus.REVIEWED.value},
                  {"status": row.status, "reported_on": on})
        uow.commit()
        return _info(row)


def signed_regular(uow: UnitOfWork, period: str) -> PayrollInfo | None:
    """The period's regular roster once signed (已审核 or 已报县), else None."""
    found = find(uow, period)
    return found if found is not None and found.locked else None


def ledger_totals(uow: UnitOfWork, period: str) -> tuple[int, int, int]:
    """The ledger's own totals for the period: (households paid in its last month, amount paid
    over its months, 补发/追回 booked in it), so a county can compare a roster with them."""
    from dibao_desk.services import ledger

    p = parse_period(period)
    months = ledger_rules.months(p.first, ledger_rules.month_of(p.last))
    amount = households = adjustments = 0
    for m in months:
        t = ledger.month_totals(uow, m)
        paid = sum(v.amount_fen for k, v in t.by_status.items() if k in _PAID)
        amount += paid
        households = sum(v.households for k, v in t.by_status.items() if k in _PAID and v.amount_fen)
        adjustments += t.back_pay_fen + t.recovery_fen
    return households, amount, adjustments


def print_roster(uow: UnitOfWork, payroll_id: int, out: str | Path,
                 progress: Progress | None = None) -> RenderInfo:
    """Write the printed roster (PDF) the leader signs; returns the renderer's RenderInfo."""
    from dibao_desk.printing import payroll as printed
    from dibao_desk.services import office

    o = office.get_office(uow)
    with uow:
        row = _get(uow, payroll_id)
        reviewer = row.reviewed_account
    s = summary(uow, payroll_id)
    words = printed.Words(*(messages.LABELS.get(g, {}) for g in (
        "category", "hukou_type", "payroll_kind", "payroll_status", "fund_source", "payroll_line_kind")))
    return printed.render(out, o.name if o else "", s, lines(uow, payroll_id), words, reviewer=reviewer,
                          progress=progress)


def subsidy_rule(name: str, basis: str, amount_fen: int, categories: Iterable[str] = (),
                 villages: Iterable[str] = ()) -> SubsidyRule:
    try:
        b = SubsidyBasis(basis)
    except ValueError:
        raise RuleError(Problem("payroll.subsidy_basis", "basis", {"value": basis}))
    return SubsidyRule(name.strip(), b, amount_fen, tuple(categories), tuple(villages))


__all__ = ["BankStatus", "GroupTotal", "PayrollInfo", "PayrollLineInfo", "PayrollSummary", "SourceTotal",
           "default_period", "find", "ledger_totals", "lines", "make", "parse_period", "period_unit", "print_roster",
           "report",
           "rosters", "set_period_unit", "show", "sign", "signed_regular", "subsidy_rule", "summary"]
