"""Proposals: every change to the money goes through the procedure before the ledger moves.

A review's 变更 or 取消, the end of 渐退, a work refusal reaching its threshold, a
confirmed cross-check warning, a death or a move away each open a proposal for one
household. It runs as a change or cancellation case through the steps the policy in
force names for its kind (``PolicyFigures.flow_change`` / ``flow_cancel`` /
``flow_no_review``); the case's grant writes the ledger from the month it names.

A new standard is one batch proposal for every household whose amount changes: its
steps (``flow_batch``: one notice, one approval) are recorded on the proposal itself,
and its grant writes every household's ledger under one decision.

    open_proposal(uow, household_id, ProposalKind.DEATH, reason, effective_month, opened_on=day)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, insert, select

from dibao_desk import messages
from dibao_desk.domain.accounts import Role
from dibao_desk.domain import ledger as rules
from dibao_desk.domain import procedure as steps
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.procedure import Waiting
from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue, ProposalKind, ProposalStatus
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Case, Household, Proposal, ProposalItem, ProposalStep, Village
from dibao_desk.models import ledger as store
from dibao_desk.services import (benefit, ledger, policy, procedure, procedure_lists, procedure_open, procedure_store,
                                 reviews_schedule)
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork, retrying


@dataclass(frozen=True)
class ProposalInfo:
    id: int
    kind: ProposalKind
    household_id: int | None
    case_id: int | None
    status: ProposalStatus
    reason: str
    source: str
    effective_month: dt.date
    opened_on: dt.date
    closed_on: dt.date | None
    flow: tuple[int, ...]
    households: int
    decision_id: int | None


@dataclass(frozen=True)
class ProposalRow:
    """One proposal in the list, with what it waits for."""

    id: int
    kind: ProposalKind
    household_id: int | None
    head_name: str
    village: str
    households: int
    effective_month: dt.date
    opened_on: dt.date
    status: ProposalStatus
    case_id: int | None
    waiting: Waiting
    before_fen: int
    after_fen: int


@dataclass(frozen=True)
class BatchItem:
    household_id: int
    before_category: str
    before_fen: int
    after_category: str
    after_fen: int


@dataclass(frozen=True)
class BatchKept:
    """A household the batch's grant did not write from its month on."""

    household_id: int
    head_name: str
    later_month: dt.date | None  # its own later decision's month (None: changed while the batch waited)
    until_later: bool  # given the batch's value for the months before that decision


@dataclass(frozen=True)
class BatchGrant:
    """What a batch's grant wrote: households given the new standard from its month on,
    those given it only until a later decision of their own, those left out."""

    decision_id: int
    households: int
    until_later: tuple[BatchKept, ...]
    left_out: tuple[BatchKept, ...]


@dataclass(frozen=True)
class BatchDetail:
    info: ProposalInfo
    steps: tuple[procedure.StepInfo, ...]
    next_step: int | None
    waiting: Waiting
    before_total_fen: int
    after_total_fen: int
    households: int
    persons: int
    grant: BatchGrant | None = None  # what the grant wrote, on the detail returned by the step granting it


def _info(p: Proposal) -> ProposalInfo:
    return ProposalInfo(p.id, ProposalKind(p.kind), p.household_id, p.case_id, ProposalStatus(p.status),
                        messages.given_reason(p.reason),
                        p.source, p.effective_month, p.opened_on, p.closed_on, steps.parse_flow(p.flow),
                        p.items_count, p.decision_id)


def flow_name(kind: ProposalKind, cancel: bool) -> str:
    if kind in rules.BATCH_KINDS:
        return "batch"
    if kind in rules.NO_REVIEW_KINDS:
        return "no_review"
    return "cancel" if cancel else "change"


def _flow(uow: UnitOfWork, name: str, day: dt.date) -> tuple[int, ...]:
    found = policy.policy_in_force(uow, day)
    if found is None:
        from dibao_desk.domain.policy import PolicyFigures

        return PolicyFigures().flow_for(name)
    return found.figures.flow_for(name)


def flow_steps(uow: UnitOfWork, name: str, day: dt.date) -> tuple[int, ...]:
    """The steps flow ``name`` (change | cancel | no_review | batch) goes through under the
    policy in force on ``day``: what a form tells the operator before a proposal is opened."""
    with uow:
        return _flow(uow, name, day)


# ---- one household ------------------------------------------------------------------------

