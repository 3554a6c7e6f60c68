"""The first start: the office tells the program who it is, or opens a demo township."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dibao_desk.services import accounts, households, office
from dibao_desk.services.context import open_context
from dibao_desk.ui.dialogs.first_start import FirstStartDialog
from tests.helpers import type_text


def test_office_details_and_villages_are_saved(qtbot, tmp_path, message_boxes):
    ctx = open_context(tmp_path / "new")
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "车桥镇")
    type_text(dialog.code, "360426101000")
    type_text(dialog.county, "德安县")
    type_text(dialog.phone, "0792-4600000")
    type_text(dialog.operator, "刘经办")
    type_text(dialog.password, "dibao-2026")
    type_text(dialog.password_again, "dibao-2026")
    dialog.villages.setPlainText("东风村\n向阳社区\n东风村\n")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    info = office.get_office(ctx.uow())
    assert (info.name, info.admin_code, info.county_name, info.operator) == ("车桥镇", "360426101000", "德安县", "刘经办")
    assert [(v.name, v.kind) for v in office.list_villages(ctx.uow())] == [("东风村", "village"), ("向阳社区", "community")]
    # the operator is the administrator, signed in, and holds every role; the store asks from now on
    assert ctx.account.name == "刘经办" and len(ctx.account.roles) == 3
    assert accounts.needs_sign_in(ctx.uow())
    ctx.close()


def test_the_two_passwords_must_agree(qtbot, tmp_path, message_boxes):
    ctx = open_context(tmp_path / "new")
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    for widget, text in ((dialog.name, "车桥镇"), (dialog.code, "360426101000"), (dialog.county, "德安县"),
                         (dialog.operator, "刘经办"), (dialog.password, "dibao-2026"),
                         (dialog.password_again, "dibao-2062")):
        type_text(widget, text)
    dialog.save()
    assert office.get_office(ctx.uow()) is None and not accounts.has_accounts(ctx.uow())
    assert "不一致" in message_boxes[-1][2]
    ctx.close()


def test_a_short_administrative_code_is_refused(qtbot, tmp_path, message_boxes):
    ctx = open_context(tmp_path / "new")
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "车桥镇")
    type_text(dialog.code, "3604")
    type_text(dialog.county, "德安县")
    dialog.save()
    assert office.get_office(ctx.uow()) is None
    assert any("12 位数字" in text for _kind, _title, text in message_boxes)
    ctx.close()


def test_demo_township_opens_from_the_first_start(qtbot, tmp_path):
    ctx = open_context(tmp_path / "new")
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == FirstStartDialog.DialogCode.Accepted, timeout=60000)
    # the demo is kept apart: its own folder, marked; the office's data folder stays empty
    assert office.get_office(ctx.uow()) is None and households.count(ctx.uow()) == 0 and not ctx.demo
    shown = dialog.demo_ctx
    assert shown.data_dir == tmp_path / "new" / "demo" and shown.demo
    assert households.count(shown.uow()) == 800

    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(shown)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("【演示数据】")
    leave = next(a for a in window.menu("file").actions() if a.text().startswith("离开演示数据"))
    leave.trigger()
    assert window.leaving_demo and not window.isVisible()
    plain = MainWindow(ctx)
    qtbot.addWidget(plain)
    assert "演示" not in plain.windowTitle()
    assert not any(a.text().startswith("离开演示数据") for a in plain.menu("file").actions())
    shown.close()
    ctx.close()


def test_a_new_pc_restores_the_offices_backup_from_the_first_start(qtbot, tmp_path, monkeypatch, message_boxes):
    """Moving to a new PC (or after the old disk died): the first start restores the backup from the
    USB stick; the office, its households and its accounts come back, and the old password signs in."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from dibao_desk.services import backup
    from dibao_desk.ui.dialogs.login import LoginDialog
    from tests.conftest import simple_draft

    old = open_context(tmp_path / "old-pc")
    old.sign_in(accounts.setup(old.uow(), office.OfficeInfo(
        name="车桥镇", admin_code="360426101000", county_name="德安县", complaint_phone="", complaint_box="",
        mode="township", operator=""), "刘主任", "dibao-2026"))
    village = office.add_village(old.uow(), "东风村").id
    households.save(old.uow(), simple_draft(village))
    (tmp_path / "usb").mkdir()
    backup.set_backup_folder(old.uow(), tmp_path / "usb")
    run = backup.make_backups(old.uow(), old.store.path)
    old.close()
    on_stick = next(f.path for f in run.files if f.path.parent == tmp_path / "usb")

    ctx = open_context(tmp_path / "new-pc")
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(on_stick), ""))
    seen = {}

    def click_restore():
        shown = dialog.restore_dialog
        qtbot.waitUntil(lambda: shown.checked)  # checked on the worker
        seen["details"] = shown.details.text()
        shown.restore_button.click()

    QTimer.singleShot(0, click_restore)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == FirstStartDialog.DialogCode.Accepted, timeout=60000)
    assert "德安县车桥镇" in seen["details"]
    assert "已恢复德安县车桥镇的数据" in message_boxes[-1][2]
    assert office.get_office(ctx.uow()).admin_code == "360426101000" and households.count(ctx.uow()) == 1
    assert ctx.account is None and accounts.needs_sign_in(ctx.uow())  # the office's own accounts sign in
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    type_text(login.name, "刘主任")
    type_text(login.password, "dibao-2026")
    login.try_sign_in()
    assert login.result() == LoginDialog.DialogCode.Accepted
    ctx.close()


