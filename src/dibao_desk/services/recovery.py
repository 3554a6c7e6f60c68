"""The 追回 register: amounts to recover, the instalments that bring them back, write-offs.

Entries are added by hand (a confirmed false declaration, a bank error, anything else the
office decided) or by the ledger itself: when a granted decision books a 追回 adjustment for
months already paid (a cancellation or a lower amount dated back), ``record_from_ledger``
opens an entry linked to that adjustment, inside the decision's transaction. A confirmed
concealment (services.burden) records a 追回 follow-up; adding an entry for it
(``followup_id``) takes the follow-up up.

Where the money comes back (domain.recovery): a household still paid has it deducted from its
later rosters (``deductions_for`` tells the roster what to deduct; ``settle_deductions``
records the instalments when the roster is signed); a household no longer paid pays it back
in cash (``receive``). Every write is audited.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from dibao_desk.domain import recovery as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.ledger import DecisionKind, MonthValue, month_of
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import LOCKED_STATUSES, PayrollKind
from dibao_desk.domain.periods import period_of
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.recovery import InstalmentKind, RecoveryMethod, RecoverySource, RecoveryStatus
from dibao_desk.domain.registers import FollowUpKind, FollowUpStatus
from dibao_desk.models import FollowUp, Household, LedgerAdjustment, Village
from dibao_desk.models import ledger as ledger_store
from dibao_desk.models import payroll as payroll_store
from dibao_desk.models import recovery as store
from dibao_desk.models.recovery import RecoveryEntry, RecoveryInstalment
from dibao_desk.services import recovery_lines
from dibao_desk.services.recovery_lines import LineChoice, deduction_lines
from dibao_desk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from dibao_desk.exchange.package import SheetData


@dataclass(frozen=True)
class InstalmentInfo:
    id: int
    kind: InstalmentKind
    on: dt.date
    amount_fen: int
    receipt_no: str
    period: str
    payroll_line_id: int | None
    note: str
    recorded_by: str
    line_position: int | None = None  # the line's number (序号) on its printed roster
    awaiting_bank: bool = False  # a 扣减 on a transfer the bank has not answered yet


@dataclass(frozen=True)
class EntryInfo:
    id: int
    household_id: int
    head_name: str
    head_id_number: str
    village: str
    source: RecoverySource
    status: RecoveryStatus
    reference: str
    decided_on: dt.date
    amount_fen: int
    recovered_fen: int
    first_month: dt.date | None
    last_month: dt.date | None
    method: RecoveryMethod
    per_month_fen: int
    note: str
    ledger_decision_id: int | None
    followup_id: int | None
    closed_on: dt.date | None
    write_off_reason: str
    instalments: tuple[InstalmentInfo, ...] = ()
    # of ``recovered_fen``, deducted on roster lines whose transfer the bank has not answered
    # yet: not come back until a return says paid (a failed one reverses it, 冲回)
    awaiting_fen: int = 0

    @property
    def balance_fen(self) -> int:
        """What is still to recover (0 once settled or written off)."""
        return 0 if self.status is RecoveryStatus.WRITTEN_OFF else self.amount_fen - self.recovered_fen

    @property
    def received_fen(self) -> int:
        """What has come back: cash, and deductions on transfers the bank paid (or that sent nothing)."""
        return self.recovered_fen - self.awaiting_fen

    @property
    def shown_status(self) -> str:
        """The status a person reads (``rules.shown_status``): 待银行回执 beside 已追回."""
        return rules.shown_status(self.status, self.awaiting_fen)


@dataclass(frozen=True)
class RegisterTotals:
    open_entries: int
    amount_fen: int
    balance_fen: int
    awaiting_fen: int = 0  # deducted, every entry: the bank's return not in yet


# ---- reading --------------------------------------------------------------------------------

def _heads(s: Session, household_ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    ids = list(set(household_ids))
    out: dict[int, tuple[str, str, str]] = {}
    for i in range(0, len(ids), 900):
        for hid, name, number, village in s.execute(
                select(Household.id, Household.head_name, Household.head_id_number, Village.name)
                .join(Village, Village.id == Household.village_id).where(Household.id.in_(ids[i:i + 900]))):
            out[hid] = (name, number, village)
    return out


def _info(e: RecoveryEntry, head: tuple[str, str, str],
          instalments: Iterable[RecoveryInstalment] = (), positions: dict[int, int] | None = None,
          awaiting: Mapping[int, int] | None = None) -> EntryInfo:
    """``awaiting``: {roster line id: fen} of the entry's deductions the bank has not answered."""
    awaiting = awaiting or {}
    return EntryInfo(e.id, e.household_id, head[0], head[1], head[2], RecoverySource(e.source),
                     RecoveryStatus(e.status), e.reference, e.decided_on, e.amount_fen, e.recovered_fen,
                     e.first_month, e.last_month, RecoveryMethod(e.method), e.per_month_fen, e.note,
                     e.ledger_decision_id, e.followup_id, e.closed_on, e.write_off_reason,
                     tuple(_instalment(i, positions, awaiting) for i in instalments), sum(awaiting.values()))


