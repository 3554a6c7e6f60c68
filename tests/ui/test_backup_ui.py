"""文件 menu: back up now, the warning about backups outside the data folder, restore a backup."""

from __future__ import annotations

import os
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from dibao_desk.services import backup, households
from dibao_desk.ui.actions import backup as actions
from dibao_desk.ui.main_window import MainWindow
from tests.conftest import make_id


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_back_up_now_and_the_warning_goes_once_a_copy_is_outside(qtbot, window, ctx, tmp_path, message_boxes):
    assert window.backup_warning.isVisible() and "还没有备份到数据文件夹以外" in window.backup_warning.text()
    window.backup_actions["now"].trigger()
    qtbot.waitUntil(lambda: window.backup_op.finished)
    assert len(list((ctx.data_dir / "backups").glob("dibao-*.sqlite3"))) == 1
    assert window.backup_warning.isVisible()  # still nothing outside the data folder

    usb = tmp_path / "usb"
    usb.mkdir()
    backup.set_backup_folder(ctx.uow(), usb)
    window.backup_actions["now"].trigger()
    qtbot.waitUntil(lambda: window.backup_op.finished)
    assert len(list(usb.glob("dibao-*.sqlite3"))) == 1
    assert not window.backup_warning.isVisible()
    assert message_boxes[-1][0] == "information"


def test_the_warning_asks_for_the_chosen_stick_not_for_a_folder_chosen_already(qtbot, window, ctx, tmp_path):
    """The office chose its USB stick, backed up to it, and has not plugged it in since: the
    status bar names that folder and asks to plug it in, instead of asking to choose one."""
    import datetime as dt

    from dibao_desk.models import BackupRecord

    stick = tmp_path / "U盘" / "低保备份"
    backup.set_backup_folder(ctx.uow(), stick)  # not plugged in now
    now = dt.datetime(2028, 2, 29, 16, 0)  # UTC: 1 March 2028 00:00 at the office
    actions.refresh_warning(window, now)
    never = window.backup_warning.text()
    assert never.startswith(f"还没有备份到选定的备份文件夹“{stick.resolve()}”（U 盘或移动硬盘没有插上？）")
    assert never.endswith("请插上后点“文件 → 立即备份”") and "选择位置" not in never
    uow = ctx.uow()
    with uow:
        uow.session.add(BackupRecord(made_at=dt.datetime(2028, 2, 21, 15, 59), path=str(stick / "dibao.sqlite3"),
                                     external=True, sha256="0" * 64, size=1, reason="manual"))
        uow.commit()
    actions.refresh_warning(window, now)
    assert window.backup_warning.isVisible()
    assert window.backup_warning.text().startswith(f"已有 8 天没有备份到选定的备份文件夹“{stick.resolve()}”")
    actions.refresh_warning(window, dt.datetime(2028, 2, 28, 15, 59))  # 7 days: no warning yet
    assert not window.backup_warning.isVisible()


def test_a_clerk_is_asked_to_get_an_administrator_to_choose_the_backup_folder(qtbot, tmp_path):
    """No second folder chosen, and the account in the window is a 经办人, for whom 文件 → 备份文件夹
    is greyed out: the warning asks for an administrator, the administrator's asks to choose."""
    from dibao_desk.domain.accounts import Role
    from dibao_desk.services import accounts, office
    from dibao_desk.services.context import open_context

    ctx = open_context(tmp_path / "real")
    accounts.setup(ctx.uow(), office.OfficeInfo(
        name="车桥镇", admin_code="360426101000", county_name="德安县", complaint_phone="", complaint_box="",
        mode="township", operator=""), "刘主任", "dibao-2026")
    ctx.sign_in(accounts.sign_in(ctx.uow(), "刘主任", "dibao-2026"))
    accounts.create_account(ctx.uow(), "小王", "dibao-2026", {Role.CLERK})
    ctx.sign_in(accounts.sign_in(ctx.uow(), "小王", "dibao-2026"))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert not w.backup_actions["folder"].isEnabled()
    assert w.backup_warning.text().endswith("请管理员在“文件 → 备份文件夹”中选择位置并立即备份")
    ctx.sign_in(accounts.sign_in(ctx.uow(), "刘主任", "dibao-2026"))
    actions.refresh_warning(w)
    assert w.backup_warning.text().endswith("电脑损坏时数据可能全部丢失。请在“文件 → 备份文件夹”中选择位置并立即备份")
    w.close()
    ctx.close()


