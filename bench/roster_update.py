"""A roster that updates thousands of registered households, beside a first import of the
same roster, in the same run.

    .venv/bin/python bench/roster_update.py [--persons 100000] [--rounds 3] [--keep DIR]

The store is filled by the bench's one-name-column roster (``roster_import.make_layout_roster``,
layout ``head_name``); the carrying roster of the same size (layout ``carrying``: it shares many
of its ID numbers, so part of its households are registered with other members, amounts or
classes) is then imported into a copy of that store (the update: households new, updated,
members moved out, amounts proposed) and into a fresh store (a first import). Each round times
both (preview + commit, in this process); the figure quoted is the best of the rounds, and
the ratio update / first import of each round (target ≤ 2×).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roster_import import _copy_store, _new_store, make_layout_roster  # noqa: E402

from dibao_desk.services import roster_import as ri  # noqa: E402
from dibao_desk.services.context import open_context  # noqa: E402


def _import(folder: Path, path: Path) -> tuple[float, float, ri.ImportResult, float]:
    """Preview and commit ``path`` into the store in ``folder``: (preview s, commit s, result,
    CPU s of the process for both: steadier than wall time on a machine others load)."""
    ctx = open_context(folder)
    try:
        cpu = time.process_time()
        t = time.perf_counter()
        pv = ri.preview(ctx.uow(), path)
        t2 = time.perf_counter()
        res = ri.commit(ctx.uow(), pv)
        return t2 - t, time.perf_counter() - t2, res, time.process_time() - cpu
    finally:
        ctx.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", help="folder to keep the rosters and the stores in")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="roster-update-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    first = work / "roster-head_name.xlsx"
    second = work / "roster-carrying.xlsx"
    make_layout_roster(first, args.persons, "head_name")
    make_layout_roster(second, args.persons, "carrying")
    ctx = _new_store(work / "filled")
    ctx.close()
    _p, _c, res, _cpu = _import(work / "filled", first)
    print(f"store filled by the one-name-column roster: {res.households_created} households, "
          f"{res.persons_created} persons")
    ctx = open_context(work / "filled")
    base = _copy_store(ctx, work / "base")  # the filled store, kept as it is for every round
    ctx.close()
    updates, firsts, ratios = [], [], []
    for k in range(args.rounds):
        data = work / f"update{k}"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(base.parent, data)
        up = _import(data, second)
        fresh = _new_store(work / f"first{k}")
        fresh.close()
        fi = _import(work / f"first{k}", second)
        updates.append(up)
        firsts.append(fi)
        ratios.append((up[0] + up[1]) / (fi[0] + fi[1]))
        r = up[2]
        print(f"round {k + 1}: update {up[0] + up[1]:.2f} s (preview {up[0]:.2f} + commit {up[1]:.2f}); "
              f"first import {fi[0] + fi[1]:.2f} s (preview {fi[0]:.2f} + commit {fi[1]:.2f}); "
              f"ratio {ratios[-1]:.2f}×; CPU {up[3]:.2f} s against {fi[3]:.2f} s ({up[3] / fi[3]:.2f}×)")
    r = updates[0][2]
    print(f"the update: {r.households_created} households new, {r.households_updated} updated, "
          f"{r.households_unchanged} unchanged, {r.members_moved_out} members moved out, "
          f"{r.amounts_proposed} amounts proposed ({len(r.amounts_not_proposed)} not)")
    best_up = min(u[0] + u[1] for u in updates)
    best_first = min(f[0] + f[1] for f in firsts)
    print(f"best of {args.rounds}: update {best_up:.2f} s (commit {min(u[1] for u in updates):.2f} s); "
          f"first import {best_first:.2f} s (baseline; commit {min(f[1] for f in firsts):.2f} s); "
          f"ratio {best_up / best_first:.2f}× (target ≤ 2×; rounds {', '.join(f'{x:.2f}×' for x in ratios)})")
    cpu_up, cpu_first = min(u[3] for u in updates), min(f[3] for f in firsts)
    print(f"best of {args.rounds}, CPU time of the process: update {cpu_up:.2f} s; first import {cpu_first:.2f} s; "
          f"ratio {cpu_up / cpu_first:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
