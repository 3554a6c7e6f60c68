"""Two programs opening the same older store at once (models/store.py: the upgrade lock): the
second waits for the first's upgrade and opens the upgraded store (no second copy, no second
upgrade, never "database is locked"), or refuses in Chinese when the first takes too long."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock

from dibao_desk import messages
from dibao_desk.models import store as store_module
from dibao_desk.models.store import DB_NAME, HEAD, StoreError, open_store
from tests.unit.test_store_upgrade import OLD, _office_store, _revision, _villages

# The first program: the real opening and `check`, with the upgrade held inside its transaction
# (holding the store's write lock, as a long migration of a large store does) until the test
# lets it go on. It says when it got there by writing the marker file.
FIRST = """
import sys, time
from pathlib import Path
from dibao_desk.models import store

folder, marker, go = (Path(a) for a in sys.argv[1:4])

def held_upgrade(engine, revision="head"):
    from alembic import command
    cfg = store.alembic_config(engine.url.render_as_string(hide_password=True))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = version_num")
        marker.write_text("upgrading")
        while not go.exists():
            time.sleep(0.05)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)

store.upgrade = held_upgrade
from dibao_desk.cli import main
sys.exit(main(["--data-dir", str(folder), "check"]))
"""

GIVE_UP = 120  # seconds: a program that never gets there fails the test instead of hanging it


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "PYTHONIOENCODING": "utf-8"}


def _wait_for(path: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + GIVE_UP
    while not path.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the first program ended before upgrading ({proc.returncode}):\n{out}\n{err}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the first program never reached its upgrade")
        time.sleep(0.05)


def test_a_command_opening_a_store_another_program_is_upgrading_waits_and_opens_it_upgraded(tmp_path):
    folder = _office_store(tmp_path / "data", ("东风村", "西湖村"))
    marker, go = tmp_path / "upgrading", tmp_path / "go"
    first = subprocess.Popen([sys.executable, "-c", FIRST, str(folder), str(marker), str(go)], env=_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    second = None
    try:
        _wait_for(marker, first)
        # the second program: a read-only command, which runs beside the window without the folder's lock
        second = subprocess.Popen([sys.executable, "-m", "dibao_desk", "--data-dir", str(folder), "check"],
                                  env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  encoding="utf-8")
        assert second.stderr is not None
        said = []
        for line in second.stderr:  # until it says it waits (or ends: the old program failed here)
            said.append(line)
            if messages.text("progress.upgrade_waiting") in line:
                break
        go.write_text("go")
        first_out, first_err = first.communicate(timeout=GIVE_UP)
        second_out, second_err = second.communicate(timeout=GIVE_UP)
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.communicate()
    second_err = "".join(said) + second_err
    copy = folder / f"dibao.before-{OLD}.sqlite3"
    assert first.returncode == 0, first_err
    assert messages.text("store.upgraded", copy=str(copy)) in first_err
    assert second.returncode == 0, second_out + second_err
    assert second_err.strip() == messages.text("progress.upgrade_waiting"), second_err  # no traceback, no "locked"
    assert "Traceback" not in second_out + second_err and "locked" not in second_out + second_err
    # one upgrade and one copy: the store as it was before the first program upgraded it
    assert _revision(folder / DB_NAME) == HEAD and _villages(folder / DB_NAME) == ["东风村", "西湖村"]
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(("dibao.before", ".~"))) == [copy.name]
    assert _revision(copy) == OLD and _villages(copy) == ["东风村", "西湖村"]


def test_a_program_that_waited_too_long_for_another_ones_upgrade_refuses_in_chinese(tmp_path, monkeypatch):
    folder = _office_store(tmp_path / "data")
    monkeypatch.setattr(store_module, "UPGRADE_WAIT_SECONDS", 0.2)
    told = []
    other = FileLock(str(folder / store_module.UPGRADE_LOCK_NAME))  # as another program upgrading holds it
    other.acquire()
    try:
        with pytest.raises(StoreError) as caught:
            open_store(folder, on_wait=lambda: told.append(True))
    finally:
        other.release()
    assert told == [True]
    assert caught.value.code == "store.upgrade_busy"
    assert messages.text(caught.value.code, **caught.value.params).startswith(
        "另一个 dibao-desk 程序正在升级这个数据文件夹的数据，已等待 1 分钟仍未完成")
    # nothing was copied or changed: the next opening upgrades it as usual
    assert _revision(folder / DB_NAME) == OLD
    assert not list(folder.glob("dibao.before-*"))
    opened = open_store(folder)
    try:
        assert opened.upgraded is not None and opened.upgraded.from_revision == OLD
    finally:
        opened.close()
    assert _revision(folder / DB_NAME) == HEAD


def test_a_store_at_the_head_opens_without_the_upgrade_lock(tmp_path):
    """The everyday opening takes no turn: a program holding the upgrade lock (an upgrade ending)
    does not keep others from opening a store that is already up to date."""
    folder = _office_store(tmp_path / "data")
    open_store(folder).close()  # upgraded
    other = FileLock(str(folder / store_module.UPGRADE_LOCK_NAME))
    other.acquire()
    try:
        opened = open_store(folder, on_wait=lambda: pytest.fail("waited for an upgrade with nothing to upgrade"))
        opened.close()
    finally:
        other.release()
