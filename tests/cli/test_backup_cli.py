"""`dibao-desk backup` and `dibao-desk restore` from a terminal."""

from __future__ import annotations

import pytest

from dibao_desk.cli import main as cli_main
from dibao_desk.services import backup
from tests.conftest import make_id
from tests.unit.test_backup import _count


def test_backup_from_the_terminal(ctx, tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli_main(["--data-dir", str(ctx.data_dir), "backup", "--to", str(usb)]) == 0
    out = capsys.readouterr().out
    assert out.count("已备份") == 2
    assert len(list(usb.glob("dibao-360426100000-*.sqlite3"))) == 1


def test_restore_from_the_terminal(ctx, make_household, tmp_path, capsys):
    make_household()
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    make_household(head="李四", head_id=make_id("19600316", 13))
    ctx.store.close()  # the terminal is the only program on the store
    assert cli_main(["--data-dir", str(ctx.data_dir), "restore", str(saved)]) == 2  # no --yes, no terminal
    assert _count(ctx) == 2
    capsys.readouterr()
    assert cli_main(["--data-dir", str(ctx.data_dir), "restore", str(saved), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "单位：德安县德安镇（360426100000）" in out and "户 1" in out and "已恢复" in out
    assert _count(ctx) == 1


def test_choosing_a_backup_folder_on_a_stick_not_plugged_in(ctx, tmp_path, capsys):
    """`backup --set-folder E:\\备份` with the stick out: the folder is kept for later, this backup
    goes to the data folder, and the terminal says so once instead of 以后自动备份到 followed by
    an error and exit 1."""
    stick = tmp_path / "usb" / "低保备份"
    code = cli_main(["--data-dir", str(ctx.data_dir), "backup", "--set-folder", str(stick)])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.count("已备份") == 1
    assert f"以后自动备份到：{stick}" in captured.out
    assert "现在找不到这个文件夹" in captured.out and "插好后" in captured.out
    assert "找不到备份文件夹" not in captured.err
    assert backup.backup_folder(ctx.uow()) == stick

    # the stick plugged in: the next backup goes to both
    stick.mkdir(parents=True)
    assert cli_main(["--data-dir", str(ctx.data_dir), "backup"]) == 0
    assert capsys.readouterr().out.count("已备份") == 2
    assert len(list(stick.glob("dibao-*.sqlite3"))) == 1


def test_the_data_folder_is_refused_as_the_second_backup_folder(ctx, capsys):
    code = cli_main(["--data-dir", str(ctx.data_dir), "backup", "--set-folder", str(ctx.data_dir / "backups")])
    captured = capsys.readouterr()
    assert code != 0
    assert "在本程序的数据文件夹里" in captured.err + captured.out and "已备份" not in captured.out
    assert backup.backup_folder(ctx.uow()) is None


def test_a_restore_from_a_log_says_one_line_per_job_on_stderr(ctx, make_household, capsys):
    """`restore` said nothing while it read a backup of gigabytes. Its progress goes to stderr:
    not a terminal here (a log), so only one final line per job, no percentages."""
    make_household()
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    ctx.store.close()
    assert cli_main(["--data-dir", str(ctx.data_dir), "restore", str(saved), "--yes"]) == 0
    assert capsys.readouterr().err == "检查备份：完成\n恢复备份：完成\n"


def test_on_a_terminal_the_step_and_its_percentage_are_rewritten_in_place():
    import io

    import pytest

    from dibao_desk.cli.progress import progress_on_stderr

    out = io.StringIO()
    with progress_on_stderr("恢复备份", out, tty=True) as progress:
        progress.update(0, 4, "progress.restore.copy", name="b.sqlite3")
        for done in (1, 1, 2, 4):  # the same percent twice: written once
            progress.update(done, 4)
        progress.update(0, 0, "progress.restore.swap")
    step = "正在复制备份文件“b.sqlite3”并核对校验值（SHA-256）…"
    assert out.getvalue() == (f"\r{step} 0%\r{step} 25%\r{step} 50%\r{step} 100%\n"
                              "\r正在用备份替换当前数据…\n恢复备份：完成\n")
    failed = io.StringIO()
    with pytest.raises(RuntimeError), progress_on_stderr("恢复备份", failed, tty=False) as progress:
        progress.update(1, 4, "progress.restore.copy", name="b.sqlite3")
        raise RuntimeError("disk")
    assert failed.getvalue() == "恢复备份：未完成\n"


def test_a_backup_says_its_steps_on_a_terminal_and_one_line_in_a_log(ctx, tmp_path, capsys, monkeypatch):
    import io

    from dibao_desk.cli import progress as terminal

    usb = tmp_path / "U盘"
    usb.mkdir()
    ctx.store.close()
    assert cli_main(["--data-dir", str(ctx.data_dir), "backup", "--to", str(usb)]) == 0
    assert capsys.readouterr().err == "备份：完成\n"
    screen = io.StringIO()
    screen.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(terminal.sys, "stderr", screen)
    assert cli_main(["--data-dir", str(ctx.data_dir), "backup", "--to", str(usb)]) == 0
    assert screen.getvalue() == (f"\r正在备份到“{ctx.data_dir / 'backups'}”并核对…\n"
                                 f"\r正在把备份复制到第二个文件夹“{usb}”并核对…\n"
                                 "\r正在按保留规则整理旧备份…\n备份：完成\n")


def test_restore_from_the_terminal_lists_the_accounts_that_differ_and_keeps_them(tmp_path, monkeypatch, capsys):
    """`restore` says how the accounts differ from the backup's before asking, asks about them,
    and keeps the present ones: 小王, disabled after the backup, stays disabled."""
    from dibao_desk.domain.accounts import Role
    from dibao_desk.services import accounts, office
    from dibao_desk.services.context import open_context

    folder = str(tmp_path / "town")
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", "dibao-2026")
    ctx = open_context(tmp_path / "town")
    ctx.sign_in(accounts.setup(ctx.uow(), office.OfficeInfo(
        name="车桥镇", admin_code="360426101000", county_name="德安县", complaint_phone="", complaint_box="",
        mode="township", operator=""), "刘主任", "dibao-2026"))
    accounts.create_account(ctx.uow(), "小王", "xiaowang-1", {Role.CLERK})
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    accounts.set_roles(ctx.uow(), "小王", {Role.CLERK}, active=False)
    ctx.close()
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "n")
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "restore", str(saved)]) == 1
    assert asked == ["账号保持现在的样子，不随备份恢复。确认恢复吗？[y/N] "]
    out = capsys.readouterr().out.splitlines()
    assert out[-3:] == [
        "账号与备份时不同的有 1 处。恢复只恢复业务数据，账号、角色、密码和找回码保持现在的样子，不回到备份时：",
        "  账号“小王”：现已停用，备份时是启用的（恢复后仍停用）", "已取消。"]
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "restore", str(saved), "--yes"]) == 0
    assert "账号、密码和找回码保持恢复前的样子，没有回到备份时。" in capsys.readouterr().out
    ctx = open_context(tmp_path / "town")
    assert [(a.name, a.active) for a in accounts.list_accounts(ctx.uow())] == [("刘主任", True), ("小王", False)]
    ctx.close()


