"""Reading a hand-kept roster (花名册) sheet: where the header is, which column is which,
which rows are persons, and what each person's cells say.

Nothing here touches the store. The sheet comes from ``safety.Workbook.read`` as rows
of cells; the result is a ``ParsedSheet`` of lines (every row under the header, with
its kind) and groups (a head row followed by its members' rows).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import operator
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple, Sequence

from dibao_desk.domain import idcard
from dibao_desk.domain.money import yuan_to_fen
from dibao_desk.domain.problems import Problem
from dibao_desk.exchange.roster_words import (  # noqa: F401 - part of this module's API
    HEAD_RELATIONS, RELATION_WORDS, relation_code, start_month,
)
from dibao_desk.exchange.safety import Sheet

# The fields a roster column can hold. "ignore" drops the column.
FIELDS = (
    "ignore", "seq", "village", "head_name", "head_id", "name", "id_number", "relation",
    "persons", "category", "benefit", "bank_name", "bank_account", "hukou", "address", "phone",
    "note", "disability", "illness", "work_capacity", "covered", "income", "income_per_capita", "start",
)

HEADER_SCAN_ROWS = 30

# (field, words any of which in the header label means this field). Order matters: the
# first rule that matches wins, so the more specific come first.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("seq", ("序号", "编号", "序", "NO", "NO.")),
    # 残疾等级 / 残疾类别 are a member's disability, not the household's 保障类别 (its 二级 would
    # read as class 2).
    ("disability", ("残疾", "伤残")),
    ("work_capacity", ("劳动能力", "劳动力")),
    ("illness", ("重病", "大病", "重特大疾病", "重大疾病")),
    # 批准时间 / 纳入时间: the month the household's benefit began
    ("start", ("批准时间", "批准日期", "批准年月", "纳入时间", "纳入日期", "纳入年月", "纳入保障", "享受时间",
               "享受年月", "开始享受", "起始时间", "起始年月", "保障起始", "开始时间", "审批时间", "审批日期",
               "救助时间")),
    ("income_per_capita", ("人均收入", "人均月收入", "人均年收入")),
    ("income", ("家庭收入", "月收入", "年收入", "总收入", "收入合计")),
    # 保障人口 / 保障人数: the persons covered, apart from the household's 家庭人口
    ("covered", ("保障人口", "保障人数", "享受人数", "享受人口", "救助人数", "低保人数", "低保人口",
                 "保障对象人数", "纳入人数")),
    ("hukou", ("户籍类型", "户籍性质", "户口性质", "户口类别", "城乡", "户籍类别", "城市/农村", "城镇/农村")),
    ("relation", ("关系",)),
    ("bank_account", ("账号", "帐号", "卡号", "存折号", "折号", "一卡通")),
    ("head_id", ("户主身份证", "户主证件", "户主公民身份", "户主身份号")),
    ("id_number", ("身份证", "公民身份号码", "身份号码", "证件号", "身份证号码")),
    ("bank_name", ("开户银行", "开户行", "银行名称", "代发银行", "银行", "金融机构")),
    ("persons", ("家庭人口", "人口数", "家庭人数", "户人口", "人口", "人数")),
    ("category", ("保障类别", "类别", "分类", "救助类别", "保障类型", "保障档次", "档次", "等级")),
    ("benefit", ("月保障金", "保障金额", "保障金", "补助金额", "补助金", "发放金额", "月享受", "享受金额",
                 "救助金", "金额", "低保金")),
    ("head_name", ("户主姓名", "户主",)),
    ("name", ("姓名", "成员", "保障对象", "名字")),
    ("village", ("村(社区)", "村组", "所在村", "村委会", "村居", "社区", "村")),
    ("address", ("住址", "地址")),
    ("phone", ("电话", "手机", "联系方式")),
    ("note", ("备注", "说明")),
)

_MEMBER_WORDS = ("残疾", "伤残", "重病", "大病", "疾病", "劳动")
_NOT_A_MEMBER_STATE = ("证", "金", "补", "贴", "费", "救助", "医疗", "人数", "人口")

_CATEGORIES = {
    "class1": ("一类", "A类", "A", "1类", "1", "一档", "A档", "一级"),
    "class2": ("二类", "B类", "B", "2类", "2", "二档", "B档", "二级"),
    "class3": ("三类", "C类", "C", "3类", "3", "三档", "C档", "三级"),
}
CATEGORY_WORDS = {w: code for code, words in _CATEGORIES.items() for w in words}

_HUKOU = {"urban": ("城市", "城镇", "非农", "非农业", "城市户口", "城镇户口", "居民"),
          "rural": ("农村", "农业", "农村户口", "农业户口", "乡村")}
HUKOU_WORDS = {w: code for code, words in _HUKOU.items() for w in words}

_TOTAL_WORDS = ("合计", "小计", "总计", "共计", "累计", "总数")
_SIGNATURE_WORDS = ("制表", "填表", "填报人", "审核人", "审核：", "审核:", "负责人", "经办人", "签字", "签名",
                    "盖章", "复核人", "统计人", "日期：", "日期:", "注：", "注:", "说明：", "说明:")

_UNIT = re.compile(r"\((元|人|元/月|元/人|人数|户)\)")
_WS = re.compile(r"\s+")
_ID_LIKE = re.compile(r"^\d{15}(\d{2}[\dXx])?$")


def _clean_label(value) -> str:
    text = unicodedata.normalize("NFKC", str(value or ""))
    text = _WS.sub("", text)
    text = _UNIT.sub("", text)
    return text.upper()


def guess_field(label: str) -> str:
    """The field a header label names, or 'ignore'."""
    text = _clean_label(label)
    if not text:
        return "ignore"
    if any(w in text for w in _MEMBER_WORDS) and any(w in text for w in _NOT_A_MEMBER_STATE):
        return "ignore"  # 残疾证号, 残疾人补助金, 大病救助金, 家庭劳动力人数: not the person's state
    for fld, words in _RULES:
        if fld == "seq":
            if text in words:
                return fld
            continue
        if any(w.upper() in text for w in words):
            return fld
    return "ignore"


def guess_mapping(labels: list[str]) -> tuple[str, ...]:
    """One field per column; each field at most once (the first column that names it)."""
    used: set[str] = set()
    out: list[str] = []
    for label in labels:
        fld = guess_field(label)
        if fld != "ignore" and fld in used:
            # A second 姓名/身份证号 after the head's own: the member's columns.
            if fld == "head_name" and "name" not in used:
                fld = "name"
            elif fld == "head_id" and "id_number" not in used:
                fld = "id_number"
            elif fld == "name" and "head_name" not in used and "name" in used:
                fld = "ignore"
            else:
                fld = "ignore"
        if fld != "ignore":
            used.add(fld)
        out.append(fld)
    # 户主 | 身份证号 | 姓名 | 身份证号: the number right after the head's name is the head's,
    # the second one the member's.
    ids = [i for i, label in enumerate(labels) if guess_field(label) in ("id_number", "head_id")]
    if ("head_id" not in out and len(ids) >= 2 and ids[0] > 0 and out[ids[0] - 1] == "head_name"
            and out[ids[0]] == "id_number" and out[ids[1]] == "ignore"):
        out[ids[0]], out[ids[1]] = "head_id", "id_number"
    # A lone 姓名 + 身份证号 with a 户主姓名 column before it: fine as is. A 户主姓名 with
    # no 姓名 column holds the person of the row, which is then always a head.
    return tuple(out)


def shape_key(labels: list[str]) -> str:
    """Identifies a header shape: the same labels in the same order."""
    joined = "\x1f".join(_clean_label(v) for v in labels)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


# ---- the header -----------------------------------------------------------------------

@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # 0-based sheet rows that make the header (one or two)
    labels: tuple[str, ...]  # one label per column (two-row headers joined: 户主 + 姓名)

    @property
    def last_row(self) -> int:
        return self.rows[-1]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _filled_merged(sheet: Sheet, r: int, width: int) -> list[str]:
    """Row r's texts, with a merged cell's text repeated across the columns it covers, and
    down a single column it covers (序号 or 村 merged down a header of three rows)."""
    row = sheet.rows[r] if r < len(sheet.rows) else []
    texts = [_text(row[c]) if c < len(row) else "" for c in range(width)]
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 <= r <= r1 and c0 < width and (r == r0 or c0 == c1):
            top = sheet.rows[r0][c0] if r0 < len(sheet.rows) and c0 < len(sheet.rows[r0]) else ""
            for c in range(c0, min(c1 + 1, width)):
                if not texts[c]:
                    texts[c] = _text(top)
    return texts


def _score(labels: list[str]) -> int:
    """How much a row looks like the header: known labels, most of all a name and an ID.
    A row with two known labels may be a header whose ID column the operator must point out."""
    fields = {guess_field(t) for t in labels} - {"ignore"}
    if len(fields) < 2:
        return 0
    complete = bool({"name", "head_name"} & fields) and bool({"id_number", "head_id"} & fields)
    return len(fields) + (100 if complete else 0)


def _looks_like_data(texts: list[str]) -> bool:
    return any(_ID_LIKE.match(t.replace(" ", "")) or _is_number(t) for t in texts if t)


def _is_number(t: str) -> bool:
    try:
        float(t)
        return True
    except ValueError:
        return False


def find_header(sheet: Sheet) -> Header | None:
    """The header row (or pair of rows under merged group cells), or None if there is none."""
    width = max((len(r) for r in sheet.rows[:HEADER_SCAN_ROWS + 2]), default=0)
    best: tuple[int, Header] | None = None
    for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows))):
        top = _filled_merged(sheet, r, width)
        if not any(top):
            continue
        candidates = [(_score(top), Header((r,), tuple(top)))]
        if r + 1 < len(sheet.rows):
            below = [_text(v) for v in sheet.rows[r + 1]] + [""] * width
            below = below[:width]
            # A vertically merged cell (序号 over two rows) leaves the lower cell empty.
            # A title row (one text across the sheet) is never the upper half of a header.
            if any(below) and not _looks_like_data(below) and len({t for t in top if t}) >= 2:
                joined = []
                for up, low in zip(top, below):
                    if not low or low == up:
                        joined.append(up)
                    elif not up:
                        joined.append(low)
                    else:
                        joined.append(up + low)
                candidates.append((_score(joined), Header((r, r + 1), tuple(joined))))
        for score, header in candidates:
            if score and (best is None or score > best[0]):
                best = (score, header)
    return best[1] if best else None


# ---- cells ------------------------------------------------------------------------------

@dataclass
class Corrections:
    fullwidth: int = 0  # cells with full-width digits or letters made half-width
    spaces: int = 0  # cells with stray spaces removed

    def add(self, other: "Corrections") -> None:
        self.fullwidth += other.fullwidth
        self.spaces += other.spaces


_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")


def _has_fullwidth(s: str) -> bool:
    return _FULLWIDTH_RE.search(s) is not None


def clean_text(value, fix: Corrections, *, squeeze: bool = False) -> str:
    """A cell as text: full-width made half-width, spaces trimmed (all removed if squeeze)."""
    if value.__class__ is str:  # most cells: skip the type tests below
        if not value:
            return ""
        s = value
    elif value == "" or value is None:
        return ""
    elif isinstance(value, float):
        return _text(value)
    elif isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    else:
        s = str(value)
    if not s.isascii() and _has_fullwidth(s):  # full-width forms are never ASCII
        s = unicodedata.normalize("NFKC", s)
        fix.fullwidth += 1
    t = _WS.sub("", s) if squeeze else s.strip()
    if t != s and t:
        fix.spaces += 1
    return t


def excel_number_text(value: float) -> str:
    """How Excel shows a long number in a General cell: 3.60426E+17."""
    mantissa, exponent = f"{value:.5E}".split("E")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}E+{int(exponent):02d}"


def id_text(value, fix: Corrections) -> tuple[str, Problem | None]:
    """The ID number in a cell as text, or the problem that makes it unusable."""
    if isinstance(value, bool) or isinstance(value, (dt.date, dt.datetime)):
        return str(value), Problem("id.format", "id_number", {"value": str(value)})
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 0 < value < 1e15:
            number = str(int(value))
            if len(number) == 15:  # an old ID: 15 digits survive as a number
                return number, None
        shown = excel_number_text(float(value)) if value >= 1e11 else _text(value)
        return shown, Problem("id.scientific", "id_number", {"value": shown})
    s = str(value)
    if s.isascii() and s.isalnum():
        return s.upper(), None  # the common case: nothing to fold, strip or count
    if _has_fullwidth(s):
        fix.fullwidth += 1
    t = idcard.normalise(s)
    if t and t != unicodedata.normalize("NFKC", s).upper().strip():
        fix.spaces += 1
    elif s != s.strip() and t:
        fix.spaces += 1
    return t, None


# ---- rows -------------------------------------------------------------------------------

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

    def __repr__(self) -> str:
        return (f"Person(line={self.line}, name={self.name!r}, id_number={self.id_number!r}, "
                f"relation={self.relation!r}, starts_household={self.starts_household})")


class Line(NamedTuple):
    """A row under the header: a person, or something skipped (with why)."""

    index: int  # 0-based sheet row
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
    transposed = list(zip(*body)) if body and all(len(r) >= width for r in body) else None

    def column(f: str) -> Sequence | None:
        """The raw cells of a field under the header ("" past a row's end); None if unmapped."""
        c = col.get(f)
        if c is None:
            return None
        if transposed is not None:
            return transposed[c]
        return [r[c] if c < len(r) else "" for r in body]

    if progress is not None:
        progress.check()

    # 1. Which rows are no person's: blank, total, signature and repeated header lines. A row
    # whose mapped ID cell holds an ID-like text is none of the first three; it is a header
    # line only if it shares a cell with the header.
    header_labels = frozenset(t for t in header.labels if t)
    id_columns = {f: column(f) for f in ("head_id", "id_number") if f in col}
    has_id = [False] * n
    for ids in id_columns.values():
        if _all_text(ids):
            found = map(_ID_LIKE.match, ids)
        else:
            found = (v.__class__ is str and _ID_LIKE.match(v) for v in ids)
        has_id = list(map(operator.or_, has_id, map(bool, found)))
    kinds: list[str | None] = [None] * n
    if not any(_is_number(t) for t in header_labels):  # else a number cell could equal a label
        has_id = map(operator.and_, has_id, map(header_labels.isdisjoint, body))
    for i in [i for i, sure in enumerate(has_id) if not sure]:
        row = body[i]
        kinds[i] = _classify([v if v.__class__ is str else _text(v) for v in row[:width]], header_labels)
    if progress is not None:
        progress.check()

    # 2. The cells, cleaned a column at a time.
    fixes: dict[int, list[int]] = {}  # row -> [full-width corrected, spaces corrected]
    blank = [""] * n
    head_names = _clean_column(column("head_name"), True, fixes) if "head_name" in col else blank
    names = _clean_column(column("name"), True, fixes) if "name" in col else blank
    relations = _clean_column(column("relation"), True, fixes) if "relation" in col else blank
    disabilities = _clean_column(column("disability"), True, fixes) if "disability" in col else None
    illnesses = _clean_column(column("illness"), True, fixes) if "illness" in col else None
    capacities = _clean_column(column("work_capacity"), True, fixes) if "work_capacity" in col else None
    member_cols = disabilities is not None or illnesses is not None or capacities is not None
    # 是否丧失劳动能力: a 是 there means the capacity is lost
    capacity_lost = capacities is not None and "丧失" in _clean_label(header.labels[col["work_capacity"]])
    head_id_problems: dict[int, Problem] = {}
    id_problems: dict[int, Problem] = {}
    head_ids = _id_column(id_columns["head_id"], fixes, head_id_problems) if "head_id" in col else blank
    ids = _id_column(id_columns["id_number"], fixes, id_problems) if "id_number" in col else blank
    annual = {f: _annual(header.labels[col[f]]) for f in ("income", "income_per_capita") if f in col}
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
    for i in range(n):
        r = start + i
        kind = kinds[i]
        if kind is not None:
            lines.append(Line(r, kind))
            continue
        if progress is not None and i % 5000 == 0:
            progress.check()
            progress.update(i, n)
        head_name, name, head_id, pid, rel_text = head_names[i], names[i], head_ids[i], ids[i], relations[i]
        if not (head_name or name or head_id or pid):
            lines.append(Line(r, "no_person"))
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
        lines.append(Line(r, "person", p))

    fix = Corrections()
    for i, (fullwidth, spaces) in fixes.items():
        if kinds[i] is None:  # corrections are counted on the persons' rows
            fix.fullwidth += fullwidth
            fix.spaces += spaces
    return ParsedSheet(header, mapping, lines, groups, fix)


_SQUEEZE_DIRTY = re.compile("[\\s\uff01-\uff5e\u3000]")
_STRIP_DIRTY = re.compile("(?:^|\x00)\\s|\\s(?:\x00|$)|[\uff01-\uff5e\u3000]")


def _joined(values: list, sep: str) -> str | None:
    """The cells joined into one text, or None when any is not text (str.join checks in C)."""
    try:
        return sep.join(values)
    except TypeError:
        return None


def _all_text(values: list) -> bool:
    return _joined(values, "") is not None


def _note(fixes: dict[int, list[int]], row: int, fix: Corrections) -> None:
    if fix.fullwidth or fix.spaces:
        counts = fixes.setdefault(row, [0, 0])
        counts[0] += fix.fullwidth
        counts[1] += fix.spaces


def _clean_column(values: list, squeeze: bool, fixes: dict[int, list[int]],
                  rows: list[int] | None = None) -> list:
    """``clean_text`` of every cell; the rows whose cell it corrected are noted in ``fixes``.
    ``rows``: the sheet rows (under the header) the values come from, when not 0, 1, 2, …"""
    joined = _joined(values, "\x00")
    if joined is not None and (_SQUEEZE_DIRTY if squeeze else _STRIP_DIRTY).search(joined) is None:
        return values  # plain text, nothing to correct: clean_text would give each back
    out = []
    for k, v in enumerate(values):
        fix = Corrections()
        out.append(clean_text(v, fix, squeeze=squeeze))
        _note(fixes, rows[k] if rows is not None else k, fix)
    return out


def _id_column(values: list, fixes: dict[int, list[int]], problems: dict[int, Problem]) -> list[str]:
    """``id_text`` of every non-empty cell ("" stays ""); the problems by row."""
    joined = _joined(values, "")
    if joined is not None and joined.isascii():  # str.isdigit is true of full-width digits too
        if not joined or joined.isdigit():
            return values
        if joined.isalnum():
            return "\x00".join(values).upper().split("\x00")
    out = []
    for k, v in enumerate(values):
        if v == "":
            out.append("")
            continue
        fix = Corrections()
        t, problem = id_text(v, fix)
        out.append(t)
        if problem is not None:
            problems[k] = problem
        _note(fixes, k, fix)
    return out


_HOUSEHOLD_FIELDS = ("village", "bank_name", "bank_account", "address", "phone", "note", "hukou", "persons",
                     "category", "benefit", "covered", "income", "income_per_capita", "start")
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
    rows = [i for i, t in enumerate(zip(*mapped)) if t != empty]
    m = len(rows)

    def sub(f: str) -> list:
        c = raw[f]
        return [""] * m if c is None else [c[i] for i in rows]

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

    account_texts = []
    for k, acct in enumerate(accounts):
        if isinstance(acct, float):
            if acct >= 1e15:
                problems[k].append(Problem("roster.account_number", "bank_account",
                                           {"value": excel_number_text(acct)}))
                acct = ""
            else:
                acct = _text(acct)
        account_texts.append(acct)
    account_texts = _clean_column(account_texts, True, fixes, rows)

    out: dict[int, _HouseholdCells] = {}
    hukou_words, category_words = HUKOU_WORDS, CATEGORY_WORDS
    for k in range(m):
        probs = problems[k]
        hk = hukou[k]
        hukou_code = ""
        if hk:
            hukou_code = hukou_words.get(hk, "")
            if not hukou_code:
                probs.append(Problem("roster.hukou_unknown", "hukou", {"value": hk}, severity="warning"))
        count = None
        value = persons[k]
        if value.__class__ is float and value.is_integer():
            count = int(value)
        elif value != "":
            fix = Corrections()
            t = clean_text(value, fix, squeeze=True).removesuffix("人")
            _note(fixes, rows[k], fix)
            try:
                count = int(float(t))
            except (ValueError, OverflowError):  # "1e400" is a float, but no count
                probs.append(Problem("roster.persons_invalid", "persons", {"value": t}, severity="warning"))
        cat = category[k]
        cat_code = ""
        if cat:
            cat_code = category_words.get(cat.upper(), "")
            if not cat_code:
                probs.append(Problem("roster.category_unknown", "category", {"value": cat}, severity="warning"))
        fen = None
        benefit = benefits[k]
        if benefit.__class__ is float and benefit.is_integer() and 0 <= benefit < 1e12:
            fen = int(benefit) * 100
        elif benefit != "" and benefit is not None:
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
            except ValueError:
                fen = None
                probs.append(Problem("amount.invalid", "benefit", {"value": str(benefit)}))
        out[rows[k]] = _HouseholdCells(village[k], bank_name[k], account_texts[k], address[k], phone[k], note[k],
                                       hukou_code, count, cat_code, cat, fen, probs)
    if extra:
        _extra_columns(list(out.values()), extra, annual)
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
            if value.__class__ is float and value.is_integer() and 0 <= value < 1e12:
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
                                          {"value": _text(value), "month": f"{month.year}年{month.month}月"},
                                          severity="warning"))


