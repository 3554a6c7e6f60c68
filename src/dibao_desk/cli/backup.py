"""``dibao-desk backup`` and ``dibao-desk restore FILE`` from a terminal."""

from __future__ import annotations

import sys
from pathlib import Path

from dibao_desk import messages
from dibao_desk.cli.common import context, fail, report_rule_error
from dibao_desk.cli.progress import progress_on_stderr
from dibao_desk.domain.problems import RuleError
from dibao_desk.messages.backup import account_problems, backup_lines


def register(sub) -> None:
    p = sub.add_parser("backup", help="立即备份数据（数据文件夹内的 backups，以及选定的第二个文件夹）")
    p.add_argument("--to", metavar="DIR", help="这次备份到此文件夹（默认为已选定的备份文件夹）")
    p.add_argument("--set-folder", metavar="DIR", help="选定以后自动备份的第二个文件夹（U 盘或另一块磁盘）")
    p.set_defaults(handler=run_backup, writes=True)

    p = sub.add_parser("restore", help="从备份文件恢复数据（先把当前数据另存一份）")
    p.add_argument("file", metavar="FILE", help="备份文件（dibao-….sqlite3）")
    p.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    p.set_defaults(handler=run_restore, writes=True)


def run_backup(args) -> int:
    from dibao_desk.services import backup

    ctx = context(args)
    absent: str | None = None  # the folder just chosen, on a stick not plugged in now
    if args.set_folder:
        try:
            backup.set_backup_folder(ctx.uow(), args.set_folder, ctx.data_dir)
        except RuleError as exc:
            return report_rule_error(exc)
        chosen = backup.backup_folder(ctx.uow())
        print(f"以后自动备份到：{chosen}")
        if chosen is not None and not Path(chosen).is_dir():
            absent = str(chosen)
            print("（现在找不到这个文件夹：这次只备份到数据文件夹；U 盘或移动硬盘插好后，备份会同时存到那里。）")
    try:
        with progress_on_stderr("备份") as progress:
            run = backup.make_backups(ctx.uow(), ctx.store.path, to=args.to, reason="manual", progress=progress)
    except RuleError as exc:
        return report_rule_error(exc)
    for f in run.files:
        print(f"已备份：{f.path}（{f.size / 1048576:.1f} MB，SHA-256 {f.sha256}）")
    for path in run.removed:
        print(f"按保留规则删除旧备份：{path.name}")
    problems = [p for p in run.problems
                if not (p.code == "backup.folder_missing" and p.params.get("folder") == absent)]
    for p in problems:
        fail(messages.text(p))
    return 1 if problems else 0


def run_restore(args) -> int:
    ctx = context(args)
    try:
        return _restore(ctx, args)
    finally:
        ctx.close()  # a restore needs the store to itself: no connection of ours stays behind


def _restore(ctx, args) -> int:
    from dibao_desk.services import restore

    with progress_on_stderr("检查备份") as progress:  # gigabytes on a USB stick: say how far it is
        info = restore.inspect_for(ctx, args.file, progress)
    for line in backup_lines(info):
        print(line)
    if info.problems:
        for p in info.problems:
            fail(messages.text(p))
        return 2
    differ = account_problems(info)
    for n, p in enumerate(differ):
        print(("  " if n else "") + messages.text(p))
    if not args.yes:
        if not sys.stdin.isatty():
            fail("恢复会替换当前数据（当前数据会先另存一份）。确认请加 --yes")
            return 2
        ask = (messages.text("restore.accounts_confirm") + "[y/N] ") if differ else \
            "恢复会替换当前数据（当前数据会先另存一份）。确认恢复吗？[y/N] "
        if input(ask).strip().lower() not in ("y", "yes"):
            print("已取消。")
            return 1
    try:
        with progress_on_stderr("恢复备份") as progress:
            result = restore.restore(ctx, args.file, expected_sha256=info.sha256, progress=progress)
    except RuleError as exc:
        return report_rule_error(exc)
    print(f"已恢复。恢复前的数据已另存为：{result.kept}")
    if result.accounts_kept:
        print("账号、密码和找回码保持恢复前的样子，没有回到备份时。")
    if result.migrated_from:
        print(f"备份的数据结构（版本 {result.migrated_from}）已升级到当前版本。")
    return 0
