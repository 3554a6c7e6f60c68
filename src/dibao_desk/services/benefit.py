"""Eligibility and benefit of households: one household explained, or every receiving
household recomputed for a month.

``assess`` reads one household and returns the three conditions and the benefit with
its explanation. ``recompute_all`` gives every receiving (在保) household its benefit
for a month under the set in force on the month's first day, in one transaction:
the rows are read with a handful of bulk queries and written back with one
``executemany``, so a county-sized store takes about a second.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from dibao_desk import messages
from dibao_desk.domain import benefit as rules
from dibao_desk.domain import eligibility
from dibao_desk.domain.eligibility import ConditionResult, Township
from dibao_desk.domain.ledger import MonthValue
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import Household, Office, Village
from dibao_desk.models import audit as audit_rows
from dibao_desk.models import benefit as benefit_rows
from dibao_desk.models import ledger as ledger_store
from dibao_desk.services import policy as policy_service
from dibao_desk.services.progress import NullProgress, Progress
from dibao_desk.services.uow import UnitOfWork


class ExplanationStep(Problem):
    """One step of a benefit explanation: a code with parameters; ``str()`` is the sentence."""

    def __str__(self) -> str:
        return messages.text(self)


def _explained(p: Problem) -> ExplanationStep:
    return ExplanationStep(p.code, p.field, p.params, p.severity)


@dataclass(frozen=True)
class Assessment:
    household_id: int
    month: dt.date
    eligible: bool
    conditions: tuple[ConditionResult, ...]
    amount_fen: int
    category: str
    suggested_category: str
    recorded_category: str
    explanation: tuple[ExplanationStep, ...]
    policy_set_id: int
    policy_effective_from: dt.date
    policy_is_example: bool
    current_fen: int  # what the household is recorded to receive now
    status: str

    @property
    def text(self) -> str:
        return "\n".join(str(s) for s in self.explanation)


@dataclass(frozen=True)
class Total:
    households: int = 0
    persons: int = 0
    amount_fen: int = 0


@dataclass(frozen=True)
class RecomputeTotals:
    month: dt.date
    policy_set_id: int
    policy_effective_from: dt.date
    policy_is_example: bool
    households: int
    persons: int  # covered persons
    total_fen: int
    changed: int  # households whose amount or class changed
    by_category: dict[str, Total] = field(default_factory=dict)
    by_hukou: dict[str, Total] = field(default_factory=dict)
    ineligible: tuple[int, ...] = ()  # receiving households that no longer meet the conditions

    @property
    def average_fen(self) -> int:
        """Average monthly benefit per covered person, in fen (rounded half up)."""
        return (2 * self.total_fen + self.persons) // (2 * self.persons) if self.persons else 0


def _township(uow: UnitOfWork) -> Township:
    """The office's name, administrative code and villages, for the 户籍 condition."""
    o = uow.session.scalars(select(Office).limit(1)).first()
    villages = dict(uow.session.execute(select(Village.id, Village.name)).all())
    return Township(o.name if o else "", o.admin_code if o else "", villages)


def assess(uow: UnitOfWork, household_id: int, month: dt.date) -> Assessment:
    """The three conditions and the benefit of one household for ``month``."""
    from dibao_desk.services.households import to_draft

    month = month.replace(day=1)
    policy = policy_service.policy_for_month(uow, month)
    with uow:
        h = uow.session.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "id", {"id": household_id}))
        draft = to_draft(h)
        result = rules.compute(draft, policy.figures, month, category=h.category,
                               township=_township(uow))
        head = rules.step("benefit.policy_set.example" if policy.is_example else "benefit.policy_set",
                          year=month.year, month=month.month,
                          effective_from=policy.effective_from.isoformat())
        return Assessment(
            household_id=h.id, month=month, eligible=result.eligible, conditions=result.conditions,
            amount_fen=result.amount_fen, category=result.category,
            suggested_category=result.suggested_category, recorded_category=h.category,
            explanation=tuple(_explained(s) for s in (head, *result.steps)),
            policy_set_id=policy.id, policy_effective_from=policy.effective_from,
            policy_is_example=policy.is_example, current_fen=h.monthly_benefit_fen, status=h.status)


@dataclass(frozen=True)
class AmountCheck:
    """What an amount entered for a household is checked against (None: no policy yet)."""

    computed_fen: int | None
    ceiling_fen: int | None


