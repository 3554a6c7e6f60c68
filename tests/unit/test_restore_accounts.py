"""A restore keeps the store's present accounts (services.restore_accounts): before it runs it
says exactly which accounts differ from the backup's, and its audit row lists them; an account
disabled since stays disabled, a password changed since stays changed."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from dibao_desk import messages
from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.messages.backup import account_problems
from dibao_desk.models import AuditLog
from dibao_desk.services import accounts, backup, office, restore
from dibao_desk.services.context import open_context


@pytest.fixture
def town(tmp_path):
    ctx = open_context(tmp_path / "town")
    ctx.sign_in(accounts.setup(ctx.uow(), office.OfficeInfo(
        name="车桥镇", admin_code="360426101000", county_name="德安县", complaint_phone="", complaint_box="",
        mode="township", operator=""), "刘主任", "dibao-2026"))
    accounts.create_account(ctx.uow(), "小王", "xiaowang-1", {Role.CLERK})
    accounts.create_account(ctx.uow(), "小李", "xiaoli-11", {Role.CLERK})
    yield ctx
    ctx.close()


def _changed_since(ctx):
    """After the backup: 小王 left (disabled), 刘主任 changed the password, 小李 became reviewer
    too, 王主任 joined, and a new recovery code was made (the old envelope was opened)."""
    accounts.make_recovery_code(ctx.uow())
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    accounts.set_roles(ctx.uow(), "小王", {Role.CLERK}, active=False)
    accounts.set_password(ctx.uow(), "刘主任", "new-pass-2027", "dibao-2026")
    accounts.set_roles(ctx.uow(), "小李", {Role.CLERK, Role.REVIEWER})
    accounts.create_account(ctx.uow(), "王主任", "wangzr-2026", {Role.ADMIN})
    accounts.make_recovery_code(ctx.uow())
    return saved


def _accounts(ctx):
    return [(a.name, a.active, sorted(r.value for r in a.roles)) for a in accounts.list_accounts(ctx.uow())]


def test_the_check_lists_exactly_how_the_accounts_differ_from_the_backup(town):
    saved = _changed_since(town)
    info = restore.inspect_for(town, saved)
    assert info.ok
    assert [(c.name, c.change, c.roles_now, c.roles_then) for c in info.account_changes] == [
        ("刘主任", "password", (), ()),
        ("小王", "enabled", (), ()),
        ("小李", "roles", ("clerk", "reviewer"), ("clerk",)),
        ("王主任", "added", (), ()),
        ("", "recovery_code", (), ()),
    ]
    assert [messages.text(p) for p in account_problems(info)] == [
        "账号与备份时不同的有 5 处。恢复只恢复业务数据，账号、角色、密码和找回码保持现在的样子，不回到备份时：",
        "账号“刘主任”：密码在备份之后改过（恢复后仍用现在的密码，备份时的旧密码不能登录）",
        "账号“小王”：现已停用，备份时是启用的（恢复后仍停用）",
        "账号“小李”：角色现为经办人、审核人，备份时为经办人（恢复后仍为经办人、审核人）",
        "账号“王主任”：备份之后新建，备份中没有（恢复后保留）",
        "管理员找回码在备份之后换过（恢复后仍用现在的找回码，备份时的旧找回码无效）",
    ]
    assert "$argon2" not in repr(info)  # hashes are compared, never shown


def test_a_restore_keeps_the_present_accounts_and_the_audit_row_lists_the_differences(town):
    saved = _changed_since(town)
    before = _accounts(town)
    result = restore.restore(town, saved)
    assert result.accounts_kept
    assert _accounts(town) == before == [
        ("刘主任", True, ["admin", "clerk", "reviewer"]), ("小王", False, ["clerk"]),
        ("小李", True, ["clerk", "reviewer"]), ("王主任", True, ["admin"])]
    assert accounts.sign_in(town.uow(), "刘主任", "new-pass-2027").name == "刘主任"
    with pytest.raises(RuleError):
        accounts.sign_in(town.uow(), "刘主任", "dibao-2026")  # the old password does not come back
    with pytest.raises(RuleError):
        accounts.sign_in(town.uow(), "小王", "xiaowang-1")  # nor the account of the clerk who left
    with town.uow() as uow:
        raw = uow.session.scalars(select(AuditLog.after).where(AuditLog.entity == "store",
                                                               AuditLog.action == "restore")).one()
        after = json.loads(raw)
    assert after["accounts"] == "kept"
    assert after["account_differences"] == [
        {"name": "刘主任", "change": "password"}, {"name": "小王", "change": "enabled"},
        {"name": "小李", "change": "roles", "roles_now": ["clerk", "reviewer"], "roles_then": ["clerk"]},
        {"name": "王主任", "change": "added"}, {"name": "", "change": "recovery_code"}]
    assert "$argon2" not in raw


def test_the_present_recovery_code_stays_valid_and_the_old_one_does_not_come_back(town):
    old = accounts.make_recovery_code(town.uow())
    saved = backup.make_backups(town.uow(), town.store.path).files[0].path
    new = accounts.make_recovery_code(town.uow())
    restore.restore(town, saved)
    with pytest.raises(RuleError):
        accounts.recover(town.uow(), "刘主任", old, "another-pass-1")
    assert accounts.recover(town.uow(), "刘主任", new, "another-pass-1")


def test_a_backup_with_the_same_accounts_says_nothing_about_them(town):
    saved = backup.make_backups(town.uow(), town.store.path).files[0].path
    info = restore.inspect_for(town, saved)
    assert info.ok and info.account_changes == () and account_problems(info) == []
