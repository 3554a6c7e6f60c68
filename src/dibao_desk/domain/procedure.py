"""The application procedure (三环节十步骤) as a state machine: pure rules, no store.

A case (one application, change or cancellation of one household) walks through
the steps of its kind's flow in order. Each step is recorded with a date, the
person responsible, a result and notes. Nothing here reads a clock: every rule
that depends on the date takes ``today`` explicitly.

Steps (seed 000, 三环节十步骤; seed 001, 两审三公示):

    1 申请受理   2 调查核实   3 民主评议   4 一榜公示   5 经办机构审查
    6 乡镇政府审核   7 二榜公示   8 县民政局审批   9 三榜公示   10 待遇批准

Which steps a kind goes through is data (``FLOWS``). Notice steps (公示) have a
window: it opens on ``start`` and ends on ``start + notice days``; the case may
move on from the end day, once every objection logged in the window is
resolved. The democratic review (民主评议) looks at every declared item of the
household; one objection with a reason fails the item (seed 002: not a vote).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Mapping

from dibao_desk.domain.problems import Problem

APPLICATION = 1
HOME_VISIT = 2
DEMOCRATIC_REVIEW = 3
NOTICE_1 = 4
OFFICE_CHECK = 5
TOWNSHIP_REVIEW = 6
NOTICE_2 = 7
COUNTY_DECISION = 8
NOTICE_3 = 9
GRANT = 10

STEPS = tuple(range(1, 11))

# Stable codes of the steps (stored in audit rows and exchange files).
STEP_CODES = {
    APPLICATION: "application", HOME_VISIT: "home_visit", DEMOCRATIC_REVIEW: "democratic_review",
    NOTICE_1: "notice_1", OFFICE_CHECK: "office_check", TOWNSHIP_REVIEW: "township_review",
    NOTICE_2: "notice_2", COUNTY_DECISION: "county_decision", NOTICE_3: "notice_3", GRANT: "grant",
}

# Notice steps and their stage (一榜 / 二榜 / 三榜).
NOTICE_STAGE = {NOTICE_1: 1, NOTICE_2: 2, NOTICE_3: 3}
STAGE_STEP = {v: k for k, v in NOTICE_STAGE.items()}


class CaseKind(StrEnum):
    NEW = "new"  # 新增
    CHANGE = "change"  # 变更
    CANCEL = "cancel"  # 取消


class CaseStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"  # 申请人撤回: the household asked in writing, before the grant


class StepResult(StrEnum):
    """Results a step record can carry ("" while the step is not decided)."""

    PASSED = "passed"
    REFUSED = "refused"
    RETURNED = "returned"  # 退回重新调查


class ObjectionResult(StrEnum):
    UPHELD = "upheld"  # 属实
    DISMISSED = "dismissed"  # 不属实


KINDS = tuple(CaseKind)

# Which steps each kind of case goes through, in order. Changes and cancellations
# come from a review that already visited the household: the township reviews
# them, they are on notice, the county approves, and the change takes effect.
FLOWS: dict[str, tuple[int, ...]] = {
    CaseKind.NEW: STEPS,
    CaseKind.CHANGE: (TOWNSHIP_REVIEW, NOTICE_2, COUNTY_DECISION, GRANT),
    CaseKind.CANCEL: (TOWNSHIP_REVIEW, NOTICE_2, COUNTY_DECISION, GRANT),
}

CASE_STATUSES = tuple(CaseStatus)
RESULTS = tuple(StepResult)

OBJECTION_CHANNELS = ("box", "phone", "visit")  # 举报箱 / 电话 / 来访
OBJECTION_RESULTS = tuple(ObjectionResult)

REVIEW_ITEM_KINDS = ("member", "income", "property", "supporter")


class ReviewVerdict(StrEnum):
    """The democratic review's (民主评议) conclusion."""

    PASS = "pass"  # 通过
    RETURN = "return"  # 退回重新调查
    REFUSE = "refuse"  # 不予通过


REVIEW_OUTCOMES = tuple(ReviewVerdict)

# Example only: seed 002 posts notices for 7 days. The figure in force comes
# from the policy figures; this is used only where no policy has been entered.
EXAMPLE_NOTICE_DAYS = 7


