"""The audit log as a hash chain: each row carries the hash of the row before it.

A row's hash is SHA-256 (lower-case hex) of the UTF-8 bytes of a canonical JSON text::

    [prev_hash, id, at, operator, entity, entity_id, action, before, after]

with ``at`` exactly as the store holds it (text), no spaces between items, non-ASCII kept as
is (``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``). The first row's
``prev_hash`` is the empty string. Row ids are consecutive (SQLite gives max(id) + 1), so a
gap in the ids is a removed row.

Nothing here knows the database: ``verify`` walks rows given to it and names the first row
that was changed, removed or inserted.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

GENESIS = ""

# The columns the hash covers, in this order (after prev_hash).
FIELDS = ("id", "at", "operator", "entity", "entity_id", "action", "before", "after")


def compact_json() -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` as a function whose C
    encoder is made once: ``JSONEncoder.encode`` makes a new one at every call, a good part of
    the cost of a short text, and a bulk import writes tens of thousands of them."""
    options = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # an interpreter without the C accelerator
        return options.encode
    encode = make(None, options.default, json.encoder.encode_basestring, None, options.key_separator,
                  options.item_separator, False, False, True)
    join = "".join

    def dumps(value: Any) -> str:
        return join(encode(value, 0))
    return dumps


_canonical = compact_json()


def row_hash(prev_hash: str, row: Sequence[Any]) -> str:
    """The hash of one row: ``row`` holds the values of FIELDS in order."""
    return hashlib.sha256(_canonical([prev_hash, *row]).encode("utf-8")).hexdigest()


def chain(prev_hash: str, rows: Iterable[Sequence[Any]]) -> list[tuple[int, str, str]]:
    """(id, prev_hash, hash) for each row in order, continuing from ``prev_hash``."""
    out = []
    sha256 = hashlib.sha256
    canonical = _canonical
    for row in rows:
        h = sha256(canonical([prev_hash, *row]).encode("utf-8")).hexdigest()
        out.append((row[0], prev_hash, h))
        prev_hash = h
    return out


# json's own string encoder (C where the accelerator is): a str as JSON text, what the
# canonical encoder writes for it (ensure_ascii=False: only ", \\ and control characters escaped)
_string = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring


def chain_alike(prev_hash: str, ids: Sequence[int], shared: Sequence[Any], entity_ids: Sequence[int | None],
                afters: Sequence[str]) -> list[tuple[int, str, str]]:
    """``chain`` of rows that differ only in id, entity_id and after (one writer's rows of one
    kind: the roster import's): row k is (ids[k], at, operator, entity, entity_ids[k], action,
    before, afters[k]) with ``shared`` = (at, operator, entity, action, before). The same
    hashes as ``chain`` (the same canonical text: the shared values' JSON made once, each
    row's put together around them), at a good part less of the cost for tens of thousands."""
    at, operator, entity, action, before = shared
    canonical = _canonical
    middle = f",{canonical(at)},{canonical(operator)},{canonical(entity)},"
    tail = f",{canonical(action)},{canonical(before)},"
    string = _string
    sha256 = hashlib.sha256
    out = []
    for row_id, entity_id, after in zip(ids, entity_ids, afters):
        if type(row_id) is not int or type(after) is not str or (entity_id is not None and type(entity_id) is not int):
            raise TypeError("chain_alike: ids and entity ids are int, afters str")
        eid = "null" if entity_id is None else entity_id
        h = sha256(f"[{string(prev_hash)},{row_id}{middle}{eid}{tail}{string(after)}]".encode("utf-8")).hexdigest()
        out.append((row_id, prev_hash, h))
        prev_hash = h
    return out


class Tamper(enum.Enum):
    CHANGED = "changed"    # a row's content (or its hash) is not what was written
    REMOVED = "removed"    # one or more rows are missing
    INSERTED = "inserted"  # a row that the program did not write


@dataclass(frozen=True)
class ChainBreak:
    kind: Tamper
    row_id: int  # the first row affected (for REMOVED: the first missing id)
    last_good_id: int | None  # the last row before it that still checks out
    removed_to: int | None = None  # for REMOVED: the last missing id, when known


@dataclass(frozen=True)
class ChainReport:
    rows: int
    head_id: int | None
    head_hash: str
    first_break: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.first_break is None


@dataclass(frozen=True)
class StoredRow:
    """An audit row as stored: the hashed values plus the two chain columns."""

    values: tuple[Any, ...]  # FIELDS in order
    prev_hash: str | None
    hash: str | None

    @property
    def id(self) -> int:
        return int(self.values[0])


def verify(rows: Sequence[StoredRow], head: tuple[int, str] | None = None) -> ChainReport:
    """Check the chain; ``head`` is (last id, hash) as the store last recorded it, if any."""
    prev_hash, prev_id = GENESIS, None
    for i, r in enumerate(rows):
        found = _check_row(rows, i, prev_hash, prev_id)
        if found is not None:
            return ChainReport(len(rows), _head_id(rows), _head_hash(rows), found)
        prev_hash, prev_id = r.hash or "", r.id
    if head is not None:
        head_id, head_hash = head
        if prev_id is None and head_id:
            return ChainReport(0, None, "", ChainBreak(Tamper.REMOVED, 1, None, head_id))
        if prev_id is not None and head_id > prev_id:
            return ChainReport(len(rows), prev_id, prev_hash,
                               ChainBreak(Tamper.REMOVED, prev_id + 1, prev_id, head_id))
        if prev_id is not None and head_id < prev_id:
            at = next(r for r in rows if r.id > head_id)
            return ChainReport(len(rows), prev_id, prev_hash,
                               ChainBreak(Tamper.INSERTED, at.id, head_id or None))
        if prev_id is not None and head_hash != prev_hash:
            return ChainReport(len(rows), prev_id, prev_hash, ChainBreak(Tamper.CHANGED, prev_id, _before(rows, -1)))
    return ChainReport(len(rows), prev_id, prev_hash, None)


def _check_row(rows: Sequence[StoredRow], i: int, prev_hash: str, prev_id: int | None) -> ChainBreak | None:
    r = rows[i]
    if r.hash is None or r.prev_hash is None:
        return ChainBreak(Tamper.INSERTED, r.id, prev_id)
    expected_id = 1 if prev_id is None else prev_id + 1
    if r.id > expected_id:
        return ChainBreak(Tamper.REMOVED, expected_id, prev_id, r.id - 1)
    own_ok = row_hash(r.prev_hash, r.values) == r.hash
    if r.prev_hash != prev_hash:
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if nxt is not None and nxt.prev_hash == prev_hash:
            return ChainBreak(Tamper.INSERTED, r.id, prev_id)
        if own_ok and prev_id is not None:
            # This row is intact and links to something else: the one before was rewritten
            # together with its hash.
            return ChainBreak(Tamper.CHANGED, prev_id, _before(rows, i - 1))
        return ChainBreak(Tamper.CHANGED, r.id, prev_id)
    if not own_ok:
        return ChainBreak(Tamper.CHANGED, r.id, prev_id)
    return None


def _before(rows: Sequence[StoredRow], i: int) -> int | None:
    j = i - 1 if i >= 0 else len(rows) + i - 1
    return rows[j].id if j >= 0 else None


def _head_id(rows: Sequence[StoredRow]) -> int | None:
    return rows[-1].id if rows else None


def _head_hash(rows: Sequence[StoredRow]) -> str:
    return (rows[-1].hash or "") if rows else ""
