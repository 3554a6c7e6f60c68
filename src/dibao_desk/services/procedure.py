"""The procedure (三环节十步骤): open cases, record steps, notices and objections,
the county's decision and the grant; list cases and what each waits for.

Every function is one transaction and leaves an audit row for what it changed.
Dates are given by the caller (``today``); nothing here reads the clock except
where a caller from outside the window (a county decision file) gives none.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case as sa_case, func, select

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Case, CaseStep, Household, NoticeObjection, ReviewItemRecord, Village
from dibao_desk.models.registers import filed_household_ids
from dibao_desk.services import benefit, blacklist, ledger, policy, relatives
from dibao_desk.services.uow import UnitOfWork

# Fields every step record has; the rest of a step's data is kept as JSON.
COMMON_FIELDS = ("on", "person", "notes")

# Benefit classes offered when the office has entered no policy yet (examples, seed 003/004).
EXAMPLE_CATEGORIES = ("class1", "class2", "class3")


# ---- results -------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseInfo:
    id: int
    household_id: int
    kind: str
    status: str
    reason: str
    opened_on: dt.date
    next_step: int | None
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)
    special_case: str = ""  # approved as a special case by collective decision: its kind
    decided: dict = field(default_factory=dict)  # the household as it was decided (``decided_snapshot``)


@dataclass(frozen=True)
class StepInfo:
    id: int
    step: int
    active: bool
    started_on: dt.date | None
    window_end: dt.date | None
    done_on: dt.date | None
    person: str
    result: str
    notes: str
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ObjectionInfo:
    id: int
    case_id: int
    step: int
    received_on: dt.date
    channel: str
    content: str
    resolved_on: dt.date | None
    result: str
    note: str

    @property
    def resolved(self) -> bool:
        return self.resolved_on is not None


@dataclass(frozen=True)
class ReviewItemInfo:
    key: str
    kind: str
    label: str
    detail: str
    objection: str = ""


@dataclass(frozen=True)
class CaseDetail:
    info: CaseInfo
    head_name: str
    village: str
    village_id: int
    hukou_type: str
    household_status: str
    covered_count: int
    category: str
    monthly_benefit_fen: int
    flow: tuple[int, ...]
    steps: tuple[StepInfo, ...]  # every record, superseded ones too, in the order recorded
    current: dict[int, StepInfo]  # step -> its current record
    next_step: int | None
    waiting: rules.Waiting
    objections: tuple[ObjectionInfo, ...]
    review_items: tuple[ReviewItemInfo, ...]
    refused_reason: str
    closed_on: dt.date | None
    proposed_category: str
    proposed_fen: int
    special: rules.CollectiveDecision | None = None  # approved as a special case by collective decision
    # 备案: members who are registered close relatives of staff or cadres (empty: not marked)
    filings: tuple[relatives.FilingMark, ...] = ()


@dataclass(frozen=True)
class CaseRow:
    id: int
    household_id: int
    head_name: str
    village: str
    kind: str
    status: str
    next_step: int | None
    opened_on: dt.date
    waiting: rules.Waiting
    special_case: str = ""  # approved as a special case by collective decision: its kind
    filed: bool = False  # 备案: a member is a registered close relative of staff or a cadre


@dataclass(frozen=True)
class NoticeEntry:
    """One household on a public notice: only what bears on the benefit (seed 001)."""

    case_id: int
    household_id: int
    village_id: int
    village: str
    head_name: str
    persons: int
    category: str
    monthly_fen: int
    kind: str  # new | change | cancel (新增 / 变更 / 取消)
    start: dt.date
    end: dt.date
    decided: bool = True  # False: class and amount not proposed yet (the first notice)
    special_case: str = ""  # for the office's eyes: public notices never print it (it may name an illness)


@dataclass(frozen=True)
class NoticePosting:
    """The cases of one stage posted together on one day: one noticeboard list."""

    start: dt.date
    end: dt.date
    cases: int
    on_notice: int  # of them, still on the board (the notice not closed)


@dataclass(frozen=True)
class LongTermEntry:
    household_id: int
    village_id: int
    village: str
    head_name: str
    persons: int
    category: str
    monthly_fen: int
    benefit_start: dt.date | None


@dataclass(frozen=True)
class GrantSuggestion:
    start_month: dt.date
    category: str
    monthly_fen: int
    source: str  # assessment | proposed | household | none
    explanation: str = ""
    eligible: bool | None = None  # what the means test says (None: no assessment)


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


def _load(text: str) -> dict:
    return json.loads(text) if text else {}


def _get_case(uow: UnitOfWork, case_id: int) -> Case:
    case = uow.session.get(Case, case_id)
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
    for o in case.objections:
        if o.resolved_on is None:
            open_by_step[o.step] = open_by_step.get(o.step, 0) + 1
    steps = tuple(
        rules.StepState(step=r.step, started_on=r.started_on, window_end=r.window_end, done_on=r.done_on,
                        result=r.result, open_objections=open_by_step.get(r.step, 0))
        for r in case.steps if r.active)
    return rules.CaseState(kind=case.kind, status=case.status, steps=steps, opened_on=case.opened_on,
                           custom_flow=rules.parse_flow(case.flow or ""))


case_state = _state  # for the store check


def _refresh(case: Case) -> None:
    """Keep the list columns of a case in step with its records."""
    state = _state(case)
    step = rules.next_step(state)
    case.next_step = step or 0
    # The current step's start when it runs over days (a notice; an opened review).
    rec = state.record(step) if step in rules.NOTICE_STAGE or step == rules.DEMOCRATIC_REVIEW else None
    case.notice_start = rec.started_on if rec else None
    case.notice_end = rec.window_end if rec else None
    case.open_objections = rec.open_objections if rec else 0


def _raise(problems: list[Problem]) -> None:
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise RuleError(errors)


def _info(case: Case) -> CaseInfo:
    return CaseInfo(case.id, case.household_id, case.kind, case.status, case.reason, case.opened_on,
                    case.next_step or None, _load(case.before_json), _load(case.after_json),
                    case.special_case or "", _load(case.decided_json or ""))


def _step_info(r: CaseStep) -> StepInfo:
    return StepInfo(r.id, r.step, r.active, r.started_on, r.window_end, r.done_on, r.person, r.result,
                    r.notes, _load(r.data_json))


def _objection_info(o: NoticeObjection) -> ObjectionInfo:
    return ObjectionInfo(o.id, o.case_id, o.step, o.received_on, o.channel, o.content, o.resolved_on,
                         o.result, o.note)


def _step_audit(r: CaseStep) -> dict:
    return {"step": r.step, "code": rules.STEP_CODES[r.step], "started_on": r.started_on,
            "window_end": r.window_end, "done_on": r.done_on, "person": r.person, "result": r.result,
            "notes": r.notes, "data": _load(r.data_json), "active": r.active}


def _household_values(h: Household) -> dict:
    return {"status": h.status, "category": h.category, "monthly_benefit_fen": h.monthly_benefit_fen,
            "benefit_start": h.benefit_start, "covered_count": h.covered_count}


def decided_snapshot(h: Household, decision: str, on: dt.date | None) -> dict:
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


# ---- opening a case --------------------------------------------------------------------

# A household may apply when it is not receiving; "applying" without an open case
# happens when a roster was imported mid-procedure.
NEW_FROM = ("registered", "applying", "refused", "cancelled")


def open_case(uow: UnitOfWork, household_id: int, kind: str, reason: str, opened_on: dt.date,
              before: dict | None = None, after: dict | None = None) -> CaseInfo:
    """Open a case: a new application (新增), or a change (变更) or cancellation (取消)
    of a household receiving benefit. ``before``/``after`` hold the values a change
    or cancellation is about (e.g. {"category": "class2", "monthly_benefit_fen": 31000});
    ``before`` defaults to the household's current values.

    A change or cancellation is a proposal (services.proposals): its case runs through the
    steps the policy in force names for its kind (``flow_change`` / ``flow_cancel``), from
    the month after ``opened_on``; nothing about the money changes before its grant."""
    uow.require(Role.CLERK)
    if kind in ("change", "cancel"):
        from dibao_desk.domain.ledger import ProposalKind, add_months, month_of
        from dibao_desk.services import proposals

        after = dict(after or {})
        with uow:
            _open_checks(uow, household_id, kind, reason or "", opened_on)
            p = proposals.propose(
                uow, household_id, ProposalKind.OFFICE_CANCEL if kind == "cancel" else ProposalKind.OFFICE_CHANGE,
                reason or "", add_months(month_of(opened_on), 1), opened_on=opened_on,
                category=after.get("category") or None,
                amount_fen=None if after.get("monthly_benefit_fen") is None else int(after["monthly_benefit_fen"]),
                cancel=kind == "cancel", source="office")
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
                 on: dt.date | None = None) -> Household:
    s = uow.session
    if kind not in rules.KINDS:
        raise RuleError(Problem("procedure.kind", "kind", {"kind": kind}))
    h = s.get(Household, household_id)
    if h is None:
        raise RuleError(Problem("household.missing", "id", {"id": household_id}))
    existing = s.scalar(select(Case.id).where(Case.household_id == household_id, Case.status == "open"))
    if existing is not None:
        raise RuleError(Problem("procedure.case_exists", "household_id", {"case_id": existing}))
    problems: list[Problem] = []
    if kind == "new" and h.status not in NEW_FROM:
        problems.append(Problem("procedure.new_status", "household_id", {"status": h.status}))
    if kind == "new":  # a member on the 诚信黑名单 bars the application
        problems += blacklist.application_problems(s, household_id, on or dt.date.today())
    if kind in ("change", "cancel"):
        if h.status != "receiving":
            problems.append(Problem("procedure.change_status", "household_id", {"status": h.status}))
        if reason is not None:
            problems += _require_text(reason, "procedure.reason_empty", "reason")
    _raise(problems)
    return h


def _open(uow: UnitOfWork, household_id: int, kind: str, reason: str, opened_on: dt.date,
          before: dict | None, after: dict | None) -> Case:
    s = uow.session
    h = _open_checks(uow, household_id, kind, reason or "", opened_on)
    household_before = _household_values(h)
    if kind != "new" and before is None:
        before = {"category": h.category, "monthly_benefit_fen": h.monthly_benefit_fen,
                  "covered_count": h.covered_count}
    after = dict(after or {})
    case = Case(household_id=household_id, kind=kind, status="open", reason=(reason or "").strip(),
                opened_on=opened_on, before_json=_json(before), after_json=_json(after),
                proposed_category=str(after.get("category", "") or ""),
                proposed_fen=int(after.get("monthly_benefit_fen", 0) or 0))
    s.add(case)
    s.flush()
    _refresh(case)
    if kind == "new":
        h.status = "applying"
        uow.audit("household", h.id, "status", household_before, _household_values(h))
    uow.audit("case", case.id, "open", None, {
        "household_id": household_id, "kind": kind, "reason": case.reason, "opened_on": opened_on,
        "before": before, "after": after})
    return case


def receive_application(uow: UnitOfWork, household_id: int, data: dict, today: dt.date) -> CaseDetail:
    """Step 1 at the window: open a new application and record it received, in one go."""
    with uow:
        on = data.get("on") or today
        case = _open(uow, household_id, "new", str(data.get("reason", "")), on, None, None)
        _record(uow, case, rules.APPLICATION, data, today)
        uow.commit()
        return _detail(uow, case, today)


# ---- recording steps -------------------------------------------------------------------

def record_step(uow: UnitOfWork, case_id: int, step: int, data: dict, today: dt.date) -> CaseDetail:
    """Record ``step`` of the case as done; the case moves on (or back, or ends).

    ``data``: ``on`` (date, default today), ``person``, ``notes`` and per step:
    1 ``declaration_signed``, ``authorisation_signed``; 2 ``investigator_signed``,
    ``applicant_signed``, ``findings``; 3 ``place``, ``attendees``, ``objections``
    ({item key: reason}), ``outcome`` (pass/return/refuse), ``reason``; 6 optional
    proposed ``category``, ``monthly_fen``; 8 ``approved``, ``reason``, ``sampled``;
    10 ``start_month``, ``category``, ``monthly_fen``. Notice steps (4, 7, 9) are
    started with ``start_notice`` and closed here."""
    uow.require(Role.REVIEWER if step == rules.TOWNSHIP_REVIEW else Role.CLERK)
    with uow:
        case = _get_case(uow, case_id)
        _record(uow, case, step, data, today)
        uow.commit()
        return _detail(uow, case, today)


def _record(uow: UnitOfWork, case: Case, step: int, data: dict, today: dt.date) -> None:
    on: dt.date = data.get("on") or today
    person = str(data.get("person", "")).strip()
    notes = str(data.get("notes", "")).strip()
    state = _state(case)
    problems = rules.check_record(state, step, on, today, person)
    problems += relatives.step_person_problems(uow.session, case.household_id, person)  # 回避
    if problems and any(p.code in ("procedure.case_closed", "procedure.out_of_order",
                                   "procedure.step_not_in_flow") for p in problems):
        _raise(problems)
    extra = {k: v for k, v in data.items() if k not in COMMON_FIELDS and k != "means_test"}
    if step == rules.DEMOCRATIC_REVIEW:
        _record_review(uow, case, state, data, on, today, person, notes, problems)
        return
    if step == rules.COUNTY_DECISION and not data.get("approved"):
        reason = str(data.get("reason", "")).strip()
        problems += _require_text(reason, "procedure.reason_empty", "reason")
        _raise(problems)
        _refuse(uow, case, step, reason, on, person, extra | {"approved": False})
        return
    special = rules.CollectiveDecision.from_dict(data.get("special_case"))
    if step == rules.COUNTY_DECISION and data.get("means_test", True):
        assessed = _assessment(uow, case.household_id, rules.first_of_month(on))
        problems += rules.check_approval(case.kind, assessed[3] if assessed else None, special, on)
    problems += rules.check_signatures(step, data)
    if step == rules.GRANT:
        month = data.get("start_month")
        problems += rules.check_grant(case.kind, month, str(data.get("category", "")),
                                      int(data.get("monthly_fen", 0) or 0),
                                      benefit_categories(uow, month or on))
        if month is not None and month.day == 1 and month < ledger.earliest_start(uow, case.id, case.opened_on):
            problems.append(Problem("procedure.start_before_opened", "start_month",
                                    {"month": month, "opened_on": case.opened_on}))
    if step == rules.TOWNSHIP_REVIEW and data.get("category"):
        if data["category"] not in benefit_categories(uow, on):
            problems.append(Problem("procedure.category", "category"))
    amount_problems, computed = _amount_problems(uow, case, step, data, on)
    problems += amount_problems
    _raise(problems)
    if computed is not None:
        extra["computed_fen"] = computed
    rec = _active(case, step)
    before = _step_audit(rec) if rec else None
    if rec is None:
        rec = CaseStep(step=step, started_on=on)
        case.steps.append(rec)
    rec.done_on = on
    rec.person = person
    rec.result = "passed"
    rec.notes = notes
    rec.recorded_by = uow.operator
    stored = dict(_load(rec.data_json))
    stored.update({k: v for k, v in extra.items() if k != "objections"})
    rec.data_json = _json(stored)
    if step == rules.TOWNSHIP_REVIEW and data.get("category"):
        case.proposed_category = str(data["category"])
        case.proposed_fen = int(data.get("monthly_fen", 0) or 0)
    if step == rules.COUNTY_DECISION:
        stored["special_case"] = special.to_dict() if special else None
        rec.data_json = _json({k: v for k, v in stored.items() if v is not None})
        case.special_case = special.kind if special else ""
    uow.session.flush()
    if step == rules.GRANT:
        _grant(uow, case, data)
    _refresh(case)
    if case.next_step == 0 and case.status == "open":
        case.status = "done"
        case.closed_on = on
    uow.audit("case_step", case.id, f"step{step}", before, _step_audit(rec))


def _amount_problems(uow: UnitOfWork, case: Case, step: int, data: dict,
                     on: dt.date) -> tuple[list[Problem], int | None]:
    """At 乡镇审核 and 待遇批准 an amount above the household's ceiling is refused, and one
    different from the computed amount needs a written reason (kept with the step, marked
    on the 审批表 and in the county package)."""
    from dibao_desk.domain import ledger as money

    if case.kind == "cancel" or step not in (rules.TOWNSHIP_REVIEW, rules.GRANT):
        return [], None
    if step == rules.TOWNSHIP_REVIEW and not data.get("category"):
        return [], None
    month = data.get("start_month") if step == rules.GRANT else None
    if month is None:
        month = ledger.proposed_month(uow, case.id) or (
            rules.first_of_month(on) if case.kind == "new" else rules.next_month(on))
    check = benefit.amount_check(uow, case.household_id, month)
    return money.check_amount(int(data.get("monthly_fen", 0) or 0), check.computed_fen, check.ceiling_fen,
                              str(data.get("amount_reason", "") or "")), check.computed_fen


def _grant(uow: UnitOfWork, case: Case, data: dict) -> None:
    h = case.household
    before = _household_values(h)
    month: dt.date = data["start_month"]
    if case.kind == "cancel":
        from dibao_desk.services import certificate

        h.status = "cancelled"
        h.monthly_benefit_fen = 0
        h.category = ""
        certificate.revoke_for(uow, h.id, month)  # 核销 the household's 低保证
    else:
        h.status = "receiving"
        h.category = str(data["category"])
        h.monthly_benefit_fen = int(data["monthly_fen"])
        if case.kind == "new" or h.benefit_start is None:
            h.benefit_start = month
    uow.audit("household", h.id, case.kind if case.kind != "new" else "grant", before, _household_values(h))
    case.decided_json = _json(decided_snapshot(h, "grant", case_step_on(case, rules.GRANT)))
    ledger.record_case_grant(uow, case, data, case_step_on(case, rules.GRANT) or month)


def case_step_on(case: Case, step: int) -> dt.date | None:
    rec = _active(case, step)
    return rec.done_on if rec else None


def _record_review(uow: UnitOfWork, case: Case, state: rules.CaseState, data: dict, on: dt.date,
                   today: dt.date, person: str, notes: str, problems: list[Problem]) -> None:
    """民主评议: every declared item is reviewed; an objection with a reason fails the item."""
    objections: dict[str, str] = {k: str(v).strip() for k, v in (data.get("objections") or {}).items()}
    opened = _active(case, rules.DEMOCRATIC_REVIEW)
    if opened is not None:  # the items were fixed when the review was opened
        snapshot = [ReviewItemInfo(i.key, i.kind, i.label, i.detail) for i in opened.review_items]
    else:
        snapshot = _review_snapshot(case.household)
    known = {i.key for i in snapshot}
    unknown = [k for k, v in objections.items() if v and k not in known]
    if unknown:
        problems.append(Problem("procedure.review_item_unknown", "objections", {"items": "、".join(unknown)}))
    items = [rules.ReviewItem(i.key, i.kind, i.label, i.detail, objections.get(i.key, "")) for i in snapshot]
    outcome = str(data.get("outcome", ""))
    place = str(data.get("place", ""))
    attendees = str(data.get("attendees", ""))
    problems += rules.check_review(items, outcome, place, attendees)
    reason = str(data.get("reason", "")).strip()
    if outcome == "refuse" and not reason:
        failed = rules.review_failed(items)
        reason = "；".join(f"{i.label}：{i.objection}" for i in failed)
        problems += _require_text(reason, "procedure.reason_empty", "reason")
    _raise(problems)
    fields = {"place": place.strip(), "attendees": attendees.strip(), "outcome": outcome,
              "failed": [i.key for i in items if i.failed]}
    if opened is not None:
        rec = opened
        rec.done_on, rec.person, rec.notes, rec.recorded_by = on, person, notes, uow.operator
        rec.data_json = _json(_load(rec.data_json) | fields)
        by_key = {r.key: r for r in rec.review_items}
        for i in items:
            by_key[i.key].objection = i.objection
    else:
        rec = CaseStep(step=rules.DEMOCRATIC_REVIEW, started_on=on, done_on=on, person=person, notes=notes,
                       recorded_by=uow.operator, data_json=_json(fields))
        for i in items:
            rec.review_items.append(ReviewItemRecord(key=i.key, kind=i.kind, label=i.label[:100],
                                                     detail=i.detail[:300], objection=i.objection))
        case.steps.append(rec)
    if outcome == "pass":
        rec.result = "passed"
    elif outcome == "return":
        rec.result = "returned"
    uow.session.flush()
    if outcome == "refuse":
        rec.result = "refused"
        rec.notes = reason if not notes else f"{reason}\n{notes}"
        _close_refused(uow, case, on, reason)
    elif outcome == "return":
        # Back to the home visit: the visit and this review stay as history.
        for r in case.steps:
            if r.active and r.step in (rules.HOME_VISIT, rules.DEMOCRATIC_REVIEW):
                r.active = False
        _refresh(case)
    else:
        _refresh(case)
    uow.audit("case_step", case.id, f"step{rules.DEMOCRATIC_REVIEW}", None,
              _step_audit(rec) | {"items": [{"key": i.key, "label": i.label, "objection": i.objection}
                                            for i in items]})


def _review_snapshot(h: Household) -> list[ReviewItemInfo]:
    """Every declared item of the household, as it stands now, for the democratic review."""
    from dibao_desk import messages  # the words of kinds, for the snapshot's labels

    items: list[ReviewItemInfo] = []
    names = {m.id: m.name for m in h.members}
    for m in h.members:
        relation = messages.label("relation", m.relation)
        detail = f"{relation}，{m.sex}，{m.birth_date:%Y-%m-%d}"
        if m.disability_grade:
            detail += f"，残疾{messages.label('disability_grade', m.disability_grade)}"
        if not m.covered:
            detail += "，不纳入保障"
        items.append(ReviewItemInfo(f"member:{m.id}", "member", f"成员 {m.name}", detail))
    for inc in h.incomes:
        whose = names.get(inc.member_id, "家庭") if inc.member_id else "家庭"
        items.append(ReviewItemInfo(
            f"income:{inc.id}", "income", f"收入 {messages.label('income_kind', inc.kind)}",
            f"{whose}，每月 {fen_to_yuan(inc.amount_fen)} 元" + (f"，{inc.note}" if inc.note else "")))
    for p in h.properties:
        detail = f"价值 {fen_to_yuan(p.value_fen)} 元"
        if p.area_m2_x100:
            detail += f"，面积 {p.area_m2_x100 / 100:g} 平方米"
        if p.quantity != 1:
            detail += f"，数量 {p.quantity}"
        items.append(ReviewItemInfo(f"property:{p.id}", "property",
                                    f"财产 {messages.label('property_kind', p.kind)}",
                                    detail + (f"，{p.note}" if p.note else "")))
    for sp in h.supporters:
        items.append(ReviewItemInfo(
            f"supporter:{sp.id}", "supporter", f"{messages.label('duty', sp.duty)}人 {sp.name}",
            f"家庭 {sp.household_size} 人，月收入 {fen_to_yuan(sp.household_income_fen)} 元，"
            f"每月给付 {fen_to_yuan(sp.support_paid_fen)} 元"))
    return items


def open_review(uow: UnitOfWork, case_id: int, held_on: dt.date, place: str, attendees: str, person: str,
                today: dt.date) -> list[ReviewItemInfo]:
    """Open the democratic review: fix the household's declared items as they stand now
    (members, each income, each property, each supporter), so the sheet put before the
    representatives and the result recorded afterwards list the same items. Optional:
    recording the review opens it when it was not opened before."""
    uow.require(Role.CLERK)
    with uow:
        case = _get_case(uow, case_id)
        state = _state(case)
        problems = [p for p in rules.check_record(state, rules.DEMOCRATIC_REVIEW, held_on, today, person)]
        if _active(case, rules.DEMOCRATIC_REVIEW) is not None and not problems:
            problems.append(Problem("procedure.review_opened", "step"))
        _raise(problems)
        rec = CaseStep(step=rules.DEMOCRATIC_REVIEW, started_on=held_on, person=person.strip(),
                       recorded_by=uow.operator,
                       data_json=_json({"place": place.strip(), "attendees": attendees.strip()}))
        items = _review_snapshot(case.household)
        for i in items:
            rec.review_items.append(ReviewItemRecord(key=i.key, kind=i.kind, label=i.label[:100],
                                                     detail=i.detail[:300]))
        case.steps.append(rec)
        uow.session.flush()
        _refresh(case)
        uow.audit("case_step", case.id, f"step{rules.DEMOCRATIC_REVIEW}.open", None,
                  _step_audit(rec) | {"items": [i.key for i in items]})
        uow.commit()
        return items


def review_items(uow: UnitOfWork, case_id: int) -> list[ReviewItemInfo]:
    """The items the democratic review looks at: the snapshot once the review is opened
    (or recorded), otherwise every declared item of the household as it stands now."""
    with uow:
        case = _get_case(uow, case_id)
        rec = _active(case, rules.DEMOCRATIC_REVIEW)
        if rec is not None:
            return [ReviewItemInfo(i.key, i.kind, i.label, i.detail, i.objection) for i in rec.review_items]
        return _review_snapshot(case.household)


# ---- refusal ---------------------------------------------------------------------------

def refuse(uow: UnitOfWork, case_id: int, step: int, reason: str, on: dt.date, person: str,
           today: dt.date) -> CaseDetail:
    """Refuse the case at the step it is at, with a reason; the case ends."""
    uow.require(Role.REVIEWER if step == rules.TOWNSHIP_REVIEW else Role.CLERK)
    with uow:
        case = _get_case(uow, case_id)
        _raise(rules.check_refuse(_state(case), step, on, today, reason, person))
        _refuse(uow, case, step, reason.strip(), on, person.strip(), {})
        uow.commit()
        return _detail(uow, case, today)


def _refuse(uow: UnitOfWork, case: Case, step: int, reason: str, on: dt.date, person: str,
            extra: dict) -> None:
    rec = _active(case, step)
    before = _step_audit(rec) if rec else None
    if rec is None:
        rec = CaseStep(step=step, started_on=on)
        case.steps.append(rec)
    rec.done_on = on
    rec.person = person
    rec.result = "refused"
    rec.notes = reason
    rec.recorded_by = uow.operator
    rec.data_json = _json(_load(rec.data_json) | extra)
    uow.session.flush()
    uow.audit("case_step", case.id, f"step{step}", before, _step_audit(rec))
    _close_refused(uow, case, on, reason)


def _close_refused(uow: UnitOfWork, case: Case, on: dt.date, reason: str) -> None:
    case.status = "refused"
    case.closed_on = on
    case.refused_reason = reason
    _refresh(case)
    ledger.record_case_refused(uow, case.id, on)
    if case.kind == "new":
        h = case.household
        before = _household_values(h)
        h.status = "refused"
        uow.audit("household", h.id, "status", before, _household_values(h))
    case.decided_json = _json(decided_snapshot(case.household, "refuse", on))
    uow.audit("case", case.id, "refuse", None, {"reason": reason, "on": on})


# ---- notices and objections ------------------------------------------------------------

def start_notice(uow: UnitOfWork, case_id: int, step: int, start: dt.date, person: str,
                 today: dt.date) -> CaseDetail:
    """Post the case on notice (一榜/二榜/三榜): the window runs for the policy's days."""
    uow.require(Role.CLERK)
    with uow:
        case = _get_case(uow, case_id)
        _raise(rules.check_start_notice(_state(case), step, start, today, person))
        _start, end = rules.notice_window(start, notice_days(uow, start))
        rec = CaseStep(step=step, started_on=start, window_end=end, person=person.strip(),
                       recorded_by=uow.operator)
        case.steps.append(rec)
        uow.session.flush()
        _refresh(case)
        uow.audit("case_step", case.id, f"step{step}.start", None, _step_audit(rec))
        uow.commit()
        return _detail(uow, case, today)


