"""Recording what happened to a household: a review and what it decided, events that make a
review due at once, stable work and the gradual exit (渐退) it starts, refusals of offered
work; each reschedules the household's next review."""

from __future__ import annotations

import datetime as dt
from typing import Any
from dataclasses import dataclass

from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain import reviews as rules
from dibao_desk.domain.ledger import ProposalKind
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.reviews import ExitState, Refusal, ReviewOutcome, ReviewRules
from dibao_desk.models import (
    EmploymentEvent, Household, IncomeStable, Member, Review, ReviewEvent, ReviewSchedule, Village,
    WorkRefusal,
)
from dibao_desk.services import reviews_schedule
from dibao_desk.services.reviews_results import (
    EventInfo, ExitInfo, RefusalInfo, RefusalResult, ReviewInfo, ReviewInput, ScheduleInfo,
)
from dibao_desk.services.reviews_schedule import _all_rules, _reschedule_one, schedule_of
from dibao_desk.services.uow import UnitOfWork, retrying


# ---- recording a review -------------------------------------------------------------------

def _review_info(r: Review) -> ReviewInfo:
    return ReviewInfo(r.id, r.household_id, r.review_date, r.visitor, r.findings, r.outcome, r.reason,
                      r.effective_month, r.before_category, r.after_category, r.before_fen, r.after_fen,
                      r.case_id, r.due_rule)


def check_review(inp: ReviewInput, status: str | None, today: dt.date,
                 benefit_start: dt.date | None = None) -> list[Problem]:
    """The problems of a review before it is recorded. A review dated before the household's
    benefit began (a slip of the year) would reschedule it years back and date a 变更 or 取消
    from then, recovering every month paid."""
    problems: list[Problem] = []
    if status is None:
        return [Problem("household.missing", "household_id", {"id": inp.household_id})]
    if status != HouseholdStatus.RECEIVING:
        problems.append(Problem("reviews.not_receiving", "household_id", {"status": status}))
    if inp.outcome not in rules.OUTCOMES:
        problems.append(Problem("reviews.outcome", "outcome"))
    if not inp.visitor.strip():
        problems.append(Problem("reviews.visitor_empty", "visitor"))
    if inp.review_date > today:
        problems.append(Problem("reviews.date_future", "review_date", {"date": inp.review_date.isoformat()}))
    if benefit_start is not None and inp.review_date < benefit_start:
        problems.append(Problem("reviews.date_before_start", "review_date", {
            "date": inp.review_date.isoformat(), "start": benefit_start.isoformat()}))
    if inp.outcome in (ReviewOutcome.CHANGE, ReviewOutcome.CANCEL) and not inp.reason.strip():
        problems.append(Problem("reviews.reason_empty", "reason"))
    if inp.outcome == ReviewOutcome.CHANGE:
        if inp.new_benefit_fen is not None and inp.new_benefit_fen < 0:
            problems.append(Problem("amount.negative", "new_benefit_fen"))
        elif inp.new_benefit_fen == 0:  # no money left is a 取消, through its own procedure
            problems.append(Problem("reviews.change_to_zero", "new_benefit_fen"))
        if inp.new_category and inp.new_category not in ("class1", "class2", "class3"):
            problems.append(Problem("reviews.category", "new_category"))
    return problems