def _instalment(i: RecoveryInstalment, positions: dict[int, int] | None = None,
                awaiting: Mapping[int, int] | None = None) -> InstalmentInfo:
    position = (positions or {}).get(i.payroll_line_id) if i.payroll_line_id is not None else None
    waits = (i.kind == InstalmentKind.DEDUCTION and i.payroll_line_id is not None
             and i.payroll_line_id in (awaiting or {}))
    return InstalmentInfo(i.id, InstalmentKind(i.kind), i.on, i.amount_fen, i.receipt_no, i.period,
                          i.payroll_line_id, i.note, i.recorded_by, position, waits)


_E = RecoveryEntry.__table__
_LIST_COLUMNS = ("id", "household_id", "source", "status", "reference", "decided_on", "amount_fen", "recovered_fen",
                 "first_month", "last_month", "method", "per_month_fen", "note", "ledger_decision_id",
                 "followup_id", "closed_on", "write_off_reason")


def list_entries(uow: UnitOfWork, *, status: str | None = None, household_id: int | None = None,
                 decided_until: dt.date | None = None) -> list[EntryInfo]:
    """Entries, newest decision first, each with its balance (``status`` 'open', 'settled',
    'written_off', or None for all). One query, no ORM objects: a register may hold thousands."""
    with uow:
        stmt = (select(*(_E.c[c] for c in _LIST_COLUMNS), Household.head_name, Household.head_id_number,
                       Village.name)
                .join(Household, Household.id == _E.c.household_id).join(Village, Village.id == Household.village_id)
                .order_by(_E.c.decided_on.desc(), _E.c.id.desc()))
        if status:
            stmt = stmt.where(_E.c.status == status)
        if household_id is not None:
            stmt = stmt.where(_E.c.household_id == household_id)
        if decided_until is not None:
            stmt = stmt.where(_E.c.decided_on <= decided_until)
        sources = {v.value: v for v in RecoverySource}
        statuses = {v.value: v for v in RecoveryStatus}
        methods = {v.value: v for v in RecoveryMethod}
        rows = uow.session.execute(stmt).all()
        conn = uow.session.connection()
        awaiting = store.awaiting_bank(conn, [r[0] for r in rows] if household_id is not None else None)
        return [EntryInfo(r[0], r[1], r[17], r[18], r[19], sources[r[2]], statuses[r[3]], r[4], r[5], r[6], r[7],
                          r[8], r[9], methods[r[10]], r[11], r[12], r[13], r[14], r[15], r[16], (),
                          sum(awaiting.get(r[0], {}).values()))
                for r in rows]


def get_entry(uow: UnitOfWork, entry_id: int) -> EntryInfo:
    """One entry with its instalments."""
    with uow:
        s = uow.session
        e = _entry(s, entry_id)
        inst = s.scalars(select(RecoveryInstalment).where(RecoveryInstalment.entry_id == e.id)
                         .order_by(RecoveryInstalment.on, RecoveryInstalment.id)).all()
        lines = recovery_lines.positions(s, {i.payroll_line_id for i in inst if i.payroll_line_id is not None})
        awaiting = store.awaiting_bank(s.connection(), [e.id]).get(e.id, {})
        return _info(e, _heads(s, [e.household_id]).get(e.household_id, ("", "", "")), inst, lines, awaiting)


def totals(uow: UnitOfWork) -> RegisterTotals:
    with uow:
        conn = uow.session.connection()
        awaiting = sum(sum(lines.values()) for lines in store.awaiting_bank(conn).values())
        return RegisterTotals(*store.totals(conn), awaiting)


def pending_followups(uow: UnitOfWork) -> list[tuple[int, int, str, dt.date]]:
    """追回 follow-ups (a confirmed concealment) no entry takes up yet: (follow-up id,
    household id, reason, date)."""
    with uow:
        taken = select(RecoveryEntry.followup_id).where(RecoveryEntry.followup_id.is_not(None))
        rows = uow.session.execute(select(FollowUp.id, FollowUp.household_id, FollowUp.reason, FollowUp.on)
                                   .where(FollowUp.kind == FollowUpKind.RECOVER, FollowUp.id.not_in(taken))
                                   .order_by(FollowUp.on, FollowUp.id)).all()
        return [r._tuple() for r in rows]