# The committee words a roster may add to a village's name (村民委员会, 居委会 …) and what
# stays of them: 东风村委会 and 东风村民委员会 are 东风村; 城南社区居委会 is 城南社区.
_COMMITTEE_WORDS = (("村民委员会", "村"), ("居民委员会", ""), ("村委会", "村"), ("居委会", ""), ("委员会", ""),
                    ("村委", "村"), ("居委", ""))


class MemberSays(NamedTuple):
    """What a row says of its person beyond name, number and relation; None: it does not say
    (a registered member keeps what is stored, a new one gets the form's default)."""

    disability: int | None = None  # grade 1 (most severe) .. 4, 0: none
    serious_illness: bool | None = None
    illness_note: str | None = None
    work_capacity: str | None = None  # full | partial | none


NOTHING_SAID = MemberSays()


def _member_says(disability: str, illness: str, capacity: str, problems: list[Problem],
                 capacity_lost: bool = False) -> MemberSays:
    grade = ill = note = work = None
    if disability:
        grade = disability_grade(disability)
        if grade is None:
            problems.append(Problem("roster.disability_unknown", "disability", {"value": disability},
                                    severity="warning"))
    if illness:
        ill, note = illness_of(illness)
    if capacity:
        work = work_capacity_code(capacity, lost_column=capacity_lost)
        if work is None:
            problems.append(Problem("roster.work_capacity_unknown", "work_capacity", {"value": capacity},
                                    severity="warning"))
    if grade is None and ill is None and work is None:
        return NOTHING_SAID
    return MemberSays(grade, ill, note, work)