def start_notice_batch(uow: UnitOfWork, case_ids: list[int], stage: int, start: dt.date, person: str,
                       today: dt.date) -> int:
    """Post several cases on the same notice (one noticeboard list); all or nothing."""
    uow.require(Role.CLERK)
    step = rules.STAGE_STEP[stage]
    with uow:
        days = notice_days(uow, start)
        for cid in case_ids:
            case = _get_case(uow, cid)
            problems = rules.check_start_notice(_state(case), step, start, today, person)
            if problems:
                raise RuleError([Problem(p.code, p.field, p.params | {"case_id": cid}) for p in problems])
            _start, end = rules.notice_window(start, days)
            rec = CaseStep(step=step, started_on=start, window_end=end, person=person.strip(),
                           recorded_by=uow.operator)
            case.steps.append(rec)
            uow.session.flush()
            _refresh(case)
            uow.audit("case_step", case.id, f"step{step}.start", None, _step_audit(rec))
        uow.commit()
        return len(case_ids)


@dataclass(frozen=True)
class NoticeBatch:
    """Cases at one notice stage, as a batch: what can be posted or closed on a day."""

    to_post: tuple[int, ...]  # waiting for the notice to be posted
    to_close: tuple[int, ...]  # window ended, every objection resolved
    running: tuple[int, ...]  # window not ended yet
    with_objections: tuple[int, ...]  # window ended, objections not all resolved