def test_restore_a_backup_from_the_menu(qtbot, window, ctx, make_household, message_boxes):
    make_household()
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    make_household(head="李四", head_id=make_id("19600316", 13))
    assert households.count(ctx.uow()) == 2

    def click_restore():
        dialog = window.restore_dialog
        qtbot.waitUntil(lambda: dialog.checked)  # checked on the worker
        assert "德安县德安镇（360426100000）" in dialog.details.text() and "户 1" in dialog.details.text()
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()

    QTimer.singleShot(0, click_restore)
    op = actions.restore_from(window, str(saved))
    qtbot.waitUntil(lambda: op.finished)
    assert households.count(ctx.uow()) == 1
    assert "已恢复" in message_boxes[-1][2]


def test_a_corrupt_backup_cannot_be_restored(qtbot, window, ctx, tmp_path):
    bad = tmp_path / "dibao-360426100000-20261101-090000.sqlite3"
    bad.write_bytes(b"\0" * 4096)
    seen = {}

    def look():
        dialog = window.restore_dialog
        qtbot.waitUntil(lambda: dialog.checked)
        seen["enabled"] = dialog.restore_button.isEnabled()
        seen["text"] = dialog.problems.text()
        dialog.reject()

    QTimer.singleShot(0, look)
    assert actions.restore_from(window, str(bad)) is None
    assert seen["enabled"] is False and "已损坏" in seen["text"]
    window.restore_dialog.grab().save(str(tmp_path / "restore.png"))


def test_a_second_window_on_the_same_folder_is_refused(qtbot, ctx, message_boxes):
    from dibao_desk.services.storelock import StoreLock
    from dibao_desk.ui.app import run

    with StoreLock(ctx.data_dir, "dibao-desk import-roster"):
        assert run(str(ctx.data_dir)) == 1
    kind, title, text = message_boxes[-1]
    assert kind == "critical" and "dibao-desk import-roster" in text and f"进程 {os.getpid()}" in text


def _restore_when_checked(qtbot, w, seen=None):
    """Click 恢复 once the check is done; when the accounts differ from the backup's, the dialog
    lists them and 恢复 waits for the box confirming them (``seen`` gets what it showed)."""
    qtbot.waitUntil(lambda: w.restore_dialog.checked)
    d = w.restore_dialog
    if seen is not None:
        seen.update(accounts=d.accounts.text() if d.accounts.isVisibleTo(d) else "",
                    enabled=d.restore_button.isEnabled())
    if d.accounts_confirm.isVisibleTo(d):
        d.accounts_confirm.click()
    d.restore_button.click()


def test_a_restore_lists_the_accounts_that_differ_and_keeps_the_present_ones(qtbot, tmp_path, message_boxes):
    """The dialog lists how the store's accounts differ from the backup's and asks to confirm them;
    the restore keeps the present accounts: 王主任, made after the backup, still signs in, and the
    roles changed since stay as they are now."""
    from dibao_desk.domain.accounts import Role
    from dibao_desk.services import accounts, office
    from dibao_desk.services.context import open_context

    ctx = open_context(tmp_path / "town")
    ctx.sign_in(accounts.setup(ctx.uow(), office.OfficeInfo(
        name="车桥镇", admin_code="360426101000", county_name="德安县", complaint_phone="", complaint_box="",
        mode="township", operator=""), "刘主任", "dibao-2026"))
    accounts.create_account(ctx.uow(), "小王", "xiaowang-1", {Role.CLERK})
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    accounts.create_account(ctx.uow(), "王主任", "wangzr-2026", {Role.ADMIN, Role.REVIEWER})
    accounts.set_roles(ctx.uow(), "小王", {Role.CLERK}, active=False)
    ctx.sign_in(accounts.sign_in(ctx.uow(), "王主任", "wangzr-2026"))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    seen: dict = {}
    QTimer.singleShot(0, lambda: _restore_when_checked(qtbot, w, seen))
    op = actions.restore_from(w, str(saved))
    qtbot.waitUntil(lambda: op.finished)
    assert seen["enabled"] is False  # not before the box is ticked
    assert seen["accounts"].split("\n") == [
        "账号与备份时不同的有 2 处。恢复只恢复业务数据，账号、角色、密码和找回码保持现在的样子，不回到备份时：",
        "账号“小王”：现已停用，备份时是启用的（恢复后仍停用）",
        "账号“王主任”：备份之后新建，备份中没有（恢复后保留）"]
    assert [(a.name, a.active) for a in accounts.list_accounts(ctx.uow())] == [
        ("刘主任", True), ("小王", False), ("王主任", True)]
    kind, _title, text = message_boxes[-1]
    assert kind == "information" and "账号、密码和找回码保持恢复前的样子" in text

    again = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    accounts.set_roles(ctx.uow(), "王主任", {Role.ADMIN})
    w.ctx.sign_in(accounts.SignedIn("王主任", frozenset({Role.ADMIN})))
    QTimer.singleShot(0, lambda: _restore_when_checked(qtbot, w))
    op = actions.restore_from(w, str(again))
    qtbot.waitUntil(lambda: op.finished)
    assert ctx.account.roles == frozenset({Role.ADMIN})  # as the store had them, not the backup
    assert "当前账号：王主任（管理员）" in w.account_label.text()
    w.close()
    ctx.close()


