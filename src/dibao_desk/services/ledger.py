"""The benefit ledger: a household's months, a month's totals, writing a granted
decision, which months are paid, and the check that ledger and households agree.

Only a granted decision writes the ledger (``write_decision``: a case's grant, a batch
proposal's grant); every write names the decision, its date and who approved it.
Months up to the paid-through month are never rewritten: the difference is a
补发/追回 entry in the month of the decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from dibao_desk.domain import ledger as rules
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.ledger import AdjustmentKind, DecisionKind, LedgerStatus, MonthValue
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Case, Household, LedgerDecision, LedgerPaidMonth, Village
from dibao_desk.models import ledger as store
from dibao_desk.services.uow import UnitOfWork


# ---- results ----------------------------------------------------------------------------

@dataclass(frozen=True)
class DecisionInfo:
    id: int
    kind: DecisionKind
    effective_month: dt.date
    decided_on: dt.date
    approved_by: str
    case_id: int | None
    review_id: int | None
    proposal_id: int | None
    policy_set_id: int | None
    note: str


@dataclass(frozen=True)
class LedgerMonth:
    month: dt.date
    status: LedgerStatus
    category: str
    covered: int
    amount_fen: int
    supplement_fen: int
    decision: DecisionInfo
    paid: bool  # the month is history (paid through)

    @property
    def difference_fen(self) -> int:
        return self.amount_fen - self.supplement_fen


@dataclass(frozen=True)
class AdjustmentInfo:
    month: dt.date  # booked in
    kind: AdjustmentKind
    amount_fen: int  # > 0 补发, < 0 追回
    first_month: dt.date
    last_month: dt.date
    decision: DecisionInfo


@dataclass(frozen=True)
class HouseholdLedger:
    household_id: int
    head_name: str
    village: str
    months: tuple[LedgerMonth, ...]
    adjustments: tuple[AdjustmentInfo, ...]
    paid_through: dt.date
    # months up to ``paid_through`` the household is paid for that no signed roster has paid yet
    # (a month skipped, a quarter split by a change of cycle): history all the same (a change
    # reaching back books 补发/追回 for them), still to be paid at the ledger's amount by their roster
    unrostered: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class Total:
    households: int = 0
    persons: int = 0
    amount_fen: int = 0
    supplement_fen: int = 0


@dataclass(frozen=True)
class MonthTotals:
    month: dt.date
    village: str
    total: Total
    by_category: dict[str, Total] = field(default_factory=dict)
    by_hukou: dict[str, Total] = field(default_factory=dict)
    by_status: dict[str, Total] = field(default_factory=dict)
    back_pay_fen: int = 0  # 补发 booked in the month
    recovery_fen: int = 0  # 追回 booked in the month (negative)
    adjustments: int = 0
    zero: int = 0  # households counted above at 0 元 for the month: listed apart on the roster, not paid


@dataclass(frozen=True)
class Mismatch:
    household_id: int
    household: tuple[str, str, int]  # status, class, amount as the household stands
    ledger: tuple[str, str, int] | None  # the ledger's last month, or None without a ledger


# ---- reading ----------------------------------------------------------------------------

def _decision(row: LedgerDecision | _Row) -> DecisionInfo:
    return DecisionInfo(row.id, DecisionKind(row.kind), row.effective_month, row.decided_on, row.approved_by,
                        row.case_id, row.review_id, row.proposal_id, row.policy_set_id, row.note)


def paid_through(uow: UnitOfWork, today: dt.date) -> dt.date:
    """The last month that is history: the latest month marked paid, at least the month
    before ``today``'s."""
    with uow:
        return store.paid_through(uow.session.connection(), today)


def household_ledger(uow: UnitOfWork, household_id: int, today: dt.date,
                     through: dt.date | None = None) -> HouseholdLedger:
    """Every month of the household's ledger, through the later of ``through``, the
    current month and the last period's first month."""
    with uow:
        s = uow.session
        h = s.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "id", {"id": household_id}))
        conn = s.connection()
        paid = store.paid_through(conn, today)
        rows = store.periods_of(conn, household_id)
        end = max([rules.month_of(through or today)] + [p["first_month"] for p, _d in rows])
        months: list[LedgerMonth] = []
        for p, d in rows:
            dec = _decision(_Row(d))
            for m in rules.months(p["first_month"], p["last_month"] or end):
                months.append(LedgerMonth(m, LedgerStatus(p["status"]), p["category"], p["covered"],
                                          p["amount_fen"], p["supplement_fen"], dec, m <= paid))
        adjustments = []
        for a, d in store.adjustments_of(conn, household_id):
            adjustments.append(AdjustmentInfo(a["month"], AdjustmentKind(a["kind"]), a["amount_fen"],
                                              a["first_month"], a["last_month"], _decision(_Row(d))))
        marked = set(s.scalars(select(LedgerPaidMonth.month)))
        unrostered = tuple(m.month for m in months if marked and min(marked) <= m.month <= paid
                           and m.month not in marked and m.status in rules.PAID_STATUSES and m.amount_fen > 0)
        return HouseholdLedger(h.id, h.head_name, h.village.name if h.village else "", tuple(months),
                               tuple(adjustments), paid, unrostered)


