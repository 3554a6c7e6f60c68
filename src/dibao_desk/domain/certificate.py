"""The 低保证 (救助证) a granted household receives: its number and its states.

A number names who issued it and when, as provincial systems do: a prefix for urban or
rural dibao, the township's code (the first 9 digits of its 12-digit administrative code),
the year of issue and a serial that restarts each year (one sequence per prefix and year):
``N360426100202600017`` is the 17th rural certificate the township issued in 2026.
"""

from __future__ import annotations

import datetime as dt
import enum

from dibao_desk.domain.household import HouseholdStatus
from dibao_desk.domain.problems import Problem

PREFIXES = {"urban": "C", "rural": "N"}  # 城市 / 农村
SERIAL_DIGITS = 5


class IssueKind(enum.StrEnum):
    """How a certificate came to be."""

    NEW = "new"  # 新发: first certificate of the household
    REISSUE = "reissue"  # 换发: a worn or full booklet, or changed data; the old one is handed in
    REPLACE = "replace"  # 补发: the old one lost or destroyed (a reason is recorded)


class CertificateState(enum.StrEnum):
    ACTIVE = "active"  # 有效
    SUPERSEDED = "superseded"  # 已换发 / 已补发: a newer certificate replaced it
    REVOKED = "revoked"  # 核销: benefit cancelled


def township_code(admin_code: str) -> str:
    return (admin_code or "").strip()[:9]


def number(hukou_type: str, admin_code: str, year: int, serial: int) -> str:
    return f"{PREFIXES[hukou_type]}{township_code(admin_code)}{year:04d}{serial:0{SERIAL_DIGITS}d}"


def check_issue(kind: IssueKind, *, household_status: str, has_active: bool, reason: str) -> list[Problem]:
    """Whether a certificate of ``kind`` may be issued to a household now."""
    problems: list[Problem] = []
    if household_status != HouseholdStatus.RECEIVING:
        problems.append(Problem("certificate.not_receiving", "household"))
    if kind is IssueKind.NEW and has_active:
        problems.append(Problem("certificate.has_active", "household"))
    if kind is not IssueKind.NEW and not has_active:
        problems.append(Problem("certificate.no_active", "household"))
    if kind is IssueKind.REPLACE and not reason.strip():
        problems.append(Problem("certificate.reason_empty", "reason"))
    return problems


def check_date(on: dt.date, today: dt.date, last_issued: dt.date | None = None) -> list[Problem]:
    """An issue date is not after today, nor before the household's latest certificate (a
    换发 dated before the booklet it replaces would end that one before it began)."""
    problems: list[Problem] = []
    if on > today:
        problems.append(Problem("certificate.future", "on"))
    if last_issued is not None and on < last_issued:
        problems.append(Problem("certificate.before_last", "on", {"last": last_issued.isoformat()}))
    return problems


def hukou_of(number: str) -> str | None:
    """urban or rural, as a certificate's number says (its prefix)."""
    return next((kind for kind, prefix in PREFIXES.items() if number.startswith(prefix)), None)
