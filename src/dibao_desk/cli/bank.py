"""Bank commands: ``import-accounts FILE`` (the bank's list of opened accounts), and under
``payroll``: ``bank-file``, ``bank-return``, ``bank-status`` (the payroll feature owns ``payroll
make|sign|show``; these subcommands join its parser, or make it when it is not there)."""

from __future__ import annotations

import argparse

from dibao_desk import messages
from dibao_desk.cli.common import BadInput, context, fail, guarded, hidden_today, parse_date, today_of
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import RuleError
from dibao_desk.printing.mask import mask_account

ROWS_SHOWN = 30


def register(sub) -> None:
    p = sub.add_parser("import-accounts", help="导入银行开户名单（姓名、身份证号、账号、开户行），补填或更正各户的银行账号")
    p.add_argument("file", metavar="FILE", help="银行提供的开户名单（.xlsx / .xls）")
    p.add_argument("--sheet", metavar="NAME", help="工作表名称（默认自动选择有表头的第一张）")
    p.add_argument("--dry-run", action="store_true", help="只预览将补填、更正的账号，不写入数据")
    p.set_defaults(handler=run_import_accounts)

    payroll = _payroll_subparsers(sub)
    b = payroll.add_parser("bank-file", help="按银行要求的格式生成代发文件（须是已审核的造册）")
    b.add_argument("--period", required=True, metavar="P", help="造册期间：YYYY-MM 或 YYYYQn")
    b.add_argument("--kind", default="regular", choices=("regular", "back_pay", "subsidy"), help="造册类型（默认常规）")
    b.add_argument("--name", default="", help="专项补贴或补发造册的名称")
    b.add_argument("--layout", required=True, metavar="NAME", help="银行文件格式名称（见 payroll bank-layouts）")
    b.add_argument("--out", required=True, metavar="FILE", help="输出文件")
    hidden_today(b)
    b.set_defaults(handler=run_bank_file)
    r = payroll.add_parser("bank-return", help="导入银行回盘文件（成功/失败及原因）；不符合造册的一律不导入")
    r.add_argument("--period", required=True, metavar="P", help="造册期间：YYYY-MM 或 YYYYQn")
    r.add_argument("--kind", default="regular", choices=("regular", "back_pay", "subsidy"), help="造册类型（默认常规）")
    r.add_argument("--name", default="", help="专项补贴或补发造册的名称")
    r.add_argument("--layout", metavar="NAME", help="定长文本回盘所用的格式（xlsx、csv 不需要）")
    r.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据")
    r.add_argument("--same-content", action="store_true",
                   help="确认银行对本期和另一期造册的回盘内容确实相同（文件不含批次，两期每户账号、金额都没有变化），仍然导入")
    r.add_argument("file", metavar="FILE", help="回盘文件（xlsx、csv 或定长文本）")
    hidden_today(r)
    r.set_defaults(handler=guarded(run_bank_return))
    s = payroll.add_parser("bank-status", help="造册的银行发放情况：已发放、发放失败、未回盘")
    s.add_argument("--period", required=True, metavar="P", help="造册期间：YYYY-MM 或 YYYYQn")
    s.add_argument("--kind", default="regular", choices=("regular", "back_pay", "subsidy"), help="造册类型（默认常规）")
    s.add_argument("--name", default="", help="专项补贴或补发造册的名称")
    s.set_defaults(handler=run_bank_status)
    c = payroll.add_parser("bank-confirm", help="银行不提供回盘文件时：确认造册中尚未回盘的转账都已发放（其中的追回扣减从此计为已扣回）")
    c.add_argument("--period", required=True, metavar="P", help="造册期间：YYYY-MM 或 YYYYQn")
    c.add_argument("--kind", default="regular", choices=("regular", "back_pay", "subsidy"), help="造册类型（默认常规）")
    c.add_argument("--name", default="", help="专项补贴或补发造册的名称")
    c.add_argument("--on", metavar="YYYY-MM-DD", help="银行发放的日期（默认今天）")
    hidden_today(c)
    c.set_defaults(handler=run_bank_confirm)
    s = payroll.add_parser("bank-layouts", help="列出可用的银行文件格式（内置的及数据文件夹 bank_layouts 中县里添加的）")
    s.set_defaults(handler=run_bank_layouts)


def _payroll_subparsers(sub):
    """The ``payroll`` command's subcommands, made here when the payroll feature has not."""
    parser = sub.choices.get("payroll")
    if parser is None:
        parser = sub.add_parser("payroll", help="造册：生成、审核、查看、银行代发文件与回盘")
        return parser.add_subparsers(dest="payroll_command", metavar="操作", required=True)
    for action in parser._actions:  # argparse keeps its subcommands as an action
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="payroll_command", metavar="操作", required=True)


