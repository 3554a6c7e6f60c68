"""Bench: making a month's payment roster (造册) on a 40,000-household demo township, beside a
baseline measured in the same run.

    .venv/bin/python bench/payroll.py [--households 40000]

* making the regular roster of a month (services.payroll.make: the ledger's periods, the
  households' bank details, the lines written, totals stored; each round replaces the draft),
  beside a bare SELECT of the same rows (ledger periods of the month joined to decisions,
  households and villages) plus a bare INSERT of as many pre-built lines into the roster's own
  table. Target <= 1 s.
* the roster's totals (services.payroll.summary: per village, class, urban/rural, by source),
  beside a bare SELECT of the roster's lines.
* signing it (services.payroll.sign: the draft checked against the ledger as it is now, the
  month marked paid; once, it locks the roster), beside the same bare SELECT + INSERT.
"""

from __future__ import annotations

import argparse
import os
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _common import best  # noqa: E402 (bench/ is on the path from here)

TODAY = dt.date(2026, 11, 30)
PERIOD = "2026-12"


def row(name: str, seconds: float, baseline: float, target: float | None) -> str:
    goal = f"<= {target:g} s {'met' if seconds <= target else 'NOT met'}" if target else ""
    return f"{name:<52}{seconds:>9.3f}{baseline:>10.3f}{seconds / baseline:>8.1f}   {goal}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=40000)
    args = parser.parse_args()

    from _common import county_store

    from dibao_desk.services import payroll
    from dibao_desk.services.context import open_context

    source = county_store(args.households)
    folder = Path(tempfile.mkdtemp(prefix="dibao-bench-payroll-"))
    shutil.copy(source / "dibao.sqlite3", folder / "dibao.sqlite3")
    ctx = open_context(folder)
    con = sqlite3.connect(ctx.store.path)
    con.execute("PRAGMA foreign_keys=ON")
    month = "2026-12-01"
    from dibao_desk.models.payroll import LINE_COLUMNS

    insert_sql = (f"INSERT INTO payroll_line ({', '.join(LINE_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(LINE_COLUMNS))})")
    con.execute("INSERT INTO payroll (period, first_month, last_month, kind, name, subsidy_basis, subsidy_fen, "
                "subsidy_scope, status, made_on, made_by, reviewed_by, reviewed_account, reported_by, households, "
                "persons, total_fen, benefit_fen, supplement_fen, back_pay_fen, recovery_fen, subsidy_total_fen, "
                "lines_count, zero_households, source_shares, note, created_at, updated_at) VALUES ('1999-01', "
                "'1999-01-01', '1999-01-01', 'regular', 'bench', '', 0, '', 'draft', '1999-01-01', '', '', '', '', "
                "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '', '', '1999-01-01', '1999-01-01')")
    bare_roster = con.execute("SELECT max(id) FROM payroll").fetchone()[0]
    con.commit()

    def bare():
        """The same ledger rows read bare, and as many roster lines written bare (pre-built
        tuples, every column) into the roster's own table, then taken out again."""
        rows = con.execute(
            "SELECT p.household_id, p.first_month, p.last_month, p.status, p.category, p.covered, p.amount_fen, "
            "p.supplement_fen, d.kind, d.decided_on, h.head_name, h.head_id_number, h.bank_account, h.bank_name, "
            "v.name, h.hukou_type FROM ledger_period p JOIN ledger_decision d ON d.id = p.decision_id "
            "JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id "
            "WHERE p.first_month <= ? AND (p.last_month IS NULL OR p.last_month >= ?)", (month, month)).fetchall()
        con.executemany(insert_sql, [(bare_roster, i, r[0], r[10], r[11], r[12], r[13], "", r[14], r[4], r[15], r[5],
                                      1, r[1], r[1], r[6] - r[7], r[7], "regular", r[6], "", 0, None, None, "", "",
                                      None, None) for i, r in enumerate(rows)])
        con.execute("DELETE FROM payroll_line WHERE payroll_id = ?", (bare_roster,))
        con.commit()
        return len(rows)

    bare_rows = bare()
    t_bare = best(bare, 3)
    t_make = best(lambda: payroll.make(ctx.uow(), PERIOD, today=TODAY), 3)  # a draft: each run remakes it
    info = payroll.make(ctx.uow(), PERIOD, today=TODAY)
    t_bare_lines = best(lambda: con.execute("SELECT * FROM payroll_line WHERE payroll_id = ?", (info.id,)).fetchall())
    t_summary = best(lambda: payroll.summary(ctx.uow(), info.id), 3)
    s = payroll.summary(ctx.uow(), info.id)
    started = time.perf_counter()
    payroll.sign(ctx.uow(), info.id, "bench", TODAY, today=TODAY)
    t_sign = time.perf_counter() - started
    ctx.close()
    con.close()

    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} cores" if hasattr(os, "getloadavg") else "")
    print(f"store: {source} ({args.households:,} households); {bare_rows:,} ledger rows in {PERIOD}")
    print(f"roster {PERIOD}: {info.households:,} households, {info.persons:,} persons, {info.total_fen / 100:,.2f} yuan, "
          f"{info.lines_count:,} lines ({info.zero_households:,} households at 0 listed apart); "
          f"sources add up: {sum(t.total_fen for t in s.by_source) == info.total_fen}")
    print(f"{'figure':<52}{'seconds':>9}{'baseline':>10}{'ratio':>8}")
    print(row("make a month's roster (bare SELECT + INSERT)", t_make, t_bare, 1.0))
    print(row("roster totals by village/class/source (bare SELECT)", t_summary, t_bare_lines, None))
    print(row("sign the roster, once (bare SELECT + INSERT)", t_sign, t_bare, None))
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
