"""The printed payment roster (造册) the leader signs: A4 landscape, the table's header on every
page, subtotals per village and a grand total that add up, the lines listed apart (0 元),
totals per class and urban/rural, the money by source (资金来源), and the signature lines
制表人 / 审核人 / 主管领导.

The roster goes to the leader and the bank, not on a notice board: it shows full ID numbers
and accounts (the bank pays into them, the leader signs for them) and says on every page
that it is internal and must not be posted. Public lists go through ``printing.mask``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import LineKind
from dibao_desk.printing.document import RenderInfo, Styles, build, chinese_date, grid_table, para
from dibao_desk.printing.layout import Column, PageSpec

PAGE = PageSpec("A4", landscape=True, margin_mm=10)

TITLE = "{office}最低生活保障金发放花名册"
SUBTITLE = "{period}　{kind}造册　状态：{status}"
INTERNAL = "内部资料：供审核和银行发放使用，含完整身份证号、银行账号，不得张贴公示"
SUBTOTAL = "{village}小计"
GRAND_TOTAL = "合计"
COUNTS = "{households}户{persons}人"
PAYEE = "{holder}（户主 {head}）"  # 收款人 when the account is opened in a member's name
APART_TITLE = "不发放（0 元）或另行处理的家庭，未计入合计"
GROUPS_TITLE = "按类别、城乡合计"
SOURCES_TITLE = "资金来源"
SIGNATURES = ("制表人", "审核人", "主管领导")
DATE_LABEL = "日期"

# Widths in points of the A4 landscape frame (the reason takes what is left); 18-character ID
# numbers and 19-digit accounts fit on one line at the roster's type size.
LINE_COLUMNS = (
    Column("no", "序号", 26, "CENTER"),
    Column("village", "村（社区）", 52, "LEFT"),
    Column("name", "收款人", 56, "LEFT"),
    Column("id_number", "身份证号", 84, "LEFT"),
    Column("account", "银行账号", 94, "LEFT"),
    Column("bank", "开户银行", 74, "LEFT"),
    Column("category", "类别", 28, "CENTER"),
    Column("hukou", "城乡", 26, "CENTER"),
    Column("persons", "人数", 24, "RIGHT"),
    Column("months", "月数", 24, "RIGHT"),
    Column("benefit", "补差\n(元/月)", 46, "RIGHT"),
    Column("supplement", "施保加发\n(元/月)", 46, "RIGHT"),
    Column("amount", "金额(元)", 54, "RIGHT"),
    Column("reason", "说明", 168, "LEFT"),
)
TYPE_SIZE = 7.5
GROUP_COLUMNS = (
    Column("key", "", 1.6, "LEFT"),
    Column("households", "户数", 0.8, "RIGHT"),
    Column("persons", "人数", 0.8, "RIGHT"),
    Column("benefit", "补差(元)", 1.2, "RIGHT"),
    Column("supplement", "分类施保、加发(元)", 1.2, "RIGHT"),
    Column("other", "补发、追回、补贴(元)", 1.2, "RIGHT"),
    Column("amount", "合计(元)", 1.2, "RIGHT"),
)
SOURCE_COLUMNS = (Column("key", "资金来源", 1.0, "LEFT"), Column("share", "比例", 0.7, "RIGHT"),
                  *GROUP_COLUMNS[1:])


@dataclass(frozen=True)
class Words:
    """What the roster's codes read as: class, urban/rural, kind, status, source, line kind."""

    category: dict[str, str]
    hukou: dict[str, str]
    kind: dict[str, str]
    status: dict[str, str]
    source: dict[str, str]
    line_kind: dict[str, str]


def _money(fen: int) -> str:
    return fen_to_yuan(fen)


def payee(x: Any) -> str:
    """收款人 of a line: the account holder, with the head when a member holds the account."""
    head = getattr(x, "head_name", "")
    return PAYEE.format(holder=x.account_name, head=head) if head and head != x.account_name else x.account_name


def _line_row(x: Any, no: int | str, words: Words) -> dict:
    regular = x.line_kind == LineKind.REGULAR
    return {"no": str(no), "village": x.village, "name": payee(x), "id_number": x.id_number,
            "account": x.account, "bank": x.bank_name, "category": words.category.get(x.category, x.category),
            "hukou": words.hukou.get(x.hukou_type, x.hukou_type), "persons": str(x.persons),
            "months": str(x.months), "benefit": _money(x.benefit_fen) if regular else "",
            "supplement": _money(x.supplement_fen) if regular else "",
            "amount": _money(x.total_fen), "reason": x.reason}


def _group_row(key: str, t: Any) -> dict:
    return {"key": key, "households": str(t.households), "persons": str(t.persons),
            "benefit": _money(t.benefit_fen), "supplement": _money(t.supplement_fen),
            "other": _money(t.adjustment_fen), "amount": _money(t.total_fen)}


