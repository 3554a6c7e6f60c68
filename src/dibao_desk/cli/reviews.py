"""`dibao-desk reviews ...`: who is due for review, plans, counts, rescheduling."""

from __future__ import annotations

import datetime as dt

from dibao_desk import messages
from dibao_desk.cli.common import BadInput, context, fail, hidden_today, report_rule_error, today_of
from dibao_desk.domain.periods import period_of
from dibao_desk.domain.problems import RuleError


def register(sub) -> None:
    p = sub.add_parser("reviews", help="复核（动态管理）：应复核名单、季度计划、复核统计")
    rs = p.add_subparsers(dest="reviews_command", metavar="子命令")
    d = rs.add_parser("due", help="列出某月应复核（或已逾期）的在保家庭：村、户主、类别、应复核日期、依据")
    d.add_argument("--month", metavar="YYYY-MM", help="哪个月（默认本月）")
    d.add_argument("--overdue", action="store_true", help="只列出今天已逾期的家庭")
    d.add_argument("--village", metavar="名称", help="只列出这个村（社区）")
    d.add_argument("--xlsx", metavar="FILE", help="同时写成 Excel 工作簿")
    d.add_argument("--pdf", metavar="FILE", help="同时写成 PDF（A4 横向，供入户复核时携带）")
    hidden_today(d)
    d.set_defaults(handler=run_due)
    pl = rs.add_parser("plan", help="把一个季度应复核的家庭分到各工作日")
    pl.add_argument("--quarter", metavar="YYYYQn", help="季度：2027Q1（也可写 2027-Q1、2027年第1季度）或季度中的任一月 2027-03（默认本季度）")
    pl.add_argument("--village", metavar="名称")
    pl.add_argument("--xlsx", metavar="FILE", help="写成 Excel 工作簿")
    pl.add_argument("--pdf", metavar="FILE", help="写成 PDF（A4 横向）")
    hidden_today(pl)
    pl.set_defaults(handler=run_plan)
    c = rs.add_parser("counts", help="每月复核结果统计（新增、保留、变更、取消）")
    c.add_argument("--from", dest="first", metavar="YYYY-MM", help="起始月（默认今年 1 月）")
    c.add_argument("--to", dest="last", metavar="YYYY-MM", help="截止月（默认本月）")
    c.set_defaults(handler=run_counts)
    r = rs.add_parser("reschedule", help="按现行复核周期重新计算所有在保家庭的下次复核日期")
    r.set_defaults(handler=run_reschedule)
    p.set_defaults(handler=lambda args: (p.print_help(), 0)[1])


def _month(text: str | None, today: dt.date, quarter: bool = False) -> dt.date | None:
    """The first day of the month typed (2026-03, 2026-3, 2026年3月), or with ``quarter`` of the
    quarter typed (2027Q1, 2027q1, 2027-Q1, 2027年第1季度) or of a month in it; None after
    saying, in Chinese, which forms are read."""
    if not text:
        return today.replace(day=1)
    found = period_of(text)
    if found is not None and (quarter or not found.is_quarter):
        return found.first
    fail(messages.text("reviews.quarter" if quarter else "reviews.month", value=text))
    return None


def _village(ctx, name: str | None) -> tuple[int | None, bool]:
    if not name:
        return None, True
    from dibao_desk.services import reviews

    for vid, vname in reviews.village_choices(ctx.uow()):
        if vname == name.strip():
            return vid, True
    fail(f"没有名为“{name}”的村（社区）")
    return None, False


def _write_failed(path: str, exc: OSError) -> None:
    """Say in Chinese why a workbook could not be written (a folder gone with the stick, a
    folder of that name, the file open in Excel, a full disk), not in the system's words."""
    from dibao_desk.services.errors import is_disk_full, os_problem

    problem = None if is_disk_full(exc) else os_problem(exc)
    if is_disk_full(exc):
        fail(f"{path}：{messages.text('write.disk_full')}")
    elif problem is not None:
        fail(messages.text(problem))
    else:
        fail(messages.text("reviews.write_failed", path=path, error=exc))


