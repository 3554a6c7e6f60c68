"""Reading a hand-kept roster (花名册) sheet: where the header is, which column is which,
which rows are persons, and what each person's cells say.

This module reads the rows (``parse_sheet``); the header is found by ``roster_header``
and cells are read by ``roster_cells``, whose names it re-exports. Nothing here touches
the store. The sheet comes from ``safety.Workbook.read`` as rows
of cells; the result is a ``ParsedSheet`` of lines (every row under the header, with
its kind) and groups (a head row followed by its members' rows).
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from itertools import compress, count, repeat
from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple, Sequence

from dibao_desk.domain.household import MAX_AMOUNT_FEN
from dibao_desk.domain.money import fen_to_yuan, yuan_to_fen
from dibao_desk.domain.names import NAME_DOTS, clean as clean_name
from dibao_desk.domain.problems import Problem
from dibao_desk.exchange.roster_cells import (  # noqa: F401 - part of this module's API
    CATEGORY_WORDS, Corrections, HUKOU_WORDS, MemberSays, NOTHING_SAID, VillageNames, _all_text, _clean_column,
    _joined, clean_text, disability_grade, excel_number_text, _id_column, id_text, illness_of, _member_says, _note,
    village_key, work_capacity_code,
)
from dibao_desk.exchange.roster_header import (  # noqa: F401 - part of this module's API
    FIELDS, Header, HEADER_SCAN_ROWS, _ID_LIKE, _clean_label, _column_letter, column_letter, find_header, guess_field,
    guess_mapping, _is_number, shape_key, _text,
)
from dibao_desk.exchange.roster_words import (  # noqa: F401 - part of this module's API
    HEAD_RELATIONS, RELATION_WORDS, relation_code, start_month,
)
from dibao_desk.exchange.safety import Sheet


# ---- rows -------------------------------------------------------------------------------

_TOTAL_WORDS = ("合计", "小计", "总计", "共计", "累计", "总数")


_SIGNATURE_WORDS = ("制表", "填表", "填报人", "审核人", "审核：", "审核:", "负责人", "经办人", "签字", "签名",
                    "盖章", "复核人", "统计人", "日期：", "日期:", "注：", "注:", "说明：", "说明:")


def _household_field(name: str, blank):
    def get(self):
        cells = self.cells
        return blank if cells is None else getattr(cells, name)
    return property(get, doc=f"The household's {name} as the row gives it ({blank!r} on a member's row).")


class Person:
    """What one roster row says about one person (and, on a head row, the household: its
    cells are read by the properties below)."""

    __slots__ = ("line", "name", "id_number", "relation", "relation_text", "starts_household", "problems",
                 "cells", "says")

    def __init__(self, line: int, name: str = "", id_number: str = "", relation: str = "",
                 relation_text: str = "", starts_household: bool = False, problems: list[Problem] | None = None,
                 cells: "_HouseholdCells | None" = None, says: "MemberSays | None" = None) -> None:
        self.line = line  # 0-based sheet row
        self.name = name
        self.id_number = id_number
        self.relation = relation  # code; "" when the row did not say
        self.relation_text = relation_text
        self.starts_household = starts_household
        self.problems: list[Problem] = [] if problems is None else problems
        self.cells = cells  # the household cells the row fills, None when it fills none
        self.says = NOTHING_SAID if says is None else says  # disability, illness, work capacity

    village = _household_field("village", "")
    persons = _household_field("persons", None)
    category = _household_field("category", "")
    category_text = _household_field("category_text", "")
    benefit_fen = _household_field("benefit_fen", None)
    bank_name = _household_field("bank_name", "")
    bank_account = _household_field("bank_account", "")
    hukou = _household_field("hukou", "")
    address = _household_field("address", "")
    phone = _household_field("phone", "")
    note = _household_field("note", "")
    holder = _household_field("holder", "")  # 开户人: a member's name or ID number as written

    def __repr__(self) -> str:
        return (f"Person(line={self.line}, name={self.name!r}, id_number={self.id_number!r}, "
                f"relation={self.relation!r}, starts_household={self.starts_household})")


class Line(NamedTuple):
    """A row under the header: a person, or something skipped (with why)."""

    index: int  # type: ignore[assignment]  # 0-based sheet row; the field shadows tuple.index, unused here
    kind: str  # person | blank | total | signature | header | no_person
    person: Person | None = None


@dataclass
class ParsedSheet:
    header: Header
    mapping: tuple[str, ...]
    lines: list[Line]
    groups: list[list[Person]]  # head first, then members, in sheet order
    corrections: Corrections


_TOTAL_RE = re.compile("^(?:%s)|(?:%s)$" % ("|".join(_TOTAL_WORDS), "|".join(_TOTAL_WORDS)))


_SIGNATURE_RE = re.compile("|".join(re.escape(w) for w in _SIGNATURE_WORDS))


def _classify(texts: list[str], header_labels: frozenset[str]) -> str | None:
    """Why a row is not a person's, or None if it may be one."""
    filled = [t for t in texts if t]
    if not filled:
        return "blank"
    has_id = False
    for t in filled:  # an ID without spaces in it: the squeezed text would be the same
        if len(t) >= 15 and _ID_LIKE.match(t):
            has_id = True
            break
    if not has_id:
        squeezed = ["".join(t.split()) for t in filled]
        for t in squeezed:
            if len(t) >= 15 and _ID_LIKE.match(t):
                has_id = True
                break
        if not has_id:
            if any(_TOTAL_RE.search(s) for s in squeezed[:4]):
                return "total"
            if _SIGNATURE_RE.search("".join(squeezed)):
                return "signature"
    same = sum(map(header_labels.__contains__, filled))
    if same >= 2 and same >= len(filled) // 2:
        return "header"
    return None