def _problems(problems) -> int:
    for p in problems:
        fail(messages.text(p))
    return 2


def run_import_accounts(args) -> int:
    from dibao_desk.services import bank_accounts as ba

    ctx = context(args)
    try:
        pv = ba.preview_sheet(ctx.uow(), args.file, args.sheet)
    except RuleError as exc:
        return _problems(exc.problems)
    print(f"文件：{pv.file}  工作表：{pv.sheet}  表头在第 {pv.header_row} 行，共 {len(pv.rows)} 行")
    shown = 0
    for r in pv.rows:
        if r.change in ("unchanged",) and not r.problems:
            continue
        if shown >= ROWS_SHOWN:
            break
        shown += 1
        what = messages.label("accounts_change", r.change)
        holder = f"（开户人 {r.holder_name}，户主 {r.head_name}）" if r.holder_id else ""
        if r.household_id is not None and r.holder_id != r.before_holder and not r.holder_id:
            holder = f"（开户人改为户主 {r.head_name}）"
        if r.change == "corrected" and r.before_account == r.account:  # the same account, another bank
            print(f"  第 {r.row} 行 {r.name} {what}{holder}：{r.account} 开户行：{r.before_bank or '（空）'} → {r.bank}")
        else:
            before = f"{r.before_account or '（空）'} → " if r.change == "corrected" else ""
            print(f"  第 {r.row} 行 {r.name} {what}{holder}：{before}{r.account} {r.bank}")
        for p in r.problems:
            print(f"      {'错误' if p.severity == 'error' else '提示'}：{messages.text(p)}")
    counts = "，".join(f"{messages.label('accounts_change', c)} {pv.count(c)} 户" for c in ba.CHANGES if pv.count(c))
    print(f"合计：{counts}")
    if pv.blocking:
        fail(messages.text("accounts_import.has_errors", count=len(pv.blocking)))
        return 1
    if args.dry_run:
        print("检查完成（未写入）。")
        return 0
    if not pv.can_apply:
        print("没有需要补填或更正的账号。")
        return 0
    try:
        res = ba.apply(ctx.uow(), pv)
    except RuleError as exc:
        return _problems(exc.problems)
    print(f"导入完成：补填 {res.filled} 户，更正 {res.corrected} 户，无变化 {res.unchanged} 户，查无此人 {res.unknown} 行（未导入）。")
    return 0


def _roster(ctx, args):
    from dibao_desk.services import payroll

    try:
        found = payroll.find(ctx.uow(), args.period, args.kind, args.name)
    except RuleError as exc:
        _problems(exc.problems)
        return None
    if found is None:
        fail(f"{args.period} 还没有{messages.label('payroll_kind', args.kind)}造册，请先用 payroll make 生成并审核")
        return None
    return found


def _layout(ctx, name):
    from dibao_desk.services import bank

    found = bank.layouts(ctx.data_dir)
    for p in found.refused:
        fail(messages.text(p))
    return found.get(name)


def run_bank_file(args) -> int:
    from dibao_desk.services import bank

    try:
        today = today_of(args)  # the file's date and the day unpayable lines are recorded failed
    except BadInput:
        return 2
    ctx = context(args)
    roster = _roster(ctx, args)
    if roster is None:
        return 1
    try:
        layout = _layout(ctx, args.layout)
        res = bank.bank_file(ctx.uow(), roster.id, layout, args.out, today=today)
    except RuleError as exc:
        return _problems(exc.problems)
    for p in res.warnings[:ROWS_SHOWN]:
        print(f"提示：{messages.text(p)}")
    for name, net in res.not_sent:
        print(f"未列入：{name}（本期合计 {fen_to_yuan(net)} 元）")
    print(f"已生成 {res.path}（{layout.title}，批次 {res.batch}）：{res.count} 笔，合计 {fen_to_yuan(res.total_fen)} 元。")
    summary = bank.left_out_summary(res)
    if summary is not None:
        print(f"注意：{messages.text(summary)}")
        for p in res.left_out[:ROWS_SHOWN]:
            print(f"  {messages.text(p)}")
    return 0


