"""`dibao-desk files`: the documents filed with a household (一户一档) from a terminal;
`dibao-desk household delete`: a household registered by mistake."""

from __future__ import annotations

import sys

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, hidden_today, report_rule_error, today_of
from dibao_desk.cli.table import print_table
from dibao_desk.domain import household_files as rules
from dibao_desk.domain.moments import local_minute
from dibao_desk.domain.problems import RuleError


def register(sub) -> None:
    p = sub.add_parser("household", help="家庭：删除误登记的家庭")
    s = p.add_subparsers(dest="household_command", metavar="子命令")
    x = s.add_parser("delete", help="删除误登记、没有任何办理记录的家庭（有审批、台账、名册、复核、举报等记录的不能删除）")
    x.add_argument("household_id", type=int, metavar="户编号")
    x.add_argument("--yes", action="store_true", help="不再询问，直接删除")
    x.set_defaults(handler=run_delete)
    p.set_defaults(handler=lambda args: (p.print_help(), 0)[1])
    _register_files(sub)


def run_delete(args) -> int:
    """Refused (exit 1) with the records counted when the household has any; otherwise asks
    [y/N] unless --yes, and refuses (exit 2) to ask when input is not a terminal."""
    from dibao_desk.services import households

    ctx = context(args)
    try:
        h = households.check_delete(ctx.uow(), args.household_id)
        what = f"{h.village}户主 {h.head_name} 家（{h.person_count} 人，户编号 {h.id}）"
        if not args.yes:
            if not sys.stdin.isatty():
                fail(f"将删除{what}的登记信息，删除后不能恢复。确认请加 --yes")
                return 2
            if input(f"确定删除{what}的登记信息吗？删除后不能恢复。[y/N] ").strip().lower() not in ("y", "yes"):
                print("已取消，没有删除。")
                return 1
        households.delete(ctx.uow(), args.household_id)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"已删除{what}的登记信息（已记入操作记录）。")
    return 0


def _register_files(sub) -> None:
    p = sub.add_parser("files", help="一户一档：列出、添加、删除一户的档案材料，打印材料目录（PDF）")
    s = p.add_subparsers(dest="files_command", metavar="子命令")
    x = s.add_parser("list", help="列出一户的档案材料")
    x.add_argument("--household", type=int, required=True, metavar="户编号")
    x.set_defaults(handler=run_list)
    x = s.add_parser("add", help="把扫描件或照片（PDF、JPG、PNG）归入一户或该户的一件案件")
    x.add_argument("--household", type=int, required=True, metavar="户编号")
    x.add_argument("file", metavar="文件")
    x.add_argument("--kind", required=True, choices=rules.FILE_KINDS,
                   help="；".join(f"{k}={messages.label('file_kind', k)}" for k in rules.FILE_KINDS))
    x.add_argument("--pages", type=int, default=1, metavar="页数")
    x.add_argument("--case", type=int, default=None, metavar="案件编号", help="归入该户的这件案件（不填为归入本户）")
    x.add_argument("--note", default="", metavar="说明")
    x.set_defaults(handler=run_add)
    x = s.add_parser("remove", help="删除一份档案材料（操作记录保留其信息）")
    x.add_argument("file_id", type=int, metavar="材料编号")
    x.set_defaults(handler=run_remove)
    x = s.add_parser("print", help="打印一户的档案材料目录（PDF）")
    x.add_argument("--household", type=int, required=True, metavar="户编号")
    x.add_argument("--out", required=True, metavar="PDF 文件")
    hidden_today(x)
    x.set_defaults(handler=run_print)
    p.set_defaults(handler=lambda args: (p.print_help(), 0)[1])


def run_list(args) -> int:
    from dibao_desk.services import household_files

    ctx = context(args)
    try:
        files = household_files.list_files(ctx.uow(), args.household)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    if not files:
        print(f"第 {args.household} 户没有档案材料。")
        return 0
    print_table([(f.id, messages.label("file_kind", f.kind), f.pages, f"案件 {f.case_id}" if f.case_id else "本户",
                  local_minute(f.added_at), f.original_name) for f in files],
                ("编号", "类别", "页数", "所属", "归档时间", "文件名"), right={0, 2})
    print(f"共 {len(files)} 份，{sum(f.pages for f in files)} 页。")
    return 0


def run_add(args) -> int:
    from dibao_desk.services import household_files

    ctx = context(args)
    try:
        f = household_files.add_file(ctx.uow(), ctx.data_dir, args.household, args.file, args.kind,
                                     pages=args.pages, note=args.note, case_id=args.case)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"已归档：{f.original_name}（{messages.label('file_kind', f.kind)}，{f.pages} 页），材料编号 {f.id}")
    return 0


def run_remove(args) -> int:
    from dibao_desk.services import household_files

    ctx = context(args)
    try:
        household_files.remove_file(ctx.uow(), ctx.data_dir, args.file_id)
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    print(f"已删除材料 {args.file_id}。")
    return 0


def run_print(args) -> int:
    from dibao_desk.services import household_files

    ctx = context(args)
    try:
        r = household_files.print_list(ctx.uow(), args.household, args.out, today_of(args))
    except RuleError as exc:
        return report_rule_error(exc)
    finally:
        ctx.close()
    for p in r.problems:  # a name printed with □ for a character no font has
        print("注意：" + messages.text(p))
    print(f"已生成 {r.path}（{r.pages} 页）")
    return 0
