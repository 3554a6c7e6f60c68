"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import getpass
import os
import sys
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError

if TYPE_CHECKING:  # the store and the services load when a command opens the store, not before
    from dibao_desk.services.context import AppContext


ENV_USER = "DIBAO_DESK_USER"
ENV_PASSWORD = "DIBAO_DESK_PASSWORD"
# Commands that never ask for an account.
NO_SIGN_IN = {"check", "setup"}
# What an office's store without any account allows from a terminal: making its administrator.
FIRST_ACCOUNT = {("account", "add")}
# Subcommands that ask for no account: the recovery code stands for the forgotten password.
NO_SIGN_IN_PATHS = {("account", "recover")}


ENV_DB_PASSWORD = "PGPASSWORD"  # read by libpq itself; named here for the prompt's sake
ENV_NEW_PASSWORD = "DIBAO_DESK_NEW_PASSWORD"
ENV_RECOVERY_CODE = "DIBAO_DESK_RECOVERY_CODE"


class NoTerminal(Exception):
    """A secret was asked for but input is not a terminal: the message has been printed."""


def type_secret(prompt: str, what: str, env: str) -> str:
    """A secret typed at the terminal, never echoed.

    When the command's input is redirected (a file or a pipe, as in a scheduled task or
    ``dibao-desk … < list.txt``), Python's getpass would read the next line of that input as the
    password, with a warning in English, or echo it on a terminal it cannot control. A secret is
    therefore only ever typed: without a terminal the command says which environment variable
    to set, and stops."""
    if not _is_terminal():
        fail(messages.text("account.password_no_terminal", what=what, env=env))
        raise NoTerminal
    try:
        return getpass.getpass(prompt)
    except EOFError:  # the terminal closed (Ctrl+Z / Ctrl+D)
        fail(messages.text("account.password_no_terminal", what=what, env=env))
        raise NoTerminal from None


def type_password_twice(prompt: str, env: str) -> str | None:
    """A new password typed twice; None (after saying so) when the two differ."""
    first = type_secret(prompt, "新密码", env)
    if type_secret("再输入一次：", "新密码", env) != first:
        fail(messages.text("account.password_mismatch"))
        return None
    return first


def _is_terminal() -> bool:
    stdin = sys.stdin
    try:
        return stdin is not None and stdin.isatty()
    except (AttributeError, ValueError):  # closed, or replaced by an object without a terminal
        return False


def context(args) -> AppContext:
    from dibao_desk.models.store import PASSWORD_CODES
    from dibao_desk.services.context import StoreError, open_context

    db = getattr(args, "db", None)

    def waiting() -> None:  # another program is upgrading the store: say why nothing happens yet
        print(messages.text("progress.upgrade_waiting"), file=sys.stderr, flush=True)

    try:
        try:
            ctx = open_context(args.data_dir, db, on_wait=waiting)
        except StoreError as exc:
            if exc.code not in PASSWORD_CODES:
                raise
            # Neither PGPASSWORD nor the pgpass file had it (or theirs was refused): ask, never
            # echo, never log; a typed one refused is said so (store.password_wrong).
            try:
                password = type_secret(f"数据库 {exc.params.get('url', '')} 的密码：", "数据库密码",
                                       ENV_DB_PASSWORD)
            except NoTerminal:
                raise SystemExit(1) from None
            ctx = open_context(args.data_dir, db, password=password, on_wait=waiting)
    except StoreError as exc:
        fail(messages.text(exc.code, **exc.params))
        raise SystemExit(1)
    opened = getattr(args, "opened_contexts", None)
    if opened is not None:  # run_command closes it when the command ends
        opened.append(ctx)
    say_upgraded(ctx)
    if getattr(args, "command", None) not in NO_SIGN_IN and _command(args) not in NO_SIGN_IN_PATHS:
        sign_in(ctx, args)
    return ctx


def say_upgraded(ctx: AppContext) -> None:
    """The line the window shows after an upgrade, on stderr (a command's own output on stdout
    stays as it is): only the opening that upgraded has one."""
    from dibao_desk.services.context import upgrade_notice

    notice = upgrade_notice(ctx)
    if notice is not None:
        print(messages.text(notice), file=sys.stderr)


def sign_in(ctx: AppContext, args) -> None:
    """A real office's store asks who is working: --user (or DIBAO_DESK_USER) and the password
    from DIBAO_DESK_PASSWORD or a prompt. A demo store, or one without accounts yet, does not."""
    from dibao_desk.services import accounts

    if not accounts.needs_sign_in(ctx.uow()):
        if accounts.needs_first_account(ctx.uow()) and _command(args) not in FIRST_ACCOUNT:
            fail(messages.text("account.first_admin_required"))
            raise SystemExit(4)
        return
    name = getattr(args, "user", None) or os.environ.get(ENV_USER, "")
    if not name:
        fail(messages.text("account.user_required"))
        raise SystemExit(4)
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        try:
            password = type_secret(f"账号“{name}”的密码：", "账号密码", ENV_PASSWORD)
        except NoTerminal:
            raise SystemExit(4) from None
    try:
        ctx.sign_in(accounts.sign_in(ctx.uow(), name, password))
    except RuleError as exc:
        report_rule_error(exc)
        raise SystemExit(4)


