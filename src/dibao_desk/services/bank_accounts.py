"""Import the bank's list of opened accounts (姓名, 身份证号, 账号, 开户行) into households.

``preview`` reads the workbook (checked by exchange.safety like any roster), finds each person
by ID number and says per row what would change: filled (the household had no account),
corrected (a different account or bank), unchanged, unknown person, two households (the
account already belongs to, or is given in the same file to, another household) or an error
(a bad ID number or account). ``apply`` writes the fills and corrections in one transaction,
audited per household, and is refused while any row has an error; unknown persons are listed
and left out (a bank's list may hold people of other programmes).

The person of a row is matched by the household head's ID number first, then by a member's: an
account opened in a member's name (the head is bedridden, away) still pays that household, and
that member becomes its 开户人, so the roster and the bank file carry the name the bank holds.
A list may also name the holder apart from the household's person, in an optional column
开户人身份证号 (or 开户人姓名, matched to one member of the household by name): that member
(or the head) becomes the holder. A holder who is not one of the household's members, or a name
two members share, is an error of the row; everything is checked before anything is written.
A change of holder alone (the same account) counts as a correction.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dibao_desk.domain import bank_accounts, bank_holder, banks, idcard, names
from dibao_desk.domain.household import is_present
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.exchange import safety
from dibao_desk.exchange.roster_cells import excel_number_text
from dibao_desk.models import Household, Member
from dibao_desk.services.uow import UnitOfWork

HEADER_ROWS = 15
CHANGES = ("filled", "corrected", "unchanged", "unknown", "two_households", "error")
BLOCKING = ("two_households", "error")


@dataclass(frozen=True)
class AccountRow:
    row: int                    # the sheet row, as Excel numbers it
    name: str
    id_number: str
    account: str
    bank: str                   # 开户行 as written
    bank_code: str              # from the national list, "" when not found
    household_id: int | None
    holder: str                 # head | member | ""
    head_name: str
    before_account: str
    before_bank: str
    change: str                 # one of CHANGES
    problems: tuple[Problem, ...] = ()
    holder_id: str = ""         # 开户人 the row sets: a member's ID number, "" the head
    holder_name: str = ""       # that member's name ("" the head)
    before_holder: str = ""     # the household's 开户人 before: a member's ID number, "" the head

    @property
    def writes(self) -> bool:
        return self.change in ("filled", "corrected")


@dataclass(frozen=True)
class AccountsPreview:
    file: str
    path: str
    sheet: str
    header_row: int
    rows: tuple[AccountRow, ...]

    def count(self, change: str) -> int:
        return sum(1 for r in self.rows if r.change == change)

    @property
    def blocking(self) -> list[AccountRow]:
        return [r for r in self.rows if r.change in BLOCKING]

    @property
    def can_apply(self) -> bool:
        return not self.blocking and any(r.writes for r in self.rows)


@dataclass(frozen=True)
class AccountsResult:
    filled: int
    corrected: int
    unchanged: int
    unknown: int


def guess_field(label: object) -> str:
    t = "".join(unicodedata.normalize("NFKC", str(label or "")).split())
    if not t:
        return ""
    if "开户人" in t or "持卡人" in t:  # 开户人身份证号 / 开户人姓名: the holder, beside the household's person
        return "holder_id" if ("身份证" in t or "证件" in t) else "holder_name"
    if "身份证" in t or "证件号" in t:
        return "id_number"
    if any(w in t for w in ("账号", "帐号", "卡号", "存折号")):
        return "account"
    if any(w in t for w in ("开户行", "开户银行", "开户网点", "银行", "行名")):
        return "bank"
    if any(w in t for w in ("姓名", "户名", "开户人", "账户名称")):
        return "name"
    return ""


def _header(rows: list[list[Any]]) -> tuple[int, dict[str, int]] | None:
    for r, row in enumerate(rows[:HEADER_ROWS]):
        found: dict[str, int] = {}
        for c, cell in enumerate(row):
            f = guess_field(cell)
            if f and f not in found:
                found[f] = c
        # a list naming only the holder (开户人 | 开户人身份证号 | 账号): the holder is the row's person
        for holder, person in (("holder_name", "name"), ("holder_id", "id_number")):
            if holder in found and person not in found:
                found[person] = found.pop(holder)
        if {"id_number", "account"} <= set(found):
            return r, found
    return None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "".join(unicodedata.normalize("NFKC", str(value)).split())


def _bank_text(value: object) -> str:
    """The bank cell as the operator typed it: a bank's code typed as a number (102) stays 102,
    not the 102.0 a spreadsheet number reads as; a name keeps its inner spaces."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value or "").strip()


