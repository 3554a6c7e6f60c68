"""A household as the operator declares it, and the rules it must satisfy.

Kinds are stable codes (stored in the database and in exchange files); the
Chinese words for them live in ``dibao_desk.messages``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, NamedTuple

from dibao_desk.domain import bank_accounts, idcard, names
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import Problem


class HouseholdStatus(StrEnum):
    """Where a household stands (``households.status``); the words are in ``messages.core``."""

    REGISTERED = "registered"  # on file, no application (e.g. a roster line without benefit)
    APPLYING = "applying"  # a new case is open
    RECEIVING = "receiving"  # 在保
    SUSPENDED = "suspended"  # 暂停
    CANCELLED = "cancelled"  # benefit ended
    REFUSED = "refused"  # the application was not granted


HUKOU_TYPES = ("urban", "rural")

RELATIONS = (
    "head", "spouse", "son", "daughter", "father", "mother", "grandson", "granddaughter",
    "grandfather", "grandmother", "son_in_law", "daughter_in_law", "sibling", "other",
)

# The sex a relation names (the 17th digit of the ID number tells the member's: odd 男, even 女)
RELATION_SEX = {"son": "男", "daughter": "女", "father": "男", "mother": "女", "grandson": "男",
                "granddaughter": "女", "grandfather": "男", "grandmother": "女", "son_in_law": "男",
                "daughter_in_law": "女"}

WORK_CAPACITY = ("full", "partial", "none")

EMPLOYMENT = ("none", "farming", "employed", "flexible", "student", "retired", "preschool", "other")

# Monthly income by kind (家庭收入). Support owed by people with a duty of
# support is recorded on the supporter and also counts here when paid.
INCOME_KINDS = (
    "wages",            # 工资性收入
    "farming",          # 农业生产经营收入 (种植、养殖)
    "business",         # 非农经营收入
    "casual_labour",    # 劳务、灵活就业收入
    "property_income",  # 财产性收入 (租金、利息、分红)
    "land_transfer",    # 土地流转、征地补偿收入
    "pension",          # 养老金、离退休金
    "unemployment",     # 失业保险金
    "support",          # 赡养、抚养、扶养费
    "survivor",         # 遗属补助、抚恤金
    "transfer",         # 亲友赠与等转移性收入
    "compensation",     # 赔偿、保险理赔收入
    "other",            # 其他收入
)

PROPERTY_KINDS = (
    "deposit",      # 存款
    "securities",   # 有价证券
    "vehicle",      # 机动车辆
    "housing",      # 房产 (with area)
    "business",     # 经营资本 (营业执照)
    "insurance",    # 商业保险
    "other",        # 其他
)

SUPPORT_DUTIES = ("maintain_elder", "raise_child", "support_spouse")  # 赡养 / 抚养 / 扶养

DISABILITY_GRADES = (0, 1, 2, 3, 4)  # 0: none; 1 (most severe) .. 4

# The code lists the county systems (全国低保信息系统 and the province's) carry; "" is not told.
# 主要致贫原因 of a household: 疾病, 灾害, 残疾, 缺乏劳动力, 失业, 失地, 其他
POVERTY_CAUSES = ("illness", "disaster", "disability", "no_labour", "unemployment", "landless", "other")
# 生活自理能力 of a member: 有 / 部分 / 无
SELF_CARE = ("able", "partial", "unable")
# 健康状况 of a member: 健康 / 一般 / 重病
HEALTH = ("healthy", "fair", "severe")


class PersonStatus(StrEnum):
    """人员状态 of a member (``member.person_status``)."""

    NORMAL = "normal"  # 正常
    MISSING = "missing"  # 失踪
    DEAD = "dead"  # 死亡
    MARRIED_OUT = "married_out"  # 嫁娶
    IMPRISONED = "imprisoned"  # 服刑
    SPLIT_OUT = "split_out"  # 分户迁出


PERSON_STATUS = tuple(PersonStatus)

# 人员状态 of a member who no longer lives in the household: not counted in its persons, its
# covered persons, its income or its supplements (审核确认办法: a person serving a sentence is
# not a member living together). 失踪 stays counted until the office decides otherwise.
LEFT_STATUSES = frozenset({PersonStatus.DEAD, PersonStatus.MARRIED_OUT, PersonStatus.IMPRISONED,
                           PersonStatus.SPLIT_OUT})


# 人员状态 of a member who moved to another household: the member may be registered there (the
# record moves; the old household's audit and event keep the history).
MOVED_OUT_STATUSES = frozenset({PersonStatus.MARRIED_OUT, PersonStatus.SPLIT_OUT})


def is_present(person_status: str) -> bool:
    """Does a member of this 人员状态 still live in the household?"""
    return person_status not in LEFT_STATUSES


@dataclass(frozen=True)
class MemberDraft:
    name: str
    id_number: str
    relation: str = "head"
    disability_grade: int = 0
    serious_illness: bool = False
    illness_note: str = ""
    work_capacity: str = "full"
    employment: str = "none"
    covered: bool = True
    not_covered_reason: str = ""
    self_care: str = ""  # SELF_CARE
    health: str = ""  # HEALTH
    person_status: str = PersonStatus.NORMAL
    status_on: dt.date | None = None  # the day person_status began (a death, a move away)
    # 已办失业登记: an urban member of working age able to work and without a job must register
    # as unemployed (seed 001); the 台账 counts who has
    unemployment_registered: bool = False


@dataclass(frozen=True)
class IncomeDraft:
    kind: str
    amount_fen: int  # per month
    member_index: int | None = None  # whose income, if one member's
    note: str = ""


@dataclass(frozen=True)
class PropertyDraft:
    kind: str
    value_fen: int
    area_m2_x100: int = 0  # housing area in 1/100 m²
    quantity: int = 1
    note: str = ""


@dataclass(frozen=True)
class SupporterDraft:
    name: str
    id_number: str = ""
    relation: str = ""
    duty: str = "maintain_elder"
    household_size: int = 1
    household_income_fen: int = 0  # the supporter's own household, per month
    support_paid_fen: int = 0  # what they pay to this household per month
    note: str = ""


@dataclass(frozen=True)
class HouseholdDraft:
    village_id: int | None
    hukou_type: str
    members: tuple[MemberDraft, ...]
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    bank_account: str = ""
    incomes: tuple[IncomeDraft, ...] = ()
    properties: tuple[PropertyDraft, ...] = ()
    supporters: tuple[SupporterDraft, ...] = ()
    employment_deduction_fen: int = 0  # 就业成本扣减, per month
    consent_full_notice: bool = False
    note: str = ""
    poverty_cause: str = ""  # POVERTY_CAUSES, "" not told
    sanwu: bool = False  # 三无: no work capacity, no income, no one with a duty of support
    # 开户人: the ID number of the member in whose name the bank account is opened; "" the head
    bank_holder_id_number: str = ""

    def with_members(self, members: list[MemberDraft]) -> "HouseholdDraft":
        return replace(self, members=tuple(members))

    def present_only(self) -> "HouseholdDraft":
        """The household as it lives now: members who left (``LEFT_STATUSES``) and the incomes
        recorded as theirs are left out; the other incomes keep pointing at their members."""
        keep = [i for i, m in enumerate(self.members) if is_present(m.person_status)]
        if len(keep) == len(self.members):
            return self
        index = {old: new for new, old in enumerate(keep)}
        incomes = tuple(replace(inc, member_index=None if inc.member_index is None else index[inc.member_index])
                        for inc in self.incomes if inc.member_index is None or inc.member_index in index)
        return replace(self, members=tuple(self.members[i] for i in keep), incomes=incomes)


@dataclass(frozen=True)
class IncomeSummary:
    total_fen: int
    deduction_fen: int
    counted_fen: int
    persons: int
    covered_persons: int
    per_capita_fen: int  # counted income / persons, rounded down to the fen


# The largest amount (fen) a household's figure may hold: ten million yuan. Anything larger is a
# typing slip ("1e17"), and the household's incomes together must stay below it too: they are
# summed into the list's income column, an integer the store (PostgreSQL: 32 bits) must hold.
MAX_AMOUNT_FEN = 1_000_000_000


def _too_large(draft: HouseholdDraft) -> list[Problem]:
    """Amounts beyond ``MAX_AMOUNT_FEN``: each a problem the person reads, not a store crash."""
    found = []

    def check(value: int, field: str) -> None:
        if value > MAX_AMOUNT_FEN:
            found.append(Problem("amount.too_large", field, {"value": fen_to_yuan(value)}))

    for i, inc in enumerate(draft.incomes):
        check(inc.amount_fen, f"incomes[{i}].amount_fen")
    if not found and sum(max(0, i.amount_fen) for i in draft.incomes) > MAX_AMOUNT_FEN:
        found.append(Problem("amount.incomes_too_large", "incomes[0].amount_fen",
                             {"value": fen_to_yuan(sum(max(0, i.amount_fen) for i in draft.incomes))}))
    for i, prop in enumerate(draft.properties):
        check(prop.value_fen, f"properties[{i}].value_fen")
    for i, sup in enumerate(draft.supporters):
        check(sup.household_income_fen, f"supporters[{i}].household_income_fen")
        check(sup.support_paid_fen, f"supporters[{i}].support_paid_fen")
    check(draft.employment_deduction_fen, "employment_deduction_fen")
    return found


INCOME_UNITS = ("month", "year")  # an income may be entered per month or per year; it is kept per month


def monthly_fen(amount_fen: int, unit: str) -> int:
    """The monthly figure of an amount entered per ``unit``: a year's amount is divided by 12,
    cut to the fen: 10,000 元 a year is 833.33 元 a month. Never rounded up: 5,399.99 元 a year
    (449.9992 元 a month) is below a 450 元 standard and must not become 450.00 and fail the
    income test; the roster import cuts a yearly income the same way."""
    if unit == "year":
        return amount_fen // 12
    return amount_fen


def income_summary(draft: HouseholdDraft) -> IncomeSummary:
    """Monthly household income and income per person.

    Per-capita income divides the household's counted income (all kinds, less
    the allowed employment-cost deduction, never below zero) by all members
    living together — covered or not — as the means test does. Members who left the
    household (dead, moved out …) and their incomes are not counted.
    """
    draft = draft.present_only()
    total = sum(max(0, i.amount_fen) for i in draft.incomes)
    deduction = min(max(0, draft.employment_deduction_fen), total)
    counted = total - deduction
    persons = len(draft.members)
    covered = sum(1 for m in draft.members if m.covered)
    per_capita = counted // persons if persons else 0
    return IncomeSummary(total, deduction, counted, persons, covered, per_capita)


class ListColumns(NamedTuple):
    """What the household list shows, filters and sorts on, kept on each household row so
    the list reads it in SQL: the head, the counts, the income and the search text."""

    head_name: str
    head_sort_key: str  # pinyin, for sorting
    head_id_number: str
    person_count: int
    covered_count: int
    income_fen: int  # counted monthly income
    per_capita_fen: int
    search_text: str  # names.search_text of the members


def list_columns(members: Sequence[Sequence[Any]], covered: int, counted_fen: int) -> ListColumns:
    """The list columns of a household whose ``members`` are, in order, (name, ID number,
    relation, ...) with names stripped and numbers normalised; ``covered`` of them are
    covered and ``counted_fen`` is its counted monthly income (each caller counts as it
    does: ``income_summary``, or the roster's one figure). The head is the first member
    related as head, else the first; a 15-digit number is shown and searched as 18 digits. Per
    person: the income over everyone living together. The one place these are worked out
    (the household service, the roster import and the demo store all call it); cheap per
    member, since a county's roster calls it 40,000 times."""
    head = members[0]
    if head[2] != "head":
        head = next((m for m in members if m[2] == "head"), head)
    number = head[1]
    if len(number) == 15:
        number = idcard.convert_15(number)
    persons = len(members)
    if any(len(m[1]) == 15 for m in members):  # searched by the 18 digits it is stored as
        members = [(m[0], idcard.convert_15(m[1]), *m[2:]) if len(m[1]) == 15 else m for m in members]
    return ListColumns(head[0], names.sort_key(head[0]), number, persons, covered, counted_fen,
                       counted_fen // persons, names.search_text(members))


def validate(draft: HouseholdDraft, *, today: dt.date | None = None) -> list[Problem]:
    """Every rule a household must meet before it is saved. Errors block saving."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    if draft.hukou_type not in HUKOU_TYPES:
        problems.append(Problem("household.hukou", "hukou_type"))
    if draft.village_id is None:
        problems.append(Problem("household.village", "village_id"))
    if not draft.members:
        problems.append(Problem("household.no_members", "members"))
    # the head is one of the members living in the household (a dead head stays on file as head)
    present = [i for i, m in enumerate(draft.members) if is_present(m.person_status)]
    heads = [i for i in present if draft.members[i].relation == "head"]
    if present and len(heads) == 0:
        problems.append(Problem("household.no_head", "members"))
    if len(heads) > 1:
        problems.append(Problem("household.two_heads", "members", {"rows": [i + 1 for i in heads]}))
    seen: dict[str, int] = {}
    for i, m in enumerate(draft.members):
        where = f"members[{i}]"
        if not m.name.strip():
            problems.append(Problem("member.name_empty", f"{where}.name", {"row": i + 1}))
        info, id_problems = idcard.parse(m.id_number, today=today, field=f"{where}.id_number")
        problems.extend(replace(p, params={**p.params, "row": i + 1}) for p in id_problems)
        if info is not None:
            if info.number in seen:
                problems.append(Problem("member.duplicate_id", f"{where}.id_number",
                                        {"row": i + 1, "other_row": seen[info.number] + 1}))
            seen.setdefault(info.number, i)
        if m.relation not in RELATIONS:
            problems.append(Problem("member.relation", f"{where}.relation", {"row": i + 1}))
        if m.work_capacity not in WORK_CAPACITY:
            problems.append(Problem("member.work_capacity", f"{where}.work_capacity", {"row": i + 1}))
        if m.disability_grade not in DISABILITY_GRADES:
            problems.append(Problem("member.disability", f"{where}.disability_grade", {"row": i + 1}))
        for name, codes in (("self_care", SELF_CARE), ("health", HEALTH)):
            if getattr(m, name) not in codes + ("",):
                problems.append(Problem(f"member.{name}", f"{where}.{name}", {"row": i + 1}))
        if m.person_status not in PERSON_STATUS:
            problems.append(Problem("member.person_status", f"{where}.person_status", {"row": i + 1}))
        if not m.covered and not m.not_covered_reason.strip():
            problems.append(Problem("member.not_covered_reason", f"{where}.not_covered_reason", {"row": i + 1}))
    for i, inc in enumerate(draft.incomes):
        if inc.kind not in INCOME_KINDS:
            problems.append(Problem("income.kind", f"incomes[{i}].kind", {"row": i + 1}))
        if inc.amount_fen < 0:
            problems.append(Problem("amount.negative", f"incomes[{i}].amount_fen", {"row": i + 1}))
        if inc.member_index is not None and not (0 <= inc.member_index < len(draft.members)):
            problems.append(Problem("income.member", f"incomes[{i}].member_index", {"row": i + 1}))
    for i, prop in enumerate(draft.properties):
        if prop.kind not in PROPERTY_KINDS:
            problems.append(Problem("property.kind", f"properties[{i}].kind", {"row": i + 1}))
        if prop.value_fen < 0 or prop.area_m2_x100 < 0 or prop.quantity < 0:
            problems.append(Problem("amount.negative", f"properties[{i}].value_fen", {"row": i + 1}))
    for i, sup in enumerate(draft.supporters):
        where = f"supporters[{i}]"
        if not sup.name.strip():
            problems.append(Problem("supporter.name_empty", f"{where}.name", {"row": i + 1}))
        if sup.duty not in SUPPORT_DUTIES:
            problems.append(Problem("supporter.duty", f"{where}.duty", {"row": i + 1}))
        if sup.household_size < 1:
            problems.append(Problem("supporter.household_size", f"{where}.household_size", {"row": i + 1}))
        if sup.household_income_fen < 0 or sup.support_paid_fen < 0:
            problems.append(Problem("amount.negative", f"{where}.household_income_fen", {"row": i + 1}))
        if sup.id_number.strip():
            _info, id_problems = idcard.parse(sup.id_number, today=today, field=f"{where}.id_number")
            problems.extend(replace(p, params={**p.params, "row": i + 1}) for p in id_problems)
    if draft.employment_deduction_fen < 0:
        problems.append(Problem("amount.negative", "employment_deduction_fen"))
    problems += _too_large(draft)
    if draft.poverty_cause not in POVERTY_CAUSES + ("",):
        problems.append(Problem("household.poverty_cause", "poverty_cause"))
    account = bank_accounts.normalise(draft.bank_account)
    if account and not (account.isascii() and account.isdigit()):
        problems.append(Problem("household.bank_account", "bank_account"))
    problems += _too_long(draft)
    return problems


# The longest text each field's column holds (models.household): a longer one is refused here,
# said in words, not by the store (a server store's error in English) or cut on a printed form.
TEXT_LIMITS = {"address": 200, "phone": 40, "bank_name": 100}
MEMBER_TEXT_LIMITS = {"name": 50, "illness_note": 200, "not_covered_reason": 200}
SUPPORTER_TEXT_LIMITS = {"name": 50, "note": 200}


def _too_long(draft: HouseholdDraft) -> list[Problem]:
    found = []
    for name, limit in TEXT_LIMITS.items():
        length = len(getattr(draft, name).strip())
        if length > limit:
            found.append(Problem(f"household.{name}_long", name, {"max": limit, "length": length}))
    for group, limits in (("members", MEMBER_TEXT_LIMITS), ("supporters", SUPPORTER_TEXT_LIMITS)):
        for i, item in enumerate(getattr(draft, group)):
            for name, limit in limits.items():
                length = len(getattr(item, name).strip())
                if length > limit:
                    found.append(Problem(f"{group[:-1]}.text_long", f"{group}[{i}].{name}",
                                         {"row": i + 1, "max": limit, "length": length}))
    return found


# Ages that make a field unlikely (warnings, not errors: the operator may know better).
# 16 is the minimum working age of the Labour Law (劳动法 第十五条).
MIN_WORKING_AGE = 16
# 60: the end of working age (法定退休年龄 of men); an elderly member left at the form's default
# 完全劳动能力 keeps a 三无 household out of 一类. A warning: some farm on at 62.
OLD_AGE = 60
MIN_SCHOOL_AGE = 3  # 幼儿园 from 3; a younger 在校学生 is a slip of the mouse
MAX_PRESCHOOL_AGE = 7
WORKING_EMPLOYMENT = ("employed", "farming", "flexible")


def age_warnings(draft: HouseholdDraft, *, today: dt.date | None = None) -> list[Problem]:
    """Members whose age (or sex, or a status date) contradicts a field, as warnings for the
    registration form. Not part of ``validate``: a roster without a 劳动能力 column leaves every
    child at the default."""
    today = today or dt.date.today()
    found: list[Problem] = []
    head_birth = _head_birth(draft, today)
    for i, m in enumerate(draft.members):
        info, _problems = idcard.parse(m.id_number, today=today)
        if m.status_on is not None and m.person_status != PersonStatus.NORMAL:  # a death, a move away
            if m.status_on > today:
                found.append(Problem("member.status_on_future", f"members[{i}].status_on",
                                     {"row": i + 1, "date": m.status_on}, "warning"))
            elif info is not None and m.status_on < info.birth_date:
                found.append(Problem("member.status_on_before_birth", f"members[{i}].status_on",
                                     {"row": i + 1, "date": m.status_on, "birth": info.birth_date}, "warning"))
        if info is not None:
            found += _age_contradictions(m, info.age_on(today), i)
            if RELATION_SEX.get(m.relation, info.sex) != info.sex:  # 孙子 with a woman's number
                found.append(Problem("member.relation_sex", f"members[{i}].relation",
                                     {"row": i + 1, "sex": info.sex, "relation": m.relation}, "warning"))
            found += _relation_age(m, info, today, head_birth, i)
    return found


# 民法典 第一千零四十七条: 结婚年龄，男不得早于二十二周岁，女不得早于二十周岁
MARRIAGE_AGE = {"男": 22, "女": 20}
MARRIED_RELATIONS = ("spouse", "son_in_law", "daughter_in_law")
OLDER_RELATIONS = ("father", "mother", "grandfather", "grandmother")  # born before the head
YOUNGER_RELATIONS = ("son", "daughter", "grandson", "granddaughter", "son_in_law", "daughter_in_law")


def _head_birth(draft: HouseholdDraft, today: dt.date) -> dt.date | None:
    """The birth date of the household's head (the first member related as head), if its number says."""
    head = next((m for m in draft.members if m.relation == "head"), None)
    info = idcard.parse(head.id_number, today=today)[0] if head is not None else None
    return info.birth_date if info is not None else None


def _relation_age(m: MemberDraft, info: idcard.IdInfo, today: dt.date, head_birth: dt.date | None,
                  i: int) -> list[Problem]:
    """A relation the member's age contradicts: a 5-year-old 配偶, a 父亲 younger than the head,
    a 儿子 older than the head (a slip in the relation or in the ID number): warnings."""
    where, found = f"members[{i}].relation", []
    age = info.age_on(today)
    if m.relation in MARRIED_RELATIONS and age < MARRIAGE_AGE[info.sex]:
        found.append(Problem("member.age_married", where, {"row": i + 1, "age": age, "relation": m.relation},
                             "warning"))
    if head_birth is not None and (
            (m.relation in OLDER_RELATIONS and info.birth_date >= head_birth)
            or (m.relation in YOUNGER_RELATIONS and info.birth_date <= head_birth)):
        code = "member.age_older_than_head" if m.relation in YOUNGER_RELATIONS else "member.age_younger_than_head"
        found.append(Problem(code, where, {"row": i + 1, "relation": m.relation, "age": age,
                                           "head_age": idcard.age_on(head_birth, today)}, "warning"))
    return found


def _age_contradictions(m: MemberDraft, age: int, i: int) -> list[Problem]:
    """An 11-year-old or an 86-year-old with full work capacity, or a 2-year-old 在校学生: say
    so, do not block."""
    where, found = f"members[{i}]", []
    params = {"row": i + 1, "age": age}
    if age < MIN_WORKING_AGE and m.work_capacity == "full":
        found.append(Problem("member.age_capacity", f"{where}.work_capacity", params, "warning"))
    if age >= OLD_AGE and m.work_capacity == "full":
        found.append(Problem("member.age_old_capacity", f"{where}.work_capacity", params, "warning"))
    if age < MIN_WORKING_AGE and m.employment in WORKING_EMPLOYMENT:
        found.append(Problem("member.age_employment", f"{where}.employment", params, "warning"))
    if age < MIN_SCHOOL_AGE and m.employment == "student":
        found.append(Problem("member.age_student", f"{where}.employment", params, "warning"))
    if age > MAX_PRESCHOOL_AGE and m.employment == "preschool":
        found.append(Problem("member.age_preschool", f"{where}.employment", params, "warning"))
    return found


def support_warnings(draft: HouseholdDraft) -> list[Problem]:
    """What supporters pay the household each month is its income (赡养、抚养、扶养费, seed 001),
    counted only as an income of kind ``support``: when the supporters pay more than the incomes
    of that kind hold, say so (a warning: the operator may know better)."""
    paid = sum(max(0, s.support_paid_fen) for s in draft.supporters)
    counted = sum(max(0, i.amount_fen) for i in draft.present_only().incomes if i.kind == "support")
    if paid <= counted:
        return []
    first = next(i for i, s in enumerate(draft.supporters) if s.support_paid_fen > 0)
    return [Problem("supporter.paid_not_counted", f"supporters[{first}].support_paid_fen",
                    {"paid": fen_to_yuan(paid), "counted": fen_to_yuan(counted)}, "warning")]


def sanwu_warnings(draft: HouseholdDraft) -> list[Problem]:
    """A household ticked 三无 (no work capacity, no income, no one with a duty of support) that
    the form's own figures contradict: each contradiction as a warning on the tick."""
    if not draft.sanwu:
        return []
    present = draft.present_only()
    found = []
    if any(i.amount_fen > 0 for i in present.incomes):
        found.append(Problem("household.sanwu_income", "sanwu", {}, "warning"))
    if draft.supporters:
        found.append(Problem("household.sanwu_supporters", "sanwu", {}, "warning"))
    if any(m.work_capacity != "none" for m in present.members):
        found.append(Problem("household.sanwu_able", "sanwu", {}, "warning"))
    return found


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
