"""What the reviews services return: the frozen records of rule sets, schedules, reviews,
events, gradual exits, refusals, due lines, quarter plans and monthly counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple


from dibao_desk.domain import reviews as rules
from dibao_desk.domain.reviews import ReviewRules


# ---- results -----------------------------------------------------------------------

@dataclass(frozen=True)
class RuleSetInfo:
    id: int | None  # None: the shipped example, not yet saved by the office
    rules: ReviewRules
    is_example: bool


class DueRow(NamedTuple):
    """One line of the due or overdue list. Immutable like the other results; a named
    tuple because a worst-case overdue list has tens of thousands of lines and a
    tuple is built several times faster than a frozen dataclass."""

    household_id: int
    village: str
    head_name: str
    head_id_number: str
    hukou_type: str
    category: str
    due_date: dt.date
    rule: str
    months: int
    base_date: dt.date | None
    overdue_days: int  # days past due on ``today`` (0 when not overdue)
    filed: bool = False  # 备案: a member is a registered close relative of staff or a cadre (review strictly)


@dataclass(frozen=True)
class ScheduleInfo:
    household_id: int
    due_date: dt.date
    rule: str
    months: int
    base_date: dt.date | None
    applicable: tuple[str, ...]


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    household_id: int
    review_date: dt.date
    visitor: str
    findings: str
    outcome: str
    reason: str
    effective_month: dt.date | None
    before_category: str
    after_category: str
    before_fen: int
    after_fen: int
    case_id: int | None
    due_rule: str


@dataclass(frozen=True)
class ReviewInput:
    household_id: int
    review_date: dt.date
    visitor: str
    outcome: str  # keep | change | cancel
    findings: str = ""
    reason: str = ""
    new_category: str = ""  # for a change; "" keeps the class
    new_benefit_fen: int | None = None  # for a change; None keeps the amount
    income_stable: bool | None = None  # income judged 短期内变化不大 (half-yearly); None: as it was
    # the household's latest review when the form was opened (HouseholdBrief.last_review_id, 0:
    # none): a review recorded since (another PC, another window) refuses this one; None: not asked
    seen_review_id: int | None = None


@dataclass(frozen=True)
class EventInfo:
    id: int
    household_id: int
    kind: str
    on: dt.date
    detail: str
    source: str
    due_date: dt.date


@dataclass(frozen=True)
class ExitInfo:
    id: int
    household_id: int
    head_name: str
    village: str
    member_name: str
    gained_on: dt.date
    last_paid_month: dt.date
    stop_month: dt.date
    reminders: tuple[dt.date, ...]
    status: str  # running | stopped | withdrawn
    state: str  # running | remind | stopped (on the day asked)
    months_left: int


@dataclass(frozen=True)
class RefusalInfo:
    id: int
    household_id: int
    member_name: str
    on: dt.date
    offer: str


@dataclass(frozen=True)
class RefusalResult:
    refusal: RefusalInfo
    count: int  # counted refusals not yet acted upon (members with full work capacity), this one included
    threshold: int
    decision: rules.RefusalDecision | None
    review_id: int | None


@dataclass(frozen=True)
class PlanRow:
    day: dt.date
    household_id: int
    village: str
    head_name: str
    category: str
    due_date: dt.date
    rule: str
    late: bool
    filed: bool = False  # 备案: a member is a registered close relative of staff or a cadre (review strictly)


@dataclass(frozen=True)
class PlanResult:
    start: dt.date
    end: dt.date
    working_days: int
    per_day: int
    rows: tuple[PlanRow, ...]
    left_out: int = 0  # households due by the quarter's end with no working day left for them
    approximate: bool = False  # a day from today on was guessed (a year the official calendar does not know)


@dataclass(frozen=True)
class MonthCounts:
    month: dt.date
    new: int
    keep: int
    change: int
    cancel: int
    refused: int = 0  # new applications ended 不予批准 in the month
    withdrawn: int = 0  # new applications the household withdrew (申请人撤回) in the month
    exit_end: int = 0  # 取消 at the end of 渐退 (proposed by the program) granted in the month
    work_refused: int = 0  # stops or cuts for refusals of work (proposed by the program) granted in the month