def parse_sheet(sheet: Sheet, header: Header, mapping: tuple[str, ...],
                progress=None) -> ParsedSheet:
    """Every row under the header, classified; persons grouped into households.

    A county's roster has a hundred thousand rows, so the cells are cleaned a column at a
    time (a column of plain text with nothing to correct is recognised with one search over
    all its cells) and only the rows that need it take the cell-by-cell path. The result is
    the same as cleaning every cell with ``clean_text`` and ``id_text``."""
    col = {f: i for i, f in enumerate(mapping) if f != "ignore"}
    width = len(mapping)
    start = header.last_row + 1
    body = sheet.rows[start:]
    n = len(body)
    # One name column and one ID column (户主姓名 | 身份证号, or 姓名 | 身份证号): they hold the
    # person of each row, a head or, under the head's row, a member.
    one_person_a_row = not ("name" in col and "head_name" in col) and not ("id_number" in col and "head_id" in col)
    # Its name column headed 户主姓名: a row that names no relation is a head, as before.
    blank_relation_heads = one_person_a_row and "head_name" in col and "name" not in col
    if one_person_a_row:
        col = {("name" if f == "head_name" else "id_number" if f == "head_id" else f): c for f, c in col.items()}
    has_head_cols = "head_name" in col or "head_id" in col
    has_person_cols = "name" in col or "id_number" in col
    # calamine gives every row the sheet's width: then all columns come from one zip.
    transposed = _columns(body, width) if body and min(map(len, body)) >= width else None

    def column(f: str) -> Sequence[Any] | None:
        """The raw cells of a field under the header ("" past a row's end); None if unmapped."""
        c = col.get(f)
        if c is None:
            return None
        if transposed is not None:
            return transposed[c]
        return [r[c] if c < len(r) else "" for r in body]

    def mapped(f: str) -> Sequence[Any]:
        """The raw cells of a field the header maps."""
        cells = column(f)
        assert cells is not None, f
        return cells

    if progress is not None:
        progress.check()

    # 1. Which rows are no person's: blank, total, signature and repeated header lines. A row
    # whose mapped ID cell holds an ID-like text is none of the first three; it is a header
    # line only if it shares a cell with the header.
    header_labels = frozenset(t for t in header.labels if t)
    id_columns = {f: mapped(f) for f in ("head_id", "id_number") if f in col}
    id_joined = {f: _joined(ids, "") for f, ids in id_columns.items()}  # None: not all text
    has_id: list[bool] | None = None
    for f, ids in id_columns.items():
        found: Iterable[Any]
        if id_joined[f] is not None:
            found = map(_ID_LIKE.match, ids)
        else:
            found = (v.__class__ is str and _ID_LIKE.match(v) for v in ids)
        has_id = list(map(bool, found)) if has_id is None else list(map(operator.or_, has_id, map(bool, found)))
    if has_id is None:
        has_id = [False] * n
    kinds: list[str | None] = [None] * n
    person_rows: Iterable[bool] = has_id
    if not any(_is_number(t) for t in header_labels):  # else a number cell could equal a label
        person_rows = map(operator.and_, has_id, map(header_labels.isdisjoint, body))
    for i in compress(count(), map(operator.not_, person_rows)):
        row = body[i]
        kinds[i] = _classify([v if v.__class__ is str else _text(v) for v in row[:width]], header_labels)
    if progress is not None:
        progress.check()

    # 2. The cells, cleaned a column at a time.
    fixes: dict[int, list[int]] = {}  # row -> [full-width corrected, spaces corrected]
    blank = [""] * n
    head_names = _dotted_names(_clean_column(mapped("head_name"), True, fixes)) if "head_name" in col else blank
    names = _dotted_names(_clean_column(mapped("name"), True, fixes)) if "name" in col else blank
    relations = _clean_column(mapped("relation"), True, fixes) if "relation" in col else blank
    disabilities = _clean_column(mapped("disability"), True, fixes) if "disability" in col else None
    illnesses = _clean_column(mapped("illness"), True, fixes) if "illness" in col else None
    capacities = _clean_column(mapped("work_capacity"), True, fixes) if "work_capacity" in col else None
    member_cols = disabilities is not None or illnesses is not None or capacities is not None
    # 是否丧失劳动能力: a 是 there means the capacity is lost
    capacity_lost = capacities is not None and "丧失" in _clean_label(header.labels[col["work_capacity"]])
    head_id_problems: dict[int, Problem] = {}
    id_problems: dict[int, Problem] = {}
    head_ids = _id_column(id_columns["head_id"], fixes, head_id_problems, id_joined["head_id"]) \
        if "head_id" in col else blank
    ids = _id_column(id_columns["id_number"], fixes, id_problems, id_joined["id_number"]) \
        if "id_number" in col else blank
    annual: dict[str, bool] = {f: _annual(header.labels[col[f]]) for f in ("income", "income_per_capita") if f in col}
    household = _household_columns(column, n, fixes, annual)

    formula_cols: dict[int, list[int]] = {}
    for rr, cc in sheet.formula_without_value:
        formula_cols.setdefault(rr, []).append(cc)

    # 3. Persons, grouped under their head.
    lines: list[Line] = []
    groups: list[list[Person]] = []
    current: list[Person] | None = None
    current_head: tuple[str, str] = ("", "")  # the head columns of the row that began `current`
    current_cells: _HouseholdCells | None = None  # the household cells of the row that began `current`
    relation_words = RELATION_WORDS
    household_of = household.get
    new_line = tuple.__new__  # Line(...) without its Python-level __new__
    for i, kind, head_name, name, head_id, pid, rel_text in zip(range(n), kinds, head_names, names, head_ids, ids,
                                                                 relations):
        r = start + i
        if kind is not None:
            lines.append(new_line(Line, (r, kind, None)))
            continue
        if progress is not None and i % 5000 == 0:
            progress.check()
            progress.update(i, n)
        if not (head_name or name or head_id or pid):
            lines.append(new_line(Line, (r, "no_person", None)))
            kinds[i] = "no_person"
            continue
        problems: list[Problem] = []
        rel = relation_words.get(rel_text)
        if rel is None and rel_text:
            rel = relation_code(rel_text, current[0].name if current else "")
            if rel is None:  # a word the program does not know: a member all the same, a 提示
                rel = "other"
                problems.append(Problem("roster.relation_unknown", "relation", {"value": rel_text},
                                        severity="warning"))
        elif rel is None:
            rel = ""
        head_id_problem = head_id_problems.get(i) if head_id_problems else None
        pid_problem = id_problems.get(i) if id_problems else None
        head_cols_filled = bool(head_name or head_id)
        if has_person_cols and has_head_cols:
            # 户主 columns filled: a head row; they describe the household's head.
            # Some rosters repeat the head's name (and ID) on every member's row.
            same_head = (current is not None and head_cols_filled and bool(rel) and rel != "head"
                         and head_name == current_head[0] and (not head_id or head_id == current_head[1]))
            starts = (head_cols_filled and not same_head) or rel == "head"
            p_name = name or (head_name if starts else "")
            p_id = pid or (head_id if starts else "")
            id_problem = pid_problem or (head_id_problem if not pid else None)
            if starts and not rel:
                rel = "head" if (not name or name == head_name) else ""
        elif has_head_cols:
            starts = True
            p_name, p_id, id_problem = head_name, head_id, head_id_problem
            rel = rel or "head"
        else:
            # One person a row: a head's row starts a household; a row under it whose relation
            # is not 户主 and whose household cells are blank (or repeat the head's) is a
            # member of it. A row with its own household cells starts one, whatever it says.
            if rel == "head":
                starts = True
            elif current is None:
                starts = not rel  # a member's row with no head above it: reported below
            elif rel:
                starts = _own_household(household_of(i), current_cells)
            else:
                starts = (blank_relation_heads or "relation" not in col
                          or _own_household(household_of(i), current_cells))
            p_name, p_id, id_problem = name, pid, pid_problem
            if starts and not rel:
                rel = "head"
        if id_problem is not None:
            problems.append(id_problem)
        if formula_cols:
            for cc in formula_cols.get(r, ()):
                if cc < width and mapping[cc] != "ignore":
                    problems.append(Problem("roster.formula_no_value", mapping[cc], {"column": _column_letter(cc)}))
        cells = household_of(i)
        if cells is not None and cells.problems:
            problems.extend(cells.problems)
        says = NOTHING_SAID
        if member_cols:
            says = _member_says(disabilities[i] if disabilities is not None else "",
                                illnesses[i] if illnesses is not None else "",
                                capacities[i] if capacities is not None else "", problems, capacity_lost)
        p = Person(r, p_name, p_id, rel, rel_text, starts, problems, cells, says)
        if starts:
            current_head = (head_name, head_id)
            current_cells = cells
            if has_head_cols and has_person_cols and head_cols_filled and rel != "head" and (
                    head_name and name and head_name != name):
                # The head's own columns and a first member on the same row: two persons.
                head = Person(r, head_name, head_id, "head", "户主", True, [], cells)
                if head_id_problem:
                    head.problems.append(head_id_problem)
                if cells is not None:
                    head.problems.extend(cells.problems)
                p.starts_household = False
                current = [head, p]
            else:
                current = [p]
            groups.append(current)
        elif current is None:
            p.problems.append(Problem("roster.member_without_head", "relation"))
            groups.append([p])
        else:
            current.append(p)
        lines.append(new_line(Line, (r, "person", p)))

    fix = Corrections()
    for i, (fullwidth, spaces) in fixes.items():
        if kinds[i] is None:  # corrections are counted on the persons' rows
            fix.fullwidth += fullwidth
            fix.spaces += spaces
    return ParsedSheet(header, mapping, lines, groups, fix)


