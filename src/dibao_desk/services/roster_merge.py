"""Roster import: a registered household with what the roster says of it.

``merge`` applies the roster to a stored household (blank cells keep what is stored);
the money of a receiving household is never merged: ``_flag_stored`` marks it for a
proposal, with an income or start month the store holds otherwise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dataclasses import replace

from dibao_desk.domain.household import HouseholdStatus, MemberDraft
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem
from dibao_desk.services.roster_lookup import _date, _Existing
from dibao_desk.services.roster_plan import NOTHING_SAID, PlannedHousehold, _said

# Members looked up once: this module runs for every household of a re-imported roster.
_RECEIVING, _REGISTERED = HouseholdStatus.RECEIVING, HouseholdStatus.REGISTERED


def _flag_stored(stored: tuple[Any, ...], plan: PlannedHousehold, status: str, line: int, add: Callable[..., None]) -> None:
    """What the roster says of a registered household that the import does not write: a
    receiving household's other class or amount (a 变更 proposal is opened instead), the
    money of one not receiving, and an income or start month differing from the store's
    (checked at its review). Each a 提示 on the head's row, so the operator sees it first."""
    stored_status, category, benefit, start, income = stored[8], stored[9], stored[10], stored[11], stored[12]
    if stored_status == _RECEIVING:
        plan.money = _money_differs(stored, plan)
        if plan.money is not None:
            add(line, Problem("roster.amount_differs", "benefit", {
                "stored_category": category, "stored_yuan": fen_to_yuan(benefit), "category": plan.money[0],
                "yuan": fen_to_yuan(plan.money[1])}, severity="warning"))
    elif not _declares_money(stored_status, status) and (
            (plan.category is not None and plan.category != category)
            or (plan.monthly_benefit_fen is not None and plan.monthly_benefit_fen != benefit)):
        add(line, Problem("roster.amount_not_receiving", "benefit", {"status": stored_status},
                          severity="warning"))
    start = _date(start)
    if plan.benefit_start is not None and start is not None and plan.benefit_start != start:
        add(line, Problem("roster.start_differs", "start", {  # the month said by the message, in either language
            "stored_year": start.year, "stored_month": start.month,
            "given_year": plan.benefit_start.year, "given_month": plan.benefit_start.month}, severity="warning"))
    if plan.income_fen is not None and plan.income_fen != (income or 0):
        add(line, Problem("roster.income_differs", "income", {"stored_yuan": fen_to_yuan(income or 0),
                                                              "yuan": fen_to_yuan(plan.income_fen)},
                          severity="warning"))


def merge(before: _Existing, plan: PlannedHousehold, status: str,
          villages: dict[str, int]) -> tuple[_Existing, int]:
    """A registered household with what the roster says applied; and how many members
    were added or changed. What the roster leaves blank keeps its stored value; members
    the roster does not list stay."""
    d = before.draft
    if not plan.gone and _leaves_unchanged(before, plan, status, villages):
        return before, 0
    gone = {number for _name, number in plan.gone}
    members = [m for m in d.members if m.id_number not in gone]  # recorded as moved out
    index = {m.id_number: i for i, m in enumerate(members)}
    changes = 0
    for name, number, relation, says in plan.members:
        i = index.get(number)
        if i is None:
            members.append(_said(MemberDraft(name, number, relation), says))
            changes += 1
        else:
            old = members[i]
            new = _said(replace(old, name=name, relation=relation), says)  # blank cells keep what is stored
            if new != old:
                members[i] = new
                changes += 1
    r = plan.draft
    merged = replace(
        d, members=tuple(members),
        village_id=villages.get(plan.village, d.village_id) if plan.village else d.village_id,
        hukou_type=r.hukou_type if plan.hukou_given else d.hukou_type,
        address=r.address or d.address, phone=r.phone or d.phone,
        bank_name=r.bank_name or d.bank_name, bank_account=r.bank_account or d.bank_account,
        bank_holder_id_number=d.bank_holder_id_number if plan.holder is None else plan.holder)
    new_status = status if before.status == _REGISTERED else before.status
    start = before.benefit_start
    if start is None and new_status == _RECEIVING:
        start = plan.benefit_start  # a start the store does not know yet; a known one stays
    category, amount = before.category, before.monthly_benefit_fen
    if _declares_money(before.status, status):
        category = plan.category if plan.category is not None else category
        amount = plan.monthly_benefit_fen if plan.monthly_benefit_fen is not None else amount
    return _Existing(merged, new_status, category, amount, start), changes + len(gone)


