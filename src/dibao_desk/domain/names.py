"""Search keys for Chinese names: pinyin initials (``zs`` finds 张三) and full pinyin."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def pinyin_keys(name: str) -> tuple[str, str]:
    """Return (initials, full pinyin) of a name, lower case, without tones."""
    # pypinyin's dictionaries take ~50 MB: loaded when a name is first written, not at start-up.
    from pypinyin import Style, lazy_pinyin

    full = lazy_pinyin(name, style=Style.NORMAL, errors="default")
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
