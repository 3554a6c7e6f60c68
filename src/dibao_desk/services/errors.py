"""Failures of the machine rather than of the input, turned into problems a person can act on.

A full disk shows up as ``OSError(ENOSPC)`` while a file is written, or as SQLite's
"database or disk is full" while the store is saved; either way the write was undone
(``atomic.replacing`` removes its temporary file, SQLite rolls the transaction back), and what
the person needs is one clear sentence.
"""

from __future__ import annotations

import errno
import os

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


# SQLSTATEs of a connection that is gone: class 08 (connection exception) and the server's
# shutdown of the session (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
_LOST_STATES = ("57P01", "57P02", "57P03")


def is_connection_lost(error: BaseException) -> bool:
    """A county server's connection lost in the middle of the work (the server stopped, the
    network cut, the session ended by the administrator), or refused when the pool reconnects:
    the transaction never committed, so nothing of the work was written. A conflict with another
    clerk (40001, 40P01: retried by ``uow.retrying``) is not one, nor is any SQLite failure."""
    from sqlalchemy.exc import DBAPIError

    exc: BaseException | None = error
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DBAPIError) and exc.orig is not None and type(exc.orig).__module__.startswith("psycopg"):
            if exc.connection_invalidated:
                return True
            state = getattr(exc.orig, "sqlstate", None)
            if state is None:  # raised by libpq itself: the connection could not be made or was cut
                return type(exc.orig).__name__ == "OperationalError"
            return state.startswith("08") or state in _LOST_STATES
        exc = exc.__cause__ or exc.__context__
    return False


def as_rule_error(exc: BaseException) -> RuleError | None:
    """The problem a person reads for a machine failure, or None when it is something else."""
    if isinstance(exc, RuleError):
        return exc
    if is_disk_full(exc):
        return RuleError(Problem("write.disk_full"))
    if is_connection_lost(exc):
        return RuleError(Problem("store.connection_lost"))
    return None


def os_problem(error: BaseException) -> Problem | None:
    """The problem a person reads for a file the program could not open or write (the name taken
    by a folder, a folder gone with a pulled stick, no permission, a file held open by Excel), or
    None when ``error`` is not such a failure. A full disk is ``write.disk_full`` (see
    ``as_rule_error``)."""
    exc: BaseException | None = error
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno is not None:
            break
        exc = exc.__cause__ or exc.__context__
    if not isinstance(exc, OSError) or exc.errno is None:
        return None
    path = str(exc.filename2 or exc.filename or "")
    if exc.errno == errno.EISDIR or isinstance(exc, IsADirectoryError):
        code = "file.os_is_folder"
    elif exc.errno == errno.EEXIST:  # a folder to be made where a file of that name stands
        code = "file.os_not_folder"
    elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
        code = "file.os_not_found"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
        code = "file.os_denied"
    else:
        code = "file.os_failed"
    return Problem(code, "file", {"path": path})


# What FAT32 (a USB stick) and Windows refuse in a file name, besides "\" and "/" which split a path.
_NAME_CHARS = ':*?"<>|'
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
NAME_MAX = 255  # a name's length on FAT32 and NTFS, in UTF-16 units (on Linux and macOS: bytes of UTF-8)


def _name_cost(text: str) -> int:
    if os.name == "nt":
        return len(text.encode("utf-16-le")) // 2
    return max(len(text.encode("utf-16-le")) // 2, len(os.fsencode(text)))


def file_name_problem(name: str, longest_extra: str = "") -> Problem | None:
    """Why a stick (FAT32) or Windows would not take ``name`` as a file name, or None: a
    character it refuses, a trailing dot or space (Windows drops them, so the file gets another
    name), a device name (CON, NUL …), or a name too long once ``longest_extra`` is added to its
    stem (the longest name the program writes for it: its temporary file)."""
    bad = "".join(dict.fromkeys(ch for ch in name if ch in _NAME_CHARS or ord(ch) < 32))
    if bad:
        shown = "、".join(ch if ord(ch) >= 32 else "控制字符" for ch in bad)
        return Problem("file.name_chars", "file", {"name": name, "chars": shown})
    if name != name.rstrip(". "):
        return Problem("file.name_end", "file", {"name": name})
    stem = name.split(".", 1)[0].strip().upper()
    if stem in _RESERVED_NAMES:
        return Problem("file.name_reserved", "file", {"name": name})
    stem, dot, _ = name.rpartition(".")
    if not dot:
        stem = name
    budget = NAME_MAX - _name_cost(longest_extra)
    if _name_cost(stem) > budget:
        fits, used = 0, 0
        for ch in stem:
            used += _name_cost(ch)
            if used > budget:
                break
            fits += 1
        return Problem("file.name_long", "file", {"name": name, "limit": fits})
    return None