def amount_check(uow: UnitOfWork, household_id: int, month: dt.date) -> AmountCheck:
    """The computed benefit for ``month`` and the most the household may get: the standard
    for each covered person plus the supplements (分类施保 / 加发) its members qualify for."""
    from dibao_desk.domain.ledger import ceiling_fen
    from dibao_desk.services.households import to_draft

    month = month.replace(day=1)
    found = policy_service.policy_in_force(uow, month)
    if found is None:
        return AmountCheck(None, None)
    figures = found.figures
    with uow:
        h = uow.session.get(Household, household_id)
        if h is None:
            raise RuleError(Problem("household.missing", "id", {"id": household_id}))
        draft = to_draft(h).present_only()  # the members who remain (their supplements leave with them)
        result = rules.compute(draft, figures, month, category=h.category, township=_township(uow), explain=False)
    covered = result.income.covered
    extra = 0
    if figures.method == "difference_plus":
        counts, _several = rules.supplements(rules.persons_of(draft, eligibility.ages(draft, month)), figures)
        extra = sum(figures.supplement_fen(k) * n for k, n in counts.items())
    elif figures.method == "class":
        extra = max(figures.class_amounts.values(), default=0) * covered
    ceiling = max(ceiling_fen(figures.standard_for(draft.hukou_type), covered, extra),
                  figures.minimum_benefit_fen, result.amount_fen)
    return AmountCheck(result.amount_fen, ceiling)


# ---- every receiving household ----------------------------------------------------------

def _age(birth: str | dt.date | None, day: dt.date) -> int | None:
    """Age on ``day`` from a birth date as the driver gives it (SQLite: text; PostgreSQL: a date)."""
    if not birth:
        return None
    if isinstance(birth, dt.date):
        y, m, d = birth.year, birth.month, birth.day
    else:
        y, m, d = int(birth[0:4]), int(birth[5:7]), int(birth[8:10])
    return day.year - y - (1 if (day.month, day.day) < (m, d) else 0)


@dataclass(frozen=True)
class Computed:
    """One receiving household's benefit for a month, beside what it is recorded to get."""

    household_id: int
    hukou_type: str
    covered: int
    category: str  # recorded now
    current_fen: int
    new_category: str
    new_fen: int
    eligible: bool

    @property
    def changed(self) -> bool:
        return self.new_fen != self.current_fen or self.new_category != self.category


def _paid_in(homes: list[Any], in_ledger: Mapping[int, MonthValue]) -> list[Any]:
    """The households the month is paid to, with the ledger's class and amount as the
    current ones: the ledger decides (a change dated from next month is not this month's
    amount; a cancellation from next month still pays this month); a receiving household
    without a ledger yet counts as it stands."""
    from dibao_desk.domain.ledger import PAID_STATUSES

    out = []
    receiving = HouseholdStatus.RECEIVING  # a member looked up once, not per row
    for row in homes:
        led = in_ledger.get(row[0])
        if led is not None:
            if led.status in PAID_STATUSES:
                out.append((row[0], row[1], led.category or row[2], row[3], led.amount_fen, row[5], row[6]))
        elif row[6] == receiving:
            out.append(row)
    return out


