"""联动救助: what a household's dibao status unlocked (1+X) — list, add, remove; and what a
cancellation would take away with it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.assistance import AssistanceDraft
from dibao_desk.domain.household import is_present
from dibao_desk.domain.money import yuan_to_fen
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import assistance, households
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import choices, label, problem_text, yuan
from dibao_desk.ui.unsaved import AsksBeforeDiscarding


class AssistanceDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, household_id: int, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.today = today or today_of(parent)
        self.changed = False
        detail = households.get(ctx.uow(), household_id, self.today)
        head = detail.draft.members[0].name if detail.draft.members else ""
        self.setWindowTitle(self.tr("联动救助 — {0}（户编号 {1}）").format(head, household_id))

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("类别"), self.tr("金额（元）"),
                                              self.tr("对象"), self.tr("给予单位"), self.tr("说明")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

        self.kind_combo = QComboBox()
        for code, word in choices("assistance_kind"):
            self.kind_combo.addItem(word, code)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("元，如 380 或 1250.50"))
        self.date_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        # left open past midnight: the date, untouched, moves to the new day; one typed stays
        self.day_defaults = DayDefaults(self, self._new_day)
        self.day_defaults.add(self.date_edit)
        self.giver_edit = QLineEdit()
        self.giver_edit.setPlaceholderText(self.tr("如 县医保局、县教育局、乡镇民政办"))
        self.member_combo = QComboBox()
        self.member_combo.addItem(self.tr("全户"), "")
        for m in detail.draft.members:
            # a member who died, married out or left is named as the table and the county's
            # roster package name them
            name = m.name if is_present(m.person_status) else self.tr("{0}（已不在本户）").format(m.name)
            self.member_combo.addItem(name, m.id_number)
        self.note_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("类别"), self.kind_combo)
        form.addRow(self.tr("金额"), self.amount_edit)
        form.addRow(self.tr("给予日期"), self.date_edit)
        form.addRow(self.tr("给予单位"), self.giver_edit)
        form.addRow(self.tr("对象"), self.member_combo)
        form.addRow(self.tr("说明"), self.note_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00")
        self.add_button = QPushButton(self.tr("登记这笔救助"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("删除所选记录"))
        self.remove_button.clicked.connect(self.remove_selected)
        # a 审核人 reads the register; the service refuses their changes, and the buttons say why
        allow(ctx, self.add_button, Role.CLERK)
        allow(ctx, self.remove_button, Role.CLERK)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        self.cliff_label = cliff_label(self, ctx, household_id, self.today)
        layout.addWidget(self.cliff_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.reload()


    def _new_day(self, day: dt.date) -> None:
        self.today = day
    def reload(self) -> None:
        self.items = assistance.list_for(self.ctx.uow(), self.household_id)
        self.table.setRowCount(len(self.items))
        for r, i in enumerate(self.items):
            cells = (i.given_on.isoformat(), label("assistance_kind", i.kind), yuan(i.amount_fen),
                     i.member_name or self.tr("全户"), i.giver, i.note)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        lost = assistance.lost_on_cancel(self.ctx.uow(), self.household_id, self.today)
        self.cliff_label.setText(cliff_text(self, lost))
        self.remove_button.setEnabled(bool(self.items) and self.ctx.may(Role.CLERK))

    def add_item(self) -> None:
        try:
            amount = yuan_to_fen(self.amount_edit.text())
        except ValueError:
            self.error_label.setText(self.tr("金额“{0}”不是数字").format(self.amount_edit.text()))
            return
        d = self.date_edit.date()
        draft = AssistanceDraft(self.kind_combo.currentData(), amount, dt.date(d.year(), d.month(), d.day()),
                                self.giver_edit.text(), self.member_combo.currentData() or "",
                                self.note_edit.text())
        try:
            assistance.add(self.ctx.uow(), self.household_id, draft, today=self.today)
        except RuleError as exc:
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.error_label.clear()
        self.amount_edit.clear()
        self.note_edit.clear()
        self.typed_saved()  # the giver stays for the next item; it is saved, not lost on Esc
        self.changed = True
        self.reload()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error_label.setText(self.tr("请先在表中选择一条记录。"))
            return
        item = self.items[rows[0].row()]
        answer = QMessageBox.question(self, self.tr("删除救助记录"), self.tr("确定删除 {0} 的“{1}”{2} 元吗？").format(
            item.given_on.isoformat(), label("assistance_kind", item.kind), yuan(item.amount_fen)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            assistance.remove(self.ctx.uow(), item.id)
        except RuleError as exc:
            self.error_label.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.changed = True
        self.reload()


def cliff_text(widget, lost) -> str:
    """The sentence that warns what a cancellation takes away (empty when nothing)."""
    if not lost:
        return ""
    items = "；".join(QCoreApplication.translate("AssistanceDialog", "{0} {1} 元").format(label("assistance_kind", h.kind), yuan(h.year_fen)) for h in lost)
    return QCoreApplication.translate(
        "AssistanceDialog", "该户一旦停保或取消，将同时失去以下联动救助（近一年）：{0}").format(items)


def cliff_label(widget, ctx: AppContext, household_id: int, today: dt.date) -> QLabel:
    """A warning label for cancellation dialogs: the linked assistance the household would lose."""
    note = QLabel(cliff_text(widget, assistance.lost_on_cancel(ctx.uow(), household_id, today)))
    note.setObjectName("cliff_note")
    note.setWordWrap(True)
    note.setStyleSheet("color: #8a5a00")
    return note
