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


class Kin(NamedTuple):
    """A member living in the household as the relations need it: the relation to the old head
    and the sex (男 / 女, "" when the ID number does not tell)."""

    id: int
    relation: str
    sex: str


_BY_SEX = {"parent": {"男": "father", "女": "mother"}, "child": {"男": "son", "女": "daughter"},
           "grandparent": {"男": "grandfather", "女": "grandmother"},
           "grandchild": {"男": "grandson", "女": "granddaughter"},
           "child_in_law": {"男": "son_in_law", "女": "daughter_in_law"}}

# Re-basing a relation to the old head on the new head: {new head's relation to the old head:
# {a member's relation to the old head: the member's relation to the new head}}. A value of
# _BY_SEX names a relation the member's sex decides; "" is one that holds only when the new head
# is the one child the household has (see ``rebase_relations``). What is not here is not sure.
_REBASE: dict[str, dict[str, str]] = {
    "spouse": {"son": "son", "daughter": "daughter", "grandson": "grandson", "granddaughter": "granddaughter",
               "son_in_law": "son_in_law", "daughter_in_law": "daughter_in_law"},
    "son": {"spouse": "parent", "son": "sibling", "daughter": "sibling",
            "father": "grandfather", "mother": "grandmother",
            "daughter_in_law": "", "grandson": "", "granddaughter": ""},
    "daughter": {"spouse": "parent", "son": "sibling", "daughter": "sibling",
                 "father": "grandfather", "mother": "grandmother",
                 "son_in_law": "", "grandson": "", "granddaughter": ""},
    "father": {"mother": "spouse", "spouse": "child_in_law", "son": "grandson", "daughter": "granddaughter",
               "sibling": "child"},
    "mother": {"father": "spouse", "spouse": "child_in_law", "son": "grandson", "daughter": "granddaughter",
               "sibling": "child"},
    "grandson": {"spouse": "grandparent"},
    "granddaughter": {"spouse": "grandparent"},
    "sibling": {"father": "father", "mother": "mother", "sibling": "sibling"},
}
# What "" stands for when the new head is the household's one child: the child's spouse and children.
_ONE_CHILD = {"daughter_in_law": "spouse", "son_in_law": "spouse", "grandson": "son",
              "granddaughter": "daughter"}


def rebase_relations(new_head: Kin, others: Sequence[Kin]) -> tuple[dict[int, str], list[int]]:
    """The relations to the new head of the members living with them, who had theirs to the
    old head: ({member id: relation}, ids of the members set to 其他 as no rule is sure, for the
    operator to check). A wife of the old head is the mother of a son who becomes head; the
    head's children are his brothers and sisters. A 儿媳 is his wife when he is the one son
    living in the household and she the one 儿媳 (a 女婿 likewise of a daughter who becomes
    head); the grandchildren are his children when he is the one son or daughter living in the
    household, or the one living with a spouse while no other child of the old head lives there
    (a sister or brother of his living there too may be their parent: whose are they?)."""
    rules = _REBASE.get(new_head.relation, {})
    same = [m for m in others if m.relation == new_head.relation]  # his brothers (her sisters)
    in_law = {"son": "daughter_in_law", "daughter": "son_in_law"}.get(new_head.relation)
    in_laws = [m for m in others if m.relation in ("son_in_law", "daughter_in_law")]
    married = not same and len(in_laws) == 1 and in_laws[0].relation == in_law  # his wife lives here
    only_child = not any(m.relation in ("son", "daughter") for m in others)  # no brother or sister lives here
    relations: dict[int, str] = {}
    unsure: list[int] = []
    for m in others:
        rule = rules.get(m.relation)
        if rule == "":
            sure = married if m.relation in ("son_in_law", "daughter_in_law") else (
                only_child and (married or not in_laws))
            rule = _ONE_CHILD.get(m.relation) if sure else None
        if rule in _BY_SEX:
            rule = _BY_SEX[rule].get(m.sex)
        if rule is None and m.relation == "other":
            rule = "other"  # 其他 it was, 其他 it stays: nothing to check
        relations[m.id] = rule or "other"
        if rule is None:
            unsure.append(m.id)
    return relations, unsure