def _nobody_holds(store) -> bool:
    """What a restore asks of the store before it replaces it: no connection of this or another
    program has it open (SQLite leaves WAL mode only then). Put back in WAL mode after."""
    import sqlite3

    con = sqlite3.connect(store, timeout=0.1)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        alone = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
        con.execute("PRAGMA journal_mode=WAL")
        return alone
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


@pytest.fixture
def as_the_program_runs():
    """The program runs a command with Python's cycle collector off (``dibao_desk.main``): what
    a command leaves in a reference cycle is not freed behind its back, as a test's collection
    could otherwise do."""
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _set_up(folder, monkeypatch):
    from tests.unit.test_accounts import PASSWORD

    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("DIBAO_DESK_USER", "刘主任")
    assert cli_main(["--data-dir", str(folder), "setup", "--township", "车桥镇", "--code", "360426101000",
                     "--county", "德安县", "--admin", "刘主任"]) == 0


def test_setup_then_backup_then_restore_in_one_process(tmp_path, monkeypatch, capsys, as_the_program_runs):
    """A setup kept the store open after it returned (its context was never closed): a restore
    in the same process then said 另一个程序正在读取数据 although no other program ran."""
    folder = tmp_path / "town"
    _set_up(folder, monkeypatch)
    assert _nobody_holds(folder / "dibao.sqlite3")
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli_main(["--data-dir", str(folder), "backup", "--to", str(usb)]) == 0
    assert _nobody_holds(folder / "dibao.sqlite3")
    saved = list(usb.glob("dibao-360426101000-*.sqlite3"))
    assert len(saved) == 1
    capsys.readouterr()
    assert cli_main(["--data-dir", str(folder), "restore", str(saved[0]), "--yes"]) == 0
    captured = capsys.readouterr()
    assert "已恢复" in captured.out and "正在读取数据" not in captured.err
    assert _nobody_holds(folder / "dibao.sqlite3")


def test_setup_then_restore_in_one_process(tmp_path, monkeypatch, capsys, as_the_program_runs):
    first = tmp_path / "first"
    _set_up(first, monkeypatch)
    ctx = _signed_in(first)
    try:
        saved = backup.make_backups(ctx.uow(), first / "dibao.sqlite3").files[0].path
    finally:
        ctx.close()
    folder = tmp_path / "town"
    _set_up(folder, monkeypatch)
    capsys.readouterr()
    assert cli_main(["--data-dir", str(folder), "restore", str(saved), "--yes"]) == 0
    assert "已恢复" in capsys.readouterr().out


def _signed_in(folder):
    from dibao_desk.services import accounts
    from dibao_desk.services.context import open_context
    from tests.unit.test_accounts import PASSWORD

    ctx = open_context(folder)
    ctx.sign_in(accounts.sign_in(ctx.uow(), "刘主任", PASSWORD))
    return ctx


@pytest.mark.parametrize("command", [["check"], ["backup"], ["account", "list"], ["account", "idle", "15"],
                                     ["cases"], ["policy"], ["reviews", "due"]])
def test_every_command_lets_the_store_go_when_it_ends(tmp_path, monkeypatch, capsys, as_the_program_runs, command):
    folder = tmp_path / "town"
    _set_up(folder, monkeypatch)
    assert cli_main(["--data-dir", str(folder), *command]) == 0, capsys.readouterr()
    assert _nobody_holds(folder / "dibao.sqlite3")