def compute_all(uow: UnitOfWork, month: dt.date, progress: Progress | None = None
                ) -> tuple[RecomputeTotals, list[Computed]]:
    """Every receiving household's benefit for ``month`` under the set in force on the
    month's first day; nothing is written."""
    progress = progress or NullProgress()
    month = month.replace(day=1)
    policy = policy_service.policy_for_month(uow, month)
    figures = policy.figures
    with uow:
        township = _township(uow)
        progress.update(0, 0, "progress.read_households")
        facts = benefit_rows.payable_inputs(uow.session.connection())  # driver rows, one read a table
        homes, members, incomes, properties, supporters = facts
        in_ledger = ledger_store.month_values(uow.session.connection(), month)

    homes = _paid_in(homes, in_ledger)
    total = len(homes)
    progress.update(0, total, "progress.benefit.compute")
    out: list[Computed] = []
    by_category: dict[str, list[int]] = {}
    by_hukou: dict[str, list[int]] = {}
    ineligible: list[int] = []
    persons_all = amount_all = changed = 0
    no_rows: list[Any] = []
    ages: dict[str | None, int | None] = {}  # birth date (text) -> age in the month: many share one
    no_property = eligibility.property_met((0, 0, 0, 0), 1, figures)  # nothing declared: as the limits say
    for n, (hid, hukou, category, deduction, current, village_id, status) in enumerate(homes):
        if n % 2000 == 0:
            progress.check()
            progress.update(n, total)
        rows = members.get(hid, no_rows)
        # (relation, grade, ill, capacity, covered, age) per member, as domain.benefit wants
        persons: list[rules.Person] = []
        for r in rows:
            try:
                age = ages[r[2]]
            except KeyError:
                age = ages[r[2]] = _age(r[2], month)
            persons.append((r[3], r[4], r[5], r[6], r[8], age))
        covered = sum(1 for r in rows if r[8])
        inc = eligibility.income_of({r[1] for r in rows if r[7] in eligibility.EMPLOYED},
                                    [(r[1], r[2], r[3]) for r in incomes.get(hid, no_rows)],
                                    deduction, len(rows), covered, figures)
        owned = properties.get(hid)
        property_ok = no_property if not owned else eligibility.property_met(
            eligibility.property_totals((r[1:] for r in owned), figures), len(rows), figures)
        eligible, amount, used = rules.quick(figures, hukou, category, persons, inc, property_ok,
                                             bool(supporters.get(hid)),
                                             eligibility.hukou_in_township(village_id, township))
        if not eligible:
            ineligible.append(hid)
        c = Computed(hid, hukou, covered, category, current, used, amount, eligible)
        changed += c.changed
        out.append(c)
        persons_all += covered
        amount_all += amount
        for key, groups in ((used, by_category), (hukou, by_hukou)):
            t = groups.setdefault(key, [0, 0, 0])
            t[0] += 1
            t[1] += covered
            t[2] += amount
    progress.check()
    totals = RecomputeTotals(
        month=month, policy_set_id=policy.id, policy_effective_from=policy.effective_from,
        policy_is_example=policy.is_example, households=total, persons=persons_all,
        total_fen=amount_all, changed=changed,
        by_category={k: Total(*v) for k, v in sorted(by_category.items())},
        by_hukou={k: Total(*v) for k, v in sorted(by_hukou.items())},
        ineligible=tuple(ineligible))
    return totals, out


def recompute_all(uow: UnitOfWork, month: dt.date, progress: Progress | None = None) -> RecomputeTotals:
    """Give every receiving household its benefit for ``month`` at once, ledger included.

    Only for a store being set up (the demo fills one with it): an office changes the
    money through ``services.proposals.propose_standard``, one batch proposal that goes
    through the procedure. One transaction: a cancelled run writes nothing."""
    from dibao_desk.domain.ledger import DecisionKind, LedgerStatus, MonthValue
    from dibao_desk.services import ledger

    uow.require(Role.CLERK, Role.ADMIN)
    progress = progress or NullProgress()
    totals, rows = compute_all(uow, month, progress)
    updates = [c for c in rows if c.changed]
    with uow:
        progress.update(totals.households, totals.households, "progress.write")
        if updates:
            conn = uow.session.connection()
            now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(" ")
            audit_rows.claim(conn)  # several writers (PostgreSQL): the chain's appends one at a time
            benefit_rows.write_amounts(
                conn, [(c.new_fen, c.new_category, c.household_id) for c in updates],
                [(now, uow.operator, c.household_id,
                  f'{{"category": "{c.category}", "monthly_benefit_fen": {c.current_fen}}}',
                  f'{{"category": "{c.new_category}", "monthly_benefit_fen": {c.new_fen}}}') for c in updates])
            is_class = policy_service.policy_for_month(uow, totals.month).figures.method == "class"
            # Households without a ledger get theirs built from the store (ledger.build).
            have = ledger.households_with_ledger(uow)
            ledgered = [c for c in updates if c.household_id in have]
            if ledgered:
                ledger.write_decision(
                    uow, DecisionKind.POLICY, totals.month, dt.date.today(), uow.operator,
                    {c.household_id: MonthValue(LedgerStatus.RECEIVING, c.new_category, c.covered, c.new_fen,
                                                c.new_fen if is_class else 0) for c in ledgered},
                    policy_set_id=totals.policy_set_id, note="recompute", today=totals.month)
        uow.audit("benefit", None, "recompute", None, {
            "month": totals.month.isoformat(), "policy_set_id": totals.policy_set_id,
            "households": totals.households, "persons": totals.persons, "total_fen": totals.total_fen,
            "changed": len(updates), "ineligible": len(totals.ineligible)})
        uow.commit()
        progress.update(totals.households, totals.households, "progress.done")
        return totals


__all__ = ["AmountCheck", "Assessment", "Computed", "amount_check", "ExplanationStep", "RecomputeTotals", "Total", "assess", "compute_all",
           "recompute_all"]
