"""就业渐退与复核统计: households in gradual exit (reminders, stops due) and the reviews
done per month by outcome (新增/保留/变更/取消) for the office's reports."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from dibao_desk.domain.reviews import ExitState
from dibao_desk.services import reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import today_of
from dibao_desk.ui.texts import label


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setDefaultSectionSize(90)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class ReviewStatusDialog(QDialog):
    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.setWindowTitle(self.tr("就业渐退与复核统计"))
        tabs = QTabWidget()

        exits_page = QWidget()
        self.exits = _table([self.tr("村（社区）"), self.tr("户主"), self.tr("就业成员"), self.tr("就业日期"),
                             self.tr("发放至"), self.tr("停发月份"), self.tr("状态")])
        self.stop_button = QPushButton(self.tr("渐退期满：提出取消建议"))
        self.stop_button.clicked.connect(self.apply_stops)
        self.exits_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.exits_label, 1)
        row.addWidget(self.stop_button)
        el = QVBoxLayout(exits_page)
        el.addWidget(self.exits)
        el.addLayout(row)
        tabs.addTab(exits_page, self.tr("就业渐退"))

        counts_page = QWidget()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.today.year)
        self.year_spin.valueChanged.connect(lambda _v: self.load_counts())
        self.counts = _table([self.tr("月份"), self.tr("新增"), self.tr("保留"), self.tr("变更"), self.tr("取消"),
                              self.tr("渐退期满停发"), self.tr("拒绝就业停发（减发）")])
        self.counts.setToolTip(self.tr("变更、取消按批准生效的月份计数（未获批准的不计）；"
                                       "渐退期满、拒绝就业由程序提出，另列。"))
        cl = QVBoxLayout(counts_page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        cl.addLayout(top)
        cl.addWidget(self.counts)
        tabs.addTab(counts_page, self.tr("复核统计"))

        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(close)
        self.resize(720, 460)
        self.load_exits()
        self.load_counts()

    def load_exits(self) -> None:
        rows = reviews.exits(self.ctx.uow(), self.today)
        self.exits.setRowCount(len(rows))
        for i, e in enumerate(rows):
            values = (e.village, e.head_name, e.member_name, e.gained_on.isoformat(),
                      f"{e.last_paid_month:%Y-%m}", f"{e.stop_month:%Y-%m}", label("exit_state", e.state))
            for j, v in enumerate(values):
                self.exits.setItem(i, j, QTableWidgetItem(v))
        due = sum(1 for e in rows if e.state == ExitState.STOPPED)
        remind = sum(1 for e in rows if e.state == ExitState.REMIND)
        self.exits_label.setText(self.tr("渐退中 {0} 户，即将停发 {1} 户，已到停发月份 {2} 户").format(
            len(rows), remind, due))
        self.stop_button.setEnabled(due > 0)

    def apply_stops(self) -> None:
        done = reviews.apply_exit_stops(self.ctx.uow(), self.today)
        text = self.tr("已为 {0} 户提出取消建议，经审批程序批准后自期满次月起停发。").format(len(done))
        self.load_exits()
        waiting = sum(1 for e in reviews.exits(self.ctx.uow(), self.today) if e.state == ExitState.STOPPED)
        if waiting:  # a household with another case going through its steps: proposed once that one ends
            text += "\n" + self.tr("另有 {0} 户正在办理其他案件（变更、取消等），办结后再点此按钮提出。").format(waiting)
        QMessageBox.information(self, self.tr("渐退期满"), text)

    def load_counts(self) -> None:
        year = self.year_spin.value()
        rows = reviews.outcome_counts(self.ctx.uow(), dt.date(year, 1, 1), dt.date(year, 12, 1))
        self.counts.setRowCount(len(rows) + 1)
        total = [0] * 6
        for i, c in enumerate(rows):
            values = (c.new, c.keep, c.change, c.cancel, c.exit_end, c.work_refused)
            total = [a + b for a, b in zip(total, values)]
            self.counts.setItem(i, 0, QTableWidgetItem(f"{c.month:%Y-%m}"))
            for j, v in enumerate(values, start=1):
                self.counts.setItem(i, j, QTableWidgetItem(str(v)))
        self.counts.setItem(len(rows), 0, QTableWidgetItem(self.tr("合计")))
        for j, v in enumerate(total, start=1):
            self.counts.setItem(len(rows), j, QTableWidgetItem(str(v)))