@retrying
def open_proposal(uow: UnitOfWork, household_id: int, kind: ProposalKind | str, reason: str,
                  effective_month: dt.date, *, opened_on: dt.date, category: str | None = None,
                  amount_fen: int | None = None, cancel: bool | None = None, source: str = "") -> ProposalInfo:
    """Propose a change (``category``/``amount_fen``) or the cancellation of one receiving
    household's benefit from ``effective_month``. ``cancel`` defaults to what the kind
    means (death, move away, end of 渐退, a review's 取消 cancel). The proposal runs as a
    case through the steps the policy names; nothing changes until it is granted."""
    uow.require(Role.CLERK)
    with uow:
        p = propose(uow, household_id, kind, reason, effective_month, opened_on=opened_on, category=category,
                    amount_fen=amount_fen, cancel=cancel, source=source)
        uow.commit()
        return _info(p)


def propose(uow: UnitOfWork, household_id: int, kind: ProposalKind | str, reason: str, effective_month: dt.date,
            *, opened_on: dt.date, category: str | None = None, amount_fen: int | None = None,
            cancel: bool | None = None, source: str = "", before: dict[str, Any] | None = None) -> Proposal:
    """``open_proposal`` inside the caller's transaction (reviews call it while recording).
    ``before``: the class, amount and covered persons the case records as before (default:
    the household's now; a member's death has already changed its persons)."""
    problems = rules.check_proposal(str(kind), effective_month, reason)
    if problems:
        raise RuleError(problems)
    kind = ProposalKind(kind)
    if kind in rules.BATCH_KINDS:
        raise RuleError(Problem("ledger.proposal_kind", "kind", {"kind": kind.value}))
    s = uow.session
    h = s.get(Household, household_id)
    if h is None:
        raise RuleError(Problem("household.missing", "id", {"id": household_id}))
    cancel = kind in rules.CANCEL_KINDS if cancel is None else cancel
    if cancel:
        after = {"category": "", "monthly_benefit_fen": 0}
    else:
        after = {"category": category or h.category,
                 "monthly_benefit_fen": h.monthly_benefit_fen if amount_fen is None else int(amount_fen)}
        if after["category"] == h.category and after["monthly_benefit_fen"] == h.monthly_benefit_fen \
                and kind not in rules.MEMBER_KINDS:  # a member leaving changes the persons, if not the money
            raise RuleError(Problem("ledger.nothing_changes", "amount_fen"))
    flow = _flow(uow, flow_name(kind, cancel), opened_on)
    case_kind = steps.CaseKind.CANCEL if cancel else steps.CaseKind.CHANGE
    case = procedure_open._open(uow, household_id, case_kind, reason, opened_on, before, after)
    case.flow = ",".join(str(x) for x in flow)
    procedure_store._refresh(case)
    month = rules.month_of(effective_month)
    if not cancel and h.benefit_start is not None:
        # a change cannot begin before the benefit it changes: months before the household's
        # benefit began were never granted, and the grant would pay them all as 补发 (a member's
        # death entered with a year long past paid back to that year)
        month = max(month, rules.month_of(h.benefit_start))
    p = Proposal(kind=kind.value, household_id=household_id, case_id=case.id, status=ProposalStatus.OPEN.value,
                 reason=reason.strip(), source=source.strip(), effective_month=month, opened_on=opened_on,
                 flow=case.flow, next_step=case.next_step, items_count=1)
    s.add(p)
    s.flush()
    s.add(ProposalItem(proposal_id=p.id, household_id=household_id,
                       before_category=str((before or {}).get("category", h.category)),
                       before_fen=int((before or {}).get("monthly_benefit_fen", h.monthly_benefit_fen)),
                       after_status=(LedgerStatus.CANCELLED if cancel else LedgerStatus.RECEIVING).value,
                       after_category=after["category"], after_covered=0 if cancel else h.covered_count,
                       after_fen=after["monthly_benefit_fen"]))
    uow.audit("proposal", p.id, "open", None, {
        "kind": kind.value, "household_id": household_id, "case_id": case.id, "reason": p.reason,
        "effective_month": month, "flow": p.flow, "after": after, "source": p.source})
    return p


@dataclass(frozen=True)
class Wanted:
    """One household's proposal in ``propose_many``: what ``propose`` takes for it."""

    household_id: int
    reason: str
    category: str | None = None
    amount_fen: int | None = None


