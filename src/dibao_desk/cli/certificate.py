"""`dibao-desk certificate issue|show|print`: the 低保证 of a granted household."""

from __future__ import annotations

import datetime as dt

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, report_rule_error
from dibao_desk.domain.problems import RuleError


def register(sub) -> None:
    p = sub.add_parser("certificate", help="低保证：新发、换发、补发、查看、打印")
    what = p.add_subparsers(dest="what", metavar="操作")
    i = what.add_parser("issue", help="发证：新发（默认）、换发或补发（须写原因）")
    i.add_argument("--household", required=True, type=int, metavar="ID", help="户编号")
    i.add_argument("--kind", choices=("new", "reissue", "replace"), default="new",
                   help="new 新发 / reissue 换发 / replace 补发")
    i.add_argument("--reason", default="", metavar="原因", help="补发的原因（遗失、损毁……）")
    i.add_argument("--date", metavar="YYYY-MM-DD", help="发证日期（默认今天）")
    i.set_defaults(handler=run_issue)
    s = what.add_parser("show", help="一户的低保证及其历次发放")
    s.add_argument("--household", required=True, type=int, metavar="ID", help="户编号")
    s.set_defaults(handler=run_show)
    r = what.add_parser("print", help="把有效的低保证打印到证件本上（PDF）")
    r.add_argument("--household", required=True, type=int, metavar="ID", help="户编号")
    r.add_argument("--offset-x", type=float, default=0.0, metavar="毫米", help="打印机偏移：向右为正")
    r.add_argument("--offset-y", type=float, default=0.0, metavar="毫米", help="打印机偏移：向下为正")
    r.add_argument("--proof", action="store_true", help="连同证件上的字样和边框打在白纸上，用来对位")
    r.add_argument("--out", required=True, metavar="FILE.pdf", help="写入的 PDF 文件")
    r.set_defaults(handler=run_print)
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])


def _line(c) -> str:
    kind = messages.label("certificate_kind", c.kind)
    state = messages.label("certificate_state", c.state)
    reason = f"（{c.reason}）" if c.reason else ""
    ended = f"，{c.ended_on:%Y-%m-%d} 止" if c.ended_on else ""
    return f"{c.number}　{kind}{reason}　{c.issued_on:%Y-%m-%d}　{state}{ended}"


def run_issue(args) -> int:
    from dibao_desk.services import certificate

    today = dt.date.today()
    try:
        on = dt.date.fromisoformat(args.date) if args.date else today
    except ValueError:
        fail(f"日期“{args.date}”格式不对，应为 YYYY-MM-DD")
        return 2
    ctx = context(args)
    try:
        c = certificate.issue(ctx.uow(), args.household, args.kind, on, today, args.reason)
    except RuleError as exc:
        return report_rule_error(exc)
    print("已发证：" + _line(c))
    return 0


def run_show(args) -> int:
    from dibao_desk.services import certificate

    ctx = context(args)
    rows = certificate.history(ctx.uow(), args.household)
    if not rows:
        print("该户没有低保证。")
    for c in rows:
        print(_line(c))
    return 0


def run_print(args) -> int:
    from dibao_desk.services import certificate

    ctx = context(args)
    try:
        result = certificate.print_certificate(ctx.uow(), args.household, args.out, offset_x_mm=args.offset_x,
                                               offset_y_mm=args.offset_y, proof=args.proof)
    except RuleError as exc:
        return report_rule_error(exc)
    for p in result.problems:
        print("注意：" + messages.text(p))
    print(f"已写入 {result.path}（{result.title}）")
    return 0