def _columns(rows: list[list[Any]], width: int, block: int = 2048) -> list[list[Any]]:
    """The first ``width`` columns of rows at least that wide (``zip(*rows)``), transposed a
    block of rows at a time: each block's cells are still in the processor's cache when its
    next column is taken (a quarter quicker on a county's roster than one zip of all rows)."""
    columns: list[list[Any]] = [[] for _ in range(width)]
    for start in range(0, len(rows), block):
        for column, part in zip(columns, zip(*rows[start:start + block])):
            column.extend(part)
    return columns


_HOUSEHOLD_FIELDS = ("village", "bank_name", "bank_account", "address", "phone", "note", "hukou", "persons",
                     "category", "benefit", "covered", "income", "income_per_capita", "start", "holder")


# The cells that say a row begins a household of its own (the village, address or note may be
# written on every member's row too).
_OWN_HOUSEHOLD = ("persons", "category_text", "benefit_fen", "bank_account", "covered", "income_fen",
                  "income_per_capita_fen", "start")


def _own_household(cells: "_HouseholdCells | None", head: "_HouseholdCells | None") -> bool:
    """Whether a row's household cells describe a household of its own: any of them filled
    and not the same as on the row that began the household above (a roster filled down)."""
    if cells is None:
        return False
    for f in _OWN_HOUSEHOLD:
        v = getattr(cells, f)
        if v is not None and v != "" and (head is None or v != getattr(head, f)):
            return True
    return False


