"""诚信档案与黑名单: who is barred until when, and recording a false declaration."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain import registers as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import blacklist
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.register_common import RegisterDialog, enter_clicks
from dibao_desk.ui.dialogs.register_correction import CorrectionDialog
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.tablemodels.base import RowsTableModel, left, right
from dibao_desk.ui.texts import label
from dibao_desk.ui.unsaved import not_typed
from dibao_desk.ui.widgets.column_fit import small_table


class BlacklistDialog(RegisterDialog):
    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, today, parent)
        self.saved: blacklist.DeclarationInfo | None = None
        self.setWindowTitle(self.tr("诚信档案与黑名单"))
        self.model = RowsTableModel([
            left("id_number", self.tr("身份证号"), lambda p: p.id_number),
            left("name", self.tr("姓名"), lambda p: p.name),
            right("count", self.tr("申报不实次数"), lambda p: p.declarations),
            left("last", self.tr("最近查实"), lambda p: p.last_found_on.isoformat()),
            left("ends", self.tr("可再申请日期"), lambda p: p.bar_ends.isoformat()),
            left("state", self.tr("状态"), lambda p: self.tr("黑名单中") if p.barred_on(self.today) else self.tr("已期满")),
        ], self)
        self.table = small_table(self.model)
        self.show_ended = QCheckBox(self.tr("含已期满的"))
        self.show_ended.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._person_selected())

        # one person's 诚信档案: every declaration, to correct or remove one
        self.records = RowsTableModel([
            left("found_on", self.tr("查实日期"), lambda d: d.found_on.isoformat()),
            left("what", self.tr("不实内容"), lambda d: d.what),
            left("outcome", self.tr("处理"), lambda d: label("declaration_outcome", d.outcome)),
            left("ends", self.tr("可再申请日期"), lambda d: d.bar_ends.isoformat() if d.bar_ends else ""),
            left("by", self.tr("登记人"), lambda d: d.recorded_by),
        ], self)
        self.records_table = small_table(self.records)
        self.lookup_edit = QLineEdit()
        self.lookup_edit.setPlaceholderText(self.tr("身份证号：查看此人的诚信档案"))
        self.lookup_edit.setMinimumWidth(220)
        not_typed(self.lookup_edit)  # a number looked up is no registration to lose
        self.lookup_button = QPushButton(self.tr("查看"))
        self.lookup_button.clicked.connect(lambda: self.show_person(self.lookup_edit.text()))
        self.correct_button = QPushButton(self.tr("更正所选…"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.remove_button = QPushButton(self.tr("删除所选…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.person_label = QLabel()
        self.person_id = ""

        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("18 位身份证号"))
        self.name_edit = QLineEdit()
        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("如：隐瞒存款 5 万元、隐瞒车辆"))
        self.date_edit = date_edit(self.today, self)
        self.day_defaults.add(self.date_edit)
        self.household_spin = QSpinBox()
        self.household_spin.setRange(0, 10_000_000)
        self.household_spin.setSpecialValueText(self.tr("（不填）"))
        form = QFormLayout()
        form.addRow(self.tr("身份证号"), self.id_edit)
        form.addRow(self.tr("姓名"), self.name_edit)
        form.addRow(self.tr("不实内容"), self.what_edit)
        form.addRow(self.tr("查实日期"), self.date_edit)
        form.addRow(self.tr("所在户编号"), self.household_spin)
        self.record_button = QPushButton(self.tr("登记申报不实"))
        self.record_button.clicked.connect(self.record)
        self.clerk_only(self.record_button, self.correct_button, self.remove_button,
                        fields=(self.id_edit, self.name_edit, self.what_edit, self.date_edit, self.household_spin))
        box = QGroupBox(self.tr("登记申报不实（第一次警示，第二次起列入黑名单）"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.message, 1)
        box_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.show_ended)
        layout.addWidget(self.table, 1)
        person = QGroupBox(self.tr("个人诚信档案"))
        person_layout = QVBoxLayout(person)
        top = QHBoxLayout()
        top.addWidget(self.lookup_edit)
        top.addWidget(self.lookup_button)
        top.addWidget(self.person_label, 1)
        top.addWidget(self.correct_button)
        top.addWidget(self.remove_button)
        person_layout.addLayout(top)
        person_layout.addWidget(self.records_table)
        layout.addWidget(person, 1)
        layout.addWidget(box)
        layout.addWidget(self.close_box())
        enter_clicks(self, {self.lookup_button: (self.lookup_edit,),
                            self.record_button: (self.id_edit, self.name_edit, self.what_edit)})
        self.resize(900, 680)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(blacklist.listed(self.ctx.uow(), self.today, include_ended=self.show_ended.isChecked()))
        self.table.resizeColumnsToContents()

    def _person_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_person(self.model.rows[rows[0].row()].id_number)

    def show_person(self, id_number: str) -> None:
        try:
            record = blacklist.person(self.ctx.uow(), id_number, self.today)
        except RuleError as exc:  # a mistyped number: said, not taken for a clean record
            self.person_id = ""
            self.records.set_rows([])
            self.person_label.setText("")
            self.show_problems(exc)
            return
        self.person_id = record.id_number
        self.records.set_rows(list(record.declarations))
        self.records_table.resizeColumnsToContents()
        if not record.declarations:
            self.person_label.setText(self.tr("{0} 没有申报不实记录").format(record.id_number))
        elif record.barred_until:
            self.person_label.setText(self.tr("{0}（{1}）：黑名单中，{2} 起可再申请").format(
                record.name, record.id_number, record.barred_until.isoformat()))
        else:
            self.person_label.setText(self.tr("{0}（{1}）：未在黑名单中").format(record.name, record.id_number))

    def selected_record(self) -> blacklist.DeclarationInfo | None:
        return self.selected_in(self.records_table, self.records, self.tr("请先在个人诚信档案中选择一条记录。"))

    def correct_selected(self) -> CorrectionDialog | None:
        chosen = self.selected_record()
        if chosen is None:
            return None
        what = QLineEdit(chosen.what)
        day = date_edit(chosen.found_on, self)

        def save(reason: str):
            return blacklist.correct_declaration(self.ctx.uow(), chosen.id, found_on=from_qdate(day.date()),
                                                 what=what.text(), reason=reason, today=self.today)

        d = CorrectionDialog(self.tr("更正申报不实记录"), self.tr("{0}（{1}）的记录；警示和黑名单期限按更正后的日期重新计算。").format(
            chosen.name, chosen.id_number), save, self)
        d.add_row(self.tr("不实内容"), what)
        d.add_row(self.tr("查实日期"), day)
        return self.run_correction(d, self.tr("已更正 {0} 的记录。").format(chosen.name))

    def remove_selected(self) -> CorrectionDialog | None:
        chosen = self.selected_record()
        if chosen is None:
            return None
        d = CorrectionDialog(self.tr("删除申报不实记录"), self.tr(
            "删除 {0}（{1}）{2} 的记录“{3}”；其余记录的警示和黑名单期限重新计算。").format(
            chosen.name, chosen.id_number, chosen.found_on.isoformat(), chosen.what),
            lambda reason: blacklist.remove_declaration(self.ctx.uow(), chosen.id, reason), self, self.tr("删除"))
        return self.run_correction(d, self.tr("已删除 {0} 的一条记录。").format(chosen.name))

    def after_correction(self) -> None:
        self.refresh()
        self.show_person(self.person_id)

    def record(self) -> None:
        hid = self.household_spin.value() or None
        try:
            d = blacklist.record_false_declaration(
                self.ctx.uow(), self.id_edit.text(), self.name_edit.text(), from_qdate(self.date_edit.date()),
                self.what_edit.text(), household_id=hid, today=self.today)
        except RuleError as exc:
            self.show_problems(exc)
            return
        self.saved = d
        if d.outcome == rules.DeclarationOutcome.LISTED:
            self.show_done(self.tr("{0} 已列入诚信黑名单，{1} 起方可重新申请。").format(
                d.name, d.bar_ends.isoformat() if d.bar_ends else ""))
        else:
            self.show_done(self.tr("{0} 第一次申报不实，已予警示，允许更正后再申报一次。").format(d.name))
        for edit in (self.id_edit, self.name_edit, self.what_edit):
            edit.clear()
        self.refresh()
        self.show_person(d.id_number)
