"""Reading a roster sheet, part one: where the header is and which column is which.

``find_header`` finds the header rows (merged cells filled down, several rows joined);
``guess_mapping`` maps each label to a field (``FIELDS``) by the words offices write;
``shape_key`` names a header's shape, under which a mapping is remembered."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from dibao_desk.exchange.safety import Sheet
# The fields a roster column can hold. "ignore" drops the column.
FIELDS = (
    "ignore", "seq", "village", "head_name", "head_id", "name", "id_number", "relation",
    "persons", "category", "benefit", "bank_name", "bank_account", "hukou", "address", "phone",
    "note", "disability", "illness", "work_capacity", "covered", "income", "income_per_capita", "start",
    "holder",
)


HEADER_SCAN_ROWS = 30


# (field, words any of which in the header label means this field). Order matters: the
# first rule that matches wins, so the more specific come first.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("seq", ("序号", "编号", "序", "NO", "NO.")),
    # 开户人 / 开户人身份证号 / 持卡人: the member in whose name the account is opened (a name or an
    # ID number), before 身份证 and 姓名 claim the label
    ("holder", ("开户人", "持卡人", "账户名")),
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


def _column_letter(c: int) -> str:
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


column_letter = _column_letter