@dataclass(frozen=True)
class StepState:
    """What the store holds of one (current, not superseded) step record."""

    step: int
    started_on: dt.date | None = None  # notices: window start; others: the record date
    window_end: dt.date | None = None
    done_on: dt.date | None = None
    result: str = ""
    open_objections: int = 0
    # the latest objection logged or answered at this step (a notice): what follows comes after it
    objections_on: dt.date | None = None


@dataclass(frozen=True)
class CaseState:
    kind: str
    status: str = CaseStatus.OPEN
    steps: tuple[StepState, ...] = ()
    opened_on: dt.date | None = None
    custom_flow: tuple[int, ...] = ()  # the steps the policy named when the case was opened
    set_aside_on: dt.date | None = None  # the last date of the records a return set aside (history)

    @property
    def flow(self) -> tuple[int, ...]:
        return self.custom_flow or FLOWS[self.kind]

    def record(self, step: int) -> StepState | None:
        for s in self.steps:
            if s.step == step:
                return s
        return None


@dataclass(frozen=True)
class ReviewItem:
    """One declared item of the household put before the democratic review."""

    key: str  # "member:12", "income:40", ...
    kind: str
    label: str
    detail: str = ""
    objection: str = ""  # the reason given; non-empty fails the item

    @property
    def failed(self) -> bool:
        return bool(self.objection.strip())


@dataclass(frozen=True)
class Waiting:
    """What a case waits for, as a code with parameters (words in messages)."""

    action: str  # record | start_notice | objections | notice_running | close_notice | none
    step: int | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)


