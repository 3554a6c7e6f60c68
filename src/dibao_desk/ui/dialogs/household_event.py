"""登记家庭变故: a death, a move away, a relocation, a bankruptcy or imprisonment. The review
is due at once. A death, a move away or imprisonment names the member it concerns: the member
no longer counts in the household, and the members who remain are re-assessed from the next
month (a 变更), or, when none remains, a 取消 follows (services.events)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from dibao_desk.domain import members as member_rules
from dibao_desk.domain.household import is_present
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import events, households
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.texts import choices, label, problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class HouseholdEventDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, household_id: int, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.today = today or today_of(parent)
        self.result_info: events.EventResult | None = None
        detail = households.get(ctx.uow(), household_id, self.today)
        self.setWindowTitle(self.tr("登记家庭变故"))
        self.kind_combo = QComboBox()
        for code, word in choices("event_kind"):
            self.kind_combo.addItem(word, code)
        # the members living in the household: (id, name, relation)
        self.living = [(mid, m.name, m.relation) for mid, m in zip(detail.member_ids, detail.draft.members)
                       if is_present(m.person_status)]
        self.member_combo = QComboBox()
        self.member_combo.addItem(self.tr("全户"), None)
        for mid, name, relation in self.living:
            self.member_combo.addItem(f"{name}（{label('relation', relation)}）", mid)
        if len(self.living) == 1:
            self.member_combo.setCurrentIndex(1)
        self.status_combo = QComboBox()
        self.new_head_combo = QComboBox()
        self.date_edit = date_edit(self.today, self)
        # left open past midnight: the date, untouched, moves to the new day; one typed stays
        self.day_defaults = DayDefaults(self, self._new_day)
        self.day_defaults.add(self.date_edit)
        self.detail_edit = QLineEdit()
        self.detail_edit.setPlaceholderText(self.tr("哪位成员、什么情况、证明材料"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00")
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("变故"), self.kind_combo)
        form.addRow(self.tr("哪位成员"), self.member_combo)
        form.addRow(self.tr("人员状态"), self.status_combo)
        form.addRow(self.tr("新户主"), self.new_head_combo)
        form.addRow(self.tr("发生日期"), self.date_edit)
        form.addRow(self.tr("说明"), self.detail_edit)
        note = QLabel(self.tr("登记后该户复核立即到期。成员死亡、迁出或服刑的，该成员不再计入家庭人口：其余成员从次月起"
                              "重新核定保障金（变更），没有其余成员的取消保障；均须办完审批，批准前保障金不变。"))
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
        self.kind_combo.currentIndexChanged.connect(self._follow)
        self.member_combo.currentIndexChanged.connect(self._follow)
        self._follow()


    def _new_day(self, day: dt.date) -> None:
        self.today = day
    def _follow(self) -> None:
        """Offer the member, its 人员状态 and a new head only where the event and member call for them."""
        kind = self.kind_combo.currentData()
        statuses = member_rules.statuses_for(kind)
        self.form.setRowVisible(self.member_combo, bool(statuses))
        member = self.member_combo.currentData() if statuses else None
        keep = self.status_combo.currentData()
        self.status_combo.clear()
        for status in statuses:
            self.status_combo.addItem(label("person_status", status), str(status))
        if keep is not None and self.status_combo.findData(keep) >= 0:
            self.status_combo.setCurrentIndex(self.status_combo.findData(keep))
        self.form.setRowVisible(self.status_combo, member is not None and len(statuses) > 1)
        leaving = next((r for r in self.living if r[0] == member), None)
        rest = [r for r in self.living if r[0] != member]
        self.new_head_combo.clear()
        for mid, name, relation in rest:
            self.new_head_combo.addItem(f"{name}（{label('relation', relation)}）", mid)
        spouse = next((i for i, r in enumerate(rest) if r[2] == "spouse"), 0)
        self.new_head_combo.setCurrentIndex(spouse if rest else -1)
        self.head_leaves = leaving is not None and leaving[2] == "head" and bool(rest)
        self.form.setRowVisible(self.new_head_combo, self.head_leaves)

    def save(self) -> None:
        kind = self.kind_combo.currentData()
        named = bool(member_rules.statuses_for(kind))
        member = self.member_combo.currentData() if named else None
        status = self.status_combo.currentData() if member is not None else None
        new_head = self.new_head_combo.currentData() if self.head_leaves else None
        try:
            self.result_info = events.add_event(self.ctx.uow(), self.household_id, kind,
                                                from_qdate(self.date_edit.date()), self.detail_edit.text(),
                                                today=self.today, member_id=member, new_head_id=new_head,
                                                person_status=status)
        except RuleError as exc:
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.accept()

    def result_text(self) -> str:
        r = self.result_info
        if r is None:
            return ""
        text = self.tr("已登记{0}，复核已到期").format(label("event_kind", r.event.kind))
        if r.member:
            text += self.tr("；{0}不再计入家庭人口").format(r.member)
        if r.new_head:
            text += self.tr("，户主改为{0}（请改为新户主的发放账号）").format(r.new_head)
        if r.to_check:
            text += self.tr("；{0}与新户主的关系无法确定，已记为“其他”，请核对").format("、".join(r.to_check))
        if r.change is not None:
            text += self.tr("；已提出变更（家庭成员减少），{0}年{1}月起按其余 {2} 人重新核定").format(
                r.change.effective_month.year, r.change.effective_month.month, r.remaining)
        if r.followup is not None:
            text += self.tr("；已登记{0}").format(label("followup_kind", r.followup.kind))
        return text
