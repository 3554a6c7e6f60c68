"""County mode: totals by township, the cases awaiting approval across townships, and the
combined roster (every receiving household of every township, filtered by township).

A person draws the spot-check sample, approves or refuses the selected cases, and exports
the decisions of a township; every action is one service call.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QMessageBox, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.county import CountyCaseStatus
from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.domain.procedure import CaseKind
from dibao_desk.services import county
from dibao_desk.ui import text_prompt
from dibao_desk.ui.roles import allow
from dibao_desk.ui.tablemodels.base import RowsTableModel, left, right
from dibao_desk.ui.tablemodels.county_roster import CountyRosterModel
from dibao_desk.ui.texts import label, problem_text, yuan
from dibao_desk.ui.widgets.column_fit import fit_column, small_table


class CountyView(QWidget):
    def __init__(self, ctx, parent=None, today: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today
        self.totals = RowsTableModel([
            left("code", self.tr("区划代码"), lambda r: r.code),
            left("name", self.tr("乡镇（街道）"), lambda r: r.name),
            left("period", self.tr("花名册期间"), lambda r: r.period),
            right("households", self.tr("户数"), lambda r: r.households),
            right("covered", self.tr("保障人口"), lambda r: r.covered),
            right("monthly", self.tr("月保障金（元）"), lambda r: yuan(r.monthly_fen)),
            right("awaiting", self.tr("待审批"), lambda r: r.awaiting),
            right("decided", self.tr("已审批"), lambda r: r.decided),
        ], self)
        self.cases = RowsTableModel([
            left("township", self.tr("乡镇"), lambda r: r.township_name),
            left("case", self.tr("案件编号"), lambda r: r.case_ref),
            left("kind", self.tr("类别"), lambda r: {CaseKind.NEW: self.tr("新增"), CaseKind.CHANGE: self.tr("变更"), CaseKind.CANCEL: self.tr("取消")}.get(r.kind, r.kind)),
            left("village", self.tr("村（社区）"), lambda r: r.village),
            left("head", self.tr("户主"), lambda r: r.head_name),
            right("covered", self.tr("保障人口"), lambda r: r.covered),
            right("per_capita", self.tr("月人均收入（元）"), lambda r: yuan(r.per_capita_fen)),
            right("proposed", self.tr("拟定月保障金（元）"), lambda r: yuan(r.proposed_fen)),
            left("sampled", self.tr("入户抽查"), lambda r: (self.tr("抽中") if r.sampled else self.tr("未抽中")) if r.drawn else self.tr("未抽样")),
            left("status", self.tr("状态"), lambda r: label("county_case_status", r.status)),
            left("decision", self.tr("审批结果"), lambda r: "" if r.approved is None else (self.tr("批准") if r.approved else self.tr("不批准") + "：" + r.reason)),
            left("special", self.tr("特殊情况"), lambda r: "★" + label("special_case", r.special_case) if r.special_case else ""),
            left("evidence", self.tr("证据摘要"), lambda r: r.evidence),
        ], self)
        self.totals_view = small_table(self.totals)
        self.cases_view = small_table(self.cases)
        self.cases_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.show_all = QCheckBox(self.tr("显示已审批的案件"))
        self.show_all.toggled.connect(self.refresh)
        self.sample_button = QPushButton(self.tr("抽取入户抽查样本…"))
        self.sample_button.clicked.connect(self.draw_sample)
        self.approve_button = QPushButton(self.tr("批准所选"))
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button = QPushButton(self.tr("不批准所选…"))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.special_button = QPushButton(self.tr("按特殊情况批准…"))
        self.special_button.setToolTip(self.tr("重病或支出大于收入的特殊情况，经集体讨论批准"))
        self.special_button.clicked.connect(self.decide_special)
        self.reopen_button = QPushButton(self.tr("按回执退回重审…"))
        self.reopen_button.setToolTip(self.tr("乡镇导入审批结果时拒收的案件（见乡镇的回执），退回待审批，重新审批"))
        self.reopen_button.clicked.connect(self.reopen_rejected)
        # the services refuse the others: allow() greys the button out and names the role
        allow(self.ctx, self.sample_button, Role.CLERK)
        for b in (self.approve_button, self.refuse_button, self.special_button, self.reopen_button):
            allow(self.ctx, b, Role.REVIEWER)
        self.status = QLabel()

        buttons = QHBoxLayout()
        for w in (self.sample_button, self.approve_button, self.special_button, self.refuse_button,
                  self.reopen_button, self.show_all):
            buttons.addWidget(w)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("各乡镇上报的待审批案件")))
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.cases_view, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel(self.tr("各乡镇花名册合计（最近一次上报）")))
        # the county's totals above the townships: seen at once, whatever the table's scroll
        self.county_line = QLabel()
        self.county_line.setStyleSheet("font-weight: bold;")
        self.county_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        upper_layout.addWidget(self.county_line)
        upper_layout.addWidget(self.totals_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(lower, self.tr("待审批案件"))
        self.tabs.addTab(self._roster_tab(), self.tr("合并花名册"))
        from dibao_desk.ui.widgets.county_money_tabs import CountyPaymentsTab, CountyRecoveryTab

        self.payments_tab = CountyPaymentsTab(self.ctx, self)
        self.recovery_tab = CountyRecoveryTab(self.ctx, self)
        self.tabs.addTab(self.payments_tab, self.tr("发放汇总"))
        self.tabs.addTab(self.recovery_tab, self.tr("追回登记"))
        self.tabs.currentChanged.connect(lambda _: self._roster_load_if_shown())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.tabs)
        splitter.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.refresh()

    def _roster_tab(self) -> QWidget:
        self.roster = CountyRosterModel(self.ctx, self)
        self._roster_stale = True
        self.roster_view = QTableView()
        self.roster_view.setObjectName("county_roster_table")  # its column widths are remembered
        self.roster_view.setModel(self.roster)
        self.roster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster_view.setAlternatingRowColors(True)
        # tens of thousands of rows: fixed row height and column widths, never sized to contents
        vh = self.roster_view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(24)
        hh = self.roster_view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(self.roster.columns):
            fit_column(self.roster_view, i, col.width)
        self.roster_township = QComboBox()
        self.roster_township.setMinimumContentsLength(12)
        self.roster_township.currentIndexChanged.connect(self._roster_filter)
        self.roster_count = QLabel()
        self.warning_button = QPushButton(self.tr("核对预警…"))
        self.warning_button.setToolTip(self.tr("为花名册上的家庭录入核对预警，并导出下发乡镇"))
        self.warning_button.clicked.connect(lambda: self.open_warnings())
        allow(self.ctx, self.warning_button, Role.CLERK)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("乡镇（街道）：")))
        bar.addWidget(self.roster_township)
        bar.addWidget(self.roster_count)
        bar.addStretch(1)
        bar.addWidget(self.warning_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.roster_view, 1)
        return tab

    def open_warnings(self, today: dt.date | None = None):
        """The warnings dialog, on the township the roster shows and the selected household."""
        from dibao_desk.ui.dialogs.county_warning import CountyWarningDialog

        dialog = CountyWarningDialog(self.ctx, self, today=today or self.today())
        self.warning_dialog = dialog  # reachable for tests
        rows = self.roster_view.selectionModel().selectedRows() if self.tabs.currentIndex() == 1 else []
        line = self.roster.line(rows[0].row()) if rows else None
        code = line.township_code if line else self.roster_township.currentData()
        if code:
            dialog.township.setCurrentIndex(max(0, dialog.township.findData(code)))
        if line:
            dialog.id_number.setText(line.head_id_number)
        dialog.exec()
        return dialog

    def _roster_townships(self, rows: list[county.TownshipTotals]) -> None:
        """Fill the township filter, keeping the township chosen before."""
        current = self.roster_township.currentData()
        self.roster_township.blockSignals(True)
        self.roster_township.clear()
        self.roster_township.addItem(self.tr("全部乡镇"), None)
        for r in rows:
            self.roster_township.addItem(f"{r.name}（{r.code}）", r.code)
        i = self.roster_township.findData(current) if current else 0
        self.roster_township.setCurrentIndex(max(i, 0))
        self.roster_township.blockSignals(False)

    def _roster_filter(self) -> None:
        try:
            self.roster.set_township(self.roster_township.currentData())
        except RuleError:
            return
        self._roster_stale = False
        self._roster_counted()

    def _roster_load_if_shown(self) -> None:
        """The combined roster (tens of thousands of rows) is read when its tab is shown, not on
        every change made on the cases tab."""
        if self._roster_stale and self.tabs.currentIndex() == 1:
            self._roster_filter()

    def _roster_counted(self) -> None:
        self.roster_count.setText(self.tr("{0} 户，保障 {1} 人，月保障金 {2} 元").format(
            len(self.roster.ids), self.roster.covered, yuan(self.roster.monthly_fen)))

    def refresh(self) -> None:
        try:
            rows = county.townships(self.ctx.uow())
            awaiting_only = None if self.show_all.isChecked() else CountyCaseStatus.AWAITING
            cases = county.list_cases(self.ctx.uow(), status=awaiting_only)
        except RuleError:
            return
        self.totals.set_rows(rows)
        t = county.county_totals(rows)
        self.county_line.setText(self.tr(
            "全县合计：{0} 个乡镇（街道），{1} 户，保障 {2} 人，月保障金 {3} 元；待审批 {4} 件，已审批 {5} 件").format(
            len(rows), t.households, t.covered, yuan(t.monthly_fen), t.awaiting, t.decided))
        self.cases.set_rows(cases)
        self._roster_townships(rows)
        self.payments_tab.refresh()
        self.recovery_tab.refresh()
        self._roster_stale = True
        self._roster_load_if_shown()
        # small tables (townships of one county, cases of one round): fit the columns
        self.totals_view.resizeColumnsToContents()
        self.cases_view.resizeColumnsToContents()
        self.cases_view.setColumnWidth(self.cases.columnCount() - 1, 400)
        awaiting = sum(1 for c in cases if c.status == CountyCaseStatus.AWAITING)
        undrawn = sum(1 for c in cases if c.status == CountyCaseStatus.AWAITING and not c.drawn)
        self.status.setText(self.tr("待审批 {0} 件，其中尚未抽样 {1} 件。").format(awaiting, undrawn))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.cases_view.selectionModel().selectedRows()})
        return [self.cases.rows[r].id for r in rows]

    def draw_sample(self) -> None:
        floor = county.sample_share_permille(self.ctx.uow(), self.today()) // 10
        share, ok = QInputDialog.getInt(self, self.tr("入户抽查"), self.tr(
            "从尚未抽样的待审批案件中抽取的比例（%，不低于政策规定的 {0}%）：").format(floor), floor, floor, 100)
        if not ok:
            return
        try:
            draw = county.draw_sample(self.ctx.uow(), share_permille=share * 10, today=self.today())
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("不能抽样"), "\n".join(problem_text(p) for p in exc.problems))
            return
        QMessageBox.information(self, self.tr("抽样完成"), self.tr(
            "{0} 件中抽取 {1} 件入户抽查（比例 {2}%，随机种子 {3}，已记录，可复核）。").format(
            draw.population, len(draw.sampled_case_ids), draw.share_permille / 10, draw.seed))
        self._changed()

    def decide_special(self) -> None:
        """Approve the selected cases as special cases by one collective decision."""
        from dibao_desk.ui.dialogs.special_case_dialog import SpecialCaseDialog

        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("请先选择"), self.tr("请先在列表中选择案件。"))
            return
        self.special_dialog = SpecialCaseDialog(self.today(), self, len(ids))
        if not self.special_dialog.exec():
            return
        self.decide(True, self.special_dialog.decision)

    def decide(self, approved: bool, special=None) -> None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("请先选择"), self.tr("请先在列表中选择案件。"))
            return
        reason = ""
        if not approved:
            reason, ok = text_prompt.ask_text(self, self.tr("不批准"), self.tr("不批准的理由："))
            if not ok:
                return
            if not reason.strip():  # the same for every case selected: said once, nothing decided
                QMessageBox.warning(self, self.tr("未审批"),
                                    problem_text(Problem("county.reason_required", "reason")))
                return
        refs = {r.id: r.case_ref for r in self.cases.rows}
        said: dict[str, list[str]] = {}  # each reason once, with the cases it stopped
        for cid in ids:
            try:
                county.record_decision(self.ctx.uow(), cid, approved, reason, self.today(), self.ctx.operator,
                                       special=special, today=self.today())
            except RuleError as exc:
                for text in dict.fromkeys(problem_text(p) for p in exc.problems):
                    said.setdefault(text, []).append(refs.get(cid, str(cid)))
        if said:
            QMessageBox.warning(self, self.tr("部分案件未审批"), "\n".join(
                self.tr("{0}（案件 {1}）").format(text, "、".join(cases)) for text, cases in said.items()))
        self._changed()

    def reopen_rejected(self) -> None:
        """Read a township's receipt of a decisions package: its rejected cases await again."""
        from dibao_desk.services import county_reopen

        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择乡镇的回执"), "",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        try:
            rows = county_reopen.reopen_rejected(self.ctx.uow(), path)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("不能退回重审"), "\n".join(problem_text(p) for p in exc.problems))
            return
        lines = [self.tr("已退回待审批：{0} 号案件（{1}），乡镇拒收原因：{2}").format(r.case_ref, r.head_name, r.reason)
                 if r.done else self.tr("未改动：{0} 号案件（{1}）：{2}").format(
                     r.case_ref, r.head_name, problem_text(Problem(r.note, "")))
                 for r in rows]
        QMessageBox.information(self, self.tr("退回重审"), "\n".join(lines) if lines else self.tr(
            "回执中没有被乡镇拒收的审批结果。"))
        self._changed()

    def _changed(self) -> None:
        window = self.window()
        if hasattr(window, "notify_changed"):
            window.notify_changed()
        else:
            self.refresh()
