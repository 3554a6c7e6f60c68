"""The procedure's forms, filled in from the store, and the household placard.

A form is data: a title and a list of sections (fields, tables, text, opinion boxes,
signature lines). One renderer draws them all; the builders below only decide which
sections each form has. Forms are internal documents signed by the applicant, so
they may show full ID numbers (public notices never do).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Spacer, Table
from reportlab.platypus.flowables import Flowable

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.procedure import CaseKind, StepResult
from dibao_desk.domain.procedure_steps import (
    CountyDecisionData, DemocraticReviewData, GrantData, HomeVisitData, StepData, TownshipReviewData,
)
from dibao_desk.printing import layout as L
from dibao_desk.printing.document import (
    BLANK_MONTH, RenderInfo, Styles, build, chinese_date, column_widths, dense_padding, frame_height, grid_table,
    letter_para,
    para,
    table_style,
)

# ---- the data a form is filled from ----------------------------------------------------------


@dataclass(frozen=True)
class StepRecord:
    on: dt.date | None = None
    person: str = ""
    result: str = ""  # passed | refused | returned
    notes: str = ""
    fields: StepData | None = None  # the step's own fields (``domain.procedure_steps``); None: not recorded


@dataclass(frozen=True)
class FormData:
    """Everything a form may show, as printed words (labels already resolved)."""

    office_title: str  # 德安县德安镇
    signer: str  # 德安镇人民政府
    county: str  # 德安县
    phone: str
    household_id: int
    village: str
    hukou: str  # rural | urban
    hukou_label: str  # 农村 / 城市
    address: str
    household_phone: str
    bank: str
    head_name: str
    head_id: str
    members: tuple[dict, ...]  # keys of layout.MEMBER_COLUMNS
    incomes: tuple[dict, ...]
    properties: tuple[dict, ...]
    supporters: tuple[dict, ...]
    total_income_fen: int
    counted_income_fen: int
    persons: int
    covered: int
    per_capita_fen: int
    status: str  # registered | applying | receiving | ...
    status_label: str
    category_label: str
    monthly_fen: int
    benefit_start: dt.date | None
    today: dt.date
    case_kind: str = ""  # new | change | cancel
    case_reason: str = ""
    opened_on: dt.date | None = None
    steps: dict = field(default_factory=dict)  # step number -> StepRecord
    review_items: tuple[dict, ...] = ()  # keys of layout.REVIEW_COLUMNS
    refused_reason: str = ""
    refused_by: str = ""  # the step's words, e.g. 县民政局审批
    closed_on: dt.date | None = None
    end_month: dt.date | None = None  # cancellation: the month benefit stops
    case_status: str = ""  # open | done | refused
    # 乡镇审核 records sent back (退回乡镇审核), oldest first: (reviewed on, returned on, reason)
    review_returns: tuple[tuple[dt.date | None, dt.date, str], ...] = ()


# ---- sections --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fields:
    """Label/value pairs in a ruled grid, ``per_row`` pairs a line."""
    pairs: tuple[tuple[str, str], ...]
    per_row: int = 2
    joined_below: bool = False  # the next section continues this grid (no gap)


@dataclass(frozen=True)
class Grid:
    caption: str
    columns: tuple[L.Column, ...]
    rows: tuple[dict, ...]
    min_rows: int = 1


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"  # body | center | right
    with_previous: bool = False  # a note on the section before: on the same page as it


@dataclass(frozen=True)
class Letter:
    """Running text of a notice to a household: the first line is the salutation, each
    further line a paragraph with a two-character indent, in larger type."""
    text: str


@dataclass(frozen=True)
class Seal:
    """The signing body, "（盖章）" and the date, with room for the round seal."""
    signer: str
    on: dt.date | None = None


@dataclass(frozen=True)
class Box:
    """An opinion box: a label at the left, the recorded words (or room to write), and a
    signature line with date at the bottom."""
    label: str
    text: str = ""
    signer: str = "签字"
    person: str = ""
    on: dt.date | None = None
    height_mm: float = 30
    seal: bool = False


@dataclass(frozen=True)
class Signatures:
    labels: tuple[str, ...]
    on: dt.date | None = None


@dataclass(frozen=True)
class FormDoc:
    title: str
    sections: tuple
    subtitle: str = ""
    running_note: str = ""  # after the title on pages after the first: the household
    one_page: bool = False  # signed on one sheet: set tighter (smaller type) until it fits one page


def _yuan(fen: int) -> str:
    return fen_to_yuan(fen)


def _month(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月" if day else BLANK_MONTH


# ---- the forms -------------------------------------------------------------------------------

DECLARATION = ("本人郑重声明：以上所填家庭成员、收入和财产情况真实、完整，没有隐瞒或虚报。"
               "如有不实，愿意承担相应的法律责任，并退还多领取的保障金。家庭人口、收入、财产发生变化时，"
               "本人将及时主动报告。")
AUTHORISATION = ("本人及共同生活的家庭成员同意并授权民政部门及其委托的机构，向公安、人力资源社会保障、"
                 "住房城乡建设、自然资源、市场监管、税务、银行、保险、证券等单位和机构核对本家庭的收入和财产状况，"
                 "并同意在村（社区）公示与享受低保相关的信息。")
APPEAL = ("如对本决定不服，可在收到本通知之日起60日内向{county}人民政府申请行政复议，"
          "或在6个月内向人民法院提起行政诉讼。")
REVIEW_NOTICE = ("{head}（户）：\n你户自{since}起享受{hukou}最低生活保障（{category}，保障 {covered} 人，"
                 "月保障金 {amount} 元）。根据最低生活保障管理的有关规定，将对你户家庭人口、收入和财产状况"
                 "进行复审（核查）。请如实申报家庭成员及其收入、财产的变化情况，配合入户调查和信息核对。"
                 "如有隐瞒、虚报，将依法取消保障并追回多领取的保障金。\n"
                 "家庭情况如有变化，请于变化之日起及时告知乡镇（街道）或村（社区）。咨询电话：{phone}。")
REFUSAL = ("{head}（户）：\n你户于{opened}提出的最低生活保障申请，经{by}，决定不予批准。\n"
           "理由：{reason}")
CANCELLATION = ("{head}（户）：\n经复审（核查），{reason}，决定自{month}起终止你户的最低生活保障待遇"
                "（原保障 {covered} 人，{category}，月保障金 {amount} 元）。")


def _household_marks(d: FormData) -> tuple[str, str]:
    """The subtitle of the first page and the note after the title on every further page."""
    return f"户编号：{d.household_id}", f"　户编号：{d.household_id}　户主：{d.head_name}"


def _household_fields(d: FormData, *, full: bool = True) -> list[Fields]:
    pairs = [("户主姓名", d.head_name), ("身份证号码", d.head_id), ("户籍类型", d.hukou_label),
             ("所在村（社区）", d.village), ("家庭住址", d.address), ("联系电话", d.household_phone)]
    if full:
        pairs += [("家庭人口", f"{d.persons} 人（申请保障 {d.covered} 人）"), ("当前状态", d.status_label)]
        return [Fields(tuple(pairs), joined_below=True), Fields((("开户银行及账号", d.bank),), per_row=1)]
    return [Fields(tuple(pairs))]


def _income_fields(d: FormData) -> Fields:
    return Fields((("家庭月总收入（元）", _yuan(d.total_income_fen)), ("计算收入（元/月）", _yuan(d.counted_income_fen)),
                   ("家庭人均月收入（元）", _yuan(d.per_capita_fen)), ("家庭人口", f"{d.persons} 人")))


def _lists(d: FormData) -> list:
    return [Grid("家庭成员", L.MEMBER_COLUMNS, d.members, 3),
            Grid("家庭收入（每月）", L.INCOME_COLUMNS, d.incomes, 2),
            Grid("家庭财产", L.PROPERTY_COLUMNS, d.properties, 2),
            Grid("赡养（抚养、扶养）义务人", L.SUPPORTER_COLUMNS, d.supporters, 1)]


def _step(d: FormData, step: int) -> StepRecord:
    return d.steps.get(step) or StepRecord()


def application(d: FormData) -> FormDoc:
    s1 = _step(d, 1)
    return FormDoc(L.FORM_TITLES["application"], (
        *_household_fields(d), *_lists(d), _income_fields(d),
        Text("申请理由：" + (d.case_reason or "")),
        Text("声明：" + DECLARATION), Text("授权：" + AUTHORISATION),
        Signatures(("申请人（签字或按手印）", "共同生活家庭成员（签字）")),
        Box("受理情况", s1.notes, "受理人", s1.person, s1.on, 18),
    ), *_household_marks(d))


def home_visit(d: FormData) -> FormDoc:
    s2 = _step(d, 2)
    findings = s2.fields.findings if isinstance(s2.fields, HomeVisitData) else ""
    found = "\n".join(x for x in (findings, s2.notes) if x)  # what they found (调查情况), then any 备注
    return FormDoc(L.FORM_TITLES["home_visit"], (
        *_household_fields(d), *_lists(d), _income_fields(d),
        Box("调查核实情况", found, "调查人（两人签字）", s2.person, s2.on, 40),
        Signatures(("申请人（签字确认调查情况属实）",), s2.on),
    ), *_household_marks(d))


def review_record(d: FormData) -> FormDoc:
    s3 = _step(d, 3)
    data = s3.fields if isinstance(s3.fields, DemocraticReviewData) else DemocraticReviewData()
    held = s3.on  # the day it was held (opened, or recorded when never opened)
    failed = [r for r in d.review_items if r.get("objection")]
    outcome_words: dict[str, str] = {StepResult.PASSED: "评议通过", StepResult.REFUSED: "评议未通过",
               StepResult.RETURNED: "退回重新调查"}
    outcome = outcome_words.get(s3.result, "")
    if outcome and failed:
        outcome += f"（{len(failed)} 项有异议）"
    return FormDoc(L.FORM_TITLES["review_record"], (
        Fields((("户主姓名", d.head_name), ("所在村（社区）", d.village),
                ("评议时间", chinese_date(held) if held else ""), ("评议地点", data.place),
                ("主持人", s3.person), ("评议结果", outcome))),
        Text("参加人员：" + data.attendees),
        Text("评议规则：对申请家庭的每一项信息逐项评议；任何一项有人提出有理由的异议，该项即不能通过，不以多数票决。"),
        Grid("逐项评议", L.REVIEW_COLUMNS, tuple({"no": str(i), **r} for i, r in enumerate(d.review_items, 1)), 6),
        Box("评议意见", s3.notes, "记录人", "", held, 24),
        Signatures(("主持人（签字）", "参加评议代表（签字）")),
    ), *_household_marks(d))


def _amount_marks(d: FormData) -> tuple:
    """An amount entered at 乡镇审核 or 待遇批准 that differs from the computed one is marked
    with the computed amount and the written reason."""
    marks = []
    for n, what in ((6, "乡镇审核"), (10, "待遇批准")):
        data = _step(d, n).fields
        if isinstance(data, (TownshipReviewData, GrantData)) and data.amount_differs:
            assert data.monthly_fen is not None and data.computed_fen is not None
            marks.append(Text(f"※ {what}金额 {_yuan(data.monthly_fen)} 元与按标准计算的 {_yuan(data.computed_fen)} 元不同，"
                              f"理由：{data.amount_reason}", with_previous=True))
    return tuple(marks)


def _passed_opinion(step: StepRecord) -> str:
    """The opinion box of a step the office recorded as passed: its written notes, else what it
    decided (a blank box under a signature reads as an opinion never given)."""
    if step.notes or step.result != StepResult.PASSED:
        return step.notes
    if isinstance(step.fields, DemocraticReviewData):
        held = "，".join(x for x in (step.fields.place, step.fields.attendees) if x)
        return f"评议通过（{held}）" if held else "评议通过"
    return "同意"


def _review_returns(d: FormData) -> tuple:
    """Each earlier 乡镇审核 sent back (退回乡镇审核): the box above holds only the review in
    force, so the form says that an earlier one was returned, when and why."""
    return tuple(Text(f"（此前 {reviewed.isoformat() if reviewed else '—'} 的审核已于 {returned.isoformat()} "
                      f"退回：{reason or '—'}）", with_previous=True) for reviewed, returned, reason in d.review_returns)


def approval(d: FormData) -> FormDoc:
    s3, s5, s6, s8 = (_step(d, n) for n in (3, 5, 6, 8))
    decision = s8.fields if isinstance(s8.fields, CountyDecisionData) else CountyDecisionData()
    county = s8.notes or decision.reason
    if s8.on and not county:
        county = "同意" if s8.result == StepResult.PASSED else ""
    proposed = f"拟保障类别：{d.category_label}　拟月保障金：{_yuan(d.monthly_fen)} 元" if d.monthly_fen else ""
    if d.case_kind == CaseKind.CANCEL:  # the county is asked to stop the benefit, not to grant one
        proposed = f"拟取消保障（原保障类别：{d.category_label or '—'}，原月保障金：{_yuan(d.monthly_fen)} 元）"
    special = decision.special_case if s8.result == StepResult.PASSED else None
    mark = ""
    if special:
        kind = L.SPECIAL_CASE_LABELS.get(special.kind, special.kind)
        on = special.decided_on.isoformat() if special.decided_on else ""
        mark = L.SPECIAL_CASE_MARK.format(kind=kind, on=on)
        detail = L.SPECIAL_CASE_DETAIL.format(on=on, who=special.participants, minutes=special.minutes)
        county = f"{county}；{detail}" if county else detail
    return FormDoc(L.FORM_TITLES["approval"], (
        *_household_fields(d, full=False), Grid("家庭成员", L.MEMBER_COLUMNS, d.members, 3), _income_fields(d),
        *((Text(mark),) if mark else ()),
        Text(proposed), *_amount_marks(d),
        Box("村（居）民委员会民主评议意见", _passed_opinion(s3), "负责人", s3.person, s3.on, 22),
        Box("乡镇（街道）经办机构审查意见", _passed_opinion(s5), "经办人", s5.person, s5.on, 22),
        Box("乡镇人民政府（街道办事处）审核意见", _passed_opinion(s6), "负责人", s6.person, s6.on, 26, seal=True),
        *_review_returns(d),
        Box("县级人民政府民政部门审批意见", county, "负责人", s8.person, s8.on, 26, seal=True),
    ), *_household_marks(d), one_page=True)


def review_notice(d: FormData) -> FormDoc:
    text = REVIEW_NOTICE.format(head=d.head_name, since=_month(d.benefit_start), hukou=d.hukou_label,
                                category=d.category_label or "—", covered=d.covered,
                                amount=_yuan(d.monthly_fen), phone=d.phone)
    return FormDoc(L.FORM_TITLES["review_notice"], (
        Letter(text), Seal(d.signer, d.today),
        Text("- - - - - - - - - - - - - - - - - - 回　执 - - - - - - - - - - - - - - - - - -", "center"),
        Text(f"本户（户主 {d.head_name}，{d.village}）已收到最低生活保障复审告知书。"),
        Signatures(("户主（签字或按手印）",)),
    ), *_household_marks(d))


def refusal(d: FormData) -> FormDoc:
    text = REFUSAL.format(head=d.head_name, opened=chinese_date(d.opened_on), by=d.refused_by or "审核",
                          reason=d.refused_reason or d.case_reason)
    return FormDoc(L.FORM_TITLES["refusal"], (
        Letter(text + "\n" + APPEAL.format(county=d.county)), Seal(d.signer, d.closed_on or d.today),
        Signatures(("本人已收到本通知（签字）",)),
    ), *_household_marks(d))


# The sentence already says 经复审（核查）: a reason written the same way does not say it twice.
_REVIEWED = re.compile(r"^\s*经?\s*(复审|复核|核查|审核)(（?(核查|复核)）?)?\s*[：:，,、]?\s*")


_CLOSING = "。，、；：！？.,;:!?"


def cancellation_reason(reason: str) -> str:
    """The case's reason as it reads after "经复审（核查），" and before "，决定自…": without
    the closing mark the office typed after it (。，；…), which the sentence's own comma follows."""
    text = _REVIEWED.sub("", reason or "").strip().rstrip(_CLOSING + " \u3000")
    return text or "你户家庭情况已不符合最低生活保障条件"


