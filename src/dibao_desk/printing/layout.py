"""Layout as data: paper, orientation, columns and titles of every printed document.

A document's renderer reads these tables; adding a column or changing a width
or a title is an edit here, not new drawing code.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.units import mm

from dibao_desk.domain.procedure import CaseKind

PAPERS = {"A4": A4, "A3": A3}


@dataclass(frozen=True)
class PageSpec:
    paper: str = "A4"  # A4 | A3
    landscape: bool = False
    margin_mm: float = 15.0

    @property
    def size(self) -> tuple[float, float]:
        base = PAPERS[self.paper]
        return landscape(base) if self.landscape else portrait(base)

    @property
    def margin(self) -> float:
        return self.margin_mm * mm

    @property
    def frame_width(self) -> float:
        return self.size[0] - 2 * self.margin

    @property
    def scale(self) -> float:
        """Type grows with the paper: A3 prints 1.4 times larger than A4 (read from a distance)."""
        return 1.4 if self.paper == "A3" else 1.0


@dataclass(frozen=True)
class Column:
    """One column of a printed table: the row field it shows, its header, its relative
    width (shares of the frame width) and its alignment (LEFT | CENTER | RIGHT). With
    ``max_lines``, a text longer than that many lines of the column is set in smaller type
    (down to ``document.SHRINK_LEAST`` of it) to stay within them: one long village name
    does not make its row five lines tall."""

    key: str
    header: str
    width: float
    align: str = "CENTER"
    max_lines: int = 0


# ---- public notices ---------------------------------------------------------------------

# The public notice of a stage: 一榜 / 二榜 / 三榜 (seed 001: 两审三公示) and the long-term notice.
NOTICE_STAGE_TITLES = {
    "1": "一榜公示",
    "2": "二榜公示",
    "3": "三榜公示",
    "long": "长期公示",
}
# What the notice is about, by the kinds of change it lists (新增 / 变更 / 取消).
NOTICE_KIND_SUFFIX: dict[frozenset[str], str] = {
    frozenset({CaseKind.NEW}): "（新申请）",
    frozenset({CaseKind.CHANGE}): "（变更）",
    frozenset({CaseKind.CANCEL}): "（取消）",
}
NOTICE_MIXED_SUFFIX = "（新增、变更、取消）"
NOTICE_TITLE = "{office}最低生活保障对象{stage}{suffix}"
NOTICE_FULL_TITLE = "{office}最低生活保障对象{stage}（家庭及赡养人收入情况）"
# The office's own copy of a notice (never posted): marks 备案 households (seeds 000, 001:
# close relatives of staff and cadres) and special cases approved by collective decision.
NOTICE_OFFICE_COPY = "（办公室留存本，不得张贴）"
NOTICE_OFFICE_MARK = Column("mark", "备案／特殊情况", 1.6)
NOTICE_MARK_FILED = "备案"
NOTICE_MARK_SPECIAL = "★{kind}"
NOTICE_OFFICE_NOTE = "标注“备案”的家庭有成员是经办人员或村（社区）干部的近亲属，须从严审核，相关人员应回避。"

NOTICE_COLUMNS = (
    Column("no", "序号", 0.7),
    Column("village", "村（社区）", 1.9),
    Column("head_name", "户主姓名", 1.4),
    Column("persons", "保障人数", 1.0),
    Column("category", "保障类别", 1.0),
    Column("amount", "月保障金（元）", 1.5, "RIGHT"),
    Column("kind", "变动类型", 1.0),
)
LONG_TERM_COLUMNS = (
    Column("no", "序号", 0.7),
    Column("village", "村（社区）", 1.9),
    Column("head_name", "户主姓名", 1.4),
    Column("persons", "保障人数", 1.0),
    Column("category", "保障类别", 1.0),
    Column("amount", "月保障金（元）", 1.5, "RIGHT"),
    Column("since", "起始年月", 1.2),
)
# The fuller notice (seed 002): the household's incomes and its supporters', with consent.
NOTICE_FULL_COLUMNS = (
    Column("no", "序号", 0.6),
    Column("village", "村（社区）", 1.2),
    Column("head_name", "户主姓名", 1.0),
    Column("persons", "保障人数", 0.8),
    Column("category", "保障类别", 0.8),
    Column("amount", "月保障金（元）", 1.2, "RIGHT"),
    Column("incomes", "家庭收入（元/月）", 2.6, "LEFT"),
    Column("supporters", "赡养（抚养、扶养）人家庭收入（元/月）", 3.6, "LEFT"),
)

NOTICE_PERIOD = "公示期：{start} 至 {end}（共 {days} 天）"
# The opening sentence of each notice (who decided what, and how to object).
NOTICE_INTROS = {
    "1": ("经入户调查和民主评议，现将以下对象予以公示。公示期内，如对公示对象有异议，"
          "请通过监督电话或意见箱向{office}反映（可实名或匿名）。"),
    "2": ("经{office}审核，现将以下对象予以公示。公示期内，如对公示对象有异议，"
          "请通过监督电话或意见箱反映（可实名或匿名）。"),
    "3": ("经县级人民政府民政部门审批，现将以下对象予以公示。公示期内，如对公示对象有异议，"
          "请通过监督电话或意见箱向{office}反映（可实名或匿名）。"),
    "long": "现将本辖区享受最低生活保障的对象予以长期公示，接受群众监督。",
}
NOTICE_COMPLAINTS = "监督电话：{phone}\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0意见箱：{box}"
NOTICE_COUNT_NO_AMOUNT = "本表共 {households} 户 {persons} 人。"
NOTICE_COUNT = "本表共 {households} 户 {persons} 人，月保障金合计 {total} 元。"
NOTICE_COUNT_WITH_CANCEL = ("本表共 {households} 户，其中取消 {cancelled} 户不计；"
                            "其余 {kept} 户保障 {persons} 人，月保障金合计 {total} 元。")
NOTICE_COUNT_WITH_CANCEL_NO_AMOUNT = "本表共 {households} 户，其中取消 {cancelled} 户不计；其余 {kept} 户保障 {persons} 人。"
NOTICE_FULL_CONSENT = "以上家庭均已书面同意公开本家庭及赡养（抚养、扶养）人的收入情况。"
NOTICE_LEFT_OUT = "另有 {count} 户未签署同意公开家庭及赡养人收入情况的书面意见，不列入本表。"
NOTICE_SEAL = "（盖章）"
# A reprint of a posting recorded before the program kept what its list showed: those rows are
# as the households stand on the day of the reprint.
NOTICE_TODAY_DATA = "本表按重印当日档案数据生成，与张贴时可能不同"
NOTICE_TODAY_DATA_SOME = "本表中 {count} 户按重印当日档案数据生成，与张贴时可能不同"
# Class or amount not decided yet (the first notice comes before the township proposes them).
NOT_YET_SET = "待核定"
ROW_CONTINUED = "{name}（续）"  # a household's incomes running on in a further row of the fuller notice
PAGE_FOOTER = "第 {page} 页 共 {pages} 页"
# Across every page printed from the demo township's store: fictitious households, never an office's.
DEMO_MARK = "演示数据"
DEMO_LINE = "【演示数据】本页内容为虚构的家庭，仅供练习，不是任何单位的真实数据"
RUNNING_TITLE = "{title}（续）"

# ---- forms --------------------------------------------------------------------------------

# A special case approved by the county's collective decision (seed 001), as the 审批表 marks it.
SPECIAL_CASE_LABELS = {"serious_illness": "重病", "spending_over_income": "支出大于收入"}
SPECIAL_CASE_MARK = "★ 特殊情况（{kind}）：不符合测算条件，经审批机关 {on} 集体讨论批准"
SPECIAL_CASE_DETAIL = "集体讨论（{on}）参加人员：{who}；纪要：{minutes}"

FORM_TITLES = {
    "application": "最低生活保障申请表",
    "home_visit": "最低生活保障入户调查表",
    "review_record": "最低生活保障民主评议记录",
    "approval": "最低生活保障审核审批表",
    "review_notice": "最低生活保障复审告知书",
    "refusal": "不予批准最低生活保障通知书",
    "cancellation": "终止最低生活保障通知书",
    "placard": "低保户挂牌",
}

MEMBER_COLUMNS = (
    Column("name", "姓名", 1.2),
    Column("relation", "与户主关系", 1.1),
    Column("id_number", "身份证号码", 2.6),
    Column("work_capacity", "劳动能力", 1.3),
    Column("health", "健康状况", 1.6, "LEFT"),
    Column("covered", "是否纳入保障", 1.1),
)
INCOME_COLUMNS = (
    Column("kind", "收入类别", 1.4),
    Column("member", "收入人", 1.2),
    Column("amount", "月收入（元）", 1.2, "RIGHT"),
    Column("note", "说明", 3.0, "LEFT"),
)
PROPERTY_COLUMNS = (
    Column("kind", "财产类别", 1.4),
    Column("value", "价值（元）", 1.2, "RIGHT"),
    Column("quantity", "数量/面积", 1.2),
    Column("note", "说明", 3.0, "LEFT"),
)
SUPPORTER_COLUMNS = (
    Column("name", "姓名", 1.1),
    Column("relation", "关系", 0.9),
    Column("duty", "义务", 0.8),
    Column("size", "家庭人口", 0.9),
    Column("income", "家庭月收入（元）", 1.4, "RIGHT"),
    Column("paid", "月给付（元）", 1.2, "RIGHT"),
)
REVIEW_COLUMNS = (
    Column("no", "序号", 0.5),
    Column("label", "评议事项", 1.6, "LEFT"),
    Column("detail", "内容", 3.2, "LEFT"),
    Column("objection", "异议及意见", 2.2, "LEFT"),
)

PLACARD_LINES = {"rural": "农村低保户", "urban": "城市低保户"}

# ---- the 低保证 booklet ----------------------------------------------------------------------
# The data page of the pre-printed booklet (an open booklet, 210 x 148 mm, fed like A5
# landscape); each field's value is written at (x, y) mm from the page's top-left corner, after
# the labels printed on the card. The office's printer offset moves everything together.
CERTIFICATE_PAGE_MM = (210.0, 148.0)
CERTIFICATE_FIELDS = (
    # key, label on the card, x mm, y mm, type size pt
    ("number", "证号", 128.0, 24.0, 11),
    ("head_name", "户主姓名", 128.0, 40.0, 13),
    ("village", "村（社区）", 128.0, 52.0, 11),
    ("address", "家庭住址", 128.0, 64.0, 10),
    ("kind", "保障类型", 128.0, 76.0, 11),
    ("persons", "保障人数", 128.0, 88.0, 11),
    ("category", "保障类别", 172.0, 88.0, 11),
    ("monthly", "月保障金", 128.0, 100.0, 11),
    ("start", "享受起始", 172.0, 100.0, 11),
    ("issued_on", "发证日期", 128.0, 118.0, 11),
    ("issuer", "发证机关", 128.0, 130.0, 11),
)
CERTIFICATE_TITLE = "最低生活保障证"
CERTIFICATE_KINDS = {"urban": "城市最低生活保障", "rural": "农村最低生活保障"}
