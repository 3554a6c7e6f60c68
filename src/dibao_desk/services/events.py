"""Events in a household's life that call for a review at once: a death, a move away, a
relocation, a bankruptcy, imprisonment. Each makes the review due on the event date (the
reviews service's rule); a death or a move away also calls for a 取消 (``followups``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from dibao_desk.domain.accounts import Role
from dibao_desk.domain import registers as rules
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.registers import FollowUpKind, FollowUpSource
from dibao_desk.models import Household, ReviewEvent, Village
from dibao_desk.services import followups, reviews
from dibao_desk.services.followups import FollowUpInfo
from dibao_desk.services.uow import LentUnitOfWork, UnitOfWork

KINDS = tuple(str(k) for k in rules.EventKind)


@dataclass(frozen=True)
class EventRow:
    id: int
    household_id: int
    head_name: str
    village: str
    kind: str
    on: dt.date
    detail: str
    source: str
    resolved: bool  # a review has dealt with it


@dataclass(frozen=True)
class EventResult:
    event: EventRow
    review_due: dt.date  # the household's review is due on this day
    followup: FollowUpInfo | None  # the 取消 it calls for, if any


def add_event(uow: UnitOfWork, household_id: int | None, kind: str, on: dt.date | None, detail: str = "",
              *, today: dt.date | None = None) -> EventResult:
    """Record an event of the household. Nothing is written when a problem is found."""
    uow.require(Role.CLERK)
    today = today or dt.date.today()
    problems = rules.check_event(kind, on, today)
    if household_id is None:
        problems.append(Problem("registers.event_household", "household_id"))
    with uow:
        s = uow.session
        if household_id is not None and s.get(Household, household_id) is None:
            problems.append(Problem("household.missing", "household_id", {"id": household_id}))
        if problems:
            raise RuleError(problems)
        assert household_id is not None and on is not None
        raised = reviews.raise_event(LentUnitOfWork(uow), household_id, kind, on, detail=detail, source="office")
        follow = None
        if kind in rules.CANCELLING_EVENTS:
            follow = followups.call_for(uow, household_id, FollowUpKind.CANCEL, FollowUpSource.EVENT, raised.id,
                                        on, detail or kind)
        uow.commit()
        row = _rows(s, select(ReviewEvent).where(ReviewEvent.id == raised.id))[0]
        return EventResult(row, raised.due_date, follow)


def list_events(uow: UnitOfWork, *, household_id: int | None = None, kinds: tuple[str, ...] = KINDS,
                first: dt.date | None = None, last: dt.date | None = None) -> list[EventRow]:
    """Events of the kinds the office enters (all households, or one), newest first."""
    with uow:
        stmt = select(ReviewEvent).where(ReviewEvent.kind.in_(kinds)).order_by(ReviewEvent.on.desc(),
                                                                               ReviewEvent.id.desc())
        if household_id is not None:
            stmt = stmt.where(ReviewEvent.household_id == household_id)
        if first is not None:
            stmt = stmt.where(ReviewEvent.on >= first)
        if last is not None:
            stmt = stmt.where(ReviewEvent.on <= last)
        return _rows(uow.session, stmt)


def _rows(s: Session, stmt: Select[ReviewEvent]) -> list[EventRow]:
    events = list(s.scalars(stmt))
    ids = {e.household_id for e in events}
    homes: dict[int, tuple[str, str]] = dict(((hid, (head, village)) for hid, head, village in s.execute(
        select(Household.id, Household.head_name, Village.name).join(Village, Village.id == Household.village_id)
        .where(Household.id.in_(ids))))) if ids else {}
    no_home = ("", "")
    return [EventRow(e.id, e.household_id, *homes.get(e.household_id, no_home), e.kind, e.on, e.detail, e.source,
                     e.resolved_by is not None) for e in events]
