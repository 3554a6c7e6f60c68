"""``dibao-desk import-roster FILE``: bring in an Excel roster (花名册) from a terminal."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from typing import TYPE_CHECKING

from dibao_desk.cli import timings
from dibao_desk.domain.problems import RuleError

if TYPE_CHECKING:
    from dibao_desk.exchange.read_ahead import ReadAhead

# The statuses a roster may give new households (services.roster_plan.IMPORT_STATUSES, which
# a test holds this to): written out so that building the parser loads no import service.
IMPORT_STATUS_CHOICES = ("registered", "receiving")


def register(sub) -> None:
    p = sub.add_parser("import-roster", help="导入 Excel 花名册（.xlsx / .xls）")
    p.add_argument("file", metavar="FILE", help="花名册文件")
    p.add_argument("--sheet", metavar="NAME", help="工作表名称（默认自动选择有表头的第一张）")
    # A dry run is how an office fixes its rows before importing: it writes the rows it would not
    # import to their workbook, as the import does, and nothing into the store.
    p.add_argument("--dry-run", action="store_true",
                   help="只检查并报告，不导入任何数据；有错误的行连同原因写入花名册旁的“<文件名>-未导入.xlsx”，"
                        "改正后再导入")
    p.add_argument("--existing", choices=("update", "skip"), default="update",
                   help="已登记的家庭：update 更新（默认），skip 跳过")
    p.add_argument("--status", choices=IMPORT_STATUS_CHOICES, default=None,
                   help="新家庭的状态：receiving 在保（有月保障金列时默认），registered 已登记")
    p.add_argument("--hukou", choices=("rural", "urban"), default="rural",
                   help="花名册没有户籍类型列时按此登记（默认 rural 农村）")
    p.add_argument("--village", default="", help="行中没有村（社区）时使用的村名")
    # No cycle collector in its own process (see dibao_desk.main.cycle_collector): it would walk
    # the sheet's rows again and again while the read-ahead makes them.
    p.set_defaults(handler=run_import_roster, early=read_ahead, cycle_collector=False)


VILLAGES_NAMED = 8  # as many new villages as the window names; the rest are counted
ROWS_LISTED = 20  # rows with errors, and rows with 提示, listed each; the rest are counted


def _villages(names) -> str:
    if len(names) <= VILLAGES_NAMED:
        return "、".join(names)
    return f"{'、'.join(names[:VILLAGES_NAMED])} 等 {len(names)} 个（另 {len(names) - VILLAGES_NAMED} 个未列出）"


def read_ahead(args: argparse.Namespace) -> ReadAhead:
    """Start checking and reading the workbook while the store opens (see exchange.read_ahead)."""
    from dibao_desk.exchange.read_ahead import ReadAhead

    return ReadAhead.start(args.file, args.sheet, on_end=lambda: timings.mark("read"))


def _preload() -> None:
    from dibao_desk.domain import idcard, names

    names.preload()
    idcard.preload()  # the ID numbers' regions


def _rows_listed(pv, status: str, title: str, rest: str) -> None:
    """The first rows of ``status`` under ``title``, one a line with its reason, and the rest counted."""
    from dibao_desk.services import roster_import as ri

    count = pv.count(status)
    if not count:
        return
    print(title)
    for r in ri.first_rows(pv, status, ROWS_LISTED):
        print(f"  第 {r.sheet_row} 行：{ri.reason(r)}")
    if count > ROWS_LISTED:
        print(f"  ……另有 {count - ROWS_LISTED} {rest}")


def run_import_roster(args) -> int:
    # Imported here, not at the top: main.start_early builds this command's parser alone to start
    # the read-ahead before the other commands (and the words: messages) are loaded.
    from dibao_desk import messages
    from dibao_desk.cli.common import context, fail
    from dibao_desk.services import roster_import as ri
    from dibao_desk.cli.progress import progress_on_stderr

    ctx = context(args)
    timings.mark("store")
    options = ri.ImportOptions(status=args.status, hukou=args.hukou, default_village=args.village)
    started = time.perf_counter()
    reader = getattr(args, "early_work", None)
    if reader is not None:
        # Tables the import reads load while the reader finishes, instead of beside the
        # preview's own work: pypinyin's (for the households' search keys) and python-stdnum's
        # administrative divisions (the ID numbers' regions, looked up once each; 0.04 s).
        threading.Thread(target=_preload, name="pinyin-preload", daemon=True).start()
    try:
        pre_read = reader.result() if reader is not None else None
        with progress_on_stderr("检查花名册") as progress:  # stderr: the words on stdout stay as they are
            pv = ri.preview(ctx.uow(), args.file, sheet=args.sheet, options=options, progress=progress,
                            pre_read=pre_read)
    except RuleError as exc:
        for p in exc.problems:
            fail(messages.text(p))
        return 2
    timings.mark("preview")
    # Held until the command's process ends: it then leaves without freeing the rows one by one
    # (about 0.1 s for 100,000 persons; see dibao_desk.main.leave_process).
    args.preview = pv
    if pv.problems:
        for p in pv.problems:
            fail(messages.text(p))
        return 2
    print(f"文件：{args.file}  工作表：{pv.sheet}  表头在第 {'、'.join(map(str, pv.header_rows))} 行")
    cols = [f"{label or '（空）'}→{messages.label('roster_field', f)}"
            for label, f in zip(pv.labels, pv.mapping) if f != "ignore"]
    print("列对应：" + "，".join(cols))
    if pv.village_aliases:
        print("村名按同一个村对应：" + "，".join(f"{given}→{name}" for given, name in pv.village_aliases))
    if pv.new_villages:
        print("将新建村（社区）：" + _villages(pv.new_villages))
    if pv.members_gone:
        print(f"已登记的家庭中有 {pv.members_gone} 名成员不在本花名册中，"
              + ("导入后按迁出登记。" if not args.dry_run and args.existing == "update" else "更新导入时将按迁出登记。"))
    if pv.amounts_differ:
        print(f"在保家庭中有 {pv.amounts_differ} 户的类别或金额与花名册不同：导入不改保障金，"
              + ("导入后为每户提出变更建议，按规定程序审批后才生效。" if not args.dry_run and args.existing == "update"
                 else "更新导入时为每户提出变更建议。"))
    if pv.fullwidth_fixed or pv.spaces_fixed:
        print(f"已自动更正：全角数字 {pv.fullwidth_fixed} 处，多余空格 {pv.spaces_fixed} 处")
    rejected = pv.count("error")
    noted = pv.count("warning")
    # The window's summary line: every row counted by what the import does with it.
    print(f"共 {len(pv.rows)} 行：正常 {pv.count('ok')}，提示 {noted}，错误 {rejected}，跳过 {pv.count('skipped')}。")
    _rows_listed(pv, "error", f"错误 {rejected} 行（不导入）：", "行错误，详见错误工作簿")
    # The rows the window marks 提示 (a holder under 16, a relation word not known, a village new
    # to the store...): imported as they are, but an office checks them.
    _rows_listed(pv, "warning", f"提示 {noted} 行（照常导入，请核实）：",
                 "行提示未列出（在窗口的导入预览中选“仅提示”可逐行查看）")
    aside: ri.ErrorsAside | None = None
    if args.dry_run:
        new = [h for h in pv.households if h.existing_id is None]
        print(f"检查完成，没有导入任何数据：可新建 {len(new)} 户 {sum(len(h.members) for h in new)} 人，"
              f"已登记 {pv.existing} 户，拒绝 {rejected} 行（{pv.households_rejected} 户）。")
    else:
        # The rows not imported go into their workbook while the commit writes (see ErrorsAside);
        # it is put in place once the households are saved, and left nowhere if they are not.
        aside = ri.ErrorsAside.start(pv)
        try:
            with progress_on_stderr("导入花名册") as progress:
                res = ri.commit(ctx.uow(), pv, on_existing=args.existing, progress=progress)
        except BaseException as exc:
            if aside is not None:
                aside.discard()
            if not isinstance(exc, RuleError):
                raise
            for p in exc.problems:
                fail(messages.text(p))
            return 1
        timings.mark("commit")
        print(f"导入完成：新建 {res.households_created} 户 {res.persons_created} 人；"
              f"更新 {res.households_updated} 户（{res.persons_updated} 人有变动）；"
              f"无变化 {res.households_unchanged} 户；跳过 {res.households_skipped} 户 {res.persons_skipped} 人；"
              f"拒绝 {res.rows_rejected} 行（{res.households_rejected} 户）。")
        if res.members_moved_out:
            print(f"不在花名册中的成员 {res.members_moved_out} 人已按迁出登记，所在家庭转为需要复核。")
        if res.amounts_proposed:
            print(f"类别或金额与在保记录不同的 {res.amounts_proposed} 户已提出变更建议（dibao-desk proposals 查看），"
                  "审批前保障金不变。")
        if res.amounts_not_proposed:
            shown = "、".join(str(h) for h in res.amounts_not_proposed[:8])
            more = f" 等 {len(res.amounts_not_proposed)} 户" if len(res.amounts_not_proposed) > 8 else ""
            print(f"户 {shown}{more} 的类别或金额与花名册不同，但已有在办的案件，未提出建议，请办完后核实。")
        if res.villages_created:
            print("已新建村（社区）：" + _villages(res.villages_created))
    try:
        if args.dry_run:
            error_path = ri.write_errors(pv)
        else:
            error_path = aside.place() if aside is not None else None
    except OSError as exc:
        where = ri.error_workbook_path(pv)
        if args.dry_run:
            fail(f"检查完成，没有导入任何数据。但有错误的行没能写入 {where}（文件可能正被 Excel 打开、已有同名的"
                 f"文件夹或磁盘已满；详情：{exc}）。")
        else:
            fail(f"以上家庭已保存。但未导入的行没能写入错误工作簿 {where}（文件可能正被 Excel 打开、已有同名的"
                 f"文件夹或磁盘已满；详情：{exc}）。处理后用 --dry-run 再检查一次即可生成。")
        return 1
    timings.mark("errors")
    if error_path and args.dry_run:
        print(f"有错误的行及原因已写入：{error_path}（只写了这个文件；改正后可再检查或导入）")
    elif error_path:
        print(f"未导入的行及原因已写入：{error_path}（改正后可再次导入）")
    elif ri.error_workbook_path(pv).exists():
        # Left by an earlier check or import of this file: its rows are no longer wrong.
        print(f"本次没有错误的行；旁边的 {ri.error_workbook_path(pv)} 是以前写出的，可以删除。")
    print(f"用时 {time.perf_counter() - started:.1f} 秒。", file=sys.stderr)
    return 0
