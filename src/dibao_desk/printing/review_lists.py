"""The review lists on paper: the month's (or overdue) due list (应复核低保家庭名单) and the
quarter's review plan (季度复核计划), internal working lists the reviewers take out. A long list
runs over pages with the header row repeated, the title marked 续 at the top of later pages and
"第 x 页 共 y 页" at the foot; a row (a long village's name wrapped over lines) is never cut over
two pages, as Qt's rich text cut it. Internal: the lists show no ID number and need no masking."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dibao_desk.domain.reviews import ExitState
from dibao_desk.printing import forms
from dibao_desk.printing import layout as L
from dibao_desk.printing.document import RenderInfo

PLAN_TITLE = "{village}{year} 年第 {quarter} 季度低保复核计划"
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
FILED_MARK = "（备案）"  # after the head's name: a member is a registered close relative of staff or a cadre
LATE = "已逾期"
# the summary under the title, as the plan's window says it
PLAN_SUMMARY = "{start} 至 {end}：{count} 户，{days} 个工作日，每日约 {per_day} 户；其中已逾期 {late} 户"
PLAN_FILED = "；备案 {count} 户（户主后标“（备案）”：本户有成员是经办人员或村干部登记的近亲属），应从严复核"

# the due list's summary under the title, as the 复核 tab says it under the list
DUE_MONTH_SUMMARY = "{year} 年 {month} 月应复核 {count} 户"
DUE_OVERDUE_SUMMARY = "截至 {today} 已逾期未复核 {count} 户"
EVENT = "事件"  # the 复核依据 of the households due after an event, counted together
OVERDUE_DAYS = "{0} 天"
# the 备注 of a household in 渐退 after stable work (the 复核 tab counts them under its list),
# by its ``ExitState`` on the day printed
EXIT_NOTES = {
    ExitState.RUNNING: "就业渐退中：保障金发放至{last}，{stop}起停发",
    ExitState.REMIND: "就业渐退即将停发：保障金发放至{last}，{stop}起停发",
    ExitState.STOPPED: "就业渐退期满：应自{stop}起停发",
}
# under the due list's summary, as the 复核 tab says it
EXIT_SUMMARY = "其中就业渐退 {count} 户（即将停发 {remind} 户，已到停发月份 {stop} 户），停发月份见备注"

# the columns of the 复核 tab's list
DUE_COLUMNS = (
    L.Column("village", "村（社区）", 3.2, "LEFT", max_lines=2),
    L.Column("head", "户主", 1.3, "LEFT"),  # 张三（备案） on one line
    L.Column("hukou", "户籍", 0.55),
    L.Column("category", "类别", 0.55),
    L.Column("due", "应复核日期", 1.2),
    L.Column("rule", "复核依据", 1.6, "LEFT"),
    L.Column("base", "上次复核/享受起始", 1.2),
    L.Column("overdue", "逾期", 0.85, "RIGHT"),  # 3105 天 on one line
    L.Column("note", "备注", 2.2, "LEFT"),  # 就业渐退 (the benefit's last month) for the visit
)

PLAN_COLUMNS = (
    L.Column("day", "计划日期", 1.6),
    L.Column("village", "村（社区）", 2.5, "LEFT", max_lines=2),
    L.Column("head", "户主", 1.55, "LEFT"),  # 张三（备案） on one line
    L.Column("category", "类别", 0.55),
    L.Column("due", "应复核日期", 1.1),
    L.Column("rule", "复核依据", 1.8, "LEFT"),
    L.Column("note", "备注", 0.7),
)


@dataclass(frozen=True)
class PlanLine:
    """One planned visit, in printed words (labels already resolved)."""
    day: dt.date
    village: str
    head: str
    category: str
    due: dt.date
    rule: str
    late: bool
    filed: bool = False


@dataclass(frozen=True)
class DueLine:
    """One household of the due (or overdue) list, in printed words (labels already resolved)."""
    village: str
    head: str
    hukou: str
    category: str
    due: dt.date
    rule: str
    base: dt.date | None
    overdue_days: int
    filed: bool = False
    note: str = ""  # the household's 就业渐退 (``exit_note``)


def exit_note(state: str, last_paid_month: dt.date, stop_month: dt.date) -> str:
    """What the clerk visiting a household in 渐退 after stable work needs on paper: how far
    the benefit is paid and from which month it stops (``state``: an ``ExitState``)."""
    return EXIT_NOTES[ExitState(state)].format(last=f"{last_paid_month.year}年{last_paid_month.month}月",
                                    stop=f"{stop_month.year}年{stop_month.month}月")


def due_document(title: str, summary: str, lines: list[DueLine]) -> forms.FormDoc:
    rows = tuple({"village": r.village, "head": r.head + (FILED_MARK if r.filed else ""), "hukou": r.hukou,
                  "category": r.category, "due": r.due.isoformat(), "rule": r.rule,
                  "base": r.base.isoformat() if r.base else "",
                  "overdue": OVERDUE_DAYS.format(r.overdue_days) if r.overdue_days else "", "note": r.note}
                 for r in lines)
    sections: list = [forms.Text(part) for part in summary.split("\n") if part]
    sections.append(forms.Grid("", DUE_COLUMNS, rows, min_rows=1))
    return forms.FormDoc(title, tuple(sections))


def day_text(day: dt.date) -> str:
    """2027-01-04 周一: the weekday in Chinese whatever the window's language."""
    return f"{day.isoformat()} {WEEKDAYS[day.weekday()]}"


def plan_title(village: str, start: dt.date) -> str:
    return PLAN_TITLE.format(village=f"{village} " if village else "", year=start.year,
                             quarter=(start.month - 1) // 3 + 1)


def plan_document(title: str, summary: str, lines: list[PlanLine]) -> forms.FormDoc:
    rows = tuple({"day": day_text(r.day), "village": r.village, "head": r.head + (FILED_MARK if r.filed else ""),
                  "category": r.category, "due": r.due.isoformat(), "rule": r.rule, "note": LATE if r.late else ""}
                 for r in lines)
    sections: list = [forms.Text(part) for part in summary.split("\n") if part]
    sections.append(forms.Grid("", PLAN_COLUMNS, rows, min_rows=1))
    return forms.FormDoc(title, tuple(sections))


def render(path: str | Path, doc: forms.FormDoc) -> RenderInfo:
    """On A4 across: the village's column holds a long name on two lines, the due list's 备注 a
    渐退's months, and the dates stay on one line."""
    return forms.render(path, doc, L.PageSpec("A4", True, 12))