def test_many_account_differences_scroll_and_the_dialog_fits_1366x768(qtbot, tmp_path, message_boxes):
    """An office of a dozen accounts restoring a backup a year old: two dozen differences. Each
    must be readable before the box confirming them is ticked, and 恢复 stays on the screen."""
    from dibao_desk.domain.accounts import Role
    from dibao_desk.services import accounts, office
    from dibao_desk.services.context import open_context

    ctx = open_context(tmp_path / "town")
    ctx.sign_in(accounts.setup(ctx.uow(), office.OfficeInfo(
        name="车桥镇", admin_code="360426101000", county_name="德安县", complaint_phone="", complaint_box="",
        mode="township", operator=""), "刘主任", "dibao-2026"))
    for i in range(8):
        accounts.create_account(ctx.uow(), f"经办人{i}", "xiaowang-1", {Role.CLERK})
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    for i in range(8):
        accounts.set_roles(ctx.uow(), f"经办人{i}", {Role.CLERK, Role.REVIEWER}, active=i % 2 == 0)
        accounts.set_password(ctx.uow(), f"经办人{i}", "another-1")
    for i in range(4):
        accounts.create_account(ctx.uow(), f"新来的{i}", "xiaowang-1", {Role.CLERK})
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    seen: dict = {}

    def look():
        d = w.restore_dialog
        qtbot.waitUntil(lambda: d.checked)
        qtbot.wait(50)  # laid out with the list
        label = d.accounts
        seen.update(height=d.height(), lines=label.text().split("\n"),
                    whole=label.height() >= label.heightForWidth(label.width()),
                    button=d.restore_button.isVisible(),
                    apart=d.accounts_scroll.geometry().bottom() < d.accounts_confirm.geometry().top())
        d.grab().save(str(tmp_path / "restore.png"))
        d.reject()

    QTimer.singleShot(0, look)
    assert actions.restore_from(w, str(saved)) is None
    assert len(seen["lines"]) == 25 and "账号“新来的3”：备份之后新建，备份中没有（恢复后保留）" in seen["lines"]
    assert seen["whole"]  # nothing cut off: the list scrolls
    assert seen["apart"]  # the list does not lie over the box confirming it
    assert seen["height"] <= 728 - 32 and seen["button"]  # under the title bar, above the taskbar
    w.close()
    ctx.close()


def test_the_data_folder_chosen_as_the_backup_folder_is_refused(qtbot, window, ctx, monkeypatch, message_boxes):
    # 文件 → 备份文件夹… with the data folder picked in the folder dialog: the copies stayed on
    # the same disk and the warning about nothing outside the data folder went away.
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(ctx.data_dir))
    window.backup_actions["folder"].trigger()
    assert message_boxes and message_boxes[-1][1] == "备份文件夹"
    assert "在本程序的数据文件夹里" in message_boxes[-1][2]
    assert backup.backup_folder(ctx.uow()) is None
    assert not list(ctx.data_dir.glob("dibao-*.sqlite3"))  # no copy made beside the store
    assert window.backup_warning.isVisible()


