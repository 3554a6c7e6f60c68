"""The sheets of each package kind (schema version 1) and how a row is laid out.

Township -> county: ``roster`` (花名册 + 保障人员 + 联动救助 + the integrity registers, see
``exchange.registers_sheets``), ``cases`` (待审批 + 备案标记), ``reviews`` (复核结果),
``payments`` (造册 + 合计). County -> township: ``decisions`` (审批结果), ``policy``
(政策标准, and 工作日历 when the county entered its days), ``warnings`` (核对预警). Every office's receipt: ``receipt`` (回执).

The words in enumerated columns (城市/农村, 批准/不批准, 是/否, warning kinds …) are part of
the format: they are listed here and in docs/exchange.md, and read back by
``exchange.packages_in``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from dibao_desk.domain.household import PersonStatus
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.domain.reviews import ReviewOutcome
from dibao_desk.exchange import registers_sheets
from dibao_desk.exchange.package import DATE, ID, INT, MONEY, TEXT, Column, SheetData, SheetSpec

# ---- vocabularies (format words <-> codes) -------------------------------------------------

HUKOU = {"urban": "城市", "rural": "农村"}
YES_NO = {True: "是", False: "否"}
CASE_KINDS = {CaseKind.NEW: "新增", CaseKind.CHANGE: "变更", CaseKind.CANCEL: "取消"}
DECISION = {True: "批准", False: "不批准"}
CATEGORY = {"": "", "class1": "一类", "class2": "二类", "class3": "三类"}
SEX = {"男": "男", "女": "女"}
REVIEW_OUTCOMES = {ReviewOutcome.KEEP: "保留", ReviewOutcome.CHANGE: "变更", ReviewOutcome.CANCEL: "取消"}
WARNING_KINDS = {
    "death": "死亡", "vehicle": "车辆", "deposit": "存款", "securities": "有价证券",
    "housing": "房产", "business": "营业执照", "tax": "个人所得税", "insurance": "商业保险",
    "housing_fund": "住房公积金", "employment": "就业", "pension": "养老金",
    "marriage": "婚姻", "hukou": "户籍", "disability": "残疾", "other": "其他",
}
RECEIPT_RESULTS = {True: "接受", False: "拒绝"}
ASSISTANCE_KINDS = {
    "medical_insurance": "代缴参合金", "medical": "医疗救助", "education": "教育救助",
    "housing": "住房救助", "heating": "取暖救助", "temporary": "临时救助", "other": "其他",
}

# the county systems' code lists (domain.household): 主要致贫原因, 生活自理能力, 健康状况, 人员状态
POVERTY_CAUSES = {"": "", "illness": "疾病", "disaster": "灾害", "disability": "残疾", "no_labour": "缺乏劳动力",
                  "unemployment": "失业", "landless": "失地", "other": "其他"}
SELF_CARE = {"": "", "able": "有", "partial": "部分", "unable": "无"}
HEALTH = {"": "", "healthy": "健康", "fair": "一般", "severe": "重病"}
PERSON_STATUS = {PersonStatus.NORMAL: "正常", PersonStatus.MISSING: "失踪", PersonStatus.DEAD: "死亡",
                 PersonStatus.MARRIED_OUT: "嫁娶", PersonStatus.IMPRISONED: "服刑", PersonStatus.SPLIT_OUT: "分户迁出"}


def word(vocabulary: dict, code: Any) -> str:
    return vocabulary.get(code, "" if code is None else str(code))


def code_of(vocabulary: dict, text: str) -> Any:
    """The code for a format word (also accepts the code itself); KeyError if unknown."""
    text = (text or "").strip()
    for code, w in vocabulary.items():
        if w == text or (isinstance(code, str) and code == text and code):
            return code
    raise KeyError(text)


# ---- sheets ---------------------------------------------------------------------------------

ROSTER_HOUSEHOLDS = SheetSpec("花名册", (
    Column("household_ref", "户编号"),
    Column("village", "村（社区）"),
    Column("head_name", "户主姓名"),
    Column("head_id_number", "户主身份证号", ID),
    Column("hukou", "户籍类型"),
    Column("persons", "家庭人口", INT),
    Column("covered", "保障人口", INT),
    Column("category", "保障类别"),
    Column("monthly", "月保障金（元）", MONEY),
    Column("start", "享受起始月"),
    Column("address", "住址"),
    Column("certificate", "低保证号", ID, optional=True),
    Column("poverty_cause", "主要致贫原因", optional=True),
    Column("sanwu", "三无人员", optional=True),
))

ROSTER_PERSONS = SheetSpec("保障人员", (
    Column("household_ref", "户编号"),
    Column("name", "姓名"),
    Column("id_number", "身份证号", ID),
    Column("sex", "性别"),
    Column("birth_date", "出生日期", DATE),
    Column("relation", "与户主关系"),
    Column("covered", "是否保障"),
    Column("disability", "残疾等级", INT),
    Column("self_care", "生活自理能力", optional=True),
    Column("health", "健康状况", optional=True),
    Column("person_status", "人员状态", optional=True),
    # The day the 人员状态 began (a death, a move away); empty for 正常 or when not known.
    # Packages written before it end at 人员状态 and read as before.
    Column("status_on", "状态日期", DATE, optional=True),
))

ROSTER_ASSISTANCE = SheetSpec("联动救助", (
    Column("household_ref", "户编号"),
    Column("id_number", "身份证号", ID),
    Column("name", "姓名"),
    Column("kind", "救助类别"),
    Column("amount", "金额（元）", MONEY),
    Column("given_on", "给予日期", DATE),
    Column("giver", "给予单位"),
    Column("note", "说明"),
))

CASES = SheetSpec("待审批", (
    Column("case_ref", "案件编号"),
    Column("kind", "案件类别"),
    Column("household_ref", "户编号"),
    Column("village", "村（社区）"),
    Column("head_name", "户主姓名"),
    Column("head_id_number", "户主身份证号", ID),
    Column("hukou", "户籍类型"),
    Column("persons", "家庭人口", INT),
    Column("covered", "保障人口", INT),
    Column("income", "家庭月收入（元）", MONEY),
    Column("per_capita", "月人均收入（元）", MONEY),
    Column("category", "拟定类别"),
    Column("proposed", "拟定月保障金（元）", MONEY),
    Column("township_reviewed_on", "乡镇审核日期", DATE),
    Column("evidence", "证据摘要"),
))

REVIEWS = SheetSpec("复核结果", (
    Column("household_ref", "户编号"),
    Column("village", "村（社区）"),
    Column("head_name", "户主姓名"),
    Column("head_id_number", "户主身份证号", ID),
    Column("reviewed_on", "复核日期", DATE),
    Column("outcome", "复核结论"),
    Column("category_before", "原类别"),
    Column("monthly_before", "原月保障金（元）", MONEY),
    Column("category_after", "新类别"),
    Column("monthly_after", "新月保障金（元）", MONEY),
    Column("reviewer", "复核人"),
    Column("note", "说明"),
))

PAYMENTS = SheetSpec("造册", (
    Column("no", "序号", INT),
    Column("name", "姓名"),
    Column("id_number", "身份证号", ID),
    Column("account", "银行账号", ID),
    Column("amount", "金额（元）", MONEY),
    Column("bank", "开户银行"),
    Column("household_ref", "户编号"),
    Column("village", "村（社区）"),
    Column("covered", "保障人口", INT),
    Column("monthly", "月保障金（元）", MONEY),
    Column("months", "月数", INT),
    # From the signed roster (造册) on: what the line pays and why; packages before it lack them.
    Column("line_kind", "类型", optional=True),
    Column("benefit", "其中补差（元/月）", MONEY, optional=True),
    Column("supplement", "其中分类施保、加发（元/月）", MONEY, optional=True),
    Column("bank_code", "银行代码", ID, optional=True),
    Column("reason", "说明", optional=True),
    # 姓名 and 身份证号 are the account holder's (开户人: the bank checks the name); a line paid to a
    # member says whose household it is
    Column("head_name", "户主姓名", optional=True),
))

PAYMENT_TOTALS = SheetSpec("合计", (
    Column("village", "村（社区）"),
    Column("households", "户数", INT),
    Column("persons", "保障人口", INT),
    Column("amount", "金额（元）", MONEY),
))

# 资金来源: the roster's money by the level of government paying it (allocated to the fen).
PAYMENT_SOURCES = SheetSpec("资金来源", (
    Column("source", "资金来源"),
    Column("share", "比例（%）"),
    Column("households", "户数", INT),
    Column("persons", "保障人口", INT),
    Column("benefit", "补差（元）", MONEY),
    Column("supplement", "分类施保、加发（元）", MONEY),
    Column("other", "补发、追回（元）", MONEY),
    Column("amount", "合计（元）", MONEY),
))
# 补发 and 专项补贴 rosters signed in the period, one row each (optional: an older package has no
# such sheet, and an older county reads it as a sheet it does not know, ignored).
PAYMENT_OTHERS = SheetSpec("补发及专项造册", (
    Column("kind", "造册类型"),
    Column("name", "名称"),
    Column("period", "期间"),
    Column("reviewed_by", "审核人"),
    Column("reviewed_on", "审核日期", DATE),
    Column("households", "户数", INT),
    Column("persons", "保障人口", INT),
    Column("amount", "金额（元）", MONEY),
))
# 造册类型 of that sheet (domain.payroll.PayrollKind)
PAYMENT_OTHER_KINDS = {"back_pay": "补发", "subsidy": "专项补贴"}
FUND_SOURCE_WORDS = {"central": "中央", "provincial": "省级", "city": "市级", "county": "县级", "township": "乡镇"}

# A case approved as a special case by the county's collective decision (seed 001).
SPECIAL_CASES = {"serious_illness": "重病", "spending_over_income": "支出大于收入", "": ""}

DECISIONS = SheetSpec("审批结果", (
    Column("case_ref", "案件编号"),
    Column("household_ref", "户编号"),
    Column("head_name", "户主姓名"),
    Column("head_id_number", "户主身份证号", ID),
    Column("decision", "审批结果"),
    Column("reason", "理由"),
    Column("decided_on", "审批日期", DATE),
    Column("sampled", "是否抽查"),
    Column("decided_by", "审批人"),
    Column("special_case", "特殊情况（集体讨论批准）", optional=True),
    Column("special_on", "集体讨论日期", DATE, optional=True),
    Column("special_participants", "集体讨论参加人员", optional=True),
    Column("special_minutes", "集体讨论纪要", optional=True),
))

POLICY = SheetSpec("政策标准", (
    Column("effective_from", "生效日期", DATE),
    Column("key", "项目代码"),
    Column("label", "项目名称"),
    Column("value", "数值"),
    Column("unit", "单位"),
    Column("note", "说明"),
))

# The county's working calendar (法定节假日 and 调休): the days it entered, each a holiday or a
# working day; a year it lists is taken whole (see services/workday_calendar.py).
CALENDAR_KINDS = {False: "放假", True: "调休上班"}
CALENDAR = SheetSpec("工作日历", (
    Column("day", "日期", DATE),
    Column("kind", "类别"),
    Column("note", "说明"),
))

WARNINGS = SheetSpec("核对预警", (
    Column("warning_ref", "预警编号", ID),
    Column("id_number", "身份证号", ID),
    Column("name", "姓名"),
    Column("kind", "预警类别"),
    Column("detail", "详情"),
    Column("checked_on", "比对日期", DATE),
    Column("answer_by", "答复截止日期", DATE),
))

RECEIPT = SheetSpec("回执", (
    Column("row", "行号", INT),
    Column("sheet", "工作表"),
    Column("key", "关键字", ID),
    Column("name", "姓名"),
    Column("result", "结果"),
    Column("reason", "原因"),
))

# The data sheets of each kind, in order (the first is the main one).
KIND_SHEETS: dict[str, tuple[SheetSpec, ...]] = {
    "roster": (ROSTER_HOUSEHOLDS, ROSTER_PERSONS, ROSTER_ASSISTANCE, *registers_sheets.ROSTER_SHEETS),
    "cases": (CASES, *registers_sheets.CASES_SHEETS),
    "reviews": (REVIEWS,),
    "payments": (PAYMENTS, PAYMENT_TOTALS, PAYMENT_SOURCES, PAYMENT_OTHERS),
    "decisions": (DECISIONS,),
    "policy": (POLICY, CALENDAR),  # 工作日历 only when the county entered days
    "warnings": (WARNINGS,),
    "receipt": (RECEIPT,),
}


def specs_for(kind: str) -> dict[str, SheetSpec]:
    return {s.name: s for s in KIND_SHEETS.get(kind, ())}


# ---- row records ----------------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentLine:
    name: str
    id_number: str
    account: str
    bank: str
    household_ref: str
    village: str
    covered: int
    monthly_fen: int
    months: int
    line_kind: str = ""  # a word: 保障金 / 补发 / 追回 / 专项补贴
    benefit_fen: int = 0  # per month, 补差 part
    supplement_fen: int = 0  # per month, 分类施保/加发 part
    bank_code: str = ""
    reason: str = ""
    total_fen: int | None = None  # what the line pays when it is not monthly × months (补发, 追回)
    head_name: str = ""  # the head's name: 姓名 is the account holder's (开户人)

    @property
    def amount_fen(self) -> int:
        return self.monthly_fen * self.months if self.total_fen is None else self.total_fen


def _status_day(person: Sequence[Any]) -> Any:
    """The day a member's 人员状态 began, for a status other than 正常 (None when not known)."""
    if len(person) <= 11 or not person[11] or (person[10] or PersonStatus.NORMAL) == PersonStatus.NORMAL:
        return None
    return person[11]