def _annual(label: str) -> bool:
    """An income column that gives a year's income (家庭年收入, 人均年收入)."""
    text = _clean_label(label)
    return "年" in text and "月" not in text


@dataclass(slots=True)
class _HouseholdCells:
    village: str
    bank_name: str
    bank_account: str
    address: str
    phone: str
    note: str
    hukou: str
    persons: int | None
    category: str
    category_text: str
    benefit_fen: int | None
    problems: list[Problem]
    covered: int | None = None  # 保障人口, apart from 家庭人口
    income_fen: int | None = None  # the household's income a month
    income_per_capita_fen: int | None = None  # 月人均收入
    start: dt.date | None = None  # the first month of benefit (批准时间 / 纳入时间)
    holder: str = ""  # 开户人: the member in whose name the account is opened, a name or an ID number


# What a member's row says of the household: nothing.
NO_HOUSEHOLD_CELLS = _HouseholdCells("", "", "", "", "", "", "", None, "", "", None, [])


def _household_columns(column, n: int, fixes: dict[int, list[int]],
                       annual: dict[str, bool] | None = None) -> dict[int, _HouseholdCells]:
    """The household cells of the rows that fill any of them (head rows), cleaned and read,
    by row under the header."""
    raw = {f: column(f) for f in _HOUSEHOLD_FIELDS}
    mapped = [c for c in raw.values() if c is not None]
    if not mapped:
        return {}
    empty = ("",) * len(mapped)
    filled = list(map(empty.__ne__, zip(*mapped)))  # the rows that fill any household cell
    rows = list(compress(count(), filled))
    m = len(rows)

    def sub(f: str) -> list:
        c = raw[f]
        return [""] * m if c is None else list(compress(c, filled))

    village = _clean_column(sub("village"), True, fixes, rows)
    bank_name = _clean_column(sub("bank_name"), True, fixes, rows)
    phone = _clean_column(sub("phone"), True, fixes, rows)
    address = _clean_column(sub("address"), False, fixes, rows)
    note = _clean_column(sub("note"), False, fixes, rows)
    hukou = _clean_column(sub("hukou"), True, fixes, rows)
    category = _clean_column(sub("category"), True, fixes, rows)
    accounts = sub("bank_account")
    persons = sub("persons")
    benefits = sub("benefit")
    extra = {f: sub(f) for f in ("covered", "income", "income_per_capita", "start") if raw[f] is not None}
    annual = annual or {}
    problems: list[list[Problem]] = [[] for _ in range(m)]

    raw_accounts: list[Any] = accounts
    if not _all_text(accounts):  # numbers among them: one by one
        raw_accounts = []
        for k, acct in enumerate(accounts):
            if isinstance(acct, float):
                if acct >= 1e15:
                    problems[k].append(Problem("roster.account_number", "bank_account",
                                               {"value": excel_number_text(acct)}))
                    acct = ""
                else:
                    acct = _text(acct)
            raw_accounts.append(acct)
    account_texts = _clean_column(raw_accounts, True, fixes, rows)

    hukou_codes = _codes(hukou, HUKOU_WORDS, False, problems, "roster.hukou_unknown", "hukou")
    counts = _counts(persons, problems, fixes, rows)
    category_codes = _codes(category, CATEGORY_WORDS, True, problems, "roster.category_unknown", "category")
    fens = _amounts(benefits, problems, fixes, rows)
    out = dict(zip(rows, map(_HouseholdCells, village, bank_name, account_texts, address, phone, note, hukou_codes,
                             counts, category_codes, category, fens, problems)))
    if extra:
        _extra_columns(list(out.values()), extra, annual)
    if raw["holder"] is not None:
        texts = [v if isinstance(v, str) else "" if v is None else _text(v) for v in sub("holder")]
        for cells, text in zip(out.values(), _dotted_names(_clean_column(texts, True, fixes, rows))):
            cells.holder = text
    return out


