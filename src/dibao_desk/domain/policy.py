"""Policy figures: the numbers an office works with, as one dated set.

A set of figures is in force from its effective date until the next set. Sets
are kept, never overwritten; a month's benefit uses the set in force on the
first day of that month. The defaults below are *examples* (seed 004 for the
class amounts, seed 002 for the notice days, seed 001 for the county's share);
an office replaces them with the figures its county publishes.

Money is integer fen; shares are per mille; housing area is in 1/100 m²
(as ``PropertyDraft.area_m2_x100``). A limit of 0 where noted means "no limit".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem

# 资金来源, in the order tables show them (domain.payroll uses the same names).
FUND_SOURCES = ("central", "provincial", "city", "county", "township")
METHODS = ("difference", "class", "difference_plus")  # 补差 / 分类施保 / 补差加分类加发
ROUNDINGS = ("yuan_up", "yuan_half_up", "yuan_down", "none")
CATEGORIES = ("class1", "class2", "class3")  # 一类 (三无) / 二类 (特困) / 三类 (一般)
SUPPLEMENT_KINDS = ("elderly", "disabled", "ill", "minor", "single_parent")


@dataclass(frozen=True)
class PolicyFigures:
    # Standards (保障标准), fen per person per month
    urban_standard_fen: int = 60000
    rural_standard_fen: int = 45000
    method: str = "difference"
    # 分类施保: fixed monthly amount per covered person of each class
    class1_fen: int = 7700
    class2_fen: int = 5200
    class3_fen: int = 4200
    # 分类加发 (method difference_plus): per eligible covered person per month
    elderly_supplement_fen: int = 3000
    elderly_age: int = 70
    disabled_supplement_fen: int = 5000
    disabled_grade_max: int = 2  # grades 1..this count as severe (一级、二级)
    ill_supplement_fen: int = 5000
    minor_supplement_fen: int = 3000
    minor_age: int = 18
    single_parent_supplement_fen: int = 2000
    supplements_stack: bool = False  # False: a person gets only the highest supplement
    # Property limits (家庭财产)
    deposit_limit_per_person_fen: int = 1_000_000  # deposits + securities, per household member
    vehicles_allowed: int = 0
    vehicle_exempt_below_fen: int = 0  # cheaper vehicles (motorcycles, farm carts) not counted; 0: all
    houses_max: int = 1
    housing_area_per_person_m2_x100: int = 0  # 0: no limit
    # Allowed employment-cost deduction (就业成本扣减), per month
    employment_deduction_per_member_fen: int = 10000  # per employed member
    employment_deduction_permille: int = 0  # share of earned income of employed members
    # 劳动年龄 (seed 001: 劳动年龄内有劳动能力的城市失业困难群众…应先办理失业登记): from
    # working_age_min to below the end age for the member's sex
    working_age_min: int = 16
    working_age_end_male: int = 60
    working_age_end_female: int = 55
    rounding: str = "yuan_up"
    minimum_benefit_fen: int = 0  # per household; 0: none
    notice_days: int = 7
    # The fuller notice (seed 002) names a supporter only where the county's rules allow it;
    # otherwise it shows the relation (儿子) and the figures.
    full_notice_supporter_names: bool = False
    county_check_permille: int = 300
    # Integrity registers (seed 001: a second false declaration bars new applications for one year)
    blacklist_months: int = 12
    complaint_answer_days: int = 15  # working days (official calendar with 调休) to answer a complaint
    # Steps (三环节十步骤 numbers, comma-separated) a proposal to change the money goes
    # through. Seed 003 puts 新增、变更、取消 alike through 民主评议 and 公示; seed 001's
    # 两审三公示 makes the county the one that approves. A death or a move away needs no
    # 评议 but is noticed and reported; a new standard is one batch: one notice, one approval.
    flow_change: str = "3,4,6,7,8,9,10"
    flow_cancel: str = "3,4,6,7,8,9,10"
    flow_no_review: str = "6,8,9,10"
    flow_batch: str = "6,8,9,10"
    # 资金来源: the share of the benefit each level of government pays, in basis points
    # (1/100 of a percent) adding up to 10000. A set stored before these existed reads
    # with these example shares.
    fund_central_bp: int = 6000
    fund_provincial_bp: int = 2000
    fund_city_bp: int = 1000
    fund_county_bp: int = 1000
    fund_township_bp: int = 0

    @property
    def class_amounts(self) -> dict[str, int]:
        return {"class1": self.class1_fen, "class2": self.class2_fen, "class3": self.class3_fen}

    def standard_for(self, hukou_type: str) -> int:
        return self.urban_standard_fen if hukou_type == "urban" else self.rural_standard_fen

    def flow_for(self, name: str) -> tuple[int, ...]:
        """The steps of flow ``name`` (change | cancel | no_review | batch)."""
        return parse_flow(getattr(self, f"flow_{name}"))

    @property
    def fund_shares(self) -> dict[str, int]:
        """资金来源 shares in basis points: central, provincial, city, county, township."""
        return {name: int(getattr(self, f"fund_{name}_bp")) for name in FUND_SOURCES}

    def supplement_fen(self, kind: str) -> int:
        return int(getattr(self, f"{kind}_supplement_fen"))

    # ---- storage ---------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PolicyFigures":
        """Figures from stored data; keys a newer or older program wrote are ignored,
        missing keys take the example value."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