def propose_many(uow: UnitOfWork, kind: ProposalKind | str, effective_month: dt.date, wanted: Sequence[Wanted],
                 *, opened_on: dt.date, source: str = "") -> tuple[list[int], list[int]]:
    """``propose`` for each of ``wanted`` in its order, inside the caller's transaction, written
    in a few statements for them all (a roster's update proposes a thousand amounts): the same
    cases, proposals, items and audit rows, numbered in the same order. A household that
    ``propose`` would refuse (missing, not receiving, a case of its own open, nothing to change,
    no reason) is left out and returned, as the caller's ``RuleError`` would have been.
    Returns (the ids of the proposals opened, the households left out)."""
    problems = rules.check_proposal(str(kind), effective_month, "-")
    if problems:
        raise RuleError(problems)
    kind = ProposalKind(kind)
    if kind in rules.BATCH_KINDS:
        raise RuleError(Problem("ledger.proposal_kind", "kind", {"kind": kind.value}))
    if not wanted:
        return [], []
    s = uow.session
    s.flush()
    ids = sorted({w.household_id for w in wanted})
    homes: dict[int, Any] = {}
    busy: set[int] = set()  # households with a case open
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        homes.update((r.id, r) for r in s.execute(
            select(Household.id, Household.status, Household.category, Household.monthly_benefit_fen,
                   Household.covered_count).where(Household.id.in_(chunk))))
        busy.update(s.scalars(select(Case.household_id).where(Case.household_id.in_(chunk),
                                                               Case.status == steps.CaseStatus.OPEN)))
    cancel = kind in rules.CANCEL_KINDS
    flow = ",".join(str(x) for x in _flow(uow, flow_name(kind, cancel), opened_on))
    case_kind = steps.CaseKind.CANCEL if cancel else steps.CaseKind.CHANGE
    # a case just opened: its list columns are those of any case of this flow with no step yet
    fresh = Case(kind=case_kind, status=steps.CaseStatus.OPEN, opened_on=opened_on, flow=flow)
    procedure_store._refresh(fresh)
    month = rules.month_of(effective_month)
    chosen: list[tuple[Wanted, Any, dict[str, Any], dict[str, Any]]] = []
    left: list[int] = []
    for w in wanted:
        h = homes.get(w.household_id)
        if (h is None or w.household_id in busy or h.status != HouseholdStatus.RECEIVING
                or rules.check_proposal(kind.value, effective_month, w.reason)):
            left.append(w.household_id)
            continue
        if cancel:
            after: dict[str, Any] = {"category": "", "monthly_benefit_fen": 0}
        else:
            after = {"category": w.category or h.category,
                     "monthly_benefit_fen": h.monthly_benefit_fen if w.amount_fen is None else int(w.amount_fen)}
            if after["category"] == h.category and after["monthly_benefit_fen"] == h.monthly_benefit_fen \
                    and kind not in rules.MEMBER_KINDS:
                left.append(w.household_id)
                continue
        before = {"category": h.category, "monthly_benefit_fen": h.monthly_benefit_fen,
                  "covered_count": h.covered_count}
        busy.add(w.household_id)
        chosen.append((w, h, before, after))
    if not chosen:
        return [], left
    # ORM bulk INSERTs, ids returned in the rows' order (RETURNING on SQLite and PostgreSQL)
    case_ids = list(s.scalars(insert(Case).returning(Case.id, sort_by_parameter_order=True), [dict(
        household_id=w.household_id, kind=case_kind, status=steps.CaseStatus.OPEN, reason=w.reason.strip(),
        opened_on=opened_on, before_json=procedure_store._json(before), after_json=procedure_store._json(after),
        proposed_category=str(after.get("category", "") or ""), proposed_fen=int(after.get("monthly_benefit_fen", 0) or 0),
        flow=flow, next_step=fresh.next_step, notice_start=fresh.notice_start, notice_end=fresh.notice_end,
        open_objections=fresh.open_objections) for w, _h, before, after in chosen]))
    proposal_ids = list(s.scalars(insert(Proposal).returning(Proposal.id, sort_by_parameter_order=True), [dict(
        kind=kind.value, household_id=w.household_id, case_id=case_id, status=ProposalStatus.OPEN.value,
        reason=w.reason.strip(), source=source.strip(), effective_month=month, opened_on=opened_on, flow=flow,
        next_step=fresh.next_step, items_count=1) for (w, _h, _b, _a), case_id in zip(chosen, case_ids)]))
    status = (LedgerStatus.CANCELLED if cancel else LedgerStatus.RECEIVING).value
    s.execute(insert(ProposalItem), [dict(
        proposal_id=pid, household_id=w.household_id, before_category=str(h.category),
        before_fen=int(h.monthly_benefit_fen), after_status=status, after_category=after["category"],
        after_covered=0 if cancel else h.covered_count, after_fen=after["monthly_benefit_fen"])
        for (w, h, _b, after), pid in zip(chosen, proposal_ids)])
    changes: list[tuple[str, int | None, str, Any, Any]] = []
    for (w, _h, before, after), case_id, pid in zip(chosen, case_ids, proposal_ids):  # in the order propose writes them
        changes.append(("case", case_id, "open", None, {
            "household_id": w.household_id, "kind": case_kind, "reason": w.reason.strip(), "opened_on": opened_on,
            "before": before, "after": after}))
        changes.append(("proposal", pid, "open", None, {
            "kind": kind.value, "household_id": w.household_id, "case_id": case_id, "reason": w.reason.strip(),
            "effective_month": month, "flow": flow, "after": after, "source": source.strip()}))
    uow.audit_many(changes)
    return proposal_ids, left


