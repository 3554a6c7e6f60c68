"""The monthly benefit (保障金) of one household, with an explanation a person can read.

Methods (``PolicyFigures.method``):

- ``difference`` (补差): (standard × persons − counted income) × covered persons ÷ persons,
  never below 0, on household totals (``difference_exact``) and rounded once at the end;
- ``class`` (分类施保): the class's fixed amount × covered persons;
- ``difference_plus``: 补差 plus 分类加发 supplements for each eligible covered person
  (elderly, severely disabled, seriously ill, minors, members of single-parent households).

Then the policy's rounding to whole yuan and its minimum per household. A household that
fails the means test gets 0. The explanation is a list of steps (``Problem`` with
severity "info", code ``benefit.*``) whose sentences live in ``messages.policy``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from dibao_desk.domain.eligibility import (
    ConditionResult, Income, Township, ages, hukou_met, income, income_met, means_test, money,
)
from dibao_desk.domain.household import HouseholdDraft
from dibao_desk.domain.policy import CATEGORIES, SUPPLEMENT_KINDS, PolicyFigures, round_fen, round_ratio
from dibao_desk.domain.problems import Problem

CHILD_RELATIONS = ("son", "daughter")


@dataclass(frozen=True)
class BenefitResult:
    eligible: bool
    conditions: tuple[ConditionResult, ...]
    amount_fen: int
    category: str  # the class used: the household's recorded class, else the suggested one
    suggested_category: str
    steps: tuple[Problem, ...]
    income: Income
    supplements: dict[str, int]  # kind -> persons receiving it


def step(code: str, **params: Any) -> Problem:
    return Problem(code, "", params, "info")


def _ages(draft: HouseholdDraft, day: dt.date, given: list[int | None] | None) -> list[int | None]:
    return given if given is not None else ages(draft, day)


# A member as the rules below need it: (relation, disability grade, seriously ill,
# work capacity, covered, age on the first day of the month or None).
Person = tuple[str, int, bool, str, bool, int | None]


def persons_of(draft: HouseholdDraft, member_ages: list[int | None]) -> list[Person]:
    return [(m.relation, m.disability_grade, m.serious_illness, m.work_capacity, m.covered, age)
            for m, age in zip(draft.members, member_ages)]


def suggest_category(draft: HouseholdDraft, figures: PolicyFigures, day: dt.date, *,
                     inc: Income | None = None, member_ages: list[int | None] | None = None) -> str:
    """三无 (no income, no work capacity, no one with a duty of support) → class1;
    elderly, severely disabled or seriously ill members → class2; otherwise class3."""
    inc = inc or income(draft, figures)
    return category_of(persons_of(draft, _ages(draft, day, member_ages)), inc.total_fen,
                       bool(draft.supporters), figures)


def category_of(persons: list[Person], total_income_fen: int, has_supporters: bool,
                figures: PolicyFigures) -> str:
    if total_income_fen == 0 and not has_supporters and persons and all(p[3] == "none" for p in persons):
        return "class1"
    for _rel, grade, ill, _cap, _cov, age in persons:
        if (age is not None and age >= figures.elderly_age) or ill or 1 <= grade <= figures.disabled_grade_max:
            return "class2"
    return "class3"


def single_parent(persons: list[Person], figures: PolicyFigures) -> bool:
    """A head without a spouse in the household, raising a minor son or daughter."""
    if any(p[0] == "spouse" for p in persons):
        return False
    return any(p[0] in CHILD_RELATIONS and p[5] is not None and p[5] < figures.minor_age for p in persons)


def supplements(persons: list[Person], figures: PolicyFigures) -> tuple[dict[str, int], int]:
    """(kind -> persons, persons who qualified for more than one) under the stacking rule."""
    lone = single_parent(persons, figures)
    counts = {k: 0 for k in SUPPLEMENT_KINDS}
    several = 0
    for _rel, grade, ill, _cap, covered, age in persons:
        if not covered:
            continue
        kinds = []
        if age is not None and age >= figures.elderly_age:
            kinds.append("elderly")
        if 1 <= grade <= figures.disabled_grade_max:
            kinds.append("disabled")
        if ill:
            kinds.append("ill")
        if age is not None and age < figures.minor_age:
            kinds.append("minor")
        if lone:
            kinds.append("single_parent")
        kinds = [k for k in kinds if figures.supplement_fen(k) > 0]
        if not kinds:
            continue
        if len(kinds) > 1:
            several += 1
        if not figures.supplements_stack:
            kinds = [max(kinds, key=lambda k: (figures.supplement_fen(k), -SUPPLEMENT_KINDS.index(k)))]
        for k in kinds:
            counts[k] += 1
    return counts, several


def difference_ratio(standard_fen: int, persons: int, counted_fen: int, covered: int) -> tuple[int, int]:
    """补差 on household totals, unrounded, as (numerator, denominator) fen: (standard ×
    persons − counted income) × covered ÷ persons, never below 0. Not a per-capita income
    cut to the fen and multiplied back: 3 persons at 400 元 with 1,000 元 get exactly
    200 元, not 3 × (400 − 333.33)."""
    if persons <= 0 or covered <= 0:
        return 0, 1
    return max(0, (standard_fen * persons - counted_fen) * covered), persons


def difference_exact(standard_fen: int, persons: int, counted_fen: int, covered: int) -> Fraction:
    """``difference_ratio`` as one exact number."""
    return Fraction(*difference_ratio(standard_fen, persons, counted_fen, covered))


def difference_fen(standard_fen: int, persons: int, counted_fen: int, covered: int, rounding: str) -> int:
    """补差 rounded once by the policy's rule (no minimum applied)."""
    return round_ratio(*difference_ratio(standard_fen, persons, counted_fen, covered), rounding)


