"""Rows of a package read back into records, each checked on its own.

A row that breaks the format (a missing case number, a word outside the vocabulary, a date
that is not a date) is not applied: it carries its problems to the preview and the receipt.
Whether a row fits the store (is the case waiting for the county? is the person registered?)
is decided by the service that applies the package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dibao_desk.domain import idcard
from dibao_desk.domain.problems import Problem
from dibao_desk.domain.procedure import CaseKind, CollectiveDecision, check_collective_decision
from dibao_desk.domain.recovery import RecoveryStatus
from dibao_desk.exchange import packages_out as out
from dibao_desk.exchange import package as pkg
from dibao_desk.exchange.package import Package


@dataclass(slots=True)
class ParsedRow:
    row: int  # the row number in the sheet as a spreadsheet shows it (header is 1)
    sheet: str
    key: str
    name: str
    record: Any
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class DecisionRow:
    case_ref: str
    household_ref: str
    head_name: str
    head_id_number: str
    approved: bool
    reason: str
    decided_on: dt.date
    sampled: bool
    decided_by: str
    special: CollectiveDecision | None = None  # approved as a special case by collective decision


@dataclass(frozen=True)
class PolicyRow:
    effective_from: dt.date
    key: str
    label: str
    value: str
    unit: str
    note: str


@dataclass(frozen=True)
class WarningRow:
    warning_ref: str
    id_number: str
    name: str
    kind: str
    detail: str
    checked_on: dt.date | None
    answer_by: dt.date


@dataclass(frozen=True)
class CaseRow:
    case_ref: str
    kind: str
    household_ref: str
    village: str
    head_name: str
    head_id_number: str
    hukou: str
    persons: int
    covered: int
    income_fen: int
    per_capita_fen: int
    category: str
    proposed_fen: int
    township_reviewed_on: dt.date | None
    evidence: str


@dataclass(slots=True)
class RosterRow:
    household_ref: str
    village: str
    head_name: str
    head_id_number: str
    hukou: str
    persons: int
    covered: int
    category: str
    monthly_fen: int
    certificate: str = ""  # 低保证号 (a package from before the column has none)


@dataclass(frozen=True)
class RecoveryRow:
    entry_ref: str
    household_ref: str
    head_name: str
    head_id_number: str
    source: str
    reference: str
    decided_on: dt.date | None
    amount_fen: int
    recovered_fen: int
    balance_fen: int
    status: str
    awaiting_fen: int = 0  # of recovered_fen, deductions the bank has not answered yet (0 in older packages)


@dataclass(frozen=True)
class OtherRosterRow:
    """A 补发 or 专项补贴 roster a payments package names (its optional sheet)."""

    kind: str  # domain.payroll.PayrollKind: back_pay | subsidy
    name: str
    period: str  # the roster's own 期间
    reviewed_by: str
    reviewed_on: dt.date | None
    households: int  # transfers (户次)
    persons: int
    amount_fen: int


class _Row:
    """Helpers that read one dict row and collect problems."""

    def __init__(self, values: dict[str, Any], spec):
        self.values = values
        self.headers = {c.key: c.header for c in spec.columns}
        self.problems: list[Problem] = []

    def text(self, key: str, required: bool = False) -> str:
        v = str(self.values.get(key) or "").strip()
        if required and not v:
            self.problems.append(Problem("row.missing", key, {"column": self.headers[key]}))
        return v

    def date(self, key: str, required: bool = False) -> dt.date | None:
        v = self.text(key, required)
        if not v:
            return None
        try:
            return dt.date.fromisoformat(v[:10])
        except ValueError:
            self.problems.append(Problem("row.date", key, {"column": self.headers[key], "value": v}))
            return None

    def word(self, key: str, vocabulary: dict, required: bool = True) -> Any:
        v = self.text(key, required)
        if not v and not required:
            return None
        if not v:
            return None
        try:
            return out.code_of(vocabulary, v)
        except KeyError:
            self.problems.append(Problem("row.word", key, {
                "column": self.headers[key], "value": v,
                "allowed": "、".join(w for w in vocabulary.values() if w)}))
            return None

    def int(self, key: str, required: bool = False) -> int:
        v = self.values.get(key)
        if v is None:
            if required:
                self.problems.append(Problem("row.number", key, {"column": self.headers[key], "value": ""}))
            return 0
        return int(v)

    def id_number(self, key: str) -> str:
        v = self.text(key, True)
        if not v:
            return ""
        info, problems = idcard.parse(v)
        if info is None:
            self.problems.append(Problem("row.id_number", key, {"column": self.headers[key], "value": v}))
            return idcard.normalise(v)
        return info.number


def _rows(package: Package, spec, build) -> list[ParsedRow]:
    parsed = []
    for i, values in enumerate(package.sheets.get(spec.name, []), start=2):
        helper = _Row(values, spec)
        record, key, name = build(helper)
        problems = tuple(helper.problems)
        parsed.append(ParsedRow(i, spec.name, key, name, None if problems else record, problems))
    return parsed


def decisions(package: Package) -> list[ParsedRow]:
    def build(r: _Row):
        case_ref = r.text("case_ref", True)
        approved = r.word("decision", {True: "批准", False: "不批准"})
        sampled = r.word("sampled", out.YES_NO)
        decided_on = r.date("decided_on", True)
        reason = r.text("reason")
        if approved is False and not reason:
            r.problems.append(Problem("row.refusal_reason", "reason", {"column": r.headers["reason"]}))
        kind = r.word("special_case", out.SPECIAL_CASES, False) or ""
        special = None
        if kind:
            special = CollectiveDecision(kind, r.date("special_on", True), r.text("special_participants"),
                                         r.text("special_minutes"))
            r.problems += check_collective_decision(special, decided_on)
        rec = DecisionRow(case_ref, r.text("household_ref"), r.text("head_name"), r.text("head_id_number"),
                          bool(approved), reason, decided_on or dt.date.min, bool(sampled), r.text("decided_by"),
                          special)
        return rec, case_ref, r.text("head_name")
    return _rows(package, out.DECISIONS, build)


def policy(package: Package) -> list[ParsedRow]:
    def build(r: _Row):
        eff = r.date("effective_from", True)
        key = r.text("key", True)
        value = r.text("value", True)
        rec = PolicyRow(eff or dt.date.min, key, r.text("label"), value, r.text("unit"), r.text("note"))
        return rec, f"{eff.isoformat() if eff else ''} {key}", r.text("label")
    return _rows(package, out.POLICY, build)


@dataclass(frozen=True)
class CalendarDay:
    row: int
    day: dt.date | None  # None: not a date (2027-02-30, a word)
    workday: bool | None  # None: a word not in CALENDAR_KINDS
    note: str


def calendar(package: Package) -> list[CalendarDay]:
    """The county's working calendar a policy package carries (none from a county program
    older than the sheet). Read strictly: a day that is not a real date stays None, for the
    whole calendar to be refused (``domain.workdays.check_calendar_days``)."""
    days = []
    for i, values in enumerate(package.sheets.get(out.CALENDAR.name, []), start=2):
        text = str(values.get("day") or "").strip()
        try:
            day: dt.date | None = dt.date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            day = None
        word = str(values.get("kind") or "").strip()
        workday = next((k for k, w in out.CALENDAR_KINDS.items() if w == word), None)
        days.append(CalendarDay(i, day, workday, str(values.get("note") or "").strip()[:100]))
    return days


def warnings(package: Package) -> list[ParsedRow]:
    def build(r: _Row):
        number = r.id_number("id_number")
        kind = r.word("kind", out.WARNING_KINDS)
        answer_by = r.date("answer_by", True)
        rec = WarningRow(r.text("warning_ref"), number, r.text("name"), kind or "other", r.text("detail"),
                         r.date("checked_on"), answer_by or dt.date.min)
        return rec, number, r.text("name")
    return _rows(package, out.WARNINGS, build)


def cases(package: Package) -> list[ParsedRow]:
    def build(r: _Row):
        case_ref = r.text("case_ref", True)
        rec = CaseRow(
            case_ref, r.word("kind", out.CASE_KINDS) or CaseKind.NEW, r.text("household_ref"), r.text("village"),
            r.text("head_name", True), r.text("head_id_number", True), r.word("hukou", out.HUKOU, False) or "",
            r.int("persons"), r.int("covered"), r.int("income"), r.int("per_capita"),
            r.word("category", out.CATEGORY, False) or "", r.int("proposed"),
            r.date("township_reviewed_on"), r.text("evidence"))
        return rec, case_ref, r.text("head_name")
    return _rows(package, out.CASES, build)


def roster(package: Package) -> list[ParsedRow]:
    """The households of a roster. A county's roster has tens of thousands of rows, so this
    reads the cells directly; the persons sheet is checked by the checksum and not parsed."""
    spec = out.ROSTER_HOUSEHOLDS
    name = spec.name
    hukou = {w: c for c, w in out.HUKOU.items()} | {c: c for c in out.HUKOU} | {"": ""}
    category = {w: c for c, w in out.CATEGORY.items()} | {c: c for c in out.CATEGORY}
    headers = {c.key: c.header for c in spec.columns}
    text, code, to_int = pkg.read_text, pkg.read_code, pkg.to_int
    parsed = []
    for i, v in enumerate(package.sheets.raw(name), start=2):
        if len(v) < 12:  # the 低保证号 column is optional (older packages end before it)
            v = list(v) + [""] * (12 - len(v))
        ref, head = code(v[0]), text(v[2])
        h, c = hukou.get(code(v[4])), category.get(code(v[7]))
        persons, covered, monthly = to_int(v[5]), to_int(v[6]), pkg.to_fen(v[8])
        problems = []
        if not ref:
            problems.append(Problem("row.missing", "household_ref", {"column": headers["household_ref"]}))
        for key, value, read in (("persons", v[5], persons), ("covered", v[6], covered), ("monthly", v[8], monthly)):
            if read is None and value not in (None, ""):  # not a number, or beyond any real one
                problems.append(Problem("row.number", key, {"column": headers[key], "value": str(value)}))
        if h is None:
            problems.append(Problem("row.word", "hukou", {"column": headers["hukou"], "value": code(v[4]),
                                                          "allowed": "、".join(out.HUKOU.values())}))
        if c is None:
            problems.append(Problem("row.word", "category", {"column": headers["category"], "value": code(v[7]),
                                                             "allowed": "、".join(w for w in out.CATEGORY.values() if w)}))
        if problems or h is None or c is None:
            parsed.append(ParsedRow(i, name, ref, head, None, tuple(problems)))
            continue
        rec = RosterRow(ref, text(v[1]), head, code(v[3]), h, persons or 0, covered or 0, c, monthly or 0,
                        code(v[11]))
        parsed.append(ParsedRow(i, name, ref, head, rec))
    return parsed


def recovery(package: Package) -> list[ParsedRow]:
    """The 追回 register a roster package carries (none in packages written before it existed)."""
    from dibao_desk.exchange import registers_sheets as regs

    def build(r: _Row):
        ref = r.text("entry_ref", True)
        rec = RecoveryRow(ref, r.text("household_ref"), r.text("head_name"), r.text("head_id_number"),
                          r.word("source", regs.RECOVERY_SOURCES) or "other", r.text("reference"),
                          r.date("decided_on"), r.int("amount", True), r.int("recovered"), r.int("balance", True),
                          r.word("status", regs.RECOVERY_STATUSES) or RecoveryStatus.OPEN, r.int("awaiting"))
        if rec.amount_fen - rec.recovered_fen != rec.balance_fen and rec.status == RecoveryStatus.OPEN:
            r.problems.append(Problem("row.recovery_balance", "balance", {"column": r.headers["balance"]}))
        if not 0 <= rec.awaiting_fen <= max(rec.recovered_fen, 0):
            r.problems.append(Problem("row.recovery_awaiting", "awaiting", {"column": r.headers["awaiting"]}))
        return rec, ref, rec.head_name
    return _rows(package, regs.RECOVERY, build)


def plain(package: Package, spec, key: str, name: str) -> list[ParsedRow]:
    """Rows kept as they are (reviews, payments at the county): counted and listed, not applied."""
    def build(r: _Row):
        return dict(r.values), r.text(key), r.text(name)
    return _rows(package, spec, build)


def payment_others(package: Package) -> list[ParsedRow]:
    """The 补发 / 专项补贴 rosters a payments package carries (none in packages written before
    the optional sheet existed)."""
    def build(r: _Row):
        rec = OtherRosterRow(r.word("kind", out.PAYMENT_OTHER_KINDS) or "", r.text("name"), r.text("period"),
                             r.text("reviewed_by"), r.date("reviewed_on"), r.int("households"), r.int("persons"),
                             r.int("amount", True))
        return rec, rec.name, out.PAYMENT_OTHER_KINDS.get(rec.kind, "")
    return _rows(package, out.PAYMENT_OTHERS, build)


PARSERS = {
    "decisions": decisions,
    "policy": policy,
    "warnings": warnings,
    "cases": cases,
    "roster": lambda p: roster(p) + recovery(p),
    "reviews": lambda p: plain(p, out.REVIEWS, "household_ref", "head_name"),
    # 补发 / 专项补贴 rosters of the period: an optional sheet (sheet name tells the rows apart)
    "payments": lambda p: plain(p, out.PAYMENTS, "id_number", "name") + payment_others(p),
}


def parse(package: Package) -> list[ParsedRow]:
    return PARSERS[package.manifest.kind](package)
