"""The roster import wizard, clicked through as an operator would."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from dibao_desk.models import Household, Member
from dibao_desk.services import roster_import as ri
from dibao_desk.ui.dialogs.roster_import import RosterImportDialog, RosterPreviewModel
from tests.exchange.roster_samples import LI, WANG, ZHANG, messy_roster


def _odd_roster(path):
    """The ID column is headed 证号, which the guesser does not know."""
    wb = Workbook()
    ws = wb.active
    ws.title = "2026年"
    ws.append(["东风村低保户名单"])
    ws.append(["户主", "证号", "关系", "村", "保障金额"])
    ws.append(["张三", ZHANG, "户主", "东风村", 300])
    ws.append([None, LI, "妻", None, None])  # no name: an error row
    ws.append(["王五", WANG, "户主", "东风村", 200])
    wb.save(path)
    return path


def _members(ctx):
    with ctx.uow() as uow:
        return uow.session.execute(select(Member.name, Member.id_number).order_by(Member.id)).all()


def _wait_preview(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog._op is None and dialog.preview is not None, timeout=20000)


def test_mapping_corrected_by_the_operator_then_import(qtbot, ctx, villages, tmp_path, monkeypatch):
    dialog = RosterImportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.set_file(str(_odd_roster(tmp_path / "名单.xlsx")))
    assert dialog.sheet_combo.currentText() == "2026年"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_preview(qtbot, dialog)
    assert dialog.pages.currentIndex() == dialog.PAGE_PREVIEW
    pv = dialog.preview
    assert pv.labels == ("户主", "证号", "关系", "村", "保障金额")
    assert pv.mapping[1] == "ignore" and pv.problems  # no ID column known: nothing to import
    assert "身份证号" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()

    combo = dialog.mapping_combo(1)
    combo.setCurrentIndex(combo.findData("id_number"))
    combo.activated.emit(combo.currentIndex())  # what a click on the item does
    qtbot.waitUntil(lambda: dialog._op is None and dialog.preview is not pv, timeout=20000)
    pv = dialog.preview
    assert pv.mapping == ("head_name", "id_number", "relation", "village", "benefit")
    assert pv.mapping_source == "given"
    model = dialog.model
    assert model.rowCount() == 3
    statuses = [model.index(r, 1).data() for r in range(3)]
    assert statuses == ["错误", "错误", "正常"]  # 张三's member has no name: the household waits
    assert "姓名未填写" in model.index(1, 2).data()
    assert dialog.status_combo.currentData() == "receiving"
    assert dialog.import_button.isEnabled()

    # import only what is ok: 王五; 张三's household has an error row
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_DONE, timeout=20000)
    assert dialog.imported.households_created == 1
    assert _members(ctx) == [("王五", WANG)]
    assert "新建：1 户 1 人" in dialog.done_label.text()
    assert dialog.error_path is not None and dialog.error_path.exists()
    assert not dialog.open_errors_button.isHidden()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.open_errors_button, Qt.MouseButton.LeftButton)
    assert opened == [str(dialog.error_path)]
    with ctx.uow() as uow:
        h = uow.session.scalars(select(Household)).one()
        assert (h.status, h.monthly_benefit_fen) == ("receiving", 20000)
    # the corrected mapping is remembered for the next file of this shape
    assert ri.remembered_mapping(ctx.uow(), list(pv.labels)) == pv.mapping


def test_filter_shows_only_error_rows(qtbot, ctx, villages, tmp_path):
    dialog = RosterImportDialog(ctx, None, str(messy_roster(tmp_path / "花名册.xlsx")))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_preview(qtbot, dialog)
    assert dialog.model.rowCount() == 15
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData("error"))
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == ["9", "10", "11", "14", "15"]
    assert "可导入 3 户 5 人" in dialog.summary_label.text()
    dialog.resize(1100, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_a_file_that_is_not_a_workbook_says_so_and_cannot_go_on(qtbot, ctx, tmp_path):
    bad = tmp_path / "照片.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    dialog = RosterImportDialog(ctx, None, str(bad))
    qtbot.addWidget(dialog)
    assert "不是 Excel 工作簿" in dialog.file_message.text()
    assert not dialog.next_button.isEnabled()


def test_preview_model_passes_the_model_tester(qtbot, ctx, villages, tmp_path):
    pv = ri.preview(ctx.uow(), messy_roster(tmp_path / "花名册.xlsx"), options=ri.ImportOptions(today=dt.date(2026, 11, 23)))
    model = RosterPreviewModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_preview(pv)
    assert model.columnCount() == 3 + len(pv.labels)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "序号"
    model.set_filter("warning")
    assert model.rowCount() == 1
    model.set_filter("all")
    model.set_preview(None)
    assert model.rowCount() == 0


@pytest.mark.parametrize("menu", ["households", "exchange"])
def test_menu_entry_is_installed(qtbot, ctx, menu):
    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu(menu).actions()]
    assert any("导入花名册" in t for t in texts)


def test_summary_counts_many_new_villages_instead_of_naming_them_all(qtbot, ctx, tmp_path):
    from tests.conftest import make_id

    wb = Workbook()
    ws = wb.active
    ws.append(["村（社区）", "户主姓名", "身份证号码", "与户主关系"])
    for k in range(12):
        ws.append([f"第{k + 1}村", f"张{k}", make_id("19600315", 2 * k + 1), "户主"])
    path = tmp_path / "十二个村.xlsx"
    wb.save(path)
    dialog = RosterImportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.set_file(str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_preview(qtbot, dialog)
    text = dialog.summary_label.text()
    assert "将新建 12 个村（社区）：第1村、第2村" in text and "第8村 等" in text
    assert "第9村" not in text
    assert len(dialog.preview.new_villages) == 12


def test_member_rows_under_the_head_name_column_and_an_error_workbook_that_cannot_be_written(
        qtbot, ctx, villages, tmp_path):
    from tests.exchange.test_roster_layouts import head_name_column_roster

    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    (tmp_path / "花名册-未导入.xlsx").mkdir()  # the error workbook's name is taken by a folder
    dialog = RosterImportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.set_file(str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_preview(qtbot, dialog)
    model = dialog.model
    statuses = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert statuses[1:8] == ["正常"] * 7  # 吴一 and the six members under him
    assert "可导入 4 户 15 人" in dialog.summary_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_DONE, timeout=20000)
    text = dialog.done_label.text()
    assert "新建：4 户 15 人" in text and "以上家庭已保存" in text and "没能写入错误工作簿“" in text
    assert "花名册-未导入.xlsx" in text
    assert dialog.error_path is None
    with ctx.uow() as uow:
        assert len(uow.session.scalars(select(Household.id)).all()) == 4


def test_the_error_workbook_made_while_the_households_are_saved(qtbot, ctx, villages, tmp_path):
    from python_calamine import CalamineWorkbook

    from tests.exchange.test_roster_layouts import head_name_column_roster

    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    dialog = RosterImportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.set_file(str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_preview(qtbot, dialog)
    rejected = [r.sheet_row for r in dialog.preview.error_rows]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_DONE, timeout=20000)
    assert "新建：4 户 15 人" in dialog.done_label.text() and "以上家庭已保存" not in dialog.done_label.text()
    assert dialog.error_path == tmp_path / "花名册-未导入.xlsx"
    book = CalamineWorkbook.from_path(str(dialog.error_path))
    rows = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    assert [int(r[0]) for r in rows[1:]] == rejected and rejected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []
    with ctx.uow() as uow:
        assert len(uow.session.scalars(select(Household.id)).all()) == 4


def test_an_import_that_fails_while_the_error_workbook_is_made_leaves_no_workbook(
        qtbot, ctx, villages, tmp_path, monkeypatch):
    import time

    from PySide6.QtWidgets import QMessageBox

    from tests.exchange.test_roster_layouts import head_name_column_roster

    path = head_name_column_roster(tmp_path / "花名册.xlsx")
    dialog = RosterImportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.set_file(str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_preview(qtbot, dialog)
    real_commit = ri.commit

    def commit_after_the_file_changed(uow, pv, **kw):
        deadline = time.monotonic() + 10
        while not any(p.name.startswith(".~") for p in tmp_path.iterdir()):  # the workbook is being made
            assert time.monotonic() < deadline
            time.sleep(0.005)
        with open(path, "ab") as f:  # the roster saved again in Excel meanwhile
            f.write(b"\0")
        return real_commit(uow, pv, **kw)

    monkeypatch.setattr(ri, "commit", commit_after_the_file_changed)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._op is None, timeout=20000)
    assert len(warned) == 1 and "已被修改" in warned[0]
    assert dialog.pages.currentIndex() != dialog.PAGE_DONE
    assert not (tmp_path / "花名册-未导入.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Household.id)).all() == []


def test_a_child_named_as_holder_is_a_warning_row_and_the_household_imports(qtbot, ctx, villages, tmp_path):
    """On the machine's date, as the wizard reads the roster: a grandchild of ten as 开户人."""
    from tests.conftest import make_id

    child = make_id(f"{dt.date.today().year - 10}0101", 37)
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村（社区）", "户主姓名", "姓名", "身份证号", "与户主关系", "月保障金", "银行账号", "开户人"])
    ws.append([1, "东风村", "张三", "张三", ZHANG, "户主", 300, "6217990000000000014", "张童"])
    ws.append([None, None, None, "张童", child, "孙子", None, None, None])
    wb.save(tmp_path / "花名册.xlsx")
    dialog = RosterImportDialog(ctx, None, str(tmp_path / "花名册.xlsx"))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    _wait_preview(qtbot, dialog)
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData("warning"))
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data() == "2"
    assert "开户人张童只有 10 岁（未满16岁）" in dialog.model.index(0, 2).data()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PAGE_DONE, timeout=20000)
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Household.bank_holder_id_number)).one() == child