_NAME_DOT = re.compile("[" + re.escape("".join(map(chr, NAME_DOTS))) + "]")


def _dotted_names(values: Sequence[Any]) -> Sequence[Any]:
    """A name column with the dot between a name's parts (买买提•艾力, 买买提・艾力, 买买提.艾力)
    written as the identity card's ·, as the household form stores it (``names.clean``); a
    column with no such dot is given back as it is."""
    joined = _joined(values, "\x00")
    if joined is not None and _NAME_DOT.search(joined) is None:
        return values
    return [clean_name(v) if isinstance(v, str) else v for v in values]


def _codes(texts: Sequence[str], words: dict[str, str], upper: bool, problems: list[list[Problem]], code: str,
           field: str) -> list[str]:
    """The code each cleaned text means in ``words`` ("" for a blank cell); a text it does not
    know gives "" and a warning (``code``) in its row's problems. Looked up with map, the
    rows it does not know one by one."""
    found = list(map(words.get, map(str.upper, texts) if upper else texts))
    if None in found:
        for k in compress(range(len(found)), map(operator.is_, found, repeat(None))):
            found[k] = ""
            text = texts[k]
            if text:
                problems[k].append(Problem(code, field, {"value": text}, severity="warning"))
    return found  # type: ignore[return-value]  # no None is left


