#!/usr/bin/env python3
"""One command to install and start dibao-desk, one to install and run every test.

    python3 make.py run [dibao-desk arguments]   # installs into .venv, opens the window on ./data
    python3 make.py test [pytest arguments]      # installs test tools, checks layers and types, runs the tests
    python3 make.py translations                 # pyside6-lupdate the .ts sources, then compile them
    python3 make.py bundle [--no-check]          # one-folder program in dist/dibao-desk, then runs its checks

Works on Windows (py make.py run) and Linux with Python 3.11 or newer.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extras: str) -> None:
    """Create .venv and install the project (again only when pyproject.toml changed)."""
    if sys.version_info < (3, 11):
        sys.exit("dibao-desk needs Python 3.11 or newer / 需要 Python 3.11 或更新版本")
    if not PYTHON.exists():
        print("creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    print(f"installing {target} into .venv …", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT, check=True)
    stamp.write_text(digest)


def compile_translations() -> None:
    """The .qm files are build output: compile them from resources/translations/*.ts."""
    if subprocess.call([str(PYTHON), str(ROOT / "installer" / "translations.py"), "release"], cwd=ROOT) != 0:
        print("could not compile the translations; the window stays in Chinese", file=sys.stderr)


def translations() -> int:
    ensure_env("")
    subprocess.run([str(PYTHON), str(ROOT / "installer" / "translations.py"), "update"], cwd=ROOT, check=True)
    return subprocess.call([str(PYTHON), str(ROOT / "installer" / "translations.py"), "release"], cwd=ROOT)


def run(args: list[str]) -> int:
    ensure_env("")
    compile_translations()
    if "--data-dir" not in args and not os.environ.get("DIBAO_DESK_DATA"):
        args = ["--data-dir", str(ROOT / "data"), *args]
    return subprocess.call([str(PYTHON), "-m", "dibao_desk", *args])


def test(args: list[str]) -> int:
    ensure_env("test")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    code = subprocess.call([str(BIN / "lint-imports")], cwd=ROOT, env=env)
    if code != 0:
        print("layer contracts broken (lint-imports)", file=sys.stderr)
        return code
    code = subprocess.call([str(PYTHON), "-m", "mypy"], cwd=ROOT, env=env)  # [tool.mypy] in pyproject.toml
    if code != 0:
        print("type errors (mypy)", file=sys.stderr)
        return code
    return subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)


def bundle(args: list[str]) -> int:
    """PyInstaller's one-folder build for this platform (installer/dibao-desk.spec), then the
    frozen program's checks (installer/smoke.py) unless --no-check."""
    ensure_env("bundle")
    code = subprocess.call([str(PYTHON), str(ROOT / "installer" / "build.py")], cwd=ROOT)
    if code != 0 or "--no-check" in args:
        return code
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PYTHON), str(ROOT / "installer" / "smoke.py"), str(ROOT / "dist" / "dibao-desk")],
                           cwd=ROOT, env=env)


COMMANDS = {"run": run, "test": test, "translations": lambda _rest: translations(), "bundle": bundle}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