def run_due(args) -> int:
    from dibao_desk.services import reviews

    try:
        today = today_of(args)
    except BadInput:
        return 2
    month = _month(args.month, today)
    if month is None:
        return 2
    ctx = context(args)
    village_id, ok = _village(ctx, args.village)
    if not ok:
        return 2
    rows = reviews.due_list(ctx.uow(), month=month, overdue=args.overdue, village_id=village_id, today=today)
    title = f"截至 {today.isoformat()} 逾期未复核" if args.overdue else f"{month.year} 年 {month.month} 月应复核"
    print(f"{title}：{len(rows)} 户")
    from dibao_desk.cli.table import NAME, print_table

    print_table([(r.village, r.head_name + ("（备案）" if r.filed else ""),
                  messages.label("category", r.category) or "—", r.due_date.isoformat(),
                  messages.label("review_rule", r.rule) + (f"（逾期 {r.overdue_days} 天）" if r.overdue_days else ""))
                 for r in rows],
                ("村（社区）", "户主", "类别", "应复核日期", "复核依据"), limits={0: NAME, 1: NAME})
    filed = sum(1 for r in rows if r.filed)
    if filed:  # what the mark means, as under the workbook's total and the quarter plan
        print(messages.text("reviews.filed_note", count=filed))
    if args.xlsx:
        try:
            n = reviews.export_due_list(ctx.uow(), args.xlsx, month=month, overdue=args.overdue,
                                        village_id=village_id, today=today)
        except OSError as exc:
            _write_failed(args.xlsx, exc)
            return 1
        print(f"已写入 {args.xlsx}（{n} 户）")
    if args.pdf:
        try:
            printed = reviews.print_due_list(ctx.uow(), args.pdf, month=month, overdue=args.overdue,
                                             village_id=village_id, today=today)
        except RuleError as exc:  # a folder that is not there, a PDF open in a reader
            return report_rule_error(exc)
        except OSError as exc:
            _write_failed(args.pdf, exc)
            return 1
        print(f"已写入 {printed.path}（{printed.title}，{printed.pages} 页）")
    return 0


def run_plan(args) -> int:
    from dibao_desk.services import reviews

    try:
        today = today_of(args)
    except BadInput:
        return 2
    month = _month(args.quarter, today, quarter=True)
    if month is None:
        return 2
    if month.year >= dt.MAXYEAR and month.month > 9:  # the quarter would end in year 10000
        fail(messages.text("reviews.quarter", value=args.quarter))
        return 2
    ctx = context(args)
    village_id, ok = _village(ctx, args.village)
    if not ok:
        return 2
    plan = reviews.plan_quarter(ctx.uow(), month, village_id=village_id, today=today)
    print(f"{plan.start.isoformat()} 至 {plan.end.isoformat()}：{len(plan.rows)} 户，"
          f"{plan.working_days} 个工作日，每日约 {plan.per_day} 户")
    if plan.left_out:
        print(messages.text(reviews.left_out_problem(plan, today)))
    if plan.approximate:
        print(messages.text("reviews.plan_approximate"))
    from dibao_desk.cli.table import NAME, lines

    day = None
    aligned = lines([(r.village, r.head_name + ("（备案）" if r.filed else ""), f"应复核 {r.due_date.isoformat()}",
                      messages.label("review_rule", r.rule) + ("  已逾期" if r.late else "")) for r in plan.rows],
                    limits={0: NAME, 1: NAME}, indent="    ")
    for r, line in zip(plan.rows, aligned):
        if r.day != day:
            day = r.day
            print(f"{day.isoformat()}（星期{'一二三四五六日'[day.weekday()]}）")
        print(line)
    filed = sum(1 for r in plan.rows if r.filed)
    if filed:
        print(messages.text("reviews.filed_note", count=filed))
    if args.xlsx:
        try:
            reviews.export_plan(ctx.uow(), args.xlsx, plan, args.village or "")
        except OSError as exc:
            _write_failed(args.xlsx, exc)
            return 1
        print(f"已写入 {args.xlsx}")
    if args.pdf:
        try:
            printed = reviews.print_plan(ctx.uow(), args.pdf, plan, args.village or "", today=today)
        except RuleError as exc:  # a folder that is not there, a PDF open in a reader
            return report_rule_error(exc)
        except OSError as exc:
            _write_failed(args.pdf, exc)
            return 1
        print(f"已写入 {printed.path}（{printed.title}，{printed.pages} 页）")
    return 0


def run_counts(args) -> int:
    from dibao_desk.services import reviews

    today = dt.date.today()
    first = _month(args.first or f"{today.year}-01", today)
    last = _month(args.last, today)
    if first is None or last is None:
        return 2
    if first > last:  # an empty table would read as no reviews at all
        fail(messages.text("reviews.months_reversed", first=f"{first:%Y-%m}", last=f"{last:%Y-%m}"))
        return 2
    ctx = context(args)
    from dibao_desk.cli.table import print_table

    print_table([(f"{c.month:%Y-%m}", c.new, c.keep, c.change, c.cancel, c.exit_end, c.work_refused)
                 for c in reviews.outcome_counts(ctx.uow(), first, last)],
                ("月份", "新增", "保留", "变更", "取消", "渐退期满停发", "拒绝就业停发（减发）"),
                right={1, 2, 3, 4, 5, 6})
    print("变更、取消按批准生效的月份计数，未获批准的不计；渐退期满、拒绝就业由程序提出，另列。")
    return 0


def run_reschedule(args) -> int:
    from dibao_desk.services import reviews

    ctx = context(args)
    try:
        n = reviews.reschedule_all(ctx.uow())
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已重新计算 {n} 户的下次复核日期")
    return 0
