"""Signing in, the window locking itself when idle, the administrator of an older store."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import accounts, office
from dibao_desk.services.context import open_context
from dibao_desk.ui.actions import accounts as actions
from dibao_desk.ui.dialogs.create_admin import CreateAdminDialog
from dibao_desk.ui.dialogs.login import LoginDialog
from dibao_desk.ui.main_window import MainWindow
from tests.helpers import type_text

PASSWORD = "dibao-2026"


@pytest.fixture
def real(tmp_path):
    ctx = open_context(tmp_path / "real")
    accounts.setup(ctx.uow(), office.OfficeInfo(
        name="车桥镇", admin_code="360426101000", county_name="德安县", complaint_phone="", complaint_box="",
        mode="township", operator=""), "刘主任", PASSWORD)
    ctx.sign_in(accounts.sign_in(ctx.uow(), "刘主任", PASSWORD))
    accounts.create_account(ctx.uow(), "小王", PASSWORD, {Role.CLERK})
    ctx.account = None
    yield ctx
    ctx.close()


def _click_ok(qtbot, dialog):
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_sign_in_by_typing_and_clicking(qtbot, real):
    dialog = LoginDialog(real, office_name="德安县车桥镇")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "小王")
    type_text(dialog.password, "wrong-one")
    _click_ok(qtbot, dialog)
    assert dialog.result() != LoginDialog.DialogCode.Accepted
    wrong_password = dialog.error.text()
    assert wrong_password.startswith("账号或密码不正确") and dialog.password.text() == ""
    assert real.account is None
    dialog.name.clear()
    type_text(dialog.name, "小张")  # no such account: the same words, no name
    type_text(dialog.password, "wrong-one")
    _click_ok(qtbot, dialog)
    assert dialog.error.text() == wrong_password and "小张" not in wrong_password
    dialog.name.clear()
    type_text(dialog.name, "小王")
    type_text(dialog.password, PASSWORD)
    _click_ok(qtbot, dialog)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert real.account.name == "小王" and real.account.roles == frozenset({Role.CLERK})
    assert real.uow().operator == "小王"
    dialog.grab().save(str(real.data_dir / "login.png"))


def _window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_window_locks_when_idle_and_unlocks_with_the_password(qtbot, real):
    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    assert "当前账号：小王（经办人）" in window.account_label.text()
    window.idle_minutes = 1
    actions.lock_if_idle(window)
    assert not getattr(window, "locked", False)  # not idle yet
    seen = {}

    def unlock():
        dialog = window.login_dialog
        seen["hidden"] = not window.centralWidget().isVisible()
        seen["name"] = dialog.name.text()
        type_text(dialog.password, PASSWORD)
        _click_ok(qtbot, dialog)

    window.idle_watcher.last_input = time.monotonic() - 61
    QTimer.singleShot(0, unlock)
    actions.lock_if_idle(window)
    assert seen == {"hidden": True, "name": "小王"}
    assert window.centralWidget().isVisible() and window.isVisible()


def test_leaving_the_lock_dialog_closes_the_window(qtbot, real):
    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    QTimer.singleShot(0, lambda: window.login_dialog.reject())
    assert actions.lock_window(window) is False
    assert not window.isVisible()


def test_a_store_from_before_accounts_gets_its_administrator(qtbot, office_ctx, message_boxes):
    dialog = CreateAdminDialog(office_ctx, suggested="王经办")
    qtbot.addWidget(dialog)
    type_text(dialog.password, PASSWORD)
    type_text(dialog.password_again, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == CreateAdminDialog.DialogCode.Accepted
    assert office_ctx.account.name == "王经办" and Role.ADMIN in office_ctx.account.roles
    assert accounts.needs_sign_in(office_ctx.uow())
    assert "恢复码：" in message_boxes[-1][2] and accounts.has_recovery_code(office_ctx.uow())


def test_an_administrator_adds_an_account_and_a_clerk_cannot(qtbot, real, message_boxes):
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    page = AccountsPage(real)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 2
    type_text(page.name, "老李")
    type_text(page.password, "laoli-2026")
    page.roles[Role.REVIEWER].setChecked(True)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 3 and page.table.item(2, 1).text() == "审核人"
    assert accounts.sign_in(real.uow(), "老李", "laoli-2026").roles == frozenset({Role.REVIEWER})

    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    page = AccountsPage(real)
    qtbot.addWidget(page)
    type_text(page.name, "小张")
    type_text(page.password, "xiaozhang")
    page.roles[Role.CLERK].setChecked(True)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # greyed out: nothing happens
    assert not page.add_button.isEnabled() and page.add_button.toolTip() == "需要“管理员”角色"
    assert [a.name for a in accounts.list_accounts(real.uow())] == ["刘主任", "小王", "老李"]


def test_an_account_made_with_enabled_unticked_is_made_disabled(qtbot, real, message_boxes):
    """启用 unticked before 新建账号 (an account prepared for a clerk who starts next month): the
    account was made enabled all the same, and signed in at once."""
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    page = AccountsPage(real)
    qtbot.addWidget(page)
    type_text(page.name, "老李")
    type_text(page.password, "laoli-2026")
    page.roles[Role.CLERK].setChecked(True)
    page.active.setChecked(False)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    made = next(a for a in accounts.list_accounts(real.uow()) if a.name == "老李")
    assert not made.active and page.table.item(2, 2).text() == "停用"
    with pytest.raises(RuleError) as refused:
        accounts.sign_in(real.uow(), "老李", "laoli-2026")
    assert [p.code for p in refused.value.problems] == ["account.disabled_at_sign_in"]


def test_a_clerk_finds_the_administrators_settings_greyed_out_and_changes_nothing(qtbot, real, message_boxes):
    """设置 as 经办人: every button the services refuse to anyone but an administrator (the office,
    a policy set, the review intervals, the roster period, accounts, the recovery code, the idle
    minutes) is greyed out and names the role; clicking them writes nothing. The administrator
    finds them enabled."""
    from dibao_desk.services import payroll

    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    settings = next(a for a in window.menu("settings").actions() if a.text() == "设置(&S)…")
    settings.trigger()
    dialog = window.settings_dialog
    pages = {dialog.tabs.tabText(i): dialog.tabs.widget(i) for i in range(dialog.tabs.count())}
    account_page = pages["账号"]
    buttons = {
        "本单位": [pages["本单位"].save_button], "政策标准": [pages["政策标准"].add_button],
        "复核周期": [pages["复核周期"].save_button], "造册": [pages["造册"].save_button],
        "账号": [account_page.add_button, account_page.save_button, account_page.password_button,
               account_page.recovery_button, account_page.idle_button],
    }
    pages["本单位"].fields["complaint_phone"].setText("0792-1234567")
    type_text(account_page.name, "小王")
    account_page.roles[Role.ADMIN].setChecked(True)
    account_page.idle.setValue(0)
    for title, found in buttons.items():
        dialog.tabs.setCurrentWidget(pages[title])
        for button in found:
            assert not button.isEnabled(), (title, button.text())
            assert button.toolTip() == "需要“管理员”角色", (title, button.text())
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert message_boxes == []
    assert office.get_office(real.uow()).complaint_phone == ""
    assert accounts.sign_in(real.uow(), "小王", PASSWORD).roles == frozenset({Role.CLERK})
    assert accounts.idle_minutes(real.uow()) == 15
    assert payroll.period_unit(real.uow()).value == "month"
    dialog.close()

    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    admin_window = _window(qtbot, real)
    next(a for a in admin_window.menu("settings").actions() if a.text() == "设置(&S)…").trigger()
    dialog = admin_window.settings_dialog
    pages = {dialog.tabs.tabText(i): dialog.tabs.widget(i) for i in range(dialog.tabs.count())}
    assert all(b.isEnabled() and b.toolTip() == "" for b in (
        pages["本单位"].save_button, pages["政策标准"].add_button, pages["复核周期"].save_button,
        pages["造册"].save_button, pages["账号"].add_button, pages["账号"].idle_button))
    dialog.close()


def test_a_reviewer_sees_the_village_buttons_and_review_entries_disabled(qtbot, real):
    """The services refuse a 审核人's village changes and review records; the window says so first."""
    from dibao_desk.ui.widgets.villages_page import VillagesPage

    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    accounts.create_account(real.uow(), "老李", PASSWORD, {Role.REVIEWER})
    office.add_village(real.uow(), "东风村")
    real.sign_in(accounts.sign_in(real.uow(), "老李", PASSWORD))
    page = VillagesPage(real)
    qtbot.addWidget(page)
    for button in (page.add_button, page.rename_button, page.merge_button, page.retire_button):
        assert not button.isEnabled() and "经办人" in button.toolTip()
    window = _window(qtbot, real)
    entries = {title: roles for title, _fn, *roles in window.extensions["household_actions"]}
    for title in ("记录复核…", "登记稳定就业（渐退）…", "登记拒绝就业…"):
        assert entries[title] == [(Role.CLERK,)]
    menu = window.menu("reviews")
    disabled = {a.text() for a in menu.actions() if not a.isEnabled()}
    assert {"记录所选家庭的复核(&R)…", "所选家庭登记稳定就业（渐退）(&W)…", "所选家庭登记拒绝就业(&J)…"} <= disabled


