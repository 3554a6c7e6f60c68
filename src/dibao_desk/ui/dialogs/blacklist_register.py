"""诚信档案与黑名单: who is barred until when, and recording a false declaration."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from dibao_desk.domain import registers as rules
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import blacklist
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.widgets.county_view import Col, ListModel, _table


class BlacklistDialog(QDialog):
    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.saved: blacklist.DeclarationInfo | None = None
        self.setWindowTitle(self.tr("诚信档案与黑名单"))
        self.model = ListModel([
            Col("id_number", self.tr("身份证号"), lambda p: p.id_number),
            Col("name", self.tr("姓名"), lambda p: p.name),
            Col("count", self.tr("申报不实次数"), lambda p: p.declarations, right=True),
            Col("last", self.tr("最近查实"), lambda p: p.last_found_on.isoformat()),
            Col("ends", self.tr("可再申请日期"), lambda p: p.bar_ends.isoformat()),
            Col("state", self.tr("状态"), lambda p: self.tr("黑名单中") if p.barred_on(self.today) else self.tr("已期满")),
        ], self)
        self.table = _table(self.model)
        self.show_ended = QCheckBox(self.tr("含已期满的"))
        self.show_ended.toggled.connect(self.refresh)

        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("18 位身份证号"))
        self.name_edit = QLineEdit()
        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("如：隐瞒存款 5 万元、隐瞒车辆"))
        self.date_edit = date_edit(self.today, self)
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
        self.message = QLabel()
        self.message.setWordWrap(True)
        box = QGroupBox(self.tr("登记申报不实（第一次警示，第二次起列入黑名单）"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addWidget(self.message, 1)
        box_layout.addLayout(row)

        close = QDialogButtonBox()
        close.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_ended)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(close)
        self.resize(860, 560)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(blacklist.listed(self.ctx.uow(), self.today, include_ended=self.show_ended.isChecked()))
        self.table.resizeColumnsToContents()

    def record(self) -> None:
        hid = self.household_spin.value() or None
        try:
            d = blacklist.record_false_declaration(
                self.ctx.uow(), self.id_edit.text(), self.name_edit.text(), from_qdate(self.date_edit.date()),
                self.what_edit.text(), household_id=hid, today=self.today)
        except RuleError as exc:
            self.message.setStyleSheet("color: #b00")
            self.message.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.saved = d
        self.message.setStyleSheet("")
        if d.outcome == rules.DeclarationOutcome.LISTED:
            self.message.setText(self.tr("{0} 已列入诚信黑名单，{1} 起方可重新申请。").format(
                d.name, d.bar_ends.isoformat() if d.bar_ends else ""))
        else:
            self.message.setText(self.tr("{0} 第一次申报不实，已予警示，允许更正后再申报一次。").format(d.name))
        for edit in (self.id_edit, self.name_edit, self.what_edit):
            edit.clear()
        self.refresh()
