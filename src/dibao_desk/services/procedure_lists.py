"""Reading cases: one case in full, the case list with what each waits for, counts by step,
a case's audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.procedure import CaseStatus
from dibao_desk.models import Case, Household, Village
from dibao_desk.models.registers import filed_household_ids
from dibao_desk.services.uow import UnitOfWork
from dibao_desk.services.procedure_results import CaseDetail, CaseInfo, CaseRow
from dibao_desk.services.procedure_store import _detail, _get_case, _info


# ---- reading -----------------------------------------------------------------------------

def get_case(uow: UnitOfWork, case_id: int, today: dt.date | None = None) -> CaseDetail:
    with uow:
        return _detail(uow, _get_case(uow, case_id), today or dt.date.today())


def case_for_household(uow: UnitOfWork, household_id: int) -> CaseInfo | None:
    """The household's open case, or its latest one."""
    with uow:
        case = uow.session.scalars(select(Case).where(Case.household_id == household_id)
                                   .order_by((Case.status == CaseStatus.OPEN).desc(), Case.id.desc())).first()
        return _info(case) if case else None


def _row_waiting(status: str, next_step: int, start: dt.date | None, end: dt.date | None, open_objections: int,
                 today: dt.date) -> rules.Waiting:
    if status != CaseStatus.OPEN or not next_step:
        return rules.Waiting("none", None, f"waiting.{status}")
    rec = rules.StepState(next_step, started_on=start, window_end=end, open_objections=open_objections) \
        if start is not None else None
    return rules.waiting_at(next_step, rec, today)


def list_cases(uow: UnitOfWork, step: int | None = None, kind: str | None = None,
               status: str | None = CaseStatus.OPEN, today: dt.date | None = None,
               village_id: int | None = None) -> list[CaseRow]:
    """Cases (open ones by default), with what each waits for, by step then date opened."""
    today = today or dt.date.today()
    stmt = (select(Case.id, Case.household_id, Household.head_name, Village.name, Case.kind, Case.status,
                   Case.next_step, Case.opened_on, Case.notice_start, Case.notice_end, Case.open_objections,
                   Case.special_case)
            .join(Household, Case.household_id == Household.id)
            .join(Village, Household.village_id == Village.id))
    if status:
        stmt = stmt.where(Case.status == status)
    if step is not None:
        stmt = stmt.where(Case.next_step == step)
    if kind:
        stmt = stmt.where(Case.kind == kind)
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    stmt = stmt.order_by(Case.next_step, Case.opened_on, Case.id)
    with uow:
        rows = uow.session.execute(stmt).all()
        filed = filed_household_ids(uow.session) if rows else set()  # few: every filed household
    return [CaseRow(r.id, r.household_id, r.head_name, r.name, r.kind, r.status, r.next_step or None,
                    r.opened_on, _row_waiting(r.status, r.next_step, r.notice_start, r.notice_end,
                                              r.open_objections, today), r.special_case or "",
                    r.household_id in filed)
            for r in rows]


def counts_by_step(uow: UnitOfWork) -> dict[int, int]:
    """Open cases by the step each is at."""
    with uow:
        rows = uow.session.execute(select(Case.next_step, func.count()).where(Case.status == CaseStatus.OPEN)
                                   .group_by(Case.next_step)).all()
    return {step: n for step, n in rows}


def audit_trail(uow: UnitOfWork, case_id: int) -> list[dict[str, Any]]:
    """The audit rows of a case's steps, oldest first (for the case page's history)."""
    from dibao_desk.models import AuditLog

    with uow:
        rows = uow.session.scalars(select(AuditLog).where(
            AuditLog.entity.in_(("case", "case_step")), AuditLog.entity_id == case_id)
            .order_by(AuditLog.id)).all()
        return [{"at": a.at, "operator": a.operator, "entity": a.entity, "action": a.action,
                 "after": a.after} for a in rows]
