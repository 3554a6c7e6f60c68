"""A real full disk: a small tmpfs holds the data folder (and the export target) while the
program saves, imports a roster, exports a package and backs up.

    sudo PYTHONPATH=src python bench/full_disk.py   # needs permission to mount a tmpfs

For each command the disk is filled (a filler file) to leave ``--free`` KiB, the command runs
in its own process, and the script checks: a non-zero exit with the Chinese sentence for a full
disk, the store byte-for-byte as it was (same SHA-256 after a checkpoint), integrity_check ok,
nothing at the target name, and no temporary file left once the next start took the lock.
Without permission to mount it says so and stops (the test suite simulates ENOSPC instead).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import county_store  # noqa: E402

SRC = Path(__file__).resolve().parent.parent / "src"
ENV = {**os.environ, "PYTHONPATH": str(SRC)}


def digest(db: Path) -> str:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return hashlib.sha256(db.read_bytes()).hexdigest()


def fill(mount: Path, leave_kib: int) -> None:
    filler = mount / "filler"
    filler.unlink(missing_ok=True)
    free = shutil.disk_usage(mount).free - leave_kib * 1024
    with open(filler, "wb") as fh:
        while free > 0:
            n = min(free, 1 << 20)
            fh.write(b"\0" * n)
            free -= n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=800)
    ap.add_argument("--free", type=int, default=64, help="KiB left free before each command")
    args = ap.parse_args()
    base = county_store(args.households, 1)
    mount = Path(tempfile.mkdtemp(prefix="dibao-full-"))
    size_kib = (base / "dibao.sqlite3").stat().st_size // 1024 * 3 + 4096
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        print("cannot mount a tmpfs here (not permitted): skipped; tests/unit/test_disk_full.py simulates ENOSPC")
        return 0
    roster = Path(tempfile.mkdtemp()) / "roster.xlsx"
    from openpyxl import Workbook

    from dibao_desk.domain import idcard

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系"])
    for i in range(2000):
        body = f"360426{1950 + i % 40}0{1 + i % 9}1{i % 10}{i % 1000:03d}"
        ws.append([i + 1, f"新村{i % 7}", f"户主{i}", f"户主{i}", body + idcard.check_character(body), "户主"])
    wb.save(roster)
    failures = 0
    try:
        data = mount / "data"
        shutil.copytree(base, data, ignore=shutil.ignore_patterns("backups", "*.log", "dibao.lock*"))
        out = mount / "usb"
        out.mkdir()
        commands = {
            "import-roster (save)": ["import-roster", str(roster), "--status", "registered"],
            "export": ["export", "roster", "--period", "2026-11", "--out", str(out / "roster.xlsx")],
            "backup": ["backup", "--to", str(out)],
        }
        for name, cmd in commands.items():
            before = digest(data / "dibao.sqlite3")
            fill(mount, args.free)
            run = subprocess.run([sys.executable, "-m", "dibao_desk", "--data-dir", str(data), *cmd],
                                 env=ENV, capture_output=True, text=True)
            (mount / "filler").unlink()
            problems = []
            if run.returncode == 0:
                problems.append("exit 0")
            if "磁盘空间不足" not in run.stderr:
                problems.append(f"message: {run.stderr.strip()[-200:]!r}")
            if digest(data / "dibao.sqlite3") != before:
                problems.append("store changed")
            con = sqlite3.connect(data / "dibao.sqlite3")
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                problems.append("integrity")
            con.close()
            if (out / "roster.xlsx").exists() or list(out.glob("dibao-*.sqlite3")) or \
                    list((data / "backups").glob("dibao-*.sqlite3")):
                problems.append("a file at the target name")
            from dibao_desk.services.storelock import StoreLock

            with StoreLock(data, "bench next start"):
                pass
            left = [p.name for p in list(data.rglob(".~*")) + list(out.glob(".~*"))]
            if left:
                problems.append(f"temporary files left: {left}")
            failures += bool(problems)
            print(f"{name:22} exit {run.returncode}  {'ok' if not problems else 'FAILED ' + '; '.join(problems)}")
            for line in run.stderr.strip().splitlines()[-12:]:
                print(f"{'':22} {line}")
    finally:
        subprocess.run(["umount", str(mount)])
        shutil.rmtree(mount, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
