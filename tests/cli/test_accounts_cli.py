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


def _run_with_input(folder, args, stdin_text, env_drop=("DIBAO_DESK_PASSWORD", "DIBAO_DESK_NEW_PASSWORD",
                                                       "DIBAO_DESK_RECOVERY_CODE", "DIBAO_DESK_USER")):
    """The installed command as a scheduled task or `dibao-desk … < file` runs it: input redirected."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k not in env_drop}
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(root / "src"), env.get("PYTHONPATH", "")])
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "dibao_desk", "--data-dir", folder, *args],
                          input=stdin_text, capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)


def test_a_password_is_never_read_from_redirected_input(tmp_path, monkeypatch, capsys):
    """With input redirected from a file, Python's getpass reads the file's next line as the
    password (and warns in English that it may be echoed). A list of ID numbers piped into a
    command must never sign anyone in, nor become an account's new password: the command names
    the environment variable to set instead, and nothing is written."""
    folder = str(tmp_path / "town")
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", folder, "setup", "--township", "车桥镇", "--code", "360426101000",
                     "--county", "德安县", "--admin", "刘主任"]) == 0
    capsys.readouterr()
    backups = tmp_path / "town" / "backups"
    before = sorted(p.name for p in backups.glob("*")) if backups.exists() else []

    # the right password is the file's first line: still not read
    signed = _run_with_input(folder, ["--user", "刘主任", "backup"], f"{PASSWORD}\n")
    assert signed.returncode == 4
    assert "DIBAO_DESK_PASSWORD" in signed.stderr and "不是终端" in signed.stderr
    assert "Warning" not in signed.stderr and "密码：" not in signed.stdout  # no English, no prompt
    assert (sorted(p.name for p in backups.glob("*")) if backups.exists() else []) == before

    # a new account's password typed twice: refused the same way, no account made
    added = _run_with_input(folder, ["--user", "刘主任", "account", "add", "小王", "--role", "clerk"],
                            "xiaowang-1\nxiaowang-1\n", env_drop=("DIBAO_DESK_NEW_PASSWORD",))
    assert added.returncode == 2
    assert "DIBAO_DESK_NEW_PASSWORD" in added.stderr
    # the recovery code, too
    recovered = _run_with_input(folder, ["account", "recover", "刘主任"], "ABCD-EFGH-JKLM-NPQR\nnew-pass-1\nnew-pass-1\n")
    assert recovered.returncode == 2
    assert "DIBAO_DESK_RECOVERY_CODE" in recovered.stderr

    ctx = open_context(folder)
    try:
        assert [a.name for a in accounts.list_accounts(ctx.uow())] == ["刘主任"]
        assert accounts.sign_in(ctx.uow(), "刘主任", PASSWORD).name == "刘主任"  # password unchanged
    finally:
        ctx.close()


def test_a_password_typed_at_a_terminal_still_signs_in(tmp_path, monkeypatch, capsys):
    """At a real terminal the prompt asks, without echo, as before."""
    import getpass
    import io

    folder = str(tmp_path / "town")
    monkeypatch.setenv("DIBAO_DESK_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", folder, "setup", "--township", "车桥镇", "--code", "360426101000",
                     "--county", "德安县", "--admin", "刘主任"]) == 0
    monkeypatch.delenv("DIBAO_DESK_PASSWORD")

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    asked = []
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or PASSWORD)
    capsys.readouterr()
    assert cli_main(["--data-dir", folder, "--user", "刘主任", "backup"]) == 0
    assert asked == ["账号“刘主任”的密码："]
    assert "已备份" in capsys.readouterr().out
