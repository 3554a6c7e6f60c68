"""Upgrading an older store: how long it takes, and what a kill at any moment of it leaves.

    PYTHONPATH=src python bench/store_upgrade.py [--households 5000] [--revisions 0010,0015,0020]
                                                 [--trials 21] [--seed 7]

A demo township of ``--households`` households is built at the head, then taken back (Alembic's
downgrades, as the migration tests build old stores) to each of ``--revisions``: the store an
office running that version has. For each, the opening that upgrades it (``open_context``: the
path the window and every command take) is timed in a process of its own, with the verified
copy it makes first timed apart. Then ``--trials`` openings (spread over the revisions) are
killed (SIGKILL on POSIX, TerminateProcess on Windows: ``Popen.kill``) at moments spread evenly
from the start of the opening to 1.1x its uninterrupted time, and one more per revision half-way
through its copy (a short phase the spread may miss); each time, what a person would find is
checked:

* the store passes ``PRAGMA integrity_check`` and stands at the old revision or at the head,
  never between, with every household and member it had;
* a copy under its final name (``dibao.before-<revision>.sqlite3``) is whole: integrity_check,
  the old revision, every household;
* the next start (which takes the folder's lock, cleaning what a cut-short write left) opens it
  at the head with every household, its audit chain intact, and no temporary file left.

Each trial also says what the killed process was doing: copying (a temporary copy beside the
store), upgrading (the copy in place: the migrations' transaction), starting (loading, reading the
revision) or finished; and whether the store was then found at the old revision or the new.
"""

from __future__ import annotations

import argparse
import os
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
DB = "dibao.sqlite3"


def child(data: Path) -> int:
    """The opening a person's start makes, in this process: says when it begins and how long it took."""
    from dibao_desk.services.context import open_context

    print("opening", flush=True)
    started = time.perf_counter()
    ctx = open_context(data)
    took = time.perf_counter() - started
    upgraded = ctx.store.upgraded
    ctx.close()
    print(f"done {took:.3f} {upgraded.from_revision if upgraded else '-'}", flush=True)
    return 0


def query(db: Path, sql: str):
    con = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def facts(db: Path) -> tuple[str, str, int, int]:
    """(integrity_check, revision, households, members) of a store file, read-only."""
    return (query(db, "PRAGMA integrity_check"), query(db, "SELECT version_num FROM alembic_version"),
            query(db, "SELECT count(*) FROM household"), query(db, "SELECT count(*) FROM member"))


def old_store(base: Path, revision: str, work: Path) -> Path:
    """A copy of the demo folder taken back to ``revision`` (built once per revision)."""
    from alembic import command

    from dibao_desk.models.store import alembic_config, make_engine

    folder = work / f"at-{revision}"
    if (folder / DB).exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(base, folder, ignore=shutil.ignore_patterns("backups", "*.log", "dibao.lock*", "dibao.before-*"))
    started = time.perf_counter()
    engine = make_engine(folder / DB)
    cfg = alembic_config(str(engine.url))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()
    con = sqlite3.connect(folder / DB)  # as the old program left it: one file, nothing beside it
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"  built the store at {revision} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return folder


def fresh(pristine: Path, trial: Path) -> Path:
    if trial.exists():
        shutil.rmtree(trial)
    shutil.copytree(pristine, trial)
    return trial


