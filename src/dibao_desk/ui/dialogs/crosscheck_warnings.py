"""Cross-check warnings from the county (核对预警): who must answer by when, and the answer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.registers import WarningStatus
from dibao_desk.services import burden
from dibao_desk.ui import text_prompt
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.tablemodels.base import RowsTableModel, left, right
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.widgets.column_fit import small_table


class CrossCheckWarningsDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.setWindowTitle(self.tr("核对预警"))
        self.model = RowsTableModel([
            left("answer_by", self.tr("答复截止"), lambda w: w.answer_by.isoformat() if w.answer_by else ""),
            left("overdue", "", lambda w: self.tr("已逾期") if w.status == WarningStatus.OPEN and w.answer_by and w.answer_by < self.today else ""),
            right("days_left", self.tr("剩余天数"), lambda w: "" if w.days_left is None or w.status != WarningStatus.OPEN
                else (self.tr("逾期 {0} 天").format(-w.days_left) if w.days_left < 0 else str(w.days_left))),
            left("name", self.tr("姓名"), lambda w: w.name),
            left("id_number", self.tr("身份证号"), lambda w: w.id_number),
            left("kind", self.tr("类别"), lambda w: label("warning_kind", w.kind)),
            left("status", self.tr("状态"), lambda w: label("warning_status", w.status)),
            left("detail", self.tr("详情"), lambda w: w.detail),
        ], self)
        self.table = small_table(self.model)
        self.open_only = QCheckBox(self.tr("只看待答复的"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.refresh)
        self.note = QLabel(self.tr("家庭须在截止日期前提供反证；逾期未答复的视为退出，可按规定办理。"))
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        self.answered_button = QPushButton(self.tr("已提供反证…"))
        self.answered_button.clicked.connect(lambda: self.answer(WarningStatus.ANSWERED))
        self.confirmed_button = QPushButton(self.tr("核实属实…"))
        self.confirmed_button.clicked.connect(lambda: self.answer(WarningStatus.CONFIRMED))
        self.withdrawn_button = QPushButton(self.tr("逾期视为退出…"))
        self.withdrawn_button.clicked.connect(lambda: self.answer(WarningStatus.WITHDRAWN))
        self.settle_button = QPushButton(self.tr("逾期未答复的全部视为退出"))
        from dibao_desk.domain.accounts import Role
        from dibao_desk.ui.roles import allow

        for button in (self.answered_button, self.confirmed_button, self.withdrawn_button, self.settle_button):
            allow(ctx, button, Role.CLERK)
        self.settle_button.clicked.connect(self.settle)
        for b in (self.answered_button, self.confirmed_button, self.withdrawn_button, self.settle_button,
                  self.open_only):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox()
        close.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(960, 480)
        # left open past midnight: days left and 已逾期 count from the new day, an answer is dated it
        self.day_defaults = DayDefaults(self, self._new_day)
        self.refresh()

    def _new_day(self, day: dt.date) -> None:
        self.today = day
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(burden.by_days_left(self.ctx.uow(), self.today, open_only=self.open_only.isChecked()))
        self.table.resizeColumnsToContents()

    def answer(self, status: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("请先选择"), self.tr("请先在列表中选择一条预警。"))
            return
        warning = self.model.rows[rows[0].row()]
        note, ok = text_prompt.ask_text(self, self.tr("登记答复"), self.tr("说明（反证材料、核实情况等）："))
        if not ok:
            return
        try:
            burden.answer(self.ctx.uow(), warning.id, status, self.today, note, today=self.today)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("未登记"), "\n".join(problem_text(p) for p in exc.problems))
            return
        self.refresh()

    def settle(self) -> None:
        done = burden.settle_overdue(self.ctx.uow(), self.today)
        QMessageBox.information(self, self.tr("逾期预警"), self.tr(
            "{0} 条预警逾期未答复，已登记为视为退出；相关家庭复核已到期，并已登记取消保障。").format(len(done)))
        self.refresh()
