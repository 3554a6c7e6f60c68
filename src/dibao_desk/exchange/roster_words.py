"""What the words in a roster's cells mean where offices write them many ways: the relation
to the head (女, 子, 本人, 户主之子, 长子之女 …) and the month a household's benefit began
(2019.03, 2019年3月, 201903, a date)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

HEAD_RELATIONS = {"户主", "本人", "户主本人", "本户", "户主自己"}
_RELATIONS = {
    "spouse": ("配偶", "妻", "妻子", "夫", "丈夫", "之妻", "之夫", "爱人", "老伴"),
    "son": ("子", "儿子", "长子", "次子", "三子", "四子", "五子", "二子", "之子", "独子", "养子", "继子", "儿",
            "小儿子", "大儿子", "二儿子", "三儿子"),
    "daughter": ("女", "女儿", "长女", "次女", "三女", "四女", "五女", "二女", "之女", "独女", "养女", "继女",
                 "小女儿", "大女儿", "二女儿", "三女儿"),
    "father": ("父", "父亲", "之父"),
    "mother": ("母", "母亲", "之母"),
    "grandson": ("孙", "孙子", "之孙", "外孙", "外孙子", "长孙", "次孙", "孙儿", "之孙子"),
    "granddaughter": ("孙女", "之孙女", "外孙女", "长孙女", "次孙女"),
    "grandfather": ("祖父", "爷爷", "外祖父"),
    "grandmother": ("祖母", "奶奶", "外祖母"),
    "son_in_law": ("女婿", "婿", "之婿", "上门女婿"),
    "daughter_in_law": ("儿媳", "媳", "儿媳妇", "媳妇", "长媳", "次媳", "之媳", "长子媳", "次子媳"),
    "sibling": ("兄", "弟", "姐", "妹", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟姐妹"),
    "other": ("其他", "其它", "亲属", "侄子", "侄女", "外甥", "外甥女", "岳父", "岳母", "公公", "婆婆", "孙媳",
              "曾孙", "曾孙女", "叔", "伯", "姑", "舅", "姨", "儿媳之子", "重孙", "重孙女"),
}
RELATION_WORDS = {w: code for code, words in _RELATIONS.items() for w in words} | {
    w: "head" for w in HEAD_RELATIONS}
_CHILD = {"son", "daughter"}
_OF_CHILD = {"son": "grandson", "daughter": "granddaughter", "spouse": "daughter_in_law"}


def relation_code(text: str, head_name: str = "") -> str | None:
    """The relation a 与户主关系 cell names, as offices write it, or None when it names none
    the program knows: 女 / 子, 本人, and the 之 forms: 户主之子, 张三之女 (张三 the head),
    长子之女 (a granddaughter), 儿子之妻 (a daughter-in-law)."""
    code = RELATION_WORDS.get(text)
    if code is not None:
        return code
    for lead in ("与户主", "户主的", "户主"):  # 户主之妻, 户主妻子, 与户主夫妻 …
        if text.startswith(lead) and len(text) > len(lead):
            code = RELATION_WORDS.get(text[len(lead):])
            if code is not None:
                return code
    if "之" in text:
        whose, _, what = text.rpartition("之")
        code = RELATION_WORDS.get("之" + what) or RELATION_WORDS.get(what)
        if code is None:
            return None
        if not whose or whose in ("户主", "本户", "本人") or (head_name and whose == head_name):
            return code
        whose_code = RELATION_WORDS.get(whose)
        if whose_code in _CHILD and code in _OF_CHILD:
            return _OF_CHILD[code] if code != "spouse" or whose_code == "son" else "son_in_law"
        if whose_code is not None:
            return "other"
    return None


_MONTH_TEXT = re.compile(r"^(\d{4})\s*(?:年|\.|/|-|－|—)\s*(\d{1,2})(?:\s*(?:月|\.|/|-)\s*(?:\d{1,2})?\s*日?)?(?:\s.*)?$")
_MONTH_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")


def start_month(value, today: dt.date | None = None) -> tuple[dt.date | None, bool]:
    """A 批准时间 cell as the first day of its month, and whether it is ambiguous: 2019.1 as a
    number is January as shown, but Excel shows a typed 2019.10 the same way. None when the
    cell names no month (or one before 1990 or in a year to come)."""
    ambiguous = False
    month = None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        month = value.replace(day=1)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        v = float(value)
        if 1990 <= v < 2100 and not v.is_integer():
            year = int(v)
            text = f"{v:.2f}".split(".")[1]
            mm = int(text)
            if text.endswith("0"):  # 2019.1: January as shown, October if typed 2019.10
                mm, ambiguous = int(text[0]), text[0] == "1"
            month = _month(year, mm)
        elif v.is_integer() and 199001 <= v <= 209912:
            month = _month(int(v) // 100, int(v) % 100)
        elif v.is_integer() and 19900101 <= v <= 20991231:
            month = _month(int(v) // 10000, int(v) // 100 % 100)
        elif 20000 < v < 80000:  # an Excel date serial in a cell not formatted as a date
            month = (dt.date(1899, 12, 30) + dt.timedelta(days=int(v))).replace(day=1)
        elif 1990 <= v < 2100:
            month = _month(int(v), 1)
            ambiguous = True
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        m = _MONTH_TEXT.match(text) or _MONTH_DIGITS.match(text.replace(" ", ""))
        if m is not None:
            month = _month(int(m.group(1)), int(m.group(2)))
    if month is None or month.year < 1990 or month > (today or dt.date.today()):
        return None, False
    return month, ambiguous


def _month(year: int, month: int) -> dt.date | None:
    if 1 <= month <= 12 and 1900 <= year <= 2100:
        return dt.date(year, month, 1)
    return None
