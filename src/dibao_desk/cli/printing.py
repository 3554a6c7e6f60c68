"""`dibao-desk print notice|form`: public notices and the procedure's forms as PDF."""

from __future__ import annotations

import datetime as dt

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, hidden_today, report_rule_error, today_of
from dibao_desk.domain.problems import RuleError

FORM_KINDS = ("application", "home_visit", "review_record", "approval", "review_notice",
              "refusal", "cancellation", "placard")


def register(sub) -> None:
    p = sub.add_parser("print", help="打印公示表、程序表格和低保户挂牌（PDF）")
    what = p.add_subparsers(dest="what", metavar="类别")
    n = what.add_parser("notice", help="公示表：一榜、二榜、三榜或长期公示")
    n.add_argument("--stage", required=True, choices=("1", "2", "3", "long"),
                   help="1、2、3：一、二、三榜公示；long：长期公示")
    n.add_argument("--village", metavar="名称", help="只打印这个村（社区）的（默认全乡镇）")
    n.add_argument("--paper", choices=("A4", "A3"), default="A4", help="纸张（默认 A4）")
    n.add_argument("--landscape", action="store_true", help="横向")
    n.add_argument("--full", action="store_true",
                   help="详细公示：列出家庭及赡养人收入，只含已签署同意书的家庭")
    n.add_argument("--office-copy", action="store_true",
                   help="办公室留存本（不得张贴）：标注备案家庭（经办人员、村干部近亲属）和特殊情况")
    n.add_argument("--date", metavar="YYYY-MM-DD", help="公示日期（默认今天）；与 --post 同用时为张贴日期")
    n.add_argument("--post", action="store_true",
                   help="先登记张贴：本榜所有等待张贴的案件（限 --village 的村）于该日一起张贴，再打印这一批")
    n.add_argument("--person", metavar="姓名", help="张贴人（与 --post 同用；默认本机经办人）")
    n.add_argument("--posted", metavar="YYYY-MM-DD",
                   help="打印哪天张贴的那一批（默认最近一批仍在公示的）")
    n.add_argument("--out", required=True, metavar="FILE.pdf", help="写入的 PDF 文件")
    hidden_today(n)
    n.set_defaults(handler=run_notice)
    f = what.add_parser("form", help="为一户填写程序表格或挂牌")
    f.add_argument("kind", choices=FORM_KINDS, metavar="KIND",
                   help="application 申请表 / home_visit 入户调查表 / review_record 民主评议记录 / "
                        "approval 审核审批表 / review_notice 复审告知书 / refusal 不予批准通知书 / "
                        "cancellation 终止保障通知书 / placard 挂牌")
    f.add_argument("--household", required=True, type=int, metavar="ID", help="户编号")
    f.add_argument("--date", metavar="YYYY-MM-DD", help="落款日期（默认今天）")
    f.add_argument("--out", required=True, metavar="FILE.pdf", help="写入的 PDF 文件")
    f.set_defaults(handler=run_form)
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])


def _date(text: str | None) -> dt.date | None:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"日期“{text}”格式不对，应为 YYYY-MM-DD")
        return None


def _report(result) -> int:
    for p in result.problems:
        print("注意：" + messages.text(p))
    print(f"已写入 {result.path}（{result.title}，{result.pages} 页）")
    return 0


def run_notice(args) -> int:
    from dibao_desk.services import printing

    day = _date(args.date)
    if day is None:
        return 2
    posted = None
    if args.posted:
        posted = _date(args.posted)
        if posted is None:
            return 2
    ctx = context(args)
    person = ""
    if args.post:
        person = (args.person or ctx.operator or "").strip()
        if not person:
            fail("请用 --person 写明张贴人")
            return 2
    try:
        village_id = printing.village_id_by_name(ctx.uow(), args.village) if args.village else None
        result = printing.print_notice(ctx.uow(), args.stage, args.out, village_id=village_id,
                                       paper=args.paper, landscape=args.landscape, on=day, full=args.full,
                                       posted=posted, post_person=person, office_copy=args.office_copy,
                                       today=today_of(args))
    except RuleError as exc:
        return report_rule_error(exc)
    if person:
        print(f"已登记张贴：{result.households} 户，张贴人 {person}，{day:%Y-%m-%d} 起公示。")
    if not result.households:
        print("注意：" + messages.text("printing.empty"))
    print(f"共 {result.households} 户。")
    return _report(result)


def run_form(args) -> int:
    from dibao_desk.services import printing

    day = _date(args.date)
    if day is None:
        return 2
    ctx = context(args)
    try:
        result = printing.print_form(ctx.uow(), args.kind, args.household, args.out, today=day)
    except RuleError as exc:
        return report_rule_error(exc)
    return _report(result)