# Integer figures that may not be negative, and those that must be positive.
_POSITIVE = ("urban_standard_fen", "rural_standard_fen", "notice_days", "blacklist_months",
             "complaint_answer_days")


# Bounds no real figure comes near: money (fen) up to 10 million yuan, any other number (days,
# months, ages, per mille, basis points) up to a million. Beyond them a figure is a slip ("1e20")
# and would overflow the store's integers once benefits are computed from it.
MAX_FIGURE_FEN = 1_000_000_000
MAX_FIGURE = 1_000_000


def validate(figures: PolicyFigures) -> list[Problem]:
    """Every rule a set of figures must meet before it is stored."""
    problems: list[Problem] = []
    for f in dataclasses.fields(figures):
        value = getattr(figures, f.name)
        if f.type in ("int", int) and not isinstance(value, bool):
            if not isinstance(value, int):
                problems.append(Problem("policy.not_number", f.name, {"field": f.name}))
            elif value < 0:
                problems.append(Problem("policy.negative", f.name, {"field": f.name}))
            elif value > (MAX_FIGURE_FEN if f.name.endswith("_fen") else MAX_FIGURE):
                shown = f"{fen_to_yuan(value)} 元" if f.name.endswith("_fen") else str(value)
                problems.append(Problem("policy.too_large", f.name, {"field": f.name, "value": shown}))
    for name in _POSITIVE:
        value = getattr(figures, name)
        if isinstance(value, int) and value <= 0:
            problems.append(Problem("policy.positive", name, {"field": name}))
    if figures.method not in METHODS:
        problems.append(Problem("policy.method", "method", {"value": figures.method}))
    if figures.rounding not in ROUNDINGS:
        problems.append(Problem("policy.rounding", "rounding", {"value": figures.rounding}))
    if figures.method == "class" and not any(figures.class_amounts.values()):
        problems.append(Problem("policy.class_amounts", "class1_fen"))
    if figures.county_check_permille > 1000 or figures.employment_deduction_permille > 1000:
        field = "county_check_permille" if figures.county_check_permille > 1000 else "employment_deduction_permille"
        problems.append(Problem("policy.share", field, {"field": field}))
    if not figures.working_age_min < min(figures.working_age_end_male, figures.working_age_end_female):
        problems.append(Problem("policy.working_age", "working_age_min"))
    for name in FLOW_FIELDS:
        try:
            steps = parse_flow(getattr(figures, name))
        except ValueError:
            problems.append(Problem("policy.flow", name, {"field": name}))
            continue
        problems += flow_problems(name, steps)
    shares = figures.fund_shares
    if all(isinstance(v, int) for v in shares.values()) and sum(shares.values()) != 10000:
        problems.append(Problem("policy.fund_shares", "fund_central_bp",
                                {"sum": f"{sum(shares.values()) / 100:g}"}))
    if not 0 <= figures.disabled_grade_max <= 4:
        problems.append(Problem("policy.disabled_grade", "disabled_grade_max"))
    return problems


