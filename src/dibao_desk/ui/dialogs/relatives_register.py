"""近亲属备案: staff and cadres, the relatives they registered, and the household each is in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import relatives, reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.texts import choices, label, problem_text
from dibao_desk.ui.widgets.county_view import Col, ListModel, _table


class RelativesDialog(QDialog):
    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.saved: relatives.RelativeInfo | None = None
        self.setWindowTitle(self.tr("近亲属备案"))
        self.model = ListModel([
            Col("registered_on", self.tr("备案日期"), lambda r: r.registered_on.isoformat()),
            Col("role", self.tr("人员类别"), lambda r: label("staff_role", r.role)),
            Col("staff", self.tr("工作人员"), lambda r: r.staff_name),
            Col("village", self.tr("所在村（社区）"), lambda r: r.village),
            Col("relation", self.tr("关系"), lambda r: label("kin_relation", r.relation)),
            Col("name", self.tr("近亲属"), lambda r: r.name),
            Col("id_number", self.tr("身份证号"), lambda r: r.id_number),
            Col("household", self.tr("所在家庭"), lambda r: (self.tr("户 {0} {1}（{2}）").format(
                r.household_id, r.head_name, label("status", r.household_status)) if r.household_id else "")),
        ], self)
        self.table = _table(self.model)

        self.staff_id_edit = QLineEdit()
        self.staff_name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for code, word in choices("staff_role"):
            self.role_combo.addItem(word, code)
        self.village_combo = QComboBox()
        self.village_combo.addItem(self.tr("（经办人员不填）"), None)
        for vid, name in reviews.village_choices(ctx.uow()):
            self.village_combo.addItem(name, vid)
        self.id_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.relation_combo = QComboBox()
        for code, word in choices("kin_relation"):
            self.relation_combo.addItem(word, code)
        self.date_edit = date_edit(self.today, self)
        form = QFormLayout()
        form.addRow(self.tr("工作人员身份证号"), self.staff_id_edit)
        form.addRow(self.tr("工作人员姓名"), self.staff_name_edit)
        form.addRow(self.tr("人员类别"), self.role_combo)
        form.addRow(self.tr("所在村（社区）"), self.village_combo)
        form.addRow(self.tr("近亲属身份证号"), self.id_edit)
        form.addRow(self.tr("近亲属姓名"), self.name_edit)
        form.addRow(self.tr("关系"), self.relation_combo)
        form.addRow(self.tr("备案日期"), self.date_edit)
        self.add_button = QPushButton(self.tr("登记备案"))
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        box = QGroupBox(self.tr("登记近亲属"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.message, 1)
        box_layout.addLayout(row)
        close = QDialogButtonBox()
        self.print_button = close.addButton(self.tr("打印年度备案表…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_table)
        close.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(close)
        self.resize(960, 620)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(relatives.list_relatives(self.ctx.uow()))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        try:
            r = relatives.add_relative(
                self.ctx.uow(), staff_id_number=self.staff_id_edit.text(), staff_name=self.staff_name_edit.text(),
                role=self.role_combo.currentData(), village_id=self.village_combo.currentData(),
                id_number=self.id_edit.text(), name=self.name_edit.text(), relation=self.relation_combo.currentData(),
                registered_on=from_qdate(self.date_edit.date()), today=self.today)
        except RuleError as exc:
            self.message.setStyleSheet("color: #b00")
            self.message.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.saved = r
        self.message.setStyleSheet("")
        text = self.tr("已备案：{0} 的{1} {2}。").format(r.staff_name, label("kin_relation", r.relation), r.name)
        if r.household_id:
            text += self.tr("其所在的户 {0}（户主 {1}）已标记为备案。").format(r.household_id, r.head_name)
        self.message.setText(text)
        for edit in (self.id_edit, self.name_edit):
            edit.clear()
        self.refresh()

    def print_table(self) -> None:
        year, ok = QInputDialog.getInt(self, self.tr("打印备案表"), self.tr("年度："), self.today.year, 2000, 2100)
        if not ok:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存备案表"), self.tr("{0}年度近亲属备案表.pdf").format(year), self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        try:
            r = relatives.print_filing_table(self.ctx.uow(), year, path, today=self.today)
        except RuleError as exc:
            self.message.setStyleSheet("color: #b00")
            self.message.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("已生成 {0}（{1} 页）").format(str(r.path), r.pages))
