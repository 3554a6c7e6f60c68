"""Export a package for the county (or, in county mode, for a township) onto a USB stick.

The destination list offers removable drives first, then the folder used last time
(remembered in QSettings), then any other folder. The export runs on the worker; the
file is written atomically and read back before the dialog says it is done.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStorageInfo
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QMessageBox,
    QVBoxLayout, QWidget,
)

from dibao_desk.domain.problems import RuleError
from dibao_desk.services import exchange
from dibao_desk.services.context import AppContext
from dibao_desk.services.progress import Cancelled
from dibao_desk.ui.day_defaults import DayDefaults, today_of
from dibao_desk.ui.ops import Op, error_text
from dibao_desk.ui.texts import label, problem_text

SETTINGS_KEY = "exchange/last_folder"
OTHER = "__other__"


def is_removable(storage: QStorageInfo) -> bool:
    """A USB stick or card: DRIVE_REMOVABLE on Windows; on Linux a removable block device or
    a volume mounted under /media or /run/media."""
    root = storage.rootPath()
    if sys.platform.startswith("win"):
        try:
            import ctypes

            return ctypes.windll.kernel32.GetDriveTypeW(root) == 2  # DRIVE_REMOVABLE
        except (AttributeError, OSError):
            return False
    if root.startswith(("/media/", "/run/media/", "/Volumes/")):
        return True
    device = bytes(storage.device().data()).decode(errors="ignore")
    name = os.path.basename(device)
    while name and name[-1].isdigit() and not Path(f"/sys/block/{name}").exists():
        name = name[:-1]
    try:
        return Path(f"/sys/block/{name}/removable").read_text().strip() == "1"
    except OSError:
        return False


def destinations(last_folder: str | None) -> list[tuple[str, str]]:
    """(folder, shown text): removable drives first, then the last folder used."""
    out: list[tuple[str, str]] = []
    for storage in QStorageInfo.mountedVolumes():
        if not storage.isValid() or not storage.isReady() or storage.isReadOnly():
            continue
        if is_removable(storage):
            name = storage.displayName() or storage.rootPath()
            free = storage.bytesAvailable() / 2**30
            out.append((storage.rootPath(), QCoreApplication.translate(
                "ExportPackageDialog", "U 盘 / 移动盘：{0}（{1}，可用 {2} GB）").format(name, storage.rootPath(), f"{free:.1f}")))
    if last_folder and Path(last_folder).is_dir() and all(f != last_folder for f, _ in out):
        out.append((last_folder, QCoreApplication.translate("ExportPackageDialog", "上次使用的文件夹：{0}").format(last_folder)))
    return out


class ExportPackageDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or today_of(parent)
        self.result_info: exchange.ExportResult | None = None
        self.op: Op | None = None
        self.setWindowTitle(self.tr("导出数据包"))
        self.settings = QSettings()
        self.mode = exchange.office_mode(ctx.uow())

        self.kind = QComboBox()
        for kind in exchange.export_kinds(ctx.uow()):
            if kind == "warnings":
                continue  # made by the county's verification centre, not typed in here
            self.kind.addItem(label("exchange_kind", kind), kind)
        self.township = QComboBox()
        if self.mode == "county":
            from dibao_desk.services import county

            for t in county.townships(ctx.uow()):
                self.township.addItem(f"{t.name}（{t.code}）", t.code)
        self.period = QLineEdit(self._proposed(self.today))
        self.period.setPlaceholderText(self.tr("月份如 2026-11，季度如 2026Q4"))
        self.folder = QComboBox()
        self.file_name = QLineEdit()
        self._suggested = ""  # the file name last proposed
        self.again = QCheckBox(self.tr("重新导出上一个数据包（顺序号不变，用于 U 盘丢失或损坏）"))
        self.note = QLabel(self.tr("文件先写入临时文件，读回核对无误后才会出现在目标文件夹中。"))
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("数据包类别"), self.kind)
        if self.mode == "county":
            form.addRow(self.tr("下发给"), self.township)
        form.addRow(self.tr("期间"), self.period)
        form.addRow(self.tr("保存到"), self.folder)
        form.addRow(self.tr("文件名"), self.file_name)
        form.addRow("", self.again)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button = self.buttons.addButton(self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        self._fill_folders()
        self.kind.currentIndexChanged.connect(self._suggest_name)
        self.township.currentIndexChanged.connect(self._suggest_name)
        self.period.textChanged.connect(self._suggest_name)
        self.again.toggled.connect(self._again_period)
        self.kind.currentIndexChanged.connect(self._again_period)
        self.township.currentIndexChanged.connect(self._again_period)
        self.folder.activated.connect(self._folder_chosen)
        self._suggest_name()
        self.resize(620, 260)
        self.day_defaults = DayDefaults(self, self.new_day)

    def new_day(self, day: dt.date) -> None:
        """Left open past midnight: a period still on the one proposed moves to the new day's
        (and the file name proposed with it); a period or file name the operator typed stays."""
        proposed = self._proposed(self.today)
        self.today = day
        if self.again.isChecked() or self.period.text().strip() != proposed:
            return
        name = self.file_name.text()
        typed_name = name != self._suggested
        self.period.setText(self._proposed(day))
        if typed_name:
            self.file_name.setText(name)

    def _proposed(self, day: dt.date) -> str:
        """The period offered on ``day``: a township's as its roster cycle makes it (the 造册
        tab's: a quarter for a quarterly office, whose monthly payments package is refused);
        the county's packages are for the month."""
        if self.mode == "county":
            return exchange.default_period(day)
        from dibao_desk.services import payroll

        return payroll.default_period(self.ctx.uow(), day)

    # ---- inputs ----------------------------------------------------------------------
    def _fill_folders(self, select: str | None = None) -> None:
        self.folder.clear()
        last = str(self.settings.value(SETTINGS_KEY, "", str)) or None
        for path, text in destinations(last):
            self.folder.addItem(text, path)
        if select and self.folder.findData(select) < 0:
            self.folder.insertItem(0, select, select)
        if self.folder.count() == 0:  # no stick, no last folder: a real folder, never "其他…" itself
            home = str(Path.home())
            self.folder.addItem(self.tr("主文件夹：{0}").format(home), home)
        self.folder.addItem(self.tr("其他文件夹…"), OTHER)
        index = self.folder.findData(select) if select else 0
        self.folder.setCurrentIndex(max(0, index))
        self._chosen_index = self.folder.currentIndex()

    def set_folder(self, path: str | Path) -> None:
        """Choose a folder (what "其他文件夹…" does after its file dialog)."""
        self._fill_folders(str(path))

    def _folder_chosen(self, index: int) -> None:
        if self.folder.itemData(index) != OTHER:
            self._chosen_index = index
            return
        start = str(self.settings.value(SETTINGS_KEY, str(Path.home()), str))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择保存的文件夹"), start)
        if chosen:
            self.set_folder(chosen)
        else:  # cancelled: back to the folder chosen before, not "其他文件夹…"
            self.folder.setCurrentIndex(self._chosen_index)

    def _again_period(self) -> None:
        """重新导出 writes the last package again, in its own period: shown, and not to be changed."""
        again = self.again.isChecked()
        self.period.setEnabled(not again)
        if not again:
            return
        period = exchange.last_sent_period(self.ctx.uow(), self.kind.currentData(),
                                           self.township.currentData() if self.mode == "county" else None)
        if period:
            self.period.setText(period)

    def _suggest_name(self) -> None:
        period = self.period.text().strip()
        if not exchange.period_ok(period):
            return
        self._suggested = exchange.suggested_file_name(
            self.ctx.uow(), self.kind.currentData(), period, self.township.currentData())
        self.file_name.setText(self._suggested)

    def target(self) -> Path | None:
        folder = self.folder.currentData()
        name = self.file_name.text().strip()
        if not folder or folder == OTHER or not name:
            return None
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        return Path(folder) / name

    # ---- export -------------------------------------------------------------------------
    def start_export(self) -> None:
        target = self.target()
        if target is None:
            QMessageBox.warning(self, self.tr("请选择"), self.tr("请选择保存的文件夹并填写文件名。"))
            return
        if target.exists():
            answer = QMessageBox.question(self, self.tr("文件已存在"),
                                          self.tr("{0} 已存在，要替换它吗？").format(target.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        kind, period = self.kind.currentData(), self.period.text().strip()
        township = self.township.currentData() if self.mode == "county" else None
        uow = self.ctx.uow()
        again = self.again.isChecked()
        self.export_button.setEnabled(False)
        self.op = Op(self, lambda progress: exchange.export_package(
            uow, kind, period, target, township_code=township, again=again, progress=progress, today=self.today),
            title=self.tr("正在导出数据包…"), on_done=self._done, on_error=self._failed).start()

    def _done(self, result: exchange.ExportResult) -> None:
        self.result_info = result
        self.settings.setValue(SETTINGS_KEY, str(result.path.parent))
        rows = "，".join(self.tr("{0} {1} 行").format(name, n) for name, n in result.rows.items())
        text = self.tr("已导出第 {0} 号{1}数据包：{2}。\n文件已读回核对无误：{3}").format(
            result.sequence, label("exchange_kind", result.kind), rows, result.path)
        for w in result.warnings:
            text += "\n" + problem_text(w)
        QMessageBox.information(self, self.tr("导出完成"), text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            return  # the person pressed Cancel: no file was left behind
        problems = getattr(exc, "problems", None) or []
        if isinstance(exc, RuleError) or problems:
            text = "\n".join(problem_text(p) for p in problems)
        elif isinstance(exc, OSError):
            text = error_text(exc)
        else:
            text = self.tr("导出失败，未生成文件。详细原因已记入日志。")
        QMessageBox.warning(self, self.tr("导出未完成"), text)