def _read(path: Path, sheet: str | None) -> tuple[str, tuple[int, dict[str, int]], list[list[Any]],
                                                  frozenset[tuple[int, int]]]:
    """(sheet name, (header row, field -> column), rows, cells holding a formula without a value)."""
    with safety.open_workbook(path) as book:
        names = [sheet] if sheet else book.visible_first
        for name in names:
            s = book.read(name)
            head = _header(s.rows)
            if head is not None:
                return s.name, head, s.rows, s.formula_without_value
        raise RuleError(Problem("accounts_import.no_header", "sheet", {"sheet": names[-1], "rows": HEADER_ROWS}))


def preview(uow: UnitOfWork, path: str | Path, today: dt.date | None = None) -> AccountsPreview:
    return preview_sheet(uow, path, None, today)


def preview_sheet(uow: UnitOfWork, path: str | Path, sheet: str | None,
                  today: dt.date | None = None) -> AccountsPreview:
    """The list's rows as they would be written; ``today`` (the machine's date when None) is
    the day a holder's age is told on."""
    path = Path(path)
    on = today or dt.date.today()
    sheet_name, (r0, where), rows, formulas = _read(path, sheet)
    raw = []
    for i, row in enumerate(rows[r0 + 1:], start=r0 + 2):
        cells = {f: (row[c] if c < len(row) else None) for f, c in where.items()}
        # a formula no program calculated: its value is unknown, never read as an empty cell
        unknown = [f for f, c in where.items() if (i - 1, c) in formulas]
        if not unknown and not any(_cell_text(v) for v in cells.values()):
            continue
        number_cell = cells.get("id_number")
        problems: list[Problem] = [
            Problem("accounts_import.formula", f, {"row": i, "column": _cell_text(rows[r0][where[f]])})
            for f in unknown]
        # An 18- or 19-digit number in a number cell keeps 15 significant digits (Excel, WPS):
        # the rest are lost. Say so, as Excel shows the number.
        if isinstance(number_cell, float) and number_cell >= 1e15:
            problems.append(Problem("accounts_import.id_number_cell", "id_number",
                                    {"row": i, "value": excel_number_text(number_cell)}))
            number = ""
        else:
            number = idcard.normalise(_cell_text(number_cell))
        account_cell = cells.get("account")
        if isinstance(account_cell, float) and account_cell >= 1e15:
            account = excel_number_text(account_cell)
            problems.append(Problem("accounts_import.account_number_cell", "account", {"row": i, "value": account}))
        else:
            account = bank_accounts.normalise(_cell_text(account_cell))
        holder_cell = cells.get("holder_id")
        if isinstance(holder_cell, float) and holder_cell >= 1e15:
            problems.append(Problem("accounts_import.id_number_cell", "holder_id",
                                    {"row": i, "value": excel_number_text(holder_cell)}))
            holder_number = ""
        else:
            holder_number = idcard.normalise(_cell_text(holder_cell))
        raw.append((i, _cell_text(cells.get("name")), number, account, _bank_text(cells.get("bank")), problems,
                    holder_number, _cell_text(cells.get("holder_name"))))
    with uow:
        conn = uow.session.connection()
        numbers = [n for _i, _nm, n, *_ in raw if n]
        heads: dict[str, tuple[Any, ...]] = {}
        members: dict[str, tuple[Any, ...]] = {}
        H, M = Household.__table__, Member.__table__
        for k in range(0, len(numbers), 900):
            chunk = numbers[k:k + 900]
            for hid, number, name in conn.execute(select(H.c.id, H.c.head_id_number, H.c.head_name)
                                                  .where(H.c.head_id_number.in_(chunk))):
                heads[number] = (hid, name)
            for hid, number, name in conn.execute(select(M.c.household_id, M.c.id_number, M.c.name)
                                                  .where(M.c.id_number.in_(chunk))):
                members[number] = (hid, name)
        ids = {v[0] for v in heads.values()} | {v[0] for v in members.values()}
        stored: dict[int, tuple[Any, ...]] = {}
        id_list = sorted(ids)
        kin: dict[int, list[tuple[str, str, str, str]]] = {}  # household -> its members (name, ID, status, relation)
        for k in range(0, len(id_list), 900):
            for hid, head, account, bank, holder in conn.execute(
                    select(H.c.id, H.c.head_name, H.c.bank_account, H.c.bank_name, H.c.bank_holder_id_number)
                    .where(H.c.id.in_(id_list[k:k + 900]))):
                stored[hid] = (head, account or "", bank or "", holder or "")
            for hid, name, number, status, relation in conn.execute(
                    select(M.c.household_id, M.c.name, M.c.id_number, M.c.person_status, M.c.relation)
                    .where(M.c.household_id.in_(id_list[k:k + 900])).order_by(M.c.household_id, M.c.position)):
                kin.setdefault(hid, []).append((name, number, status, relation))
        accounts_in_file = {a for _i, _n, _num, a, *_ in raw if a}
        owners: dict[str, set[int]] = {}
        owner_names: dict[int, str] = {}
        acc_list = sorted(accounts_in_file)
        for k in range(0, len(acc_list), 900):
            for hid, account, head in conn.execute(select(H.c.id, H.c.bank_account, H.c.head_name)
                                                   .where(H.c.bank_account.in_(acc_list[k:k + 900]))):
                owners.setdefault(account, set()).add(hid)
                owner_names[hid] = head
    out = []
    first_row: dict[int, tuple[int, str]] = {}   # household -> (row, account) first seen in the file
    given: dict[str, int] = {}                   # account -> household it goes to in this file
    moving = set()                               # households whose account this file replaces
    for i, name, number, account, bank_text, problems, _hn, _hname in raw:
        found = heads.get(number)
        holder = "head" if found else ""
        if found is None and number in members:
            found, holder = members[number], "member"
        hid = found[0] if found else None
        if hid is not None and stored.get(hid, ("", "", "", ""))[1] != account:
            moving.add(hid)
    for i, name, number, account, bank_text, problems, holder_number, holder_text in raw:
        problems = list(problems)
        bank = banks.find(bank_text)
        found = heads.get(number)
        holder = "head" if found else ""
        if found is None and number in members:
            found, holder = members[number], "member"
        hid = found[0] if found else None
        head, before_account, before_bank, before_holder = stored.get(hid, ("", "", "", "")) if hid else ("", "", "", "")
        holder_id, holder_name = "", ""
        if hid is not None:
            holder_id, holder_name = _holder(i, number if holder == "member" else "", holder_number, holder_text,
                                             kin.get(hid, []), problems, on)
        if not problems and number and not idcard.is_valid(number):
            problems.append(Problem("accounts_import.id", "id_number", {"row": i, "value": number}))
        lost = "account" in unknown or any(p.code == "accounts_import.account_number_cell" for p in problems)
        for p in () if lost else bank_accounts.check(account, bank):
            problems.append(Problem(p.code, "bank_rows", {**p.params, "row": i}, severity=p.severity))
        if bank_text and bank is None:
            problems.append(Problem("accounts_import.unknown_bank", "bank", {"row": i, "name": name, "bank": bank_text},
                                    severity="warning"))
        if found and name and not names.same_name(name, found[1]):
            problems.append(Problem("accounts_import.name_differs", "name", {"row": i, "name": name,
                                                                             "expected": found[1]}, severity="warning"))
        change = "unknown" if hid is None else "unchanged"
        if any(p.severity == "error" for p in problems):
            change = "error"
            if hid is not None:
                first_row.setdefault(hid, (i, account))
        elif hid is not None:
            others = {o for o in owners.get(account, set()) if o != hid and o not in moving}
            if account in given and given[account] != hid:
                others.add(given[account])
            if hid in first_row and first_row[hid][1] != account:
                problems.append(Problem("accounts_import.twice", "account", {"row": i, "name": name,
                                                                             "first": first_row[hid][0]}))
                change = "error"
            elif hid in first_row:  # the same household and account again: counted at its first row
                problems.append(Problem("accounts_import.repeated", "account", {
                    "row": i, "name": name, "first": first_row[hid][0]}, severity="warning"))
            elif others:
                other = next(iter(others))
                problems.append(Problem("accounts_import.two_households", "account", {
                    "row": i, "name": name, "account": account, "other": owner_names.get(other) or stored.get(other, ("",))[0]
                    or str(other)}))
                change = "two_households"
            elif before_account != account or (bank_text and before_bank != bank_text) or holder_id != before_holder:
                change = "filled" if not before_account else "corrected"
            first_row.setdefault(hid, (i, account))
            given.setdefault(account, hid)
        out.append(AccountRow(i, name, number, account, bank_text, bank.code if bank else "", hid, holder, head,
                              before_account, before_bank, change, tuple(problems), holder_id, holder_name,
                              before_holder))
    return AccountsPreview(path.name, str(path), sheet_name, r0 + 1, tuple(out))


