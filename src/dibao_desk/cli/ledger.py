"""`dibao-desk ledger` (a household's months, a month's totals) and `dibao-desk proposals`
(open proposals and what each waits for; a new standard proposed as one batch)."""

from __future__ import annotations

import datetime as dt

from dibao_desk import messages
from dibao_desk.domain.periods import period_of
from dibao_desk.cli.common import BadInput, context, fail, parse_date, report_rule_error
from dibao_desk.cli.table import NAME, print_table
from dibao_desk.domain.ledger import ProposalStatus
from dibao_desk.domain.money import fen_to_yuan


def register(sub) -> None:
    p = sub.add_parser("ledger", help="保障金台账：一户的逐月记录，或某月的合计")
    p.add_argument("--household", type=int, metavar="编号", help="列出这一户的逐月台账（状态、类别、人数、金额、依据）")
    p.add_argument("--month", metavar="YYYY-MM", help="这一月的合计：户数、人数、金额，按类别、城乡")
    p.add_argument("--village", metavar="名称", help="只统计这个村（社区）")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="按这一天判断哪些月份已发放（默认今天）")
    p.set_defaults(handler=run_ledger)

    p = sub.add_parser("proposals", help="列出办理中的变更、取消、调标建议及各自等待的事项")
    p.add_argument("--all", action="store_true", help="也列出已批准和未批准的建议")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="按这一天计算公示期（默认今天）")
    p.set_defaults(handler=run_proposals)

    p = sub.add_parser("propose-standard", help="按某月起执行的政策标准重算，金额有变化的户作为一份批量建议")
    p.add_argument("--month", metavar="YYYY-MM", required=True, help="新标准执行的月份")
    p.add_argument("--reason", default="", help="理由，例如“2027 年提高农村低保标准”")
    p.set_defaults(handler=run_propose_standard)


def _month(text: str) -> dt.date | None:
    """The month typed (2026-12, 2026-12, 2026年12月), or None after saying so."""
    found = period_of(text)
    if found is None or found.is_quarter:
        fail(messages.text("ledger.month"))
        return None
    return found.first


def _today(text: str | None) -> dt.date | None:
    """The day typed (as every command reads one: full-width digits too, a day the month
    lacks named as such), today when none; None after saying what is wrong."""
    try:
        return parse_date(text, dt.date.today())
    except BadInput:
        return None


def run_ledger(args) -> int:
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import ledger, office

    today = _today(args.today)
    if today is None:
        return 2
    if args.household is None and not args.month:
        fail("请用 --household 编号 或 --month YYYY-MM")
        return 2
    ctx = context(args)
    if args.household is not None:
        try:
            led = ledger.household_ledger(ctx.uow(), args.household, today)
        except RuleError as exc:
            return report_rule_error(exc)
        about = f"{led.paid_through:%Y 年 %m 月}及以前为已发放月份"
        if led.unrostered:  # history, but not paid yet: its roster pays the ledger's amount, the 补发 the rest
            about = (f"{led.paid_through:%Y 年 %m 月}及以前的月份不再改写，更正记为补发或追回；其中 "
                     + "、".join(f"{m.year} 年 {m.month} 月" for m in led.unrostered)
                     + " 尚未造册发放，仍按台账金额造册")
        print(f"户 {led.household_id}　{led.village}　{led.head_name}　（{about}）")
        if not led.months:
            print("这一户没有保障金台账。")
        months = []
        for m in led.months:
            d = m.decision
            basis = f"{messages.label('decision_kind', d.kind)} {d.decided_on.isoformat()}"
            if d.approved_by:
                basis += f" {d.approved_by}批准"
            if d.case_id:
                basis += f"（案件 {d.case_id}）"
            months.append((f"{m.month:%Y-%m}", messages.label("ledger_status", m.status),
                           messages.label("category", m.category) or "—", m.covered, fen_to_yuan(m.amount_fen),
                           fen_to_yuan(m.supplement_fen), f"{basis}{'　尚未造册发放' if m.month in led.unrostered else '' if m.paid else '　未发放'}"))
        print_table(months, ("月份", "状态", "类别", "人数", "月保障金", "其中分类施保/加发", "依据"), right={3, 4, 5})
        for a in led.adjustments:
            print(f"{a.month:%Y-%m}  {messages.label('adjustment_kind', a.kind)} {fen_to_yuan(a.amount_fen)} 元"
                  f"（{a.first_month:%Y-%m} 至 {a.last_month:%Y-%m}，{messages.label('decision_kind', a.decision.kind)}"
                  f" {a.decision.decided_on.isoformat()}）")
        return 0
    month = _month(args.month)
    if month is None:
        return 2
    village_id = None
    if args.village:
        found = [v for v in office.list_villages(ctx.uow()) if v.name == args.village.strip()]
        if not found:
            fail(f"没有名为“{args.village}”的村（社区）")
            return 1
        village_id = found[0].id
    print(totals_text(ledger.month_totals(ctx.uow(), month, village_id)))
    return 0


