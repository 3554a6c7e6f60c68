"""A member leaving the household: a death, a move away, a marriage out, imprisonment.

The member stays on file with the 人员状态 and the day it began; from then on the household is
the members who remain (``HouseholdDraft.present_only``). What follows for the benefit: when
members remain, a 变更 re-assesses the household for them from the month after the event; when
none remains, the benefit is cancelled from that month. Both go through the procedure before
the ledger moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from dibao_desk.domain.household import PersonStatus, is_present
from dibao_desk.domain.ledger import add_months, month_of
from dibao_desk.domain.problems import Problem

# The events that may name the member they concern, the 人员状态 each gives by default, and the
# others the operator may choose instead (迁出: moved out to another household, or married out).
MEMBER_STATUS: dict[str, PersonStatus] = {"death": PersonStatus.DEAD, "moved_away": PersonStatus.SPLIT_OUT,
                                          "imprisonment": PersonStatus.IMPRISONED}
OTHER_STATUS: dict[str, tuple[PersonStatus, ...]] = {"moved_away": (PersonStatus.MARRIED_OUT,)}


class MemberFacts(NamedTuple):
    """What the rules need of a member on file."""

    id: int
    name: str
    relation: str
    person_status: str


class MemberEvent(NamedTuple):
    """What an event does to the household's members (``member_id`` None: none is named)."""

    member_id: int | None
    status: PersonStatus | None
    new_head_id: int | None  # the member who becomes head when the head leaves
    remaining: int  # members living in the household afterwards


def statuses_for(kind: str) -> tuple[PersonStatus, ...]:
    """The 人员状态 an event of ``kind`` may give the member it names (the default first)."""
    first = MEMBER_STATUS.get(kind)
    return (first, *OTHER_STATUS.get(kind, ())) if first is not None else ()


def effective_month(on: dt.date) -> dt.date:
    """The month the household's benefit changes after an event on ``on``: the next one."""
    return add_months(month_of(on), 1)


def member_event(kind: str, members: Sequence[MemberFacts], member_id: int | None, *,
                 new_head_id: int | None = None, status: str | None = None,
                 ) -> tuple[MemberEvent | None, list[Problem]]:
    """Which member an event concerns and what becomes of the household: (the event, problems).

    A death in a household of one living member concerns that member without naming it; in a
    household of several it must name whose. A member named must be one living in the
    household. When the head leaves and others remain, ``new_head_id`` (else the spouse, else
    the first member remaining) becomes head."""
    problems: list[Problem] = []
    living = [m for m in members if is_present(m.person_status)]
    if member_id is None:
        if status:
            problems.append(Problem("event.member_needed", "member_id", {"kind": kind}))
        if kind == "death" and len(living) == 1:
            member_id = living[0].id
        elif kind == "death" and len(living) > 1:
            problems.append(Problem("event.member_needed", "member_id", {"kind": kind}))
            return None, problems
        else:
            return MemberEvent(None, None, None, len(living)), problems
    allowed = statuses_for(kind)
    if not allowed:
        problems.append(Problem("event.member_kind", "member_id", {"kind": kind}))
        return None, problems
    member = next((m for m in members if m.id == member_id), None)
    if member is None:
        problems.append(Problem("event.member_missing", "member_id", {"id": member_id}))
        return None, problems
    if not is_present(member.person_status):
        problems.append(Problem("event.member_left", "member_id",
                                {"name": member.name, "status": member.person_status}))
    chosen = PersonStatus(status) if status in allowed else allowed[0]
    if status and status not in allowed:
        problems.append(Problem("event.member_status", "status", {"kind": kind, "status": status}))
    rest = [m for m in living if m.id != member_id]
    head = None
    if new_head_id is not None:
        if not any(m.id == new_head_id for m in rest):
            problems.append(Problem("event.new_head", "new_head_id", {"id": new_head_id}))
        head = new_head_id
    elif member.relation == "head" and rest:
        head = next((m.id for m in rest if m.relation == "spouse"), rest[0].id)
    if member.relation != "head" and new_head_id is None:
        head = None
    return MemberEvent(member_id, chosen, head, len(rest)), problems