def notice_window(start: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """The window of a notice posted on ``start``: (start, start + days)."""
    if days < 1:
        raise ValueError("notice days must be at least 1")
    return start, start + dt.timedelta(days=days)


def next_step(state: CaseState) -> int | None:
    """The first step of the flow not yet done, or None when the case is closed."""
    if state.status != CaseStatus.OPEN:
        return None
    for step in state.flow:
        rec = state.record(step)
        if rec is None or rec.done_on is None:
            return step
    return None


def last_done_on(state: CaseState) -> dt.date | None:
    """The latest date on the case's record: what is recorded next is not dated before it.
    Besides the steps done, a step under way counts from its start (a notice posted, a
    review opened) and from the objections logged and answered at it: a notice is not
    closed, nor the case refused or withdrawn, before the day the list went up or the
    day an objection was answered."""
    dates = [d for s in state.steps for d in (s.done_on, s.started_on, s.objections_on) if d is not None]
    for day in (state.opened_on, state.set_aside_on):  # a step redone after a return comes after it
        if day is not None:
            dates.append(day)
    return max(dates) if dates else None


def _order_problems(state: CaseState, step: int) -> list[Problem]:
    if state.status != CaseStatus.OPEN:
        return [Problem("procedure.case_closed", "step", {"status": state.status})]
    if step not in state.flow:
        return [Problem("procedure.step_not_in_flow", "step", {"step": step, "kind": state.kind})]
    expected = next_step(state)
    if step != expected:
        return [Problem("procedure.out_of_order", "step", {"step": step, "expected": expected})]
    return []


def _date_problems(state: CaseState, on: dt.date, today: dt.date, field_: str = "on") -> list[Problem]:
    problems = []
    if on > today:
        problems.append(Problem("procedure.future_date", field_, {"date": on, "today": today}))
    before = last_done_on(state)
    if before is not None and on < before:
        problems.append(Problem("procedure.before_previous", field_, {"date": on, "previous": before}))
    return problems


def check_record(state: CaseState, step: int, on: dt.date, today: dt.date,
                 person: str = "") -> list[Problem]:
    """Problems with recording ``step`` as done on ``on`` (the case moves on)."""
    problems = _order_problems(state, step)
    if problems:
        return problems
    if not person.strip():
        problems.append(Problem("procedure.person_empty", "person"))
    problems += _date_problems(state, on, today)
    if step in NOTICE_STAGE:
        rec = state.record(step)
        if rec is None or rec.started_on is None:
            problems.append(Problem("procedure.notice_not_started", "step",
                                    {"stage": NOTICE_STAGE[step]}))
        else:
            assert rec.window_end is not None
            if today < rec.window_end or on < rec.window_end:
                problems.append(Problem("procedure.window_open", "on",
                                        {"stage": NOTICE_STAGE[step], "end": rec.window_end}))
            if rec.open_objections:
                problems.append(Problem("procedure.objections_open", "step",
                                        {"count": rec.open_objections}))
    return problems


def check_start_notice(state: CaseState, step: int, start: dt.date, today: dt.date,
                       person: str = "") -> list[Problem]:
    problems = _order_problems(state, step)
    if problems:
        return problems
    if step not in NOTICE_STAGE:
        return [Problem("procedure.not_a_notice", "step", {"step": step})]
    rec = state.record(step)
    if rec is not None and rec.started_on is not None:
        return [Problem("procedure.notice_started", "step", {"stage": NOTICE_STAGE[step],
                                                            "start": rec.started_on})]
    if not person.strip():
        problems.append(Problem("procedure.person_empty", "person"))
    return problems + _date_problems(state, start, today, "start")


def check_objection(state: CaseState, step: int, received_on: dt.date, today: dt.date,
                    channel: str, content: str) -> list[Problem]:
    """An objection to a notice is logged while the notice is up (its step is current)."""
    problems = _order_problems(state, step)
    if problems:
        return problems
    rec = state.record(step)
    if step not in NOTICE_STAGE or rec is None or rec.started_on is None:
        return [Problem("procedure.notice_not_started", "step", {"stage": NOTICE_STAGE.get(step, 0)})]
    if channel not in OBJECTION_CHANNELS:
        problems.append(Problem("procedure.objection_channel", "channel"))
    if not content.strip():
        problems.append(Problem("procedure.objection_empty", "content"))
    assert rec.window_end is not None
    if received_on > today:
        problems.append(Problem("procedure.future_date", "received_on", {"date": received_on, "today": today}))
    elif not (rec.started_on <= received_on <= rec.window_end):
        problems.append(Problem("procedure.objection_outside_window", "received_on",
                                {"date": received_on, "start": rec.started_on, "end": rec.window_end}))
    return problems


def check_resolution(received_on: dt.date, resolved_on: dt.date, today: dt.date,
                     result: str, note: str, already: bool) -> list[Problem]:
    problems = []
    if already:
        problems.append(Problem("procedure.objection_resolved", "id"))
    if result not in OBJECTION_RESULTS:
        problems.append(Problem("procedure.objection_result", "result"))
    if not note.strip():
        problems.append(Problem("procedure.resolution_note_empty", "note"))
    if resolved_on > today:
        problems.append(Problem("procedure.future_date", "resolved_on", {"date": resolved_on, "today": today}))
    if resolved_on < received_on:
        problems.append(Problem("procedure.resolved_before_received", "resolved_on",
                                {"date": resolved_on, "received": received_on}))
    return problems


def check_refuse(state: CaseState, step: int, on: dt.date, today: dt.date, reason: str,
                 person: str = "") -> list[Problem]:
    """Any step may refuse the case, with a reason; it must be the step the case is at.
    Once the county approved the case (县民政局审批, the approving body), the township's later
    steps (三榜公示, 待遇批准) cannot overturn it: a change is reported to the county, or, once
    granted, goes through a 变更 or 取消 case."""
    problems = _order_problems(state, step)
    if problems:
        return problems
    county = state.record(COUNTY_DECISION)
    if (county is not None and county.done_on is not None and county.result == StepResult.PASSED
            and step != COUNTY_DECISION):
        return [Problem("procedure.refuse_county_approved", "step", {"date": county.done_on})]
    if not reason.strip():
        problems.append(Problem("procedure.reason_empty", "reason"))
    if not person.strip():
        problems.append(Problem("procedure.person_empty", "person"))
    return problems + _date_problems(state, on, today)


def check_withdraw(state: CaseState, on: dt.date, today: dt.date, person: str, request: str) -> list[Problem]:
    """The household withdraws its case (申请人撤回) at any step before the grant: the case
    must be open, dated not in the future nor before its last record, with the person who
    took the withdrawal and the household's written request noted."""
    if state.status != CaseStatus.OPEN:
        return [Problem("procedure.case_closed", "case", {"status": state.status})]
    problems = []
    if not request.strip():
        problems.append(Problem("procedure.withdraw_request_empty", "request"))
    if not person.strip():
        problems.append(Problem("procedure.person_empty", "person"))
    return problems + _date_problems(state, on, today)


# Where a case may be returned to 乡镇审核 from: past the review, the county not yet decided.
RETURN_REVIEW_FROM = (NOTICE_2, COUNTY_DECISION)


def check_return_review(state: CaseState, on: dt.date, today: dt.date, reason: str) -> list[Problem]:
    """The township sends a case back to its own review (退回乡镇审核): the case is open and
    past 乡镇审核 (on its 二榜 notice or waiting for the county), the county has not decided
    it, no objection to the notice is left open, a reason is given, and the date is neither
    after today nor before the review (nor before a later record, such as the notice's end)."""
    if state.status != CaseStatus.OPEN:
        return [Problem("procedure.case_closed", "case", {"status": state.status})]
    if TOWNSHIP_REVIEW not in state.flow:
        return [Problem("procedure.step_not_in_flow", "step", {"step": TOWNSHIP_REVIEW, "kind": state.kind})]
    county = state.record(COUNTY_DECISION)
    if county is not None and county.done_on is not None:
        return [Problem("procedure.return_county_decided", "case", {"date": county.done_on})]
    review = state.record(TOWNSHIP_REVIEW)
    if next_step(state) not in RETURN_REVIEW_FROM or review is None or review.done_on is None:
        return [Problem("procedure.return_not_reviewed", "case")]
    problems = []
    notice = state.record(NOTICE_2)
    if notice is not None and notice.open_objections:
        problems.append(Problem("procedure.return_objections_open", "case", {"count": notice.open_objections}))
    if not reason.strip():
        problems.append(Problem("procedure.return_reason_empty", "reason"))
    if on < review.done_on:
        problems.append(Problem("procedure.return_before_review", "on", {"date": on, "reviewed": review.done_on}))
        if on > today:
            problems.append(Problem("procedure.future_date", "on", {"date": on, "today": today}))
        return problems
    return problems + _date_problems(state, on, today)


def check_review(items: list[ReviewItem], outcome: str, place: str, attendees: str) -> list[Problem]:
    """The democratic review: a failed item cannot pass; return/refuse need a failed item or a reason."""
    problems = []
    if not place.strip():
        problems.append(Problem("procedure.review_place", "place"))
    if not attendees.strip():
        problems.append(Problem("procedure.review_attendees", "attendees"))
    if outcome not in REVIEW_OUTCOMES:
        problems.append(Problem("procedure.review_outcome", "outcome"))
        return problems
    failed = [i for i in items if i.failed]
    if outcome == ReviewVerdict.PASS and failed:
        problems.append(Problem("procedure.review_failed_items", "outcome",
                                {"count": len(failed), "items": "、".join(i.label for i in failed)}))
    if outcome == ReviewVerdict.RETURN and not failed:
        problems.append(Problem("procedure.review_return_without_objection", "outcome"))
    return problems


def review_failed(items: list[ReviewItem]) -> list[ReviewItem]:
    return [i for i in items if i.failed]


def check_signatures(step: int, data: Mapping[str, Any]) -> list[Problem]:
    """Step 1: the applicant signs the declaration and the authorisation to verify.
    Step 2: the investigator and the applicant both sign the home-visit findings."""
    problems = []
    if step == APPLICATION:
        if not data.get("declaration_signed"):
            problems.append(Problem("procedure.declaration_unsigned", "declaration_signed"))
        if not data.get("authorisation_signed"):
            problems.append(Problem("procedure.authorisation_unsigned", "authorisation_signed"))
    elif step == HOME_VISIT:
        if not data.get("investigator_signed"):
            problems.append(Problem("procedure.investigator_unsigned", "investigator_signed"))
        if not data.get("applicant_signed"):
            problems.append(Problem("procedure.applicant_unsigned", "applicant_signed"))
    return problems


# ---- special cases approved by collective decision (seed 001) ----------------------------

# "对家庭确有大病患者或资金支出大于收入的特殊情况,经过审批机关集体讨论作出批准决定"
SPECIAL_CASE_KINDS = ("serious_illness", "spending_over_income")  # 重病 / 支出大于收入


@dataclass(frozen=True)
class CollectiveDecision:
    """The approving body's collective discussion of a special case: which kind of special
    case, when it met, who took part and the minutes (or the reason it gave)."""

    kind: str
    decided_on: dt.date | None
    participants: str
    minutes: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "decided_on": self.decided_on.isoformat() if self.decided_on else "",
                "participants": self.participants, "minutes": self.minutes}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "CollectiveDecision | None":
        if not data:
            return None
        on = data.get("decided_on") or ""
        return cls(str(data.get("kind", "")), dt.date.fromisoformat(on[:10]) if on else None,
                   str(data.get("participants", "")), str(data.get("minutes", "")))