_CHUNK = 500  # household ids in one IN list


def proposal_for_case(uow: UnitOfWork, case_id: int) -> ProposalInfo | None:
    with uow:
        p = uow.session.scalars(select(Proposal).where(Proposal.case_id == case_id)).first()
        return _info(p) if p else None


def get_proposal(uow: UnitOfWork, proposal_id: int) -> ProposalInfo:
    with uow:
        return _info(_get(uow, proposal_id))


def _get(uow: UnitOfWork, proposal_id: int) -> Proposal:
    p = uow.session.get(Proposal, proposal_id)
    if p is None:
        raise RuleError(Problem("ledger.proposal_missing", "id", {"id": proposal_id}))
    return p


# ---- the list ---------------------------------------------------------------------------------

def list_proposals(uow: UnitOfWork, status: ProposalStatus | str | None = ProposalStatus.OPEN,
                   today: dt.date | None = None) -> list[ProposalRow]:
    """Proposals (open ones by default), each with what it waits for, oldest first."""
    today = today or dt.date.today()
    item = (select(ProposalItem.proposal_id, func.sum(ProposalItem.before_fen).label("b"),
                   func.sum(ProposalItem.after_fen).label("a")).group_by(ProposalItem.proposal_id).subquery())
    stmt = (select(Proposal, Household.head_name, Village.name, Case.status, Case.next_step, Case.notice_start,
                   Case.notice_end, Case.open_objections, item.c.b, item.c.a)
            .outerjoin(Household, Household.id == Proposal.household_id)
            .outerjoin(Village, Village.id == Household.village_id)
            .outerjoin(Case, Case.id == Proposal.case_id)
            .outerjoin(item, item.c.proposal_id == Proposal.id)
            .order_by(Proposal.opened_on, Proposal.id))
    if status:
        stmt = stmt.where(Proposal.status == str(status))
    out = []
    with uow:
        for p, head, village, cstatus, cstep, start, end, objections, before, after in uow.session.execute(stmt):
            if p.case_id is not None:
                waiting = procedure_lists._row_waiting(cstatus or steps.CaseStatus.DONE, cstep or 0, start, end,
                                                 objections or 0, today)
            else:
                waiting = _batch_waiting(uow, p, today)
            out.append(ProposalRow(p.id, ProposalKind(p.kind), p.household_id, head or "", village or "",
                                   p.items_count, p.effective_month, p.opened_on, ProposalStatus(p.status),
                                   p.case_id, waiting, before or 0, after or 0))
    return out


# ---- a new standard: one batch ------------------------------------------------------------------