def roster_sheets(households: Iterable[Sequence[Any]], persons: Iterable[Sequence[Any]],
                  household_count: int = 0, person_count: int = 0,
                  assistance: Sequence[Sequence[Any]] = ()) -> list[SheetData]:
    """``households``: (ref, village, head, head_id, hukou_code, persons, covered, category_code,
    monthly_fen, start date or its text YYYY-MM-DD or None, address[, 低保证 number[, poverty cause code,
    三无]]); ``persons``: (ref, name, id, sex, birth date or its text, relation_word, covered, disability[,
    self-care code, health code, person status code[, the day that status began or its text]]);
    ``assistance``: (ref,
    member id or "", member name or "", kind_code, amount_fen, given_on, giver, note)."""

    def hh(rows):
        for r in rows:
            start = r[9]
            if start and not isinstance(start, str):
                start = start.isoformat()
            yield (r[0], r[1], r[2], r[3], HUKOU.get(r[4], r[4]), r[5], r[6], CATEGORY.get(r[7], r[7]),
                   r[8], start[:7] if start else "", r[10], r[11] if len(r) > 11 else "",
                   word(POVERTY_CAUSES, r[12] or "") if len(r) > 12 else "",
                   ("是" if r[13] else "否") if len(r) > 13 else "")

    def pp(rows):
        for r in rows:
            yield (r[0], r[1], r[2], r[3], r[4], r[5], "是" if r[6] else "否", r[7],
                   *((word(SELF_CARE, r[8] or ""), word(HEALTH, r[9] or ""),
                      word(PERSON_STATUS, r[10] or PersonStatus.NORMAL)) if len(r) > 10 else ("", "", "")),
                   _status_day(r))

    aid = [(r[0], r[1], r[2], word(ASSISTANCE_KINDS, r[3]), *r[4:]) for r in assistance]
    return [SheetData(ROSTER_HOUSEHOLDS, hh(households), household_count),
            SheetData(ROSTER_PERSONS, pp(persons), person_count),
            SheetData(ROSTER_ASSISTANCE, aid, len(aid))]