def test_a_backup_picked_from_the_menu_is_checked_without_freezing_the_window(
        qtbot, window, ctx, make_household, monkeypatch, tmp_path, message_boxes):
    # 文件 → 恢复备份… read the whole backup (and its documents' archive) for its SHA-256 on the
    # window's thread: with a big store the window froze, undrawn, until the check ended.
    import threading

    from PySide6.QtWidgets import QFileDialog

    make_household()
    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path
    make_household(head="李四", head_id=make_id("19600316", 13))
    release, seen = threading.Event(), {}
    real_sha256 = backup.file_sha256

    def slow_stick(path, on_read=None):  # the check reads the backup from a slow USB stick
        if on_read is not None:
            seen.setdefault("thread", threading.current_thread().name)
            release.wait(20)
        return real_sha256(path, on_read)

    monkeypatch.setattr(backup, "file_sha256", slow_stick)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))

    def while_checking():
        dialog = window.restore_dialog
        qtbot.waitUntil(lambda: dialog.isVisible())
        # the window is drawn and answers meanwhile; the dialog says what it waits for
        assert "正在核对备份" in dialog.details.text() and not dialog.restore_button.isEnabled()
        progress = dialog.check_op.dialog
        qtbot.waitUntil(lambda: progress.isVisible())
        assert "的校验值（SHA-256）" in progress.labelText() and saved.name in progress.labelText()
        dialog.grab().save(str(tmp_path / "checking.png"))
        progress.grab().save(str(tmp_path / "checking-progress.png"))
        release.set()
        qtbot.waitUntil(lambda: dialog.checked)
        assert "德安县德安镇（360426100000）" in dialog.details.text() and "户 1" in dialog.details.text()
        assert "（与记录相符）" in dialog.details.text() and "恢复前的数据会先另存为一份备份" in dialog.problems.text()
        dialog.grab().save(str(tmp_path / "checked.png"))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, while_checking)
    window.backup_actions["restore"].trigger()
    qtbot.waitUntil(lambda: window.restore_op.finished, timeout=20000)
    assert seen["thread"].startswith("dibao-worker")
    assert households.count(ctx.uow()) == 1  # the store is the backup's
    assert "已恢复" in message_boxes[-1][2]

    # a damaged file is still refused once checked, with its message; Cancel on a check restores nothing
    bad = tmp_path / "dibao-360426100000-20261130-235959.sqlite3"
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    refused = {}

    def look():
        dialog = window.restore_dialog
        qtbot.waitUntil(lambda: dialog.checked)
        refused["enabled"], refused["text"] = dialog.restore_button.isEnabled(), dialog.problems.text()
        dialog.grab().save(str(tmp_path / "refused.png"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, look)
    window.backup_actions["restore"].trigger()
    assert refused["enabled"] is False and ("已损坏" in refused["text"] or "校验值（SHA-256）不符" in refused["text"])
    assert households.count(ctx.uow()) == 1

    release.clear()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    make_household(head="王五", head_id=make_id("19600317", 15))

    def cancel_the_check():
        dialog = window.restore_dialog
        progress = dialog.check_op.dialog
        qtbot.waitUntil(lambda: progress.isVisible())
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # 取消
        release.set()

    QTimer.singleShot(0, cancel_the_check)
    window.backup_actions["restore"].trigger()
    qtbot.waitUntil(lambda: window.restore_dialog.checked)
    assert not window.restore_dialog.isVisible() and households.count(ctx.uow()) == 2


def test_a_stick_pulled_out_during_the_check_is_said_in_the_dialog(qtbot, window, ctx, monkeypatch, tmp_path):
    # The check fails part way (the stick pulled out while its archive was read): the dialog says
    # so in Chinese, and nothing can be restored from it.
    import errno

    from dibao_desk.services import restore

    saved = backup.make_backups(ctx.uow(), ctx.store.path).files[0].path

    def pulled_out(context, path, progress=None):
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path) + ".files.zip")

    monkeypatch.setattr(restore, "inspect_for", pulled_out)
    seen = {}

    def look():
        dialog = window.restore_dialog
        qtbot.waitUntil(lambda: dialog.checked)
        seen["enabled"], seen["text"] = dialog.restore_button.isEnabled(), dialog.problems.text()
        dialog.reject()

    QTimer.singleShot(0, look)
    assert actions.restore_from(window, str(saved)) is None
    assert seen["enabled"] is False and "找不到文件或文件夹" in seen["text"] and "U盘已拔出" in seen["text"]


def test_a_backup_changed_after_the_dialog_checked_it_is_not_restored(qtbot, window, ctx, make_household,
                                                                      message_boxes, tmp_path):
    """The dialog checked the backup; before 恢复 was clicked another backup (with its own
    .sha256) was copied over it on the stick. The restore compares with what was shown:
    refused in words, the store's two households as they were."""
    import shutil

    from tests.unit.test_restore import _two_backups

    one, two = _two_backups(ctx, make_household, tmp_path)

    def swap_then_restore():
        dialog = window.restore_dialog
        qtbot.waitUntil(lambda: dialog.checked)
        assert "户 1" in dialog.details.text()
        for f in (two, two.with_name(two.name + ".sha256")):
            shutil.copyfile(f, one.parent / f.name)
        dialog.restore_button.click()

    QTimer.singleShot(0, swap_then_restore)
    op = actions.restore_from(window, str(one))
    qtbot.waitUntil(lambda: op.finished)
    assert households.count(ctx.uow()) == 2
    assert message_boxes[-1][1:] == ("无法恢复", f"备份文件“{one}”在检查之后被改动过，没有恢复，当前数据未改变。"
                                                 "请重新选择该文件，检查后再恢复")