_NOT_ILL = frozenset(("无", "否", "没有", "健康", "良好", "正常", "/", "-", "—", "0"))
_ILL = frozenset(("是", "有", "√", "✓", "患病", "重病", "大病", "1"))


def illness_of(text: str) -> tuple[bool, str | None]:
    """A 重病 / 大病 cell: (seriously ill, the illness when the cell names one, else None):
    是 gives (True, None), 尿毒症 gives (True, "尿毒症"), 无 gives (False, "")."""
    if text in _NOT_ILL:
        return False, ""
    if text in _ILL:
        return True, None
    return True, text


def work_capacity_code(text: str, *, lost_column: bool = False) -> str | None:
    """A 劳动能力 cell as full / partial / none, or None when it is none of them. In a column
    that asks whether the capacity is lost (是否丧失劳动能力), 是 means none and 否 full."""
    if lost_column and text in ("是", "有", "√", "✓", "已丧失"):
        return "none"
    if lost_column and text in ("否", "无", "没有", "未丧失"):
        return "full"
    if "部分" in text or "半" in text or "弱" in text:
        return "partial"
    if any(w in text for w in ("无", "丧失", "没有", "不能", "否")):
        return "none"
    if text in ("有", "是", "能", "强", "正常", "健全") or "完全" in text or "全劳" in text or text.startswith("有"):
        return "full"
    return None


