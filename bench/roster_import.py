"""Import of a county-sized roster (100,000 persons ≈ 40,000 households) beside a bare
python-calamine read of the same file, in the same run.

    .venv/bin/python bench/roster_import.py [--persons 100000] [--rounds 3] [--keep DIR]
                                            [--layouts-only] [--no-layouts]

Prints each figure, the floor under any import (the bare read plus only writing the rows the
import wrote — every row of every table it inserted or changed — with no checking) and the
import beside it (target ≤ 1.3× the floor), the ratio import / bare read, and the peak memory. Then, for each of the other layouts offices
keep (one name column with member rows under the head's; one carrying 保障人口, 户籍性质,
月人均收入 and 批准时间), each with a fifth of the persons carrying an error: the bare read and
the import (target ≤ 4× the bare read), in this process and as whole processes (the
command line beside a process that only reads the sheet, wall and CPU time, and where the
command's process spends its wall time, from the marks it prints with DIBAO_TIMINGS=1), and
the floor of such a process: the reading-only process plus writing exactly the rows the
command wrote (what is left of 4× for everything else).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from dibao_desk.domain import idcard
from dibao_desk.services import office
from dibao_desk.services import roster_import as ri
from dibao_desk.services.context import AppContext, open_context

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌辉鹏志宏海燕春梅凤兵林琴云"
REGIONS = ("360426", "360421", "360423", "360424", "360425", "360428", "360429", "360430")
RELATIONS = ("配偶", "子", "女", "父亲", "母亲", "孙子", "孙女")
SRC = Path(__file__).resolve().parents[1] / "src"


def make_roster(path: Path, persons: int, seed: int = 1) -> tuple[int, int]:
    """A roster in the common shape: title, 填报单位 line, header, heads with members under them."""
    rnd = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["德安县2026年农村最低生活保障对象花名册"])
    ws.append(["填报单位：德安县民政局"])
    ws.append(["序号", "村（社区）", "户主姓名", "家庭成员姓名", "身份证号码", "与户主关系", "家庭人口",
               "保障类别", "月保障金（元）", "开户银行", "银行账号", "备注"])
    villages = [f"第{i}村" for i in range(1, 121)]
    used: set[str] = set()
    n = households = 0
    while n < persons:
        size = min(rnd.choice((1, 1, 2, 2, 3, 3, 3, 4, 5)), persons - n)
        households += 1
        village = rnd.choice(villages)
        cat = rnd.choice(("一类", "二类", "三类"))
        benefit = {"一类": 770, "二类": 520, "三类": 420}[cat] * size
        head = ""
        for k in range(size):
            while True:
                year = rnd.randint(1935, 2020)
                body = f"{rnd.choice(REGIONS)}{year}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}{rnd.randint(0, 999):03d}"
                number = body + idcard.check_character(body)
                if number not in used:
                    used.add(number)
                    break
            name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
            if k == 0:
                head = name
                ws.append([households, village, head, name, number, "户主", size, cat, benefit, "德安农商银行",
                           f"62170{rnd.randint(10**13, 10**14 - 1)}", ""])
            else:
                ws.append([None, None, None, name, number, rnd.choice(RELATIONS), None, None, None, None, None, None])
            n += 1
    ws.append(["合计", None, None, None, None, None, persons, None, None, None, None, None])
    ws.append(["制表人：            审核人：            日期："])
    wb.save(path)
    return households, persons


def make_layout_roster(path: Path, persons: int, layout: str, seed: int = 2, errors: float = 0.2) -> tuple[int, int]:
    """A roster in one of the other layouts: ``head_name`` (户主姓名 | 身份证号 | 与户主关系, members
    in the same columns under the head's row) or ``carrying`` (姓名 | 身份证号 with 保障人口,
    户籍性质, 月人均收入 and 批准时间). ``errors``: the share of households with a wrong check
    character in one member's ID number (their rows are rejected: about that share of rows)."""
    rnd = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["德安县2026年农村最低生活保障对象花名册"])
    if layout == "head_name":
        ws.append(["序号", "村（社区）", "户主姓名", "身份证号", "与户主关系", "家庭人口", "保障类别", "月保障金（元）"])
    else:
        ws.append(["序号", "村（社区）", "姓名", "身份证号", "与户主关系", "家庭人口", "保障人口", "户籍性质", "保障类别",
                   "月保障金", "月人均收入（元）", "批准时间"])
    villages = [f"第{i}村" for i in range(1, 121)]
    words = ("妻", "子", "女", "孙子", "孙女", "儿媳", "女婿", "户主之子", "之女", "夫")
    used: set[str] = set()
    n = households = 0
    while n < persons:
        size = min(rnd.choice((1, 1, 2, 2, 3, 3, 3, 4, 5)), persons - n)
        households += 1
        village = rnd.choice(villages)
        cat = rnd.choice(("一类", "二类", "三类"))
        benefit = {"一类": 770, "二类": 520, "三类": 420}[cat] * size
        bad = rnd.randrange(size) if rnd.random() < errors else -1
        for k in range(size):
            while True:
                year = rnd.randint(1935, 2020)
                body = f"{rnd.choice(REGIONS)}{year}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}{rnd.randint(0, 999):03d}"
                number = body + idcard.check_character(body)
                if number not in used:
                    used.add(number)
                    break
            if k == bad:
                number = body + ("0" if number[-1] != "0" else "1")
            name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
            if layout == "head_name":
                ws.append([households, village, name, number, "户主", size, cat, benefit] if k == 0 else
                          [None, None, name, number, rnd.choice(words), None, None, None])
            elif k == 0:
                start = f"{rnd.randint(2010, 2025)}.{rnd.randint(1, 12):02d}"
                ws.append([households, village, name, number, "本人", size, size, rnd.choice(("农业", "非农业")), cat,
                           benefit, rnd.randint(0, 400), start])
            else:
                ws.append([None, None, name, number, rnd.choice(words)] + [None] * 7)
            n += 1
    ws.append(["合计", None, None, None, None, persons])
    wb.save(path)
    return households, persons


