"""`dibao-desk recovery list|show|add|receive|plan|write-off`: the 追回 register."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dibao_desk import messages
from dibao_desk.cli.common import (
    BadInput, command_group, context, fail, guarded, hidden_today, parse_date, today_of,
)
from dibao_desk.cli.table import NAME, print_table
from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.payroll import PayrollKind
from dibao_desk.domain.periods import period_of
from dibao_desk.domain.recovery import InstalmentKind, RecoveryMethod, RecoverySource, RecoveryStatus

label = messages.label


def _month(text: str | None) -> dt.date | None:
    """The month typed (2026-03, 2026-3, 2026年3月; a day in it, 2026-03-15), else BadInput."""
    if not text:
        return None
    found = period_of(text)
    if found is not None and not found.is_quarter:
        return found.first
    try:
        return dt.date.fromisoformat(text.strip()).replace(day=1)
    except ValueError:
        fail(f"月份“{text}”格式不对，应为 YYYY-MM（也可写 2026年3月）")
        raise BadInput from None


def _fen(text: str) -> int:
    try:
        return yuan_to_fen(text)
    except ValueError:
        fail(f"金额“{text}”不是数字，应以元为单位，如 450 或 450.50")
        raise BadInput from None


def register(sub: Any) -> None:
    rs = command_group(sub, "recovery", "追回登记：应追回的保障金、分期收回（退回或扣减）、核销", "recovery_command")
    x = rs.add_parser("list", help="列出追回登记及尚欠金额")
    x.add_argument("--status", default=RecoveryStatus.OPEN, choices=[*[str(s) for s in RecoveryStatus], "all"],
                   help="open 待追回（默认）/ settled 已追回 / written_off 已核销 / all 全部")
    x.add_argument("--household", type=int, metavar="户编号")
    x.set_defaults(handler=guarded(run_list))
    x = rs.add_parser("show", help="显示一条追回登记及每次收回")
    x.add_argument("entry_id", type=int, metavar="编号")
    x.set_defaults(handler=guarded(run_show))
    x = rs.add_parser("add", help="登记一笔应追回的保障金")
    x.add_argument("--household", type=int, required=True, metavar="户编号")
    x.add_argument("--source", required=True, choices=[str(s) for s in RecoverySource],
                   help="cancellation 取消追溯 / change 变更追溯 / false_declaration 虚报冒领 / "
                        "bank_error 银行差错 / other 其他")
    x.add_argument("--reference", required=True, metavar="文号", help="追回决定的文号")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="决定日期（默认今天）")
    x.add_argument("--amount", required=True, metavar="元")
    x.add_argument("--from-month", metavar="YYYY-MM", help="所属月份起")
    x.add_argument("--to-month", metavar="YYYY-MM", help="所属月份止")
    x.add_argument("--method", choices=[str(m) for m in RecoveryMethod],
                   help="deduct 从以后发放中扣减 / cash 现金退回（默认：仍在发放的扣减，否则退回）")
    x.add_argument("--per-month", default="0", metavar="元", help="每月扣减金额（默认一次扣完）")
    x.add_argument("--followup", type=int, metavar="编号", help="核对预警确认隐瞒时登记的追回事项")
    x.add_argument("--note", default="")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_add))
    x = rs.add_parser("receive", help="登记一次收回：现金退回（收据号）或从发放中扣减（造册期间和序号）")
    x.add_argument("entry_id", type=int, metavar="编号")
    x.add_argument("--amount", required=True, metavar="元")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="收回日期（默认今天）")
    x.add_argument("--receipt", default="", metavar="收据号")
    x.add_argument("--deducted", action="store_true", help="从发放中扣减（不是现金退回）")
    x.add_argument("--line", type=int, metavar="序号",
                   help="扣减所在的造册行：造册上印的序号（payroll show 第一列），须同时写 --period")
    x.add_argument("--period", default="", metavar="YYYY-MM|YYYYQn", help="扣减所在的造册期间")
    x.add_argument("--kind", dest="roster_kind", choices=[k.value for k in PayrollKind],
                   default=PayrollKind.REGULAR.value, help="扣减所在的造册类型：regular 常规（默认）、back_pay 补发、subsidy 专项补贴")
    x.add_argument("--name", dest="roster_name", default="", help="专项补贴或补发造册的名称")
    x.add_argument("--note", default="")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_receive))
    x = rs.add_parser("plan", help="改变追回方式：从以后发放中扣减（每月多少）或现金退回")
    x.add_argument("entry_id", type=int, metavar="编号")
    x.add_argument("--method", required=True, choices=[str(m) for m in RecoveryMethod],
                   help="deduct 从以后发放中扣减 / cash 现金退回")
    x.add_argument("--per-month", default="0", metavar="元", help="每月扣减金额（默认一次扣完）")
    x.set_defaults(handler=guarded(run_plan))
    x = rs.add_parser("write-off", help="核销无法追回的余额（审核人或管理员）")
    x.add_argument("entry_id", type=int, metavar="编号")
    x.add_argument("--reason", required=True, metavar="理由")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="核销日期（默认今天）")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_write_off))


def _months(e) -> str:
    if e.first_month is None:
        return ""
    last = e.last_month or e.first_month
    return f"{e.first_month:%Y-%m}" if last == e.first_month else f"{e.first_month:%Y-%m}..{last:%Y-%m}"


def run_list(args) -> int:
    from dibao_desk.services import recovery

    status = None if args.status == "all" else args.status
    rows = recovery.list_entries(context(args).uow(), status=status, household_id=args.household)
    if not rows:
        print("没有追回登记。")
        return 0
    print_table([(e.id, e.household_id, e.head_name, label("recovery_source", e.source), e.decided_on.isoformat(),
                  _months(e), fen_to_yuan(e.amount_fen), fen_to_yuan(e.received_fen), fen_to_yuan(e.awaiting_fen),
                  fen_to_yuan(e.balance_fen), label("recovery_status", e.shown_status)) for e in rows],
                ("编号", "户编号", "户主", "原因", "决定日期", "所属月份", "应追回", "已收回", "待银行回执", "尚欠", "状态"),
                right={0, 1, 6, 7, 8, 9}, limits={2: NAME})
    awaiting = sum(e.awaiting_fen for e in rows)
    print(f"共 {len(rows)} 条，尚欠合计 {fen_to_yuan(sum(e.balance_fen for e in rows))} 元"
          + (f"；另有已扣减 {fen_to_yuan(awaiting)} 元待银行回执（银行回盘为成功后才计为已收回）。" if awaiting else "。"))
    return 0


def run_show(args) -> int:
    from dibao_desk.services import recovery

    e = recovery.get_entry(context(args).uow(), args.entry_id)
    print(f"追回登记 {e.id}：{e.village} {e.head_name}（户 {e.household_id}）")
    print(f"原因：{label('recovery_source', e.source)}　文号：{e.reference or '（账册决定 ' + str(e.ledger_decision_id) + '）'}"
          f"　决定日期：{e.decided_on.isoformat()}　所属月份：{_months(e) or '—'}")
    plan = label("recovery_method", e.method)
    if e.method is RecoveryMethod.DEDUCT:
        plan += f"，每月 {fen_to_yuan(e.per_month_fen)} 元" if e.per_month_fen else "，一次扣完"
    waiting = f"已扣减待银行回执 {fen_to_yuan(e.awaiting_fen)} 元，" if e.awaiting_fen else ""
    print(f"应追回 {fen_to_yuan(e.amount_fen)} 元，已收回 {fen_to_yuan(e.received_fen)} 元，{waiting}"
          f"尚欠 {fen_to_yuan(e.balance_fen)} 元；{label('recovery_status', e.shown_status)}；{plan}")
    if e.write_off_reason:
        print(f"核销理由：{e.write_off_reason}（{e.closed_on.isoformat() if e.closed_on else ''}）")
    print_table([(i.on.isoformat(), label("recovery_instalment", i.kind), f"{fen_to_yuan(i.amount_fen)} 元",
                  (f"收据号 {i.receipt_no}" if i.receipt_no else f"造册 {i.period} 第 {i.line_position or '—'} 行")
                  + ("  待银行回执" if i.awaiting_bank else "")) for i in e.instalments], right={2}, indent="  ")
    return 0


def run_add(args) -> int:
    from dibao_desk.services import recovery

    today = today_of(args)
    e = recovery.add(context(args).uow(), args.household, args.source, args.reference, parse_date(args.date, today),
                     _fen(args.amount), first_month=_month(args.from_month),
                     last_month=_month(args.to_month) or _month(args.from_month), note=args.note,
                     method=args.method, per_month_fen=_fen(args.per_month), followup_id=args.followup, today=today)
    print(f"已登记追回 {e.id}：{e.head_name} 应追回 {fen_to_yuan(e.amount_fen)} 元，"
          f"{label('recovery_method', e.method)}。")
    return 0


def run_receive(args) -> int:
    from dibao_desk.services import recovery

    today = today_of(args)
    kind = InstalmentKind.DEDUCTION if args.deducted else InstalmentKind.CASH
    e = recovery.receive(context(args).uow(), args.entry_id, _fen(args.amount), parse_date(args.date, today),
                         kind=kind, receipt_no=args.receipt, position=args.line, period=args.period,
                         roster_kind=args.roster_kind, roster_name=args.roster_name, note=args.note, today=today)
    print(f"已登记收回：追回 {e.id} 尚欠 {fen_to_yuan(e.balance_fen)} 元（{label('recovery_status', e.shown_status)}）。")
    return 0


def run_write_off(args) -> int:
    from dibao_desk.services import recovery

    today = today_of(args)
    e = recovery.write_off(context(args).uow(), args.entry_id, args.reason, parse_date(args.date, today), today=today)
    print(f"已核销追回 {e.id}：{e.write_off_reason}")
    return 0


def run_plan(args) -> int:
    from dibao_desk.services import recovery

    e = recovery.change_plan(context(args).uow(), args.entry_id, args.method, _fen(args.per_month))
    plan = label("recovery_method", e.method)
    if e.method is RecoveryMethod.DEDUCT:
        plan += f"，每月 {fen_to_yuan(e.per_month_fen)} 元" if e.per_month_fen else "，一次扣完"
    print(f"追回 {e.id}：{plan}。")
    return 0
