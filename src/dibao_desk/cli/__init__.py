"""The command line: the same services as the window, from a terminal.

``dibao-desk`` alone opens the window (see ``dibao_desk.main``). Each feature adds its subcommands in a
module of this package with ``register(subparsers)``; the handler receives the
parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import sys

from dibao_desk import __version__
from dibao_desk.cli import timings
from dibao_desk.features import feature_modules



def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dibao-desk", description="最低生活保障经办（乡镇社会事务办）")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="数据文件夹（默认为系统用户数据目录，也可用环境变量 DIBAO_DESK_DATA 指定）")
    parser.add_argument("--db", metavar="URL",
                        help="县级多人经办：使用 PostgreSQL 数据库 postgresql://用户名@服务器[:端口]/数据库名"
                             "（也可用环境变量 DIBAO_DESK_DB 或数据文件夹中的 database.txt 指定；"
                             "密码从提示输入、pgpass 文件或环境变量 PGPASSWORD，不写在命令行上）")
    parser.add_argument("--user", metavar="NAME",
                        help="登录账号（也可用环境变量 DIBAO_DESK_USER；密码从提示输入或环境变量 DIBAO_DESK_PASSWORD）")
    parser.add_argument("--version", action="version", version=f"dibao-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for mod in feature_modules(__name__):
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command from a terminal (the window is started by ``dibao_desk.main``)."""
    utf8_stdio()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    return run_command(args)


# Commands that only read: they run beside a window or another command on the same folder.
READ_ONLY = {("check",), ("cases",), ("policy",), ("county", "townships"), ("county", "roster"),
             ("county", "cases"), ("county", "warnings"), ("county", "payments"), ("county", "recovery"),
             ("reviews", "due"), ("reviews", "counts"), ("account", "list"), ("payroll", "show"), ("payroll", "list"),
             ("payroll", "print"), ("recovery", "list"), ("recovery", "show"),
             ("copy-store",)}  # reads a file and writes a server database, not the data folder


def command_path(args) -> tuple[str, ...]:
    path = [args.command]
    for dest in ("county_command", "reviews_command", "account_command", "payroll_command", "recovery_command"):
        if getattr(args, dest, None):
            path.append(getattr(args, dest))
    return tuple(path)


def run_command(args) -> int:
    timings.mark("command")
    # Work a command starts before the store is opened (``early``: it returns something with
    # ``close()``, or None), kept in ``args.early_work`` for its handler and waited for at the end.
    early = getattr(args, "early", None)
    args.early_work = early(args) if early is not None else None
    try:
        if command_path(args) in READ_ONLY or args.command in (None, "gui"):
            return int(args.handler(args) or 0)
        from dibao_desk.cli.common import hold_store

        with hold_store(args) as held:
            if not held:
                return 3
            return int(args.handler(args) or 0)
    except SystemExit as exc:  # a refusal already explained (no account, store unreadable)
        return exc.code if isinstance(exc.code, int) else 1
    except Exception as exc:
        from dibao_desk.services.errors import is_disk_full

        if not is_disk_full(exc):
            raise
        from dibao_desk import messages
        from dibao_desk.cli.common import fail

        fail(messages.text("write.disk_full"))
        return 5
    finally:
        if args.early_work is not None:
            args.early_work.close()


def utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            reconfigure = getattr(stream, "reconfigure", None)  # a TextIOWrapper's; not every stream has it
            if reconfigure is not None:
                reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
