"""``dibao-desk import-roster FILE`` as whole processes, two checkouts alternated, each beside a
process that only reads the sheet with python-calamine, in the same run.

    .venv/bin/python bench/roster_process.py ROSTER.xlsx [ROSTER.xlsx ...] --base SRC [--rounds 5]

``--base`` is the ``src`` folder of the checkout to compare with (this checkout's ``src`` is the
other one). Each round runs, per roster and in alternating order, the reading-only process and
each checkout's command on a fresh copy of the roster (its error workbook is written beside it)
into a fresh copy of one small store. Prints per checkout and roster the wall and CPU times
(best and median) beside the reading-only process of the same round, and the medians of where
the command spent its wall time (from the marks it prints with DIBAO_TIMINGS=1).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "src"
PREFIX = "dibao-desk timings "
READ_ONLY = ("from python_calamine import CalamineWorkbook; import sys; b = CalamineWorkbook.from_path(sys.argv[1]); "
             "b.get_sheet_by_name(b.sheet_names[0]).to_python(skip_empty_area=False)")


def _env(src: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(src), DIBAO_TIMINGS="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float, str, float]:
    """Wall, CPU (user + system of the child), its stderr, and the wall clock it started at."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    t = time.perf_counter()
    done = subprocess.run([sys.executable, *argv], capture_output=True, env=env, text=True, encoding="utf-8")
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0,):
        raise SystemExit(f"{argv} ended with {done.returncode}:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu, done.stderr, started


def _marks(stderr: str) -> dict[str, list[float]]:
    for line in stderr.splitlines():
        if line.startswith(PREFIX):
            marks: dict[str, list[float]] = json.loads(line[len(PREFIX):])
            return marks
    return {}


def _phases(wall: float, started: float, marks: dict[str, list[float]]) -> dict[str, float]:
    at = {name: w for name, (w, _cpu) in marks.items()}
    end = started + wall
    last = at.get("commit", at["preview"])
    phases = {"start-up": at["command"] - started, "store": at["store"] - at["command"],
              "import": last - at["store"], "errors": at["errors"] - last, "ending": end - at["errors"]}
    if "read" in at:  # the part of the import spent waiting for the read-ahead
        phases["waiting for the reader"] = max(0.0, at["read"] - at["store"])
    return phases


def _template(work: Path, src: Path) -> Path:
    """A small store with the office saved and marked as demo data (no account asked for)."""
    folder = work / "template"
    code = ("import sys; from pathlib import Path; from dibao_desk.services import office, accounts; "
            "from dibao_desk.services.context import open_context; ctx = open_context(Path(sys.argv[1])); "
            "office.save_office(ctx.uow(), office.OfficeInfo('德安镇', '360426100000', '德安县', '', '', 'township', 'bench')); "
            "accounts.mark_demo(ctx.uow()); ctx.close()")
    subprocess.run([sys.executable, "-c", code, str(folder)], check=True, env=_env(src))
    return folder


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("rosters", nargs="+", type=Path)
    ap.add_argument("--base", type=Path, required=True, help="the src folder of the checkout compared with")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    checkouts = {"base": args.base.resolve(), "this": HERE}
    for src in checkouts.values():
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True, env=_env(src))
    work = Path(tempfile.mkdtemp(prefix="roster-process-"))
    template = _template(work, HERE)
    results: dict[tuple[str, str], list[tuple[float, float, float, float, dict[str, float]]]] = {}
    for k in range(args.rounds):
        order = list(checkouts) if k % 2 == 0 else list(reversed(checkouts))
        for roster in args.rosters:
            for name in order:
                src = checkouts[name]
                folder = work / f"{name}-{k}-{roster.stem}"
                folder.mkdir()
                copy = folder / roster.name
                shutil.copyfile(roster, copy)
                shutil.copytree(template, folder / "data")
                bare_wall, bare_cpu, _e, _s = _run(["-c", READ_ONLY, str(copy)], _env(src))
                wall, cpu, err, started = _run(
                    ["-m", "dibao_desk", "--data-dir", str(folder / "data"), "import-roster", str(copy)], _env(src))
                marks = _marks(err)
                phases = _phases(wall, started, marks) if marks else {}
                results.setdefault((roster.stem, name), []).append((wall, cpu, bare_wall, bare_cpu, phases))
                shutil.rmtree(folder)
                print(f"round {k + 1} {roster.stem} {name}: wall {wall:.2f} s (reading only {bare_wall:.2f} s, "
                      f"{wall / bare_wall:.1f}×), CPU {cpu:.2f} s (reading only {bare_cpu:.2f} s)", flush=True)
    med = statistics.median
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    for (roster, name), runs in results.items():
        walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
        ratios = [r[0] / r[2] for r in runs]
        print(f"{roster} {name}: wall best {min(walls):.2f} s, median {med(walls):.2f} s; ratio to reading only "
              f"best {min(ratios):.1f}×, median {med(ratios):.1f}×; CPU best {min(cpus):.2f} s, median {med(cpus):.2f} s"
              f" (reading only: wall median {med([r[2] for r in runs]):.2f} s, CPU {med([r[3] for r in runs]):.2f} s)")
        phases = [r[4] for r in runs if r[4]]
        if phases:
            names = [p for p in phases[0] if all(p in x for x in phases)]
            print("    phases (medians): " + "; ".join(f"{p} {med([x[p] for x in phases]):.2f} s" for p in names))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
