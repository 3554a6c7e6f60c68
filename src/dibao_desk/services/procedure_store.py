"""The procedure's store as its services see it: a case's records read into rules and results,
the list columns kept in step, audit values, and the figures the policy gives."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any


from dibao_desk import messages
from dibao_desk.domain import procedure as rules
from dibao_desk.domain.procedure_steps import CountyDecisionData, TownshipReviewData
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Case, CaseStep, Household, NoticeObjection
from dibao_desk.services import benefit, policy, relatives
from dibao_desk.services.uow import UnitOfWork
from dibao_desk.services.procedure_results import CaseDetail, CaseInfo, ObjectionInfo, ReviewItemInfo, StepInfo


# Fields every step record has; the rest of a step's data is kept as JSON.
COMMON_FIELDS = ("on", "person", "notes")

# Benefit classes offered when the office has entered no policy yet (examples, seed 003/004).
EXAMPLE_CATEGORIES = ("class1", "class2", "class3")


# ---- figures from the policy and the benefit -----------------------------------------

def notice_days(uow: UnitOfWork, day: dt.date) -> int:
    """Public-notice days in force on ``day``: from the policy figures; the example figure
    only when the office has entered no policy yet."""
    found = policy.policy_in_force(uow, day)
    return found.figures.notice_days if found is not None else rules.EXAMPLE_NOTICE_DAYS


def benefit_categories(uow: UnitOfWork, day: dt.date) -> tuple[str, ...]:
    """Benefit classes the grant may choose from (the classes of the policy in force)."""
    found = policy.policy_in_force(uow, day)
    return tuple(found.figures.class_amounts) if found is not None else EXAMPLE_CATEGORIES


def class_amounts(uow: UnitOfWork, day: dt.date) -> dict[str, int]:
    """Each benefit class of the policy in force on ``day`` with its monthly amount per person
    when that policy grants by class (分类施保); 0 when it does not (补差: the class says how
    often the household is reviewed) or no policy is in force."""
    found = policy.policy_in_force(uow, day)
    if found is None:
        return dict.fromkeys(EXAMPLE_CATEGORIES, 0)
    by_class = found.figures.method == "class"
    return {code: fen if by_class else 0 for code, fen in found.figures.class_amounts.items()}


def _assessment(uow: UnitOfWork, household_id: int, month: dt.date) -> tuple[str, int, str, bool] | None:
    """(class, monthly fen, explanation, eligible) from the benefit assessment; None without a policy."""
    try:
        result = benefit.assess(uow, household_id, month)
    except RuleError:
        return None
    category = result.category or result.suggested_category or ""
    return category, result.amount_fen, result.text, result.eligible


# ---- helpers ---------------------------------------------------------------------------

def _json(value: Any) -> str:
    if not value:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _load(text: str) -> dict[str, Any]:
    return json.loads(text) if text else {}


def _get_case(uow: UnitOfWork, case_id: int, lock: bool = False) -> Case:
    """The case; ``lock``: for writing its next record. On PostgreSQL the case's row is locked
    and read again, so another clerk recording a step on it meanwhile waits for this
    transaction and then decides from what it wrote (one 乡镇审核, one grant), instead of both
    deciding from the same older records."""
    case = uow.session.get(Case, case_id, with_for_update=lock or None, populate_existing=lock)
    if case is None:
        raise RuleError(Problem("procedure.case_missing", "case_id", {"id": case_id}))
    return case


def _active(case: Case, step: int) -> CaseStep | None:
    found = None
    for rec in case.steps:
        if rec.active and rec.step == step:
            found = rec
    return found


def _state(case: Case) -> rules.CaseState:
    open_by_step: dict[int, int] = {}
    latest_by_step: dict[int, dt.date] = {}
    for o in case.objections:
        if o.resolved_on is None:
            open_by_step[o.step] = open_by_step.get(o.step, 0) + 1
        latest = max(d for d in (o.received_on, o.resolved_on) if d is not None)
        latest_by_step[o.step] = max(latest, latest_by_step.get(o.step, latest))
    steps = tuple(
        rules.StepState(step=r.step, started_on=r.started_on, window_end=r.window_end, done_on=r.done_on,
                        result=r.result, open_objections=open_by_step.get(r.step, 0),
                        objections_on=latest_by_step.get(r.step))
        for r in case.steps if r.active)
    set_aside = [r.done_on for r in case.steps if not r.active and r.done_on is not None]
    set_aside += [day for day in (_returned_on(r) for r in case.steps if not r.active) if day is not None]
    return rules.CaseState(kind=case.kind, status=case.status, steps=steps, opened_on=case.opened_on,
                           custom_flow=rules.parse_flow(case.flow or ""),
                           set_aside_on=max(set_aside) if set_aside else None)


case_state = _state  # for the store check


def _returned_on(r: CaseStep) -> dt.date | None:
    """The day a 乡镇审核 record was sent back (退回乡镇审核): a step redone comes after it."""
    if r.step != rules.TOWNSHIP_REVIEW or not r.data_json:
        return None
    return TownshipReviewData.parse(_load(r.data_json)).returned_on


def _refresh(case: Case) -> None:
    """Keep the list columns of a case in step with its records."""
    for name, value in list_columns(_state(case)).items():
        setattr(case, name, value)


def list_columns(state: rules.CaseState) -> dict[str, Any]:
    """The list columns of a case whose records are ``state`` (``_refresh``; a batch writing
    them for many cases at once)."""
    step = rules.next_step(state)
    # The current step's start when it runs over days (a notice; an opened review).
    rec = state.record(step) if step in rules.NOTICE_STAGE or step == rules.DEMOCRATIC_REVIEW else None
    return {"next_step": step or 0, "notice_start": rec.started_on if rec else None,
            "notice_end": rec.window_end if rec else None,
            "open_objections": rec.open_objections if rec else 0}


def _raise(problems: list[Problem]) -> None:
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise RuleError(errors)


def _info(case: Case) -> CaseInfo:
    # a 事由 stored as a code (an older store's 渐退期满 case) reads in words
    return CaseInfo(case.id, case.household_id, case.kind, case.status, messages.given_reason(case.reason),
                    case.opened_on,
                    case.next_step or None, _load(case.before_json), _load(case.after_json),
                    case.special_case or "", _load(case.decided_json or ""))


def _step_info(r: CaseStep) -> StepInfo:
    return StepInfo(r.id, r.step, r.active, r.started_on, r.window_end, r.done_on, r.person, r.result,
                    r.notes, _load(r.data_json))


def _objection_info(o: NoticeObjection) -> ObjectionInfo:
    return ObjectionInfo(o.id, o.case_id, o.step, o.received_on, o.channel, o.content, o.resolved_on,
                         o.result, o.note)


def _step_audit(r: CaseStep) -> dict[str, Any]:
    return {"step": r.step, "code": rules.STEP_CODES[r.step], "started_on": r.started_on,
            "window_end": r.window_end, "done_on": r.done_on, "person": r.person, "result": r.result,
            "notes": r.notes, "data": _load(r.data_json), "active": r.active}


def _household_values(h: Household) -> dict[str, Any]:
    return {"status": h.status, "category": h.category, "monthly_benefit_fen": h.monthly_benefit_fen,
            "benefit_start": h.benefit_start, "covered_count": h.covered_count}


def decided_snapshot(h: Household, decision: str, on: dt.date | None) -> dict[str, Any]:
    """The household as it stands when its case is granted or refused: members, incomes,
    property, supporters, the income summary, class and amount (kept with the case, JSON)."""
    from dibao_desk.domain import household as hh
    from dibao_desk.services import households

    draft = households.to_draft(h)
    summary = hh.income_summary(draft)
    names = [m.name for m in draft.members]
    return {
        "decision": decision, "on": on, "status": h.status, "category": h.category,
        "monthly_benefit_fen": h.monthly_benefit_fen, "benefit_start": h.benefit_start,
        "village": h.village.name if h.village else "", "hukou_type": h.hukou_type,
        "poverty_cause": draft.poverty_cause, "sanwu": draft.sanwu,
        "members": [{"name": m.name, "id_number": m.id_number, "relation": m.relation,
                     "disability_grade": m.disability_grade, "serious_illness": m.serious_illness,
                     "work_capacity": m.work_capacity, "employment": m.employment, "covered": m.covered,
                     "self_care": m.self_care, "health": m.health, "person_status": m.person_status}
                    for m in draft.members],
        "incomes": [{"kind": i.kind, "amount_fen": i.amount_fen, "note": i.note,
                     "member": names[i.member_index] if i.member_index is not None else ""} for i in draft.incomes],
        "properties": [{"kind": p.kind, "value_fen": p.value_fen, "area_m2_x100": p.area_m2_x100,
                        "quantity": p.quantity, "note": p.note} for p in draft.properties],
        "supporters": [{"name": sp.name, "relation": sp.relation, "duty": sp.duty,
                        "support_paid_fen": sp.support_paid_fen} for sp in draft.supporters],
        "income": {"total_fen": summary.total_fen, "deduction_fen": summary.deduction_fen,
                   "counted_fen": summary.counted_fen, "persons": summary.persons,
                   "covered_persons": summary.covered_persons, "per_capita_fen": summary.per_capita_fen},
    }


def _require_text(value: str, code: str, field_: str) -> list[Problem]:
    return [] if str(value or "").strip() else [Problem(code, field_)]


def case_step_on(case: Case, step: int) -> dt.date | None:
    rec = _active(case, step)
    return rec.done_on if rec else None


def _detail(uow: UnitOfWork, case: Case, today: dt.date) -> CaseDetail:
    h = case.household
    state = _state(case)
    current = {r.step: _step_info(r) for r in case.steps if r.active}
    review = _active(case, rules.DEMOCRATIC_REVIEW)
    items = tuple(ReviewItemInfo(i.key, i.kind, i.label, i.detail, i.objection)
                  for i in (review.review_items if review else []))
    return CaseDetail(
        info=_info(case), head_name=h.head_name, village=h.village.name if h.village else "",
        village_id=h.village_id, hukou_type=h.hukou_type, household_status=h.status,
        covered_count=h.covered_count, category=h.category, monthly_benefit_fen=h.monthly_benefit_fen,
        flow=state.flow, steps=tuple(_step_info(r) for r in case.steps), current=current,
        next_step=rules.next_step(state), waiting=rules.waiting(state, today),
        objections=tuple(_objection_info(o) for o in case.objections), review_items=items,
        refused_reason=case.refused_reason, closed_on=case.closed_on,
        proposed_category=case.proposed_category, proposed_fen=case.proposed_fen,
        special=_special(case), filings=tuple(relatives.marks(uow.session, h.id)))


def _special(case: Case) -> rules.CollectiveDecision | None:
    """The collective decision a special case was approved by (None for any other case)."""
    if not case.special_case:
        return None
    rec = _active(case, rules.COUNTY_DECISION)
    return CountyDecisionData.parse(_load(rec.data_json)).special_case if rec else None
