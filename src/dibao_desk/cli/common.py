"""Helpers shared by the command modules."""

from __future__ import annotations

import sys

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


def fail(message: str) -> None:
    print(f"错误：{message}", file=sys.stderr)


def report_rule_error(exc: RuleError) -> int:
    for p in exc.problems:
        fail(messages.text(p))
    return 1
