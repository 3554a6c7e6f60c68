"""Exchange with the county from a terminal: export, import-package, and county mode commands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, guarded, hidden_today, report_rule_error, today_of
from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.payroll import PayrollKind
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.services.progress import Cancelled

KIND_HELP = "roster（花名册）、cases（待审批案件）、reviews（复核结果）、payments（发放造册）；" \
            "县民政局模式：decisions（审批结果，需 --township）、policy（政策标准）"


def register(sub) -> None:
    p = sub.add_parser("export", help="导出数据包（报县或下发乡镇）")
    p.add_argument("kind", metavar="KIND", choices=("roster", "cases", "reviews", "payments", "decisions", "policy"),
                   help=KIND_HELP)
    p.add_argument("--period", default="",
                   help="期间：月份 2026-11 或季度 2026Q4（县里下发时、--again 时可省略：沿用上一个数据包的期间）")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="写到哪个文件（如 U 盘上的路径）")
    p.add_argument("--township", metavar="CODE", help="县民政局模式：下发给哪个乡镇（12 位代码）")
    p.add_argument("--again", action="store_true",
                   help="重新导出上一个数据包（同一顺序号、同一期间，用于 U 盘丢失）：县里下发的内容与第一次相同，"
                        "乡镇上报的按现在的数据重新生成")
    hidden_today(p)
    p.set_defaults(handler=guarded(run_export))

    p = sub.add_parser("import-package", help="导入数据包：先检查并预览，再全部导入或全部不导入，并写回执")
    p.add_argument("file", metavar="FILE", help="数据包文件（.xlsx）")
    p.add_argument("--dry-run", action="store_true", help="只检查并显示将发生的变化，不导入")
    p.add_argument("--receipt-dir", default="", metavar="FOLDER",
                   help="回执保存到这个文件夹（默认保存在数据包旁边；U 盘有写保护或已满时用）")
    p.add_argument("--calendar-county-wins", action="store_true",
                   help="以县里的工作日历为准：本办自己录入、与县里不同的日子改按县里的（不写则保留本办录入的，并逐日列出）")
    p.set_defaults(handler=run_import)

    p = sub.add_parser("county", help="县民政局模式：乡镇汇总、待审批案件、抽查、审批")
    csub = p.add_subparsers(dest="county_command", metavar="子命令", required=True)
    c = csub.add_parser("townships", help="各乡镇花名册合计与案件数")
    c.set_defaults(handler=run_townships)
    c = csub.add_parser("roster", help="合并花名册：各乡镇最近一次上报的在保家庭（制表符分隔，可重定向到文件）")
    c.add_argument("--township", metavar="CODE")
    c.set_defaults(handler=run_roster)
    c = csub.add_parser("payments", help="各乡镇上报的发放造册：按乡镇和期间合计户数、人数、金额，与账册不符的标出")
    c.add_argument("--period", metavar="YYYY-MM|YYYYQn", help="只列出这一期间")
    c.add_argument("--township", metavar="CODE")
    c.set_defaults(handler=run_county_payments)
    c = csub.add_parser("recovery", help="各乡镇上报的追回登记（随花名册上报）及尚欠金额")
    c.add_argument("--township", metavar="CODE")
    c.add_argument("--open", action="store_true", help="只列出待追回的")
    c.set_defaults(handler=run_county_recovery)
    c = csub.add_parser("cases", help="列出各乡镇待审批案件")
    c.add_argument("--township", metavar="CODE")
    c.add_argument("--all", action="store_true", help="包括已审批的案件")
    c.set_defaults(handler=run_cases)
    c = csub.add_parser("sample", help="抽取入户抽查样本（不少于政策规定比例，默认 30%%）")
    c.add_argument("--share", type=int, default=0, metavar="PERCENT", help="抽查比例（百分数，不低于政策规定）")
    c.add_argument("--seed", type=int, default=None, help="随机种子（记录在案，用于复核抽样）")
    hidden_today(c)
    c.set_defaults(handler=guarded(run_sample))
    c = csub.add_parser("decide", help="审批一个案件")
    c.add_argument("case_id", type=int, metavar="ID", help="案件序号（见 county cases）")
    g = c.add_mutually_exclusive_group(required=True)
    g.add_argument("--approve", action="store_true", help="批准")
    g.add_argument("--refuse", action="store_true", help="不批准")
    c.add_argument("--reason", default="", help="理由（不批准时必填）")
    c.add_argument("--date", default="", help="审批日期 YYYY-MM-DD（默认今天）")
    c.add_argument("--special", choices=("serious_illness", "spending_over_income"), default=None,
                   help="按特殊情况批准（重病 serious_illness / 支出大于收入 spending_over_income），须经集体讨论")
    c.add_argument("--special-date", default="", help="集体讨论日期 YYYY-MM-DD")
    c.add_argument("--participants", default="", help="参加集体讨论的人员，用顿号分开")
    c.add_argument("--minutes", default="", help="集体讨论纪要或批准理由")
    hidden_today(c)
    c.set_defaults(handler=guarded(run_decide))
    c = csub.add_parser("reopen", help="按乡镇对审批结果的回执，把乡镇拒收的案件退回待审批，重新审批")
    c.add_argument("receipt", metavar="回执", help="乡镇导入审批结果数据包后写的回执（…-回执.xlsx）")
    c.set_defaults(handler=run_reopen)
    c = csub.add_parser("warn", help="为乡镇花名册上的家庭录入核对预警（待下发）")
    c.add_argument("township", metavar="CODE", help="乡镇 12 位代码")
    c.add_argument("id_number", metavar="ID", help="户主身份证号（须在该乡镇最近上报的花名册上）")
    c.add_argument("--kind", required=True,
                   help="预警类别：死亡、车辆、存款、有价证券、房产、营业执照、个人所得税、商业保险、"
                        "住房公积金、就业、养老金、婚姻、户籍、残疾、其他（或其英文代码）")
    c.add_argument("--detail", required=True, help="详情：比对发现了什么")
    c.add_argument("--answer-by", required=True, metavar="YYYY-MM-DD", help="答复截止日期")
    c.add_argument("--checked-on", default="", metavar="YYYY-MM-DD", help="比对日期（默认今天）")
    hidden_today(c)
    c.set_defaults(handler=guarded(run_warn))
    c = csub.add_parser("edit-warning", help="修改一条未下发的核对预警（已下发的不能修改）")
    c.add_argument("warning_ref", metavar="REF", help="预警编号（见 county warnings）")
    c.add_argument("--id-number", default=None, metavar="ID", help="改为另一户：户主身份证号（须在同一乡镇的花名册上）")
    c.add_argument("--kind", default=None, help="预警类别")
    c.add_argument("--detail", default=None, help="详情")
    c.add_argument("--answer-by", default=None, metavar="YYYY-MM-DD", help="答复截止日期")
    c.add_argument("--checked-on", default=None, metavar="YYYY-MM-DD", help="比对日期")
    hidden_today(c)
    c.set_defaults(handler=guarded(run_edit_warning))
    c = csub.add_parser("delete-warning", help="删除一条未下发、录错的核对预警（已下发的不能删除）")
    c.add_argument("warning_ref", metavar="REF", help="预警编号（见 county warnings）")
    c.set_defaults(handler=run_delete_warning)
    c = csub.add_parser("warnings", help="列出待下发的核对预警")
    c.add_argument("--township", metavar="CODE")
    c.set_defaults(handler=run_warnings)
    c = csub.add_parser("send-warnings", help="把一个乡镇待下发的核对预警导出为数据包")
    c.add_argument("township", metavar="CODE", help="乡镇 12 位代码")
    c.add_argument("--out", required=True, metavar="FILE.xlsx", help="写到哪个文件（如 U 盘上的路径）")
    c.add_argument("--again", action="store_true", help="重新导出上一个预警数据包（同一顺序号，用于 U 盘丢失）")
    c.add_argument("--today", metavar="YYYY-MM-DD", help="按这一天确定数据包期间、判断答复截止日期是否已过（默认今天）")
    c.set_defaults(handler=run_send_warnings)


def _print_problems(problems) -> None:
    for p in problems:
        fail(messages.text(p))


def run_export(args) -> int:
    from dibao_desk.exchange.package import PackageError  # openpyxl: loaded by the commands that write
    from dibao_desk.services import exchange

    today = today_of(args)  # the county's package is for this day's month
    ctx = context(args)
    try:
        result = exchange.export_package(ctx.uow(), args.kind, args.period, Path(args.out),
                                         township_code=args.township, again=args.again, today=today)
    except RuleError as exc:
        return report_rule_error(exc)
    except PackageError as exc:
        _print_problems(exc.problems)
        return 1
    except OSError as exc:
        from dibao_desk.services.errors import is_disk_full, os_problem

        if is_disk_full(exc):
            fail(f"{args.out}：{messages.text('write.disk_full')}")
        else:
            problem = os_problem(exc)
            fail(messages.text(problem) if problem else f"无法写入 {args.out}")
        return 1
    rows = "，".join(f"{name} {n} 行" for name, n in result.rows.items())
    print(f"已{'重新' if args.again else ''}导出{messages.label('exchange_kind', result.kind)}数据包"
          f"（第 {result.sequence} 号，期间 "
          f"{result.period}）：{rows}")
    print(f"文件：{result.path}（已读回核对，校验值 {result.sha256[:16]}…）")
    for w in result.warnings:
        print(f"注意：{messages.text(w)}")
    return 0


def _print_preview(preview) -> None:
    from dibao_desk.services import exchange

    m = preview.manifest
    if m is not None:
        print(f"数据包：{messages.label('exchange_kind', m.kind)}，第 {m.sequence} 号，期间 {m.period or '—'}，"
              f"{m.township_name}（{m.township_code}），生成于 {m.created_at}")
    if not preview.ok:
        return
    for c in preview.changes:
        mark = "接受" if c.accepted else "拒绝"
        where = f"第 {c.row} 行 " if c.row else ""
        print(f"  [{mark}] {where}{c.name} {exchange.change_text(c)}")
    print(f"合计：接受 {preview.accepted} 行，拒绝 {preview.rejected} 行")
    for w in preview.warnings:
        print(messages.text(w))


def run_import(args) -> int:
    from dibao_desk.services import exchange

    ctx = context(args)
    path = Path(args.file)
    try:
        if args.dry_run:
            preview = exchange.preview_package(ctx.uow(), path, county_calendar_wins=args.calendar_county_wins)
            _print_preview(preview)
            if any(c.action == "calendar_office" for c in preview.changes):
                print("如本办录入的这些日子应以县里的工作日历为准，请加上 --calendar-county-wins 再导入")
            if not preview.ok:
                print("已拒绝，未导入任何数据：", file=sys.stderr)
                _print_problems(preview.refusals)
                return 2
            print("（预览，未导入）")
            return 0
        result = exchange.import_package(ctx.uow(), path, receipt_dir=args.receipt_dir or None,
                                         county_calendar_wins=args.calendar_county_wins)
    except exchange.PackageRefused as exc:
        print("已拒绝，未导入任何数据：", file=sys.stderr)
        _print_problems(exc.problems)
        return 2
    except RuleError as exc:
        return report_rule_error(exc)
    except (Cancelled, OSError) as exc:
        from dibao_desk.services.errors import is_disk_full, os_problem

        problem = os_problem(exc) if isinstance(exc, OSError) else None
        if isinstance(exc, OSError) and is_disk_full(exc):
            problem = Problem("write.disk_full")
        fail("导入未完成，未导入任何数据" + (f"：{messages.text(problem)}" if problem else "。"))
        if isinstance(exc, OSError) and _receipt_blocked(exc, Path(args.receipt_dir) if args.receipt_dir else path.parent):
            print("提示：导入时必须同时保存回执。可以用 --receipt-dir 指定另一个能写入的文件夹保存回执，再导入一次",
                  file=sys.stderr)
        return 1
    if result.receipt_again:  # imported before: nothing applied, the receipt written again
        for w in result.preview.warnings:
            print(messages.text(w))
        if result.receipt_problem is not None:
            print(messages.text(result.receipt_problem), file=sys.stderr)
            return 1
        print(f"{messages.text('exchange.receipt_again', path=result.receipt_path)}（请带回交给对方）")
        return 0
    _print_preview(result.preview)
    if any(c.action == "calendar_office" for c in result.preview.changes):
        print("本办录入的这些日子已保留；如应以县里的工作日历为准，下一个政策标准数据包导入时加上 "
              "--calendar-county-wins，或用 complaints calendar --set 日期 clear 逐日清除本办录入的")
    if result.receipt_problem is not None:
        print(f"已导入。{messages.text(result.receipt_problem)}", file=sys.stderr)
        return 0
    print(f"已导入。回执：{result.receipt_path}（请带回交给对方）")
    return 0


def _receipt_blocked(exc: OSError, folder: Path) -> bool:
    """Whether the import failed because the receipt's folder could not be written."""
    if not exc.filename:
        return False
    try:
        return Path(str(exc.filename)).parent.resolve() == folder.resolve()
    except OSError:
        return False


