"""Build the one-folder program for the platform this runs on, with the running Python.

    python installer/build.py [--dist DIR] [--work DIR]

Compiles the translations (pyside6-lrelease), then runs PyInstaller on installer/dibao-desk.spec.
The result is DIR/dibao-desk/ (default: dist/dibao-desk/). ``python3 make.py bundle`` installs
PyInstaller into .venv and runs this.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _translations():
    spec = importlib.util.spec_from_file_location("translations", HERE / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(dist: Path = ROOT / "dist", work: Path = ROOT / "build" / "pyinstaller") -> Path:
    _translations().release()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(HERE / "dibao-desk.spec")],
                   cwd=ROOT, check=True)
    return dist / "dibao-desk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = build(args.dist, args.work)
    print(f"built {folder} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
