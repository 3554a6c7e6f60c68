"""`dibao-desk certificate issue|show|print`: the 低保证 of a granted household."""

from __future__ import annotations

import datetime as dt

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, hidden_today, report_rule_error, today_of
from dibao_desk.domain.certificate import IssueKind
from dibao_desk.domain.problems import RuleError


def register(sub) -> None:
    p = sub.add_parser("certificate", help="低保证：新发、换发、补发、查看、打印")
    what = p.add_subparsers(dest="what", metavar="操作")
    i = what.add_parser("issue", help="发证：新发（默认）、换发或补发（须写原因）")
    i.add_argument("--household", required=True, type=int, metavar="ID", help="户编号")
    i.add_argument("--kind", choices=[k.value for k in IssueKind], default=IssueKind.NEW,
                   help="new 新发 / reissue 换发 / replace 补发")
    i.add_argument("--reason", default="", metavar="原因", help="补发的原因（遗失、损毁……）")
    i.add_argument("--date", metavar="YYYY-MM-DD", help="发证日期（默认今天）")
    hidden_today(i)
    i.set_defaults(handler=run_issue)
    s = what.add_parser("show", help="一户的低保证及其历次发放")
    s.add_argument("--household", required=True, type=int, metavar="ID", help="户编号")
    s.set_defaults(handler=run_show)
    r = what.add_parser("print", help="把有效的低保证打印到证件本上（PDF）")
    r.add_argument("--household", required=True, type=int, metavar="ID", help="户编号")
    r.add_argument("--offset-x", type=float, default=None, metavar="毫米",
                   help="这一次的打印机偏移：向右为正（默认用保存的偏移）")
    r.add_argument("--offset-y", type=float, default=None, metavar="毫米",
                   help="这一次的打印机偏移：向下为正（默认用保存的偏移）")
    r.add_argument("--proof", action="store_true", help="连同证件上的字样和边框打在白纸上，用来对位")
    r.add_argument("--out", required=True, metavar="FILE.pdf", help="写入的 PDF 文件")
    hidden_today(r)
    r.set_defaults(handler=run_print)
    b = what.add_parser("batch", help="一次打印某段日期内发放的全部有效低保证（每证一页）")
    b.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD", help="发证日期从")
    b.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD", help="发证日期到")
    b.add_argument("--village", metavar="村名", help="只打印这个村（社区）的（默认全部）")
    b.add_argument("--on", metavar="YYYY-MM-DD",
                   help="按哪天的发放打印（默认今天）：决定哪些户在发放、打印的人数和金额；当月暂停发放的户不打印")
    b.add_argument("--out", required=True, metavar="FILE.pdf", help="写入的 PDF 文件")
    hidden_today(b)
    b.set_defaults(handler=run_batch)
    o = what.add_parser("offset", help="查看或保存打印机偏移（毫米）；--test 打印对位测试页")
    o.add_argument("--x", type=float, metavar="毫米", help="向右为正")
    o.add_argument("--y", type=float, metavar="毫米", help="向下为正")
    o.add_argument("--test", metavar="FILE.pdf", help="按（新）偏移写一张对位测试页")
    o.set_defaults(handler=run_offset)
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])


def _line(c) -> str:
    kind = messages.label("certificate_kind", c.kind)
    state = messages.label("certificate_state", c.state)
    reason = f"（{c.reason}）" if c.reason else ""
    ended = f"，{c.ended_on:%Y-%m-%d} 止" if c.ended_on else ""
    return f"{c.number}　{kind}{reason}　{c.issued_on:%Y-%m-%d}　{state}{ended}"


def run_issue(args) -> int:
    from dibao_desk.services import certificate

    today = today_of(args)
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
    try:
        rows = certificate.history(ctx.uow(), args.household)
    except RuleError as exc:
        return report_rule_error(exc)
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
                                               offset_y_mm=args.offset_y, proof=args.proof,
                                               on=today_of(args))
    except RuleError as exc:
        return report_rule_error(exc)
    for p in result.problems:
        print("注意：" + messages.text(p))
    print(f"已写入 {result.path}（{result.title}）")
    return 0


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"日期“{text}”格式不对，应为 YYYY-MM-DD")
        return None


def run_batch(args) -> int:
    from dibao_desk.services import certificate, printing

    first, last = _day(args.first), _day(args.last)
    on = _day(args.on) if args.on else today_of(args)
    if first is None or last is None or on is None:
        return 2
    ctx = context(args)
    try:
        village_id = printing.village_id_by_name(ctx.uow(), args.village) if args.village else None
        ids = certificate.issued_between(ctx.uow(), first, last, village_id)
        result = certificate.print_certificates(ctx.uow(), ids, args.out, on=on)
    except RuleError as exc:
        return report_rule_error(exc)
    for p in result.problems:
        if p not in result.skipped:
            print("注意：" + messages.text(p))
    print(f"已写入 {result.path}（{result.title}，{result.pages} 页，按 {on.year}年{on.month}月 的发放）")
    if result.skipped:  # after the print: who did not get a booklet, and why
        print(f"以下 {len(result.skipped)} 户暂停发放，未打印低保证：")
        for p in result.skipped:
            print("  " + messages.text(p))
    return 0


def run_offset(args) -> int:
    from dibao_desk.services import certificate

    ctx = context(args)
    try:
        if args.x is not None or args.y is not None:
            now = certificate.printer_offset(ctx.uow())
            certificate.set_printer_offset(ctx.uow(), now.x_mm if args.x is None else args.x,
                                           now.y_mm if args.y is None else args.y)
        offset = certificate.printer_offset(ctx.uow())
        print(f"低保证打印偏移：向右 {offset.x_mm:g} 毫米，向下 {offset.y_mm:g} 毫米")
        if args.test:
            result = certificate.print_calibration(ctx.uow(), args.test)
            x_mm, y_mm = certificate.calibration_cross_mm(offset)
            print(f"已写入对位测试页 {result.path}：十字中心应距纸张左边 {x_mm:g} 毫米、上边 {y_mm:g} 毫米，"
                  "量出差值后调整偏移")
    except RuleError as exc:
        return report_rule_error(exc)
    return 0