def finish(amount: int | Fraction, covered: int, figures: PolicyFigures) -> int:
    """Rounding (once, of the exact amount), then the minimum per household."""
    amount = Fraction(amount)
    return finish_ratio(amount.numerator, amount.denominator, covered, figures)


def finish_ratio(numerator: int, denominator: int, covered: int, figures: PolicyFigures) -> int:
    """``finish`` of an exact amount given as (numerator, denominator) fen, in integers."""
    amount = round_ratio(numerator, denominator, figures.rounding)
    if figures.minimum_benefit_fen and covered and amount < figures.minimum_benefit_fen:
        amount = figures.minimum_benefit_fen
    return amount


def quick(figures: PolicyFigures, hukou_type: str, category: str, persons: list[Person],
          inc: Income, property_ok: bool, has_supporters: bool, in_township: bool = True) -> tuple[bool, int, str]:
    """(eligible, amount, class used) without an explanation: the same rules as ``compute``
    from plain values, for recomputing many households at once."""
    eligible = (hukou_met(hukou_type, inc.covered, in_township) and income_met(inc, figures.standard_for(hukou_type))
                and property_ok)
    used = category if category in CATEGORIES else category_of(persons, inc.total_fen, has_supporters, figures)
    if not eligible:
        return False, 0, used
    if figures.method == "class":
        num, den = figures.class_amounts.get(used, 0) * inc.covered, 1
    else:
        num, den = difference_ratio(figures.standard_for(hukou_type), inc.persons, inc.counted_fen, inc.covered)
        if figures.method == "difference_plus":
            counts, _several = supplements(persons, figures)
            num += den * sum(figures.supplement_fen(k) * n for k, n in counts.items())
    return True, finish_ratio(num, den, inc.covered, figures), used


def shown_fen(amount: int | Fraction) -> int:
    """An exact amount as the fen a person reads before rounding (half up)."""
    return round_fen(amount, "none")


