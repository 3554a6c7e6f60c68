"""The checked read of a county roster (safety checks, then python-calamine) beside a bare
python-calamine read of the same file, in the same run.

    .venv/bin/python bench/checked_read.py [--persons 100000] [--rounds 5] [--keep DIR]

The roster is the one bench/roster_import.py makes (100,000 persons: a ~4.7 MB .xlsx whose
sheet part inflates to ~36 MB). Bare and checked reads alternate, several rounds each; the
medians, the best rounds and their ratios are printed (on a busy machine the best rounds
show the cost of the checks more steadily). Peak memory is measured in a fresh interpreter
for each kind of read: its peak resident set, and the peak of Python allocations
(tracemalloc, which does not see calamine's own buffers).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def bare_read(path: Path, name: str) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    book.close()
    return len(rows)


def checked_read(path: Path, name: str) -> int:
    from dibao_desk.exchange import safety

    with safety.open_workbook(path) as wb:
        sheet = wb.read(name)
    return len(sheet.rows)


READS = {"bare": bare_read, "checked": checked_read}


def _peak_rss_mb() -> float:
    """Peak resident set of this process (VmHWM: unlike ru_maxrss, not carried over from the
    parent across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, path: Path, name: str) -> None:
    """One read in this fresh interpreter: peak resident set, then Python allocations."""
    import tracemalloc

    import python_calamine  # noqa: F401  (imported before the baseline, as in the program)
    from dibao_desk.exchange import safety  # noqa: F401

    start = _peak_rss_mb()
    READS[kind](path, name)
    peak = _peak_rss_mb()
    tracemalloc.start()
    READS[kind](path, name)
    _cur, traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"start_mb": start, "peak_mb": peak, "traced_mb": traced / 2**20}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--keep", help="folder to keep the roster in (reused when already made)")
    ap.add_argument("--child", nargs=3, metavar=("KIND", "PATH", "SHEET"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.child[2])
        return 0

    from roster_import import make_roster

    work = Path(args.keep or tempfile.mkdtemp(prefix="checked-read-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / f"roster-{args.persons}.xlsx"
    if not path.exists():
        t = time.perf_counter()
        households, persons = make_roster(path, args.persons)
        print(f"roster: {households} households, {persons} persons, {path.stat().st_size / 1e6:.1f} MB "
              f"(made in {time.perf_counter() - t:.1f} s)")
    name = "花名册"
    with zipfile.ZipFile(path) as zf:
        inflated = sum(i.file_size for i in zf.infolist())
    print(f"roster file: {path.stat().st_size / 1e6:.1f} MB, parts inflate to {inflated / 1e6:.1f} MB")

    bare_read(path, name)  # warm the page cache and the imports
    checked_read(path, name)
    times: dict[str, list[float]] = {"bare": [], "checked": []}
    for _ in range(args.rounds):
        for kind, fn in READS.items():
            t = time.perf_counter()
            n = fn(path, name)
            times[kind].append(time.perf_counter() - t)
            assert n > args.persons
    bare = statistics.median(times["bare"])
    checked = statistics.median(times["checked"])
    best_bare, best_checked = min(times["bare"]), min(times["checked"])
    print(f"bare python-calamine read:  median {bare:6.3f} s, best {best_bare:6.3f} s  "
          f"(rounds: {' '.join(f'{x:.3f}' for x in times['bare'])})   baseline")
    print(f"checked read:               median {checked:6.3f} s, best {best_checked:6.3f} s  "
          f"(rounds: {' '.join(f'{x:.3f}' for x in times['checked'])})")
    print(f"checked / bare: medians {checked / bare:.2f}x ({checked - bare:+.3f} s), "
          f"best rounds {best_checked / best_bare:.2f}x ({best_checked - best_bare:+.3f} s)")

    for kind in READS:
        out = subprocess.run([sys.executable, __file__, "--child", kind, str(path), name],
                             check=True, capture_output=True, text=True).stdout
        m = json.loads(out.strip().splitlines()[-1])
        print(f"peak memory, {kind + ' read:':14s} resident {m['peak_mb']:6.0f} MB "
              f"(+{m['peak_mb'] - m['start_mb']:.0f} MB over the interpreter with its imports), "
              f"Python allocations (tracemalloc) {m['traced_mb']:6.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
