"""Where a command's process spends its time, for the benches: with ``DIBAO_TIMINGS=1`` in the
environment the command prints, on leaving, one line on stderr::

    dibao-desk timings {"main": [WALL, CPU], "command": [...], ..., "exit": [...]}

each mark the wall clock (``time.time()``, seconds since the epoch, so a bench can set it beside
the moment it started the process and the moment the process ended) and the process's CPU time
(``time.process_time()``) when that point was reached, in the order reached. ``import-roster``
also marks ``read`` on its read-ahead's own thread when the sheet is read (any time before
``preview``: the main thread waits for it after ``store``). Without the variable nothing is
recorded or printed.
"""

from __future__ import annotations

import json
import os
import sys
import time

ENV = "DIBAO_TIMINGS"
PREFIX = "dibao-desk timings "

_on = os.environ.get(ENV, "") not in ("", "0")
_marks: dict[str, list[float]] = {}


def mark(name: str) -> None:
    """Note that the command reached ``name`` (only when the variable asks for timings)."""
    if _on:
        _marks[name] = [time.time(), time.process_time()]


def report() -> None:
    """The marks so far as one line on stderr, with ``exit`` marked now (when asked for)."""
    if not _on:
        return
    mark("exit")
    try:
        print(PREFIX + json.dumps(_marks), file=sys.stderr, flush=True)
    except (OSError, ValueError):  # stderr closed: timings are never worth an error
        pass


def parse(stderr: str) -> dict[str, list[float]]:
    """The marks a command printed on ``stderr`` (empty when it printed none)."""
    for line in stderr.splitlines():
        if line.startswith(PREFIX):
            marks: dict[str, list[float]] = json.loads(line[len(PREFIX):])
            return marks
    return {}
