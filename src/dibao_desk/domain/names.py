"""Search keys for Chinese names: pinyin initials (``zs`` finds 张三) and full pinyin."""

from __future__ import annotations

from functools import lru_cache

_READINGS: dict[str, list[str]] = {}  # one Han character -> its readings as lazy_pinyin gives them alone
_tables = None


def _load():
    # pypinyin's dictionaries take ~50 MB: loaded when a name is first written, not at start-up.
    global _tables
    if _tables is None:
        from pypinyin import Style, lazy_pinyin
        from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS

        _tables = (lazy_pinyin, Style.NORMAL, PHRASES_DICT, PINYIN_DICT, RE_HANS)
    return _tables


def _readings(name: str) -> list[str]:
    """What ``lazy_pinyin(name, style=NORMAL)`` returns, from a per-character cache when that
    gives the same answer: every character is a Han character pypinyin knows and no part of
    the name is one of its phrases (a phrase is read as a whole, e.g. a polyphonic character
    in a word). Otherwise pypinyin reads the whole name."""
    lazy_pinyin, normal, phrases, chars, re_hans = _load()
    n = len(name)
    simple = n > 0 and re_hans.match(name) is not None
    if simple:
        for ch in name:
            if ord(ch) not in chars:
                simple = False
                break
    if simple:
        for i in range(n - 1):
            for j in range(i + 2, n + 1):
                if name[i:j] in phrases:
                    simple = False
                    break
            if not simple:
                break
    if not simple:
        return lazy_pinyin(name, style=normal, errors="default")
    out: list[str] = []
    for ch in name:
        r = _READINGS.get(ch)
        if r is None:
            r = _READINGS[ch] = lazy_pinyin(ch, style=normal, errors="default")
        out.extend(r)
    return out


@lru_cache(maxsize=200_000)
def pinyin_keys(name: str) -> tuple[str, str]:
    """Return (initials, full pinyin) of a name, lower case, without tones."""
    full = _readings(name)
    initials = "".join(p[0] for p in full if p)
    return initials.lower(), "".join(full).lower()


def sort_key(name: str) -> str:
    """A key that sorts names the way a Chinese reader expects (by pinyin)."""
    _initials, full = pinyin_keys(name)
    return f"{full} {name}"


def search_text(names_and_ids: list[tuple[str, str]]) -> str:
    """The text the household list searches: names, their pinyin and ID numbers."""
    parts: list[str] = []
    for name, id_number in names_and_ids:
        initials, full = pinyin_keys(name)
        parts.extend((name, initials, full, id_number.lower()))
    return "|" + "|".join(parts) + "|"
