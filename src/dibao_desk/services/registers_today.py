"""What the integrity registers ask of the office today: the counts a start page shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dibao_desk.domain.registers import ComplaintStatus, FollowUpStatus
from dibao_desk.services import burden, complaints, followups
from dibao_desk.services.uow import UnitOfWork

SOON_DAYS = 7  # "due this week": what a start page lists before it is late


@dataclass(frozen=True)
class RegistersToday:
    complaints_overdue: int  # open past the answer deadline
    complaints_due_soon: int  # open, deadline within SOON_DAYS
    warnings_overdue: int  # open past the answer-by date (to be taken as withdrawing)
    warnings_due_soon: int
    followups_recorded: int  # 取消 / 追回 recorded, no proposal opened yet

    @property
    def anything(self) -> bool:
        return any((self.complaints_overdue, self.complaints_due_soon, self.warnings_overdue,
                    self.warnings_due_soon, self.followups_recorded))


def today(uow: UnitOfWork, day: dt.date | None = None) -> RegistersToday:
    day = day or dt.date.today()
    open_complaints = complaints.list_complaints(uow, status=ComplaintStatus.OPEN)
    warnings = burden.by_days_left(uow, day)
    return RegistersToday(
        sum(1 for c in open_complaints if c.due_on < day),
        sum(1 for c in open_complaints if 0 <= (c.due_on - day).days <= SOON_DAYS),
        sum(1 for w in warnings if w.overdue),
        sum(1 for w in warnings if w.days_left is not None and 0 <= w.days_left <= SOON_DAYS),
        len(followups.list_followups(uow, status=FollowUpStatus.RECORDED)))