@retrying
def record_review(uow: UnitOfWork, inp: ReviewInput, today: dt.date | None = None) -> ReviewInfo:
    """Record a review and carry out its outcome.

    保留 (keep): nothing changes but the next review date. 变更/取消 open a proposal that
    runs through the steps the policy names (services.proposals); the household and its
    ledger change only when it is granted, from the month the rule set says
    (``effective_month``).

    The household's row is locked and read again first (PostgreSQL): a review of the same
    household recorded at another PC meanwhile waits for this one and then finds its case
    open (one review, one proposal), instead of both finding none and each opening one."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    with uow:
        s = uow.session
        h = s.get(Household, inp.household_id, with_for_update=True, populate_existing=True)
        if h is not None and inp.seen_review_id is not None:
            meanwhile = _review_since(s, h.id, inp.seen_review_id)
            if meanwhile is not None:
                raise RuleError(meanwhile)
        problems = check_review(inp, h.status if h else None, today, h.benefit_start if h else None)
        if h is not None:  # 回避: not the staff member or cadre who registered a member as a relative
            from dibao_desk.services import relatives

            problems += [Problem("registers.conflict_of_interest_review", "visitor", p.params)
                         for p in relatives.step_person_problems(s, h.id, inp.visitor)]
        if h is not None and inp.outcome == ReviewOutcome.KEEP:
            same_day = _review_on(s, h.id, inp.review_date)
            if same_day is not None:
                problems.append(same_day)
        if h is not None and inp.outcome in (ReviewOutcome.CHANGE, ReviewOutcome.CANCEL):
            late = _before_latest_review(s, h.id, inp.review_date, "review_date")
            if late is not None:
                problems.append(late)
        if h is not None and inp.outcome == ReviewOutcome.CHANGE and not problems:
            new_cat = inp.new_category or h.category
            new_fen = h.monthly_benefit_fen if inp.new_benefit_fen is None else inp.new_benefit_fen
            if new_cat == h.category and new_fen == h.monthly_benefit_fen:
                problems.append(Problem("reviews.change_nothing", "new_benefit_fen"))
        if problems:
            raise RuleError(problems)
        assert h is not None
        rs = rules.rules_in_force(_all_rules(s), inp.review_date)
        sched = s.get(ReviewSchedule, h.id)
        before = {"status": h.status, "category": h.category, "monthly_benefit_fen": h.monthly_benefit_fen}
        review = Review(household_id=h.id, review_date=inp.review_date, visitor=inp.visitor.strip(),
                        findings=inp.findings.strip(), outcome=inp.outcome, reason=inp.reason.strip(),
                        before_category=h.category, before_fen=h.monthly_benefit_fen,
                        after_category=h.category, after_fen=h.monthly_benefit_fen,
                        due_rule=sched.next_review_rule if sched else "", recorded_by=uow.operator)
        if inp.outcome == ReviewOutcome.CHANGE:
            review.after_category = inp.new_category or h.category
            review.after_fen = h.monthly_benefit_fen if inp.new_benefit_fen is None else inp.new_benefit_fen
        elif inp.outcome == ReviewOutcome.CANCEL:
            review.after_category, review.after_fen = "", 0
        proposal = None
        if inp.outcome != ReviewOutcome.KEEP:
            # Not a silent change: a proposal through the procedure the policy names;
            # the ledger moves when it is granted, from the month the review rules say.
            from dibao_desk.services import proposals

            review.effective_month = rules.effective_month(inp.review_date, rs)
            kind = ProposalKind.REVIEW_CHANGE if inp.outcome == ReviewOutcome.CHANGE else ProposalKind.REVIEW_CANCEL
            proposal = proposals.propose(uow, h.id, kind, inp.reason.strip(), review.effective_month,
                                         opened_on=inp.review_date, category=review.after_category,
                                         amount_fen=review.after_fen, cancel=inp.outcome == ReviewOutcome.CANCEL)
            review.case_id = proposal.case_id
        s.add(review)
        s.flush()
        _mark_income_stable(uow, h.id, inp.income_stable, review)
        if proposal is not None:
            proposal.source = f"review:{review.id}"
        for ev in s.scalars(select(ReviewEvent).where(ReviewEvent.household_id == h.id,
                                                      ReviewEvent.resolved_by.is_(None),
                                                      ReviewEvent.on <= inp.review_date)):
            ev.resolved_by = review.id
        s.flush()
        _reschedule_one(s, h.id, today)
        uow.audit("review", review.id, "record", None, _review_dict(review))
        uow.commit()
        return _review_info(review)


def _review_on(s: Any, household_id: int, on: dt.date) -> Problem | None:
    """The problem of a 保留 review of a household dated the same day as one recorded (None
    when there is none): it adds nothing to that visit, and is almost always the same review
    saved twice (a double click, the form opened twice, two PCs), which would count twice in the
    month's figures. Names the first. A 变更 or 取消 after a 保留 the same day (the clerk finds
    the benefit must change after all) goes on to its proposal; a second one is refused there,
    as its case is open."""
    first = s.scalars(select(Review).where(Review.household_id == household_id, Review.review_date == on)
                      .order_by(Review.id).limit(1)).first()
    if first is None:
        return None
    return Problem("reviews.review_same_day", "review_date", {
        "date": on.isoformat(), "visitor": first.visitor, "outcome": first.outcome,
        "recorded_by": first.recorded_by or ""})


def _latest_review_id(s: Any, household_id: int) -> int:
    return s.scalar(select(func.max(Review.id)).where(Review.household_id == household_id)) or 0


def _review_since(s: Any, household_id: int, seen: int) -> Problem | None:
    """The problem of a review form opened when the household's latest review was ``seen`` (0:
    none) when another has been recorded since, whatever its date (None when none has): at
    another PC or in another window, by hand, at the end of 渐退 or on refusals of work. Saved,
    it would be a second visit decided on what the household was before the first, and a
    second proposal. Names the latest."""
    latest = s.scalars(select(Review).where(Review.household_id == household_id, Review.id > seen)
                       .order_by(Review.id.desc()).limit(1)).first()
    if latest is None:
        return None
    return Problem("reviews.recorded_meanwhile", "review_date", {
        "date": latest.review_date.isoformat(), "visitor": latest.visitor, "outcome": latest.outcome})


def _before_latest_review(s: Any, household_id: int, on: dt.date, field: str) -> Problem | None:
    """The problem of a 变更 or 取消 review dated ``on`` before the household's latest review
    (None when it is not): it would undo what that one found and date its effect back over
    months since decided. Every path that records such a review (by hand, the end of 渐退, a
    refusal of work) asks this, so one rule holds whoever records it."""
    latest = s.scalar(select(func.max(Review.review_date)).where(Review.household_id == household_id))
    if latest is None or on >= latest:
        return None
    return Problem("reviews.date_before_latest", field, {"date": on.isoformat(), "latest": latest.isoformat()})


def _review_dict(r: Review) -> dict[str, Any]:
    return {k: getattr(r, k) for k in (
        "household_id", "review_date", "visitor", "findings", "outcome", "reason", "effective_month",
        "before_category", "after_category", "before_fen", "after_fen", "case_id", "due_rule")}


def reviews_of(uow: UnitOfWork, household_id: int) -> list[ReviewInfo]:
    with uow:
        rows = uow.session.scalars(select(Review).where(Review.household_id == household_id)
                                   .order_by(Review.review_date.desc(), Review.id.desc())).all()
        return [_review_info(r) for r in rows]


@dataclass(frozen=True)
class HouseholdBrief:
    household_id: int
    head_name: str
    village: str
    hukou_type: str
    status: str
    category: str
    monthly_benefit_fen: int
    person_count: int
    schedule: ScheduleInfo | None
    income_stable: bool = False  # on the half-yearly rule for income that changes little
    last_review_id: int = 0  # the latest review recorded (0: none), given back as ReviewInput.seen_review_id


def _mark_income_stable(uow: UnitOfWork, household_id: int, stable: bool | None, review: Review) -> None:
    """Put a household on (or take it off) the half-yearly rule for income that changes little."""
    row = uow.session.get(IncomeStable, household_id)
    if stable is None or stable == (row is not None):
        return
    if stable:
        uow.session.add(IncomeStable(household_id=household_id, marked_on=review.review_date,
                                     marked_by=uow.operator or "", review_id=review.id))
    else:
        uow.session.delete(row)
    uow.session.flush()
    uow.audit("household", household_id, "income_stable", {"income_stable": not stable},
              {"income_stable": stable, "review_id": review.id})


def brief(uow: UnitOfWork, household_id: int) -> HouseholdBrief:
    """What the record-review dialog shows about the household."""
    with uow:
        h = uow.session.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        data = (h.id, h.head_name, h.village.name, h.hukou_type, h.status, h.category,
                h.monthly_benefit_fen, h.person_count)
        stable = uow.session.get(IncomeStable, household_id) is not None
        last = _latest_review_id(uow.session, household_id)
    return HouseholdBrief(*data, schedule=schedule_of(uow, household_id), income_stable=stable,
                          last_review_id=last)


# ---- events ---------------------------------------------------------------------------------

def raise_event(uow: UnitOfWork, household_id: int, kind: str, on: dt.date, detail: str = "",
                source: str = "", today: dt.date | None = None) -> EventInfo:
    """Something happened that calls for a review at once (a member's death or moving
    away, a complaint found true, a cross-check warning): the household's review
    becomes due on the event date. Other features call this hook. The household is
    rescheduled on ``today`` (else the day the caller's transaction was given, else the
    computer's date)."""
    if kind not in rules.EVENT_KINDS:
        raise RuleError(Problem("reviews.event_kind", "kind", {"kind": kind}))
    with uow:
        s = uow.session
        if today is not None:
            reviews_schedule.as_of(s, today)
        h = s.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        ev = ReviewEvent(household_id=household_id, kind=kind, on=on, detail=detail.strip(),
                         source=source.strip())
        s.add(ev)
        s.flush()
        due = _reschedule_one(s, household_id, reviews_schedule.day_of(s))
        uow.audit("review_event", ev.id, "raise", None,
                  {"household_id": household_id, "kind": kind, "on": on, "detail": ev.detail, "source": ev.source})
        uow.commit()
        return EventInfo(ev.id, household_id, kind, on, ev.detail, ev.source, due.date if due else on)


def open_events(uow: UnitOfWork, household_id: int) -> list[EventInfo]:
    with uow:
        rows = uow.session.scalars(select(ReviewEvent).where(
            ReviewEvent.household_id == household_id, ReviewEvent.resolved_by.is_(None))
            .order_by(ReviewEvent.on)).all()
        return [EventInfo(e.id, e.household_id, e.kind, e.on, e.detail, e.source, e.on) for e in rows]


# ---- gradual exit (渐退) ----------------------------------------------------------------------

def _exit_info(e: EmploymentEvent, h: Household, village: str, rs: ReviewRules, today: dt.date) -> ExitInfo:
    sched = rules.ExitSchedule(e.gained_on, e.last_paid_month, e.stop_month,
                               tuple(rules.add_months(e.stop_month, -k)
                                     for k in range(rs.exit_reminder_months, 0, -1)),
                               e.last_paid_month)
    state = rules.exit_state(sched, today) if e.status == ExitState.RUNNING else e.status
    return ExitInfo(e.id, e.household_id, h.head_name, village, e.member_name, e.gained_on,
                    e.last_paid_month, e.stop_month, sched.reminders, e.status, state,
                    rules.months_left(sched, today) if e.status == ExitState.RUNNING else 0)


def _check_dated(on: dt.date, field: str, h: Household, code_before_start: str) -> None:
    """A date of stable work or of a refusal must fall within the household's present benefit: a
    slip of the year before its start would date a 渐退 or a stop from then, recovering the
    months paid since."""
    if h.benefit_start is not None and on < h.benefit_start:
        raise RuleError(Problem(code_before_start, field, {"date": on.isoformat(),
                                                           "start": h.benefit_start.isoformat()}))


@retrying
def record_stable_work(uow: UnitOfWork, household_id: int, gained_on: dt.date, member_name: str = "",
                       detail: str = "", today: dt.date | None = None) -> ExitInfo:
    """A member gained stable work: the benefit continues for the months the rule set says, then
    stops. Refused when dated after ``today`` or before the household's benefit began, and while
    the household's 渐退 from stable work recorded before runs or its end is being decided (one
    household, one 渐退: a second would write a second 渐退 decision and propose a second stop).

    The household's row is locked and read again first (PostgreSQL): stable work recorded at
    another PC meanwhile waits for this one and then finds its 渐退."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    if gained_on > today:
        raise RuleError(Problem("reviews.date_future", "gained_on", {"date": gained_on.isoformat()}))
    with uow:
        s = uow.session
        h = s.get(Household, household_id, with_for_update=True, populate_existing=True)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        if h.status != HouseholdStatus.RECEIVING:
            raise RuleError(Problem("reviews.not_receiving", "household_id", {"status": h.status}))
        running = s.scalars(select(EmploymentEvent).where(
            EmploymentEvent.household_id == household_id,
            EmploymentEvent.status.in_((ExitState.RUNNING, ExitState.STOPPED)))
            .order_by(EmploymentEvent.id).limit(1)).first()
        if running is not None:
            raise RuleError(Problem("reviews.exit_running", "gained_on", {
                "date": running.gained_on.isoformat(), "member": running.member_name,
                "last": f"{running.last_paid_month:%Y-%m}", "stop": f"{running.stop_month:%Y-%m}"}))
        _check_dated(gained_on, "gained_on", h, "reviews.work_date_before_start")
        rs = rules.rules_in_force(_all_rules(s), gained_on)
        sched = rules.gradual_exit(gained_on, rs)
        e = EmploymentEvent(household_id=household_id, member_name=member_name.strip(), gained_on=gained_on,
                            detail=detail.strip(), last_paid_month=sched.last_paid_month,
                            stop_month=sched.stop_month, status=ExitState.RUNNING)
        s.add(e)
        s.flush()
        _reschedule_one(s, household_id, today)
        _ledger_gradual_exit(uow, h.id, gained_on, today)
        uow.audit("review_employment", e.id, "stable_work", None, {
            "household_id": household_id, "member": e.member_name, "gained_on": gained_on,
            "last_paid_month": e.last_paid_month, "stop_month": e.stop_month})
        uow.commit()
        return _exit_info(e, h, h.village.name, rs, today)


def _ledger_gradual_exit(uow: UnitOfWork, household_id: int, gained_on: dt.date, today: dt.date) -> None:
    """The ledger shows the months from stable work on as 渐退 (still paid, same amount);
    they end when the proposal at the end of 渐退 is granted."""
    from dibao_desk.domain import ledger as money
    from dibao_desk.services import ledger

    month = money.month_of(gained_on)
    start = max(month, money.add_months(ledger.paid_through(uow, today), 1))
    now = ledger.value_now(uow, household_id, start)
    if now is None or now.status is not money.LedgerStatus.RECEIVING:
        return
    value = money.MonthValue(money.LedgerStatus.GRADUAL_EXIT, now.category, now.covered, now.amount_fen,
                             now.supplement_fen)
    ledger.write_decision(uow, money.DecisionKind.GRADUAL_EXIT, month, today, uow.operator,
                          {household_id: value}, household_id=household_id, note="stable work", today=today)


def keep_after_exit_refused(uow: UnitOfWork, household_id: int | None, source: str, case_id: int,
                            on: dt.date) -> None:
    """The 取消 proposed at the end of a household's 渐退 was refused (or withdrawn) on ``on``:
    the township keeps the household on benefit, so its 渐退 ends here. The months from the
    refusal on (never a paid month) are ordinary 在保 at the amount it has, written as the
    procedure's own decision (named for the person who refused); the exit reads 继续保障.
    Inside the procedure's transaction."""
    from dibao_desk.domain import ledger as money
    from dibao_desk.domain.procedure import StepResult
    from dibao_desk.models import CaseStep
    from dibao_desk.services import ledger

    s = uow.session
    kind, _, ref = source.partition(":")
    e = s.get(EmploymentEvent, int(ref)) if kind == "review_employment" and ref.isdigit() else None
    if e is not None and e.status == ExitState.STOPPED:
        e.status = ExitState.KEPT
        uow.audit("review_employment", e.id, "exit_kept", {"status": ExitState.STOPPED},
                  {"status": ExitState.KEPT, "case_id": case_id, "on": on})
    if household_id is None:
        return
    month = max(money.month_of(on), money.add_months(ledger.paid_through(uow, on), 1))
    now = ledger.value_now(uow, household_id, month)
    if now is None or now.status is not money.LedgerStatus.GRADUAL_EXIT:
        return
    person = s.scalar(select(CaseStep.person).where(
        CaseStep.case_id == case_id, CaseStep.active.is_(True), CaseStep.result == StepResult.REFUSED))
    value = money.MonthValue(money.LedgerStatus.RECEIVING, now.category, now.covered, now.amount_fen,
                             now.supplement_fen)
    ledger.write_decision(uow, money.DecisionKind.EXIT_KEPT, month, on, person or uow.operator or "",
                          {household_id: value}, household_id=household_id, case_id=case_id,
                          note="gradual exit end refused", today=on)


def exits(uow: UnitOfWork, today: dt.date | None = None, *, running_only: bool = True) -> list[ExitInfo]:
    """Households in gradual exit, with their state on ``today`` (reminders due, stopping)."""
    today = today or dt.date.today()
    with uow:
        s = uow.session
        stmt = select(EmploymentEvent, Household, Village.name).join(
            Household, Household.id == EmploymentEvent.household_id).join(Village, Village.id == Household.village_id)
        if running_only:
            stmt = stmt.where(EmploymentEvent.status == ExitState.RUNNING)
        sets = _all_rules(s)
        return [_exit_info(e, h, v, rules.rules_in_force(sets, e.gained_on), today)
                for e, h, v in s.execute(stmt.order_by(EmploymentEvent.stop_month)).all()]


def apply_exit_stops(uow: UnitOfWork, today: dt.date | None = None) -> list[ReviewInfo]:
    """Stop the benefit of households whose gradual exit has ended by ``today``: each gets a
    取消 review effective from its stop month. Returns the reviews recorded."""
    today = today or dt.date.today()
    out = []
    with uow:
        s = uow.session
        due = s.scalars(select(EmploymentEvent).where(EmploymentEvent.status == ExitState.RUNNING,
                                                      EmploymentEvent.stop_month <= today)).all()
        for e in due:
            h = s.get(Household, e.household_id)
            if h is None or h.status != HouseholdStatus.RECEIVING:
                e.status = ExitState.STOPPED
                continue
            if _before_latest_review(s, h.id, today, "review_date") is not None:
                continue  # a review recorded after ``today``: proposed when the stops are applied on a later day
            from dibao_desk.services import proposals

            try:
                # the case's 事由, printed on its forms: words, as an event's (services.events)
                reason = messages.label("review_reason", "gradual_exit_ended")
                proposal = proposals.propose(uow, h.id, ProposalKind.EXIT_END, reason, e.stop_month,
                                             opened_on=today, source=f"review_employment:{e.id}")
            except RuleError:
                continue  # an open case for the household: proposed once that one is closed
            e.status = ExitState.STOPPED
            review = Review(household_id=h.id, review_date=today, visitor=uow.operator or "",
                            findings=e.detail, outcome=ReviewOutcome.CANCEL, reason="gradual_exit_ended",
                            effective_month=e.stop_month, before_category=h.category,
                            before_fen=h.monthly_benefit_fen, after_category="", after_fen=0,
                            due_rule=rules.GRADUAL_EXIT_RULE, recorded_by=uow.operator,
                            case_id=proposal.case_id)
            s.add(review)
            s.flush()
            uow.audit("household", h.id, "gradual_exit_end_proposed", None,
                      {"proposal_id": proposal.id, "effective_month": e.stop_month})
            _reschedule_one(s, h.id, today)
            out.append(_review_info(review))
        uow.commit()
    return out


# ---- refusal of offered work -----------------------------------------------------------------

@retrying
def record_refusal(uow: UnitOfWork, household_id: int, on: dt.date, offer: str, member_name: str = "",
                   today: dt.date | None = None) -> RefusalResult:
    """A member recorded with full work capacity refused offered work (a member with partial
    or no work capacity is refused with ``reviews.refusal_capacity``: such a refusal does not
    count). When the counted refusals not yet acted upon reach the rule set's threshold, the
    benefit stops or is reduced as it says, from the month the rule set names, recorded as a
    取消 or 变更 review. Refusals are counted with each member's work capacity as recorded now.
    Refused when dated after ``today`` or before the household's benefit began."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    if not offer.strip():
        raise RuleError(Problem("reviews.offer_empty", "offer"))
    if on > today:
        raise RuleError(Problem("reviews.date_future", "on", {"date": on.isoformat()}))
    with uow:
        s = uow.session
        h = s.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        if h.status != HouseholdStatus.RECEIVING:
            raise RuleError(Problem("reviews.not_receiving", "household_id", {"status": h.status}))
        _check_dated(on, "on", h, "reviews.refusal_date_before_start")
        capacity = dict(s.execute(select(Member.name, Member.work_capacity)
                                  .where(Member.household_id == household_id)).all())
        if member_name.strip() not in capacity:
            raise RuleError(Problem("reviews.refusal_member", "member_name", {"member": member_name.strip()}))
        if not rules.refusal_counts(capacity[member_name.strip()]):
            raise RuleError(Problem("reviews.refusal_capacity", "member_name", {
                "member": member_name.strip(), "capacity": capacity[member_name.strip()]}))
        ref = WorkRefusal(household_id=household_id, on=on, offer=offer.strip(), member_name=member_name.strip())
        s.add(ref)
        s.flush()
        uow.audit("review_refusal", ref.id, "record", None,
                  {"household_id": household_id, "on": on, "offer": ref.offer, "member": ref.member_name})
        pending = s.scalars(select(WorkRefusal).where(WorkRefusal.household_id == household_id,
                                                      WorkRefusal.acted.is_(False)).order_by(WorkRefusal.on)).all()
        rs = rules.rules_in_force(_all_rules(s), on)
        counted = rules.counted_refusals(
            [Refusal(p.on, p.offer, capacity.get(p.member_name, "")) for p in pending])
        decision = rules.refusal_decision(counted, rs, h.monthly_benefit_fen)
        review_id = None
        if decision is not None:
            late = _before_latest_review(s, h.id, on, "on")
            if late is not None:  # nothing written: the refusal with the review it would make
                raise RuleError(late)
            from dibao_desk.services import proposals

            outcome = ReviewOutcome.CANCEL if decision.consequence == "stop" else ReviewOutcome.CHANGE
            findings = "；".join(f"{p.on.isoformat()} {p.offer}" for p in pending)
            proposal = proposals.propose(uow, h.id, ProposalKind.WORK_REFUSAL, findings, decision.from_month,
                                         opened_on=on, amount_fen=decision.new_benefit_fen,
                                         cancel=outcome == ReviewOutcome.CANCEL, source=f"review_refusal:{ref.id}")
            review = Review(household_id=h.id, review_date=on, visitor=uow.operator or "",
                            findings=findings, outcome=outcome, reason="work_refused",
                            effective_month=decision.from_month,
                            before_category=h.category, before_fen=h.monthly_benefit_fen,
                            after_category="" if outcome == ReviewOutcome.CANCEL else h.category,
                            after_fen=decision.new_benefit_fen, due_rule="work_refused",
                            recorded_by=uow.operator, case_id=proposal.case_id)
            s.add(review)
            for p in pending:
                p.acted = True
            s.flush()
            review_id = review.id
            uow.audit("household", h.id, "work_refused_proposed", None,
                      {"proposal_id": proposal.id, "effective_month": decision.from_month})
            _reschedule_one(s, h.id, today)
        uow.commit()
        return RefusalResult(RefusalInfo(ref.id, household_id, ref.member_name, on, ref.offer),
                             len(counted), rs.refusal_threshold, decision, review_id)


def refusals_of(uow: UnitOfWork, household_id: int) -> list[RefusalInfo]:
    with uow:
        rows = uow.session.scalars(select(WorkRefusal).where(WorkRefusal.household_id == household_id)
                                   .order_by(WorkRefusal.on)).all()
        return [RefusalInfo(r.id, r.household_id, r.member_name, r.on, r.offer) for r in rows]
