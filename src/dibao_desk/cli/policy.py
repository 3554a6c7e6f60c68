"""`dibao-desk recompute` and `dibao-desk policy`: benefits under the figures in force."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, guarded, hidden_today, report_rule_error, today_of
from dibao_desk.cli.table import lines
from dibao_desk.domain.money import fen_to_yuan
from dibao_desk.domain.problems import RuleError


def register(sub) -> None:
    p = sub.add_parser("recompute", help="按当月执行的政策标准重新计算所有在保家庭的保障金，并打印合计")
    p.add_argument("--month", metavar="YYYY-MM", help="计算哪个月（默认本月）")
    hidden_today(p)
    p.set_defaults(handler=guarded(run_recompute))
    p = sub.add_parser("policy", help="列出各套政策标准（保障标准、施保办法、财产限额等）及其生效日期")
    p.add_argument("--all", action="store_true", help="列出每套标准的全部数值")
    p.add_argument("--flow", action="append", default=[], metavar="类别=步骤",
                   help="另存一套标准，只改某类办理须经的步骤，如 --flow change=2,3,4,6,7,8,9,10；"
                        "类别：change（变更）、cancel（取消）、no_review（死亡、迁出）、batch（调整标准）。"
                        "民主评议（3，变更和取消）、公示（4、7、9 至少一个）、县民政局审批（8）不能去掉")
    p.add_argument("--from", dest="effective_from", metavar="YYYY-MM-DD",
                   help="与 --flow 同用：新一套标准的生效日期（默认下月 1 日）")
    p.add_argument("--note", default="", help="与 --flow 同用：依据、说明")
    hidden_today(p)
    p.set_defaults(handler=guarded(run_policy))


def parse_month(text: str | None, today: dt.date | None = None) -> dt.date | None:
    if not text:
        return (today or dt.date.today()).replace(day=1)
    m = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})月?\s*", text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return dt.date(int(m.group(1)), int(m.group(2)), 1)


def _cells(label: str, t: Any) -> tuple[str, ...]:
    return label, f"{t.households:,} 户", f"{t.persons:,} 人", f"{fen_to_yuan(t.amount_fen)} 元"


def run_recompute(args) -> int:
    from dibao_desk.services import households, proposals

    today = today_of(args)
    month = parse_month(args.month, today)
    if month is None:
        fail(messages.text("policy.month", value=args.month))
        return 2
    ctx = context(args)
    try:
        totals, proposal = proposals.propose_standard(ctx.uow(), month, today)
        ids = list(totals.ineligible)  # named, one per line (read by 500: one IN list each)
        ineligible = [r for k in range(0, len(ids), 500) for r in households.fetch_rows(ctx.uow(), ids[k:k + 500])]
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"{month.year}年{month.month}月保障金，按 {totals.policy_effective_from.isoformat()} 起执行的政策标准计算"
          + ("（示例标准，请在“设置”中换成本县公布的标准）" if totals.policy_is_example else ""))
    print(f"在保 {totals.households:,} 户 {totals.persons:,} 人，月保障金合计 {fen_to_yuan(totals.total_fen)} 元，"
          f"人均 {fen_to_yuan(totals.average_fen)} 元；金额或类别有变化的 {totals.changed:,} 户")
    aligned = lines([_cells(messages.label("category", code) or "未定", t) for code, t in totals.by_category.items()]
                    + [_cells(messages.label("hukou_type", code), t) for code, t in totals.by_hukou.items()],
                    right={1, 2, 3}, indent="  ")
    print("\n".join(["按类别："] + aligned[:len(totals.by_category)] + ["按城乡："] + aligned[len(totals.by_category):]))
    if totals.ineligible:
        print(f"注意：{len(totals.ineligible):,} 户按现有登记已不符合低保条件（合计中计为 0；不列入调整标准的建议，仍按原金额发放），请安排复核或办理取消。")
        for row in ineligible:  # which ones: the office reviews or cancels each
            print(f"  户 {row.id}　{row.village}　{row.head_name}　月保障金 {fen_to_yuan(row.monthly_benefit_fen)} 元")
    if proposal is None:
        print("没有哪一户的金额或类别变化，无需建议。")
    else:
        print(f"已提出批量建议 {proposal.id}：{proposal.households:,} 户自 {month.year}年{month.month}月起变化，"
              f"须经{'、'.join(messages.label('step', s) for s in proposal.flow)}，批准后才写入保障金台账"
              f"（dibao-desk proposals 查看）。")
    return 0


def _money_field(name: str) -> bool:
    return name.endswith("_fen")


def figure_text(name: str, value) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if name == "method":
        return messages.label("policy_method", value)
    if name == "rounding":
        return messages.label("rounding", value)
    if _money_field(name):
        return fen_to_yuan(value)
    if name.endswith(("_m2_x100", "_bp")):
        return f"{value / 100:g}"
    return str(value)


FLOW_NAMES = ("change", "cancel", "no_review", "batch")


def _flows(texts: list[str]) -> dict[str, str] | None:
    """{"flow_change": "3,4,…"} from "change=3,4,…" arguments; None (after saying why) when one is not."""
    out = {}
    for text in texts:
        name, sep, steps = text.replace("＝", "=").partition("=")
        name = name.strip().removeprefix("flow_")
        if not sep or name not in FLOW_NAMES:
            fail(f"--flow “{text}”应写成 类别=步骤，类别为 {'、'.join(FLOW_NAMES)} 之一，如 change=3,4,6,7,8,9,10")
            return None
        out[f"flow_{name}"] = steps.strip().replace("，", ",").replace(" ", "")
    return out


def run_set_flows(args) -> int:
    """A new set of figures: the set in force on its date, with the flows given changed."""
    from dibao_desk.services import policy

    flows = _flows(args.flow)
    if flows is None:
        return 2
    today = today_of(args)
    if args.effective_from:
        try:
            start = dt.date.fromisoformat(args.effective_from.strip())
        except ValueError:
            fail(f"生效日期“{args.effective_from}”应写成 YYYY-MM-DD，如 2027-01-01")
            return 2
    else:
        start = dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    ctx = context(args)
    try:
        base = policy.policy_in_force(ctx.uow(), start)
        changes: dict[str, Any] = dict(flows)  # flow_* fields, by name
        figures = dataclasses.replace(base.figures if base else policy.PolicyFigures(), **changes)
        added = policy.add_policy_set(ctx.uow(), start, figures, args.note or "修改办理步骤", today=today)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"已另存一套政策标准 [{added.id}]，自 {start.isoformat()} 起执行；其余数值沿用原标准。")
    for name in FLOW_NAMES:
        steps = added.figures.flow_for(name)
        print(f"  {messages.label('policy_field', 'flow_' + name)}：{'、'.join(messages.label('step', s) for s in steps)}")
    return 0


def run_policy(args) -> int:
    from dibao_desk.services import policy

    if args.flow:
        return run_set_flows(args)
    ctx = context(args)
    try:
        sets = policy.list_policy_sets(ctx.uow())
        current = policy.policy_in_force(ctx.uow(), today_of(args))
    finally:
        ctx.close()
    if not sets:
        print("还没有政策标准。")
        return 0
    for s in sets:
        f = s.figures
        until = f"至 {s.in_force_until.isoformat()}" if s.in_force_until else "起"
        marks = []
        if current is not None and s.id == current.id:
            marks.append("现行")
        if s.is_example:
            marks.append("示例")
        if s.superseded:
            marks.append("已被同日更正")
        print(f"[{s.id}] {s.effective_from.isoformat()} {until}{'（' + '，'.join(marks) + '）' if marks else ''}"
              f"  {s.note}")
        print(f"    城市 {fen_to_yuan(f.urban_standard_fen)} 元，农村 {fen_to_yuan(f.rural_standard_fen)} 元/人·月；"
              f"{messages.label('policy_method', f.method)}；{messages.label('rounding', f.rounding)}；"
              f"公示 {f.notice_days} 天；县级抽查 {f.county_check_permille / 10:g}%")
        print("    资金来源：" + "，".join(
            f"{messages.label('fund_source', k)} {v / 100:g}%" for k, v in f.fund_shares.items()))
        if args.all:
            for field in dataclasses.fields(f):
                print(f"      {messages.label('policy_field', field.name)}：{figure_text(field.name, getattr(f, field.name))}")
    return 0
