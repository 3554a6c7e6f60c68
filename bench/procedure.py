"""Bench: the procedure's reads and writes on a county-sized store, beside baselines.

    .venv/bin/python bench/procedure.py [--households 40000] [--cases 2000]

A demo county (40,000 households, about 100,000 persons) gets ``--cases`` applications
spread over the ten steps through the service. Each figure is printed beside a baseline
measured in the same run:

* the cases view (``list_cases``: every open case with what it waits for) vs the same
  columns read with a bare sqlite3 cursor, and vs the naive way (``get_case`` per case);
* ``counts_by_step`` vs a bare GROUP BY;
* the first-notice list (``cases_on_notice``) and the long-term notice of every receiving
  household (``long_term_notice``) vs bare cursors over the same rows;
* recording one step (one transaction with its audit rows) vs reading one household
  through the household service.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

D = dt.date


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def line(name: str, value: float, base: float, base_name: str, unit: str = "ms") -> None:
    scale = 1000 if unit == "ms" else 1
    print(f"{name:<38} {value * scale:9.1f} {unit}   {base_name:<34} {base * scale:9.1f} {unit}"
          f"   ratio {value / base if base else float('nan'):6.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=40000)
    ap.add_argument("--cases", type=int, default=2000)
    args = ap.parse_args()

    from sqlalchemy import select

    from dibao_desk.models import Case, Household
    from dibao_desk.services import demo, households
    from dibao_desk.services import procedure as p
    from dibao_desk.services.context import open_context

    folder = tempfile.mkdtemp(prefix="dibao-bench-procedure-")
    ctx = open_context(folder)
    t = time.perf_counter()
    result = demo.generate(ctx.uow(), households=args.households, seed=1, today=D(2026, 11, 1))
    print(f"demo county: {result.households} households, {result.persons} persons "
          f"({time.perf_counter() - t:.1f} s)")
    ctx.operator = "王经办"
    with ctx.uow() as u:
        busy = select(Case.household_id).where(Case.status == "open")  # the demo's own cases
        ids = list(u.session.scalars(select(Household.id).where(
            Household.status.in_(("registered", "applying")), Household.id.not_in(busy))
            .order_by(Household.id)))[:args.cases]

    def rec(cid, step, on, **kw):
        p.record_step(ctx.uow(), cid, step, {"on": on, "person": "王经办", **kw}, on)

    step_times: list[float] = []
    t = time.perf_counter()
    for i, hid in enumerate(ids):
        cid = p.receive_application(ctx.uow(), hid, {"on": D(2026, 11, 2), "person": "王经办",
                                                     "declaration_signed": True, "authorisation_signed": True},
                                    D(2026, 11, 2)).info.id
        target = 2 + i % 9  # spread the cases over steps 2..10
        if target > 2:
            s = time.perf_counter()
            rec(cid, 2, D(2026, 11, 4), investigator_signed=True, applicant_signed=True)
            step_times.append(time.perf_counter() - s)
        if target > 3:
            s = time.perf_counter()
            rec(cid, 3, D(2026, 11, 6), place="村委会", attendees="村民代表 11 人", objections={}, outcome="pass")
            step_times.append(time.perf_counter() - s)
        if target >= 4:
            p.start_notice(ctx.uow(), cid, 4, D(2026, 11, 7), "王经办", D(2026, 11, 7))
        if target > 4:
            rec(cid, 4, D(2026, 11, 14))
        if target > 5:
            s = time.perf_counter()
            rec(cid, 5, D(2026, 11, 15))
            step_times.append(time.perf_counter() - s)
        if target > 6:
            rec(cid, 6, D(2026, 11, 16), category="class2", monthly_fen=31200, amount_reason="按乡镇审核意见")
    setup = time.perf_counter() - t
    print(f"{len(ids)} cases opened and moved along the steps through the service ({setup:.1f} s)")
    today = D(2026, 11, 20)

    def bare(sql: str, *params):
        con = sqlite3.connect(ctx.store.path)
        rows = con.execute(sql, params).fetchall()
        con.close()
        return rows

    print()
    print(f"{'figure':<38} {'value':>12}   {'baseline':<34} {'value':>12}   ratio")
    t_list = timed(lambda: p.list_cases(ctx.uow(), today=today))
    t_list_bare = timed(lambda: bare(
        "select c.id, c.household_id, h.head_name, v.name, c.kind, c.status, c.next_step, c.opened_on, "
        "c.notice_start, c.notice_end, c.open_objections from procedure_case c join household h on "
        "h.id = c.household_id join village v on v.id = h.village_id where c.status = 'open' "
        "order by c.next_step, c.opened_on, c.id"))
    line(f"cases view: list_cases ({len(ids)} open)", t_list, t_list_bare, "bare sqlite3 cursor, same columns")
    rows = p.list_cases(ctx.uow(), today=today)
    t_naive = timed(lambda: [p.get_case(ctx.uow(), r.id, today).waiting for r in rows], repeat=1)
    line("cases view: list_cases", t_list, t_naive, "naive: get_case per case")
    t_counts = timed(lambda: p.counts_by_step(ctx.uow()))
    t_counts_bare = timed(lambda: bare("select next_step, count(*) from procedure_case where status='open' "
                                       "group by next_step"))
    line("counts_by_step", t_counts, t_counts_bare, "bare GROUP BY")
    t_notice = timed(lambda: p.cases_on_notice(ctx.uow(), 1, on=D(2026, 11, 10)))
    n_notice = len(p.cases_on_notice(ctx.uow(), 1, on=D(2026, 11, 10)))
    t_notice_bare = timed(lambda: bare(
        "select s.started_on, s.window_end, c.id, c.household_id, c.kind, c.proposed_category, c.proposed_fen, "
        "c.after_json, h.village_id, v.name, h.head_name, h.covered_count, h.category, h.monthly_benefit_fen "
        "from procedure_step s join procedure_case c on c.id = s.case_id join household h on "
        "h.id = c.household_id join village v on v.id = h.village_id where s.step = 4 and s.active = 1 "
        "and s.started_on <= ? and s.window_end >= ? and s.result != 'refused'", "2026-11-10", "2026-11-10"))
    line(f"cases_on_notice(1) ({n_notice} households)", t_notice, t_notice_bare, "bare sqlite3 cursor")
    n_long = len(p.long_term_notice(ctx.uow()))
    t_long = timed(lambda: p.long_term_notice(ctx.uow()))
    t_long_bare = timed(lambda: bare(
        "select h.id, h.village_id, v.name, h.head_name, h.covered_count, h.category, h.monthly_benefit_fen, "
        "h.benefit_start from household h join village v on v.id = h.village_id where h.status = 'receiving' "
        "order by h.village_id, h.head_sort_key, h.id"))
    line(f"long_term_notice ({n_long} households)", t_long, t_long_bare, "bare sqlite3 cursor")
    some = ids[:200]
    read_times = []
    for hid in some:
        s = time.perf_counter()
        households.get(ctx.uow(), hid)
        read_times.append(time.perf_counter() - s)
    line(f"record one step (median of {len(step_times)})", statistics.median(step_times),
         statistics.median(read_times), "households.get (median of 200)")
    ctx.close()


if __name__ == "__main__":
    main()
