"""导入银行开户名单: the menu entry, the preview a person reads, the import button and what the store then holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from dibao_desk.models import Household
from dibao_desk.ui.dialogs.accounts_import import AccountsImportDialog
from tests.unit.test_bank_accounts import HEAD_A, HEAD_B, HEAD_C, card, people, workbook  # noqa: F401


def account_of(ctx, hid):
    with ctx.uow() as uow:
        return uow.session.get(Household, hid).bank_account


def cell(dialog, row, key):
    col = [c.key for c in dialog.model.columns].index(key)
    return dialog.model.data(dialog.model.index(row, col), Qt.ItemDataRole.DisplayRole)


def test_menu_entry_opens_the_dialog_and_import_writes_the_accounts(qtbot, ctx, people, tmp_path, monkeypatch,
                                                                   message_boxes):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from dibao_desk.ui.main_window import MainWindow

    a, b, c = people
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, card(1), "邮储"), ("李四", HEAD_B, card(8), "农行"),
                                            ("陌生人", "110101199001011237", card(5), "邮储")])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    [action] = [x for x in window.menu("households").actions() if "银行开户名单" in x.text()]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    opened = []

    def click_through():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AccountsImportDialog) and w.isVisible())
        opened.append(dialog)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 3
        assert [cell(dialog, r, "change") for r in range(3)] == ["补填", "更正", "查无此人"]
        assert cell(dialog, 1, "before") == card(2)
        assert dialog.apply_button.isEnabled()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, click_through)
    action.trigger()
    QTest.qWait(10)
    assert opened and (account_of(ctx, a), account_of(ctx, b)) == (card(1), card(8))
    assert any("补填 1 户，更正 1 户" in text for _k, _t, text in message_boxes)


def test_rows_with_errors_keep_the_import_button_off(qtbot, ctx, people, tmp_path):
    wrong = card(1)[:-1] + str((int(card(1)[-1]) + 1) % 10)
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, wrong, "邮储"), ("赵六", HEAD_C, card(3), "邮储")])
    dialog = AccountsImportDialog(ctx, None, str(path))
    qtbot.addWidget(dialog)
    assert cell(dialog, 0, "change") == "错误" and "校验位" in cell(dialog, 0, "notes")
    assert not dialog.apply_button.isEnabled()
    assert "全部不导入" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "dialog.png"))


def test_a_file_that_is_not_a_workbook_is_said_plainly(qtbot, ctx, tmp_path):
    bad = tmp_path / "名单.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    dialog = AccountsImportDialog(ctx, None, str(bad))
    qtbot.addWidget(dialog)
    assert "不是 Excel" in dialog.summary.text() and not dialog.apply_button.isEnabled()


def test_the_holder_column_says_who_becomes_the_holder_and_import_records_it(qtbot, ctx, people, tmp_path):
    from tests.unit.test_bank_accounts import WIFE_B

    a, b, c = people
    path = workbook(tmp_path / "开户.xlsx", [("李四", HEAD_B, WIFE_B, card(2), "农行"), ("赵六", HEAD_C, "", card(3), "邮储")],
                    header=("序号", "姓名", "身份证号", "开户人身份证号", "账号", "开户行"))
    dialog = AccountsImportDialog(ctx, None, str(path))
    qtbot.addWidget(dialog)
    assert [cell(dialog, r, "change") for r in range(2)] == ["更正", "无变化"]  # the same account, a new holder
    assert cell(dialog, 0, "holder") == "王芳（原为户主）" and cell(dialog, 1, "holder") == "户主"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        assert uow.session.get(Household, b).bank_holder_id_number == WIFE_B
        assert uow.session.get(Household, c).bank_holder_id_number is None


def test_a_child_holder_is_told_in_the_notes_and_the_list_still_imports(qtbot, ctx, make_household, tmp_path):
    """On the machine's date, as the window reads the list: a grandchild of ten as 开户人."""
    import datetime as dt

    from dibao_desk.domain.household import MemberDraft
    from tests.conftest import make_id

    child = make_id(f"{dt.date.today().year - 10}0101", 37)
    hid = make_household(head="张三", head_id=HEAD_A, extra_members=(
        MemberDraft("张童", child, "grandson", work_capacity="none"),)).id
    path = workbook(tmp_path / "开户.xlsx", [("张三", HEAD_A, child, card(1), "邮储")],
                    header=("序号", "姓名", "身份证号", "开户人身份证号", "账号", "开户行"))
    dialog = AccountsImportDialog(ctx, None, str(path))
    qtbot.addWidget(dialog)
    assert cell(dialog, 0, "change") == "补填"
    assert "开户人张童只有 10 岁（未满16岁），银行可能不接受以其账户代发" in cell(dialog, 0, "notes")
    dialog.grab().save(str(tmp_path / "dialog.png"))
    assert dialog.apply_button.isEnabled()  # a 提示, not a refusal
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        h = uow.session.get(Household, hid)
        assert (h.bank_account, h.bank_holder_id_number) == (card(1), child)
