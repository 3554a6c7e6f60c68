"""The installer's files agree with each other and with the checkout (fast; the frozen build
itself is checked by installer/smoke.py, which `make.py bundle` and .ci/run run)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def smoke():
    spec = importlib.util.spec_from_file_location("smoke", INSTALLER / "smoke.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def iss_text() -> str:
    return (INSTALLER / "dibao-desk.iss").read_text(encoding="utf-8-sig")


def test_the_iss_takes_only_what_the_spec_builds_and_names_images_that_exist():
    taken, checkout = smoke().iss_sources(INSTALLER / "dibao-desk.iss")
    spec = (INSTALLER / "dibao-desk.spec").read_text(encoding="utf-8")
    programs = set(re.findall(r'EXE\([^)]*name="([^"]+)"', spec))
    assert programs == {"dibao-desk", "dibao-desk-cli"}
    for name in taken:
        assert name == "_internal/*" or name.removesuffix(".exe") in programs, name
    assert {"dibao-desk.exe", "dibao-desk-cli.exe", "_internal/*"} <= set(taken)
    assert checkout and all((INSTALLER / name).resolve().is_file() for name in checkout)


def test_per_user_chinese_with_shortcuts_and_the_data_left_alone():
    text = iss_text()
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert 'MessagesFile: "ChineseSimplified.isl"' in text and "ChineseSimplified.isl" in \
        (INSTALLER / "build-windows.ps1").read_text(encoding="utf-8")
    assert "{autoprograms}" in text and "{autodesktop}" in text
    assert re.search(r"^AppPublisher=", text, re.M) and re.search(r"^AppVersion=\{#AppVersion\}", text, re.M)
    data_dir = smoke().iss_defines(text)["DataDir"]
    assert data_dir == "{localappdata}\\dibao-desk"  # platformdirs' user data folder on Windows
    deleted = re.findall(r'^Type: \w+; Name: "([^"]+)"', text, re.M)
    assert deleted and all(name.startswith("{app}\\") for name in deleted)
    assert "UninstallDelete" not in text  # the data folder is never removed
    assert "DataKept" in text  # and uninstalling says where it stays


def test_the_spec_ships_files_that_exist():
    spec = (INSTALLER / "dibao-desk.spec").read_text(encoding="utf-8")
    assert "dibao_desk/migrations" in spec and "resources/translations" in spec
    for rel in ("src/dibao_desk/resources/fonts/wqy-microhei.ttc", "src/dibao_desk/migrations/env.py",
                "resources/icons/dibao-desk.png", "resources/icons/dibao-desk.ico",
                "resources/translations/dibao_desk_en.ts", "resources/translations/qt_supplement_zh_CN.ts"):
        assert (ROOT / rel).is_file(), rel


def test_the_data_folder_the_installer_keeps_is_the_one_the_program_uses(monkeypatch):
    import platformdirs

    from dibao_desk import APP_NAME
    from dibao_desk.services import context

    seen = {}
    monkeypatch.setattr(platformdirs, "user_data_dir",
                        lambda name, appauthor=None, **kw: seen.update(name=name, appauthor=appauthor) or "x")
    context.default_data_dir()
    assert seen == {"name": APP_NAME, "appauthor": False}  # -> %LOCALAPPDATA%\dibao-desk on Windows
