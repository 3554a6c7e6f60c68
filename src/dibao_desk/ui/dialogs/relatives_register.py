"""近亲属备案: staff and cadres, the relatives they registered, and the household each is in."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import relatives, reviews
from dibao_desk.services.context import AppContext
from dibao_desk.ui.dialogs.register_common import RegisterDialog, enter_clicks
from dibao_desk.ui.dialogs.register_correction import CorrectionDialog
from dibao_desk.ui.dialogs.step_common import date_edit, from_qdate
from dibao_desk.ui.ops import error_text
from dibao_desk.ui.tablemodels.base import RowsTableModel, left
from dibao_desk.ui.texts import choices, label, problem_text
from dibao_desk.ui.widgets.column_fit import small_table

log = logging.getLogger(__name__)


class RelativesDialog(RegisterDialog):
    def __init__(self, ctx: AppContext, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, today, parent)
        self.saved: relatives.RelativeInfo | None = None
        self.setWindowTitle(self.tr("近亲属备案"))
        self.model = RowsTableModel([
            left("registered_on", self.tr("备案日期"), lambda r: r.registered_on.isoformat()),
            left("role", self.tr("人员类别"), lambda r: label("staff_role", r.role)),
            left("staff", self.tr("工作人员"), lambda r: r.staff_name),
            left("village", self.tr("所在村（社区）"), lambda r: r.village),
            left("relation", self.tr("关系"), lambda r: label("kin_relation", r.relation)),
            left("name", self.tr("近亲属"), lambda r: r.name),
            left("id_number", self.tr("身份证号"), lambda r: r.id_number),
            left("household", self.tr("所在家庭"), lambda r: (self.tr("户 {0} {1}（{2}）").format(
                r.household_id, r.head_name, label("status", r.household_status)) if r.household_id else "")),
        ], self)
        self.table = small_table(self.model)

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
        self.day_defaults.add(self.date_edit)
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
        box = QGroupBox(self.tr("登记近亲属"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.message, 1)
        box_layout.addLayout(row)
        self.correct_button = QPushButton(self.tr("更正所选…"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.remove_button = QPushButton(self.tr("删除所选…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.staff_button = QPushButton(self.tr("更正所选的工作人员…"))
        self.staff_button.clicked.connect(self.correct_staff)
        self.clerk_only(self.add_button, self.correct_button, self.remove_button, self.staff_button,
                        fields=(self.staff_id_edit, self.staff_name_edit, self.role_combo, self.village_combo,
                                self.id_edit, self.name_edit, self.relation_combo, self.date_edit))
        edits = QHBoxLayout()
        edits.addStretch(1)
        edits.addWidget(self.staff_button)
        edits.addWidget(self.correct_button)
        edits.addWidget(self.remove_button)
        close = QDialogButtonBox()
        self.print_button = close.addButton(self.tr("打印年度备案表…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_table)
        close.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(edits)
        layout.addWidget(box)
        layout.addWidget(close)
        enter_clicks(self, {self.add_button: (self.staff_id_edit, self.staff_name_edit, self.id_edit, self.name_edit)})
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
            self.show_problems(exc)
            return
        self.saved = r
        text = self.tr("已备案：{0} 的{1} {2}。").format(r.staff_name, label("kin_relation", r.relation), r.name)
        if r.household_id:
            text += self.tr("其所在的户 {0}（户主 {1}）已标记为备案。").format(r.household_id, r.head_name)
        self.show_done(text)
        for edit in (self.id_edit, self.name_edit):
            edit.clear()
        self.refresh()

    def selected(self) -> relatives.RelativeInfo | None:
        return self.selected_in(self.table, self.model, self.tr("请先在列表中选择一条备案。"))

    def correct_selected(self) -> CorrectionDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        name, note = QLineEdit(chosen.name), QLineEdit(chosen.note)
        relation = QComboBox()
        for code, word in choices("kin_relation"):
            relation.addItem(word, code)
        relation.setCurrentIndex(relation.findData(chosen.relation))
        day = date_edit(chosen.registered_on, self)

        def save(reason: str):
            return relatives.edit_relative(self.ctx.uow(), chosen.id, name=name.text(),
                                           relation=relation.currentData(), registered_on=from_qdate(day.date()),
                                           note=note.text(), reason=reason, today=self.today)

        d = CorrectionDialog(self.tr("更正近亲属备案"), self.tr("{0} 登记的近亲属 {1}（{2}）。身份证号登记错的，请删除后重新登记。").format(
            chosen.staff_name, chosen.name, chosen.id_number), save, self)
        for text, w in ((self.tr("近亲属姓名"), name), (self.tr("关系"), relation), (self.tr("备案日期"), day), (self.tr("备注"), note)):
            d.add_row(text, w)
        return self.run_correction(d, self.tr("已更正 {0} 的备案。").format(chosen.name))

    def correct_staff(self) -> CorrectionDialog | None:
        """The staff member or cadre of the selected registration: name, kind, village, post."""
        chosen = self.selected()
        if chosen is None:
            return None
        name, post = QLineEdit(chosen.staff_name), QLineEdit(chosen.post)
        role = QComboBox()
        for code, word in choices("staff_role"):
            role.addItem(word, code)
        role.setCurrentIndex(role.findData(chosen.role))
        village = QComboBox()
        village.addItem(self.tr("（经办人员不填）"), None)
        for vid, vname in reviews.village_choices(self.ctx.uow()):
            village.addItem(vname, vid)
        village.setCurrentIndex(max(village.findText(chosen.village), 0) if chosen.village else 0)

        def save(reason: str):
            return relatives.edit_staff(self.ctx.uow(), chosen.staff_id, name=name.text(), role=role.currentData(),
                                        village_id=village.currentData(), post=post.text(), reason=reason)

        d = CorrectionDialog(self.tr("更正工作人员"), self.tr("{0}（{1}）：其登记的全部近亲属随之更正。身份证号登记错的，请删除后重新登记。").format(
            chosen.staff_name, chosen.staff_id_number), save, self)
        for text, w in ((self.tr("姓名"), name), (self.tr("人员类别"), role), (self.tr("所在村（社区）"), village), (self.tr("职务"), post)):
            d.add_row(text, w)
        return self.run_correction(d, self.tr("已更正工作人员 {0}。").format(chosen.staff_name))

    def remove_selected(self) -> CorrectionDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        d = CorrectionDialog(self.tr("删除近亲属备案"), self.tr("删除 {0} 登记的近亲属 {1}（{2}）；其所在家庭不再因此标记为备案。").format(
            chosen.staff_name, chosen.name, chosen.id_number),
            lambda reason: relatives.remove_relative(self.ctx.uow(), chosen.id, reason), self, self.tr("删除"))
        return self.run_correction(d, self.tr("已删除 {0} 的备案。").format(chosen.name))

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
            self.show_problems(exc)
            return
        except OSError as exc:  # a full or write-protected stick: said in Chinese, the file as it was
            log.warning("could not write %s", path, exc_info=True)
            self.message.setStyleSheet("color: #b00")
            self.message.setText(error_text(exc))
            return
        self.show_done("\n".join([self.tr("已生成 {0}（{1} 页）").format(str(r.path), r.pages)]
                                  + [problem_text(p) for p in r.problems]))  # a character printed as □