def propose_standard(uow: UnitOfWork, month: dt.date, opened_on: dt.date, reason: str = "",
                     progress: Progress | None = None) -> tuple[benefit.RecomputeTotals, ProposalInfo | None]:
    """Compute every receiving household's benefit for ``month`` under the policy in force
    then; those whose amount or class would change go into ONE batch proposal (None when
    nothing changes). Nothing is paid differently until the batch is granted. A household the
    figures find ineligible (``totals.ineligible``) is left out: stopping its money is a 取消
    through its own procedure (评议, 公示), not 0 元 in a batch; it keeps its amount until then."""
    uow.require(Role.CLERK, Role.ADMIN)
    progress = progress or NullProgress()
    month = rules.month_of(month)
    totals, rows = benefit.compute_all(uow, month, progress)
    changed = [c for c in rows if c.changed and c.eligible]
    if not changed:
        return totals, None
    is_class = policy.policy_for_month(uow, month).figures.method == "class"
    with uow:
        s = uow.session
        open_batch = s.scalar(select(Proposal.id).where(Proposal.status == ProposalStatus.OPEN.value,
                                                        Proposal.kind.in_([k.value for k in rules.BATCH_KINDS])))
        if open_batch is not None:
            raise RuleError(Problem("ledger.batch_open", "month", {"id": open_batch}))
        flow = _flow(uow, "batch", opened_on)
        p = Proposal(kind=ProposalKind.STANDARD.value, household_id=None, case_id=None,
                     status=ProposalStatus.OPEN.value, reason=reason.strip() or "standard", source=
                     f"policy_set:{totals.policy_set_id}", effective_month=month, opened_on=opened_on,
                     flow=",".join(str(x) for x in flow), next_step=flow[0], policy_set_id=totals.policy_set_id,
                     items_count=len(changed))
        s.add(p)
        s.flush()
        progress.update(totals.households, totals.households, "progress.write")
        store.insert_many(s.connection(), ProposalItem.__table__, (
            "proposal_id", "household_id", "before_category", "before_fen", "after_status", "after_category",
            "after_covered", "after_fen", "after_supplement_fen"), [
            (p.id, c.household_id, c.category, c.current_fen, LedgerStatus.RECEIVING.value, c.new_category,
             c.covered, c.new_fen, c.new_fen if is_class else 0) for c in changed])
        uow.audit("proposal", p.id, "open", None, {
            "kind": p.kind, "effective_month": month, "households": len(changed), "flow": p.flow,
            "policy_set_id": totals.policy_set_id, "total_fen": totals.total_fen})
        uow.commit()
        return totals, _info(p)


def _batch_state(p: Proposal, recs: list[ProposalStep]) -> steps.CaseState:
    status = steps.CaseStatus.OPEN if p.status == ProposalStatus.OPEN else steps.CaseStatus.DONE
    return steps.CaseState(kind=steps.CaseKind.CHANGE, status=status, opened_on=p.opened_on,
                           custom_flow=steps.parse_flow(p.flow),
                           steps=tuple(steps.StepState(r.step, r.started_on, r.window_end, r.done_on, r.result)
                                       for r in recs))


def _steps(uow: UnitOfWork, p: Proposal) -> list[ProposalStep]:
    return list(uow.session.scalars(select(ProposalStep).where(ProposalStep.proposal_id == p.id)
                                    .order_by(ProposalStep.id)))


def _batch_waiting(uow: UnitOfWork, p: Proposal, today: dt.date) -> steps.Waiting:
    if p.status != ProposalStatus.OPEN.value:
        return steps.Waiting("none", None, f"waiting.{'done' if p.status == ProposalStatus.GRANTED else p.status}")
    return steps.waiting(_batch_state(p, _steps(uow, p)), today)


def batch_detail(uow: UnitOfWork, proposal_id: int, today: dt.date) -> BatchDetail:
    with uow:
        p = _get(uow, proposal_id)
        recs = _steps(uow, p)
        state = _batch_state(p, recs)
        b, a, n, persons = uow.session.execute(
            select(func.sum(ProposalItem.before_fen), func.sum(ProposalItem.after_fen), func.count(),
                   func.sum(ProposalItem.after_covered)).where(ProposalItem.proposal_id == p.id)).one()
        infos = tuple(procedure.StepInfo(r.id, r.step, True, r.started_on, r.window_end, r.done_on, r.person,
                                         r.result, r.notes) for r in recs)
        return BatchDetail(_info(p), infos, steps.next_step(state), _batch_waiting(uow, p, today), b or 0, a or 0,
                           n, persons or 0)


def batch_items(uow: UnitOfWork, proposal_id: int, limit: int = 200) -> list[BatchItem]:
    with uow:
        rows = uow.session.execute(
            select(ProposalItem.household_id, ProposalItem.before_category, ProposalItem.before_fen,
                   ProposalItem.after_category, ProposalItem.after_fen)
            .where(ProposalItem.proposal_id == proposal_id).order_by(ProposalItem.household_id).limit(limit)).all()
        return [BatchItem(*r) for r in rows]