def test_a_clerk_changes_their_password_and_an_administrator_resets_one(qtbot, real, message_boxes):
    """文件 → 修改密码…: the signed-in account gives its password and a new one twice.
    设置 → 账号: an administrator gives a forgotten password a new one."""
    from dibao_desk.ui.dialogs.change_password import ChangePasswordDialog
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    assert window.password_action.isEnabled()
    dialog = ChangePasswordDialog(real, window)
    qtbot.addWidget(dialog)
    type_text(dialog.old, "not-mine")
    type_text(dialog.new, "xiaowang-2")
    type_text(dialog.again, "xiaowang-2")
    _click_ok(qtbot, dialog)
    assert dialog.result() != ChangePasswordDialog.DialogCode.Accepted and dialog.error.text() == "当前密码不对，密码没有改"
    dialog.old.clear()
    type_text(dialog.old, PASSWORD)
    _click_ok(qtbot, dialog)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert accounts.sign_in(real.uow(), "小王", "xiaowang-2").name == "小王"

    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    page = AccountsPage(real)
    qtbot.addWidget(page)
    page.table.selectRow(1)
    assert page.name.text() == "小王"
    type_text(page.password, "xiaowang-3")
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    assert "小王" in message_boxes[-1][2] and page.password.text() == ""
    assert accounts.sign_in(real.uow(), "小王", "xiaowang-3").name == "小王"


