"""撤销此事件: a family event entered by mistake taken back (services.events_undo). The operator
picks the event of the household and writes why; the member's 人员状态, the head and the
relations go back to what they were, and the case the event proposed is withdrawn with it.
What cannot be taken back (a case under way, a granted change, a reviewed event, a later
member event) is refused with the reason, and nothing is written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import events, events_undo
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import today_of
from dibao_desk.ui.texts import label, problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class HouseholdEventUndoDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, household_id: int, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.result_info: events_undo.UndoResult | None = None
        self.setWindowTitle(self.tr("撤销家庭变故"))
        self.setMinimumWidth(560)  # the event, its member and the reason's hint read whole (was 270 px)
        self.event_combo = QComboBox()
        for e in events.list_events(ctx.uow(), household_id=household_id,  # the latest first
                                     kinds=events_undo.UNDONE_KINDS):
            if e.source != events_undo.OFFICE:
                continue  # raised by a county's warning or a roster import: not the office's to undo
            text = f"{e.on.isoformat()}　{label('event_kind', e.kind)}　{e.detail}".rstrip("　")
            self.event_combo.addItem(text, e.id)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("为什么撤销：如登记错了成员、日期，或并无此事"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00")
        form = QFormLayout()
        form.addRow(self.tr("变故"), self.event_combo)
        form.addRow(self.tr("撤销原因"), self.reason_edit)
        note = QLabel(self.tr("撤销后，该成员的人员状态、户主和成员关系恢复到登记前，其提出的尚未开始办理的案件一并撤回。"
                              "案件已开始办理、已批准、变故已复核，或其后又登记了成员变故的，不能撤销。"
                              "撤销“新增家庭成员”即从该户删除新增的成员。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.undo_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.undo_button.setText(self.tr("撤销此事件"))
        self.undo_button.setEnabled(self.event_combo.count() > 0)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.undo)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.event_combo.count():
            layout.addWidget(QLabel(self.tr("该户没有登记的变故。")))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def undo(self) -> None:
        event_id = self.event_combo.currentData()
        if event_id is None:
            return
        try:
            self.result_info = events_undo.undo_event(self.ctx.uow(), event_id, self.reason_edit.text(),
                                                      today=self.today)
        except RuleError as exc:
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.accept()

    def result_text(self) -> str:
        r = self.result_info
        if r is None:
            return ""
        text = self.tr("已撤销{0}的{1}").format(r.on.isoformat(), label("event_kind", r.kind))
        if r.kind == events_undo.MEMBER_ADDED:
            text += self.tr("；误增的成员{0}已从该户删除").format(r.member)
        elif r.member:
            text += self.tr("；{0}的人员状态恢复为{1}，户主为{2}").format(
                r.member, label("person_status", r.person_status), r.head)
        if r.withdrawn_case_ids:
            text += self.tr("；其提出的案件 {0} 已撤回").format("、".join(str(i) for i in r.withdrawn_case_ids))
        return text