def cancellation(d: FormData) -> FormDoc:
    text = CANCELLATION.format(head=d.head_name, reason=cancellation_reason(d.case_reason),
                               month=_month(d.end_month), covered=d.covered, category=d.category_label or "—",
                               amount=_yuan(d.monthly_fen))
    return FormDoc(L.FORM_TITLES["cancellation"], (
        Letter(text + "\n" + APPEAL.format(county=d.county)), Seal(d.signer, d.closed_on or d.today),
        Signatures(("本人已收到本通知（签字）",)),
    ), *_household_marks(d))


BUILDERS = {"application": application, "home_visit": home_visit, "review_record": review_record,
            "approval": approval, "review_notice": review_notice, "refusal": refusal,
            "cancellation": cancellation}


# ---- the renderer ----------------------------------------------------------------------------

def _section(sec, page: L.PageSpec, st: Styles, info: RenderInfo) -> list:
    width = page.frame_width
    gap = 2 * mm * st.density
    if isinstance(sec, Fields):
        cols = sec.per_row * 2
        label_w = width * 0.18  # the same label column whatever the pairs per line
        widths = [label_w, (width - sec.per_row * label_w) / sec.per_row] * sec.per_row
        data: list[list[Any]] = []
        row: list[Any] = []
        for label, value in sec.pairs:
            row += [para(label, st.cells["CENTER"], info), para(value or "", st.cell, info)]
            if len(row) == cols:
                data.append(row)
                row = []
        if row:
            data.append(row + [""] * (cols - len(row)))
        t = Table(data, colWidths=widths)
        cmds = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        for i in range(0, cols, 2):
            cmds.append(("BACKGROUND", (i, 0), (i, -1), colors.Color(0.93, 0.93, 0.93)))
        t.setStyle(table_style(st.font, cmds + dense_padding(st)))
        # a few lines that read together (月总收入 beside 人均月收入): never cut over two pages
        return [KeepTogether([t])] if sec.joined_below else [KeepTogether([t]), Spacer(1, gap)]
    if isinstance(sec, Grid):
        table = grid_table(sec.columns, sec.rows, width, st, info, min_rows=sec.min_rows)
        if not sec.caption:
            return [table, Spacer(1, gap)]
        return [Captioned(para(sec.caption, st.body, info), table), Spacer(1, gap)]
    if isinstance(sec, Text):
        style = {"body": st.body, "center": st.center, "right": st.right}[sec.style]
        return [para(sec.text, style, info), Spacer(1, gap)]
    if isinstance(sec, Letter):
        out = []
        for n, line in enumerate(sec.text.split("\n")):
            out.append(letter_para(line, st.letter_first if n == 0 else st.letter, width, info))
        return out + [Spacer(1, 3 * mm)]
    if isinstance(sec, Seal):
        from dibao_desk.printing.notice import seal_block

        return [seal_block(sec.signer, sec.on, page, st, info), Spacer(1, 6 * mm)]
    if isinstance(sec, Box):
        label_w = 28 * mm * page.scale
        sign = f"{sec.signer}：{sec.person or '　' * 6}　　{chinese_date(sec.on)}"
        if sec.seal:
            sign = "（盖章）　　" + sign
        text_w = width - label_w - 12
        words = para(sec.text or "", st.body, info)
        needed = words.wrap(text_w, 10 ** 6)[1] + 2 * mm
        room = frame_height(page) * BOX_SHARE_OF_PAGE
        if needed > room:
            return _long_box(sec, sign, words, page, st, info, label_w, text_w, room)
        # set tighter, a box keeps most of its room to write in, and room for the seal
        least = sec.height_mm * mm * (max(st.density, 0.85) if sec.seal else st.density)
        inner = Table([[words], [para(sign, st.right, info)]],
                      colWidths=[text_w], rowHeights=[max(least, needed), None])
        inner.setStyle(table_style(st.font, [("VALIGN", (0, 0), (-1, 0), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        t = Table([[para(sec.label, st.cells["CENTER"], info), inner]], colWidths=[label_w, width - label_w])
        t.setStyle(table_style(st.font, [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (0, 0), colors.Color(0.93, 0.93, 0.93)), *dense_padding(st)]))
        return [KeepTogether([t]), Spacer(1, gap)]
    if isinstance(sec, Signatures):
        rows = [[para(label + "：", st.body, info), para(chinese_date(sec.on), st.right, info)]
                for label in sec.labels]
        t = Table(rows, colWidths=column_widths([L.Column("a", "", 3), L.Column("b", "", 1)], width),
                  rowHeights=[12 * mm] * len(rows))
        t.setStyle(table_style(st.font, [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        return [KeepTogether([t]), Spacer(1, 2 * mm)]
    raise TypeError(sec)


class Captioned(Flowable):
    """A table under its caption: the caption goes where the table's first rows go, never alone
    at the foot of a page (the table split over pages as it must, its header repeated)."""

    def __init__(self, caption: Flowable, table: Table):
        super().__init__()
        self._caption, self._table = caption, table
        self._heights = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        _w, ch = self._caption.wrap(availWidth, availHeight)
        tw, th = self._table.wrap(availWidth, availHeight - ch)
        self._heights = (ch, th)
        self.width, self.height = max(tw, availWidth), ch + th
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        _w, ch = self._caption.wrap(availWidth, availHeight)
        parts = self._table.split(availWidth, availHeight - ch)
        return [self._caption, *parts] if parts else []  # no row fits: caption and table go on

    def draw(self) -> None:
        ch, th = self._heights
        self._caption.drawOn(self.canv, 0, th)
        self._table.drawOn(self.canv, 0, 0)


BOX_SHARE_OF_PAGE = 0.6  # words taller than this share of a page run over pages in their box


def _long_box(sec: Box, sign: str, words: Flowable, page: L.PageSpec, st: Styles, info: RenderInfo, label_w: float,
              text_w: float, room: float) -> list:
    """A box whose words are too long for one page: the words in pieces, a row each, so the
    box breaks between them over pages (a table row cannot break), the signature line last."""
    pieces: list[Flowable] = []
    rest: Flowable = words
    while True:
        parts = rest.split(text_w, room)
        if len(parts) < 2:
            pieces.append(rest)
            break
        pieces.append(parts[0])
        rest = parts[1]
    rows: list[list[Flowable | str]] = [[para(sec.label, st.cells["CENTER"], info) if i == 0 else "", piece]
                                        for i, piece in enumerate(pieces)]
    rows.append(["", para(sign, st.right, info)])
    t = Table(rows, colWidths=[label_w, text_w + 12], repeatRows=0)
    t.setStyle(table_style(st.font, [
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93))]))
    return [t, Spacer(1, 2 * mm)]


def _flat(flowables: list) -> list:
    """The flowables with every KeepTogether opened (one KeepTogether around them all)."""
    out = []
    for f in flowables:
        out += _flat(f._content) if isinstance(f, KeepTogether) else [f]  # type: ignore[attr-defined]  # what KeepTogether holds; not in the stubs
    return out


# A form signed on one sheet is set at these densities in turn (type 10.5 pt down to 7.1 pt
# on A4, lines and cells tighter) until it fits one page.
ONE_PAGE_DENSITIES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.68)


def render(path: str | Path, doc: FormDoc, page: L.PageSpec | None = None) -> RenderInfo:
    page = page or L.PageSpec("A4", False, 15)
    if not doc.one_page:
        return _write(path, doc, page, 1.0)
    # Measured first (laying a story out is quicker than writing it), each density once, its
    # flowables added up to two pages at most: the first density that adds up to one page is
    # written; should it still run over, the next is tried.
    heights: list[float] = []
    for density in ONE_PAGE_DENSITIES:
        heights.append(_height(_story(doc, page, density)[0], page, 2))
        if heights[-1] <= frame_height(page):
            break
    else:
        # It fits one sheet at no density (a large household): set smaller, it would still take
        # two, hard to read for nothing. It is set at the largest type that fits two sheets, or at
        # the normal type when even the smallest needs more. A density adding up to more than two
        # pages takes three whatever the breaks (breaks only add room): it is passed over unwritten.
        for density, height in zip(ONE_PAGE_DENSITIES, heights):
            if height <= 2 * frame_height(page):
                info = _write(path, doc, page, density)
                if info.pages <= 2:
                    return info
        return _write(path, doc, page, ONE_PAGE_DENSITIES[0])
    info = RenderInfo()
    for density in ONE_PAGE_DENSITIES[len(heights) - 1:]:
        info = _write(path, doc, page, density)
        if info.pages <= 1:
            break
    return info


def _write(path: str | Path, doc: FormDoc, page: L.PageSpec, density: float) -> RenderInfo:
    story, info = _story(doc, page, density)
    # Pages after the first name the form and the household: a loose page finds its folder.
    return build(path, page, story, info, doc.title, running_title=True, running_note=doc.running_note)


def _height(story: list, page: L.PageSpec, pages: int) -> float:
    """How tall ``story`` adds up to before the pages break it, counted no further than
    ``pages`` pages (infinite beyond them)."""
    width, room = page.frame_width - 12, frame_height(page)
    canvas = Canvas(io.BytesIO(), pagesize=page.size)  # measured on, never written
    used = 0.0
    for f in _flat(story):  # a KeepTogether answers "taller than anything" to make its frame split it
        used += f.wrapOn(canvas, width, room)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        if used > pages * room:
            return float("inf")
    return used


def _story(doc: FormDoc, page: L.PageSpec, density: float) -> tuple[list, RenderInfo]:
    info = RenderInfo()
    st = Styles(page, density)
    story: list = [para(doc.title, st.title, info)]
    if doc.subtitle:
        story.append(para(doc.subtitle, st.right, info))
    groups: list[list] = []
    for sec in doc.sections:
        flowables = _section(sec, page, st, info)
        if (isinstance(sec, (Signatures, Seal)) or getattr(sec, "with_previous", False)) and groups:
            # a signature or a seal never alone on a page: it keeps what it signs with it (and a
            # note what it notes: the amount's difference its amount, a returned review the box)
            last = groups.pop()
            if isinstance(sec, Seal) and len(last) > 2:  # a letter: keep its last paragraph
                groups.append(last[:-2])
                last = last[-2:]
            groups.append([KeepTogether(_flat(last + flowables))])
        else:
            groups.append(flowables)
    for g in groups:
        story += g
    return story, info


def render_form(path: str | Path, kind: str, data: FormData) -> RenderInfo:
    return render(path, BUILDERS[kind](data))