def notice_batch(uow: UnitOfWork, stage: int, on: dt.date, village_id: int | None = None) -> NoticeBatch:
    """The open cases at notice ``stage`` (of one village, or all), sorted by what can be done on ``on``."""
    groups: dict[str, list[int]] = {"start_notice": [], "close_notice": [], "notice_running": [], "objections": []}
    for row in list_cases(uow, step=rules.STAGE_STEP[stage], today=on, village_id=village_id):
        groups.setdefault(row.waiting.action, []).append(row.id)
    return NoticeBatch(tuple(groups["start_notice"]), tuple(groups["close_notice"]),
                       tuple(groups["notice_running"]), tuple(groups["objections"]))


def close_notice_batch(uow: UnitOfWork, case_ids: list[int], stage: int, on: dt.date, person: str,
                       today: dt.date, notes: str = "") -> int:
    """Close the notice for several cases at once (the list comes down); all or nothing."""
    uow.require(Role.CLERK)
    step = rules.STAGE_STEP[stage]
    with uow:
        for cid in case_ids:
            case = _get_case(uow, cid)
            try:
                _record(uow, case, step, {"on": on, "person": person, "notes": notes}, today)
            except RuleError as exc:
                raise RuleError([Problem(p.code, p.field, p.params | {"case_id": cid}) for p in exc.problems])
        uow.commit()
        return len(case_ids)


