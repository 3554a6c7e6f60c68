"""Public notices (公示): the three stages, the long-term notice and the fuller notice
with incomes (seed 002). Rows carry only what bears on the benefit; every cell passes
through :func:`mask.scrub` so no ID, account or phone number can reach the board."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.printing import layout as L
from dibao_desk.printing.document import (
    RenderInfo, Styles, build, chinese_date, para, table_style, table_with_tail, title_text,
)
from dibao_desk.printing.mask import scrub


@dataclass(frozen=True)
class NoticeRow:
    village: str
    head_name: str
    persons: int
    category: str  # the class as printed (一类 …)
    monthly_fen: int
    kind: str = ""  # new | change | cancel (stage notices)
    kind_label: str = ""  # 新增 / 变更 / 取消
    since: dt.date | None = None  # benefit start (long-term notice)
    incomes: str = ""  # fuller notice only
    supporters: str = ""  # fuller notice only
    decided: bool = True  # False: class and amount not decided yet (printed 待核定)
    mark: str = ""  # office copy only: 备案 and/or the special case
    as_posted: bool = True  # False: a reprint row that shows the case as it stands today (not kept)


@dataclass(frozen=True)
class NoticeDoc:
    stage: str  # "1" | "2" | "3" | "long"
    office_title: str  # county + township, e.g. 德安县德安镇
    office_name: str  # who signs and seals, e.g. 德安镇人民政府
    issued: dt.date
    phone: str
    box: str
    rows: tuple[NoticeRow, ...]
    start: dt.date | None = None
    end: dt.date | None = None
    full: bool = False  # the fuller notice with incomes (consent recorded)
    left_out: int = 0  # households without consent, left out of the fuller notice
    village: str = ""  # the notice of one village: named in the title, no village column
    office_copy: bool = False  # the office's copy: a 备案／特殊情况 column; never posted


def title(doc: NoticeDoc) -> str:
    return _title(doc) + (L.NOTICE_OFFICE_COPY if doc.office_copy else "")


def _title(doc: NoticeDoc) -> str:
    stage = L.NOTICE_STAGE_TITLES[doc.stage]
    if doc.full:
        return L.NOTICE_FULL_TITLE.format(office=doc.office_title + doc.village, stage=stage)
    suffix = ""
    if doc.stage != "long":
        kinds = frozenset(r.kind for r in doc.rows if r.kind)
        suffix = L.NOTICE_KIND_SUFFIX.get(kinds, L.NOTICE_MIXED_SUFFIX if kinds else "")
    return L.NOTICE_TITLE.format(office=doc.office_title + doc.village, stage=stage, suffix=suffix)


def _columns(doc: NoticeDoc) -> tuple[L.Column, ...]:
    columns: tuple[L.Column, ...]
    if doc.full:
        columns = L.NOTICE_FULL_COLUMNS
    else:
        columns = L.LONG_TERM_COLUMNS if doc.stage == "long" else L.NOTICE_COLUMNS
    if doc.village:
        columns = tuple(c for c in columns if c.key != "village")
    if doc.office_copy:
        columns = tuple(columns) + (L.NOTICE_OFFICE_MARK,)
    return columns


def _amount(r: NoticeRow) -> str:
    if r.kind == CaseKind.CANCEL:
        return "—"
    if not r.decided:
        return L.NOT_YET_SET
    return fen_to_yuan(r.monthly_fen)


def _cells(i: int, r: NoticeRow) -> dict:
    """The printed cells of one row; every one passes the privacy guard, whatever its source."""
    cells = {
        "no": str(i), "village": r.village, "head_name": r.head_name,
        "persons": str(r.persons), "category": r.category or (L.NOT_YET_SET if not r.decided else "—"),
        "amount": _amount(r), "kind": r.kind_label,
        "since": f"{r.since.year}年{r.since.month}月" if r.since else "",
        "incomes": r.incomes, "supporters": r.supporters, "mark": r.mark,
    }
    return {k: scrub(v) for k, v in cells.items()}


INCOME_LINES_PER_ROW = 6  # a row holds at most this many income (supporter) lines: never taller than a page


def _rows(i: int, r: NoticeRow) -> list[dict]:
    """The printed rows of one household: one, or on the fuller notice, when its incomes or
    supporters run to many lines (a household of 12), further rows carrying the rest under
    the head's name marked 续. A table row cannot break over pages, and one taller than a
    page stopped the whole notice."""
    cells = _cells(i, r)
    incomes, supporters = cells["incomes"].split("\n"), cells["supporters"].split("\n")
    lines = max(len(incomes), len(supporters))
    if lines <= INCOME_LINES_PER_ROW:
        return [cells]
    out = []
    for k in range(0, lines, INCOME_LINES_PER_ROW):
        part = dict(cells) if k == 0 else {key: "" for key in cells}
        if k:
            part["head_name"] = L.ROW_CONTINUED.format(name=cells["head_name"])
        part["incomes"] = "\n".join(incomes[k:k + INCOME_LINES_PER_ROW])
        part["supporters"] = "\n".join(supporters[k:k + INCOME_LINES_PER_ROW])
        out.append(part)
    return out


def render(path: str | Path, doc: NoticeDoc, page: L.PageSpec, progress=None) -> RenderInfo:
    info = RenderInfo()
    st = Styles(page)
    story: list = [para(title_text(title(doc), st.title, page.frame_width - 12), st.title, info)]
    if doc.start and doc.end:
        days = (doc.end - doc.start).days  # the procedure counts from the day after posting
        story.append(para(L.NOTICE_PERIOD.format(start=chinese_date(doc.start), end=chinese_date(doc.end),
                                                 days=days), st.center, info))
    today_rows = sum(1 for r in doc.rows if not r.as_posted)
    if today_rows:  # a reprint of a posting that did not keep all it showed: said on the sheet itself
        line = (L.NOTICE_TODAY_DATA if today_rows == len(doc.rows)
                else L.NOTICE_TODAY_DATA_SOME.format(count=today_rows))
        story.append(para(line, st.center, info))
    intro = L.NOTICE_INTROS[doc.stage].format(office=doc.office_name)
    story.append(para(intro, st.body, info))
    story.append(para(L.NOTICE_COMPLAINTS.format(phone=doc.phone or "　　", box=doc.box or "　　"),
                      st.body, info))
    story.append(Spacer(1, 3 * mm))
    rows = [row for i, r in enumerate(doc.rows, 1) for row in _rows(i, r)]
    if progress is not None:
        progress.check()
    tail: list = [Spacer(1, 3 * mm)]
    shown = [r for r in doc.rows if r.kind != CaseKind.CANCEL]
    template = L.NOTICE_COUNT_WITH_CANCEL if len(shown) < len(doc.rows) else L.NOTICE_COUNT
    if not all(r.decided for r in shown):
        # no total while an amount is 待核定: it would leave that household out
        template = L.NOTICE_COUNT_NO_AMOUNT if len(shown) == len(doc.rows) else L.NOTICE_COUNT_WITH_CANCEL_NO_AMOUNT
    tail.append(para(template.format(households=len(doc.rows), kept=len(shown),
                                     cancelled=len(doc.rows) - len(shown),
                                     persons=sum(r.persons for r in shown),
                                     total=fen_to_yuan(sum(r.monthly_fen for r in shown))), st.body, info))
    if doc.full and doc.rows:
        tail.append(para(L.NOTICE_FULL_CONSENT, st.body, info))
    if doc.full and doc.left_out:
        tail.append(para(L.NOTICE_LEFT_OUT.format(count=doc.left_out), st.body, info))
    if doc.office_copy and any(L.NOTICE_MARK_FILED in r.mark for r in doc.rows):
        tail.append(para(L.NOTICE_OFFICE_NOTE, st.body, info))
    tail += seal_parts(doc.office_name, doc.issued, page, st, info)
    # The seal is never alone on the last page: the last rows go with it.
    story.append(table_with_tail(_columns(doc), rows, page, st, info, tail, keep=3,
                                 min_rows=0 if rows else 3))
    build(path, page, story, info, title(doc), running_title=True, progress=progress)
    return info


def seal_block(office_name: str, day: dt.date | None, page: L.PageSpec, st: Styles, info: RenderInfo):
    """The signature corner: office name, "（盖章）" and the date, with room for a round seal
    (about 42 mm) kept on one page."""
    return KeepTogether(seal_parts(office_name, day, page, st, info))


def seal_parts(office_name: str, day: dt.date | None, page: L.PageSpec, st: Styles, info: RenderInfo) -> list:
    """The seal corner as flowables: a gap, then the office name over the date."""
    width = 70 * mm * page.scale
    block = Table([[para(office_name + L.NOTICE_SEAL, st.center, info)],
                   [para(chinese_date(day), st.center, info)]],
                  colWidths=[width], rowHeights=[22 * mm * page.scale, 12 * mm * page.scale], hAlign="RIGHT")
    block.setStyle(table_style(st.font, [("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, 1), "TOP")]))
    return [Spacer(1, 12 * mm * page.scale), block]
