"""Payment rosters (造册), making: the regular roster from the ledger's months (one line per run
of equal months, the ledger's 补发/追回 and the 追回 register's deductions), a 补发 roster and a
专项补贴 roster; a draft is replaced when made again, a signed roster is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, func, select

from dibao_desk import messages
from dibao_desk.domain import bank_accounts, bank_holder, banks
from dibao_desk.domain import ledger as ledger_rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import MAX_AMOUNT_FEN
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import (
    LineKind, PayrollKind, PayrollStatus, SubsidyBasis, SubsidyRule, period_problem,
)
from dibao_desk.domain.periods import Period
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Payroll
from dibao_desk.models import payroll as store
from dibao_desk.services import recovery
from dibao_desk.services.payroll_read import (
    LOCKED, _PAID, _info, after_death, death_problem, overlap_problem, overlapping_signed, parse_period,
    unpaid_months, unpaid_problems,
)
from dibao_desk.services.payroll_results import FailedTransfer, PayrollInfo
from dibao_desk.services.uow import LentUnitOfWork, UnitOfWork, retrying

_GRADUAL_EXIT, _SUSPENDED = ledger_rules.LedgerStatus.GRADUAL_EXIT, ledger_rules.LedgerStatus.SUSPENDED


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
    hid, name, number, account, bank, village, hukou, category, covered, _monthly, _start, _status, head = h
    return {"household_id": hid, "account_name": name, "id_number": number, "account": account or "",
            "bank_name": bank or "", "village": village, "hukou_type": hukou, "category": category or "",
            "persons": covered or 0, "head_name": head}


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

    held = store.holders(conn)  # the few households paid into a member's account (开户人)

    def line(a: str, b: str, r: tuple[Any, ...], some_paid: bool) -> None:
        (hid, _f, _l, status, category, covered, amount, supplement, _did, dkind, decided, name, number,
         account, bank, village, hukou) = r
        head = name
        if hid in held:
            name, number = held[hid]
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
                    is_zero, None, None, "", "", None, None, head))

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


def _ledger_key(hid: int, first: Any, last: Any, category: str | None, persons: int | None, benefit: int | None,
                supplement: int | None, zero: Any) -> tuple[Any, ...]:
    """What the ledger decides of a regular line: months, class, covered persons, amounts."""
    return (store.iso_day(first), store.iso_day(last), category or "", persons or 0, benefit or 0, supplement or 0,
            bool(zero))


def ledger_differs(conn: Connection, p: Period, lines: Iterable[dict[str, Any]]) -> set[int]:
    """The households whose regular lines on a draft of ``p`` (``models.payroll.lines_of``) are not
    what the ledger pays in ``p`` now: a decision granted after the draft was made (a 变更, a 取消,
    a new standard) that signing the draft would leave unpaid, or paid twice."""
    paid, zero = _regular_lines(conn, p)
    now: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for x in (*paid, *zero):
        now[x[store.F_HOUSEHOLD]].append(_ledger_key(
            x[store.F_HOUSEHOLD], x[store.F_FIRST], x[store.F_LAST], x[store.F_CATEGORY], x[store.F_PERSONS],
            x[store.F_BENEFIT], x[store.F_SUPPLEMENT], x[store.F_ZERO]))
    drafted: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for d in lines:
        if d["line_kind"] == LineKind.REGULAR.value:
            drafted[d["household_id"]].append(_ledger_key(
                d["household_id"], d["first_month"], d["last_month"], d["category"], d["persons"], d["benefit_fen"],
                d["supplement_fen"], d["zero"]))
    return {hid for hid in now.keys() | drafted.keys()
            if sorted(now.get(hid, ()), key=repr) != sorted(drafted.get(hid, ()), key=repr)}


def subsidy_differs(conn: Connection, row: Payroll, lines: Iterable[dict[str, Any]]) -> set[int]:
    """The households whose subsidy on a draft (``models.payroll.lines_of``) is not what the rule
    gives now: one the ledger no longer pays in the period's last month, a new one, or another
    class or covered persons."""
    scope = json.loads(row.subsidy_scope) if row.subsidy_scope else {}
    rule = subsidy_rule(row.name, row.subsidy_basis, row.subsidy_fen, scope.get("categories", ()),
                        scope.get("villages", ()))
    now = {(x[store.F_HOUSEHOLD], x[store.F_TOTAL]) for x in _subsidy_lines(conn, parse_period(row.period), rule)}
    drafted = {(d["household_id"], d["total_fen"]) for d in lines if d["line_kind"] == LineKind.SUBSIDY.value}
    return {hid for hid, _fen in now ^ drafted}


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


def _limit_recoveries(uow: UnitOfWork, rows: list[tuple[Any, ...]], months: int) -> list[tuple[Any, ...]]:
    """A ledger 追回 the 追回 register holds is deducted only up to the entry's balance, or what
    its plan deducts in ``months`` months, and not at all when it is to be paid back in cash or
    the entry is settled or written off (services.recovery)."""
    limits = recovery.ledger_limits(uow, [r[0] for r in rows if r[4] < 0], months)
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


@retrying
def make(uow: UnitOfWork, period: str, kind: PayrollKind | str = PayrollKind.REGULAR, *,
         today: dt.date | None = None, made_by: str | None = None, name: str = "",
         subsidy: SubsidyRule | None = None, resend_unchanged: bool = False) -> PayrollInfo:
    """Make (or remake, while a draft) the roster of ``period`` and ``kind``. A subsidy roster
    needs ``subsidy`` (its name names the roster). A signed roster is refused: what changed
    since goes into the next period's 补发/追回. A 补发 roster re-sends failed transfers whose
    account was corrected, and with ``resend_unchanged`` also those whose account is the one
    they failed on (``unchanged_failed``: the office checked with the bank)."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    p = parse_period(period)
    ahead = period_problem(p.text, p.first, today)  # a mistyped far-off period (2036-12)
    if ahead is not None:
        raise RuleError(ahead)
    try:
        kind = PayrollKind(kind)
    except ValueError:
        raise RuleError(Problem("payroll.kind", "kind", {"value": str(kind)}))
    if kind is PayrollKind.SUBSIDY:
        if subsidy is None or not subsidy.name.strip():
            raise RuleError(Problem("payroll.subsidy_name", "name"))
        if subsidy.amount_fen <= 0:
            raise RuleError(Problem("payroll.subsidy_amount", "amount"))
        if subsidy.amount_fen > MAX_AMOUNT_FEN:  # a slip of the keyboard, and more than the store's amounts hold
            raise RuleError(Problem("payroll.subsidy_too_large", "amount",
                                    {"value": fen_to_yuan(subsidy.amount_fen)}))
        name = subsidy.name.strip()
    name = name.strip()
    with uow:
        conn = uow.session.connection()
        store.claim(conn)
        existing = uow.session.scalar(select(Payroll).where(
            Payroll.period == p.text, Payroll.kind == kind.value, Payroll.name == name))
        if existing is not None and existing.status in LOCKED:
            raise RuleError(Problem("payroll.locked", "period", {
                "period": p.text, "kind": kind.value, "status": existing.status, "by": existing.reviewed_by}))
        if kind is PayrollKind.REGULAR:
            others = overlapping_signed(uow, existing.id if existing is not None else None, p.first, p.last)
            if others:
                raise RuleError(overlap_problem(p.text, p.first, p.last, others))
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
            rows = _limit_recoveries(uow, rows, len(p.months))
            cash = recovery.ledger_cash(uow, [r[0] for r in rows if r[4] < 0])
            for x in _adjustment_lines(conn, rows, store.households(conn, {r[1] for r in rows})):
                if x[store.F_ADJUSTMENT] in cash:  # the office chose 退回: listed apart, not deducted
                    zero.append((*x[:store.F_REASON], x[store.F_REASON] + messages.text("payroll.reason.cash"),
                                 True, *x[store.F_ZERO + 1:]))
                else:
                    paid.append(x)
            paid += _register_lines(uow, conn, p)
            _settle_recoveries(paid, zero)
        elif kind is PayrollKind.BACK_PAY:
            paid, zero = _back_pay_lines(uow, conn, p, resend_unchanged), []
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
        dead = after_death(conn, [
            {"position": i, "household_id": x[store.F_HOUSEHOLD], "zero": x[store.F_ZERO], "total_fen": x[store.F_TOTAL],
             "line_kind": x[store.F_KIND], "first_month": x[store.F_FIRST], "last_month": x[store.F_LAST],
             "head_name": x[store.F_HEAD_NAME], "account_name": x[store.F_ACCOUNT_NAME]}
            for i, x in enumerate(ordered, 1)]) if kind is PayrollKind.REGULAR else []
        # an earlier month no signed roster pays (the cycle changed, or a month was skipped): the
        # roster is made all the same (its households are due their money), and the months named
        gaps = unpaid_problems(*unpaid_months(uow, p.first, p.text)) if kind is PayrollKind.REGULAR else []
        uow.audit("payroll", row.id, "remake" if replaced else "make", replaced, {
            "period": p.text, "kind": kind.value, "name": name, "households": row.households,
            "total_fen": row.total_fen, "lines": row.lines_count, "zero_households": row.zero_households,
            **({"resend_unchanged": True} if resend_unchanged and kind is PayrollKind.BACK_PAY else {})})
        uow.commit()
        info = _info(row)
        # said where the roster is made, the first place the clerk looks; signing refuses it
        warnings = [*(death_problem("payroll.after_death_warning", p.text, dead) if dead else []), *gaps]
        if warnings:
            info = dataclasses.replace(info, warnings=tuple(warnings))
        return info


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


