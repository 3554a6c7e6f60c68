"""`dibao-desk setup` and signing in from a terminal; a demo store asks for no account."""

from __future__ import annotations

import sqlite3

from dibao_desk.cli import main as cli_main
from dibao_desk.services import accounts
from dibao_desk.services.context import open_context
from tests.unit.test_accounts import PASSWORD


def test_setup_and_sign_in_from_the_terminal(tmp_path, monkeypatch, capsys):
    folder = str(tmp_path / "town")
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", folder, "setup", "--township", "车桥镇", "--code", "360426101000",
                     "--county", "德安县", "--admin", "刘主任"]) == 0
    assert "管理员账号“刘主任”" in capsys.readouterr().out
    # a second setup is refused
    assert cli_main(["--data-dir", folder, "setup", "--township", "x", "--code", "360426101000",
                     "--county", "德安县", "--admin", "x"]) == 1
    capsys.readouterr()
    monkeypatch.delenv("DIBAO_DESK_USER", raising=False)
    assert cli_main(["--data-dir", folder, "backup"]) == 4
    assert "--user" in capsys.readouterr().err
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "backup"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", "wrong")
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "backup"]) == 4
    wrong_password = capsys.readouterr().err
    assert "账号或密码不正确" in wrong_password
    assert cli_main(["--data-dir", folder, "--user", "刘主管", "backup"]) == 4  # no such account
    assert capsys.readouterr().err == wrong_password
    assert cli_main(["--data-dir", folder, "check"]) == 0  # check asks for no account
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("DIBAO_DESK_NEW_PASSWORD", "xiaowang-1")
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "account", "add", "小王", "--role", "clerk"]) == 0
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", "xiaowang-1")
    assert cli_main(["--data-dir", folder, "--user", "小王", "account", "add", "小李", "--role", "clerk"]) == 1
    assert "管理员" in capsys.readouterr().err
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "account", "idle", "5"]) == 0
    con = sqlite3.connect(tmp_path / "town" / "dibao.sqlite3")
    operators = {r[0] for r in con.execute("select operator from audit_log where entity = 'backup'")}
    con.close()
    assert operators == {"刘主任"}
    ctx = open_context(folder)
    assert accounts.idle_minutes(ctx.uow()) == 5
    ctx.close()


def test_a_demo_store_is_marked_and_asks_for_no_account(tmp_path, monkeypatch, capsys):
    folder = str(tmp_path / "demo")
    monkeypatch.delenv("DIBAO_DESK_USER", raising=False)
    monkeypatch.delenv("DIBAO_DESK_PASSWORD", raising=False)
    assert cli_main(["--data-dir", folder, "demo", "--households", "800"]) == 0
    ctx = open_context(folder)
    try:
        assert accounts.is_demo(ctx.uow()) and not accounts.needs_sign_in(ctx.uow())
    finally:
        ctx.close()
    assert cli_main(["--data-dir", folder, "backup"]) == 0


def test_an_offices_store_without_accounts_asks_the_terminal_for_its_administrator_first(office_ctx, monkeypatch,
                                                                                       capsys):
    """The window makes the administrator at its first start; the terminal does not let anyone
    work on a real office's store without one either: only `account add` for the administrator."""
    folder = str(office_ctx.data_dir)
    office_ctx.close()
    monkeypatch.delenv("DIBAO_DESK_USER", raising=False)
    monkeypatch.delenv("DIBAO_DESK_PASSWORD", raising=False)
    assert cli_main(["--data-dir", folder, "blacklist", "list"]) == 4
    assert "还没有账号" in capsys.readouterr().err
    assert cli_main(["--data-dir", folder, "check"]) == 0  # check never asks
    capsys.readouterr()
    monkeypatch.setenv("DIBAO_DESK_NEW_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", folder, "account", "add", "小王", "--role", "clerk"]) == 1
    assert "第一个账号必须是管理员" in capsys.readouterr().err
    assert cli_main(["--data-dir", folder, "account", "add", "王站长", "--role", "admin"]) == 0
    assert "恢复码：" in capsys.readouterr().out  # the first administrator's, as at a setup
    assert cli_main(["--data-dir", folder, "blacklist", "list"]) == 4  # now it asks who is working
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("DIBAO_DESK_USER", "王站长")
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", folder, "blacklist", "list"]) == 0


def test_a_clerk_changes_their_own_password_from_the_terminal(tmp_path, monkeypatch, capsys):
    """`account password` on one's own account needs no administrator: the password the command
    signed in with is the old one. Another's password still needs an administrator."""
    folder = str(tmp_path / "town")
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", folder, "setup", "--township", "车桥镇", "--code", "360426101000",
                     "--county", "德安县", "--admin", "刘主任"]) == 0
    monkeypatch.setenv("DIBAO_DESK_NEW_PASSWORD", "xiaowang-1")
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "account", "add", "小王", "--role", "clerk"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", "xiaowang-1")
    monkeypatch.setenv("DIBAO_DESK_NEW_PASSWORD", "xiaowang-2")
    assert cli_main(["--data-dir", folder, "--user", "小王", "account", "password", "小王"]) == 0
    assert "小王" in capsys.readouterr().out
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", "xiaowang-2")
    monkeypatch.setenv("DIBAO_DESK_NEW_PASSWORD", "taken-over")
    assert cli_main(["--data-dir", folder, "--user", "小王", "account", "password", "刘主任"]) == 1
    assert "管理员" in capsys.readouterr().err
    ctx = open_context(folder)
    try:
        assert accounts.sign_in(ctx.uow(), "小王", "xiaowang-2").name == "小王"
        assert accounts.sign_in(ctx.uow(), "刘主任", PASSWORD).name == "刘主任"
    finally:
        ctx.close()


def test_setup_prints_a_recovery_code_that_gets_a_forgetful_administrator_back_in(tmp_path, monkeypatch, capsys):
    import re

    folder = str(tmp_path / "town")
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", folder, "setup", "--township", "车桥镇", "--code", "360426101000",
                     "--county", "德安县", "--admin", "刘主任"]) == 0
    code = re.search(r"恢复码：([A-Z0-9-]{19})", capsys.readouterr().out).group(1)
    monkeypatch.delenv("DIBAO_DESK_PASSWORD")
    monkeypatch.delenv("DIBAO_DESK_USER", raising=False)
    monkeypatch.setenv("DIBAO_DESK_RECOVERY_CODE", "WRONG-CODE")
    monkeypatch.setenv("DIBAO_DESK_NEW_PASSWORD", "liu-new-2026")
    assert cli_main(["--data-dir", folder, "account", "recover", "刘主任"]) == 1
    assert "恢复码不对" in capsys.readouterr().err
    monkeypatch.setenv("DIBAO_DESK_RECOVERY_CODE", code)
    assert cli_main(["--data-dir", folder, "account", "recover", "刘主任"]) == 0
    fresh = re.search(r"恢复码：([A-Z0-9-]{19})", capsys.readouterr().out).group(1)
    assert fresh != code
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", "liu-new-2026")
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "account", "recovery-code"]) == 0
    newest = re.search(r"恢复码：([A-Z0-9-]{19})", capsys.readouterr().out).group(1)
    ctx = open_context(folder)
    try:
        assert accounts.sign_in(ctx.uow(), "刘主任", "liu-new-2026").name == "刘主任"
        assert accounts.recover(ctx.uow(), "刘主任", newest, "liu-third-1")
    finally:
        ctx.close()
