"""Payment rosters (造册), sign-off: the leader's review locks a roster (a regular roster's months
are marked paid in the ledger), the report to the county, and the ledger's own totals a
county compares a roster with."""

from __future__ import annotations

import dataclasses
import datetime as dt

from dibao_desk.domain import ledger as ledger_rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.payroll import PayrollKind, PayrollStatus, report_date_problem, sign_date_problem
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import ledger as ledger_store, payroll as store
from dibao_desk.services import bank, recovery
from dibao_desk.services.payroll_read import (
    LOCKED, _PAID, _get, _info, after_death, death_problem, find, overlap_problem, overlapping_signed, parse_period,
    unpaid_months, unpaid_problems,
)
from dibao_desk.services.payroll_make import ledger_differs, subsidy_differs
from dibao_desk.services.payroll_results import PayrollInfo
from dibao_desk.services.uow import LentUnitOfWork, UnitOfWork, retrying


# ---- sign-off -----------------------------------------------------------------------------

@retrying
def sign(uow: UnitOfWork, payroll_id: int, leader: str, on: dt.date, *,
         today: dt.date | None = None) -> PayrollInfo:
    """The leader's review (已审核) dated ``on`` (not after ``today``, not before the roster was
    made): the roster is locked; a regular roster's months are marked paid in the ledger, so a
    later decision reaching back into them becomes 补发/追回."""
    uow.require(Role.REVIEWER)
    today = today or dt.date.today()
    leader = (leader or "").strip()
    if not leader:
        raise RuleError(Problem("payroll.leader_required", "leader"))
    with uow:
        store.claim(uow.session.connection())
        ledger_store.claim(uow.session.connection())  # the ledger it compares with and the months it marks paid
        row = _get(uow, payroll_id)
        if row.status != PayrollStatus.DRAFT.value:
            raise RuleError(Problem("payroll.not_draft", "status", {"period": row.period, "status": row.status}))
        when = sign_date_problem(on, today, row.made_on, row.period)
        if when is not None:
            raise RuleError(when)
        if row.lines_count - row.zero_households <= 0 and row.households == 0:
            raise RuleError(Problem("payroll.empty", "payroll", {"period": row.period}))
        if row.kind == PayrollKind.REGULAR.value:
            others = overlapping_signed(uow, row.id, row.first_month, row.last_month)
            if others:
                raise RuleError(overlap_problem(row.period, row.first_month, row.last_month, others))
        conn = uow.session.connection()
        mine = store.lines_of(conn, row.id)
        taken = store.taken_adjustments(conn, LOCKED, except_payroll=row.id)
        carried = store.carried_lines(conn, LOCKED, except_payroll=row.id)
        if any((x["ledger_adjustment_id"] in taken and not x["zero"]) or x["carried_from_line_id"] in carried
               for x in mine if x["ledger_adjustment_id"] is not None or x["carried_from_line_id"] is not None):
            raise RuleError(Problem("payroll.stale", "payroll", {"period": row.period}))
        if row.kind in (PayrollKind.REGULAR.value, PayrollKind.SUBSIDY.value):
            differ = (ledger_differs(conn, parse_period(row.period), mine) if row.kind == PayrollKind.REGULAR.value
                      else subsidy_differs(conn, row, mine))
            if differ:
                raise RuleError(Problem("payroll.stale_ledger", "payroll", {
                    "period": row.period, "households": len(differ), "made": row.made_on.isoformat()}))
        if row.kind == PayrollKind.REGULAR.value:  # payment stops the month after death
            dead = after_death(conn, mine)
            if dead:
                raise RuleError(death_problem("payroll.after_death", row.period, dead))
        # a transfer the bank cannot be sent would hold up the roster's bank file: fix it first
        unpayable = bank.unsignable(mine)
        if unpayable:
            names = "、".join(name for name, _q in unpayable[:10]) + ("等" if len(unpayable) > 10 else "")
            raise RuleError([Problem("payroll.unpayable", "payroll", {
                "period": row.period, "households": len(unpayable), "names": names}),
                *(q for _n, q in unpayable[:20])])
        gone = bank.holders_gone(conn, mine)
        if gone:  # the account is in the name of one who no longer lives in the household
            names = "、".join(head for head, _who in gone[:10]) + ("等" if len(gone) > 10 else "")
            holders = "、".join(who for _head, who in gone[:10]) + ("等" if len(gone) > 10 else "")
            raise RuleError(Problem("payroll.holder_gone", "payroll", {
                "period": row.period, "households": len(gone), "names": names, "holders": holders}))
        accounts = bank.signing_warnings(mine)  # signing goes on: checked before the file goes
        # an earlier month no signed roster pays: signing goes on (this period's households are
        # due their money; a month paid late is paid by its own roster), and the months are named
        gaps = (unpaid_problems(*unpaid_months(uow, row.first_month, row.period))
                if row.kind == PayrollKind.REGULAR.value else [])
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
        elif row.kind == PayrollKind.BACK_PAY.value:  # a failed deduction re-sent with its payment
            recovery.settle_roster(uow, row.period, on, mine)
        uow.audit("payroll", row.id, "sign", {"status": PayrollStatus.DRAFT.value}, {
            "status": row.status, "reviewed_by": leader, "reviewed_on": on, "total_fen": row.total_fen,
            "months_marked_paid": marked, "account_warnings": accounts[0].params["households"] if accounts else 0,
            **({"months_unpaid": [q.params["months"] for q in gaps]} if gaps else {})})
        uow.commit()
        return dataclasses.replace(_info(row), warnings=(*accounts, *gaps))


def _mark_paid(uow: UnitOfWork, month: dt.date, on: dt.date, source: str) -> bool:
    from dibao_desk.services import ledger

    return ledger.mark_paid(uow, month, on, source)


@retrying
def report(uow: UnitOfWork, payroll_id: int, on: dt.date, *, today: dt.date | None = None) -> PayrollInfo:
    """Record that the signed roster was reported to the county (已报县) on ``on`` (not after
    ``today``, not before it was signed)."""
    uow.require(Role.REVIEWER)
    today = today or dt.date.today()
    with uow:
        store.claim(uow.session.connection())
        row = _get(uow, payroll_id)
        if row.status != PayrollStatus.REVIEWED.value:
            raise RuleError(Problem("payroll.not_reviewed", "status", {"period": row.period, "status": row.status}))
        when = report_date_problem(on, today, row.reviewed_on, row.period)
        if when is not None:
            raise RuleError(when)
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
    """The ledger's own totals for the period: (households paid money in any of its months,
    amount paid over its months, 补发/追回 booked in it), so a county can compare a roster with
    them. A household whose months are all 0 元 is listed apart on the roster, unpaid, and is
    not counted, nor is one that left before the period's last month left out."""
    from dibao_desk.services import ledger

    p = parse_period(period)
    months = ledger_rules.months(p.first, ledger_rules.month_of(p.last))
    amount = adjustments = 0
    paid_households: set[int] = set()
    for m in months:
        t = ledger.month_totals(uow, m)
        paid = sum(v.amount_fen for k, v in t.by_status.items() if k in _PAID)
        amount += paid
        paid_households.update(hid for hid, v in ledger.month_amounts(uow, m).items() if v.paid_fen)
        adjustments += t.back_pay_fen + t.recovery_fen
    return len(paid_households), amount, adjustments