def _all_whole_floats(values: Sequence[Any]) -> bool:
    """Whether every cell is a float holding a whole number (as calamine gives numbers)."""
    return set(map(type, values)) == {float} and all(map(float.is_integer, values))


def _counts(values: Sequence[Any], problems: list[list[Problem]], fixes: dict[int, list[int]],
            rows: list[int]) -> list[int | None]:
    """家庭人口 of the head rows: a whole number cell as it is, a text read (``3人``), a warning
    when it is no number."""
    if values and _all_whole_floats(values):
        return list(map(int, values))
    out: list[int | None] = []
    for k, value in enumerate(values):
        count_ = None
        if value.__class__ is float and value.is_integer():
            count_ = int(value)
        elif value != "":
            fix = Corrections()
            t = clean_text(value, fix, squeeze=True).removesuffix("人")
            _note(fixes, rows[k], fix)
            try:
                count_ = int(float(t))
            except (ValueError, OverflowError):  # "1e400" is a float, but no count
                problems[k].append(Problem("roster.persons_invalid", "persons", {"value": t}, severity="warning"))
        out.append(count_)
    return out


# The largest amount a cell may give, in yuan: beyond it (1e17 typed, a column of ID numbers read
# as amounts) the row is refused, not stored to overflow the store's integer column.
MAX_YUAN = MAX_AMOUNT_FEN // 100


