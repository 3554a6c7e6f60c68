"""`dibao-desk stats`: the figures of a month, a quarter or a year, the report as PDF and workbook, the 台账."""

from __future__ import annotations

from pathlib import Path

from dibao_desk import messages
from dibao_desk.cli import table as terminal_table
from dibao_desk.cli.common import context, fail, guarded, hidden_today, report_rule_error, today_of
from dibao_desk.domain.periods import month_period, report_period_of
from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.statistics import Table, cell_text as cell


FIRST_YEAR = 1900  # the figures look back twelve months: a period of year 1 would reach year 0


def register(sub) -> None:
    p = sub.add_parser("stats", help="统计：基本情况、增减变动、资金、各村、复核、联动救助；可写成 PDF 月报和 Excel")
    p.add_argument("--period", metavar="YYYY-MM|YYYYQn|YYYY",
                   help="统计期：某月（2026-11）、某季度（2026Q4）或某年（2026），默认本月")
    p.add_argument("--village", metavar="名称", help="只统计这个村（社区）")
    p.add_argument("--pdf", metavar="FILE", help="把月报（季报、年报）写成 PDF")
    p.add_argument("--xlsx", metavar="FILE", help="把同样的表写成 Excel 工作簿（每表一页）")
    p.add_argument("--book", metavar="FILE", help="把台账（每户一行）写成 Excel 工作簿")
    hidden_today(p)
    p.set_defaults(handler=guarded(run))


def show(table: Table) -> str:
    lines = [f"【{table.title}】" + (f"（{table.note}）" if table.note else "")]
    rows = [tuple(cell(v, k) for v, k in zip(r, table.kinds)) for r in table.all_rows]
    lines += terminal_table.lines(rows, table.headers, right=range(1, len(table.headers)))
    return "\n".join(lines)


def run(args) -> int:
    from dibao_desk.services import statistics

    today = today_of(args)
    period = report_period_of(args.period) if args.period else month_period(today)
    if period is None or period.first.year < FIRST_YEAR:
        fail(messages.text("stats.period", value=args.period))
        return 2
    ctx = context(args)
    try:
        village_id = None
        if args.village:
            from dibao_desk.services import office

            found = [v.id for v in office.list_villages(ctx.uow()) if v.name == args.village.strip()]
            if not found:
                fail(messages.text("stats.village", value=args.village))
                return 2
            village_id = found[0]
        o = statistics.write_report(ctx.uow(), period, village_id,
                                    pdf=Path(args.pdf) if args.pdf else None,
                                    xlsx=Path(args.xlsx) if args.xlsx else None,
                                    book=Path(args.book) if args.book else None, today=today)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    for t in statistics.tables(o):
        print(show(t))
        print()
    for label, path in (("PDF", args.pdf), ("Excel", args.xlsx), ("台账", args.book)):
        if path:
            print(f"已写入{label}：{path}")
    return 0
