"""`dibao-desk payroll make|sign|report|show|list|print`: payment rosters (造册) from the ledger."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dibao_desk import messages
from dibao_desk.cli.common import BadInput, context, fail, hidden_today, parse_date, report_rule_error
from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.payroll import PayrollKind
from dibao_desk.domain.problems import RuleError

KINDS = tuple(k.value for k in PayrollKind)


def register(sub) -> None:
    p = sub.add_parser("payroll", help="保障金造册：按月或按季度造册、主管领导审核、报县、打印")
    psub = p.add_subparsers(dest="payroll_command", metavar="子命令", required=True)

    def period_args(q, required: bool = True) -> None:
        q.add_argument("--period", metavar="YYYY-MM|YYYYQn", required=required,
                       help="造册期间：月份（如 2026-12）或季度（如 2026Q4）")
        q.add_argument("--kind", choices=KINDS, default=PayrollKind.REGULAR.value,
                       help="造册类型：regular 常规（默认）、back_pay 补发、subsidy 专项补贴")
        q.add_argument("--name", default="", help="专项补贴的名称（如：春节慰问金）；补发造册可写批次名")

    q = psub.add_parser("make", help="按保障金台账造册（草稿可重新造册；已审核的造册不能再改）")
    period_args(q, required=False)
    q.add_argument("--amount", metavar="元", help="专项补贴金额")
    q.add_argument("--per", choices=("household", "person"), default="household",
                   help="专项补贴按每户（household，默认）或每人（person）")
    q.add_argument("--class", dest="classes", action="append", default=[], metavar="类别",
                   help="专项补贴只发这些类别（class1、class2、class3，可重复）")
    q.add_argument("--village", dest="villages", action="append", default=[], metavar="名称",
                   help="专项补贴只发这些村（社区），可重复")
    q.add_argument("--resend-unchanged", action="store_true",
                   help="补发造册：银行回盘失败而账号没有更正的转账（如账户已解冻、银行方差错），核实后按原账号重发")
    hidden_today(q)
    q.set_defaults(handler=run_make)

    q = psub.add_parser("sign", help="主管领导审核造册（审核后锁定，并把造册月份记为已发放）")
    period_args(q)
    q.add_argument("--leader", required=True, metavar="姓名", help="审核的主管领导姓名")
    q.add_argument("--on", metavar="YYYY-MM-DD", help="审核日期（默认今天；不能晚于今天，也不能早于造册日期）")
    hidden_today(q)
    q.set_defaults(handler=run_sign)

    q = psub.add_parser("report", help="记录已审核的造册已报县")
    period_args(q)
    q.add_argument("--on", metavar="YYYY-MM-DD", help="报县日期（默认今天；不能晚于今天，也不能早于审核日期）")
    hidden_today(q)
    q.set_defaults(handler=run_report)

    q = psub.add_parser("show", help="列出一份造册：每行收款人、金额、说明，按村、类别、城乡、资金来源合计")
    period_args(q)
    q.add_argument("--totals", action="store_true", help="只列合计，不列每一行")
    q.set_defaults(handler=run_show)

    q = psub.add_parser("list", help="列出所有造册及其状态")
    q.set_defaults(handler=run_list)

    q = psub.add_parser("cycle", help="查看或设置本乡镇的造册周期（按月或按季度）")
    q.add_argument("unit", nargs="?", choices=("month", "quarter"), help="month 按月，quarter 按季度；不填则只显示")
    hidden_today(q)
    q.set_defaults(handler=run_cycle)

    q = psub.add_parser("print", help="打印造册（PDF，A4 横向，供主管领导签字）")
    period_args(q)
    q.add_argument("--out", required=True, metavar="FILE.pdf", help="写到这个 PDF 文件")
    q.set_defaults(handler=run_print)


def _date(text: str | None, today: dt.date | None = None) -> dt.date | None:
    """A date argument, or ``today`` (the real day) when not given; None when it was refused
    (said: a day that does not exist, 2026-02-30, is named as such; full-width digits read)."""
    try:
        return parse_date(text, today or dt.date.today())
    except BadInput:
        return None


def _roster(ctx, args):
    from dibao_desk.services import payroll

    found = payroll.find(ctx.uow(), args.period, args.kind, args.name)
    if found is None:
        fail(f"{args.period} 还没有{messages.label('payroll_kind', args.kind)}造册，请先用 payroll make 造册")
    return found


def _headline(r) -> str:
    kind = messages.label("payroll_kind", r.kind.value) + (f"（{r.name}）" if r.name else "")
    signed = f"，审核：{r.reviewed_by} {r.reviewed_on.isoformat()}" if r.reviewed_on else ""
    status = messages.label("payroll_status", r.status.value) + ("（无法审核）" if r.blocked is not None else "")
    return (f"[{r.id}] {r.period} {kind}造册　{status}{signed}　"
            f"{r.households} 户 {r.persons} 人　{fen_to_yuan(r.total_fen)} 元"
            + (f"　另列不发放 {r.zero_households} 户" if r.zero_households else ""))


def run_make(args) -> int:
    from dibao_desk.services import payroll

    today = _date(getattr(args, "today", None))
    if today is None:
        return 2
    ctx = context(args)
    try:
        period = args.period or payroll.default_period(ctx.uow(), today, args.kind)
        rule = None
        if args.kind == PayrollKind.SUBSIDY:
            if not args.amount or not re.fullmatch(r"\s*\d+(\.\d{1,2})?\s*", args.amount):
                fail("专项补贴请用 --amount 填写金额（元），如 --amount 200")
                return 2
            try:
                amount = yuan_to_fen(args.amount.strip())
            except ValueError:  # digits beyond any amount's precision
                fail(f"专项补贴金额 {args.amount.strip()} 元大得不合常理（上限 1000 万元），请核对是否多输了位数")
                return 2
            rule = payroll.subsidy_rule(args.name, args.per, amount, args.classes, args.villages)
        back_pay = args.kind == PayrollKind.BACK_PAY
        if args.resend_unchanged and not back_pay:
            fail("--resend-unchanged 只用于补发造册（--kind back_pay）")
            return 2
        unchanged = payroll.unchanged_failed(ctx.uow()) if back_pay else []
        r = payroll.make(ctx.uow(), period, args.kind, today=today, name=args.name, subsidy=rule,
                         resend_unchanged=args.resend_unchanged)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(_headline(r))
    print(f"    补差 {fen_to_yuan(r.benefit_fen)} 元，分类施保/加发 {fen_to_yuan(r.supplement_fen)} 元，"
          f"补发 {fen_to_yuan(r.back_pay_fen)} 元，追回 {fen_to_yuan(r.recovery_fen)} 元"
          + (f"，专项补贴 {fen_to_yuan(r.subsidy_total_fen)} 元" if r.subsidy_total_fen else ""))
    for p in r.warnings:  # a dead household still paid: signing will refuse it
        print(f"注意：{messages.text(p)}")
    if unchanged:
        said = "已按原账号列入重发" if args.resend_unchanged else "账号没有更正，未列入"
        print(f"银行回盘失败的转账 {len(unchanged)} 笔{said}：")
        for f in unchanged[:30]:
            print(f"  {f.period} 造册第 {f.position} 行 {f.name} 账号 {f.account} {fen_to_yuan(f.total_fen)} 元"
                  f"（{f.bank_reason or '失败'}）")
        if not args.resend_unchanged:
            print("如已与银行核实原账号可以入账（如账户已解冻、银行方差错），加 --resend-unchanged 重新造册即列入重发；"
                  "否则请先更正这些户的账号。")
    return 0


def run_sign(args) -> int:
    from dibao_desk.services import payroll

    today = _date(getattr(args, "today", None))
    on = _date(args.on, today) if today is not None else None
    if on is None or today is None:
        return 2
    ctx = context(args)
    try:
        found = _roster(ctx, args)
        if found is None:
            return 1
        r = payroll.sign(ctx.uow(), found.id, args.leader, on, today=today)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(_headline(r))
    for p in r.warnings:  # accounts the bank file will leave out: checked before it goes
        print(f"提示：{messages.text(p)}")
    return 0


def run_report(args) -> int:
    from dibao_desk.services import payroll

    today = _date(getattr(args, "today", None))
    on = _date(args.on, today) if today is not None else None
    if on is None or today is None:
        return 2
    ctx = context(args)
    try:
        found = _roster(ctx, args)
        if found is None:
            return 1
        r = payroll.report(ctx.uow(), found.id, on, today=today)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(_headline(r))
    return 0


def _total_cells(label: str, t: Any) -> tuple[str, ...]:
    return (label, f"{t.households} 户", f"{t.persons} 人", "补差", fen_to_yuan(t.benefit_fen),
            "分类施保/加发", fen_to_yuan(t.supplement_fen), "补发/追回/补贴", fen_to_yuan(t.adjustment_fen),
            "合计", fen_to_yuan(t.total_fen))


def run_show(args) -> int:
    from dibao_desk.services import payroll

    ctx = context(args)
    try:
        found = _roster(ctx, args)
        if found is None:
            return 1
        s = payroll.summary(ctx.uow(), found.id)
        rows = [] if args.totals else payroll.lines(ctx.uow(), found.id)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(_headline(s.roster))
    kinds = messages.LABELS.get("payroll_line_kind", {})
    apart = [x for x in rows if x.zero]
    from dibao_desk.cli.table import NAME, lines, print_table

    from dibao_desk.printing.payroll import payee  # 收款人: the holder, with the head when another

    print_table([(x.position, x.village, payee(x), x.id_number, x.account or "（无账号）",
                  kinds.get(x.line_kind.value, x.line_kind.value), f"{x.persons} 人", f"{x.months} 月",
                  fen_to_yuan(x.total_fen), x.reason
                  + (f"  [{messages.label('bank_status', x.bank_status)}]" if x.bank_status else ""))
                 for x in rows if not x.zero], right={0, 6, 7, 8}, limits={1: NAME, 2: NAME})
    if apart:
        print("不发放（0 元）或另行处理：")
        print_table([(x.position, x.village, payee(x), fen_to_yuan(x.total_fen), x.reason) for x in apart],
                    right={0, 3}, limits={1: NAME, 2: NAME})
    totals: list[tuple[str | None, tuple[str, ...]]] = [("按村（社区）：", ())]
    totals += [(None, _total_cells(t.key, t)) for t in s.by_village]
    totals += [("按类别：", ())] + [(None, _total_cells(messages.label("category", t.key) or "—", t))
                                  for t in s.by_category]
    totals += [("城乡：", ())] + [(None, _total_cells(messages.label("hukou_type", t.key), t)) for t in s.by_hukou]
    totals += [(None, _total_cells("合计", s.total))]
    if s.by_source:
        totals += [("资金来源：", ())] + [
            (None, _total_cells(f"{messages.label('fund_source', src.source)} {src.share_bp / 100:g}%", src))
            for src in s.by_source]
    aligned = iter(lines([cells for heading, cells in totals if heading is None],
                         right={1, 2, 4, 6, 8, 10}, limits={0: NAME}, indent="  "))
    for heading, _ in totals:
        print(heading if heading is not None else next(aligned))
    if s.no_account:
        print(f"注意：{s.no_account} 行没有银行账号。")
    return 0


def run_list(args) -> int:
    from dibao_desk.services import payroll

    ctx = context(args)
    try:
        found = payroll.rosters(ctx.uow())
    finally:
        ctx.close()
    if not found:
        print("还没有造册。")
    for r in found:
        print(_headline(r))
        if r.blocked is not None:  # a draft whose months signed rosters of other periods pay
            print(f"    无法审核：{messages.text(r.blocked)}")
    return 0


def run_print(args) -> int:
    from dibao_desk.services import payroll

    ctx = context(args)
    try:
        found = _roster(ctx, args)
        if found is None:
            return 1
        info = payroll.print_roster(ctx.uow(), found.id, args.out)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"已写入 {args.out}（{info.pages} 页）")
    if info.missing:
        print(f"注意：字库缺少这些字，已用替代字符打印：{''.join(info.missing)}")
    return 0


def run_cycle(args) -> int:
    from dibao_desk.services import payroll

    today = _date(getattr(args, "today", None))
    if today is None:
        return 2
    ctx = context(args)
    try:
        unit = payroll.set_period_unit(ctx.uow(), args.unit) if args.unit else payroll.period_unit(ctx.uow())
        note = payroll.cycle_note(ctx.uow(), today)  # the cycle changed in the middle of a quarter
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"造册周期：{messages.label('payroll_period', unit.value)}")
    if note is not None:
        print(f"注意：{messages.text(note)}")
    return 0