def _amounts(values: Sequence[Any], problems: list[list[Problem]], fixes: dict[int, list[int]],
             rows: list[int]) -> list[int | None]:
    """The monthly amount of the head rows in fen; an error when a cell is no amount."""
    if values and _all_whole_floats(values) and min(values) >= 0 and max(values) <= MAX_YUAN:
        return list(map((100).__mul__, map(int, values)))
    out: list[int | None] = []
    for k, benefit in enumerate(values):
        fen = None
        if benefit.__class__ is float and benefit.is_integer() and 0 <= benefit <= MAX_YUAN:
            fen = int(benefit) * 100
        elif benefit != "" and benefit is not None:
            raw_amount: int | float | str
            if isinstance(benefit, (int, float)):
                raw_amount = benefit
            else:
                fix = Corrections()
                raw_amount = clean_text(benefit, fix, squeeze=True)
                _note(fixes, rows[k], fix)
            try:
                fen = yuan_to_fen(raw_amount)
                if fen < 0:
                    raise ValueError(raw_amount)
            except (ValueError, OverflowError):
                fen = None
                problems[k].append(Problem("amount.invalid", "benefit", {"value": str(benefit)}))
            if fen is not None and fen > MAX_AMOUNT_FEN:
                problems[k].append(Problem("amount.too_large", "benefit", {"value": fen_to_yuan(fen)}))
                fen = None
        out.append(fen)
    return out


def _extra_columns(cells: list[_HouseholdCells], extra: dict[str, list], annual: dict[str, bool]) -> None:
    """保障人口, income and the start month of the head rows (what most rosters leave out),
    a column at a time; a start month written the same way is read once."""
    values = extra.get("covered")
    if values is not None:
        for c, value in zip(cells, values):
            if value.__class__ is float and value.is_integer():
                c.covered = int(value)
            elif value != "" and value is not None:
                t = clean_text(value, Corrections(), squeeze=True).removesuffix("人")
                try:
                    c.covered = int(float(t))
                except (ValueError, OverflowError):
                    c.problems.append(Problem("roster.covered_invalid", "covered", {"value": t}, severity="warning"))
    for f in ("income", "income_per_capita"):
        values = extra.get(f)
        if values is None:
            continue
        attr = "income_fen" if f == "income" else "income_per_capita_fen"
        months = 12 if annual.get(f) else 1  # a year's income: a month of it, rounded down to the fen
        for c, value in zip(cells, values):
            if value.__class__ is float and value.is_integer() and 0 <= value <= MAX_YUAN:
                setattr(c, attr, int(value) * 100 // months)
                continue
            if value == "" or value is None:
                continue
            amount = value if isinstance(value, (int, float)) and not isinstance(value, bool) else \
                clean_text(value, Corrections(), squeeze=True).removesuffix("元")
            try:
                fen = yuan_to_fen(amount)
                if fen < 0:
                    raise ValueError(amount)
            except (ValueError, OverflowError):
                c.problems.append(Problem("roster.income_invalid", f, {"value": _text(value)}, severity="warning"))
                continue
            if fen > MAX_AMOUNT_FEN:
                c.problems.append(Problem("roster.income_too_large", f, {"value": fen_to_yuan(fen)},
                                          severity="warning"))
                continue
            setattr(c, attr, fen // months)
    values = extra.get("start")
    if values is not None:
        seen: dict = {}
        for c, value in zip(cells, values):
            if value == "" or value is None:
                continue
            key = (value.__class__, value)
            found = seen.get(key)
            if found is None:
                found = seen[key] = start_month(value)
            month, ambiguous = found
            if month is None:
                c.problems.append(Problem("roster.start_invalid", "start", {"value": _text(value)},
                                          severity="warning"))
                continue
            c.start = month
            if ambiguous:
                c.problems.append(Problem("roster.start_ambiguous", "start",
                                          {"value": _text(value), "year": month.year, "month": month.month},
                                          severity="warning"))