def log_objection(uow: UnitOfWork, case_id: int, step: int, received_on: dt.date, channel: str,
                  content: str, today: dt.date) -> ObjectionInfo:
    """Log an objection received while the case is on notice (box, phone or visit)."""
    uow.require(Role.CLERK)
    with uow:
        case = _get_case(uow, case_id)
        _raise(rules.check_objection(_state(case), step, received_on, today, channel, content))
        o = NoticeObjection(step=step, received_on=received_on, channel=channel, content=content.strip())
        case.objections.append(o)
        uow.session.flush()
        _refresh(case)
        uow.audit("objection", o.id, "log", None, {"case_id": case.id, "step": step,
                                                    "received_on": received_on, "channel": channel,
                                                    "content": o.content})
        uow.commit()
        return _objection_info(o)


def resolve_objection(uow: UnitOfWork, objection_id: int, result: str, note: str, resolved_on: dt.date,
                      today: dt.date) -> ObjectionInfo:
    """Record how an objection was investigated and answered (有报必查，有查必答)."""
    uow.require(Role.CLERK)
    with uow:
        o = uow.session.get(NoticeObjection, objection_id)
        if o is None:
            raise RuleError(Problem("procedure.objection_missing", "id", {"id": objection_id}))
        if o.case.status != "open":
            raise RuleError(Problem("procedure.case_closed", "step", {"status": o.case.status}))
        _raise(rules.check_resolution(o.received_on, resolved_on, today, result, note,
                                      o.resolved_on is not None))
        before = _objection_info(o).__dict__.copy()
        o.resolved_on = resolved_on
        o.result = result
        o.note = note.strip()
        uow.session.flush()
        _refresh(o.case)
        uow.audit("objection", o.id, "resolve", before, _objection_info(o).__dict__)
        uow.commit()
        return _objection_info(o)