def _bare_read(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name(book.sheet_names[0]).to_python(skip_empty_area=False)
    took = time.perf_counter() - t
    assert len(rows) > 1
    return took


def _new_store(folder: Path):
    shutil.rmtree(folder, ignore_errors=True)
    ctx = open_context(folder)
    office.save_office(ctx.uow(), office.OfficeInfo("德安镇", "360426100000", "德安县", "", "", "township", "bench"))
    from dibao_desk.services import accounts

    accounts.mark_demo(ctx.uow())  # bench data: the terminal import below asks for no account
    return ctx


def _snapshot(db: Path) -> dict[str, dict[int, tuple]]:
    """Every table of a store, its rows by rowid (the stores the bench makes are small before
    an import)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")]
        return {t: {r[0]: r[1:] for r in con.execute(f'SELECT rowid, * FROM "{t}"')} for t in names}
    finally:
        con.close()


def _copy_store(ctx: AppContext, folder: Path) -> Path:
    """A copy of the open store's file in ``folder`` (SQLite's backup: the WAL included)."""
    import sqlite3

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    target = folder / "dibao.sqlite3"
    src = sqlite3.connect(ctx.store.path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _write_only(source: Path, floor: Path, before: dict[str, dict[int, tuple]]) -> tuple[float, str]:
    """The floor under any import: writing the very rows the import wrote, with no reading or
    checking at all. ``floor`` is a copy of the import's store as it was before the import
    (``before``, its rows); every row the import inserted, changed or deleted in any table
    (households, members, villages, the ledger, the mapping, every audit row, the audit head)
    is read back from ``source`` and written into ``floor`` in one transaction, inserts with
    the import's own ids. Returns the seconds and what was written (rows per table)."""
    import sqlite3

    after = _snapshot(source)
    src = sqlite3.connect(source)
    changes = []
    for table, rows in after.items():
        cols = [d[0] for d in src.execute(f'SELECT * FROM "{table}" LIMIT 0').description]
        old = before.get(table, {})
        inserts = [r for rowid, r in rows.items() if rowid not in old]
        updates = [(*r, rowid) for rowid, r in rows.items() if rowid in old and old[rowid] != r]
        deletes = [(rowid,) for rowid in old if rowid not in rows]
        if inserts or updates or deletes:
            changes.append((table, cols, inserts, updates, deletes))
    src.close()
    dst = sqlite3.connect(floor, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL"):
        dst.execute(f"PRAGMA {pragma}")
    t = time.perf_counter()
    dst.execute("BEGIN")
    for table, cols, inserts, updates, deletes in changes:
        names = ", ".join(f'"{c}"' for c in cols)
        if deletes:
            dst.executemany(f'DELETE FROM "{table}" WHERE rowid = ?', deletes)
        if updates:
            dst.executemany(f'UPDATE "{table}" SET {", ".join(f"{chr(34)}{c}{chr(34)} = ?" for c in cols)} '
                            "WHERE rowid = ?", updates)
        if inserts:
            dst.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})', inserts)
    dst.execute("COMMIT")
    took = time.perf_counter() - t
    dst.close()
    if _snapshot(floor) != after:
        raise AssertionError("the floor's store differs from the import's")
    what = ", ".join(f"{table} {len(i) + len(u) + len(d)}" for table, _c, i, u, d in changes)
    return took, what