def _entry(s: Session, entry_id: int) -> RecoveryEntry:
    e = s.get(RecoveryEntry, entry_id)
    if e is None:
        raise RuleError(Problem("recovery.missing", "entry", {"id": entry_id}))
    return e


def check(uow: UnitOfWork, limit: int = 20) -> list[Problem]:
    """Entries whose recovered amount differs from their instalments, or whose status does not
    fit their balance (for ``dibao-desk check``)."""
    from sqlalchemy import func

    with uow:
        sums = (select(RecoveryInstalment.entry_id, func.sum(RecoveryInstalment.amount_fen).label("n"))
                .group_by(RecoveryInstalment.entry_id).subquery())
        back = func.coalesce(sums.c.n, 0)
        rows = uow.session.execute(
            select(RecoveryEntry.id, RecoveryEntry.recovered_fen, back, RecoveryEntry.amount_fen,
                   RecoveryEntry.status)
            .outerjoin(sums, sums.c.entry_id == RecoveryEntry.id)
            .where((RecoveryEntry.recovered_fen != back) | (RecoveryEntry.recovered_fen > RecoveryEntry.amount_fen)
                   | ((RecoveryEntry.status == RecoveryStatus.SETTLED)
                      & (RecoveryEntry.recovered_fen != RecoveryEntry.amount_fen))
                   | ((RecoveryEntry.status == RecoveryStatus.OPEN)
                      & (RecoveryEntry.recovered_fen >= RecoveryEntry.amount_fen)))
            .order_by(RecoveryEntry.id).limit(limit)).all()
    return [Problem("recovery.inconsistent", "entry", {
        "id": eid, "recovered": fen_to_yuan(recovered), "instalments": fen_to_yuan(n), "amount": fen_to_yuan(amount)})
        for eid, recovered, n, amount, _status in rows]


# ---- writing --------------------------------------------------------------------------------

def _still_paid(conn: Connection, household_id: int, month: dt.date) -> bool:
    value = ledger_store.month_values(conn, month, [household_id]).get(household_id)
    if value is not None:
        return value.paid_fen > 0
    status, fen = conn.execute(select(Household.status, Household.monthly_benefit_fen)
                               .where(Household.id == household_id)).one()
    return status == HouseholdStatus.RECEIVING and fen > 0


def add(uow: UnitOfWork, household_id: int, source: RecoverySource | str, reference: str,
        decided_on: dt.date | None, amount_fen: int, *, first_month: dt.date | None = None,
        last_month: dt.date | None = None, note: str = "", method: RecoveryMethod | str | None = None,
        per_month_fen: int = 0, followup_id: int | None = None, today: dt.date | None = None) -> EntryInfo:
    """Add an entry by hand. Without ``method`` the money is deducted from later payments when
    the household is still paid, else received in cash. Nothing is written when a problem is found."""
    uow.require(Role.CLERK, Role.REVIEWER, Role.ADMIN)
    today = today or dt.date.today()
    problems: list[Problem] = []
    try:
        source = RecoverySource(source)
    except ValueError:
        problems.append(Problem("recovery.source", "source", {"value": str(source)}))
    with uow:
        s = uow.session
        conn = s.connection()
        if s.get(Household, household_id) is None:
            problems.append(Problem("household.missing", "household_id", {"id": household_id}))
        if method is None:
            chosen = rules.method_for(not problems and _still_paid(conn, household_id, month_of(today)))
        else:
            try:
                chosen = RecoveryMethod(method)
            except ValueError:
                problems.append(Problem("recovery.method", "method", {"value": str(method)}))
                chosen = RecoveryMethod.CASH
        if followup_id is not None:
            f = s.get(FollowUp, followup_id)
            if f is None or f.kind != FollowUpKind.RECOVER or f.household_id != household_id:
                problems.append(Problem("recovery.followup", "followup", {"id": followup_id}))
            elif s.scalar(select(RecoveryEntry.id).where(RecoveryEntry.followup_id == followup_id)) is not None:
                problems.append(Problem("recovery.followup_taken", "followup", {"id": followup_id}))
        problems += rules.check_entry(amount_fen, decided_on, reference, first_month, last_month, chosen,
                                      per_month_fen, today)
        if problems:
            raise RuleError(problems)
        assert decided_on is not None
        e = RecoveryEntry(household_id=household_id, source=str(source), status=RecoveryStatus.OPEN.value,
                          reference=reference.strip(), decided_on=decided_on, amount_fen=amount_fen,
                          recovered_fen=0, first_month=month_of(first_month) if first_month else None,
                          last_month=month_of(last_month) if last_month else None, method=chosen.value,
                          per_month_fen=per_month_fen, note=note.strip(), followup_id=followup_id,
                          recorded_by=uow.operator)
        s.add(e)
        s.flush()
        if followup_id is not None:
            f = s.get(FollowUp, followup_id)
            assert f is not None  # checked above
            f.status = FollowUpStatus.PROPOSED
            uow.audit("integrity_followup", f.id, "recovery", None, {"recovery_entry_id": e.id})
        uow.audit("recovery_entry", e.id, "add", None, _audit(e))
        uow.commit()
        return _info(e, _heads(s, [household_id])[household_id])


