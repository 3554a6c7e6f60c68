"""Backups: their file names and which of them to keep (a rotation like Anki's).

Kept: the newest ``recent`` backups, then the newest backup of each of the last ``daily``
days that have one, of each of the last ``weekly`` ISO weeks, and of each of the last
``monthly`` months. Everything else may be deleted. A backup made before a restore is named
apart and never rotated away by ordinary backups.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

SUFFIX = ".sqlite3"
_NAME_RE = re.compile(r"^dibao-(?P<code>\d{12}|new)-(?P<stamp>\d{8}-\d{6})(?P<kind>-[a-z-]+)?\.sqlite3$")

# Days without a backup outside the data folder before the window warns.
EXTERNAL_WARN_DAYS = 7
# A backup is due while the program runs when the newest is older than this.
DUE_AFTER = dt.timedelta(hours=24)


@dataclass(frozen=True)
class Rotation:
    recent: int = 10
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


def file_name(code: str, at: dt.datetime, kind: str = "") -> str:
    """``dibao-<office code>-<YYYYmmdd-HHMMSS>[-kind].sqlite3`` (local time of the office PC)."""
    code = code_key(code)
    return f"dibao-{code}-{at:%Y%m%d-%H%M%S}{'-' + kind if kind else ''}{SUFFIX}"


def code_key(code: str) -> str:
    """The office part of a backup's name: its 12-digit code, or ``new`` before it has one."""
    return code if re.fullmatch(r"\d{12}", code or "") else "new"


@dataclass(frozen=True)
class BackupName:
    name: str
    code: str
    at: dt.datetime
    kind: str  # "" for ordinary backups, e.g. "before-restore"


def parse_name(name: str) -> BackupName | None:
    m = _NAME_RE.match(name)
    if m is None:
        return None
    try:
        at = dt.datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupName(name, m.group("code"), at, (m.group("kind") or "").lstrip("-"))


def to_keep(backups: Iterable[BackupName], rotation: Rotation = Rotation()) -> set[str]:
    """The names of the ordinary backups to keep; the rest may go."""
    ordered = sorted((b for b in backups if not b.kind), key=lambda b: b.at, reverse=True)
    keep = {b.name for b in ordered[:rotation.recent]}
    for count, key in ((rotation.daily, lambda d: d.date()),
                       (rotation.weekly, lambda d: d.isocalendar()[:2]),
                       (rotation.monthly, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for b in ordered:
            k = key(b.at)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(b.name)
    return keep


def is_due(last: dt.datetime | None, now: dt.datetime) -> bool:
    return last is None or now - last >= DUE_AFTER


def external_is_stale(last_external: dt.datetime | None, now: dt.datetime) -> bool:
    return last_external is None or now - last_external > dt.timedelta(days=EXTERNAL_WARN_DAYS)
