"""The frozen one-folder program: its size and its start on a county-sized store.

    .venv/bin/python bench/bundle.py [--bundle dist/dibao-desk] [--runs 3]

Prints, each beside a baseline measured in the same run:
- the bundle's size unpacked and what dominates it (largest parts);
- time from spawning the program to the first painted household list on the 40,000-household
  demo (``gui --screenshot``, offscreen): the first start after the store was opened by
  nothing else this run, then the median of the next runs; beside the same start from the
  Python sources (``python -m dibao_desk``).

Targets: bundle <= 250 MB unpacked; start to first painted list <= 2 s.
Builds the bundle into bench/out/dist when --bundle is not given and dist/dibao-desk is missing.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT, county_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""
MB = 1024 * 1024


def part_of(rel: Path) -> str:
    """The part of the bundle a file belongs to, for the size breakdown."""
    parts = rel.parts
    if parts[0] != "_internal":
        return "executables"
    parts = parts[1:]
    name = parts[-1]
    if parts[0] == "PySide6":
        if "icu" in name.lower():
            return "ICU (Qt's Unicode data)"
        if "plugins" in parts:
            return "Qt plugins"
        if "lib" in parts or name.startswith(("Qt6", "libQt6")):
            return "Qt libraries"
        return "PySide6 bindings"
    if name.startswith("libpython") or name.startswith("python3") or parts[0].startswith("python3") \
            or name == "base_library.zip":
        return "Python runtime"
    if len(parts) == 1:
        return "system libraries" if ".so" in name or name.endswith(".dll") else "other files"
    if parts[0] == "dibao_desk":
        return "dibao_desk (of which the CJK font: see below)"
    return parts[0]


def size_report(bundle: Path) -> float:
    sizes: Counter[str] = Counter()
    total = files = 0
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            n = path.stat().st_size
            sizes[part_of(path.relative_to(bundle))] += n
            total += n
            files += 1
    font = sum(p.stat().st_size for pattern in ("*.ttc", "*.ttf") for p in bundle.rglob(pattern))
    print(f"bundle size: {total / MB:.1f} MB unpacked in {files} files (target <= 250 MB)")
    for part, n in sizes.most_common(12):
        print(f"  {n / MB:7.1f} MB  {n / total:5.1%}  {part}")
    print(f"  (the fonts alone, CJK and rare characters: {font / MB:.1f} MB)")
    return total / MB


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far; 0 where unknown."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


CPU: dict[str, list[float]] = {}


def first_paint(cmd: list[str], data: Path, png: Path) -> float:
    """Wall seconds from spawning to the first painted list; the run's CPU seconds (user +
    system, to the end of the run) go to CPU under the command's name: on a loaded machine the
    wall time says more about the other processes than about the program."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cpu = children_cpu()
    started = time.time()
    done = subprocess.run([*cmd, "--data-dir", str(data), "gui", "--screenshot", str(png)],
                          capture_output=True, text=True, env=env, timeout=300)
    CPU.setdefault(cmd[0], []).append(children_cpu() - cpu)
    m = re.search(r"painted ([\d.]+)", done.stdout)
    if done.returncode != 0 or not m:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return float(m.group(1)) - started


def start_report(bundle: Path, data: Path, runs: int) -> None:
    frozen = [str(bundle / f"dibao-desk{EXE}")]
    source = [sys.executable, "-m", "dibao_desk"]
    png = OUT / "bundle-window.png"
    results = {}
    for name, cmd in (("frozen", frozen), ("source", source)):
        first = first_paint(cmd, data, png)
        rest = [first_paint(cmd, data, png) for _ in range(runs)]
        results[name] = (first, statistics.median(rest))
    f, s = results["frozen"], results["source"]
    print(f"start to first painted list, 40,000-household demo (target <= 2 s):")
    print(f"  frozen program: first {f[0]:.2f} s, then median {f[1]:.2f} s of {runs}")
    print(f"  baseline, python -m dibao_desk from the sources: first {s[0]:.2f} s, then median {s[1]:.2f} s")
    print(f"  ratio frozen / source (median): {f[1] / s[1]:.2f}")
    if CPU.get(frozen[0]) and CPU.get(source[0]) and statistics.median(CPU[source[0]]):
        fc, sc = statistics.median(CPU[frozen[0]]), statistics.median(CPU[source[0]])
        print(f"  CPU seconds of a whole run (start, paint, screenshot, exit), median: frozen {fc:.2f} s, "
              f"source {sc:.2f} s, ratio {fc / sc:.2f}")
    if hasattr(os, "getloadavg"):
        print(f"  load average during the runs: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  screenshot: {png}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    bundle = args.bundle or ROOT / "dist" / "dibao-desk"
    if not (bundle / f"dibao-desk{EXE}").exists():
        bundle = OUT / "dist" / "dibao-desk"
        if not (bundle / f"dibao-desk{EXE}").exists():
            print("building the bundle into bench/out/dist …", file=sys.stderr)
            subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(OUT / "dist"),
                            "--work", str(OUT / "build")], check=True)
    size_report(bundle)
    start_report(bundle, county_store(40000), args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
