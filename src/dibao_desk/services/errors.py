"""Failures of the machine rather than of the input, turned into problems a person can act on.

A full disk shows up as ``OSError(ENOSPC)`` while a file is written, or as SQLite's
"database or disk is full" while the store is saved; either way the write was undone
(``atomic.replacing`` removes its temporary file, SQLite rolls the transaction back), and what
the person needs is one clear sentence.
"""

from __future__ import annotations

import errno

from dibao_desk.domain.problems import Problem, RuleError

_FULL_TEXTS = ("database or disk is full", "no space left on device")


def is_disk_full(error: BaseException) -> bool:
    exc: BaseException | None = error
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return True
        if any(t in str(exc).lower() for t in _FULL_TEXTS):
            return True
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False


def as_rule_error(exc: BaseException) -> RuleError | None:
    """The problem a person reads for a machine failure, or None when it is something else."""
    if isinstance(exc, RuleError):
        return exc
    if is_disk_full(exc):
        return RuleError(Problem("write.disk_full"))
    return None