def run_townships(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    try:
        rows = county.townships(ctx.uow())
    except RuleError as exc:
        return report_rule_error(exc)
    print("代码\t乡镇\t期间\t户数\t人口\t保障人口\t月保障金（元）\t待审批\t已审批")
    for r in rows + [county.county_totals(rows)]:
        print(f"{r.code}\t{r.name}\t{r.period}\t{r.households}\t{r.persons}\t{r.covered}\t"
              f"{fen_to_yuan(r.monthly_fen)}\t{r.awaiting}\t{r.decided}")
    return 0


def run_county_payments(args) -> int:
    from dibao_desk import messages
    from dibao_desk.services import county_money

    ctx = context(args)
    try:
        view = county_money.payments_overview(ctx.uow(), args.period, args.township)
    except RuleError as exc:
        return report_rule_error(exc)
    rows, others = list(view.rows), list(view.others)
    if not rows:
        print("还没有收到发放造册。")
        return 0

    def money(fen):
        return "—" if fen is None else fen_to_yuan(fen)

    print("期间\t乡镇代码\t乡镇\t户数\t保障人口\t金额（元）\t账册户数\t账册应发（元）\t补发（元）\t专项补贴（元）"
          "\t审核人\t核对")
    for r in rows:
        flag = "；".join(messages.label("county_payment_mismatch", m) for m in r.mismatches) or (
            "相符" if r.ledger_total_fen is not None else "无账册合计")
        print(f"{r.period}\t{r.township_code}\t{r.township_name}\t{r.households}\t{r.persons}\t"
              f"{fen_to_yuan(r.lines_fen)}\t{'—' if r.ledger_households is None else r.ledger_households}\t"
              f"{money(r.ledger_total_fen)}\t{fen_to_yuan(r.back_pay_fen)}\t{fen_to_yuan(r.subsidy_fen)}\t"
              f"{r.reviewed_by}\t{('⚠ ' + flag) if r.flagged else flag}")
    by_kind = view.other_totals
    for period, (towns, households, persons, fen) in view.totals.items():
        kinds = by_kind.get(period, {})
        back, subsidy = (kinds[k].amount_fen if k in kinds else 0 for k in (PayrollKind.BACK_PAY, PayrollKind.SUBSIDY))
        print(f"{period}\t合计\t{towns} 个乡镇\t{households}\t{persons}\t{fen_to_yuan(fen)}\t\t\t"
              f"{fen_to_yuan(back)}\t{fen_to_yuan(subsidy)}")
    if others:
        print()
        print("补发、专项补贴造册（乡镇另行造册发放，不计入上面的常规造册及其与账册的核对）：")
        print("期间\t乡镇代码\t乡镇\t造册类型\t名称\t造册期间\t审核人\t审核日期\t户次\t保障人口\t金额（元）")
        for o in others:
            print(f"{o.period}\t{o.township_code}\t{o.township_name}\t{messages.label('payroll_kind', o.kind)}\t"
                  f"{o.name}\t{o.roster_period}\t{o.reviewed_by}\t{o.reviewed_on.isoformat() if o.reviewed_on else ''}"
                  f"\t{o.households}\t{o.persons}\t{fen_to_yuan(o.amount_fen)}")
        for period, kinds in by_kind.items():
            for kind, t in kinds.items():
                print(f"{period}\t{messages.label('payroll_kind', kind)}合计\t{t.rosters} 份\t\t\t\t\t\t"
                      f"{t.households}\t{t.persons}\t{fen_to_yuan(t.amount_fen)}")
    print()
    for period, (_towns, _households, _persons, fen) in view.totals.items():
        parts = [f"常规造册 {fen_to_yuan(fen)} 元"] + [
            f"{messages.label('payroll_kind', k)} {fen_to_yuan(t.amount_fen)} 元" for k, t in by_kind.get(period, {}).items()]
        print(f"{period} 发放合计：" + "，".join(parts) + f"；共 {fen_to_yuan(view.paid_fen(period))} 元")
    flagged = sum(1 for r in rows if r.flagged)
    if flagged:
        print(f"注意：{flagged} 份造册与乡镇账册不符，请核对。")
    return 0


def run_county_recovery(args) -> int:
    from dibao_desk import messages
    from dibao_desk.services import county_money

    ctx = context(args)
    try:
        rows = county_money.recovery_entries(ctx.uow(), args.township, open_only=args.open)
    except RuleError as exc:
        return report_rule_error(exc)
    if not rows:
        print("没有乡镇上报的追回登记。")
        return 0
    print("乡镇\t登记编号\t户编号\t户主\t原因\t文号\t决定日期\t应追回（元）\t已收回（元）\t其中待银行回执（元）"
          "\t尚欠（元）\t状态")
    for r in rows:
        print(f"{r.township_name}\t{r.entry_ref}\t{r.household_ref}\t{r.head_name}\t"
              f"{messages.label('recovery_source', r.source)}\t{r.reference}\t"
              f"{r.decided_on.isoformat() if r.decided_on else ''}\t{fen_to_yuan(r.amount_fen)}\t"
              f"{fen_to_yuan(r.recovered_fen)}\t{fen_to_yuan(r.awaiting_fen)}\t{fen_to_yuan(r.balance_fen)}\t"
              f"{messages.label('recovery_status', r.status)}")
    awaiting = sum(r.awaiting_fen for r in rows)
    print(f"共 {len(rows)} 条，尚欠合计 {fen_to_yuan(sum(r.balance_fen for r in rows))} 元"
          + (f"；已收回中有 {fen_to_yuan(awaiting)} 元为造册扣减、待银行回执（银行回盘为成功后才实际收回）。"
             if awaiting else "。"))
    return 0


def run_roster(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    try:
        lines = county.roster(ctx.uow(), args.township)
    except RuleError as exc:
        return report_rule_error(exc)
    print("乡镇代码\t乡镇\t户编号\t村（社区）\t户主\t户主身份证号\t保障人口\t类别\t月保障金（元）\t低保证号")
    for r in lines:
        print(f"{r.township_code}\t{r.township_name}\t{r.household_ref}\t{r.village}\t{r.head_name}\t"
              f"{r.head_id_number}\t{r.covered}\t{messages.label('category', r.category)}\t{fen_to_yuan(r.monthly_fen)}"
              f"\t{r.certificate}")
    print(f"合计\t{len(lines)} 户\t\t\t\t\t{sum(r.covered for r in lines)}\t\t"
          f"{fen_to_yuan(sum(r.monthly_fen for r in lines))}")
    return 0


def run_cases(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    try:
        rows = county.list_cases(ctx.uow(), status=None if args.all else CountyCaseStatus.AWAITING,
                                 township_code=args.township)
    except RuleError as exc:
        return report_rule_error(exc)
    print("序号\t乡镇\t案件编号\t村（社区）\t户主\t保障人口\t拟定月保障金（元）\t抽查\t状态")
    for r in rows:
        sampled = "是" if r.sampled else ("否" if r.drawn else "未抽样")
        print(f"{r.id}\t{r.township_name}\t{r.case_ref}\t{r.village}\t{r.head_name}\t{r.covered}\t"
              f"{fen_to_yuan(r.proposed_fen)}\t{sampled}\t{messages.label('county_case_status', r.status)}")
    print(f"共 {len(rows)} 件")
    return 0


def run_sample(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    try:
        draw = county.draw_sample(ctx.uow(), share_permille=args.share * 10 if args.share else None, seed=args.seed,
                                  today=today_of(args))
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已抽样：{draw.population} 件中抽取 {len(draw.sampled_case_ids)} 件（比例 {draw.share_permille / 10:g}%，"
          f"随机种子 {draw.seed}）")
    print("抽中案件序号：" + "、".join(str(i) for i in draw.sampled_case_ids))
    return 0


def run_decide(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    today = today_of(args)
    try:
        on = dt.date.fromisoformat(args.date) if args.date else today
    except ValueError:
        fail(f"日期“{args.date}”格式不对，应为 YYYY-MM-DD")
        return 1
    special = None
    if args.special:
        from dibao_desk.domain.procedure import CollectiveDecision

        try:
            special_on = dt.date.fromisoformat(args.special_date) if args.special_date else None
        except ValueError:
            fail(f"日期“{args.special_date}”格式不对，应为 YYYY-MM-DD")
            return 1
        special = CollectiveDecision(args.special, special_on, args.participants, args.minutes)
    try:
        row = county.record_decision(ctx.uow(), args.case_id, bool(args.approve), args.reason, on, ctx.operator,
                                     special=special, today=today)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已{'批准' if row.approved else '不批准'}：{row.township_name} {row.case_ref} 号案件（{row.head_name}）")
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    from dibao_desk.services import county_reopen

    ctx = context(args)
    try:
        rows = county_reopen.reopen_rejected(ctx.uow(), args.receipt)
    except RuleError as exc:
        return report_rule_error(exc)
    for r in rows:
        if r.done:
            print(f"已退回待审批：{r.case_ref} 号案件（{r.head_name}），乡镇拒收原因：{r.reason}")
        else:
            print(f"未改动：{r.case_ref} 号案件（{r.head_name}）：{messages.text(r.note)}")
    print(f"退回待审批 {sum(1 for r in rows if r.done)} 件" if rows else "回执中没有被乡镇拒收的审批结果")
    return 0


def run_warn(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    today = today_of(args)
    try:
        answer_by = dt.date.fromisoformat(args.answer_by)
        checked_on = dt.date.fromisoformat(args.checked_on) if args.checked_on else today
    except ValueError:
        fail("日期格式不对，应为 YYYY-MM-DD")
        return 1
    try:
        w = county.add_warning(ctx.uow(), args.township, args.id_number, args.kind, args.detail, answer_by,
                               checked_on=checked_on, today=today)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已登记核对预警 {w.warning_ref}：{w.township_name} {w.name}（{w.id_number}），"
          f"{county.warning_kinds().get(w.kind, w.kind)}，须在 {w.answer_by.isoformat()} 前答复（待下发）")
    return 0


def run_edit_warning(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    try:
        w = next((r for r in county.list_warnings(ctx.uow(), status=None) if r.warning_ref == args.warning_ref.strip()),
                 None)
        if w is None:
            raise RuleError(Problem("county.warning_unknown", "warning_ref", {"ref": args.warning_ref}))
        try:
            answer_by = dt.date.fromisoformat(args.answer_by) if args.answer_by else w.answer_by
            checked_on = dt.date.fromisoformat(args.checked_on) if args.checked_on else w.checked_on
        except ValueError:
            fail("日期格式不对，应为 YYYY-MM-DD")
            return 1
        w = county.update_warning(
            ctx.uow(), w.warning_ref, args.id_number if args.id_number is not None else w.id_number,
            args.kind if args.kind is not None else w.kind, args.detail if args.detail is not None else w.detail,
            answer_by, checked_on=checked_on, today=today_of(args))
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已修改核对预警 {w.warning_ref}：{w.township_name} {w.name}（{w.id_number}），"
          f"{county.warning_kinds().get(w.kind, w.kind)}，{w.detail}，须在 {w.answer_by.isoformat()} 前答复（待下发）")
    return 0


def run_delete_warning(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    try:
        w = county.delete_warning(ctx.uow(), args.warning_ref)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已删除核对预警 {w.warning_ref}：{w.township_name} {w.name}（{w.id_number}），"
          f"{county.warning_kinds().get(w.kind, w.kind)}")
    return 0


def run_warnings(args) -> int:
    from dibao_desk.services import county

    ctx = context(args)
    try:
        rows = county.list_warnings(ctx.uow(), township_code=args.township)
    except RuleError as exc:
        return report_rule_error(exc)
    kinds = county.warning_kinds()
    print("预警编号\t乡镇\t户主\t身份证号\t类别\t详情\t答复截止")
    for w in rows:
        print(f"{w.warning_ref}\t{w.township_name}\t{w.name}\t{w.id_number}\t{kinds.get(w.kind, w.kind)}\t"
              f"{w.detail}\t{w.answer_by.isoformat()}")
    print(f"待下发 {len(rows)} 条")
    return 0


def run_send_warnings(args) -> int:
    from dibao_desk.exchange.package import PackageError
    from dibao_desk.services import county

    ctx = context(args)
    try:
        today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    except ValueError:
        fail(f"日期“{args.today}”格式不对，应为 YYYY-MM-DD")
        return 1
    try:
        result = county.export_warnings(ctx.uow(), args.township, Path(args.out), again=args.again, today=today)
    except RuleError as exc:
        return report_rule_error(exc)
    except PackageError as exc:
        _print_problems(exc.problems)
        return 1
    except OSError as exc:
        from dibao_desk.services.errors import is_disk_full, os_problem

        if is_disk_full(exc):
            fail(f"{args.out}：{messages.text('write.disk_full')}")
        else:
            problem = os_problem(exc)
            fail(messages.text(problem) if problem else f"无法写入 {args.out}")
        return 1
    print(f"已导出第 {result.sequence} 号核对预警数据包：{sum(result.rows.values())} 条，已读回核对无误：{result.path}")
    for w in result.warnings:
        print(f"注意：{messages.text(w)}")
    return 0