def _declares_money(stored_status: str, status: str) -> bool:
    """May the roster set a registered household's class and amount? Only where the import
    puts on the benefit a household the store holds as merely registered (the office's
    caseload coming in, as new households do). A household receiving already changes its
    money only through a proposal (``money``); one applying, refused or cancelled not at all."""
    return stored_status == _REGISTERED and status == _RECEIVING


def _money_differs(stored: tuple[Any, ...], plan: PlannedHousehold) -> tuple[str, int] | None:
    """(class, amount) a roster gives a receiving household where either differs from the
    store (what is blank in the roster stays as stored); None when they agree."""
    category, benefit = stored[9], stored[10]
    new_category = plan.category if plan.category is not None else category
    new_amount = plan.monthly_benefit_fen if plan.monthly_benefit_fen is not None else benefit
    if (new_category, new_amount) == (category, benefit):
        return None
    return new_category, new_amount


def _leaves_rows_unchanged(rows: tuple[tuple[Any, ...], list[tuple[Any, ...]]], plan: PlannedHousehold, status: str,
                           villages: dict[str, int]) -> bool:
    """``_leaves_unchanged`` on the household's rows as read (_H_COLS, _M_COLS), without
    making drafts of both: a second import of a county's roster asks this 40,000 times."""
    h, ms = rows
    (_id, village_id, hukou_type, address, phone, bank_name, bank_account, _note, stored_status, category, benefit,
     start, _income, holder) = h
    if stored_status == _REGISTERED and status != _REGISTERED:
        return False
    if start is None and plan.benefit_start is not None and stored_status == _RECEIVING:
        return False
    if stored_status == _REGISTERED and status != _REGISTERED and (
            (plan.category is not None and plan.category != category)
            or (plan.monthly_benefit_fen is not None and plan.monthly_benefit_fen != benefit)):
        return False
    if plan.village and villages.get(plan.village, village_id) != village_id:
        return False
    if plan.hukou_given and plan.hukou_type != hukou_type:
        return False
    if ((plan.address and plan.address != address) or (plan.phone and plan.phone != phone)
            or (plan.bank_name and plan.bank_name != bank_name)
            or (plan.bank_account and plan.bank_account != bank_account)
            or (plan.holder is not None and plan.holder != (holder or ""))):
        return False
    stored = {m[2]: m for m in ms}  # ID number -> a row of _M_COLS
    for name, number, relation, says in plan.members:
        old = stored.get(number)
        if old is None or old[1] != name or old[3] != relation:
            return False
        if says is not NOTHING_SAID and (
                (says.disability is not None and old[4] != says.disability)
                or (says.serious_illness is not None and bool(old[5]) != says.serious_illness)
                or (says.illness_note is not None and old[6] != says.illness_note)
                or (says.work_capacity is not None and old[7] != says.work_capacity)):
            return False
    return True


def _leaves_unchanged(before: _Existing, plan: PlannedHousehold, status: str, villages: dict[str, int]) -> bool:
    """Would ``merge`` give back the household as it is? (The second import of a file.)"""
    d, r = before.draft, plan.draft
    if before.status == _REGISTERED and status != _REGISTERED:
        return False
    if before.benefit_start is None and plan.benefit_start is not None and before.status == _RECEIVING:
        return False
    if _declares_money(before.status, status) and (
            (plan.category is not None and plan.category != before.category)
            or (plan.monthly_benefit_fen is not None and plan.monthly_benefit_fen != before.monthly_benefit_fen)):
        return False
    if plan.village and villages.get(plan.village, d.village_id) != d.village_id:
        return False
    if plan.hukou_given and r.hukou_type != d.hukou_type:
        return False
    if ((r.address and r.address != d.address) or (r.phone and r.phone != d.phone)
            or (r.bank_name and r.bank_name != d.bank_name)
            or (r.bank_account and r.bank_account != d.bank_account)
            or (plan.holder is not None and plan.holder != d.bank_holder_id_number)):
        return False
    stored = {m.id_number: m for m in d.members}
    for name, number, relation, says in plan.members:
        old = stored.get(number)
        if old is None or old.name != name or old.relation != relation or _said(old, says) != old:
            return False
    return True
