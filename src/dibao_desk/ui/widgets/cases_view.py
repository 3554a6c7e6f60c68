"""申请审批: the cases grouped by step with counts, the list, and the selected case's page."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from dibao_desk.domain import procedure as rules
from dibao_desk.domain.procedure import CaseStatus
from dibao_desk.services import procedure
from dibao_desk.services.context import AppContext
from dibao_desk.ui.tablemodels.cases import CasesTableModel
from dibao_desk.ui.texts import label
from dibao_desk.ui.widgets.case_page import CasePage
from dibao_desk.ui.widgets.column_fit import fit_column

ALL_OPEN = CaseStatus.OPEN
CLOSED = (CaseStatus.DONE, CaseStatus.REFUSED, CaseStatus.WITHDRAWN)  # a list each, under the steps


class CasesView(QWidget):
    action_requested = Signal(int, int)  # case id, step
    refuse_requested = Signal(int, int)
    withdraw_requested = Signal(int)
    return_review_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], dt.date] = dt.date.today
        self.dialog: QDialog | None = None  # the step form currently open, if any

        self.steps = QListWidget()
        self.steps.setMaximumWidth(200)
        self.steps.currentItemChanged.connect(self._filter_changed)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类别"), None)
        for code in rules.KINDS:
            self.kind.addItem(label("case_kind", code), code)
        self.kind.currentIndexChanged.connect(self._filter_changed)

        self.model = CasesTableModel(ctx, self)
        self.table = QTableView()
        self.table.setObjectName("cases_table")  # its column widths are remembered
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        for i, c in enumerate(self.model.columns):
            fit_column(self.table, i, c.width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.page = CasePage()
        self.table.doubleClicked.connect(lambda _i: self.page._next())

        self.page.ctx = ctx
        self.page.action_requested.connect(self.action_requested)
        self.page.refuse_requested.connect(self.refuse_requested)
        self.page.withdraw_requested.connect(self.withdraw_requested)
        self.page.return_review_requested.connect(self.return_review_requested)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("按步骤")))
        left_layout.addWidget(self.steps, 1)
        left_layout.addWidget(self.kind)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        # 今日待办's 去办理 lists only the cases of its item; one click gives the whole list back
        self.waiting_label = QLabel()
        self.show_all_button = QPushButton(self.tr("显示全部"))
        self.show_all_button.clicked.connect(self.show_all)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addWidget(self.waiting_label)
        counts.addWidget(self.show_all_button)
        counts.addStretch(1)
        self.waiting_label.hide()
        self.show_all_button.hide()
        middle_layout.addLayout(counts)
        middle_layout.addWidget(self.table, 1)
        # the list above, the selected case's page below it
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(middle)
        right.addWidget(self.page)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.splitter = splitter
        self.right = right
        self._sized = False
        self._loading = False
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self.splitter.setSizes([170, max(600, self.splitter.width() - 170)])
            height = self.right.height()
            self.right.setSizes([max(200, height * 2 // 5), max(360, height - height * 2 // 5)])

    # ---------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.clock()

    def _fill_steps(self) -> None:
        counts = procedure.counts_by_step(self.ctx.uow())
        current = self.steps.currentItem().data(Qt.ItemDataRole.UserRole) if self.steps.currentItem() else ALL_OPEN
        self._loading = True
        self.steps.clear()
        entries: list[tuple[str | int, str, int | None]] = [(ALL_OPEN, self.tr("全部办理中"), sum(counts.values()))]
        entries += [(step, f"{step} {label('step', step)}", counts.get(step, 0)) for step in rules.STEPS]
        entries += [(CaseStatus.DONE, self.tr("已办结"), None), (CaseStatus.REFUSED, self.tr("未通过"), None),
                    (CaseStatus.WITHDRAWN, self.tr("已撤回"), None)]
        for key, text, n in entries:
            item = QListWidgetItem(f"{text}（{n}）" if n is not None else text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if n == 0:
                item.setForeground(Qt.GlobalColor.gray)
            self.steps.addItem(item)
            if key == current:
                self.steps.setCurrentItem(item)
        if self.steps.currentItem() is None:
            self.steps.setCurrentRow(0)
        self._loading = False

    def select_step(self, key) -> None:
        for i in range(self.steps.count()):
            if self.steps.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.steps.setCurrentRow(i)
                return

    def show_waiting(self, key: str, words: str) -> None:
        """Only the open cases a start page item counts (``services.today.CASE_ITEMS``), under
        its words, until the operator picks a step or 显示全部."""
        self._loading = True
        self.steps.setCurrentRow(0)  # 全部办理中
        self.kind.setCurrentIndex(0)
        self._loading = False
        self.model.waiting = key
        self.waiting_label.setText(self.tr("只列出：{words}").format(words=words))
        self.waiting_label.show()
        self.show_all_button.show()
        self._reload_table()

    def show_all(self) -> None:
        self.model.waiting = None
        self.waiting_label.hide()
        self.show_all_button.hide()
        self._reload_table()

    def _filter_changed(self, *_args) -> None:
        if not self._loading:
            if self.model.waiting is not None:
                self.show_all()  # the operator chose a step or a kind: the whole list under it
            else:
                self._reload_table()

    def _reload_table(self) -> None:
        selected = self.selected_case_id()
        key = self.steps.currentItem().data(Qt.ItemDataRole.UserRole) if self.steps.currentItem() else ALL_OPEN
        step = key if isinstance(key, int) else None
        status = key if key in CLOSED else CaseStatus.OPEN
        self.model.step, self.model.kind, self.model.status = step, self.kind.currentData(), status
        self.model.reload(self.today())
        self.count_label.setText(self.tr("共 {n} 件").format(n=self.model.rowCount()))
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_case(selected)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.page.show_case(None)

    def refresh(self) -> None:
        self._fill_steps()
        self._reload_table()

    def selected_case_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row < 0:
            self.select_step(ALL_OPEN)
            row = self.model.row_of(case_id)
            if row < 0:
                for key in CLOSED:
                    self.select_step(key)
                    row = self.model.row_of(case_id)
                    if row >= 0:
                        break
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show(case_id)

    def _row_changed(self, current, _previous) -> None:
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        self._show(case_id)

    def _show(self, case_id: int | None) -> None:
        self.page.show_case(procedure.get_case(self.ctx.uow(), case_id, self.today()) if case_id else None)
