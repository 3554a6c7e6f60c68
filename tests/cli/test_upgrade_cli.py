"""Opening an older or newer store from a terminal: the upgrade is said once, on stderr, with
the copy of the data as it was; a newer store is refused in Chinese and left untouched."""

import hashlib
import sqlite3

import pytest

from dibao_desk.cli import main
from dibao_desk.models.store import HEAD, close_open_stores
from tests.helpers import downgrade_folder


@pytest.fixture
def demo_folder(tmp_path):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo", "--households", "20", "--seed", "3"]) == 0
    close_open_stores()  # the command ran in this process: its pooled connections closed
    return data


def test_the_upgrade_is_said_once_with_the_copy(demo_folder, capsys):
    downgrade_folder(demo_folder, "0021")
    capsys.readouterr()
    assert main(["--data-dir", str(demo_folder), "check"]) == 0
    out, err = capsys.readouterr()
    copy = demo_folder / "dibao.before-0021.sqlite3"
    assert err.splitlines().count(f"数据已升级（原数据副本：{copy}）") == 1
    assert "数据已升级" not in out and "结论：正常" in out
    assert main(["--data-dir", str(demo_folder), "check"]) == 0  # already upgraded: nothing to say
    assert "数据已升级" not in "".join(capsys.readouterr())


def test_a_store_of_a_newer_program_is_refused_and_left_as_it_was(demo_folder, capsys):
    path = demo_folder / "dibao.sqlite3"
    con = sqlite3.connect(path)
    with con:
        con.execute("update alembic_version set version_num = '9001'")
    con.execute("pragma journal_mode=delete")
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    capsys.readouterr()
    assert main(["--data-dir", str(demo_folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "数据由更新版本的 dibao-desk 创建（数据版本 9001）" in err and "请安装新版" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert HEAD != "9001"
