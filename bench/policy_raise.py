"""Bench: saving a policy set that raises the rural standard on a county-sized store.

    .venv/bin/python bench/policy_raise.py [--households 40000] [--data DIR]

Without --data it builds a demo store for 30 November 2026 in bench/out (a few minutes) and
works on it; a run adds policy sets, so give a fresh copy to compare runs.

The policy dialog's 保存为新的一套标准 adds the set and, when the rural standard raises
change, reschedules the households the raise makes due for review (农村低保标准提高后复核).
Times, for a few half-yearly rounds from 1 January 2027 (the demo is made for 30 November
2026; each round an urban-only set, then a rural raise on the same date):

* baseline: adding a set that changes only the urban standard (no reschedule);
* raise: adding a set that raises the rural standard (the rural households it makes due are
  marked in bulk SQL), with how many households are due for a raise before and after;
* a correction lowering the last raise (the rural households computed again);
* reschedule_all: every receiving household computed again (what every raise cost before),
  for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sqlalchemy import text  # noqa: E402

from dibao_desk.services import demo, policy, reviews  # noqa: E402
from dibao_desk.services.context import open_context  # noqa: E402


TODAY = dt.date(2026, 11, 30)  # the day the demo store is made for and the raises are entered on


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=40000)
    ap.add_argument("--data", metavar="DIR", help="a data folder holding a demo store (else bench/out)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    today = TODAY
    data = Path(args.data) if args.data else ROOT / "bench" / "out" / f"policy-raise-{args.households}"
    fresh = not (data / "dibao.sqlite3").exists()
    ctx = open_context(data)
    uow = ctx.uow()
    if fresh:
        started = time.perf_counter()
        demo.generate(uow, households=args.households, seed=1, today=today)
        print(f"built a demo store in {time.perf_counter() - started:.0f} s: {data} (copy it to run again: "
              "each run adds policy sets)")
    with uow:
        receiving, rural = uow.session.execute(text(
            "SELECT count(*), sum(hukou_type = 'rural') FROM household WHERE status = 'receiving'")).one()
    last = policy.list_policy_sets(uow)[-1]
    figures, start = last.figures, dt.date(2026, 7, 1)  # the demo is made for 30 November 2026
    def due_for_raise() -> int:
        with uow:
            return uow.session.execute(text(
                "SELECT count(*) FROM review_schedule WHERE next_review_rule = 'standard_raise'")).scalar() or 0

    urban, raise_ = [], []
    for n in range(1, args.rounds + 1):  # 1 January 2027, 1 July 2027, ...: half-yearly raises
        start = dt.date(start.year + (start.month == 7), 1 if start.month == 7 else 7, 1)
        figures = replace(figures, urban_standard_fen=figures.urban_standard_fen + 100)
        urban.append(timed(lambda: policy.add_policy_set(uow, start, figures, "bench: urban", today=today)))
        before = due_for_raise()
        figures = replace(figures, rural_standard_fen=figures.rural_standard_fen + 100)
        raise_.append(timed(lambda: policy.add_policy_set(uow, start, figures, "bench: rural raise", today=today)))
        print(f"raise {n} from {start}: {raise_[-1] * 1000:,.0f} ms, households due for a raise "
              f"{before:,} -> {due_for_raise():,}")
    # a correction that lowers the last raise changes the raises already made: every rural
    # household is computed again
    figures = replace(figures, rural_standard_fen=figures.rural_standard_fen - 150)  # below the one before
    fix = timed(lambda: policy.add_policy_set(uow, start, figures, "bench: correction", today=today))
    whole = min(timed(lambda: reviews.reschedule_all(uow, today=today)) for _ in range(args.rounds))
    base = min(urban)
    print(f"store: {receiving:,} receiving households, {rural:,} rural ({rural / max(receiving, 1):.0%})")
    print(f"add a set, urban standard only (baseline): {base * 1000:,.0f} ms")
    print(f"add a set raising the rural standard, first raise: {raise_[0] * 1000:,.0f} ms "
          f"(ratio {raise_[0] / base:.1f}x), slowest {max(raise_) * 1000:,.0f} ms")
    print(f"a correction lowering a raise (rural households recomputed): {fix * 1000:,.0f} ms")
    print(f"reschedule_all, for comparison: {whole * 1000:,.0f} ms")
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