def receive(uow: UnitOfWork, entry_id: int, amount_fen: int, on: dt.date | None, *,
            kind: InstalmentKind | str = InstalmentKind.CASH, receipt_no: str = "",
            payroll_line_id: int | None = None, period: str = "", note: str = "",
            position: int | None = None, roster_kind: PayrollKind | str = PayrollKind.REGULAR,
            roster_name: str = "", today: dt.date | None = None) -> EntryInfo:
    """Record an instalment: cash received (退回, with the receipt's number) or deducted from a
    payment (扣减, naming the roster line). The line is named as the operator reads it: its
    ``position`` (序号) on the roster of ``period`` (``roster_kind``, ``roster_name``); a caller
    holding a line record may give its ``payroll_line_id`` instead. More than the balance is
    refused."""
    uow.require(Role.CLERK, Role.REVIEWER, Role.ADMIN)
    today = today or dt.date.today()
    with uow:
        s = uow.session
        e = _entry(s, entry_id)
        try:
            kind = InstalmentKind(kind)
        except ValueError:
            raise RuleError(Problem("recovery.instalment_kind", "kind", {"value": str(kind)})) from None
        if kind not in rules.BY_HAND:  # 冲回 follows a bank return, never typed
            raise RuleError(Problem("recovery.instalment_kind", "kind", {"value": kind.value}))
        problems = rules.check_instalment(RecoveryStatus(e.status), e.amount_fen - e.recovered_fen, amount_fen,
                                          kind, on, receipt_no, today)
        if position is not None:
            payroll_line_id, found = recovery_lines.find_line(s, e, position, period, roster_kind, roster_name)
            problems += found
            named = period_of(period)
            period = named.text if named is not None else period
        elif payroll_line_id is not None:
            problems += recovery_lines.line_problems(s, e, payroll_line_id, period)
        if kind is InstalmentKind.CASH:
            problems += _receipt_problems(s, e, receipt_no.strip())
        if problems:
            raise RuleError(problems)
        assert on is not None
        _book(uow, e, kind, amount_fen, on, receipt_no, period, payroll_line_id, note)
        uow.commit()
    return get_entry(uow, entry_id)


def _receipt_problems(s: Session, e: RecoveryEntry, receipt_no: str) -> list[Problem]:
    """A receipt records one payment: its number recorded already, on this entry or for another
    household, is the same cash typed in twice. One payment settling several entries of the same
    household may name one receipt."""
    if not receipt_no:
        return []
    for entry_id, household_id, on in store.cash_receipt(s, receipt_no):
        if entry_id == e.id or household_id != e.household_id:
            head = _heads(s, [household_id]).get(household_id, ("", "", ""))[0]
            return [Problem("recovery.receipt_taken", "receipt_no", {
                "receipt": receipt_no, "on": on, "entry": entry_id, "head": head, "household": household_id})]
    return []


def _book(uow: UnitOfWork, e: RecoveryEntry, kind: InstalmentKind, amount_fen: int, on: dt.date,
          receipt_no: str, period: str, payroll_line_id: int | None, note: str) -> None:
    before = {"recovered_fen": e.recovered_fen, "status": e.status}
    i = RecoveryInstalment(entry_id=e.id, kind=kind.value, on=on, amount_fen=amount_fen,
                           receipt_no=receipt_no.strip(), period=period, payroll_line_id=payroll_line_id,
                           note=note.strip(), recorded_by=uow.operator)
    uow.session.add(i)
    e.recovered_fen += amount_fen
    if e.status != RecoveryStatus.WRITTEN_OFF:  # a written-off entry stays written off
        e.status = rules.status_for(e.amount_fen - e.recovered_fen).value
        e.closed_on = on if e.status == RecoveryStatus.SETTLED else None  # a 冲回 reopens a settled entry
    uow.session.flush()
    uow.audit("recovery_entry", e.id, f"receive_{kind.value}", before, {
        "instalment_id": i.id, "amount_fen": amount_fen, "on": on, "receipt_no": i.receipt_no, "period": period,
        "payroll_line_id": payroll_line_id, "recovered_fen": e.recovered_fen, "status": e.status})


