"""Linked assistance (1+X): record what dibao status unlocked for a household, list it,
total it for a period, and say what a cancellation would take away."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from dibao_desk import messages
from dibao_desk.domain import assistance as rules
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.assistance import AssistanceDraft, Held
from dibao_desk.domain.household import HouseholdStatus, is_present
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Household, LinkedAssistance, Member
from dibao_desk.models.statistics import VillageThen, village_condition
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class AssistanceInfo:
    id: int
    household_id: int
    kind: str
    amount_fen: int
    given_on: dt.date
    giver: str
    member_id_number: str
    # "" when given to the household; for a member no longer in it (moved out, split off, or
    # taken off as a mistake) the name found elsewhere or the ID number, marked as gone
    member_name: str
    note: str


@dataclass(frozen=True)
class KindTotal:
    kind: str
    households: int
    items: int
    amount_fen: int


def _members(uow: UnitOfWork, household_id: int) -> dict[str, str]:
    rows = uow.session.execute(select(Member.id_number, Member.name)
                               .where(Member.household_id == household_id)).all()
    return {number: name for number, name in rows}


def _named(uow: UnitOfWork, household_id: int, numbers: set[str]) -> dict[str, str]:
    """The name each of ``numbers`` is shown by: a member living in the household by the name;
    one who left, as the county's roster package names them (张三（已不在本户）): listed with a
    status of one who left (died, married out, split off, serving a sentence), moved to another
    household, or no longer held at all (then by the ID number). An item given to a member who
    left is still that member's, never the whole household's."""
    rows = uow.session.execute(select(Member.id_number, Member.name, Member.person_status)
                               .where(Member.household_id == household_id)).all()
    present = {n: name for n, name, status in rows if is_present(status)}
    listed_gone = {n: name for n, name, status in rows if not is_present(status)}
    gone = sorted(n for n in numbers if n and n not in present and n not in listed_gone)
    found = dict(uow.session.execute(select(Member.id_number, Member.name)
                                     .where(Member.id_number.in_(gone))).all()) if gone else {}
    marked = {n: messages.text("assistance.member_gone", name=name) for n, name in listed_gone.items()}
    return present | marked | {n: messages.text("assistance.member_gone", name=found.get(n, n)) for n in gone}


def add(uow: UnitOfWork, household_id: int, draft: AssistanceDraft, today: dt.date) -> AssistanceInfo:
    """Record one item, given no later than ``today`` (the program's clock). All or nothing;
    raises RuleError with the problems."""
    uow.require(Role.CLERK)
    with uow:
        s = uow.session
        if s.get(Household, household_id) is None:
            raise RuleError(Problem("household.missing", "id", {"id": household_id}))
        members = _members(uow, household_id)
        problems = rules.check(draft, today, members)
        if problems:
            raise RuleError(problems)
        same = s.scalars(select(LinkedAssistance).where(
            LinkedAssistance.household_id == household_id, LinkedAssistance.kind == draft.kind,
            LinkedAssistance.given_on == draft.given_on, LinkedAssistance.amount_fen == draft.amount_fen,
            LinkedAssistance.member_id_number == draft.member_id_number,
            LinkedAssistance.giver == draft.giver.strip())).first()
        if same is not None:  # a second click, or a command run again: the same item twice
            raise RuleError(Problem("assistance.duplicate", "given_on", {
                "date": draft.given_on.isoformat(), "kind": draft.kind, "yuan": fen_to_yuan(draft.amount_fen),
                "id": same.id}))
        row = LinkedAssistance(household_id=household_id, kind=draft.kind, amount_fen=draft.amount_fen,
                               given_on=draft.given_on, giver=draft.giver.strip(),
                               member_id_number=draft.member_id_number, note=draft.note.strip())
        s.add(row)
        s.flush()
        uow.audit("linked_assistance", row.id, "create", None, asdict(draft) | {"household_id": household_id})
        uow.commit()
        return _info(row, _named(uow, household_id, {row.member_id_number}))


def remove(uow: UnitOfWork, item_id: int) -> None:
    uow.require(Role.CLERK)
    with uow:
        row = uow.session.get(LinkedAssistance, item_id)
        if row is None:
            raise RuleError(Problem("assistance.missing", "id", {"id": item_id}))
        before = {"household_id": row.household_id, "kind": row.kind, "amount_fen": row.amount_fen,
                  "given_on": row.given_on, "giver": row.giver, "member_id_number": row.member_id_number,
                  "note": row.note}
        uow.session.delete(row)
        uow.audit("linked_assistance", item_id, "delete", before, None)
        uow.commit()


def _info(row: LinkedAssistance, members: dict[str, str]) -> AssistanceInfo:
    return AssistanceInfo(row.id, row.household_id, row.kind, row.amount_fen, row.given_on, row.giver,
                          row.member_id_number, members.get(row.member_id_number, ""), row.note)


def list_for(uow: UnitOfWork, household_id: int) -> list[AssistanceInfo]:
    """A household's items, newest first; RuleError when there is no such household (a
    mistyped number is not a household given nothing)."""
    with uow:
        if uow.session.get(Household, household_id) is None:
            raise RuleError(Problem("household.missing", "id", {"id": household_id}))
        rows = uow.session.scalars(select(LinkedAssistance)
                                   .where(LinkedAssistance.household_id == household_id)
                                   .order_by(LinkedAssistance.given_on.desc(), LinkedAssistance.id.desc())).all()
        members = _named(uow, household_id, {r.member_id_number for r in rows})
        return [_info(r, members) for r in rows]


def lost_on_cancel(uow: UnitOfWork, household_id: int, on: dt.date | None = None) -> list[Held]:
    """What the household would lose if its dibao ended on ``on``: each kind given in the last year.
    Nothing for a household not on dibao (cancelled, refused, still applying): it has nothing
    left to lose by a cancellation, and the warning would tell the office otherwise."""
    on = on or dt.date.today()
    with uow:
        household = uow.session.get(Household, household_id)
        if household is None or household.status not in (HouseholdStatus.RECEIVING, HouseholdStatus.SUSPENDED):
            return []
        rows = uow.session.execute(
            select(LinkedAssistance.kind, LinkedAssistance.given_on, LinkedAssistance.amount_fen)
            .where(LinkedAssistance.household_id == household_id)).all()
    return rules.lost_on_cancel(((k, d, f) for k, d, f in rows), on)


def totals(uow: UnitOfWork, start: dt.date, end: dt.date,
           village_id: int | VillageThen | None = None) -> list[KindTotal]:
    """Items given from ``start`` to ``end`` (both included) by kind: one SQL aggregate. With a
    village, its households' (with a ``VillageThen``, those it held in the month given)."""
    la = LinkedAssistance
    stmt = (select(la.kind, func.count(func.distinct(la.household_id)), func.count(), func.sum(la.amount_fen))
            .where(la.given_on >= start, la.given_on <= end).group_by(la.kind))
    if village_id is not None:
        stmt = stmt.join(Household, Household.id == la.household_id).where(
            village_condition(village_id, day=la.given_on))
    with uow:
        found = {k: KindTotal(k, h, n, f or 0) for k, h, n, f in uow.session.execute(stmt).all()}
    order = [k.value for k in rules.AssistanceKind]
    return [found[k] for k in sorted(found, key=lambda k: order.index(k) if k in order else len(order))]


def households_given(uow: UnitOfWork, start: dt.date, end: dt.date,
                     village_id: int | VillageThen | None = None) -> int:
    """How many households were given any item from ``start`` to ``end`` (both included): a
    household given two kinds is one household (what ``totals`` says per kind cannot be added up).
    With a village, as ``totals`` counts it."""
    la = LinkedAssistance
    stmt = select(func.count(func.distinct(la.household_id))).where(la.given_on >= start, la.given_on <= end)
    if village_id is not None:
        stmt = stmt.join(Household, Household.id == la.household_id).where(
            village_condition(village_id, day=la.given_on))
    with uow:
        return int(uow.session.execute(stmt).scalar() or 0)
