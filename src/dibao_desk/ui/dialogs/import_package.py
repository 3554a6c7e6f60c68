"""Import a package: check it, show exactly what will change, then apply all or nothing.

Choosing a file runs the preview on the worker (file checks, manifest, sequence number,
checksum, every row tried inside a transaction that is rolled back). A refused package shows
why in red and cannot be applied. Applying writes the receipt workbook next to the package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from dibao_desk.services import exchange
from dibao_desk.services.context import AppContext
from dibao_desk.services.progress import Cancelled
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.dialogs.export_package import SETTINGS_KEY, destinations
from dibao_desk.ui.ops import Op, error_text
from dibao_desk.ui.tablemodels.base import RowsTableModel, left, right
from dibao_desk.ui.texts import label, problem_text


def change_text(change: exchange.Change) -> str:
    from PySide6.QtCore import QCoreApplication

    from dibao_desk import messages
    from dibao_desk.domain.problems import Problem

    if not change.accepted:
        return "；".join(problem_text(p) for p in change.problems)
    return problem_text(Problem(f"change.{change.action}", "", change.params)) \
        if f"change.{change.action}" in messages.TEMPLATES else QCoreApplication.translate("messages", change.action)


ACCEPTED = QColor("#1b7a2b")
REJECTED = QColor("#b00020")


class PreviewModel(RowsTableModel):
    """The rows of a previewed package: where, who, accepted or rejected, what happens."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.columns = [
            right("row", self.tr("行号"), lambda c: str(c.row) if c.row else "—"),
            left("name", self.tr("姓名 / 乡镇"), lambda c: c.name),
            left("result", self.tr("结果"), lambda c: self.tr("接受") if c.accepted else self.tr("拒绝"),
                 foreground=lambda c: ACCEPTED if c.accepted else REJECTED),
            left("text", self.tr("将发生的变化或拒绝原因"), self.change_text, tooltip=self.change_text),
        ]
        self._texts: dict[int, str] = {}

    def set_changes(self, changes: Sequence[exchange.Change]) -> None:
        self._texts = {}
        self.set_rows(list(changes))

    def change_text(self, change: exchange.Change) -> str:
        """The words of one change, made once when first shown."""
        text = self._texts.get(id(change))
        if text is None:
            text = self._texts[id(change)] = change_text(change)
        return text


class ImportPackageDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | Path | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.day_defaults = DayDefaults(self, self.new_day)  # left open past midnight: imports as of the new day
        self.path: Path | None = None
        self.preview: exchange.Preview | None = None
        self.result_info: exchange.ImportResult | None = None
        self.receipt_dir: Path | None = None
        self.op: Op | None = None
        self.settings = QSettings()
        self.setWindowTitle(self.tr("导入数据包"))

        self.file_label = QLabel(self.tr("请选择县民政局下发（或乡镇上报）的数据包文件（.xlsx）。"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, w in enumerate((60, 120, 60)):
            self.table.setColumnWidth(i, w)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button = self.buttons.addButton(self.tr("确认导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        # a policy package's 工作日历 that says otherwise than days the office entered itself:
        # the office's stay unless the clerk ticks this (the preview is made again with it)
        self.county_calendar_box = QCheckBox(self.tr("以县里的工作日历为准（本办自己录入、与县里不同的日子改按县里的）"))
        self.county_calendar_box.setVisible(False)
        self.county_calendar_box.toggled.connect(self._calendar_choice_changed)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.county_calendar_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        if path is not None:
            self.open_file(path)

    def new_day(self, day: dt.date) -> None:
        """The day changed while the dialog is open: the package imports as of the new day, and a
        preview on screen is checked again as of it (what it accepts may depend on the day)."""
        self.today = day
        if self.preview is not None and self.path is not None:
            self.open_file(self.path)

    def choose_file(self) -> None:
        last = str(self.settings.value(SETTINGS_KEY, "", str)) or None
        places = destinations(last)
        start = places[0][0] if places else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("选择数据包"), start, self.tr("Excel 工作簿 (*.xlsx)"))
        if chosen:
            self.open_file(chosen)

    def open_file(self, path: str | Path) -> None:
        """Check the package and preview it (on the worker)."""
        self.path = Path(path)
        self.preview = None
        self.apply_button.setEnabled(False)
        self.model.set_changes([])
        self.file_label.setText(self.tr("文件：{0}").format(self.path))
        self.summary.setText(self.tr("正在检查…"))
        uow, path_ = self.ctx.uow(), self.path
        wins = self.county_calendar_box.isChecked()
        self.op = Op(self, lambda progress: exchange.preview_package(uow, path_, today=self.today, progress=progress,
                                                                     county_calendar_wins=wins),
                     title=self.tr("正在检查数据包…"), on_done=self._previewed, on_error=self._failed).start()

    def _previewed(self, preview: exchange.Preview) -> None:
        self.preview = preview
        self.model.set_changes(preview.changes)
        differs = any(c.action in ("calendar_office", "calendar_county") for c in preview.changes)
        self.county_calendar_box.setVisible(differs or self.county_calendar_box.isChecked())
        lines = []
        m = preview.manifest
        if m is not None:
            lines.append(self.tr("{0}（{1}）的{2}数据包，第 {3} 号，期间 {4}，生成于 {5}。").format(
                m.township_name, m.township_code, label("exchange_kind", m.kind), m.sequence, m.period or "—",
                m.created_at.replace("T", " ")))
        if not preview.ok:
            lines.append(self.tr("已拒绝，不能导入：") + "；".join(problem_text(p) for p in preview.refusals))
            self.summary.setStyleSheet("color: #b00020;")
        elif any(w.code == "package.receipt_again" for w in preview.warnings):
            pass  # imported before: the warning below says only the receipt is written again
        else:
            lines.append(self.tr("核对无误。导入后将接受 {0} 行，拒绝 {1} 行（原因见下表）；"
                                 "回执将保存在数据包旁边。").format(preview.accepted, preview.rejected))
            if any(c.action == "calendar_office" for c in preview.changes):
                lines.append(self.tr("如本办录入的这些日子应以县里的工作日历为准，请勾选“以县里的工作日历为准”后再导入。"))
            self.summary.setStyleSheet("")
        if preview.warnings:
            lines += [problem_text(w) for w in preview.warnings]
            self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText("\n".join(lines))
        self.apply_button.setEnabled(preview.ok)

    def _calendar_choice_changed(self, _checked: bool) -> None:
        if self.path is not None:
            self.open_file(self.path)

    def start_import(self, receipt_dir: Path | None = None) -> None:
        """Apply the package; the receipt goes beside it, or to ``receipt_dir`` when chosen
        because the package's folder cannot take it (a write-protected or full stick)."""
        if self.preview is None or not self.preview.ok or self.path is None:
            return
        self.apply_button.setEnabled(False)
        self.receipt_dir = receipt_dir
        uow, path = self.ctx.uow(), self.path
        wins = self.county_calendar_box.isChecked()
        self.op = Op(self, lambda progress: exchange.import_package(uow, path, today=self.today, progress=progress,
                                                                    receipt_dir=receipt_dir, county_calendar_wins=wins),
                     title=self.tr("正在导入数据包…"), on_done=self._imported, on_error=self._failed).start()

    def _receipt_blocked(self, exc: BaseException) -> bool:
        """Whether the import failed only because the receipt's folder could not be written."""
        if not isinstance(exc, OSError) or not exc.filename or self.path is None:
            return False
        folder = self.receipt_dir or self.path.parent
        try:
            return Path(str(exc.filename)).parent.resolve() == Path(folder).resolve()
        except OSError:
            return False

    def _receipt_elsewhere(self, text: str) -> bool:
        """Offer to keep the receipt in another folder; True when the import starts again."""
        answer = QMessageBox.question(self, self.tr("回执无法保存"), self.tr(
            "{0}\n\n未导入任何数据。导入时必须同时保存回执：是否选择另一个文件夹（如电脑上的文件夹）"
            "保存回执，再导入这个数据包？").format(text))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存回执的文件夹"), str(Path.home()))
        if not folder:
            return False
        self.start_import(Path(folder))
        return True

    def _imported(self, result: exchange.ImportResult) -> None:
        self.result_info = result
        self.settings.setValue(SETTINGS_KEY, str(result.receipt_path.parent))
        if result.receipt_again:  # imported before: nothing applied, the receipt written again
            if result.receipt_problem is not None:
                QMessageBox.warning(self, self.tr("回执未保存"), problem_text(result.receipt_problem))
                return
            QMessageBox.information(self, self.tr("已重新生成回执"), self.tr(
                "该数据包已导入，已重新生成回执：{0}\n请将回执带回交给对方。").format(result.receipt_path))
            self.accept()
            return
        if result.receipt_problem is not None:
            QMessageBox.warning(self, self.tr("导入完成，回执未保存"), self.tr("已导入：接受 {0} 行，拒绝 {1} 行。\n{2}").format(
                result.preview.accepted, result.preview.rejected, problem_text(result.receipt_problem)))
            self.accept()
            return
        QMessageBox.information(self, self.tr("导入完成"), self.tr(
            "已导入：接受 {0} 行，拒绝 {1} 行。\n回执已保存：{2}\n请将回执带回交给对方。").format(
            result.preview.accepted, result.preview.rejected, result.receipt_path))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("已取消，未导入任何数据。"))
            self.apply_button.setEnabled(self.preview is not None and self.preview.ok)
            return
        problems = getattr(exc, "problems", None)
        if problems:
            text = "\n".join(problem_text(p) for p in problems)
        elif isinstance(exc, OSError):
            text = error_text(exc)
            if self._receipt_blocked(exc) and self._receipt_elsewhere(text):
                return
        else:
            text = self.tr("处理失败，未导入任何数据。详细原因已记入日志。")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;")
        QMessageBox.warning(self, self.tr("未导入"), text)