def check_collective_decision(d: CollectiveDecision, approved_on: dt.date | None,
                              opened_on: dt.date | None = None) -> list[Problem]:
    """A collective decision names its kind, its date (not after the approval it backs, nor
    before the case it approves was opened: a mistyped year), the participants (at least two:
    it is collective) and the minutes or reason."""
    problems = []
    if d.kind not in SPECIAL_CASE_KINDS:
        problems.append(Problem("procedure.special_kind", "special_case.kind"))
    if d.decided_on is None:
        problems.append(Problem("procedure.special_date", "special_case.decided_on"))
    elif approved_on is not None and d.decided_on > approved_on:
        problems.append(Problem("procedure.special_date_after", "special_case.decided_on",
                                {"date": d.decided_on, "approved_on": approved_on}))
    elif opened_on is not None and d.decided_on < opened_on:
        problems.append(Problem("procedure.special_date_before_opened", "special_case.decided_on",
                                {"date": d.decided_on, "opened_on": opened_on}))
    names = [n for n in d.participants.replace("，", "、").replace(",", "、").replace(" ", "、").split("、")
             if n.strip()]
    if len(names) < 2:
        problems.append(Problem("procedure.special_participants", "special_case.participants"))
    if not d.minutes.strip():
        problems.append(Problem("procedure.special_minutes", "special_case.minutes"))
    return problems


