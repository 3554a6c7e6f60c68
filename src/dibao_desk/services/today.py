"""今日待办: what needs doing today, counted by the same services the tabs use, so the
numbers on the start page agree with what each tab then lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dibao_desk.domain.payroll import RosterDue
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
    actions: dict[str, int] = {}
    ending = 0
    for c in cases:
        actions[c.waiting.action] = actions.get(c.waiting.action, 0) + 1
        end = c.waiting.params.get("end") if c.waiting.action == "notice_running" else None
        if end is not None and end <= today + WEEK:
            ending += 1
    return [
        TodayItem("reviews_overdue", len(overdue)),
        TodayItem("reviews_due", sum(1 for r in due if r.due_date >= today)),
        TodayItem("notice_to_post", actions.get("start_notice", 0)),
        TodayItem("notice_ending", ending),
        TodayItem("notice_to_close", actions.get("close_notice", 0) + actions.get("objections", 0)),
        TodayItem("cases_waiting", actions.get("record", 0)),
    ]


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