def _holder(row: int, person: str, number: str, name: str, kin: list[tuple[str, str, str, str]],
            problems: list[Problem], today: dt.date) -> tuple[str, str]:
    """(ID number, name) of the 开户人 a row sets for its household — ("", "") the head — from the
    row's 开户人身份证号 or 开户人姓名, else the row's own person when a member (``person``).
    ``kin``: the household's members (name, ID number, 人员状态, relation); problems are added
    (a holder under 16 on ``today`` as a warning, as the household form says it)."""
    if number:
        if not idcard.is_valid(number):
            problems.append(Problem("accounts_import.holder_id", "holder_id", {"row": row, "value": number}))
            return "", ""
        found = [m for m in kin if m[1] == number]
        if not found:
            problems.append(Problem("accounts_import.holder_not_member", "holder_id", {"row": row, "value": number}))
            return "", ""
        if name and not names.same_name(name, found[0][0]):
            problems.append(Problem("accounts_import.holder_name_differs", "holder_name", {
                "row": row, "name": name, "expected": found[0][0]}, severity="warning"))
    elif name:
        found = [m for m in kin if names.same_name(name, m[0])]
        if len(found) != 1:
            problems.append(Problem("accounts_import.holder_unknown" if not found else "accounts_import.holder_ambiguous",
                                    "holder_name", {"row": row, "name": name}))
            return "", ""
    elif person:
        found = [m for m in kin if m[1] == person]
    else:
        return "", ""
    holder_name, holder_id, status, relation = found[0]
    if not is_present(status):
        problems.append(Problem("accounts_import.holder_left", "holder_id", {
            "row": row, "name": holder_name, "status": status}, severity="warning"))
    if relation == "head":
        return "", ""
    age = bank_holder.minor_age(holder_id, today)
    if age is not None:
        problems.append(Problem("accounts_import.holder_minor", "holder_id", {
            "row": row, "name": holder_name, "age": age}, severity="warning"))
    return bank_holder.normalise(holder_id), holder_name