def _process_env() -> dict[str, str]:
    """The environment of the whole processes: the sources of this checkout, with their compiled
    modules beside them (``__pycache__``, as an installed program has them: without them every
    process compiles the program's modules first, 0.15-0.25 s)."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def _compile() -> None:
    """Compile the program's modules before any process is timed."""
    import subprocess

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(SRC)], check=True, env=_process_env())


def _process(args: list[str], timed: bool = False) -> tuple[float, float, dict[str, list[float]], float]:
    """A whole process (interpreter start, imports, work, exit): its wall time, its CPU time,
    the marks it printed with DIBAO_TIMINGS=1 (``timed``) and the wall clock when it started."""
    import subprocess

    from dibao_desk.cli import timings

    env = _process_env()
    env.pop(timings.ENV, None)
    if timed:
        env[timings.ENV] = "1"
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    t = time.perf_counter()
    done = subprocess.run([sys.executable, *args], check=True, capture_output=True, env=env, text=True,
                          encoding="utf-8")
    wall = time.perf_counter() - t
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (now.ru_utime + now.ru_stime) - (used.ru_utime + used.ru_stime)
    return wall, cpu, timings.parse(done.stderr), started


def _phases(wall: float, started: float, marks: dict[str, list[float]]) -> dict[str, float]:
    """Where an import-roster process spent its wall time, from its marks: start-up (interpreter
    and the program's imports to the command), opening the store (with the store's and the
    services' imports), the import (preview and commit), the error workbook, and ending (from the
    workbook to the end of the process: letting go of the rows, closing the store, exit)."""
    at = {name: w for name, (w, _cpu) in marks.items()}
    end = started + wall
    return {"start-up": at["command"] - started, "store": at["store"] - at["command"],
            "import": at.get("commit", at["preview"]) - at["store"],
            "errors": at["errors"] - at.get("commit", at["preview"]), "ending": end - at["errors"]}


_BARE_PROCESS = ("from python_calamine import CalamineWorkbook; import sys; b = CalamineWorkbook.from_path(sys.argv[1]); "
                 "b.get_sheet_by_name(b.sheet_names[0]).to_python(skip_empty_area=False)")