class _Row:
    """A row's values as attributes (what ``_decision`` reads of a LedgerDecision)."""

    def __init__(self, values: dict[str, Any]):
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:  # only for attributes __init__ did not set
        raise AttributeError(name)


def month_totals(uow: UnitOfWork, month: dt.date, village_id: int | None = None) -> MonthTotals:
    """Households, covered persons and amount the ledger pays for ``month`` (在保 and 渐退),
    by class, by urban/rural and by status; and the 补发/追回 booked in it."""
    month = rules.month_of(month)
    with uow:
        conn = uow.session.connection()
        rows = store.month_totals(conn, month, village_id)
        adjustments = store.adjustment_totals(conn, month, village_id)
        village_row = uow.session.get(Village, village_id) if village_id is not None else None
        village = village_row.name if village_row is not None else ""
    groups: dict[str, dict[str, list[int]]] = {"category": {}, "hukou": {}, "status": {}}
    total = [0, 0, 0, 0]
    zero = 0
    for status, category, hukou, n, persons, amount, supplement, at_zero in rows:
        zero += at_zero or 0
        values = (n, persons or 0, amount or 0, supplement or 0)
        for key, name in ((category, "category"), (hukou, "hukou"), (status, "status")):
            t = groups[name].setdefault(key, [0, 0, 0, 0])
            for i, v in enumerate(values):
                t[i] += v
        for i, v in enumerate(values):
            total[i] += v
    back = sum(a for k, _n, a in adjustments if k == AdjustmentKind.BACK_PAY)
    recovery = sum(a for k, _n, a in adjustments if k == AdjustmentKind.RECOVERY)
    return MonthTotals(month, village, Total(*total),
                       {k: Total(*v) for k, v in sorted(groups["category"].items())},
                       {k: Total(*v) for k, v in sorted(groups["hukou"].items())},
                       {k: Total(*v) for k, v in sorted(groups["status"].items())},
                       back, recovery, sum(n for _k, n, _a in adjustments), zero)


def month_amounts(uow: UnitOfWork, month: dt.date) -> dict[int, MonthValue]:
    """Each household's ledger month for ``month`` (for the payment roster)."""
    with uow:
        return store.month_values(uow.session.connection(), rules.month_of(month))


def adjustments_in(uow: UnitOfWork, first: dt.date, last: dt.date) -> dict[int, int]:
    """补发/追回 booked in the months ``first``..``last``, summed per household."""
    with uow:
        return store.adjustments_by_household(uow.session.connection(), rules.month_of(first),
                                              rules.month_of(last))


# ---- writing ----------------------------------------------------------------------------

def write_decision(uow: UnitOfWork, kind: DecisionKind, effective_month: dt.date, decided_on: dt.date,
                   approved_by: str, values: Mapping[int, MonthValue], *, household_id: int | None = None,
                   case_id: int | None = None, review_id: int | None = None, proposal_id: int | None = None,
                   policy_set_id: int | None = None, note: str = "", today: dt.date | None = None,
                   until: Mapping[int, dt.date] | None = None) -> int:
    """Record a granted decision and write each household's value from ``effective_month``
    (inside the caller's transaction); a household in ``until`` only through the month
    given there (a later decision of its own holds the months after). Returns the
    decision id."""
    effective = rules.month_of(effective_month)
    conn = uow.session.connection()
    store.claim(conn)  # before the paid months are read: a roster signed meanwhile commits first
    did = store.add_decision(conn, kind=kind.value, household_id=household_id, case_id=case_id,
                             review_id=review_id, proposal_id=proposal_id, policy_set_id=policy_set_id,
                             effective_month=effective, decided_on=decided_on, approved_by=approved_by,
                             note=note, recorded_by=uow.operator)
    paid = store.paid_through(conn, today or decided_on)
    adjusted = store.write(conn, did, effective, values, paid, rules.month_of(decided_on), until)
    if any(v < 0 for v in adjusted.values()):  # 追回: the register takes it up
        # Imported here: the register's models (payroll, recovery, the county's) load only when
        # a decision recovers money, not with every writer of the ledger (import-roster).
        from dibao_desk.services import recovery

        recovery.record_from_ledger(uow, did, kind, decided_on, values)
    uow.audit("ledger_decision", did, kind.value, None, {
        "effective_month": effective, "decided_on": decided_on, "approved_by": approved_by,
        "households": len(values), "household_id": household_id, "case_id": case_id, "review_id": review_id,
        "proposal_id": proposal_id, "adjustments": {str(k): v for k, v in list(adjusted.items())[:50]},
        **({"until": {str(k): v for k, v in list(until.items())[:50]}} if until else {}),
        "value": _value_dict(next(iter(values.values()))) if len(values) == 1 else None})
    return did


