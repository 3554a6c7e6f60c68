"""Roster import: what a preview holds and a commit returns.

The rows under the header (``PreviewRow``, made when asked for by ``PreviewRows``), the
households the roster will create or update (``PlannedHousehold``), the preview and the
result. Plain values, no store."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, overload

from dibao_desk import messages
from dibao_desk.domain.household import HouseholdDraft, HouseholdStatus, MemberDraft
from dibao_desk.domain.problems import Problem
from dibao_desk.exchange import roster_read
NOTHING_SAID = roster_read.NOTHING_SAID  # a row that says nothing of disability, illness, work


EXISTING_CHOICES = ("update", "skip")


IMPORT_STATUSES = (HouseholdStatus.REGISTERED, HouseholdStatus.RECEIVING)


@dataclass(frozen=True)
class ImportOptions:
    status: str | None = None  # status of new households; None: 在保 when a benefit column is mapped
    hukou: str = "rural"  # when the roster has no 户籍类型 column (or it is blank)
    default_village: str = ""  # when a household's row names no village
    today: dt.date | None = None


@dataclass(frozen=True)
class PreviewRow:
    sheet_row: int  # 1-based, as Excel shows it
    kind: str  # person | blank | total | signature | header | no_person
    status: str  # ok | warning | error | skipped
    problems: tuple[Problem, ...]
    cells: list[Any]  # the original cells, as read
    household: int = -1  # index into ImportPreview.households, -1 when not imported


class PreviewRows(Sequence[PreviewRow]):
    """Every row under the header as a ``PreviewRow``, made when asked for: a county's roster
    has a hundred thousand rows, most of them with nothing to say."""

    def __init__(self, sheet_rows: list[list[Any]], lines: list[Any], problems: dict[int, list[Problem]],
                 plan_of_line: dict[int, int]) -> None:
        self._sheet_rows = sheet_rows
        self._lines = lines
        self._problems = problems
        self._plan_of_line = plan_of_line
        statuses = []
        for line in lines:
            if line.kind != "person":
                statuses.append("skipped")
                continue
            probs = problems.get(line.index)
            if not probs:
                statuses.append("ok")
            elif _has_error(probs):
                statuses.append("error")
            else:
                statuses.append("warning")
        self._statuses = statuses
        self._tally = Counter(statuses)

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, i: int) -> PreviewRow: ...

    @overload
    def __getitem__(self, i: slice) -> list[PreviewRow]: ...

    def __getitem__(self, i: int | slice) -> PreviewRow | list[PreviewRow]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._lines)))]
        line = self._lines[i]
        status = self._statuses[i]
        cells = self._sheet_rows[line.index]  # the list as read; not copied
        if status == "skipped":
            return PreviewRow(line.index + 1, line.kind, status, (), cells)
        household = self._plan_of_line.get(line.index, -1) if status != "error" else -1
        return PreviewRow(line.index + 1, "person", status, tuple(self._problems.get(line.index, ())), cells,
                          household)

    def tally(self, status: str) -> int:
        """How many rows have this status (ok, warning, error, skipped)."""
        return self._tally[status]

    def positions(self, status: str) -> list[int]:
        """The positions of the rows with this status."""
        return [i for i, s in enumerate(self._statuses) if s == status]


@dataclass(slots=True, eq=False)
class PlannedHousehold:
    """A household the roster will create or update. Held as plain values; ``draft`` (the
    household as the rules see it) is made when asked for."""

    rows: tuple[int, ...]  # sheet rows (1-based), head first
    # (name, ID number, relation code, what the row says of disability, illness, work), head first
    members: tuple[tuple[str, str, str, roster_read.MemberSays], ...]
    village: str
    village_id: int  # 0 when the village is new
    hukou_type: str
    address: str
    phone: str
    bank_name: str
    bank_account: str
    note: str
    category: str | None  # None: the roster does not say
    monthly_benefit_fen: int | None
    hukou_given: bool
    existing_id: int | None = None  # registered household these IDs belong to
    changed: bool = True  # for a registered household: would an update change anything
    facts: tuple[tuple[str, dt.date], ...] = ()  # (sex, birth date) of each member, from the ID
    stored: tuple[Any, ...] | None = None  # for a registered household: its rows as the preview read them
    benefit_start: dt.date | None = None  # the first month of benefit, as the roster gives it
    income_fen: int | None = None  # the household's income a month, as the roster gives it
    covered: int | None = None  # 保障人口, as the roster gives it
    # For a registered household: its stored members the roster no longer lists (name, ID
    # number). An update records them as moved out.
    gone: tuple[tuple[str, str], ...] = ()
    # For a receiving household whose class or amount the roster gives otherwise: (class,
    # amount) as the roster says. The import does not change the money: it opens a proposal.
    money: tuple[str, int] | None = None
    # 开户人 as the roster gives it: a member's ID number, "" the head, None when it does not say
    holder: str | None = None
    _draft: HouseholdDraft | None = None

    @property
    def draft(self) -> HouseholdDraft:
        if self._draft is None:
            self._draft = HouseholdDraft(
                village_id=self.village_id, hukou_type=self.hukou_type,
                members=tuple(_said(MemberDraft(name=n, id_number=i, relation=r), says)
                              for n, i, r, says in self.members),
                address=self.address, phone=self.phone, bank_name=self.bank_name,
                bank_account=self.bank_account, note=self.note, bank_holder_id_number=self.holder or "")
        return self._draft


@dataclass(frozen=True)
class ImportPreview:
    path: str
    checksum: str
    sheet: str
    sheets: tuple[str, ...]
    header_rows: tuple[int, ...]  # 1-based
    labels: tuple[str, ...]
    mapping: tuple[str, ...]
    mapping_source: str  # guessed | remembered | given
    samples: tuple[str, ...]  # the first value under each column, for the mapping table
    rows: Sequence[PreviewRow]  # a PreviewRows
    households: tuple[PlannedHousehold, ...]
    new_villages: tuple[str, ...]
    options: ImportOptions
    status: str  # status new households get
    fullwidth_fixed: int = 0
    spaces_fixed: int = 0
    problems: tuple[Problem, ...] = ()  # sheet-level (mapping incomplete): nothing can be imported
    households_rejected: int = 0
    village_aliases: tuple[tuple[str, str], ...] = ()  # (as the roster writes it, the village it means)

    @property
    def persons(self) -> int:
        return sum(len(h.members) for h in self.households)

    def count(self, status: str) -> int:
        if isinstance(self.rows, PreviewRows):
            return self.rows.tally(status)
        return sum(1 for r in self.rows if r.status == status)

    @property
    def existing(self) -> int:
        return sum(1 for h in self.households if h.existing_id is not None)

    @property
    def members_gone(self) -> int:
        """Members of registered households the roster no longer lists: an update records
        them as moved out."""
        return sum(len(h.gone) for h in self.households)

    @property
    def amounts_differ(self) -> int:
        """Receiving households whose class or amount the roster gives otherwise: an import
        with updates opens a 变更 proposal for each, and changes no money."""
        return sum(1 for h in self.households if h.money is not None)

    @property
    def error_rows(self) -> list[PreviewRow]:
        if isinstance(self.rows, PreviewRows):
            return [self.rows[i] for i in self.rows.positions("error")]
        return [r for r in self.rows if r.status == "error"]


@dataclass(frozen=True)
class ImportResult:
    households_created: int = 0
    persons_created: int = 0
    households_updated: int = 0
    persons_updated: int = 0  # members added to or changed in registered households
    households_unchanged: int = 0
    households_skipped: int = 0
    persons_skipped: int = 0
    rows_rejected: int = 0
    households_rejected: int = 0
    villages_created: tuple[str, ...] = ()
    members_moved_out: int = 0  # members of registered households the roster no longer lists
    # Receiving households whose class or amount the roster gives otherwise: a 变更 proposal
    # each (through the policy's steps), or, where one cannot be opened now (a case of the
    # household is open), listed here by household id for the operator.
    amounts_proposed: int = 0
    amounts_not_proposed: tuple[int, ...] = ()
    audit_id: int | None = None  # the audit row summarising the import; None if nothing written
    error_workbook: str = ""


def _has_error(problems: Iterable[Problem]) -> bool:
    for x in problems:
        if x.severity == "error":
            return True
    return False


def _said(m: MemberDraft, says: roster_read.MemberSays) -> MemberDraft:
    """A member with what the roster says of disability, illness and work capacity applied
    (what it does not say stays as it is)."""
    if says is NOTHING_SAID:
        return m
    changes: dict[str, Any] = {f: v for f, v in (("disability_grade", says.disability), ("serious_illness", says.serious_illness),
                                 ("illness_note", says.illness_note), ("work_capacity", says.work_capacity))
               if v is not None}
    return replace(m, **changes) if changes else m


def reason(row: PreviewRow) -> str:
    """The row's reasons in one line (what the preview and the error workbook show)."""
    if row.status == "skipped":
        return messages.label("roster_line", row.kind)
    return "；".join(messages.text(p) for p in row.problems)
