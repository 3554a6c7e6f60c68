"""Bench: recompute every receiving household's benefit for a month, beside a bare read.

    .venv/bin/python bench/recompute.py [--households 41500]

Builds a demo township (``services.demo.generate``, about 2.4 persons per household, so
41,500 households are about 100,000 persons) and marks every household receiving, so that
recompute covers every person in the store; then times:

* baseline: a bare SELECT of the same rows recompute reads (households, members, incomes,
  properties, supporters of receiving households), fetched into Python tuples;
* recompute, all changed: after a new policy set (a higher standard), so every household's
  amount changes and is written back with its audit row;
* recompute, nothing changed: the same month again (reads and computes, writes nothing).

Target: recompute <= 2 s for 100,000 persons.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

RECEIVING = "SELECT id FROM household WHERE status = 'receiving'"
BASELINE = (
    "SELECT id, hukou_type, category, employment_deduction_fen, monthly_benefit_fen FROM household "
    "WHERE status = 'receiving' ORDER BY id",
    "SELECT household_id, id, birth_date, relation, disability_grade, serious_illness, work_capacity, "
    f"employment, covered FROM member WHERE household_id IN ({RECEIVING}) ORDER BY household_id, position",
    f"SELECT household_id, member_id, kind, amount_fen FROM income_item WHERE household_id IN ({RECEIVING})",
    "SELECT household_id, kind, value_fen, area_m2_x100, quantity FROM property_item "
    f"WHERE household_id IN ({RECEIVING})",
    f"SELECT household_id, count(*) FROM supporter WHERE household_id IN ({RECEIVING}) GROUP BY household_id",
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=41500)
    args = parser.parse_args()

    from dibao_desk.services import benefit, demo, policy
    from dibao_desk.services.context import open_context

    folder = tempfile.mkdtemp(prefix="dibao-bench-recompute-")
    ctx = open_context(folder)
    t0 = time.perf_counter()
    demo.generate(ctx.uow(), households=args.households, seed=1, today=dt.date(2026, 11, 23))
    print(f"demo township built in {time.perf_counter() - t0:.1f} s")
    month = dt.date(2026, 12, 1)

    con = sqlite3.connect(ctx.store.path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("UPDATE household SET status = 'receiving'")
    con.commit()
    for q in BASELINE:  # warm the page cache as recompute would find it
        con.execute(q).fetchall()
    store_persons = con.execute("SELECT count(*) FROM member").fetchone()[0]
    best_base = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        rows = sum(len(con.execute(q).fetchall()) for q in BASELINE)
        best_base = min(best_base, time.perf_counter() - t0)
    con.close()

    current = policy.policy_in_force(ctx.uow(), month)
    raised = dataclasses.replace(current.figures, urban_standard_fen=current.figures.urban_standard_fen + 5000,
                                 rural_standard_fen=current.figures.rural_standard_fen + 5000)
    policy.add_policy_set(ctx.uow(), month, raised, "bench: standards raised by 50 yuan", today=dt.date.today())
    t0 = time.perf_counter()
    totals = benefit.recompute_all(ctx.uow(), month)
    t_all = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = benefit.recompute_all(ctx.uow(), month)
    t_none = time.perf_counter() - t0
    ctx.close()

    print(f"persons in the store: {store_persons:,}; receiving households: {totals.households:,}, "
          f"covered persons: {totals.persons:,}, rows read: {rows:,}")
    print(f"total {totals.total_fen / 100:,.2f} yuan/month, average {totals.average_fen / 100:.2f} yuan/person")
    print(f"{'figure':<42}{'seconds':>10}{'baseline':>10}{'ratio':>8}")
    print(f"{'baseline: bare SELECT of the same rows':<42}{best_base:>10.3f}")
    print(f"{'recompute, every amount changed (' + str(totals.changed) + ')':<42}{t_all:>10.3f}"
          f"{best_base:>10.3f}{t_all / best_base:>8.1f}")
    print(f"{'recompute, nothing changed (' + str(again.changed) + ')':<42}{t_none:>10.3f}"
          f"{best_base:>10.3f}{t_none / best_base:>8.1f}")
    print(f"target: <= 2 s for 100,000 persons -> {'met' if max(t_all, t_none) <= 2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
