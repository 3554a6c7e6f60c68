"""County mode: a cross-check warning typed in and sent to the township by clicking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog

from dibao_desk.services import county, exchange
from dibao_desk.ui.dialogs.county_warning import CountyWarningDialog
from dibao_desk.ui.widgets.county_view import CountyView
from tests.conftest import make_id
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401


def test_type_a_warning_and_export_it(qtbot, ctx, township, county_ctx, tmp_path, monkeypatch, message_boxes):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)

    dialog = CountyWarningDialog(county_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    QAbstractItemModelTester(dialog.pending, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.township.currentData() == "360426100000"
    assert not dialog.export_button.isEnabled()

    # a number not on the roster is refused with a message, nothing stored
    qtbot.keyClicks(dialog.id_number, make_id("19700101", 31))
    dialog.detail.insert("名下小型汽车一辆")  # what the input method commits (QTest types ASCII only)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-1][0] == "warning" and "不在" in message_boxes[-1][2]
    assert county.list_warnings(county_ctx.uow()) == []

    dialog.id_number.clear()
    qtbot.keyClicks(dialog.id_number, make_id("19600311", 13))  # 李四
    dialog.kind.setCurrentIndex(dialog.kind.findText("车辆"))
    dialog.answer_by.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    stored = county.list_warnings(county_ctx.uow())
    assert [(w.name, w.kind, w.detail, w.answer_by, w.checked_on) for w in stored] == [
        ("李四", "vehicle", "名下小型汽车一辆", dt.date(2026, 12, 31), TODAY)]
    assert dialog.pending.rowCount() == 1 and dialog.id_number.text() == ""

    target = tmp_path / "U盘" / "预警.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.exported is not None and dialog.exported.path == target and target.exists()
    assert county.list_warnings(county_ctx.uow()) == [] and dialog.pending.rowCount() == 0

    # the stick is lost: 重新导出上一包… writes the same package again, number 1
    target.unlink()
    again = tmp_path / "U盘" / "预警-重新导出.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(again), ""))
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert dialog.exported.path == again and dialog.exported.sequence == 1

    exchange.import_package(ctx.uow(), again, today=TODAY)
    assert [(w.name, w.kind) for w in exchange.list_warnings(ctx.uow())] == [("李四", "vehicle")]


def test_the_county_view_opens_warnings_on_the_selected_household(qtbot, ctx, township, county_ctx, tmp_path,
                                                                 monkeypatch):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    monkeypatch.setattr(CountyWarningDialog, "exec", lambda self: 0)
    view.tabs.setCurrentIndex(1)  # 合并花名册
    view.roster_view.selectionModel().select(
        view.roster.index(2, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    dialog = view.open_warnings()
    assert dialog.township.currentData() == "360426100000"
    assert dialog.id_number.text() == view.roster.line(2).head_id_number


def test_the_suggested_answer_by_date_is_a_month_later_even_at_a_months_end(qtbot, ctx, township, county_ctx):
    """Opened on 31 January the dialog suggests 28 February (a month), not 2 March."""
    for today, suggested in ((dt.date(2027, 1, 31), QDate(2027, 2, 28)), (dt.date(2028, 1, 31), QDate(2028, 2, 29)),
                             (dt.date(2026, 11, 30), QDate(2026, 12, 30)), (dt.date(2026, 12, 31), QDate(2027, 1, 31))):
        dialog = CountyWarningDialog(county_ctx, today=today)
        qtbot.addWidget(dialog)
        assert dialog.answer_by.date() == suggested


def test_exporting_warnings_past_their_deadline_warns(qtbot, ctx, township, county_ctx, tmp_path, monkeypatch,
                                                      message_boxes):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    w = county.add_warning(county_ctx.uow(), "360426100000", make_id("19600311", 13), "vehicle", "名下小型汽车一辆",
                           dt.date(2026, 11, 25), today=TODAY)
    dialog = CountyWarningDialog(county_ctx, today=dt.date(2026, 11, 26))  # opened after the deadline
    qtbot.addWidget(dialog)
    target = tmp_path / "预警.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and county.list_warnings(county_ctx.uow()) == []
    kind, title, text = message_boxes[-1][:3]
    assert (kind, title) == ("warning", "导出完成，请注意")
    assert f"其中 1 条预警的答复截止日期已过（{w.warning_ref} 李四 2026-11-25）" in text


def test_correct_and_delete_a_pending_warning_by_clicking(qtbot, ctx, township, county_ctx, tmp_path, message_boxes):
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)
    wang, li = make_id("19600312", 15), make_id("19600311", 13)
    w = county.add_warning(county_ctx.uow(), "360426100000", wang, "deposit", "名下存款 2 万元",
                           dt.date(2026, 12, 23), today=TODAY)
    other = county.add_warning(county_ctx.uow(), "360426100000", wang, "vehicle", "误录",
                               dt.date(2026, 12, 23), today=TODAY)
    dialog = CountyWarningDialog(county_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()

    def choose(row: int) -> None:
        dialog.pending_view.selectionModel().select(
            dialog.pending.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    choose(0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert dialog.id_number.text() == wang and dialog.detail.text() == "名下存款 2 万元"
    assert dialog.add_button.text() == "保存修改" and not dialog.township.isEnabled()
    dialog.id_number.clear()
    qtbot.keyClicks(dialog.id_number, li)  # the right household
    dialog.detail.clear()
    dialog.detail.insert("名下存款 12 万元")
    dialog.answer_by.setDate(QDate(2026, 12, 31))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    stored = county.list_warnings(county_ctx.uow())
    assert [(x.warning_ref, x.name, x.id_number, x.kind, x.detail, x.answer_by) for x in stored] == [
        (w.warning_ref, "李四", li, "deposit", "名下存款 12 万元", dt.date(2026, 12, 31)),
        (other.warning_ref, "王五", wang, "vehicle", "误录", dt.date(2026, 12, 23))]
    assert dialog.add_button.text() == "登记预警" and dialog.township.isEnabled()
    assert dialog.pending.rowCount() == 2 and dialog.id_number.text() == ""

    choose(1)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-1][0] == "question" and other.warning_ref in message_boxes[-1][2]
    assert [x.warning_ref for x in county.list_warnings(county_ctx.uow())] == [w.warning_ref]
    assert dialog.pending.rowCount() == 1

    # sent behind the dialog's back (another clerk): the edit is refused with the reason, nothing changed
    county.export_warnings(county_ctx.uow(), "360426100000", tmp_path / "预警.xlsx", today=TODAY)
    choose(0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    dialog.detail.clear()
    dialog.detail.insert("改")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-1][0] == "warning" and "已下发乡镇，不能再修改或删除" in message_boxes[-1][2]
    assert [x.detail for x in county.list_warnings(county_ctx.uow(), status="sent")] == ["名下存款 12 万元"]