def start(data: Path) -> tuple[subprocess.Popen, float]:
    """The opening in its own process; returns once it has loaded and begins to open the store."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(data)], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("opening"):
        raise SystemExit(f"the opening did not start: {line!r}")
    return proc, time.perf_counter()


def phase(data: Path, revision: str) -> str:
    if list(data.glob(".~dibao.before-*")):
        return "copying"
    if (data / f"dibao.before-{revision}.sqlite3").exists():
        return "upgrading"
    return "starting"


def check_trial(data: Path, revision: str, head: str, want: tuple[int, int]) -> tuple[str, list[str]]:
    from dibao_desk.services import audit
    from dibao_desk.services.context import open_context
    from dibao_desk.services.storelock import StoreLock

    bad = []
    ok, at, households, members = facts(data / DB)
    if ok != "ok":
        bad.append("store integrity")
    if at not in (revision, head):
        bad.append(f"store at {at}")
    if (households, members) != want:
        bad.append(f"store holds {households}/{members}, not {want}")
    copy = data / f"dibao.before-{revision}.sqlite3"
    if copy.exists():
        c_ok, c_at, c_households, c_members = facts(copy)
        if (c_ok, c_at, (c_households, c_members)) != ("ok", revision, want):
            bad.append(f"copy {c_ok} {c_at} {c_households}/{c_members}")
    found = "new" if at == head else "old"
    with StoreLock(data, "bench next start"):  # the next start cleans temporary files
        ctx = open_context(data)
        try:
            if facts(data / DB)[1:] != (head, *want):
                bad.append(f"after the next start: {facts(data / DB)}")
            if not audit.check_chain(ctx.uow()).ok:
                bad.append("audit chain")
        finally:
            ctx.close()
    left = [p.name for p in data.glob(".~*")]
    if left:
        bad.append(f"temporary files left: {left}")
    return found, bad


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=5000)
    ap.add_argument("--revisions", default="0010,0015,0020")
    ap.add_argument("--trials", type=int, default=21, help="spread over the revisions, plus one per revision mid-copy")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child)
    import random

    from dibao_desk.models.store import copy_before_upgrade, head_revision

    rng = random.Random(args.seed)
    head = head_revision()
    revisions = [r.strip() for r in args.revisions.split(",") if r.strip()]
    base = county_store(args.households, 1)
    work = OUT / f"upgrade-{args.households}"
    work.mkdir(parents=True, exist_ok=True)
    pristine = {r: old_store(base, r, work) for r in revisions}
    want = {r: facts(pristine[r] / DB)[2:] for r in revisions}
    baseline: dict[str, float] = {}
    copy_time: dict[str, float] = {}
    print(f"store of {args.households} households; the opening that upgrades it, uninterrupted:")
    for r in revisions:
        size = (pristine[r] / DB).stat().st_size / 1e6
        data = fresh(pristine[r], work / "run")
        started = time.perf_counter()
        copy_before_upgrade(data / DB, r)
        copying = copy_time[r] = time.perf_counter() - started
        (data / f"dibao.before-{r}.sqlite3").unlink()
        proc, opening = start(data)
        out, _ = proc.communicate()
        if proc.returncode or "done" not in out:
            raise SystemExit(f"the upgrade from {r} failed: {out!r}")
        process = time.perf_counter() - opening
        inside = baseline[r] = float(out.split("done", 1)[1].split()[0])
        ok, at, households, members = facts(data / DB)
        assert (ok, at, (households, members)) == ("ok", head, want[r]), (ok, at, households, members)
        print(f"  {r} -> {head}: {size:.1f} MB, copy {copying:.2f} s, opening with the upgrade {inside:.2f} s "
              f"(the process ended {process:.2f} s after it began)")
    results = {r: {"trials": 0, "killed": 0, "copying": 0, "upgrading": 0, "old": 0, "new": 0, "failed": 0}
               for r in revisions}
    failures = []
    per = {r: [t for t in range(args.trials) if t % len(revisions) == i] for i, r in enumerate(revisions)}
    for r in revisions:
        n = len(per[r])
        for k in range(n + 1):
            data = fresh(pristine[r], work / "trial")
            proc, _ = start(data)
            if k < n:  # moments spread evenly over 0 .. 1.1x the uninterrupted opening, a little jitter each
                delay = (k + rng.uniform(0.1, 0.9)) / n * 1.1 * baseline[r]
            else:  # and one in the middle of the copy (a short phase the spread may miss)
                while proc.poll() is None and not list(data.glob(".~dibao.before-*")):
                    time.sleep(0.002)
                delay = copy_time[r] / 2
            time.sleep(delay)
            killed = proc.poll() is None
            doing = phase(data, r) if killed else "finished"
            proc.kill()
            proc.communicate()
            found, bad = check_trial(data, r, head, want[r])
            res = results[r]
            res["trials"] += 1
            res["killed"] += int(killed)
            res[doing] = res.get(doing, 0) + 1
            res[found] += 1
            if bad:
                res["failed"] += 1
                failures.append((r, round(delay, 2), doing, bad))
    total = sum(x["trials"] for x in results.values())
    print(f"{total} openings killed at moments spread over each upgrade: "
          f"{sum(x['killed'] for x in results.values())} before they ended, "
          f"failed checks in {sum(x['failed'] for x in results.values())}")
    for r, x in results.items():
        print(f"  from {r}: trials {x['trials']:3}  killed {x['killed']:3} (copying {x.get('copying', 0)}, "
              f"upgrading {x.get('upgrading', 0)}, starting {x.get('starting', 0)})  store found old {x['old']:3} "
              f"new {x['new']:3}  failed {x['failed']}")
    for f in failures[:20]:
        print("  FAILED", f)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
