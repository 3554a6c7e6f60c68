"""The command line: the same services as the window, from a terminal.

``dibao-desk`` alone opens the window (see ``dibao_desk.main``). Each feature adds its subcommands in a
module of this package with ``register(subparsers)``; the handler receives the
parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import dataclass
from typing import Any, NoReturn

from dibao_desk import __version__
from dibao_desk.cli import parser_text, timings
from dibao_desk.features import feature_modules



parser_text.install()  # argparse's own words (usage, --help, its errors) in Chinese


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dibao-desk", description="最低生活保障经办（乡镇社会事务办）")
    _global_options(parser)
    parser.add_argument("--version", action="version", version=f"dibao-desk {__version__}",
                        help="显示程序版本并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for mod in feature_modules(__name__):
        mod.register(sub)
    return parser


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR",
                        help="数据文件夹（默认为系统用户数据目录，也可用环境变量 DIBAO_DESK_DATA 指定）")
    parser.add_argument("--db", metavar="URL",
                        help="县级多人经办：使用 PostgreSQL 数据库 postgresql://用户名@服务器[:端口]/数据库名"
                             "（也可用环境变量 DIBAO_DESK_DB 或数据文件夹中的 database.txt 指定；"
                             "密码从提示输入、pgpass 文件或环境变量 PGPASSWORD，不写在命令行上）")
    parser.add_argument("--user", metavar="NAME",
                        help="登录账号（也可用环境变量 DIBAO_DESK_USER；密码从提示输入或环境变量 DIBAO_DESK_PASSWORD）")


# Commands whose work starts before the whole parser is built (``start_early``): the command's
# name and the module of this package that registers it.
EARLY = {"import-roster": "roster"}


class _NotEarly(Exception):
    """The command line is not one that ``start_early`` starts (or not a valid one)."""


class _QuietParser(argparse.ArgumentParser):
    """A parser that neither prints nor exits: it raises ``_NotEarly`` where argparse would
    report an error, and knows no --help (the full parser says everything)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise _NotEarly(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise _NotEarly(message)


@dataclass(frozen=True)
class Early:
    """Work started from the command line before the whole parser was built: the arguments
    as the command's own parser read them, and what its ``early`` hook returned."""

    args: dict[str, Any]
    work: Any

    def fits(self, args: argparse.Namespace) -> bool:
        """Whether the full parser read the same command line the same way."""
        full = vars(args)
        return all(k in full and full[k] == v for k, v in self.args.items())


def start_early(argv: list[str]) -> Early | None:
    """Start the ``early`` work of a command named in ``EARLY`` (``import-roster``: its
    read-ahead) from ``argv`` with a parser of that command alone, before the other commands'
    modules are imported and their parsers built (0.06-0.1 s in which the file is already
    being read). None for any other command line, or one this parser cannot read; the full
    parser then reads it as always, and ``run_command`` uses the work only if it read the same."""
    name = next((a for a in argv if a in EARLY), None)  # the parser below says if it is the command
    if name is None:
        return None
    parser = _QuietParser(prog="dibao-desk")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_QuietParser)
    importlib.import_module(f"{__name__}.{EARLY[name]}").register(sub)
    try:
        args, extra = parser.parse_known_args(argv)
    except _NotEarly:
        return None
    early = getattr(args, "early", None)
    if extra or args.command != name or early is None:
        return None
    return Early(vars(args), early(args))


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


def run_command(args, started: Early | None = None) -> int:
    timings.mark("command")
    # Work a command starts before the store is opened (``early``: it returns something with
    # ``close()``, or None), kept in ``args.early_work`` for its handler and waited for at the end;
    # ``started``: that work begun before the parser was built (see start_early).
    early = getattr(args, "early", None)
    if started is not None and early is not None and started.fits(args):
        args.early_work = started.work
    else:
        if started is not None and started.work is not None:
            started.work.close()
        args.early_work = early(args) if early is not None else None
    try:
        if command_path(args) in READ_ONLY or args.command in (None, "gui"):
            return _handle(args)
        from dibao_desk.cli.common import hold_store

        with hold_store(args) as held:
            if not held:
                return 3
            return _handle(args)
    except SystemExit as exc:  # a refusal already explained (no account, store unreadable)
        return exc.code if isinstance(exc.code, int) else 1
    except Exception as exc:
        from dibao_desk.services.errors import is_connection_lost, is_disk_full, os_problem

        if is_disk_full(exc):
            from dibao_desk import messages
            from dibao_desk.cli.common import fail

            fail(messages.text("write.disk_full"))
            return 5
        if is_connection_lost(exc):  # a county server stopped or the network cut mid-command
            import logging

            from dibao_desk import messages
            from dibao_desk.cli.common import fail

            logging.getLogger("dibao_desk.cli").error("store.connection_lost", exc_info=exc)
            fail(messages.text("store.connection_lost"))
            return 1
        problem = os_problem(exc)
        if problem is None:
            raise
        import logging

        from dibao_desk import messages
        from dibao_desk.cli.common import fail

        logging.getLogger("dibao_desk.cli").error("%s", problem.code, exc_info=exc)
        fail(messages.text(problem))
        return 1
    finally:
        if args.early_work is not None:
            args.early_work.close()


def _handle(args) -> int:
    """Run the command's handler, then close every store it opened (``common.context``), before
    the folder's lock is let go: a context left to the garbage collector keeps its pooled
    connection, and the store's file, open until a collection that may never come before the
    next command of the same process (a restore after a setup then found the store busy)."""
    args.opened_contexts = []
    try:
        return int(args.handler(args) or 0)
    finally:
        for ctx in args.opened_contexts:
            ctx.close()
        args.opened_contexts = []


def utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            reconfigure = getattr(stream, "reconfigure", None)  # a TextIOWrapper's; not every stream has it
            if reconfigure is not None:
                reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
