"""Opening a case: a new application (and its receipt, step 1), a change or a cancellation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.procedure import CaseKind, CaseStatus
from dibao_desk.models import Case, Household
from dibao_desk.services import blacklist
from dibao_desk.services.uow import UnitOfWork, retrying
from dibao_desk.services.procedure_results import CaseDetail, CaseInfo
from dibao_desk.services.procedure_store import (
    _detail, _get_case, _household_values, _info, _json, _raise, _refresh, _require_text,
)
from dibao_desk.services.procedure_record import _record


# ---- opening a case --------------------------------------------------------------------

# A household may apply when it is not receiving; "applying" without an open case
# happens when a roster was imported mid-procedure.
NEW_FROM = (HouseholdStatus.REGISTERED, HouseholdStatus.APPLYING, HouseholdStatus.REFUSED,
            HouseholdStatus.CANCELLED)


@retrying
def open_case(uow: UnitOfWork, household_id: int, kind: str, reason: str, opened_on: dt.date,
              before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
              today: dt.date | None = None) -> CaseInfo:
    """Open a case: a new application (新增), or a change (变更) or cancellation (取消)
    of a household receiving benefit. ``before``/``after`` hold the values a change
    or cancellation is about (e.g. {"category": "class2", "monthly_benefit_fen": 31000});
    ``before`` defaults to the household's current values.

    A change or cancellation is a proposal (services.proposals): its case runs through the
    steps the policy in force names for its kind (``flow_change`` / ``flow_cancel``), from
    the month after ``opened_on``; nothing about the money changes before its grant.
    ``today`` (the window's and the command's): a case is not opened on a later day."""
    uow.require(Role.CLERK)
    if today is not None and opened_on > today:
        raise RuleError(Problem("procedure.future_date", "on", {"date": opened_on, "today": today}))
    if kind in (CaseKind.CHANGE, CaseKind.CANCEL):
        from dibao_desk.domain.ledger import ProposalKind, add_months, month_of
        from dibao_desk.services import proposals

        after = dict(after or {})
        with uow:
            _open_checks(uow, household_id, kind, reason or "", opened_on, lock=True)
            p = proposals.propose(
                uow, household_id, ProposalKind.OFFICE_CANCEL if kind == CaseKind.CANCEL else ProposalKind.OFFICE_CHANGE,
                reason or "", add_months(month_of(opened_on), 1), opened_on=opened_on,
                category=after.get("category") or None,
                amount_fen=None if after.get("monthly_benefit_fen") is None else int(after["monthly_benefit_fen"]),
                cancel=kind == CaseKind.CANCEL, source="office")
            assert p.case_id is not None  # a proposal from the office always opens its case
            case = _get_case(uow, p.case_id)
            uow.commit()
            return _info(case)
    with uow:
        case = _open(uow, household_id, kind, reason, opened_on, before, after)
        uow.commit()
        return _info(case)


def can_open(uow: UnitOfWork, household_id: int, kind: str, on: dt.date | None = None) -> list[Problem]:
    """Why a case of ``kind`` cannot be opened for the household now (empty: it can).
    The window asks before showing the form, so nobody fills in a form in vain."""
    with uow:
        try:
            _open_checks(uow, household_id, kind, None, on)
        except RuleError as exc:
            return exc.problems
        return []


def can_open_here(uow: UnitOfWork, household_id: int, kind: str, reason: str | None,
                  on: dt.date | None = None) -> None:
    """``can_open`` inside the caller's open unit of work: raises RuleError, writes nothing."""
    _open_checks(uow, household_id, kind, reason, on)


def _open_checks(uow: UnitOfWork, household_id: int, kind: str, reason: str | None,
                 on: dt.date | None = None, *, lock: bool = False) -> Household:
    """The problems of opening a case, raised. ``lock`` (before opening one): the household's
    row is locked and read again first (PostgreSQL), so a case opened for it at another PC
    meanwhile is waited for and then found open, instead of both finding none and each
    opening one (on SQLite the later writer is refused and run again by ``retrying``)."""
    s = uow.session
    if kind not in rules.KINDS:
        raise RuleError(Problem("procedure.kind", "kind", {"kind": kind}))
    h = s.get(Household, household_id, with_for_update=True, populate_existing=True) if lock \
        else s.get(Household, household_id)
    if h is None:
        raise RuleError(Problem("household.missing", "id", {"id": household_id}))
    existing = s.scalar(select(Case.id).where(Case.household_id == household_id, Case.status == CaseStatus.OPEN))
    if existing is not None:
        raise RuleError(Problem("procedure.case_exists", "household_id", {"case_id": existing}))
    problems: list[Problem] = []
    if kind == CaseKind.NEW and h.status not in NEW_FROM:
        problems.append(Problem("procedure.new_status", "household_id", {"status": h.status}))
    if kind == CaseKind.NEW:  # a member on the 诚信黑名单 bars the application
        problems += blacklist.application_problems(s, household_id, on or dt.date.today())
    if on is not None:  # one case at a time, also on paper (a change is not dated before the grant it changes)
        last = s.execute(select(Case.id, Case.closed_on).where(Case.household_id == household_id,
                                                               Case.closed_on.is_not(None))
                         .order_by(Case.closed_on.desc(), Case.id.desc()).limit(1)).first()
        if last is not None and last.closed_on is not None and on < last.closed_on:
            problems.append(Problem("procedure.before_last_case", "on",
                                    {"date": on, "case_id": last.id, "closed_on": last.closed_on}))
    if kind in (CaseKind.CHANGE, CaseKind.CANCEL):
        if h.status != HouseholdStatus.RECEIVING:
            problems.append(Problem("procedure.change_status", "household_id", {"status": h.status}))
        if reason is not None:
            problems += _require_text(reason, "procedure.reason_empty", "reason")
    _raise(problems)
    return h


def _open(uow: UnitOfWork, household_id: int, kind: str, reason: str, opened_on: dt.date,
          before: dict[str, Any] | None, after: dict[str, Any] | None) -> Case:
    s = uow.session
    h = _open_checks(uow, household_id, kind, reason or "", opened_on, lock=True)
    household_before = _household_values(h)
    if kind != CaseKind.NEW and before is None:
        before = {"category": h.category, "monthly_benefit_fen": h.monthly_benefit_fen,
                  "covered_count": h.covered_count}
    after = dict(after or {})
    case = Case(household_id=household_id, kind=kind, status=CaseStatus.OPEN, reason=(reason or "").strip(),
                opened_on=opened_on, before_json=_json(before), after_json=_json(after),
                proposed_category=str(after.get("category", "") or ""),
                proposed_fen=int(after.get("monthly_benefit_fen", 0) or 0))
    s.add(case)
    s.flush()
    _refresh(case)
    if kind == CaseKind.NEW:
        h.status = HouseholdStatus.APPLYING
        uow.audit("household", h.id, "status", household_before, _household_values(h))
    uow.audit("case", case.id, "open", None, {
        "household_id": household_id, "kind": kind, "reason": case.reason, "opened_on": opened_on,
        "before": before, "after": after})
    return case


@retrying
def receive_application(uow: UnitOfWork, household_id: int, data: dict[str, Any], today: dt.date) -> CaseDetail:
    """Step 1 at the window: open a new application and record it received, in one go."""
    uow.require(Role.CLERK)  # as opening any case
    with uow:
        on = data.get("on") or today
        case = _open(uow, household_id, CaseKind.NEW, str(data.get("reason", "")), on, None, None)
        _record(uow, case, rules.APPLICATION, data, today)
        uow.commit()
        return _detail(uow, case, today)