def _payable(account: str, bank_name: str) -> bool:
    """Whether the bank file would send to ``account`` (no error of the account check)."""
    return not any(p.severity == "error" for p in bank_accounts.check(account, banks.find(bank_name or "")))


def _resend(f: dict[str, Any], now: dict[str, Any], unchanged: bool) -> str | None:
    """How a failed line ``f`` is re-sent to the household as it is ``now``: "corrected" (its
    account changed since), "holder" (the bank refused the name, 户名不符, and the account
    holder, 开户人, has been recorded since: the same account under the holder's name),
    "unchanged" (the same account, payable, when ``unchanged``), or None."""
    account = now["account"] or ""
    if not account:
        return None
    if account != (f["account"] or ""):
        return "corrected"
    if now["account_name"] != (f["account_name"] or "") and bank_holder.name_refused(f["bank_reason"]):
        return "holder"
    return "unchanged" if unchanged and _payable(account, now["bank_name"]) else None


def unchanged_failed(uow: UnitOfWork) -> list[FailedTransfer]:
    """Failed lines of signed rosters not re-sent on a signed roster yet whose household's
    account is still the one the bank failed (and a payable one): what a 补发 roster re-sends
    only when asked (``make(..., resend_unchanged=True)``). A line re-sent on a signed roster, or
    paid (a later return, ``bank-confirm``), is never listed."""
    with uow:
        conn = uow.session.connection()
        failed = store.failed_lines(conn, LOCKED)
        carried = store.carried_lines(conn, LOCKED)
        homes = store.households(conn, {f["household_id"] for f in failed})
        out = []
        for f in failed:
            h = homes.get(f["household_id"])
            if f["id"] in carried or h is None or _resend(f, _snapshot(h), True) != "unchanged":
                continue
            out.append(FailedTransfer(f["id"], f["household_id"], f["account_name"], f["account"] or "", f["r_period"],
                                      f["position"], f["total_fen"], f["bank_reason"] or ""))
        return out


