"""The terminal's tables: columns lined up by the columns a terminal shows, not by characters.

A Chinese character takes two columns in a terminal (the Windows console too), so padding with
Python's `:<N` misaligns every line holding one. Here each column is as wide as its widest cell
measured in display columns; columns are separated by two spaces; a column may be right-aligned;
a column holding free text may have a maximum width, beyond which a cell is cut with "…".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence

SEPARATOR = "  "
ELLIPSIS = "…"
NAME = 30  # a person's or a village's name: a three-part minority name still fits whole


def display_width(text: str) -> int:
    """The columns `text` takes in a terminal: wide and full-width characters two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def cut(text: str, limit: int) -> str:
    """`text` if it fits in `limit` columns; otherwise its beginning and "…", within `limit` columns."""
    if display_width(text) <= limit:
        return text
    room = limit - display_width(ELLIPSIS)
    kept: list[str] = []
    used = 0
    for ch in text:
        w = display_width(ch)
        if used + w > room:
            break
        kept.append(ch)
        used += w
    return "".join(kept) + ELLIPSIS


def pad(text: str, width: int, right: bool = False) -> str:
    """`text` filled with spaces to `width` display columns, on the left when `right`."""
    space = " " * max(0, width - display_width(text))
    return space + text if right else text + space


def lines(rows: Iterable[Sequence[object]], headers: Sequence[str] | None = None, *,
          right: Collection[int] = (), limits: Mapping[int, int] | None = None,
          indent: str = "") -> list[str]:
    """The lines of a table: the headers' line (when given) and then one line per row, in order.

    `right` holds the indexes of the right-aligned columns; `limits` maps a column's index to its
    maximum display width. A left-aligned last column is not padded (no trailing spaces).
    """
    limits = limits or {}
    cells = [[cut(str(v), limits[i]) if i in limits else str(v) for i, v in enumerate(r)] for r in rows]
    table = ([list(headers)] if headers is not None else []) + cells
    if not table:
        return []
    count = max(len(r) for r in table)
    widths = [max((display_width(r[i]) for r in table if i < len(r)), default=0) for i in range(count)]
    out = []
    for r in table:
        parts = [pad(v, widths[i], i in right) for i, v in enumerate(r)]
        out.append((indent + SEPARATOR.join(parts)).rstrip(" "))
    return out


def print_table(rows: Iterable[Sequence[object]], headers: Sequence[str] | None = None, *,
         right: Collection[int] = (), limits: Mapping[int, int] | None = None, indent: str = "") -> None:
    """Print the table `lines` makes."""
    for line in lines(rows, headers, right=right, limits=limits, indent=indent):
        print(line)
