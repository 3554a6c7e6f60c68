"""The household withdraws its case (申请人撤回): its own outcome, not a refusal.

A withdrawal is no decision of the office: the case ends as ``withdrawn``, the household goes
back to the status it had before it applied, no 不予批准 notice (with its appeal rights) is
printed for it, and the household may apply again from the withdrawal's date."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.procedure import CaseKind, CaseStatus
from dibao_desk.models import AuditLog, Case, Household, PackageSent
from dibao_desk.services import ledger
from dibao_desk.services.procedure_results import CaseDetail
from dibao_desk.services.procedure_store import (
    _detail, _get_case, _household_values, _json, _raise, _refresh, _state, decided_snapshot,
)
from dibao_desk.services.uow import UnitOfWork, retrying


@dataclass(frozen=True)
class Withdrawal:
    """A withdrawn case as it now stands; ``at_county``: it was sent up in a cases package
    and waits for the county's decision, so the county must be told (the next cases package
    no longer lists it)."""

    detail: CaseDetail
    at_county: bool
    household_status: str  # the status the household went back to


@retrying
def withdraw(uow: UnitOfWork, case_id: int, on: dt.date, person: str, request: str,
             today: dt.date) -> Withdrawal:
    """End an open case because the household withdrew it in writing (dated ``on``, taken by
    ``person``; ``request`` notes the written request). A new application's household goes
    back to the status it had before applying; a change or cancellation leaves it receiving."""
    uow.require(Role.CLERK)
    with uow:
        case = _get_case(uow, case_id, lock=True)
        _raise(rules.check_withdraw(_state(case), on, today, person, request))
        at_county = _at_county(uow, case)
        person, request = person.strip(), request.strip()
        step = case.next_step or None
        case.status = CaseStatus.WITHDRAWN
        case.closed_on = on
        _refresh(case)
        ledger.record_case_refused(uow, case.id, on)  # a proposal the case carried is not granted
        h = case.household
        if case.kind == CaseKind.NEW:
            before = _household_values(h)
            h.status = _status_before_applying(uow, h, case)
            uow.audit("household", h.id, "status", before, _household_values(h))
        withdrawal = {"on": on, "person": person, "request": request, "step": step, "at_county": at_county}
        case.decided_json = _json(decided_snapshot(h, "withdraw", on) | {"withdrawal": withdrawal})
        uow.audit("case", case.id, "withdraw", {"status": CaseStatus.OPEN, "next_step": step},
                  {"status": CaseStatus.WITHDRAWN} | withdrawal)
        uow.commit()
        return Withdrawal(_detail(uow, case, today), at_county, h.status)


def _status_before_applying(uow: UnitOfWork, h: Household, case: Case) -> str:
    """The household's status before this application set it to applying (from the audit row
    the opening wrote); registered when no such row is found."""
    rows = uow.session.scalars(
        select(AuditLog.before).where(AuditLog.entity == "household", AuditLog.entity_id == h.id,
                                      AuditLog.action == "status")
        .order_by(AuditLog.id.desc()).limit(50))
    for text in rows:
        try:
            status = (json.loads(text or "{}") or {}).get("status")
        except ValueError:
            continue
        if status and status != HouseholdStatus.APPLYING:
            return str(status)
    return HouseholdStatus.REGISTERED


def _at_county(uow: UnitOfWork, case: Case) -> bool:
    """The case waits for the county's decision and a cases package went up since it got there."""
    if case.next_step != rules.COUNTY_DECISION:
        return False
    ready = [r.done_on for r in case.steps if r.active and r.done_on is not None]
    since = max(ready) if ready else case.opened_on
    sent = uow.session.scalars(select(PackageSent.created_at).where(PackageSent.kind == "cases")).all()
    return any(at.date() >= since for at in sent)


__all__ = ["Withdrawal", "withdraw"]