def layouts(work: Path, persons: int, rounds: int) -> None:
    med = statistics.median
    _compile()
    for layout in ("head_name", "carrying"):
        path = work / f"roster-{layout}.xlsx"
        households, _ = make_layout_roster(path, persons, layout)
        bares, imports, written, procs, bare_procs, cli_writes = [], [], [], [], [], []
        for k in range(rounds):
            bares.append(_bare_read(path))
            ctx = _new_store(work / f"store-{layout}{k}")
            t = time.perf_counter()
            pv = ri.preview(ctx.uow(), path)
            res = ri.commit(ctx.uow(), pv)
            imports.append(time.perf_counter() - t)
            t = time.perf_counter()
            ri.write_errors(pv, work / f"errors-{layout}.xlsx")
            written.append(time.perf_counter() - t)
            ctx.close()
            bare_procs.append(_process(["-c", _BARE_PROCESS, str(path)]))
            data = work / f"cli-{layout}{k}"
            shutil.rmtree(data, ignore_errors=True)
            ctx = _new_store(data)
            floor_db = _copy_store(ctx, work / f"cli-floor-{layout}{k}")  # the store as the command finds it
            ctx.close()
            before = _snapshot(floor_db)
            procs.append(_process(["-m", "dibao_desk", "--data-dir", str(data), "import-roster", str(path)],
                                  timed=True))
            # the floor of this round's process: reading the sheet (a whole process) plus writing
            # the rows the command wrote, nothing else (no checks, no error workbook)
            cli_writes.append(_write_only(data / "dibao.sqlite3", floor_db, before)[0])
        rows = len(pv.rows)
        print(f"layout {layout}: {households} households, {persons} persons, {pv.count('error')} of {rows} rows "
              f"rejected ({res.households_rejected} households), {res.persons_created} persons imported")
        ratios = [i / b for i, b in zip(imports, bares)]
        print(f"  bare read {med(bares):.2f} s; import (preview + commit) {med(imports):.2f} s   ratio "
              f"{med(ratios):.1f}× (target ≤ 4×; rounds {', '.join(f'{r:.1f}×' for r in ratios)})")
        print(f"  error workbook ({pv.count('error')} rows) {med(written):.2f} s, written after the commit")
        walls, bare_walls = [p[0] for p in procs], [p[0] for p in bare_procs]
        pratios = [c / b for c, b in zip(walls, bare_walls)]
        print(f"  whole processes: reading only {med(bare_walls):.2f} s; dibao-desk import-roster (with the error "
              f"workbook) {med(walls):.2f} s   ratio {med(pratios):.1f}× (target ≤ 4×; rounds "
              f"{', '.join(f'{r:.1f}×' for r in pratios)})")
        floors = [b + w for b, w in zip(bare_walls, cli_writes)]
        print(f"    the floor of such a process: reading only plus writing the rows the command wrote "
              f"({med(cli_writes):.2f} s) = {med(floors):.2f} s, {med([f / b for f, b in zip(floors, bare_walls)]):.1f}× "
              f"the reading-only process; the command is {med([c / f for c, f in zip(walls, floors)]):.2f}× that floor "
              f"(rounds {', '.join(f'{c / f:.2f}×' for c, f in zip(walls, floors))})")
        cpus, bare_cpus = [p[1] for p in procs], [p[1] for p in bare_procs]
        print(f"    CPU time: reading only {med(bare_cpus):.2f} s; import-roster {med(cpus):.2f} s   ratio "
              f"{med([c / b for c, b in zip(cpus, bare_cpus)]):.1f}×")
        if all(p[2] for p in procs):
            phases = [_phases(wall, started, marks) for wall, _cpu, marks, started in procs]
            print("    where the import-roster process spends its wall time (medians): "
                  + "; ".join(f"{name} {med([p[name] for p in phases]):.2f} s" for name in phases[0]))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3, help="imports into fresh stores (the median is quoted)")
    ap.add_argument("--keep", help="folder to keep the roster and the store in")
    ap.add_argument("--layouts-only", action="store_true", help="only the other layouts")
    ap.add_argument("--no-layouts", action="store_true", help="only the common layout")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="roster-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.layouts_only:
        layouts(work, args.persons, args.rounds)
        return 0
    path = work / "roster.xlsx"
    t = time.perf_counter()
    households, persons = make_roster(path, args.persons)
    print(f"roster: {households} households, {persons} persons, {path.stat().st_size / 1e6:.1f} MB "
          f"(made in {time.perf_counter() - t:.1f} s)")
    peak_made = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    bares, previews, commits, totals, writes = [], [], [], [], []
    opts = ri.ImportOptions()
    for k in range(args.rounds):
        bares.append(_bare_read(path))
        ctx = _new_store(work / f"store{k}")
        floor_db = _copy_store(ctx, work / f"floor{k}")  # the store as the import finds it
        before = _snapshot(floor_db)
        t = time.perf_counter()
        pv = ri.preview(ctx.uow(), path, options=opts)
        previews.append(time.perf_counter() - t)
        t2 = time.perf_counter()
        res = ri.commit(ctx.uow(), pv)
        commits.append(time.perf_counter() - t2)
        totals.append(time.perf_counter() - t)
        assert res.persons_created == persons, res
        del pv
        if k < args.rounds - 1:
            ctx.close()
        # the floor of this round: its own bare read plus writing the rows it wrote (the
        # machine's noise moves a round's figures together)
        took, written = _write_only(work / f"store{k}" / "dibao.sqlite3", floor_db, before)
        writes.append(took)
    peak_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    again = ri.commit(ctx.uow(), path, options=opts)
    second = time.perf_counter() - t
    assert again.households_unchanged == households and again.households_created == 0
    ctx.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    write_only = statistics.median(writes)

    med = statistics.median
    bare, total = med(bares), med(totals)
    print(f"cores: {os.cpu_count()}; {args.rounds} rounds, medians (each round: bare read, then an import into a fresh store)")
    print(f"bare python-calamine read:        {bare:6.2f} s   (baseline; rounds {', '.join(f'{b:.2f}' for b in bares)})")
    ratios = [x / b for x, b in zip(totals, bares)]  # each round's import beside its own bare read
    print(f"import (preview {med(previews):.2f} s + commit {med(commits):.2f} s): {total:6.2f} s   "
          f"ratio {med(ratios):.1f}× (median of the rounds' ratios; target ≤ 2×; rounds "
          f"{', '.join(f'{r:.1f}×' for r in ratios)})")
    floor = bare + write_only
    print(f"floor: bare read + only writing the same rows ({write_only:.2f} s, no checks): "
          f"{floor:6.2f} s   ratio {floor / bare:.1f}×")
    print(f"  (the rows the import wrote, per table: {written})")
    over = [x / (b + w) for x, b, w in zip(totals, bares, writes)]
    print(f"import / floor:                   {statistics.median(over):6.2f}×  (target ≤ 1.3×; median of the rounds' "
          f"import over that round's floor: {', '.join(f'{r:.2f}×' for r in over)})")
    print(f"second import of the same file:   {second:6.2f} s   ratio {second / bare:.1f}×  (no change written)")
    print(f"peak memory (ru_maxrss, whole process): after making the roster {peak_made:.0f} MB, "
          f"after the imports {peak_import:.0f} MB, after the second import {peak_mb:.0f} MB")
    if not args.no_layouts:
        layouts(work, args.persons, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