def totals_text(t) -> str:
    """The month's totals as the window shows them."""
    lines = [f"{t.month:%Y 年 %m 月}保障金台账{('（' + t.village + '）') if t.village else ''}："
             f"{t.total.households} 户，{t.total.persons} 人，{fen_to_yuan(t.total.amount_fen)} 元"
             f"（其中分类施保/加发 {fen_to_yuan(t.total.supplement_fen)} 元）"]
    if t.zero:
        lines.append(f"  其中 {t.zero} 户本月 0 元（造册另列不发放）")
    for title, group, label in (("按类别", t.by_category, "category"), ("按城乡", t.by_hukou, "hukou_type"),
                                ("按状态", t.by_status, "ledger_status")):
        parts = [f"{messages.label(label, k) or k or '未定'} {v.households} 户 {v.persons} 人 {fen_to_yuan(v.amount_fen)} 元"
                 for k, v in group.items()]
        lines.append(f"  {title}：" + ("；".join(parts) if parts else "无"))
    if t.adjustments:
        lines.append(f"  本月补发 {fen_to_yuan(t.back_pay_fen)} 元，追回 {fen_to_yuan(-t.recovery_fen)} 元"
                     f"（{t.adjustments} 笔）")
    return "\n".join(lines)


def run_proposals(args) -> int:
    from dibao_desk.cli.procedure import waiting_text
    from dibao_desk.services import proposals

    today = _today(args.today)
    if today is None:
        return 2
    ctx = context(args)
    rows = proposals.list_proposals(ctx.uow(), status=None if args.all else ProposalStatus.OPEN, today=today)
    if not rows:
        print("没有办理中的建议。" if not args.all else "没有建议。")
        return 0
    print_table([(r.id, messages.label("proposal_kind", r.kind), r.village or "—", r.head_name or f"{r.households} 户",
                  f"{r.effective_month:%Y-%m}", fen_to_yuan(r.before_fen), fen_to_yuan(r.after_fen),
                  (waiting_text(r.waiting) if r.status == ProposalStatus.OPEN
                   else messages.label("proposal_status", r.status)) + (f"（案件 {r.case_id}）" if r.case_id else ""))
                 for r in rows],
                ("编号", "类别", "村（社区）", "户主", "执行月份", "原金额", "建议金额", "等待"),
                right={0, 5, 6}, limits={2: NAME, 3: NAME})
    print(f"共 {len(rows)} 份。")
    return 0


def run_propose_standard(args) -> int:
    from dibao_desk.domain.problems import RuleError
    from dibao_desk.services import proposals

    month = _month(args.month)
    if month is None:
        return 2
    ctx = context(args)
    try:
        totals, p = proposals.propose_standard(ctx.uow(), month, dt.date.today(), args.reason)
    except RuleError as exc:
        return report_rule_error(exc)
    if p is None:
        print(f"按 {month:%Y 年 %m 月}的标准重算，{totals.households} 户的金额都不变，无需建议。")
        return 0
    print(f"已提出批量建议 {p.id}：{p.households} 户金额有变化，自 {month:%Y 年 %m 月}起执行；"
          f"须经步骤 {'、'.join(messages.label('step', s) for s in p.flow)}，批准后才写入台账。")
    return 0
