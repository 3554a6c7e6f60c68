"""Dated sets of policy figures: which set is in force, the history, adding a set.

Sets are only ever added. The set in force on a day is the one with the latest
effective date not after that day; of two sets with the same date, the one added
later (a correction) wins, and the history still shows both.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from dibao_desk import messages
from dibao_desk.domain import policy as rules
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import PolicySet
from dibao_desk.services import households, reviews_schedule
from dibao_desk.services.progress import Progress
from dibao_desk.services.uow import UnitOfWork


@dataclass(frozen=True)
class PolicySetInfo:
    id: int
    effective_from: dt.date
    note: str
    is_example: bool
    figures: PolicyFigures
    created_at: dt.datetime | None = None
    created_by: str = ""
    # For the history: the set's last day in force (None: still in force or in the future),
    # and whether a later set with the same date replaced it.
    in_force_until: dt.date | None = None
    superseded: bool = False


def _figures(row: PolicySet) -> PolicyFigures:
    return PolicyFigures.from_dict(json.loads(row.figures_json or "{}"))


def _info(row: PolicySet, until: dt.date | None = None, superseded: bool = False) -> PolicySetInfo:
    return PolicySetInfo(row.id, row.effective_from, row.note, row.is_example, _figures(row),
                         row.created_at, row.created_by, until, superseded)


def _ordered() -> Select[PolicySet]:
    return select(PolicySet).order_by(PolicySet.effective_from, PolicySet.id)


def policy_in_force(uow: UnitOfWork, day: dt.date) -> PolicySetInfo | None:
    """The set in force on ``day``; None only before the first set's date."""
    with uow:
        row = uow.session.scalars(
            select(PolicySet).where(PolicySet.effective_from <= day)
            .order_by(PolicySet.effective_from.desc(), PolicySet.id.desc()).limit(1)).first()
        return _info(row) if row else None


def figures_on(session: Session, day: dt.date) -> PolicyFigures | None:
    """The figures of the set in force on ``day`` read in an open session (kept in the session
    for its life: a household write reads them once however many households it refreshes)."""
    kept: dict[dt.date, PolicyFigures | None] = session.info.setdefault("policy.figures_on", {})
    if day not in kept:
        with session.no_autoflush:  # a household being written is not flushed half made
            row = session.scalars(select(PolicySet).where(PolicySet.effective_from <= day)
                                  .order_by(PolicySet.effective_from.desc(), PolicySet.id.desc()).limit(1)).first()
        kept[day] = _figures(row) if row else None
    return kept[day]


def require_policy(uow: UnitOfWork, day: dt.date) -> PolicySetInfo:
    """Like ``policy_in_force`` but a missing set is a problem the person reads."""
    found = policy_in_force(uow, day)
    if found is None:
        raise RuleError(Problem("policy.none_in_force", "effective_from", {"date": day.isoformat()}))
    return found


def policy_for_month(uow: UnitOfWork, month: dt.date) -> PolicySetInfo:
    """The set a month's benefit is computed with: the one in force on its first day."""
    return require_policy(uow, rules.first_of_month(month))


def list_policy_sets(uow: UnitOfWork) -> list[PolicySetInfo]:
    """Every set, oldest first, each with the last day it was in force."""
    with uow:
        rows = list(uow.session.scalars(_ordered()))
        out: list[PolicySetInfo] = []
        for i, row in enumerate(rows):
            later = rows[i + 1:]
            superseded = any(r.effective_from == row.effective_from for r in later)
            nxt = next((r.effective_from for r in later if r.effective_from > row.effective_from), None)
            until = nxt - dt.timedelta(days=1) if nxt else None
            out.append(_info(row, until, superseded))
        return out


def check_policy_set(effective_from: dt.date, figures: PolicyFigures) -> list[Problem]:
    """The problems of a set before it is added (empty: it can be), as ``add_policy_set``
    would raise them: the window checks at once, then saves on the worker."""
    return [_labelled(p) for p in rules.validate_set(effective_from, figures)]


def add_policy_set(uow: UnitOfWork, effective_from: dt.date, figures: PolicyFigures,
                   note: str = "", *, today: dt.date, is_example: bool = False,
                   progress: Progress | None = None, refresh_incomes: bool = True) -> PolicySetInfo:
    """Add a set of figures in force from ``effective_from``. Older sets stay as they are.
    A set that raises the rural standard (or changes which sets do) makes the rural households
    due for review at the raise: every receiving rural household is rescheduled on ``today`` (the
    program's clock; ``progress`` follows it: about a second on a county-sized store). The list's income
    columns are recomputed with the figures in force on ``today`` (``refresh_incomes`` False:
    by the caller, once, after adding several sets in the same unit of work)."""
    uow.require(Role.ADMIN)
    problems = check_policy_set(effective_from, figures)
    if problems:
        raise RuleError(problems)
    with uow:
        raises = reviews_schedule.rural_raises(uow)
        row = PolicySet(effective_from=effective_from, note=note.strip(), is_example=is_example,
                        figures_json=json.dumps(figures.to_dict(), ensure_ascii=False, sort_keys=True),
                        created_by=uow.operator)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("policy_set", row.id, "create", None, {
            "effective_from": effective_from.isoformat(), "note": row.note, "is_example": is_example,
            "figures": figures.to_dict()})
        reviews_schedule.reschedule_if_raises_changed(uow, raises, today, progress)
        uow.session.flush()
        # the list's income columns count the deduction the figures in force allow: read
        # again with the new set (not the figures this session kept from before it)
        uow.session.info.pop("policy.figures_on", None)
        if refresh_incomes:
            households.refresh_counted_incomes(uow.session, today)
        uow.commit()
        return _info(row)


def _labelled(p: Problem) -> Problem:
    if "field" not in p.params:
        return p
    return Problem(p.code, p.field, {**p.params, "label": messages.label("policy_field", p.params["field"])},
                   p.severity)


def ensure_default_policy(uow: UnitOfWork) -> PolicySetInfo:
    """Make sure a store has at least the example set (new stores get it from the migration)."""
    with uow:
        row = uow.session.scalars(_ordered().limit(1)).first()
        if row is not None:
            return _info(row)
    # the only set: in force on any day from its own, so its day serves as ``today``
    return add_policy_set(uow, rules.EXAMPLE_EFFECTIVE_FROM, PolicyFigures(), rules.EXAMPLE_NOTE,
                          today=rules.EXAMPLE_EFFECTIVE_FROM, is_example=True)


__all__ = ["PolicySetInfo", "PolicyFigures", "add_policy_set", "check_policy_set", "ensure_default_policy",
           "list_policy_sets", "policy_for_month", "policy_in_force", "require_policy"]