def write_off(uow: UnitOfWork, entry_id: int, reason: str, on: dt.date | None = None, *,
              today: dt.date | None = None) -> EntryInfo:
    """Write off what is left of an entry, with the reason (the reviewer or the administrator)."""
    uow.require(Role.REVIEWER, Role.ADMIN)
    today = today or dt.date.today()
    on = on or today
    with uow:
        e = _entry(uow.session, entry_id)
        problems = []
        if e.status != RecoveryStatus.OPEN:
            problems.append(Problem("recovery.not_open", "entry", {"status": e.status}))
        if not reason.strip():
            problems.append(Problem("recovery.reason_empty", "reason"))
        if on > today:
            problems.append(Problem("recovery.date_future", "on", {"date": on.isoformat()}))
        if problems:
            raise RuleError(problems)
        before = {"status": e.status, "balance_fen": e.amount_fen - e.recovered_fen}
        e.status, e.closed_on = RecoveryStatus.WRITTEN_OFF.value, on
        e.write_off_reason, e.write_off_by = reason.strip(), uow.operator
        uow.audit("recovery_entry", e.id, "write_off", before, {"status": e.status, "reason": e.write_off_reason,
                                                                "on": on})
        uow.commit()
    return get_entry(uow, entry_id)


def change_plan(uow: UnitOfWork, entry_id: int, method: RecoveryMethod | str, per_month_fen: int = 0) -> EntryInfo:
    """Change where an open entry's balance comes back from (deducted, and how much a month; or cash)."""
    uow.require(Role.CLERK, Role.REVIEWER, Role.ADMIN)
    with uow:
        e = _entry(uow.session, entry_id)
        try:
            method = RecoveryMethod(method)
        except ValueError:
            raise RuleError(Problem("recovery.method", "method", {"value": str(method)})) from None
        if e.status != RecoveryStatus.OPEN:
            raise RuleError(Problem("recovery.not_open", "entry", {"status": e.status}))
        if per_month_fen < 0 or (method is RecoveryMethod.CASH and per_month_fen):
            raise RuleError(Problem("recovery.per_month", "per_month"))
        before = {"method": e.method, "per_month_fen": e.per_month_fen}
        e.method, e.per_month_fen = method.value, per_month_fen
        uow.audit("recovery_entry", e.id, "plan", before, {"method": e.method, "per_month_fen": per_month_fen})
        uow.commit()
    return get_entry(uow, entry_id)


# ---- from the ledger --------------------------------------------------------------------------

_SOURCE_OF_DECISION = {DecisionKind.CANCEL: RecoverySource.CANCELLATION}


def record_from_ledger(uow: UnitOfWork, decision_id: int, kind: DecisionKind, decided_on: dt.date,
                       values: Mapping[int, MonthValue], reference: str = "") -> int:
    """Open an entry for each 追回 adjustment ``decision_id`` booked (inside the decision's
    transaction; called by services.ledger.write_decision). Returns the entries opened."""
    s = uow.session
    rows = s.execute(select(LedgerAdjustment.id, LedgerAdjustment.household_id, LedgerAdjustment.amount_fen,
                            LedgerAdjustment.first_month, LedgerAdjustment.last_month)
                     .where(LedgerAdjustment.decision_id == decision_id, LedgerAdjustment.amount_fen < 0)).all()
    if not rows:
        return 0
    source = _SOURCE_OF_DECISION.get(kind, RecoverySource.CHANGE)
    entries = []
    for aid, hid, fen, first, last in rows:
        value = values.get(hid)
        method = rules.method_for(value is not None and value.paid_fen > 0)
        entries.append(RecoveryEntry(
            household_id=hid, source=source.value, status=RecoveryStatus.OPEN.value, reference=reference,
            decided_on=decided_on, amount_fen=-fen, recovered_fen=0, first_month=first, last_month=last,
            method=method.value, per_month_fen=0, note="", ledger_decision_id=decision_id,
            ledger_adjustment_id=aid, recorded_by=uow.operator))
    s.add_all(entries)
    s.flush()
    for e in entries[:50]:
        uow.audit("recovery_entry", e.id, "add_from_ledger", None, _audit(e))
    if len(entries) > 50:
        uow.audit("recovery_entry", None, "add_from_ledger", None, {"decision_id": decision_id,
                                                                    "entries": len(entries)})
    return len(entries)