def apply(uow: UnitOfWork, pv: AccountsPreview) -> AccountsResult:
    """Write every fill and correction of ``pv`` in one transaction, or nothing."""
    uow.require(Role.CLERK)
    if pv.blocking:
        raise RuleError(Problem("accounts_import.has_errors", "", {"count": len(pv.blocking)}))
    with uow:
        s = uow.session
        for r in pv.rows:
            if not r.writes:
                continue
            h = s.get(Household, r.household_id)
            if h is None or (h.bank_account or "") != r.before_account or (h.bank_name or "") != r.before_bank \
                    or (h.bank_holder_id_number or "") != r.before_holder:
                raise RuleError(Problem("accounts_import.stale", "", {"name": r.head_name or r.name}))
            before = {"bank_account": h.bank_account, "bank_name": h.bank_name,
                      "bank_holder_id_number": h.bank_holder_id_number}
            h.bank_account = r.account
            if r.bank:
                h.bank_name = r.bank
            h.bank_holder_id_number = r.holder_id or None
            uow.audit("household", h.id, "bank_account", before, {
                "bank_account": h.bank_account, "bank_name": h.bank_name,
                "bank_holder_id_number": h.bank_holder_id_number, "source": pv.file, "row": r.row,
                "holder": r.holder})
        uow.audit("import", None, "bank_accounts", None, {
            "file": pv.file, "filled": pv.count("filled"), "corrected": pv.count("corrected")})
        uow.commit()
    return AccountsResult(pv.count("filled"), pv.count("corrected"), pv.count("unchanged"), pv.count("unknown"))
