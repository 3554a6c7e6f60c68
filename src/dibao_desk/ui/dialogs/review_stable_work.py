"""登记稳定就业（渐退）: a member gained stable work; the benefit continues for the months
the review rules say, then stops."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from dibao_desk.domain import reviews as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import households, reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import today_of
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class StableWorkDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, household_id: int, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.today = today or today_of(parent)
        self.result_info: reviews.ExitInfo | None = None
        detail = households.get(ctx.uow(), household_id, self.today)
        self.setWindowTitle(self.tr("登记稳定就业（渐退）"))
        self.member_combo = QComboBox()
        for m in detail.draft.members:
            self.member_combo.addItem(m.name, m.name)
        self.date_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.detail_edit = QLineEdit()
        self.detail_edit.setPlaceholderText(self.tr("工作单位、岗位、月收入"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00")
        self.error_label.setWordWrap(True)  # a refusal names the earlier record: a long sentence
        form = QFormLayout()
        form.addRow(self.tr("就业成员"), self.member_combo)
        form.addRow(self.tr("就业日期"), self.date_edit)
        form.addRow(self.tr("就业情况"), self.detail_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("户主：{0}　{1}").format(detail.draft.members[0].name, detail.village)))
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.date_edit.dateChanged.connect(lambda _d: self._update_preview())
        self._update_preview()

    def gained_on(self) -> dt.date:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _update_preview(self) -> None:
        rs = reviews.rules_in_force(self.ctx.uow(), self.gained_on()).rules
        s = rules.gradual_exit(self.gained_on(), rs)
        self.preview.setText(self.tr("按现行规定渐退 {0} 个月（含取得稳定收入当月）：保障金发放至 {1} 年 {2} 月，{3} 年 {4} 月起停发；"
                                     "停发前 {5} 个月起提醒。").format(
            rs.gradual_exit_months, s.last_paid_month.year, s.last_paid_month.month,
            s.stop_month.year, s.stop_month.month, rs.exit_reminder_months))

    def save(self) -> None:
        try:
            self.result_info = reviews.record_stable_work(
                self.ctx.uow(), self.household_id, self.gained_on(), self.member_combo.currentData() or "",
                self.detail_edit.text(), today=self.today)
        except RuleError as exc:
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.accept()
