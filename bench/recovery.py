"""Bench: the 追回 register on a 40,000-household demo township with one household in ten
owing money, each figure beside a baseline measured in the same run.

    .venv/bin/python bench/recovery.py [--households 40000] [--entries 4000]

* the register listed with balances (services.recovery.list_entries, every entry), beside a
  bare SELECT of the same rows.
* what a month's roster deducts (services.recovery.deductions_for), beside reading the
  ledger's month for every household (models.ledger.month_values), which it must do anyway.
* making a month's regular roster (services.payroll.make) with the register's deductions,
  beside making it with an empty register. Issue target for the roster: <= 1 s.
* the register listed again once that roster is signed (every deduction awaiting the bank's
  answer: models.recovery.awaiting_bank), beside the same bare SELECT.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _common import best  # noqa: E402 (bench/ is on the path from here)

TODAY = dt.date(2026, 11, 30)


def row(name: str, seconds: float, baseline: float) -> str:
    return f"{name:<52}{seconds:>9.3f}{baseline:>10.3f}{seconds / baseline:>8.1f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=40000)
    parser.add_argument("--entries", type=int, default=4000)
    args = parser.parse_args()

    from _common import county_store

    from dibao_desk.models import ledger as ledger_store
    from dibao_desk.models.recovery import RecoveryEntry
    from dibao_desk.services import ledger, payroll, recovery
    from dibao_desk.services.context import open_context

    source = county_store(args.households)
    folder = Path(tempfile.mkdtemp(prefix="dibao-bench-recovery-"))
    shutil.copy(source / "dibao.sqlite3", folder / "dibao.sqlite3")
    ctx = open_context(folder)
    ledger.build(ctx.uow(), TODAY)
    month = dt.date(2026, 12, 1)
    paid = [h for h, v in ledger.month_amounts(ctx.uow(), month).items() if v.paid_fen > 0]

    t_empty = best(lambda: payroll.make(ctx.uow(), "2026-12", today=TODAY), 3)

    owing = paid[::max(1, len(paid) // args.entries)][:args.entries]
    with ctx.store.engine.begin() as conn:
        ledger_store.insert_many(conn, RecoveryEntry.__table__, (
            "household_id", "source", "status", "reference", "decided_on", "amount_fen", "recovered_fen", "method",
            "per_month_fen", "note", "write_off_reason", "write_off_by", "recorded_by", "recorded_at"), [
            (h, "other", "open", f"bench-{i}", TODAY, 30000 + i % 7 * 1000, 0, "deduct", 10000 if i % 2 else 0, "",
             "", "", "bench", dt.datetime(2026, 11, 30, 9)) for i, h in enumerate(owing)])
    con = sqlite3.connect(ctx.store.path)
    bare_list = best(lambda: con.execute(
        "SELECT e.*, h.head_name, h.head_id_number, v.name FROM recovery_entry e JOIN household h ON "
        "h.id = e.household_id JOIN village v ON v.id = h.village_id ORDER BY e.decided_on DESC, e.id DESC").fetchall())
    t_list = best(lambda: recovery.list_entries(ctx.uow()))
    with ctx.store.engine.connect() as conn:
        bare_month = best(lambda: ledger_store.month_values(conn, month))
    t_plan = best(lambda: recovery.deductions_for(ctx.uow(), "2026-12"))
    plan = recovery.deductions_for(ctx.uow(), "2026-12")
    t_make = best(lambda: payroll.make(ctx.uow(), "2026-12", today=TODAY), 3)
    made = payroll.make(ctx.uow(), "2026-12", today=TODAY)
    payroll.sign(ctx.uow(), made.id, "bench", TODAY, today=TODAY)
    awaiting = recovery.totals(ctx.uow()).awaiting_fen
    t_signed = best(lambda: recovery.list_entries(ctx.uow()))
    con.close()
    ctx.close()

    print(f"{len(paid)} households paid in 2026-12, {len(owing)} owing; deducted from {len(plan)} of them, "
          f"{sum(plan.values()) / 100:.2f} yuan; roster {made.households} households, {made.total_fen / 100:.2f} yuan")
    print(f"{'figure':<52}{'seconds':>9}{'baseline':>10}{'ratio':>8}")
    print(row(f"list the register ({len(owing)} entries) / bare SELECT", t_list, bare_list))
    print(row("deductions_for a month / ledger month read", t_plan, bare_month))
    print(row("payroll.make 2026-12 with deductions / empty register", t_make, t_empty))
    print(row(f"list the register, {awaiting / 100:.2f} yuan awaiting the bank / bare SELECT", t_signed, bare_list))
    print(f"roster target <= 1 s: {'met' if t_make <= 1.0 else 'NOT met'}")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
