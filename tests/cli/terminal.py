"""Running `dibao-desk COMMAND` on a test's store, as a person types it in a terminal."""

from __future__ import annotations

from typing import Any

from dibao_desk.cli import main


def run(ctx: Any, *args: str) -> int:
    """`dibao-desk --data-dir <the test's data folder> ARGS...`; the exit code."""
    return main(["--data-dir", str(ctx.data_dir), *args])


def run_captured(ctx: Any, capsys: Any, *args: str) -> tuple[int, str, str]:
    """The same, with what it printed: (exit code, stdout, stderr)."""
    code = run(ctx, *args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err
