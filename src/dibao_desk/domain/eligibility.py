"""The means test (认定条件, seed 001): hukou, income, property.

Each condition comes back with whether it is met and the figures it used, so
that a person can read why. Parameters holding money are given twice: as fen
(``*_fen``, for programs) and as yuan text (for the sentence in ``messages``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Hashable, Iterable, Mapping

from dibao_desk.domain.household import HouseholdDraft, MemberDraft
from dibao_desk.domain.idcard import age_on
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.policy import PolicyFigures
from dibao_desk.domain.problems import Problem

CONDITIONS = ("hukou", "income", "property")

# Members whose work earns income an employment-cost deduction may be set against.
EMPLOYED = ("employed", "flexible", "farming")
EARNED_KINDS = ("wages", "farming", "business", "casual_labour")

DEPOSIT_KINDS = ("deposit", "securities")


def money(**amounts: int) -> dict[str, Any]:
    """{"x_fen": 12345, "x": "123.45"} for each amount given as x=12345."""
    out: dict[str, Any] = {}
    for key, fen in amounts.items():
        out[f"{key}_fen"] = int(fen)
        out[key] = fen_to_yuan(int(fen))
    return out


def area(x100: int) -> str:
    whole, part = divmod(int(x100), 100)
    return f"{whole}" if part == 0 else f"{whole}.{part:02d}".rstrip("0")


@dataclass(frozen=True)
class ConditionResult:
    code: str  # hukou | income | property
    met: bool
    params: dict[str, Any] = field(default_factory=dict)
    checks: tuple[Problem, ...] = ()  # the single checks behind it (severity "info" or "error")


@dataclass(frozen=True)
class Income:
    total_fen: int
    declared_deduction_fen: int
    allowed_deduction_fen: int
    deduction_fen: int
    counted_fen: int
    persons: int
    covered: int
    per_capita_fen: int


def birth_date(member: MemberDraft) -> dt.date | None:
    """The birth date in an ID number (checked when the household was saved)."""
    n = member.id_number.strip()
    try:
        if len(n) == 18:
            return dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
        if len(n) == 15:
            return dt.date(1900 + int(n[6:8]), int(n[8:10]), int(n[10:12]))
    except ValueError:
        return None
    return None


def ages(draft: HouseholdDraft, day: dt.date) -> list[int | None]:
    out: list[int | None] = []
    for m in draft.members:
        b = birth_date(m)
        out.append(age_on(b, day) if b else None)
    return out


def income(draft: HouseholdDraft, figures: PolicyFigures) -> Income:
    """Monthly household income, the deduction the policy allows, and income per person.

    The deduction is what the household declared, at most what the policy allows
    (a fixed amount per employed member plus a share of their earned income). Income
    per person divides by all members living together, covered or not.
    """
    return income_of(
        {i for i, m in enumerate(draft.members) if m.employment in EMPLOYED},
        [(i.member_index, i.kind, i.amount_fen) for i in draft.incomes],
        draft.employment_deduction_fen, len(draft.members),
        sum(1 for m in draft.members if m.covered), figures)


def income_of(employed: set[Hashable], incomes: Iterable[tuple[Hashable, str, int]], declared_fen: int, persons: int, covered: int,
              figures: PolicyFigures) -> Income:
    """``income`` from plain values: ``employed`` holds the keys of employed members and
    ``incomes`` is (member key or None, kind, fen) per item."""
    total = earned = 0
    for who, kind, amount in incomes:
        amount = max(0, amount)
        total += amount
        if who in employed and kind in EARNED_KINDS:
            earned += amount
    allowed = (len(employed) * figures.employment_deduction_per_member_fen
               + earned * figures.employment_deduction_permille // 1000)
    declared = max(0, declared_fen)
    deduction = min(declared, allowed, total)
    counted = total - deduction
    return Income(total, declared, allowed, deduction, counted, persons, covered,
                  counted // persons if persons else 0)


def property_totals(items: Iterable[Any], figures: PolicyFigures) -> tuple[int, int, int, int]:
    """(deposits and securities fen, vehicles counted, houses, housing area 1/100 m²) from
    (kind, value fen, area, quantity) per item. Vehicles worth less than the policy's
    exemption (the item's value per vehicle) are not counted."""
    deposits = vehicles = houses = area_total = 0
    exempt = figures.vehicle_exempt_below_fen
    for kind, value, area_x100, quantity in items:
        if kind in DEPOSIT_KINDS:
            deposits += value
        elif kind == "vehicle":
            if not exempt or value >= exempt * max(1, quantity):
                vehicles += quantity
        elif kind == "housing":
            houses += quantity
            area_total += area_x100
    return deposits, vehicles, houses, area_total


def property_met(totals: tuple[int, int, int, int], members: int, figures: PolicyFigures) -> bool:
    deposits, vehicles, houses, area_total = totals
    persons = max(1, members)
    area_limit = figures.housing_area_per_person_m2_x100
    return (deposits <= figures.deposit_limit_per_person_fen * persons
            and vehicles <= figures.vehicles_allowed and houses <= figures.houses_max
            and (not area_limit or area_total <= area_limit * persons))


def per_person_up(total: int, persons: int) -> int:
    """A total per person, rounded up to the unit: the figure shown beside a per-person limit
    is then above the limit exactly when the total is above the limit × persons (60.01 m² for
    2 persons is 30.01 m² each, over a 30 m² limit, not 30.00)."""
    return -(-total // persons)


@dataclass(frozen=True)
class Township:
    """The office a household applies to (户籍所在地的乡镇): its name, 12-digit administrative
    code and villages (id -> name). ``villages`` None: not known, only that a village is set."""

    name: str = ""
    admin_code: str = ""
    villages: Mapping[int, str] | None = None


def hukou_in_township(village_id: int | None, township: Township) -> bool:
    """The hukou is in this township: the household's village is one of the office's villages."""
    if village_id is None:
        return False
    return township.villages is None or village_id in township.villages


def hukou_met(hukou_type: str, covered: int, in_township: bool = True) -> bool:
    return in_township and covered > 0 and hukou_type in ("urban", "rural")


def of_working_age(member: MemberDraft, age: int | None, figures: PolicyFigures) -> bool:
    """劳动年龄: from ``working_age_min`` to below the end age for the member's sex (the
    17th character of the ID number: odd for men)."""
    if age is None:
        return False
    n = member.id_number.strip()
    male = len(n) >= 17 and n[16].isdigit() and int(n[16]) % 2 == 1
    end = figures.working_age_end_male if male else figures.working_age_end_female
    return figures.working_age_min <= age < end


def needs_unemployment_registration(hukou_type: str, member: MemberDraft, age: int | None,
                                    figures: PolicyFigures) -> bool:
    """Seed 001: "劳动年龄内有劳动能力的城市失业困难群众在申请低保时,应先到当地就业服务机构办理
    失业登记" — an urban member of working age, with full work capacity and no job."""
    return (hukou_type == "urban" and member.work_capacity == "full" and member.employment == "none"
            and not member.unemployment_registered and of_working_age(member, age, figures))


def income_met(inc: Income, standard_fen: int) -> bool:
    """Counted income below the standard × persons (on totals: the same as income per person
    below the standard, with no fen cut off)."""
    return inc.persons > 0 and inc.counted_fen < standard_fen * inc.persons


def _hukou(draft: HouseholdDraft, figures: PolicyFigures, township: Township, on: dt.date,
           explain: bool) -> ConditionResult:
    covered = sum(1 for m in draft.members if m.covered)
    away = len(draft.members) - covered
    here = hukou_in_township(draft.village_id, township)
    met = hukou_met(draft.hukou_type, covered, here)
    if not explain:
        return ConditionResult("hukou", met)
    village = (township.villages or {}).get(draft.village_id, "") if draft.village_id is not None else ""
    checks = [Problem("hukou.in_township" if here else "hukou.not_in_township", "village_id",
                      {"township": township.name, "village": village}, "info" if here else "error"),
              Problem("hukou.covered" if covered else "hukou.none_covered", "members",
                      {"covered": covered, "persons": len(draft.members)}, "info" if covered else "error")]
    for i, (m, age) in enumerate(zip(draft.members, ages(draft, on))):
        if m.covered and needs_unemployment_registration(draft.hukou_type, m, age, figures):
            checks.append(Problem("hukou.unemployment_registration", f"members[{i}]", {"name": m.name}, "warning"))
    return ConditionResult("hukou", met, {
        "township": township.name, "village": village, "hukou_type": draft.hukou_type, "covered": covered,
        "not_covered": away, "persons": len(draft.members)}, tuple(checks))


def _income(draft: HouseholdDraft, figures: PolicyFigures, inc: Income, explain: bool) -> ConditionResult:
    standard = figures.standard_for(draft.hukou_type)
    met = income_met(inc, standard)
    if not explain:
        return ConditionResult("income", met)
    return ConditionResult("income", met, {
        "hukou_type": draft.hukou_type, "persons": inc.persons,
        **money(standard=standard, total=inc.total_fen, deduction=inc.deduction_fen,
                declared=inc.declared_deduction_fen, allowed=inc.allowed_deduction_fen,
                counted=inc.counted_fen, per_capita=inc.per_capita_fen)})


def _property(draft: HouseholdDraft, figures: PolicyFigures, explain: bool) -> ConditionResult:
    persons = max(1, len(draft.members))
    totals = property_totals(((p.kind, p.value_fen, p.area_m2_x100, p.quantity) for p in draft.properties),
                             figures)
    if not explain:
        return ConditionResult("property", property_met(totals, len(draft.members), figures))
    deposits, vehicles, houses, area_total = totals
    checks: list[Problem] = []

    def check(code: str, ok: bool, params: dict[str, Any]) -> None:
        checks.append(Problem(code, "properties", params, "info" if ok else "error"))

    limit = figures.deposit_limit_per_person_fen
    check("property.deposits", deposits <= limit * persons, {
        "persons": persons, **money(deposits=deposits, per_person=per_person_up(deposits, persons), limit=limit)})
    check("property.vehicles", vehicles <= figures.vehicles_allowed,
          {"count": vehicles, "allowed": figures.vehicles_allowed})
    check("property.houses", houses <= figures.houses_max, {"count": houses, "allowed": figures.houses_max})
    if figures.housing_area_per_person_m2_x100:
        per_person = per_person_up(area_total, persons)
        check("property.area", area_total <= figures.housing_area_per_person_m2_x100 * persons, {
            "area": area(area_total), "per_person": area(per_person), "persons": persons,
            "limit": area(figures.housing_area_per_person_m2_x100)})
    met = all(c.severity == "info" for c in checks)
    return ConditionResult("property", met, {"failed": sum(c.severity == "error" for c in checks)},
                           tuple(checks))


def means_test(draft: HouseholdDraft, figures: PolicyFigures, *, township: Township | str = "",
               inc: Income | None = None, explain: bool = True, on: dt.date | None = None) -> list[ConditionResult]:
    """The three conditions, in order: hukou, income, property. With ``explain`` False
    only whether each is met (no figures), for recomputing many households at once.
    ``township`` given as a bare name checks only that a village is set; ages (for the
    失业登记 check item) are taken on ``on``, today when not given."""
    inc = inc or income(draft, figures)
    if isinstance(township, str):
        township = Township(township)
    return [_hukou(draft, figures, township, on or dt.date.today(), explain), _income(draft, figures, inc, explain),
            _property(draft, figures, explain)]