def check_approval(kind: str, eligible: bool | None, decision: CollectiveDecision | None,
                   approved_on: dt.date | None, opened_on: dt.date | None = None) -> list[Problem]:
    """County approval of a new case or a change: a household that fails the means test is
    approved only as a special case with a recorded collective decision. A cancellation, or
    a household whose means test cannot be run (no policy entered), needs none; a collective
    decision given anyway is checked and kept."""
    if decision is not None:
        return check_collective_decision(decision, approved_on, opened_on)
    if kind != CaseKind.CANCEL and eligible is False:
        return [Problem("procedure.means_test_failed", "special_case")]
    return []


def check_grant(kind: str, start_month: dt.date | None, category: str, monthly_fen: int,
                categories: tuple[str, ...]) -> list[Problem]:
    problems = []
    if start_month is None:
        problems.append(Problem("procedure.start_month", "start_month"))
    elif start_month.day != 1:
        problems.append(Problem("procedure.start_month_day", "start_month"))
    if kind != CaseKind.CANCEL:
        if category not in categories:
            problems.append(Problem("procedure.category", "category"))
        if monthly_fen <= 0:
            problems.append(Problem("procedure.amount", "monthly_fen"))
    return problems


def waiting(state: CaseState, today: dt.date) -> Waiting:
    """What the case waits for today, for the cases view ("一榜公示至 11月29日", "待县局审批")."""
    if state.status != CaseStatus.OPEN:
        return Waiting("none", None, f"waiting.{state.status}")
    step = next_step(state)
    assert step is not None
    return waiting_at(step, state.record(step), today)


def waiting_at(step: int, rec: StepState | None, today: dt.date) -> Waiting:
    """What an open case at ``step`` (with that step's current record, if any) waits for."""
    if step in NOTICE_STAGE:
        stage = NOTICE_STAGE[step]
        if rec is None or rec.started_on is None:
            return Waiting("start_notice", step, "waiting.start_notice", {"stage": stage})
        assert rec.window_end is not None
        if today < rec.window_end:
            # with today: an end in another year is said with its year ("至 2027年1月4日")
            return Waiting("notice_running", step, "waiting.notice_running",
                           {"stage": stage, "end": rec.window_end, "objections": rec.open_objections, "today": today})
        if rec.open_objections:
            return Waiting("objections", step, "waiting.objections",
                           {"stage": stage, "count": rec.open_objections})
        return Waiting("close_notice", step, "waiting.close_notice", {"stage": stage, "end": rec.window_end})
    if step == DEMOCRATIC_REVIEW and rec is not None and rec.started_on is not None:
        return Waiting("record", step, "waiting.review_open", {"step": step, "start": rec.started_on})
    return Waiting("record", step, f"waiting.step{step}", {"step": step})


def parse_flow(text: str) -> tuple[int, ...]:
    """A stored flow ("3,4,6,8,10"); empty text gives ()."""
    return tuple(int(p) for p in text.split(",") if p.strip()) if text else ()


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month // 12), day.month % 12 + 1, 1)
