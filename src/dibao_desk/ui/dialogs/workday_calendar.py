"""工作日历: the days the office enters itself (a year whose holidays the program does not know
yet, or a correction), on which complaint deadlines are counted; the window's form of
`dibao-desk complaints calendar`. A day saved moves the open complaints' deadlines."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import complaints, workday_calendar
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.register_common import RegisterDialog, enter_clicks
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.tablemodels.base import RowsTableModel, left
from dibao_desk.ui.widgets.column_fit import small_table


class WorkdayCalendarDialog(RegisterDialog):
    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None,
                 county: bool = False) -> None:
        super().__init__(ctx, today, parent)
        self.changed = False  # a day was saved: the complaints' deadlines may have moved
        self.county = county  # the county's calendar, sent down with its policy package
        self.setWindowTitle(self.tr("工作日历（随政策标准下发各乡镇）") if county
                            else self.tr("工作日历（计算举报答复期限）"))
        self.model = RowsTableModel([
            left("day", self.tr("日期"), lambda r: r.day.isoformat()),
            left("kind", self.tr("类别"), lambda r: self.tr("工作日") if r.workday else self.tr("休息日")),
            left("note", self.tr("说明"), lambda r: r.note),
        ], self)
        self.table = small_table(self.model)
        self.day_edit = date_edit(self.today, self)
        self.day_defaults.add(self.day_edit)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("休息日（放假）"), False)
        self.kind_combo.addItem(self.tr("工作日（调休上班）"), True)
        self.kind_combo.addItem(self.tr("按国家日历（删除补录）"), None)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("如：春节放假、国庆调休上班"))
        self.save_button = QPushButton(self.tr("保存这一天"))
        self.save_button.clicked.connect(self.save)
        # complaints.set_override: a 经办人 or an administrator
        self.clerk_only(self.save_button, fields=(self.day_edit, self.kind_combo, self.note_edit),
                        roles=(Role.CLERK, Role.ADMIN))
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.day_edit)
        form.addRow(self.tr("这一天是"), self.kind_combo)
        form.addRow(self.tr("说明"), self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.county_label = QLabel()
        self.county_label.setWordWrap(True)
        if county:
            self.show_done(self.tr("国务院公布新一年的放假和调休安排后，请在这里逐日录入放假日和调休上班日，"
                                   "再导出政策标准数据包下发各乡镇；乡镇导入后按此计算举报答复期限和复核计划。"))
        else:
            self.show_done(self.tr("程序只知道国家已公布的节假日安排；尚未公布的年份，答复期限按周一至周五推算。"
                                   "县里随政策标准下发工作日历的，导入数据包即可；否则请在这里补录。"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.county_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.close_box())
        enter_clicks(self, {self.save_button: (self.note_edit,)})
        self.resize(560, 520)
        self.refresh()

    def refresh(self) -> None:
        years = [] if self.county else workday_calendar.county_years(self.ctx.uow())
        self.county_label.setText(self.tr("县里下发的工作日历：") + "；".join(
            self.tr("{0} 年（放假 {1} 天，调休上班 {2} 天，第 {3} 号政策标准数据包）").format(
                y.year, y.holidays, y.workdays, y.sequence) for y in years))
        self.county_label.setVisible(bool(years))
        self.model.set_rows(complaints.list_overrides(self.ctx.uow()))
        self.table.resizeColumnsToContents()

    def save(self) -> None:
        day = from_qdate(self.day_edit.date())
        try:
            complaints.set_override(self.ctx.uow(), day, self.kind_combo.currentData(), self.note_edit.text())
        except RuleError as exc:
            self.show_problems(exc)
            return
        self.changed = True
        self.show_done(self.tr("已保存 {0}：{1}。待答复举报的期限已按此重新计算。").format(
            day.isoformat(), self.kind_combo.currentText()))
        self.note_edit.clear()
        self.refresh()
