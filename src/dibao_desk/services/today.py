"""今日待办: what needs doing today, counted by the same services the tabs use, so the
numbers on the start page agree with what each tab then lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dibao_desk.domain.payroll import PayrollStatus, RosterDue
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
    """The regular roster of the period being paid now (this month, or this quarter: 季初造册).
    After a change of cycle in the middle of a quarter, signed rosters of other periods pay some
    of its months (``paid``): the quarter cannot be made, and its other months are paid by their
    own rosters (``to_make``, ``drafts``)."""

    period: str  # 2026-11 or 2026Q4, this period as the cycle setting says
    state: RosterDue  # of the first of its rosters not signed yet (SIGNED: all are)
    paid: tuple[dt.date, ...] = ()  # its months signed rosters of other periods already pay
    paid_by: tuple[str, ...] = ()  # those rosters' periods
    to_make: tuple[str, ...] = ()  # the rosters of its other months not made yet (when ``paid``)
    drafts: tuple[str, ...] = ()  # those made and not signed yet (when ``paid``)
    rosters: tuple[str, ...] = ()  # the rosters of its other months that can be made today, signed or not
    later: tuple[str, ...] = ()  # those that cannot be made yet (a month after next)

    @property
    def count(self) -> int:
        """The rosters still to make or sign for this period."""
        if self.paid:
            return len(self.to_make) + len(self.drafts)
        return 0 if self.state == RosterDue.SIGNED else 1


def payroll_due(uow: UnitOfWork, today: dt.date) -> PayrollDue:
    """Whether this period's regular roster (or, when the cycle changed in the middle of the
    quarter, those of its months no signed roster pays yet) still has to be made or signed.
    Reads only."""
    from dibao_desk.services import payroll

    due = payroll.period_rosters(uow, today)
    first = next((s for _p, s in due.rosters if s is None or s == PayrollStatus.DRAFT),
                 PayrollStatus.REVIEWED)
    if not due.paid:
        return PayrollDue(due.period, RosterDue.of(due.rosters[0][1]))
    return PayrollDue(due.period, RosterDue.of(first), due.paid, due.paid_by, due.to_make, due.drafts,
                      tuple(p for p, _s in due.rosters), due.later)


def payroll_gaps(uow: UnitOfWork, today: dt.date) -> list[Problem]:
    """The months before this period, since the office's first regular roster, that the ledger
    pays and no signed regular roster pays (none made, or only a draft): payroll.months_unpaid
    and payroll.months_draft warnings, each with the months' ``count``. This period's own months
    are ``payroll_due``'s. Reads only."""
    from dibao_desk.services import payroll

    return payroll.unpaid(uow, payroll.parse_period(payroll.cycle_period(uow, today)).first)
