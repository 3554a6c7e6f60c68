"""County mode, 核对预警: type in a cross-check warning for a household on a township's roster,
and send the township's pending warnings as a ``warnings`` package (to carry on a USB stick).

A pending warning (not yet sent) can be corrected or deleted; a sent one is read-only, since the
township has it. Every action is one service call (``services.county.add_warning`` /
``update_warning`` / ``delete_warning`` / ``export_warnings``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.domain.reviews import add_months
from dibao_desk.services import county, exchange
from dibao_desk.services.context import AppContext
from dibao_desk.ui.day_defaults import today_of
from dibao_desk.ui.ops import error_text
from dibao_desk.ui.tablemodels.base import RowsTableModel, left
from dibao_desk.ui.texts import problem_text
from dibao_desk.ui.unsaved import AsksBeforeDiscarding

SETTINGS_KEY = "exchange/last_folder"  # the export dialog's: one "last folder" for every package
ANSWER_MONTHS = 1  # suggested answer-by date: a month from today (the operator changes it freely)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class CountyWarningDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.added: list[county.CountyWarningRow] = []
        self.editing: county.CountyWarningRow | None = None  # the pending warning the form now edits
        self.exported: exchange.ExportResult | None = None
        self.setWindowTitle(self.tr("核对预警（下发乡镇）"))

        self.township = QComboBox()
        for t in county.townships(ctx.uow()):
            self.township.addItem(f"{t.name}（{t.code}）", t.code)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("户主身份证号（须在该乡镇最近上报的花名册上）"))
        self.id_number.setMaxLength(20)
        self.kind = QComboBox()
        for code, word in county.warning_kinds().items():
            self.kind.addItem(word, code)
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("比对发现了什么，如：名下存款 12 万元"))
        self.checked_on = QDateEdit(_qdate(self.today))
        self.checked_on.setCalendarPopup(True)
        self.checked_on.setDisplayFormat("yyyy-MM-dd")
        self.answer_by = QDateEdit(_qdate(add_months(self.today, ANSWER_MONTHS)))
        self.answer_by.setCalendarPopup(True)
        self.answer_by.setDisplayFormat("yyyy-MM-dd")
        self.answer_by.setMinimumDate(_qdate(self.today))
        self.add_button = QPushButton(self.tr("登记预警"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)

        form = QFormLayout()
        form.addRow(self.tr("乡镇（街道）"), self.township)
        form.addRow(self.tr("身份证号"), self.id_number)
        form.addRow(self.tr("预警类别"), self.kind)
        form.addRow(self.tr("详情"), self.detail)
        form.addRow(self.tr("比对日期"), self.checked_on)
        form.addRow(self.tr("答复截止日期"), self.answer_by)
        self.cancel_button = QPushButton(self.tr("取消修改"))
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.hide()
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.cancel_button)
        add_row.addWidget(self.add_button)

        self.pending = RowsTableModel([
            left("ref", self.tr("预警编号"), lambda w: w.warning_ref),
            left("name", self.tr("户主"), lambda w: w.name),
            left("id", self.tr("身份证号"), lambda w: w.id_number),
            left("kind", self.tr("预警类别"), lambda w: county.warning_kinds().get(w.kind, w.kind)),
            left("detail", self.tr("详情"), lambda w: w.detail),
            left("answer_by", self.tr("答复截止"), lambda w: w.answer_by.isoformat()),
        ], self)
        self.pending_view = QTableView()
        self.pending_view.setModel(self.pending)
        self.pending_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pending_view.verticalHeader().setVisible(False)
        self.pending_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.pending_view.horizontalHeader().setStretchLastSection(True)
        self.pending_label = QLabel()
        self.edit_button = QPushButton(self.tr("修改所选…"))
        self.edit_button.setToolTip(self.tr("把所选预警填回上面修改；已下发的预警不能修改"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("删除所选…"))
        self.delete_button.setToolTip(self.tr("删除录错的预警；已下发的预警不能删除"))
        self.delete_button.clicked.connect(self.delete)
        self.sent_note = QLabel(self.tr("这里只列待下发的预警，可以修改或删除；已下发的预警乡镇已收到，只读。"))
        self.sent_note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("导出待下发预警…"))
        self.export_button.clicked.connect(self.export)
        self.again_button = QPushButton(self.tr("重新导出上一包…"))
        self.again_button.setToolTip(self.tr("U 盘丢失或损坏时：再写一次上一个预警数据包（顺序号不变）"))
        self.again_button.clicked.connect(lambda: self.export(again=True))

        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        lower = QHBoxLayout()
        lower.addWidget(self.pending_label, 1)
        lower.addWidget(self.edit_button)
        lower.addWidget(self.delete_button)
        lower.addWidget(self.again_button)
        lower.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(self.sent_note)
        layout.addWidget(self.pending_view, 1)
        layout.addLayout(lower)
        layout.addWidget(buttons)
        self.pending_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.township.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.resize(760, 520)

    def refresh(self) -> None:
        code = self.township.currentData()
        rows = county.list_warnings(self.ctx.uow(), township_code=code) if code else []
        self.pending.set_rows(rows)
        self.pending_view.resizeColumnsToContents()  # a handful of rows
        self.pending_label.setText(self.tr("该乡镇待下发的预警 {0} 条").format(len(rows)))
        self.export_button.setEnabled(bool(rows))
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _selected(self) -> county.CountyWarningRow | None:
        rows = self.pending_view.selectionModel().selectedRows()
        return self.pending.rows[rows[0].row()] if rows else None

    def edit(self) -> None:
        """Put the selected pending warning back in the form; 保存修改 stores it."""
        w = self._selected()
        if w is None:
            return
        self.editing = w
        self.id_number.setText(w.id_number)
        self.kind.setCurrentIndex(max(0, self.kind.findData(w.kind)))
        self.detail.setText(w.detail)
        self.checked_on.setDate(_qdate(w.checked_on or self.today))
        self.answer_by.setDate(_qdate(w.answer_by))
        self.township.setEnabled(False)  # a warning stays with its township (its roster's heads)
        self.add_button.setText(self.tr("保存修改"))
        self.cancel_button.show()
        self.id_number.setFocus()

    def stop_editing(self) -> None:
        self.editing = None
        self.township.setEnabled(True)
        self.add_button.setText(self.tr("登记预警"))
        self.cancel_button.hide()
        self.id_number.clear()
        self.detail.clear()

    def delete(self) -> None:
        w = self._selected()
        if w is None:
            return
        answer = QMessageBox.question(self, self.tr("删除预警"), self.tr(
            "删除预警 {0}（{1}，{2}）？删除后不会下发乡镇。").format(
                w.warning_ref, w.name, county.warning_kinds().get(w.kind, w.kind)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            county.delete_warning(self.ctx.uow(), w.warning_ref)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("不能删除"), "\n".join(problem_text(p) for p in exc.problems))
            self.refresh()
            return
        if self.editing is not None and self.editing.warning_ref == w.warning_ref:
            self.stop_editing()
        self.refresh()

    def add(self) -> None:
        code = self.township.currentData()
        if not code:
            QMessageBox.information(self, self.tr("没有乡镇"), self.tr("请先导入乡镇上报的花名册。"))
            return
        if self.editing is not None:
            try:
                county.update_warning(
                    self.ctx.uow(), self.editing.warning_ref, self.id_number.text(), self.kind.currentData(),
                    self.detail.text(), _date(self.answer_by.date()), checked_on=_date(self.checked_on.date()),
                    today=self.today)
            except RuleError as exc:
                QMessageBox.warning(self, self.tr("不能修改"), "\n".join(problem_text(p) for p in exc.problems))
                return
            self.stop_editing()
            self.refresh()
            return
        try:
            row = county.add_warning(
                self.ctx.uow(), code, self.id_number.text(), self.kind.currentData(), self.detail.text(),
                _date(self.answer_by.date()), checked_on=_date(self.checked_on.date()), today=self.today)
        except RuleError as exc:
            QMessageBox.warning(self, self.tr("不能登记"), "\n".join(problem_text(p) for p in exc.problems))
            return
        self.added.append(row)
        self.id_number.clear()
        self.detail.clear()
        self.id_number.setFocus()
        self.refresh()

    def export(self, again: bool = False) -> None:
        code = self.township.currentData()
        if not code:
            return
        settings = QSettings()
        folder = str(settings.value(SETTINGS_KEY, str(Path.home()), str))
        period = f"{self.today.year:04d}-{self.today.month:02d}"
        name = exchange.suggested_file_name(self.ctx.uow(), "warnings", period, code)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出核对预警数据包"), str(Path(folder) / name),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            result = county.export_warnings(self.ctx.uow(), code, path, today=self.today, again=again)
        except (RuleError, OSError) as exc:
            text = error_text(exc)
            QMessageBox.warning(self, self.tr("导出失败"), text)
            return
        self.exported = result
        settings.setValue(SETTINGS_KEY, str(result.path.parent))
        done = self.tr("已导出第 {0} 号核对预警数据包：{1} 条。\n文件已读回核对无误：{2}").format(
            result.sequence, sum(result.rows.values()), result.path)
        if result.warnings:  # deadlines already passed: the operator should know before the stick goes
            QMessageBox.warning(self, self.tr("导出完成，请注意"),
                                "\n\n".join([done, *(problem_text(p) for p in result.warnings)]))
        else:
            QMessageBox.information(self, self.tr("导出完成"), done)
        self.refresh()