def objections(uow: UnitOfWork, case_id: int, step: int | None = None) -> list[ObjectionInfo]:
    with uow:
        case = _get_case(uow, case_id)
        return [_objection_info(o) for o in case.objections if step is None or o.step == step]


# ---- the county's decision (typed from paper now; from a decision file later) ----------

def record_county_decision(uow: UnitOfWork, case_id: int, approved: bool, reason: str,
                           decided_on: dt.date, sampled: bool, decided_by: str,
                           today: dt.date | None = None, special: rules.CollectiveDecision | None = None,
                           means_test: bool = True) -> CaseDetail:
    """Step 8, 县民政局审批: approved or refused (with reason), the decision date and
    whether the household was in the county's spot-check sample.

    A new case or change whose household fails the means test is approved only as a
    special case (重病, spending above income) with the county's collective decision
    (seed 001 "经过审批机关集体讨论作出批准决定"): its kind, date, participants and minutes.
    ``means_test`` False records a decision the county already made as it made it (a
    decisions package), without running the test here."""
    data = {"on": decided_on, "person": decided_by, "approved": bool(approved), "reason": reason.strip(),
            "sampled": bool(sampled), "notes": reason.strip() if approved else "", "means_test": means_test}
    if approved and special is not None:
        data["special_case"] = special.to_dict()
    return record_step(uow, case_id, rules.COUNTY_DECISION, data, today or max(dt.date.today(), decided_on))