def _value_dict(v: MonthValue) -> dict[str, Any]:
    return {"status": v.status.value, "category": v.category, "covered": v.covered, "amount_fen": v.amount_fen,
            "supplement_fen": v.supplement_fen}


def households_with_ledger(uow: UnitOfWork) -> set[int]:
    with uow:
        return store.households_with_ledger(uow.session.connection())


def value_now(uow: UnitOfWork, household_id: int, month: dt.date) -> MonthValue | None:
    with uow:
        return store.month_values(uow.session.connection(), rules.month_of(month), [household_id]).get(household_id)


def supplement_part(uow: UnitOfWork, month: dt.date, amount_fen: int) -> int:
    """The 分类施保 part of an amount: all of it under class-based benefit, else none known."""
    from dibao_desk.services import policy

    found = policy.policy_in_force(uow, rules.month_of(month))
    return amount_fen if found is not None and found.figures.method == "class" else 0


def record_case_grant(uow: UnitOfWork, case: Case, data: dict[str, Any], on: dt.date,
                      today: dt.date | None = None) -> int:
    """The grant (待遇批准) of a case writes the ledger from its start month; a proposal
    carried by the case is granted with it. Inside the procedure's transaction. ``on`` is
    the step's day, ``today`` the day it is recorded: a grant entered after its day (the
    paper approval of 20 October entered on 3 December) finds October and November paid."""
    from dibao_desk.domain import procedure as steps
    from dibao_desk.models import Proposal

    h = case.household
    store.claim(uow.session.connection())  # before the ledger is read (models.ledger.claim)
    month = rules.month_of(data["start_month"])
    approver = ""
    for rec in case.steps:
        if rec.active and rec.step == steps.COUNTY_DECISION and rec.person:
            approver = rec.person
    approver = approver or str(data.get("person", "")).strip()
    if case.kind == steps.CaseKind.CANCEL:
        value = MonthValue(LedgerStatus.CANCELLED, "", 0, 0, 0)
        kind = DecisionKind.CANCEL
    else:
        current = store.month_values(uow.session.connection(), month, [h.id]).get(h.id)
        status = LedgerStatus.GRADUAL_EXIT if current and current.status is LedgerStatus.GRADUAL_EXIT \
            else LedgerStatus.RECEIVING
        amount = int(data["monthly_fen"])
        value = MonthValue(status, str(data["category"]), h.covered_count, amount,
                           supplement_part(uow, month, amount))
        kind = DecisionKind.GRANT if case.kind == steps.CaseKind.NEW else DecisionKind.CHANGE
    proposal = uow.session.scalars(select(Proposal).where(Proposal.case_id == case.id)).first()
    did = write_decision(uow, kind, month, on, approver, {h.id: value}, household_id=h.id, case_id=case.id,
                         proposal_id=proposal.id if proposal else None,
                         note=case.reason, today=max(on, today or on))
    if proposal is not None:
        proposal.status = rules.ProposalStatus.GRANTED.value
        proposal.closed_on = on
        proposal.decision_id = did
        proposal.effective_month = month
        uow.audit("proposal", proposal.id, "grant", None, {"decision_id": did, "month": month})
    return did


def proposed_month(uow: UnitOfWork, case_id: int) -> dt.date | None:
    """The month the proposal carried by a case names, if it carries one."""
    from dibao_desk.models import Proposal

    return uow.session.scalar(select(Proposal.effective_month).where(Proposal.case_id == case_id))


