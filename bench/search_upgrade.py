"""Rebuilding the household search texts when a store of an older form is opened.

    PYTHONPATH=src python bench/search_upgrade.py [--households 40000]

A demo township (``--households``) is copied and its search texts put back in form 2 (a dotted
name held only with its dot, a number as registered with 15 digits: every 50th household's head
is given one), as the program before form 3 left them. Each opening is timed in a process of its
own (``open_context``, the path the window and every command take):

- the opening that rebuilds the texts, once;
- a later opening of the same store (nothing to rebuild: one read of the stored form);
- baseline: an opening of the same store never taken back (today's form).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT, county_store  # noqa: E402

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from dibao_desk.services.context import open_context
from dibao_desk.services import search_keys
t1 = time.perf_counter()
ctx = open_context(sys.argv[1])
t2 = time.perf_counter()
version = search_keys.stored_version(ctx.uow())
ctx.close()
print(json.dumps({"open": t2 - t1, "version": version}))
"""


def timed_open(data: Path) -> tuple[float, int]:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data)], capture_output=True, text=True, check=True)
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    return info["open"], info["version"]


def form_2(text: str, n: int) -> str:
    """A search text of today's form as the program of form 2 wrote it."""
    parts = text[1:-1].split("|")
    out: list[str] = []
    for i in range(0, len(parts) - 3, 4):
        name, initials, full = (p.split("/", 1)[0] for p in parts[i:i + 3])
        full = full if "v" not in full else f"{full}/{full.replace('v', 'u')}/{full.replace('v', 'yu')}"
        number = parts[i + 3]
        if i == 0 and n % 50 == 0 and len(number) == 18 and number[6:8] == "19":
            number = number[:6] + number[8:17]  # registered with the old 15 digits
        out += (name, initials, full, number)
    return "|" + "|".join(out) + "|"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=40000)
    args = ap.parse_args()
    source = county_store(args.households)
    work = OUT / f"search-upgrade-{args.households}"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, work)
    baseline, _ = timed_open(work)
    con = sqlite3.connect(work / "dibao.sqlite3")
    rows = con.execute("select id, search_text from household").fetchall()
    old = [(form_2(text, n), hid) for n, (hid, text) in enumerate(rows)]
    changed = sum(1 for (t, _), (_, cur) in zip(old, rows) if t != cur)
    dotted = sum(1 for t, _ in old if "·" in t)
    con.executemany("update household set search_text = ? where id = ?", old)
    con.execute("update store_setting set value = '2' where key = 'household.search_keys'")
    con.commit()
    con.close()
    rebuild, v1 = timed_open(work)
    later, v2 = timed_open(work)
    print(f"store: {len(rows)} households; {changed} texts differ from today's form ({dotted} with a dotted name)")
    print(f"opening that rebuilds the search texts (form 2 -> {v1}): {rebuild:.2f} s")
    print(f"later opening (form {v2}, nothing to rebuild): {later:.2f} s")
    print(f"baseline: opening of the store never taken back: {baseline:.2f} s   "
          f"rebuild costs {rebuild - baseline:+.2f} s once")


if __name__ == "__main__":
    main()
