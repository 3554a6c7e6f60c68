"""The household list's income columns recomputed after a policy set changes the figures,
on a county-sized store.

    PYTHONPATH=src python bench/policy_income_refresh.py [--households 40000]

Times ``households.refresh_counted_incomes`` (the one pass ``policy.add_policy_set`` makes over
the households that declared an employment-cost deduction; a demo store has none, so every
``--every``-th household is given one first) beside the baseline: the same session's plain
read of every household's id and income columns. Nothing is committed. Also times the check
each opening makes (``households.refresh_income_columns_if_due`` with the columns up to date:
nothing to recompute) beside a plain read of one store setting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import county_store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=40000)
    ap.add_argument("--every", type=int, default=5)
    args = ap.parse_args()
    from sqlalchemy import func, select, update

    from dibao_desk.models import Household
    from dibao_desk.services import households
    from dibao_desk.services.context import open_context

    ctx = open_context(county_store(args.households))
    with ctx.uow() as uow:
        s = uow.session
        s.execute(update(Household).where(Household.id % args.every == 0).values(employment_deduction_fen=50000))
        declared = s.scalar(select(func.count()).where(Household.employment_deduction_fen > 0))
        started = time.perf_counter()
        s.execute(select(Household.id, Household.income_fen, Household.per_capita_fen)).all()
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        changed = households.refresh_counted_incomes(s, dt.date.today())
        s.flush()
        took = time.perf_counter() - started
        uow.rollback()
    from dibao_desk.models import StoreSetting

    started = time.perf_counter()
    due = households.refresh_income_columns_if_due(ctx.uow(), dt.date.today())  # the opening made it current
    check = time.perf_counter() - started
    with ctx.uow() as uow:
        started = time.perf_counter()
        uow.session.get(StoreSetting, households.SETTING_INCOME_POLICY)
        setting = time.perf_counter() - started
    ctx.close()
    print(f"income columns recomputed: {took:.2f} s ({declared} households declaring a deduction, "
          f"{changed} changed)")
    print(f"baseline, reading every household's income columns: {baseline:.2f} s")
    print(f"opening's check, columns up to date: {check * 1000:.1f} ms (recomputed: {due})")
    print(f"baseline, reading one store setting: {setting * 1000:.1f} ms")


if __name__ == "__main__":
    main()