def run_bank_return(args) -> int:
    from dibao_desk.services import bank

    ctx = context(args)
    roster = _roster(ctx, args)
    if roster is None:
        return 1
    try:
        layout = _layout(ctx, args.layout) if args.layout else None
        rc = bank.record_bank_return(ctx.uow(), roster.id, args.file, layout, dry_run=args.dry_run,
                                     same_content=args.same_content, today=today_of(args))
    except RuleError as exc:
        return _problems(exc.problems)
    enc = f"，编码 {rc.encoding.upper()}" if rc.encoding else ""
    kind = messages.label("bank_return_kind", rc.kind) if rc.kind else "未能读取"
    print(f"回盘文件：{rc.file}（{kind}{enc}），读到 {rc.lines_read} 行："
          f"成功 {rc.paid} 笔 {fen_to_yuan(rc.paid_fen)} 元，失败 {rc.failed} 笔 {fen_to_yuan(rc.failed_fen)} 元，"
          f"此前已记录 {rc.already} 笔，本造册未回盘 {rc.unanswered} 笔。")
    if rc.problems:
        for p in rc.problems:
            fail(messages.text(p))
        fail("回盘没有导入（全部不导入）。")
        if any(p.code == "return.same_file" for p in rc.problems):
            fail("如果银行两期的回盘确实相同（文件不含批次，两期每户账号、金额都没有变化），核对后加 --same-content 再导入。")
        return 2
    if args.dry_run:
        print("检查完成（未写入）。")
    elif rc.written:
        print("已记录银行回盘。")
        if rc.deductions_reversed:
            print(f"发放失败的转账中有 {rc.deductions_reversed} 笔追回扣减共 {fen_to_yuan(rc.deductions_reversed_fen)} 元"
                  "没有扣成：已退回追回登记的尚欠金额（扣减冲回），由以后的造册按计划再扣，或随更正账号后的补发造册扣回。")
    return 0


def run_bank_status(args) -> int:
    from dibao_desk.services import bank

    ctx = context(args)
    roster = _roster(ctx, args)
    if roster is None:
        return 1
    c = bank.counts(ctx.uow(), roster.id)
    print(f"{roster.period} {messages.label('payroll_kind', roster.kind)}造册（{messages.label('payroll_status', roster.status)}）：")
    print(f"  已发放 {c.paid} 户 {fen_to_yuan(c.paid_fen)} 元；发放失败 {c.failed} 户 {fen_to_yuan(c.failed_fen)} 元；"
          f"未回盘 {c.unanswered} 户 {fen_to_yuan(c.unanswered_fen)} 元")
    failed = bank.failures(ctx.uow(), roster.id) if c.failed else ()
    if failed:
        print("发放失败的户（请联系核实账号）：")
        print("  序号\t村（社区）\t收款人\t账号\t金额（元）\t失败原因")
        for f in failed[:ROWS_SHOWN * 10]:
            print(f"  {f.position}\t{f.village}\t{f.name}\t{mask_account(f.account) or '（无账号）'}\t"
                  f"{fen_to_yuan(f.amount_fen)}\t{f.reason or '（银行未说明）'}")
        if len(failed) > ROWS_SHOWN * 10:
            print(f"  …… 共 {len(failed)} 户，只列出前 {ROWS_SHOWN * 10} 户")
    return 0


def run_bank_confirm(args: argparse.Namespace) -> int:
    from dibao_desk.services import bank

    try:
        today = today_of(args)
        on = parse_date(args.on, today) or today
    except BadInput:
        return 2
    ctx = context(args)
    roster = _roster(ctx, args)
    if roster is None:
        return 1
    try:
        done = bank.confirm_paid(ctx.uow(), roster.id, on, today=today)
    except RuleError as exc:
        return _problems(exc.problems)
    print(f"已确认 {roster.period} {messages.label('payroll_kind', roster.kind)}造册尚未回盘的 {done.transfers} 笔转账"
          f"共 {fen_to_yuan(done.amount_fen)} 元已发放（{on.isoformat()}）。")
    if done.deductions:
        print(f"其中 {done.deductions} 笔追回扣减共 {fen_to_yuan(done.deductions_fen)} 元计为已扣回。")
    return 0


def run_bank_layouts(args) -> int:
    from dibao_desk.services import bank
    from dibao_desk.services.context import resolve_data_dir

    found = bank.layouts(resolve_data_dir(args.data_dir))
    for p in found.refused:
        fail(messages.text(p))
    for lay in found.layouts.values():
        where = "内置" if lay.builtin else f"县里添加（{lay.source}）"
        print(f"{lay.name}\t{lay.title}\t{messages.label('bank_layout_kind', lay.kind)}\t{where}")
    return 0
