"""Reading a roster sheet, part two: what a cell says.

Texts cleaned of full-width characters and stray spaces (``clean_text``, counted in
``Corrections``), ID numbers as text (``id_text``), the words offices write for a class,
a hukou, an illness, a work capacity or a disability grade, and village names written
with or without 村委会 (``village_key``, ``VillageNames``)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple, Sequence

from dibao_desk.domain import idcard
from dibao_desk.domain.problems import Problem
from dibao_desk.exchange.roster_header import _WS, _text
_CATEGORIES = {
    "class1": ("一类", "A类", "A", "1类", "1", "一档", "A档", "一级"),
    "class2": ("二类", "B类", "B", "2类", "2", "二档", "B档", "二级"),
    "class3": ("三类", "C类", "C", "3类", "3", "三档", "C档", "三级"),
}


CATEGORY_WORDS = {w: code for code, words in _CATEGORIES.items() for w in words}


_HUKOU = {"urban": ("城市", "城镇", "非农", "非农业", "城市户口", "城镇户口", "居民"),
          "rural": ("农村", "农业", "农村户口", "农业户口", "乡村")}


HUKOU_WORDS = {w: code for code, words in _HUKOU.items() for w in words}


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


_SQUEEZE_DIRTY = re.compile("[\\s\uff01-\uff5e\u3000]")


_STRIP_DIRTY = re.compile("(?:^|\x00)\\s|\\s(?:\x00|$)|[\uff01-\uff5e\u3000]")


def _joined(values: Sequence[Any], sep: str) -> str | None:
    """The cells joined into one text, or None when any is not text (str.join checks in C)."""
    try:
        return sep.join(values)
    except TypeError:
        return None


def _all_text(values: Sequence[Any]) -> bool:
    return _joined(values, "") is not None


def _note(fixes: dict[int, list[int]], row: int, fix: Corrections) -> None:
    if fix.fullwidth or fix.spaces:
        counts = fixes.setdefault(row, [0, 0])
        counts[0] += fix.fullwidth
        counts[1] += fix.spaces


def _clean_column(values: Sequence[Any], squeeze: bool, fixes: dict[int, list[int]],
                  rows: list[int] | None = None) -> Sequence[Any]:
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


def _id_column(values: Sequence[Any], fixes: dict[int, list[int]], problems: dict[int, Problem],
               joined: str | None) -> Sequence[str]:
    """``id_text`` of every non-empty cell ("" stays ""); the problems by row. ``joined``:
    ``_joined(values, "")``, which the caller has made already."""
    if joined is not None and joined.isascii():  # str.isdigit is true of full-width digits too
        # ASCII: the bytes' isdigit, isalnum and isupper (a table per byte) say what the
        # str methods say, ten times quicker on a county's numbers
        raw = joined.encode("ascii")
        if not raw or raw.isdigit():
            return values
        if raw.isalnum():
            if raw.isupper():  # letters (X) and none of them lower case: nothing to change
                return values
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

    def __init__(self, known: Iterable[str]) -> None:
        self._known: set[str] = set()
        self._by_key: dict[str, str | None] = {}
        self._by_core: dict[str, str | None] = {}
        for name in known:
            self.add(name)

    def add(self, name: str) -> None:
        """A village the import will create: later variants of its name mean it too. (What a
        key or core means does not depend on the order the names came in: the one name that
        has it, or None once two do.)"""
        if name in self._known:
            return
        self._known.add(name)
        by_key, by_core = self._by_key, self._by_core
        key = village_key(name)
        by_key[key] = None if key in by_key and by_key[key] != name else name
        for kind in ("村", "社区"):
            if key.endswith(kind) and len(key) > len(kind):
                core = key[:-len(kind)]
                by_core[core] = None if core in by_core and by_core[core] != name else name

    def resolve(self, name: str) -> str:
        """The known village ``name`` means, or ``name`` itself."""
        if not name or name in self._known:
            return name
        key = village_key(name)
        return self._by_key.get(key) or self._by_core.get(key) or name