def validate_set(effective_from: dt.date | None, figures: PolicyFigures) -> list[Problem]:
    problems = []
    if effective_from is None:
        problems.append(Problem("policy.effective_from", "effective_from"))
    return problems + validate(figures)


FLOW_FIELDS = ("flow_change", "flow_cancel", "flow_no_review", "flow_batch")


# What no flow may drop (DOMAIN.md, "Benefit over time"): 新增, 变更 and 取消 all go through
# 民主评议 and 公示 (seed 003: "对新增、取消、变更人员进行民主评议"), and the county approves
# (seed 001, 两审三公示). A death or a move away needs no 评议 but is still noticed and
# reported to the county; a new standard is one batch with one notice and one approval.
# So: every flow keeps a 公示 (step 4, 7 or 9) and 县民政局审批 (8); a change or cancellation
# (flow_change, flow_cancel) also keeps 民主评议 (3). The office may add steps (调查核实,
# 经办机构审查, more notices) or drop extra notices, never these.
FLOW_REVIEW, FLOW_COUNTY, FLOW_NOTICES = 3, 8, (4, 7, 9)
FLOWS_NEEDING_REVIEW = ("flow_change", "flow_cancel")


def flow_problems(name: str, steps: tuple[int, ...]) -> list[Problem]:
    """Why a flow of increasing steps ending with 10 drops a step the policy texts require."""
    problems = []
    if name in FLOWS_NEEDING_REVIEW and FLOW_REVIEW not in steps:
        problems.append(Problem("policy.flow_needs_review", name, {"field": name}))
    if not set(FLOW_NOTICES) & set(steps):
        problems.append(Problem("policy.flow_needs_notice", name, {"field": name}))
    if FLOW_COUNTY not in steps:
        problems.append(Problem("policy.flow_needs_county", name, {"field": name}))
    return problems


def parse_flow(text: str) -> tuple[int, ...]:
    """Steps from "3,4,6,8,10": increasing numbers 1..10 ending with 10 (待遇批准)."""
    steps = tuple(int(part) for part in str(text).replace("，", ",").split(",") if part.strip())
    if not steps or steps[-1] != 10 or any(not 1 <= s <= 10 for s in steps) \
            or any(a >= b for a, b in zip(steps, steps[1:])):
        raise ValueError(text)
    return steps


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def round_ratio(numerator: int, denominator: int, rule: str) -> int:
    """An exact amount of ``numerator / denominator`` fen (both >= 0, denominator > 0) rounded
    once by the policy's rule, in integers (a recompute of 40,000 households calls this)."""
    if rule == "none":  # half up to the fen
        return (2 * numerator + denominator) // (2 * denominator)
    per_yuan = 100 * denominator
    if rule == "yuan_up":
        return -(-numerator // per_yuan) * 100
    if rule == "yuan_down":
        return numerator // per_yuan * 100
    return (2 * numerator + per_yuan) // (2 * per_yuan) * 100  # yuan_half_up


def round_fen(amount_fen: int | Fraction, rule: str) -> int:
    """Round a monthly amount in fen to whole yuan by the policy's rule. An exact amount
    (a ``Fraction`` of a fen, as 补差 on household totals gives) is rounded here once; with
    the rule "none" it is rounded half up to the fen."""
    amount = Fraction(amount_fen)
    return round_ratio(amount.numerator, amount.denominator, rule)


EXAMPLE_EFFECTIVE_FROM = dt.date(2000, 1, 1)
EXAMPLE_NOTE = "示例数据（保障标准为示例值；分类施保金额取自某市报告：一类77元、二类52元、三类42元），请按县民政局公布的标准另建一套政策标准"
