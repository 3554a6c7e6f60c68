"""What both sides of the exchange share: the results a caller gets back, the refusal, and
this office with its counterpart (a township's county, by code)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import select

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import package as pkg
from dibao_desk.models import Office
from dibao_desk.models import audit as audit_rows
from dibao_desk.services.uow import UnitOfWork

RECEIPT_SUFFIX = "-回执"
# What the longest name written for a package adds to its stem: its receipt's temporary file,
# ``.~<stem>-回执.<8 random>.tmp.xlsx`` (atomic.replacing).
LONGEST_EXTRA = f".~{RECEIPT_SUFFIX}.xxxxxxxx.tmp.xlsx"
RECEIPT_EXTRA = ".~.xxxxxxxx.tmp.xlsx"  # what the receipt's temporary file adds to the receipt's stem


class PackageRefused(Exception):
    """The package cannot be applied; ``problems`` say why. Nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(p.code for p in self.problems))


# ---- results -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    sequence: int
    period: str
    counterpart: str
    rows: dict[str, int]
    sha256: str
    size: int
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Change:
    """One row of a received package and what applying it does (or why it is rejected)."""

    row: int
    sheet: str
    key: str
    name: str
    action: str  # approve | refuse | policy | warning | case_new | case_update | roster | received
    params: dict[str, Any] = field(default_factory=dict)
    accepted: bool = True
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ManifestInfo:
    kind: str
    direction: str
    township_code: str
    township_name: str
    county_name: str
    sequence: int
    period: str
    created_at: str
    program: str
    schema_version: int
    rows: dict[str, int]
    sha256: str


@dataclass(frozen=True)
class Preview:
    path: Path
    manifest: ManifestInfo | None
    refusals: tuple[Problem, ...]
    changes: tuple[Change, ...]
    warnings: tuple[Problem, ...] = ()  # e.g. the sender's audit history does not continue

    @property
    def ok(self) -> bool:
        return not self.refusals

    @property
    def accepted(self) -> int:
        return sum(1 for c in self.changes if c.accepted)

    @property
    def rejected(self) -> int:
        return sum(1 for c in self.changes if not c.accepted)


@dataclass(frozen=True)
class ImportResult:
    preview: Preview
    receipt_path: Path
    received_id: int
    receipt_problem: Problem | None = None  # imported, but the receipt could not be put under its name
    receipt_again: bool = False  # imported before: nothing applied, only its receipt written again


@dataclass(frozen=True)
class SentInfo:
    id: int
    counterpart: str
    kind: str
    sequence: int
    period: str
    file_name: str
    rows: int
    created_at: dt.datetime


@dataclass(frozen=True)
class ReceivedInfo:
    id: int
    counterpart: str
    kind: str
    sequence: int
    period: str
    file_name: str
    accepted_rows: int
    rejected_rows: int
    received_at: dt.datetime


@dataclass(frozen=True)
class WarningInfo:
    id: int
    household_id: int | None
    id_number: str
    name: str
    kind: str
    detail: str
    checked_on: dt.date | None
    answer_by: dt.date | None
    status: str
    county_ref: str
    answered_on: dt.date | None = None
    answer_note: str = ""


def _office(uow: UnitOfWork) -> Office:
    o = uow.session.scalars(select(Office).limit(1)).first()
    if o is None:
        raise RuleError(Problem("exchange.no_office", ""))
    return o


def county_code(admin_code: str) -> str:
    """The county's 12-digit code: the first six digits of a township's code, then zeros."""
    return admin_code[:6] + "000000"


def kinds_for_mode(mode: str) -> tuple[str, ...]:
    return pkg.DOWN_KINDS if mode == "county" else pkg.UP_KINDS


def _audit_head_extra(uow: UnitOfWork) -> dict[str, str]:
    """The audit chain's head as this package leaves: a later package whose history does not
    continue from it shows that the sender's audit log was rewritten in between."""
    h = audit_rows.head(uow.session.connection())
    last_id, digest = h if h else (0, "")
    return {"audit_head_id": str(last_id), "audit_head_sha256": digest}
