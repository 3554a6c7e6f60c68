"""A digest of roster previews' outcomes, to show that a change to the preview's speed leaves
what it finds exactly as it was.

    PYTHONPATH=src:. python bench/preview_digest.py [--persons 20000] [--work DIR] [--time N]

Makes the rosters of ``bench/roster_import.py`` (the common layout, and the one-name-column
and carrying layouts with a fifth of the households carrying an error), previews each into a
fresh store, then commits the common one and previews it (and a copy changed in a few rows)
again against the store it wrote (the registered-household path). Prints one SHA-256 per
preview of every row's status, problems (code, field, parameters, severity) and household,
every planned household's fields and the counts: the same digests before and after a change
mean the same outcome. ``--time N``: also time ``preview`` alone N times on the common
roster (wall and CPU, best of)."""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roster_import import _new_store, make_layout_roster, make_roster  # noqa: E402

from dibao_desk.services import roster_import as ri  # noqa: E402


def _problem(p: Any) -> str:
    return repr((p.code, p.field, sorted((k, repr(v)) for k, v in (p.params or {}).items()), p.severity))


def digest(pv: Any) -> tuple[str, str]:
    """(SHA-256 of the preview's outcome, a short summary)."""
    h = hashlib.sha256()

    def put(*parts: object) -> None:
        h.update(repr(parts).encode())
        h.update(b"\n")

    put("head", pv.sheet, pv.sheets, pv.header_rows, pv.labels, pv.mapping, pv.mapping_source, pv.samples,
        pv.status, pv.fullwidth_fixed, pv.spaces_fixed, pv.households_rejected, pv.village_aliases,
        pv.new_villages, pv.checksum, [_problem(p) for p in pv.problems])
    for row in pv.rows:
        put("row", row.sheet_row, row.kind, row.status, [_problem(p) for p in row.problems], row.household,
            [repr(c) for c in row.cells])
    for plan in pv.households:
        put("plan", [(f.name, repr(getattr(plan, f.name))) for f in fields(plan) if f.name != "_draft"])
    counts = {s: pv.count(s) for s in ("ok", "warning", "error", "skipped")}
    put("counts", sorted(counts.items()), pv.persons, pv.existing, pv.members_gone, pv.amounts_differ)
    return h.hexdigest(), f"rows {len(pv.rows)} {counts} households {len(pv.households)} existing {pv.existing}"


def _changed_copy(source: Path, target: Path) -> None:
    """The common roster with a few rows changed: an amount, a member dropped, a new member."""
    from openpyxl import load_workbook

    wb = load_workbook(source)
    ws = wb.active
    ws.cell(row=4, column=9).value = 12345  # a registered household's amount differs
    ws.cell(row=8, column=4).value = "新成员"  # a name changed on a member's row
    ws.delete_rows(12)  # a member (or head) dropped
    wb.save(target)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=20_000)
    ap.add_argument("--work", help="folder for the rosters and stores (made once, reused)")
    ap.add_argument("--time", type=int, default=0, help="also time preview() alone this many times")
    args = ap.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="preview-digest-"))
    work.mkdir(parents=True, exist_ok=True)
    opts = ri.ImportOptions(today=__import__("datetime").date(2026, 11, 30))
    common = work / f"roster-{args.persons}.xlsx"
    if not common.exists():
        make_roster(common, args.persons)
    rosters = {"common": common}
    for layout in ("head_name", "carrying"):
        path = work / f"roster-{layout}-{args.persons}.xlsx"
        if not path.exists():
            make_layout_roster(path, args.persons, layout)
        rosters[layout] = path
    changed = work / f"roster-changed-{args.persons}.xlsx"
    if not changed.exists():
        _changed_copy(common, changed)
    for name, path in rosters.items():
        ctx = _new_store(work / f"store-{name}")
        pv = ri.preview(ctx.uow(), path, options=opts)
        d, summary = digest(pv)
        print(f"{name:10} {d[:16]}  {summary}")
        if name == "common":
            ri.commit(ctx.uow(), pv)
            for again, p in (("again", common), ("changed", changed)):
                pv2 = ri.preview(ctx.uow(), p, options=opts)
                d, summary = digest(pv2)
                print(f"{again:10} {d[:16]}  {summary}")
        ctx.close()
    if args.time:
        ctx = _new_store(work / "store-time")
        walls, cpus = [], []
        for _ in range(args.time):
            t, c = time.perf_counter(), time.process_time()
            ri.preview(ctx.uow(), common, options=opts)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        ctx.close()
        print(f"preview alone ({args.persons} persons, {args.time} times): wall best {min(walls):.3f} s "
              f"(all {', '.join(f'{w:.2f}' for w in walls)}); CPU best {min(cpus):.3f} s "
              f"(all {', '.join(f'{c:.2f}' for c in cpus)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