# ---- the grant -------------------------------------------------------------------------

def suggest_grant(uow: UnitOfWork, case_id: int, today: dt.date) -> GrantSuggestion:
    """Start month, class and amount the forms start from: what the township proposed
    (or a change asked for), else the benefit assessment, else the household's values;
    with the assessment's explanation and whether the household passes the means test."""
    with uow:
        case = _get_case(uow, case_id)
        month = rules.next_month(today) if case.kind != "new" else rules.first_of_month(today)
        month = ledger.proposed_month(uow, case.id) or month  # a proposal names its month
        if case.kind == "cancel":
            return GrantSuggestion(month, "", 0, "none")
        assessed = _assessment(uow, case.household_id, month)
        explanation, eligible = (assessed[2], assessed[3]) if assessed else ("", None)
        after = _load(case.after_json)
        if case.proposed_category and case.proposed_fen:
            return GrantSuggestion(month, case.proposed_category, case.proposed_fen, "proposed", explanation,
                                   eligible)
        if assessed is not None:
            category = assessed[0] or case.proposed_category or case.household.category
            return GrantSuggestion(month, category, assessed[1], "assessment", explanation, eligible)
        h = case.household
        category = after.get("category") or h.category
        amount = int(after.get("monthly_benefit_fen") or h.monthly_benefit_fen or 0)
        return GrantSuggestion(month, category, amount, "household" if amount else "none")


