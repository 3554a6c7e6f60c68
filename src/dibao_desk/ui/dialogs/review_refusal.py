"""登记拒绝就业: a work-capable member refused offered work (date and the offer). When the
refusals reach the rule's threshold the benefit stops or is reduced as the rules say."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.reviews import refusal_counts
from dibao_desk.services import households, reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import today_of
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class RefusalDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, household_id: int, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.today = today or today_of(parent)
        self.result_info: reviews.RefusalResult | None = None
        detail = households.get(ctx.uow(), household_id, self.today)
        self.setWindowTitle(self.tr("登记拒绝就业"))
        self.member_combo = QComboBox()
        for m in detail.draft.members:
            if refusal_counts(m.work_capacity):
                self.member_combo.addItem(m.name, m.name)
        self.date_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.offer_edit = QLineEdit()
        self.offer_edit.setPlaceholderText(self.tr("介绍的工作：单位、岗位、工资"))
        earlier = reviews.refusals_of(ctx.uow(), household_id)
        rs = reviews.rules_in_force(ctx.uow(), self.today).rules
        history = "；".join(f"{r.on.isoformat()} {r.offer}" for r in earlier) or self.tr("无")
        text = self.tr("已登记的拒绝就业：{0}\n按现行规定，有完全劳动能力的成员拒绝 {1} 次：{2}").format(
            history, rs.refusal_threshold, label("refusal_consequence", rs.refusal_consequence))
        if not self.member_combo.count():
            text += "\n" + self.tr("该户没有登记为有完全劳动能力的成员，拒绝就业不计次数。")
        info = QLabel(text)
        info.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00")
        form = QFormLayout()
        form.addRow(self.tr("成员"), self.member_combo)
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow(self.tr("介绍的工作"), self.offer_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setEnabled(self.member_combo.count() > 0)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        d = self.date_edit.date()
        try:
            self.result_info = reviews.record_refusal(
                self.ctx.uow(), self.household_id, dt.date(d.year(), d.month(), d.day()), self.offer_edit.text(),
                self.member_combo.currentData() or "", today=self.today)
        except RuleError as exc:
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.accept()

    def result_text(self) -> str:
        r = self.result_info
        if r is None:
            return ""
        if r.decision is None:
            return self.tr("已登记第 {0} 次拒绝就业（达到 {1} 次将按规定处理）。").format(r.count, r.threshold)
        return self.tr("已登记第 {0} 次拒绝就业：已提出{1}建议，经审批后自 {2} 年 {3} 月起执行。").format(
            r.count, label("refusal_consequence", r.decision.consequence), r.decision.from_month.year,
            r.decision.from_month.month)