# ---- deductions from rosters -----------------------------------------------------------------

def deduction_plan(uow: UnitOfWork, period: str) -> dict[int, list[tuple[int, int]]]:
    """{household id: [(entry id, fen)]} the regular roster of ``period`` deducts for open
    entries to be deducted: each entry's plan (its amount per month, or the whole balance),
    never more than the balance or what the ledger pays the household in the period. Entries
    the ledger opened are left out: the roster carries their 追回 adjustment itself."""
    p = period_of(period)
    if p is None:
        raise RuleError(Problem("exchange.period", "period", {"period": period}))
    with uow:
        conn = uow.session.connection()
        taken = payroll_store.taken_adjustments(conn, tuple(s.value for s in LOCKED_STATUSES))
        linked = {eid for eid, aid in uow.session.execute(select(RecoveryEntry.id, RecoveryEntry.ledger_adjustment_id).where(
            RecoveryEntry.status == RecoveryStatus.OPEN, RecoveryEntry.ledger_adjustment_id.is_not(None)))
            if aid not in taken}  # once a signed roster carried the adjustment, the plan deducts the rest
        entries = store.open_balances(conn)
        wanted = {h: [e for e in es if e[3] == RecoveryMethod.DEDUCT and e[0] not in linked]
                  for h, es in entries.items()}
        wanted = {h: es for h, es in wanted.items() if es}
        if not wanted:
            return {}
        payable: dict[int, int] = {}
        for m in p.months:
            for hid, v in ledger_store.month_values(conn, m, wanted).items():
                payable[hid] = payable.get(hid, 0) + v.paid_fen
    out: dict[int, list[tuple[int, int]]] = {}
    n = len(p.months)
    for hid, es in wanted.items():
        left = payable.get(hid, 0)
        for eid, balance, per_month, _method in es:
            take = rules.deduction(balance, per_month, n, left)
            if take:
                out.setdefault(hid, []).append((eid, take))
                left -= take
    return out


def deductions_for(uow: UnitOfWork, period: str) -> dict[int, int]:
    """{household id: fen} the regular roster of ``period`` deducts for the register (see
    ``deduction_plan``)."""
    return {hid: sum(f for _e, f in es) for hid, es in deduction_plan(uow, period).items()}


def ledger_limits(uow: UnitOfWork, adjustment_ids: Iterable[int], months: int = 1) -> dict[int, int]:
    """{ledger adjustment id: fen a roster of ``months`` months deducts} for 追回 adjustments the
    register holds an entry of: its balance while open, or its plan's amount a month when
    smaller, 0 once settled or written off (cash received in between lowers what a roster
    still deducts). Adjustments without an entry are not listed; see ``ledger_cash``."""
    ids = list(adjustment_ids)
    out: dict[int, int] = {}
    for i in range(0, len(ids), 900):
        for aid, status, amount, recovered, method, per_month in uow.session.execute(
                select(RecoveryEntry.ledger_adjustment_id, RecoveryEntry.status, RecoveryEntry.amount_fen,
                       RecoveryEntry.recovered_fen, RecoveryEntry.method, RecoveryEntry.per_month_fen)
                .where(RecoveryEntry.ledger_adjustment_id.in_(ids[i:i + 900]))):
            assert aid is not None  # one of the ids asked for
            balance = amount - recovered if status == RecoveryStatus.OPEN else 0
            if per_month and method == RecoveryMethod.DEDUCT:
                balance = min(balance, per_month * months)
            out[aid] = balance
    return out


def ledger_cash(uow: UnitOfWork, adjustment_ids: Iterable[int]) -> set[int]:
    """The ledger 追回 adjustments whose open register entry is to be paid back in cash (退回):
    a roster lists them apart and does not deduct them."""
    ids = list(adjustment_ids)
    out: set[int] = set()
    for i in range(0, len(ids), 900):
        out.update(aid for aid in uow.session.scalars(select(RecoveryEntry.ledger_adjustment_id).where(
            RecoveryEntry.ledger_adjustment_id.in_(ids[i:i + 900]), RecoveryEntry.status == RecoveryStatus.OPEN,
            RecoveryEntry.method == RecoveryMethod.CASH.value)) if aid is not None)
    return out


