"""Recording the steps of a case: each step, the democratic review, refusal, the county's
decision and the grant."""

from __future__ import annotations

import datetime as dt
from typing import Any


from dibao_desk.domain import procedure as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus, is_present
from dibao_desk.domain.problems import Problem
from dibao_desk.domain.procedure import CaseKind, CaseStatus, ReviewVerdict, StepResult
from dibao_desk.models import Case, CaseStep, Household, ReviewItemRecord
from dibao_desk.services import benefit, ledger, relatives, reviews_schedule
from dibao_desk.services.uow import UnitOfWork, retrying
from dibao_desk.services.procedure_results import CaseDetail, GrantSuggestion, ReviewItemInfo
from dibao_desk.services.procedure_store import (
    COMMON_FIELDS, _active, _assessment, _detail, _get_case, _household_values, _json, _load, _raise, _refresh,
    _require_text, _state, _step_audit, benefit_categories, case_step_on, decided_snapshot,
)


# ---- recording steps -------------------------------------------------------------------

@retrying
def record_step(uow: UnitOfWork, case_id: int, step: int, data: dict[str, Any], today: dt.date) -> CaseDetail:
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
        case = _get_case(uow, case_id, lock=True)
        _record(uow, case, step, data, today)
        uow.commit()
        return _detail(uow, case, today)