def start_batch_notice(uow: UnitOfWork, proposal_id: int, start: dt.date, person: str,
                       today: dt.date, progress: Progress | None = None) -> BatchDetail:
    """Post the batch's one notice (the list of new amounts) for the policy's days; a
    cancel (``progress``) before the end writes nothing."""
    uow.require(Role.CLERK)
    progress = progress or NullProgress()
    progress.update(0, 0, "progress.proposal.step")
    with uow:
        p = _get(uow, proposal_id)
        state = _batch_state(p, _steps(uow, p))
        step = steps.next_step(state)
        if step is None or step not in steps.NOTICE_STAGE:
            raise RuleError(Problem("procedure.not_a_notice", "step", {"step": step or 0}))
        _raise(steps.check_start_notice(state, step, start, today, person))
        _start, end = steps.notice_window(start, procedure.notice_days(uow, start))
        uow.session.add(ProposalStep(proposal_id=p.id, step=step, started_on=start, window_end=end,
                                     person=person.strip(), recorded_by=uow.operator))
        uow.audit("proposal_step", p.id, f"step{step}.start", None, {"start": start, "end": end, "person": person})
        progress.check()
        uow.commit()
    return batch_detail(uow, proposal_id, today)


@retrying
def record_batch_step(uow: UnitOfWork, proposal_id: int, on: dt.date, person: str, today: dt.date,
                      notes: str = "", approved: bool = True, progress: Progress | None = None) -> BatchDetail:
    """Record the batch's next step as done (or, with ``approved`` False, refused: the
    batch ends and nothing changes). Its last step, 待遇批准, writes the ledger of every
    household in it from the proposal's month, under one decision. A cancel (``progress``)
    before the end writes nothing."""
    progress = progress or NullProgress()
    progress.update(0, 0, "progress.proposal.step")
    with uow:
        s = uow.session
        p = _get(uow, proposal_id)
        recs = _steps(uow, p)
        state = _batch_state(p, recs)
        step = steps.next_step(state)
        if step is None:
            raise RuleError(Problem("procedure.case_closed", "step", {"status": p.status}))
        uow.require(Role.REVIEWER if step == steps.TOWNSHIP_REVIEW else Role.CLERK)
        if not approved:
            _raise(steps.check_refuse(state, step, on, today, notes, person))
        else:
            _raise(steps.check_record(state, step, on, today, person))
        rec = next((r for r in recs if r.step == step), None)
        if rec is None:
            rec = ProposalStep(proposal_id=p.id, step=step, started_on=on)
            s.add(rec)
        rec.done_on, rec.person, rec.notes, rec.recorded_by = on, person.strip(), notes.strip(), uow.operator
        rec.result = steps.StepResult.PASSED if approved else steps.StepResult.REFUSED
        grant: BatchGrant | None = None
        s.flush()
        uow.audit("proposal_step", p.id, f"step{step}", None, {"on": on, "person": person, "result": rec.result})
        if not approved:
            p.status, p.closed_on, p.next_step = ProposalStatus.REFUSED.value, on, 0
        elif step == steps.GRANT:
            approver = next((r.person for r in recs if r.step == steps.COUNTY_DECISION and r.done_on), "") or person
            progress.check()
            progress.update(0, 0, "progress.proposal.grant", count=p.items_count)
            grant = _grant_batch(uow, p, on, approver.strip(), today)
        else:
            p.next_step = steps.next_step(_batch_state(p, _steps(uow, p))) or 0
        s.flush()
        progress.check()  # the last moment a cancel undoes the step
        uow.commit()
    detail = batch_detail(uow, proposal_id, today)
    return replace(detail, grant=grant) if grant is not None else detail