def settle_roster(uow: UnitOfWork, period: str, on: dt.date, lines: Sequence[Mapping[str, Any]]) -> int:
    """Record what a signed roster deducted (inside the signing's transaction, no commit): each
    paid 追回 line naming a register entry (``recovery_id``) or a ledger adjustment the register
    holds an entry of becomes a 扣减 instalment naming the line. Returns the instalments written."""
    s = uow.session
    by_adjustment: dict[int | None, RecoveryEntry] = {}
    adjustments = [x["ledger_adjustment_id"] for x in lines if x.get("ledger_adjustment_id")]
    for i in range(0, len(adjustments), 900):
        for entry in s.scalars(select(RecoveryEntry).where(
                RecoveryEntry.ledger_adjustment_id.in_(adjustments[i:i + 900]))):
            by_adjustment[entry.ledger_adjustment_id] = entry
    taken: list[tuple[Mapping[str, Any], RecoveryEntry]] = []
    wanted: dict[int, int] = defaultdict(int)
    for x in lines:
        if x.get("zero") or x.get("total_fen", 0) >= 0:
            continue
        e = s.get(RecoveryEntry, x["recovery_id"]) if x.get("recovery_id") else by_adjustment.get(
            x.get("ledger_adjustment_id"))
        if e is None:
            continue
        taken.append((x, e))
        wanted[e.id] += -x["total_fen"]
    for x, e in taken:  # cash received or written off since the roster was made: it deducts too much
        if e.status != RecoveryStatus.OPEN or wanted[e.id] > e.amount_fen - e.recovered_fen:
            raise RuleError(Problem("payroll.stale_recovery", "payroll", {"period": period}))
    n = 0
    for x, e in taken:
        take = min(-x["total_fen"], e.amount_fen - e.recovered_fen)
        if take > 0:
            _book(uow, e, InstalmentKind.DEDUCTION, take, on, "", period, x["id"], "")
            n += 1
    return n


def reverse_failed(uow: UnitOfWork, failed: Mapping[int, str], on: dt.date) -> tuple[int, int]:
    """The bank failed the transfers of these roster lines ({line id: the bank's reason}): a
    deduction a line made (a 扣减 instalment naming it) was never withheld, so it is reversed
    by a 冲回 instalment naming the same line, and the entry owes it again: a later roster
    deducts it per the entry's plan, or the line's re-payment does (``repaid_deductions``).
    Inside the bank return's transaction (no commit). Returns the instalments reversed and
    their sum."""
    s = uow.session
    ids = list(failed)
    made: list[RecoveryInstalment] = []
    reversed_lines: set[int | None] = set()
    for i in range(0, len(ids), 900):
        for inst in s.scalars(select(RecoveryInstalment).where(RecoveryInstalment.payroll_line_id.in_(ids[i:i + 900]))
                              .order_by(RecoveryInstalment.id)):
            if inst.kind == InstalmentKind.DEDUCTION:
                made.append(inst)
            elif inst.kind == InstalmentKind.REVERSED:
                reversed_lines.add(inst.payroll_line_id)
    n = fen = 0
    for inst in made:
        if inst.payroll_line_id in reversed_lines or inst.amount_fen <= 0:
            continue
        line_id = inst.payroll_line_id
        assert line_id is not None  # asked for by it
        _book(uow, _entry(s, inst.entry_id), InstalmentKind.REVERSED, -inst.amount_fen, on, "", inst.period,
              line_id, failed[line_id])  # the note: the bank's reason
        n, fen = n + 1, fen + inst.amount_fen
    return n, fen