_GRADE = re.compile("([一二三四1-4])级")
_NO_DISABILITY = frozenset(("无", "否", "没有", "正常", "健全", "健康", "0", "/", "-", "—"))


def disability_grade(text: str) -> int | None:
    """A 残疾 cell as a grade: 一级 / 肢体二级 / 3级 / 2 give 1..4, 无 / 无残疾 gives 0; None when
    it names no grade (是, 重度, 肢体)."""
    if text in _NO_DISABILITY or text in ("无残疾", "非残疾", "不残疾", "否残疾"):
        return 0
    if text in ("1", "2", "3", "4"):
        return int(text)
    m = _GRADE.search(text)
    if m is None:
        return None
    return "一二三四".find(m.group(1)) + 1 or int(m.group(1))


def village_key(name: str) -> str:
    """A village's name without the committee words a roster may add to it."""
    for words, keep in _COMMITTEE_WORDS:
        if name.endswith(words) and len(name) > len(words):
            core = name[:-len(words)]
            return core if core.endswith(keep) else core + keep  # 东风村村委会, 东风村村民委员会: 东风村
    return name


class VillageNames:
    """Which known village a roster's village name means when it is not written the same
    way: with committee words (东风村委会 is 东风村), or without its 村 / 社区 (东风 is 东风村
    when no other village is 东风-something). A name that could mean two villages means none."""

    def __init__(self, known) -> None:
        self._known = set(known)
        by_key: dict[str, str | None] = {}
        by_core: dict[str, str | None] = {}
        for name in self._known:
            key = village_key(name)
            by_key[key] = None if key in by_key and by_key[key] != name else name
            for kind in ("村", "社区"):
                if key.endswith(kind) and len(key) > len(kind):
                    core = key[:-len(kind)]
                    by_core[core] = None if core in by_core and by_core[core] != name else name
        self._by_key = by_key
        self._by_core = by_core

    def add(self, name: str) -> None:
        """A village the import will create: later variants of its name mean it too."""
        self.__init__(self._known | {name})

    def resolve(self, name: str) -> str:
        """The known village ``name`` means, or ``name`` itself."""
        if not name or name in self._known:
            return name
        key = village_key(name)
        return self._by_key.get(key) or self._by_core.get(key) or name


def _column_letter(c: int) -> str:
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


column_letter = _column_letter