def payment_sheets(lines: list[PaymentLine], sources: Sequence[Sequence[Any]] = (),
                   others: Sequence[Sequence[Any]] = ()) -> list[SheetData]:
    """The 造册 sheet, totals per village (households counted once however many lines they
    have), when given the money by source: (source code, share in basis points, households,
    persons, benefit, supplement, other, total), and the period's signed 补发 / 专项补贴 rosters:
    (kind word, name, period, signer, signed on, households, persons, amount fen)."""
    rows = [(i, p.name, p.id_number, p.account, p.amount_fen, p.bank, p.household_ref, p.village,
             p.covered, p.monthly_fen, p.months, p.line_kind, p.benefit_fen, p.supplement_fen, p.bank_code,
             p.reason, p.head_name or p.name) for i, p in enumerate(lines, 1)]
    by_village: dict[str, list] = {}
    everyone: dict[str, int] = {}
    for p in lines:
        t = by_village.setdefault(p.village, [{}, 0])
        t[0][p.household_ref] = max(t[0].get(p.household_ref, 0), p.covered)
        t[1] += p.amount_fen
        everyone[p.household_ref] = max(everyone.get(p.household_ref, 0), p.covered)
    totals = [(v, len(t[0]), sum(t[0].values()), t[1]) for v, t in by_village.items()]
    totals.append(("合计", len(everyone), sum(everyone.values()), sum(p.amount_fen for p in lines)))
    sheets = [SheetData(PAYMENTS, rows, len(rows)), SheetData(PAYMENT_TOTALS, totals, len(totals))]
    if sources:
        src = [(FUND_SOURCE_WORDS.get(r[0], r[0]), f"{r[1] / 100:g}", *r[2:]) for r in sources]
        src.append(("合计", "100", sources[0][2], sources[0][3], *(sum(r[i] for r in sources) for i in range(4, 8))))
        sheets.append(SheetData(PAYMENT_SOURCES, src, len(src)))
    if others:
        sheets.append(SheetData(PAYMENT_OTHERS, [tuple(r) for r in others], len(others)))
    return sheets