def earliest_start(uow: UnitOfWork, case_id: int, opened_on: dt.date) -> dt.date:
    """The earliest month a case's grant may start: the month it was opened, or the
    month its proposal names (a cancellation found late reaches back; the paid months
    are then recovered, not rewritten)."""
    from dibao_desk.models import Proposal

    month = uow.session.scalar(select(Proposal.effective_month).where(Proposal.case_id == case_id))
    return min(month, rules.month_of(opened_on)) if month else rules.month_of(opened_on)


def record_case_refused(uow: UnitOfWork, case_id: int, on: dt.date) -> None:
    """A case refused at any step (or withdrawn): the proposal it carries is refused; the
    ledger stays, except that a refused end of 渐退 ends the 渐退 (``keep_after_exit_refused``)."""
    from dibao_desk.models import Proposal

    proposal = uow.session.scalars(select(Proposal).where(Proposal.case_id == case_id)).first()
    if proposal is not None and proposal.status == rules.ProposalStatus.OPEN.value:
        proposal.status = rules.ProposalStatus.REFUSED.value
        proposal.closed_on = on
        uow.audit("proposal", proposal.id, "refuse", None, {"case_id": case_id, "on": on})
        if proposal.kind == rules.ProposalKind.EXIT_END:
            from dibao_desk.services import reviews_record

            reviews_record.keep_after_exit_refused(uow, proposal.household_id, proposal.source, case_id, on)


def mark_paid(uow: UnitOfWork, month: dt.date, today: dt.date, source: str = "") -> bool:
    """Mark a month's roster as paid out: its ledger months become history. False when it was."""
    month = rules.month_of(month)
    with uow:
        store.claim(uow.session.connection())
        if uow.session.get(LedgerPaidMonth, month) is not None:
            return False
        uow.session.add(LedgerPaidMonth(month=month, marked_on=today, marked_by=uow.operator, source=source))
        uow.audit("ledger_paid_month", None, "mark", None, {"month": month, "source": source})
        uow.commit()
        return True


def method_is_class(uow: UnitOfWork, today: dt.date) -> bool:
    """Is the policy in force on ``today`` class-based (分类施保: the whole amount is the
    supplement part of a ledger built from the store)?"""
    from dibao_desk.services import policy

    found = policy.policy_in_force(uow, today)
    return bool(found and found.figures.method == "class")


def build(uow: UnitOfWork, today: dt.date) -> int:
    """Build the ledger of every household that has none yet from what the store holds
    (the migration does this once; the demo after it fills a store; the roster import
    writes its own households' in its transaction, ``services.roster_commit``)."""
    by_class = method_is_class(uow, today)
    with uow:
        n = store.build_from_history(uow.session.connection(), today, method_is_class=by_class)
        if n:
            uow.audit("ledger", None, "build", None, {"periods": n, "today": today})
        uow.commit()
        return n


# ---- the check ----------------------------------------------------------------------------

_STATUS_OF: dict[str, tuple[LedgerStatus, ...]] = {HouseholdStatus.RECEIVING: (LedgerStatus.RECEIVING, LedgerStatus.GRADUAL_EXIT),
              HouseholdStatus.SUSPENDED: (LedgerStatus.SUSPENDED,),
              HouseholdStatus.CANCELLED: (LedgerStatus.CANCELLED,)}


def check(uow: UnitOfWork, limit: int = 20) -> tuple[int, list[Mismatch]]:
    """Households whose current status, class or amount differ from their ledger's last
    month (and receiving households without a ledger). Returns (count, the first ``limit``)."""
    with uow:
        conn = uow.session.connection()
        latest = store.latest_values(conn)
        homes = uow.session.execute(select(Household.id, Household.status, Household.category,
                                           Household.monthly_benefit_fen)).all()
    bad: list[Mismatch] = []
    count = 0
    for hid, status, category, fen in homes:
        found = latest.get(hid)
        expected = _STATUS_OF.get(status)
        if found is None:
            ok = expected is None or status == HouseholdStatus.CANCELLED
        elif expected is None:
            ok = False
        else:
            v = found[1]
            ok = v.status in expected and (v.status is LedgerStatus.CANCELLED
                                           or (v.category == category and v.amount_fen == fen))
        if not ok:
            count += 1
            if len(bad) < limit:
                bad.append(Mismatch(hid, (status, category, fen),
                                    (found[1].status.value, found[1].category, found[1].amount_fen)
                                    if found else None))
    return count, bad


__all__ = ["AdjustmentInfo", "DecisionInfo", "HouseholdLedger", "LedgerMonth", "Mismatch", "MonthTotals",
           "Total", "adjustments_in", "build", "check", "household_ledger", "mark_paid", "method_is_class", "month_amounts",
           "month_totals", "paid_through", "value_now", "write_decision"]
