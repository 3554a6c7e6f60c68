"""A digest of every table a roster import's commit writes, to show that a change to the
commit's speed leaves what it writes exactly as it was.

    PYTHONPATH=src:. python bench/commit_tables.py [--persons 20000] [--work DIR]

Commits into fresh stores: the common roster of ``bench/roster_import.py``; a larger copy of
it, changed in a few households (bank accounts, an amount, a member dropped) and holding new
ones, into the store the first one wrote, with on_existing "update" and "skip"; the carrying
layout (start months, 保障人口) under a class-based policy; the common roster as suspended
households. Prints one SHA-256 per table per case, of every row with the clock's values
(timestamps), the audit chain's hashes and the roster file's checksum masked (they follow the clock), and whether the
audit chain checks out: the same digests before and after a change mean the same rows."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import re
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openpyxl import load_workbook  # noqa: E402
from roster_import import _new_store, make_layout_roster, make_roster  # noqa: E402

from dibao_desk.services import audit, policy, roster_import as ri  # noqa: E402

TODAY = dt.date(2026, 11, 30)
_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")
_EMPTY = hashlib.sha256().hexdigest()[:16]  # a table with no rows (not printed)
_HASH = re.compile(r"^[0-9a-f]{64}$")


_FILE_SUM = re.compile(r'"sha256": "[0-9a-f]{64}"')  # the roster file's (openpyxl writes the time in it)


def _mask(value: Any) -> Any:
    if isinstance(value, str):
        if _CLOCK.match(value) or _HASH.match(value):
            return "*"
        return _FILE_SUM.sub('"sha256": "*"', value)
    return value


def tables(db: Path) -> dict[str, str]:
    """Table -> SHA-256 of its rows (by rowid), the clock's values and hashes masked."""
    con = sqlite3.connect(db)
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for t in names:
            h = hashlib.sha256()
            for r in con.execute(f'SELECT rowid, * FROM "{t}" ORDER BY rowid'):
                h.update(repr(tuple(_mask(v) for v in r)).encode())
            out[t] = h.hexdigest()[:16]
        return out
    finally:
        con.close()


def _changed(source: Path, target: Path) -> None:
    """``source`` with a few households changed: bank accounts, an amount, a member dropped."""
    wb = load_workbook(source)
    ws = wb.active
    heads = [r for r in range(4, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)]
    for r in heads[:5]:
        ws.cell(r, 11).value = f"{ws.cell(r, 11).value}9"
    ws.cell(heads[5], 9).value = int(ws.cell(heads[5], 9).value) + 100
    for k in range(6, 40):  # the first household of several persons: its last member dropped
        if heads[k + 1] - heads[k] > 1:
            ws.delete_rows(heads[k + 1] - 1)
            break
    wb.save(target)


def _commit(folder: Path, roster: Path, on_existing: str = "update", options: ri.ImportOptions | None = None,
            ctx: Any = None) -> Any:
    ctx = ctx or _new_store(folder)
    pv = ri.preview(ctx.uow(), roster, options=options or ri.ImportOptions(today=TODAY))
    ri.commit(ctx.uow(), pv, on_existing=on_existing)
    return ctx


def _report(name: str, ctx: Any) -> None:
    found = tables(ctx.store.path)
    print(f"{name}: chain {'ok' if audit.check_chain(ctx.uow()).ok else 'BROKEN'}")
    for t, d in found.items():
        if d != _EMPTY:
            print(f"  {t:28s} {d}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=20000)
    ap.add_argument("--work", type=Path)
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="commit-tables-"))
    work.mkdir(parents=True, exist_ok=True)
    first, bigger, changed = work / "roster.xlsx", work / "bigger.xlsx", work / "changed.xlsx"
    make_roster(first, a.persons)
    make_roster(bigger, a.persons + a.persons // 10)
    _changed(bigger, changed)
    ctx = _commit(work / "common", first)
    _report("common", ctx)
    for on_existing in ("update", "skip"):
        folder = work / f"again-{on_existing}"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(work / "common", folder)
        from dibao_desk.services.context import open_context

        again = open_context(folder)
        _commit(folder, changed, on_existing, ctx=again)
        _report(f"changed, {on_existing}", again)
    carrying = work / "carrying.xlsx"
    make_layout_roster(carrying, a.persons // 2, "carrying")
    ctx = _new_store(work / "carrying")
    policy.add_policy_set(ctx.uow(), dt.date(2020, 1, 1), dataclasses.replace(policy.PolicyFigures(), method="class"), today=dt.date.today())
    _commit(work / "carrying", carrying, ctx=ctx)
    _report("carrying, class policy", ctx)
    ctx = _commit(work / "suspended", first, options=ri.ImportOptions(today=TODAY, status="suspended"))
    _report("suspended", ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
