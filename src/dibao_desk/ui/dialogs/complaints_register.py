"""举报登记: complaints by deadline, receiving one, and answering the one selected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain import registers as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import complaints, reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.register_common import RegisterDialog, enter_clicks
from dibao_desk.ui.dialogs.register_correction import CorrectionDialog
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate, to_qdate
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.dialogs.workday_calendar import WorkdayCalendarDialog
from dibao_desk.ui.tablemodels.base import RowsTableModel, left, right
from dibao_desk.ui.texts import choices, deleted_household, label
from dibao_desk.ui.widgets.column_fit import small_table


class ComplaintsDialog(RegisterDialog):
    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None,
                 household_id: int | None = None) -> None:
        super().__init__(ctx, today, parent)
        self.saved: complaints.ComplaintInfo | None = None
        self.setWindowTitle(self.tr("举报登记（有报必查、有查必答）"))
        self.model = RowsTableModel([
            right("id", self.tr("编号"), lambda c: c.id),
            left("received_on", self.tr("收到日期"), lambda c: c.received_on.isoformat()),
            left("channel", self.tr("方式"), lambda c: label("complaint_channel", c.channel)),
            left("complainant", self.tr("举报人"), lambda c: c.complainant or self.tr("匿名")),
            left("household", self.tr("被举报家庭"), _household),
            left("description", self.tr("举报内容"), lambda c: c.description),
            left("due_on", self.tr("答复期限"), lambda c: c.due_on.isoformat() + ("*" if c.due_approximate else "")),
            left("state", self.tr("状态"), self._state),
        ], self)
        self.table = small_table(self.model)
        self.open_only = QCheckBox(self.tr("只看待答复的"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.refresh)

        # receive
        self.household_spin = QSpinBox()
        self.household_spin.setRange(0, 10_000_000)
        self.household_spin.setSpecialValueText(self.tr("（请填户编号）"))
        if household_id:
            self.household_spin.setValue(household_id)
        self.channel_combo = QComboBox()
        for code, word in choices("complaint_channel"):
            self.channel_combo.addItem(word, code)
        self.complainant_edit = QLineEdit()
        self.complainant_edit.setPlaceholderText(self.tr("不填为匿名"))
        self.contact_edit = QLineEdit()
        self.description_edit = QLineEdit()
        self.received_edit = date_edit(self.today, self)
        self.day_defaults.add(self.received_edit)
        form = QFormLayout()
        form.addRow(self.tr("被举报户编号"), self.household_spin)
        form.addRow(self.tr("举报方式"), self.channel_combo)
        form.addRow(self.tr("举报人"), self.complainant_edit)
        form.addRow(self.tr("联系方式"), self.contact_edit)
        form.addRow(self.tr("举报内容"), self.description_edit)
        form.addRow(self.tr("收到日期"), self.received_edit)
        self.add_button = QPushButton(self.tr("登记举报"))
        self.add_button.clicked.connect(self.add)
        receive = QGroupBox(self.tr("受理举报"))
        receive_layout = QVBoxLayout(receive)
        receive_layout.addLayout(form)
        receive_layout.addWidget(self.add_button)

        # answer
        self.finding_combo = QComboBox()
        for code, word in choices("complaint_finding"):
            self.finding_combo.addItem(word, code)
        self.investigation_edit = QLineEdit()
        self.investigator_edit = QLineEdit()
        self.answer_edit = QLineEdit()
        self.answered_edit = date_edit(self.today, self)
        self.day_defaults.add(self.answered_edit)
        answer_form = QFormLayout()
        answer_form.addRow(self.tr("调查核实情况"), self.investigation_edit)
        answer_form.addRow(self.tr("调查人"), self.investigator_edit)
        answer_form.addRow(self.tr("结论"), self.finding_combo)
        answer_form.addRow(self.tr("答复内容"), self.answer_edit)
        answer_form.addRow(self.tr("答复日期"), self.answered_edit)
        self.answer_button = QPushButton(self.tr("答复所选举报"))
        self.answer_button.clicked.connect(self.answer)
        answer = QGroupBox(self.tr("调查与答复"))
        answer_layout = QVBoxLayout(answer)
        answer_layout.addLayout(answer_form)
        answer_layout.addWidget(self.answer_button)

        self.correct_button = QPushButton(self.tr("更正所选…"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.remove_button = QPushButton(self.tr("删除所选…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clerk_only(self.add_button, self.answer_button, self.correct_button, self.remove_button, fields=(
            self.household_spin, self.channel_combo, self.complainant_edit, self.contact_edit, self.description_edit,
            self.received_edit, self.investigation_edit, self.investigator_edit, self.finding_combo, self.answer_edit,
            self.answered_edit))
        self.calendar_button = QPushButton(self.tr("工作日历…"))
        self.calendar_button.setToolTip(self.tr("补录或更正放假、调休的日期（用于计算答复期限）"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar: WorkdayCalendarDialog | None = None
        self.guess_note = QLabel(self.tr("* 期限所跨年份的节假日安排尚未录入，按周一至周五推算；"
                                         "国家公布后请点“工作日历…”补录。"))
        self.guess_note.setWordWrap(True)

        edits = QHBoxLayout()
        edits.addWidget(self.open_only)
        edits.addStretch(1)
        edits.addWidget(self.calendar_button)
        edits.addWidget(self.correct_button)
        edits.addWidget(self.remove_button)
        forms = QHBoxLayout()
        forms.addWidget(receive)
        forms.addWidget(answer)
        layout = QVBoxLayout(self)
        layout.addLayout(edits)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.guess_note)
        layout.addLayout(forms)
        layout.addWidget(self.message)
        layout.addWidget(self.close_box())
        enter_clicks(self, {self.add_button: (self.complainant_edit, self.contact_edit, self.description_edit),
                            self.answer_button: (self.investigation_edit, self.investigator_edit, self.answer_edit)})
        self.resize(1000, 640)
        self.refresh()

    def _state(self, c: complaints.ComplaintInfo) -> str:
        if c.status == rules.ComplaintStatus.ANSWERED:
            if c.days_late():
                return self.tr("已答复（逾期 {0} 天）：{1}").format(c.days_late(), label("complaint_finding", c.finding))
            return self.tr("已答复：{0}").format(label("complaint_finding", c.finding))
        days = c.days_left(self.today)
        return self.tr("已超期 {0} 天").format(-days) if days < 0 else self.tr("剩 {0} 天").format(days)

    def refresh(self) -> None:
        # guessed deadlines counted again if this program's calendar now knows their year
        moved = complaints.recount_guessed_deadlines(self.ctx.uow())
        if moved:
            self.show_done("\n".join(problem_text(m.notice) for m in moved))
        rows = complaints.list_complaints(
            self.ctx.uow(), status=rules.ComplaintStatus.OPEN if self.open_only.isChecked() else None)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.guess_note.setVisible(any(c.due_approximate for c in rows))

    def open_calendar(self) -> WorkdayCalendarDialog:
        """The office's working calendar; open deadlines are read again once it is closed."""
        self.calendar = WorkdayCalendarDialog(self.ctx, self.today, self)
        self.calendar.finished.connect(lambda _result: self.refresh())
        self.calendar.open()
        return self.calendar

    def add(self) -> None:
        try:
            c = complaints.add_complaint(
                self.ctx.uow(), received_on=from_qdate(self.received_edit.date()),
                channel=self.channel_combo.currentData(), household_id=self.household_spin.value() or None,
                description=self.description_edit.text(), complainant=self.complainant_edit.text(),
                contact=self.contact_edit.text(), today=self.today)
        except RuleError as exc:
            self.show_problems(exc)
            return
        self.saved = c
        text = self.tr("已登记举报 {0}，应于 {1} 前答复。").format(c.id, c.due_on.isoformat())
        if c.due_approximate:
            text += self.tr("（所跨年份的节假日安排尚未录入，期限按周一至周五推算）")
        self.show_done(text)
        for edit in (self.complainant_edit, self.contact_edit, self.description_edit):
            edit.clear()
        self.refresh()

    def selected(self) -> complaints.ComplaintInfo | None:
        return self.selected_in(self.table, self.model, self.tr("请先在列表中选择一件举报。"))

    def correct_selected(self) -> CorrectionDialog | None:
        """What was recorded on receipt, pre-filled, corrected with the reason."""
        chosen = self.selected()
        if chosen is None:
            return None
        # 0 (shown as words) is no household chosen: never another household's number by default.
        household = QSpinBox()
        household.setRange(0, 10_000_000)
        household.setSpecialValueText(deleted_household(chosen.household_name) if chosen.household_deleted
                                      else self.tr("（请填户编号）"))
        household.setValue(chosen.household_id or 0)
        channel = QComboBox()
        for code, word in choices("complaint_channel"):
            channel.addItem(word, code)
        channel.setCurrentIndex(channel.findData(chosen.channel))
        complainant, contact, description = (QLineEdit(chosen.complainant), QLineEdit(chosen.contact),
                                             QLineEdit(chosen.description))
        received = date_edit(chosen.received_on, self)
        received.setDate(to_qdate(chosen.received_on))

        def save(reason: str):
            return complaints.edit_complaint(
                self.ctx.uow(), chosen.id, received_on=from_qdate(received.date()), channel=channel.currentData(),
                household_id=household.value() or None, description=description.text(), complainant=complainant.text(),
                contact=contact.text(), reason=reason, today=self.today)

        d = CorrectionDialog(self.tr("更正举报 {0}").format(chosen.id),
                             self.tr("更正受理时登记的内容；收到日期改变时答复期限重新计算。"), save, self)
        for text, w in ((self.tr("被举报户编号"), household), (self.tr("举报方式"), channel), (self.tr("举报人"), complainant),
                        (self.tr("联系方式"), contact), (self.tr("举报内容"), description), (self.tr("收到日期"), received)):
            d.add_row(text, w)
        return self.run_correction(d, self.tr("已更正举报 {0}。").format(chosen.id))

    def remove_selected(self) -> CorrectionDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        d = CorrectionDialog(self.tr("删除举报 {0}").format(chosen.id), self.tr("删除误登记（如重复登记）的举报：{0} {1}，{2}。").format(
            chosen.received_on.isoformat(), _household(chosen).strip(), chosen.description),
            lambda reason: complaints.remove_complaint(self.ctx.uow(), chosen.id, reason), self, self.tr("删除"))
        return self.run_correction(d, self.tr("已删除举报 {0}。").format(chosen.id))

    def answer(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            c = complaints.answer_complaint(
                self.ctx.uow(), chosen.id, finding=self.finding_combo.currentData(),
                investigation=self.investigation_edit.text(), investigator=self.investigator_edit.text(),
                answer=self.answer_edit.text(), answered_on=from_qdate(self.answered_edit.date()), today=self.today)
        except RuleError as exc:
            self.show_problems(exc)
            return
        self.saved = c
        text = self.tr("举报 {0} 已答复：{1}。").format(c.id, label("complaint_finding", c.finding))
        if c.finding in rules.SUBSTANTIATED_FINDINGS and not c.household_deleted and c.household_id is not None:
            if reviews.schedule_of(self.ctx.uow(), c.household_id) is not None:
                text += self.tr("该户复核已设为立即到期。")
            else:  # not on benefit (applying, refused, cancelled): no review to bring forward
                text += self.tr("该户现不在保障中，没有复核可安排；查实的情况请在该户办理中的案件里核查，"
                                "已领取的保障金属不当领取的，请登记追回。")
        self.show_done(text)
        for edit in (self.investigation_edit, self.answer_edit):
            edit.clear()
        self.refresh()


def _household(c: complaints.ComplaintInfo) -> str:
    return deleted_household(c.household_name) if c.household_deleted else f"{c.village} {c.household_name}"
