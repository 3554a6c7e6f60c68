"""村（社区） settings page: add, rename, set the population, merge one village into another."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from dibao_desk.domain.accounts import Role
from dibao_desk.domain.problems import RuleError
from dibao_desk.services import office, villages
from dibao_desk.services.context import AppContext
from dibao_desk.ui.roles import allow
from dibao_desk.ui.texts import choices, label, problem_text
from dibao_desk.ui.unsaved import filled


class VillagesPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("villages")
        self.table.setHorizontalHeaderLabels([self.tr("名称"), self.tr("类型"), self.tr("户籍人口"), self.tr("登记户数"),
                                              self.tr("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 180)
        self.name = QLineEdit()
        self.name.setObjectName("village_name")
        self.kind = QComboBox()
        for code, word in choices("village_kind"):
            self.kind.addItem(word, code)
        self.population = QSpinBox()
        self.population.setRange(0, 10_000_000)
        self.population.setObjectName("population")
        self._shown = (self.kind.currentData(), self.population.value())  # the choices the program put there
        self.add_button = QPushButton(self.tr("添加为新村（社区）"))
        self.rename_button = QPushButton(self.tr("保存所选村的名称和人口"))
        self.merge_target = QComboBox()
        self.merge_target.setObjectName("merge_target")
        self.merge_button = QPushButton(self.tr("把所选村合并到…"))
        self.retire_button = QPushButton(self.tr("停用所选村"))
        self.retire_button.setObjectName("retire")
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("户籍人口（用于统计保障面）"), self.population)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        merge = QHBoxLayout()
        merge.addWidget(self.merge_button)
        merge.addWidget(self.merge_target, 1)
        merge.addWidget(self.retire_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(merge)
        layout.addWidget(QLabel(self.tr("合并后，被合并村的全部家庭转到目标村，户籍人口相加，被合并村从名单中去掉。"
                                        "停用后，不能再在该村登记新家庭，已有家庭不变。")))
        layout.addWidget(self.status)

        self.table.itemSelectionChanged.connect(self._selected)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.save_selected)
        self.merge_button.clicked.connect(self.merge)
        self.retire_button.clicked.connect(self.retire_or_reinstate)
        for button in (self.add_button, self.rename_button, self.merge_button, self.retire_button):
            allow(ctx, button, Role.CLERK, Role.ADMIN)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        rows = office.list_villages(self.ctx.uow())
        counts = office.village_household_counts(self.ctx.uow())
        self._ids = [v.id for v in rows]
        self._retired = {v.id for v in rows if v.retired_on is not None}
        self.table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            for c, text in enumerate((v.name, label("village_kind", v.kind), str(v.population),
                                      str(counts.get(v.id, 0)),
                                      self.tr("{0} 起停用").format(v.retired_on) if v.retired_on else self.tr("使用中"))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.merge_target.clear()
        for v in rows:
            self.merge_target.addItem(v.name, v.id)
        if select_id in self._ids:
            self.table.selectRow(self._ids.index(select_id))
        self._selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._ids[rows[0].row()] if rows else None

    def _selected(self) -> None:
        vid = self.selected_id()
        may = self.ctx.may(Role.CLERK, Role.ADMIN)  # the services refuse a 审核人: allow() says so
        self.rename_button.setEnabled(may and vid is not None)
        self.merge_button.setEnabled(may and vid is not None and len(self._ids) > 1)
        self.retire_button.setEnabled(may and vid is not None)
        self.retire_button.setText(self.tr("恢复使用所选村") if vid in self._retired else self.tr("停用所选村"))
        if vid is None:
            return
        v = next(v for v in office.list_villages(self.ctx.uow()) if v.id == vid)
        self.name.setText(v.name)
        filled(self.name)  # the chosen village's name is no typing to lose
        self.kind.setCurrentIndex(max(0, self.kind.findData(v.kind)))
        self.population.setValue(v.population)
        self._shown = (self.kind.currentData(), self.population.value())

    def choices_changed(self) -> bool:
        """类型 or 户籍人口 set other than the chosen village's saved ones (the settings ask)."""
        return (self.kind.currentData(), self.population.value()) != self._shown

    def _refused(self, exc: RuleError) -> None:
        QMessageBox.warning(self, self.tr("村（社区）"), "\n".join(problem_text(p) for p in exc.problems))

    def add(self) -> None:
        try:
            v = office.add_village(self.ctx.uow(), self.name.text(), self.kind.currentData(), self.population.value())
        except RuleError as exc:
            self._refused(exc)
            return
        self.status.setText(self.tr("已添加“{0}”").format(v.name))
        self.reload(v.id)
        self.changed.emit()

    def save_selected(self) -> None:
        vid = self.selected_id()
        if vid is None:
            return
        try:
            villages.rename_village(self.ctx.uow(), vid, self.name.text(), self.kind.currentData())
            v = villages.set_population(self.ctx.uow(), vid, self.population.value())
        except RuleError as exc:
            self._refused(exc)
            return
        self.status.setText(self.tr("已保存“{0}”，户籍人口 {1} 人").format(v.name, v.population))
        self.reload(vid)
        self.changed.emit()

    def merge(self) -> None:
        source, into = self.selected_id(), self.merge_target.currentData()
        if source is None or into is None:
            return
        source_name = self._name(source)
        into_name = self.merge_target.currentText()
        answer = QMessageBox.question(self, self.tr("合并村（社区）"), self.tr(
            "把“{0}”的全部家庭转到“{1}”，并去掉“{0}”吗？此操作会记入操作记录。").format(source_name, into_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = villages.merge_villages(self.ctx.uow(), source, into)
        except RuleError as exc:
            self._refused(exc)
            return
        self.status.setText(self.tr("已把“{0}”的 {1} 户并入“{2}”").format(source_name, result.households, into_name))
        self.reload(into)
        self.changed.emit()

    def _name(self, village_id: int) -> str:
        item = self.table.item(self._ids.index(village_id), 0)
        return item.text() if item is not None else ""

    def retire_or_reinstate(self) -> None:
        vid = self.selected_id()
        if vid is None:
            return
        name = self._name(vid)
        try:
            if vid in self._retired:
                villages.reinstate_village(self.ctx.uow(), vid)
                self.status.setText(self.tr("“{0}”已恢复使用").format(name))
            else:
                answer = QMessageBox.question(self, self.tr("停用村（社区）"), self.tr(
                    "停用“{0}”吗？停用后不能再在该村登记新家庭，已有家庭不变。此操作会记入操作记录。").format(name))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                villages.retire_village(self.ctx.uow(), vid)
                self.status.setText(self.tr("“{0}”已停用").format(name))
        except RuleError as exc:
            self._refused(exc)
            return
        self.reload(vid)
        self.changed.emit()
