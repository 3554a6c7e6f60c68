"""Run the FROZEN program the way an office would, and fail on anything the bundle lacks.

    python installer/smoke.py dist/dibao-desk [--keep DIR]

Checks, in order (each prints one line; the first failure stops with exit 1):
  1. the data files the program reads at run time are in the bundle (font, migrations,
     translations, Qt's platform plugin and Chinese translation, icon);
  2. every file installer/dibao-desk.iss takes from the bundle exists (where Inno Setup
     cannot run, this is how the installer script is checked);
  3. dibao-desk-cli: check, demo --households 200, print notice, export, and in a county
     office made with `setup --mode county` (its administrator signs in), import-package of that export;
  4. the window, offscreen: `gui --screenshot` (strict about translations, font and icon)
     writes a PNG of the main window once the household list has painted.
Nothing here imports dibao_desk: the bundle must stand on its own.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXE = ".exe" if os.name == "nt" else ""

# What the program opens at run time, relative to the bundle's library folder (_internal);
# where there are alternatives, one of them (PySide6 on Windows has no Qt/ level).
QT = ("PySide6/Qt/", "PySide6/")
REQUIRED = [
    ("dibao_desk/resources/fonts/wqy-microhei.ttc",),
    ("dibao_desk/resources/icons/dibao-desk.png",),
    ("dibao_desk/resources/translations/dibao_desk_en.qm",),
    ("dibao_desk/resources/translations/qt_supplement_zh_CN.qm",),
    ("dibao_desk/resources/bank_codes.tsv",),
    ("dibao_desk/resources/bank_layouts/package_xlsx.json",),
    ("dibao_desk/resources/bank_layouts/fixed_gbk.json",),
    ("dibao_desk/migrations/env.py",),
    ("dibao_desk/migrations/script.py.mako",),
    ("dibao_desk/migrations/versions/0001_households.py",),
    tuple(q + "translations/qtbase_zh_CN.qm" for q in QT),
    tuple(q + "plugins/platforms/" + name for q in QT for name in ("qwindows.dll", "libqxcb.so")),
    tuple(q + "plugins/platforms/" + name for q in QT for name in ("qoffscreen.dll", "libqoffscreen.so")),
]


class Failed(Exception):
    pass


def library(bundle: Path) -> Path:
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def check_files(bundle: Path) -> None:
    lib = library(bundle)
    missing = [" or ".join(names) for names in REQUIRED if not any((lib / n).is_file() for n in names)]
    for program in ("dibao-desk", "dibao-desk-cli"):
        if not (bundle / f"{program}{EXE}").is_file():
            missing.append(f"{program}{EXE}")
    revisions = sorted(p.name for p in (lib / "dibao_desk/migrations/versions").glob("0*.py"))
    if missing:
        raise Failed("missing from the bundle: " + ", ".join(missing))
    print(f"ok   files: {len(REQUIRED)} data files, {len(revisions)} migrations ({revisions[-1]})")


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.M))


def iss_sources(iss: Path) -> tuple[list[str], list[str]]:
    """(bundle files the [Files] and [Icons] sections take, relative to the bundle;
    files of the checkout the [Setup] section names, relative to the script)."""
    text = iss.read_text(encoding="utf-8-sig")
    defines = iss_defines(text)
    text = re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), text)
    bundle_dir = defines["BundleDir"]
    taken = []
    for source in re.findall(r'Source:\s*"([^"]+)"', text):
        if not source.startswith(bundle_dir + "\\"):
            raise Failed(f"{iss.name} takes {source}, which is not in the bundle")
        taken.append(source[len(bundle_dir) + 1:].replace("\\", "/"))
    taken += [name.replace("\\", "/") for name in re.findall(r'Filename:\s*"\{app\}\\([^"]+)"', text)]
    checkout = [name.replace("\\", "/") for name in
                re.findall(r'^(?:SetupIconFile|WizardImageFile|WizardSmallImageFile)=(.+)$', text, re.M)]
    return taken, checkout


def check_iss(bundle: Path) -> None:
    iss = HERE / "dibao-desk.iss"
    taken, checkout = iss_sources(iss)
    if not taken:
        raise Failed(f"{iss.name} names no bundle file")
    missing = []
    for name in taken:
        if name.endswith("/*"):
            folder = bundle / name[:-2]
            if not folder.is_dir() or not any(folder.iterdir()):
                missing.append(name)
            continue
        candidate = bundle / name
        if os.name != "nt" and name.endswith(".exe"):
            candidate = bundle / name[:-4]  # built on Linux: the same program without .exe
        if not candidate.is_file():
            missing.append(name)
    missing += [name for name in checkout if not (iss.parent / name).is_file()]
    if missing:
        raise Failed(f"{iss.name} names files that are not there: " + ", ".join(missing))
    print(f"ok   {iss.name}: the {len(taken)} bundle files and {len(checkout)} images it names are there")


def run(bundle: Path, program: str, data: Path, *args: str, expect: int = 0, env=None) -> str:
    cmd = [str(bundle / f"{program}{EXE}"), "--data-dir", str(data), *args]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          env=env, timeout=600)
    took = time.perf_counter() - started
    if done.returncode != expect:
        raise Failed(f"{' '.join(args)}: exit {done.returncode}\n{done.stdout}\n{done.stderr}")
    first = (done.stdout.strip().splitlines() or [""])[-1]
    print(f"ok   {' '.join(args)[:60]:<60} {took:5.1f} s  {first[:70]}")
    return done.stdout


def check_commands(bundle: Path, work: Path) -> None:
    town, county = work / "township", work / "county"
    run(bundle, "dibao-desk-cli", town, "check")
    run(bundle, "dibao-desk-cli", town, "demo", "--households", "200")
    run(bundle, "dibao-desk-cli", town, "check")
    pdf = work / "公示.pdf"
    run(bundle, "dibao-desk-cli", town, "print", "notice", "--stage", "long", "--out", str(pdf))
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise Failed(f"{pdf} is not a PDF")
    package = work / "花名册.xlsx"
    run(bundle, "dibao-desk-cli", town, "export", "roster", "--period", "2026-11", "--out", str(package))
    # a real office's store: made with its administrator, who then signs in from the terminal
    signed = {**os.environ, "DIBAO_DESK_USER": "县局管理员", "DIBAO_DESK_PASSWORD": "smoke-test-2026"}
    run(bundle, "dibao-desk-cli", county, "setup", "--township", "德安县民政局", "--code", "360426000000",
        "--county", "德安县", "--mode", "county", "--admin", "县局管理员", env=signed)
    out = run(bundle, "dibao-desk-cli", county, "import-package", str(package), env=signed)
    if "回执" not in out:
        raise Failed("import-package wrote no receipt")
    out = run(bundle, "dibao-desk-cli", county, "county", "townships", env=signed)
    row = next((line.split("\t") for line in out.splitlines() if line.startswith("360426100000")), None)
    if row is None or int(row[3]) <= 0:
        raise Failed(f"the county holds no roster of the township after the import:\n{out}")


def check_server_driver(bundle: Path, work: Path) -> None:
    """A county on PostgreSQL runs the same frozen program: its driver must be in the bundle. With
    no server on the port, the program must say it cannot connect (not that a module is missing)."""
    cmd = [str(bundle / f"dibao-desk-cli{EXE}"), "--data-dir", str(work / "server"),
           "--db", "postgresql://dibao@127.0.0.1:1/dibao", "check"]
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)
    said = done.stdout + done.stderr
    if done.returncode == 0 or "无法连接数据库" not in said:
        raise Failed(f"--db postgresql://…: exit {done.returncode}, expected the refusal to connect\n{said}")
    print("ok   --db postgresql://… check: the driver is in the bundle (no server here: refused to connect)")


def check_window(bundle: Path, work: Path, png: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    out = run(bundle, "dibao-desk", work / "township", "gui", "--screenshot", str(png), env=env)
    painted = float(re.search(r"painted ([\d.]+)", out).group(1))
    if not png.is_file() or png.stat().st_size < 10_000:
        raise Failed(f"no screenshot of the window at {png}")
    return painted - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder build, e.g. dist/dibao-desk")
    parser.add_argument("--keep", type=Path, help="keep the data, PDF, packages and screenshot here")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    work = args.keep or Path(tempfile.mkdtemp(prefix="dibao-smoke-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        check_files(bundle)
        check_iss(bundle)
        check_commands(bundle, work)
        check_server_driver(bundle, work)
        seconds = check_window(bundle, work, work / "window.png")
        print(f"ok   window painted {seconds:.2f} s after start; screenshot {work / 'window.png'}")
    except Failed as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("frozen program: all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