def repaid_deductions(uow: UnitOfWork, line_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """{failed roster line id: (entry id, the entry's balance now)} for the lines whose deduction
    a bank return reversed (``reverse_failed``): re-paid on a 补发 roster, such a line deducts
    for that entry again, up to what it still owes (a later roster may have taken it already)."""
    s = uow.session
    ids = list(line_ids)
    out: dict[int, tuple[int, int]] = {}
    for i in range(0, len(ids), 900):
        for line_id, status, amount, recovered, eid in s.execute(
                select(RecoveryInstalment.payroll_line_id, RecoveryEntry.status, RecoveryEntry.amount_fen,
                       RecoveryEntry.recovered_fen, RecoveryEntry.id)
                .join(RecoveryEntry, RecoveryEntry.id == RecoveryInstalment.entry_id)
                .where(RecoveryInstalment.payroll_line_id.in_(ids[i:i + 900]),
                       RecoveryInstalment.kind == InstalmentKind.REVERSED)):
            assert line_id is not None
            out[line_id] = (eid, amount - recovered if status == RecoveryStatus.OPEN else 0)
    return out


def settle_deductions(uow: UnitOfWork, period: str, on: dt.date,
                      deducted: Mapping[int, tuple[int, int | None]]) -> int:
    """Record what a signed roster deducted: ``deducted`` {household id: (fen, roster line id)},
    shared across the household's open entries oldest first. Inside the signing's transaction
    (no commit). Returns the instalments written."""
    if not deducted:
        return 0
    s = uow.session
    balances = store.open_balances(s.connection(), list(deducted))
    n = 0
    for hid, (fen, line_id) in deducted.items():
        if fen <= 0:
            continue
        es = balances.get(hid, [])
        shares = rules.spread(fen, [(eid, balance) for eid, balance, _p, _m in es])
        if sum(f for _e, f in shares) != fen:
            raise RuleError(Problem("recovery.overpaid", "amount", {
                "amount_yuan": fen_to_yuan(fen), "balance_yuan": fen_to_yuan(sum(b for _e, b, _p, _m in es))}))
        for eid, take in shares:
            _book(uow, _entry(s, eid), InstalmentKind.DEDUCTION, take, on, "", period, line_id, "")
            n += 1
    return n


def _audit(e: RecoveryEntry) -> dict[str, Any]:
    return {"household_id": e.household_id, "source": e.source, "reference": e.reference,
            "decided_on": e.decided_on, "amount_fen": e.amount_fen, "first_month": e.first_month,
            "last_month": e.last_month, "method": e.method, "per_month_fen": e.per_month_fen, "note": e.note,
            "ledger_decision_id": e.ledger_decision_id, "ledger_adjustment_id": e.ledger_adjustment_id,
            "followup_id": e.followup_id}


__all__ = ["EntryInfo", "InstalmentInfo", "LineChoice", "RegisterTotals", "add", "change_plan", "deduction_lines",
           "deduction_plan", "deductions_for",
           "get_entry", "ledger_cash", "ledger_limits", "list_entries", "pending_followups", "receive", "record_from_ledger",
           "register_sheet", "repaid_deductions", "reverse_failed", "settle_deductions", "settle_roster", "totals",
           "write_off"]


# ---- in the roster package to the county --------------------------------------------------------

def register_sheet(uow: UnitOfWork, bounds: tuple[dt.date, dt.date]) -> SheetData:
    """The 追回 sheet of a roster package for the period ``bounds`` (exchange.registers_sheets):
    entries decided by its end and not closed before its start, with what had come back by its
    end. Inside the export's open unit of work."""
    from sqlalchemy import func

    from dibao_desk.exchange import registers_sheets as fmt
    from dibao_desk.exchange.package import SheetData
    from dibao_desk.exchange.packages_out import word

    first, last = bounds
    s = uow.session
    entries = list(s.scalars(select(RecoveryEntry).where(
        RecoveryEntry.decided_on <= last,
        (RecoveryEntry.closed_on.is_(None)) | (RecoveryEntry.closed_on >= first))
        .order_by(RecoveryEntry.decided_on, RecoveryEntry.id)))
    back = dict(s.execute(select(RecoveryInstalment.entry_id, func.sum(RecoveryInstalment.amount_fen))
                          .where(RecoveryInstalment.on <= last).group_by(RecoveryInstalment.entry_id)).all())
    heads = _heads(s, (e.household_id for e in entries))
    # deductions made by the period's end whose transfer the bank has not answered yet
    waiting = store.awaiting_bank(s.connection(), [e.id for e in entries]) if entries else {}
    made = set(s.scalars(select(RecoveryInstalment.payroll_line_id).where(
        RecoveryInstalment.entry_id.in_(list(waiting)), RecoveryInstalment.on <= last))) if waiting else set()
    rows = []
    for e in entries:
        recovered = back.get(e.id, 0) or 0
        awaiting = sum(fen for line, fen in waiting.get(e.id, {}).items() if line in made)
        status = RecoveryStatus(e.status)
        if e.closed_on is None or e.closed_on > last:
            status = rules.status_for(e.amount_fen - recovered)
        balance = 0 if status is RecoveryStatus.WRITTEN_OFF else e.amount_fen - recovered
        months = "" if e.first_month is None else (
            f"{e.first_month:%Y-%m}" if (e.last_month or e.first_month) == e.first_month
            else f"{e.first_month:%Y-%m}～{e.last_month:%Y-%m}")
        name, number, _village = heads.get(e.household_id, ("", "", ""))
        rows.append((str(e.id), str(e.household_id), name, number, word(fmt.RECOVERY_SOURCES, e.source),
                     e.reference, e.decided_on, months, e.amount_fen, recovered, balance,
                     word(fmt.RECOVERY_STATUSES, status.value), awaiting))
    return SheetData(fmt.RECOVERY, rows, len(rows))
