"""County mode in the window: sample, approve and refuse by clicking, export the decisions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QInputDialog, QMessageBox

from dibao_desk.services import county, exchange
from dibao_desk.ui import text_prompt
from dibao_desk.ui.dialogs.export_package import ExportPackageDialog
from dibao_desk.ui.widgets.county_view import CountyView
from tests.exchange.exchange_fixtures import TODAY, county as county_ctx, township  # noqa: F401

ASK_TEXT = text_prompt.ask_text  # the prompt on screen, for the test that types into it

pytestmark = pytest.mark.pg  # the county's store also runs on PostgreSQL (tests/pg.py)


@pytest.fixture(autouse=True)
def quiet(monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (30, True))
    monkeypatch.setattr(text_prompt, "ask_text", lambda *a, **k: ("存款超过规定标准", True))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def test_county_view_sample_decide_export(qtbot, ctx, township, county_ctx, tmp_path):
    up = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), up.path, today=TODAY)
    roster = exchange.export_package(ctx.uow(), "roster", "2026-11", tmp_path / "r.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), roster.path, today=TODAY)

    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    QAbstractItemModelTester(view.totals, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(view.cases, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert view.totals.rowCount() == 1 and view.totals.index(0, 4).data() == "6"  # the township
    # the county's totals sit above the township table, not as its last row
    layout = view.county_line.parentWidget().layout()
    assert layout.indexOf(view.county_line) == layout.indexOf(view.totals_view) - 1
    assert view.county_line.text() == ("全县合计：1 个乡镇（街道），3 户，保障 6 人，月保障金 930.00 元；"
                                       "待审批 2 件，已审批 0 件")
    assert view.cases.rowCount() == 2

    qtbot.mouseClick(view.sample_button, Qt.MouseButton.LeftButton)
    assert all(c.drawn for c in county.list_cases(county_ctx.uow()))
    assert sum(c.sampled for c in county.list_cases(county_ctx.uow())) == 1

    sel = view.cases_view.selectionModel()
    sel.select(view.cases.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    view.refresh()
    view.cases_view.selectionModel().select(
        view.cases.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(view.refuse_button, Qt.MouseButton.LeftButton)
    decided = county.list_cases(county_ctx.uow(), status=None)
    assert sorted((c.status, c.approved, c.reason) for c in decided) == [
        ("decided", False, "存款超过规定标准"), ("decided", True, "")]

    dialog = ExportPackageDialog(county_ctx, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "decisions"
    assert dialog.township.currentData() == "360426100000"
    dialog.set_folder(tmp_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=20000)
    assert dialog.result_info.rows == {"审批结果": 2}
    assert {c.status for c in county.list_cases(county_ctx.uow(), status=None)} == {"sent"}


def test_the_county_approves_a_special_case_by_collective_decision(qtbot, ctx, township, county_ctx, tmp_path):
    from PySide6.QtCore import QTimer

    up = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), up.path, today=TODAY)
    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.sample_button, Qt.MouseButton.LeftButton)
    view.cases_view.selectionModel().select(
        view.cases.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def fill():
        d = view.special_dialog
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)  # nothing typed: refused in the dialog
        assert d.isVisible() and "至少两人" in d.errors.text()
        d.kind.setCurrentIndex(d.kind.findData("spending_over_income"))
        d.participants.setText("陈局长、陈科长")
        d.minutes.setPlainText("子女上学、老人住院，支出大于收入")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(view.special_button, Qt.MouseButton.LeftButton)
    decided = [c for c in county.list_cases(county_ctx.uow(), status=None) if c.status == "decided"]
    assert len(decided) == 1 and decided[0].approved and decided[0].special_case == "spending_over_income"
    view.show_all.setChecked(True)
    column = [c.key for c in view.cases.columns].index("special")
    assert "★支出大于收入" in [view.cases.index(r, column).data() for r in range(view.cases.rowCount())]
    from dibao_desk.models import CountyDecision
    import json

    with county_ctx.uow() as u:
        stored = json.loads(u.session.query(CountyDecision).one().special_json)
    assert stored == {"kind": "spending_over_income", "decided_on": TODAY.isoformat(),
                      "participants": "陈局长、陈科长", "minutes": "子女上学、老人住院，支出大于收入"}


def test_a_county_clerk_draws_the_sample_and_a_reviewer_approves(qtbot, ctx, township, county_ctx, tmp_path):
    """Signed in as a 经办人, the approval buttons are greyed out, naming the 审核人; the sample is
    drawn by clicking. Signed in as a 审核人 only, the sample button is greyed out instead."""
    from dibao_desk.domain.accounts import Role
    from dibao_desk.services import accounts

    up = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), up.path, today=TODAY)
    accounts.create_account(county_ctx.uow(), "陈科长", "Dibao-2026!", {Role.ADMIN, Role.CLERK, Role.REVIEWER})
    county_ctx.sign_in(accounts.sign_in(county_ctx.uow(), "陈科长", "Dibao-2026!"))
    accounts.create_account(county_ctx.uow(), "小张", "Dibao-2026!", {Role.CLERK})
    accounts.create_account(county_ctx.uow(), "老周", "Dibao-2026!", {Role.REVIEWER})

    county_ctx.sign_in(accounts.sign_in(county_ctx.uow(), "小张", "Dibao-2026!"))
    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert not view.approve_button.isEnabled() and not view.refuse_button.isEnabled()
    assert "审核人" in view.approve_button.toolTip()
    qtbot.mouseClick(view.sample_button, Qt.MouseButton.LeftButton)
    assert all(c.drawn for c in county.list_cases(county_ctx.uow()))

    county_ctx.sign_in(accounts.sign_in(county_ctx.uow(), "老周", "Dibao-2026!"))
    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert not view.sample_button.isEnabled() and not view.warning_button.isEnabled()
    view.cases_view.selectionModel().select(
        view.cases.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    assert [c.approved for c in county.list_cases(county_ctx.uow(), status=None)].count(True) == 1


def test_the_county_reads_a_townships_receipt_and_decides_a_rejected_case_again(
        qtbot, ctx, township, county_ctx, tmp_path, monkeypatch):
    # the township rejected one decision (the head's ID number differs): 按回执退回重审… with its receipt
    from sqlalchemy import update

    from PySide6.QtWidgets import QFileDialog

    from dibao_desk.models import CountyCase
    from tests.conftest import make_id

    up = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), up.path, today=TODAY)
    county.draw_sample(county_ctx.uow(), seed=1, today=TODAY)
    wrong, right = county.list_cases(county_ctx.uow())
    with county_ctx.uow() as uow:
        uow.session.execute(update(CountyCase).where(CountyCase.id == wrong.id)
                            .values(head_id_number=make_id("19700101", 901)))
        uow.commit()
    for c in (wrong, right):
        county.record_decision(county_ctx.uow(), c.id, True, "", TODAY, "陈科长", today=TODAY)
    down = county.export_decisions(county_ctx.uow(), "360426100000", tmp_path / "d.xlsx", today=TODAY)
    back = exchange.import_package(ctx.uow(), down.path, today=TODAY)

    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.cases.rowCount() == 0
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(back.receipt_path), ""))
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert f"已退回待审批：{wrong.case_ref} 号案件" in told[0], told
    view.refresh()
    assert view.cases.rowCount() == 1
    assert {c.case_ref: c.status for c in county.list_cases(county_ctx.uow(), status=None)} == {
        wrong.case_ref: "awaiting", right.case_ref: "sent"}


def test_refusing_several_cases_without_a_reason_says_so_once(qtbot, ctx, township, county_ctx, tmp_path,
                                                              monkeypatch):
    up = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), up.path, today=TODAY)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    monkeypatch.setattr(text_prompt, "ask_text", lambda *a, **k: ("  ", True))  # 确定 with no reason typed
    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.cases_view.selectAll()
    qtbot.mouseClick(view.sample_button, Qt.MouseButton.LeftButton)
    view.cases_view.selectAll()
    qtbot.mouseClick(view.refuse_button, Qt.MouseButton.LeftButton)
    assert shown == [("未审批", "不批准时必须填写理由")]
    assert {c.status for c in county.list_cases(county_ctx.uow(), status=None)} == {"awaiting"}

    # a reason the cases share is said once, naming the cases it stopped
    shown.clear()
    monkeypatch.setattr(text_prompt, "ask_text", lambda *a, **k: ("存款超过规定标准", True))
    monkeypatch.setattr(county, "record_decision", lambda *a, **k: (_ for _ in ()).throw(
        county.RuleError(county.Problem("county.not_drawn", "id"))))
    view.cases_view.selectAll()
    qtbot.mouseClick(view.refuse_button, Qt.MouseButton.LeftButton)
    refs = "、".join(r.case_ref for r in view.cases.rows)
    assert [t for t, _ in shown] == ["部分案件未审批"] and shown[0][1].count("\n") == 0
    assert shown[0][1].endswith(f"（案件 {refs}）") and len(view.cases.rows) == 2


def test_the_county_window_opens_on_its_own_view(qtbot, county_ctx):
    from dibao_desk.ui.main_window import MainWindow

    window = MainWindow(county_ctx)
    qtbot.addWidget(window)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "县级审批与汇总"  # not 家庭名册
    assert window.opening_view() == "county"
    window.show_view(window.opening_view())  # as the program does on start
    assert window.tabs.tabText(window.tabs.currentIndex()) == "县级审批与汇总"
    assert window.view("county").tabs.tabText(window.view("county").tabs.currentIndex()) == "待审批案件"


def test_backup_and_restore_of_a_server_store_point_to_the_servers_tools_at_once(qtbot, county_ctx, monkeypatch):
    """On PostgreSQL the 文件 menu's backup items say where the county's backups are made
    (pg_dump / pg_restore) before any folder or file is asked for."""
    from PySide6.QtWidgets import QFileDialog

    from dibao_desk.ui.main_window import MainWindow

    if not county_ctx.store.on_server:
        pytest.skip("a server store: PostgreSQL only")
    said, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(a) or "")
    window = MainWindow(county_ctx)
    qtbot.addWidget(window)
    window.show()
    assert not window.backup_warning.isVisible()  # no reminder to back up a server's database
    words = ("数据在 PostgreSQL 数据库服务器上：请用数据库自己的备份（pg_dump）和恢复（pg_restore），"
             "本程序的备份和恢复只用于数据文件")
    window.backup_actions["restore"].trigger()
    window.backup_actions["folder"].trigger()
    assert asked == [] and said == [words, words]
    window.backup_actions["now"].trigger()
    qtbot.waitUntil(lambda: window.backup_op.finished)
    assert said[-1] == words and not list(county_ctx.data_dir.glob("backups/*"))


def test_esc_in_the_refusal_reason_asks_and_keeps_it(qtbot, ctx, township, county_ctx, tmp_path, monkeypatch):
    from tests.ui.test_unsaved_dialogs import write_in_prompt

    up = exchange.export_package(ctx.uow(), "cases", "2026-11", tmp_path / "c.xlsx", today=TODAY)
    exchange.import_package(county_ctx.uow(), up.path, today=TODAY)
    monkeypatch.setattr(text_prompt, "ask_text", ASK_TEXT)  # the prompt itself, not the fixture's answer
    view = CountyView(county_ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.cases_view.selectAll()
    qtbot.mouseClick(view.sample_button, Qt.MouseButton.LeftButton)
    view.cases_view.selectAll()
    seen = write_in_prompt(qtbot, monkeypatch, "家庭存款超过规定标准，经银行查询核实")
    qtbot.mouseClick(view.refuse_button, Qt.MouseButton.LeftButton)
    assert seen["asked"] == ["填写的内容还没有保存，确定要放弃吗？"] and seen["open"] and seen["lines"]
    assert {(c.status, c.reason) for c in county.list_cases(county_ctx.uow(), status=None)} == {
        ("decided", "家庭存款超过规定标准，经银行查询核实")}
