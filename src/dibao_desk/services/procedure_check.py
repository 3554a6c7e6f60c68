"""Is the procedure state of the store consistent? Used by the store check (``check``).

A case's list columns must agree with its step records, an open case must have a step
to wait for and a closed one none, a household has at most one open case, an open
application keeps its household 申请中, a case that ended in a grant has its grant
record, a refused case its refusal, and a case approved by the township for a benefit
proposes an amount the grant can give. Each finding is a ``Problem`` code with the case
and household; the words are in ``messages``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.problems import Problem
from dibao_desk.domain.procedure import CaseKind, CaseStatus, StepResult
from dibao_desk.models import Case, CaseStep, Household, PackageSent
from dibao_desk.services.procedure_store import case_state
from dibao_desk.services.uow import UnitOfWork

# Enough to point at the trouble without flooding the report.
LIMIT = 20


def _problems(code: str, rows: Iterable[tuple[int, int]]) -> list[Problem]:
    return [Problem(code, "case", {"case_id": cid, "household_id": hid}) for cid, hid in rows]


def check(uow: UnitOfWork) -> list[Problem]:
    """What is inconsistent in the cases, at most ``LIMIT`` findings of each kind."""
    found: list[Problem] = []
    with uow:
        s = uow.session
        twice = s.execute(select(Case.household_id).where(Case.status == CaseStatus.OPEN)
                          .group_by(Case.household_id).having(func.count() > 1).limit(LIMIT)).scalars()
        found += [Problem("check.case.two_open", "case", {"household_id": hid}) for hid in twice]
        found += _problems("check.case.open_without_step", s.execute(
            select(Case.id, Case.household_id).where(Case.status == CaseStatus.OPEN, Case.next_step == 0).limit(LIMIT)))
        found += _problems("check.case.closed_with_step", s.execute(
            select(Case.id, Case.household_id).where(
                Case.status.in_((CaseStatus.DONE, CaseStatus.REFUSED, CaseStatus.WITHDRAWN)),
                (Case.next_step != 0) | Case.closed_on.is_(None)).limit(LIMIT)))
        found += _problems("check.case.unknown_status", s.execute(
            select(Case.id, Case.household_id).where(
                Case.status.not_in(rules.CASE_STATUSES) | Case.kind.not_in(rules.KINDS)).limit(LIMIT)))
        found += _problems("check.case.household_not_applying", s.execute(
            select(Case.id, Case.household_id).join(Household, Case.household_id == Household.id)
            .where(Case.status == CaseStatus.OPEN, Case.kind == CaseKind.NEW,
                   Household.status != HouseholdStatus.APPLYING)
            .limit(LIMIT)))
        granted = select(CaseStep.case_id).where(CaseStep.step == rules.GRANT, CaseStep.active.is_(True),
                                                 CaseStep.result == StepResult.PASSED)
        found += _problems("check.case.done_without_grant", s.execute(
            select(Case.id, Case.household_id).where(Case.status == CaseStatus.DONE, Case.id.not_in(granted))
            .limit(LIMIT)))
        refusals = select(CaseStep.case_id).where(CaseStep.result == StepResult.REFUSED)
        found += _problems("check.case.refused_without_step", s.execute(
            select(Case.id, Case.household_id).where(Case.status == CaseStatus.REFUSED, Case.id.not_in(refusals))
            .limit(LIMIT)))
        waiting = (Case.kind == CaseKind.NEW) & Case.next_step.in_(AT_COUNTY)
        found += _problems("check.case.proposed_nothing", s.execute(
            select(Case.id, Case.household_id).where(
                Case.status == CaseStatus.OPEN, Case.kind != CaseKind.CANCEL, Case.proposed_category != "",
                Case.proposed_fen <= 0, ~waiting).limit(LIMIT)))
        found += _without_proposal(uow)
        found += _stale_list_columns(uow)
    return found


# A new case past 乡镇审核: on its 二榜 notice or waiting for the county's decision.
AT_COUNTY = (rules.NOTICE_2, rules.COUNTY_DECISION)


def _without_proposal(uow: UnitOfWork) -> list[Problem]:
    """New cases on their way to the county, or there already, without the proposed class or
    amount the county approves as they are. 乡镇审核 now refuses such a record; a store of an
    older version may hold one. Said by case number and head, and whether a cases package
    has gone up since the case was ready for the county (the county then holds it blank)."""
    s = uow.session
    rows = s.execute(
        select(Case.id, Case.household_id, Household.head_name, Case.next_step)
        .join(Household, Case.household_id == Household.id)
        .where(Case.status == CaseStatus.OPEN, Case.kind == CaseKind.NEW, Case.next_step.in_(AT_COUNTY),
               (func.coalesce(Case.proposed_category, "") == "") | (func.coalesce(Case.proposed_fen, 0) <= 0))
        .order_by(Case.id).limit(LIMIT)).all()
    if not rows:
        return []
    sent = [at.date() for at in s.scalars(select(PackageSent.created_at).where(PackageSent.kind == "cases"))]
    found = []
    for case_id, household_id, head, step in rows:
        ready = s.scalar(select(func.max(CaseStep.done_on)).where(
            CaseStep.case_id == case_id, CaseStep.active.is_(True), CaseStep.step == rules.TOWNSHIP_REVIEW))
        gone = step == rules.COUNTY_DECISION and ready is not None and any(day >= ready for day in sent)
        found.append(Problem("check.case.no_proposal_sent" if gone else "check.case.no_proposal", "case",
                             {"case_id": case_id, "household_id": household_id, "head": head}))
    return found


def county_check(uow: UnitOfWork) -> list[Problem]:
    """In a county office's store: new cases a township sent, still awaiting the decision,
    without a proposed class or amount (sent by an older version of the township's program)."""
    from dibao_desk.domain.county import CountyCaseStatus
    from dibao_desk.models.dialect import code_point
    from dibao_desk.models.exchange import CountyCase, CountyTownship

    with uow:
        rows = uow.session.execute(
            select(CountyTownship.name, CountyCase.case_ref, CountyCase.head_name)
            .join(CountyTownship, CountyCase.township_id == CountyTownship.id)
            .where(CountyCase.status == CountyCaseStatus.AWAITING, CountyCase.kind == CaseKind.NEW,
                   (CountyCase.proposed_category == "") | (CountyCase.proposed_fen <= 0))
            .order_by(code_point(CountyTownship.name), CountyCase.id).limit(LIMIT)).all()
    return [Problem("check.county_case.no_proposal", "case", {"township": t, "case_ref": ref, "head": head})
            for t, ref, head in rows]


def _stale_list_columns(uow: UnitOfWork) -> list[Problem]:
    """Open cases whose next step, as stored for the list, is not what their records say."""
    stale: list[Problem] = []
    cases = uow.session.scalars(select(Case).where(Case.status == CaseStatus.OPEN)
                                .options(selectinload(Case.steps), selectinload(Case.objections)))
    for case in cases:
        state = case_state(case)
        if case.kind in rules.FLOWS and (rules.next_step(state) or 0) != case.next_step:
            stale.append(Problem("check.case.stale_step", "case", {
                "case_id": case.id, "household_id": case.household_id, "stored": case.next_step,
                "expected": rules.next_step(state) or 0}))
            if len(stale) >= LIMIT:
                break
    return stale
