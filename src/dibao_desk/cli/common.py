"""Helpers shared by the command modules."""

from __future__ import annotations

import sys
from contextlib import contextmanager

from dibao_desk import messages
from dibao_desk.domain.problems import RuleError
from dibao_desk.models.store import StoreError
from dibao_desk.services.context import AppContext, open_context


def context(args) -> AppContext:
    try:
        return open_context(args.data_dir)
    except StoreError as exc:
        fail(messages.text(exc.code, **exc.params))
        raise SystemExit(1)


@contextmanager
def hold_store(args):
    """Hold the data folder's lock while a command writes; yields False (after saying who
    holds it) when another program has it."""
    from dibao_desk.services.context import resolve_data_dir
    from dibao_desk.services.storelock import StoreBusy, StoreLock

    lock = StoreLock(resolve_data_dir(args.data_dir), f"dibao-desk {' '.join(_words(args))}")
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
