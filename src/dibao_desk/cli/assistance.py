"""`dibao-desk assistance`: linked assistance (1+X) given to a household or its members."""

from __future__ import annotations

import datetime as dt

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, guarded, hidden_today, report_rule_error, today_of
from dibao_desk.cli.table import NAME, print_table
from dibao_desk.domain.assistance import AssistanceDraft, AssistanceKind
from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.problems import RuleError


def register(sub) -> None:
    p = sub.add_parser("assistance", help="联动救助（1+X）：代缴参合金、医疗、教育、住房、取暖、临时救助")
    s = p.add_subparsers(dest="assistance_command", metavar="子命令")
    ls = s.add_parser("list", help="列出一户得到的联动救助，以及取消低保时会同时失去的救助")
    ls.add_argument("--household", type=int, required=True, metavar="户编号")
    ls.set_defaults(handler=run_list)
    a = s.add_parser("add", help="登记一笔联动救助")
    a.add_argument("--household", type=int, required=True, metavar="户编号")
    a.add_argument("--kind", required=True, choices=[k.value for k in AssistanceKind],
                   help="；".join(f"{k.value}={messages.label('assistance_kind', k.value)}" for k in AssistanceKind))
    a.add_argument("--amount", required=True, metavar="元", help="金额（元）")
    a.add_argument("--date", metavar="YYYY-MM-DD", help="给予日期（默认今天）")
    a.add_argument("--giver", required=True, metavar="单位", help="给予救助的单位，如 县医保局")
    a.add_argument("--member", default="", metavar="身份证号", help="给某位成员的（不填为给全户的）")
    a.add_argument("--note", default="", metavar="说明")
    hidden_today(a)
    a.set_defaults(handler=guarded(run_add))
    r = s.add_parser("remove", help="删除一条登记错了的救助记录")
    r.add_argument("item", type=int, metavar="记录编号")
    r.set_defaults(handler=run_remove)
    p.set_defaults(handler=lambda args: (p.print_help(), 0)[1])


# a name, or a member who left named by the ID number with （已不在本户）: each fits whole
WHOSE = NAME + 14


def run_list(args) -> int:
    from dibao_desk.services import assistance

    ctx = context(args)
    try:
        items = assistance.list_for(ctx.uow(), args.household)
        lost = assistance.lost_on_cancel(ctx.uow(), args.household)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    if not items:
        print(f"第 {args.household} 户没有登记联动救助。")
        return 0
    print_table([(i.id, i.given_on.isoformat(), messages.label("assistance_kind", i.kind), fen_to_yuan(i.amount_fen),
                  i.member_name or "全户", i.giver) for i in items],
                ("编号", "日期", "类别", "金额（元）", "对象", "单位"), right={0, 3}, limits={4: WHOSE})
    if lost:
        print(messages.text("assistance.cliff", items=cliff_items(lost)))
    return 0


def cliff_items(lost) -> str:
    return "；".join(f"{messages.label('assistance_kind', h.kind)} {fen_to_yuan(h.year_fen)} 元" for h in lost)


def run_add(args) -> int:
    from dibao_desk.services import assistance

    try:
        amount = yuan_to_fen(args.amount)
    except ValueError:
        fail(f"金额“{args.amount}”不是数字")
        return 2
    today = today_of(args)
    try:
        on = dt.date.fromisoformat(args.date) if args.date else today
    except ValueError:
        fail(f"日期“{args.date}”格式不对，应为 YYYY-MM-DD")
        return 2
    draft = AssistanceDraft(args.kind, amount, on, args.giver, args.member.strip().upper(), args.note)
    ctx = context(args)
    try:
        info = assistance.add(ctx.uow(), args.household, draft, today)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"已登记第 {info.id} 条：{messages.label('assistance_kind', info.kind)} {fen_to_yuan(info.amount_fen)} 元，"
          f"{info.given_on.isoformat()}，{info.member_name or '全户'}，{info.giver}")
    return 0


def run_remove(args) -> int:
    from dibao_desk.services import assistance

    ctx = context(args)
    try:
        assistance.remove(ctx.uow(), args.item)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"已删除第 {args.item} 条救助记录。")
    return 0