def test_the_first_start_shows_the_recovery_code_and_the_login_uses_it(qtbot, tmp_path, message_boxes):
    """The administrator who forgot the password: 登录 → 忘记密码… with the code written down at the
    first start sets a new password, and the next code is shown."""
    import re

    from dibao_desk.ui.dialogs.login import LoginDialog

    ctx = open_context(tmp_path / "new")
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    for widget, text in ((dialog.name, "车桥镇"), (dialog.code, "360426101000"), (dialog.county, "德安县"),
                         (dialog.operator, "刘经办"), (dialog.password, "dibao-2026"),
                         (dialog.password_again, "dibao-2026")):
        type_text(widget, text)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    code = re.search(r"恢复码：([A-Z0-9-]{19})", message_boxes[-1][2]).group(1)
    ctx.account = None

    from PySide6.QtCore import QTimer

    login = LoginDialog(ctx, office_name="德安县车桥镇")
    qtbot.addWidget(login)
    type_text(login.name, "刘经办")

    def fill():
        recover = login.recover_dialog
        type_text(recover.code, code.lower())
        type_text(recover.new, "liu-new-2026")
        type_text(recover.again, "liu-new-2026")
        qtbot.mouseClick(recover.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(login.forgot_button, Qt.MouseButton.LeftButton)
    assert "新的恢复码" in message_boxes[-1][2]
    fresh = re.search(r"恢复码：([A-Z0-9-]{19})", message_boxes[-1][2]).group(1)
    assert fresh != code
    type_text(login.password, "liu-new-2026")
    qtbot.mouseClick(login.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert login.result() == LoginDialog.DialogCode.Accepted and ctx.account.name == "刘经办"
    ctx.close()


def test_the_first_start_refuses_to_restore_the_demo_into_the_offices_folder(qtbot, tmp_path, monkeypatch):
    """A demo township's backup (made in data/demo) is fake data: the first start's restore is for
    the office's own backup, and an office's folder never becomes the demo."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from dibao_desk.services import backup, demo

    other = open_context(tmp_path / "demo")
    demo.generate(other.uow(), households=30)
    saved = backup.make_backups(other.uow(), other.store.path).files[0].path
    other.close()
    ctx = open_context(tmp_path / "new-pc")
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    seen = {}

    def look():
        shown = dialog.restore_dialog
        qtbot.waitUntil(lambda: shown.checked)
        seen["enabled"] = shown.restore_button.isEnabled()
        seen["problems"] = shown.problems.text()
        shown.reject()

    QTimer.singleShot(0, look)
    dialog.restore_backup()
    assert seen["enabled"] is False and "演示数据" in seen["problems"]
    assert office.get_office(ctx.uow()) is None and not accounts.is_demo(ctx.uow())
    ctx.close()
