"""Export and import through the dialogs: click, wait for the worker, check the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from dibao_desk.services import county, exchange, procedure
from dibao_desk.ui.dialogs.export_package import SETTINGS_KEY, ExportPackageDialog
from dibao_desk.ui.dialogs.import_package import ImportPackageDialog
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, store_state, township  # noqa: F401


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch, tmp_path):
    """Message boxes answer at once; settings go to a file in the test folder."""
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return shown


def test_export_then_import_the_county_decisions(qtbot, ctx, township, county_ctx, tmp_path, quiet_boxes):
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = ExportPackageDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("cases"))
    qtbot.keyClicks(dialog.period, "")  # the period offered is this month
    assert dialog.period.text() == "2026-11"
    dialog.set_folder(stick)
    assert dialog.file_name.text() == "德安镇-待审批案件-2026-11.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=20000)
    up = dialog.result_info.path
    assert up == stick / "德安镇-待审批案件-2026-11.xlsx" and up.exists()
    assert [(s.kind, s.sequence) for s in exchange.list_sent(ctx.uow())] == [("cases", 1)]
    assert QSettings().value(SETTINGS_KEY) == str(stick)
    assert "读回核对" in quiet_boxes[-1]

    # the remembered folder is offered next time
    again = ExportPackageDialog(ctx, today=TODAY)
    qtbot.addWidget(again)
    assert str(stick) in [again.folder.itemData(i) for i in range(again.folder.count())]

    # at the county (services), the decisions are made and exported
    exchange.import_package(county_ctx.uow(), up, today=TODAY)
    county.draw_sample(county_ctx.uow(), seed=3, today=TODAY)
    first, second = county.list_cases(county_ctx.uow())
    county.record_decision(county_ctx.uow(), first.id, True, "", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    county.record_decision(county_ctx.uow(), second.id, False, "家庭财产超过规定", dt.date(2026, 11, 20), "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), "360426100000", stick / "审批结果.xlsx", today=TODAY).path

    # back at the township: preview first, nothing written until 确认导入
    before = store_state(ctx)
    imp = ImportPackageDialog(ctx, path=down, today=TODAY)
    qtbot.addWidget(imp)
    qtbot.waitUntil(lambda: imp.preview is not None, timeout=20000)
    QAbstractItemModelTester(imp.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert imp.model.rowCount() == 2
    results = [imp.model.index(r, 2).data() for r in range(2)]
    texts = [imp.model.index(r, 3).data() for r in range(2)]
    assert results == ["接受", "接受"]
    assert any(t.startswith("批准") for t in texts) and any("家庭财产超过规定" in t for t in texts)
    assert imp.apply_button.isEnabled()
    assert store_state(ctx) == before
    qtbot.mouseClick(imp.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: imp.result_info is not None, timeout=20000)
    assert imp.result_info.receipt_path.exists()
    statuses = {c: procedure.get_case(ctx.uow(), c, TODAY).info.status for c in township["cases"]}
    assert sorted(statuses.values()) == ["open", "refused"]
    assert [r.kind for r in exchange.list_received(ctx.uow())] == ["decisions"]

    # the same file again (its receipt lost with a stick): said in red, nothing applied again,
    # 确认导入 writes the receipt again
    receipt = imp.result_info.receipt_path
    receipt.unlink()
    repeat = ImportPackageDialog(ctx, path=down, today=TODAY)
    qtbot.addWidget(repeat)
    qtbot.waitUntil(lambda: repeat.preview is not None, timeout=20000)
    assert "不会再次导入任何数据" in repeat.summary.text() and "接受" not in repeat.summary.text()
    assert repeat.model.rowCount() == 0
    qtbot.mouseClick(repeat.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: repeat.result_info is not None, timeout=20000)
    assert receipt.is_file() and "该数据包已导入，已重新生成回执" in quiet_boxes[-1]
    assert {c: procedure.get_case(ctx.uow(), c, TODAY).info.status for c in township["cases"]} == statuses
    assert [r.kind for r in exchange.list_received(ctx.uow())] == ["decisions"]


def test_menu_offers_export_and_import(qtbot, ctx):
    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu("exchange").actions()]
    assert "导出数据包(&E)…" in texts and "导入数据包(&D)…" in texts


def test_warnings_dialog_records_the_answer(qtbot, ctx, township, tmp_path, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel

    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out as out
    from dibao_desk.ui import text_prompt
    from dibao_desk.ui.dialogs.crosscheck_warnings import CrossCheckWarningsDialog
    from tests.helpers import make_id

    path = tmp_path / "预警.xlsx"
    pkg.write_package(path, kind="warnings", direction="down", township_code="360426100000",
                      township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(out.WARNINGS, [("YJ-1", make_id("19600310", 11), "张三", "车辆",
                                                             "名下小型轿车一辆", dt.date(2026, 11, 2),
                                                             dt.date(2026, 11, 20))])])
    exchange.import_package(ctx.uow(), path, today=TODAY)
    monkeypatch.setattr(text_prompt, "ask_text", lambda *a, **k: ("车辆已于 2025 年过户，见车管所证明", True))
    dialog = CrossCheckWarningsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "已逾期"
    dialog.table.selectionModel().select(
        dialog.model.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(dialog.answered_button, Qt.MouseButton.LeftButton)
    w = exchange.list_warnings(ctx.uow())[0]
    assert (w.status, w.answered_on, w.answer_note) == ("answered", TODAY, "车辆已于 2025 年过户，见车管所证明")
    assert dialog.model.rowCount() == 0  # only open ones shown


def test_esc_in_the_answer_asks_and_keeps_what_was_written(qtbot, ctx, township, tmp_path, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel

    from dibao_desk.exchange import package as pkg
    from dibao_desk.exchange import packages_out as out
    from dibao_desk.ui.dialogs.crosscheck_warnings import CrossCheckWarningsDialog
    from tests.helpers import make_id
    from tests.ui.test_unsaved_dialogs import write_in_prompt

    path = tmp_path / "预警.xlsx"
    pkg.write_package(path, kind="warnings", direction="down", township_code="360426100000",
                      township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                      sheets=[pkg.SheetData(out.WARNINGS, [("YJ-1", make_id("19600310", 11), "张三", "车辆",
                                                             "名下小型轿车一辆", dt.date(2026, 11, 2),
                                                             dt.date(2026, 11, 20))])])
    exchange.import_package(ctx.uow(), path, today=TODAY)
    dialog = CrossCheckWarningsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.table.selectionModel().select(
        dialog.model.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    seen = write_in_prompt(qtbot, monkeypatch, "车辆已于2025年过户，见车管所证明")
    qtbot.mouseClick(dialog.answered_button, Qt.MouseButton.LeftButton)
    assert seen["asked"] == ["填写的内容还没有保存，确定要放弃吗？"] and seen["open"]
    w = exchange.list_warnings(ctx.uow())[0]
    assert (w.status, w.answer_note) == ("answered", "车辆已于2025年过户，见车管所证明")


def test_other_folder_never_looks_chosen_when_it_is_not(qtbot, ctx, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from dibao_desk.ui.dialogs import export_package

    monkeypatch.setattr(export_package, "destinations", lambda last: [])  # no stick, no last folder
    dialog = ExportPackageDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.folder.currentData() == str(Path.home()) and dialog.target() is not None
    other = dialog.folder.findData(export_package.OTHER)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")  # the person cancels
    dialog.folder.setCurrentIndex(other)
    dialog.folder.activated.emit(other)
    assert dialog.folder.currentData() == str(Path.home())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog.folder.setCurrentIndex(other)
    dialog.folder.activated.emit(dialog.folder.findData(export_package.OTHER))
    assert dialog.folder.currentData() == str(tmp_path) and dialog.target().parent == tmp_path


def test_a_password_protected_package_is_refused_in_the_dialog(qtbot, ctx, township, tmp_path):
    import shutil

    path = tmp_path / "审批结果.xlsx"
    shutil.copy(Path(__file__).parent.parent / "exchange" / "data" / "encrypted-123.xlsx", path)
    before = store_state(ctx)
    imp = ImportPackageDialog(ctx, path=path, today=TODAY)
    qtbot.addWidget(imp)
    qtbot.waitUntil(lambda: imp.preview is not None, timeout=20000)
    assert "密码" in imp.summary.text() and "Workbook" not in imp.summary.text()
    assert not imp.apply_button.isEnabled()
    assert store_state(ctx) == before


def test_a_package_on_a_write_protected_stick_is_said_and_nothing_is_imported(qtbot, ctx, township, tmp_path,
                                                                             monkeypatch, quiet_boxes):
    import errno

    from dibao_desk.services import exchange_in
    from tests.exchange.test_package_refusals import decisions_package

    path = decisions_package(tmp_path / "审批结果.xlsx", township["cases"])
    before = store_state(ctx)
    imp = ImportPackageDialog(ctx, path=path, today=TODAY)
    qtbot.addWidget(imp)
    qtbot.waitUntil(lambda: imp.preview is not None, timeout=20000)

    def locked(receipt, *a, **k):
        raise OSError(errno.EROFS, "Read-only file system", str(receipt))

    monkeypatch.setattr(exchange_in, "write_receipt", locked)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: quiet_boxes.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # no other folder
    shown = len(quiet_boxes)
    qtbot.mouseClick(imp.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(quiet_boxes) > shown or "写保护" in imp.summary.text(), timeout=20000)
    text = "\n".join(quiet_boxes[shown:]) + imp.summary.text()
    assert "写保护" in text and "Read-only" not in text and "Errno" not in text
    assert store_state(ctx) == before


def test_on_a_write_protected_stick_the_receipt_goes_to_a_folder_chosen_and_the_package_is_imported(
        qtbot, ctx, township, tmp_path, monkeypatch, quiet_boxes):
    import errno

    from PySide6.QtWidgets import QFileDialog

    from dibao_desk.services import exchange_in
    from tests.exchange.test_package_refusals import decisions_package

    stick = tmp_path / "U盘"
    stick.mkdir()
    path = decisions_package(stick / "审批结果.xlsx", township["cases"])
    imp = ImportPackageDialog(ctx, path=path, today=TODAY)
    qtbot.addWidget(imp)
    qtbot.waitUntil(lambda: imp.preview is not None, timeout=20000)
    write = exchange_in.write_receipt

    def locked_stick(receipt, *a, **k):
        if receipt.parent == stick:
            raise OSError(errno.EROFS, "Read-only file system", str(receipt))
        return write(receipt, *a, **k)

    asked = []
    here = tmp_path / "回执"
    here.mkdir()
    monkeypatch.setattr(exchange_in, "write_receipt", locked_stick)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(here))
    qtbot.mouseClick(imp.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: imp.result_info is not None, timeout=20000)
    assert len(asked) == 1 and "写保护" in asked[0] and "Read-only" not in asked[0]
    assert imp.result_info.receipt_path == here / "审批结果-回执.xlsx" and imp.result_info.receipt_path.exists()
    assert list(stick.iterdir()) == [path]
    [received] = exchange.list_received(ctx.uow())
    assert (received.kind, received.sequence, received.accepted_rows) == ("decisions", 1, 2)


def test_written_again_from_the_dialog_the_roster_keeps_its_number_and_its_period(
        qtbot, ctx, township, tmp_path, quiet_boxes):
    """November's roster went up on 30 November; the stick is lost. On 1 December the dialog
    offers December: ticking 重新导出 shows November and sends November's package 1 again."""
    stick = tmp_path / "stick"
    stick.mkdir()
    first = exchange.export_package(ctx.uow(), "roster", "2026-11", stick / "r.xlsx", today=TODAY)
    dialog = ExportPackageDialog(ctx, today=dt.date(2026, 12, 1))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("roster"))
    assert dialog.period.text() == "2026-12"
    dialog.set_folder(stick)
    qtbot.mouseClick(dialog.again, Qt.MouseButton.LeftButton)
    assert dialog.period.text() == "2026-11" and not dialog.period.isEnabled()
    assert dialog.file_name.text() == "德安镇-花名册-2026-11.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=20000)
    done = dialog.result_info
    assert (done.sequence, done.period, done.sha256) == (1, "2026-11", first.sha256)
    assert [(s.kind, s.sequence, s.period) for s in exchange.list_sent(ctx.uow())] == [
        ("roster", 1, "2026-11"), ("roster", 1, "2026-11")]


