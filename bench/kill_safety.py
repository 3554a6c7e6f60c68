"""Kill the program at random moments of backup, restore, export and roster import.

    PYTHONPATH=src python bench/kill_safety.py [--trials 120] [--households 800] [--seed 7]

Each trial copies a demo store, starts one command in a separate process, waits until it holds
the data folder's lock (its work begins), kills it (SIGKILL on POSIX, TerminateProcess on
Windows: ``Popen.kill``) after a random delay between 0 and 1.1x the command's uninterrupted
work, then checks what a person would find:

* the store passes ``PRAGMA integrity_check`` and its audit chain verifies;
* the store holds either the state before the command or the state after it, never a mix
  (villages for restore, households for the import, sent packages for the export);
* every backup under its final name passes integrity_check and matches its recorded SHA-256;
* an export under its final name reads back as a whole package;
* after the next start (which takes the folder's lock) no temporary file is left in the data
  folder or its backups.

The uninterrupted work time of each command is printed beside the trials as the baseline.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT, county_store  # noqa: E402

SRC = Path(__file__).resolve().parent.parent / "src"
ENV = {**os.environ, "PYTHONPATH": str(SRC)}
ENV.pop("DIBAO_DESK_USER", None)


def cli(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "dibao_desk", "--data-dir", str(data), *args]


def scalar(db: Path, sql: str):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def integrity(db: Path) -> str:
    return scalar(db, "PRAGMA integrity_check")


def fresh(pristine: Path, trial: Path) -> Path:
    if trial.exists():
        shutil.rmtree(trial)
    shutil.copytree(pristine, trial, ignore=shutil.ignore_patterns("backups", "*.log", "dibao.lock*"))
    return trial


def prepare(households: int, seed: int) -> dict:
    base = county_store(households, seed)
    work = OUT / "kill"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    pristine = work / "pristine"
    shutil.copytree(base, pristine, ignore=shutil.ignore_patterns("backups", "*.log", "dibao.lock*"))
    # a backup to restore from: the same office with one more village
    donor = work / "donor"
    shutil.copytree(pristine, donor)
    from dibao_desk.services import backup, office
    from dibao_desk.services.context import open_context

    ctx = open_context(donor)
    office.add_village(ctx.uow(), "备份里才有的村")
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    ctx.close()
    # a roster to import: 300 new households
    from openpyxl import Workbook

    from dibao_desk.domain import idcard

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系"])
    for i in range(300):
        body = f"360426{1950 + i % 40}0{1 + i % 9}1{i % 10}{(2 * i + 1) % 1000:03d}"
        number = body + idcard.check_character(body)
        ws.append([i + 1, "新村", f"户主{i}", f"户主{i}", number, "户主"])
    roster = work / "roster.xlsx"
    wb.save(roster)
    return {"pristine": pristine, "backup": saved, "roster": roster, "work": work}


def run_until_locked(cmd: list[str], data: Path) -> tuple[subprocess.Popen, float]:
    """Start ``cmd``; return once it holds the data folder's lock (its work begins), with the time."""
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    owner = data / "dibao.lock-owner.json"
    while proc.poll() is None and not owner.exists():
        time.sleep(0.005)
    return proc, time.perf_counter()


def operations(p: dict) -> dict:
    return {
        "backup": lambda d, out: cli(d, "backup", "--to", str(out)),
        "restore": lambda d, out: cli(d, "restore", str(p["backup"]), "--yes"),
        "export": lambda d, out: cli(d, "export", "roster", "--period", "2026-11", "--out", str(out / "roster.xlsx")),
        "import": lambda d, out: cli(d, "import-roster", str(p["roster"]), "--status", "registered"),
    }


def state(db: Path) -> tuple:
    return (scalar(db, "SELECT count(*) FROM village"), scalar(db, "SELECT count(*) FROM household"),
            scalar(db, "SELECT count(*) FROM exchange_sent"))


def check_trial(data: Path, out: Path, allowed: set, pristine_state: tuple) -> list[str]:
    from dibao_desk.exchange.package import read_package
    from dibao_desk.services import audit, backup
    from dibao_desk.services.context import open_context
    from dibao_desk.services.storelock import StoreLock

    bad = []
    db = data / "dibao.sqlite3"
    if integrity(db) != "ok":
        bad.append("store integrity")
    s = state(db)
    if s not in allowed:
        bad.append(f"store state {s} not in {sorted(allowed)}")
    for folder in (data / "backups", out):
        for f in folder.glob("dibao-*.sqlite3") if folder.exists() else []:
            if integrity(f) != "ok":
                bad.append(f"backup integrity {f.name}")
            recorded = backup.recorded_sha256(f)
            if recorded is not None and recorded != backup.file_sha256(f)[0]:
                bad.append(f"backup sha {f.name}")
    export = out / "roster.xlsx"
    if export.exists():
        try:
            read_package(export)
        except Exception as exc:  # noqa: BLE001
            bad.append(f"export unreadable: {exc}")
    with StoreLock(data, "bench next start"):  # the next start cleans temporary files
        ctx = open_context(data)
        try:
            if not audit.check_chain(ctx.uow()).ok:
                bad.append("audit chain")
        finally:
            ctx.close()
    left = [p.name for p in list(data.glob(".~*")) + list((data / "backups").glob(".~*"))]
    if left:
        bad.append(f"temporary files left: {left}")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=120)
    ap.add_argument("--households", type=int, default=800)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    p = prepare(args.households, 1)
    ops = operations(p)
    pristine_db = p["pristine"] / "dibao.sqlite3"
    before = state(pristine_db)
    baseline: dict[str, float] = {}
    after: dict[str, tuple] = {}
    for name, make in ops.items():
        data = fresh(p["pristine"], p["work"] / "run")
        out = p["work"] / "run-out"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        proc, locked_at = run_until_locked(make(data, out), data)
        if proc.wait():
            raise SystemExit(f"{name} failed without being killed")
        baseline[name] = time.perf_counter() - locked_at  # the work itself, after start-up
        after[name] = state(data / "dibao.sqlite3")
    print("uninterrupted work after start-up (baseline):", ", ".join(f"{k} {v:.2f} s" for k, v in baseline.items()))
    results = {name: [0, 0, 0, 0] for name in ops}  # trials, killed before the end, mid-write, failures
    failures = []
    names = list(ops)
    for t in range(args.trials):
        name = names[t % len(names)]
        data = fresh(p["pristine"], p["work"] / "trial")
        out = p["work"] / "trial-out"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        delay = rng.uniform(0, 1.1 * baseline[name])
        proc, _ = run_until_locked(ops[name](data, out), data)
        time.sleep(delay)
        killed = proc.poll() is None
        writing = any(list(f.glob(".~*")) for f in (data, data / "backups", out) if f.exists())
        proc.kill()
        proc.wait()
        results[name][0] += 1
        results[name][1] += int(killed)
        results[name][2] += int(killed and writing)
        bad = check_trial(data, out, {before, after[name]}, before)
        if bad:
            results[name][3] += 1
            failures.append((t, name, round(delay, 2), bad))
    total = sum(r[0] for r in results.values())
    print(f"{total} trials, killed before the end in {sum(r[1] for r in results.values())} "
          f"({sum(r[2] for r in results.values())} while a temporary file was being written), "
          f"failed checks in {sum(r[3] for r in results.values())}")
    for name, (n, killed, writing, bad) in results.items():
        print(f"  {name:8} trials {n:4}  killed before the end {killed:4}  mid-write {writing:4}  failed {bad:3}"
              f"  (baseline {baseline[name]:.2f} s)")
    for f in failures[:20]:
        print("  FAILED", f)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
