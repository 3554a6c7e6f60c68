"""Events in a household's life that call for a review at once: a death, a move away, a
relocation, a bankruptcy, imprisonment. Each makes the review due on the event date (the
reviews service's rule).

A death, a move away or imprisonment may name the member it concerns (a death in a household
of one living member concerns that member). The member is marked with the 人员状态 and the
day (``domain.members``), and the household is the members who remain: when some remain and
the household receives benefit, a 变更 proposal re-assesses it for them from the month after
the event; when none remains, a 取消 follows (``followups``), as it does for a death or a move
away of the whole household. Nothing changes the money before the procedure's grant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from dibao_desk.domain.accounts import Role
from dibao_desk.domain import members as member_rules
from dibao_desk.domain import registers as rules
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.messages import label
from dibao_desk.domain import ledger as ledger_rules
from dibao_desk.domain.ledger import ProposalKind
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.registers import FollowUpKind, FollowUpSource
from dibao_desk.models import Household, Member, ReviewEvent, Village
from dibao_desk.services import followups, reviews, reviews_schedule
from dibao_desk.services.followups import FollowUpInfo
from dibao_desk.services.proposals import ProposalInfo
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
    member: str = ""  # the member it concerns (marked with person_status), "" for the household
    person_status: str = ""  # the member's 人员状态 from the event's day
    remaining: int = 0  # members living in the household afterwards
    new_head: str = ""  # the member who became head when the head left
    change: ProposalInfo | None = None  # the 变更 re-assessing the household for those who remain
    to_check: tuple[str, ...] = ()  # members whose relation to the new head was set to 其他: to check


def add_event(uow: UnitOfWork, household_id: int | None, kind: str, on: dt.date | None, detail: str = "",
              *, today: dt.date, member_id: int | None = None, new_head_id: int | None = None,
              person_status: str | None = None) -> EventResult:
    """Record an event of the household (of one member of it: ``member_id``, with the
    ``person_status`` it gives when the kind allows a choice). Nothing is written when a
    problem is found."""
    uow.require(Role.CLERK)
    problems = rules.check_event(kind, on, today)
    if household_id is None:
        problems.append(Problem("registers.event_household", "household_id"))
    with uow:
        s = uow.session
        reviews_schedule.as_of(s, today)  # the event's review and the members it marks, on ``today``
        h = s.get(Household, household_id) if household_id is not None else None
        if household_id is not None and h is None:
            problems.append(Problem("household.missing", "household_id", {"id": household_id}))
        what = None
        if h is not None:
            facts = [member_rules.MemberFacts(m.id, m.name, m.relation, m.person_status) for m in h.members]
            what, found = member_rules.member_event(kind, facts, member_id, new_head_id=new_head_id,
                                                    status=person_status)
            problems += found
            if what is not None and what.member_id is not None and on is not None:
                problems += _before_birth(h, what.member_id, on, kind)
        if problems:
            raise RuleError(problems)
        assert household_id is not None and on is not None and h is not None and what is not None
        # the reason the 变更 or 取消 gives: what the office typed, else whose event it was and when
        reason = detail.strip() or label("event_kind", kind)
        if what.member_id is not None and not detail.strip():  # the register says whose event it was
            detail = next(m.name for m in h.members if m.id == what.member_id)
            reason = f"{detail}：{label('event_kind', kind)}（{on.isoformat()}）"
        raised = reviews.raise_event(LentUnitOfWork(uow), household_id, kind, on, detail=detail, source="office")
        follow = change = None
        member = new_head = ""
        to_check: tuple[str, ...] = ()
        paid = {"category": h.category, "monthly_benefit_fen": h.monthly_benefit_fen,
                "covered_count": h.covered_count}  # as the household was paid before the event
        if what.member_id is not None:
            member, new_head, to_check = _mark_member(uow, h, what, on)
        if what.member_id is not None and what.remaining > 0:
            change = _propose_change(uow, h, kind, on, reason, paid, today)
        elif kind in rules.CANCELLING_EVENTS or what.member_id is not None:
            follow = followups.call_for(uow, household_id, FollowUpKind.CANCEL, FollowUpSource.EVENT, raised.id,
                                        on, reason, paid)
        uow.commit()
        row = _rows(s, select(ReviewEvent).where(ReviewEvent.id == raised.id))[0]
        return EventResult(row, raised.due_date, follow, member, str(what.status or ""), what.remaining,
                           new_head, change, to_check)


def _before_birth(h: Household, member_id: int, on: dt.date, kind: str) -> list[Problem]:
    """An event of a member dated before the member was born (by the ID number) is a typing
    slip in the date: refused, as the benefit would be re-assessed from that month."""
    from dibao_desk.domain import idcard

    m = next(m for m in h.members if m.id == member_id)
    info, _ = idcard.parse(m.id_number or "", today=dt.date.max)
    if info is None or on >= info.birth_date:
        return []
    return [Problem("event.before_birth", "on", {"name": m.name, "date": on.isoformat(),
                                                 "born": info.birth_date.isoformat(), "kind": kind})]


def _mark_member(uow: UnitOfWork, h: Household, what: member_rules.MemberEvent, on: dt.date,
                 ) -> tuple[str, str, tuple[str, ...]]:
    """Mark the member with the event's 人员状态 from ``on`` (and the new head, if the head
    left: the others' relations are re-based on the new head); the household's list columns
    follow. (member's name, new head's name or "", names of the members whose relation was set
    to 其他 for the office to check)."""
    from dibao_desk.domain import idcard
    from dibao_desk.domain.household import is_present
    from dibao_desk.services import households

    before = households._snapshot(h)
    member = next(m for m in h.members if m.id == what.member_id)
    member.person_status, member.status_on = str(what.status), on
    new_head = ""
    to_check: tuple[str, ...] = ()
    if what.new_head_id is not None:
        head = next(m for m in h.members if m.id == what.new_head_id)
        if head.relation != "head" and member.relation == "head":
            def kin(m: Member) -> member_rules.Kin:
                info, _ = idcard.parse(m.id_number or "", today=dt.date.max)
                return member_rules.Kin(m.id, m.relation, info.sex if info is not None else "")

            others = [m for m in h.members if m.id not in (member.id, head.id) and is_present(m.person_status)]
            relations, unsure = member_rules.rebase_relations(kin(head), [kin(m) for m in others])
            for m in others:
                m.relation = relations[m.id]
            to_check = tuple(m.name for m in others if m.id in unsure)
        if head.relation != "head":
            head.relation, new_head = "head", head.name
        if member.relation == "head" and h.bank_account and not h.bank_holder_id_number:
            # the account is the old head's: it stays recorded in that name (开户人), so the form, the
            # household page and signing a roster say so until the office gives the new head's account
            h.bank_holder_id_number = member.id_number
    households.refresh_list_columns(h, households.to_draft(h))
    uow.session.flush()
    uow.audit("household", h.id, "member_status", before, households._snapshot(h) | {
        "member_id": member.id, "person_status": member.person_status, "status_on": on})
    return member.name, new_head, to_check


def _propose_change(uow: UnitOfWork, h: Household, kind: str, on: dt.date, reason: str,
                    paid: dict[str, object], today: dt.date) -> ProposalInfo | None:
    """The 变更 re-assessing a receiving household for the members who remain, from the month
    after the event (None where none can be opened now: not receiving, or a case of it is
    open; the review due at once takes it up).

    The amount is assessed with the policy of the month after the event, or of ``today``'s month
    when the event is entered later: the change sets one amount from its month on, and one
    assessed under a standard since raised would undo the raise for every month to come. (Paid
    months before the raise are then recovered against the raised amount: the household keeps
    the difference, never loses it.)"""
    from dibao_desk.services import benefit, procedure_open, proposals

    if h.status != HouseholdStatus.RECEIVING:
        return None
    try:
        procedure_open.can_open_here(uow, h.id, CaseKind.CHANGE, reason, on)
    except RuleError:
        return None
    month = member_rules.effective_month(on)
    lent = LentUnitOfWork(uow)
    try:
        assessed = benefit.assess(lent, h.id, max(month, ledger_rules.month_of(today)))
        category, amount = assessed.category or h.category, assessed.amount_fen
    except RuleError:  # no policy for the month: the grant's form asks for the amount
        category, amount = h.category, h.monthly_benefit_fen
    p = proposals.propose(uow, h.id, ProposalKind.MEMBER_LEFT, reason, month, opened_on=on, category=category,
                          amount_fen=amount, cancel=amount <= 0, source=f"event:{kind}", before=paid)
    return proposals.get_proposal(lent, p.id)


def find_member(uow: UnitOfWork, household_id: int, text: str) -> int:
    """The id of the household's member ``text`` names: an ID number (15 or 18 characters)
    or a name that one member has. RuleError when none or several match."""
    from dibao_desk.domain import idcard

    wanted = text.strip()
    with uow:
        h = uow.session.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "household_id", {"id": household_id}))
        number = idcard.normalise(wanted)
        found = [m.id for m in h.members if m.id_number == number] or [m.id for m in h.members if m.name == wanted]
    if len(found) != 1:
        code = "event.member_ambiguous" if found else "event.member_unknown"
        raise RuleError(Problem(code, "member", {"text": wanted}))
    return found[0]


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