def _grant_batch(uow: UnitOfWork, p: Proposal, on: dt.date, approver: str, today: dt.date) -> BatchGrant:
    s = uow.session
    conn = s.connection()
    store.claim(conn)  # before what the households have now is read (ledger.write_decision)
    rows = s.execute(select(ProposalItem.household_id, ProposalItem.after_category, ProposalItem.after_covered,
                            ProposalItem.after_fen, ProposalItem.after_supplement_fen, Household.status,
                            ProposalItem.before_fen, ProposalItem.before_category,
                            Household.monthly_benefit_fen, Household.category, Household.head_name)
                     .join(Household, Household.id == ProposalItem.household_id)
                     .where(ProposalItem.proposal_id == p.id)).all()
    # A household cancelled meanwhile is left out, and so is one whose amount or class a
    # decision changed since the batch was computed: its item was computed from the old
    # household, and the next recompute proposes the new standard on what it is now.
    # One that a decision dated after the batch's month changed gets the batch's value
    # only for the months before that decision (the batch's one value from its month on
    # would undo it), where the ledger paid it. One in 渐退 stays in 渐退.
    receiving = HouseholdStatus.RECEIVING
    now = store.month_values(conn, p.effective_month)  # what the batch was computed against, as it is now

    def as_computed(r: Any) -> tuple[int, str]:
        v = now.get(r.household_id)
        return (v.amount_fen, v.category or r.category) if v is not None else (r.monthly_benefit_fen, r.category)

    later = store.later_decisions(conn, p.effective_month)  # the batch would write over these
    rows = [r for r in rows if r.status == receiving]
    changed = sorted((r for r in rows if as_computed(r) != (r.before_fen, r.before_category)),
                     key=lambda r: r.household_id)
    left_out = {r.household_id for r in changed}
    rows = [r for r in rows if r.household_id not in left_out]
    values: dict[int, MonthValue] = {}
    until: dict[int, dt.date] = {}
    for r in rows:
        current = now.get(r.household_id)
        if r.household_id in later and (current is None or current.status not in rules.PAID_STATUSES):
            continue  # not paid in the batch's month: its own later decision is its first
        status = LedgerStatus.GRADUAL_EXIT if current is not None and current.status is LedgerStatus.GRADUAL_EXIT \
            else LedgerStatus.RECEIVING
        values[r.household_id] = MonthValue(status, r.after_category, r.after_covered, r.after_fen,
                                            r.after_supplement_fen)
        if r.household_id in later:
            until[r.household_id] = rules.add_months(later[r.household_id], -1)
    did = ledger.write_decision(uow, DecisionKind.POLICY, p.effective_month, on, approver, values,
                                proposal_id=p.id, policy_set_id=p.policy_set_id, note=p.reason,
                                today=max(on, today),  # entered after its day: the months paid since stay
                                until=until)
    store.set_household_amounts(conn, [(v.amount_fen, v.category, hid) for hid, v in values.items()
                                       if hid not in until])
    # The classes were written in bulk SQL, which the review hooks do not see, and a class sets
    # the review cycle: the households whose class changed are rescheduled at commit, on today.
    was = {r.household_id: r.category for r in rows}
    moved = [hid for hid, v in values.items() if hid not in until and v.category != was[hid]]
    for hid in moved:
        h = s.identity_map.get(s.identity_key(Household, hid))
        if h is not None:
            s.expire(h)  # its class is read again, as just written
    reviews_schedule.as_of(s, today)
    reviews_schedule.touch(s, moved)
    p.status, p.closed_on, p.next_step, p.decision_id = ProposalStatus.GRANTED.value, on, 0, did
    kept = sorted((r for r in rows if r.household_id in later), key=lambda r: r.household_id)
    uow.audit("proposal", p.id, "grant", None, {
        "decision_id": did, "households": len(values) - len(until), "month": p.effective_month,
        "changed_meanwhile": [r.household_id for r in changed][:50],
        "until_later_decision": {str(r.household_id): later[r.household_id] for r in kept[:50]}})
    return BatchGrant(did, len(values) - len(until),
                      tuple(BatchKept(r.household_id, r.head_name, later[r.household_id],
                                      r.household_id in until) for r in kept),
                      tuple(BatchKept(r.household_id, r.head_name, None, False) for r in changed))


def _raise(problems: list[Problem]) -> None:
    errors = [x for x in problems if x.severity == "error"]
    if errors:
        raise RuleError(errors)


__all__ = ["BatchDetail", "BatchGrant", "BatchItem", "BatchKept", "ProposalInfo", "ProposalRow", "batch_detail", "batch_items", "flow_steps",
           "get_proposal", "list_proposals", "open_proposal", "propose", "propose_many", "propose_standard",
           "proposal_for_case", "Wanted",
           "record_batch_step", "start_batch_notice"]
