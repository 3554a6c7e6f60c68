"""Bench: a county office on PostgreSQL beside the same office on SQLite.

    DIBAO_BENCH_PG_URL=postgresql://USER@HOST:PORT/postgres .venv/bin/python bench/postgres.py

* import: the county importing 13 townships' roster packages (40,000 households in all, about
  2.4 persons each, written once with the package writer) into a fresh county store, one
  package after the other as a clerk would, on PostgreSQL vs on SQLite (target <= 1.5x);
* roster view: what the county roster view reads before it paints its first page (the ids of
  every row in display order with the totals, then the first page of rows; target <= 300 ms),
  on both engines; beside it, the whole roster read at once (``county.roster``, as the view
  did before it paged by ids).

The role in the URL must be allowed to create databases; the bench makes and drops its own.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TOWNSHIPS = 13


def _id(rng: random.Random) -> str:
    from dibao_desk.domain import idcard

    body = f"360426{rng.randint(1940, 2010)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return body + idcard.check_character(body)


def write_packages(folder: Path, households: int) -> list[Path]:
    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out as out

    rng = random.Random(1)
    paths = []
    per = households // TOWNSHIPS
    for t in range(TOWNSHIPS):
        n = per + (1 if t < households % TOWNSHIPS else 0)
        hh, pp = [], []
        for i in range(1, n + 1):
            persons = rng.choice((1, 2, 2, 3, 3, 4))
            head_id = _id(rng)
            hh.append((str(i), f"第{i % 17 + 1}村", f"户主{t}-{i}", head_id, "rural", persons, persons, "class2",
                       31000 * persons, "2026-01-01", "", ""))
            pp.append((str(i), f"户主{t}-{i}", head_id, "男", "1960-01-01", "户主", True, None))
            for k in range(1, persons):
                pp.append((str(i), f"成员{t}-{i}-{k}", _id(rng), "女", "1962-01-01", "配偶", True, None))
        code = f"360426{101 + t:03d}000"
        path = folder / f"roster-{code}.xlsx"
        pkg.write_package(path, kind="roster", direction="up", township_code=code, township_name=f"示例{t + 1}镇",
                          county_name="德安县", sequence=1, period="2026-11",
                          sheets=out.roster_sheets(hh, pp, len(hh), len(pp)))
        paths.append(path)
    return paths


def _county(folder: Path, db: str | None):
    from dibao_desk.services import office
    from dibao_desk.services.context import open_context

    ctx = open_context(folder, db)
    office.save_office(ctx.uow(), office.OfficeInfo("示例县民政局", "360426000000", "德安县", "", "", "county", "县经办"))
    return ctx


def _best(fn, times: int = 3) -> float:
    best = float("inf")
    for _ in range(times):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def run_engine(folder: Path, db: str | None, packages: list[Path]) -> tuple[float, float, float, int]:
    from dibao_desk.services import county, exchange

    ctx = _county(folder, db)
    try:
        started = time.perf_counter()
        for p in packages:
            exchange.import_package(ctx.uow(), p, today=None, receipt_dir=folder)
        imported = time.perf_counter() - started
        from dibao_desk.ui.tablemodels.county_roster import PAGE

        rows = county.roster(ctx.uow())  # warms the connection and the caches, as a window that is open

        def first_page():
            found = county.roster_ids(ctx.uow())
            county.roster_lines(ctx.uow(), found.ids[:PAGE])

        return imported, _best(first_page), _best(lambda: county.roster(ctx.uow())), len(rows)
    finally:
        ctx.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=40000)
    args = ap.parse_args()
    admin = os.environ.get("DIBAO_BENCH_PG_URL") or os.environ.get("DIBAO_TEST_PG_URL")
    if not admin:
        print("set DIBAO_BENCH_PG_URL=postgresql://USER@HOST:PORT/postgres", file=sys.stderr)
        return 2
    import psycopg
    from sqlalchemy import make_url

    from dibao_desk.ui.tablemodels.county_roster import PAGE

    name = f"dibao_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    db = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            t = time.perf_counter()
            (folder / "stick").mkdir()
            packages = write_packages(folder / "stick", args.households)
            print(f"wrote {len(packages)} roster packages ({args.households} households) in "
                  f"{time.perf_counter() - t:.1f} s (not timed below)", file=sys.stderr)
            sq_imp, sq_view, sq_all, sq_rows = run_engine(folder / "sqlite", None, packages)
            pg_imp, pg_view, pg_all, pg_rows = run_engine(folder / "pg", db, packages)
    finally:
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert sq_rows == pg_rows == args.households, (sq_rows, pg_rows)
    print(f"county import, {TOWNSHIPS} roster packages, {args.households} households:")
    print(f"  PostgreSQL {pg_imp:6.2f} s   SQLite (baseline) {sq_imp:6.2f} s   ratio {pg_imp / sq_imp:.2f}x "
          f"(target <= 1.5x)")
    print(f"county roster view, first page ({pg_rows} ids and totals, then {PAGE} rows):")
    print(f"  PostgreSQL {pg_view * 1000:6.0f} ms  SQLite (baseline) {sq_view * 1000:6.0f} ms  ratio "
          f"{pg_view / sq_view:.2f}x (target <= 300 ms)")
    print("whole roster read at once (before paging by ids), for comparison:")
    print(f"  PostgreSQL {pg_all * 1000:6.0f} ms  SQLite (baseline) {sq_all * 1000:6.0f} ms  ratio "
          f"{pg_all / sq_all:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
