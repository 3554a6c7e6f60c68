"""`dibao-desk blacklist|relatives|complaints|events|warnings`: the integrity registers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from dibao_desk import messages
from dibao_desk.cli.common import (
    command_group, context, fail, guarded, hidden_today, parse_date, removal, today_of, year_arg,
)
from dibao_desk.cli.table import NAME, print_table
from dibao_desk.domain import registers as rules
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.registers import ComplaintStatus

if TYPE_CHECKING:
    from dibao_desk.services.context import AppContext

label = messages.label


def _village_id(ctx: AppContext, name: str) -> int | None:
    """The id of the village (社区) called ``name``, None when there is none."""
    from dibao_desk.services import reviews

    return next((vid for vid, vname in reviews.village_choices(ctx.uow()) if vname == name.strip()), None)


def _remove_declaration(ctx: AppContext, record_id: int, reason: str) -> None:
    from dibao_desk.services import blacklist

    blacklist.remove_declaration(ctx.uow(), record_id, reason)


def _remove_relative(ctx: AppContext, relative_id: int, reason: str) -> None:
    from dibao_desk.services import relatives

    relatives.remove_relative(ctx.uow(), relative_id, reason)


def _remove_complaint(ctx: AppContext, complaint_id: int, reason: str) -> None:
    from dibao_desk.services import complaints

    complaints.remove_complaint(ctx.uow(), complaint_id, reason)


def register(sub: Any) -> None:
    # ---- 诚信档案 / 黑名单
    bs = command_group(sub, "blacklist", "诚信档案与诚信黑名单：登记申报不实、查看黑名单", "blacklist_command")
    x = bs.add_parser("list", help="列出今天仍在黑名单上的人（--all 含已期满的）")
    x.add_argument("--all", action="store_true")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_blacklist_list))
    x = bs.add_parser("add", help="登记一次申报不实：第一次警示，第二次起列入黑名单（期限按政策标准）")
    x.add_argument("--id", dest="id_number", required=True, metavar="身份证号")
    x.add_argument("--name", required=True, metavar="姓名")
    x.add_argument("--what", required=True, metavar="内容", help="哪些申报内容不实")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="查实日期（默认今天）")
    x.add_argument("--household", type=int, metavar="户编号")
    x.add_argument("--case", type=int, metavar="案件编号")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_blacklist_add))
    x = bs.add_parser("show", help="显示一个人的诚信档案")
    x.add_argument("id_number", metavar="身份证号")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_blacklist_show))
    x = bs.add_parser("correct", help="更正一条申报不实记录（编号见 show）：写明原因，期限重新计算")
    x.add_argument("record_id", type=int, metavar="记录编号")
    x.add_argument("--what", metavar="内容", help="不实内容（不填不改）")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="查实日期（不填不改）")
    x.add_argument("--reason", required=True, metavar="原因")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_blacklist_correct))
    removal(bs, "删除一条误登记的申报不实记录（编号见 show），写明原因", "record_id", "记录编号",
            _remove_declaration, "已删除记录 {0}。")

    # ---- 近亲属备案
    rs = command_group(sub, "relatives", "经办人员和村（社区）干部近亲属备案", "relatives_command")
    x = rs.add_parser("list", help="列出备案的近亲属及其所在家庭")
    x.add_argument("--year", type=year_arg, metavar="YYYY", help="只列出这一年备案的")
    x.set_defaults(handler=guarded(run_relatives_list))
    x = rs.add_parser("add", help="登记一名近亲属")
    x.add_argument("--staff-id", required=True, metavar="身份证号", help="工作人员（村干部）的身份证号")
    x.add_argument("--staff-name", required=True, metavar="姓名")
    x.add_argument("--role", required=True, choices=[str(r) for r in rules.StaffRole],
                   help="handling_staff 经办人员 / village_cadre 村（社区）干部")
    x.add_argument("--village", metavar="名称", help="村干部所在村（社区）")
    x.add_argument("--post", default="", metavar="职务")
    x.add_argument("--id", dest="id_number", required=True, metavar="身份证号", help="近亲属的身份证号")
    x.add_argument("--name", required=True, metavar="姓名", help="近亲属姓名")
    x.add_argument("--relation", required=True, choices=[str(r) for r in rules.Relation])
    x.add_argument("--date", metavar="YYYY-MM-DD", help="备案日期（默认今天）")
    x.add_argument("--note", default="")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_relatives_add))
    x = rs.add_parser("print", help="打印年度近亲属备案表（PDF）")
    x.add_argument("--year", type=year_arg, metavar="YYYY", help="哪一年（默认今年）")
    x.add_argument("--out", required=True, metavar="FILE.pdf")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_relatives_print))
    x = rs.add_parser("correct", help="更正一条备案（编号见 list）的姓名、关系、日期或备注，写明原因")
    x.add_argument("relative_id", type=int, metavar="编号")
    x.add_argument("--name", metavar="姓名")
    x.add_argument("--relation", choices=[str(r) for r in rules.Relation])
    x.add_argument("--date", metavar="YYYY-MM-DD", help="备案日期")
    x.add_argument("--note")
    x.add_argument("--reason", required=True, metavar="原因")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_relatives_correct))
    x = rs.add_parser("staff", help="更正工作人员（村干部）的姓名、类别、所在村或职务（编号见 list），写明原因")
    x.add_argument("staff_id", type=int, metavar="工作人员编号")
    x.add_argument("--name", metavar="姓名")
    x.add_argument("--role", choices=[str(r) for r in rules.StaffRole])
    x.add_argument("--village", metavar="名称", help="村干部所在村（社区）")
    x.add_argument("--post", metavar="职务")
    x.add_argument("--reason", required=True, metavar="原因")
    x.set_defaults(handler=guarded(run_relatives_staff))
    removal(rs, "删除一条备案（编号见 list），写明原因", "relative_id", "编号", _remove_relative, "已删除备案 {0}。")

    # ---- complaints
    cs = command_group(sub, "complaints", "举报受理、调查与答复（有报必查、有查必答）", "complaints_command")
    x = cs.add_parser("list", help="按答复期限列出举报")
    x.add_argument("--open", action="store_true", help="只列出待答复的")
    x.add_argument("--overdue", action="store_true", help="只列出已超过答复期限的")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_complaints_list))
    x = cs.add_parser("add", help="登记收到的举报（举报人可匿名）")
    x.add_argument("--household", type=int, metavar="户编号", help="被举报的家庭")
    x.add_argument("--channel", default="box", choices=[str(c) for c in rules.Channel],
                   help="box 举报箱 / phone 电话 / letter 来信 / visit 来访")
    x.add_argument("--description", default="", metavar="内容")
    x.add_argument("--complainant", default="", metavar="姓名", help="不填为匿名")
    x.add_argument("--contact", default="", metavar="联系方式")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="收到日期（默认今天）")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_complaints_add))
    x = cs.add_parser("answer", help="登记调查结论与答复")
    x.add_argument("complaint_id", type=int, metavar="编号")
    x.add_argument("--finding", required=True, choices=[str(f) for f in rules.Finding],
                   help="substantiated 属实 / partly 部分属实 / unfounded 不属实")
    x.add_argument("--investigation", required=True, metavar="调查情况")
    x.add_argument("--answer", required=True, metavar="答复内容")
    x.add_argument("--investigator", default="", metavar="调查人")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="答复日期（默认今天）")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_complaints_answer))
    x = cs.add_parser("calendar", help="工作日历：补录或更正某天是工作日还是休息日（用于计算答复期限）")
    x.add_argument("--set", nargs=2, metavar=("YYYY-MM-DD", "workday|holiday|clear"))
    x.add_argument("--note", default="")
    x.set_defaults(handler=guarded(run_complaints_calendar))
    x = cs.add_parser("correct", help="更正受理时登记的内容（不填的不改），写明原因；收到日期改变时期限重算")
    x.add_argument("complaint_id", type=int, metavar="编号")
    x.add_argument("--household", type=int, metavar="户编号")
    x.add_argument("--channel", choices=[str(c) for c in rules.Channel])
    x.add_argument("--description", metavar="内容")
    x.add_argument("--complainant", metavar="姓名")
    x.add_argument("--contact", metavar="联系方式")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="收到日期")
    x.add_argument("--reason", required=True, metavar="原因")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_complaints_correct))
    removal(cs, "删除误登记的举报，写明原因", "complaint_id", "编号", _remove_complaint, "已删除举报 {0}。")

    # ---- events
    es = command_group(sub, "events", "家庭变故（死亡、迁出、搬迁安置、破产、服刑）：立即复核", "events_command")
    x = es.add_parser("add", help="登记一件变故；该户复核立即到期。成员死亡、迁出、服刑的，该成员不再计入家庭人口："
                                  "仍有成员的提出变更（家庭成员减少），没有成员的提出取消，均从次月起")
    x.add_argument("--household", type=int, metavar="户编号")
    x.add_argument("--kind", required=True, metavar="类别", help="death / moved_away / relocation / bankruptcy / imprisonment")
    x.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    x.add_argument("--detail", default="", metavar="说明")
    x.add_argument("--member", metavar="姓名或身份证号",
                   help="哪位成员（死亡、迁出、服刑）；一人户的死亡可不写；迁出不写成员的，为全户迁出")
    x.add_argument("--as", dest="person_status", choices=("split_out", "married_out"), default=None,
                   help="成员迁出时的人员状态：split_out 分户迁出（默认）/ married_out 嫁娶")
    x.add_argument("--new-head", metavar="姓名或身份证号", help="户主死亡或迁出时，由哪位成员任户主（默认配偶，否则排在前面的成员）")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_events_add))
    x = es.add_parser("list", help="列出登记的变故")
    x.add_argument("--household", type=int, metavar="户编号")
    x.set_defaults(handler=guarded(run_events_list))
    x = es.add_parser("undo", help="撤销误登记的变故：恢复成员的人员状态、户主和关系，撤回其提出的尚未办理的案件；"
                                   "案件已开始办理、已批准、已复核或之后又登记了成员变故的，不能撤销")
    x.add_argument("event_id", type=int, metavar="编号", help="变故的编号（events list 列出）")
    x.add_argument("--reason", required=True, metavar="原因")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_events_undo))

    # ---- warnings' clock
    ws = command_group(sub, "warnings", "核对预警的举证期限：按剩余天数列出，逾期未答复的视为退出", "warnings_command")
    x = ws.add_parser("list", help="按剩余天数列出待答复的预警")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_warnings_list))
    x = ws.add_parser("settle", help="把已过答复期限仍未答复的预警登记为视为退出，并提出取消")
    hidden_today(x)
    x.set_defaults(handler=guarded(run_warnings_settle))


# ---- 诚信档案 / 黑名单 ------------------------------------------------------------------------

def run_blacklist_list(args) -> int:
    from dibao_desk.services import blacklist

    today = today_of(args)
    rows = blacklist.listed(context(args).uow(), today, include_ended=args.all)
    if not rows:
        print("诚信黑名单上没有人。")
        return 0
    print_table([(r.id_number, r.name, r.declarations, r.last_found_on.isoformat(),
                  r.bar_ends.isoformat() + ("" if r.barred_on(today) else "（已期满）")) for r in rows],
                ("身份证号", "姓名", "不实次数", "最近查实", "可再申请日期"), right={2}, limits={1: NAME})
    print(f"共 {len(rows)} 人。")
    return 0


def run_blacklist_add(args) -> int:
    from dibao_desk.services import blacklist

    today = today_of(args)
    d = blacklist.record_false_declaration(
        context(args).uow(), args.id_number, args.name, parse_date(args.date, today), args.what,
        household_id=args.household, case_id=args.case, today=today)
    if d.outcome == rules.DeclarationOutcome.LISTED:
        count = len(blacklist.person(context(args).uow(), d.id_number, today).declarations)
        print(messages.text("registers.declared_listed", name=d.name, count=count,
                            until=d.bar_ends.isoformat() if d.bar_ends else ""))
    else:
        print(messages.text("registers.declared_warning", name=d.name))
    return 0


def run_blacklist_show(args) -> int:
    from dibao_desk.services import blacklist

    today = today_of(args)
    rec = blacklist.person(context(args).uow(), args.id_number, today)
    if not rec.declarations:
        print(f"{rec.id_number}：诚信档案中没有申报不实的记录。")
        return 0
    state = f"在诚信黑名单上，{rec.barred_until.isoformat()} 起方可重新申请" if rec.barred_until else "不在黑名单上"
    print(f"{rec.name}（{rec.id_number}）：{state}")
    for d in rec.declarations:
        where = f"　户 {d.household_id}" if d.household_id else ""
        where += f"　案件 {d.case_id}" if d.case_id else ""
        print(f"  {d.found_on.isoformat()}　{label('declaration_outcome', d.outcome)}　{d.what}{where}"
              f"　（记录 {d.id}）")
    return 0


def run_blacklist_correct(args) -> int:
    from dibao_desk.services import blacklist

    ctx = context(args)
    old = blacklist.get_declaration(ctx.uow(), args.record_id)
    d = blacklist.correct_declaration(ctx.uow(), args.record_id, found_on=parse_date(args.date, old.found_on),
                                      what=old.what if args.what is None else args.what, reason=args.reason,
                                      today=today_of(args))
    ends = f"，{d.bar_ends.isoformat()} 起方可重新申请" if d.bar_ends else ""
    print(f"已更正记录 {d.id}：{d.found_on.isoformat()}　{label('declaration_outcome', d.outcome)}{ends}　{d.what}")
    return 0


def run_relatives_list(args) -> int:
    from dibao_desk.services import relatives

    rows = relatives.list_relatives(context(args).uow(), year=args.year)
    if not rows:
        print("没有备案的近亲属。")
        return 0
    for r in rows:
        where = f"　现为户 {r.household_id}（户主 {r.head_name}，{label('status', r.household_status)}）" \
            if r.household_id else ""
        staff = f"{label('staff_role', r.role)} {r.staff_name}" + (f"（{r.village}）" if r.village else "")
        print(f"{r.id:>5}  {r.registered_on.isoformat()}　{staff}（工作人员 {r.staff_id}）　"
              f"{label('kin_relation', r.relation)} {r.name}（{r.id_number}）{where}")
    print(f"共 {len(rows)} 人。")
    return 0


def run_relatives_add(args) -> int:
    from dibao_desk.services import relatives

    ctx = context(args)
    village_id = None
    if args.village:
        village_id = _village_id(ctx, args.village)
        if village_id is None:
            fail(f"没有名为“{args.village}”的村（社区）")
            return 1
    today = today_of(args)
    r = relatives.add_relative(ctx.uow(), staff_id_number=args.staff_id, staff_name=args.staff_name,
                               role=args.role, village_id=village_id, post=args.post, id_number=args.id_number,
                               name=args.name, relation=args.relation, registered_on=parse_date(args.date, today),
                               note=args.note, today=today)
    where = f"，现为户 {r.household_id}（户主 {r.head_name}）成员，该户标记为备案" if r.household_id else ""
    print(f"已备案：{r.staff_name} 的{label('kin_relation', r.relation)} {r.name}{where}")
    return 0


def run_relatives_correct(args) -> int:
    from dibao_desk.services import relatives

    ctx = context(args)
    now = next((r for r in relatives.list_relatives(ctx.uow()) if r.id == args.relative_id), None)
    if now is None:
        raise RuleError(Problem("registers.relative_missing", "id", {"id": args.relative_id}))
    r = relatives.edit_relative(
        ctx.uow(), now.id, name=now.name if args.name is None else args.name,
        relation=args.relation or now.relation, registered_on=parse_date(args.date, now.registered_on),
        note=now.note if args.note is None else args.note, reason=args.reason, today=today_of(args))
    print(f"已更正：{r.staff_name} 的{label('kin_relation', r.relation)} {r.name}（{r.registered_on.isoformat()}）")
    return 0


def run_relatives_staff(args) -> int:
    from dibao_desk.services import relatives

    ctx = context(args)
    now = next((r for r in relatives.list_relatives(ctx.uow()) if r.staff_id == args.staff_id), None)
    if now is None:
        raise RuleError(Problem("registers.staff_missing", "id", {"id": args.staff_id}))
    village_id = None
    if args.village:
        village_id = _village_id(ctx, args.village)
        if village_id is None:
            fail(f"没有名为“{args.village}”的村（社区）")
            return 2
    elif now.village:
        village_id = _village_id(ctx, now.village)
    relatives.edit_staff(ctx.uow(), args.staff_id, name=now.staff_name if args.name is None else args.name,
                         role=args.role or now.role, village_id=village_id,
                         post=now.post if args.post is None else args.post, reason=args.reason)
    print(f"已更正工作人员 {args.staff_id}。")
    return 0


def run_relatives_print(args) -> int:
    from dibao_desk.services import relatives

    today = today_of(args)
    year = args.year if args.year is not None else today.year
    r = relatives.print_filing_table(context(args).uow(), year, args.out, today)
    for p in r.problems:  # a name printed with □ for a character no font has
        print("注意：" + messages.text(p))
    print(f"已生成：{r.path}（{r.title}，{r.pages} 页）")
    return 0


# ---- complaints -----------------------------------------------------------------------------

def run_complaints_list(args) -> int:
    from dibao_desk.services import complaints

    today = today_of(args)
    ctx = context(args)
    for moved in complaints.recount_guessed_deadlines(ctx.uow()):  # the calendar now knows the year
        print("注意：" + messages.text(moved.notice))
    rows = complaints.list_complaints(ctx.uow(), status=ComplaintStatus.OPEN if args.open else None,
                                      overdue_on=today if args.overdue else None)
    if not rows:
        print("没有符合条件的举报。")
        return 0
    for c in rows:
        if c.status == rules.ComplaintStatus.OPEN:
            left = c.days_left(today)
            state = f"已超期 {-left} 天" if left < 0 else f"剩 {left} 天"
        else:
            late = f"（逾期 {c.days_late()} 天）" if c.days_late() else ""
            state = (f"{c.answered_on.isoformat() if c.answered_on else ''} 已答复{late}："
                     f"{label('complaint_finding', c.finding)}")
        who = c.complainant or "匿名"
        guessed = "（估算）" if _guessed(c) else ""
        print(f"{c.id:>5}  {c.received_on.isoformat()} {label('complaint_channel', c.channel)}　{who}　"
              f"{_complained_of(c)}　期限 {c.due_on.isoformat()}{guessed}　{state}")
        print(f"       {c.description}")
    print(f"共 {len(rows)} 件。")
    if any(_guessed(c) for c in rows):
        print("（估算）" + messages.text("registers.due_approximate"))
    return 0


def _complained_of(c) -> str:
    """户 N（村 户主）, or 已删除的家庭（户主 X） when its household was deleted."""
    if c.household_deleted:
        return messages.text("household.deleted_ref", head=c.household_name)
    return f"户 {c.household_id}（{c.village} {c.household_name}）"


def _guessed(c: Any) -> bool:
    """An open complaint whose deadline was counted on weekdays through a year the calendar does not know."""
    return bool(c.due_approximate) and c.status == rules.ComplaintStatus.OPEN


def run_complaints_add(args) -> int:
    from dibao_desk.services import complaints

    today = today_of(args)
    c = complaints.add_complaint(context(args).uow(), received_on=parse_date(args.date, today), channel=args.channel,
                                 household_id=args.household, description=args.description,
                                 complainant=args.complainant, contact=args.contact, today=today)
    print(f"已登记举报 {c.id}：户 {c.household_id}（{c.household_name}），应于 {c.due_on.isoformat()} 前答复。")
    if c.due_approximate:
        print(messages.text("registers.due_approximate"))
    return 0


def run_complaints_answer(args) -> int:
    from dibao_desk.services import complaints

    today = today_of(args)
    c = complaints.answer_complaint(context(args).uow(), args.complaint_id, finding=args.finding,
                                    investigation=args.investigation, answer=args.answer,
                                    investigator=args.investigator, answered_on=parse_date(args.date, today),
                                    today=today)
    print(f"举报 {c.id} 已答复：{label('complaint_finding', c.finding)}。")
    if c.finding in rules.SUBSTANTIATED_FINDINGS and not c.household_deleted and c.household_id is not None:
        from dibao_desk.services import reviews

        if reviews.schedule_of(context(args).uow(), c.household_id) is not None:
            print(f"户 {c.household_id} 的复核已设为立即到期。")
        else:  # not on benefit (applying, refused, cancelled): no review to bring forward
            print(f"户 {c.household_id} 现不在保障中，没有复核可安排；查实的情况请在该户办理中的案件里核查，"
                  f"已领取的保障金属不当领取的，请登记追回。")
    return 0


def run_complaints_correct(args) -> int:
    from dibao_desk.services import complaints

    ctx = context(args)
    now = complaints.get_complaint(ctx.uow(), args.complaint_id)

    def given(value, old):
        return old if value is None else value
    c = complaints.edit_complaint(
        ctx.uow(), now.id, received_on=parse_date(args.date, now.received_on), channel=given(args.channel, now.channel),
        household_id=given(args.household, now.household_id), description=given(args.description, now.description),
        complainant=given(args.complainant, now.complainant), contact=given(args.contact, now.contact),
        reason=args.reason, today=today_of(args))
    print(f"已更正举报 {c.id}：{_complained_of(c)}，应于 {c.due_on.isoformat()} 前答复。")
    if _guessed(c):
        print(messages.text("registers.due_approximate"))
    return 0


def run_complaints_calendar(args) -> int:
    from dibao_desk.services import complaints

    ctx = context(args)
    if args.set:
        day = parse_date(args.set[0])
        if day is None:
            fail("请写日期，格式为 YYYY-MM-DD")
            return 2
        choice = {"workday": True, "holiday": False, "clear": None}.get(args.set[1])
        if args.set[1] not in ("workday", "holiday", "clear"):
            fail("请写 workday（工作日）、holiday（休息日）或 clear（按国家日历）")
            return 2
        complaints.set_override(ctx.uow(), day, choice, args.note)
    rows = complaints.list_overrides(ctx.uow())
    if not rows:
        print("没有补录的日期；答复期限按国家公布的节假日安排计算。")
    for r in rows:
        print(f"{r.day.isoformat()}　{'工作日' if r.workday else '休息日'}　{r.note}")
    return 0


# ---- events ---------------------------------------------------------------------------------

def run_events_add(args) -> int:
    from dibao_desk.services import events

    today = today_of(args)
    ctx = context(args)
    member = new_head = None
    if args.household is not None and args.member:
        member = events.find_member(ctx.uow(), args.household, args.member)
    if args.household is not None and args.new_head:
        new_head = events.find_member(ctx.uow(), args.household, args.new_head)
    r = events.add_event(ctx.uow(), args.household, args.kind, parse_date(args.date), args.detail, today=today,
                         member_id=member, new_head_id=new_head, person_status=args.person_status)
    print(f"已登记：户 {r.event.household_id}（{r.event.head_name}）{label('event_kind', r.event.kind)}，"
          f"{r.event.on.isoformat()}；复核已到期（{r.review_due.isoformat()}）。")
    if r.member:
        rest = f"该户还有 {r.remaining} 人共同生活" if r.remaining else "该户已没有共同生活的成员"
        print(f"{r.member} 的人员状态记为“{label('person_status', r.person_status)}”（{r.event.on.isoformat()} 起），"
              f"{rest}。")
    if r.new_head:
        print(f"户主改为 {r.new_head}。保障金发放账号仍是原户主的（已记为开户人，造册审核时将被拒绝），"
              f"请在“修改家庭信息”中改为新户主的开户行和账号、开户人选“户主”，以免银行因户名不符退回。")
    if r.to_check:
        print(f"其他成员与户主的关系已按新户主改过；{'、'.join(r.to_check)} 与新户主的关系无法确定，已记为“其他”，"
              f"请在“修改家庭信息”中核对。")
    if r.change is not None:
        c = r.change
        print(f"已提出变更（家庭成员减少，建议 {c.id}，案件 {c.case_id}），从 {c.effective_month:%Y-%m} 起按其余成员"
              f"重新核定；批准前保障金不变。")
    elif r.member and r.remaining and r.followup is None:
        print("该户现有办理中的案件或不在保，变更待复核时办理。")
    if r.followup is not None:
        print(f"已登记{label('followup_kind', r.followup.kind)}，{label('followup_status', r.followup.status)}。")
    return 0


def run_events_list(args) -> int:
    from dibao_desk.services import events

    rows = events.list_events(context(args).uow(), household_id=args.household)
    if not rows:
        print("没有登记的变故。")
        return 0
    for e in rows:
        print(f"{e.id}　{e.on.isoformat()}　户 {e.household_id}（{e.village} {e.head_name}）　{label('event_kind', e.kind)}"
              f"　{e.detail}{'　（已复核）' if e.resolved else ''}")
    return 0


def run_events_undo(args) -> int:
    from dibao_desk.services import events_undo

    r = events_undo.undo_event(context(args).uow(), args.event_id, args.reason, today=today_of(args))
    print(f"已撤销：户 {r.household_id} {r.on.isoformat()} 的“{label('event_kind', r.kind)}”（变故 {r.event_id}）。")
    if r.kind == events_undo.MEMBER_ADDED:
        print(f"误增的成员 {r.member} 已从该户删除。")
    elif r.member:
        print(f"{r.member} 的人员状态恢复为“{label('person_status', r.person_status)}”，户主为 {r.head}。")
    for case_id in r.withdrawn_case_ids:
        print(f"其提出的案件 {case_id} 已撤回。")
    return 0


# ---- warnings ---------------------------------------------------------------------------------

def run_warnings_list(args) -> int:
    from dibao_desk.services import burden

    today = today_of(args)
    rows = burden.by_days_left(context(args).uow(), today)
    if not rows:
        print("没有待答复的核对预警。")
        return 0
    print_table([(w.id, "无期限" if w.days_left is None else (f"已逾期 {-w.days_left} 天" if w.days_left < 0
                                                               else f"剩 {w.days_left} 天"),
                  w.name, w.id_number, f"{label('warning_kind', w.kind)}　{w.detail}") for w in rows],
                right={0}, limits={2: NAME})
    return 0


def run_warnings_settle(args) -> int:
    from dibao_desk.services import burden

    done = burden.settle_overdue(context(args).uow(), today_of(args))
    for r in done:
        print(f"预警 {r.warning.id}（{r.warning.name}）逾期未答复，视为退出；"
              + "、".join(label("followup_kind", f.kind) for f in r.followups))
    print(f"共 {len(done)} 条。")
    return 0
