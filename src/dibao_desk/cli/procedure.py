"""`dibao-desk cases`: the cases in the procedure and what each waits for; `dibao-desk case N`
shows one; `dibao-desk withdraw N`: the household withdrew it (申请人撤回);
`dibao-desk return-review N`: the township sends it back to its review (退回乡镇审核)."""

from __future__ import annotations

import argparse
import datetime as dt

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, guarded, hidden_today, parse_date, today_of
from dibao_desk.domain.procedure import CaseKind, CaseStatus, StepResult
from dibao_desk.domain.procedure_steps import TownshipReviewData
from dibao_desk.messages.procedure import waiting_params


def register(sub) -> None:
    p = sub.add_parser("cases", help="列出办理中的低保案件（申请、变更、取消）及各自等待的事项")
    p.add_argument("--step", type=int, choices=range(1, 11), metavar="N",
                   help="只列出处在第 N 步的案件（1 申请受理 … 10 待遇批准）")
    p.add_argument("--kind", choices=[k.value for k in CaseKind], help="只列出新增、变更或取消案件")
    p.add_argument("--all", action="store_true", help="也列出已办结、未通过和已撤回的案件")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="按这一天计算公示期（默认今天）")
    p.set_defaults(handler=run_cases)

    p = sub.add_parser("case", help="显示一件案件的十个步骤（日期、负责人、结果）")
    p.add_argument("case_id", type=int, metavar="编号", help="案件编号")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="按这一天计算公示期和等待事项（默认今天）")
    p.set_defaults(handler=run_case)

    p = sub.add_parser("withdraw", help="申请人书面撤回案件（待遇批准前）：案件以“已撤回”结束，不是不予批准")
    p.add_argument("case_id", type=int, metavar="编号", help="案件编号")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="撤回日期（默认今天）")
    p.add_argument("--person", required=True, metavar="经办人", help="受理撤回的经办人")
    p.add_argument("--request", required=True, metavar="书面申请",
                   help="申请人的书面撤回申请（如递交日期、签字人）")
    hidden_today(p)
    p.set_defaults(handler=guarded(run_withdraw))

    p = sub.add_parser("return-review", help="退回乡镇审核：已过乡镇审核（二榜公示中或待县局审批）、县局尚未审批的案件，"
                                             "退回重新审核（如拟定类别或金额有误）")
    p.add_argument("case_id", type=int, metavar="编号", help="案件编号")
    p.add_argument("--on", "--date", dest="on", metavar="YYYY-MM-DD", help="退回日期（默认今天）")
    p.add_argument("--reason", required=True, metavar="理由", help="退回的理由（如拟定类别或金额有误）")
    hidden_today(p)
    p.set_defaults(handler=guarded(run_return_review))


def waiting_text(w) -> str:
    return messages.text(w.code, **waiting_params(w.code, w.params))


def run_cases(args) -> int:
    from dibao_desk.services import procedure

    try:
        today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    except ValueError:
        fail(f"日期“{args.today}”格式不对，应为 YYYY-MM-DD")
        return 2
    ctx = context(args)
    rows = procedure.list_cases(ctx.uow(), step=args.step, kind=args.kind,
                                status=None if args.all else CaseStatus.OPEN, today=today)
    counts = procedure.counts_by_step(ctx.uow())
    print("按步骤统计（办理中）：" + ("，".join(
        f"{messages.label('step', s)} {n} 件" for s, n in sorted(counts.items()) if s) or "无"))
    if not rows:
        print("没有符合条件的案件。")
        return 0
    from dibao_desk.cli.table import NAME, print_table

    print_table([(r.id, messages.label("case_kind", r.kind), r.village, r.head_name, r.opened_on.isoformat(),
                  messages.label("step", r.next_step) if r.next_step else messages.label("case_status", r.status),
                  waiting_text(r.waiting)) for r in rows],
                ("编号", "类别", "村（社区）", "户主", "受理日期", "当前步骤", "等待"),
                right={0}, limits={2: NAME, 3: NAME})
    print(f"共 {len(rows)} 件。")
    return 0