# ---- reading -----------------------------------------------------------------------------

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
    return rules.CollectiveDecision.from_dict(_load(rec.data_json).get("special_case")) if rec else None


def get_case(uow: UnitOfWork, case_id: int, today: dt.date | None = None) -> CaseDetail:
    with uow:
        return _detail(uow, _get_case(uow, case_id), today or dt.date.today())


def case_for_household(uow: UnitOfWork, household_id: int) -> CaseInfo | None:
    """The household's open case, or its latest one."""
    with uow:
        case = uow.session.scalars(select(Case).where(Case.household_id == household_id)
                                   .order_by((Case.status == "open").desc(), Case.id.desc())).first()
        return _info(case) if case else None


def _row_waiting(status: str, next_step: int, start, end, open_objections: int,
                 today: dt.date) -> rules.Waiting:
    if status != "open" or not next_step:
        return rules.Waiting("none", None, f"waiting.{status}")
    rec = rules.StepState(next_step, started_on=start, window_end=end, open_objections=open_objections) \
        if start is not None else None
    return rules.waiting_at(next_step, rec, today)


def list_cases(uow: UnitOfWork, step: int | None = None, kind: str | None = None,
               status: str | None = "open", today: dt.date | None = None,
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
        rows = uow.session.execute(select(Case.next_step, func.count()).where(Case.status == "open")
                                   .group_by(Case.next_step)).all()
    return {step: n for step, n in rows}


def _notice_base(stage: int, village_id: int | None):
    step = rules.STAGE_STEP[stage]
    base = (select(CaseStep.started_on, CaseStep.window_end, CaseStep.done_on, Case.id, Case.household_id,
                   Case.kind, Case.proposed_category, Case.proposed_fen, Case.after_json, Case.special_case,
                   Household.village_id,
                   Village.name, Household.head_name, Household.covered_count, Household.category,
                   Household.monthly_benefit_fen)
            .join(Case, CaseStep.case_id == Case.id)
            .join(Household, Case.household_id == Household.id)
            .join(Village, Household.village_id == Village.id)
            .where(CaseStep.step == step, CaseStep.active.is_(True), CaseStep.started_on.is_not(None),
                   CaseStep.result != "refused"))
    if village_id is not None:
        base = base.where(Household.village_id == village_id)
    return base


def notice_postings(uow: UnitOfWork, stage: int, village_id: int | None = None) -> list[NoticePosting]:
    """The postings of notice ``stage`` (of one village, or all), the latest first."""
    sub = _notice_base(stage, village_id).subquery()
    stmt = (select(sub.c.started_on, func.max(sub.c.window_end), func.count(),
                   func.sum(sa_case((sub.c.done_on.is_(None), 1), else_=0)))
            .group_by(sub.c.started_on).order_by(sub.c.started_on.desc()))
    with uow:
        return [NoticePosting(start, end, n, int(open_ or 0))
                for start, end, n, open_ in uow.session.execute(stmt).all()]


def cases_on_notice(uow: UnitOfWork, stage: int, village_id: int | None = None,
                    on: dt.date | None = None, posted: dt.date | None = None) -> list[NoticeEntry]:
    """The households of one posting of notice ``stage`` (1, 2, 3): those posted together,
    each posting with its own window.

    ``posted`` names the posting (its first day) and lists all it held, as posted. Without
    it: the latest posting on or before ``on`` that is still on the board, listing only the
    cases still on notice (a case whose notice was closed has left the stage); when none is
    on the board, the latest posting before ``on`` as it was posted.
    Class and amount are the ones proposed (or granted, on the third notice)."""
    on = on or dt.date.today()
    base = _notice_base(stage, village_id)
    with uow:
        if posted is not None:
            rows = uow.session.execute(base.where(CaseStep.started_on == posted)).all()
        else:
            base = base.where(CaseStep.started_on <= on)
            running = base.where(CaseStep.done_on.is_(None))
            latest = uow.session.scalar(select(func.max(running.subquery().c.started_on)))
            if latest is not None:
                rows = uow.session.execute(running.where(CaseStep.started_on == latest)).all()
            else:
                latest = uow.session.scalar(select(func.max(base.subquery().c.started_on)))
                rows = (uow.session.execute(base.where(CaseStep.started_on == latest)).all()
                        if latest is not None else [])
    entries = []
    for r in rows:
        after = _load(r.after_json)
        if r.kind == "cancel":
            category, amount, decided = r.category, 0, True
        else:
            category = r.proposed_category or after.get("category") or r.category
            amount = r.proposed_fen or int(after.get("monthly_benefit_fen") or 0) or r.monthly_benefit_fen
            decided = bool(stage == 3 or r.proposed_category or r.proposed_fen
                           or (r.kind == "change" and (after.get("category") or "monthly_benefit_fen" in after
                                                       or r.category)))
        entries.append(NoticeEntry(r.id, r.household_id, r.village_id, r.name, r.head_name, r.covered_count,
                                   category if decided else (r.proposed_category or ""), amount, r.kind,
                                   r.started_on, r.window_end, decided, r.special_case or ""))
    entries.sort(key=lambda e: (e.village_id, e.kind != "new", e.household_id))
    return entries


def long_term_notice(uow: UnitOfWork, village_id: int | None = None) -> list[LongTermEntry]:
    """Every household receiving benefit (长期公示), by village."""
    stmt = (select(Household.id, Household.village_id, Village.name, Household.head_name,
                   Household.covered_count, Household.category, Household.monthly_benefit_fen,
                   Household.benefit_start)
            .join(Village, Household.village_id == Village.id)
            .where(Household.status == "receiving")
            .order_by(Household.village_id, Household.head_sort_key, Household.id))
    if village_id is not None:
        stmt = stmt.where(Household.village_id == village_id)
    with uow:
        return [LongTermEntry(*r) for r in uow.session.execute(stmt).all()]


def audit_trail(uow: UnitOfWork, case_id: int) -> list[dict]:
    """The audit rows of a case's steps, oldest first (for the case page's history)."""
    from dibao_desk.models import AuditLog

    with uow:
        rows = uow.session.scalars(select(AuditLog).where(
            AuditLog.entity.in_(("case", "case_step")), AuditLog.entity_id == case_id)
            .order_by(AuditLog.id)).all()
        return [{"at": a.at, "operator": a.operator, "entity": a.entity, "action": a.action,
                 "after": a.after} for a in rows]


__all__ = [
    "CaseDetail", "CaseInfo", "CaseRow", "GrantSuggestion", "LongTermEntry", "NoticeEntry", "NoticePosting",
    "notice_postings",
    "ObjectionInfo", "ReviewItemInfo", "StepInfo", "audit_trail", "benefit_categories",
    "NoticeBatch", "can_open", "case_for_household", "cases_on_notice", "close_notice_batch", "notice_batch", "counts_by_step", "get_case", "list_cases", "log_objection",
    "long_term_notice", "notice_days", "objections", "open_case", "open_review", "receive_application", "record_county_decision",
    "record_step", "refuse", "resolve_objection", "review_items", "start_notice", "start_notice_batch",
    "suggest_grant",
]
