"""Time the review lists on a county-sized store (about 100,000 persons).

    .venv/bin/python bench/reviews_due.py [--households 40000] [--keep DIR]

Prints each figure beside its baseline measured in the same run: the due list
for a month and the overdue list (the queries the 复核 tab and `dibao-desk
reviews due` run) against a bare ``SELECT id FROM household``; the bulk
reschedule against reading every receiving household's rows.
"""

from __future__ import annotations

import argparse
import random
import shutil
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from sqlalchemy import text  # noqa: E402

from dibao_desk.services import demo, reviews  # noqa: E402
from dibao_desk.services.context import open_context  # noqa: E402


def best(fn, runs=7):
    times = []
    result = None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return min(times), statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=40000)
    ap.add_argument("--keep", metavar="DIR")
    args = ap.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dibao-bench-"))
    ctx = open_context(folder)
    uow = ctx.uow()
    today = dt.date.today()
    t = time.perf_counter()
    result = demo.generate(uow, households=args.households, seed=1, today=today)
    print(f"store: {result.households:,} households, {result.persons:,} persons "
          f"(generated in {time.perf_counter() - t:.1f} s) in {folder}")
    # Put the demo's households where they would be after a few years of use: came in years ago.
    with uow:
        uow.session.execute(text("UPDATE household SET created_at = benefit_start WHERE benefit_start IS NOT NULL"))
        uow.commit()

    def baseline_all():
        with uow:
            return uow.session.execute(text("SELECT id FROM household")).all()

    def baseline_receiving():
        with uow:
            return uow.session.execute(text(
                "SELECT id, category, hukou_type, benefit_start FROM household WHERE status='receiving'")).all()

    _, base_med, _ = best(baseline_all)
    _, recv_med, _ = best(baseline_receiving)
    t = time.perf_counter()
    n = reviews.reschedule_all(uow, today=today)
    resched = (time.perf_counter() - t) * 1000
    print(f"reschedule_all: {n:,} receiving households in {resched:,.0f} ms "
          f"(baseline: read receiving households {recv_med:.1f} ms, ratio {resched / recv_med:.0f}x)")

    month = today.replace(day=1)
    _, over_med, rows = best(lambda: reviews.due_list(uow, overdue=True, today=today))
    print(f"overdue list, worst case (nobody reviewed for years): {len(rows):,} rows, median {over_med:.1f} ms "
          f"(baseline SELECT id FROM household {base_med:.1f} ms, ratio {over_med / base_med:.1f}x; limit 200 ms)")

    # A store in use: most households reviewed within their cycle (one keep review each).
    rng = random.Random(1)
    with uow:
        ids = [r[0] for r in uow.session.execute(text("SELECT id FROM household WHERE status='receiving'"))]
        cur = uow.session.connection().connection.driver_connection.cursor()
        cur.executemany(
            "INSERT INTO review (household_id, review_date, visitor, findings, outcome, reason, before_category,"
            " after_category, before_fen, after_fen, due_rule, recorded_by, recorded_at)"
            " VALUES (?, ?, '演示', '', 'keep', '', '', '', 0, 0, '', '', ?)",
            [(hid, (today - dt.timedelta(days=rng.randint(0, 85))).isoformat(), today.isoformat())
             for hid in ids if rng.random() < 0.93])
        uow.commit()
    reviews.reschedule_all(uow, today=today)
    _, due_med, rows = best(lambda: reviews.due_list(uow, month=month, today=today))
    print(f"due list {month:%Y-%m} (93% reviewed in cycle): {len(rows):,} rows, median {due_med:.1f} ms "
          f"(ratio {due_med / base_med:.1f}x; limit 200 ms)")
    nxt = (month + dt.timedelta(days=32)).replace(day=1)
    _, due2_med, rows = best(lambda: reviews.due_list(uow, month=nxt, today=today))
    print(f"due list {nxt:%Y-%m}: {len(rows):,} rows, median {due2_med:.1f} ms (ratio {due2_med / base_med:.1f}x)")
    _, over_med, rows = best(lambda: reviews.due_list(uow, overdue=True, today=today))
    print(f"overdue list: {len(rows):,} rows, median {over_med:.1f} ms (ratio {over_med / base_med:.1f}x)")
    _, cal_med, counts = best(lambda: reviews.calendar_counts(uow, nxt))
    print(f"calendar counts {nxt:%Y-%m}: {sum(counts.values()):,} due on {len(counts)} days, "
          f"median {cal_med:.1f} ms (ratio {cal_med / base_med:.1f}x)")
    _, plan_med, plan = best(lambda: reviews.plan_quarter(uow, nxt, today=today), runs=3)
    print(f"quarter plan: {len(plan.rows):,} visits over {plan.working_days} working days, "
          f"median {plan_med:.0f} ms (ratio {plan_med / base_med:.1f}x)")
    ctx.close()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