def _command(args) -> tuple[str, ...]:
    from dibao_desk.cli import command_path

    return command_path(args)


def read_new_password(name: str) -> str | None:
    """A new password from DIBAO_DESK_PASSWORD, or typed twice at a terminal."""
    password = os.environ.get(ENV_PASSWORD)
    if password is not None:
        return password
    try:
        return type_password_twice(f"为账号“{name}”设置密码：", ENV_PASSWORD)
    except NoTerminal:
        return None


@contextmanager
def hold_store(args):
    """Hold the data folder's lock while a command writes; yields False (after saying who
    holds it) when another program has it. A store on a PostgreSQL server has no such lock:
    several clerks write at once, and the database keeps them apart."""
    from dibao_desk.services.context import resolve_data_dir, setup_logging, uses_server
    from dibao_desk.services.storelock import StoreBusy, StoreLock

    folder = resolve_data_dir(args.data_dir)
    if uses_server(getattr(args, "db", None), folder):
        yield True
        return
    if folder.is_dir():  # what taking the lock logs (a crashed program's lock taken over) goes to its log
        setup_logging(folder)
    lock = StoreLock(folder, f"dibao-desk {' '.join(_words(args))}")
    try:
        lock.acquire()
    except StoreBusy as exc:
        from dibao_desk.messages.backup import busy_text

        fail(busy_text(exc))
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def _words(args) -> list[str]:
    from dibao_desk.cli import command_path

    return list(command_path(args))


def fail(message: str) -> None:
    print(f"错误：{message}", file=sys.stderr)


def report_rule_error(exc: RuleError) -> int:
    for p in exc.problems:
        fail(messages.text(p))
    return 1


# ---- what the register commands share ------------------------------------------------------

Handler = Callable[[argparse.Namespace], int]


class BadInput(Exception):
    """A value typed on the command line was refused (and the person told why): exit 2."""


def parse_date(text: str | None, default: dt.date | None = None) -> dt.date | None:
    """A YYYY-MM-DD argument; ``default`` when not given. A bad one is said and raises BadInput."""
    if not text:
        return default
    typed = unicodedata.normalize("NFKC", text).strip()  # full-width digits and dashes (an IME left on)
    try:
        return dt.date.fromisoformat(typed)
    except ValueError:
        parts = typed.split("-")
        if len(parts) == 3 and [len(p) for p in parts] == [4, 2, 2] and all(p.isascii() and p.isdigit() for p in parts):
            year, month = int(parts[0]), int(parts[1])
            if 1 <= year and 1 <= month <= 12:
                last = calendar.monthrange(year, month)[1]
                fail(f"日期“{text}”不存在：{year} 年 {month} 月只有 {last} 天")
                raise BadInput from None
        fail(f"日期“{text}”格式不对，应为 YYYY-MM-DD")
        raise BadInput from None


def year_arg(text: str) -> int:
    """A ``--year YYYY`` argument: a year of four digits (1949-9999), else argparse says so in Chinese."""
    try:
        year = int(text.strip())
    except ValueError:
        year = 0
    if not 1949 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"年份“{text}”不对，应为四位数的年份，例如 2026")
    return year


def today_of(args: argparse.Namespace) -> dt.date:
    """The day the command acts on: the hidden ``--today`` (tests), else today."""
    return parse_date(getattr(args, "today", None), dt.date.today()) or dt.date.today()


def hidden_today(parser: argparse.ArgumentParser) -> None:
    """The hidden ``--today YYYY-MM-DD`` that fixes the day a command acts on."""
    parser.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)


def guarded(handler: Handler) -> Handler:
    """``handler`` with a refused value ending in exit 2 and a rule's problems said (exit 1)."""
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except BadInput:
            return 2
        except RuleError as exc:
            return report_rule_error(exc)
    return run


def command_group(sub: Any, name: str, help: str, dest: str) -> Any:
    """A command with subcommands (``dibao-desk NAME SUB``); alone, it prints its help."""
    parser = sub.add_parser(name, help=help)
    parser.set_defaults(handler=lambda args: (parser.print_help(), 0)[1])
    return parser.add_subparsers(dest=dest, metavar="子命令")


def removal(group: Any, help: str, id_dest: str, metavar: str,
            remove: Callable[[AppContext, int, str], object], done: str) -> argparse.ArgumentParser:
    """A ``remove ID --reason TEXT`` subcommand: ``remove(ctx, id, reason)`` then ``done`` said,
    formatted with the id."""
    parser: argparse.ArgumentParser = group.add_parser("remove", help=help)
    parser.add_argument(id_dest, type=int, metavar=metavar)
    parser.add_argument("--reason", required=True, metavar="原因")

    def run(args: argparse.Namespace) -> int:
        number = getattr(args, id_dest)
        remove(context(args), number, args.reason)
        print(done.format(number))
        return 0
    parser.set_defaults(handler=guarded(run))
    return parser