def _back_pay_lines(uow: UnitOfWork, conn: Connection, p: Period, resend_unchanged: bool = False) -> list[tuple[Any, ...]]:
    """Ledger back pay booked up to the period and not yet on a signed roster, and failed lines
    of signed rosters whose account has been corrected since (and, with ``resend_unchanged``,
    those whose account is unchanged). A failed deduction the 追回 register owes again is
    re-sent for its entry, up to what the entry still owes (nothing when a later roster
    deducted it meanwhile)."""
    taken = store.taken_adjustments(conn, LOCKED)
    rows = [r for r in store.adjustments_booked(conn, None, p.last, ledger_rules.AdjustmentKind.BACK_PAY.value)
            if r[0] not in taken]
    failed = store.failed_lines(conn, LOCKED)
    carried = store.carried_lines(conn, LOCKED)
    homes = store.households(conn, {r[1] for r in rows} | {f["household_id"] for f in failed})
    out = _adjustment_lines(conn, rows, homes)
    owed = recovery.repaid_deductions(uow, [f["id"] for f in failed if f["line_kind"] == LineKind.RECOVERY.value])
    left = {entry: balance for entry, balance in owed.values()}  # what each entry still owes
    for f in failed:
        h = homes.get(f["household_id"])
        if f["id"] in carried or h is None:
            continue
        now = _snapshot(h)
        how = _resend(f, now, resend_unchanged)
        if how is None:
            continue  # not corrected yet (or the office has not asked to re-send it as it is)
        total, entry_id = f["total_fen"], None
        if f["id"] in owed:
            entry_id = owed[f["id"]][0]
            total = -min(-total, left[entry_id])
            left[entry_id] += total
            if total == 0:
                continue  # deducted since by a later roster: re-paid in full
        months = _months_text(f["first_month"], f["last_month"]) if f["first_month"] and f["last_month"] else ""
        if how == "corrected":
            reason = messages.text("payroll.reason.carried", period=f["r_period"], position=f["position"],
                                   months=months, bank_reason=f["bank_reason"] or "",
                                   before=f["account"] or "", after=now["account"])
        elif how == "holder":
            reason = messages.text("payroll.reason.holder", period=f["r_period"], position=f["position"],
                                   months=months, bank_reason=f["bank_reason"] or "",
                                   before=f["account_name"] or "", after=now["account_name"])
        else:
            reason = messages.text("payroll.reason.resent", period=f["r_period"], position=f["position"],
                                   months=months, bank_reason=f["bank_reason"] or "", account=now["account"])
        out.append(store.line({
            **now, "category": f["category"], "persons": f["persons"], "months": f["months"],
            "first_month": f["first_month"], "last_month": f["last_month"],
            "benefit_fen": f["benefit_fen"], "supplement_fen": f["supplement_fen"],
            "line_kind": (LineKind.RECOVERY if f["line_kind"] == LineKind.RECOVERY.value
                          else LineKind.BACK_PAY).value,  # a deduction re-sent is still a deduction
            "total_fen": total, "carried_from_line_id": f["id"], "ledger_adjustment_id": None, "recovery_id": entry_id,
            "reason": reason}))
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


def subsidy_rule(name: str, basis: str, amount_fen: int, categories: Iterable[str] = (),
                 villages: Iterable[str] = ()) -> SubsidyRule:
    try:
        b = SubsidyBasis(basis)
    except ValueError:
        raise RuleError(Problem("payroll.subsidy_basis", "basis", {"value": basis}))
    return SubsidyRule(name.strip(), b, amount_fen, tuple(categories), tuple(villages))