def test_a_file_name_the_stick_refuses_is_said_in_the_export_dialog(qtbot, ctx, township, tmp_path, quiet_boxes):
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = ExportPackageDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("cases"))
    dialog.set_folder(stick)
    dialog.file_name.setText("德安镇-待审批")  # typed through the input method
    qtbot.keyClicks(dialog.file_name, ":11?")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and bool(quiet_boxes), timeout=20000)
    assert "不允许的字符（:、?）" in quiet_boxes[-1]
    assert list(stick.iterdir()) == []
    assert exchange.list_sent(ctx.uow()) == []


def test_county_enters_a_calendar_day_and_the_township_lets_it_win(qtbot, ctx, township, county_ctx, tmp_path):
    import dataclasses

    from dibao_desk.services import complaints, policy, workday_calendar
    from dibao_desk.ui.actions.exchange import open_county_calendar
    from dibao_desk.ui.main_window import MainWindow

    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    base = policy.policy_in_force(county_ctx.uow(), dt.date(2027, 1, 1)).figures
    policy.add_policy_set(county_ctx.uow(), dt.date(2027, 1, 1), dataclasses.replace(base), "2027 年标准", today=TODAY)
    # the county's window: 数据交换 → 工作日历, 8 February 2027 a holiday
    window = MainWindow(county_ctx)
    qtbot.addWidget(window)
    assert "county_calendar" in window.exchange_actions
    dialog = open_county_calendar(window)
    dialog.day_edit.setDate(dt.date(2027, 2, 8))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(False))
    dialog.note_edit.setText("春节放假")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    down = exchange.export_package(county_ctx.uow(), "policy", "", tmp_path / "p.xlsx",
                                   township_code="360426100000", today=TODAY).path

    # the township had typed that day as a working day: named, kept unless the box is ticked
    complaints.set_override(ctx.uow(), dt.date(2027, 2, 8), True, "")
    imp = ImportPackageDialog(ctx, path=down, today=TODAY)
    qtbot.addWidget(imp)
    qtbot.waitUntil(lambda: imp.preview is not None, timeout=20000)
    texts = [imp.model.index(r, 3).data() for r in range(imp.model.rowCount())]
    assert any("2027 年放假 1 天" in t for t in texts) and any("保留本办录入的工作日" in t for t in texts)
    assert not any("--calendar-county-wins" in t for t in texts)  # the terminal's option is not the window's
    assert "请勾选“以县里的工作日历为准”后再导入" in imp.summary.text()
    assert imp.county_calendar_box.isVisibleTo(imp)
    imp.county_calendar_box.click()
    qtbot.waitUntil(lambda: imp.preview is not None and any(
        c.action == "calendar_county" for c in imp.preview.changes), timeout=20000)
    qtbot.mouseClick(imp.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: imp.result_info is not None, timeout=20000)
    assert complaints.list_overrides(ctx.uow()) == []
    with ctx.uow() as uow:
        days, years = workday_calendar.calendar(uow.session)
    assert days[dt.date(2027, 2, 8)] is False and years == {2027}


@pytest.mark.parametrize("opened, proposed, next_day, moved", [
    (dt.date(2026, 12, 31), "2026Q4", dt.date(2027, 1, 1), "2027Q1"),
    (dt.date(2027, 1, 31), "2027Q1", dt.date(2027, 2, 1), "2027Q1"),
])
def test_a_quarterly_office_is_offered_its_quarter(qtbot, ctx, township, opened, proposed, next_day, moved):
    """An office paying by the quarter is offered the quarter its rosters are made for (the
    county refuses a month's payments package from it), also once the day has moved on."""
    from dibao_desk.services import payroll

    payroll.set_period_unit(ctx.uow(), "quarter")
    dialog = ExportPackageDialog(ctx, today=opened)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("payments"))
    assert dialog.period.text() == proposed
    assert dialog.file_name.text() == exchange.suggested_file_name(ctx.uow(), "payments", proposed, None)
    dialog.new_day(next_day)
    assert dialog.period.text() == moved


def test_a_monthly_office_is_still_offered_the_month(qtbot, ctx, township):
    dialog = ExportPackageDialog(ctx, today=dt.date(2026, 12, 31))
    qtbot.addWidget(dialog)
    assert dialog.period.text() == "2026-12"