def run_case(args) -> int:
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import procedure

    try:
        today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    except ValueError:
        fail(f"日期“{args.today}”格式不对，应为 YYYY-MM-DD")
        return 2
    ctx = context(args)
    try:
        d = procedure.get_case(ctx.uow(), args.case_id, today)
    except RuleError as exc:
        from dibao_desk.cli.common import report_rule_error

        return report_rule_error(exc)
    info = d.info
    print(f"案件 {info.id}：{messages.label('case_kind', info.kind)}　{d.village}　户主 {d.head_name}　"
          f"受理 {info.opened_on}　{messages.label('case_status', info.status)}")
    if info.reason:
        print(f"事由：{info.reason}")
    if d.refused_reason:
        print(f"未通过理由：{d.refused_reason}")
    withdrawal = (info.decided or {}).get("withdrawal") if info.status == CaseStatus.WITHDRAWN else None
    if withdrawal:  # as the case page says it
        print(f"申请人于 {withdrawal.get('on', '')} 撤回（经办人 {withdrawal.get('person', '')}）："
              f"{withdrawal.get('request', '')}")
    if d.special is not None:
        sp = d.special
        print(f"★ 特殊情况（{messages.label('special_case', sp.kind)}）：不符合测算条件，经审批机关 "
              f"{sp.decided_on or ''} 集体讨论批准；参加人员：{sp.participants}；纪要：{sp.minutes}")
    for filing in d.filings:
        print(f"【备案】本户成员 {filing.member_name} 是{messages.label('staff_role', filing.role)} {filing.staff_name} 的"
              f"{messages.label('kin_relation', filing.relation)}，须从严审核；{filing.staff_name} 应回避，不能经办、审批本案")
    for step in d.flow:
        rec = d.current.get(step)
        passed, refused = rec and rec.result == StepResult.PASSED, rec and rec.result == StepResult.REFUSED
        mark = "✔" if rec and rec.done_on and passed else "✖" if refused \
            else "▶" if step == d.next_step else "○"
        line = f"  {mark} {step:>2} {messages.label('step', step)}"
        if rec is not None:
            when = f"{rec.started_on} 至 {rec.window_end}" if rec.window_end else str(rec.done_on or rec.started_on or "")
            result = messages.label("step_result", rec.result) if rec.result else \
                "公示中" if rec.window_end else "评议中" if rec.started_on else ""  # as the case page says
            line += f"　{when}　{rec.person}　{result}"
            if rec.notes:
                line += f"　{rec.notes}"
        print(line)
    old = [s for s in d.steps if not s.active]
    if old:
        print("此前的记录（已退回，不再有效）：")
        for s in old:
            line = f"     {s.step:>2} {messages.label('step', s.step)}　{s.done_on or s.started_on or ''}　{s.person}　" \
                   f"{messages.label('step_result', s.result)}"
            f = s.fields
            if isinstance(f, TownshipReviewData) and f.returned_on is not None:
                line += f"　{f.returned_on} 退回乡镇审核：{f.return_reason}"
            print(line)
    if d.next_step is not None:
        print(f"等待：{waiting_text(d.waiting)}")
    if info.decided:
        from dibao_desk.messages.procedure import decided_lines

        print("决定时的家庭情况：")
        for line in decided_lines(info.decided):
            print(f"  {line}")
    return 0


def run_withdraw(args: argparse.Namespace) -> int:
    from dibao_desk.services import procedure

    today = today_of(args)
    on = parse_date(args.on, today) or today
    done = procedure.withdraw(context(args).uow(), args.case_id, on, args.person, args.request, today)
    info = done.detail.info
    print(f"案件 {info.id}（{messages.label('case_kind', info.kind)}，户主 {done.detail.head_name}）已于 {on} "
          f"由申请人撤回；该户现为“{messages.label('status', done.household_status)}”。")
    if done.at_county:
        print("该案件已随案件包报送县民政局，请告知县民政局申请人已撤回；下一次案件包不再列出该案件。")
    return 0


def run_return_review(args: argparse.Namespace) -> int:
    from dibao_desk.services import procedure

    today = today_of(args)
    on = parse_date(args.on, today) or today
    done = procedure.return_to_review(context(args).uow(), args.case_id, on, args.reason, today)
    info = done.detail.info
    print(f"案件 {info.id}（{messages.label('case_kind', info.kind)}，户主 {done.detail.head_name}）已于 {on} "
          f"退回乡镇审核；原审核及其后的记录保留为此前的记录。请重新办理乡镇审核，之后重新张贴二榜公示。")
    if done.at_county:
        print(RETURNED_AT_COUNTY)
    return 0


# A returned case a cases package already carried up (the window says the same).
RETURNED_AT_COUNTY = ("该案件已随案件包报送县民政局，县民政局仍是原来的审核记录：下一次案件包不再列出该案件，"
                      "重新审核并二榜公示期满后，随之后的案件包按新的类别和金额重新报送。")
