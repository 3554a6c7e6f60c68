"""Exchange packages, cell by cell: neutralisation, the canonical text the checksum is taken
over, values as they are stored in a cell and read back (see ``exchange/package.py``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from typing import Any, Sequence

from dibao_desk.exchange.package_format import DATE, ID, INT, MONEY, TEXT

_NEUTRALISE_RE = re.compile(r"^'*[=+\-@\t\r]")
_RESTORE_RE = re.compile(r"^'+[=+\-@\t\r]")


# ---- cells -------------------------------------------------------------------------------

def neutralise(text: str) -> str:
    return "'" + text if _NEUTRALISE_RE.match(text) else text


def restore(text: str) -> str:
    return text[1:] if _RESTORE_RE.match(text) else text


def canonical(value: Any) -> str:
    """The canonical text of one stored cell value (see the module docstring)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            value = (value.replace("\\", "\\\\").replace("\t", "\\t")
                     .replace("\r", "\\r").replace("\n", "\\n"))
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        cents = round(value * 100)
        if cents % 100 == 0:
            return str(cents // 100)
        sign = "-" if cents < 0 else ""
        cents = abs(cents)
        return f"{sign}{cents // 100}.{cents % 100:02d}"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def canonical_line(values: Sequence[Any], width: int) -> str:
    cells = [v if v.__class__ is str else canonical(v) for v in values[:width]]
    if len(cells) < width:
        cells += [""] * (width - len(cells))
    line = "\t".join(cells)
    # Fast path: no cell holds a character that needs escaping (one scan of the line).
    if line.count("\t") != width - 1 or "\\" in line or "\n" in line or "\r" in line:
        line = "\t".join(canonical(v) for v in cells)
    return line + "\n"


def _stored_line(stored: list[Any], width: int) -> str:
    """canonical_line for a row this module is writing (str, int, float or None only)."""
    line = "\t".join([v if v.__class__ is str else ("" if v is None else (str(v) if v.__class__ is int else canonical(v)))
                      for v in stored])
    if line.count("\t") != width - 1 or "\\" in line or "\n" in line or "\r" in line:
        return canonical_line(stored, width)
    return line + "\n"


def _read_line(values: list[Any], width: int) -> str:
    """canonical_line for a row as python-calamine returns it (str, float, "" …)."""
    if len(values) != width:
        return canonical_line(values, width)
    line = "\t".join([v if v.__class__ is str else
                      (str(int(v)) if v.__class__ is float and v.is_integer() else canonical(v))
                      for v in values])
    if line.count("\t") != width - 1 or "\\" in line or "\n" in line or "\r" in line:
        return canonical_line(values, width)
    return line + "\n"


class _Digest:
    """SHA-256 over canonical lines, fed in batches (one encode per batch, not per row)."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._lines: list[str] = []

    def line(self, text: str) -> None:
        self._lines.append(text)
        if len(self._lines) >= 2000:
            self.flush()

    def flush(self) -> None:
        if self._lines:
            self._hash.update("".join(self._lines).encode("utf-8"))
            self._lines.clear()

    def hexdigest(self) -> str:
        self.flush()
        return self._hash.hexdigest()


_RISKY = frozenset("=+-@\t\r'")


def _store_text(value: Any) -> Any:
    if value is None:
        return None
    text = value if value.__class__ is str else str(value)
    if not text:
        return None
    return neutralise(text) if text[0] in _RISKY else text


def _store_money(value: Any) -> Any:
    if value is None:
        return None
    fen = int(value)
    return fen // 100 if fen % 100 == 0 else fen / 100


def _store_int(value: Any) -> Any:
    return None if value is None else int(value)


def _store_date(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value) or None


_STORE = {TEXT: _store_text, ID: _store_text, MONEY: _store_money, INT: _store_int, DATE: _store_date}


def _stored(col_type: str, value: Any) -> Any:
    """The value as it is stored in the cell."""
    if value is None:
        return None
    if col_type == MONEY:
        fen = int(value)
        return fen // 100 if fen % 100 == 0 else fen / 100
    if col_type == INT:
        return int(value)
    if col_type == DATE:
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()[:10]
        return str(value) or None
    text = str(value)
    return neutralise(text) if text else None


# ---- reading cells ------------------------------------------------------------------------

def read_text(v: Any) -> str:
    """A stored text cell as the writer meant it (neutralisation undone)."""
    if v.__class__ is str:
        return v[1:] if v[:1] == "'" and _RESTORE_RE.match(v) else v
    if v is None:
        return ""
    if isinstance(v, float):
        return canonical(v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    return restore(str(v))


def read_code(v: Any) -> str:
    return read_text(v).strip()


_READ = {TEXT: read_text, ID: read_code, DATE: read_code}


def _typed_row(keys: list[str], types: list[str], values: Sequence[Any]) -> dict[str, Any]:
    if len(values) < len(keys):
        values = list(values) + [""] * (len(keys) - len(values))
    convs = [_READ.get(t) or (to_int if t == INT else to_fen if t == MONEY else _same) for t in types]
    return dict(zip(keys, [conv(v) for conv, v in zip(convs, values)]))


def _typed_rows(keys: list[str], types: list[str], body: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    width = len(keys)
    convs = [_READ.get(t) or (to_int if t == INT else to_fen if t == MONEY else _same) for t in types]
    out = []
    for values in body:
        if len(values) < width:
            values = list(values) + [""] * (width - len(values))
        out.append(dict(zip(keys, [conv(v) for conv, v in zip(convs, values)])))
    return out


def _same(v: Any) -> Any:
    return v


# No count or amount in a package comes near this (10 trillion yuan in fen); beyond it a number
# is a slip or a hostile file, and would overflow the store's 64-bit integers. Read as no number.
NUMBER_LIMIT = 10 ** 15


def to_int(v: Any) -> int | None:
    if v.__class__ is float:
        return int(v) if v.is_integer() and -NUMBER_LIMIT <= v <= NUMBER_LIMIT else None
    if v is None or v == "":
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return int(f) if f.is_integer() and -NUMBER_LIMIT <= f <= NUMBER_LIMIT else None


def to_fen(v: Any) -> int | None:
    if v.__class__ is not float:
        if v is None or v == "":
            return None
        try:
            v = float(v)
        except (TypeError, ValueError):
            return None
    fen = v * 100
    return round(fen) if -NUMBER_LIMIT <= fen <= NUMBER_LIMIT else None  # also False for inf and nan
