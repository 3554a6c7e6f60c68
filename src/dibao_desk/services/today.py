"""今日待办: what needs doing today, counted by the same services the tabs use, so the
numbers on the start page agree with what each tab then lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dibao_desk.domain.payroll import RosterDue
from dibao_desk.domain.problems import Problem
from dibao_desk.services import procedure, reviews
from dibao_desk.services.uow import UnitOfWork

WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class TodayItem:
    key: str  # reviews_due | reviews_overdue | notice_to_post | notice_to_close | notice_ending | cases_waiting
    count: int


def today_items(uow: UnitOfWork, today: dt.date) -> list[TodayItem]:
    """The counts of the start page (services that exist today; others add theirs in the window)."""
    due = reviews.due_list(uow, month=today, today=today, fill=False)
    overdue = reviews.due_list(uow, overdue=True, today=today, fill=False)
    cases = procedure.list_cases(uow, today=today)
    return [
        TodayItem("reviews_overdue", len(overdue)),
        TodayItem("reviews_due", sum(1 for r in due if r.due_date >= today)),
        *(TodayItem(key, sum(1 for c in cases if case_waits_for(key, c, today))) for key in CASE_ITEMS),
    ]


# The start page's items that count open applications; the 申请审批 tab lists each one's cases.
CASE_ITEMS = ("notice_to_post", "notice_ending", "notice_to_close", "cases_waiting")


def case_waits_for(key: str, case: procedure.CaseRow, today: dt.date) -> bool:
    """Whether an open case is one the start page's item ``key`` counts (one of CASE_ITEMS)."""
    action = case.waiting.action
    if key == "notice_to_post":
        return action == "start_notice"
    if key == "notice_ending":
        end = case.waiting.params.get("end") if action == "notice_running" else None
        return end is not None and end <= today + WEEK
    if key == "notice_to_close":
        return action in ("close_notice", "objections")
    if key == "cases_waiting":
        return action == "record"
    return False


@dataclass(frozen=True)
class PayrollDue:
    """The regular roster of the period being paid now (this month, or this quarter: 季初造册)."""

    period: str  # 2026-11 or 2026Q4, as the 造册 tab proposes it
    state: RosterDue

    @property
    def count(self) -> int:
        return 0 if self.state == RosterDue.SIGNED else 1


def payroll_due(uow: UnitOfWork, today: dt.date) -> PayrollDue:
    """Whether this period's regular roster still has to be made or signed. Reads only."""
    from dibao_desk.services import payroll

    period = payroll.default_period(uow, today)
    found = payroll.find(uow, period)
    return PayrollDue(period, RosterDue.of(found.status if found is not None else None))


def payroll_gaps(uow: UnitOfWork, today: dt.date) -> list[Problem]:
    """The months before this period, since the office's first regular roster, that the ledger
    pays and no signed regular roster pays (none made, or only a draft): payroll.months_unpaid
    and payroll.months_draft warnings, each with the months' ``count``. Reads only."""
    from dibao_desk.services import payroll

    return payroll.unpaid(uow, payroll.parse_period(payroll.default_period(uow, today)).first)
