"""登记家庭变故: a death, a move away, a relocation, a bankruptcy or imprisonment. The review
is due at once; a death or a move away also records a 取消 to follow."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import events, households
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.texts import choices, label, problem_text


class HouseholdEventDialog(QDialog):
    def __init__(self, ctx: AppContext, household_id: int, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.today = today or dt.date.today()
        self.result_info: events.EventResult | None = None
        detail = households.get(ctx.uow(), household_id)
        self.setWindowTitle(self.tr("登记家庭变故"))
        self.kind_combo = QComboBox()
        for code, word in choices("event_kind"):
            self.kind_combo.addItem(word, code)
        self.date_edit = date_edit(self.today, self)
        self.detail_edit = QLineEdit()
        self.detail_edit.setPlaceholderText(self.tr("哪位成员、什么情况、证明材料"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00")
        form = QFormLayout()
        form.addRow(self.tr("变故"), self.kind_combo)
        form.addRow(self.tr("发生日期"), self.date_edit)
        form.addRow(self.tr("说明"), self.detail_edit)
        note = QLabel(self.tr("登记后该户复核立即到期；成员死亡或迁出的，同时登记取消保障，待复核后办理。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("户主：{0}　{1}").format(detail.draft.members[0].name, detail.village)))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.result_info = events.add_event(self.ctx.uow(), self.household_id, self.kind_combo.currentData(),
                                                from_qdate(self.date_edit.date()), self.detail_edit.text(),
                                                today=self.today)
        except RuleError as exc:
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.accept()

    def result_text(self) -> str:
        r = self.result_info
        if r is None:
            return ""
        text = self.tr("已登记{0}，复核已到期").format(label("event_kind", r.event.kind))
        if r.followup is not None:
            text += self.tr("；已登记{0}").format(label("followup_kind", r.followup.kind))
        return text