def test_an_administrator_unlocks_a_clerks_window_and_the_clerk_works_on(qtbot, real):
    """An administrator who unlocks a clerk's locked window vouches for the clerk: the window goes
    on as the clerk's (its status bar, its roles, the audit's name), not silently as the administrator's."""
    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)

    def unlock():
        dialog = window.login_dialog
        dialog.name.setText("刘主任")
        type_text(dialog.password, PASSWORD)
        _click_ok(qtbot, dialog)

    QTimer.singleShot(0, unlock)
    assert actions.lock_window(window) is True
    assert real.account.name == "小王" and real.account.roles == frozenset({Role.CLERK})
    assert real.uow().operator == "小王" and "当前账号：小王（经办人）" in window.account_label.text()
    assert not real.may(Role.ADMIN)


def _covered(widget) -> bool:
    """Something opaque on top of all the widget shows."""
    from PySide6.QtCore import QPoint

    return all(widget.childAt(QPoint(x, y)) is not None and widget.childAt(QPoint(x, y)).objectName() == "lock_cover"
               for x in (2, widget.width() // 2, widget.width() - 3) for y in (2, widget.height() // 2, widget.height() - 3))


def test_a_locked_window_hides_the_dialogs_it_had_open(qtbot, real):
    """Locking when idle hides a household's form left open as well as the main window's
    contents: nobody passing reads names and ID numbers while the window waits for the password."""
    from PySide6.QtWidgets import QApplication, QDialog

    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    form = QDialog(window)  # any window of the program left open: a household's form, a register
    form.setWindowTitle("家庭信息")
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    QVBoxLayout(form).addWidget(QLineEdit("360426199001011234"))
    form.resize(400, 300)
    form.show()
    qtbot.waitExposed(form)
    seen = {}

    def unlock():
        dialog = window.login_dialog
        seen["visible"] = [w.windowTitle() for w in QApplication.topLevelWidgets()
                           if w.isVisible() and w is not dialog and w is not window
                           and not _covered(w)]
        type_text(dialog.password, PASSWORD)
        _click_ok(qtbot, dialog)

    QTimer.singleShot(0, unlock)
    assert actions.lock_window(window) is True
    assert seen["visible"] == []
    assert form.isVisible() and not _covered(form)  # back once unlocked


def test_the_accounts_page_shows_a_locked_account_until_it_gets_a_new_password(qtbot, real, message_boxes):
    """Five wrong passwords lock an account for a while: 设置 → 账号 says so (and until when), and
    an administrator's new password opens it at once."""
    import datetime as dt

    from dibao_desk.domain.problems import RuleError
    from dibao_desk.models.base import utcnow
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    for _ in range(5):
        with pytest.raises(RuleError):
            accounts.sign_in(real.uow(), "小王", "wrong-one")
    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    page = AccountsPage(real)
    qtbot.addWidget(page)
    state = page.table.item(1, 2).text()
    assert state.startswith("锁定至 ")
    local = (utcnow() + dt.timedelta(minutes=15)).replace(tzinfo=dt.timezone.utc).astimezone()
    assert local.strftime("%H:%M") in state or (local - dt.timedelta(minutes=1)).strftime("%H:%M") in state
    page.table.selectRow(1)
    type_text(page.password, "xiaowang-9")
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    assert page.table.item(1, 2).text() == "启用"
    assert accounts.sign_in(real.uow(), "小王", "xiaowang-9").name == "小王"


def test_an_administrator_makes_a_new_recovery_code_and_the_old_one_stops_working(qtbot, real, message_boxes):
    import re

    from dibao_desk.domain.problems import RuleError
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    old = accounts.make_recovery_code(real.uow())
    page = AccountsPage(real)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-2][0] == "question" and "不能再用" in message_boxes[-2][2]
    code = re.search(r"恢复码：([A-Z0-9-]{19})", message_boxes[-1][2]).group(1)
    with pytest.raises(RuleError):
        accounts.recover(real.uow(), "刘主任", old, "liu-new-2026")
    assert accounts.recover(real.uow(), "刘主任", code, "liu-new-2026")


def test_the_screenshot_self_check_shows_no_households_of_a_store_that_asks_for_an_account(
        qapp, real, tmp_path, monkeypatch):
    """`gui --screenshot FILE` (the build's check) must not be a way round the sign-in: on an office's
    store it pictures the sign-in dialog, never the household list."""
    from dibao_desk.ui import app as app_module
    from dibao_desk.ui import main_window

    from PySide6.QtCore import QEventLoop

    class OwnLoop:  # the self-check's exec() and quit() on a loop of its own: the tests' application goes on
        def __init__(self):
            self.loop = QEventLoop()

        def __getattr__(self, name):
            return getattr(qapp, name)

        def exec(self):
            return self.loop.exec()

        def quit(self):
            self.loop.quit()

    app_module.register_font(qapp)
    monkeypatch.setattr(app_module, "make_app", lambda argv=None, strict=False: OwnLoop())
    opened = []
    monkeypatch.setattr(main_window, "MainWindow", lambda *a, **k: opened.append(a) or (_ for _ in ()).throw(
        AssertionError("the main window opened without a sign-in")))
    folder = real.data_dir
    real.close()
    png = tmp_path / "shot.png"
    assert app_module.self_check(folder, png) == 0
    assert png.is_file() and opened == []


def _admin_session(ctx):
    """刘主任 at another PC (or in another window) on the same store."""
    admin = open_context(ctx.data_dir)
    admin.sign_in(accounts.sign_in(admin.uow(), "刘主任", PASSWORD))
    return admin


def _when_shown(qtbot, get, act):
    """Run ``act(dialog)`` once ``get()`` gives a visible dialog (it may open from a queued call)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll():
        dialog = get()
        if dialog is not None and dialog.isVisible():
            timer.stop()
            act(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_a_role_taken_away_while_the_window_is_open_is_refused_and_greyed_out(qtbot, real, message_boxes):
    """小王 works as 经办人; the administrator makes 小王 a 审核人 only. 小王's next click in the open
    window writes nothing, and the window then greys out what a 审核人 may not do and says why."""
    from dibao_desk.ui.widgets.villages_page import VillagesPage

    admin = _admin_session(real)
    office.add_village(admin.uow(), "东风村")
    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    page = VillagesPage(real, window)
    qtbot.addWidget(page)
    assert page.add_button.isEnabled()
    assert window.menu("reviews").actions()[0].isEnabled()
    qtbot.wait(50)  # the program comes to the front (its own check, nothing changed yet)

    accounts.set_roles(admin.uow(), "小王", {Role.REVIEWER})
    type_text(page.name, "西山村")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert any("没有这项操作的权限" in text for _kind, _title, text in message_boxes)  # the refusal
    assert [v.name for v in office.list_villages(admin.uow())] == ["东风村"]  # nothing written
    qtbot.waitUntil(lambda: not page.add_button.isEnabled())
    assert "经办人" in page.add_button.toolTip()
    assert real.account.roles == frozenset({Role.REVIEWER})
    assert "当前账号：小王（审核人）" in window.account_label.text()
    disabled = {a.text() for a in window.menu("reviews").actions() if not a.isEnabled()}
    assert "记录所选家庭的复核(&R)…" in disabled
    told = [text for kind, title, text in message_boxes if (kind, title) == ("information", "账号权限已更改")]
    assert len(told) == 1 and "现在是：审核人" in told[0]

    accounts.set_roles(admin.uow(), "小王", {Role.CLERK})  # given back: noticed when a menu opens
    window.menu("reviews").aboutToShow.emit()
    assert page.add_button.isEnabled() and real.account.roles == frozenset({Role.CLERK})
    admin.close()


def test_a_disabled_account_writes_nothing_and_its_window_signs_out(qtbot, real, message_boxes):
    """小王's account is disabled while the window is open: the click writes nothing, the window
    says so and asks for a sign-in; 刘主任 signs in and the window goes on as 刘主任's."""
    from dibao_desk.ui.widgets.villages_page import VillagesPage

    admin = _admin_session(real)
    office.add_village(admin.uow(), "东风村")
    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    page = VillagesPage(real, window)
    qtbot.addWidget(page)
    qtbot.wait(50)  # the program comes to the front (its own check, nothing changed yet)
    accounts.set_roles(admin.uow(), "小王", {Role.CLERK}, active=False)
    seen = {}

    def sign_in_as_admin(dialog):
        seen["hidden"] = not window.centralWidget().isVisible()
        seen["name"] = dialog.name.text()
        dialog.name.setText("刘主任")
        type_text(dialog.password, PASSWORD)
        _click_ok(qtbot, dialog)

    poller = _when_shown(qtbot, lambda: getattr(window, "login_dialog", None), sign_in_as_admin)
    type_text(page.name, "西山村")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert any("已被管理员停用，这项操作没有做" in text for _kind, _title, text in message_boxes)
    assert [v.name for v in office.list_villages(admin.uow())] == ["东风村"]  # nothing written
    qtbot.waitUntil(lambda: real.account.name == "刘主任")
    poller.stop()
    assert seen == {"hidden": True, "name": ""}
    assert any(title == "账号已停用" for _kind, title, _text in message_boxes)
    assert "当前账号：刘主任" in window.account_label.text() and window.centralWidget().isVisible()
    assert real.uow().operator == "刘主任"
    admin.close()


def test_a_dialog_showing_its_own_refusal_still_greys_the_window_out(qtbot, real, message_boxes):
    """A dialog that shows a refused write in its own red line (the household event dialog), not
    through the window: the window still notices the role taken away, greys out and says why.
    The unit of work that reads the roles for the refusal tells the window (ctx.account_listeners),
    so no dialog has to pass its refusals on."""
    import datetime as dt

    from dibao_desk.services import households
    from dibao_desk.ui.dialogs.household_event import HouseholdEventDialog
    from tests.conftest import simple_draft

    admin = _admin_session(real)
    village = office.add_village(admin.uow(), "东风村")
    home = households.save(admin.uow(), simple_draft(village.id), today=dt.date(2026, 11, 30)).id
    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    qtbot.wait(50)  # the program comes to the front (its own check, nothing changed yet)
    assert window.menu("reviews").actions()[0].isEnabled()

    accounts.set_roles(admin.uow(), "小王", {Role.REVIEWER})
    dialog = HouseholdEventDialog(real, home, today=dt.date(2026, 11, 30), parent=window)
    qtbot.addWidget(dialog)
    seen = {}

    def save_then_leave(d):
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        seen["error"] = d.error_label.text()  # shown by the dialog itself
        qtbot.waitUntil(lambda: real.account.roles == frozenset({Role.REVIEWER}))  # inside the dialog's exec()
        seen["status"] = window.account_label.text()
        d.reject()

    poller = _when_shown(qtbot, lambda: dialog, save_then_leave)
    dialog.exec()  # modal, as the window opens it
    poller.stop()
    assert "没有这项操作的权限" in seen["error"]
    assert "当前账号：小王（审核人）" in seen["status"] and "当前账号：小王（审核人）" in window.account_label.text()
    disabled = {a.text() for a in window.menu("reviews").actions() if not a.isEnabled()}
    assert "记录所选家庭的复核(&R)…" in disabled
    told = [text for kind, title, text in message_boxes if (kind, title) == ("information", "账号权限已更改")]
    assert len(told) == 1 and "现在是：审核人" in told[0]
    admin.close()


def test_an_administrator_unticking_their_own_account_is_told_and_stays_signed_in(qtbot, real, message_boxes):
    """With a second administrator, 刘主任 selects their own row, unticks 启用 and saves: the
    refusal read "已被管理员停用，这项操作没有做", as if someone else had disabled it."""
    from dibao_desk.ui.widgets.accounts_page import AccountsPage

    real.sign_in(accounts.sign_in(real.uow(), "刘主任", PASSWORD))
    accounts.create_account(real.uow(), "副主任", PASSWORD, set(Role))
    window = _window(qtbot, real)
    page = AccountsPage(real)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.table.selectRow(0)
    assert page.name.text() == "刘主任" and page.active.isChecked()
    qtbot.mouseClick(page.active, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-1][1] == "无法保存"
    assert "不能停用自己正在使用的账号“刘主任”" in message_boxes[-1][2]
    qtbot.wait(50)
    assert not any(title == "账号已停用" for _kind, title, _text in message_boxes)
    assert {a.name: a.active for a in accounts.list_accounts(real.uow())} == {"刘主任": True, "小王": True, "副主任": True}
    assert real.account.name == "刘主任" and "当前账号：刘主任" in window.account_label.text()


def test_a_reviewer_finds_the_clerks_household_entries_greyed_out_and_writes_nothing(qtbot, real, message_boxes):
    """A 审核人 clicking 新增家庭 on the toolbar filled a whole household form before the save was
    refused; the household entries, the roster and bank imports and the recompute are a
    经办人's (the recompute also an administrator's) and are greyed out, naming the role."""
    from PySide6.QtWidgets import QApplication

    from dibao_desk.services import households

    admin = _admin_session(real)
    accounts.create_account(admin.uow(), "老李", PASSWORD, {Role.REVIEWER})
    admin.close()
    real.sign_in(accounts.sign_in(real.uow(), "老李", PASSWORD))
    window = _window(qtbot, real)
    entries = {a.text(): a for name in ("households", "settings") for a in window.menu(name).actions()}
    clerk_only = ["新增家庭(&N)…", "修改所选家庭(&E)…", "删除所选家庭(&D)", "导入花名册(&I)…", "导入银行开户名单(&B)…"]
    for text in clerk_only:
        assert not entries[text].isEnabled() and entries[text].toolTip() == "需要“经办人”角色", text
    recompute = entries["重新计算在保家庭保障金(&R)…"]
    assert not recompute.isEnabled() and recompute.toolTip() == "需要“经办人”或“管理员”角色"
    assert entries["查找家庭(&F)"].isEnabled()
    new = window.toolbar.widgetForAction(entries["新增家庭(&N)…"])
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []
    assert message_boxes == [] and households.count(real.uow()) == 0

    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    clerk_window = _window(qtbot, real)
    entries = {a.text(): a for name in ("households", "settings") for a in clerk_window.menu(name).actions()}
    assert all(entries[text].isEnabled() and "需要" not in entries[text].toolTip() for text in clerk_only)
    assert entries["重新计算在保家庭保障金(&R)…"].isEnabled()


def test_leaving_the_lock_dialog_asks_first_when_a_form_is_still_open(qtbot, real, monkeypatch):
    """小王 left a household's form half typed; the window locked. A colleague at the PC clicks
    退出程序 on the lock dialog: the program used to close at once and 小王's typing was gone.
    Now it says which windows are open and asks, No by default."""
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout

    real.sign_in(accounts.sign_in(real.uow(), "小王", PASSWORD))
    window = _window(qtbot, real)
    form = QDialog(window)
    form.setWindowTitle("家庭信息")
    typed = QLineEdit("360426199001011234")
    QVBoxLayout(form).addWidget(typed)
    form.show()
    qtbot.waitExposed(form)
    asked: list[tuple[str, object]] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, buttons=None, default=None):
        asked.append((text, default))
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    seen = {}

    def leave_then_stay():
        dialog = window.login_dialog
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # 退出程序 → No
        seen["still_locked"] = dialog.isVisible()
        type_text(dialog.password, PASSWORD)
        _click_ok(qtbot, dialog)

    QTimer.singleShot(0, leave_then_stay)
    assert actions.lock_window(window) is True
    assert seen["still_locked"] and len(asked) == 1
    assert "家庭信息" in asked[0][0] and asked[0][1] == QMessageBox.StandardButton.No
    assert form.isVisible() and typed.text() == "360426199001011234"

    def leave():
        cancel = window.login_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # 退出程序 → Yes

    QTimer.singleShot(0, leave)
    assert actions.lock_window(window) is False
    assert len(asked) == 2 and not window.isVisible()
    form.close()
    assert QApplication.activeModalWidget() is None