def _record(uow: UnitOfWork, case: Case, step: int, data: dict[str, Any], today: dt.date,
            recusal: list[Problem] | None = None) -> None:
    """``recusal``: the 回避 problems of the person for this case's household, when the
    caller (a batch) read them for all its cases at once."""
    reviews_schedule.as_of(uow.session, today)  # a household the step writes is rescheduled on today
    on: dt.date = data.get("on") or today
    person = str(data.get("person", "")).strip()
    notes = str(data.get("notes", "")).strip()
    state = _state(case)
    problems = _recorded_meanwhile(case, step) or rules.check_record(state, step, on, today, person)
    problems += (relatives.step_person_problems(uow.session, case.household_id, person)  # 回避
                 if recusal is None else recusal)
    if problems and any(p.code in ("procedure.case_closed", "procedure.out_of_order", "procedure.step_done",
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
        problems += rules.check_approval(case.kind, assessed[3] if assessed else None, special, on, case.opened_on)
    problems += rules.check_signatures(step, data)
    if step == rules.GRANT:
        month = data.get("start_month")
        problems += rules.check_grant(case.kind, month, str(data.get("category", "")),
                                      int(data.get("monthly_fen", 0) or 0),
                                      benefit_categories(uow, month or on))
        if month is not None and month.day == 1 and month < ledger.earliest_start(uow, case.id, case.opened_on):
            problems.append(Problem("procedure.start_before_opened", "start_month",
                                    {"month": month, "opened_on": case.opened_on}))
        if month is not None and month.day == 1 and month > rules.next_month(on):  # a mistyped year
            problems.append(Problem("procedure.start_month_late", "start_month",
                                    {"month": month, "latest": rules.next_month(on)}))
    if step == rules.TOWNSHIP_REVIEW and data.get("category"):
        if data["category"] not in benefit_categories(uow, on):
            problems.append(Problem("procedure.category", "category"))
    if step == rules.TOWNSHIP_REVIEW and case.kind == CaseKind.NEW:
        problems += _township_proposal_problems(data)
    if step == rules.TOWNSHIP_REVIEW and case.kind == CaseKind.CHANGE:
        problems += _change_proposal_problems(data)
    amount_problems, computed = _amount_problems(uow, case, step, data, on)
    problems += amount_problems
    _raise(problems)
    if computed is not None:
        extra["computed_fen"] = computed
    rec, before = _done(uow, case, step, on, person, StepResult.PASSED, notes)
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
    if step not in rules.NOTICE_STAGE:  # a notice closed in a batch is flushed with the batch
        uow.session.flush()
    if step == rules.GRANT:
        _grant(uow, case, data, today)
    _refresh(case)
    if case.next_step == 0 and case.status == CaseStatus.OPEN:
        case.status = CaseStatus.DONE
        case.closed_on = on
    uow.audit("case_step", case.id, f"step{step}", before, _step_audit(rec))


def _recorded_meanwhile(case: Case, step: int) -> list[Problem]:
    """The step asked for is recorded on the case already (another clerk, or another window,
    recorded it since this one read the case): named with who recorded it and when, rather
    than as a step out of order."""
    rec = _active(case, step)
    if case.status != CaseStatus.OPEN or rec is None or rec.done_on is None:
        return []  # a case that ended is refused as such
    return [Problem("procedure.step_done", "step", {"step": step, "step_name": str(step), "person": rec.person,
                                                    "on": rec.done_on})]


def _township_proposal_problems(data: dict[str, Any]) -> list[Problem]:
    """乡镇审核 passing a new application sends the county its 拟定类别 and 拟定月保障金, which
    the county approves as they are: both must be there. (Refusing at this step, or the
    household withdrawing, goes through ``refuse`` / ``withdraw`` and proposes nothing.)"""
    problems = []
    if not str(data.get("category") or "").strip():
        problems.append(Problem("procedure.township_category", "category"))
    if int(data.get("monthly_fen", 0) or 0) <= 0:
        problems.append(Problem("procedure.township_amount", "monthly_fen"))
    return problems


def _change_proposal_problems(data: dict[str, Any]) -> list[Problem]:
    """乡镇审核 of a 变更 proposes the new class and amount together, or neither (the change
    the case was opened with stands): a class without an amount, or an amount without a class,
    is refused rather than half taken."""
    has_class = bool(str(data.get("category") or "").strip())
    has_amount = int(data.get("monthly_fen", 0) or 0) > 0
    if has_class == has_amount:
        return []
    return [Problem("procedure.change_review_incomplete", "monthly_fen" if has_class else "category")]


def _amount_problems(uow: UnitOfWork, case: Case, step: int, data: dict[str, Any],
                     on: dt.date) -> tuple[list[Problem], int | None]:
    """At 乡镇审核 and 待遇批准 an amount above the household's ceiling is refused, and one
    different from the computed amount needs a written reason (kept with the step, marked
    on the 审批表 and in the county package)."""
    from dibao_desk.domain import ledger as money

    if case.kind == CaseKind.CANCEL or step not in (rules.TOWNSHIP_REVIEW, rules.GRANT):
        return [], None
    if step == rules.TOWNSHIP_REVIEW and not data.get("category"):
        return [], None
    month = data.get("start_month") if step == rules.GRANT else None
    if month is None:
        month = ledger.proposed_month(uow, case.id) or (
            rules.first_of_month(on) if case.kind == CaseKind.NEW else rules.next_month(on))
    check = benefit.amount_check(uow, case.household_id, month)
    return money.check_amount(int(data.get("monthly_fen", 0) or 0), check.computed_fen, check.ceiling_fen,
                              str(data.get("amount_reason", "") or "")), check.computed_fen


def _grant(uow: UnitOfWork, case: Case, data: dict[str, Any], today: dt.date) -> None:
    h = case.household
    before = _household_values(h)
    month: dt.date = data["start_month"]
    if case.kind == CaseKind.CANCEL:
        from dibao_desk.services import certificate

        h.status = HouseholdStatus.CANCELLED
        h.monthly_benefit_fen = 0
        h.category = ""
        certificate.revoke_for(uow, h.id, month)  # 核销 the household's 低保证
    else:
        h.status = HouseholdStatus.RECEIVING
        h.category = str(data["category"])
        h.monthly_benefit_fen = int(data["monthly_fen"])
        if case.kind == CaseKind.NEW or h.benefit_start is None:
            h.benefit_start = month
    uow.audit("household", h.id, case.kind if case.kind != CaseKind.NEW else "grant", before, _household_values(h))
    case.decided_json = _json(decided_snapshot(h, "grant", case_step_on(case, rules.GRANT)))
    ledger.record_case_grant(uow, case, data, case_step_on(case, rules.GRANT) or month, today=today)


def _record_review(uow: UnitOfWork, case: Case, state: rules.CaseState, data: dict[str, Any], on: dt.date,
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
    if outcome == ReviewVerdict.REFUSE and not reason:
        failed = rules.review_failed(items)
        from dibao_desk.messages.procedure import review_refusal

        reason = review_refusal([(i.label, i.objection) for i in failed])
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
    if outcome == ReviewVerdict.PASS:
        rec.result = StepResult.PASSED
    elif outcome == ReviewVerdict.RETURN:
        rec.result = StepResult.RETURNED
    uow.session.flush()
    if outcome == ReviewVerdict.REFUSE:
        rec.result = StepResult.REFUSED
        rec.notes = reason if not notes else f"{reason}\n{notes}"
        _close_refused(uow, case, on, reason)
    elif outcome == ReviewVerdict.RETURN:
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
    """Every declared item of the household, as it stands now, for the democratic review.
    The label and detail a representative reads are worded in ``messages.procedure``.
    A member recorded as dead or gone (``LEFT_STATUSES``) no longer lives in the household: he
    and the incomes recorded as his are not put to the representatives (as the benefit does not
    count them)."""
    from dibao_desk.messages import procedure as words

    items: list[ReviewItemInfo] = []
    present = [m for m in h.members if is_present(m.person_status)]
    names = {m.id: m.name for m in present}
    for m in present:
        items.append(ReviewItemInfo(f"member:{m.id}", "member", *words.review_member(
            m.name, m.relation, m.sex, m.birth_date, m.disability_grade, m.covered)))
    for inc in h.incomes:
        if inc.member_id and inc.member_id not in names:
            continue  # the income of a member who left goes with him
        whose = names.get(inc.member_id, "") if inc.member_id else ""
        items.append(ReviewItemInfo(f"income:{inc.id}", "income", *words.review_income(
            inc.kind, whose, inc.amount_fen, inc.note)))
    for p in h.properties:
        items.append(ReviewItemInfo(f"property:{p.id}", "property", *words.review_property(
            p.kind, p.value_fen, p.area_m2_x100, p.quantity, p.note)))
    for sp in h.supporters:
        items.append(ReviewItemInfo(f"supporter:{sp.id}", "supporter", *words.review_supporter(
            sp.duty, sp.name, sp.household_size, sp.household_income_fen, sp.support_paid_fen)))
    return items


@retrying
def open_review(uow: UnitOfWork, case_id: int, held_on: dt.date, place: str, attendees: str, person: str,
                today: dt.date) -> list[ReviewItemInfo]:
    """Open the democratic review: fix the household's declared items as they stand now
    (members, each income, each property, each supporter), so the sheet put before the
    representatives and the result recorded afterwards list the same items. Optional:
    recording the review opens it when it was not opened before."""
    uow.require(Role.CLERK)
    with uow:
        case = _get_case(uow, case_id, lock=True)
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

@retrying
def refuse(uow: UnitOfWork, case_id: int, step: int, reason: str, on: dt.date, person: str,
           today: dt.date) -> CaseDetail:
    """Refuse the case at the step it is at, with a reason; the case ends."""
    uow.require(Role.REVIEWER if step == rules.TOWNSHIP_REVIEW else Role.CLERK)
    with uow:
        case = _get_case(uow, case_id, lock=True)
        reviews_schedule.as_of(uow.session, today)
        _raise(rules.check_refuse(_state(case), step, on, today, reason, person))
        _refuse(uow, case, step, reason.strip(), on, person.strip(), {})
        uow.commit()
        return _detail(uow, case, today)


def _done(uow: UnitOfWork, case: Case, step: int, on: dt.date, person: str, result: StepResult,
          notes: str) -> tuple[CaseStep, dict[str, Any] | None]:
    """The step's active record (a new one if the step was never opened) marked done with
    ``result``; returned with its audit values from before."""
    rec = _active(case, step)
    before = _step_audit(rec) if rec else None
    if rec is None:
        rec = CaseStep(step=step, started_on=on, active=True, data_json="")  # read before a flush
        case.steps.append(rec)
    rec.done_on = on
    rec.person = person
    rec.result = result
    rec.notes = notes
    rec.recorded_by = uow.operator
    return rec, before


def _refuse(uow: UnitOfWork, case: Case, step: int, reason: str, on: dt.date, person: str,
            extra: dict[str, Any]) -> None:
    rec, before = _done(uow, case, step, on, person, StepResult.REFUSED, reason)
    rec.data_json = _json(_load(rec.data_json) | extra)
    uow.session.flush()
    uow.audit("case_step", case.id, f"step{step}", before, _step_audit(rec))
    _close_refused(uow, case, on, reason)


def _close_refused(uow: UnitOfWork, case: Case, on: dt.date, reason: str) -> None:
    case.status = CaseStatus.REFUSED
    case.closed_on = on
    case.refused_reason = reason
    _refresh(case)
    ledger.record_case_refused(uow, case.id, on)
    if case.kind == CaseKind.NEW:
        h = case.household
        before = _household_values(h)
        h.status = HouseholdStatus.REFUSED
        uow.audit("household", h.id, "status", before, _household_values(h))
    case.decided_json = _json(decided_snapshot(case.household, "refuse", on))
    uow.audit("case", case.id, "refuse", None, {"reason": reason, "on": on})


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

def suggest_grant(uow: UnitOfWork, case_id: int, today: dt.date,
                  month: dt.date | None = None) -> GrantSuggestion:
    """Start month, class and amount the forms start from: what the township proposed
    (or a change asked for), else the benefit assessment, else the household's values;
    with the assessment's explanation and whether the household passes the means test.
    ``month``: the start month the operator picked instead of the one suggested (the
    amounts are then those of that month's standard)."""
    with uow:
        case = _get_case(uow, case_id)
        if month is not None:
            month = rules.first_of_month(month)
        else:
            month = rules.next_month(today) if case.kind != CaseKind.NEW else rules.first_of_month(today)
            month = ledger.proposed_month(uow, case.id) or month  # a proposal names its month
        if case.kind == CaseKind.CANCEL:
            return GrantSuggestion(month, "", 0, "none")
        assessed = _assessment(uow, case.household_id, month)
        explanation, eligible = (assessed[2], assessed[3]) if assessed else ("", None)
        after = _load(case.after_json)
        if case.proposed_category and case.proposed_fen:
            again = _recomputed(uow, case, month)
            if again is not None:  # the township took the computed amount: compute it for this month
                return GrantSuggestion(month, case.proposed_category, again, "assessment", explanation, eligible)
            return GrantSuggestion(month, case.proposed_category, case.proposed_fen, "proposed", explanation,
                                   eligible)
        if assessed is not None:
            category = assessed[0] or case.proposed_category or case.household.category
            return GrantSuggestion(month, category, assessed[1], "assessment", explanation, eligible)
        h = case.household
        category = after.get("category") or h.category
        amount = int(after.get("monthly_benefit_fen") or h.monthly_benefit_fen or 0)
        return GrantSuggestion(month, category, amount, "household" if amount else "none")


def _recomputed(uow: UnitOfWork, case: Case, month: dt.date) -> int | None:
    """The amount computed for ``month`` when the township's proposal was the amount computed
    at its review (for the month it reviewed in) and the figures of ``month`` give another:
    a standard raised between the township review and the grant's start month. None when the
    township set its amount by hand (kept as it is) or nothing changed."""
    rec = _active(case, rules.TOWNSHIP_REVIEW)
    computed = _load(rec.data_json).get("computed_fen") if rec is not None else None
    if computed is None or int(computed) != case.proposed_fen:
        return None
    again = benefit.amount_check(uow, case.household_id, month).computed_fen
    return again if again is not None and again != case.proposed_fen else None