def compute(draft: HouseholdDraft, figures: PolicyFigures, month: dt.date, *, category: str = "",
            township: Township | str = "", member_ages: list[int | None] | None = None,
            explain: bool = True) -> BenefitResult:
    """The benefit for ``month`` (ages are taken on its first day) under ``figures``.
    With ``explain`` False no explanation or condition figures are made (same amount).
    Members who left the household (dead, moved out …) count for nothing, nor do their
    incomes; ``member_ages`` are then the ages of the members who remain."""
    draft = draft.present_only()
    day = month.replace(day=1)
    member_ages = _ages(draft, day, member_ages)
    inc = income(draft, figures)
    conditions = tuple(means_test(draft, figures, township=township, inc=inc, explain=explain, on=day))
    eligible = all(c.met for c in conditions)
    suggested = suggest_category(draft, figures, day, inc=inc, member_ages=member_ages)
    used = category if category in CATEGORIES else suggested
    standard = figures.standard_for(draft.hukou_type)
    steps: list[Problem] = []
    if explain:
        steps += [
            step(f"benefit.method.{figures.method}"),
            step(f"benefit.standard.{draft.hukou_type}", **money(standard=standard)),
            step("benefit.income", persons=inc.persons, **money(
                total=inc.total_fen, deduction=inc.deduction_fen, counted=inc.counted_fen,
                per_capita=inc.per_capita_fen)),
            *([step("benefit.deduction_capped", **money(
                declared=inc.declared_deduction_fen, allowed=inc.allowed_deduction_fen,
                deduction=inc.deduction_fen))] if inc.declared_deduction_fen > inc.deduction_fen else []),
            step("benefit.covered", covered=inc.covered, persons=inc.persons,
                 not_covered=inc.persons - inc.covered),
            step(f"benefit.category.{'recorded' if category in CATEGORIES else 'suggested'}.{used}",
                 category=used),
        ]
    counts: dict[str, int] = {k: 0 for k in SUPPLEMENT_KINDS}
    if not eligible:
        if explain:
            steps += [step(f"benefit.fails.{c.code}") for c in conditions if not c.met]
            steps.append(step("benefit.result", **money(amount=0)))
        return BenefitResult(False, conditions, 0, used, suggested, tuple(steps), inc, counts)

    covered = inc.covered
    amount: int | Fraction
    if figures.method == "class":
        each = figures.class_amounts.get(used, 0)
        amount = each * covered
        if explain:
            steps.append(step(f"benefit.class.{used}", covered=covered, **money(each=each, amount=amount)))
    else:
        amount = difference_exact(standard, inc.persons, inc.counted_fen, covered)
        if explain:
            code = "benefit.difference" if covered == inc.persons else "benefit.difference.partial"
            steps.append(step(code, covered=covered, persons=inc.persons, **money(
                standard=standard, counted=inc.counted_fen, gap_total=max(0, standard * inc.persons - inc.counted_fen),
                amount=shown_fen(amount))))
        if figures.method == "difference_plus":
            counts, several = supplements(persons_of(draft, member_ages), figures)
            for kind in SUPPLEMENT_KINDS:
                if counts[kind]:
                    each = figures.supplement_fen(kind)
                    amount += each * counts[kind]
                    if explain:
                        steps.append(step(f"benefit.supplement.{kind}", persons=counts[kind],
                                          **money(each=each, amount=each * counts[kind])))
            if explain and several and not figures.supplements_stack:
                steps.append(step("benefit.supplement.highest_only", persons=several))
            if explain:
                steps.append(step("benefit.subtotal", **money(amount=shown_fen(amount))))
    rounded = round_fen(amount, figures.rounding)
    if explain and rounded != amount and figures.rounding != "none":
        steps.append(step(f"benefit.rounding.{figures.rounding}", **money(before=shown_fen(amount), after=rounded)))
    amount = rounded
    if figures.minimum_benefit_fen and covered and amount < figures.minimum_benefit_fen:
        if explain:
            steps.append(step("benefit.minimum", **money(before=amount, minimum=figures.minimum_benefit_fen)))
        amount = figures.minimum_benefit_fen
    if explain:
        steps.append(step("benefit.result", **money(amount=amount)))
    return BenefitResult(True, conditions, amount, used, suggested, tuple(steps), inc, counts)