def render(path: str | Path, office_name: str, summary: Any, lines: Sequence[Any], words: Words,
           made_on: dt.date | None = None, reviewer: str = "", progress=None) -> RenderInfo:
    """Write the roster ``summary.roster`` with ``lines`` (services.payroll's records)."""
    page = PAGE
    styles = _styles(page)
    info = RenderInfo()
    roster = summary.roster
    kind = words.kind.get(roster.kind.value, roster.kind.value)
    if roster.name:
        kind = f"{kind}（{roster.name}）"
    title = TITLE.format(office=office_name)
    story = [para(title, styles.title, info),
             para(SUBTITLE.format(period=_period_text(roster.period), kind=kind,
                                  status=words.status.get(roster.status.value, roster.status.value)),
                  styles.center, info),
             para(INTERNAL, styles.center, info), Spacer(1, 2 * mm)]

    paid = [x for x in lines if not x.zero]
    apart = [x for x in lines if x.zero]
    rows: list[dict] = []
    bold: list[int] = []
    by_village = {t.key: t for t in summary.by_village}
    for i, x in enumerate(paid):  # 序号 is the line's position: the number payroll show and the 造册 tab give
        rows.append(_line_row(x, x.position, words))
        if i + 1 == len(paid) or paid[i + 1].village != x.village:
            t = by_village[x.village]
            bold.append(len(rows) + 1)
            rows.append({"no": "", "village": SUBTOTAL.format(village=x.village),
                         "id_number": COUNTS.format(households=t.households, persons=t.persons),
                         "benefit": "", "supplement": "", "amount": _money(t.total_fen)})
    total = summary.total
    bold.append(len(rows) + 1)
    rows.append({"no": "", "village": GRAND_TOTAL,
                 "id_number": COUNTS.format(households=total.households, persons=total.persons),
                 "amount": _money(total.total_fen)})
    table = grid_table(LINE_COLUMNS, rows, page.frame_width, styles, info)
    table.setStyle(TableStyle([("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)) for r in bold]))
    story.append(table)

    if apart:
        story += [Spacer(1, 4 * mm), para(APART_TITLE, styles.body, info),
                  grid_table(LINE_COLUMNS, [_line_row(x, x.position, words) for x in apart],
                             page.frame_width, styles, info)]

    group_rows = ([_group_row(words.category.get(t.key, t.key) or "—", t) for t in summary.by_category]
                  + [_group_row(words.hukou.get(t.key, t.key), t) for t in summary.by_hukou]
                  + [_group_row(GRAND_TOTAL, total)])
    # the blocks after the lines, each kept whole; the signatures go with the last of them, so
    # they never stand alone on a page of their own (nothing above them to sign for)
    blocks = [[Spacer(1, 4 * mm), para(GROUPS_TITLE, styles.body, info),
               grid_table(GROUP_COLUMNS, group_rows, page.frame_width * 0.75, styles, info)]]
    if summary.by_source:
        src_rows = [{**_group_row(words.source.get(t.source, t.source), t), "share": f"{t.share_bp / 100:g}%"}
                    for t in summary.by_source]
        src_rows.append({**_group_row(GRAND_TOTAL, total), "share": "100%",
                         "benefit": _money(sum(t.benefit_fen for t in summary.by_source)),
                         "supplement": _money(sum(t.supplement_fen for t in summary.by_source)),
                         "other": _money(sum(t.adjustment_fen for t in summary.by_source)),
                         "amount": _money(sum(t.total_fen for t in summary.by_source))})
        blocks.append([Spacer(1, 4 * mm), para(SOURCES_TITLE, styles.body, info),
                       grid_table(SOURCE_COLUMNS, src_rows, page.frame_width * 0.8, styles, info)])
    blocks[-1] += [Spacer(1, 8 * mm), _signatures(roster, styles, info, made_on, reviewer)]
    story += [KeepTogether(b) for b in blocks]
    return build(path, page, story, info, title, running_title=True, running_note=f"　{INTERNAL}",
                 progress=progress)


def _styles(page: PageSpec) -> Styles:
    """The shipped styles with table cells in a smaller type, so a line stays one row high."""
    styles = Styles(page)
    styles.body_size = TYPE_SIZE
    for style in (styles.cell, *styles.cells.values()):
        style.fontSize = TYPE_SIZE
        style.leading = TYPE_SIZE * 1.25
    return styles


def _signatures(roster: Any, styles: Styles, info: RenderInfo, made_on: dt.date | None, reviewer: str) -> Table:
    blank = "\u00a0" * 16
    names = (roster.made_by or blank, reviewer or blank, roster.reviewed_by or blank)
    dates = (chinese_date(made_on or roster.made_on), chinese_date(roster.reviewed_on),
             chinese_date(roster.reviewed_on))
    cells = [[para(f"{label}：{name}", styles.body, info) for label, name in zip(SIGNATURES, names)],
             [para(f"{DATE_LABEL}：{d}", styles.body, info) for d in dates]]
    t = Table(cells, colWidths=[PAGE.frame_width / 3] * 3)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 1), (-1, 1), 6)]))
    return t


def _period_text(period: str) -> str:
    if "Q" in period:
        year, q = period.split("Q")
        return f"{year}年第{q}季度"
    year, month = period.split("-")
    return f"{year}年{int(month)}月"
